/*
 * EventUtil: static helpers around sockets (names, options, errors, file
 * descriptors). It owns no libevent struct and is never instantiated.
 *
 * createSocket() builds an ext/sockets Socket object without linking
 * against ext/sockets: the class entry is looked up at startup (src/fd.c)
 * and only the php_socket layout from its header is used. The Socket then
 * owns the descriptor (closing the Socket closes it).
 */
#include "php_event.h"
#include "classes/event_util.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <fcntl.h>

/* {{{ Socket addresses */

bool php_event_sockaddr_to_zvals(const struct sockaddr *sa, socklen_t len, zval *zaddr, zval *zport)
{
	char buf[INET6_ADDRSTRLEN];

	switch (sa->sa_family) {
		case AF_INET: {
			const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
			if (!inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof(buf))) {
				return false;
			}
			if (zaddr) {
				ZVAL_STRING(zaddr, buf);
			}
			if (zport) {
				ZVAL_LONG(zport, ntohs(sin->sin_port));
			}
			return true;
		}
		case AF_INET6: {
			const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
			if (!inet_ntop(AF_INET6, &sin6->sin6_addr, buf, sizeof(buf))) {
				return false;
			}
			if (zaddr) {
				ZVAL_STRING(zaddr, buf);
			}
			if (zport) {
				ZVAL_LONG(zport, ntohs(sin6->sin6_port));
			}
			return true;
		}
		case AF_UNIX: {
			const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
			/* An unnamed socket (e.g. the client end of an accepted UNIX
			 * connection) has no path at all; an abstract one starts with
			 * NUL. Keep exactly the bytes the kernel returned. */
			size_t off = offsetof(struct sockaddr_un, sun_path);
			size_t plen = len > off ? (size_t)len - off : 0;
			if (plen > sizeof(sun->sun_path)) {
				plen = sizeof(sun->sun_path);
			}
			if (plen > 0 && sun->sun_path[0] != '\0') {
				plen = strnlen(sun->sun_path, plen);
			}
			if (zaddr) {
				ZVAL_STRINGL(zaddr, sun->sun_path, plen);
			}
			if (zport) {
				ZVAL_NULL(zport);
			}
			return true;
		}
		default:
			return false;
	}
}

bool php_event_assign_socket_name(evutil_socket_t fd, zval *zaddr_ref, zval *zport_ref)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	zval addr, port;

	memset(&ss, 0, sizeof(ss));
	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		int err = errno;
		php_error_docref(NULL, E_WARNING, "Unable to retrieve socket name: %s", evutil_socket_error_to_string(err));
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

/* {{{ Errors */

/* The error recorded for a socket: a pending SO_ERROR, or else the last
 * error ext/sockets noted on a Socket object. -1 when the descriptor is not
 * a usable socket. */
static int socket_error_of(zval *zsock)
{
	int err = 0;
	socklen_t len = sizeof(err);
	evutil_socket_t fd = php_event_zval_to_fd(zsock, 0);

	if (fd < 0) {
		return -1;
	}
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
		return -1;
	}
#ifdef PHP_EVENT_SOCKETS
	if (Z_TYPE_P(zsock) == IS_OBJECT) {
		php_socket *s = Z_SOCKET_P(zsock);
		if (err != 0) {
			/* Reading SO_ERROR cleared it: keep it on the Socket, where
			 * socket_last_error() finds it too. */
			s->error = err;
		} else {
			err = s->error;
		}
	}
#endif
	return err;
}

/* }}} */

PHP_MINIT_FUNCTION(event_util)
{
	return SUCCESS;
}

ZEND_METHOD(EventUtil, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(EventUtil, getLastSocketErrno)
{
	zval *zsock = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OR_NULL(zsock)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock == NULL) {
		RETURN_LONG(EVUTIL_SOCKET_ERROR());
	}
	if (php_event_socket_ce == NULL || !instanceof_function(Z_OBJCE_P(zsock), php_event_socket_ce)) {
		zend_argument_type_error(1, "must be of type ?Socket, %s given", zend_zval_type_name(zsock));
		RETURN_THROWS();
	}
	int err = socket_error_of(zsock);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (err < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(err);
}

ZEND_METHOD(EventUtil, getLastSocketError)
{
	zval *zsock = NULL;
	int err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zsock)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock == NULL || Z_TYPE_P(zsock) == IS_NULL) {
		err = EVUTIL_SOCKET_ERROR();
	} else {
		err = socket_error_of(zsock);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		if (err < 0) {
			RETURN_FALSE;
		}
	}
	RETURN_STRING(evutil_socket_error_to_string(err));
}

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventUtil, sslRandPoll)
{
	ZEND_PARSE_PARAMETERS_NONE();
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

	evutil_socket_t fd = php_event_zval_to_fd(zsock, 0);
	if (fd < 0) {
		RETURN_THROWS();
	}
	RETURN_BOOL(php_event_assign_socket_name(fd, zaddr, zport));
}

ZEND_METHOD(EventUtil, getSocketFd)
{
	zval *zsock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zsock)
	ZEND_PARSE_PARAMETERS_END();

	evutil_socket_t fd = php_event_zval_to_fd(zsock, 0);
	if (fd < 0) {
		RETURN_THROWS();
	}
	RETURN_LONG(fd);
}

/* {{{ setSocketOption */

/* An integer element of an option array, as ext/sockets' socket_set_option()
 * reads it: the key must be there and the value must fit an int. */
static bool option_array_int(HashTable *ht, const char *key, int *out)
{
	zval *v = zend_hash_str_find(ht, key, strlen(key));
	if (v == NULL) {
		zend_argument_value_error(4, "must have key \"%s\"", key);
		return false;
	}
	zend_long l = zval_get_long(v);
	if (l < INT_MIN || l > INT_MAX) {
		zend_argument_value_error(4, "\"%s\" must be between %d and %d", key, INT_MIN, INT_MAX);
		return false;
	}
	*out = (int)l;
	return true;
}

static bool require_option_array(zval *optval, int optname)
{
	if (Z_TYPE_P(optval) != IS_ARRAY) {
		zend_argument_type_error(4, "must be of type array for %s, %s given",
			optname == SO_LINGER ? "SO_LINGER" : (optname == SO_RCVTIMEO ? "SO_RCVTIMEO" : "SO_SNDTIMEO"),
			zend_zval_type_name(optval));
		return false;
	}
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

	evutil_socket_t fd = php_event_zval_to_fd(zsock, 0);
	if (fd < 0) {
		RETURN_THROWS();
	}
	if (level < INT_MIN || level > INT_MAX) {
		zend_argument_value_error(2, "is out of range");
		RETURN_THROWS();
	}
	if (optname < INT_MIN || optname > INT_MAX) {
		zend_argument_value_error(3, "is out of range");
		RETURN_THROWS();
	}
	ZVAL_DEREF(optval);

	if (level == SOL_SOCKET && optname == SO_LINGER) {
		int onoff, secs;
		if (!require_option_array(optval, (int)optname)
				|| !option_array_int(Z_ARRVAL_P(optval), "l_onoff", &onoff)
				|| !option_array_int(Z_ARRVAL_P(optval), "l_linger", &secs)) {
			RETURN_THROWS();
		}
		lv.l_onoff = onoff;
		lv.l_linger = secs;
		val = &lv;
		val_len = sizeof(lv);
	} else if (level == SOL_SOCKET && (optname == SO_RCVTIMEO || optname == SO_SNDTIMEO)) {
		int sec, usec;
		if (!require_option_array(optval, (int)optname)
				|| !option_array_int(Z_ARRVAL_P(optval), "sec", &sec)
				|| !option_array_int(Z_ARRVAL_P(optval), "usec", &usec)) {
			RETURN_THROWS();
		}
		tv.tv_sec = sec;
		tv.tv_usec = usec;
		val = &tv;
		val_len = sizeof(tv);
	} else {
		if (Z_TYPE_P(optval) == IS_ARRAY || Z_TYPE_P(optval) == IS_OBJECT || Z_TYPE_P(optval) == IS_RESOURCE) {
			zend_argument_type_error(4, "must be of type int for this option, %s given", zend_zval_type_name(optval));
			RETURN_THROWS();
		}
		zend_long l = zval_get_long(optval);
		if (l < INT_MIN || l > INT_MAX) {
			zend_argument_value_error(4, "must be between %d and %d", INT_MIN, INT_MAX);
			RETURN_THROWS();
		}
		iv = (int)l;
		val = &iv;
		val_len = sizeof(iv);
	}

	if (setsockopt(fd, (int)level, (int)optname, val, val_len) != 0) {
		int err = errno;
		php_error_docref(NULL, E_WARNING, "Unable to set socket option: %s", evutil_socket_error_to_string(err));
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* }}} */

ZEND_METHOD(EventUtil, createSocket)
{
	zend_long fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();

	if (fd < 0 || fd > INT_MAX) {
		zend_argument_value_error(1, "must be a non-negative file descriptor");
		RETURN_THROWS();
	}
#ifdef PHP_EVENT_SOCKETS
	if (php_event_socket_ce == NULL) {
		php_event_throw("EventUtil::createSocket() needs the sockets extension");
		RETURN_THROWS();
	}

	/* ext/sockets keeps the address family in php_socket.type (its
	 * socket_getsockname() and friends switch on it), so read the family,
	 * which also tells whether fd is a socket at all. */
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	memset(&ss, 0, sizeof(ss));
	if (getsockname((int)fd, (struct sockaddr *)&ss, &len) != 0) {
		int err = errno;
		php_error_docref(NULL, E_WARNING, "File descriptor " ZEND_LONG_FMT " is not a usable socket: %s",
			fd, evutil_socket_error_to_string(err));
		RETURN_FALSE;
	}
	int fl = fcntl((int)fd, F_GETFL);

	object_init_ex(return_value, php_event_socket_ce);
	php_socket *s = Z_SOCKET_P(return_value);
	s->bsd_socket = (int)fd;
	s->type = ss.ss_family;
	s->error = 0;
	s->blocking = (fl == -1 || !(fl & O_NONBLOCK)) ? 1 : 0;
	ZVAL_UNDEF(&s->zstream);
#else
	php_event_throw("EventUtil::createSocket() needs the sockets extension, which this build does not support");
	RETURN_THROWS();
#endif
}
