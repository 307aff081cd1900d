#ifndef PHP_EVENT_HTTP_CLASS_H
#define PHP_EVENT_HTTP_CLASS_H

#include <event2/util.h> /* struct sockaddr_storage, everywhere */
#include "src/http/conn.h"

typedef struct php_event_http_conn_ctx php_event_http_conn_ctx;
typedef struct php_event_http_req_t php_event_http_req_t;

/* A PHP handler registered for one path (or the default one). */
typedef struct php_event_http_handler {
	php_event_cb cb;            /* taken lazily (callable later): src/callback.h */
	zend_object *http_obj;      /* the EventHttp that owns this handler */
} php_event_http_handler;

/* EventHttp: see event_http.c for what it owns and when it is freed. */
typedef struct {
	bool live;                  /* false once freed (or its base went) */
	php_event_dep dep;          /* on the EventBase */
	struct evconnlistener **listeners;
	uint32_t n_listeners;
	uint16_t allowed_methods;   /* EventHttpRequest::CMD_* bits */
	HashTable handlers;         /* path => php_event_http_handler* */
	php_event_http_handler *default_handler;
	zend_string **aliases;      /* addServerAlias(), in order */
	uint32_t n_aliases;
	hc_config cfg;              /* limits and timeout of new connections */
	php_event_http_conn_ctx *conns; /* open connections */
	zval ssl_ctx;               /* EventSslContext for HTTPS, or UNDEF */
	/* setMaxConnections() and shutdown() (see event_http.c, "limits and
	 * shutdown"). */
	zend_long max_conns;        /* 0: no limit */
	uint32_t n_conns;           /* open connections served (refused ones not counted) */
	bool shutting;              /* shutdown() was called */
	bool shutdown_ref;          /* a reference to itself, while a shutdown is in progress */
	bool done_scheduled;        /* done_step holds the callback's run */
	struct event *shutdown_timer;   /* aborts what is left at the deadline */
	struct timeval shutdown_at;     /* that deadline, while shutdown_timer is pending */
	php_event_next_step done_step;  /* runs the callback from the loop */
	php_event_cb shutdown_cb;  /* and its $arg */
	zend_object std;
} php_event_http_t;

static inline php_event_http_t *php_event_http_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_http_t, obj);
}

#define Z_EVENT_HTTP_P(zv) php_event_http_from_obj(Z_OBJ_P(zv))

/*
 * The PHP side of one accepted connection. Made at accept, freed once the
 * connection closed and no handler for it runs any more (busy == 0).
 */
struct php_event_http_conn_ctx {
	hc_conn *conn;                  /* NULL once closed */
	zend_object *http_obj;          /* borrowed: the EventHttp closes its connections before it goes */
	php_event_http_conn_ctx *prev, *next; /* in the EventHttp's list, while open */
	zend_object *conn_obj;          /* EventHttpConnection, strong reference, or NULL */
	zend_object *bev_obj;           /* borrowed EventBufferEvent, strong reference, or NULL */
	php_event_http_req_t *reqs;     /* request objects alive on this connection */
	uint32_t busy;                  /* > 0 while a PHP handler for it runs */
	bool close_requested;           /* closeConnection() in a handler: close when it returns */
	bool refused;                   /* over the connection limit: answered 503, not counted */
	socklen_t peer_len;
	struct sockaddr_storage peer;
};

/*
 * Callables as PECL event takes them for HTTP handlers and requests: any
 * value (php_event_cb_set_lazy()). One that is not callable when it runs
 * (a function never defined) runs nothing: the request stays unanswered, as
 * with PECL event (php_event_cb_resolve() before the call).
 */

/* A zend_long as the C int PECL event passes to libevent: the low 32 bits,
 * as a two's complement int (what its implicit conversion does, without
 * relying on implementation-defined behaviour). */
static inline int php_event_http_long_to_int(zend_long v)
{
	uint32_t u = (uint32_t)(zend_ulong)v;
	return u <= (uint32_t)INT_MAX ? (int)u : (int)(u - (uint32_t)INT_MAX - 1) + INT_MIN;
}

/* evhttp's timeout rule for an int of seconds: -1 is its default (50 s),
 * 0 none, another negative value times out at once. */
void php_event_http_timeout_tv(int secs, struct timeval *tv);

/* Whether a request on the connection still waits for (the end of) its reply. */
bool php_event_http_conn_ctx_pending(php_event_http_conn_ctx *ctx);

/* The EventHttpConnection / borrowed EventBufferEvent object of ctx (new
 * reference), made on first use; NULL when it closed. */
zend_object *php_event_http_conn_ctx_conn_obj(php_event_http_conn_ctx *ctx);
zend_object *php_event_http_conn_ctx_bev_obj(php_event_http_conn_ctx *ctx);

/* The server closes the connection (EventHttpRequest::closeConnection()):
 * once the running handler returned, what was written goes out first. */
void php_event_http_conn_ctx_close(php_event_http_conn_ctx *ctx);

/* Around a PHP callback for ctx that the engine makes outside a request
 * handler (a drain callback): ctx and its EventHttp stay while it runs, and
 * closeConnection() waits until it returned, as in a handler. */
void php_event_http_conn_ctx_enter(php_event_http_conn_ctx *ctx);
void php_event_http_conn_ctx_leave(php_event_http_conn_ctx *ctx);

/* The EventBase object behind ctx's EventHttp. */
zend_object *php_event_http_conn_ctx_base_obj(php_event_http_conn_ctx *ctx);

#endif
