/* PLACEHOLDER: replaced by the real implementation of EventHttpRequest. */

#include "php_event.h"

#ifdef HAVE_EVENT_EXTRA_LIB
PHP_MINIT_FUNCTION(event_http_request)
{
	return SUCCESS;
}

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, __construct)
{
	zend_throw_error(NULL, "EventHttpRequest::__construct() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, __sleep)
{
	zend_throw_error(NULL, "EventHttpRequest::__sleep() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, __wakeup)
{
	zend_throw_error(NULL, "EventHttpRequest::__wakeup() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, free)
{
	zend_throw_error(NULL, "EventHttpRequest::free() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getCommand)
{
	zend_throw_error(NULL, "EventHttpRequest::getCommand() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getHost)
{
	zend_throw_error(NULL, "EventHttpRequest::getHost() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getUri)
{
	zend_throw_error(NULL, "EventHttpRequest::getUri() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getResponseCode)
{
	zend_throw_error(NULL, "EventHttpRequest::getResponseCode() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getInputHeaders)
{
	zend_throw_error(NULL, "EventHttpRequest::getInputHeaders() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getOutputHeaders)
{
	zend_throw_error(NULL, "EventHttpRequest::getOutputHeaders() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getInputBuffer)
{
	zend_throw_error(NULL, "EventHttpRequest::getInputBuffer() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getOutputBuffer)
{
	zend_throw_error(NULL, "EventHttpRequest::getOutputBuffer() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getBufferEvent)
{
	zend_throw_error(NULL, "EventHttpRequest::getBufferEvent() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getConnection)
{
	zend_throw_error(NULL, "EventHttpRequest::getConnection() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, closeConnection)
{
	zend_throw_error(NULL, "EventHttpRequest::closeConnection() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendError)
{
	zend_throw_error(NULL, "EventHttpRequest::sendError() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReply)
{
	zend_throw_error(NULL, "EventHttpRequest::sendReply() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReplyChunk)
{
	zend_throw_error(NULL, "EventHttpRequest::sendReplyChunk() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReplyEnd)
{
	zend_throw_error(NULL, "EventHttpRequest::sendReplyEnd() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReplyStart)
{
	zend_throw_error(NULL, "EventHttpRequest::sendReplyStart() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, cancel)
{
	zend_throw_error(NULL, "EventHttpRequest::cancel() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, addHeader)
{
	zend_throw_error(NULL, "EventHttpRequest::addHeader() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, clearHeaders)
{
	zend_throw_error(NULL, "EventHttpRequest::clearHeaders() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, removeHeader)
{
	zend_throw_error(NULL, "EventHttpRequest::removeHeader() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, findHeader)
{
	zend_throw_error(NULL, "EventHttpRequest::findHeader() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getConnectionStatus)
{
	zend_throw_error(NULL, "EventHttpRequest::getConnectionStatus() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, isAborted)
{
	zend_throw_error(NULL, "EventHttpRequest::isAborted() is not implemented yet");
}
#endif

#endif
