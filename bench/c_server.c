/*
 * Reference HTTP server for the benchmarks: raw libevent 2.1 evhttp, no PHP.
 *
 * It serves the same endpoints as bench/php_server.php and performs the same
 * steps per request (new evbuffer, add the body, add Content-Type, send the
 * reply, free the evbuffer; for / the hello-world handler's: get the URI, add
 * Content-Type, add the body to the request's output buffer, send), so the
 * difference between the two servers is the cost of going through PHP and the
 * extension.
 *
 *   c_server PORT [--requests N]
 *
 *   /            13 bytes "Hello, world\n", Content-Type text/plain
 *   /1k          1024 bytes
 *   /64k         65536 bytes
 *   /stream?n=N  chunked reply: N chunks of 16 bytes (default N = 64)
 *
 * Listens on 127.0.0.1 only. Stops on SIGTERM/SIGINT. With --requests N it
 * stops by itself 200 ms after the Nth request was answered (the delay lets
 * libevent flush the last reply and close the connection); N = 0 stops 200 ms
 * after start-up, which is the baseline the measuring scripts subtract.
 * On exit it prints "served N" on stderr.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <event2/event.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#define STREAM_CHUNK_SIZE 16
#define STREAM_DEFAULT_CHUNKS 64
#define STREAM_MAX_CHUNKS 1000000
#define EXIT_DELAY_USEC 200000

static const char hello_body[] = "Hello, world\n";
static char body_1k[1024];
static char body_64k[65536];
static char stream_chunk[STREAM_CHUNK_SIZE];

static struct event_base *base;
static long served;
static long request_limit = -1; /* -1: no limit */

static void exit_soon(void)
{
	struct timeval delay = { 0, EXIT_DELAY_USEC };
	event_base_loopexit(base, &delay);
}

static void count_request(void)
{
	served++;
	if (request_limit >= 0 && served == request_limit) {
		exit_soon();
	}
}

static void add_content_type(struct evhttp_request *req)
{
	evhttp_add_header(evhttp_request_get_output_headers(req),
		"Content-Type", "text/plain");
}

static void reply_with(struct evhttp_request *req, const char *body, size_t len)
{
	struct evbuffer *buf = evbuffer_new();

	evbuffer_add(buf, body, len);
	add_content_type(req);
	evhttp_send_reply(req, 200, "OK", buf);
	evbuffer_free(buf);
	count_request();
}

static void on_hello(struct evhttp_request *req, void *arg)
{
	(void)arg;
	(void)evhttp_request_get_uri(req);
	add_content_type(req);
	evbuffer_add(evhttp_request_get_output_buffer(req), hello_body, sizeof(hello_body) - 1);
	evhttp_send_reply(req, 200, "OK", NULL);
	count_request();
}

static void on_1k(struct evhttp_request *req, void *arg)
{
	(void)arg;
	reply_with(req, body_1k, sizeof(body_1k));
}

static void on_64k(struct evhttp_request *req, void *arg)
{
	(void)arg;
	reply_with(req, body_64k, sizeof(body_64k));
}

/* The n query parameter, or the default when absent or not a number. */
static long stream_chunk_count(struct evhttp_request *req)
{
	const char *query = evhttp_uri_get_query(evhttp_request_get_evhttp_uri(req));
	struct evkeyvalq params;
	const char *value;
	long n = STREAM_DEFAULT_CHUNKS;

	if (query == NULL) {
		return n;
	}
	TAILQ_INIT(&params);
	if (evhttp_parse_query_str(query, &params) == 0
		&& (value = evhttp_find_header(&params, "n")) != NULL) {
		char *end;
		long parsed = strtol(value, &end, 10);
		if (*value != '\0' && *end == '\0' && parsed >= 0) {
			n = parsed > STREAM_MAX_CHUNKS ? STREAM_MAX_CHUNKS : parsed;
		}
	}
	evhttp_clear_headers(&params);
	return n;
}

static void on_stream(struct evhttp_request *req, void *arg)
{
	long i, n = stream_chunk_count(req);
	struct evbuffer *buf = evbuffer_new();

	(void)arg;
	add_content_type(req);
	evhttp_send_reply_start(req, 200, "OK");
	for (i = 0; i < n; i++) {
		evbuffer_add(buf, stream_chunk, sizeof(stream_chunk));
		evhttp_send_reply_chunk(req, buf);
	}
	evhttp_send_reply_end(req);
	evbuffer_free(buf);
	count_request();
}

static void on_stop_signal(evutil_socket_t sig, short events, void *arg)
{
	(void)sig; (void)events; (void)arg;
	event_base_loopexit(base, NULL);
}

/*
 * The listening socket, made by hand rather than by evhttp_bind_socket() so
 * that it can carry TCP_NODELAY: Linux copies it to every accepted socket.
 * Without it a reply larger than one segment (/64k) waits for the client's
 * delayed ACK (about 40 ms), and both servers would measure that timer
 * instead of their own work. php_server.php builds its socket the same way.
 */
static evutil_socket_t listen_on(int port)
{
	struct sockaddr_in addr;
	int one = 1;
	evutil_socket_t fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0) {
		return -1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((unsigned short)port);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0
		|| setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) != 0
		|| bind(fd, (struct sockaddr *)&addr, sizeof(addr)) != 0
		|| listen(fd, 1024) != 0
		|| evutil_make_socket_nonblocking(fd) != 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

static void fill_bodies(void)
{
	memset(body_1k, 'x', sizeof(body_1k));
	memset(body_64k, 'x', sizeof(body_64k));
	memset(stream_chunk, 'y', sizeof(stream_chunk));
}

static int parse_args(int argc, char **argv, int *port)
{
	char *end;
	long p;

	if (argc != 2 && !(argc == 4 && strcmp(argv[2], "--requests") == 0)) {
		return -1;
	}
	p = strtol(argv[1], &end, 10);
	if (*argv[1] == '\0' || *end != '\0' || p < 1 || p > 65535) {
		return -1;
	}
	*port = (int)p;
	if (argc == 4) {
		request_limit = strtol(argv[3], &end, 10);
		if (*argv[3] == '\0' || *end != '\0' || request_limit < 0) {
			return -1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct evhttp *http;
	struct event *sigterm_ev, *sigint_ev;
	evutil_socket_t listener;
	int port;

	if (parse_args(argc, argv, &port) != 0) {
		fprintf(stderr, "usage: %s PORT [--requests N]\n", argv[0]);
		return 2;
	}
	/* A client that closes while a reply is being written must not kill us. */
	signal(SIGPIPE, SIG_IGN);
	fill_bodies();

	base = event_base_new();
	http = base ? evhttp_new(base) : NULL;
	if (http == NULL) {
		fprintf(stderr, "c_server: cannot create the event base or evhttp\n");
		return 1;
	}
	listener = listen_on(port);
	if (listener < 0 || evhttp_accept_socket(http, listener) != 0) {
		fprintf(stderr, "c_server: cannot bind 127.0.0.1:%d: %s\n", port, strerror(errno));
		return 1;
	}
	evhttp_set_cb(http, "/", on_hello, NULL);
	evhttp_set_cb(http, "/1k", on_1k, NULL);
	evhttp_set_cb(http, "/64k", on_64k, NULL);
	evhttp_set_cb(http, "/stream", on_stream, NULL);

	sigterm_ev = evsignal_new(base, SIGTERM, on_stop_signal, NULL);
	sigint_ev = evsignal_new(base, SIGINT, on_stop_signal, NULL);
	evsignal_add(sigterm_ev, NULL);
	evsignal_add(sigint_ev, NULL);

	if (request_limit == 0) {
		exit_soon();
	}
	printf("listening on 127.0.0.1:%d\n", port);
	fflush(stdout);

	event_base_dispatch(base);

	event_free(sigterm_ev);
	event_free(sigint_ev);
	evhttp_free(http);
	event_base_free(base);
	fprintf(stderr, "served %ld\n", served);
	return 0;
}
