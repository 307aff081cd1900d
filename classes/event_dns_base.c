/* PLACEHOLDER: replaced by the real implementation of EventDnsBase. */

#include "php_event.h"

#ifdef HAVE_EVENT_EXTRA_LIB
PHP_MINIT_FUNCTION(event_dns_base)
{
	return SUCCESS;
}

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, __construct)
{
	zend_throw_error(NULL, "EventDnsBase::__construct() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, parseResolvConf)
{
	zend_throw_error(NULL, "EventDnsBase::parseResolvConf() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, addNameserverIp)
{
	zend_throw_error(NULL, "EventDnsBase::addNameserverIp() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, loadHosts)
{
	zend_throw_error(NULL, "EventDnsBase::loadHosts() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, clearSearch)
{
	zend_throw_error(NULL, "EventDnsBase::clearSearch() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, addSearch)
{
	zend_throw_error(NULL, "EventDnsBase::addSearch() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, setSearchNdots)
{
	zend_throw_error(NULL, "EventDnsBase::setSearchNdots() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, setOption)
{
	zend_throw_error(NULL, "EventDnsBase::setOption() is not implemented yet");
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, countNameservers)
{
	zend_throw_error(NULL, "EventDnsBase::countNameservers() is not implemented yet");
}
#endif

#endif
