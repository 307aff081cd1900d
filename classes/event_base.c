/* PLACEHOLDER: replaced by the real implementation of EventBase. */
#include "php_event.h"

PHP_MINIT_FUNCTION(event_base)
{
	return SUCCESS;
}

ZEND_METHOD(EventBase, __construct)
{
	zend_throw_error(NULL, "EventBase::__construct() is not implemented yet");
}

ZEND_METHOD(EventBase, __sleep)
{
	zend_throw_error(NULL, "EventBase::__sleep() is not implemented yet");
}

ZEND_METHOD(EventBase, __wakeup)
{
	zend_throw_error(NULL, "EventBase::__wakeup() is not implemented yet");
}

ZEND_METHOD(EventBase, getMethod)
{
	zend_throw_error(NULL, "EventBase::getMethod() is not implemented yet");
}

ZEND_METHOD(EventBase, getFeatures)
{
	zend_throw_error(NULL, "EventBase::getFeatures() is not implemented yet");
}

ZEND_METHOD(EventBase, priorityInit)
{
	zend_throw_error(NULL, "EventBase::priorityInit() is not implemented yet");
}

ZEND_METHOD(EventBase, loop)
{
	zend_throw_error(NULL, "EventBase::loop() is not implemented yet");
}

ZEND_METHOD(EventBase, dispatch)
{
	zend_throw_error(NULL, "EventBase::dispatch() is not implemented yet");
}

ZEND_METHOD(EventBase, exit)
{
	zend_throw_error(NULL, "EventBase::exit() is not implemented yet");
}

ZEND_METHOD(EventBase, set)
{
	zend_throw_error(NULL, "EventBase::set() is not implemented yet");
}

ZEND_METHOD(EventBase, stop)
{
	zend_throw_error(NULL, "EventBase::stop() is not implemented yet");
}

ZEND_METHOD(EventBase, gotStop)
{
	zend_throw_error(NULL, "EventBase::gotStop() is not implemented yet");
}

ZEND_METHOD(EventBase, gotExit)
{
	zend_throw_error(NULL, "EventBase::gotExit() is not implemented yet");
}

ZEND_METHOD(EventBase, getTimeOfDayCached)
{
	zend_throw_error(NULL, "EventBase::getTimeOfDayCached() is not implemented yet");
}

ZEND_METHOD(EventBase, reInit)
{
	zend_throw_error(NULL, "EventBase::reInit() is not implemented yet");
}

ZEND_METHOD(EventBase, free)
{
	zend_throw_error(NULL, "EventBase::free() is not implemented yet");
}

ZEND_METHOD(EventBase, updateCacheTime)
{
	zend_throw_error(NULL, "EventBase::updateCacheTime() is not implemented yet");
}

ZEND_METHOD(EventBase, resume)
{
	zend_throw_error(NULL, "EventBase::resume() is not implemented yet");
}

