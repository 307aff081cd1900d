/*
 * EventBufferEvent: a struct bufferevent (a socket, one end of a pair, or an
 * SSL bufferevent made by event_buffer_event_ssl.c).
 *
 * Owns: normally its struct bufferevent, its three callbacks (one $arg), the
 * cached EventBuffer objects of its input and output, and the PHP value it
 * was made on. A bufferevent of an HTTP connection is *borrowed*
 * (`borrowed`): the connection owns it and keeps its own callbacks on it.
 * Freed by: free(), close() or the object's end, exactly once. libevent
 * keeps its own reference while it runs one of our callbacks, so freeing
 * from inside a callback is safe: libevent releases the struct once the
 * callback returned. A borrowed one is only let go of (the connection calls
 * php_event_bevent_disown() before it frees the bufferevent).
 * If the base or libevent goes first: it is a dependent of the EventBase
 * (src/lifetime.h); `detach` frees the bufferevent and the object is
 * "freed".
 *
 * The EventBuffer objects handed out for the input and output buffers are
 * cached (the same object every time). They borrow the bufferevent's
 * evbuffers, so they are disowned before those go away: an owned
 * bufferevent's buffers keep their bytes (the script may still read what
 * arrived), a borrowed one's detach empty (the bytes belong to the live
 * HTTP connection).
 *
 * Once freed, every method throws EventException, except free() itself,
 * which does nothing the second time (scripts commonly free in a callback
 * and again in a destructor). Property reads on a freed object give null
 * (false for allow_ssl_dirty_shutdown).
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_buffer_event.h"
#include "classes/event_base.h"
#include "src/net.h"
#include "classes/event_buffer.h"
#ifdef HAVE_EVENT_EXTRA_LIB
# include "classes/event_dns_base.h"
#endif
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <math.h>

static zend_object_handlers bevent_handlers;

#define BEV_KNOWN_OPTIONS (BEV_OPT_CLOSE_ON_FREE | BEV_OPT_THREADSAFE | BEV_OPT_DEFER_CALLBACKS | BEV_OPT_UNLOCK_CALLBACKS)

/* libevent refused the options (OPT_THREADSAFE without threading support,
 * OPT_UNLOCK_CALLBACKS without OPT_DEFER_CALLBACKS): PECL event's fatal error. */
static void create_failed(void)
{
	php_error_docref(NULL, E_ERROR, "Failed to allocate bufferevent for socket");
}

/* {{{ Lifetime */

/* Detaches a cached EventBuffer from the evbuffer it borrows, and drops
 * our reference to it. */
static void drop_cached_buffer(zval *slot, bool keep_data)
{
	if (Z_ISUNDEF_P(slot)) {
		return;
	}
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_UNDEF(slot);
	php_event_buffer_disown(Z_OBJ(old), keep_data);
	zval_ptr_dtor(&old);
}

/* Releases every PHP value the object holds (callbacks may hold the object
 * itself, so this breaks cycles as soon as the object is freed). */
static void release_php_values(php_event_bevent_t *b)
{
	php_event_cb_clear(&b->readcb);
	php_event_cb_clear(&b->writecb);
	php_event_cb_clear(&b->eventcb);
	zval_ptr_dtor(&b->underlying);
	ZVAL_UNDEF(&b->underlying);
	zval_ptr_dtor(&b->ssl_ctx);
	ZVAL_UNDEF(&b->ssl_ctx);
}

/*
 * Leaves the object "freed": forgets the bufferevent (freeing it unless it
 * is borrowed) and releases the PHP values. The base reference stays until
 * the free handler.
 */
/*
 * A descriptor that came from a PHP stream or Socket belongs to that object:
 * PHP closes it when the stream or Socket goes. Had libevent closed it too
 * (OPT_CLOSE_ON_FREE, close()), the second close could hit an unrelated
 * file that got the same number meanwhile. So the bufferevent keeps the
 * object and closes the descriptor through it: the stream is closed as by
 * fclose(), the Socket as by socket_close().
 */
static void close_fd_owner(php_event_bevent_t *b)
{
	zval *owner = &b->fd_owner;

	if (Z_TYPE_P(owner) == IS_RESOURCE) {
		zend_list_close(Z_RES_P(owner));
	}
#ifdef PHP_EVENT_SOCKETS
	else if (Z_TYPE_P(owner) == IS_OBJECT && php_event_socket_ce
			&& instanceof_function(Z_OBJCE_P(owner), php_event_socket_ce)) {
		php_socket *sock = Z_SOCKET_P(owner);
		if (sock->bsd_socket >= 0) {
			close(sock->bsd_socket);
			sock->bsd_socket = -1;
		}
	}
#endif
}

static void release_fd_owner(php_event_bevent_t *b)
{
	zval_ptr_dtor(&b->fd_owner);
	ZVAL_UNDEF(&b->fd_owner);
	b->close_owner_on_free = false;
}

static void bevent_drop(php_event_bevent_t *b, bool keep_data)
{
	struct bufferevent *bev = b->bev;

	if (bev == NULL) {
		return;
	}
	b->bev = NULL;
	php_event_dep_unlink(&b->dep);
	drop_cached_buffer(&b->input, keep_data);
	drop_cached_buffer(&b->output, keep_data);
	if (!b->borrowed) {
		if (b->unowned_fd >= 0 && bufferevent_getfd(bev) == b->unowned_fd) {
			bufferevent_setfd(bev, -1);
		}
		bufferevent_free(bev);
	}
	b->unowned_fd = -1;
	if (b->close_owner_on_free) {
		close_fd_owner(b);
	}
	release_fd_owner(b);
	release_php_values(b);
}

/* The EventBase is being freed before this object. */
static void bevent_detach(php_event_dep *dep)
{
	php_event_bevent_t *b = PHP_EVENT_DEP_OWNER(php_event_bevent_t, dep);
	/* The callbacks or the argument may hold the last reference to this
	 * object: keep it alive until we are done. */
	GC_ADDREF(&b->std);
	bevent_drop(b, !b->borrowed);
	OBJ_RELEASE(&b->std);
}

static void bevent_free_obj(zend_object *obj)
{
	php_event_bevent_t *b = php_event_bevent_from_obj(obj);

	bevent_drop(b, !b->borrowed);
	release_php_values(b);
	drop_cached_buffer(&b->input, true);
	drop_cached_buffer(&b->output, true);
	php_event_dep_release(&b->dep);
	zend_object_std_dtor(obj);
}

static zend_object *bevent_create_object(zend_class_entry *ce)
{
	php_event_bevent_t *b = PHP_EVENT_ALLOC_OBJECT(php_event_bevent_t, ce, &bevent_handlers);
	b->unowned_fd = -1;
	return &b->std;
}

PHP_EVENT_GET_GC(bevent_get_gc, php_event_bevent_t, b)
{
	php_event_cb_gc(&b->readcb, buf);
	php_event_cb_gc(&b->writecb, buf);
	php_event_cb_gc(&b->eventcb, buf);
	zend_get_gc_buffer_add_zval(buf, &b->input);
	zend_get_gc_buffer_add_zval(buf, &b->output);
	zend_get_gc_buffer_add_zval(buf, &b->ssl_ctx);
	zend_get_gc_buffer_add_zval(buf, &b->underlying);
	zend_get_gc_buffer_add_zval(buf, &b->fd_owner);
}

/* The object of $this; NULL, after PECL event's warning, when it has no
 * bufferevent (freed, or never constructed). */
php_event_bevent_t *php_event_bevent_live(zval *zthis)
{
	php_event_bevent_t *b = Z_EVENT_BEVENT_P(zthis);
	if (b->bev == NULL) {
		php_error_docref(NULL, E_WARNING, "Buffer Event is not initialized");
		return NULL;
	}
	return b;
}


/* }}} */

/* {{{ Callbacks from libevent */

/*
 * Calls one of the PHP callbacks with ($bev[, $events], $arg). The object
 * and the argument are held for the duration of the call, so the callback
 * may free the bufferevent, replace the callbacks or drop the last
 * reference to the object.
 */
static void call_php(php_event_bevent_t *b, php_event_cb *cb, struct bufferevent *bev, bool with_events, short events)
{
	zval argv[3];
	uint32_t argc = 0;

	if (!php_event_cb_isset(cb)) {
		return;
	}
	ZVAL_OBJ_COPY(&argv[argc++], &b->std);
	if (with_events) {
		ZVAL_LONG(&argv[argc++], events);
	}
	php_event_cb_copy_arg(cb, &argv[argc++]);

	php_event_cb_call(cb, argc, argv, NULL, bufferevent_get_base(bev));

	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&argv[i]);
	}
}

static void on_read(struct bufferevent *bev, void *ctx)
{
	php_event_bevent_t *b = ctx;
	call_php(b, &b->readcb, bev, false, 0);
}

static void on_write(struct bufferevent *bev, void *ctx)
{
	php_event_bevent_t *b = ctx;
	call_php(b, &b->writecb, bev, false, 0);
}

static void on_event(struct bufferevent *bev, short events, void *ctx)
{
	php_event_bevent_t *b = ctx;
	call_php(b, &b->eventcb, bev, true, events);
}

/* Tells libevent which of the PHP callbacks exist. Never on a borrowed
 * bufferevent: evhttp's own callbacks must stay. */
static void install_callbacks(php_event_bevent_t *b)
{
	if (b->bev == NULL || b->borrowed) {
		return;
	}
	bufferevent_setcb(b->bev,
		php_event_cb_isset(&b->readcb) ? on_read : NULL,
		php_event_cb_isset(&b->writecb) ? on_write : NULL,
		php_event_cb_isset(&b->eventcb) ? on_event : NULL,
		b);
}

/* }}} */

/* {{{ Interface for other classes */

php_event_bevent_t *php_event_bevent_create(zval *return_value, zend_object *base_obj, struct bufferevent *bev)
{
	zend_object *obj = bevent_create_object(php_event_buffer_event_ce);
	php_event_bevent_t *b = php_event_bevent_from_obj(obj);

	b->bev = bev;
	php_event_base_attach(&b->dep, base_obj, bevent_detach);
	install_callbacks(b);
	RETVAL_OBJ(obj);
	return b;
}

zend_object *php_event_bevent_wrap_borrowed(struct bufferevent *bev, zend_object *base_obj)
{
	zend_object *obj = bevent_create_object(php_event_buffer_event_ce);
	php_event_bevent_t *b = php_event_bevent_from_obj(obj);

	b->bev = bev;
	b->borrowed = true;
	php_event_base_attach(&b->dep, base_obj, bevent_detach);
	return obj;
}

void php_event_bevent_disown(zend_object *obj)
{
	php_event_bevent_t *b = php_event_bevent_from_obj(obj);
	/* The owner frees the struct; we only let go of it. The buffers keep
	 * what they hold, so a script holding them still sees the data. */
	b->borrowed = true;
	bevent_drop(b, true);
}

/* }}} */

/* {{{ Argument checks */

/* An events mask as libevent's short, the way PECL event passes any int. */
static short as_events(zend_long events)
{
	return (short)(uint16_t)(zend_ulong)events;
}

/*
 * A timeout as PECL event takes it: 0 is none; any other number goes by the
 * rule of every other timeout (src/timeout.h): a huge or infinite one is
 * clamped, and a negative one or NAN is a deadline in the past, which
 * libevent reports in the next loop step, before any reading or writing,
 * and the earlier deadline first (NAN, PECL's most negative time, before
 * -1), as under PECL event. (-1e-7 is no earlier than now, and libevent's
 * coarse clock can take milliseconds to pass a deadline just ahead.) PECL
 * gives libevent a negative microsecond count for -0.5, which aborts
 * libevent; here it is half a second in the past.
 */
static struct timeval *to_timeval(double t, struct timeval *tv)
{
	if (t == 0) {
		return NULL;
	}
	php_event_seconds_to_timeval(t, tv);
	if (t > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) {
		/* A positive timeout must not mean "none"; a negative one that is 0
		 * to the microsecond (-1e-9) is none, as PECL event passes it. */
		tv->tv_usec = 1;
	}
	return tv;
}

/*
 * Parses connect()'s address as a C string (up to a NUL byte, as PECL event
 * reads it): "unix:path" (prefix in any case), or an IP address with an
 * optional port in the forms evutil_parse_sockaddr_port() knows. Warns
 * with PECL event's text and returns false for anything else.
 */
static bool parse_connect_addr(const char *addr, struct sockaddr_storage *ss, int *len)
{
	if (php_event_unix_sockaddr(addr, strlen(addr), false, ss, len)) {
		if (*len == 0) {
			/* PECL event copies it over the end of sun_path. */
			zend_argument_value_error(1, "must contain a UNIX socket path of at most %zu bytes after \"unix:\"",
				sizeof(((struct sockaddr_un *)ss)->sun_path) - 1);
			return false;
		}
		return true;
	}
	memset(ss, 0, sizeof(*ss));
	*len = (int)sizeof(*ss);
	if (evutil_parse_sockaddr_port(addr, (struct sockaddr *)ss, len) != 0) {
		php_error_docref(NULL, E_WARNING, "Failed parsing address: the address is not well-formed, or the port is out of range");
		return false;
	}
	return true;
}

/* }}} */

/* {{{ Methods */

ZEND_METHOD(EventBufferEvent, __construct)
{
	zval *zbase, *zsocket = NULL, *zarg = NULL;
	zend_long options = 0;
	zend_fcall_info fci_r = empty_fcall_info, fci_w = empty_fcall_info, fci_e = empty_fcall_info;
	zend_fcall_info_cache fcc_r = empty_fcall_info_cache, fcc_w = empty_fcall_info_cache, fcc_e = empty_fcall_info_cache;

	ZEND_PARSE_PARAMETERS_START(1, 7)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zsocket)
		Z_PARAM_LONG(options)
		Z_PARAM_FUNC_OR_NULL(fci_r, fcc_r)
		Z_PARAM_FUNC_OR_NULL(fci_w, fcc_w)
		Z_PARAM_FUNC_OR_NULL(fci_e, fcc_e)
		Z_PARAM_ZVAL(zarg)
	ZEND_PARSE_PARAMETERS_END();

	php_event_bevent_t *b = Z_EVENT_BEVENT_P(ZEND_THIS);
	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(zbase), RETURN_THROWS());
	evutil_socket_t fd = -1;
	if (zsocket) {
		fd = php_event_buffer_fd(zsocket, true);
		if (fd == PHP_EVENT_BUFFER_THREW) {
			RETURN_THROWS();
		}
		if (fd == PHP_EVENT_BUFFER_BAD_FD) {
			/* A closed Socket: PECL event leaves the object unconstructed. */
			return;
		}
		php_event_fd_taken(fd);
	}
	/* Constructing again starts over with a new bufferevent, as in PECL
	 * event; the old one goes as by free(). */
	if (b->bev || b->dep.base_obj) {
		bevent_drop(b, !b->borrowed);
		php_event_dep_release(&b->dep);
		b->borrowed = false;
	}
	/* libevent expects a non-blocking socket. A descriptor that is not
	 * open gets its bufferevent anyway, after libevent's warning, as in
	 * PECL event (its I/O then fails with libevent's warnings). */
	if (fd >= 0) {
		(void)evutil_make_socket_nonblocking(fd);
	}
	bool from_object = zsocket && (Z_TYPE_P(zsocket) == IS_RESOURCE || Z_TYPE_P(zsocket) == IS_OBJECT);
	int lib_options = (int)(uint32_t)(zend_ulong)options;
	if (from_object) {
		/* The stream or Socket closes its descriptor itself (close_fd_owner). */
		lib_options &= ~BEV_OPT_CLOSE_ON_FREE;
	}
	struct bufferevent *bev = bufferevent_socket_new(base, fd, lib_options);
	if (bev == NULL) {
		create_failed();
		RETURN_THROWS();
	}

	b->bev = bev;
	if (from_object) {
		ZVAL_COPY(&b->fd_owner, zsocket);
		b->close_owner_on_free = (options & BEV_OPT_CLOSE_ON_FREE) != 0;
	}
	php_event_base_attach(&b->dep, Z_OBJ_P(zbase), bevent_detach);
	php_event_cb_set(&b->readcb, &fci_r, &fcc_r, zarg);
	php_event_cb_set(&b->writecb, &fci_w, &fcc_w, zarg);
	php_event_cb_set(&b->eventcb, &fci_e, &fcc_e, zarg);
	install_callbacks(b);
}

ZEND_METHOD(EventBufferEvent, free)
{
	/* Extra arguments are ignored, as PECL event does (it parses none). */

	php_event_bevent_t *b = Z_EVENT_BEVENT_P(ZEND_THIS);
	/* A borrowed bufferevent stays with its HTTP connection, whose data
	 * this object must not take away. */
	bevent_drop(b, !b->borrowed);
}

ZEND_METHOD(EventBufferEvent, close)
{
	php_event_bevent_t *b;

	/* Extra arguments are ignored, as PECL event does (it parses none). */
	b = Z_EVENT_BEVENT_P(ZEND_THIS);
	if (b->bev == NULL) {
		RETURN_FALSE;
	}

	if (b->borrowed) {
		/* The connection's socket is evhttp's to close. */
		bevent_drop(b, false);
		RETURN_TRUE;
	}
	evutil_socket_t fd = bufferevent_getfd(b->bev);
	if (fd < 0) {
		RETURN_FALSE;
	}
	/* Forget the descriptor first, so that libevent stops watching it and
	 * BEV_OPT_CLOSE_ON_FREE cannot close it (or its next owner) again. */
	bufferevent_setfd(b->bev, -1);
	if (Z_TYPE(b->fd_owner) != IS_UNDEF) {
		close_fd_owner(b);
		release_fd_owner(b);
	} else if (fd != b->unowned_fd) {
		evutil_closesocket(fd);
	}
	RETURN_TRUE;
}

/*
 * bufferevent_socket_connect() / _connect_hostname() run the event callback
 * before they return when the connection fails at once (an address of the
 * wrong family for the socket, a numeric host that fails): the callback may
 * free the EventBase, or drop the last reference to this object, while
 * libevent still uses both. With a hostname, connects to it, else to sa.
 */
static bool connect_call(php_event_bevent_t *b, struct sockaddr *sa, int salen,
	struct evdns_base *dns, const char *hostname, int family, int port)
{
	zend_object *base_obj = b->dep.base_obj;
	int rc;

	GC_ADDREF(&b->std);
	if (base_obj) {
		php_event_base_enter(base_obj);
	}
	if (hostname) {
		rc = bufferevent_socket_connect_hostname(b->bev, dns, family, hostname, port);
	} else {
		rc = bufferevent_socket_connect(b->bev, sa, salen);
	}
	if (base_obj) {
		php_event_base_leave(base_obj);
	}
	OBJ_RELEASE(&b->std);
	return rc == 0;
}

ZEND_METHOD(EventBufferEvent, connect)
{
	php_event_bevent_t *b;
	zend_string *addr;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(addr)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	struct sockaddr_storage ss;
	int len;
	if (!parse_connect_addr(ZSTR_VAL(addr), &ss, &len)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_BOOL(connect_call(b, (struct sockaddr *)&ss, len, NULL, NULL, 0, 0));
}

ZEND_METHOD(EventBufferEvent, connectHost)
{
	php_event_bevent_t *b;
	zval *zdns = NULL;
	zend_string *hostname;
	zend_long port, family = AF_UNSPEC;

	ZEND_PARSE_PARAMETERS_START(3, 4)
#ifdef HAVE_EVENT_EXTRA_LIB
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zdns, php_event_dns_base_ce)
#else
		Z_PARAM_ZVAL(zdns)
#endif
		Z_PARAM_STR(hostname)
		Z_PARAM_LONG(port)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(family)
	ZEND_PARSE_PARAMETERS_END();
	/* PECL event's check, first of all: bits other than those of AF_INET
	 * and AF_INET6 (so 8 passes, and libevent's lookup refuses it). */
	if (family & ~(zend_long)(AF_INET | AF_INET6 | AF_UNSPEC)) {
		php_error_docref(NULL, E_WARNING, "Invalid address family specified");
		RETURN_FALSE;
	}
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	struct evdns_base *dns = NULL;
#ifdef HAVE_EVENT_EXTRA_LIB
	if (zdns) {
		bool failed = false;
		dns = php_event_dns_base_get(zdns, &failed);
		if (failed) {
			RETURN_THROWS();
		}
		/* The lookup ends in the DNS base's loop, where libevent then
		 * connects the bufferevent: on another base, maybe one freed by
		 * then. */
		if (dns && php_event_dns_base_owner(zdns) != b->dep.base_obj) {
			zend_argument_value_error(1, "must belong to the EventBase of the buffer event");
			RETURN_THROWS();
		}
	}
#else
	if (Z_TYPE_P(zdns) != IS_NULL) {
		zend_argument_type_error(1, "must be null: this build has no EventDnsBase");
		RETURN_THROWS();
	}
#endif
	/* libevent refuses ports outside 1..65535 (false); keep the value an
	 * int it can check. */
	if (port < INT_MIN || port > INT_MAX) {
		port = -1;
	}
	RETURN_BOOL(connect_call(b, NULL, 0, dns, ZSTR_VAL(hostname), (int)family, (int)port));
}

ZEND_METHOD(EventBufferEvent, getDnsErrorString)
{
	php_event_bevent_t *b;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	int err = bufferevent_socket_get_dns_error(b->bev);
	if (err == 0) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRING(evutil_gai_strerror(err));
}

ZEND_METHOD(EventBufferEvent, setCallbacks)
{
	php_event_bevent_t *b;
	zval *zarg = NULL;
	zend_fcall_info fci_r = empty_fcall_info, fci_w = empty_fcall_info, fci_e = empty_fcall_info;
	zend_fcall_info_cache fcc_r = empty_fcall_info_cache, fcc_w = empty_fcall_info_cache, fcc_e = empty_fcall_info_cache;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_FUNC_OR_NULL(fci_r, fcc_r)
		Z_PARAM_FUNC_OR_NULL(fci_w, fcc_w)
		Z_PARAM_FUNC_OR_NULL(fci_e, fcc_e)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL_OR_NULL(zarg)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	if (b->borrowed) {
		php_event_throw("The callbacks of an HTTP connection's buffer event cannot be replaced");
		RETURN_THROWS();
	}
	/* Each callback is called with the one $arg, replaced only by a value:
	 * setCallbacks($r, $w, $e) and setCallbacks($r, $w, $e, null) keep it,
	 * as in PECL event. */
	php_event_cb_set(&b->readcb, &fci_r, &fcc_r, zarg);
	php_event_cb_set(&b->writecb, &fci_w, &fcc_w, zarg);
	php_event_cb_set(&b->eventcb, &fci_e, &fcc_e, zarg);
	/* Releasing the old callables may have run a destructor that freed us. */
	install_callbacks(b);
}

/* enable()/disable(): `op` with a checked events mask. */
static void events_op(INTERNAL_FUNCTION_PARAMETERS, int (*op)(struct bufferevent *, short))
{
	php_event_bevent_t *b;
	zend_long events;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(events)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	RETURN_BOOL(op(b->bev, as_events(events)) == 0);
}

ZEND_METHOD(EventBufferEvent, enable)
{
	events_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, bufferevent_enable);
}

ZEND_METHOD(EventBufferEvent, disable)
{
	events_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, bufferevent_disable);
}

ZEND_METHOD(EventBufferEvent, getEnabled)
{
	php_event_bevent_t *b;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	RETURN_LONG(bufferevent_get_enabled(b->bev));
}

/* The cached EventBuffer object for one of the bufferevent's evbuffers. */
static void cached_buffer(zval *slot, struct evbuffer *buf, zval *return_value)
{
	if (Z_ISUNDEF_P(slot)) {
		ZVAL_OBJ(slot, php_event_buffer_wrap(buf, false));
	}
	ZVAL_COPY(return_value, slot);
}

ZEND_METHOD(EventBufferEvent, getInput)
{
	php_event_bevent_t *b;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	cached_buffer(&b->input, bufferevent_get_input(b->bev), return_value);
}

ZEND_METHOD(EventBufferEvent, getOutput)
{
	php_event_bevent_t *b;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	cached_buffer(&b->output, bufferevent_get_output(b->bev), return_value);
}

ZEND_METHOD(EventBufferEvent, setWatermark)
{
	php_event_bevent_t *b;
	zend_long events, lowmark, highmark;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(events)
		Z_PARAM_LONG(lowmark)
		Z_PARAM_LONG(highmark)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	/* Negative marks are cast to size_t, as in PECL event. */
	bufferevent_setwatermark(b->bev, as_events(events), (size_t)(zend_ulong)lowmark, (size_t)(zend_ulong)highmark);
}

ZEND_METHOD(EventBufferEvent, write)
{
	php_event_bevent_t *b;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	RETURN_BOOL(bufferevent_write(b->bev, ZSTR_VAL(data), ZSTR_LEN(data)) == 0);
}

/* writeBuffer()/readBuffer(): moves bytes between the bufferevent and an
 * EventBuffer with `move`. */
static void move_with_buffer(INTERNAL_FUNCTION_PARAMETERS, int (*move)(struct bufferevent *, struct evbuffer *))
{
	php_event_bevent_t *b;
	zval *zbuf;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zbuf, php_event_buffer_ce)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	struct evbuffer *buf;
	PHP_EVENT_LIVE(buf, php_event_buffer_get(zbuf), RETURN_THROWS());
	RETURN_BOOL(move(b->bev, buf) == 0);
}

ZEND_METHOD(EventBufferEvent, writeBuffer)
{
	move_with_buffer(INTERNAL_FUNCTION_PARAM_PASSTHRU, bufferevent_write_buffer);
}

ZEND_METHOD(EventBufferEvent, read)
{
	php_event_bevent_t *b;
	zend_long size;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	if (size < 0) {
		RETURN_NULL(); /* PECL event: before the bufferevent is looked at */
	}
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	/* NULL when nothing is read (PECL event); never allocate more than
	 * there is to read. */
	size_t avail = evbuffer_get_length(bufferevent_get_input(b->bev));
	size_t want = (zend_ulong)size < avail ? (size_t)size : avail;
	if (want == 0) {
		RETURN_NULL();
	}
	zend_string *s = zend_string_alloc(want, 0);
	size_t n = bufferevent_read(b->bev, ZSTR_VAL(s), want);
	if (n == (size_t)-1) {
		zend_string_efree(s);
		RETURN_NULL();
	}
	if (n == 0) {
		zend_string_efree(s);
		RETURN_NULL();
	}
	if (n < want) {
		s = zend_string_truncate(s, n, 0);
	}
	ZSTR_VAL(s)[n] = '\0';
	RETURN_NEW_STR(s);
}

ZEND_METHOD(EventBufferEvent, readBuffer)
{
	move_with_buffer(INTERNAL_FUNCTION_PARAM_PASSTHRU, bufferevent_read_buffer);
}

ZEND_METHOD(EventBufferEvent, createPair)
{
	zval *zbase;
	zend_long options = 0;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(options)
	ZEND_PARSE_PARAMETERS_END();

	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(zbase), RETURN_THROWS());
	struct bufferevent *pair[2];
	if (bufferevent_pair_new(base, (int)(uint32_t)(zend_ulong)options, pair) != 0) {
		RETURN_FALSE;
	}

	array_init_size(return_value, 2);
	for (int i = 0; i < 2; i++) {
		zval zb;
		php_event_bevent_create(&zb, Z_OBJ_P(zbase), pair[i]);
		add_next_index_zval(return_value, &zb);
	}
}

ZEND_METHOD(EventBufferEvent, setPriority)
{
	php_event_bevent_t *b;
	zend_long priority;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(priority)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	/* Taken as a C int, as in PECL event. Fails (false) for a priority
	 * the base was not initialised with, and for bufferevents that are not
	 * socket-based. */
	RETURN_BOOL(bufferevent_priority_set(b->bev, php_event_c_int(priority)) == 0);
}

ZEND_METHOD(EventBufferEvent, setTimeouts)
{
	php_event_bevent_t *b;
	double t_read, t_write;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_DOUBLE(t_read)
		Z_PARAM_DOUBLE(t_write)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(b, php_event_bevent_live(ZEND_THIS), RETURN_FALSE);

	struct timeval tv_r, tv_w;
	RETURN_BOOL(bufferevent_set_timeouts(b->bev, to_timeval(t_read, &tv_r), to_timeval(t_write, &tv_w)) == 0);
}

/* }}} */

/* {{{ Properties (src/props.h): computed from the bufferevent. Once freed,
 * $priority reads NULL and $allow_ssl_dirty_shutdown false, and the others
 * have no value, as in PECL event. */

/* The bufferevent of obj; NULL once freed (or never constructed). */
static struct bufferevent *bev_of(zend_object *obj)
{
	return php_event_bevent_from_obj(obj)->bev;
}

static bool read_fd(zend_object *obj, zval *rv)
{
	struct bufferevent *bev = bev_of(obj);
	if (bev) {
		evutil_socket_t fd = bufferevent_getfd(bev);
		if (fd < 0) {
			ZVAL_NULL(rv);
		} else {
			ZVAL_LONG(rv, fd);
		}
	}
	return bev != NULL;
}

/* PECL event's $priority is write-only: it reads NULL. */
static bool read_priority(zend_object *obj, zval *rv)
{
	ZVAL_NULL(rv);
	return true;
}

/* Taken as a C int, as in PECL event; ignored once freed. */
static void write_priority(zend_object *obj, zval *value)
{
	struct bufferevent *bev = bev_of(obj);
	if (bev) {
		zend_long pri = zval_get_long(value);
		(void)bufferevent_priority_set(bev, php_event_c_int(pri));
	}
}

static bool read_buffer(zend_object *obj, zval *rv, bool output)
{
	php_event_bevent_t *b = php_event_bevent_from_obj(obj);
	if (b->bev) {
		cached_buffer(output ? &b->output : &b->input,
			output ? bufferevent_get_output(b->bev) : bufferevent_get_input(b->bev), rv);
	}
	return b->bev != NULL;
}

static bool read_input(zend_object *obj, zval *rv)
{
	return read_buffer(obj, rv, false);
}

static bool read_output(zend_object *obj, zval *rv)
{
	return read_buffer(obj, rv, true);
}

#ifdef HAVE_EVENT_OPENSSL_LIB
static bool is_ssl(struct bufferevent *bev)
{
	return bufferevent_openssl_get_ssl(bev) != NULL;
}
#endif

/* A bufferevent that is not SSL reads true: what libevent answers for it
 * (-1), as PECL event shows it. */
static bool read_dirty_shutdown(zend_object *obj, zval *rv)
{
	struct bufferevent *bev = bev_of(obj);
	if (bev == NULL) {
		ZVAL_FALSE(rv);
		return true;
	}
#ifdef HAVE_EVENT_OPENSSL_LIB
	if (is_ssl(bev)) {
		ZVAL_BOOL(rv, bufferevent_openssl_get_allow_dirty_shutdown(bev));
		return true;
	}
#endif
	ZVAL_TRUE(rv);
	return true;
}

/* Set where it means something (an SSL bufferevent), silently ignored
 * otherwise. */
static void write_dirty_shutdown(zend_object *obj, zval *value)
{
#ifdef HAVE_EVENT_OPENSSL_LIB
	struct bufferevent *bev = bev_of(obj);
	if (bev && is_ssl(bev)) {
		bufferevent_openssl_set_allow_dirty_shutdown(bev, zend_is_true(value));
	}
#else
	(void)obj;
	(void)value;
#endif
}

static const php_event_prop bevent_props[] = {
	{ "priority", read_priority, write_priority, NULL },
	PHP_EVENT_PROP_READONLY("fd", read_fd),
	PHP_EVENT_PROP_READONLY("input", read_input),
	PHP_EVENT_PROP_READONLY("output", read_output),
	{ "allow_ssl_dirty_shutdown", read_dirty_shutdown, write_dirty_shutdown, NULL },
};

/* }}} */

PHP_EVENT_CLASS_MINIT(event_buffer_event, php_event_buffer_event_ce, EventBufferEvent, bevent_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_bevent_t, bevent_create_object, bevent_free_obj),
	.get_gc = bevent_get_gc, PHP_EVENT_SPEC_PROPS(bevent_props))
