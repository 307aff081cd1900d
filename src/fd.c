#include "php_event.h"
#include <fcntl.h>

/* ext/sockets' Socket class, looked up by name at startup rather than linked
 * against, so the extension loads with or without ext/sockets. */
zend_class_entry *php_event_socket_ce = NULL;

void php_event_fd_minit(void)
{
	php_event_socket_ce = zend_hash_str_find_ptr(CG(class_table), "socket", sizeof("socket") - 1);
}

static evutil_socket_t fd_from_stream(zval *z)
{
	php_stream *stream;
	php_socket_t fd = -1;

	php_stream_from_zval_no_verify(stream, z);
	if (stream == NULL) {
		zend_type_error("expected a stream resource, %s resource given",
			zend_rsrc_list_get_rsrc_type(Z_RES_P(z)) ?: "unknown");
		return -2;
	}
	if (php_stream_can_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL) == SUCCESS) {
		if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void *)&fd, 1) == SUCCESS && fd >= 0) {
			return (evutil_socket_t)fd;
		}
	} else if (php_stream_can_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL) == SUCCESS) {
		if (php_stream_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL, (void *)&fd, 1) == SUCCESS && fd >= 0) {
			return (evutil_socket_t)fd;
		}
	}
	php_event_throw("the stream has no file descriptor");
	return -2;
}

evutil_socket_t php_event_zval_to_fd(zval *z, int flags)
{
	ZVAL_DEREF(z);
	switch (Z_TYPE_P(z)) {
		case IS_RESOURCE:
			return fd_from_stream(z);
		case IS_LONG:
			if (Z_LVAL_P(z) >= 0 && Z_LVAL_P(z) <= INT_MAX) {
				return (evutil_socket_t)Z_LVAL_P(z);
			}
			if (Z_LVAL_P(z) == -1 && (flags & PHP_EVENT_FD_ALLOW_NONE)) {
				return -1;
			}
			zend_value_error("file descriptor must be a non-negative integer%s, " ZEND_LONG_FMT " given",
				(flags & PHP_EVENT_FD_ALLOW_NONE) ? " or -1" : "", Z_LVAL_P(z));
			return -2;
		case IS_NULL:
			if (flags & PHP_EVENT_FD_ALLOW_NONE) {
				return -1;
			}
			break;
		case IS_OBJECT:
#ifdef PHP_EVENT_SOCKETS
			if (php_event_socket_ce && instanceof_function(Z_OBJCE_P(z), php_event_socket_ce)) {
				php_socket *s = Z_SOCKET_P(z);
				if (s->bsd_socket < 0) {
					php_event_throw("the Socket is closed");
					return -2;
				}
				return (evutil_socket_t)s->bsd_socket;
			}
#endif
			break;
		default:
			break;
	}
	zend_type_error("expected a stream resource, a Socket or a file descriptor, %s given", zend_zval_type_name(z));
	return -2;
}

void php_event_fd_set_nonblocking_quietly(evutil_socket_t fd)
{
	int fl = fcntl(fd, F_GETFL);
	if (fl != -1 && !(fl & O_NONBLOCK)) {
		(void)fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	}
}

void php_event_fd_taken(evutil_socket_t fd)
{
	if (fd >= 0 && EVENT_G(accepted_fd) == fd) {
		EVENT_G(accepted_fd) = -1;
	}
}
