#ifndef PHP_EVENT_HTTP_REQUEST_CLASS_H
#define PHP_EVENT_HTTP_REQUEST_CLASS_H

typedef struct php_event_http_conn_ctx php_event_http_conn_ctx;
typedef struct php_event_http_req_t php_event_http_req_t;

#define PHP_EVENT_REQ_STATUS_NORMAL  0
#define PHP_EVENT_REQ_STATUS_ABORTED 1
#define PHP_EVENT_REQ_STATUS_TIMEOUT 2

/* What libevent left us once it was done with the request. */
typedef struct {
	zend_string *uri;
	zend_string *host;
	zval input_headers;         /* array */
	zval output_headers;        /* array */
	int command;
	int response_code;
} php_event_http_req_snapshot;

struct php_event_http_req_t {
	struct evhttp_request *req; /* NULL once libevent freed it (see snap) */
	bool server_side;           /* received by an EventHttp, not made by the script */
	bool owned;                 /* ours to evhttp_request_free() */
	bool replied;               /* server: the reply was given in full */
	bool in_flight;             /* client: sent, callback not run yet */
	bool sent;                  /* client: makeRequest() was called */
	bool started;               /* server: sendReplyStart() was called */
	bool freed;                 /* free() was called */
	bool in_callback;           /* client: its response callback is running */
	bool has_snapshot;
	int status;                 /* PHP_EVENT_REQ_STATUS_* bits */
	php_event_http_conn_ctx *ctx;               /* server: its open connection */
	php_event_http_req_t *ctx_prev, *ctx_next;  /* in ctx->reqs */
	zend_object *client_conn;   /* client: EventHttpConnection while in flight (strong) */
	zend_object *conn_obj;      /* server: EventHttpConnection once asked for (strong) */
	php_event_cb cb;            /* client: response callback */
	zval lazy;                  /* client: a callback not callable yet, or UNDEF */
	zval data;                  /* client: its $data */
	zval input;                 /* cached EventBuffer objects, UNDEF until asked for */
	zval output;
	php_event_http_req_snapshot snap;
	zend_object std;
};

static inline php_event_http_req_t *php_event_http_req_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_http_req_t, obj);
}

/* A new EventHttpRequest object for a request evhttp received. */
zend_object *php_event_http_req_new_server(struct evhttp_request *req, php_event_http_conn_ctx *ctx);

/* libevent is about to free (or has detached) r->req: keep what the script
 * may still read, drop the pointer, and record `status`. When libevent
 * will not free it itself (`ours`), free it here. */
void php_event_http_req_detach(php_event_http_req_t *r, int status, bool ours);

#endif
