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
 *   client hold PORT K PATH HOLD_SECONDS
 *       Opens K connections and sends one GET PATH on each without reading a
 *       reply (a server that holds PATH unanswered: long polls). It paces
 *       itself by asking GET /held (whose body is the number of requests the
 *       server holds) on one more connection, so the server's accept queue
 *       never overflows; prints "ready K" once the server holds all K, then
 *       holds them for HOLD_SECONDS (or until killed).
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

/* Consumes the next n bytes of the reply; with out, copies them there
 * (NUL-terminated, cut at size). */
static void read_body(conn *c, size_t n, char *out, size_t size)
{
	size_t kept = 0;

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
		if (out != NULL && kept + 1 < size) {
			size_t copy = avail < size - 1 - kept ? avail : size - 1 - kept;
			memcpy(out + kept, c->buf + c->start, copy);
			kept += copy;
		}
		c->start += avail;
		n -= avail;
	}
	if (out != NULL) {
		out[kept] = '\0';
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
		read_body(c, size, NULL, 0);
		if (*read_line(c) != '\0') {
			errno = 0;
			die("bad chunk terminator");
		}
	}
}

/* Reads one whole reply; returns its status code. A Content-Length body is
 * copied into body (when not NULL, up to size - 1 bytes). */
static int read_reply_body(conn *c, char *body, size_t size)
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
		read_body(c, length, body, size);
	}
	return status;
}

static int read_reply(conn *c)
{
	return read_reply_body(c, NULL, 0);
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

/* Sends GET PATH on a connection of its own without waiting for a reply. */
static int send_unanswered(int port, const char *path)
{
	conn c;

	c.fd = connect_to(port);
	send_request(&c, path, 0);
	return c.fd;
}

/* The number of requests the server holds (its /held endpoint). */
static long held_count(conn *ctl)
{
	char body[32];

	send_request(ctl, "/held", 0);
	if (read_reply_body(ctl, body, sizeof(body)) != 200) {
		errno = 0;
		die("/held did not answer 200");
	}
	return strtol(body, NULL, 10);
}

/* Waits until the server holds at least want requests (at most 60 s). */
static void wait_held(conn *ctl, long want)
{
	double deadline = now() + 60;

	while (held_count(ctl) < want) {
		if (now() > deadline) {
			errno = 0;
			die("the server does not hold the requests sent");
		}
		usleep(1000);
	}
}

/* Requests sent ahead of the server's count, well below the listen backlogs. */
#define HOLD_AHEAD 256

static int run_hold(int port, long k, const char *path, long hold_seconds)
{
	static conn ctl;
	long i;

	raise_fd_limit();
	ctl.fd = connect_to(port);
	for (i = 0; i < k; i++) {
		send_unanswered(port, path);
		if ((i + 1) % HOLD_AHEAD == 0) {
			wait_held(&ctl, i + 1 - HOLD_AHEAD);
		}
	}
	wait_held(&ctl, k);
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
	if (argc == 6 && strcmp(argv[1], "hold") == 0) {
		return run_hold((int)parse_count(argv[2], "PORT"), parse_count(argv[3], "K"), argv[4],
			parse_count(argv[5], "HOLD_SECONDS"));
	}
	fprintf(stderr, "usage: %s seq PORT N PATH [PER_CONN]\n"
		"       %s idle PORT K HOLD_SECONDS\n"
		"       %s hold PORT K PATH HOLD_SECONDS\n", argv[0], argv[0], argv[0]);
	return 2;
}
