/* PLACEHOLDER: the SSL methods of EventBufferEvent live here. */
#include "php_event.h"

#ifdef HAVE_EVENT_OPENSSL_LIB
ZEND_METHOD(EventBufferEvent, createSslFilter)
{
	zend_throw_error(NULL, "EventBufferEvent::createSslFilter() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslSocket)
{
	zend_throw_error(NULL, "EventBufferEvent::sslSocket() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslError)
{
	zend_throw_error(NULL, "EventBufferEvent::sslError() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslRenegotiate)
{
	zend_throw_error(NULL, "EventBufferEvent::sslRenegotiate() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslGetCipherInfo)
{
	zend_throw_error(NULL, "EventBufferEvent::sslGetCipherInfo() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslGetCipherName)
{
	zend_throw_error(NULL, "EventBufferEvent::sslGetCipherName() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslGetCipherVersion)
{
	zend_throw_error(NULL, "EventBufferEvent::sslGetCipherVersion() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, sslGetProtocol)
{
	zend_throw_error(NULL, "EventBufferEvent::sslGetProtocol() is not implemented yet");
}

#endif
