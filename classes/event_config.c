/* PLACEHOLDER: replaced by the real implementation of EventConfig. */
#include "php_event.h"

PHP_MINIT_FUNCTION(event_config)
{
	return SUCCESS;
}

ZEND_METHOD(EventConfig, __construct)
{
	zend_throw_error(NULL, "EventConfig::__construct() is not implemented yet");
}

ZEND_METHOD(EventConfig, __sleep)
{
	zend_throw_error(NULL, "EventConfig::__sleep() is not implemented yet");
}

ZEND_METHOD(EventConfig, __wakeup)
{
	zend_throw_error(NULL, "EventConfig::__wakeup() is not implemented yet");
}

ZEND_METHOD(EventConfig, avoidMethod)
{
	zend_throw_error(NULL, "EventConfig::avoidMethod() is not implemented yet");
}

ZEND_METHOD(EventConfig, requireFeatures)
{
	zend_throw_error(NULL, "EventConfig::requireFeatures() is not implemented yet");
}

ZEND_METHOD(EventConfig, setMaxDispatchInterval)
{
	zend_throw_error(NULL, "EventConfig::setMaxDispatchInterval() is not implemented yet");
}

ZEND_METHOD(EventConfig, setFlags)
{
	zend_throw_error(NULL, "EventConfig::setFlags() is not implemented yet");
}

