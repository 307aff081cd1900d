/*
 * EventHttpRequest: two backings behind one small internal interface
 * (headers, bodies, replies below branch on server_side).
 *
 * Owns: server side (handed to an EventHttp handler), the engine's
 * hc_request (src/http/conn.h: the head's bytes, the body) until the object
 * ends, its header lists, its reply body buffer and its drain callback with
 * $arg. Client side (new EventHttpRequest), libevent's evhttp_request from
 * construction to the object's end (evhttp_request_own(), so libevent never
 * frees it), and its response callback with $arg.
 * Freed by: the object's end (or free()). Server side: an answered request
 * is freed (or, when the replies before it left, by the engine); an
 * unanswered one is released to the engine, which keeps it held,
 * unanswered, as evhttp does, and frees it with the connection. A drain
 * callback holds a reference to the object; it is released once the whole
 * reply was written, when the client leaves, or on free(). Client side:
 * while in flight, the request holds a reference to itself and to its
 * EventHttpConnection; both are released once the response callback ran,
 * or the request was cancelled, or the connection was freed.
 * If the base or libevent goes first: server side, the connection goes with
 * it and the ctx tells the object (php_event_http_req_conn_gone): no reply
 * is possible any more, the getters go on answering from the hc_request,
 * which the engine detached but does not free while the object lives. The
 * script learns of it from isAborted() / getConnectionStatus(), like
 * connection_aborted() in PHP. EventBuffer objects handed out for the bodies
 * are disowned (keeping their bytes) before those buffers go. Client side,
 * the connection drops its requests in flight.
 */
#include "php_event.h"
#include "src/list.h"
#include "src/arginfo.h"
#include "classes/event_http_request.h"
#include "classes/event_http_connection.h"
#include "classes/event_buffer.h"
#include "classes/event_http.h"

static zend_object_handlers req_handlers;

/* The start of a method without arguments that needs a usable request. */
#define USABLE_REQ_NO_ARGS(r) \
	php_event_http_req_t *r; \
	ZEND_PARSE_PARAMETERS_NONE(); \
	PHP_EVENT_LIVE(r, req_live(ZEND_THIS), RETURN_THROWS())

/* --- server header lists (evkeyvalq's rules) --- */

static void hdrs_add(php_event_http_hdrs *l, const char *name, size_t nl, const char *value, size_t vl)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->v = erealloc(l->v, sizeof(*l->v) * l->cap);
	}
	l->v[l->n].name = zend_string_init(name, nl, 0);
	l->v[l->n].value = zend_string_init(value, vl, 0);
	l->n++;
}

static void hdrs_clear(php_event_http_hdrs *l)
{
	for (uint32_t i = 0; i < l->n; i++) {
		zend_string_release(l->v[i].name);
		zend_string_release(l->v[i].value);
	}
	l->n = 0;
}

static void hdrs_destroy(php_event_http_hdrs *l)
{
	hdrs_clear(l);
	PHP_EVENT_FREE_CLEAR(l->v, efree);
	l->cap = 0;
}

/* The first header named `name` (ASCII case-insensitive), or -1. */
static int hdrs_find(const php_event_http_hdrs *l, const char *name)
{
	size_t n = strlen(name);
	for (uint32_t i = 0; i < l->n; i++) {
		if (ZSTR_LEN(l->v[i].name) == n && hp_casecmp_eq(ZSTR_VAL(l->v[i].name), name, n)) {
			return (int)i;
		}
	}
	return -1;
}

static bool hdrs_remove(php_event_http_hdrs *l, const char *name)
{
	int i = hdrs_find(l, name);
	if (i < 0) {
		return false;
	}
	zend_string_release(l->v[i].name);
	zend_string_release(l->v[i].value);
	memmove(&l->v[i], &l->v[i + 1], sizeof(*l->v) * (l->n - (uint32_t)i - 1));
	l->n--;
	return true;
}

static void hdrs_to_array(const php_event_http_hdrs *l, zval *out)
{
	array_init_size(out, l->n);
	for (uint32_t i = 0; i < l->n; i++) {
		zval v;
		ZVAL_STR_COPY(&v, l->v[i].value);
		zend_symtable_update(Z_ARRVAL_P(out), l->v[i].name, &v);
	}
}

/* The received headers, copied from the head on first use. */
static php_event_http_hdrs *server_in_hdrs(php_event_http_req_t *r)
{
	if (!r->in_hdrs_made) {
		const hp_parser *p = hc_request_head(r->hreq);
		const char *b = hc_request_bytes(r->hreq);
		r->in_hdrs_made = true;
		for (uint32_t i = 0; i < p->nheaders; i++) {
			const hp_header *h = &p->headers[i];
			hdrs_add(&r->in_hdrs, b + h->name_off, h->name_len, b + h->value_off, h->value_len);
		}
	}
	return &r->in_hdrs;
}

/* --- object --- */

static zend_object *req_create(zend_class_entry *ce)
{
	php_event_http_req_t *r = PHP_EVENT_ALLOC_OBJECT(php_event_http_req_t, ce, &req_handlers);
	ZVAL_UNDEF(&r->cb.func);
	ZVAL_UNDEF(&r->input);
	ZVAL_UNDEF(&r->output);
	return &r->std;
}

/*
 * The fields the reply writer adds land in the output headers, as evhttp
 * leaves them there (a handler reading them after its reply sees them).
 * They are noted as [name length, value length, name, value] records and
 * moved into out_hdrs when the output headers are next used
 * (server_out_hdrs()); most scripts never look.
 */
struct php_event_http_added {
	size_t len, cap;
	char bytes[];
};

static void req_added_field(void *arg, const char *name, size_t nl, const char *value, size_t vl)
{
	php_event_http_req_t *r = arg;
	size_t rec = 2 * sizeof(size_t) + nl + vl;
	struct php_event_http_added *a = r->added;
	char *p;

	if (!a || a->cap - a->len < rec) {
		size_t cap = (a ? a->cap * 2 : 0) + rec + 64;
		a = erealloc(a, sizeof(*a) + cap);
		if (!r->added) {
			a->len = 0;
		}
		a->cap = cap;
		r->added = a;
	}
	p = a->bytes + a->len;
	memcpy(p, &nl, sizeof(nl));
	memcpy(p + sizeof(nl), &vl, sizeof(vl));
	memcpy(p + 2 * sizeof(size_t), name, nl);
	memcpy(p + 2 * sizeof(size_t) + nl, value, vl);
	a->len += rec;
}

/* The output headers, with the reply writer's fields in their place. */
static php_event_http_hdrs *server_out_hdrs(php_event_http_req_t *r)
{
	struct php_event_http_added *a = r->added;

	if (a) {
		for (size_t off = 0; off < a->len; ) {
			size_t nl, vl;
			const char *p = a->bytes + off;
			memcpy(&nl, p, sizeof(nl));
			memcpy(&vl, p + sizeof(nl), sizeof(vl));
			p += 2 * sizeof(size_t);
			hdrs_add(&r->out_hdrs, p, nl, p + nl, vl);
			off += 2 * sizeof(size_t) + nl + vl;
		}
		r->added = NULL;
		efree(a);
	}
	return &r->out_hdrs;
}

/* evhttp drops the script's Connection fields of a reply to a request that
 * asked for close (it writes its own). */
static void req_drop_conn_fields(php_event_http_req_t *r)
{
	if (hc_request_head(r->hreq)->flags & HP_F_CONN_CLOSE) {
		php_event_http_hdrs *out = server_out_hdrs(r);
		while (hdrs_remove(out, "Connection")) {}
		while (hdrs_remove(out, "Proxy-Connection")) {}
	}
}

zend_object *php_event_http_req_new_server(hc_request *hreq, php_event_http_conn_ctx *ctx)
{
	zend_object *obj = req_create(php_event_http_req_ce);
	php_event_http_req_t *r = php_event_http_req_from_obj(obj);

	r->hreq = hreq;
	r->server_side = true;
	r->ctx = ctx;
	hc_request_set_added(hreq, req_added_field, r);
	r->ctx_next = ctx->reqs;
	if (ctx->reqs) {
		ctx->reqs->ctx_prev = r;
	}
	ctx->reqs = r;
	return obj;
}

static void req_unlink(php_event_http_req_t *r)
{
	php_event_http_conn_ctx *ctx = r->ctx;
	if (!ctx) {
		return;
	}
	EVENT_DLIST_UNLINK(ctx->reqs, r, ctx_prev, ctx_next);
	r->ctx = NULL;
}

/* --- drain callback (setDrainCallback()) --- */

/* The drain callback (callable and $arg) and the watch's reference to the
 * request move out of r, so a new one may be set while the old one is
 * released or runs. */
typedef struct {
	php_event_cb cb;
	bool ref;
} req_drain_state;

static void req_drain_take(php_event_http_req_t *r, req_drain_state *st)
{
	st->cb = r->drain_cb;
	st->ref = r->drain_ref;
	memset(&r->drain_cb, 0, sizeof(r->drain_cb));
	ZVAL_UNDEF(&r->drain_cb.func);
	ZVAL_UNDEF(&r->drain_cb.arg);
	r->drain_ref = false;
}

/* Releases taken state (release_ref false: the object is being freed
 * already, its reference count means nothing any more). */
static void req_drain_release(php_event_http_req_t *r, req_drain_state *st, bool release_ref)
{
	php_event_cb_clear(&st->cb);
	if (st->ref && release_ref) {
		OBJ_RELEASE(&r->std);
	}
}

/* The watch ends on the script's side, and the engine's with it; with
 * release_ref, r may be gone when this returns. */
static void req_drain_end(php_event_http_req_t *r, bool release_ref)
{
	req_drain_state st;

	/* The engine has a watch only while the script's callback is set. */
	if (!r->drain_ref && !php_event_cb_isset(&r->drain_cb)) {
		return;
	}
	if (r->hreq) {
		hc_request_watch_drain(r->hreq, 0, NULL, NULL);
	}
	req_drain_take(r, &st);
	req_drain_release(r, &st, release_ref);
}

/* The engine's watch: the pending output fell to the watermark
 * (HC_DRAIN_LOW), or the complete reply is written (HC_DRAIN_END: the
 * engine forgot the watch; no call, there is nothing left to send). */
static void req_on_drain(hc_request *hreq, int events, void *arg)
{
	php_event_http_req_t *r = arg;
	php_event_http_conn_ctx *ctx = r->ctx;
	(void)hreq;

	if (events & HC_DRAIN_END) {
		req_drain_end(r, true);  /* last: it may free r */
		return;
	}
	if (!ctx || EVENT_G(shutting_down)) {
		return;
	}
	zval args[2];
	/* The callback may drop the script's last reference to the request,
	 * or replace itself (the call keeps its own copies). */
	GC_ADDREF(&r->std);
	php_event_http_conn_ctx_enter(ctx);
	ZVAL_OBJ(&args[0], &r->std);
	php_event_cb_copy_arg(&r->drain_cb, &args[1]);
	/* An exception stops the loop and reaches loop()'s caller, as from a
	 * request handler; the reply stays as it is (it was begun). */
	php_event_cb_call(&r->drain_cb, 2, args, NULL,
		php_event_dep_base(&php_event_http_from_obj(ctx->http_obj)->dep));
	zval_ptr_dtor(&args[1]);
	php_event_http_conn_ctx_leave(ctx);
	OBJ_RELEASE(&r->std);
}

void php_event_http_req_conn_gone(php_event_http_req_t *r, int status)
{
	req_unlink(r);
	if (!r->replied) {
		r->status |= status;
	}
	r->done = true;
	/* The client left: the drain callback goes (last: it may free r). */
	req_drain_end(r, true);
}

/* The request's body buffers are about to go. An EventBuffer handed out
 * for one that the script still holds keeps its bytes in a buffer of its
 * own; one only the request holds goes now, with nothing copied. */
static void req_disown_buffer(zval *slot)
{
	if (Z_TYPE_P(slot) != IS_OBJECT) {
		return;
	}
	if (GC_REFCOUNT(Z_OBJ_P(slot)) == 1) {
		php_event_buffer_disown(Z_OBJ_P(slot), false);
		zval_ptr_dtor(slot);
		ZVAL_UNDEF(slot);
		return;
	}
	php_event_buffer_disown(Z_OBJ_P(slot), true);
}

static void req_disown_buffers(php_event_http_req_t *r)
{
	req_disown_buffer(&r->input);
	req_disown_buffer(&r->output);
}

/* Server side: the script lets go of the request (free() or the object's end). */
static void req_release_server(php_event_http_req_t *r, bool release_ref)
{
	req_unlink(r);
	req_disown_buffers(r);
	req_drain_end(r, release_ref);
	PHP_EVENT_FREE_CLEAR(r->hreq, hc_request_release);
	PHP_EVENT_FREE_CLEAR(r->out_body, evbuffer_free);
	hdrs_destroy(&r->in_hdrs);
	hdrs_destroy(&r->out_hdrs);
	PHP_EVENT_FREE_CLEAR(r->added, efree);
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
			php_event_http_conn_adopt_orphan(c, r->req);
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
		req_release_server(r, false);
	} else {
		req_release_client(r);
	}
	if (r->conn_obj) {
		OBJ_RELEASE(r->conn_obj);
	}
	php_event_cb_clear(&r->cb);
	zval_ptr_dtor(&r->input);
	zval_ptr_dtor(&r->output);
	zend_object_std_dtor(obj);
}

PHP_EVENT_GET_GC(req_get_gc, php_event_http_req_t, r)
{
	php_event_cb_gc(&r->cb, buf);   /* drain_cb too: a union */
	zend_get_gc_buffer_add_zval(buf, &r->input);
	zend_get_gc_buffer_add_zval(buf, &r->output);
	if (r->conn_obj) {
		zend_get_gc_buffer_add_obj(buf, r->conn_obj);
	}
}

/* --- helpers for the methods --- */

/* Whether the request can still be used; throws if not. */
static bool req_usable(php_event_http_req_t *r)
{
	if (r->freed || (r->server_side ? !r->hreq : !r->req)) {
		php_event_throw_freed(&r->std);
		return false;
	}
	return true;
}

/* The usable request of a zval, or NULL after throwing. */
static php_event_http_req_t *req_live(zval *zreq)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(zreq);
	return req_usable(r) ? r : NULL;
}

/* The request for a reply, or false: after throwing (misuse), or silently
 * when the client went away (the reply is dropped, as the script can see
 * from isAborted()). `begin`: a new reply (none may have been begun). */
static bool req_for_reply(php_event_http_req_t *r, bool begin)
{
	if (!req_usable(r)) {
		return false;
	}
	if (!r->server_side) {
		php_event_throw("replies are sent on requests received by an EventHttp");
		return false;
	}
	if (r->status & (PHP_EVENT_REQ_STATUS_ABORTED | PHP_EVENT_REQ_STATUS_TIMEOUT)) {
		return false;
	}
	if (r->replied && !r->in_handler) {
		php_event_throw("the reply to this request was already sent");
		return false;
	}
	if (begin && (r->started || r->replied)) {
		php_event_throw("a reply to this request was already started");
		return false;
	}
	return true;
}

/* The caller's fields of a server reply, for the reply writer. */
static hr_field *reply_fields(php_event_http_req_t *r, hr_field *stack, size_t nstack)
{
	php_event_http_hdrs *l = server_out_hdrs(r);
	hr_field *f = l->n <= nstack ? stack : emalloc(sizeof(*f) * l->n);
	for (uint32_t i = 0; i < l->n; i++) {
		f[i].name = ZSTR_VAL(l->v[i].name);
		f[i].name_len = ZSTR_LEN(l->v[i].name);
		f[i].value = ZSTR_VAL(l->v[i].value);
		f[i].value_len = ZSTR_LEN(l->v[i].value);
	}
	return f;
}

#define REPLY_FIELDS_STACK 8

/* The request's headers of `type`, as PECL event picks them: OUTPUT_HEADER
 * means the output headers, any other value the input headers. */
static bool header_type_is_output(zend_long type)
{
	return type == 2;
}

static struct evkeyvalq *client_headers(php_event_http_req_t *r, zend_long type)
{
	return header_type_is_output(type) ? evhttp_request_get_output_headers(r->req) : evhttp_request_get_input_headers(r->req);
}

static php_event_http_hdrs *server_headers(php_event_http_req_t *r, zend_long type)
{
	return header_type_is_output(type) ? server_out_hdrs(r) : server_in_hdrs(r);
}

/* A name that would make a malformed header line (": v", "A:B: v") or be
 * cut at a NUL: refused like libevent refuses CR and LF (false), since the
 * line a peer parses would not be the header the script meant. */
static bool header_name_valid(zend_string *key)
{
	return ZSTR_LEN(key) != 0 && !strpbrk(ZSTR_VAL(key), "\r\n:") && !memchr(ZSTR_VAL(key), 0, ZSTR_LEN(key));
}

/* libevent's rule for a value: CR/LF only as a continuation (followed by
 * a space or a tab). */
static bool header_value_valid(const char *p)
{
	while ((p = strpbrk(p, "\r\n")) != NULL) {
		p += strspn(p, "\r\n");
		if (*p != ' ' && *p != '\t') {
			return false;
		}
	}
	return true;
}

/* A server request's header lists change until it is done, or, answered,
 * until its handler returns (evhttp keeps the request until then). */
static bool server_headers_editable(const php_event_http_req_t *r)
{
	return !r->done || (r->replied && r->in_handler && !(r->status & (PHP_EVENT_REQ_STATUS_ABORTED | PHP_EVENT_REQ_STATUS_TIMEOUT)));
}

static void client_req_cb(struct evhttp_request *req, void *arg);

/* --- methods --- */

ZEND_METHOD(EventHttpRequest, __construct)
{
	zval *callable, *data = NULL;
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);

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
	php_event_cb_set_lazy(&r->cb, callable, data);
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
	if (EVENT_G(shutting_down) || !php_event_cb_resolve(&r->cb)) {
		return;  /* no PHP runs any more, or nothing callable */
	}
	/* libevent passes no request when it failed it (a timeout, a body over
	 * the limit): the callback gets NULL then, as with PECL event. */
	if (req) {
		ZVAL_OBJ(&args[0], &r->std);
	} else {
		ZVAL_NULL(&args[0]);
	}
	php_event_cb_copy_arg(&r->cb, &args[1]);
	/* The callback may drop every other reference (freeing the base lets
	 * go of what was in flight), and libevent reads the request after we
	 * return: the object stays until the loop call returned. */
	GC_ADDREF(&r->std);
	r->in_callback = true;
	php_event_cb_call(&r->cb, 2, args, NULL, base);
	zval_ptr_dtor(&args[1]);
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
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	/* Extra arguments are ignored, as PECL event does (it parses none). */

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
		/* $this holds the object through this call. */
		req_release_server(r, true);
	} else {
		req_release_client(r);
	}
}

/* evhttp's command numbers: EventHttpRequest::CMD_*. */
static zend_long server_command(const hp_parser *p)
{
	static const zend_long cmd[] = {
		[HP_METHOD_GET] = 1, [HP_METHOD_POST] = 2, [HP_METHOD_HEAD] = 4, [HP_METHOD_PUT] = 8,
		[HP_METHOD_DELETE] = 16, [HP_METHOD_OPTIONS] = 32, [HP_METHOD_TRACE] = 64,
		[HP_METHOD_CONNECT] = 128, [HP_METHOD_PATCH] = 256,
	};
	return p->method < sizeof(cmd) / sizeof(cmd[0]) ? cmd[p->method] : 0;
}

ZEND_METHOD(EventHttpRequest, getCommand)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->server_side) {
		RETURN_LONG(server_command(hc_request_head(r->hreq)));
	}
	RETURN_LONG((zend_long)evhttp_request_get_command(r->req));
}

/* The host evhttp_request_get_host() gives: an absolute target's, else the
 * Host header's without its port; NULL when there is none. */
static const char *server_host(php_event_http_req_t *r, size_t *len)
{
	size_t n;
	const char *t = hc_request_target(r->hreq, &n);
	const char *end = t + n;

	for (const char *s = t; s + 2 < end && *s != '/' && *s != '?'; s++) {
		if (s[0] == ':' && s[1] == '/' && s[2] == '/') {
			const char *a = s + 3, *e = a, *at;
			while (e < end && *e != '/' && *e != '?' && *e != '#') e++;
			at = memchr(a, '@', (size_t)(e - a));
			if (at) a = at + 1;
			if (a < e && *a == '[') {
				const char *rb = memchr(a, ']', (size_t)(e - a));
				if (rb) { *len = (size_t)(rb + 1 - a); return a; }
			}
			const char *c = memchr(a, ':', (size_t)(e - a));
			*len = (size_t)((c ? c : e) - a);
			return a;
		}
	}
	const char *h = hc_request_header(r->hreq, "Host", 4, &n);
	if (!h) {
		return NULL;
	}
	/* A trailing ":digits" is the port. */
	const char *p = h + n - 1;
	while (p > h && *p >= '0' && *p <= '9') p--;
	*len = (p > h && *p == ':') ? (size_t)(p - h) : n;
	return h;
}

ZEND_METHOD(EventHttpRequest, getHost)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->server_side) {
		size_t n = 0;
		const char *h = server_host(r, &n);
		RETURN_STRINGL(h ? h : "", h ? n : 0);
	}
	const char *host = evhttp_request_get_host(r->req);
	RETURN_STRING(host ? host : "");
}

ZEND_METHOD(EventHttpRequest, getUri)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->server_side) {
		size_t n;
		const char *t = hc_request_target(r->hreq, &n);
		RETURN_STRINGL(t, n);
	}
	const char *uri = evhttp_request_get_uri(r->req);
	RETURN_STRING(uri ? uri : "");
}

ZEND_METHOD(EventHttpRequest, getResponseCode)
{
	USABLE_REQ_NO_ARGS(r);
	RETURN_LONG(r->server_side ? r->code : evhttp_request_get_response_code(r->req));
}

static void client_headers_to_array(struct evkeyvalq *headers, zval *out)
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

ZEND_METHOD(EventHttpRequest, getInputHeaders)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->server_side) {
		hdrs_to_array(server_in_hdrs(r), return_value);
		return;
	}
	client_headers_to_array(evhttp_request_get_input_headers(r->req), return_value);
}

ZEND_METHOD(EventHttpRequest, getOutputHeaders)
{
	USABLE_REQ_NO_ARGS(r);
	if (r->server_side) {
		hdrs_to_array(server_out_hdrs(r), return_value);
		return;
	}
	client_headers_to_array(evhttp_request_get_output_headers(r->req), return_value);
}

/* The request's reply body buffer (server side), made on first use. */
static struct evbuffer *server_out_body(php_event_http_req_t *r)
{
	if (!r->out_body) {
		r->out_body = evbuffer_new();
	}
	return r->out_body;
}

/* The cached EventBuffer for one of the request's bodies. */
static void return_body_buffer(php_event_http_req_t *r, bool output, zval *return_value)
{
	zval *slot = output ? &r->output : &r->input;

	if (!req_usable(r)) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(slot) != IS_OBJECT) {
		struct evbuffer *buf;
		if (r->server_side) {
			buf = output ? server_out_body(r) : hc_request_body(r->hreq);
		} else {
			buf = output ? evhttp_request_get_output_buffer(r->req) : evhttp_request_get_input_buffer(r->req);
		}
		ZVAL_OBJ(slot, php_event_buffer_wrap(buf, false));
	}
	RETURN_COPY(slot);
}

ZEND_METHOD(EventHttpRequest, getInputBuffer)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();
	return_body_buffer(r, false, return_value);
}

ZEND_METHOD(EventHttpRequest, getOutputBuffer)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();
	return_body_buffer(r, true, return_value);
}

ZEND_METHOD(EventHttpRequest, getBufferEvent)
{
	USABLE_REQ_NO_ARGS(r);
	zend_object *obj;
	if (!r->server_side) {
		/* The connection's, only while in flight, as getConnection() (PECL
		 * event returns NULL before and after too). */
		obj = r->client_conn && r->in_flight
			? php_event_http_conn_client_bev_obj(php_event_http_conn_from_obj(r->client_conn)) : NULL;
	} else {
		obj = r->ctx ? php_event_http_conn_ctx_bev_obj(r->ctx) : NULL;
	}
	if (!obj) {
		RETURN_NULL();
	}
	RETURN_OBJ(obj);
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
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();

	if (!req_for_reply(r, true)) {
		return;
	}
	r->replied = true;
	r->done = true;
	r->code = php_event_http_long_to_int(code);
	/* evhttp_send_page_() clears the output headers first. */
	hdrs_clear(server_out_hdrs(r));
	hc_request_error(r->hreq, r->code, reason ? ZSTR_VAL(reason) : NULL);
}

ZEND_METHOD(EventHttpRequest, sendReply)
{
	zend_long code;
	zend_string *reason;
	zval *zbuf = NULL;
	struct evbuffer *buf = NULL, *body;
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	hr_field stack[REPLY_FIELDS_STACK], *f;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(code)
		Z_PARAM_STR(reason)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zbuf, php_event_buffer_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (zbuf && !(buf = php_event_buffer_get(zbuf))) {
		RETURN_THROWS();
	}
	if (!req_for_reply(r, true)) {
		return;
	}
	/* evhttp's body: the output buffer, then the given buffer's bytes. */
	body = buf;
	if (r->out_body && evbuffer_get_length(r->out_body)) {
		if (buf && buf != r->out_body) {
			evbuffer_add_buffer(r->out_body, buf);
		}
		body = r->out_body;
	}
	r->replied = true;
	r->done = true;
	r->code = php_event_http_long_to_int(code);
	req_drop_conn_fields(r);
	f = reply_fields(r, stack, REPLY_FIELDS_STACK);
	hc_request_reply(r->hreq, r->code, ZSTR_VAL(reason), f, r->out_hdrs.n, body);
	if (f != stack) {
		efree(f);
	}
}

ZEND_METHOD(EventHttpRequest, sendReplyStart)
{
	zend_long code;
	zend_string *reason;
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	hr_field stack[REPLY_FIELDS_STACK], *f;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();

	if (!req_for_reply(r, true)) {
		return;
	}
	r->started = true;
	r->code = php_event_http_long_to_int(code);
	req_drop_conn_fields(r);
	f = reply_fields(r, stack, REPLY_FIELDS_STACK);
	hc_request_reply_start(r->hreq, r->code, ZSTR_VAL(reason), f, r->out_hdrs.n);
	if (f != stack) {
		efree(f);
	}
}

ZEND_METHOD(EventHttpRequest, sendReplyChunk)
{
	zval *zbuf;
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zbuf, php_event_buffer_ce)
	ZEND_PARSE_PARAMETERS_END();

	struct evbuffer *buf = php_event_buffer_get(zbuf);
	if (!buf) {
		RETURN_THROWS();
	}
	if (!req_for_reply(r, false)) {
		return;
	}
	if (!r->started && !r->replied) {
		php_event_throw("sendReplyStart() (or sendReply()) must come before sendReplyChunk()");
		RETURN_THROWS();
	}
	if (r->started) {
		hc_request_reply_chunk(r->hreq, buf);
	} else if (r->ctx && r->ctx->conn) {
		/* After sendReply(): the bytes follow the reply on the wire, as
		 * evhttp writes them (the manual's setCloseCallback example does). */
		hc_conn_write(r->ctx->conn, buf);
	}
}

ZEND_METHOD(EventHttpRequest, sendReplyEnd)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();

	if (!req_for_reply(r, false)) {
		return;
	}
	if (!r->started) {
		php_event_throw("sendReplyStart() must come before sendReplyEnd()");
		RETURN_THROWS();
	}
	r->started = false;
	r->replied = true;
	r->done = true;
	hc_request_reply_end(r->hreq);
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
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(key)
		Z_PARAM_STR(value)
		Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();

	if (!req_usable(r)) {
		RETURN_THROWS();
	}
	if (!header_name_valid(key) || !header_value_valid(ZSTR_VAL(value))) {
		RETURN_FALSE;
	}
	if (!r->server_side) {
		RETURN_BOOL(evhttp_add_header(client_headers(r, type), ZSTR_VAL(key), ZSTR_VAL(value)) == 0);
	}
	if (!server_headers_editable(r)) {
		RETURN_FALSE;
	}
	/* As C strings, like libevent's copies. */
	hdrs_add(server_headers(r, type), ZSTR_VAL(key), ZSTR_LEN(key), ZSTR_VAL(value), strlen(ZSTR_VAL(value)));
	RETURN_TRUE;
}

ZEND_METHOD(EventHttpRequest, clearHeaders)
{
	USABLE_REQ_NO_ARGS(r);
	if (!r->server_side) {
		evhttp_clear_headers(evhttp_request_get_output_headers(r->req));
	} else if (server_headers_editable(r)) {
		hdrs_clear(server_out_hdrs(r));
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

	return req_live(ZEND_THIS);
}

ZEND_METHOD(EventHttpRequest, removeHeader)
{
	zend_string *key;
	zend_long type;
	php_event_http_req_t *r = req_key_type_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &key, &type);
	if (!r) {
		RETURN_THROWS();
	}
	if (!r->server_side) {
		RETURN_BOOL(evhttp_remove_header(client_headers(r, type), ZSTR_VAL(key)) == 0);
	}
	if (!server_headers_editable(r)) {
		RETURN_FALSE;
	}
	RETURN_BOOL(hdrs_remove(server_headers(r, type), ZSTR_VAL(key)));
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
	if (r->server_side) {
		php_event_http_hdrs *l = server_headers(r, type);
		int i = hdrs_find(l, ZSTR_VAL(key));
		if (i < 0) {
			RETURN_NULL();
		}
		RETURN_STR_COPY(l->v[i].value);
	}
	const char *v = evhttp_find_header(client_headers(r, type), ZSTR_VAL(key));
	if (!v) {
		RETURN_NULL();
	}
	RETURN_STRING(v);
}

ZEND_METHOD(EventHttpRequest, getConnectionStatus)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(r->status);
}

ZEND_METHOD(EventHttpRequest, isAborted)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL((r->status & PHP_EVENT_REQ_STATUS_ABORTED) != 0 || (r->status & PHP_EVENT_REQ_STATUS_TIMEOUT) != 0);
}

/* getPendingOutput() and setDrainCallback(): a server request's. */
static bool req_check_server(php_event_http_req_t *r)
{
	if (!req_usable(r)) {
		return false;
	}
	if (!r->server_side) {
		php_event_throw("replies are sent on requests received by an EventHttp");
		return false;
	}
	return true;
}

ZEND_METHOD(EventHttpRequest, getPendingOutput)
{
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();

	if (!req_check_server(r)) {
		RETURN_THROWS();
	}
	RETURN_LONG(r->ctx ? (zend_long)hc_request_pending_output(r->hreq) : 0);
}

ZEND_METHOD(EventHttpRequest, setDrainCallback)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	zend_long low = 0;
	zval null_arg, *arg = NULL;
	req_drain_state old;
	php_event_http_req_t *r = Z_EVENT_HTTP_REQ_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(low)
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	if (low < 0) {
		zend_argument_value_error(2, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (!req_check_server(r)) {
		RETURN_THROWS();
	}
	hc_request_watch_drain(r->hreq, 0, NULL, NULL);
	req_drain_take(r, &old);
	/* No watch once the client left, or on a reply complete and written:
	 * no call can come, the callable is not kept. */
	if (ZEND_FCI_INITIALIZED(fci) && r->ctx
			&& hc_request_watch_drain(r->hreq, (size_t)low, req_on_drain, r) == 0) {
		ZVAL_NULL(&null_arg);
		php_event_cb_set(&r->drain_cb, &fci, &fcc, arg ? arg : &null_arg);
		/* The producer's request lives until its reply is over, even when
		 * the script keeps no reference to it. */
		GC_ADDREF(&r->std);
		r->drain_ref = true;
	}
	req_drain_release(r, &old, true);
}

PHP_EVENT_CLASS_MINIT(event_http_request, php_event_http_req_ce, EventHttpRequest, req_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_http_req_t, req_create, req_free),
	.get_gc = req_get_gc)
