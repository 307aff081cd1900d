#ifndef PHP_EVENT_UTIL_CLASS_H
#define PHP_EVENT_UTIL_CLASS_H

/* EventUtil: see event_util.c. */

#include <sys/socket.h>

/* getsockname() of fd assigned to the by-reference parameters zaddr and
 * zport (zport may be NULL). Returns false, with a warning, on failure. */
bool php_event_assign_socket_name(evutil_socket_t fd, zval *zaddr_ref, zval *zport_ref);

/* A descriptor as PECL event's EventUtil reads one: a stream resource, an
 * ext/sockets Socket or a non-negative integer. -1 for a closed Socket or
 * one whose last operation failed; -2 after throwing Exception ("Invalid
 * file descriptor", or what is wrong with the stream). */
evutil_socket_t php_event_util_fd_of(zval *z);

/* `fd` = php_event_util_fd_of(z), or return from the method: false for -1,
 * after the exception for -2. */
#define PHP_EVENT_UTIL_FD_OR_RETURN(fd, z) do { \
		if (((fd) = php_event_util_fd_of(z)) < 0) { \
			if ((fd) == -1) { \
				RETURN_FALSE; \
			} \
			RETURN_THROWS(); \
		} \
	} while (0)

#endif
