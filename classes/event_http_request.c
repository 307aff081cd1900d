/*
 * EventHttpRequest.
 *
 * Server side (handed to an EventHttp handler): libevent owns the
 * evhttp_request and frees it when the reply was written (after our
 * on-complete callback) or when the connection goes away (after the
 * connection's close callback, src/http_conn.c), except a request that was
 * held unanswered when the client left: evhttp detaches that one and no
 * longer frees it, so we do. Either way the object is told first
 * (php_event_http_req_detach): it copies what the script may still read
 * (uri, host, command, code, headers, bodies), drops the pointer, and
 * answers from the copy from then on. Replies to a request whose client
 * left do nothing; the script learns of it from isAborted() /
 * getConnectionStatus(), like connection_aborted() in PHP. If the object
 * dies while its request is unanswered, the connection keeps the request
 * (an orphan) until it closes.
 *
 * Client side (new EventHttpRequest): the script owns the request from
 * construction to the object's end (evhttp_request_own(), so libevent never
 * frees it). While in flight, the request holds a reference to itself and
 * to its EventHttpConnection; both are released once the response callback
 * ran, or the request was cancelled, or the connection was freed.
 */
#include "php_event.h"
#include "classes/event_http_request.h"
#include "classes/event_http_connection.h"
#include "classes/event_buffer.h"
#include "classes/event_http.h"
#include "src/http_conn.h"
#include "src/http_date.h"

static zend_object_handlers req_handlers;

#define THIS_REQ() php_event_http_req_from_obj(Z_OBJ_P(ZEND_THIS))

/* The start of a method without arguments that needs a usable request. */
#define USABLE_REQ_NO_ARGS(r) \
	php_event_http_req_t *r = THIS_REQ(); \
	ZEND_PARSE_PARAMETERS_NONE(); \
	if (!req_check_usable(r)) { \
		RETURN_THROWS(); \
	}

/* --- object --- */

static zend_object *req_create(zend_class_entry *ce)
{
	php_event_http_req_t *r = PHP_EVENT_ALLOC_OBJECT(php_event_http_req_t, ce);
	ZVAL_UNDEF(&r->cb.func);
	ZVAL_UNDEF(&r->lazy);
	ZVAL_NULL(&r->data);
	ZVAL_UNDEF(&r->input);
	ZVAL_UNDEF(&r->output);
	ZVAL_UNDEF(&r->snap.input_headers);
	ZVAL_UNDEF(&r->snap.output_headers);
	r->std.handlers = &req_handlers;
	return &r->std;
}

static void req_on_complete(struct evhttp_request *req, void *arg);

zend_object *php_event_http_req_new_server(struct evhttp_request *req, php_event_http_conn_ctx *ctx)
{
	zend_object *obj = req_create(php_event_http_req_ce);
	php_event_http_req_t *r = php_event_http_req_from_obj(obj);

	r->req = req;
	r->server_side = true;
	php_event_http_conn_ctx_add_req(ctx, r);
	evhttp_request_set_on_complete_cb(req, req_on_complete, r);
	return obj;
}

static void headers_to_array(struct evkeyvalq *headers, zval *out)
{
	struct evkeyval *h;
	array_init(out);
	if (!headers) {
		return;
	}
	for (h = headers->tqh_first; h; h = h->next.tqe_next) {
		add_assoc_string(out, h->key, h->value);
	}
}

/* The EventBuffer object of `slot` keeps its bytes in a buffer of its own. */
static void keep_buffer(zval *slot, struct evbuffer *buf)
{
	if (Z_TYPE_P(slot) == IS_OBJECT) {
		php_event_buffer_disown(Z_OBJ_P(slot), true);
		return;
	}
	struct evbuffer *copy = evbuffer_new();
	if (buf) {
		evbuffer_add_buffer(copy, buf);
	}
	ZVAL_OBJ(slot, php_event_buffer_wrap(copy, true));
}

static void take_snapshot(php_event_http_req_t *r)
{
	struct evhttp_request *req = r->req;
	const char *uri = evhttp_request_get_uri(req);
	const char *host = evhttp_request_get_host(req);

	r->snap.uri = zend_string_init(uri ? uri : "", uri ? strlen(uri) : 0, 0);
	r->snap.host = zend_string_init(host ? host : "", host ? strlen(host) : 0, 0);
	r->snap.command = evhttp_request_get_command(req);
	r->snap.response_code = evhttp_request_get_response_code(req);
	headers_to_array(evhttp_request_get_input_headers(req), &r->snap.input_headers);
	headers_to_array(evhttp_request_get_output_headers(req), &r->snap.output_headers);
	keep_buffer(&r->input, evhttp_request_get_input_buffer(req));
	keep_buffer(&r->output, evhttp_request_get_output_buffer(req));
	r->has_snapshot = true;
}

void php_event_http_req_detach(php_event_http_req_t *r, int status, bool ours)
{
	struct evhttp_request *req = r->req;

	r->status |= status;
	if (!req) {
		return;
	}
	take_snapshot(r);
	r->req = NULL;
	evhttp_request_set_on_complete_cb(req, NULL, NULL);
	if (ours) {
		evhttp_request_free(req);
	}
}

static void req_on_complete(struct evhttp_request *req, void *arg)
{
	/* The reply was written; evhttp frees the request right after. */
	php_event_http_req_t *r = arg;
	if (r->ctx) {
		php_event_http_conn_ctx_remove_req(r->ctx, r);
	}
	php_event_http_req_detach(r, PHP_EVENT_REQ_STATUS_NORMAL, false);
}

/* The EventBuffer objects handed out for the bodies keep their bytes in
 * buffers of their own: the request's buffers are about to go. */
static void req_disown_buffers(php_event_http_req_t *r)
{
	if (Z_TYPE(r->input) == IS_OBJECT) {
		php_event_buffer_disown(Z_OBJ(r->input), true);
	}
	if (Z_TYPE(r->output) == IS_OBJECT) {
		php_event_buffer_disown(Z_OBJ(r->output), true);
	}
}

/* Server side: the script lets go of the request (free() or the object's end). */
static void req_release_server(php_event_http_req_t *r)
{
	php_event_http_conn_ctx *ctx = r->ctx;
	if (ctx) {
		php_event_http_conn_ctx_remove_req(ctx, r);
	}
	if (r->req) {
		req_disown_buffers(r);
		evhttp_request_set_on_complete_cb(r->req, NULL, NULL);
		if (ctx && !r->replied) {
			/* Nobody can answer it now; the connection frees it when it closes. */
			php_event_http_conn_ctx_add_orphan(ctx, r->req);
		}
		r->req = NULL;
	}
}

/* Client side: the script lets go of the request. */
static void req_release_client(php_event_http_req_t *r)
{
	if (r->in_flight && r->client_conn) {
		/* Only at shutdown (objects are freed whatever their references):
		 * the connection still lists the request; it frees it after the
		 * evhttp_connection. */
		zend_object *conn_obj = r->client_conn;
		php_event_http_conn_t *c = php_event_http_conn_from_obj(conn_obj);
		if (r->req && c->evcon) {
			req_disown_buffers(r);
			c->orphans = erealloc(c->orphans, sizeof(*c->orphans) * (c->n_orphans + 1));
			c->orphans[c->n_orphans++] = r->req;
			r->req = NULL;
		}
		php_event_http_conn_unlink_request(c, r);
		r->client_conn = NULL;
		OBJ_RELEASE(conn_obj);
	}
	if (r->req && r->owned) {
		req_disown_buffers(r);
		evhttp_request_free(r->req);
	}
	r->req = NULL;
}

static void req_free(zend_object *obj)
{
	php_event_http_req_t *r = php_event_http_req_from_obj(obj);

	if (r->server_side) {
		req_release_server(r);
	} else {
		req_release_client(r);
	}
	if (r->conn_obj) {
		OBJ_RELEASE(r->conn_obj);
	}
	php_event_cb_clear(&r->cb);
	zval_ptr_dtor(&r->lazy);
	zval_ptr_dtor(&r->data);
	zval_ptr_dtor(&r->input);
	zval_ptr_dtor(&r->output);
	if (r->has_snapshot) {
		zend_string_release(r->snap.uri);
		zend_string_release(r->snap.host);
		zval_ptr_dtor(&r->snap.input_headers);
		zval_ptr_dtor(&r->snap.output_headers);
	}
	zend_object_std_dtor(obj);
}

static HashTable *req_get_gc(zend_object *obj, zval **table, int *n)
{
	php_event_http_req_t *r = php_event_http_req_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	php_event_cb_gc(&r->cb, buf);
	zend_get_gc_buffer_add_zval(buf, &r->lazy);
	zend_get_gc_buffer_add_zval(buf, &r->data);
	zend_get_gc_buffer_add_zval(buf, &r->input);
	zend_get_gc_buffer_add_zval(buf, &r->output);
	if (r->conn_obj) {
		zend_get_gc_buffer_add_obj(buf, r->conn_obj);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

/* --- helpers for the methods --- */

static bool req_check_usable(php_event_http_req_t *r)
{
	if (r->freed || (!r->req && !r->has_snapshot)) {
		php_event_throw_freed(&r->std);
		return false;
	}
	return true;
}

/* The live request for a reply, or NULL: after throwing (misuse), or
 * silently when the client went away (the reply is dropped, as the script
 * can see from isAborted()). */
static struct evhttp_request *req_for_reply(php_event_http_req_t *r)
{
	if (!req_check_usable(r)) {
		return NULL;
	}
	if (!r->server_side) {
		php_event_throw("replies are sent on requests received by an EventHttp");
		return NULL;
	}
	if (!r->req) {
		if (!(r->status & (PHP_EVENT_REQ_STATUS_ABORTED | PHP_EVENT_REQ_STATUS_TIMEOUT))) {
			php_event_throw("the reply to this request was already sent");
		}
		return NULL;
	}
	return r->req;
}

/* After a reply call into evhttp: outside a frame of its connection (a
 * timer answering a held request), the bytes go out now and our callbacks
 * go in front again (leave); inside one, both happen when it ends. */
static void req_after_reply(php_event_http_req_t *r)
{
	php_event_http_conn_ctx *ctx = r->ctx;

	if (ctx && ctx->busy == 0) {
		php_event_http_conn_ctx_enter(ctx);
		php_event_http_conn_ctx_flush(ctx);
		php_event_http_conn_ctx_leave(ctx);
	}
}

/* What sendError(), sendReply() and sendReplyStart() check first: the
 * request (NULL: after throwing, or silently for a client that left), then
 * that no reply was begun yet. Any status code goes, as an int, as with
 * PECL event (libevent writes "Unknown Status Class" as the reason of a
 * code it does not know; the status line stays one line). */
static struct evhttp_request *req_begin_reply(php_event_http_req_t *r)
{
	struct evhttp_request *req = req_for_reply(r);
	if (req && (r->started || r->replied)) {
		php_event_throw("a reply to this request was already started");
		return NULL;
	}
	return req;
}

/*
 * A reply to HEAD carries the headers a GET would get but no body. libevent
 * 2.1 leaves out the Content-Length but still writes the body, which a
 * keep-alive client then reads as the start of the next reply. So: the
 * length goes into Content-Length (unless the script set one, or chose
 * chunked encoding) and the bytes are dropped, from the request's output
 * buffer and from `buf` alike (sending moves them out of `buf` anyway).
 */
static struct evbuffer *head_reply_without_body(struct evhttp_request *req, struct evbuffer *buf)
{
	struct evbuffer *out = evhttp_request_get_output_buffer(req);
	struct evkeyvalq *headers = evhttp_request_get_output_headers(req);
	size_t len = evbuffer_get_length(out) + (buf ? evbuffer_get_length(buf) : 0);

	if (!evhttp_find_header(headers, "Content-Length") && !evhttp_find_header(headers, "Transfer-Encoding")) {
		char value[32];
		snprintf(value, sizeof(value), "%zu", len);
		evhttp_add_header(headers, "Content-Length", value);
	}
	evbuffer_drain(out, evbuffer_get_length(out));
	if (buf) {
		evbuffer_drain(buf, evbuffer_get_length(buf));
	}
	return NULL;
}

/* The request's headers of `type`, as PECL event picks them: OUTPUT_HEADER
 * means the output headers, any other value the input headers. */
static bool header_type_is_output(zend_long type)
{
	return type == 2;
}

static struct evkeyvalq *req_headers(php_event_http_req_t *r, zend_long type)
{
	return header_type_is_output(type) ? evhttp_request_get_output_headers(r->req) : evhttp_request_get_input_headers(r->req);
}

/* A name that would make a malformed header line (": v", "A:B: v") or be
 * cut at a NUL: refused like libevent refuses CR and LF (false), since the
 * line a peer parses would not be the header the script meant. */
static bool header_name_valid(zend_string *key)
{
	return ZSTR_LEN(key) != 0 && !strpbrk(ZSTR_VAL(key), "\r\n:") && !memchr(ZSTR_VAL(key), 0, ZSTR_LEN(key));
}

static void client_req_cb(struct evhttp_request *req, void *arg);

/* --- methods --- */

ZEND_METHOD(EventHttpRequest, __construct)
{
	zval *callable, *data = NULL;
	php_event_http_req_t *r = THIS_REQ();

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(callable)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if (r->req || r->server_side || r->sent) {
		php_event_throw("EventHttpRequest is already constructed");
		RETURN_THROWS();
	}
	r->req = evhttp_request_new(client_req_cb, r);
	if (!r->req) {
		php_event_throw("cannot allocate an HTTP request");
		RETURN_THROWS();
	}
	evhttp_request_own(r->req);
	r->owned = true;
	php_event_http_cb_store(&r->cb, &r->lazy, callable);
	if (data) {
		ZVAL_COPY(&r->data, data);
	}
}

static void client_req_cb(struct evhttp_request *req, void *arg)
{
	php_event_http_req_t *r = arg;
	zval args[2];
	struct event_base *base = NULL;

	if (!r->in_flight) {
		return;
	}
	if (r->client_conn) {
		php_event_http_conn_t *c = php_event_http_conn_from_obj(r->client_conn);
		base = php_event_dep_base(&c->dep);
		/* libevent reads the request (and the connection) after we return:
		 * the references that keep them go once it did. */
		php_event_http_conn_end_request(c, r, true);
	}
	if (!req || evhttp_request_get_response_code(r->req) == 0) {
		r->status |= PHP_EVENT_REQ_STATUS_ABORTED;
	}
	if (EVENT_G(shutting_down) || !php_event_http_cb_resolve(&r->cb, &r->lazy)) {
		return;  /* no PHP runs any more, or nothing callable */
	}
	/* libevent passes no request when it failed it (a timeout, a body over
	 * the limit): the callback gets NULL then, as with PECL event. */
	if (req) {
		ZVAL_OBJ(&args[0], &r->std);
	} else {
		ZVAL_NULL(&args[0]);
	}
	ZVAL_COPY_VALUE(&args[1], &r->data);
	/* The callback may drop every other reference (freeing the base lets
	 * go of what was in flight), and libevent reads the request after we
	 * return: the object stays until the loop call returned. */
	GC_ADDREF(&r->std);
	r->in_callback = true;
	php_event_cb_call(&r->cb, 2, args, NULL, base);
	r->in_callback = false;
	php_event_release_later(&r->std);
}

ZEND_METHOD(EventHttpRequest, __sleep)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventHttpRequest, __wakeup)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventHttpRequest, free)
{
	php_event_http_req_t *r = THIS_REQ();
	ZEND_PARSE_PARAMETERS_NONE();

	if (r->freed) {
		return;
	}
	if (!r->server_side && r->in_flight && r->req) {
		evhttp_cancel_request(r->req);
		php_event_http_conn_end_request(php_event_http_conn_from_obj(r->client_conn), r, true);
	}
	r->freed = true;
	if (r->in_callback) {
		/* libevent reads the request again when its callback returned: the
		 * request is freed with the object, which the connection keeps
		 * until libevent is done (php_event_http_conn_end_request()). */
		return;
	}
	if (r->server_side) {
		req_release_server(r);
	} else {
		req_release_client(r);
	}
}

ZEND_METHOD(EventHttpRequest, getCommand)
{
	USABLE_REQ_NO_ARGS(r);
	RETURN_LONG(r->req ? (zend_long)evhttp_request_get_command(r->req) : r->snap.command);
}

ZEND_METHOD(EventHttpRequest, getHost)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->req) {
		RETURN_STR_COPY(r->snap.host);
	}
	const char *host = evhttp_request_get_host(r->req);
	RETURN_STRING(host ? host : "");
}

ZEND_METHOD(EventHttpRequest, getUri)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->req) {
		RETURN_STR_COPY(r->snap.uri);
	}
	const char *uri = evhttp_request_get_uri(r->req);
	RETURN_STRING(uri ? uri : "");
}

ZEND_METHOD(EventHttpRequest, getResponseCode)
{
	USABLE_REQ_NO_ARGS(r);
	RETURN_LONG(r->req ? evhttp_request_get_response_code(r->req) : r->snap.response_code);
}

ZEND_METHOD(EventHttpRequest, getInputHeaders)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->req) {
		RETURN_COPY(&r->snap.input_headers);
	}
	headers_to_array(evhttp_request_get_input_headers(r->req), return_value);
}

ZEND_METHOD(EventHttpRequest, getOutputHeaders)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->req) {
		RETURN_COPY(&r->snap.output_headers);
	}
	headers_to_array(evhttp_request_get_output_headers(r->req), return_value);
}

/* The cached EventBuffer for one of the request's bodies. */
static void return_body_buffer(php_event_http_req_t *r, zval *slot, struct evbuffer *(*get)(struct evhttp_request *), zval *return_value)
{
	if (!req_check_usable(r)) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(slot) != IS_OBJECT) {
		/* Only reachable while the request is live: a snapshot made both. */
		ZVAL_OBJ(slot, php_event_buffer_wrap(get(r->req), false));
	}
	RETURN_COPY(slot);
}

ZEND_METHOD(EventHttpRequest, getInputBuffer)
{
	php_event_http_req_t *r = THIS_REQ();
	ZEND_PARSE_PARAMETERS_NONE();
	return_body_buffer(r, &r->input, evhttp_request_get_input_buffer, return_value);
}

ZEND_METHOD(EventHttpRequest, getOutputBuffer)
{
	php_event_http_req_t *r = THIS_REQ();
	ZEND_PARSE_PARAMETERS_NONE();
	return_body_buffer(r, &r->output, evhttp_request_get_output_buffer, return_value);
}

ZEND_METHOD(EventHttpRequest, getBufferEvent)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->ctx) {
		RETURN_NULL();
	}
	RETURN_OBJ(php_event_http_conn_ctx_bev_obj(r->ctx));
}

ZEND_METHOD(EventHttpRequest, getConnection)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->server_side) {
		/* Only while in flight: libevent lets go of the connection once
		 * the response arrived (PECL event returns NULL then too). */
		if (r->client_conn && r->in_flight) {
			RETURN_OBJ_COPY(r->client_conn);
		}
		RETURN_NULL();
	}
	if (!r->conn_obj && r->ctx) {
		r->conn_obj = php_event_http_conn_ctx_conn_obj(r->ctx);
	}
	if (!r->conn_obj) {
		RETURN_NULL();
	}
	RETURN_OBJ_COPY(r->conn_obj);
}

ZEND_METHOD(EventHttpRequest, closeConnection)
{
	USABLE_REQ_NO_ARGS(r);
	/* A request the script made: nothing to do (PECL event does nothing
	 * either, without a connection of its own to close). */
	if (r->server_side && r->ctx) {
		php_event_http_conn_ctx_close(r->ctx);
	}
}

ZEND_METHOD(EventHttpRequest, sendError)
{
	zend_long code;
	zend_string *reason = NULL;
	php_event_http_req_t *r = THIS_REQ();

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp_request *req = req_begin_reply(r);
	if (!req) {
		return;
	}
	r->replied = true;
	php_event_http_add_date(req);
	evhttp_send_error(req, php_event_http_long_to_int(code), reason ? ZSTR_VAL(reason) : NULL);
	req_after_reply(r);
}

ZEND_METHOD(EventHttpRequest, sendReply)
{
	zend_long code;
	zend_string *reason;
	zval *zbuf = NULL;
	struct evbuffer *buf = NULL;
	php_event_http_req_t *r = THIS_REQ();

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(code)
		Z_PARAM_STR(reason)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zbuf, php_event_buffer_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (zbuf && !(buf = php_event_buffer_get(zbuf))) {
		RETURN_THROWS();
	}
	struct evhttp_request *req = req_begin_reply(r);
	if (!req) {
		return;
	}
	r->replied = true;
	if (evhttp_request_get_command(req) == EVHTTP_REQ_HEAD) {
		buf = head_reply_without_body(req, buf);
	}
	php_event_http_add_date(req);
	evhttp_send_reply(req, php_event_http_long_to_int(code), ZSTR_VAL(reason), buf);
	req_after_reply(r);
}

ZEND_METHOD(EventHttpRequest, sendReplyStart)
{
	zend_long code;
	zend_string *reason;
	php_event_http_req_t *r = THIS_REQ();

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp_request *req = req_begin_reply(r);
	if (!req) {
		return;
	}
	r->started = true;
	/* libevent adds the Date itself, after its Transfer-Encoding. */
	evhttp_send_reply_start(req, php_event_http_long_to_int(code), ZSTR_VAL(reason));
	req_after_reply(r);
}

ZEND_METHOD(EventHttpRequest, sendReplyChunk)
{
	zval *zbuf;
	php_event_http_req_t *r = THIS_REQ();

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zbuf, php_event_buffer_ce)
	ZEND_PARSE_PARAMETERS_END();

	struct evbuffer *buf = php_event_buffer_get(zbuf);
	if (!buf) {
		RETURN_THROWS();
	}
	struct evhttp_request *req = req_for_reply(r);
	if (!req) {
		return;
	}
	if (!r->started && !r->replied) {
		php_event_throw("sendReplyStart() (or sendReply()) must come before sendReplyChunk()");
		RETURN_THROWS();
	}
	evhttp_send_reply_chunk(req, buf);
	req_after_reply(r);
}

ZEND_METHOD(EventHttpRequest, sendReplyEnd)
{
	php_event_http_req_t *r = THIS_REQ();
	ZEND_PARSE_PARAMETERS_NONE();

	struct evhttp_request *req = req_for_reply(r);
	if (!req) {
		return;
	}
	if (!r->started) {
		php_event_throw("sendReplyStart() must come before sendReplyEnd()");
		RETURN_THROWS();
	}
	r->started = false;
	r->replied = true;
	evhttp_send_reply_end(req);
	req_after_reply(r);
}

ZEND_METHOD(EventHttpRequest, cancel)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->server_side) {
		php_event_throw("only requests made by the script can be cancelled");
		RETURN_THROWS();
	}
	if (r->in_flight && r->req) {
		evhttp_cancel_request(r->req);
		php_event_http_conn_end_request(php_event_http_conn_from_obj(r->client_conn), r, true);
	}
}

ZEND_METHOD(EventHttpRequest, addHeader)
{
	zend_string *key, *value;
	zend_long type;
	php_event_http_req_t *r = THIS_REQ();

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(key)
		Z_PARAM_STR(value)
		Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();

	if (!req_check_usable(r)) {
		RETURN_THROWS();
	}
	if (!r->req || !header_name_valid(key)) {
		RETURN_FALSE;
	}
	RETURN_BOOL(evhttp_add_header(req_headers(r, type), ZSTR_VAL(key), ZSTR_VAL(value)) == 0);
}

ZEND_METHOD(EventHttpRequest, clearHeaders)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->req) {
		evhttp_clear_headers(evhttp_request_get_output_headers(r->req));
	}
}

/* The ($key, $type) of removeHeader() and findHeader(), and the request;
 * NULL after throwing. */
static php_event_http_req_t *req_key_type_args(INTERNAL_FUNCTION_PARAMETERS, zend_string **key, zend_long *type)
{
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(*key)
		Z_PARAM_LONG(*type)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);

	php_event_http_req_t *r = THIS_REQ();
	if (!req_check_usable(r)) {
		return NULL;
	}
	return r;
}

ZEND_METHOD(EventHttpRequest, removeHeader)
{
	zend_string *key;
	zend_long type;
	php_event_http_req_t *r = req_key_type_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &key, &type);
	if (!r) {
		RETURN_THROWS();
	}
	if (!r->req) {
		RETURN_FALSE;
	}
	RETURN_BOOL(evhttp_remove_header(req_headers(r, type), ZSTR_VAL(key)) == 0);
}

ZEND_METHOD(EventHttpRequest, findHeader)
{
	zend_string *key;
	zend_long type;
	php_event_http_req_t *r = req_key_type_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &key, &type);
	if (!r) {
		RETURN_THROWS();
	}
	if (type & ~(zend_long)3) {
		php_error_docref(NULL, E_WARNING, "Invalid HTTP request type passed: " ZEND_LONG_FMT, type);
		RETURN_FALSE;
	}
	if (!r->req) {
		zval *headers = header_type_is_output(type) ? &r->snap.output_headers : &r->snap.input_headers;
		zend_string *name;
		zval *v;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(headers), name, v) {
			if (name && zend_string_equals_ci(name, key)) {
				RETURN_COPY(v);
			}
		} ZEND_HASH_FOREACH_END();
		RETURN_NULL();
	}
	const char *v = evhttp_find_header(req_headers(r, type), ZSTR_VAL(key));
	if (!v) {
		RETURN_NULL();
	}
	RETURN_STRING(v);
}

ZEND_METHOD(EventHttpRequest, getConnectionStatus)
{
	php_event_http_req_t *r = THIS_REQ();
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(r->status);
}

ZEND_METHOD(EventHttpRequest, isAborted)
{
	php_event_http_req_t *r = THIS_REQ();
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL((r->status & PHP_EVENT_REQ_STATUS_ABORTED) != 0 || (r->status & PHP_EVENT_REQ_STATUS_TIMEOUT) != 0);
}

PHP_MINIT_FUNCTION(event_http_request)
{
	PHP_EVENT_INIT_HANDLERS(req_handlers, php_event_http_req_t, req_free);
	req_handlers.get_gc = req_get_gc;
	php_event_http_req_ce->create_object = req_create;
	return SUCCESS;
}
