/* Object helpers shared by every class. */
#ifndef PHP_EVENT_OBJECT_H
#define PHP_EVENT_OBJECT_H

/* Frees what `field` points to, if anything, with `free_fn`; the field is
 * cleared first, so nothing reached from free_fn sees the dying pointer. */
#define PHP_EVENT_FREE_CLEAR(field, free_fn) do { \
		if (field) { \
			void *dying_ = (void *)(field); \
			(field) = NULL; \
			free_fn(dying_); \
		} \
	} while (0)

/* The C struct that embeds `zend_object std` as its last member. */
#define PHP_EVENT_FETCH(type, zobj) ((type *)((char *)(zobj) - offsetof(type, std)))

/* Defines php_event_X_from_obj(), the struct of a class's zend_object;
 * beside it each class defines Z_EVENT_X_P(), the struct of an object zval:
 *     PHP_EVENT_FROM_OBJ(php_event_base_t, base)
 *     #define Z_EVENT_BASE_P(zv) php_event_base_from_obj(Z_OBJ_P(zv)) */
#define PHP_EVENT_FROM_OBJ(type, name) \
	static inline type *php_event_##name##_from_obj(zend_object *obj) \
	{ \
		return PHP_EVENT_FETCH(type, obj); \
	}

/*
 * "The live handle of $this (or of an argument), or fail the way PECL event
 * does": one shape for every class. Each class has one getter
 * (php_event_X_get(), or a static X_live() where only its own file needs
 * it) that returns the live struct or libevent handle, or NULL after it
 * threw or warned as PECL event does for that class; the method then does
 * `fail`:
 *     PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS());
 */
#define PHP_EVENT_LIVE(var, getter_call, fail) do { \
		if (((var) = (getter_call)) == NULL) { \
			fail; \
		} \
	} while (0)

/* The `fail` of PHP_EVENT_LIVE for a getter that either warns (the method
 * returns false, as PECL event's) or throws. */
#define PHP_EVENT_RETURN_FALSE_OR_THROWS() do { \
		if (EG(exception)) { \
			RETURN_THROWS(); \
		} \
		RETURN_FALSE; \
	} while (0)

/*
 * What every class sets up in MINIT, declared once per class:
 *     PHP_EVENT_CLASS_MINIT(event_buffer, php_event_buffer_ce, EventBuffer, buffer_handlers,
 *         PHP_EVENT_SPEC_OBJECT(php_event_buffer_t, buffer_create, buffer_free),
 *         .get_gc = buffer_get_gc, PHP_EVENT_SPEC_PROPS(buffer_props))
 * defines the class entry and the MINIT of module `event_buffer`, which
 * registers the class from the stub (src/arginfo.h) and gives it its
 * create_object and handlers: PHP's defaults plus the offset of `std`, the
 * free handler, no cloning (PHP then throws "Trying to clone an uncloneable
 * object"), and optionally a get_gc and a property table (src/props.h).
 */
typedef struct {
	size_t std_offset;
	zend_object *(*create)(zend_class_entry *ce);
	zend_object_free_obj_t free_obj;
	zend_object_get_gc_t get_gc;   /* NULL: PHP's default */
	const php_event_prop *props;   /* NULL: no computed properties */
	size_t prop_count;
	uint32_t ce_flags;             /* added to the class's flags */
} php_event_class_spec;

#define PHP_EVENT_SPEC_OBJECT(type, create_fn, free_fn) \
	.std_offset = offsetof(type, std), .create = (create_fn), .free_obj = (free_fn)

#define PHP_EVENT_SPEC_PROPS(table) \
	.props = (table), .prop_count = sizeof(table) / sizeof((table)[0])

static inline void php_event_class_init(zend_class_entry *ce, zend_object_handlers *handlers, const php_event_class_spec *spec)
{
	ce->create_object = spec->create;
	ce->ce_flags |= spec->ce_flags;
	memcpy(handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	handlers->offset = (int)spec->std_offset;
	handlers->free_obj = spec->free_obj;
	handlers->clone_obj = NULL;
	if (spec->get_gc) {
		handlers->get_gc = spec->get_gc;
	}
	if (spec->props) {
		php_event_props_register(handlers, spec->props, spec->prop_count);
	}
}

#define PHP_EVENT_CLASS_MINIT(module, ce_var, Class, handlers, ...) \
	zend_class_entry *ce_var; \
	PHP_MINIT_FUNCTION(module) \
	{ \
		static const php_event_class_spec spec = { __VA_ARGS__ }; \
		ce_var = register_class_##Class(); \
		php_event_class_init(ce_var, &(handlers), &spec); \
		return SUCCESS; \
	}

/*
 * A class's get_gc, for objects that hold PHP values in their C struct:
 *     PHP_EVENT_GET_GC(conn_get_gc, php_event_http_conn_t, c)
 *     {
 *         php_event_cb_gc(&c->close_cb, buf);
 *     }
 * The body adds what the struct `c` holds to `buf`; the declared property
 * slots are added here when the object has no property table yet (so the
 * collector sees them without one being built).
 */
static inline HashTable *php_event_gc_finish(zend_object *obj, zend_get_gc_buffer *buf, zval **table, int *n)
{
	if (!obj->properties) {
		for (int i = 0; i < obj->ce->default_properties_count; i++) {
			zend_get_gc_buffer_add_zval(buf, &obj->properties_table[i]);
		}
	}
	zend_get_gc_buffer_use(buf, table, n);
	return obj->properties;
}

#define PHP_EVENT_GET_GC(handler, type, var) \
	static void handler##_collect(type *var, zend_get_gc_buffer *buf); \
	static HashTable *handler(zend_object *obj, zval **table, int *n) \
	{ \
		zend_get_gc_buffer *buf = zend_get_gc_buffer_create(); \
		handler##_collect(PHP_EVENT_FETCH(type, obj), buf); \
		return php_event_gc_finish(obj, buf, table, n); \
	} \
	static void handler##_collect(type *var, zend_get_gc_buffer *buf)

/* Allocates a zeroed `type` with its zend_object initialised for `ce` and
 * using `handlers`. */
#define PHP_EVENT_ALLOC_OBJECT(type, ce, handlers) \
	((type *)php_event_alloc_object(sizeof(type), offsetof(type, std), (ce), (handlers)))

static inline void *php_event_alloc_object(size_t size, size_t std_offset, zend_class_entry *ce,
	const zend_object_handlers *handlers)
{
	char *p = ecalloc(1, size + zend_object_properties_size(ce));
	zend_object *std = (zend_object *)(p + std_offset);
	zend_object_std_init(std, ce);
	object_properties_init(std, ce);
	std->handlers = handlers;
	return p;
}

/*
 * serialize() as in PECL event: EventBase, EventConfig, EventListener and the
 * EventHttp classes refuse it in __sleep()/__wakeup() (EventException "X
 * instances are not serializable"); Event, EventBuffer, EventBufferEvent and
 * EventSslContext serialize their properties (an unserialized one is an
 * unconstructed object). EventDnsBase, which crashes PECL event, is marked
 * not serializable here (PHP then refuses serialize()/unserialize()).
 */
#define PHP_EVENT_NOT_SERIALIZABLE .ce_flags = ZEND_ACC_NOT_SERIALIZABLE

#endif
