/*
 * EventListener: accepts connections on a listening socket.
 *
 * Owns: its struct evconnlistener, its accept and error callbacks (with the
 * user data), and a reference to the PHP stream or Socket it listens on.
 * Freed by: free() or the object's end, exactly once. libevent keeps the
 * evconnlistener alive by its own reference count while it is inside the
 * accept callback, so freeing the listener from its callback is safe on
 * the libevent side; on ours, the object is held by a reference for the
 * duration of every PHP callback.
 * If the base or libevent goes first: it is a dependent of the EventBase;
 * `detach` frees the evconnlistener and the object is "freed" (methods
 * warn or throw as PECL event's do, `fd` reads null).
 *
 * When the target is a PHP stream or Socket, that PHP value owns the
 * descriptor: the listener keeps a reference to it (so the descriptor
 * outlives the listener) and never closes it (LEV_OPT_CLOSE_ON_FREE is
 * dropped), so nothing is closed twice.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event_util.h"
#include "src/net.h"

#ifdef HAVE_EVENT_EXTRA_LIB

#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <fcntl.h>

typedef struct {
	struct evconnlistener *listener;   /* NULL when freed or not constructed */
	php_event_cb cb;                   /* new connection */
	php_event_cb errcb;                /* accept() failed */
	zval target;                       /* the stream/Socket listened on, or UNDEF */
	php_event_dep dep;
	zend_object std;
} php_event_listener_t;

static zend_object_handlers listener_handlers;

PHP_EVENT_FROM_OBJ(php_event_listener_t, listener)

#define Z_EVENT_LISTENER_P(zv) php_event_listener_from_obj(Z_OBJ_P(zv))

/* The live listener of $this, or NULL after PECL event's warning for a freed
 * (or never set up) listener; the method then returns false. */
static php_event_listener_t *listener_live(zval *zthis)
{
	php_event_listener_t *l = Z_EVENT_LISTENER_P(zthis);
	if (l->listener == NULL) {
		php_error_docref(NULL, E_WARNING, "EventListener is not initialized");
		return NULL;
	}
	return l;
}

/* {{{ Freeing */

static void listener_free_struct(php_event_listener_t *l)
{
	PHP_EVENT_FREE_CLEAR(l->listener, evconnlistener_free);
}

/* The EventBase is being freed: drop the listener, keep the callbacks
 * (released with the object). */
static void listener_detach(php_event_dep *dep)
{
	php_event_listener_t *l = PHP_EVENT_DEP_OWNER(php_event_listener_t, dep);
	listener_free_struct(l);
}

static void listener_release_values(php_event_listener_t *l)
{
	php_event_cb_clear(&l->cb);
	php_event_cb_clear(&l->errcb);
	zval_ptr_dtor(&l->target);
	ZVAL_UNDEF(&l->target);
}

static void listener_free_obj(zend_object *obj)
{
	php_event_listener_t *l = php_event_listener_from_obj(obj);
	listener_free_struct(l);
	listener_release_values(l);
	php_event_dep_release(&l->dep);
	zend_object_std_dtor(obj);
}

static zend_object *listener_create(zend_class_entry *ce)
{
	php_event_listener_t *l = PHP_EVENT_ALLOC_OBJECT(php_event_listener_t, ce, &listener_handlers);
	ZVAL_UNDEF(&l->cb.func);
	ZVAL_UNDEF(&l->errcb.func);
	ZVAL_UNDEF(&l->target);
	return &l->std;
}

PHP_EVENT_GET_GC(listener_get_gc, php_event_listener_t, l)
{
	php_event_cb_gc(&l->cb, buf);
	php_event_cb_gc(&l->errcb, buf);
	zend_get_gc_buffer_add_zval(buf, &l->target);
	if (l->dep.base_obj) {
		zend_get_gc_buffer_add_obj(buf, l->dep.base_obj);
	}
}

/* }}} */

/* {{{ libevent callbacks */

static struct event_base *listener_loop_base(php_event_listener_t *l)
{
	return php_event_dep_base(&l->dep);
}

static void listener_accept_cb(struct evconnlistener *lev, evutil_socket_t fd, struct sockaddr *addr, int socklen, void *ptr)
{
	php_event_listener_t *l = ptr;
	struct event_base *base = listener_loop_base(l);
	zval argv[4];

	if (!php_event_cb_isset(&l->cb) || php_event_cb_blocked()) {
		/* Nobody can take the new connection: do not leak it. */
		evutil_closesocket(fd);
		if (base && !EVENT_G(shutting_down)) {
			event_base_loopbreak(base);
		}
		return;
	}

	ZVAL_OBJ_COPY(&argv[0], &l->std);       /* also holds the object during the call */
	ZVAL_LONG(&argv[1], fd);
	array_init_size(&argv[2], 2);
	{
		zval host, port;
		if (addr && socklen > 0 && php_event_sockaddr_to_zvals(addr, (socklen_t)socklen, &host, &port)) {
			add_next_index_zval(&argv[2], &host);
			add_next_index_zval(&argv[2], &port);
		}
	}
	php_event_cb_copy_arg(&l->cb, &argv[3]);

	evutil_socket_t outer_fd = EVENT_G(accepted_fd);
	EVENT_G(accepted_fd) = fd;
	php_event_cb_call(&l->cb, 4, argv, NULL, base);
	bool untaken = EVENT_G(accepted_fd) == fd;
	EVENT_G(accepted_fd) = outer_fd;
	if (EG(exception)) {
		/* As in PECL event, a listener whose callback threw stops
		 * accepting until enable(): libevent's accept loop ends here, and
		 * the connections behind this one wait in the backlog instead of
		 * being accepted while no callback can take them. */
		if (l->listener) {
			evconnlistener_disable(l->listener);
		}
		/* A connection the callback made no bufferevent or Socket on is
		 * closed, as in PECL event: the script will not see its number
		 * again. (PECL closes it under such an owner too, which then
		 * closes whatever descriptor gets that number next.) */
		if (untaken) {
			evutil_closesocket(fd);
		}
	}

	zval_ptr_dtor(&argv[3]);
	zval_ptr_dtor(&argv[2]);
	zval_ptr_dtor(&argv[0]);   /* may free the object: not touched after this */
}

static void listener_error_cb(struct evconnlistener *lev, void *ptr)
{
	php_event_listener_t *l = ptr;
	struct event_base *base = listener_loop_base(l);
	zval argv[2];

	if (!php_event_cb_isset(&l->errcb)) {
		return;
	}
	ZVAL_OBJ_COPY(&argv[0], &l->std);
	/* The error callback gets the user data of the accept callback. */
	php_event_cb_copy_arg(&l->cb, &argv[1]);
	php_event_cb_call(&l->errcb, 2, argv, NULL, base);
	zval_ptr_dtor(&argv[1]);
	zval_ptr_dtor(&argv[0]);
}

/* }}} */

/* {{{ Construction */

/* Binds and listens on an address string: "unix:/path" (any case), or
 * "host:port" / "[ipv6]:port" as PHP's own parser reads them (a host name
 * is resolved). NULL after throwing PECL event's exceptions. */
static struct evconnlistener *listen_on_address(struct event_base *base, php_event_listener_t *l,
	unsigned flags, int backlog, zend_string *target)
{
	struct sockaddr_storage ss;
	socklen_t ss_len = sizeof(ss);
	int un_len;

	memset(&ss, 0, sizeof(ss));
	if (php_event_unix_sockaddr(ZSTR_VAL(target), ZSTR_LEN(target), true, &ss, &un_len)) {
		ss_len = (socklen_t)un_len;
	} else if (php_network_parse_network_address_with_port(ZSTR_VAL(target), ZSTR_LEN(target),
			(struct sockaddr *)&ss, &ss_len) != SUCCESS) {
		zend_throw_exception_ex(zend_ce_exception, 0, "Failed to parse network address %s", ZSTR_VAL(target));
		return NULL;
	}

	struct evconnlistener *lev = evconnlistener_new_bind(base, listener_accept_cb, l, flags, backlog,
		(struct sockaddr *)&ss, (int)ss_len);
	if (lev == NULL) {
		zend_throw_exception(zend_ce_exception, "Failed to allocate listener", 0);
	}
	return lev;
}

/* libevent accepts in a loop until accept() would block, so a blocking
 * listening socket would hang the loop after the first connection. Tell
 * the owning stream or Socket too, so that its own idea of the mode is
 * right. */
static void make_listening_fd_nonblocking(zval *target, evutil_socket_t fd, unsigned flags)
{
	if (Z_TYPE_P(target) == IS_RESOURCE) {
		php_stream *stream;
		php_stream_from_zval_no_verify(stream, target);
		if (stream) {
			php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, 0, NULL);
		}
	}
#ifdef PHP_EVENT_SOCKETS
	if (Z_TYPE_P(target) == IS_OBJECT) {
		Z_SOCKET_P(target)->blocking = 0;
	}
#endif
	/* A descriptor that is not open fails in evconnlistener_new() with
	 * PECL event's exception; before it, libevent's warning where PECL
	 * makes the socket non-blocking too (a flag other than
	 * LEAVE_SOCKETS_BLOCKING), silence elsewhere. */
	if (flags & ~LEV_OPT_LEAVE_SOCKETS_BLOCKING) {
		(void)evutil_make_socket_nonblocking(fd);
	} else {
		php_event_fd_set_nonblocking_quietly(fd);
	}
}

/* Listens on a descriptor the script gave; NULL after throwing. */
static struct evconnlistener *listen_on_fd(struct event_base *base, php_event_listener_t *l,
	unsigned flags, int backlog, zval *target)
{
	evutil_socket_t fd = php_event_util_fd_of(target);
	if (fd < 0) {
		return NULL;
	}
	make_listening_fd_nonblocking(target, fd, flags);
	if (Z_TYPE_P(target) != IS_LONG) {
		/* The stream or Socket closes its descriptor itself. */
		flags &= ~LEV_OPT_CLOSE_ON_FREE;
	}
	struct evconnlistener *lev = evconnlistener_new(base, listener_accept_cb, l, flags, backlog, fd);
	if (lev == NULL) {
		zend_throw_exception(zend_ce_exception, "Failed to allocate listener", 0);
		return NULL;
	}
	if (Z_TYPE_P(target) != IS_LONG) {
		ZVAL_COPY(&l->target, target);
	}
	return lev;
}

ZEND_METHOD(EventListener, __construct)
{
	zval *zbase, *zcb, *zdata, *ztarget;
	zend_long flags, backlog;

	/* The callable is taken unchecked, as PECL event does (it may be
	 * defined later; one never callable is not called). */
	ZEND_PARSE_PARAMETERS_START(6, 6)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_ZVAL(zcb)
		Z_PARAM_ZVAL(zdata)
		Z_PARAM_LONG(flags)
		Z_PARAM_LONG(backlog)
		Z_PARAM_ZVAL(ztarget)
	ZEND_PARSE_PARAMETERS_END();

	php_event_listener_t *l = Z_EVENT_LISTENER_P(ZEND_THIS);
	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(zbase), RETURN_THROWS());
	if (l->listener) {
		/* Constructed again: PECL event starts a new listener; the old
		 * one is closed rather than leaked. */
		listener_free_struct(l);
		php_event_dep_release(&l->dep);
		listener_release_values(l);
	}

	ZVAL_DEREF(ztarget);
	struct evconnlistener *lev;
	unsigned uflags = (unsigned)php_event_c_int(flags);
	/* -1, "libevent picks a good value": libevent would pick 128, which
	 * drops connects that arrive while the loop is busy for a moment. */
	int ibacklog = backlog == -1 ? php_event_max_backlog() : php_event_c_int(backlog);
	if (Z_TYPE_P(ztarget) == IS_STRING) {
		lev = listen_on_address(base, l, uflags, ibacklog, Z_STR_P(ztarget));
	} else {
		lev = listen_on_fd(base, l, uflags, ibacklog, ztarget);
	}
	if (lev == NULL) {
		/* A closed or failed Socket: PECL event leaves the object
		 * unset up, without a word; its methods then warn. */
		return;
	}

	l->listener = lev;
	php_event_cb_set_lazy(&l->cb, zcb, zdata);
	php_event_base_attach(&l->dep, Z_OBJ_P(zbase), listener_detach);
}

/* }}} */

ZEND_METHOD(EventListener, __sleep)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventListener, __wakeup)
{
	php_event_refuse_serialization(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EventListener, free)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_event_listener_t *l = Z_EVENT_LISTENER_P(ZEND_THIS);
	listener_free_struct(l);
	php_event_dep_unlink(&l->dep);
	/* Break reference cycles through the callbacks now; a callback that
	 * is running keeps its own copy. */
	listener_release_values(l);
}

ZEND_METHOD(EventListener, enable)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_event_listener_t *l;
	PHP_EVENT_LIVE(l, listener_live(ZEND_THIS), RETURN_FALSE);
	RETURN_BOOL(evconnlistener_enable(l->listener) == 0);
}

ZEND_METHOD(EventListener, disable)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_event_listener_t *l;
	PHP_EVENT_LIVE(l, listener_live(ZEND_THIS), RETURN_FALSE);
	RETURN_BOOL(evconnlistener_disable(l->listener) == 0);
}

ZEND_METHOD(EventListener, setCallback)
{
	PHP_EVENT_PARSE_CALLABLE_ARG(fci, fcc, zarg);

	php_event_listener_t *l;
	PHP_EVENT_LIVE(l, listener_live(ZEND_THIS), RETURN_FALSE);
	/* As documented: a null argument keeps the current user data. */
	php_event_cb_set(&l->cb, &fci, &fcc, zarg && Z_TYPE_P(zarg) != IS_NULL ? zarg : NULL);
}

ZEND_METHOD(EventListener, setErrorCallback)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	php_event_listener_t *l;
	PHP_EVENT_LIVE(l, listener_live(ZEND_THIS), RETURN_FALSE);
	php_event_cb_set(&l->errcb, &fci, &fcc, NULL);
	evconnlistener_set_error_cb(l->listener, listener_error_cb);
}

ZEND_METHOD(EventListener, getBase)
{
	ZEND_PARSE_PARAMETERS_NONE();

	php_event_listener_t *l;
	PHP_EVENT_LIVE(l, listener_live(ZEND_THIS), RETURN_FALSE);
	RETURN_OBJ_COPY(l->dep.base_obj);
}

ZEND_METHOD(EventListener, getSocketName)
{
	zval *zaddr, *zport = NULL;

	/* $port may be left out, as PECL event allows. */
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(zaddr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zport)
	ZEND_PARSE_PARAMETERS_END();

	php_event_listener_t *l;
	PHP_EVENT_LIVE(l, listener_live(ZEND_THIS), RETURN_FALSE);
	RETURN_BOOL(php_event_assign_socket_name(evconnlistener_get_fd(l->listener), zaddr, zport));
}

/* {{{ Properties (src/props.h): `fd`, computed, read-only; NULL once freed
 * (still listed by var_dump(), as in PECL event) */

static bool read_fd(zend_object *obj, zval *rv)
{
	php_event_listener_t *l = php_event_listener_from_obj(obj);
	if (l->listener) {
		ZVAL_LONG(rv, evconnlistener_get_fd(l->listener));
	} else {
		ZVAL_NULL(rv);
	}
	return true;
}

static const php_event_prop listener_props[] = {
	PHP_EVENT_PROP_READONLY("fd", read_fd),
};

/* }}} */

PHP_EVENT_CLASS_MINIT(event_listener, php_event_listener_ce, EventListener, listener_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_listener_t, listener_create, listener_free_obj),
	.get_gc = listener_get_gc, PHP_EVENT_SPEC_PROPS(listener_props))

#endif
