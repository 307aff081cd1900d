/* Errors: every failure a script can see is an EventException (runtime
 * failures, use of a freed object), a TypeError or a ValueError (bad input). */
#ifndef PHP_EVENT_ERROR_H
#define PHP_EVENT_ERROR_H

/* Throws EventException with a printf-style message. */
void php_event_throw(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* Throws EventException with the message and the text of errno / the last
 * socket error appended; errorInfo is set to the error number. */
void php_event_throw_errno(int err, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* Throws EventException: "<Class> object has been freed" (or was never
 * initialised by its constructor). */
void php_event_throw_freed(zend_object *obj);

/* handle, or NULL after php_event_throw_freed(obj) when it is NULL: the
 * getter of a class whose freed objects throw. */
static inline void *php_event_live_or_throw(void *handle, zend_object *obj)
{
	if (handle == NULL) {
		php_event_throw_freed(obj);
	}
	return handle;
}

/* Routes libevent's log messages to PHP warnings; called at startup and
 * again where a piece of code silenced them for a while. */
void php_event_log_to_php(void);
/* A warning worded and shown as libevent's own (see php_event_log_to_php()),
 * for what this extension does in libevent's place. */
void php_event_warn_as_libevent(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* __sleep()/__wakeup() of the classes that refuse serialization
 * (src/object.h): EventException "<Class> instances are not serializable". */
void php_event_refuse_serialization(INTERNAL_FUNCTION_PARAMETERS);

#endif
