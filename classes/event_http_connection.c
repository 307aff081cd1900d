/* PLACEHOLDER: replaced by the real implementation of EventHttpConnection. */

#include "php_event.h"

#ifdef HAVE_EVENT_EXTRA_LIB
PHP_MINIT_FUNCTION(event_http_connection)
{
	return SUCCESS;
}

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, __construct)
{
	zend_throw_error(NULL, "EventHttpConnection::__construct() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, __sleep)
{
	zend_throw_error(NULL, "EventHttpConnection::__sleep() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, __wakeup)
{
	zend_throw_error(NULL, "EventHttpConnection::__wakeup() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, getBase)
{
	zend_throw_error(NULL, "EventHttpConnection::getBase() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, getPeer)
{
	zend_throw_error(NULL, "EventHttpConnection::getPeer() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setLocalAddress)
{
	zend_throw_error(NULL, "EventHttpConnection::setLocalAddress() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setLocalPort)
{
	zend_throw_error(NULL, "EventHttpConnection::setLocalPort() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setTimeout)
{
	zend_throw_error(NULL, "EventHttpConnection::setTimeout() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setMaxHeadersSize)
{
	zend_throw_error(NULL, "EventHttpConnection::setMaxHeadersSize() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setMaxBodySize)
{
	zend_throw_error(NULL, "EventHttpConnection::setMaxBodySize() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setRetries)
{
	zend_throw_error(NULL, "EventHttpConnection::setRetries() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, makeRequest)
{
	zend_throw_error(NULL, "EventHttpConnection::makeRequest() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setCloseCallback)
{
	zend_throw_error(NULL, "EventHttpConnection::setCloseCallback() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, hasPendingRequests)
{
	zend_throw_error(NULL, "EventHttpConnection::hasPendingRequests() is not implemented yet");
}
#endif

#endif
