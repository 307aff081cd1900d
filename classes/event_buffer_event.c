/* PLACEHOLDER: replaced by the real implementation of EventBufferEvent. */
#include "php_event.h"

PHP_MINIT_FUNCTION(event_buffer_event)
{
	return SUCCESS;
}

ZEND_METHOD(EventBufferEvent, __construct)
{
	zend_throw_error(NULL, "EventBufferEvent::__construct() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, free)
{
	zend_throw_error(NULL, "EventBufferEvent::free() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, close)
{
	zend_throw_error(NULL, "EventBufferEvent::close() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, connect)
{
	zend_throw_error(NULL, "EventBufferEvent::connect() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, connectHost)
{
	zend_throw_error(NULL, "EventBufferEvent::connectHost() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, getDnsErrorString)
{
	zend_throw_error(NULL, "EventBufferEvent::getDnsErrorString() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, setCallbacks)
{
	zend_throw_error(NULL, "EventBufferEvent::setCallbacks() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, enable)
{
	zend_throw_error(NULL, "EventBufferEvent::enable() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, disable)
{
	zend_throw_error(NULL, "EventBufferEvent::disable() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, getEnabled)
{
	zend_throw_error(NULL, "EventBufferEvent::getEnabled() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, getInput)
{
	zend_throw_error(NULL, "EventBufferEvent::getInput() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, getOutput)
{
	zend_throw_error(NULL, "EventBufferEvent::getOutput() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, setWatermark)
{
	zend_throw_error(NULL, "EventBufferEvent::setWatermark() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, write)
{
	zend_throw_error(NULL, "EventBufferEvent::write() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, writeBuffer)
{
	zend_throw_error(NULL, "EventBufferEvent::writeBuffer() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, read)
{
	zend_throw_error(NULL, "EventBufferEvent::read() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, readBuffer)
{
	zend_throw_error(NULL, "EventBufferEvent::readBuffer() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, createPair)
{
	zend_throw_error(NULL, "EventBufferEvent::createPair() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, setPriority)
{
	zend_throw_error(NULL, "EventBufferEvent::setPriority() is not implemented yet");
}

ZEND_METHOD(EventBufferEvent, setTimeouts)
{
	zend_throw_error(NULL, "EventBufferEvent::setTimeouts() is not implemented yet");
}

