/*
 * EventHttpConnection: a client connection the script made (libevent's
 * evhttp_connection), or the PHP face of a connection an EventHttp accepted
 * (the engine's hc_conn, classes/event_http.c).
 *
 * Owns (client side): its evhttp_connection, the EventBase, DNS base and SSL
 * context objects it was made with, and the evhttp_requests of request
 * objects that died in flight (libevent does not free requests the script
 * owns). Requests in flight keep this object alive (each holds a reference
 * until its response callback ran).
 * Owns (server side): only its close callback and $arg; the connection is
 * the EventHttp's. The object is made once per connection and kept by the
 * connection's php_event_http_conn_ctx until the connection closes, so every
 * request on it gets the same object and a close callback set from a
 * handler's local variable survives.
 * Freed by: the object's end (client: evhttp_connection_free(), without the
 * close callback). Server side: when the connection closes (FIN, RST,
 * timeout, a closing reply, the EventHttp freed) the object is untied (its
 * methods then throw or return false) and its close callback runs once,
 * from a zero-delay timer on the base: on the loop's next step, within one
 * loop step of the FIN or RST the engine read, and outside the engine's
 * frames, so the callback may free anything (the EventHttp, the base).
 * If the base or libevent goes first: the object is a dependent of the base
 * (src/lifetime.h): a client connection frees its evhttp_connection and
 * drops its requests in flight (their callbacks get nothing); a pending
 * server-side close callback runs right then. When the EventHttp goes first,
 * the close callbacks of its connections run before its free returns.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event_http_connection.h"
#include "classes/event_dns_base.h"
#include "classes/event_http.h"
#include "classes/event_buffer_event.h"
#ifdef PHP_WIN32
# include <ws2tcpip.h>
#else
# include <netdb.h>
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
# include "classes/event_ssl_context.h"
#endif

static zend_object_handlers conn_handlers;

static void conn_close_cb(struct evhttp_connection *evcon, void *arg);

/* --- close callback --- */

static void conn_run_close_cb(php_event_http_conn_t *c)
{
	struct event_base *base = php_event_dep_base(&c->dep);
	zval args[2];

	if (php_event_cb_isset(&c->close_cb)) {
		GC_ADDREF(&c->std);
		ZVAL_OBJ(&args[0], &c->std);
		php_event_cb_copy_arg(&c->close_cb, &args[1]);
		php_event_cb_call(&c->close_cb, 2, args, NULL, EVENT_G(loop_depth) ? base : NULL);
		zval_ptr_dtor(&args[1]);
		OBJ_RELEASE(&c->std);
	}
}

/* Server side: the connection is gone for good; drop what it held. */
static void conn_release_callable(php_event_http_conn_t *c)
{
	if (c->server_side) {
		php_event_cb_clear(&c->close_cb);
	}
}

static void conn_deferred_close(void *arg)
{
	php_event_http_conn_t *c = arg;

	c->close_pending = false;
	conn_run_close_cb(c);
	conn_release_callable(c);
	OBJ_RELEASE(&c->std);  /* the reference taken when it was scheduled */
}

/* The close callback runs on the base's next step, with the object held
 * until then. */
static void conn_schedule_close(php_event_http_conn_t *c, struct event_base *base)
{
	if (!c->close_pending && php_event_next_step_push(&c->close_step, base, conn_deferred_close, c)) {
		GC_ADDREF(&c->std);
		c->close_pending = true;
	}
}

void php_event_http_conn_untie(php_event_http_conn_t *c)
{
	c->evcon = NULL;
	c->ctx = NULL;
	c->closed = true;
}

void php_event_http_conn_closed(php_event_http_conn_t *c, bool now)
{
	struct event_base *base = php_event_dep_base(&c->dep);

	php_event_http_conn_untie(c);
	if (now || !base || EVENT_G(shutting_down) || !php_event_cb_isset(&c->close_cb)) {
		conn_run_close_cb(c);
		conn_release_callable(c);
		return;
	}
	conn_schedule_close(c, base);
}

/* --- object --- */

static zend_object *conn_create(zend_class_entry *ce)
{
	php_event_http_conn_t *c = PHP_EVENT_ALLOC_OBJECT(php_event_http_conn_t, ce, &conn_handlers);
	ZVAL_UNDEF(&c->base);
	ZVAL_UNDEF(&c->dns_base);
	ZVAL_UNDEF(&c->ssl_ctx);
	ZVAL_UNDEF(&c->close_cb.func);
	return &c->std;
}

/* Client side: requests in flight are told they will get no response. */
static void conn_drop_in_flight(php_event_http_conn_t *c)
{
	while (c->in_flight) {
		php_event_http_req_t *r = c->in_flight;
		r->status |= PHP_EVENT_REQ_STATUS_ABORTED;
		php_event_http_conn_end_request(c, r, false);
	}
}

static void release_request_refs(void *arg)
{
	php_event_http_req_t *r = arg;
	zend_object *conn_obj = r->client_conn;
	r->client_conn = NULL;
	OBJ_RELEASE(&r->std);  /* its in-flight reference to itself */
	if (conn_obj) {
		OBJ_RELEASE(conn_obj);
	}
}

void php_event_http_conn_unlink_request(php_event_http_conn_t *c, php_event_http_req_t *r)
{
	php_event_http_req_t **p = &c->in_flight;
	while (*p && *p != r) {
		p = &(*p)->ctx_next;
	}
	if (*p) {
		*p = r->ctx_next;
	}
	r->ctx_next = NULL;
	r->in_flight = false;
}

void php_event_http_conn_end_request(php_event_http_conn_t *c, php_event_http_req_t *r, bool later)
{
	struct event_base *base = php_event_dep_base(&c->dep);

	php_event_http_conn_unlink_request(c, r);
	if (!later || !php_event_next_step_push(&c->reap_step, base, release_request_refs, r)) {
		release_request_refs(r);
	}
}

static void free_orphan(void *req)
{
	evhttp_request_free(req);
}

void php_event_http_conn_adopt_orphan(php_event_http_conn_t *c, struct evhttp_request *req)
{
	php_event_defer_push(&c->orphans, free_orphan, req);
}

zend_object *php_event_http_conn_client_bev_obj(php_event_http_conn_t *c)
{
	if (c->server_side || !c->evcon) {
		return NULL;
	}
	if (c->bev_obj && php_event_bevent_from_obj(c->bev_obj)->bev == NULL) {
		/* The script free()d the previous one (or its base went). */
		OBJ_RELEASE(c->bev_obj);
		c->bev_obj = NULL;
	}
	if (!c->bev_obj) {
		struct bufferevent *bev = evhttp_connection_get_bufferevent(c->evcon);
		if (!bev || Z_TYPE(c->base) != IS_OBJECT) {
			return NULL;
		}
		c->bev_obj = php_event_bevent_wrap_borrowed(bev, Z_OBJ(c->base));
	}
	GC_ADDREF(c->bev_obj);
	return c->bev_obj;
}

/* The script's EventBufferEvent lets go of evcon's bufferevent (keeping
 * what its buffers hold) before evcon frees it. */
static void conn_disown_bev(php_event_http_conn_t *c)
{
	if (c->bev_obj) {
		zend_object *obj = c->bev_obj;
		c->bev_obj = NULL;
		php_event_bevent_disown(obj);
		OBJ_RELEASE(obj);
	}
}

/* Frees what libevent gave us; for free_obj and for the base going away. */
static void conn_release_libevent(php_event_http_conn_t *c)
{
	/* A scheduled close callback runs now (the base is going away). */
	php_event_next_step_free(&c->close_step);
	conn_disown_bev(c);
	if (!c->server_side && c->evcon) {
		struct evhttp_connection *evcon = c->evcon;
		c->evcon = NULL;
		/* No close callback from our own free: the script let go of it. */
		evhttp_connection_set_closecb(evcon, NULL, NULL);
		evhttp_connection_free(evcon);
	}
	conn_drop_in_flight(c);
	php_event_defer_run(&c->orphans);
	/* Ran last, as it may release this object's last reference. */
	php_event_next_step_free(&c->reap_step);
}

static void conn_detach(php_event_dep *dep)
{
	php_event_http_conn_t *c = PHP_EVENT_DEP_OWNER(php_event_http_conn_t, dep);
	/* Requests in flight hold references to this object: releasing them
	 * must not free it under our feet. */
	GC_ADDREF(&c->std);
	conn_release_libevent(c);
	/* Server side: the EventHttp is detached after us (older); it closes
	 * the connection then and unties this object. */
	OBJ_RELEASE(&c->std);
}

static void conn_free(zend_object *obj)
{
	php_event_http_conn_t *c = php_event_http_conn_from_obj(obj);

	conn_release_libevent(c);
	php_event_cb_clear(&c->close_cb);
	zval_ptr_dtor(&c->base);
	zval_ptr_dtor(&c->dns_base);
	zval_ptr_dtor(&c->ssl_ctx);
	php_event_dep_release(&c->dep);
	zend_object_std_dtor(obj);
}

PHP_EVENT_GET_GC(conn_get_gc, php_event_http_conn_t, c)
{
	php_event_cb_gc(&c->close_cb, buf);
	zend_get_gc_buffer_add_zval(buf, &c->base);
	zend_get_gc_buffer_add_zval(buf, &c->dns_base);
	zend_get_gc_buffer_add_zval(buf, &c->ssl_ctx);
	if (c->bev_obj) {
		zend_get_gc_buffer_add_obj(buf, c->bev_obj);
	}
}

zend_object *php_event_http_conn_new_server(php_event_http_conn_ctx *ctx, zend_object *base_obj)
{
	zend_object *obj = conn_create(php_event_http_conn_ce);
	php_event_http_conn_t *c = php_event_http_conn_from_obj(obj);

	c->server_side = true;
	c->ctx = ctx;
	GC_ADDREF(base_obj);
	ZVAL_OBJ(&c->base, base_obj);
	php_event_base_attach(&c->dep, base_obj, conn_detach);
	return obj;
}

static void conn_throw_gone(php_event_http_conn_t *c)
{
	php_event_throw(c->closed ? "the connection is closed" : "EventHttpConnection object has been freed or was not initialised");
}

/* The object, when it is tied to a live connection (either side), or NULL
 * after throwing. */
static php_event_http_conn_t *conn_live(zval *zthis)
{
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(zthis);
	if (c->server_side ? !c->ctx : !c->evcon) {
		conn_throw_gone(c);
		return NULL;
	}
	return c;
}

/* The live evcon of a client object, or NULL after throwing. */
static struct evhttp_connection *conn_evcon_live(php_event_http_conn_t *c)
{
	if (!c->evcon) {
		conn_throw_gone(c);
	}
	return c->evcon;
}

/* The same, after throwing also for a server-side object (`what` it cannot
 * do). */
static struct evhttp_connection *conn_client_live(zval *zthis, const char *what)
{
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(zthis);
	if (c->server_side) {
		php_event_throw("%s is only possible on a client connection", what);
		return NULL;
	}
	return conn_evcon_live(c);
}


static void conn_close_cb(struct evhttp_connection *evcon, void *arg)
{
	/* Client side: the server closed the connection, or it failed. The
	 * evcon lives on (it reconnects for the next request). libevent calls
	 * this before the callback of the request that saw the close, and so
	 * does the script's close callback run, as with PECL event. Whatever
	 * it drops (this object, the base) is released once the loop call
	 * returned, when libevent is no longer using the connection: the base
	 * defers its own end while its loop runs, and this object is held. */
	php_event_http_conn_t *c = arg;
	struct event_base *base = php_event_dep_base(&c->dep);

	if (!php_event_cb_isset(&c->close_cb) || !base || c->close_pending || EVENT_G(shutting_down)) {
		return;
	}
	if (EVENT_G(loop_depth) == 0) {
		/* Not from the loop (a script's cancel() or free()): the base
		 * would not defer its end; the callback runs on the next step. */
		conn_schedule_close(c, base);
		return;
	}
	GC_ADDREF(&c->std);
	conn_run_close_cb(c);
	php_event_release_later(&c->std);
}

ZEND_METHOD(EventHttpConnection, __construct)
{
	zval *zbase, *zdns = NULL, *zctx = NULL;
	zend_string *address;
	zend_long port;
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);
	struct bufferevent *bev = NULL;
	bool dns_failed = false;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zdns, php_event_dns_base_ce)
		Z_PARAM_STR(address)
		Z_PARAM_LONG(port)
		Z_PARAM_OPTIONAL
		PHP_EVENT_PARAM_SSL_CONTEXT_OR_NULL(zctx)
	ZEND_PARSE_PARAMETERS_END();

	if (c->evcon || c->server_side) {
		php_event_throw("EventHttpConnection is already constructed");
		RETURN_THROWS();
	}
	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(zbase), RETURN_THROWS());
	struct evdns_base *dns = php_event_dns_base_get(zdns, &dns_failed);
	if (dns_failed) {
		RETURN_THROWS();
	}
	if (dns && php_event_dns_base_owner(zdns) != Z_OBJ_P(zbase)) {
		/* Its lookups run in its own base's loop, which may be freed
		 * (with the evdns_base) while this connection still uses it. */
		zend_argument_value_error(2, "must belong to the EventBase of the connection");
		RETURN_THROWS();
	}
	if (zctx && Z_TYPE_P(zctx) == IS_OBJECT) {
#ifdef HAVE_EVENT_OPENSSL_LIB
		SSL *ssl = php_event_ssl_context_new_ssl(zctx);
		if (!ssl) {
			RETURN_THROWS();
		}
		SSL_set_tlsext_host_name(ssl, ZSTR_VAL(address));
		bev = bufferevent_openssl_socket_new(base, -1, ssl, BUFFEREVENT_SSL_CONNECTING,
			BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
		if (!bev) {
			SSL_free(ssl);
			php_event_throw("cannot create an SSL bufferevent");
			RETURN_THROWS();
		}
		ZVAL_COPY(&c->ssl_ctx, zctx);
#endif
	} else if (zctx && Z_TYPE_P(zctx) != IS_NULL) {
		zend_argument_type_error(5, "must be of type ?EventSslContext, %s given", zend_zval_type_name(zctx));
		RETURN_THROWS();
	}

	/* Any port, its low 16 bits taken, and any address (one that does not
	 * resolve fails the requests), as with PECL event. */
	c->evcon = evhttp_connection_base_bufferevent_new(base, dns, bev, ZSTR_VAL(address), (ev_uint16_t)(zend_ulong)port);
	if (!c->evcon) {
		zval_ptr_dtor(&c->ssl_ctx);
		ZVAL_UNDEF(&c->ssl_ctx);
		php_event_throw("cannot create an HTTP connection to %s:" ZEND_LONG_FMT, ZSTR_VAL(address), port);
		RETURN_THROWS();
	}
	evhttp_connection_set_closecb(c->evcon, conn_close_cb, c);
	ZVAL_COPY(&c->base, zbase);
	if (zdns) {
		ZVAL_COPY(&c->dns_base, zdns);
	}
	php_event_base_attach(&c->dep, Z_OBJ_P(zbase), conn_detach);
}

ZEND_METHOD(EventHttpConnection, __sleep)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventHttpConnection, __wakeup)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventHttpConnection, getBase)
{
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();
	/* The connection of a request a server received has no base of its
	 * own: false, as with PECL event. */
	if (c->server_side || Z_TYPE(c->base) != IS_OBJECT) {
		RETURN_FALSE;
	}
	RETURN_COPY(&c->base);
}

ZEND_METHOD(EventHttpConnection, getPeer)
{
	zval *zaddr, *zport;
	char *address = NULL;
	ev_uint16_t port = 0;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(zaddr)
		Z_PARAM_ZVAL(zport)
	ZEND_PARSE_PARAMETERS_END();

	php_event_http_conn_t *c;
	PHP_EVENT_LIVE(c, conn_live(ZEND_THIS), RETURN_THROWS());
	if (c->server_side) {
		/* What evhttp shows: the numeric host and port of the client. */
		char host[NI_MAXHOST] = "", serv[NI_MAXSERV] = "0";
		if (c->ctx->peer_len) {
			getnameinfo((struct sockaddr *)&c->ctx->peer, c->ctx->peer_len, host, sizeof(host), serv, sizeof(serv),
				NI_NUMERICHOST | NI_NUMERICSERV);
		}
		ZEND_TRY_ASSIGN_REF_STRING(zaddr, host);
		ZEND_TRY_ASSIGN_REF_LONG(zport, (zend_long)atoi(serv));
		return;
	}
	evhttp_connection_get_peer(c->evcon, &address, &port);
	ZEND_TRY_ASSIGN_REF_STRING(zaddr, address ? address : "");
	ZEND_TRY_ASSIGN_REF_LONG(zport, port);
}

ZEND_METHOD(EventHttpConnection, setLocalAddress)
{
	zend_string *address;
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(address)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp_connection *evcon;
	PHP_EVENT_LIVE(evcon, conn_client_live(ZEND_THIS, "setting the local address"), RETURN_THROWS());
	if (c->used) {
		/* libevent asserts (aborts) if the connection was ever opened. */
		php_event_throw("the local address must be set before the first request");
		RETURN_THROWS();
	}
	evhttp_connection_set_local_address(evcon, ZSTR_VAL(address));
}

/* The one int argument of a setter (any value, as with PECL event), and
 * the live evcon (only a client's when `client_only` names the
 * operation); NULL after throwing, or for a server connection, whose
 * setting `server` applies (with `value`). */
static struct evhttp_connection *conn_setter_args(INTERNAL_FUNCTION_PARAMETERS, const char *client_only, zend_long *value,
	void (*server)(php_event_http_conn_ctx *ctx, zend_long value))
{
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(*value)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);

	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);
	if (client_only) {
		return conn_client_live(ZEND_THIS, client_only);
	}
	if (c->server_side) {
		if (conn_live(ZEND_THIS) && server) {
			server(c->ctx, *value);
		}
		return NULL;
	}
	return conn_evcon_live(c);
}

/* A server connection's settings go to the engine for what comes next. */
static void server_set_timeout(php_event_http_conn_ctx *ctx, zend_long value)
{
	struct timeval tv;
	php_event_http_timeout_tv(php_event_http_long_to_int(value), &tv);
	hc_conn_set_timeout(ctx->conn, &tv);
}

/* evhttp's sizes: a negative value is no limit. */
static void server_set_limit(php_event_http_conn_ctx *ctx, zend_long value, bool body)
{
	hp_limits l = *hc_conn_limits(ctx->conn);
	uint64_t v = value < 0 ? UINT64_MAX : (uint64_t)value;
	if (body) {
		l.max_body = v;
	} else {
		l.max_head = v > (uint64_t)UINT32_MAX ? UINT32_MAX : (size_t)v;
	}
	hc_conn_set_limits(ctx->conn, &l);
}

static void server_set_max_headers(php_event_http_conn_ctx *ctx, zend_long value)
{
	server_set_limit(ctx, value, false);
}

static void server_set_max_body(php_event_http_conn_ctx *ctx, zend_long value)
{
	server_set_limit(ctx, value, true);
}

#define CONN_SETTER_ARGS(client_only, value, server) \
	conn_setter_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, (client_only), &(value), (server))

ZEND_METHOD(EventHttpConnection, setLocalPort)
{
	zend_long port;
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);
	struct evhttp_connection *evcon = CONN_SETTER_ARGS("setting the local port", port, NULL);
	if (!evcon) {
		RETURN_THROWS();
	}
	if (c->used) {
		php_event_throw("the local port must be set before the first request");
		RETURN_THROWS();
	}
	/* The low 16 bits, as with PECL event. */
	evhttp_connection_set_local_port(evcon, (ev_uint16_t)(zend_ulong)port);
}

/* Timeouts and retries go to libevent as the int PECL event passes: -1 is
 * the default (no timeout / retry forever), a negative timeout times out
 * at once, negative retries retry forever; all safe in libevent. */
ZEND_METHOD(EventHttpConnection, setTimeout)
{
	zend_long timeout;
	struct evhttp_connection *evcon = CONN_SETTER_ARGS(NULL, timeout, server_set_timeout);
	if (evcon) {
		evhttp_connection_set_timeout(evcon, php_event_http_long_to_int(timeout));
	}
}

ZEND_METHOD(EventHttpConnection, setMaxHeadersSize)
{
	zend_long size;
	struct evhttp_connection *evcon = CONN_SETTER_ARGS(NULL, size, server_set_max_headers);
	if (evcon) {
		evhttp_connection_set_max_headers_size(evcon, (ev_ssize_t)size);
	}
}

ZEND_METHOD(EventHttpConnection, setMaxBodySize)
{
	zend_long size;
	struct evhttp_connection *evcon = CONN_SETTER_ARGS(NULL, size, server_set_max_body);
	if (evcon) {
		evhttp_connection_set_max_body_size(evcon, (ev_ssize_t)size);
	}
}

ZEND_METHOD(EventHttpConnection, setRetries)
{
	zend_long retries;
	struct evhttp_connection *evcon = CONN_SETTER_ARGS("setting retries", retries, NULL);
	if (evcon) {
		evhttp_connection_set_retries(evcon, php_event_http_long_to_int(retries));
	}
}

/* HTTP/1.1 requires Host (RFC 9112 3.2; servers answer 400 without it, the
 * extension's own among them): the connection's address and port, unless
 * the script set one. libevent 2.1 sends none. */
static void client_add_host(php_event_http_conn_t *c, struct evhttp_connection *evcon, struct evhttp_request *req)
{
	struct evkeyvalq *headers = evhttp_request_get_output_headers(req);
	char *address = NULL;
	ev_uint16_t port = 0;
	char host[300];
	bool v6;

	if (evhttp_find_header(headers, "Host")) {
		return;
	}
	evhttp_connection_get_peer(evcon, &address, &port);
	if (!address || !*address || strlen(address) > 255) {
		return;
	}
	v6 = strchr(address, ':') != NULL;
	if (port == (Z_TYPE(c->ssl_ctx) == IS_OBJECT ? 443 : 80)) {
		snprintf(host, sizeof(host), v6 ? "[%s]" : "%s", address);
	} else {
		snprintf(host, sizeof(host), v6 ? "[%s]:%u" : "%s:%u", address, (unsigned)port);
	}
	evhttp_add_header(headers, "Host", host);
}

ZEND_METHOD(EventHttpConnection, makeRequest)
{
	zval *zreq;
	zend_long type;
	zend_string *uri;
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zreq, php_event_http_req_ce)
		Z_PARAM_LONG(type)
		Z_PARAM_STR(uri)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp_connection *evcon;
	PHP_EVENT_LIVE(evcon, conn_client_live(ZEND_THIS, "making a request"), RETURN_THROWS());
	php_event_http_req_t *r = php_event_http_req_from_obj(Z_OBJ_P(zreq));
	if (r->server_side || !r->req || !r->owned) {
		php_event_throw("only a new request made with EventHttpRequest::__construct() can be sent");
		RETURN_THROWS();
	}
	if (r->sent) {
		php_event_throw("the request was already sent");
		RETURN_THROWS();
	}
	switch (type) {
		case EVHTTP_REQ_GET: case EVHTTP_REQ_POST: case EVHTTP_REQ_HEAD: case EVHTTP_REQ_PUT:
		case EVHTTP_REQ_DELETE: case EVHTTP_REQ_OPTIONS: case EVHTTP_REQ_TRACE:
		case EVHTTP_REQ_CONNECT: case EVHTTP_REQ_PATCH:
			break;
		default:
			zend_argument_value_error(2, "must be one of the EventHttpRequest::CMD_* constants");
			RETURN_THROWS();
	}

	/* In flight: the request keeps its connection alive, the connection
	 * knows the request (its callback may run inside evhttp_make_request). */
	r->in_flight = true;
	r->client_conn = &c->std;
	GC_ADDREF(&c->std);
	GC_ADDREF(&r->std);  /* released after the response callback */
	r->ctx_next = c->in_flight;
	c->in_flight = r;
	c->used = true;
	r->sent = true;

	client_add_host(c, evcon, r->req);
	if (evhttp_make_request(evcon, r->req, (enum evhttp_cmd_type)type, ZSTR_VAL(uri)) != 0) {
		if (r->in_flight) {
			/* The script holds both objects: releasing now frees neither. */
			php_event_http_conn_end_request(c, r, false);
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(EventHttpConnection, setCloseCallback)
{
	PHP_EVENT_PARSE_CALLABLE_ARG(fci, fcc, arg);
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);

	if (c->server_side ? !c->ctx : !c->evcon) {
		/* Closed already: nothing will call it; holding it would only leak. */
		if (!c->closed) {
			php_event_throw_freed(&c->std);
			RETURN_THROWS();
		}
		return;
	}
	/* Without $arg, or with null, the callback keeps the one given before,
	 * as in PECL event. */
	php_event_cb_set(&c->close_cb, &fci, &fcc, arg && Z_TYPE_P(arg) != IS_NULL ? arg : NULL);
}

ZEND_METHOD(EventHttpConnection, hasPendingRequests)
{
	php_event_http_conn_t *c = Z_EVENT_HTTP_CONN_P(ZEND_THIS);
	ZEND_PARSE_PARAMETERS_NONE();

	if (c->server_side) {
		if (c->ctx) {
			RETURN_BOOL(php_event_http_conn_ctx_pending(c->ctx));
		}
		/* Closed: were requests left unanswered? Their objects know. */
		RETURN_BOOL(c->closed_with_pending);
	}
	RETURN_BOOL(c->in_flight != NULL);
}

/*
 * Request shutdown: requests still in flight hold references to themselves
 * and to their connection that no script variable and no cycle shows. Once
 * the executor frees what is left, nothing would drop them, so the objects'
 * memory would never be returned. While objects can still be freed the
 * normal way, every client connection with requests in flight lets go of
 * libevent's connection and of those references (the callbacks do not run
 * any more at this point).
 */
void php_event_http_conn_rshutdown(void)
{
	zend_objects_store *store = &EG(objects_store);

	for (uint32_t i = 1; i < store->top; i++) {
		zend_object *obj = store->object_buckets[i];
		if (!IS_OBJ_VALID(obj) || obj->ce != php_event_http_conn_ce) {
			continue;
		}
		php_event_http_conn_t *c = php_event_http_conn_from_obj(obj);
		if (!c->server_side && (c->in_flight || php_event_defer_pending(&c->reap_step.list))) {
			GC_ADDREF(obj);
			conn_release_libevent(c);
			OBJ_RELEASE(obj);
		}
	}
}

PHP_EVENT_CLASS_MINIT(event_http_connection, php_event_http_conn_ce, EventHttpConnection, conn_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_http_conn_t, conn_create, conn_free),
	.get_gc = conn_get_gc)
