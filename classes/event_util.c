/* PLACEHOLDER: replaced by the real implementation of EventUtil. */
#include "php_event.h"

PHP_MINIT_FUNCTION(event_util)
{
	return SUCCESS;
}

ZEND_METHOD(EventUtil, __construct)
{
	zend_throw_error(NULL, "EventUtil::__construct() is not implemented yet");
}

ZEND_METHOD(EventUtil, getLastSocketErrno)
{
	zend_throw_error(NULL, "EventUtil::getLastSocketErrno() is not implemented yet");
}

ZEND_METHOD(EventUtil, getLastSocketError)
{
	zend_throw_error(NULL, "EventUtil::getLastSocketError() is not implemented yet");
}

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventUtil, sslRandPoll)
{
	zend_throw_error(NULL, "EventUtil::sslRandPoll() is not implemented yet");
}
#endif

ZEND_METHOD(EventUtil, getSocketName)
{
	zend_throw_error(NULL, "EventUtil::getSocketName() is not implemented yet");
}

ZEND_METHOD(EventUtil, getSocketFd)
{
	zend_throw_error(NULL, "EventUtil::getSocketFd() is not implemented yet");
}

ZEND_METHOD(EventUtil, setSocketOption)
{
	zend_throw_error(NULL, "EventUtil::setSocketOption() is not implemented yet");
}

ZEND_METHOD(EventUtil, createSocket)
{
	zend_throw_error(NULL, "EventUtil::createSocket() is not implemented yet");
}

