/*
 * Computed properties: one mechanism for every class that has them.
 *
 * A class lists its properties in a static const table of php_event_prop
 * and hands it to php_event_props_register() in its MINIT. The handlers here
 * then give PECL event's behaviour for every entry:
 *  - a read calls `read`; when it has no value (false: the object is freed)
 *    the property reads NULL, isset() is false and empty() true;
 *  - an assignment calls `write`, or, without one, stops the script with
 *    PECL's fatal error "Cannot write property";
 *  - ++, .=, [] and references act on `ptr`'s storage when the property has
 *    one, else on the declared slot, which reads never look at (as in PECL:
 *    `$o->p++` leaves the computed value as it is); unset() empties that slot;
 *  - var_dump()/print_r() show the table's properties that have a value, and
 *    nothing else; get_object_vars(), foreach, casts, serialize() and
 *    json_encode() see the declared and dynamic properties with the table's
 *    current values in place of their slots.
 * The functions get the object; the class converts it to its own struct.
 */
#ifndef PHP_EVENT_PROPS_H
#define PHP_EVENT_PROPS_H

typedef struct {
	const char *name;
	/* Sets rv (a new reference) and returns true, or returns false when
	 * the object has no value for it now. Required. */
	bool (*read)(zend_object *obj, zval *rv);
	/* Takes an assigned value (not consumed). NULL: read-only. */
	void (*write)(zend_object *obj, zval *value);
	/* The zval the property lives in, for in-place changes and
	 * references; NULL (or a NULL result): the declared slot. */
	zval *(*ptr)(zend_object *obj);
} php_event_prop;

/* A table entry for a property that is only read. */
#define PHP_EVENT_PROP_READONLY(name, read_fn) { (name), (read_fn), NULL, NULL }

/* The largest table a class may register. */
#define PHP_EVENT_PROPS_MAX 8

/* Installs the property handlers into `handlers` (already initialised) and
 * ties `table` to every object that uses them. Call once per class, in MINIT. */
void php_event_props_register(zend_object_handlers *handlers, const php_event_prop *table, size_t count);

#define PHP_EVENT_PROPS_REGISTER(handlers, table) \
	php_event_props_register(&(handlers), (table), sizeof(table) / sizeof((table)[0]))

#endif
