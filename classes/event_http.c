/*
 * EventHttp: an HTTP server on an EventBase.
 *
 * The object owns its struct evhttp and frees it with the object, or when
 * its EventBase is freed first (it is a dependent of the base,
 * src/lifetime.h). evhttp_free() closes every connection: their contexts
 * (src/http_conn.c) let go of the PHP side during that call, and the
 * scripts' close callbacks of those connections run right after it
 * returned, when libevent is no longer in the middle of freeing them.
 *
 * Handlers (per path and default) are owned by the object; a handler's
 * callable and $arg are released when it is replaced or the object goes.
 * While a handler runs, the EventHttp object and the connection's context
 * are held, so a handler may drop the last reference to the server or
 * close its own connection.
 */
#include "php_event.h"
#include "classes/event_base.h"
#include "classes/event_http.h"
#include "classes/event_http_request.h"
#include "classes/event_http_connection.h"
#include "src/http_conn.h"
#include "src/net.h"
#ifdef HAVE_EVENT_OPENSSL_LIB
# include "classes/event_ssl_context.h"
#endif

static zend_object_handlers http_handlers;

#define THIS_HTTP() php_event_http_from_obj(Z_OBJ_P(ZEND_THIS))

/* --- handlers --- */

void php_event_http_cb_store(php_event_cb *cb, zval *lazy, zval *value)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	php_event_cb_clear(cb);
	zval_ptr_dtor(lazy);
	ZVAL_UNDEF(lazy);
	if (zend_fcall_info_init(value, 0, &fci, &fcc, NULL, NULL) == SUCCESS) {
		php_event_cb_set(cb, &fci, &fcc);
	} else {
		ZVAL_COPY(lazy, value);
	}
}

bool php_event_http_cb_resolve(php_event_cb *cb, zval *lazy)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	if (php_event_cb_isset(cb)) {
		return true;
	}
	if (Z_ISUNDEF_P(lazy) || zend_fcall_info_init(lazy, 0, &fci, &fcc, NULL, NULL) != SUCCESS) {
		return false;
	}
	php_event_cb_set(cb, &fci, &fcc);
	zval_ptr_dtor(lazy);
	ZVAL_UNDEF(lazy);
	return true;
}

static php_event_http_handler *handler_new(zend_object *http_obj, zval *callable, zval *arg)
{
	php_event_http_handler *h = ecalloc(1, sizeof(*h));
	ZVAL_UNDEF(&h->cb.func);
	ZVAL_UNDEF(&h->lazy);
	php_event_http_cb_store(&h->cb, &h->lazy, callable);
	if (arg) {
		ZVAL_COPY(&h->arg, arg);
	} else {
		ZVAL_NULL(&h->arg);
	}
	h->http_obj = http_obj;
	return h;
}

static void handler_free(php_event_http_handler *h)
{
	php_event_cb_clear(&h->cb);
	zval_ptr_dtor(&h->lazy);
	zval_ptr_dtor(&h->arg);
	efree(h);
}

static void handler_dtor(zval *zv)
{
	handler_free(Z_PTR_P(zv));
}

/* evhttp calls this for every request a PHP handler is registered for. */
static void http_on_request(struct evhttp_request *req, void *arg)
{
	php_event_http_handler *handler = arg;
	zend_object *http_obj = handler->http_obj;
	php_event_http_t *h = php_event_http_from_obj(http_obj);
	struct evhttp_connection *evcon = evhttp_request_get_connection(req);
	php_event_http_conn_ctx *ctx;
	zend_object *req_obj;
	zval args[2];

	if (EVENT_G(shutting_down) || !php_event_http_cb_resolve(&handler->cb, &handler->lazy)) {
		/* Nothing callable: the request waits, unanswered (PECL event). */
		return;
	}
	ctx = php_event_http_conn_ctx_get(http_obj, evcon);
	php_event_http_conn_ctx_enter(ctx);
	GC_ADDREF(http_obj);

	req_obj = php_event_http_req_new_server(req, ctx);
	ZVAL_OBJ(&args[0], req_obj);
	ZVAL_COPY(&args[1], &handler->arg);
	if (!php_event_cb_call(&handler->cb, 2, args, NULL, php_event_dep_base(&h->dep))) {
		/* The handler threw (or could not run): the loop stops and the
		 * exception reaches loop()'s caller; the client gets an error. */
		php_event_http_req_t *r = php_event_http_req_from_obj(req_obj);
		if (r->req && !r->replied && !r->started && !ctx->closed) {
			r->replied = true;
			evhttp_send_error(r->req, HTTP_INTERNAL, NULL);
		}
	}
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[0]);

	/* The reply goes out now; a request held past its handler: notice if
	 * its client goes away (leave). */
	php_event_http_conn_ctx_flush(ctx);
	php_event_http_conn_ctx_leave(ctx);
	OBJ_RELEASE(http_obj);
}

/* --- object --- */

static zend_object *http_create(zend_class_entry *ce)
{
	php_event_http_t *h = PHP_EVENT_ALLOC_OBJECT(php_event_http_t, ce);
	zend_hash_init(&h->handlers, 8, NULL, handler_dtor, 0);
	zend_hash_init(&h->conns, 8, NULL, NULL, 0);
	ZVAL_UNDEF(&h->ssl_ctx);
	h->std.handlers = &http_handlers;
	return &h->std;
}

/* Frees the evhttp (closing every connection), then runs the close
 * callbacks of the connections that had a PHP object. */
static void http_release_libevent(php_event_http_t *h)
{
	struct evhttp *http = h->http;

	if (!http) {
		return;
	}
	h->http = NULL;
	php_event_http_read_keeper_free(h);
	h->freeing = true;
	evhttp_free(http);
	h->freeing = false;

	for (uint32_t i = 0; i < h->n_closed_conns; i++) {
		zend_object *conn_obj = h->closed_conns[i];
		php_event_http_conn_closed(php_event_http_conn_from_obj(conn_obj), true);
		OBJ_RELEASE(conn_obj);
	}
	if (h->closed_conns) {
		efree(h->closed_conns);
		h->closed_conns = NULL;
	}
	h->n_closed_conns = 0;
}

static void http_detach(php_event_dep *dep)
{
	http_release_libevent(PHP_EVENT_DEP_OWNER(php_event_http_t, dep));
}

static void http_free(zend_object *obj)
{
	php_event_http_t *h = php_event_http_from_obj(obj);

	http_release_libevent(h);
	zend_hash_destroy(&h->handlers);
	zend_hash_destroy(&h->conns);
	if (h->default_handler) {
		handler_free(h->default_handler);
	}
	zval_ptr_dtor(&h->ssl_ctx);
	php_event_dep_release(&h->dep);
	zend_object_std_dtor(obj);
}

static HashTable *http_get_gc(zend_object *obj, zval **table, int *n)
{
	php_event_http_t *h = php_event_http_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	php_event_http_handler *handler;

	ZEND_HASH_FOREACH_PTR(&h->handlers, handler) {
		php_event_cb_gc(&handler->cb, buf);
		zend_get_gc_buffer_add_zval(buf, &handler->lazy);
		zend_get_gc_buffer_add_zval(buf, &handler->arg);
	} ZEND_HASH_FOREACH_END();
	if (h->default_handler) {
		php_event_cb_gc(&h->default_handler->cb, buf);
		zend_get_gc_buffer_add_zval(buf, &h->default_handler->lazy);
		zend_get_gc_buffer_add_zval(buf, &h->default_handler->arg);
	}
	zend_get_gc_buffer_add_zval(buf, &h->ssl_ctx);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

static struct evhttp *http_get(php_event_http_t *h)
{
	if (!h->http) {
		php_event_throw_freed(&h->std);
	}
	return h->http;
}

#ifdef HAVE_EVENT_OPENSSL_LIB
/* evhttp asks for the bufferevent of each new connection: TLS on accept. */
static struct bufferevent *http_make_ssl_bev(struct event_base *base, void *arg)
{
	php_event_http_t *h = arg;
	SSL *ssl = php_event_ssl_context_new_ssl(&h->ssl_ctx);
	if (!ssl) {
		/* Not in a PHP call: the connection is refused, nothing is thrown. */
		if (EG(exception)) {
			zend_clear_exception();
		}
		return NULL;
	}
	return bufferevent_openssl_socket_new(base, -1, ssl, BUFFEREVENT_SSL_ACCEPTING, BEV_OPT_CLOSE_ON_FREE);
}
#endif

/* --- methods --- */

ZEND_METHOD(EventHttp, __construct)
{
	zval *zbase, *zctx = NULL;
	php_event_http_t *h = THIS_HTTP();

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_OPTIONAL
#ifdef HAVE_EVENT_OPENSSL_LIB
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zctx, php_event_ssl_context_ce)
#else
		Z_PARAM_ZVAL(zctx)
#endif
	ZEND_PARSE_PARAMETERS_END();

	if (h->http) {
		php_event_throw("EventHttp is already constructed");
		RETURN_THROWS();
	}
#ifndef HAVE_EVENT_OPENSSL_LIB
	if (zctx && Z_TYPE_P(zctx) != IS_NULL) {
		php_event_throw("this build of the event extension has no OpenSSL support");
		RETURN_THROWS();
	}
#endif
	struct event_base *base = php_event_base_get(zbase);
	if (!base) {
		RETURN_THROWS();
	}
	h->http = evhttp_new(base);
	if (!h->http) {
		php_event_throw("cannot create an HTTP server");
		RETURN_THROWS();
	}
	/* libevent's default methods (GET, POST, HEAD, PUT, DELETE), as with
	 * PECL event: others get 501 until setAllowedMethods() allows them. */
#ifdef HAVE_EVENT_OPENSSL_LIB
	if (zctx && Z_TYPE_P(zctx) == IS_OBJECT) {
		ZVAL_COPY(&h->ssl_ctx, zctx);
		evhttp_set_bevcb(h->http, http_make_ssl_bev, h);
	}
#endif
	php_event_dep_attach(&h->dep, Z_OBJ_P(zbase), http_detach);
}

ZEND_METHOD(EventHttp, __sleep)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventHttp, __wakeup)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventHttp, accept)
{
	zval *zsock;
	php_event_http_t *h = THIS_HTTP();

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zsock)
	ZEND_PARSE_PARAMETERS_END();

	/* What is not a stream, a Socket or a descriptor number: the exception
	 * PECL event throws. */
	if (!(Z_TYPE_P(zsock) == IS_RESOURCE
		|| (Z_TYPE_P(zsock) == IS_LONG && Z_LVAL_P(zsock) >= 0)
		|| (Z_TYPE_P(zsock) == IS_OBJECT && php_event_socket_ce && Z_OBJCE_P(zsock) == php_event_socket_ce))) {
		zend_throw_exception(zend_ce_exception, "Invalid file descriptor", 0);
		RETURN_THROWS();
	}
	evutil_socket_t fd = php_event_zval_to_fd(zsock, 0);
	if (fd < 0) {
		RETURN_THROWS();
	}
	struct evhttp *http = http_get(h);
	if (!http) {
		RETURN_THROWS();
	}
	/* evhttp closes the socket when it is freed: give it a copy, so the
	 * script's stream or Socket keeps a descriptor of its own. */
	evutil_socket_t copy = dup(fd);
	if (copy < 0) {
		RETURN_FALSE;
	}
	evutil_make_socket_nonblocking(copy);
	if (evhttp_accept_socket(http, copy) != 0) {
		evutil_closesocket(copy);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* Hands a listening socket to evhttp, which then owns it (closes it when
 * it is freed); closes it when that fails. The listener is made here, not by
 * evhttp_accept_socket_with_handle(), so that no failure closes it twice. */
static bool http_listen_on(php_event_http_t *h, evutil_socket_t fd)
{
	struct event_base *base = php_event_base_from_obj(h->dep.base_obj)->base;
	/* Backlog 0: the socket already listens, with its own queue. */
	struct evconnlistener *lev = evconnlistener_new(base, NULL, NULL,
		LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC | LEV_OPT_CLOSE_ON_FREE, 0, fd);
	if (!lev) {
		evutil_closesocket(fd);
		return false;
	}
	if (!evhttp_bind_listener(h->http, lev)) {
		evconnlistener_free(lev);
		return false;
	}
	return true;
}

ZEND_METHOD(EventHttp, bind)
{
	zend_string *address;
	zend_long port;
	php_event_http_t *h = THIS_HTTP();

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(address)
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp *http = http_get(h);
	if (!http) {
		RETURN_THROWS();
	}
	/* Any port, its low 16 bits taken, as PECL event does. The socket is
	 * made here rather than by evhttp_bind_socket(), which listens with a
	 * queue of 128: connects arriving while the loop is busy for a moment
	 * beyond that are dropped by the kernel and retried by the clients
	 * only after 1 s, 3 s, 7 s. */
	evutil_socket_t fd = php_event_listen_tcp(ZSTR_VAL(address), (uint16_t)(zend_ulong)port,
		php_event_max_backlog());
	if (fd < 0) {
		RETURN_FALSE;
	}
	RETURN_BOOL(http_listen_on(h, fd));
}

ZEND_METHOD(EventHttp, setCallback)
{
	zend_string *path;
	zval *callable, *arg = NULL;
	php_event_http_t *h = THIS_HTTP();

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(path)
		Z_PARAM_ZVAL(callable)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp *http = http_get(h);
	if (!http) {
		RETURN_THROWS();
	}
	php_event_http_handler *handler = handler_new(&h->std, callable, arg);
	/* evhttp keeps one callback per path: the first one set stays. */
	if (evhttp_set_cb(http, ZSTR_VAL(path), http_on_request, handler) != 0) {
		handler_free(handler);
		php_error_docref(NULL, E_WARNING, "The callback already exists");
		RETURN_FALSE;
	}
	zend_hash_update_ptr(&h->handlers, path, handler);
	RETURN_TRUE;
}

ZEND_METHOD(EventHttp, setDefaultCallback)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval *arg = NULL;
	php_event_http_t *h = THIS_HTTP();

	/* Unlike setCallback(), a callable now (as with PECL event). */
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp *http = http_get(h);
	if (!http) {
		RETURN_THROWS();
	}
	php_event_http_handler *old = h->default_handler;
	h->default_handler = handler_new(&h->std, &fci.function_name, arg);
	evhttp_set_gencb(http, http_on_request, h->default_handler);
	if (old) {
		handler_free(old);
	}
}

/* The one int argument of a setter (any value, as with PECL event) and the
 * live evhttp; NULL after throwing. */
static struct evhttp *http_setter_args(INTERNAL_FUNCTION_PARAMETERS, zend_long *value)
{
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(*value)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);

	return http_get(THIS_HTTP());
}

#define HTTP_SETTER_ARGS(value) http_setter_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &(value))

ZEND_METHOD(EventHttp, setAllowedMethods)
{
	zend_long methods;
	struct evhttp *http = HTTP_SETTER_ARGS(methods);
	if (http) {
		/* The low 16 bits; other bits mean nothing to libevent. */
		evhttp_set_allowed_methods(http, (ev_uint16_t)(zend_ulong)methods);
	}
}

ZEND_METHOD(EventHttp, setMaxBodySize)
{
	zend_long value;
	struct evhttp *http = HTTP_SETTER_ARGS(value);
	if (http) {
		evhttp_set_max_body_size(http, (ev_ssize_t)value);
	}
}

ZEND_METHOD(EventHttp, setMaxHeadersSize)
{
	zend_long value;
	struct evhttp *http = HTTP_SETTER_ARGS(value);
	if (http) {
		evhttp_set_max_headers_size(http, (ev_ssize_t)value);
	}
}

ZEND_METHOD(EventHttp, setTimeout)
{
	zend_long value;
	struct evhttp *http = HTTP_SETTER_ARGS(value);
	if (http) {
		/* As an int, like PECL event: -1 (and what wraps to it, such as
		 * PHP_INT_MAX) is no timeout, other negative values time out at
		 * once. A timeval of any int is safe in libevent. */
		evhttp_set_timeout(http, php_event_http_long_to_int(value));
	}
}

/* addServerAlias / removeServerAlias: true when libevent did it. */
static void http_alias(INTERNAL_FUNCTION_PARAMETERS, int (*fn)(struct evhttp *, const char *))
{
	zend_string *alias;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(alias)
	ZEND_PARSE_PARAMETERS_END();

	struct evhttp *http = http_get(THIS_HTTP());
	if (!http) {
		RETURN_THROWS();
	}
	RETURN_BOOL(fn(http, ZSTR_VAL(alias)) == 0);
}

ZEND_METHOD(EventHttp, addServerAlias)
{
	http_alias(INTERNAL_FUNCTION_PARAM_PASSTHRU, evhttp_add_server_alias);
}

ZEND_METHOD(EventHttp, removeServerAlias)
{
	http_alias(INTERNAL_FUNCTION_PARAM_PASSTHRU, evhttp_remove_server_alias);
}

PHP_MINIT_FUNCTION(event_http)
{
	PHP_EVENT_INIT_HANDLERS(http_handlers, php_event_http_t, http_free);
	http_handlers.get_gc = http_get_gc;
	php_event_http_ce->create_object = http_create;
	return SUCCESS;
}
