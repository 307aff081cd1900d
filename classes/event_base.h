#ifndef PHP_EVENT_BASE_CLASS_H
#define PHP_EVENT_BASE_CLASS_H

/* EventBase: see event_base.c for what it owns and when it is freed. */
typedef struct {
	struct event_base *base;    /* NULL once freed */
	php_event_dep_list deps;    /* objects that use this base */
	/* Run once no loop of this base is running (free() called while one
	 * was: the event_base is freed then). */
	php_event_defer_list on_idle;
	int running;                /* loop()/dispatch() calls of this base on the stack */
	zend_object std;
} php_event_base_t;

PHP_EVENT_FROM_OBJ(php_event_base_t, base)

#define Z_EVENT_BASE_P(zv) php_event_base_from_obj(Z_OBJ_P(zv))

/* Makes dep a dependent of the EventBase object base_obj (src/lifetime.h). */
static inline void php_event_base_attach(php_event_dep *dep, zend_object *base_obj, php_event_dep_detach_fn detach)
{
	php_event_dep_attach(dep, base_obj, &php_event_base_from_obj(base_obj)->deps, detach);
}

/* The live event_base of an EventBase zval, or NULL after throwing. */
struct event_base *php_event_base_get(zval *zbase);

/* Brackets a libevent call, outside the loop, that may run PHP callbacks
 * before it returns (a bufferevent's connect failing at once): a callback
 * that frees the EventBase then only stops it, and the event_base is freed
 * by php_event_base_leave(), once libevent no longer uses it. */
void php_event_base_enter(zend_object *base_obj);
void php_event_base_leave(zend_object *base_obj);


#endif
