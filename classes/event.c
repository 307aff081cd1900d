/* PLACEHOLDER: replaced by the real implementation of Event. */
#include "php_event.h"

PHP_MINIT_FUNCTION(event_event)
{
	return SUCCESS;
}

ZEND_METHOD(Event, __construct)
{
	zend_throw_error(NULL, "Event::__construct() is not implemented yet");
}

ZEND_METHOD(Event, free)
{
	zend_throw_error(NULL, "Event::free() is not implemented yet");
}

ZEND_METHOD(Event, set)
{
	zend_throw_error(NULL, "Event::set() is not implemented yet");
}

ZEND_METHOD(Event, getSupportedMethods)
{
	zend_throw_error(NULL, "Event::getSupportedMethods() is not implemented yet");
}

ZEND_METHOD(Event, add)
{
	zend_throw_error(NULL, "Event::add() is not implemented yet");
}

ZEND_METHOD(Event, del)
{
	zend_throw_error(NULL, "Event::del() is not implemented yet");
}

ZEND_METHOD(Event, setPriority)
{
	zend_throw_error(NULL, "Event::setPriority() is not implemented yet");
}

ZEND_METHOD(Event, pending)
{
	zend_throw_error(NULL, "Event::pending() is not implemented yet");
}

ZEND_METHOD(Event, removeTimer)
{
	zend_throw_error(NULL, "Event::removeTimer() is not implemented yet");
}

ZEND_METHOD(Event, timer)
{
	zend_throw_error(NULL, "Event::timer() is not implemented yet");
}

ZEND_METHOD(Event, setTimer)
{
	zend_throw_error(NULL, "Event::setTimer() is not implemented yet");
}

ZEND_METHOD(Event, signal)
{
	zend_throw_error(NULL, "Event::signal() is not implemented yet");
}

