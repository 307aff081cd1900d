/*
 * EventBase: the event loop.
 *
 * Owns: its struct event_base, and the list of its dependents (every object
 * created on it: Event, EventBufferEvent, ...; src/lifetime.h).
 * Freed by: EventBase::free() or the object's end, whichever comes first.
 * Nothing in libevent frees it. Before the event_base goes, every dependent
 * is detached: it frees its own libevent struct and becomes "freed" instead
 * of pointing into a dead base.
 * If the base or libevent goes first: it is the base. free() called from a
 * callback while the base's loop is running cannot free the event_base
 * under libevent's feet: the dependents are detached at once, the loop is
 * told to break, and freeing the event_base is deferred (the base's
 * `on_idle` list, src/defer.h) until the last running loop() of this base
 * returns.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event_config.h"
#include "classes/event.h"
#include <math.h>

static zend_object_handlers base_handlers;

struct event_base *php_event_base_get(zval *zbase)
{
	return php_event_live_or_throw(Z_EVENT_BASE_P(zbase)->base, Z_OBJ_P(zbase));
}

static zend_object *base_create(zend_class_entry *ce)
{
	php_event_base_t *b = PHP_EVENT_ALLOC_OBJECT(php_event_base_t, ce, &base_handlers);
	php_event_dep_list_init(&b->deps);
	return &b->std;
}

/*
 * Freeing what depended on the base can leave libevent work for the base's
 * next step: cancelling a bufferevent's pending host name lookup (freeing
 * its EventDnsBase) delivers the cancellation from the loop, and only that
 * releases the lookup and the bufferevent it holds. One non-blocking step
 * lets it finish; no PHP callback is left to run by then (every dependent
 * was detached). Then the base goes.
 */
static void discard_libevent_log(int severity, const char *msg)
{
}

static void base_free_settled(void *arg)
{
	struct event_base *base = arg;
	/* An epoll changelist (EventBase::EPOLL_USE_CHANGELIST) may still hold
	 * changes for descriptors the dependents' teardown closed; applying them
	 * fails, harmlessly on a base that goes: libevent's warnings about it
	 * are not shown. */
	event_set_log_callback(discard_libevent_log);
	event_base_loop(base, EVLOOP_NONBLOCK);
	php_event_log_to_php();
	event_base_free(base);
}

/* Frees the event_base now, or, when one of its loops is running, makes the
 * loop stop and leaves the freeing to that loop's return. Either way the
 * object is "freed" afterwards. */
static void base_release(php_event_base_t *b)
{
	struct event_base *base = b->base;
	if (!base) {
		return;
	}
	b->base = NULL;
	b->deps.base = NULL;
	php_event_dep_list_detach_all(&b->deps);
	if (b->running > 0) {
		php_event_defer_push(&b->on_idle, base_free_settled, base);
		event_base_loopbreak(base);
	} else {
		base_free_settled(base);
	}
}

static void base_free(zend_object *obj)
{
	php_event_base_t *b = php_event_base_from_obj(obj);
	/* Nothing can be running: loop() holds a reference to the object. */
	b->running = 0;
	/* A dependent that its detach frees (its callbacks held the last
	 * reference to it) releases its reference to this object: at request
	 * shutdown PHP counts only one, and it must not reach zero while the
	 * dependents are still being walked. */
	GC_ADDREF(obj);
	base_release(b);
	GC_DELREF(obj);
	php_event_defer_run(&b->on_idle);
	zend_object_std_dtor(obj);
}

ZEND_METHOD(EventBase, __construct)
{
	zval *zcfg = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zcfg, php_event_config_ce)
	ZEND_PARSE_PARAMETERS_END();

	php_event_base_t *b = Z_EVENT_BASE_P(ZEND_THIS);
	if (b->base || php_event_defer_pending(&b->on_idle)) {
		/* A second __construct() keeps the base, silently, as in PECL event. */
		return;
	}
	if (zcfg) {
		struct event_config *cfg = php_event_config_get(zcfg);
		if (!cfg) {
			RETURN_THROWS();
		}
		b->base = event_base_new_with_config(cfg);
	} else {
		b->base = event_base_new();
	}
	b->deps.base = b->base;
	if (!b->base) {
		php_event_throw("EventBase cannot be constructed with the provided configuration. "
			"Make sure that the specified features are supported on the current platform.");
	}
}

ZEND_METHOD(EventBase, __sleep)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventBase, __wakeup)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventBase, getMethod)
{
	struct event_base *base;
	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS());
	RETURN_STRING(event_base_get_method(base));
}

/* A method without parameters that returns what libevent answers for the
 * live base. */
#define BASE_METHOD_RETURNING(name, kind, expr) \
	ZEND_METHOD(EventBase, name) \
	{ \
		struct event_base *base; \
		ZEND_PARSE_PARAMETERS_NONE(); \
		PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS()); \
		RETURN_##kind(expr); \
	}

BASE_METHOD_RETURNING(getFeatures, LONG, event_base_get_features(base))

ZEND_METHOD(EventBase, priorityInit)
{
	struct event_base *base;
	zend_long n;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS());
	/* libevent refuses counts out of 1..EVENT_MAX_PRIORITIES and a base
	 * with active events: both are a documented `false`. It does not see
	 * its own loop running, though: from a callback, the only active event
	 * may be the one being run, and the loop would go on walking the queue
	 * array it just freed. So no change while a loop of this base runs. */
	php_event_base_t *b = Z_EVENT_BASE_P(ZEND_THIS);
	if (n < 1 || n > EVENT_MAX_PRIORITIES || b->running > 0) {
		RETURN_FALSE;
	}
	/* Nor fewer priorities once something was created on the base: its
	 * events keep the priority they were given (by default half the old
	 * count), and libevent aborts when one of them at or above the new
	 * count becomes active. */
	if (n < event_base_get_npriorities(base) && b->deps.head.next != &b->deps.head) {
		RETURN_FALSE;
	}
	RETURN_BOOL(event_base_priority_init(base, (int)n) == 0);
}

void php_event_base_enter(zend_object *base_obj)
{
	/* The callbacks may drop every other reference to the object. */
	GC_ADDREF(base_obj);
	php_event_base_from_obj(base_obj)->running++;
}

void php_event_base_leave(zend_object *base_obj)
{
	php_event_base_t *b = php_event_base_from_obj(base_obj);
	b->running--;
	if (b->running == 0) {
		php_event_defer_run(&b->on_idle);
	}
	OBJ_RELEASE(base_obj);
}

/* Runs the loop of `this` with libevent flags, with the bookkeeping that lets
 * a callback free the base, throw, exit or die inside it. */
static void run_loop(INTERNAL_FUNCTION_PARAMETERS, int flags)
{
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS());

	php_event_base_enter(obj);
	EVENT_G(loop_depth)++;

	int rc = event_base_loop(base, flags);

	EVENT_G(loop_depth)--;
	php_event_base_leave(obj);
	php_event_defer_run_after_loop();

	if (EVENT_G(bailout_pending)) {
		/* A callback died (fatal error): re-raise it now that libevent's
		 * frames are gone. Outer loops re-raise it in turn. */
		if (EVENT_G(loop_depth) == 0) {
			EVENT_G(bailout_pending) = false;
		}
		zend_bailout();
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(rc != -1);
}

ZEND_METHOD(EventBase, loop)
{
	zend_long flags = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	/* Any flags, as PECL event takes them: -1 is none, and libevent
	 * looks only at the bits it knows. */
	if (flags == -1) {
		flags = 0;
	}
	run_loop(INTERNAL_FUNCTION_PARAM_PASSTHRU,
		(int)(flags & (EVLOOP_ONCE | EVLOOP_NONBLOCK | EVLOOP_NO_EXIT_ON_EMPTY)));
}

ZEND_METHOD(EventBase, dispatch)
{
	ZEND_PARSE_PARAMETERS_NONE();
	run_loop(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

ZEND_METHOD(EventBase, exit)
{
	struct event_base *base;
	double timeout = 0.0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS());

	/* Any number of seconds, as PECL event takes it (src/timeout.h). */
	struct timeval tv;
	php_event_seconds_to_timeval(timeout, &tv);
	RETURN_BOOL(event_base_loopexit(base, &tv) == 0);
}

ZEND_METHOD(EventBase, set)
{
	zval *zevent;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zevent, php_event_ce)
	ZEND_PARSE_PARAMETERS_END();
	if (!php_event_base_get(ZEND_THIS)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(php_event_move_to_base(Z_OBJ_P(zevent), ZEND_THIS));
}

BASE_METHOD_RETURNING(stop, BOOL, event_base_loopbreak(base) == 0)

BASE_METHOD_RETURNING(gotStop, BOOL, event_base_got_break(base))

BASE_METHOD_RETURNING(gotExit, BOOL, event_base_got_exit(base))

ZEND_METHOD(EventBase, getTimeOfDayCached)
{
	struct event_base *base;
	struct timeval tv;
	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(base, php_event_base_get(ZEND_THIS), RETURN_THROWS());
	/* Outside a loop there is no cached time: libevent reads the clock. */
	if (event_base_gettimeofday_cached(base, &tv) != 0) {
		php_event_throw("event_base_gettimeofday_cached() failed");
		RETURN_THROWS();
	}
	RETURN_DOUBLE((double)tv.tv_sec + (double)tv.tv_usec / 1e6);
}

BASE_METHOD_RETURNING(reInit, BOOL, event_reinit(base) == 0)

ZEND_METHOD(EventBase, free)
{
	ZEND_PARSE_PARAMETERS_NONE();
	base_release(Z_EVENT_BASE_P(ZEND_THIS));
}

BASE_METHOD_RETURNING(updateCacheTime, BOOL, event_base_update_cache_time(base) == 0)

BASE_METHOD_RETURNING(resume, BOOL, event_base_loopcontinue(base) == 0)

PHP_EVENT_CLASS_MINIT(event_base, php_event_base_ce, EventBase, base_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_base_t, base_create, base_free))
