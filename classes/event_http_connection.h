#ifndef PHP_EVENT_HTTP_CONNECTION_CLASS_H
#define PHP_EVENT_HTTP_CONNECTION_CLASS_H

#include "classes/event_http_request.h"

/* EventHttpConnection: a client connection, or the face of one an EventHttp
 * accepted; see event_http_connection.c for what it owns and when it is
 * freed. */
typedef struct {
	struct evhttp_connection *evcon;  /* NULL once closed/freed */
	php_event_http_conn_ctx *ctx;     /* server side, while open */
	bool server_side;
	bool used;                        /* client: a request was made on it */
	php_event_dep dep;                /* client side: on the EventBase */
	zval base;                        /* the EventBase object (server side: the EventHttp's) */
	zval dns_base;                    /* client: kept alive while in use */
	zval ssl_ctx;
	php_event_cb close_cb;
	php_event_next_step close_step;   /* runs the close callback after libevent is done */
	bool close_pending;               /* close_step waits; we hold a self reference */
	bool closed;
	bool closed_with_pending;         /* server: it closed with a request unanswered */
	php_event_http_req_t *in_flight;  /* client: requests sent, not answered */
	/* client: the references of answered requests, released on the next
	 * step, once libevent returned from their response callbacks */
	php_event_next_step reap_step;
	/* client: evhttp_requests whose object died in flight (at shutdown),
	 * freed after the evhttp_connection */
	php_event_defer_list orphans;
	zend_object std;
} php_event_http_conn_t;

static inline php_event_http_conn_t *php_event_http_conn_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_http_conn_t, obj);
}

#define Z_EVENT_HTTP_CONN_P(zv) php_event_http_conn_from_obj(Z_OBJ_P(zv))

/* A new server-side EventHttpConnection object for ctx. */
zend_object *php_event_http_conn_new_server(php_event_http_conn_ctx *ctx, zend_object *base_obj);

/* libevent is freeing the connection: drop the tie to it, and have the
 * script's close callback run once, outside libevent's teardown: on the
 * loop's next step (`now` false) or right away (`now` true, for callers
 * that are past libevent's frames). The callable is released after. */
void php_event_http_conn_closed(php_event_http_conn_t *c, bool now);

/* The first half of the above: only drop the tie to libevent. */
void php_event_http_conn_untie(php_event_http_conn_t *c);

/* Client side: the request r is no longer in flight. Its references (to
 * itself and to the connection) are released now, or, with `later`, once
 * libevent returned from the call we are in (releasing them may free the
 * request or the connection, which libevent still uses until then). */
void php_event_http_conn_end_request(php_event_http_conn_t *c, php_event_http_req_t *r, bool later);

/* At request shutdown: client connections drop their requests in flight. */
void php_event_http_conn_rshutdown(void);

/* Client side: takes r off the in-flight list, nothing else. */
void php_event_http_conn_unlink_request(php_event_http_conn_t *c, php_event_http_req_t *r);

/* Client side: the evhttp_request of a request object that dies in flight
 * (at shutdown) is freed after the evhttp_connection. */
void php_event_http_conn_adopt_orphan(php_event_http_conn_t *c, struct evhttp_request *req);

#endif
