/* PLACEHOLDER: replaced by the real implementation of EventHttp. */

#include "php_event.h"

#ifdef HAVE_EVENT_EXTRA_LIB
PHP_MINIT_FUNCTION(event_http)
{
	return SUCCESS;
}

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, __construct)
{
	zend_throw_error(NULL, "EventHttp::__construct() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, __sleep)
{
	zend_throw_error(NULL, "EventHttp::__sleep() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, __wakeup)
{
	zend_throw_error(NULL, "EventHttp::__wakeup() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, accept)
{
	zend_throw_error(NULL, "EventHttp::accept() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, bind)
{
	zend_throw_error(NULL, "EventHttp::bind() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setCallback)
{
	zend_throw_error(NULL, "EventHttp::setCallback() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setDefaultCallback)
{
	zend_throw_error(NULL, "EventHttp::setDefaultCallback() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setAllowedMethods)
{
	zend_throw_error(NULL, "EventHttp::setAllowedMethods() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setMaxBodySize)
{
	zend_throw_error(NULL, "EventHttp::setMaxBodySize() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setMaxHeadersSize)
{
	zend_throw_error(NULL, "EventHttp::setMaxHeadersSize() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setTimeout)
{
	zend_throw_error(NULL, "EventHttp::setTimeout() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, addServerAlias)
{
	zend_throw_error(NULL, "EventHttp::addServerAlias() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, removeServerAlias)
{
	zend_throw_error(NULL, "EventHttp::removeServerAlias() is not implemented yet");
}
#endif

#endif
