/*
 * HTTP reply writer: see reply.h. The head is assembled in a stack buffer
 * and added to the output in one evbuffer_add(); a small body is copied in
 * behind it, so a small reply is one contiguous chain (one iovec, one
 * write). No printf: integers are formatted by hand.
 */
#include "reply.h"

#include <string.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/util.h>

#if defined(_MSC_VER)
# define HR_TLS __declspec(thread)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__STDC_NO_THREADS__)
# define HR_TLS _Thread_local
#else
# define HR_TLS __thread
#endif

#define HB_SIZE 2048

typedef struct {
	struct evbuffer *out;
	size_t n;
	hr_added_fn added;
	void *added_arg;
	char b[HB_SIZE];
} hbuf;

static void hb_flush(hbuf *h)
{
	if (h->n) {
		evbuffer_add(h->out, h->b, h->n);
		h->n = 0;
	}
}

static void hb_put(hbuf *h, const char *s, size_t n)
{
	if (n > HB_SIZE - h->n) {
		hb_flush(h);
		if (n > HB_SIZE) {
			evbuffer_add(h->out, s, n);
			return;
		}
	}
	memcpy(h->b + h->n, s, n);
	h->n += n;
}

#define HB_LIT(h, s) hb_put(h, s, sizeof(s) - 1)

size_t hr_u64(char *buf, uint64_t v)
{
	char tmp[20];
	size_t n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++) {
		buf[i] = tmp[n - 1 - i];
	}
	return n;
}

size_t hr_hex(char *buf, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[16];
	size_t n = 0;

	do {
		tmp[n++] = digits[v & 15];
		v >>= 4;
	} while (v);
	for (size_t i = 0; i < n; i++) {
		buf[i] = tmp[n - 1 - i];
	}
	return n;
}

size_t hr_date(char buf[32])
{
	static HR_TLS time_t cached_at = (time_t)-1;
	static HR_TLS char cached[32];
	static HR_TLS size_t cached_len;
	time_t now = time(NULL);

	if (now != cached_at) {
		struct tm tm;
		int n;
#ifdef _WIN32
		if (gmtime_s(&tm, &now) != 0) return 0;
#else
		if (gmtime_r(&now, &tm) == NULL) return 0;
#endif
		n = evutil_date_rfc1123(cached, sizeof(cached), &tm);
		if (n <= 0 || (size_t)n >= sizeof(cached)) {
			return 0;
		}
		cached_len = (size_t)n;
		cached_at = now;
	}
	memcpy(buf, cached, cached_len + 1);
	return cached_len;
}

/* The table of libevent 2.1.12's http.c, as its replies show it. */
static const char *const r1xx[] = { "Continue", "Switching Protocols" };
static const char *const r2xx[] = { "OK", "Created", "Accepted", "Non-Authoritative Information",
	"No Content", "Reset Content", "Partial Content" };
static const char *const r3xx[] = { "Multiple Choices", "Moved Permanently", "Found", "See Other",
	"Not Modified", "Use Proxy", "Temporary Redirect" };
static const char *const r4xx[] = { "Bad Request", "Unauthorized", "Payment Required", "Forbidden",
	"Not Found", "Method Not Allowed", "Not Acceptable", "Proxy Authentication Required",
	"Request Time-out", "Conflict", "Gone", "Length Required", "Precondition Failed",
	"Request Entity Too Large", "Request-URI Too Large", "Unsupported Media Type",
	"Requested range not satisfiable", "Expectation Failed" };
static const char *const r5xx[] = { "Internal Server Error", "Not Implemented", "Bad Gateway",
	"Service Unavailable", "Gateway Time-out", "HTTP Version not supported" };

static const struct {
	const char *klass;
	const char *const *names;
	int count;
} reasons[5] = {
	{ "Informational", r1xx, 2 },
	{ "Success", r2xx, 7 },
	{ "Redirection", r3xx, 7 },
	{ "Client Error", r4xx, 18 },
	{ "Server Error", r5xx, 6 },
};

const char *hr_reason(int code)
{
	int klass = code / 100 - 1, sub = code % 100;

	if (code < 100 || klass < 0 || klass > 4) {
		return "Unknown Status Class";
	}
	if (sub >= reasons[klass].count) {
		return reasons[klass].klass;
	}
	return reasons[klass].names[sub];
}

const char *hr_parser_reason(int code)
{
	return code == 431 ? "Request Header Fields Too Large" : hr_reason(code);
}

static int named(const hr_field *f, const char *lc, size_t n)
{
	if (f->name_len != n) {
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)f->name[i];
		if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c + 32);
		}
		if (c != (unsigned char)lc[i]) {
			return 0;
		}
	}
	return 1;
}

#define NAMED(f, lit) named(f, lit, sizeof(lit) - 1)

/* Which of the fields evhttp looks at are among the caller's. */
#define HAVE_DATE 0x01
#define HAVE_CL   0x02
#define HAVE_TE   0x04
#define HAVE_CT   0x08
#define HAVE_CONN_CLOSE 0x10

static int scan_fields(const hr_field *fields, size_t n)
{
	int have = 0;

	for (size_t i = 0; i < n; i++) {
		const hr_field *f = &fields[i];
		switch (f->name_len) {
		case 4: if (NAMED(f, "date")) have |= HAVE_DATE; break;
		case 10:
			if (NAMED(f, "connection") && f->value_len == 5) {
				hr_field v = { f->value, 5, NULL, 0 };
				if (NAMED(&v, "close")) have |= HAVE_CONN_CLOSE;
			}
			break;
		case 12: if (NAMED(f, "content-type")) have |= HAVE_CT; break;
		case 14: if (NAMED(f, "content-length")) have |= HAVE_CL; break;
		case 17: if (NAMED(f, "transfer-encoding")) have |= HAVE_TE; break;
		}
	}
	return have;
}

/* The first thing in an empty hbuf: "HTTP/x.y CODE REASON\r\n". */
static void status_line(hbuf *h, int major, int minor, int code, const char *reason)
{
	char start[32] = { 'H', 'T', 'T', 'P', '/', (char)('0' + major % 10), '.', (char)('0' + minor % 10), ' ' };
	size_t n = 9;

	if (code < 0) {
		/* evhttp prints any int ("%d"). */
		start[n++] = '-';
		n += hr_u64(start + n, (uint64_t)0 - (uint64_t)(int64_t)code);
	} else {
		n += hr_u64(start + n, (uint64_t)code);
	}
	start[n++] = ' ';
	if (!reason) {
		reason = hr_reason(code);
	}
	hb_put(h, start, n);
	hb_put(h, reason, strlen(reason));
	HB_LIT(h, "\r\n");
}

static void field(hbuf *h, const char *name, size_t nl, const char *value, size_t vl)
{
	char *p;

	if (nl + vl + 4 > HB_SIZE - h->n) {
		/* Not in the room left: piece by piece, flushing as needed. */
		hb_put(h, name, nl);
		HB_LIT(h, ": ");
		hb_put(h, value, vl);
		HB_LIT(h, "\r\n");
		return;
	}
	p = h->b + h->n;
	memcpy(p, name, nl);
	p += nl;
	*p++ = ':';
	*p++ = ' ';
	memcpy(p, value, vl);
	p += vl;
	*p++ = '\r';
	*p++ = '\n';
	h->n = (size_t)(p - h->b);
}

/* A field of the writer's own (reported to ctx->added). */
static void own_field(hbuf *h, const char *name, size_t nl, const char *value, size_t vl)
{
	field(h, name, nl, value, vl);
	if (h->added) {
		h->added(h->added_arg, name, nl, value, vl);
	}
}

static void caller_fields(hbuf *h, const hr_ctx *ctx, const hr_field *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const hr_field *f = &fields[i];
		/* evhttp drops them when the request asked for close. */
		if ((ctx->req & HR_REQ_CLOSE) && (NAMED(f, "connection") || NAMED(f, "proxy-connection"))) {
			continue;
		}
		field(h, f->name, f->name_len, f->value, f->value_len);
	}
}

static void date_field(hbuf *h)
{
	char d[32];
	size_t n = hr_date(d);
	if (n) {
		own_field(h, "Date", 4, d, n);
	}
}

static void length_field(hbuf *h, uint64_t len)
{
	char d[20];
	own_field(h, "Content-Length", 14, d, hr_u64(d, len));
}

static int has_body_code(int code)
{
	return code != 204 && code != 304 && (code < 100 || code >= 200);
}

/* 1.0 with keep-alive and without close: the connection may stay open. */
static int keep_alive_10(const hr_ctx *ctx)
{
	return (ctx->req & (HR_REQ_KEEP_ALIVE | HR_REQ_CLOSE)) == HR_REQ_KEEP_ALIVE;
}

/* The defaults evhttp_make_header_response() adds, in its order. */
static void defaults(hbuf *h, const hr_ctx *ctx, int have, int needs_body, int add_length, uint64_t len)
{
	if (ctx->major == 1) {
		if (ctx->minor >= 1 && !(have & HAVE_DATE)) {
			date_field(h);
		}
		if (ctx->minor == 0 && keep_alive_10(ctx)) {
			own_field(h, "Connection", 10, "keep-alive", 10);
		}
		if (add_length && (ctx->minor >= 1 || keep_alive_10(ctx)) && needs_body && !(have & (HAVE_CL | HAVE_TE))) {
			length_field(h, len);
		}
	}
	if (needs_body && !(have & HAVE_CT) && ctx->default_content_type) {
		own_field(h, "Content-Type", 12, ctx->default_content_type, strlen(ctx->default_content_type));
	}
	if (ctx->req & HR_REQ_CLOSE) {
		own_field(h, "Connection", 10, "close", 5);
	}
}

static int closes(const hr_ctx *ctx, int have)
{
	if ((ctx->req & HR_REQ_CLOSE) || (have & HAVE_CONN_CLOSE)) {
		return 1;
	}
	return ctx->major == 1 && ctx->minor == 0 && !keep_alive_10(ctx);
}

/* The body behind the head: copied into the head's chain when it fits. */
static void body_out(hbuf *h, struct evbuffer *body)
{
	size_t len = body ? evbuffer_get_length(body) : 0;

	if (len && len <= HB_SIZE - h->n) {
		evbuffer_remove(body, h->b + h->n, len);
		h->n += len;
		hb_flush(h);
		return;
	}
	hb_flush(h);
	if (len) {
		evbuffer_add_buffer(h->out, body);
	}
}

/* A head's start: the status line and the caller's fields. */
static void head_begin(hbuf *h, struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason,
	const hr_field *fields, size_t nfields)
{
	h->out = out;
	h->n = 0;
	h->added = ctx->added;
	h->added_arg = ctx->added_arg;
	status_line(h, ctx->major, ctx->minor, code, reason);
	caller_fields(h, ctx, fields, nfields);
}

int hr_reply(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason,
	const hr_field *fields, size_t nfields, struct evbuffer *body)
{
	hbuf h;
	int have = scan_fields(fields, nfields);
	int head = (ctx->req & HR_REQ_HEAD) != 0;
	int needs_body = has_body_code(code) && !head;
	uint64_t len = body ? evbuffer_get_length(body) : 0;

	head_begin(&h, out, ctx, code, reason, fields, nfields);
	if (head && has_body_code(code) && !(have & (HAVE_CL | HAVE_TE))) {
		/* The length a GET would get (RFC 9110 9.3.2), not the body. */
		length_field(&h, len);
		have |= HAVE_CL;
	}
	defaults(&h, ctx, have, needs_body, 1, len);
	HB_LIT(&h, "\r\n");
	if (needs_body) {
		body_out(&h, body);
	} else {
		hb_flush(&h);
		if (len) {
			evbuffer_drain(body, (size_t)len);
		}
	}
	return closes(ctx, have) ? HR_CLOSE : 0;
}

int hr_reply_start(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason,
	const hr_field *fields, size_t nfields)
{
	hbuf h;
	int have = scan_fields(fields, nfields);
	int needs_body = has_body_code(code) && !(ctx->req & HR_REQ_HEAD);
	int mode, close;

	head_begin(&h, out, ctx, code, reason, fields, nfields);
	if (!needs_body) {
		mode = HR_NOBODY;
	} else if (have & HAVE_CL) {
		mode = HR_RAW;
	} else if (ctx->major == 1 && ctx->minor >= 1) {
		if (!(have & HAVE_TE)) {
			own_field(&h, "Transfer-Encoding", 17, "chunked", 7);
			have |= HAVE_TE;
		}
		mode = HR_CHUNKED;
	} else {
		mode = HR_RAW; /* close-delimited */
	}
	close = closes(ctx, have) || (mode == HR_RAW && !(have & HAVE_CL));
	if (close && !(have & HAVE_CL) && ctx->minor == 0) {
		/* close-delimited HTTP/1.0: no "Connection: keep-alive" */
		hr_ctx c = *ctx;
		c.req &= ~HR_REQ_KEEP_ALIVE;
		defaults(&h, &c, have, needs_body, 0, 0);
	} else {
		defaults(&h, ctx, have, needs_body, 0, 0);
	}
	HB_LIT(&h, "\r\n");
	hb_flush(&h);
	return mode | (close ? HR_CLOSE : 0);
}

void hr_reply_chunk(struct evbuffer *out, int mode, struct evbuffer *data)
{
	size_t len = evbuffer_get_length(data);

	if (len == 0) {
		return;
	}
	if (mode & HR_CHUNKED) {
		char line[20];
		size_t n = hr_hex(line, len);
		line[n++] = '\r';
		line[n++] = '\n';
		evbuffer_add(out, line, n);
		evbuffer_add_buffer(out, data);
		evbuffer_add(out, "\r\n", 2);
	} else if (mode & HR_RAW) {
		evbuffer_add_buffer(out, data);
	} else {
		evbuffer_drain(data, len);
	}
}

void hr_reply_end(struct evbuffer *out, int mode)
{
	if (mode & HR_CHUNKED) {
		evbuffer_add(out, "0\r\n\r\n", 5);
	}
}

int hr_error(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason)
{
	hbuf h;
	/* evhttp_send_page_() makes every error reply HTTP/1.1. */
	hr_ctx c = { 1, 1, ctx->req, NULL, NULL, NULL };
	static const char p1[] = "<HTML><HEAD>\n<TITLE>", p2[] = "</TITLE>\n</HEAD><BODY>\n<H1>",
		p3[] = "</H1>\n</BODY></HTML>\n";
	char num[20];
	size_t nl, rl, len;
	hr_field f[2] = {
		{ "Content-Type", 12, "text/html", 9 },
		{ "Connection", 10, "close", 5 },
	};
	int needs_body = has_body_code(code) && !(ctx->req & HR_REQ_HEAD);

	if (!reason) {
		reason = hr_reason(code);
	}
	nl = hr_u64(num, (uint64_t)(code < 0 ? 0 : code));
	rl = strlen(reason);
	len = sizeof(p1) - 1 + nl + 1 + rl + sizeof(p2) - 1 + rl + sizeof(p3) - 1;

	h.out = out;
	h.n = 0;
	h.added = ctx->added;
	h.added_arg = ctx->added_arg;
	status_line(&h, 1, 1, code, reason);
	caller_fields(&h, &c, f, 2);
	if (h.added) {
		/* evhttp_send_page_() puts these two in the output headers. */
		h.added(h.added_arg, f[0].name, f[0].name_len, f[0].value, f[0].value_len);
		if (!(ctx->req & HR_REQ_CLOSE)) { /* else written (and reported) last */
			h.added(h.added_arg, f[1].name, f[1].name_len, f[1].value, f[1].value_len);
		}
	}
	defaults(&h, &c, HAVE_CT, needs_body, 1, len);
	HB_LIT(&h, "\r\n");
	/* evhttp writes the page even to HEAD: the connection closes anyway. */
	HB_LIT(&h, p1);
	hb_put(&h, num, nl);
	HB_LIT(&h, " ");
	hb_put(&h, reason, rl);
	HB_LIT(&h, p2);
	hb_put(&h, reason, rl);
	HB_LIT(&h, p3);
	hb_flush(&h);
	return HR_CLOSE;
}

int hr_page(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason, struct evbuffer *body)
{
	hr_ctx c = { 1, 1, ctx->req, NULL, ctx->added, ctx->added_arg };
	hr_field f[2] = {
		{ "Content-Type", 12, "text/html", 9 },
		{ "Connection", 10, "close", 5 },
	};

	hr_reply(out, &c, code, reason, f, 2, body);
	return HR_CLOSE;
}

void hr_continue(struct evbuffer *out, const hr_ctx *ctx)
{
	char line[] = "HTTP/1.1 100 Continue\r\n\r\n";

	line[5] = (char)('0' + ctx->major % 10);
	line[7] = (char)('0' + ctx->minor % 10);
	evbuffer_add(out, line, sizeof(line) - 1);
}
