/*
 * Connections that close are noticed.
 *
 * libevent's evhttp stops reading a connection once a request on it has
 * been read and handed to the script (bufferevent_disable(EV_READ)), and
 * only reads again when the reply is being written or is done. A handler
 * that holds a request (long-poll, a stream that writes rarely) therefore
 * never sees the client's FIN or RST: the socket sits in CLOSE_WAIT and the
 * close callback never fires. Simply re-enabling EV_READ is not safe either:
 * evhttp's read callback aborts the process ("illegal connection state")
 * when a pipelined request arrives while the connection is in its writing
 * state.
 *
 * The mechanism, for every connection a PHP handler saw:
 *
 *  - On first sight we install our evhttp close callback. libevent calls it
 *    from evhttp_connection_free() for every incoming connection, whatever
 *    the reason (client EOF/RST, timeout, server close, EventHttp or
 *    EventBase freed), before it frees the requests still queued on it.
 *    It is the one place where the PHP side lets go of the connection:
 *    request objects keep what they received and become ABORTED (or
 *    TIMEOUT), the script's close callback runs once, every callable and
 *    object the connection held is released.
 *
 *  - Our own bufferevent callbacks stand in front of evhttp's (which they
 *    pass events on to) from the first request on. While a request is held
 *    (the handler returned without finishing the reply), reading is
 *    enabled, incoming bytes are left in the input buffer (evhttp parses
 *    them as the next request once the current one is answered, as it does
 *    for bytes read while writing), and only the write and event callbacks
 *    are passed on to evhttp. A FIN or RST then reaches evhttp's event
 *    callback at once (in the same loop turn the kernel reports it), which
 *    detaches the held request and frees the connection, and our close
 *    callback runs. Reading stops again if a client piles up more than
 *    PHP_EVENT_HTTP_HOLD_INPUT_MAX bytes while its request is held. A read
 *    timeout during a hold is not an error (the client is not expected to
 *    send anything): it is ignored; a write timeout is passed on and ends
 *    the connection with STATUS_TIMEOUT. evhttp puts its own callbacks back
 *    whenever it moves on (a reply is started, the request completes); the
 *    outermost of our frames for the connection puts ours back when it ends
 *    (php_event_http_conn_ctx_leave()).
 *
 * EV_CLOSED (EPOLLRDHUP) was not used: libevent reports EPOLLHUP/EPOLLERR
 * (an RST) as EV_READ|EV_WRITE only, so an EV_CLOSED-only watcher misses
 * resets and the loop spins on them; and it is not available on every
 * backend. The bufferevent path works on all of them; when no request is
 * held it costs a callback call in front of evhttp's.
 *
 * Lifetimes: the ctx is ours (emalloc), made on first sight and freed in
 * the close callback (or when the last running handler for it returns, if
 * it closed meanwhile). It holds strong references to the connection's
 * EventHttpConnection and borrowed EventBufferEvent objects, released when
 * it closes; request objects and the connection object point back to it
 * and are told when it goes.
 */
#include "php_event.h"
#include "src/http_conn.h"
#include "classes/event_http.h"
#include "classes/event_http_connection.h"
#include "classes/event_buffer_event.h"

#define PHP_EVENT_HTTP_HOLD_INPUT_MAX (256 * 1024)

static void conn_ctx_on_close(struct evhttp_connection *evcon, void *arg);
static void conn_ctx_close_soon(php_event_http_conn_ctx *ctx);

php_event_http_conn_ctx *php_event_http_conn_ctx_get(zend_object *http_obj, struct evhttp_connection *evcon)
{
	php_event_http_t *h = php_event_http_from_obj(http_obj);
	zend_ulong key = (zend_ulong)(uintptr_t)evcon;
	php_event_http_conn_ctx *ctx = zend_hash_index_find_ptr(&h->conns, key);

	if (ctx) {
		return ctx;
	}
	ctx = ecalloc(1, sizeof(*ctx));
	ctx->evcon = evcon;
	ctx->bev = evhttp_connection_get_bufferevent(evcon);
	ctx->http_obj = http_obj;
	ctx->plain = bufferevent_get_underlying(ctx->bev) == NULL
#ifdef HAVE_EVENT_OPENSSL_LIB
		&& bufferevent_openssl_get_ssl(ctx->bev) == NULL
#endif
		;
	zend_hash_index_add_new_ptr(&h->conns, key, ctx);
	evhttp_connection_set_closecb(evcon, conn_ctx_on_close, ctx);
	return ctx;
}

static void conn_ctx_free(php_event_http_conn_ctx *ctx)
{
	if (ctx->close_ev) {
		event_free(ctx->close_ev);
	}
	if (ctx->orphans) {
		efree(ctx->orphans);
	}
	efree(ctx);
}

static void conn_ctx_watch(php_event_http_conn_ctx *ctx);

/* The outermost of our frames for the connection puts our callbacks in
 * front again (evhttp may have replaced them meanwhile) before control goes
 * back to the loop; nested ones leave that to it. */
void php_event_http_conn_ctx_leave(php_event_http_conn_ctx *ctx)
{
	if (--ctx->busy > 0) {
		return;
	}
	if (ctx->closed) {
		conn_ctx_free(ctx);
	} else {
		conn_ctx_watch(ctx);
	}
}

/* --- our callbacks in front of evhttp's --- */

static void held_read(struct bufferevent *bev, php_event_http_conn_ctx *ctx)
{
	/* Bytes of a pipelined request wait in the input buffer; evhttp reads
	 * them once the held request is answered. A client that piles up more
	 * than that is cut off: with reading stopped its leaving could not be
	 * seen any more. */
	if (evbuffer_get_length(bufferevent_get_input(bev)) > PHP_EVENT_HTTP_HOLD_INPUT_MAX) {
		bufferevent_disable(bev, EV_READ);
		conn_ctx_close_soon(ctx);
	}
}

/* --- the read keeper --- */

/*
 * evhttp turns reading off when it has read a request and on again when
 * the reply is done: with the reply written in the same loop step, that is
 * a DEL and an ADD of the same read interest, which the epoll changelist
 * does not cancel out (it turns them into an EPOLL_CTL_MOD, in case the fd
 * was closed and reopened meanwhile). libevent only tells the backend when
 * the first reader of an fd comes or the last one goes, so while evhttp
 * handles the bytes it read we register a second reader on the same fd, the
 * EventHttp's one keeper event: evhttp's off and on then change nothing in
 * the kernel, and neither does the keeper leaving afterwards, unless evhttp
 * left reading off (a reply still being written), when the backend is told
 * as before. The keeper is pending only inside that one callback, never
 * across a wait, so its own callback never runs. Plain TCP and
 * PHP_EVENT_HTTP_WRITE_IMMEDIATELY unset or not 0 only, like writing replies at once.
 */
static void read_keeper_cb(evutil_socket_t fd, short what, void *arg)
{
}

static bool read_keeper_hold(php_event_http_t *h, php_event_http_conn_ctx *ctx)
{
	struct event_base *base = bufferevent_get_base(ctx->bev);
	evutil_socket_t fd = bufferevent_getfd(ctx->bev);

	if (!ctx->plain || !EVENT_G(http_write_immediately) || !h->http || h->read_keeper_held || fd < 0) {
		return false;
	}
	if (!h->read_keeper) {
		h->read_keeper = event_new(base, fd, EV_READ, read_keeper_cb, NULL);
		if (!h->read_keeper) {
			return false;
		}
	} else if (event_get_fd(h->read_keeper) != fd) {
		event_assign(h->read_keeper, base, fd, EV_READ, read_keeper_cb, NULL);
	}
	if (event_add(h->read_keeper, NULL) != 0) {
		return false;
	}
	h->read_keeper_held = true;
	return true;
}

static void read_keeper_release(php_event_http_t *h)
{
	/* Not held any more if the EventHttp freed it meanwhile. */
	if (h->read_keeper_held) {
		h->read_keeper_held = false;
		event_del(h->read_keeper);
	}
}

void php_event_http_read_keeper_free(php_event_http_t *h)
{
	if (h->read_keeper) {
		event_free(h->read_keeper);
		h->read_keeper = NULL;
		h->read_keeper_held = false;
	}
}

/* --- passing events on to evhttp --- */

/* The ctx of a bufferevent our callbacks stand on. Not the callback's own
 * argument: evhttp calls the read callback itself for pipelined bytes
 * (evhttp_deferred_read_cb), passing its evcon; whenever our callbacks are
 * set, the bufferevent's argument is the ctx (bufferevent_setcb() sets
 * both together). */
static php_event_http_conn_ctx *front_ctx(struct bufferevent *bev)
{
	void *cbarg;
	bufferevent_getcb(bev, NULL, NULL, NULL, &cbarg);
	return cbarg;
}

/* evhttp's read callback may answer the request, finish, close or free the
 * connection and the EventHttp (the ctx and the EventHttp object survive
 * the call: busy and a reference). Our callbacks go in front again before
 * the keeper leaves, so that a request held by its handler, for which
 * reading goes on, changes nothing in the kernel either. */
static void front_read_cb(struct bufferevent *bev, void *arg)
{
	php_event_http_conn_ctx *ctx = front_ctx(bev);
	zend_object *http_obj = ctx->http_obj;
	php_event_http_t *h = php_event_http_from_obj(http_obj);
	bool kept;

	if (ctx->watching) {
		held_read(bev, ctx);
		return;
	}
	if (!ctx->lib_readcb) {
		return;
	}
	php_event_http_conn_ctx_enter(ctx);
	GC_ADDREF(http_obj);
	kept = read_keeper_hold(h, ctx);
	ctx->lib_readcb(bev, ctx->lib_cbarg);
	php_event_http_conn_ctx_leave(ctx);
	if (kept) {
		read_keeper_release(h);
	}
	OBJ_RELEASE(http_obj);
}

static void front_write_cb(struct bufferevent *bev, void *arg)
{
	php_event_http_conn_ctx *ctx = front_ctx(bev);

	if (!ctx->lib_writecb) {
		return;
	}
	php_event_http_conn_ctx_enter(ctx);
	ctx->lib_writecb(bev, ctx->lib_cbarg);
	php_event_http_conn_ctx_leave(ctx);
}

static void front_event_cb(struct bufferevent *bev, short what, void *arg)
{
	php_event_http_conn_ctx *ctx = front_ctx(bev);

	if (ctx->watching && (what & BEV_EVENT_TIMEOUT) && (what & BEV_EVENT_READING)) {
		/* Nothing is expected from a client whose request is held. */
		bufferevent_enable(bev, EV_READ);
		return;
	}
	ctx->last_events = what;
	if (ctx->lib_eventcb) {
		/* May free the connection, and the ctx with it. */
		ctx->lib_eventcb(bev, what, ctx->lib_cbarg);
	}
}

/* Puts evhttp's own callbacks back (they take the evcon as argument). */
static void conn_ctx_step_aside(php_event_http_conn_ctx *ctx)
{
	bufferevent_event_cb eventcb;

	ctx->watching = false;
	bufferevent_getcb(ctx->bev, NULL, NULL, &eventcb, NULL);
	if (eventcb == front_event_cb) {
		bufferevent_setcb(ctx->bev, ctx->lib_readcb, ctx->lib_writecb, ctx->lib_eventcb, ctx->lib_cbarg);
	}
}

/* Our callbacks in front of evhttp's; reading on while a request is held,
 * so that a client that goes away is noticed. */
static void conn_ctx_watch(php_event_http_conn_ctx *ctx)
{
	bufferevent_data_cb readcb, writecb;
	bufferevent_event_cb eventcb;
	void *cbarg;

	if (ctx->closed) {
		return;
	}
	bufferevent_getcb(ctx->bev, &readcb, &writecb, &eventcb, &cbarg);
	if (eventcb != front_event_cb) {
		/* evhttp set its callbacks since we last looked: remember them. */
		ctx->lib_readcb = readcb;
		ctx->lib_writecb = writecb;
		ctx->lib_eventcb = eventcb;
		ctx->lib_cbarg = cbarg;
		bufferevent_setcb(ctx->bev, front_read_cb, front_write_cb, front_event_cb, ctx);
	}
	ctx->watching = php_event_http_conn_ctx_pending(ctx);
	if (ctx->watching && evbuffer_get_length(bufferevent_get_input(ctx->bev)) <= PHP_EVENT_HTTP_HOLD_INPUT_MAX) {
		bufferevent_enable(ctx->bev, EV_READ);
	}
}

/* --- writing replies at once --- */

/*
 * evhttp queues a reply in the bufferevent's output and turns write
 * interest on; the bytes leave on the next loop step, after another
 * epoll_wait() reports the socket writable, and write interest is turned
 * off again. On a plain TCP socket we write them out in the step that
 * produced them, and when all went out run the bufferevent's write callback
 * as libevent would, so evhttp finishes the request now. With the epoll
 * changelist (the default base, see event_base.c) the interest changes of
 * the step then cancel out: a keep-alive request costs epoll_wait, ioctl,
 * readv and writev. What the socket does not take now is left to the
 * bufferevent, as before. Never around a TLS or filtering bufferevent,
 * whose output is not the socket's. PHP_EVENT_HTTP_WRITE_IMMEDIATELY=0
 * turns this off.
 */
void php_event_http_conn_ctx_flush(php_event_http_conn_ctx *ctx)
{
	struct evbuffer *out;
	evutil_socket_t fd;

	if (ctx->closed || !ctx->plain || !EVENT_G(http_write_immediately)
		|| !(bufferevent_get_enabled(ctx->bev) & EV_WRITE)) {
		return;
	}
	out = bufferevent_get_output(ctx->bev);
	fd = bufferevent_getfd(ctx->bev);
	if (fd < 0 || evbuffer_get_length(out) == 0) {
		return;
	}
	if (evbuffer_write(out, fd) <= 0 || evbuffer_get_length(out) != 0) {
		/* Would block, or an error the write event will report. */
		return;
	}
	bufferevent_trigger(ctx->bev, EV_WRITE, 0);
}

/* --- requests --- */

void php_event_http_conn_ctx_add_req(php_event_http_conn_ctx *ctx, php_event_http_req_t *r)
{
	r->ctx = ctx;
	r->ctx_prev = NULL;
	r->ctx_next = ctx->reqs;
	if (ctx->reqs) {
		ctx->reqs->ctx_prev = r;
	}
	ctx->reqs = r;
}

void php_event_http_conn_ctx_remove_req(php_event_http_conn_ctx *ctx, php_event_http_req_t *r)
{
	if (r->ctx_prev) {
		r->ctx_prev->ctx_next = r->ctx_next;
	} else {
		ctx->reqs = r->ctx_next;
	}
	if (r->ctx_next) {
		r->ctx_next->ctx_prev = r->ctx_prev;
	}
	r->ctx = NULL;
	r->ctx_prev = r->ctx_next = NULL;
}

void php_event_http_conn_ctx_add_orphan(php_event_http_conn_ctx *ctx, struct evhttp_request *req)
{
	ctx->orphans = erealloc(ctx->orphans, sizeof(*ctx->orphans) * (ctx->n_orphans + 1));
	ctx->orphans[ctx->n_orphans++] = req;
}

bool php_event_http_conn_ctx_pending(php_event_http_conn_ctx *ctx)
{
	if (ctx->n_orphans) {
		return true;
	}
	for (php_event_http_req_t *r = ctx->reqs; r; r = r->ctx_next) {
		if (r->req && !r->replied) {
			return true;
		}
	}
	return false;
}

/* --- the objects of a connection --- */

zend_object *php_event_http_conn_ctx_base_obj(php_event_http_conn_ctx *ctx)
{
	return php_event_http_from_obj(ctx->http_obj)->dep.base_obj;
}

zend_object *php_event_http_conn_ctx_conn_obj(php_event_http_conn_ctx *ctx)
{
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
	if (ctx->bev_obj && php_event_bevent_from_obj(ctx->bev_obj)->bev == NULL) {
		/* The script free()d the previous one (as the seed example does). */
		OBJ_RELEASE(ctx->bev_obj);
		ctx->bev_obj = NULL;
	}
	if (!ctx->bev_obj) {
		ctx->bev_obj = php_event_bevent_wrap_borrowed(ctx->bev, php_event_http_conn_ctx_base_obj(ctx));
	}
	GC_ADDREF(ctx->bev_obj);
	return ctx->bev_obj;
}

static void conn_ctx_close_later(evutil_socket_t fd, short what, void *arg)
{
	php_event_http_conn_ctx *ctx = arg;
	php_event_http_conn_ctx_close(ctx);
}

/* Inside libevent's callbacks for the connection (a handler runs inside
 * evhttp's read callback) it must not be freed: evhttp would close the
 * socket under the bufferevent still in use, whose pending changes then
 * fail on the closed descriptor, and a reply being written is lost. The
 * connection is freed on the loop's next step instead, after the reply went
 * out. */
static void conn_ctx_close_soon(php_event_http_conn_ctx *ctx)
{
	struct event_base *base = php_event_dep_base(&php_event_http_from_obj(ctx->http_obj)->dep);

	if (ctx->closed || !base) {
		return;
	}
	if (!ctx->close_ev) {
		ctx->close_ev = evtimer_new(base, conn_ctx_close_later, ctx);
	}
	event_active(ctx->close_ev, EV_TIMEOUT, 1);
}

void php_event_http_conn_ctx_close(php_event_http_conn_ctx *ctx)
{
	if (ctx->closed) {
		return;
	}
	if (ctx->busy) {
		conn_ctx_close_soon(ctx);
		return;
	}
	/* Runs conn_ctx_on_close() before the connection is gone. */
	evhttp_connection_free(ctx->evcon);
}

/* --- the end --- */

static int close_status(php_event_http_conn_ctx *ctx)
{
	return (ctx->last_events & BEV_EVENT_TIMEOUT) ? PHP_EVENT_REQ_STATUS_TIMEOUT : PHP_EVENT_REQ_STATUS_ABORTED;
}

static void detach_requests(php_event_http_conn_ctx *ctx)
{
	int status = close_status(ctx);

	while (ctx->reqs) {
		php_event_http_req_t *r = ctx->reqs;
		bool detached = r->req && evhttp_request_get_connection(r->req) == NULL;
		php_event_http_conn_ctx_remove_req(ctx, r);
		/* A request that was not answered in full did not reach its client. */
		php_event_http_req_detach(r, r->replied ? PHP_EVENT_REQ_STATUS_NORMAL : status, detached);
	}
	for (uint32_t i = 0; i < ctx->n_orphans; i++) {
		/* evhttp detaches (and no longer frees) a request it was still
		 * reading or holding when the connection failed. */
		if (evhttp_request_get_connection(ctx->orphans[i]) == NULL) {
			evhttp_request_free(ctx->orphans[i]);
		}
	}
	ctx->n_orphans = 0;
}

static void conn_ctx_on_close(struct evhttp_connection *evcon, void *arg)
{
	php_event_http_conn_ctx *ctx = arg;
	php_event_http_t *h = php_event_http_from_obj(ctx->http_obj);

	ctx->closed = true;
	conn_ctx_step_aside(ctx);
	if (ctx->conn_obj) {
		php_event_http_conn_from_obj(ctx->conn_obj)->closed_with_pending = php_event_http_conn_ctx_pending(ctx);
	}
	zend_hash_index_del(&h->conns, (zend_ulong)(uintptr_t)evcon);
	detach_requests(ctx);

	if (ctx->bev_obj) {
		php_event_bevent_disown(ctx->bev_obj);
		OBJ_RELEASE(ctx->bev_obj);
		ctx->bev_obj = NULL;
	}
	if (ctx->conn_obj) {
		zend_object *conn_obj = ctx->conn_obj;
		ctx->conn_obj = NULL;
		if (h->freeing) {
			/* EventHttp/EventBase being freed: no loop step will come; the
			 * callback runs once evhttp_free() returned. The reference moves. */
			php_event_http_conn_untie(php_event_http_conn_from_obj(conn_obj));
			h->closed_conns = erealloc(h->closed_conns, sizeof(zend_object *) * (h->n_closed_conns + 1));
			h->closed_conns[h->n_closed_conns++] = conn_obj;
		} else {
			php_event_http_conn_closed(php_event_http_conn_from_obj(conn_obj), false);
			OBJ_RELEASE(conn_obj);
		}
	}
	if (ctx->busy == 0) {
		conn_ctx_free(ctx);
	}
}
