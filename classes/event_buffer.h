#ifndef PHP_EVENT_BUFFER_CLASS_H
#define PHP_EVENT_BUFFER_CLASS_H

/* EventBuffer: see event_buffer.c for what it owns and when it is freed. */
typedef struct {
	struct evbuffer *buf;   /* NULL once the owner went away without a copy */
	bool owned;             /* evbuffer_free() it with the object */
	zend_object std;
} php_event_buffer_t;

PHP_EVENT_FROM_OBJ(php_event_buffer_t, buffer)

#define Z_EVENT_BUFFER_P(zv) php_event_buffer_from_obj(Z_OBJ_P(zv))

/* A new EventBuffer object around buf; `owned` decides who frees buf. */
zend_object *php_event_buffer_wrap(struct evbuffer *buf, bool owned);

/* The owner of a borrowed buffer is about to free it. With keep_data the
 * object moves the bytes into a buffer of its own and goes on working;
 * without, its methods throw from now on. */
void php_event_buffer_disown(zend_object *obj, bool keep_data);

/* The live evbuffer of an EventBuffer zval, or NULL after throwing. */
struct evbuffer *php_event_buffer_get(zval *zbuf);

/*
 * A descriptor argument taken the way PECL event takes it: a stream, a
 * Socket or an int. Throws Exception with PECL's messages ("Invalid file
 * descriptor", ...) and returns PHP_EVENT_BUFFER_THREW; returns
 * PHP_EVENT_BUFFER_BAD_FD for one that cannot work without being an error
 * there (a closed Socket, an int past INT_MAX). With allow_null (a
 * bufferevent's socket), null gives -1 (no descriptor, as libevent takes
 * it), and an int past INT_MAX throws, as Event's constructor does.
 */
#define PHP_EVENT_BUFFER_BAD_FD (-2)
#define PHP_EVENT_BUFFER_THREW  (-3)
evutil_socket_t php_event_buffer_fd(zval *z, bool allow_null);

#endif
