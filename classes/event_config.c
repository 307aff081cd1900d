/*
 * EventConfig: options for creating an EventBase.
 *
 * Owns: its struct event_config, from the constructor on.
 * Freed by: the object's end (free_obj).
 * If the base or libevent goes first: nothing to do. libevent only reads
 * the config inside event_base_new_with_config() and never keeps it, and
 * the config belongs to no base.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event_config.h"

typedef struct {
	struct event_config *cfg;   /* NULL until constructed */
	zend_object std;
} php_event_config_t;

static zend_object_handlers config_handlers;

PHP_EVENT_FROM_OBJ(php_event_config_t, config)

#define Z_EVENT_CONFIG_P(zv) php_event_config_from_obj(Z_OBJ_P(zv))

struct event_config *php_event_config_get(zval *zcfg)
{
	return php_event_live_or_throw(Z_EVENT_CONFIG_P(zcfg)->cfg, Z_OBJ_P(zcfg));
}

static zend_object *config_create(zend_class_entry *ce)
{
	return &PHP_EVENT_ALLOC_OBJECT(php_event_config_t, ce, &config_handlers)->std;
}

static void config_free(zend_object *obj)
{
	php_event_config_t *c = php_event_config_from_obj(obj);
	PHP_EVENT_FREE_CLEAR(c->cfg, event_config_free);
	zend_object_std_dtor(obj);
}

ZEND_METHOD(EventConfig, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_event_config_t *c = Z_EVENT_CONFIG_P(ZEND_THIS);
	/* A second __construct() call starts again from a new config, as in
	 * PECL event. */
	struct event_config *old = c->cfg;
	c->cfg = event_config_new();
	if (old) {
		event_config_free(old);
	}
	if (!c->cfg) {
		php_event_throw("event_config_new() failed");
	}
}

ZEND_METHOD(EventConfig, __sleep)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventConfig, __wakeup)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* An int argument that libevent takes as a C int: clamped into its range
 * (no implementation-defined narrowing). PECL event passes any integer. */
static int clamp_int(zend_long v)
{
	return v > INT_MAX ? INT_MAX : (v < INT_MIN ? INT_MIN : (int)v);
}

/* The setters take any value, as PECL event's do: libevent stores the
 * method name, features and flags as given (an unknown feature or an
 * unusable method only shows when the EventBase is created). */
ZEND_METHOD(EventConfig, avoidMethod)
{
	zend_string *method;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(method)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg;
	PHP_EVENT_LIVE(cfg, php_event_config_get(ZEND_THIS), RETURN_THROWS());
	RETURN_BOOL(event_config_avoid_method(cfg, ZSTR_VAL(method)) == 0);
}

ZEND_METHOD(EventConfig, requireFeatures)
{
	zend_long feature;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(feature)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg;
	PHP_EVENT_LIVE(cfg, php_event_config_get(ZEND_THIS), RETURN_THROWS());
	/* The features are a bit mask: keep the low 32 bits, as a C cast would. */
	RETURN_BOOL(event_config_require_features(cfg, (int)(unsigned int)(zend_ulong)feature) == 0);
}

ZEND_METHOD(EventConfig, setMaxDispatchInterval)
{
	double max_interval;
	zend_long max_callbacks, min_priority;
	/* max_interval is read as a number of seconds (a float, as PECL event
	 * parses it, though its signature says int). */
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_DOUBLE(max_interval)
		Z_PARAM_LONG(max_callbacks)
		Z_PARAM_LONG(min_priority)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg;
	PHP_EVENT_LIVE(cfg, php_event_config_get(ZEND_THIS), RETURN_THROWS());
	/* 0 or less (or NAN) means no time limit, as the manual says; a
	 * negative callback count means no limit and a negative priority 0,
	 * in libevent. */
	struct timeval tv;
	php_event_seconds_to_timeval(max_interval, &tv);
	if (event_config_set_max_dispatch_interval(cfg, max_interval > 0 ? &tv : NULL,
			clamp_int(max_callbacks), clamp_int(min_priority)) != 0) {
		php_event_throw("event_config_set_max_dispatch_interval() failed");
	}
}

ZEND_METHOD(EventConfig, setFlags)
{
	zend_long flags;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg;
	PHP_EVENT_LIVE(cfg, php_event_config_get(ZEND_THIS), RETURN_THROWS());
	RETURN_BOOL(event_config_set_flag(cfg, (int)(unsigned int)(zend_ulong)flags) == 0);
}

PHP_EVENT_CLASS_MINIT(event_config, php_event_config_ce, EventConfig, config_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_config_t, config_create, config_free))
