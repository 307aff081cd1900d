/* Object helpers shared by every class. */
#ifndef PHP_EVENT_OBJECT_H
#define PHP_EVENT_OBJECT_H

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

/* Fills `handlers` with the defaults plus what every class of ours shares:
 * the offset of `std`, the free handler, and no cloning (PHP then throws
 * "Trying to clone an uncloneable object"). */
#define PHP_EVENT_INIT_HANDLERS(handlers, type, free_fn) do { \
		memcpy(&(handlers), zend_get_std_object_handlers(), sizeof(zend_object_handlers)); \
		(handlers).offset = offsetof(type, std); \
		(handlers).free_obj = (free_fn); \
		(handlers).clone_obj = NULL; \
	} while (0)

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

/* A class's create_object and its handlers, the way every class sets them. */
#define PHP_EVENT_INIT_CLASS(ce, handlers, type, create_fn, free_fn) do { \
		(ce)->create_object = (create_fn); \
		PHP_EVENT_INIT_HANDLERS(handlers, type, free_fn); \
	} while (0)

/* The same for a class whose objects report what they hold to the cycle
 * collector. */
#define PHP_EVENT_INIT_CLASS_GC(ce, handlers, type, create_fn, free_fn, gc_fn) do { \
		PHP_EVENT_INIT_CLASS(ce, handlers, type, create_fn, free_fn); \
		(handlers).get_gc = (gc_fn); \
	} while (0)

/* Allocates a zeroed `type` with its zend_object initialised for `ce`. */
#define PHP_EVENT_ALLOC_OBJECT(type, ce) \
	((type *)php_event_alloc_object(sizeof(type), offsetof(type, std), (ce)))

static inline void *php_event_alloc_object(size_t size, size_t std_offset, zend_class_entry *ce)
{
	char *p = ecalloc(1, size + zend_object_properties_size(ce));
	zend_object *std = (zend_object *)(p + std_offset);
	zend_object_std_init(std, ce);
	object_properties_init(std, ce);
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
static inline void php_event_not_serializable(zend_class_entry *ce)
{
	ce->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;
}

#endif
