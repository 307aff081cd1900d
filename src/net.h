/* Listening sockets: the accept queue a busy server needs, and a bound,
 * listening TCP socket made the way evhttp makes one, with that queue. */
#ifndef PHP_EVENT_NET_H
#define PHP_EVENT_NET_H

/* The longest accept queue the system grants: net.core.somaxconn where the
 * system says (Linux /proc, the BSDs' and macOS's sysctl), never less than
 * SOMAXCONN. Read once per process. A listener created with it does not
 * drop connects that arrive while its loop is busy for a moment. */
int php_event_max_backlog(void);

/* A non-blocking, close-on-exec TCP socket with SO_REUSEADDR and
 * SO_KEEPALIVE, bound to the first address getaddrinfo() gives for
 * address:port and listening with backlog. Returns it, or -1: after a
 * warning "getaddrinfo: <reason>" when the address does not resolve,
 * silently when socket(), bind() or listen() fail (as evhttp_bind_socket
 * reports them). */
evutil_socket_t php_event_listen_tcp(const char *address, uint16_t port, int backlog);

#endif
