#ifndef PHP_EVENT_BASE_CLASS_H
#define PHP_EVENT_BASE_CLASS_H

/* EventBase: owns its struct event_base. See event_base.c for lifetimes. */
typedef struct {
	struct event_base *base;    /* NULL once freed */
	php_event_dep_list deps;    /* objects that use this base */
	zend_object std;
} php_event_base_t;

static inline php_event_base_t *php_event_base_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_base_t, obj);
}

/* The live event_base of an EventBase zval, or NULL after throwing. */
struct event_base *php_event_base_get(zval *zbase);

#endif
