/* PLACEHOLDER: replaced by the real implementation of EventBuffer. */
#include "php_event.h"

PHP_MINIT_FUNCTION(event_buffer)
{
	return SUCCESS;
}

ZEND_METHOD(EventBuffer, __construct)
{
	zend_throw_error(NULL, "EventBuffer::__construct() is not implemented yet");
}

ZEND_METHOD(EventBuffer, freeze)
{
	zend_throw_error(NULL, "EventBuffer::freeze() is not implemented yet");
}

ZEND_METHOD(EventBuffer, unfreeze)
{
	zend_throw_error(NULL, "EventBuffer::unfreeze() is not implemented yet");
}

ZEND_METHOD(EventBuffer, lock)
{
	zend_throw_error(NULL, "EventBuffer::lock() is not implemented yet");
}

ZEND_METHOD(EventBuffer, unlock)
{
	zend_throw_error(NULL, "EventBuffer::unlock() is not implemented yet");
}

ZEND_METHOD(EventBuffer, enableLocking)
{
	zend_throw_error(NULL, "EventBuffer::enableLocking() is not implemented yet");
}

ZEND_METHOD(EventBuffer, add)
{
	zend_throw_error(NULL, "EventBuffer::add() is not implemented yet");
}

ZEND_METHOD(EventBuffer, read)
{
	zend_throw_error(NULL, "EventBuffer::read() is not implemented yet");
}

ZEND_METHOD(EventBuffer, addBuffer)
{
	zend_throw_error(NULL, "EventBuffer::addBuffer() is not implemented yet");
}

ZEND_METHOD(EventBuffer, appendFrom)
{
	zend_throw_error(NULL, "EventBuffer::appendFrom() is not implemented yet");
}

ZEND_METHOD(EventBuffer, expand)
{
	zend_throw_error(NULL, "EventBuffer::expand() is not implemented yet");
}

ZEND_METHOD(EventBuffer, prepend)
{
	zend_throw_error(NULL, "EventBuffer::prepend() is not implemented yet");
}

ZEND_METHOD(EventBuffer, prependBuffer)
{
	zend_throw_error(NULL, "EventBuffer::prependBuffer() is not implemented yet");
}

ZEND_METHOD(EventBuffer, drain)
{
	zend_throw_error(NULL, "EventBuffer::drain() is not implemented yet");
}

ZEND_METHOD(EventBuffer, copyout)
{
	zend_throw_error(NULL, "EventBuffer::copyout() is not implemented yet");
}

ZEND_METHOD(EventBuffer, readLine)
{
	zend_throw_error(NULL, "EventBuffer::readLine() is not implemented yet");
}

ZEND_METHOD(EventBuffer, search)
{
	zend_throw_error(NULL, "EventBuffer::search() is not implemented yet");
}

ZEND_METHOD(EventBuffer, searchEol)
{
	zend_throw_error(NULL, "EventBuffer::searchEol() is not implemented yet");
}

ZEND_METHOD(EventBuffer, pullup)
{
	zend_throw_error(NULL, "EventBuffer::pullup() is not implemented yet");
}

ZEND_METHOD(EventBuffer, write)
{
	zend_throw_error(NULL, "EventBuffer::write() is not implemented yet");
}

ZEND_METHOD(EventBuffer, readFrom)
{
	zend_throw_error(NULL, "EventBuffer::readFrom() is not implemented yet");
}

ZEND_METHOD(EventBuffer, substr)
{
	zend_throw_error(NULL, "EventBuffer::substr() is not implemented yet");
}

