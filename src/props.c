/* The computed-property handlers shared by every class (see props.h). */
#include "php_event.h"
#include "src/props.h"

typedef struct {
	const zend_object_handlers *handlers;
	const php_event_prop *props;
	size_t count;
	zend_string *names[PHP_EVENT_PROPS_MAX];   /* interned: compared by pointer first */
} props_class;

/* Filled in MINIT, read-only afterwards (so shared by threads under ZTS). */
#define PROPS_CLASSES_MAX 8
static props_class classes[PROPS_CLASSES_MAX];
static size_t class_count;

static const props_class *class_of(const zend_object *obj)
{
	for (size_t i = 0; i < class_count; i++) {
		if (classes[i].handlers == obj->handlers) {
			return &classes[i];
		}
	}
	return NULL;
}

/* The table's entry for `name`, or NULL: a property the standard handlers keep. */
static const php_event_prop *find(const zend_object *obj, const zend_string *name)
{
	const props_class *c = class_of(obj);
	if (c != NULL) {
		for (size_t i = 0; i < c->count; i++) {
			if (zend_string_equals(c->names[i], name)) {
				return &c->props[i];
			}
		}
	}
	return NULL;
}

static zval *read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	const php_event_prop *p = find(obj, name);
	if (p == NULL) {
		return zend_std_read_property(obj, name, type, cache_slot, rv);
	}
	if (!p->read(obj, rv)) {
		ZVAL_NULL(rv);
	}
	return rv;
}

static zval *write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	const php_event_prop *p = find(obj, name);
	if (p == NULL) {
		return zend_std_write_property(obj, name, value, cache_slot);
	}
	if (p->write == NULL) {
		php_error_docref(NULL, E_ERROR, "Cannot write property");
		return &EG(error_zval);
	}
	p->write(obj, value);
	return value;
}

static int has_property(zend_object *obj, zend_string *name, int has_set_exists, void **cache_slot)
{
	const php_event_prop *p = find(obj, name);
	zval v;

	if (p == NULL) {
		return zend_std_has_property(obj, name, has_set_exists, cache_slot);
	}
	if (has_set_exists == ZEND_PROPERTY_EXISTS) {
		return 1;
	}
	if (!p->read(obj, &v)) {
		return 0;
	}
	int result = has_set_exists == ZEND_PROPERTY_NOT_EMPTY ? zend_is_true(&v) : Z_TYPE(v) != IS_NULL;
	zval_ptr_dtor(&v);
	return result;
}

static zval *get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	const php_event_prop *p = find(obj, name);
	if (p != NULL && p->ptr != NULL) {
		zval *storage = p->ptr(obj);
		if (storage != NULL) {
			return storage;
		}
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
}

static HashTable *get_debug_info(zend_object *obj, int *is_temp)
{
	const props_class *c = class_of(obj);
	HashTable *ht = zend_new_array(c->count);
	zval v;

	for (size_t i = 0; i < c->count; i++) {
		if (c->props[i].read(obj, &v)) {
			zend_hash_update(ht, c->names[i], &v);
		}
	}
	*is_temp = 1;
	return ht;
}

static HashTable *get_properties(zend_object *obj)
{
	const props_class *c = class_of(obj);
	HashTable *props = zend_std_get_properties(obj);
	zval v;

	for (size_t i = 0; i < c->count; i++) {
		if (c->props[i].read(obj, &v)) {
			zend_hash_update(props, c->names[i], &v);
		}
	}
	return props;
}

void php_event_props_register(zend_object_handlers *handlers, const php_event_prop *table, size_t count)
{
	ZEND_ASSERT(class_count < PROPS_CLASSES_MAX && count <= PHP_EVENT_PROPS_MAX);
	props_class *c = &classes[class_count++];

	c->handlers = handlers;
	c->props = table;
	c->count = count;
	for (size_t i = 0; i < count; i++) {
		c->names[i] = zend_string_init_interned(table[i].name, strlen(table[i].name), 1);
	}
	handlers->read_property = read_property;
	handlers->write_property = write_property;
	handlers->has_property = has_property;
	handlers->get_property_ptr_ptr = get_property_ptr_ptr;
	handlers->get_debug_info = get_debug_info;
	handlers->get_properties = get_properties;
}
