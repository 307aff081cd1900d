/* PLACEHOLDER: replaced by the real implementation of EventSslContext. */

#include "php_event.h"

#ifdef HAVE_EVENT_OPENSSL_LIB
PHP_MINIT_FUNCTION(event_ssl_context)
{
	return SUCCESS;
}

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventSslContext, __construct)
{
	zend_throw_error(NULL, "EventSslContext::__construct() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventSslContext, setMinProtoVersion)
{
	zend_throw_error(NULL, "EventSslContext::setMinProtoVersion() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventSslContext, setMaxProtoVersion)
{
	zend_throw_error(NULL, "EventSslContext::setMaxProtoVersion() is not implemented yet");
}
#endif

#endif
