/* File descriptors from PHP values: a stream resource (socket, pipe, file,
 * STDIN...), an ext/sockets Socket object, or an integer. */
#ifndef PHP_EVENT_FD_H
#define PHP_EVENT_FD_H

#define PHP_EVENT_FD_ALLOW_NONE 1   /* -1 (and null) mean "no descriptor" */

/* Returns the descriptor, -1 for "none" when allowed, or -2 after throwing
 * (TypeError for a wrong type, ValueError for a negative integer,
 * EventException when a stream has no descriptor). */
evutil_socket_t php_event_zval_to_fd(zval *z, int flags);

#ifdef PHP_EVENT_SOCKETS
/* Only the php_socket layout is used from this header, no symbol. */
# ifndef HAVE_SOCKETS
#  define HAVE_SOCKETS 1
# endif
# include "ext/sockets/php_sockets.h"
#endif

/* Makes fd non-blocking without a word when it cannot (not open): the
 * caller reports that the way PECL event does, or not at all. */
void php_event_fd_set_nonblocking_quietly(evutil_socket_t fd);

/* A bufferevent or Socket was made on fd: if a listener's callback is being given
 * it, the connection is the script's now (see EVENT_G(accepted_fd)). */
void php_event_fd_taken(evutil_socket_t fd);

/* ext/sockets' Socket class when that extension is loaded, else NULL. */
extern zend_class_entry *php_event_socket_ce;
void php_event_fd_minit(void);

#endif
