/*
 * Small deterministic HTTP/1.1 client for the benchmark scripts (no libevent,
 * so it adds nothing to what the servers measure).
 *
 *   client seq  PORT N PATH [PER_CONN]
 *       N sequential keep-alive GET requests to 127.0.0.1:PORT PATH, one at a
 *       time, on a new connection every PER_CONN requests (default: all on
 *       one). The last request of each connection says "Connection: close"
 *       and the client waits for the server to close, so the server has
 *       finished with the connection when the client exits. Every reply must
 *       be 200; the body is read by Content-Length or chunked encoding.
 *
 *   client idle PORT K HOLD_SECONDS
 *       Opens K connections, does one keep-alive GET / on each, prints
 *       "ready K" on stdout, then holds them idle for HOLD_SECONDS (or until
 *       killed).
 *
 * Exit status 0 on success, 1 on any error (message on stderr). Every read
 * waits at most 10 s, so the client never hangs.
 */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>

#define READ_TIMEOUT_MS 10000
#define BUF_SIZE 16384

typedef struct {
	int fd;
	size_t start, end;
	char buf[BUF_SIZE];
} conn;

static void die(const char *what)
{
	fprintf(stderr, "client: %s%s%s\n", what, errno ? ": " : "", errno ? strerror(errno) : "");
	exit(1);
}

static int connect_to(int port)
{
	struct sockaddr_in addr;
	int one = 1, fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0) {
		die("socket");
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((unsigned short)port);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) != 0) {
		die("connect");
	}
	return fd;
}

/* Reads more bytes into the buffer; returns 0 on EOF. */
static size_t read_more(conn *c)
{
	struct pollfd pfd = { c->fd, POLLIN, 0 };
	ssize_t n;

	if (c->start == c->end) {
		c->start = c->end = 0;
	} else if (c->end == BUF_SIZE) {
		memmove(c->buf, c->buf + c->start, c->end - c->start);
		c->end -= c->start;
		c->start = 0;
		if (c->end == BUF_SIZE) {
			errno = 0;
			die("header line too long");
		}
	}
	errno = 0;
	if (poll(&pfd, 1, READ_TIMEOUT_MS) != 1) {
		die("timed out waiting for the server");
	}
	n = recv(c->fd, c->buf + c->end, BUF_SIZE - c->end, 0);
	if (n < 0) {
		die("recv");
	}
	c->end += (size_t)n;
	return (size_t)n;
}

/* Returns the next line without its CRLF (NUL-terminated in place). */
static char *read_line(conn *c)
{
	for (;;) {
		char *p = memmem(c->buf + c->start, c->end - c->start, "\r\n", 2);
		if (p != NULL) {
			char *line = c->buf + c->start;
			*p = '\0';
			c->start = (size_t)(p + 2 - c->buf);
			return line;
		}
		if (read_more(c) == 0) {
			errno = 0;
			die("connection closed in the middle of a reply");
		}
	}
}

static void skip_bytes(conn *c, size_t n)
{
	while (n > 0) {
		size_t avail = c->end - c->start;
		if (avail == 0) {
			if (read_more(c) == 0) {
				errno = 0;
				die("connection closed in the middle of a body");
			}
			continue;
		}
		if (avail > n) {
			avail = n;
		}
		c->start += avail;
		n -= avail;
	}
}

static void skip_chunked_body(conn *c)
{
	for (;;) {
		size_t size = strtoul(read_line(c), NULL, 16);
		if (size == 0) {
			while (*read_line(c) != '\0') {
				/* trailer fields */
			}
			return;
		}
		skip_bytes(c, size);
		if (*read_line(c) != '\0') {
			errno = 0;
			die("bad chunk terminator");
		}
	}
}

/* Reads one whole reply; returns its status code. */
static int read_reply(conn *c)
{
	int status = 0, chunked = 0;
	size_t length = 0;
	char *line = read_line(c);

	if (sscanf(line, "HTTP/1.%*d %d", &status) != 1) {
		errno = 0;
		die("bad status line");
	}
	while (*(line = read_line(c)) != '\0') {
		if (strncasecmp(line, "Content-Length:", 15) == 0) {
			length = strtoul(line + 15, NULL, 10);
		} else if (strncasecmp(line, "Transfer-Encoding:", 18) == 0 && strstr(line, "chunked")) {
			chunked = 1;
		}
	}
	if (chunked) {
		skip_chunked_body(c);
	} else {
		skip_bytes(c, length);
	}
	return status;
}

static void send_request(conn *c, const char *path, int close_after)
{
	char req[1024];
	int len = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n%s\r\n",
		path, close_after ? "Connection: close\r\n" : "");
	ssize_t sent = 0;

	if (len < 0 || (size_t)len >= sizeof(req)) {
		errno = 0;
		die("path too long");
	}
	while (sent < len) {
		ssize_t n = send(c->fd, req + sent, (size_t)(len - sent), MSG_NOSIGNAL);
		if (n < 0) {
			die("send");
		}
		sent += n;
	}
}

static void request_ok(conn *c, const char *path, int close_after)
{
	int status;

	send_request(c, path, close_after);
	status = read_reply(c);
	if (status != 200) {
		errno = 0;
		fprintf(stderr, "client: %s answered %d\n", path, status);
		exit(1);
	}
}

static void wait_for_close(conn *c)
{
	while (read_more(c) != 0) {
		c->start = c->end; /* nothing more is expected; drop it */
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int run_seq(int port, long n, const char *path, long per_conn)
{
	static conn c;
	double t0 = now();
	long done = 0;

	while (done < n) {
		long i, batch = n - done < per_conn ? n - done : per_conn;
		c.fd = connect_to(port);
		c.start = c.end = 0;
		for (i = 0; i < batch; i++) {
			request_ok(&c, path, i == batch - 1);
		}
		wait_for_close(&c);
		close(c.fd);
		done += batch;
	}
	fprintf(stderr, "client: %ld requests in %.3f s\n", n, now() - t0);
	return 0;
}

static void raise_fd_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

static int run_idle(int port, long k, long hold_seconds)
{
	conn *conns = calloc((size_t)k, sizeof(conn));
	long i;

	if (k > 0 && conns == NULL) {
		die("out of memory");
	}
	raise_fd_limit();
	for (i = 0; i < k; i++) {
		conns[i].fd = connect_to(port);
		request_ok(&conns[i], "/", 0);
	}
	printf("ready %ld\n", k);
	fflush(stdout);
	sleep((unsigned)hold_seconds);
	return 0;
}

static long parse_count(const char *s, const char *what)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 0) {
		fprintf(stderr, "client: bad %s: %s\n", what, s);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	if (argc >= 5 && argc <= 6 && strcmp(argv[1], "seq") == 0) {
		long per_conn = argc == 6 ? parse_count(argv[5], "PER_CONN") : 0;
		long n = parse_count(argv[3], "N");
		return run_seq((int)parse_count(argv[2], "PORT"), n, argv[4],
			per_conn > 0 ? per_conn : (n > 0 ? n : 1));
	}
	if (argc == 5 && strcmp(argv[1], "idle") == 0) {
		return run_idle((int)parse_count(argv[2], "PORT"), parse_count(argv[3], "K"),
			parse_count(argv[4], "HOLD_SECONDS"));
	}
	fprintf(stderr, "usage: %s seq PORT N PATH [PER_CONN]\n"
		"       %s idle PORT K HOLD_SECONDS\n", argv[0], argv[0]);
	return 2;
}
