#include "php_event.h"

static void throw_errno_message(int err, const char *prefix)
{
	zend_string *msg = zend_strpprintf(0, "%s: %s", prefix, evutil_socket_error_to_string(err));
	zend_object *ex = zend_throw_exception(php_event_exception_ce, ZSTR_VAL(msg), err);
	zend_string_release(msg);
	if (ex) {
		zval v;
		ZVAL_LONG(&v, err);
		zend_update_property(php_event_exception_ce, ex, "errorInfo", sizeof("errorInfo") - 1, &v);
	}
}

void php_event_throw(const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	zend_string *msg = zend_vstrpprintf(0, format, ap);
	va_end(ap);
	zend_throw_exception(php_event_exception_ce, ZSTR_VAL(msg), 0);
	zend_string_release(msg);
}

void php_event_throw_errno(int err, const char *format, ...)
{
	va_list ap;
	char *prefix;
	va_start(ap, format);
	zend_vspprintf(&prefix, 0, format, ap);
	va_end(ap);
	throw_errno_message(err, prefix);
	efree(prefix);
}

void php_event_throw_freed(zend_object *obj)
{
	php_event_throw("%s object has been freed or was not initialised", ZSTR_VAL(obj->ce->name));
}
