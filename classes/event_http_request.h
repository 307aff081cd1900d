#ifndef PHP_EVENT_HTTP_REQUEST_CLASS_H
#define PHP_EVENT_HTTP_REQUEST_CLASS_H

#include "src/http/conn.h"

typedef struct php_event_http_conn_ctx php_event_http_conn_ctx;
typedef struct php_event_http_req_t php_event_http_req_t;

#define PHP_EVENT_REQ_STATUS_NORMAL  0
#define PHP_EVENT_REQ_STATUS_ABORTED 1
#define PHP_EVENT_REQ_STATUS_TIMEOUT 2

/* A header list of a server request, in order (evkeyvalq's rules). */
typedef struct {
	zend_string *name, *value;
} php_event_http_hdr;

typedef struct {
	php_event_http_hdr *v;
	uint32_t n, cap;
} php_event_http_hdrs;

struct php_event_http_req_t {
	bool server_side;           /* received by an EventHttp, not made by the script */
	bool freed;                 /* free() was called */
	int status;                 /* PHP_EVENT_REQ_STATUS_* bits */
	zval input;                 /* cached EventBuffer objects, UNDEF until asked for */
	zval output;
	zend_object *conn_obj;      /* server: EventHttpConnection once asked for (strong) */
	/* The script's callable and its $arg, one of the two (a request is of
	 * one side only): a client request's response callback, or a server
	 * request's setDrainCallback() while the engine's watch lasts. */
	union {
		php_event_cb cb;
		php_event_cb drain_cb;
	};

	/* Server side: the engine's request (src/http/conn.h). */
	hc_request *hreq;           /* ours until released with the object */
	php_event_http_conn_ctx *ctx;               /* its open connection, or NULL */
	php_event_http_req_t *ctx_prev, *ctx_next;  /* in ctx->reqs (client: in flight list) */
	bool replied;               /* the reply was given in full */
	bool started;               /* sendReplyStart() was called */
	bool done;                  /* no reply possible any more (answered, or client gone) */
	bool in_hdrs_made;          /* in_hdrs holds the received headers */
	bool in_handler;            /* its handler is running */
	int code;                   /* the response code given */
	php_event_http_hdrs in_hdrs, out_hdrs;
	/* The fields the reply writer added (Date, Content-Length, ...), kept
	 * as bytes until the script reads the output headers: one allocation
	 * per reply, not two strings per field (event_http_request.c). */
	struct php_event_http_added *added;
	struct evbuffer *out_body;  /* the reply body (getOutputBuffer()), made on use */
	bool drain_ref;             /* the watch holds a reference to this object */

	/* Client side: libevent's evhttp request. */
	struct evhttp_request *req;
	bool owned;                 /* ours to evhttp_request_free() */
	bool in_flight;             /* sent, callback not run yet */
	bool sent;                  /* makeRequest() was called */
	bool in_callback;           /* its response callback is running */
	zend_object *client_conn;   /* EventHttpConnection while in flight (strong) */
	zend_object std;
};

PHP_EVENT_FROM_OBJ(php_event_http_req_t, http_req)

#define Z_EVENT_HTTP_REQ_P(zv) php_event_http_req_from_obj(Z_OBJ_P(zv))

/* A new EventHttpRequest object for a request the engine handed out. */
zend_object *php_event_http_req_new_server(hc_request *hreq, php_event_http_conn_ctx *ctx);

/* The connection went: no reply is possible any more; `status` is recorded
 * for a request that was not answered in full. */
void php_event_http_req_conn_gone(php_event_http_req_t *r, int status);

#endif
