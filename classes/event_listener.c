/* PLACEHOLDER: replaced by the real implementation of EventListener. */

#include "php_event.h"

#ifdef HAVE_EVENT_EXTRA_LIB
PHP_MINIT_FUNCTION(event_listener)
{
	return SUCCESS;
}

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, __construct)
{
	zend_throw_error(NULL, "EventListener::__construct() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, __sleep)
{
	zend_throw_error(NULL, "EventListener::__sleep() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, __wakeup)
{
	zend_throw_error(NULL, "EventListener::__wakeup() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, free)
{
	zend_throw_error(NULL, "EventListener::free() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, enable)
{
	zend_throw_error(NULL, "EventListener::enable() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, disable)
{
	zend_throw_error(NULL, "EventListener::disable() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, setCallback)
{
	zend_throw_error(NULL, "EventListener::setCallback() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, setErrorCallback)
{
	zend_throw_error(NULL, "EventListener::setErrorCallback() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, getBase)
{
	zend_throw_error(NULL, "EventListener::getBase() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, getSocketName)
{
	zend_throw_error(NULL, "EventListener::getSocketName() is not implemented yet");
}
#endif

#endif
