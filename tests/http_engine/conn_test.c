/*
 * Tests of src/http/conn.c over a socketpair: the server end is a
 * bufferevent driven by the layer, the client end a plain non-blocking
 * socket this test writes and reads, running the loop a few steps between.
 * Prints "N passed, N failed".
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <signal.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/bufferevent_struct.h>

#include "../../src/http/conn.h"

static int passed, failed;
static struct event_base *base;

#define CHECK(name, cond) do { if (cond) passed++; else { failed++; printf("FAIL %s (line %d)\n", name, __LINE__); } } while (0)

/* What the application saw. */
static hc_request *held[16];
static int nheld, nclosed;
static int answer_now; /* reply inside the request callback */
static hc_conn *conn;

static void on_request(hc_request *r, void *arg)
{
	(void)arg;
	if (answer_now) {
		struct evbuffer *b = evbuffer_new();
		size_t tl;
		const char *t = hc_request_target(r, &tl);
		evbuffer_add(b, t, tl);
		evbuffer_add_buffer(b, hc_request_body(r));
		hc_request_reply(r, 200, "OK", NULL, 0, b);
		evbuffer_free(b);
		hc_request_free(r);
		return;
	}
	held[nheld++] = r;
}

static short closed_events;

static void on_closed(hc_conn *c, void *arg)
{
	(void)arg;
	closed_events = hc_conn_close_events(c);
	nclosed++;
	conn = NULL;
}

static int client, ndrained;
static struct bufferevent *server_bev;
/* Every test runs twice: with the bufferevent reading, then with the
 * layer reading the socket itself (cfg.read_direct, as the binding sets
 * it for plain TCP). */
static int read_direct;

static void on_drained(hc_conn *c, void *arg)
{
	(void)c;
	(void)arg;
	ndrained++;
}

/* A connection on one end of a socket pair (the other end is `client`),
 * with cfg's settings and the test's callbacks; `now`: the request callback
 * answers at once. */
static void open_conn(int now, hc_config *cfg, void (*drained)(hc_conn *, void *))
{
	int sv[2];
	hc_callbacks cb = { on_request, on_closed, drained };

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	fcntl(sv[1], F_SETFL, O_NONBLOCK);
	evutil_make_socket_nonblocking(sv[0]);
	server_bev = bufferevent_socket_new(base, sv[0], BEV_OPT_CLOSE_ON_FREE);
	cfg->default_content_type = NULL;
	cfg->read_direct = read_direct;
	conn = hc_conn_new(server_bev, cfg, &cb, NULL);
	client = sv[1];
	nheld = nclosed = ndrained = 0;
	answer_now = now;
}

/* setup() with the binding's settings: write_now, max_held, a timeout in ms. */
static void setup_ex(int now, int write_now, unsigned max_held, int timeout_ms)
{
	hc_config cfg;

	hc_config_default(&cfg);
	cfg.write_now = write_now;
	cfg.max_held = max_held;
	cfg.timeout.tv_sec = timeout_ms / 1000;
	cfg.timeout.tv_usec = (timeout_ms % 1000) * 1000;
	open_conn(now, &cfg, on_drained);
}

/* The layer's defaults, no drained callback. */
static void setup(int now)
{
	hc_config cfg;

	hc_config_default(&cfg);
	open_conn(now, &cfg, NULL);
}

static void steps(int n)
{
	for (int i = 0; i < n; i++) {
		event_base_loop(base, EVLOOP_NONBLOCK);
	}
}

/* A request of the client written, the server's loop not run. */
static void send_raw(const char *s)
{
	if (write(client, s, strlen(s)) != (ssize_t)strlen(s)) {
		perror("write");
	}
}

/* A request of the client written, then three steps of the server's loop. */
static void send_str(const char *s)
{
	send_raw(s);
	steps(3);
}

/* Everything the client can read now, Date values masked as "D"; *eof set
 * when the server closed. */
static char *recv_all(int *eof)
{
	static char buf[65536];
	size_t n = 0;
	char date[32], *d;
	size_t dl = hr_date(date);

	*eof = 0;
	steps(3);
	for (;;) {
		ssize_t r = read(client, buf + n, sizeof(buf) - 1 - n);
		if (r > 0) { n += (size_t)r; continue; }
		if (r == 0) *eof = 1;
		break;
	}
	buf[n] = '\0';
	while (dl && (d = strstr(buf, date)) != NULL) {
		d[0] = 'D';
		memmove(d + 1, d + dl, strlen(d + dl) + 1);
	}
	return buf;
}

static void teardown(void)
{
	for (int i = 0; i < nheld; i++) {
		if (held[i]) hc_request_free(held[i]);
	}
	if (conn) hc_conn_free(conn);
	conn = NULL;
	if (client >= 0) close(client);
	steps(2);
}

/* What the client reads now is exactly `want`, the server still open. */
static int got_open(const char *want)
{
	int eof;
	return strcmp(recv_all(&eof), want) == 0 && !eof;
}

/* What the client reads now is exactly `want`, then the server's EOF. */
static int got_closed(const char *want)
{
	int eof;
	return strcmp(recv_all(&eof), want) == 0 && eof;
}

/* Reads and drops what the client can read now; true when the server closed. */
static int drain_client(void)
{
	int eof;
	recv_all(&eof);
	return eof;
}

/* A GET of `path` with a Host, the request most cases send. */
#define GET(path) "GET " path " HTTP/1.1\r\nHost: x\r\n\r\n"

static void reply_text(hc_request *r, const char *s)
{
	struct evbuffer *b = evbuffer_new();
	evbuffer_add(b, s, strlen(s));
	hc_request_reply(r, 200, "OK", NULL, 0, b);
	evbuffer_free(b);
}

#define OK11(body) "HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: " #body
static void test_simple(void)
{
	setup(1);
	send_str(GET("/a"));
	CHECK("simple: reply", got_open("HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 2\r\n\r\n/a"));
	send_str("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nxyz");
	CHECK("keep-alive: second reply with body", got_open("HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 5\r\n\r\n/bxyz"));
	send_str("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n");
	send_str("1;x=y\r\nc\r\n0\r\nT: 1\r\n\r\n");
	CHECK("chunked request body", got_open("HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 5\r\n\r\n/cabc"));
	send_str("GET /d HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" GET("/never"));
	CHECK("close: reply then EOF", got_closed("HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 2\r\nConnection: close\r\n\r\n/d"));
	CHECK("close: closed callback", nclosed == 1);
	teardown();
}

static void test_pipeline_order(void)
{
	setup(0);
	send_str(GET("/1") GET("/2") GET("/3"));
	CHECK("pipeline: all three parsed in one read", nheld == 3 && hc_conn_pending(conn) == 3);
	reply_text(held[2], "three");
	reply_text(held[1], "two");
	CHECK("pipeline: nothing before the first reply", got_open(""));
	reply_text(held[0], "one");
	CHECK("pipeline: replies in request order", got_open(
		OK11(3) "\r\n\r\none" OK11(3) "\r\n\r\ntwo" OK11(5) "\r\n\r\nthree"));
	CHECK("pipeline: none pending", hc_conn_pending(conn) == 0);
	teardown();
}

static void test_parse_error_in_order(void)
{
	setup(0);
	send_str(GET("/1") "GET /2 HTTP/1.1\r\nHost : x\r\n\r\n" GET("/3"));
	CHECK("error: only the good request handed out", nheld == 1);
	CHECK("error: waits for the reply owed", got_open(""));
	reply_text(held[0], "one");
	CHECK("error: 400 after it, then close", got_closed(
		OK11(3) "\r\n\r\none"
		"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\nDate: D\r\nContent-Length: 94\r\n\r\n"
		"<HTML><HEAD>\n<TITLE>400 Bad Request</TITLE>\n</HEAD><BODY>\n<H1>Bad Request</H1>\n</BODY></HTML>\n"));
	CHECK("error: closed callback", nclosed == 1);
	teardown();
}

static void test_close_detection(void)
{
	setup(0);
	send_str(GET("/held"));
	CHECK("held: handed out", nheld == 1 && !hc_request_aborted(held[0]));
	shutdown(client, SHUT_WR);
	steps(1);
	CHECK("held: FIN seen within one loop step", nclosed == 1);
	CHECK("held: request aborted", hc_request_aborted(held[0]));
	CHECK("held: reply refused", hc_request_reply(held[0], 200, "OK", NULL, 0, NULL) == -1);
	CHECK("held: server closed", drain_client());
	teardown();
}

static void test_continue(void)
{
	setup(1);
	send_str("PUT /u HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
	CHECK("100-continue sent", got_open("HTTP/1.1 100 Continue\r\n\r\n"));
	send_str("hello");
	CHECK("100-continue: then the reply", got_open(OK11(7) "\r\n\r\n/uhello"));
	teardown();
}

static void test_stream_and_free(void)
{
	int eof;
	struct evbuffer *b = evbuffer_new();
	setup(0);
	send_str(GET("/s") GET("/f"));
	hc_request_reply_start(held[0], 200, "OK", NULL, 0);
	evbuffer_add(b, "abc", 3);
	hc_request_reply_chunk(held[0], b);
	CHECK("stream: head and first chunk go out", strcmp(recv_all(&eof),
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nDate: D\r\n\r\n3\r\nabc\r\n") == 0);
	hc_request_reply_end(held[0]);
	hc_request_free(held[0]);
	held[0] = NULL;
	hc_request_free(held[1]); /* never answered: 500 */
	held[1] = NULL;
	CHECK("stream end, then 500 for the abandoned one", strncmp(recv_all(&eof),
		"0\r\n\r\nHTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nConnection: close\r\n", 80) == 0 && eof);
	evbuffer_free(b);
	teardown();
}

static void test_http10(void)
{
	setup(1);
	send_str("GET /x HTTP/1.0\r\n\r\n");
	CHECK("1.0: close-delimited reply", got_closed("HTTP/1.0 200 OK\r\n\r\n/x"));
	teardown();
	setup(1);
	send_str("GET /y HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
	CHECK("1.0 keep-alive", got_open("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n/y"));
	teardown();
}

/* The binding's settings: the reply leaves in the step that read the
 * request, with write interest off; pipelined requests wait behind a held
 * one while reading goes on. */
static void test_write_now(void)
{
	char buf[256];
	ssize_t n;
	setup_ex(1, 1, 1, 0);
	send_raw(GET("/w"));
	event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
	n = read(client, buf, sizeof(buf) - 1);
	CHECK("write_now: reply written in the step that read the request", n > 0 && strncmp(buf, "HTTP/1.1 200 OK\r\n", 17) == 0);
	CHECK("write_now: no write interest left", !(bufferevent_get_enabled(server_bev) & EV_WRITE));
	CHECK("write_now: drained callback not needed", ndrained == 0);
	drain_client();
	teardown();
}

static void test_write_now_partial(void)
{
	size_t got = 0;
	struct evbuffer *b = evbuffer_new();
	char *big = malloc(4 << 20);
	setup_ex(0, 1, 1, 0);
	send_str(GET("/big"));
	memset(big, 'b', 4 << 20);
	evbuffer_add(b, big, 4 << 20);
	hc_request_reply(held[0], 200, "OK", NULL, 0, b);
	CHECK("partial: write interest while output waits", bufferevent_get_enabled(server_bev) & EV_WRITE);
	for (int i = 0; i < 2000 && got < (4u << 20); i++) {
		char buf[65536];
		ssize_t r;
		steps(1);
		while ((r = read(client, buf, sizeof(buf))) > 0) got += (size_t)r;
	}
	CHECK("partial: everything arrives", got > (4u << 20));
	steps(2);
	CHECK("partial: drained callback, write interest off again", ndrained >= 1 && !(bufferevent_get_enabled(server_bev) & EV_WRITE));
	evbuffer_free(b);
	free(big);
	teardown();
}

static void test_held_pipeline_eof(void)
{
	setup_ex(0, 1, 1, 0);
	send_str(GET("/1") GET("/2"));
	CHECK("max_held 1: one handed out", nheld == 1);
	shutdown(client, SHUT_WR);
	steps(1);
	CHECK("max_held 1: FIN seen while parsing waits", nclosed == 1 && hc_request_aborted(held[0]));
	CHECK("max_held 1: server closed", drain_client());
	teardown();

	setup_ex(0, 1, 1, 0);
	send_str(GET("/1") GET("/2"));
	reply_text(held[0], "one");
	steps(2);
	CHECK("max_held 1: the next one once the first is answered", nheld == 2);
	reply_text(held[1], "two");
	CHECK("max_held 1: both replies in order", got_open(OK11(3) "\r\n\r\none" OK11(3) "\r\n\r\ntwo"));
	teardown();
}

static void test_unparsed_limit(void)
{
	static char junk[64 * 1024];
	setup_ex(0, 1, 1, 0);
	send_str(GET("/1"));
	memset(junk, 'j', sizeof(junk));
	for (int i = 0; i < 8 && nclosed == 0; i++) {
		if (write(client, junk, sizeof(junk)) < 0 && errno != EAGAIN) break;
		steps(2);
	}
	CHECK("unparsed beyond the bound behind a held request: closed", nclosed == 1 && hc_request_aborted(held[0]));
	drain_client();
	teardown();
}

static void test_timeouts(void)
{
	setup_ex(0, 1, 0, 50);
	for (int i = 0; i < 30 && nclosed == 0; i++) { usleep(10000); steps(1); }
	CHECK("timeout: an idle connection closes, as a timeout", nclosed == 1 && (closed_events & BEV_EVENT_TIMEOUT));
	CHECK("timeout: the client sees EOF", drain_client());
	teardown();

	/* 200 ms, held for twice that: the idle time restarts with the reply,
	 * and a loaded machine may take a while to read it back. */
	setup_ex(0, 1, 0, 200);
	send_str(GET("/held"));
	for (int i = 0; i < 40; i++) { usleep(10000); steps(1); }
	CHECK("timeout: a held request is no idle time", nclosed == 0 && !hc_request_aborted(held[0]));
	reply_text(held[0], "late");
	CHECK("timeout: the late reply goes out", got_open(OK11(4) "\r\n\r\nlate"));
	teardown();
}

static void test_release_and_close(void)
{
	setup_ex(0, 1, 0, 0);
	send_str(GET("/1") GET("/2"));
	hc_request_release(held[0]); /* unanswered: stays held, freed with the connection */
	held[0] = NULL;
	reply_text(held[1], "two");
	CHECK("release: the reply behind it waits", got_open("") && hc_conn_pending(conn) == 1);
	hc_conn_close(conn);
	CHECK("close: closed callback at once", nclosed == 1);
	CHECK("close: the client sees EOF", drain_client());
	teardown();

	setup_ex(0, 1, 0, 0);
	send_str(GET("/1"));
	reply_text(held[0], "one");
	hc_conn_close(conn);
	CHECK("close after a reply: reply then EOF", got_closed(OK11(3) "\r\n\r\none") && nclosed == 1);
	teardown();
}

/* A held request's head (a copy of the public part only) and body stay
 * intact while the connection's parser goes on with the next requests. */
static void test_held_head_copy(void)
{
	char req[4096];
	size_t n = 0, tl, vl;
	const char *v;
	const hp_parser *h;
	struct evbuffer *body;
	int eof;

	setup(0);
	n += (size_t)snprintf(req + n, sizeof(req) - n, "POST /first?x=1 HTTP/1.1\r\nHost: a\r\n");
	for (int i = 0; i < HP_INLINE_HEADERS + 6; i++) { /* more than the parser's inline array */
		n += (size_t)snprintf(req + n, sizeof(req) - n, "X-H%d: value%d\r\n", i, i);
	}
	n += (size_t)snprintf(req + n, sizeof(req) - n, "Content-Length: 5\r\n\r\nhello"
		"GET /second HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n");
	send_str(req);
	CHECK("held copy: both handed out", nheld == 2);
	if (nheld != 2) {
		teardown();
		return;
	}
	h = hc_request_head(held[0]);
	body = hc_request_body(held[0]);
	CHECK("held copy: first head", h->method == HP_METHOD_POST && h->major == 1 && h->minor == 1
		&& h->nheaders == HP_INLINE_HEADERS + 8 && h->content_length == 5);
	v = hc_request_target(held[0], &tl);
	CHECK("held copy: first target", tl == 10 && memcmp(v, "/first?x=1", tl) == 0);
	{
		char name[16], value[16];
		int nl = snprintf(name, sizeof(name), "X-H%d", HP_INLINE_HEADERS + 5);
		int vn = snprintf(value, sizeof(value), "value%d", HP_INLINE_HEADERS + 5);
		v = hc_request_header(held[0], name, (size_t)nl, &vl);
		CHECK("held copy: a header past the inline array", v && vl == (size_t)vn && memcmp(v, value, vl) == 0);
	}
	CHECK("held copy: first body", evbuffer_get_length(body) == 5
		&& memcmp(evbuffer_pullup(body, 5), "hello", 5) == 0);
	h = hc_request_head(held[1]);
	v = hc_request_header(held[1], "Host", 4, &vl);
	CHECK("held copy: second head", h->method == HP_METHOD_GET && h->minor == 1 && h->nheaders == 2
		&& (h->flags & HP_F_CONN_CLOSE) && !hp_keep_alive(h) && v && vl == 1 && *v == 'b');
	body = hc_request_body(held[1]);
	CHECK("held copy: a GET's body is an empty buffer", body && evbuffer_get_length(body) == 0
		&& body == hc_request_body(held[1]));
	reply_text(held[0], "one");
	reply_text(held[1], "two");
	{
		const char *got = recv_all(&eof), *one = strstr(got, "\r\n\r\none"), *two = strstr(got, "\r\n\r\ntwo");
		CHECK("held copy: replies in order, then close", strncmp(got, OK11(3) "\r\n\r\none", strlen(OK11(3)) + 7) == 0
			&& one && two && one < two && two[7] == '\0' && eof);
	}
	teardown();
}

/* hc_conn_shutdown(): idle keep-alive connections close at once; a request
 * in progress is answered with Connection: close, then the connection
 * closes; nothing after it is parsed. */
static void test_shutdown_idle(void)
{
	setup_ex(1, 1, 1, 0);
	send_str(GET("/1"));
	CHECK("shutdown idle: first reply kept alive", got_open(OK11(2) "\r\n\r\n/1"));
	hc_conn_shutdown(conn);
	CHECK("shutdown idle: closed at once", nclosed == 1);
	CHECK("shutdown idle: the client sees EOF", drain_client());
	teardown();
}

static void test_shutdown_new_connection(void)
{
	setup_ex(1, 1, 1, 0);
	hc_conn_shutdown(conn);
	CHECK("shutdown new: waits for its first request", nclosed == 0 && hc_conn_draining(conn));
	hc_conn_shutdown(conn); /* again: nothing more */
	send_str(GET("/1"));
	CHECK("shutdown new: answered with Connection: close, then EOF", got_closed(
		OK11(2) "\r\nConnection: close\r\n\r\n/1") && nclosed == 1);
	teardown();
}

static void test_shutdown_bytes_in_socket(void)
{
	setup_ex(1, 1, 1, 0);
	send_str(GET("/1"));
	drain_client();
	/* The next request is in the socket, not read yet: not idle. */
	send_raw(GET("/2"));
	hc_conn_shutdown(conn);
	CHECK("shutdown: a request waiting in the socket keeps it open", nclosed == 0);
	CHECK("shutdown: that request is answered, with close", got_closed(
		OK11(2) "\r\nConnection: close\r\n\r\n/2") && nclosed == 1);
	teardown();
}

static void test_shutdown_held(void)
{
	setup_ex(0, 1, 1, 50);
	send_str(GET("/1") GET("/2"));
	CHECK("shutdown held: one handed out", nheld == 1);
	hc_conn_shutdown(conn);
	/* Longer than the idle timeout: a held request is no idle time, also
	 * on a connection that closes after it. */
	for (int i = 0; i < 15; i++) { usleep(10000); steps(1); }
	CHECK("shutdown held: still open while held", nclosed == 0 && !hc_request_aborted(held[0]));
	reply_text(held[0], "one");
	CHECK("shutdown held: reply with close, then EOF", got_closed(
		OK11(3) "\r\nConnection: close\r\n\r\none") && nclosed == 1);
	CHECK("shutdown held: the pipelined one never handed out", nheld == 1);
	teardown();

	/* Pipelined, two held: only the last reply says close. */
	setup_ex(0, 1, 0, 0);
	send_str(GET("/1") GET("/2"));
	hc_conn_shutdown(conn);
	send_str(GET("/3"));
	CHECK("shutdown pipelined: nothing parsed after", nheld == 2);
	reply_text(held[1], "two");
	reply_text(held[0], "one");
	CHECK("shutdown pipelined: keep-alive, then close", got_closed(
		OK11(3) "\r\n\r\none" OK11(3) "\r\nConnection: close\r\n\r\ntwo") && nclosed == 1);
	teardown();
}

static void test_shutdown_streamed_and_body(void)
{
	struct evbuffer *b = evbuffer_new();
	setup_ex(0, 1, 1, 0);
	send_str(GET("/s"));
	hc_request_reply_start(held[0], 200, "OK", NULL, 0);
	hc_conn_shutdown(conn);
	evbuffer_add(b, "abc", 3);
	hc_request_reply_chunk(held[0], b);
	hc_request_reply_end(held[0]);
	CHECK("shutdown streamed: the stream ends, then EOF", got_closed(
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nDate: D\r\n\r\n3\r\nabc\r\n0\r\n\r\n") && nclosed == 1);
	teardown();

	setup_ex(0, 1, 1, 0);
	send_str("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab");
	hc_conn_shutdown(conn);
	send_str("cd" GET("/2"));
	CHECK("shutdown mid-body: the body completes, the request is handed out", nheld == 1 && nclosed == 0);
	reply_text(held[0], "b");
	CHECK("shutdown mid-body: reply with close", got_closed(
		OK11(1) "\r\nConnection: close\r\n\r\nb") && nclosed == 1 && nheld == 1);
	evbuffer_free(b);
	teardown();
}

static void test_refuse(void)
{
	int eof;
	setup_ex(1, 1, 1, 0);
	send_raw(GET("/1"));
	hc_conn_refuse(conn, 503);
	CHECK("refuse: closed callback at once", nclosed == 1);
	CHECK("refuse: 503 page, close", got_closed(
		"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nConnection: close\r\nDate: D\r\nContent-Length: 110\r\n\r\n"
		"<HTML><HEAD>\n<TITLE>503 Service Unavailable</TITLE>\n</HEAD><BODY>\n<H1>Service Unavailable</H1>\n</BODY></HTML>\n"));
	CHECK("refuse: no request handed out", nheld == 0);
	teardown();

	setup_ex(1, 1, 1, 0);
	hc_conn_refuse(conn, 503);
	CHECK("refuse before any byte: 503 then EOF", strncmp(recv_all(&eof), "HTTP/1.1 503 Service Unavailable\r\n", 34) == 0 && eof && nclosed == 1);
	teardown();
}

/* Reads what the client can, `max` bytes at most; returns the count. */
static size_t client_read(size_t max)
{
	char buf[65536];
	size_t got = 0;
	while (got < max) {
		size_t want = max - got < sizeof(buf) ? max - got : sizeof(buf);
		ssize_t r = read(client, buf, want);
		if (r <= 0) break;
		got += (size_t)r;
	}
	return got;
}

static void add_bytes(struct evbuffer *b, size_t n)
{
	static char chunk[65536];
	memset(chunk, 'p', sizeof(chunk));
	while (n) {
		size_t k = n < sizeof(chunk) ? n : sizeof(chunk);
		evbuffer_add(b, chunk, k);
		n -= k;
	}
}

/* Pending output: 0 before a reply, the unwritten part of a large one, 0
 * once the client read it; a later pipelined reply counts only its own
 * bytes (waiting in its buffer), not the earlier reply's. */
static void test_pending_output(void)
{
	size_t head_two, p0, total = 0;
	struct evbuffer *b = evbuffer_new();

	setup_ex(0, 1, 0, 0);
	send_str(GET("/big") GET("/small"));
	CHECK("pending: 0 before a reply", hc_request_pending_output(held[0]) == 0 && hc_request_pending_output(held[1]) == 0);
	reply_text(held[1], "two");
	head_two = hc_request_pending_output(held[1]);
	CHECK("pending: a later reply waits in its own buffer", head_two == strlen(OK11(3) "\r\n\r\ntwo") - 1 + 29);
	add_bytes(b, 4 << 20);
	hc_request_reply(held[0], 200, "OK", NULL, 0, b);
	steps(2);
	p0 = hc_request_pending_output(held[0]);
	CHECK("pending: the unread part of a large reply", p0 > 0 && p0 < (4u << 20) + 100);
	CHECK("pending: the later reply still counts only its own bytes", hc_request_pending_output(held[1]) == head_two);
	for (int i = 0; i < 2000 && hc_request_pending_output(held[1]) > 0; i++) {
		total += client_read((size_t)-1);
		steps(1);
	}
	total += client_read((size_t)-1);
	CHECK("pending: 0 once read", hc_request_pending_output(held[0]) == 0 && hc_request_pending_output(held[1]) == 0);
	CHECK("pending: every byte arrived", total > (4u << 20) + head_two);
	evbuffer_free(b);
	teardown();
}

/* A watch's calls, and a producer that sends its next chunk from them. */
static int drain_lows, drain_ends, drain_in_reply, drain_chunks, drain_free_in_cb, drain_close_in_cb;
static size_t drain_pending_at_low;
static int in_reply;

static void on_drain(hc_request *r, int events, void *arg)
{
	if (in_reply) drain_in_reply++;
	CHECK("drain: arg passed", arg == &drain_lows);
	if (drain_close_in_cb && conn) {
		drain_ends++;
		hc_conn_free(conn);
		conn = NULL;
		return;
	}
	if (events & HC_DRAIN_LOW) {
		drain_lows++;
		drain_pending_at_low = hc_request_pending_output(r);
		if (drain_chunks > 0) {
			struct evbuffer *b = evbuffer_new();
			add_bytes(b, 256 * 1024);
			in_reply = 1;
			hc_request_reply_chunk(r, b);
			if (--drain_chunks == 0) {
				hc_request_reply_end(r);
			}
			in_reply = 0;
			evbuffer_free(b);
			if (drain_chunks == 0 && drain_free_in_cb) {
				hc_request_free(r);
				held[0] = NULL;
			}
		}
	}
	if (events & HC_DRAIN_END) drain_ends++;
}

static void drain_reset(int chunks)
{
	drain_lows = drain_ends = drain_in_reply = drain_close_in_cb = 0;
	drain_chunks = chunks;
	drain_pending_at_low = (size_t)-1;
}

/* `request` sent, the counts reset, and held[i] (the request it makes)
 * watched with on_drain at `low`. */
static void send_watched(const char *request, int i, size_t low)
{
	send_str(request);
	drain_reset(0);
	hc_request_watch_drain(held[i], low, on_drain, &drain_lows);
}

/* Reads slowly until the watch ended (or a bound), returning the bytes. */
static size_t read_until_end(size_t per_step)
{
	size_t total = 0;
	int quiet = 0;
	for (int i = 0; i < 5000 && drain_ends == 0 && quiet < 50; i++) {
		size_t n = client_read(per_step);
		total += n;
		quiet = n ? 0 : quiet + 1;
		steps(1);
	}
	/* The end comes with up to low bytes unwritten: read the rest. */
	for (int i = 0; i < 50; i++) {
		total += client_read((size_t)-1);
		steps(1);
	}
	return total;
}

static void test_drain_producer(int free_in_cb)
{
	struct evbuffer *b = evbuffer_new();
	size_t total, low = 64 * 1024;

	setup_ex(0, 1, 0, 0);
	send_str(GET("/p"));
	drain_reset(8);
	drain_free_in_cb = free_in_cb;
	CHECK("drain: watch set", hc_request_watch_drain(held[0], low, on_drain, &drain_lows) == 0);
	in_reply = 1;
	hc_request_reply_start(held[0], 200, "OK", NULL, 0);
	add_bytes(b, 256 * 1024);
	hc_request_reply_chunk(held[0], b);
	in_reply = 0;
	steps(3);
	CHECK("drain: no call while the client reads nothing", drain_lows == 0 && drain_ends == 0);
	total = read_until_end(16 * 1024);
	/* No call once the reply is complete; freed in its last call, the
	 * request takes its watch with it. */
	CHECK("drain: a call per fall below the watermark", drain_lows == 8);
	CHECK("drain: called with at most low bytes pending", drain_pending_at_low <= low);
	CHECK("drain: never inside a reply call", drain_in_reply == 0);
	CHECK("drain: the watch ends once, after the reply", drain_ends == (free_in_cb ? 0 : 1));
	CHECK("drain: every chunk arrived", total > 9u * 256 * 1024 && total < 9u * 256 * 1024 + 1024);
	if (!free_in_cb) {
		CHECK("drain: nothing pending at the end", hc_request_pending_output(held[0]) == 0);
		CHECK("drain: no watch after the end", hc_request_watch_drain(held[0], 0, on_drain, &drain_lows) == -1);
	}
	evbuffer_free(b);
	teardown();
}

/* A complete reply ends the watch once written, without a LOW call (also
 * one never above low); a removed watch is silent; a closed connection
 * drops the watch without a call. */
static void test_drain_edges(void)
{
	struct evbuffer *b = evbuffer_new();

	setup_ex(0, 1, 0, 0);
	send_watched(GET("/a"), 0, 0);
	reply_text(held[0], "small");
	CHECK("drain: not called inside the reply", drain_lows == 0 && drain_ends == 0);
	steps(2);
	CHECK("drain: a complete reply: no call, the watch ends once written", drain_lows == 0 && drain_ends == 1);
	drain_client();
	send_watched(GET("/b"), 1, 1024);
	reply_text(held[1], "small");
	steps(2);
	CHECK("drain: a reply never above low ends without a LOW call", drain_lows == 0 && drain_ends == 1);
	drain_client();
	send_watched(GET("/c"), 2, 0);
	hc_request_watch_drain(held[2], 0, NULL, NULL);
	add_bytes(b, 1 << 20);
	hc_request_reply(held[2], 200, "OK", NULL, 0, b);
	(void)client_read((size_t)-1);
	steps(2);
	while (client_read((size_t)-1) > 0) steps(1);
	CHECK("drain: a removed watch is silent", drain_lows == 0 && drain_ends == 0);
	send_watched(GET("/d"), 3, 0);
	hc_request_reply_start(held[3], 200, "OK", NULL, 0);
	add_bytes(b, 1 << 20);
	hc_request_reply_chunk(held[3], b);
	steps(2);
	CHECK("drain: pending while the client reads nothing", hc_request_pending_output(held[3]) > 0);
	shutdown(client, SHUT_RDWR);
	steps(3);
	CHECK("drain: the client left: nothing pending, no call", nclosed == 1 && hc_request_pending_output(held[3]) == 0
		&& drain_lows == 0 && drain_ends == 0);
	CHECK("drain: no watch on a closed connection", hc_request_watch_drain(held[3], 0, on_drain, &drain_lows) == -1);
	teardown();

	/* The connection freed inside a call: the other watch due in the same
	 * step is dropped, nothing is touched after the free. */
	setup_ex(0, 1, 0, 0);
	send_str(GET("/e") GET("/f"));
	drain_reset(0);
	drain_close_in_cb = 1;
	hc_request_watch_drain(held[1], 0, on_drain, &drain_lows);
	reply_text(held[1], "later");
	hc_request_watch_drain(held[0], 0, on_drain, &drain_lows);
	reply_text(held[0], "first");
	steps(3);
	CHECK("drain: freed in a call: one call, the connection gone", drain_ends == 1 && conn == NULL);
	evbuffer_free(b);
	teardown();
}

/* Under direct reads the bufferevent's read event reads for the layer; a reset (a
 * peer that closes with our reply unread: ECONNRESET on a Unix socket as
 * on TCP) closes the connection as an error within one loop step. */
/* The bufferevent's own read callback, seen in the first run. */
static event_callback_fn plain_cb;

static void test_reset(void)
{
	setup_ex(0, 1, 0, 0);
	if (!read_direct) {
		plain_cb = event_get_callback(&server_bev->ev_read);
	}
	CHECK("reading: the bufferevent's read event runs the layer's reader under direct reads",
		plain_cb && (event_get_callback(&server_bev->ev_read) != plain_cb) == !!read_direct
		&& event_get_callback_arg(&server_bev->ev_read) == (void *)server_bev);
	CHECK("reading: enabled", bufferevent_get_enabled(server_bev) & EV_READ);
	send_str(GET("/r") GET("/s"));
	CHECK("reset: both requests read and parsed", nheld == 2);
	reply_text(held[0], "one");
	steps(2);
	close(client);
	client = -1;
	steps(1);
	CHECK("reset: seen within one loop step, as an error", nclosed == 1 && (closed_events & BEV_EVENT_ERROR));
	CHECK("reset: the held request aborted", hc_request_aborted(held[1]));
	teardown();
}

static void run_all(void)
{
	test_simple();
	test_pipeline_order();
	test_parse_error_in_order();
	test_close_detection();
	test_continue();
	test_stream_and_free();
	test_http10();
	test_write_now();
	test_write_now_partial();
	test_held_pipeline_eof();
	test_unparsed_limit();
	test_timeouts();
	test_release_and_close();
	test_held_head_copy();
	test_shutdown_idle();
	test_shutdown_new_connection();
	test_shutdown_bytes_in_socket();
	test_shutdown_held();
	test_shutdown_streamed_and_body();
	test_refuse();
	test_pending_output();
	test_drain_producer(0);
	test_drain_producer(1);
	test_drain_edges();
	test_reset();
}

int main(void)
{
	/* A client that left makes writes fail with EPIPE, as under PHP's CLI. */
	signal(SIGPIPE, SIG_IGN);
	base = event_base_new();
	run_all();
	read_direct = 1;
	run_all();
	event_base_free(base);
	printf("conn_test: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
