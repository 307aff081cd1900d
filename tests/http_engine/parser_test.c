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
		"GET / HTTP/1.1\r\n" H11 "Connection: close\r\n\r\n",
		"GET / 1.1 {Host: a}{Connection: close} ka=0 ec=0 body=0:;");
	CHECK("Connection tokens, any case, close wins",
		"GET / HTTP/1.1\r\n" H11 "Connection: keep-alive, ,Upgrade ,  CLOSE \r\n\r\n",
		"GET / 1.1 {Host: a}{Connection: keep-alive, ,Upgrade ,  CLOSE} ka=0 ec=0 body=0:;");
	CHECK("Connection: closed is not close",
		"GET / HTTP/1.1\r\n" H11 "Connection: closed\r\n\r\n",
		"GET / 1.1 {Host: a}{Connection: closed} ka=1 ec=0 body=0:;");
	CHECK("OWS trimmed, empty value, obs-text",
		"GET / HTTP/1.1\r\n" H11 "X-A:   b c \t\r\nX-E:\r\nX-O: \xff\x80\r\n\r\n",
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
		"POST / HTTP/1.1\r\n" H11 "Content-Length: 5\r\n\r\nhello",
		"POST / 1.1 {Host: a}{Content-Length: 5} ka=1 ec=0 body=5:hello;");
	CHECK("Content-Length with leading zeros",
		"POST / HTTP/1.1\r\n" H11 "Content-Length: 0003\r\n\r\nabc",
		"POST / 1.1 {Host: a}{Content-Length: 0003} ka=1 ec=0 body=3:abc;");
	CHECK("Content-Length: 0",
		"POST / HTTP/1.1\r\n" H11 "Content-Length: 0\r\n\r\n",
		"POST / 1.1 {Host: a}{Content-Length: 0} ka=1 ec=0 body=0:;");
	CHECK("partial body waits",
		"POST / HTTP/1.1\r\n" H11 "Content-Length: 5\r\n\r\nhel",
		"POST / 1.1 {Host: a}{Content-Length: 5} ka=1 ec=0more;");
	CHECK("partial head waits",
		"GET / HTTP/1.1\r\nHost: a\r\n",
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
		"POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
		"POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0 body=11:hello world;");
	CHECK("chunked, hex sizes any case, leading zeros",
		"POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: Chunked\r\n\r\n000A\r\n0123456789\r\nb\r\nabcdefghijk\r\n00\r\n\r\n",
		"POST / 1.1 {Host: a}{Transfer-Encoding: Chunked} ka=1 ec=0 body=21:0123456789abcdefghijk;");
	CHECK("chunk extensions tolerated",
		"POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n"
		"3;a\r\nabc\r\n3 ; a = b ;c=\"x;y\\\"z\"\r\ndef\r\n0;last\t;x\r\n\r\n",
		"POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0 body=6:abcdef;");
	CHECK("trailers read and dropped",
		"POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nX-Sum: 1\r\nX-B: \t2\r\n\r\nGET / HTTP/1.0\r\n\r\n",
		"POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0 body=2:ok;GET / 1.0  ka=0 ec=0 body=0:;");
	CHECK("TE list with empty elements",
		"POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: , chunked ,\r\n\r\n0\r\n\r\n",
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
		"POST / HTTP/1.1\r\n" H11 "Content-Length: 4\r\nContent-Length: 30\r\n\r\n"
		"abcdGET /admin HTTP/1.1\r\n" H11 "\r\n",
		"E400;");
}

static void strictness(void)
{
	/* framing */
	CHECK("two different Content-Length", "POST / HTTP/1.1\r\n" H11 "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab", "E400;");
	CHECK("two identical Content-Length", "POST / HTTP/1.1\r\n" H11 "Content-Length: 1\r\nContent-Length: 1\r\n\r\na", "E400;");
	CHECK("Content-Length list", "POST / HTTP/1.1\r\n" H11 "Content-Length: 1, 1\r\n\r\na", "E400;");
	CHECK("Content-Length: +0", "POST / HTTP/1.1\r\n" H11 "Content-Length: +0\r\n\r\n", "E400;");
	CHECK("Content-Length: -1", "POST / HTTP/1.1\r\n" H11 "Content-Length: -1\r\n\r\n", "E400;");
	CHECK("Content-Length: 0x1", "POST / HTTP/1.1\r\n" H11 "Content-Length: 0x1\r\n\r\n", "E400;");
	CHECK("Content-Length: 1 2", "POST / HTTP/1.1\r\n" H11 "Content-Length: 1 2\r\n\r\n", "E400;");
	CHECK("Content-Length empty", "POST / HTTP/1.1\r\n" H11 "Content-Length:\r\n\r\n", "E400;");
	CHECK("Content-Length huge", "POST / HTTP/1.1\r\n" H11 "Content-Length: 99999999999999999999999\r\n\r\n", "E413;");
	CHECK("TE and CL", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", "E400;");
	CHECK("CL and TE", "POST / HTTP/1.1\r\n" H11 "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "E400;");
	CHECK("TE in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "E400;");
	CHECK("TE gzip", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: gzip\r\n\r\n", "E501;");
	CHECK("TE gzip, chunked", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", "E501;");
	CHECK("TE chunked, gzip (chunked not final)", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked, gzip\r\n\r\n", "E501;");
	CHECK("TE chunked twice", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", "E400;");
	CHECK("TE chunked in two headers", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "E400;");
	CHECK("TE empty", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding:\r\n\r\n", "E400;");
	CHECK("TE not a token", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: \"chunked\"\r\n\r\n", "E400;");
	CHECK("TE chunked with parameters", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked;q=1\r\n\r\n", "E501;");

	/* field syntax */
	CHECK("whitespace before the colon", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n", "E400;");
	CHECK("tab before the colon", "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", "E400;");
	CHECK("obs-fold", "GET / HTTP/1.1\r\n" H11 "X-A: b\r\n c\r\n\r\n", "E400;");
	CHECK("obs-fold with a tab", "GET / HTTP/1.1\r\n" H11 "X-A: b\r\n\tc\r\n\r\n", "E400;");
	CHECK("whitespace before the first field", "GET / HTTP/1.1\r\n " H11 "\r\n", "E400;");
	CHECK("empty field name", "GET / HTTP/1.1\r\n" H11 ": x\r\n\r\n", "E400;");
	CHECK("no colon", "GET / HTTP/1.1\r\n" H11 "X-A\r\n\r\n", "E400;");
	CHECK("non-token in name", "GET / HTTP/1.1\r\n" H11 "X(A): b\r\n\r\n", "E400;");
	CHECK("NUL in a value", "GET / HTTP/1.1\r\n" H11 "X-A: b\0c\r\n\r\n", "E400;");
	CHECK("NUL in a name", "GET / HTTP/1.1\r\n" H11 "X\0A: b\r\n\r\n", "E400;");
	CHECK("control char in a value", "GET / HTTP/1.1\r\n" H11 "X-A: b\x01\r\n\r\n", "E400;");
	CHECK("DEL in a value", "GET / HTTP/1.1\r\n" H11 "X-A: b\x7f\r\n\r\n", "E400;");
	CHECK("ESC in a value", "GET / HTTP/1.1\r\n" H11 "X-A: \x1b[0m\r\n\r\n", "E400;");
	CHECK("bare CR in a value", "GET / HTTP/1.1\r\n" H11 "X-A: b\rc\r\n\r\n", "E400;");
	CHECK("bare CR at the end of the head", "GET / HTTP/1.1\r\n" H11 "\rX", "E400;");
	CHECK("bare CR in the request line", "GET / HTTP/1.1\rHost: a\r\n\r\n", "E400;");
	CHECK("bare CR before the request line", "\rGET / HTTP/1.1\r\n" H11 "\r\n", "E400;");

	/* Host */
	CHECK("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nX: y\r\n\r\n", "E400;");
	CHECK("two Host", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "E400;");
	CHECK("two Host, same value", "GET / HTTP/1.1\r\nHost: a\r\nhost: a\r\n\r\n", "E400;");
	CHECK("two Host in HTTP/1.0", "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", "E400;");
	CHECK("Host with a slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", "E400;");
	CHECK("Host with a space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", "E400;");
	CHECK("Host with userinfo", "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", "E400;");

	/* request line */
	CHECK("two spaces after the method", "GET  / HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("two spaces after the target", "GET /  HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("tab separator", "GET\t/ HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("no version", "GET /\r\n\r\n", "E400;");
	CHECK("lowercase http", "GET / http/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("two-digit minor", "GET / HTTP/1.10\r\n" H11 "\r\n", "E400;");
	CHECK("trailing space after the version", "GET / HTTP/1.1 \r\n" H11 "\r\n", "E400;");
	CHECK("HTTP/2.0", "GET / HTTP/2.0\r\n\r\n", "E505;");
	CHECK("HTTP/1.2", "GET / HTTP/1.2\r\n" H11 "\r\n", "E505;");
	CHECK("HTTP/0.9", "GET / HTTP/0.9\r\n\r\n", "E505;");
	CHECK("control char in the target", "GET /a\x01 HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("DEL in the target", "GET /a\x7f HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("method not a token", "G(T / HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("empty method", " / HTTP/1.1\r\n" H11 "\r\n", "E400;");
	CHECK("garbage", "GARBAGE\r\n\r\n", "E400;");

	/* chunk framing */
	CHECK("chunk size not hex", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\ng\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk size with 0x", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk size negative", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk size with a leading space", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n 5\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk size with a trailing space", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("empty chunk size", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk size overflow", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk size 2^64-1 above the body limit", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nx", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0more;");
	CHECK("chunk line ends in a bare LF", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk line with a bare CR", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5\rhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk data too long", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk data ends in a bare LF", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension without a name", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension with a control char", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a\x01\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension with an LF in a quoted value", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a=\"\n\"\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension value empty", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a=\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension name then whitespace", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a \r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension value then whitespace", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a=b\t\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk extension quoted-pair with NUL", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a=\"\\\0\"\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("chunk line too long", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n5;a=" LONG4K "\r\nhello\r\n0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("trailer with obs-fold", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n0\r\nX: a\r\n b\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("trailer with NUL", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n0\r\nX: a\0\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("trailer with bare CR", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n0\r\nX: a\rb\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
	CHECK("trailer without colon", "POST / HTTP/1.1\r\n" H11 "Transfer-Encoding: chunked\r\n\r\n0\r\nXY\r\n\r\n", "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E400;");
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
	/* 40 bytes exactly: "GET / HTTP/1.1\r\n" (16) + "Host: a\r\n" (9) + "X: 1234567890\r\n" (15) = 40, + CRLF */
	CHECK_LIM("head at the limit", "GET / HTTP/1.1\r\nHost: a\r\nX: 12345678\r\n\r\n", &l, "GET / 1.1 {Host: a}{X: 12345678} ka=1 ec=0 body=0:;");
	CHECK_LIM("head over the limit", "GET / HTTP/1.1\r\nHost: a\r\nX: 123456789\r\n\r\n", &l, "E431;");
	CHECK_LIM("long URI fills the head", "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n\r\n", &l, "E414;");
	CHECK_LIM("trailers over the limit",
		"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n", &l, "E431;");

	hp_limits_default(&l);
	l.max_headers = 2;
	CHECK_LIM("headers at the count limit", "GET / HTTP/1.1\r\nHost: a\r\nX: y\r\n\r\n", &l, "GET / 1.1 {Host: a}{X: y} ka=1 ec=0 body=0:;");
	CHECK_LIM("headers over the count limit", "GET / HTTP/1.1\r\nHost: a\r\nX: y\r\nZ: w\r\n\r\n", &l, "E431;");

	hp_limits_default(&l);
	l.max_body = 5;
	CHECK_LIM("body at the limit", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello", &l, "POST / 1.1 {Host: a}{Content-Length: 5} ka=1 ec=0 body=5:hello;");
	CHECK_LIM("body over the limit", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\n\r\nhello!", &l, "E413;");
	CHECK_LIM("chunked body at the limit", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n", &l, "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0 body=5:hello;");
	CHECK_LIM("chunked body over the limit", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel\r\n3\r\nlo!\r\n0\r\n\r\n", &l, "POST / 1.1 {Host: a}{Transfer-Encoding: chunked} ka=1 ec=0E413;");
}

static void many_headers(void)
{
	/* More headers than the parser holds inline: the array grows. */
	char in[4096];
	char want[8192];
	size_t n = 0, w = 0;

	n += (size_t)snprintf(in + n, sizeof(in) - n, "GET / HTTP/1.1\r\nHost: a\r\n");
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
