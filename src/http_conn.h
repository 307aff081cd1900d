/*
 * The life of a connection an EventHttp accepted, as PHP sees it.
 * See src/http_conn.c for the mechanism.
 */
#ifndef PHP_EVENT_HTTP_CONN_H
#define PHP_EVENT_HTTP_CONN_H

#include "classes/event_http_request.h"
#include "classes/event_http.h"

struct php_event_http_conn_ctx {
	struct evhttp_connection *evcon;
	struct bufferevent *bev;
	zend_object *http_obj;          /* the EventHttp (it frees every connection before it goes) */
	zend_object *conn_obj;          /* EventHttpConnection, strong reference, or NULL */
	zend_object *bev_obj;           /* borrowed EventBufferEvent, strong reference, or NULL */
	php_event_http_req_t *reqs;     /* request objects alive on this connection */
	struct evhttp_request **orphans;/* unanswered requests whose object died */
	uint32_t n_orphans;
	uint32_t busy;                  /* > 0 while a PHP handler for it runs */
	bufferevent_data_cb lib_readcb; /* evhttp's callbacks, while ours stand in front */
	bufferevent_data_cb lib_writecb;
	bufferevent_event_cb lib_eventcb;
	void *lib_cbarg;
	short last_events;              /* BEV_EVENT_* of the error that ended it */
	bool watching;                  /* a request is held: reading stays on, bytes wait */
	bool plain;                     /* a plain socket bufferevent (no TLS, no filter) */
	struct event *close_ev;         /* closes the connection on the loop's next step */
	bool closed;
};

/* The context of evcon, made (and our close callback installed) on first sight. */
php_event_http_conn_ctx *php_event_http_conn_ctx_get(zend_object *http_obj, struct evhttp_connection *evcon);

/* One of our frames for ctx (a handler, a reply sent from outside one, a
 * libevent callback) starts / ends. The outermost end puts our bufferevent
 * callbacks in front of evhttp's again, so that a client that goes away is
 * noticed while a request is held; ctx may be freed by it. */
static inline void php_event_http_conn_ctx_enter(php_event_http_conn_ctx *ctx) { ctx->busy++; }
void php_event_http_conn_ctx_leave(php_event_http_conn_ctx *ctx);

/* Frees the EventHttp's read keeper (before its evhttp goes). */
void php_event_http_read_keeper_free(php_event_http_t *h);

/* Writes what evhttp queued for the client now, in this loop step (plain
 * TCP only). ctx may be closed afterwards (and freed, unless busy). */
void php_event_http_conn_ctx_flush(php_event_http_conn_ctx *ctx);

/* Request bookkeeping. */
void php_event_http_conn_ctx_add_req(php_event_http_conn_ctx *ctx, php_event_http_req_t *r);
void php_event_http_conn_ctx_remove_req(php_event_http_conn_ctx *ctx, php_event_http_req_t *r);
void php_event_http_conn_ctx_add_orphan(php_event_http_conn_ctx *ctx, struct evhttp_request *req);

/* Whether a request on the connection still waits for (the end of) its reply. */
bool php_event_http_conn_ctx_pending(php_event_http_conn_ctx *ctx);

/* The EventHttpConnection / borrowed EventBufferEvent object of ctx (new
 * reference), made on first use. */
zend_object *php_event_http_conn_ctx_conn_obj(php_event_http_conn_ctx *ctx);
zend_object *php_event_http_conn_ctx_bev_obj(php_event_http_conn_ctx *ctx);

/* The server closes the connection (EventHttpRequest::closeConnection()). */
void php_event_http_conn_ctx_close(php_event_http_conn_ctx *ctx);

/* The EventBase object behind ctx's EventHttp. */
zend_object *php_event_http_conn_ctx_base_obj(php_event_http_conn_ctx *ctx);

#endif
