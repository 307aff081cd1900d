#ifndef PHP_EVENT_CONFIG_CLASS_H
#define PHP_EVENT_CONFIG_CLASS_H

/* EventConfig: see event_config.c for what it owns and when it is freed. */

/* The event_config of an EventConfig zval, or NULL after throwing. */
struct event_config *php_event_config_get(zval *zcfg);

#endif
