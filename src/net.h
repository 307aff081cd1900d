/* Socket addresses and listening sockets: the one parser of "unix:PATH"
 * targets and the one formatter of addresses into PHP values; the accept
 * queue a busy server needs, and a bound, listening TCP socket made the way
 * evhttp makes one, with that queue. */
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

struct sockaddr;
struct sockaddr_storage;

/* Whether target (len bytes) is "unix:PATH" (the prefix in any case). If it
 * is, *ss is PATH as an AF_UNIX address and *ss_len its length; a PATH too
 * long for sun_path is cut to fit when `cut` (as PECL event's listener
 * does, which also binds the whole sockaddr_un), else *ss_len is set to 0. */
bool php_event_unix_sockaddr(const char *target, size_t len, bool cut,
	struct sockaddr_storage *ss, int *ss_len);

/* Writes a socket address into PHP values: the host (dotted IPv4, IPv6
 * without brackets, or the UNIX path) into *zaddr and the port into *zport
 * (null for UNIX sockets). Either may be NULL. Returns false for an address
 * family it does not know. The zvals are plain (not references). */
bool php_event_sockaddr_to_zvals(const struct sockaddr *sa, socklen_t len, zval *zaddr, zval *zport);

#endif
