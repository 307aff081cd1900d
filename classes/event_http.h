#ifndef PHP_EVENT_HTTP_CLASS_H
#define PHP_EVENT_HTTP_CLASS_H

/* A PHP handler registered for one path (or the default one). */
typedef struct php_event_http_handler {
	php_event_cb cb;
	zval lazy;                  /* a value not callable yet (see below), or UNDEF */
	zval arg;
	zend_object *http_obj;      /* the EventHttp that owns this handler */
} php_event_http_handler;

/* EventHttp: owns its struct evhttp. See event_http.c. */
typedef struct {
	struct evhttp *http;        /* NULL once freed */
	php_event_dep dep;          /* on the EventBase */
	HashTable handlers;         /* path => php_event_http_handler* */
	php_event_http_handler *default_handler;
	HashTable conns;            /* (uintptr_t)evcon => php_event_http_conn_ctx* */
	zval ssl_ctx;               /* EventSslContext for HTTPS, or UNDEF */
	bool freeing;               /* evhttp_free() is running */
	zend_object **closed_conns; /* connections closed by it: callbacks run after */
	struct event *read_keeper;  /* see src/http_conn.c, or NULL */
	bool read_keeper_held;      /* read_keeper is pending, inside evhttp's read callback */
	uint32_t n_closed_conns;
	zend_object std;
} php_event_http_t;

static inline php_event_http_t *php_event_http_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_http_t, obj);
}

/*
 * Callables as PECL event takes them for HTTP handlers and requests: any
 * value. One that is not callable when it is given (a function defined
 * later, or nothing callable at all) is kept as it is and resolved when it
 * would run; if it is not callable then, nothing runs (the request stays
 * unanswered, as with PECL event).
 */
void php_event_http_cb_store(php_event_cb *cb, zval *lazy, zval *value);
bool php_event_http_cb_resolve(php_event_cb *cb, zval *lazy);

/* A zend_long as the C int PECL event passes to libevent: the low 32 bits,
 * as a two's complement int (what its implicit conversion does, without
 * relying on implementation-defined behaviour). */
static inline int php_event_http_long_to_int(zend_long v)
{
	uint32_t u = (uint32_t)(zend_ulong)v;
	return u <= (uint32_t)INT_MAX ? (int)u : (int)(u - (uint32_t)INT_MAX - 1) + INT_MIN;
}

#endif
