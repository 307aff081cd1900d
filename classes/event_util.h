#ifndef PHP_EVENT_UTIL_CLASS_H
#define PHP_EVENT_UTIL_CLASS_H

#include <sys/socket.h>

/* Writes a socket address into PHP values: the host (dotted IPv4, IPv6
 * without brackets, or the UNIX path) into *zaddr and the port into *zport
 * (null for UNIX sockets). Either may be NULL. Returns false for an address
 * family it does not know. The zvals are plain (not references). */
bool php_event_sockaddr_to_zvals(const struct sockaddr *sa, socklen_t len, zval *zaddr, zval *zport);

/* getsockname() of fd assigned to the by-reference parameters zaddr and
 * zport (zport may be NULL). Returns false, with a warning, on failure. */
bool php_event_assign_socket_name(evutil_socket_t fd, zval *zaddr_ref, zval *zport_ref);

/* A descriptor as PECL event's EventUtil reads one: a stream resource, an
 * ext/sockets Socket or a non-negative integer. -1 for a closed Socket or
 * one whose last operation failed; -2 after throwing Exception ("Invalid
 * file descriptor", or what is wrong with the stream). */
evutil_socket_t php_event_util_fd_of(zval *z);

#endif
