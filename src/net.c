#include "php_event.h"
#include "src/net.h"

#ifndef PHP_WIN32
# include <sys/types.h>
# include <sys/socket.h>
# include <netinet/in.h>
# include <arpa/inet.h>
# include <sys/un.h>
#endif
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__) || defined(__DragonFly__)
# include <sys/sysctl.h>
# define PHP_EVENT_SOMAXCONN_SYSCTL 1
#endif

#ifndef SOMAXCONN
# define SOMAXCONN 128
#endif

/* What the system says its limit is, or 0 when it does not say. */
static long system_somaxconn(void)
{
#if defined(__linux__)
	FILE *f = fopen("/proc/sys/net/core/somaxconn", "r");
	long v = 0;
	if (f) {
		if (fscanf(f, "%ld", &v) != 1) {
			v = 0;
		}
		fclose(f);
	}
	return v;
#elif defined(PHP_EVENT_SOMAXCONN_SYSCTL)
	int v = 0;
	size_t len = sizeof(v);
	/* FreeBSD 10+ names it kern.ipc.soacceptqueue and keeps the old name
	 * as an alias; the others have only the old one. */
	if (sysctlbyname("kern.ipc.somaxconn", &v, &len, NULL, 0) != 0 || len != sizeof(v)) {
		v = 0;
	}
	return v;
#else
	/* Windows: SOMAXCONN itself means "the provider's maximum". */
	return 0;
#endif
}

int php_event_max_backlog(void)
{
	/* Every thread computes the same value: a race on the first calls
	 * writes the same int twice. */
	static volatile int cached = 0;
	int v = cached;
	if (v > 0) {
		return v;
	}
	long sys = system_somaxconn();
	if (sys > INT_MAX) {
		sys = INT_MAX;
	}
	v = sys > SOMAXCONN ? (int)sys : SOMAXCONN;
	cached = v;
	return v;
}

static evutil_socket_t tcp_socket(int family)
{
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
	evutil_socket_t fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd >= 0 || (errno != EINVAL && errno != EPROTOTYPE)) {
		return fd;
	}
	/* A kernel without the flags: set them one by one below. */
#endif
	evutil_socket_t s = socket(family, SOCK_STREAM, 0);
	if (s < 0) {
		return -1;
	}
	if (evutil_make_socket_nonblocking(s) < 0 || evutil_make_socket_closeonexec(s) < 0) {
		evutil_closesocket(s);
		return -1;
	}
	return s;
}

static evutil_socket_t listen_on(const struct evutil_addrinfo *ai, int backlog)
{
	evutil_socket_t fd = tcp_socket(ai->ai_family);
	if (fd < 0) {
		return -1;
	}
	int on = 1;
	if (setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, (void *)&on, sizeof(on)) < 0
		|| evutil_make_listen_socket_reuseable(fd) < 0
		|| bind(fd, ai->ai_addr, (ev_socklen_t)ai->ai_addrlen) < 0
		|| listen(fd, backlog) < 0) {
		evutil_closesocket(fd);
		return -1;
	}
	return fd;
}

evutil_socket_t php_event_listen_tcp(const char *address, uint16_t port, int backlog)
{
	struct evutil_addrinfo hints, *ai = NULL;
	char service[8];

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	/* Only address families this host has an interface for. */
	hints.ai_flags = EVUTIL_AI_PASSIVE | EVUTIL_AI_ADDRCONFIG;
	snprintf(service, sizeof(service), "%u", (unsigned)port);

	int r = evutil_getaddrinfo(address, service, &hints, &ai);
	if (r != 0) {
		if (r == EVUTIL_EAI_SYSTEM) {
			php_error_docref(NULL, E_WARNING, "getaddrinfo: %s", strerror(errno));
		} else {
			php_error_docref(NULL, E_WARNING, "getaddrinfo: %s", evutil_gai_strerror(r));
		}
		return -1;
	}
	/* The first address only, as evhttp_bind_socket does: "localhost"
	 * binds one socket, not one per address. */
	evutil_socket_t fd = listen_on(ai, backlog);
	evutil_freeaddrinfo(ai);
	return fd;
}

bool php_event_unix_sockaddr(const char *target, size_t len, bool cut,
	struct sockaddr_storage *ss, int *ss_len)
{
	struct sockaddr_un *sun = (struct sockaddr_un *)ss;

	if (len < 5 || strncasecmp(target, "unix:", 5) != 0) {
		return false;
	}
	const char *path = target + 5;
	size_t plen = strnlen(path, len - 5);
	memset(ss, 0, sizeof(*ss));
	sun->sun_family = AF_UNIX;
	if (plen >= sizeof(sun->sun_path)) {
		if (!cut) {
			*ss_len = 0;
			return true;
		}
		plen = sizeof(sun->sun_path) - 1;
	}
	memcpy(sun->sun_path, path, plen);
	/* The listener binds the whole struct, as PECL event does. */
	*ss_len = cut ? (int)sizeof(*sun) : (int)(offsetof(struct sockaddr_un, sun_path) + plen + 1);
	return true;
}

bool php_event_sockaddr_to_zvals(const struct sockaddr *sa, socklen_t len, zval *zaddr, zval *zport)
{
	char buf[INET6_ADDRSTRLEN];

	switch (sa->sa_family) {
		case AF_INET:
		case AF_INET6: {
			const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
			const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
			bool v4 = sa->sa_family == AF_INET;
			if (!inet_ntop(sa->sa_family, v4 ? (const void *)&sin->sin_addr : (const void *)&sin6->sin6_addr, buf, sizeof(buf))) {
				return false;
			}
			if (zaddr) {
				ZVAL_STRING(zaddr, buf);
			}
			if (zport) {
				ZVAL_LONG(zport, ntohs(v4 ? sin->sin_port : sin6->sin6_port));
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
