#include "php_event.h"
#include "src/arginfo.h"
#include "ext/spl/spl_exceptions.h"

zend_class_entry *php_event_exception_ce;

PHP_MINIT_FUNCTION(event_exception)
{
	php_event_exception_ce = register_class_EventException(spl_ce_RuntimeException);
	return SUCCESS;
}

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

void php_event_refuse_serialization(INTERNAL_FUNCTION_PARAMETERS)
{
	/* No parameter check: PECL event refuses with its EventException
	 * whatever arguments are given. */
	php_event_throw("%s instances are not serializable", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
}

/*
 * libevent's own warnings ("Epoll ADD(1) on fd 0 failed...", "event_assign:
 * EV_SIGNAL is not compatible...") reach the script as PHP warnings of the
 * function that caused them, as with PECL event, instead of lines on stderr.
 * None is shown once the request is shutting down (no function is running
 * then, and objects are only being released).
 */
static void libevent_log_to_php(int severity, const char *msg)
{
	if (EVENT_G(shutting_down) || !EG(current_execute_data) || severity < EVENT_LOG_MSG) {
		return;
	}
	php_error_docref(NULL, severity == EVENT_LOG_MSG ? E_NOTICE : E_WARNING, "%s", msg);
}

void php_event_warn_as_libevent(const char *format, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, format);
	vsnprintf(msg, sizeof(msg), format, ap);
	va_end(ap);
	libevent_log_to_php(EVENT_LOG_WARN, msg);
}

void php_event_log_to_php(void)
{
	event_set_log_callback(libevent_log_to_php);
}
