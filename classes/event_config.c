/*
 * EventConfig: options for creating an EventBase.
 *
 * Ownership: the object owns its struct event_config from the constructor
 * to free_obj. libevent only reads the config inside event_base_new_with_config()
 * and never keeps it, so nothing else can free it first.
 */
#include "php_event.h"
#include "classes/event_base.h"

typedef struct {
	struct event_config *cfg;   /* NULL until constructed */
	zend_object std;
} php_event_config_t;

static zend_object_handlers config_handlers;

static inline php_event_config_t *config_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_config_t, obj);
}

/* The config of `this`, or NULL after throwing. */
static struct event_config *config_this(zval *zthis)
{
	php_event_config_t *c = config_from_obj(Z_OBJ_P(zthis));
	if (!c->cfg) {
		php_event_throw_freed(Z_OBJ_P(zthis));
	}
	return c->cfg;
}

struct event_config *php_event_config_get(zval *zcfg)
{
	return config_this(zcfg);
}

static zend_object *config_create(zend_class_entry *ce)
{
	php_event_config_t *c = PHP_EVENT_ALLOC_OBJECT(php_event_config_t, ce);
	c->std.handlers = &config_handlers;
	return &c->std;
}

static void config_free(zend_object *obj)
{
	php_event_config_t *c = config_from_obj(obj);
	if (c->cfg) {
		event_config_free(c->cfg);
		c->cfg = NULL;
	}
	zend_object_std_dtor(obj);
}

PHP_MINIT_FUNCTION(event_config)
{
	php_event_config_ce->create_object = config_create;
	PHP_EVENT_INIT_HANDLERS(config_handlers, php_event_config_t, config_free);
	return SUCCESS;
}

ZEND_METHOD(EventConfig, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_event_config_t *c = config_from_obj(Z_OBJ_P(ZEND_THIS));
	if (c->cfg) {
		php_event_throw("EventConfig object is already constructed");
		RETURN_THROWS();
	}
	c->cfg = event_config_new();
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

ZEND_METHOD(EventConfig, avoidMethod)
{
	zend_string *method;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(method)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg = config_this(ZEND_THIS);
	if (!cfg) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(method) == 0 || ZSTR_LEN(method) != strlen(ZSTR_VAL(method))) {
		zend_argument_value_error(1, "must be a non-empty string without NUL bytes");
		RETURN_THROWS();
	}
	RETURN_BOOL(event_config_avoid_method(cfg, ZSTR_VAL(method)) == 0);
}

ZEND_METHOD(EventConfig, requireFeatures)
{
	zend_long feature;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(feature)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg = config_this(ZEND_THIS);
	if (!cfg) {
		RETURN_THROWS();
	}
	const zend_long known = EV_FEATURE_ET | EV_FEATURE_O1 | EV_FEATURE_FDS | EV_FEATURE_EARLY_CLOSE;
	if (feature & ~known) {
		zend_argument_value_error(1, "must be a combination of EventConfig::FEATURE_* constants");
		RETURN_THROWS();
	}
	RETURN_BOOL(event_config_require_features(cfg, (int)feature) == 0);
}

ZEND_METHOD(EventConfig, setMaxDispatchInterval)
{
	zend_long max_interval, max_callbacks, min_priority;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(max_interval)
		Z_PARAM_LONG(max_callbacks)
		Z_PARAM_LONG(min_priority)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg = config_this(ZEND_THIS);
	if (!cfg) {
		RETURN_THROWS();
	}
	if (max_callbacks < -1 || max_callbacks > INT_MAX) {
		zend_argument_value_error(2, "must be -1 (no limit) or between 0 and %d", INT_MAX);
		RETURN_THROWS();
	}
	if (min_priority < 0 || min_priority > INT_MAX) {
		zend_argument_value_error(3, "must be between 0 and %d", INT_MAX);
		RETURN_THROWS();
	}
	/* max_interval is in seconds; 0 or less means no time limit. */
	struct timeval tv = { .tv_sec = (time_t)max_interval, .tv_usec = 0 };
	if (event_config_set_max_dispatch_interval(cfg, max_interval > 0 ? &tv : NULL,
			(int)max_callbacks, (int)min_priority) != 0) {
		php_event_throw("event_config_set_max_dispatch_interval() failed");
	}
}

ZEND_METHOD(EventConfig, setFlags)
{
	zend_long flags;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	struct event_config *cfg = config_this(ZEND_THIS);
	if (!cfg) {
		RETURN_THROWS();
	}
	const zend_long known = EVENT_BASE_FLAG_NOLOCK | EVENT_BASE_FLAG_IGNORE_ENV | EVENT_BASE_FLAG_STARTUP_IOCP
		| EVENT_BASE_FLAG_NO_CACHE_TIME | EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST | EVENT_BASE_FLAG_PRECISE_TIMER;
	if (flags & ~known) {
		zend_argument_value_error(1, "must be a combination of EventBase flag constants");
		RETURN_THROWS();
	}
	RETURN_BOOL(event_config_set_flag(cfg, (int)flags) == 0);
}
