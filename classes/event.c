/*
 * Event: one libevent event (fd readiness, timer or signal) and its PHP callback.
 *
 * Owns: its struct event (event_new() in the constructor or a factory), its
 * callback with the stream given as $fd, and $data.
 * Freed by: free() or the object's end (event_free()).
 * If the base or libevent goes first: the Event is a dependent of its
 * EventBase (src/lifetime.h); event_detach() frees the struct event and
 * releases the callback, and the object is left "freed" (its methods warn
 * and return false, as PECL event's do).
 *
 * While the callback runs, the object holds an extra reference to itself, so
 * a callback that drops the last reference to its Event, calls free() on it,
 * or frees its EventBase, leaves nothing dangling: libevent allows a struct
 * event to be freed from its own callback.
 *
 * Properties (src/props.h): $pending is computed on every read (read-only);
 * $data is the callback's $arg, kept in the struct, so writing it changes
 * what the next callback receives. It is a property of its own rather than
 * the php_event_cb's $arg: it outlives the callback when the base goes. Both
 * have no value once the event is freed (except by its EventBase: then
 * $pending is false and $data stays).
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event.h"
#include "classes/event_util.h"
#include <math.h>
#include <signal.h>

/* Which prototype the callback has (see the manual's "Event callbacks"). */
typedef enum {
	EVENT_CB_GENERIC = 0,   /* cb($fd, $what, $arg): the constructor and set() */
	EVENT_CB_TIMER,         /* cb($arg): Event::timer() and setTimer() */
	EVENT_CB_SIGNAL         /* cb($signum, $arg): Event::signal() */
} event_cb_kind;

typedef struct {
	struct event *ev;       /* NULL once freed */
	php_event_dep dep;      /* link to the EventBase */
	php_event_cb cb;
	zval fd_zv;             /* the stream given as $fd, passed back to the callback; else UNDEF */
	zval data;              /* $data: the callback's $arg */
	event_cb_kind kind;
	bool base_freed;        /* freed with its EventBase: $pending reads false, else NULL once freed */
	zend_object std;
} php_event_t;

static zend_object_handlers event_handlers;

static inline php_event_t *php_event_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_t, obj);
}

#define Z_EVENT_P(zv) php_event_from_obj(Z_OBJ_P(zv))

#define EVENT_PENDING_FLAGS (EV_TIMEOUT | EV_READ | EV_WRITE | EV_SIGNAL)

/* The live Event of `this`, or NULL after the warning PECL event gives
 * for a freed one (`what` is its wording for the method). */
static php_event_t *event_live(zval *zthis, const char *what)
{
	php_event_t *e = Z_EVENT_P(zthis);
	if (!e->ev) {
		php_error_docref(NULL, E_WARNING, "%s", what);
		return NULL;
	}
	return e;
}

#define EVENT_FREED_MSG "Event object is malformed or freed"

/* set()/setTimer(): the live Event of $this (or NULL after PECL event's
 * warning) and, in *base, the live event_base of zbase (or NULL after
 * throwing). */
static php_event_t *event_live_on(zval *zthis, zval *zbase, struct event_base **base)
{
	php_event_t *e = event_live(zthis, EVENT_FREED_MSG);
	if (e && (*base = php_event_base_get(zbase)) == NULL) {
		return NULL;
	}
	return e;
}

static bool event_is_pending(php_event_t *e)
{
	return e->ev && event_pending(e->ev, EVENT_PENDING_FLAGS, NULL);
}

static zval *event_data(php_event_t *e)
{
	return &e->data;
}

/* Into the reference, when a script took one with `$r = &$e->data`. */
static void event_set_data(php_event_t *e, zval *value)
{
	zval *slot = &e->data, old;
	ZVAL_DEREF(slot);
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY(slot, value);
	zval_ptr_dtor(&old);
}

/* ---- the libevent callback ---- */

static void event_fired(evutil_socket_t fd, short what, void *arg)
{
	php_event_t *e = arg;
	zend_object *obj = &e->std;
	struct event_base *loop_base = event_get_base(e->ev);
	zval argv[3];
	uint32_t argc;

	GC_ADDREF(obj);
	switch (e->kind) {
		case EVENT_CB_TIMER:
			ZVAL_COPY_DEREF(&argv[0], event_data(e));
			argc = 1;
			break;
		case EVENT_CB_SIGNAL:
			ZVAL_LONG(&argv[0], fd);
			ZVAL_COPY_DEREF(&argv[1], event_data(e));
			argc = 2;
			break;
		default:
			/* A stream comes back as itself; a Socket, a number and "no
			 * descriptor" (-1, a timer) as the number, as PECL event passes. */
			if (!Z_ISUNDEF(e->fd_zv) && Z_TYPE(e->fd_zv) == IS_RESOURCE) {
				ZVAL_COPY(&argv[0], &e->fd_zv);
			} else {
				ZVAL_LONG(&argv[0], fd);
			}
			ZVAL_LONG(&argv[1], what);
			ZVAL_COPY_DEREF(&argv[2], event_data(e));
			argc = 3;
			break;
	}
	php_event_cb_call(&e->cb, argc, argv, NULL, loop_base);
	if (EG(exception) && e->ev) {
		/* As in PECL event, an event whose callback threw is deleted: a
		 * persistent one does not run again until it is added again. */
		event_del(e->ev);
	}
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&argv[i]);
	}
	OBJ_RELEASE(obj);
}

/* ---- lifetime ---- */

/* Drops what the event holds for its callback (which may be a cycle back to
 * the object itself). Both slots are emptied before anything is released:
 * when the EventBase is freed first (event_detach(), e.g. by the cycle
 * collector), the closure may hold the last reference to this Event, and
 * releasing it frees `e`, which must not be touched afterwards. */
static void event_clear_callback(php_event_t *e)
{
	zval fd;
	ZVAL_COPY_VALUE(&fd, &e->fd_zv);
	ZVAL_UNDEF(&e->fd_zv);
	php_event_cb_clear(&e->cb);     /* may free e */
	zval_ptr_dtor(&fd);
}

static void event_release_struct(php_event_t *e)
{
	PHP_EVENT_FREE_CLEAR(e->ev, event_free);
}

/* The EventBase is being freed: free the struct event now. The base
 * reference is released by free_obj. */
static void event_detach(php_event_dep *dep)
{
	php_event_t *e = PHP_EVENT_DEP_OWNER(php_event_t, dep);
	/* The callback (or the value kept with it) may hold the last
	 * reference to this object: keep it alive until we are done. */
	GC_ADDREF(&e->std);
	e->base_freed = true;
	event_release_struct(e);
	event_clear_callback(e);
	OBJ_RELEASE(&e->std);
}

static zend_object *event_create(zend_class_entry *ce)
{
	php_event_t *e = PHP_EVENT_ALLOC_OBJECT(php_event_t, ce, &event_handlers);
	ZVAL_UNDEF(&e->cb.func);
	ZVAL_UNDEF(&e->fd_zv);
	ZVAL_NULL(&e->data);
	return &e->std;
}

static void event_free_obj(zend_object *obj)
{
	php_event_t *e = php_event_from_obj(obj);
	event_release_struct(e);
	event_clear_callback(e);
	php_event_dep_release(&e->dep);
	zval_ptr_dtor(&e->data);
	zend_object_std_dtor(obj);
}

PHP_EVENT_GET_GC(event_get_gc, php_event_t, e)
{
	php_event_cb_gc(&e->cb, buf);
	zend_get_gc_buffer_add_zval(buf, &e->fd_zv);
	zend_get_gc_buffer_add_zval(buf, &e->data);
	if (e->dep.base_obj) {
		zend_get_gc_buffer_add_obj(buf, e->dep.base_obj);
	}
}

/* ---- properties (src/props.h) ---- */

/* A freed or unconstructed event has neither property, as in PECL event,
 * except one freed with its EventBase (PECL then reads false and $arg). */
static php_event_t *event_with_props(zend_object *obj)
{
	php_event_t *e = php_event_from_obj(obj);
	return e->ev || e->base_freed ? e : NULL;
}

static bool read_pending(zend_object *obj, zval *rv)
{
	php_event_t *e = event_with_props(obj);
	if (e) {
		ZVAL_BOOL(rv, event_is_pending(e));
	}
	return e != NULL;
}

static bool read_data(zend_object *obj, zval *rv)
{
	php_event_t *e = event_with_props(obj);
	if (e) {
		ZVAL_COPY_DEREF(rv, &e->data);
	}
	return e != NULL;
}

/* Ignored once the event is freed, as in PECL event. */
static void write_data(zend_object *obj, zval *value)
{
	php_event_t *e = event_with_props(obj);
	if (e) {
		event_set_data(e, value);
	}
}

static zval *data_ptr(zend_object *obj)
{
	php_event_t *e = event_with_props(obj);
	return e ? &e->data : NULL;
}

static const php_event_prop event_props[] = {
	PHP_EVENT_PROP_READONLY("pending", read_pending),
	{ "data", read_data, write_data, data_ptr },
};

/* ---- argument checks ---- */

/* The flags PECL event takes: Event::CLOSED is not among them. */
#define EVENT_PECL_FLAGS (EV_TIMEOUT | EV_READ | EV_WRITE | EV_SIGNAL | EV_PERSIST | EV_ET)

/* A signal number from $fd, as PECL event reads it (any scalar, as an
 * integer); -1 after the warning it gives for one out of range. */
static evutil_socket_t signum_of(zval *zfd)
{
	zend_long signum = zval_get_long(zfd);
	if (signum < 0 || signum >= NSIG) {
		php_error_docref(NULL, E_WARNING, "Invalid signal passed");
		return -1;
	}
	return (evutil_socket_t)signum;
}

/* A descriptor for an I/O event: what PECL event refuses throws its
 * Exception. -2 after throwing. A resource that is not a stream, and a
 * memory stream, throw PECL's words for them (EventUtil's, as in PECL),
 * which ReactPHP's users see from addReadStream(). */
static evutil_socket_t io_fd_of(zval *zfd)
{
	zval *z = zfd;
	ZVAL_DEREF(z);
	if (Z_TYPE_P(z) == IS_RESOURCE) {
		evutil_socket_t fd = php_event_util_fd_of(z);
		return fd < 0 ? -2 : fd;
	}
	evutil_socket_t fd = php_event_zval_to_fd(zfd, 0);
	if (fd < 0) {
		zend_clear_exception();
		zend_throw_exception(zend_ce_exception, "Invalid file descriptor", 0);
		return -2;
	}
	return fd;
}

/* The callback gets a stream back as itself (anything else as the number). */
static void keep_stream(zval *zfd, zval *keep)
{
	ZVAL_UNDEF(keep);
	ZVAL_DEREF(zfd);
	if (Z_TYPE_P(zfd) == IS_RESOURCE) {
		ZVAL_COPY(keep, zfd);
	}
}

/* ---- construction ---- */

/* Gives a fresh (or freed) Event object its struct event on zbase. Takes
 * ownership of *keep. Returns false after throwing. An event libevent
 * refuses (after its warning) stops the script, as in PECL event. */
static bool event_init(php_event_t *e, zval *zbase, evutil_socket_t fd, short what, event_cb_kind kind,
	zval *zcb, zval *arg, zval *keep)
{
	struct event_base *base = php_event_base_get(zbase);
	if (!base) {
		zval_ptr_dtor(keep);
		return false;
	}
	struct event *ev = event_new(base, fd, what, event_fired, e);
	if (!ev) {
		zval_ptr_dtor(keep);
		php_error_docref(NULL, E_ERROR, "event_new failed");
		return false;
	}
	event_release_struct(e);
	event_clear_callback(e);
	e->ev = ev;
	e->kind = kind;
	e->base_freed = false;
	ZVAL_COPY_VALUE(&e->fd_zv, keep);
	/* Any value, as PECL event takes it (src/callback.h). */
	php_event_cb_set_lazy(&e->cb, zcb, NULL);
	event_set_data(e, arg ? arg : &EG(uninitialized_zval));
	php_event_base_attach(&e->dep, Z_OBJ_P(zbase), event_detach);
	return true;
}

ZEND_METHOD(Event, __construct)
{
	zval *zbase, *zfd, *zcb, *arg = NULL;
	zend_long what;
	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_LONG(what)
		Z_PARAM_ZVAL(zcb)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	/* PECL event warns and leaves the object unconstructed for a bad
	 * mask or signal; a second __construct() rebuilds the event. */
	php_event_t *e = Z_EVENT_P(ZEND_THIS);
	if (what & ~(zend_long)EVENT_PECL_FLAGS) {
		php_error_docref(NULL, E_WARNING, "Invalid mask");
		return;
	}
	zval keep;
	evutil_socket_t fd = -1;
	ZVAL_UNDEF(&keep);
	if (what & EV_SIGNAL) {
		fd = signum_of(zfd);
		if (fd < 0) {
			return;
		}
	} else if (what & EV_TIMEOUT) {
		/* A timer: $fd is not used as a descriptor. */
		keep_stream(zfd, &keep);
	} else {
		fd = io_fd_of(zfd);
		if (fd == -2) {
			RETURN_THROWS();
		}
		keep_stream(zfd, &keep);
	}
	event_init(e, zbase, fd, (short)what, EVENT_CB_GENERIC, zcb, arg, &keep);
}

ZEND_METHOD(Event, timer)
{
	zval *zbase, *zcb, *arg = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_ZVAL(zcb)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_event_base_get(zbase)) {
		RETURN_THROWS();
	}
	zval keep;
	ZVAL_UNDEF(&keep);
	object_init_ex(return_value, php_event_ce);
	if (!event_init(Z_EVENT_P(return_value), zbase, -1, 0, EVENT_CB_TIMER, zcb, arg, &keep)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

ZEND_METHOD(Event, signal)
{
	zval *zbase, *zcb, *arg = NULL;
	zend_long signum;
	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_LONG(signum)
		Z_PARAM_ZVAL(zcb)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	/* PECL event warns and returns false for a signal out of range. */
	if (signum < 0 || signum >= NSIG) {
		php_error_docref(NULL, E_WARNING, "Invalid signal passed");
		RETURN_FALSE;
	}
	if (!php_event_base_get(zbase)) {
		RETURN_THROWS();
	}
	zval keep;
	ZVAL_UNDEF(&keep);
	object_init_ex(return_value, php_event_ce);
	if (!event_init(Z_EVENT_P(return_value), zbase, (evutil_socket_t)signum,
			EV_SIGNAL | EV_PERSIST, EVENT_CB_SIGNAL, zcb, arg, &keep)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

/* ---- re-configuration ---- */

/* event_assign() on the existing struct event, moving the dependent link
 * when the base changes. The event must not be pending. */
static bool event_reassign(php_event_t *e, zval *zbase, struct event_base *base, evutil_socket_t fd, short what)
{
	if (event_assign(e->ev, base, fd, what, event_fired, e) != 0) {
		return false;
	}
	if (e->dep.base_obj != Z_OBJ_P(zbase) || !e->dep.next) {
		php_event_base_attach(&e->dep, Z_OBJ_P(zbase), event_detach);
	}
	return true;
}

ZEND_METHOD(Event, set)
{
	zval *zbase, *zfd, *arg = NULL;
	zend_long what = -1;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(what)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	php_event_t *e;
	struct event_base *base;
	PHP_EVENT_LIVE(e, event_live_on(ZEND_THIS, zbase, &base), PHP_EVENT_RETURN_FALSE_OR_THROWS());
	zval keep;
	evutil_socket_t fd = -1;
	bool same_fd = false;
	ZVAL_UNDEF(&keep);
	if (what != -1) {
		/* $fd must be a descriptor (a timer's included), or a signal
		 * number for Event::SIGNAL. */
		if (what & ~(zend_long)EVENT_PECL_FLAGS) {
			php_error_docref(NULL, E_WARNING, "Invalid events mask");
			RETURN_FALSE;
		}
		if (what & EV_SIGNAL) {
			fd = signum_of(zfd);
			if (fd < 0) {
				RETURN_FALSE;
			}
		} else {
			fd = io_fd_of(zfd);
			if (fd == -2) {
				RETURN_THROWS();
			}
			keep_stream(zfd, &keep);
		}
	} else {
		/* $what -1 (the default), as PECL event: the event keeps its
		 * events; a null $fd keeps its descriptor, any other $fd is not
		 * read as one and leaves it without (-1), though a stream still
		 * comes back to the callback. */
		what = event_get_events(e->ev);
		if (Z_TYPE_P(zfd) == IS_NULL) {
			fd = event_get_fd(e->ev);
			same_fd = true;
		} else {
			keep_stream(zfd, &keep);
		}
	}
	/* libevent forbids re-assigning a pending event. */
	if (event_is_pending(e)) {
		zval_ptr_dtor(&keep);
		php_error_docref(NULL, E_WARNING, "Can't modify pending event");
		RETURN_FALSE;
	}
	if (!event_reassign(e, zbase, base, fd, (short)what)) {
		zval_ptr_dtor(&keep);
		RETURN_FALSE;
	}
	if (!same_fd) {
		if (!Z_ISUNDEF(e->fd_zv)) {
			zval_ptr_dtor(&e->fd_zv);
		}
		ZVAL_COPY_VALUE(&e->fd_zv, &keep);
	}
	e->kind = EVENT_CB_GENERIC;
	if (ZEND_FCI_INITIALIZED(fci)) {
		php_event_cb_set(&e->cb, &fci, &fcc, NULL);
	}
	if (arg) {
		event_set_data(e, arg);
	}
	RETURN_TRUE;
}

ZEND_METHOD(Event, setTimer)
{
	zval *zbase, *arg = NULL;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	php_event_t *e;
	struct event_base *base;
	PHP_EVENT_LIVE(e, event_live_on(ZEND_THIS, zbase, &base), PHP_EVENT_RETURN_FALSE_OR_THROWS());
	if (event_is_pending(e)) {
		php_error_docref(NULL, E_WARNING, "Can't modify pending timer");
		RETURN_FALSE;
	}
	if (!event_reassign(e, zbase, base, -1, 0)) {
		RETURN_FALSE;
	}
	if (!Z_ISUNDEF(e->fd_zv)) {
		zval_ptr_dtor(&e->fd_zv);
		ZVAL_UNDEF(&e->fd_zv);
	}
	e->kind = EVENT_CB_TIMER;
	php_event_cb_set(&e->cb, &fci, &fcc, NULL);
	event_set_data(e, arg ? arg : &EG(uninitialized_zval));
	RETURN_TRUE;
}

bool php_event_move_to_base(zend_object *event_obj, zval *zbase)
{
	php_event_t *e = php_event_from_obj(event_obj);
	if (!e->ev) {
		php_error_docref(NULL, E_WARNING, EVENT_FREED_MSG);
		return false;
	}
	struct event_base *base = php_event_base_get(zbase);
	if (!base) {
		return false;
	}
	if (event_is_pending(e)) {
		php_error_docref(NULL, E_WARNING, "Can't modify pending event");
		return false;
	}
	if (event_base_set(base, e->ev) != 0) {
		return false;
	}
	php_event_base_attach(&e->dep, Z_OBJ_P(zbase), event_detach);
	return true;
}

/* ---- methods ---- */

ZEND_METHOD(Event, free)
{
	/* Extra arguments are ignored, as PECL event does (it parses none). */
	php_event_t *e = Z_EVENT_P(ZEND_THIS);
	e->base_freed = false;
	if (!e->ev) {
		return;
	}
	event_release_struct(e);
	php_event_dep_unlink(&e->dep);
	event_clear_callback(e);
}

ZEND_METHOD(Event, getSupportedMethods)
{
	ZEND_PARSE_PARAMETERS_NONE();
	const char **methods = event_get_supported_methods();
	array_init(return_value);
	for (int i = 0; methods && methods[i]; i++) {
		add_next_index_string(return_value, methods[i]);
	}
}

ZEND_METHOD(Event, add)
{
	double timeout = -1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	php_event_t *e;
	PHP_EVENT_LIVE(e, event_live(ZEND_THIS, "Failed adding event: " EVENT_FREED_MSG), RETURN_FALSE);
	int rc;
	if (timeout == -1) {
		rc = event_add(e->ev, NULL);
	} else {
		/* Any number, as PECL event takes it (src/timeout.h). */
		struct timeval tv;
		php_event_seconds_to_timeval(timeout, &tv);
		rc = event_add(e->ev, &tv);
	}
	if (rc != 0) {
		php_error_docref(NULL, E_WARNING, "Failed adding event");
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(Event, del)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_event_t *e;
	PHP_EVENT_LIVE(e, event_live(ZEND_THIS, "Failed deletting event"), RETURN_FALSE);
	if (event_del(e->ev) != 0) {
		php_error_docref(NULL, E_WARNING, "Failed deletting event");
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(Event, setPriority)
{
	zend_long priority;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(priority)
	ZEND_PARSE_PARAMETERS_END();

	php_event_t *e;
	PHP_EVENT_LIVE(e, event_live(ZEND_THIS, EVENT_FREED_MSG), RETURN_FALSE);
	/* libevent takes a C int: PECL event passes the low 32 bits (2^32 + 1
	 * is priority 1). Out of the base's range, or an active event: libevent
	 * says no. */
	if (event_priority_set(e->ev, php_event_c_int(priority)) != 0) {
		php_error_docref(NULL, E_WARNING, "Unable to set event priority: " ZEND_LONG_FMT, priority);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(Event, pending)
{
	zend_long flags;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	php_event_t *e;
	PHP_EVENT_LIVE(e, event_live(ZEND_THIS, EVENT_FREED_MSG), RETURN_FALSE);
	/* Any mask, as PECL event takes it: libevent looks at the low bits
	 * only (PECL's conversion to short drops the rest). */
	RETURN_BOOL(event_pending(e->ev, (short)(flags & 0xff), NULL) != 0);
}

ZEND_METHOD(Event, removeTimer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_event_t *e;
	PHP_EVENT_LIVE(e, event_live(ZEND_THIS, EVENT_FREED_MSG), RETURN_FALSE);
	RETURN_BOOL(event_remove_timer(e->ev) == 0);
}

PHP_EVENT_CLASS_MINIT(event_event, php_event_ce, Event, event_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_t, event_create, event_free_obj),
	.get_gc = event_get_gc, PHP_EVENT_SPEC_PROPS(event_props))
