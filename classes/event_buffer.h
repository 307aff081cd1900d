#ifndef PHP_EVENT_BUFFER_CLASS_H
#define PHP_EVENT_BUFFER_CLASS_H

/*
 * EventBuffer: a struct evbuffer, either owned (new EventBuffer, freed with
 * the object) or borrowed from an owner (a bufferevent's input/output, an
 * HTTP request's body buffers). A borrowed buffer never outlives its owner:
 * the owner calls php_event_buffer_disown() before it goes away.
 */
typedef struct {
	struct evbuffer *buf;   /* NULL once the owner went away without a copy */
	bool owned;             /* evbuffer_free() it with the object */
	zend_object std;
} php_event_buffer_t;

static inline php_event_buffer_t *php_event_buffer_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_buffer_t, obj);
}

/* A new EventBuffer object around buf; `owned` decides who frees buf. */
zend_object *php_event_buffer_wrap(struct evbuffer *buf, bool owned);

/* The owner of a borrowed buffer is about to free it. With keep_data the
 * object moves the bytes into a buffer of its own and goes on working;
 * without, its methods throw from now on. */
void php_event_buffer_disown(zend_object *obj, bool keep_data);

/* The live evbuffer of an EventBuffer zval, or NULL after throwing. */
struct evbuffer *php_event_buffer_get(zval *zbuf);

#endif
