/*
 * Unit tests of src/http/parser.c: every strictness case of RFC 9112 the
 * parser enforces, the limits, chunked bodies with extensions and trailers,
 * pipelining, and the connection helpers. Each case is fed whole, split at
 * every single byte boundary and one byte at a time: all must give the
 * expected transcript (harness.h). Prints "N passed, N failed".
 */
#include "harness.h"

static int passed, failed;

static void fail_case(const char *name, const char *how, const char *got, const char *want)
{
	failed++;
	printf("FAIL %s (%s)\n  got:  %s\n  want: %s\n", name, how, got, want);
}

/* Runs one case every way it can be cut; `want` is the transcript. */
static void check_lim(const char *name, const char *in, size_t len, const hp_limits *lim, const char *want)
{
	tbuf whole = {0};
	size_t *cuts = malloc((len + 1) * sizeof(*cuts));
	int ok = 1;

	h_run(in, len, NULL, 0, lim, &whole);
	if (strcmp(whole.s ? whole.s : "", want) != 0) {
		fail_case(name, "whole", whole.s ? whole.s : "", want);
		ok = 0;
	}
	for (size_t i = 1; ok && i < len; i++) {
		tbuf t = {0};
		cuts[0] = i;
		cuts[1] = len;
		h_run(in, len, cuts, 2, lim, &t);
		if (strcmp(t.s ? t.s : "", want) != 0) {
			char how[64];
			snprintf(how, sizeof(how), "split at %zu", i);
			fail_case(name, how, t.s ? t.s : "", want);
			ok = 0;
		}
		free(t.s);
	}
	if (ok) {
		tbuf t = {0};
		for (size_t i = 0; i < len; i++) {
			cuts[i] = i + 1;
		}
		h_run(in, len, cuts, len, lim, &t);
		if (strcmp(t.s ? t.s : "", want) != 0) {
			fail_case(name, "byte by byte", t.s ? t.s : "", want);
			ok = 0;
		}
		free(t.s);
	}
	if (ok) {
		passed++;
	}
	free(cuts);
	free(whole.s);
}

#define CHECK(name, in, want) check_lim(name, in, sizeof(in) - 1, NULL, want)
#define CHECK_LIM(name, in, lim, want) check_lim(name, in, sizeof(in) - 1, lim, want)

static void expect_true(const char *name, int cond)
{
	if (cond) {
		passed++;
	} else {
		failed++;
		printf("FAIL %s\n", name);
	}
}

#define H11 "Host: a\r\n"
/* The request lines most cases start with, with their Host. */
#define GET11 "GET / HTTP/1.1\r\n" H11
#define POST11 "POST / HTTP/1.1\r\n" H11
/* A chunked POST's head, and the transcript's entry for it. */
#define CHUNKED POST11 "Transfer-Encoding: chunked\r\n\r\n"
#define CHUNKED_SEEN "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0"
/* A request refused with `status` before its head is handed out. */
#define CHECK_ERR(name, in, status) CHECK(name, in, "E" #status ";")
/* A chunked body (after CHUNKED) refused with 400 once the head was handed out. */
#define CHECK_BAD_CHUNK(name, body) CHECK(name, CHUNKED body, CHUNKED_SEEN "E400;")
#define X64 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#define LONG4K X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 \
	X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 \
	X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 \
	X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64

static void valid_requests(void)
{
	CHECK("curl GET",
		"GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n",
		"GET / 1.1 {Host: 127.0.0.1:8080}{User-Agent: curl/7.88.1}{Accept: */*} ka=1 ec=0 body=0:;");
	CHECK("HTTP/1.0 without Host, closes",
		"GET /x?y=1 HTTP/1.0\r\n\r\n",
		"GET /x?y=1 1.0  ka=0 ec=0 body=0:;");
	CHECK("HTTP/1.0 keep-alive",
		"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
		"GET / 1.0 {Connection: Keep-Alive} ka=1 ec=0 body=0:;");
	CHECK("HTTP/1.1 close",
		GET11 "Connection: close\r\n\r\n",
		"GET / 1.1 {Host: a}{Connection: close} ka=0 ec=0 body=0:;");
	CHECK("Connection tokens, any case, close wins",
		GET11 "Connection: keep-alive, ,Upgrade ,  CLOSE \r\n\r\n",
		"GET / 1.1 {Host: a}{Connection: keep-alive, ,Upgrade ,  CLOSE} ka=0 ec=0 body=0:;");
	CHECK("Connection: closed is not close",
		GET11 "Connection: closed\r\n\r\n",
		"GET / 1.1 {Host: a}{Connection: closed} ka=1 ec=0 body=0:;");
	CHECK("OWS trimmed, empty value, obs-text",
		GET11 "X-A:   b c \t\r\nX-E:\r\nX-O: \xff\x80\r\n\r\n",
		"GET / 1.1 {Host: a}{X-A: b c}{X-E: }{X-O: \xff\x80} ka=1 ec=0 body=0:;");
	CHECK("empty Host is valid",
		"GET / HTTP/1.1\r\nHost:\r\n\r\n",
		"GET / 1.1 {Host: } ka=1 ec=0 body=0:;");
	CHECK("IPv6 Host",
		"GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n",
		"GET / 1.1 {Host: [::1]:80} ka=1 ec=0 body=0:;");
	CHECK("empty lines before the request line",
		"\r\n\r\nGET / HTTP/1.0\r\n\r\n",
		"GET / 1.0  ka=0 ec=0 body=0:;");
	CHECK("bare LF ends lines of the head",
		"GET / HTTP/1.1\nHost: a\nX: y\n\n",
		"GET / 1.1 {Host: a}{X: y} ka=1 ec=0 body=0:;");
	CHECK("Expect: 100-continue",
		"POST /u HTTP/1.1\r\n" H11 "Expect: 100-Continue\r\nContent-Length: 2\r\n\r\nok",
		"POST /u 1.1 {Host: a}{Expect: 100-Continue}{Content-Length: 2} ka=1 ec=1 body=2:ok;");
	CHECK("Content-Length body",
		POST11 "Content-Length: 5\r\n\r\nhello",
		"POST / 1.1 {Host: a}{Content-Length: 5} ka=1 ec=0 body=5:hello;");
	CHECK("Content-Length with leading zeros",
		POST11 "Content-Length: 0003\r\n\r\nabc",
		"POST / 1.1 {Host: a}{Content-Length: 0003} ka=1 ec=0 body=3:abc;");
	CHECK("Content-Length: 0",
		POST11 "Content-Length: 0\r\n\r\n",
		"POST / 1.1 {Host: a}{Content-Length: 0} ka=1 ec=0 body=0:;");
	CHECK("partial body waits",
		POST11 "Content-Length: 5\r\n\r\nhel",
		"POST / 1.1 {Host: a}{Content-Length: 5} ka=1 ec=0more;");
	CHECK("partial head waits",
		GET11,
		"more;");
	CHECK("methods are tokens",
		"M-SEARCH * HTTP/1.1\r\n" H11 "\r\n",
		"M-SEARCH * 1.1 {Host: a} ka=1 ec=0 body=0:;");
	CHECK("absolute-form target",
		"GET http://a/b?c#d HTTP/1.1\r\n" H11 "\r\n",
		"GET http://a/b?c#d 1.1 {Host: a} ka=1 ec=0 body=0:;");
}

static void chunked_bodies(void)
{
	CHECK("chunked",
		CHUNKED "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
		CHUNKED_SEEN " body=11:hello world;");
	CHECK("chunked, hex sizes any case, leading zeros",
		POST11 "Transfer-Encoding: Chunked\r\n\r\n000A\r\n0123456789\r\nb\r\nabcdefghijk\r\n00\r\n\r\n",
		"POST / 1.1 {Host: a}{Transfer-Encoding: Chunked} ka=1 ec=0 body=21:0123456789abcdefghijk;");
	CHECK("chunk extensions tolerated",
		CHUNKED
		"3;a\r\nabc\r\n3 ; a = b ;c=\"x;y\\\"z\"\r\ndef\r\n0;last\t;x\r\n\r\n",
		CHUNKED_SEEN " body=6:abcdef;");
	CHECK("trailers read and dropped",
		CHUNKED "2\r\nok\r\n0\r\nX-Sum: 1\r\nX-B: \t2\r\n\r\nGET / HTTP/1.0\r\n\r\n",
		CHUNKED_SEEN " body=2:ok;GET / 1.0  ka=0 ec=0 body=0:;");
	CHECK("TE list with empty elements",
		POST11 "Transfer-Encoding: , chunked ,\r\n\r\n0\r\n\r\n",
		"POST / 1.1 {Host: a}{Transfer-Encoding: , chunked ,} ka=1 ec=0 body=0:;");
}

static void pipelining(void)
{
	CHECK("three pipelined requests",
		"GET /1 HTTP/1.1\r\n" H11 "\r\n"
		"POST /2 HTTP/1.1\r\n" H11 "Content-Length: 3\r\n\r\nabc"
		"GET /3 HTTP/1.1\r\n" H11 "Connection: close\r\n\r\n",
		"GET /1 1.1 {Host: a} ka=1 ec=0 body=0:;"
		"POST /2 1.1 {Host: a}{Content-Length: 3} ka=1 ec=0 body=3:abc;"
		"GET /3 1.1 {Host: a}{Connection: close} ka=0 ec=0 body=0:;");
	CHECK("an error stops the pipeline",
		"GET /1 HTTP/1.1\r\n" H11 "\r\n"
		"GET /2 HTTP/1.1\r\nHost : a\r\n\r\n"
		"GET /3 HTTP/1.1\r\n" H11 "\r\n",
		"GET /1 1.1 {Host: a} ka=1 ec=0 body=0:;E400;");
	CHECK("the bytes after a smuggling attempt are not a request",
		POST11 "Content-Length: 4\r\nContent-Length: 30\r\n\r\n"
		"abcdGET /admin HTTP/1.1\r\n" H11 "\r\n",
		"E400;");
}

static void strictness(void)
{
	/* framing */
	CHECK_ERR("two different Content-Length", POST11 "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400);
	CHECK_ERR("two identical Content-Length", POST11 "Content-Length: 1\r\nContent-Length: 1\r\n\r\na", 400);
	CHECK_ERR("Content-Length list", POST11 "Content-Length: 1, 1\r\n\r\na", 400);
	CHECK_ERR("Content-Length: +0", POST11 "Content-Length: +0\r\n\r\n", 400);
	CHECK_ERR("Content-Length: -1", POST11 "Content-Length: -1\r\n\r\n", 400);
	CHECK_ERR("Content-Length: 0x1", POST11 "Content-Length: 0x1\r\n\r\n", 400);
	CHECK_ERR("Content-Length: 1 2", POST11 "Content-Length: 1 2\r\n\r\n", 400);
	CHECK_ERR("Content-Length empty", POST11 "Content-Length:\r\n\r\n", 400);
	CHECK_ERR("Content-Length huge", POST11 "Content-Length: 99999999999999999999999\r\n\r\n", 413);
	CHECK_ERR("TE and CL", POST11 "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", 400);
	CHECK_ERR("CL and TE", POST11 "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
	CHECK_ERR("TE in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
	CHECK_ERR("TE gzip", POST11 "Transfer-Encoding: gzip\r\n\r\n", 501);
	CHECK_ERR("TE gzip, chunked", POST11 "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501);
	CHECK_ERR("TE chunked, gzip (chunked not final)", POST11 "Transfer-Encoding: chunked, gzip\r\n\r\n", 501);
	CHECK_ERR("TE chunked twice", POST11 "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", 400);
	CHECK_ERR("TE chunked in two headers", POST11 "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
	CHECK_ERR("TE empty", POST11 "Transfer-Encoding:\r\n\r\n", 400);
	CHECK_ERR("TE not a token", POST11 "Transfer-Encoding: \"chunked\"\r\n\r\n", 400);
	CHECK_ERR("TE chunked with parameters", POST11 "Transfer-Encoding: chunked;q=1\r\n\r\n", 501);

	/* field syntax */
	CHECK_ERR("whitespace before the colon", POST11 "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n", 400);
	CHECK_ERR("tab before the colon", "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", 400);
	CHECK_ERR("obs-fold", GET11 "X-A: b\r\n c\r\n\r\n", 400);
	CHECK_ERR("obs-fold with a tab", GET11 "X-A: b\r\n\tc\r\n\r\n", 400);
	CHECK_ERR("whitespace before the first field", "GET / HTTP/1.1\r\n " H11 "\r\n", 400);
	CHECK_ERR("empty field name", GET11 ": x\r\n\r\n", 400);
	CHECK_ERR("no colon", GET11 "X-A\r\n\r\n", 400);
	CHECK_ERR("non-token in name", GET11 "X(A): b\r\n\r\n", 400);
	CHECK_ERR("NUL in a value", GET11 "X-A: b\0c\r\n\r\n", 400);
	CHECK_ERR("NUL in a name", GET11 "X\0A: b\r\n\r\n", 400);
	CHECK_ERR("control char in a value", GET11 "X-A: b\x01\r\n\r\n", 400);
	CHECK_ERR("DEL in a value", GET11 "X-A: b\x7f\r\n\r\n", 400);
	CHECK_ERR("ESC in a value", GET11 "X-A: \x1b[0m\r\n\r\n", 400);
	CHECK_ERR("bare CR in a value", GET11 "X-A: b\rc\r\n\r\n", 400);
	CHECK_ERR("bare CR at the end of the head", GET11 "\rX", 400);
	CHECK_ERR("bare CR in the request line", "GET / HTTP/1.1\rHost: a\r\n\r\n", 400);
	CHECK_ERR("bare CR before the request line", "\rGET / HTTP/1.1\r\n" H11 "\r\n", 400);

	/* Host */
	CHECK_ERR("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nX: y\r\n\r\n", 400);
	CHECK_ERR("two Host", GET11 "Host: b\r\n\r\n", 400);
	CHECK_ERR("two Host, same value", GET11 "host: a\r\n\r\n", 400);
	CHECK_ERR("two Host in HTTP/1.0", "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400);
	CHECK_ERR("Host with a slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400);
	CHECK_ERR("Host with a space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400);
	CHECK_ERR("Host with userinfo", "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", 400);

	/* request line */
	CHECK_ERR("two spaces after the method", "GET  / HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("two spaces after the target", "GET /  HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("tab separator", "GET\t/ HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("no version", "GET /\r\n\r\n", 400);
	CHECK_ERR("lowercase http", "GET / http/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("two-digit minor", "GET / HTTP/1.10\r\n" H11 "\r\n", 400);
	CHECK_ERR("trailing space after the version", "GET / HTTP/1.1 \r\n" H11 "\r\n", 400);
	CHECK_ERR("HTTP/2.0", "GET / HTTP/2.0\r\n\r\n", 505);
	CHECK_ERR("HTTP/1.2", "GET / HTTP/1.2\r\n" H11 "\r\n", 505);
	CHECK_ERR("HTTP/0.9", "GET / HTTP/0.9\r\n\r\n", 505);
	CHECK_ERR("control char in the target", "GET /a\x01 HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("DEL in the target", "GET /a\x7f HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("method not a token", "G(T / HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("empty method", " / HTTP/1.1\r\n" H11 "\r\n", 400);
	CHECK_ERR("garbage", "GARBAGE\r\n\r\n", 400);

	/* chunk framing */
	CHECK_BAD_CHUNK("chunk size not hex", "g\r\n\r\n");
	CHECK_BAD_CHUNK("chunk size with 0x", "0x5\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk size negative", "-5\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk size with a leading space", " 5\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk size with a trailing space", "5 \r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("empty chunk size", "\r\n");
	CHECK_BAD_CHUNK("chunk size overflow", "10000000000000000\r\n");
	CHECK("chunk size 2^64-1 above the body limit", CHUNKED "ffffffffffffffff\r\nx", CHUNKED_SEEN "more;");
	CHECK_BAD_CHUNK("chunk line ends in a bare LF", "5\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk line with a bare CR", "5\rhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk data too long", "5\r\nhelloX\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk data ends in a bare LF", "5\r\nhello\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension without a name", "5;\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension with a control char", "5;a\x01\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension with an LF in a quoted value", "5;a=\"\n\"\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension value empty", "5;a=\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension name then whitespace", "5;a \r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension value then whitespace", "5;a=b\t\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk extension quoted-pair with NUL", "5;a=\"\\\0\"\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("chunk line too long", "5;a=" LONG4K "\r\nhello\r\n0\r\n\r\n");
	CHECK_BAD_CHUNK("trailer with obs-fold", "0\r\nX: a\r\n b\r\n\r\n");
	CHECK_BAD_CHUNK("trailer with NUL", "0\r\nX: a\0\r\n\r\n");
	CHECK_BAD_CHUNK("trailer with bare CR", "0\r\nX: a\rb\r\n\r\n");
	CHECK_BAD_CHUNK("trailer without colon", "0\r\nXY\r\n\r\n");
}

static void limits(void)
{
	hp_limits l;

	hp_limits_default(&l);
	l.max_uri = 8;
	CHECK_LIM("URI at the limit", "GET /2345678 HTTP/1.1\r\n" H11 "\r\n", &l, "GET /2345678 1.1 {Host: a} ka=1 ec=0 body=0:;");
	CHECK_LIM("URI over the limit", "GET /23456789 HTTP/1.1\r\n" H11 "\r\n", &l, "E414;");

	hp_limits_default(&l);
	l.max_head = 40;
	/* 40 bytes exactly, line ends not counted (as evhttp counts):
	 * "GET / HTTP/1.1" (14) + "Host: a" (7) + "X: 1234567890123456" (19) */
	CHECK_LIM("head at the limit", GET11 "X: 1234567890123456\r\n\r\n", &l,
		"GET / 1.1 {Host: a}{X: 1234567890123456} ka=1 ec=0 body=0:;");
	CHECK_LIM("head at the limit, bare LFs", "GET / HTTP/1.1\nHost: a\nX: 1234567890123456\n\n", &l,
		"GET / 1.1 {Host: a}{X: 1234567890123456} ka=1 ec=0 body=0:;");
	CHECK_LIM("head over the limit", GET11 "X: 12345678901234567\r\n\r\n", &l, "E431;");
	/* Incomplete: what came after the last line end counts, less the two
	 * bytes its line end may take (a verdict that does not depend on where
	 * the bytes are cut). */
	CHECK_LIM("incomplete head at the limit", GET11 "X: 1234567890123456", &l, "more;");
	CHECK_LIM("incomplete head within its line end", GET11 "X: 123456789012345678", &l, "more;");
	CHECK_LIM("incomplete head over the limit", GET11 "X: 1234567890123456789", &l, "E431;");
	CHECK_LIM("long URI fills the head", "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n\r\n", &l, "E414;");
	CHECK_LIM("trailers over the limit",
		CHUNKED "0\r\nX: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n", &l, "E431;");

	hp_limits_default(&l);
	l.max_headers = 2;
	CHECK_LIM("headers at the count limit", GET11 "X: y\r\n\r\n", &l, "GET / 1.1 {Host: a}{X: y} ka=1 ec=0 body=0:;");
	CHECK_LIM("headers over the count limit", GET11 "X: y\r\nZ: w\r\n\r\n", &l, "E431;");

	hp_limits_default(&l);
	l.max_body = 5;
	CHECK_LIM("body at the limit", POST11 "Content-Length: 5\r\n\r\nhello", &l, "POST / 1.1 {Host: a}{Content-Length: 5} ka=1 ec=0 body=5:hello;");
	CHECK_LIM("body over the limit", POST11 "Content-Length: 6\r\n\r\nhello!", &l, "E413;");
	CHECK_LIM("chunked body at the limit", CHUNKED "3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n", &l, CHUNKED_SEEN " body=5:hello;");
	CHECK_LIM("chunked body over the limit", CHUNKED "3\r\nhel\r\n3\r\nlo!\r\n0\r\n\r\n", &l, CHUNKED_SEEN "E413;");
}

static void many_headers(void)
{
	/* More headers than the parser holds inline: the array grows. */
	char in[4096];
	char want[8192];
	size_t n = 0, w = 0;

	n += (size_t)snprintf(in + n, sizeof(in) - n, GET11 "");
	w += (size_t)snprintf(want + w, sizeof(want) - w, "GET / 1.1 {Host: a}");
	for (int i = 0; i < 60; i++) {
		n += (size_t)snprintf(in + n, sizeof(in) - n, "X-%d: %d\r\n", i, i * 7);
		w += (size_t)snprintf(want + w, sizeof(want) - w, "{X-%d: %d}", i, i * 7);
	}
	n += (size_t)snprintf(in + n, sizeof(in) - n, "\r\n");
	snprintf(want + w, sizeof(want) - w, " ka=1 ec=0 body=0:;");
	check_lim("61 headers", in, n, NULL, want);
}

static void helpers(void)
{
	static const char req[] = "HEAD /h HTTP/1.1\r\nHost: a\r\nX-Thing:  v \r\nexpect: 100-continue\r\n\r\n";
	hp_parser p;
	size_t c;
	hp_span sp;
	const hp_header *h;

	hp_init(&p, NULL);
	expect_true("helpers: head", hp_execute(&p, req, sizeof(req) - 1, &c, &sp) == HP_HEAD && c == sizeof(req) - 1);
	expect_true("helpers: HEAD method", p.method == HP_METHOD_HEAD);
	h = hp_find_header(&p, req, "x-thing", 7);
	expect_true("helpers: find any case", h && h->value_len == 1 && req[h->value_off] == 'v');
	expect_true("helpers: find missing", hp_find_header(&p, req, "x-thin", 6) == NULL);
	expect_true("helpers: expect", (p.flags & HP_F_EXPECT_CONTINUE) != 0);
	expect_true("helpers: keep-alive 1.1", hp_keep_alive(&p));
	expect_true("helpers: done", hp_execute(&p, req + c, 0, &c, &sp) == HP_DONE && c == 0);
	expect_true("helpers: done again", hp_execute(&p, "", 0, &c, &sp) == HP_DONE);
	hp_reset(&p);
	expect_true("helpers: again on empty input", hp_execute(&p, "", 0, &c, &sp) == HP_AGAIN && c == 0);
	expect_true("helpers: method table", hp_method_from("OPTIONS", 7) == HP_METHOD_OPTIONS
		&& hp_method_from("get", 3) == HP_METHOD_OTHER && hp_method_from("PATCH", 5) == HP_METHOD_PATCH);
	hp_free(&p);
}

int main(void)
{
	valid_requests();
	chunked_bodies();
	pipelining();
	strictness();
	limits();
	many_headers();
	helpers();
	printf("parser_test: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
