/*
 * EventHttp: an HTTP server on an EventBase, on the extension's own HTTP
 * engine (src/http/: parser, reply writer, connection layer over a
 * bufferevent).
 *
 * Owns: its listeners (evconnlistener, one per bind()/accept()), its
 * handlers (callable and $arg, released when replaced or with the object),
 * its aliases, and every connection it accepted (hc_conn, with the PHP-side
 * php_event_http_conn_ctx), listed in `conns` while open; while shutdown()
 * runs, its deadline timer, the shutdown callable and $arg, and a reference
 * to itself (the script may drop its own), released once the callback ran.
 * Freed by: the object's end, or its EventBase going first (it is a
 * dependent of the base, src/lifetime.h): listeners are freed, then every
 * open connection is closed (hc_conn_free()): its requests' objects learn
 * they were aborted, its EventHttpConnection object is untied, and the
 * scripts' close callbacks run right after, once nothing of the engine is
 * on the stack for them.
 * If the base or libevent goes first: the base detaches us first (above).
 * A handler runs with the EventHttp object and the connection's ctx held
 * (a reference, busy), so it may free the server, the base, or close its
 * own connection: the engine defers its own frees until its callbacks
 * return, and the ctx is freed when the last frame for it ends.
 * If the base goes during a shutdown, the shutdown callback never runs and
 * the reference the shutdown held is released once the loop returns.
 */
#include "php_event.h"
#include "src/list.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event_http.h"
#include "classes/event_http_request.h"
#include "classes/event_http_connection.h"
#include "classes/event_buffer_event.h"
#include "classes/event_util.h"
#include "src/net.h"
#ifdef HAVE_EVENT_OPENSSL_LIB
# include "classes/event_ssl_context.h"
#endif
#include <event2/listener.h>
#include <sys/stat.h>

/* The backlog of sockets bind() makes: the system's maximum (src/net.c),
 * not evhttp's 128, which drops connects that arrive while the loop is busy
 * for a moment. */
#define HTTP_LISTEN_BACKLOG php_event_max_backlog()

/* evhttp's default timeout, when none (or -1) is set. */
#define HTTP_DEFAULT_TIMEOUT 50

/* EventHttpRequest::CMD_* bits, as evhttp numbers its methods. */
#define HTTP_CMD_GET     (1 << 0)
#define HTTP_CMD_POST    (1 << 1)
#define HTTP_CMD_HEAD    (1 << 2)
#define HTTP_CMD_PUT     (1 << 3)
#define HTTP_CMD_DELETE  (1 << 4)

static zend_object_handlers http_handlers;


/* --- handlers --- */

static php_event_http_handler *handler_new(zend_object *http_obj, zval *callable, zval *arg)
{
	php_event_http_handler *h = ecalloc(1, sizeof(*h));
	php_event_cb_set_lazy(&h->cb, callable, arg);
	h->http_obj = http_obj;
	return h;
}

static void handler_free(php_event_http_handler *h)
{
	php_event_cb_clear(&h->cb);
	efree(h);
}

static void handler_dtor(zval *zv)
{
	handler_free(Z_PTR_P(zv));
}


/* --- connections --- */

void php_event_http_timeout_tv(int secs, struct timeval *tv)
{
	tv->tv_usec = 0;
	if (secs == -1) {
		tv->tv_sec = HTTP_DEFAULT_TIMEOUT;
	} else {
		/* Negative: a time in the past, which libevent's timers take as
		 * "at once", as evhttp passes it. */
		tv->tv_sec = secs;
	}
}

zend_object *php_event_http_conn_ctx_base_obj(php_event_http_conn_ctx *ctx)
{
	return php_event_http_from_obj(ctx->http_obj)->dep.base_obj;
}

bool php_event_http_conn_ctx_pending(php_event_http_conn_ctx *ctx)
{
	return ctx->conn && hc_conn_pending(ctx->conn) > 0;
}

zend_object *php_event_http_conn_ctx_conn_obj(php_event_http_conn_ctx *ctx)
{
	if (!ctx->conn) {
		return NULL;
	}
	if (!ctx->conn_obj) {
		/* The ctx keeps this reference until the connection closes, so a
		 * close callback set on it outlives the handler's local variable. */
		ctx->conn_obj = php_event_http_conn_new_server(ctx, php_event_http_conn_ctx_base_obj(ctx));
	}
	GC_ADDREF(ctx->conn_obj);
	return ctx->conn_obj;
}

zend_object *php_event_http_conn_ctx_bev_obj(php_event_http_conn_ctx *ctx)
{
	if (!ctx->conn) {
		return NULL;
	}
	if (ctx->bev_obj && php_event_bevent_from_obj(ctx->bev_obj)->bev == NULL) {
		/* The script free()d the previous one (as the seed example does). */
		OBJ_RELEASE(ctx->bev_obj);
		ctx->bev_obj = NULL;
	}
	if (!ctx->bev_obj) {
		ctx->bev_obj = php_event_bevent_wrap_borrowed(hc_conn_bufferevent(ctx->conn), php_event_http_conn_ctx_base_obj(ctx));
	}
	GC_ADDREF(ctx->bev_obj);
	return ctx->bev_obj;
}

static void http_shutdown_schedule_done(php_event_http_t *h);

static void ctx_free(php_event_http_conn_ctx *ctx)
{
	efree(ctx);
}

/* The connection is gone (the engine's closed callback, or the EventHttp
 * closing it): requests learn it, the objects let go. With `now`, the
 * close callback runs before returning (the EventHttp is being freed: no
 * loop step may come); else on the loop's next step. */
static void ctx_gone(php_event_http_conn_ctx *ctx, bool now)
{
	php_event_http_t *h = php_event_http_from_obj(ctx->http_obj);
	hc_conn *conn = ctx->conn;
	short events = hc_conn_close_events(conn);
	int status = (events & BEV_EVENT_TIMEOUT) ? PHP_EVENT_REQ_STATUS_TIMEOUT : PHP_EVENT_REQ_STATUS_ABORTED;
	bool pending = hc_conn_pending(conn) > 0;

	ctx->conn = NULL;
	EVENT_DLIST_UNLINK(h->conns, ctx, prev, next);
	if (!ctx->refused) {
		h->n_conns--;
	}
	while (ctx->reqs) {
		php_event_http_req_conn_gone(ctx->reqs, status);
	}
	if (ctx->bev_obj) {
		php_event_bevent_disown(ctx->bev_obj);
		OBJ_RELEASE(ctx->bev_obj);
		ctx->bev_obj = NULL;
	}
	if (ctx->conn_obj) {
		zend_object *conn_obj = ctx->conn_obj;
		php_event_http_conn_t *c = php_event_http_conn_from_obj(conn_obj);
		ctx->conn_obj = NULL;
		c->closed_with_pending = pending;
		php_event_http_conn_closed(c, now);
		OBJ_RELEASE(conn_obj);
	}
	if (h->shutting && !h->conns) {
		http_shutdown_schedule_done(h);
	}
}

static void http_on_closed(hc_conn *conn, void *arg)
{
	php_event_http_conn_ctx *ctx = arg;

	ctx_gone(ctx, false);
	if (ctx->busy == 0) {
		ctx_free(ctx);
	}
}

static void ctx_leave(php_event_http_conn_ctx *ctx)
{
	if (--ctx->busy > 0) {
		return;
	}
	if (!ctx->conn) {
		ctx_free(ctx);
	} else if (ctx->close_requested) {
		/* closeConnection() in the handler: the closed callback frees ctx. */
		php_event_http_conn_ctx_close(ctx);
	}
}

void php_event_http_conn_ctx_enter(php_event_http_conn_ctx *ctx)
{
	ctx->busy++;
	GC_ADDREF(ctx->http_obj);
}

void php_event_http_conn_ctx_leave(php_event_http_conn_ctx *ctx)
{
	zend_object *http_obj = ctx->http_obj;

	ctx_leave(ctx);
	OBJ_RELEASE(http_obj);
}

void php_event_http_conn_ctx_close(php_event_http_conn_ctx *ctx)
{
	if (!ctx->conn) {
		return;
	}
	if (ctx->busy) {
		ctx->close_requested = true;
		return;
	}
	ctx->busy++;
	hc_conn_close(ctx->conn);
	ctx_leave(ctx);
}

/* --- dispatch --- */

static int hex_digit(unsigned char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	return -1;
}

/* The path evhttp dispatches on: the target's path (an absolute target's
 * after its authority), up to '?' or '#', %XX decoded ('+' kept). */
static zend_string *request_path(const char *t, size_t n)
{
	const char *end = t + n, *p = t;
	zend_string *out;
	size_t o = 0;

	for (const char *s = t; s + 2 < end && *s != '/' && *s != '?'; s++) {
		if (s[0] == ':' && s[1] == '/' && s[2] == '/') {
			/* absolute-form: skip scheme and authority */
			p = s + 3;
			while (p < end && *p != '/' && *p != '?' && *p != '#') p++;
			break;
		}
	}
	const char *q = p;
	while (q < end && *q != '?' && *q != '#') q++;
	out = zend_string_alloc(q - p, 0);
	for (const char *s = p; s < q; s++) {
		int hi, lo;
		if (*s == '%' && q - s > 2 && (hi = hex_digit((unsigned char)s[1])) >= 0 && (lo = hex_digit((unsigned char)s[2])) >= 0) {
			ZSTR_VAL(out)[o++] = (char)(hi * 16 + lo);
			s += 2;
		} else {
			ZSTR_VAL(out)[o++] = *s;
		}
	}
	ZSTR_VAL(out)[o] = '\0';
	ZSTR_LEN(out) = o;
	return out;
}

static php_event_http_handler *find_handler(php_event_http_t *h, hc_request *hreq)
{
	php_event_http_handler *handler = NULL;

	if (zend_hash_num_elements(&h->handlers)) {
		size_t n;
		const char *t = hc_request_target(hreq, &n);
		zend_string *path = request_path(t, n);
		/* strcmp() in evhttp: a path is compared up to a NUL. */
		handler = zend_hash_str_find_ptr(&h->handlers, ZSTR_VAL(path), strlen(ZSTR_VAL(path)));
		zend_string_release(path);
	}
	return handler ? handler : h->default_handler;
}

static uint16_t method_bit(const hp_parser *head)
{
	switch (head->method) {
		case HP_METHOD_GET: return HTTP_CMD_GET;
		case HP_METHOD_POST: return HTTP_CMD_POST;
		case HP_METHOD_HEAD: return HTTP_CMD_HEAD;
		case HP_METHOD_PUT: return HTTP_CMD_PUT;
		case HP_METHOD_DELETE: return HTTP_CMD_DELETE;
		case HP_METHOD_OPTIONS: return 1 << 5;
		case HP_METHOD_TRACE: return 1 << 6;
		case HP_METHOD_CONNECT: return 1 << 7;
		case HP_METHOD_PATCH: return 1 << 8;
		default: return 0;
	}
}

/* The 404 of a path without a handler, evhttp's page. */
static void not_found(hc_request *hreq)
{
	static const char p1[] = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
		"<p>The requested URL ", p2[] = " was not found on this server.</p></body></html>\n";
	struct evbuffer *body = evbuffer_new();
	size_t n;
	const char *t = hc_request_target(hreq, &n);

	evbuffer_add(body, p1, sizeof(p1) - 1);
	for (size_t i = 0; i < n; i++) {
		switch (t[i]) {
			case '<': evbuffer_add(body, "&lt;", 4); break;
			case '>': evbuffer_add(body, "&gt;", 4); break;
			case '"': evbuffer_add(body, "&quot;", 6); break;
			case '\'': evbuffer_add(body, "&#039;", 6); break;
			case '&': evbuffer_add(body, "&amp;", 5); break;
			default: evbuffer_add(body, t + i, 1);
		}
	}
	evbuffer_add(body, p2, sizeof(p2) - 1);
	hc_request_page(hreq, 404, "Not Found", body);
	evbuffer_free(body);
}

/* The engine hands out a complete request. */
static void http_on_request(hc_request *hreq, void *arg)
{
	php_event_http_conn_ctx *ctx = arg;
	zend_object *http_obj = ctx->http_obj;
	php_event_http_t *h = php_event_http_from_obj(http_obj);
	php_event_http_handler *handler;
	zend_object *req_obj;
	zval args[2];

	if (!(method_bit(hc_request_head(hreq)) & h->allowed_methods)) {
		hc_request_error(hreq, 501, NULL);
		hc_request_free(hreq);
		return;
	}
	{
		/* The asterisk form is OPTIONS' only (RFC 9112 3.2.4). */
		size_t n;
		const char *t = hc_request_target(hreq, &n);
		if (n == 1 && t[0] == '*' && hc_request_head(hreq)->method != HP_METHOD_OPTIONS) {
			hc_request_error(hreq, 400, NULL);
			hc_request_free(hreq);
			return;
		}
	}
	handler = find_handler(h, hreq);
	if (!handler) {
		not_found(hreq);
		hc_request_free(hreq);
		return;
	}
	if (EVENT_G(shutting_down) || !php_event_cb_resolve(&handler->cb)) {
		/* Nothing callable: the request waits, unanswered (PECL event). */
		hc_request_release(hreq);
		return;
	}
	ctx->busy++;
	GC_ADDREF(http_obj);

	req_obj = php_event_http_req_new_server(hreq, ctx);
	ZVAL_OBJ(&args[0], req_obj);
	php_event_cb_copy_arg(&handler->cb, &args[1]);
	php_event_http_req_from_obj(req_obj)->in_handler = true;
	/* A handler that throws stops the loop, and the exception reaches
	 * loop()'s caller; the request stays unanswered, as in PECL event: the
	 * script may have kept it to answer later. */
	(void)php_event_cb_call(&handler->cb, 2, args, NULL, php_event_dep_base(&h->dep));
	php_event_http_req_from_obj(req_obj)->in_handler = false;
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[0]);
	ctx_leave(ctx);
	OBJ_RELEASE(http_obj);
}

static const hc_callbacks http_callbacks = { http_on_request, http_on_closed, NULL };

/* --- listeners --- */

static int http_listener_index(php_event_http_t *h, struct evconnlistener *l);
static void http_drop_listener(php_event_http_t *h, int i);

/* A listener of accept() on a number that was not open took a connection:
 * the number names a socket opened since, not the script's. It goes, and
 * the connection is not served. */
static bool http_accepted_by_stranger(php_event_http_t *h, struct evconnlistener *l)
{
	int i = http_listener_index(h, l);
	if (i < 0 || !h->listeners[i].unopened) {
		return false;
	}
	http_drop_listener(h, i);
	return true;
}

static void http_on_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *addr, int len, void *arg)
{
	php_event_http_t *h = arg;
	struct event_base *base = evconnlistener_get_base(l);
	struct bufferevent *bev;
	hc_config cfg = h->cfg;
	php_event_http_conn_ctx *ctx;

	if (http_accepted_by_stranger(h, l)) {
		evutil_closesocket(fd);
		return;
	}
	evutil_make_socket_closeonexec(fd);
#ifdef HAVE_EVENT_OPENSSL_LIB
	if (Z_TYPE(h->ssl_ctx) == IS_OBJECT) {
		SSL *ssl = php_event_ssl_context_new_ssl(&h->ssl_ctx);
		if (!ssl) {
			/* Not in a PHP call: the connection is refused, nothing is thrown. */
			if (EG(exception)) {
				zend_clear_exception();
			}
			evutil_closesocket(fd);
			return;
		}
		bev = bufferevent_openssl_socket_new(base, fd, ssl, BUFFEREVENT_SSL_ACCEPTING, BEV_OPT_CLOSE_ON_FREE);
		cfg.write_now = 0;
		cfg.write_after_handshake = 1;
	} else
#endif
	{
		bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
		cfg.write_now = EVENT_G(http_direct_io);
		cfg.read_direct = EVENT_G(http_direct_io);
	}
	if (!bev) {
		evutil_closesocket(fd);
		return;
	}
	ctx = ecalloc(1, sizeof(*ctx));
	ctx->http_obj = &h->std;
	/* Over the limit: a 503 at once, before any request is read (a client
	 * waiting for its turn costs nothing then). */
	ctx->refused = h->max_conns > 0 && (zend_long)h->n_conns >= h->max_conns;
	if (len > 0 && (size_t)len <= sizeof(ctx->peer)) {
		memcpy(&ctx->peer, addr, (size_t)len);
		ctx->peer_len = (socklen_t)len;
	}
	ctx->conn = hc_conn_new(bev, &cfg, &http_callbacks, ctx);
	if (!ctx->conn) {
		bufferevent_free(bev);
		efree(ctx);
		return;
	}
	ctx->next = h->conns;
	if (h->conns) {
		h->conns->prev = ctx;
	}
	h->conns = ctx;
	if (ctx->refused) {
		hc_conn_refuse(ctx->conn, 503); /* may free ctx */
		return;
	}
	h->n_conns++;
	if (h->shutting) {
		/* Taken from the accept queue by shutdown(): its first request is
		 * its last. */
		hc_conn_shutdown(ctx->conn);
	}
}

/* Where a listener is in h->listeners, or -1. */
static int http_listener_index(php_event_http_t *h, struct evconnlistener *l)
{
	for (uint32_t i = 0; i < h->n_listeners; i++) {
		if (h->listeners[i].lev == l) {
			return (int)i;
		}
	}
	return -1;
}

static void http_drop_listener(php_event_http_t *h, int i)
{
	evconnlistener_free(h->listeners[i].lev);
	h->listeners[i] = h->listeners[--h->n_listeners];
}

/* Whether the socket a listener of accept() stands for is gone: the
 * script closed its descriptor (the number names nothing, or another file
 * now), or the number was never open. */
static bool http_listener_orphaned(const php_event_http_listener *hl)
{
	struct stat st;
	if (hl->unopened) {
		return true;
	}
	if (hl->origin < 0) {
		return false;
	}
	return fstat(hl->origin, &st) != 0 || st.st_dev != hl->dev || st.st_ino != hl->ino;
}

/* accept() failed on a listening socket. libevent would warn and try again
 * on the next loop step, as PECL event's loop does (a socket that does not
 * listen fails at once, every step). The same warning while the script's
 * socket is open; once it closed it, its listener goes without a word (as
 * PECL event's goes quiet) rather than spinning on its copy for ever. */
static void http_on_accept_error(struct evconnlistener *l, void *arg)
{
	php_event_http_t *h = arg;
	int err = EVUTIL_SOCKET_ERROR();
	int i = http_listener_index(h, l);

	if (i >= 0 && http_listener_orphaned(&h->listeners[i])) {
		if (h->listeners[i].unopened) {
			/* A number never open: PECL event warns on every step. */
			php_event_warn_as_libevent("Error from accept() call: %s", evutil_socket_error_to_string(err));
		}
		http_drop_listener(h, i);
		return;
	}
	php_event_warn_as_libevent("Error from accept() call: %s", evutil_socket_error_to_string(err));
}

/* A listener on fd (already listening: backlog 0; else listen(backlog));
 * closes fd when freed with `owned`. */
static php_event_http_listener *http_listen(php_event_http_t *h, evutil_socket_t fd, int backlog, bool owned)
{
	struct evconnlistener *l = evconnlistener_new(php_event_dep_base(&h->dep), http_on_accept, h,
		(owned ? LEV_OPT_CLOSE_ON_FREE : 0) | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC, backlog, fd);
	if (!l) {
		return NULL;
	}
	evconnlistener_set_error_cb(l, http_on_accept_error);
	h->listeners = erealloc(h->listeners, sizeof(*h->listeners) * (h->n_listeners + 1));
	php_event_http_listener *hl = &h->listeners[h->n_listeners++];
	memset(hl, 0, sizeof(*hl));
	hl->lev = l;
	hl->origin = -1;
	return hl;
}

/* --- limits and shutdown --- */

/* Connections the kernel already completed on a listening socket that is
 * about to close are taken and served, rather than reset with it. Bounded:
 * a flood does not keep shutdown() busy. */
#define HTTP_SHUTDOWN_ACCEPT_MAX 1024

static void http_accept_queued(php_event_http_t *h, struct evconnlistener *l)
{
	evutil_socket_t lfd = evconnlistener_get_fd(l);

	for (int i = 0; i < HTTP_SHUTDOWN_ACCEPT_MAX; i++) {
		struct sockaddr_storage ss;
		socklen_t len = sizeof(ss);
		evutil_socket_t fd = accept(lfd, (struct sockaddr *)&ss, &len);
		if (fd < 0) {
			break;
		}
		evutil_make_socket_nonblocking(fd);
		http_on_accept(l, fd, (struct sockaddr *)&ss, (int)len, h);
	}
}

/* The listeners go: a socket of bind() closes (new connects are refused);
 * one given to accept() stays open and listening in the script's hands
 * (only this server's copy closes), so another server may take it over. */
static void http_free_listeners(php_event_http_t *h, bool accept_queued)
{
	for (uint32_t i = 0; i < h->n_listeners; i++) {
		if (accept_queued) {
			http_accept_queued(h, h->listeners[i].lev);
		}
		evconnlistener_free(h->listeners[i].lev);
	}
	PHP_EVENT_FREE_CLEAR(h->listeners, efree);
	h->n_listeners = 0;
}

/* Closes what is left now (the deadline, or the EventHttp going with
 * `now`): requests not answered are aborted, the close callbacks run on the
 * loop's next step (with `now`, before this returns). */
static void http_close_connections(php_event_http_t *h, bool now)
{
	GC_ADDREF(&h->std);
	while (h->conns) {
		php_event_http_conn_ctx *ctx = h->conns;
		hc_conn *conn = ctx->conn;
		ctx->busy++;
		ctx_gone(ctx, now);
		/* No closed callback from here on; the engine defers the free if
		 * one of its callbacks for it is on the stack. */
		hc_conn_free(conn);
		ctx_leave(ctx);
	}
	OBJ_RELEASE(&h->std);
}

static void http_shutdown_deadline(evutil_socket_t fd, short what, void *arg)
{
	http_close_connections(arg, false);
}

/* The shutdown is over: the callback runs, once, and the reference the
 * shutdown held goes when the loop returns. The callable and $arg are
 * taken out first, so the callback may call shutdown() again (a new one
 * then) or free the server or its base. Run as the server goes (the base
 * went first, or the executor frees it), it does nothing: the callback
 * never runs then, and http_release_libevent() sees to the reference. */
static void http_shutdown_done(void *arg)
{
	php_event_http_t *h = arg;
	php_event_cb cb;
	zval args[2];

	h->done_scheduled = false;
	if (!h->live || !h->shutdown_ref) {
		return;
	}
	cb = h->shutdown_cb;
	memset(&h->shutdown_cb, 0, sizeof(h->shutdown_cb));
	ZVAL_UNDEF(&h->shutdown_cb.func);
	ZVAL_UNDEF(&h->shutdown_cb.arg);
	php_event_cb_copy_arg(&cb, &args[1]);
	/* The shutdown's reference is the one this call holds. */
	ZVAL_OBJ(&args[0], &h->std);
	h->shutdown_ref = false;
	if (h->shutdown_timer) {
		evtimer_del(h->shutdown_timer);
	}
	if (php_event_cb_isset(&cb)) {
		php_event_cb_call(&cb, 2, args, NULL, php_event_dep_base(&h->dep));
	}
	php_event_cb_clear(&cb);
	zval_ptr_dtor(&args[1]);
	php_event_release_later(&h->std);
}

/* No connection is left: the callback runs from the loop, on its next step. */
static void http_shutdown_schedule_done(php_event_http_t *h)
{
	if (!h->live || !h->shutdown_ref || h->done_scheduled) {
		return;
	}
	h->done_scheduled = php_event_next_step_push(&h->done_step, php_event_dep_base(&h->dep),
		http_shutdown_done, h);
}

/* What is unanswered `timeout` seconds from now is aborted; a deadline set
 * before stays when it is earlier. Negative: no deadline (but an earlier
 * one stays). */
static void http_shutdown_arm(php_event_http_t *h, double timeout)
{
	struct timeval tv, now, at;

	if (timeout < 0) {
		return;
	}
	php_event_seconds_to_timeval(timeout, &tv);
	evutil_gettimeofday(&now, NULL);
	evutil_timeradd(&now, &tv, &at);
	if (!h->shutdown_timer) {
		h->shutdown_timer = evtimer_new(php_event_dep_base(&h->dep), http_shutdown_deadline, h);
		if (!h->shutdown_timer) {
			return;
		}
	} else if (evtimer_pending(h->shutdown_timer, NULL) && evutil_timercmp(&h->shutdown_at, &at, <=)) {
		return;
	}
	h->shutdown_at = at;
	evtimer_add(h->shutdown_timer, &tv);
}

/* Every connection finishes what it has begun, then closes (idle ones now). */
static void http_shutdown_connections(php_event_http_t *h)
{
	php_event_http_conn_ctx *ctx = h->conns;

	GC_ADDREF(&h->std);
	while (ctx) {
		/* Closing one unlinks that one only; no PHP code runs here (close
		 * callbacks run on the loop's next step). */
		php_event_http_conn_ctx *next = ctx->next;
		ctx->busy++;
		hc_conn_shutdown(ctx->conn);
		ctx_leave(ctx);
		ctx = next;
	}
	OBJ_RELEASE(&h->std);
}

/* --- object --- */

static zend_object *http_create(zend_class_entry *ce)
{
	php_event_http_t *h = PHP_EVENT_ALLOC_OBJECT(php_event_http_t, ce, &http_handlers);
	zend_hash_init(&h->handlers, 8, NULL, handler_dtor, 0);
	ZVAL_UNDEF(&h->ssl_ctx);
	ZVAL_UNDEF(&h->shutdown_cb.func);
	ZVAL_UNDEF(&h->shutdown_cb.arg);
	hc_config_default(&h->cfg);
	h->cfg.max_held = 1;
	php_event_http_timeout_tv(-1, &h->cfg.timeout);
	h->allowed_methods = HTTP_CMD_GET | HTTP_CMD_POST | HTTP_CMD_HEAD | HTTP_CMD_PUT | HTTP_CMD_DELETE;
	return &h->std;
}

/* Frees the listeners and closes every connection; the close callbacks of
 * the connections that had a PHP object run before this returns. */
static void http_release_libevent(php_event_http_t *h)
{
	if (!h->live) {
		return;
	}
	h->live = false;
	http_free_listeners(h, false);
	http_close_connections(h, true);
	PHP_EVENT_FREE_CLEAR(h->shutdown_timer, event_free);
	php_event_next_step_free(&h->done_step);
	h->done_scheduled = false;
	if (h->shutdown_ref) {
		/* The base went first: the shutdown's callback will not run. Once
		 * the executor shuts down, it frees every object itself. */
		h->shutdown_ref = false;
		if (!EVENT_G(shutting_down)) {
			php_event_release_later(&h->std);
		}
	}
}

static void http_detach(php_event_dep *dep)
{
	http_release_libevent(PHP_EVENT_DEP_OWNER(php_event_http_t, dep));
}

static void http_free(zend_object *obj)
{
	php_event_http_t *h = php_event_http_from_obj(obj);

	h->shutdown_ref = false; /* the object goes: nothing to release */
	http_release_libevent(h);
	php_event_cb_clear(&h->shutdown_cb);
	zend_hash_destroy(&h->handlers);
	if (h->default_handler) {
		handler_free(h->default_handler);
	}
	for (uint32_t i = 0; i < h->n_aliases; i++) {
		zend_string_release(h->aliases[i]);
	}
	if (h->aliases) {
		efree(h->aliases);
	}
	zval_ptr_dtor(&h->ssl_ctx);
	php_event_dep_release(&h->dep);
	zend_object_std_dtor(obj);
}

PHP_EVENT_GET_GC(http_get_gc, php_event_http_t, h)
{
	php_event_http_handler *handler;

	ZEND_HASH_FOREACH_PTR(&h->handlers, handler) {
		php_event_cb_gc(&handler->cb, buf);
	} ZEND_HASH_FOREACH_END();
	if (h->default_handler) {
		php_event_cb_gc(&h->default_handler->cb, buf);
	}
	zend_get_gc_buffer_add_zval(buf, &h->ssl_ctx);
	php_event_cb_gc(&h->shutdown_cb, buf);
}

/* The live server, or NULL after throwing. */
static php_event_http_t *http_live(zval *zthis)
{
	php_event_http_t *h = Z_EVENT_HTTP_P(zthis);
	if (!h->live) {
		php_event_throw_freed(&h->std);
		return NULL;
	}
	return h;
}

/* After shutdown(), a server listens no more. */
static bool http_may_listen(php_event_http_t *h)
{
	if (h->shutting) {
		php_error_docref(NULL, E_WARNING, "The server was shut down");
		return false;
	}
	return true;
}

/* --- methods --- */

ZEND_METHOD(EventHttp, __construct)
{
	zval *zbase, *zctx = NULL;
	php_event_http_t *h = Z_EVENT_HTTP_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_OPTIONAL
		PHP_EVENT_PARAM_SSL_CONTEXT_OR_NULL(zctx)
	ZEND_PARSE_PARAMETERS_END();

	if (h->live || h->dep.base_obj) {
		php_event_throw("EventHttp is already constructed");
		RETURN_THROWS();
	}
#ifndef HAVE_EVENT_OPENSSL_LIB
	if (zctx && Z_TYPE_P(zctx) != IS_NULL) {
		php_event_throw("this build of the event extension has no OpenSSL support");
		RETURN_THROWS();
	}
#endif
	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(zbase), RETURN_THROWS());
#ifdef HAVE_EVENT_OPENSSL_LIB
	if (zctx && Z_TYPE_P(zctx) == IS_OBJECT) {
		ZVAL_COPY(&h->ssl_ctx, zctx);
	}
#endif
	h->live = true;
	php_event_base_attach(&h->dep, Z_OBJ_P(zbase), http_detach);
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
	php_event_http_t *h;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zsock)
	ZEND_PARSE_PARAMETERS_END();

	/* The descriptor as PECL event reads it: false for a closed (or
	 * failed) Socket, its Exception for what is not a stream, a Socket or a
	 * descriptor number. */
	evutil_socket_t fd;
	PHP_EVENT_UTIL_FD_OR_RETURN(fd, zsock);
	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	if (!http_may_listen(h)) {
		RETURN_FALSE;
	}
	/* Made non-blocking as PECL event does (its warning for a number that
	 * is not open), and listened on as is (evhttp_accept_socket()). */
	(void)evutil_make_socket_nonblocking(fd);
	struct stat st;
	if (fstat(fd, &st) != 0) {
		/* Not open: watched as PECL event watches it, which fails with
		 * libevent's warning (on the loop's next step here); nothing is
		 * closed when it goes, the number is not ours. */
		php_event_http_listener *hl = http_listen(h, fd, 0, false);
		if (!hl) {
			RETURN_FALSE;
		}
		hl->unopened = true;
		RETURN_TRUE;
	}
	/* The listener closes its socket when it is freed: it gets a copy, so
	 * the script's stream or Socket keeps a descriptor of its own. */
	evutil_socket_t copy = dup(fd);
	if (copy < 0) {
		RETURN_FALSE;
	}
	evutil_make_socket_closeonexec(copy);
	/* Already listening (as evhttp_accept_socket() takes it): no listen(). */
	php_event_http_listener *hl = http_listen(h, copy, 0, true);
	if (!hl) {
		evutil_closesocket(copy);
		RETURN_FALSE;
	}
	hl->origin = fd;
	hl->dev = st.st_dev;
	hl->ino = st.st_ino;
	RETURN_TRUE;
}

ZEND_METHOD(EventHttp, bind)
{
	zend_string *address;
	zend_long port;
	php_event_http_t *h;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(address)
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	if (!http_may_listen(h)) {
		RETURN_FALSE;
	}
	/* Any port, its low 16 bits taken, as PECL event does; a socket made
	 * the way evhttp_bind_socket() makes it (src/net.c). */
	evutil_socket_t fd = php_event_listen_tcp(ZSTR_VAL(address), (uint16_t)(zend_ulong)port, HTTP_LISTEN_BACKLOG);
	if (fd < 0) {
		RETURN_FALSE;
	}
	if (!http_listen(h, fd, 0, true)) {
		evutil_closesocket(fd);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(EventHttp, setCallback)
{
	zend_string *path;
	zval *callable, *arg = NULL;
	php_event_http_t *h;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(path)
		Z_PARAM_ZVAL(callable)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	/* evhttp keeps one callback per path (compared as a C string): the
	 * first one set stays. */
	const char *p = ZSTR_VAL(path);
	if (zend_hash_str_exists(&h->handlers, p, strlen(p))) {
		php_error_docref(NULL, E_WARNING, "The callback already exists");
		RETURN_FALSE;
	}
	zend_hash_str_add_new_ptr(&h->handlers, p, strlen(p), handler_new(&h->std, callable, arg));
	RETURN_TRUE;
}

ZEND_METHOD(EventHttp, setDefaultCallback)
{
	/* Unlike setCallback(), a callable now (as with PECL event). */
	PHP_EVENT_PARSE_CALLABLE_ARG(fci, fcc, arg);
	php_event_http_t *h;

	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	php_event_http_handler *old = h->default_handler;
	h->default_handler = handler_new(&h->std, &fci.function_name, arg);
	if (old) {
		handler_free(old);
	}
}

/* The one int argument of a setter (any value, as with PECL event) and the
 * live server; NULL after throwing. */
static php_event_http_t *http_setter_args(INTERNAL_FUNCTION_PARAMETERS, zend_long *value)
{
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(*value)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);

	return http_live(ZEND_THIS);
}

#define HTTP_SETTER_ARGS(value) http_setter_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &(value))

ZEND_METHOD(EventHttp, setAllowedMethods)
{
	zend_long methods;
	php_event_http_t *h = HTTP_SETTER_ARGS(methods);
	if (h) {
		/* The low 16 bits; other bits mean nothing to libevent. */
		h->allowed_methods = (uint16_t)(zend_ulong)methods;
	}
}

/* evhttp's size limits: a negative value is none. */
static uint64_t http_size_limit(zend_long value)
{
	return value < 0 ? UINT64_MAX : (uint64_t)value;
}

ZEND_METHOD(EventHttp, setMaxBodySize)
{
	zend_long value;
	php_event_http_t *h = HTTP_SETTER_ARGS(value);
	if (h) {
		h->cfg.limits.max_body = http_size_limit(value);
	}
}

ZEND_METHOD(EventHttp, setMaxHeadersSize)
{
	zend_long value;
	php_event_http_t *h = HTTP_SETTER_ARGS(value);
	if (h) {
		uint64_t v = http_size_limit(value);
		/* The head is parsed in one contiguous piece: bounded by memory. */
		h->cfg.limits.max_head = v > (uint64_t)UINT32_MAX ? UINT32_MAX : (size_t)v;
	}
}

ZEND_METHOD(EventHttp, setTimeout)
{
	zend_long value;
	php_event_http_t *h = HTTP_SETTER_ARGS(value);
	if (h) {
		/* As an int, like PECL event: -1 (and what wraps to it, such as
		 * PHP_INT_MAX) is the default, other negative values time out at
		 * once. */
		php_event_http_timeout_tv(php_event_http_long_to_int(value), &h->cfg.timeout);
	}
}

/* addServerAlias()/removeServerAlias(): the alias and the live server, or
 * NULL after throwing. */
static php_event_http_t *alias_args(INTERNAL_FUNCTION_PARAMETERS, zend_string **alias)
{
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(*alias)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);
	return http_live(ZEND_THIS);
}

ZEND_METHOD(EventHttp, addServerAlias)
{
	zend_string *alias;
	php_event_http_t *h;
	PHP_EVENT_LIVE(h, alias_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &alias), RETURN_THROWS());
	/* Kept as evhttp keeps them (a C string, duplicates too). Without
	 * virtual hosts (PECL event has none) they change no dispatch. */
	h->aliases = erealloc(h->aliases, sizeof(*h->aliases) * (h->n_aliases + 1));
	h->aliases[h->n_aliases++] = zend_string_init(ZSTR_VAL(alias), strlen(ZSTR_VAL(alias)), 0);
	RETURN_TRUE;
}

ZEND_METHOD(EventHttp, removeServerAlias)
{
	zend_string *alias;
	php_event_http_t *h;
	PHP_EVENT_LIVE(h, alias_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &alias), RETURN_THROWS());
	const char *a = ZSTR_VAL(alias);
	for (uint32_t i = 0; i < h->n_aliases; i++) {
		if (strlen(a) == ZSTR_LEN(h->aliases[i]) && hp_casecmp_eq(a, ZSTR_VAL(h->aliases[i]), ZSTR_LEN(h->aliases[i]))) {
			zend_string_release(h->aliases[i]);
			memmove(&h->aliases[i], &h->aliases[i + 1], sizeof(*h->aliases) * (h->n_aliases - i - 1));
			h->n_aliases--;
			RETURN_TRUE;
		}
	}
	RETURN_FALSE;
}

ZEND_METHOD(EventHttp, setMaxConnections)
{
	zend_long max;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(max)
	ZEND_PARSE_PARAMETERS_END();

	php_event_http_t *h;
	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	if (max < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	/* Connections already open stay, also beyond a lower limit. */
	h->max_conns = max;
}

ZEND_METHOD(EventHttp, getConnectionCount)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_event_http_t *h;
	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	RETURN_LONG((zend_long)h->n_conns);
}

ZEND_METHOD(EventHttp, shutdown)
{
	double timeout = -1;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	zval *arg = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	php_event_http_t *h;
	PHP_EVENT_LIVE(h, http_live(ZEND_THIS), RETURN_THROWS());
	if (ZEND_FCI_INITIALIZED(fci)) {
		/* A callback given again replaces the one before (which never
		 * runs), $arg with it. */
		zval none;
		ZVAL_NULL(&none);
		php_event_cb_set(&h->shutdown_cb, &fci, &fcc, arg ? arg : &none);
	}
	if (!h->shutdown_ref) {
		GC_ADDREF(&h->std);
		h->shutdown_ref = true;
	}
	h->shutting = true;
	http_free_listeners(h, true);
	http_shutdown_arm(h, timeout);
	http_shutdown_connections(h);
	if (!h->conns) {
		http_shutdown_schedule_done(h);
	}
}

PHP_EVENT_CLASS_MINIT(event_http, php_event_http_ce, EventHttp, http_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_http_t, http_create, http_free),
	.get_gc = http_get_gc)
