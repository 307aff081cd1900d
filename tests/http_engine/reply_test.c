/*
 * Unit tests of src/http/reply.c: the bytes of each reply against what a
 * client received from PECL event 3.1.5 on evhttp 2.1.12 for the same
 * request (taken with nc, Date masked as "D"), except where reply.h says we
 * differ on purpose (HEAD, 1xx/204/304 bodies, HTTP/1.0 streaming).
 * Prints "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>

#include "../../src/http/reply.h"

static int passed, failed;

/* The buffer's bytes with the Date value replaced by "D". */
static char *text(struct evbuffer *b)
{
	size_t n = evbuffer_get_length(b);
	char *s = malloc(n + 1), *d;
	char date[32];
	size_t dl = hr_date(date);

	evbuffer_remove(b, s, n);
	s[n] = '\0';
	while (dl && (d = strstr(s, date)) != NULL) {
		d[0] = 'D';
		memmove(d + 1, d + dl, strlen(d + dl) + 1);
	}
	return s;
}

static void expect(const char *name, struct evbuffer *b, const char *want)
{
	char *got = text(b);
	if (strcmp(got, want) == 0) {
		passed++;
	} else {
		failed++;
		printf("FAIL %s\n  got:  [%s]\n  want: [%s]\n", name, got, want);
	}
	free(got);
}

static void expect_int(const char *name, long got, long want)
{
	if (got == want) {
		passed++;
	} else {
		failed++;
		printf("FAIL %s: got %ld, want %ld\n", name, got, want);
	}
}

#define CT_DEFAULT "Content-Type: text/html; charset=ISO-8859-1\r\n"

static void reply(const char *name, unsigned req, int major, int minor, int code, const char *reason,
	const hr_field *f, size_t nf, const char *body, const char *want, int want_close)
{
	struct evbuffer *out = evbuffer_new(), *b = evbuffer_new();
	hr_ctx ctx = { (uint8_t)major, (uint8_t)minor, req, HR_DEFAULT_CONTENT_TYPE, NULL, NULL };
	int r;

	if (body) {
		evbuffer_add(b, body, strlen(body));
	}
	r = hr_reply(out, &ctx, code, reason, f, nf, body ? b : NULL);
	expect(name, out, want);
	expect_int(name, r & HR_CLOSE, want_close ? HR_CLOSE : 0);
	expect_int(name, (long)evbuffer_get_length(b), 0);
	evbuffer_free(out);
	evbuffer_free(b);
}

static void replies(void)
{
	static const hr_field ct[] = { { "Content-Type", 12, "text/plain", 10 } };
	static const hr_field conn[] = { { "Connection", 10, "foo", 3 } };
	static const hr_field cclose[] = { { "connection", 10, "Close", 5 } };

	reply("1.1", 0, 1, 1, 200, "OK", NULL, 0, "Hello\n",
		"HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 6\r\n" CT_DEFAULT "\r\nHello\n", 0);
	reply("1.0", 0, 1, 0, 200, "OK", NULL, 0, "Hello\n",
		"HTTP/1.0 200 OK\r\n" CT_DEFAULT "\r\nHello\n", 1);
	reply("1.0 keep-alive", HR_REQ_KEEP_ALIVE, 1, 0, 200, "OK", NULL, 0, "Hello\n",
		"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 6\r\n" CT_DEFAULT "\r\nHello\n", 0);
	reply("1.1 close", HR_REQ_CLOSE, 1, 1, 200, "OK", NULL, 0, "Hello\n",
		"HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 6\r\n" CT_DEFAULT "Connection: close\r\n\r\nHello\n", 1);
	reply("script Content-Type", 0, 1, 1, 200, "OK", ct, 1, "Hello\n",
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: D\r\nContent-Length: 6\r\n\r\nHello\n", 0);
	reply("script Connection dropped on close", HR_REQ_CLOSE, 1, 1, 200, "OK", conn, 1, "Hello\n",
		"HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 6\r\n" CT_DEFAULT "Connection: close\r\n\r\nHello\n", 1);
	reply("script Connection kept", 0, 1, 1, 200, "OK", conn, 1, "Hello\n",
		"HTTP/1.1 200 OK\r\nConnection: foo\r\nDate: D\r\nContent-Length: 6\r\n" CT_DEFAULT "\r\nHello\n", 0);
	reply("script Connection: close closes", 0, 1, 1, 200, "OK", cclose, 1, "",
		"HTTP/1.1 200 OK\r\nconnection: Close\r\nDate: D\r\nContent-Length: 0\r\n" CT_DEFAULT "\r\n", 1);
	reply("no body buffer", 0, 1, 1, 200, "OK", NULL, 0, NULL,
		"HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 0\r\n" CT_DEFAULT "\r\n", 0);
	reply("HEAD 1.1: length, no body", HR_REQ_HEAD, 1, 1, 200, "OK", NULL, 0, "Hello\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 6\r\nDate: D\r\n\r\n", 0);
	reply("HEAD 1.0", HR_REQ_HEAD, 1, 0, 200, "OK", NULL, 0, "Hello\n",
		"HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\n", 1);
	reply("204", 0, 1, 1, 204, "No Content", NULL, 0, NULL,
		"HTTP/1.1 204 No Content\r\nDate: D\r\n\r\n", 0);
	reply("204 drops a body", 0, 1, 1, 204, "No Content", NULL, 0, "x",
		"HTTP/1.1 204 No Content\r\nDate: D\r\n\r\n", 0);
	reply("304", 0, 1, 1, 304, "Not Modified", NULL, 0, NULL,
		"HTTP/1.1 304 Not Modified\r\nDate: D\r\n\r\n", 0);
	reply("NULL reason from the table", 0, 1, 1, 404, NULL, NULL, 0, "",
		"HTTP/1.1 404 Not Found\r\nDate: D\r\nContent-Length: 0\r\n" CT_DEFAULT "\r\n", 0);

	/* a large body: the head is one chain, the body moved behind it */
	{
		struct evbuffer *out = evbuffer_new(), *b = evbuffer_new();
		hr_ctx ctx = { 1, 1, 0, NULL, NULL, NULL };
		static char big[100000];
		memset(big, 'z', sizeof(big));
		evbuffer_add(b, big, sizeof(big));
		hr_reply(out, &ctx, 200, "OK", NULL, 0, b);
		char *s = text(out);
		expect_int("large body: length header", strstr(s, "Content-Length: 100000\r\n\r\nzzz") != NULL, 1);
		expect_int("large body: size", (long)strlen(s), (long)(strlen("HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 100000\r\n\r\n") + sizeof(big)));
		free(s);
		evbuffer_free(out);
		evbuffer_free(b);
	}
}

static void streamed(const char *name, unsigned req, int minor, const hr_field *f, size_t nf, const char *want, int want_mode)
{
	struct evbuffer *out = evbuffer_new(), *b = evbuffer_new();
	hr_ctx ctx = { 1, (uint8_t)minor, req, HR_DEFAULT_CONTENT_TYPE, NULL, NULL };
	int mode = hr_reply_start(out, &ctx, 200, "OK", f, nf);

	evbuffer_add(b, "abc", 3);
	hr_reply_chunk(out, mode, b);
	hr_reply_chunk(out, mode, b); /* empty: skipped */
	evbuffer_add(b, "0123456789abcdefg", 17);
	hr_reply_chunk(out, mode, b);
	hr_reply_end(out, mode);
	expect(name, out, want);
	expect_int(name, mode, want_mode);
	evbuffer_free(out);
	evbuffer_free(b);
}

static void streams(void)
{
	static const hr_field cl[] = { { "Content-Length", 14, "20", 2 } };

	streamed("chunked 1.1", 0, 1, NULL, 0,
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nDate: D\r\n" CT_DEFAULT "\r\n3\r\nabc\r\n11\r\n0123456789abcdefg\r\n0\r\n\r\n",
		HR_CHUNKED);
	streamed("1.0: close-delimited", 0, 0, NULL, 0,
		"HTTP/1.0 200 OK\r\n" CT_DEFAULT "\r\nabc0123456789abcdefg", HR_RAW | HR_CLOSE);
	streamed("1.0 keep-alive: close-delimited all the same", HR_REQ_KEEP_ALIVE, 0, NULL, 0,
		"HTTP/1.0 200 OK\r\n" CT_DEFAULT "\r\nabc0123456789abcdefg", HR_RAW | HR_CLOSE);
	streamed("1.0 keep-alive with Content-Length", HR_REQ_KEEP_ALIVE, 0, cl, 1,
		"HTTP/1.0 200 OK\r\nContent-Length: 20\r\nConnection: keep-alive\r\n" CT_DEFAULT "\r\nabc0123456789abcdefg", HR_RAW);
	streamed("1.1 with Content-Length", 0, 1, cl, 1,
		"HTTP/1.1 200 OK\r\nContent-Length: 20\r\nDate: D\r\n" CT_DEFAULT "\r\nabc0123456789abcdefg", HR_RAW);
	streamed("HEAD", HR_REQ_HEAD, 1, NULL, 0, "HTTP/1.1 200 OK\r\nDate: D\r\n\r\n", HR_NOBODY);
	streamed("chunked 1.1 close", HR_REQ_CLOSE, 1, NULL, 0,
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nDate: D\r\n" CT_DEFAULT "Connection: close\r\n\r\n3\r\nabc\r\n11\r\n0123456789abcdefg\r\n0\r\n\r\n",
		HR_CHUNKED | HR_CLOSE);
}

static void error(const char *name, unsigned req, int minor, int code, const char *reason, const char *want)
{
	struct evbuffer *out = evbuffer_new();
	hr_ctx ctx = { 1, (uint8_t)minor, req, HR_DEFAULT_CONTENT_TYPE, NULL, NULL };
	expect_int(name, hr_error(out, &ctx, code, reason), HR_CLOSE);
	expect(name, out, want);
	evbuffer_free(out);
}

#define PAGE(c, r) "<HTML><HEAD>\n<TITLE>" c " " r "</TITLE>\n</HEAD><BODY>\n<H1>" r "</H1>\n</BODY></HTML>\n"

static void errors(void)
{
	error("404", 0, 1, 404, NULL,
		"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nConnection: close\r\nDate: D\r\nContent-Length: 90\r\n\r\n" PAGE("404", "Not Found"));
	error("404 to HTTP/1.0 is HTTP/1.1", 0, 0, 404, NULL,
		"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nConnection: close\r\nDate: D\r\nContent-Length: 90\r\n\r\n" PAGE("404", "Not Found"));
	error("500 Oops, request asked close", HR_REQ_CLOSE, 1, 500, "Oops",
		"HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\nDate: D\r\nContent-Length: 80\r\nConnection: close\r\n\r\n" PAGE("500", "Oops"));
	error("HEAD 404", HR_REQ_HEAD, 1, 404, NULL,
		"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nConnection: close\r\nDate: D\r\n\r\n" PAGE("404", "Not Found"));
	error("400", 0, 1, 400, NULL,
		"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\nDate: D\r\nContent-Length: 94\r\n\r\n" PAGE("400", "Bad Request"));
}

static void misc(void)
{
	struct evbuffer *out = evbuffer_new();
	hr_ctx c10 = { 1, 0, 0, NULL, NULL, NULL }, c11 = { 1, 1, 0, NULL, NULL, NULL };
	char d[32];
	struct {
		int code;
		const char *want;
	} table[] = {
		{ 100, "Continue" }, { 101, "Switching Protocols" }, { 102, "Informational" },
		{ 200, "OK" }, { 203, "Non-Authoritative Information" }, { 206, "Partial Content" },
		{ 207, "Success" }, { 302, "Found" }, { 306, "Temporary Redirect" }, { 307, "Redirection" },
		{ 400, "Bad Request" }, { 408, "Request Time-out" }, { 413, "Request Entity Too Large" },
		{ 414, "Request-URI Too Large" }, { 416, "Requested range not satisfiable" },
		{ 417, "Expectation Failed" }, { 418, "Client Error" }, { 431, "Client Error" },
		{ 500, "Internal Server Error" }, { 504, "Gateway Time-out" },
		{ 505, "HTTP Version not supported" }, { 506, "Server Error" }, { 600, "Unknown Status Class" },
		{ 99, "Unknown Status Class" }, { -1, "Unknown Status Class" },
	};

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const char *got = hr_reason(table[i].code);
		if (strcmp(got, table[i].want) == 0) {
			passed++;
		} else {
			failed++;
			printf("FAIL reason %d: got %s, want %s\n", table[i].code, got, table[i].want);
		}
	}
	expect_int("parser reason 431", strcmp(hr_parser_reason(431), "Request Header Fields Too Large"), 0);
	expect_int("parser reason 414", strcmp(hr_parser_reason(414), "Request-URI Too Large"), 0);

	hr_continue(out, &c11);
	expect("100-continue 1.1", out, "HTTP/1.1 100 Continue\r\n\r\n");
	hr_continue(out, &c10);
	expect("100-continue 1.0", out, "HTTP/1.0 100 Continue\r\n\r\n");
	evbuffer_free(out);

	expect_int("date length", (long)hr_date(d), 29);
	expect_int("date form", d[3] == ',' && d[4] == ' ' && strcmp(d + 25, " GMT") == 0, 1);

	{
		char b[24];
		size_t n = hr_u64(b, 0);
		expect_int("u64 0", n == 1 && b[0] == '0', 1);
		n = hr_u64(b, UINT64_MAX);
		b[n] = 0;
		expect_int("u64 max", strcmp(b, "18446744073709551615"), 0);
		n = hr_hex(b, UINT64_MAX);
		b[n] = 0;
		expect_int("hex max", strcmp(b, "ffffffffffffffff"), 0);
		n = hr_hex(b, 0x1a0);
		b[n] = 0;
		expect_int("hex 1a0", strcmp(b, "1a0"), 0);
	}
}

/* The fields the writer adds are reported, in the order written. */
static char added_names[256];

static void on_added(void *arg, const char *name, size_t nl, const char *value, size_t vl)
{
	(void)arg;
	(void)value;
	(void)vl;
	strncat(added_names, name, nl);
	strcat(added_names, ";");
}

static void added_fields(void)
{
	struct evbuffer *out = evbuffer_new(), *body = evbuffer_new();
	hr_ctx c = { 1, 1, HR_REQ_CLOSE, HR_DEFAULT_CONTENT_TYPE, on_added, NULL };
	hr_field f[1] = { { "X-A", 3, "a", 1 } };

	evbuffer_add(body, "abc", 3);
	added_names[0] = '\0';
	hr_reply(out, &c, 200, "OK", f, 1, body);
	if (strcmp(added_names, "Date;Content-Length;Content-Type;Connection;") == 0) passed++;
	else { failed++; printf("FAIL added fields of a reply: %s\n", added_names); }
	evbuffer_drain(out, evbuffer_get_length(out));
	added_names[0] = '\0';
	hr_error(out, &c, 404, NULL);
	if (strcmp(added_names, "Content-Type;Date;Content-Length;Connection;") == 0) passed++;
	else { failed++; printf("FAIL added fields of an error: %s\n", added_names); }
	evbuffer_drain(out, evbuffer_get_length(out));
	c.req = 0;
	added_names[0] = '\0';
	hr_reply_start(out, &c, 200, "OK", f, 1);
	if (strcmp(added_names, "Transfer-Encoding;Date;Content-Type;") == 0) passed++;
	else { failed++; printf("FAIL added fields of a stream: %s\n", added_names); }
	evbuffer_free(out);
	evbuffer_free(body);
}

int main(void)
{
	added_fields();
	replies();
	streams();
	errors();
	misc();
	printf("reply_test: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
