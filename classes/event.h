#ifndef PHP_EVENT_EVENT_CLASS_H
#define PHP_EVENT_EVENT_CLASS_H

/* Event: see event.c for what it owns and when it is freed. */

/* EventBase::set(): moves a non-pending Event to the EventBase zbase.
 * Returns false when the event is pending, and after throwing. */
bool php_event_move_to_base(zend_object *event_obj, zval *zbase);

#endif
