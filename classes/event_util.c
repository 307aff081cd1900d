/*
 * EventUtil: static helpers around sockets (names, options, errors, file
 * descriptors). Never instantiated.
 *
 * Owns: nothing (no libevent struct, no PHP value).
 * Freed by: nothing to free.
 * If the base or libevent goes first: nothing to do.
 *
 * createSocket() builds an ext/sockets Socket object without linking
 * against ext/sockets: the class entry is looked up at startup (src/fd.c)
 * and only the php_socket layout from its header is used. The Socket then
 * owns the descriptor (closing the Socket closes it).
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_util.h"
#include "src/net.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <fcntl.h>

/* {{{ Socket addresses */

bool php_event_assign_socket_name(evutil_socket_t fd, zval *zaddr_ref, zval *zport_ref)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	zval addr, port;

	memset(&ss, 0, sizeof(ss));
	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		/* PECL event's wording, spelling included. */
		php_error_docref(NULL, E_WARNING, "Unable to retreive socket name, errno: %d", errno);
		return false;
	}
	if (!php_event_sockaddr_to_zvals((struct sockaddr *)&ss, len, &addr, &port)) {
		php_error_docref(NULL, E_WARNING, "Unsupported address family %d", (int)ss.ss_family);
		return false;
	}
	ZEND_TRY_ASSIGN_REF_TMP(zaddr_ref, &addr);
	if (zport_ref) {
		ZEND_TRY_ASSIGN_REF_TMP(zport_ref, &port);
	} else {
		zval_ptr_dtor(&port);
	}
	return true;
}

/* }}} */

/* {{{ Descriptors, as PECL event's EventUtil reads them */

/* The descriptor of a stream resource; -2 after throwing. */
static evutil_socket_t util_stream_fd(zval *z)
{
	php_stream *stream = (php_stream *)zend_fetch_resource2(Z_RES_P(z), NULL, php_file_le_stream(), php_file_le_pstream());
	if (stream == NULL) {
		zend_throw_exception(zend_ce_exception, "valid PHP stream resource expected", 0);
		return -2;
	}
	if (php_stream_is(stream, PHP_STREAM_IS_MEMORY) || php_stream_is(stream, PHP_STREAM_IS_TEMP)) {
		zend_throw_exception(zend_ce_exception, "Cannot fetch file descriptor from memory based stream", 0);
		return -2;
	}
	php_socket_t fd = -1;
	if ((php_stream_can_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL) == SUCCESS
			&& php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void *)&fd, 0) == SUCCESS)
		|| (php_stream_can_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL) == SUCCESS
			&& php_stream_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL, (void *)&fd, 0) == SUCCESS)) {
		if (fd >= 0) {
			return (evutil_socket_t)fd;
		}
	}
	zend_throw_exception(zend_ce_exception, "Invalid file descriptor", 0);
	return -2;
}

evutil_socket_t php_event_util_fd_of(zval *z)
{
	ZVAL_DEREF(z);
	if (Z_TYPE_P(z) == IS_RESOURCE) {
		return util_stream_fd(z);
	}
	if (Z_TYPE_P(z) == IS_LONG && Z_LVAL_P(z) >= 0 && Z_LVAL_P(z) <= INT_MAX) {
		return (evutil_socket_t)Z_LVAL_P(z);
	}
#ifdef PHP_EVENT_SOCKETS
	if (Z_TYPE_P(z) == IS_OBJECT && php_event_socket_ce && instanceof_function(Z_OBJCE_P(z), php_event_socket_ce)) {
		php_socket *s = Z_SOCKET_P(z);
		/* A Socket whose last operation failed counts as no descriptor,
		 * except a non-blocking connect() still in progress. */
		if (s->bsd_socket < 0 || (s->error != 0 && (s->blocking || s->error != EINPROGRESS))) {
			return -1;
		}
		return (evutil_socket_t)s->bsd_socket;
	}
#endif
	zend_throw_exception(zend_ce_exception, "Invalid file descriptor", 0);
	return -2;
}

/* }}} */

/* A plain object; having a create handler of its own makes ReflectionClass
 * refuse newInstanceWithoutConstructor(), as for PECL event's class. */
static zend_object *util_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	return obj;
}

zend_class_entry *php_event_util_ce;

PHP_MINIT_FUNCTION(event_util)
{
	php_event_util_ce = register_class_EventUtil();
	php_event_util_ce->create_object = util_create;
	return SUCCESS;
}

ZEND_METHOD(EventUtil, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

/* getLastSocketErrno()/getLastSocketError() report errno, the last error
 * of the thread; given a socket, they first check it is one (false for a
 * closed or failed Socket) as PECL event does. true after writing the
 * error number to *err, false with return_value set. */
static bool last_socket_error(INTERNAL_FUNCTION_PARAMETERS, int *err)
{
	zval *zsock = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zsock)
	ZEND_PARSE_PARAMETERS_END_EX(return false);

	*err = EVUTIL_SOCKET_ERROR();
	if (zsock == NULL || Z_TYPE_P(zsock) == IS_NULL) {
		return true;
	}
	/* PECL event takes the low 32 bits of an int as the descriptor: the
	 * number is only checked, never used, so 2^32 is as good as 0. */
	if (Z_TYPE_P(zsock) == IS_LONG && php_event_c_int(Z_LVAL_P(zsock)) >= 0) {
		return true;
	}
	evutil_socket_t fd = php_event_util_fd_of(zsock);
	if (fd < 0) {
		if (fd == -1) {
			ZVAL_FALSE(return_value);
		}
		return false;
	}
	return true;
}

ZEND_METHOD(EventUtil, getLastSocketErrno)
{
	int err;
	if (last_socket_error(INTERNAL_FUNCTION_PARAM_PASSTHRU, &err)) {
		RETURN_LONG(err);
	}
}

ZEND_METHOD(EventUtil, getLastSocketError)
{
	int err;
	if (last_socket_error(INTERNAL_FUNCTION_PARAM_PASSTHRU, &err)) {
		RETURN_STRING(evutil_socket_error_to_string(err));
	}
}

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventUtil, sslRandPoll)
{
	/* Arguments are ignored, as PECL event does. */
	RETURN_BOOL(RAND_poll() == 1);
}
#endif

ZEND_METHOD(EventUtil, getSocketName)
{
	zval *zsock, *zaddr, *zport = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_ZVAL(zsock)
		Z_PARAM_ZVAL(zaddr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zport)
	ZEND_PARSE_PARAMETERS_END();

	evutil_socket_t fd;
	PHP_EVENT_UTIL_FD_OR_RETURN(fd, zsock);
	/* The outputs are filled, as the manual says (PECL event leaves them). */
	RETURN_BOOL(php_event_assign_socket_name(fd, zaddr, zport));
}

ZEND_METHOD(EventUtil, getSocketFd)
{
	zval *zsock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zsock)
	ZEND_PARSE_PARAMETERS_END();

	evutil_socket_t fd = php_event_util_fd_of(zsock);
	if (fd < -1) {
		RETURN_THROWS();
	}
	RETURN_LONG(fd);
}

/* {{{ setSocketOption */

/* An element of an option array; false, with PECL event's warning, when the
 * value is not an array or has no such key. */
static bool option_array_long(zval *optval, const char *key, zend_long *out)
{
	/* An object's properties count as the array, as in PECL event. */
	HashTable *ht = Z_TYPE_P(optval) == IS_ARRAY ? Z_ARRVAL_P(optval)
		: (Z_TYPE_P(optval) == IS_OBJECT ? Z_OBJPROP_P(optval) : NULL);
	zval *v = ht ? zend_hash_str_find_ind(ht, key, strlen(key)) : NULL;
	if (v == NULL) {
		php_error_docref(NULL, E_WARNING, "no key \"%s\" passed in optval", key);
		return false;
	}
	*out = zval_get_long(v);
	return true;
}

ZEND_METHOD(EventUtil, setSocketOption)
{
	zval *zsock, *optval;
	zend_long level, optname;
	const void *val;
	socklen_t val_len;
	struct linger lv;
	struct timeval tv;
	int iv;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_ZVAL(zsock)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(optname)
		Z_PARAM_ZVAL(optval)
	ZEND_PARSE_PARAMETERS_END();

	evutil_socket_t fd;
	PHP_EVENT_UTIL_FD_OR_RETURN(fd, zsock);
	int ilevel = php_event_c_int(level), iname = php_event_c_int(optname);
	ZVAL_DEREF(optval);

	/* As PECL event, the option name alone picks the array forms, at any
	 * level (the kernel then judges the value's size). */
	if (iname == SO_LINGER) {
		zend_long onoff, secs;
		if (!option_array_long(optval, "l_onoff", &onoff) || !option_array_long(optval, "l_linger", &secs)) {
			RETURN_FALSE;
		}
		lv.l_onoff = php_event_c_int(onoff);
		lv.l_linger = php_event_c_int(secs);
		val = &lv;
		val_len = sizeof(lv);
	} else if (iname == SO_RCVTIMEO || iname == SO_SNDTIMEO) {
		zend_long sec, usec;
		if (!option_array_long(optval, "sec", &sec) || !option_array_long(optval, "usec", &usec)) {
			RETURN_FALSE;
		}
		tv.tv_sec = (time_t)sec;
		tv.tv_usec = (suseconds_t)usec;
		val = &tv;
		val_len = sizeof(tv);
	} else {
		iv = php_event_c_int(zval_get_long(optval));
		if (EG(exception)) {
			RETURN_THROWS();
		}
		val = &iv;
		val_len = sizeof(iv);
	}

	if (setsockopt(fd, ilevel, iname, val, val_len) != 0) {
		php_error_docref(NULL, E_WARNING, "Unable to set socket option, errno: %d", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* }}} */

/* As PECL event: a negative fd is refused with a warning; any other number
 * becomes a Socket owning it (cut to a C int), with a warning when it is not
 * a socket (the Socket then has no address family). */
ZEND_METHOD(EventUtil, createSocket)
{
	zend_long fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();

	if (fd < 0) {
		php_error_docref(NULL, E_WARNING, "Invalid file descriptor");
		RETURN_FALSE;
	}
#ifdef PHP_EVENT_SOCKETS
	if (php_event_socket_ce == NULL) {
		php_event_throw("EventUtil::createSocket() needs the sockets extension");
		RETURN_THROWS();
	}
	int ifd = php_event_c_int(fd);

	/* ext/sockets keeps the address family in php_socket.type (its
	 * socket_getsockname() and friends switch on it). */
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	memset(&ss, 0, sizeof(ss));
	if (getsockname(ifd, (struct sockaddr *)&ss, &len) != 0) {
		int err = errno;
		php_error_docref(NULL, E_WARNING, "Unable to obtain socket family [%d]: %s", err, strerror(err));
	}
	int fl = ifd >= 0 ? fcntl(ifd, F_GETFL) : -1;

	object_init_ex(return_value, php_event_socket_ce);
	php_socket *s = Z_SOCKET_P(return_value);
	s->bsd_socket = ifd < 0 ? -1 : ifd;
	s->type = ss.ss_family;
	s->error = 0;
	s->blocking = (fl == -1 || !(fl & O_NONBLOCK)) ? 1 : 0;
	ZVAL_UNDEF(&s->zstream);
	php_event_fd_taken(ifd);
#else
	php_event_throw("EventUtil::createSocket() needs the sockets extension, which this build does not support");
	RETURN_THROWS();
#endif
}
