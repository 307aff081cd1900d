#ifndef PHP_EVENT_DNS_BASE_CLASS_H
#define PHP_EVENT_DNS_BASE_CLASS_H

/* EventDnsBase: see event_dns_base.c for what it owns and when it is freed. */

/* The live evdns_base of an EventDnsBase zval (NULL zval or null: NULL
 * without error); *failed is set after throwing. */
struct evdns_base *php_event_dns_base_get(zval *zdns, bool *failed);

/* The EventBase object an EventDnsBase zval was created on: its lookups run
 * in that base's loop. */
zend_object *php_event_dns_base_owner(zval *zdns);

#endif
