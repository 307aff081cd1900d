/*
 * The reply writer of the HTTP engine: status line, headers and body into an
 * evbuffer, byte for byte as a client sees libevent 2.1.12's evhttp server
 * (the reference, PECL event 3.1.5 on evhttp, was run side by side to take
 * these bytes), minus what is unsafe on the wire. Plain C over libevent.
 *
 * WHAT IT WRITES (evhttp's rules, in evhttp's order)
 *   status line  "HTTP/<the request's major>.<minor> <code> <reason>\r\n"
 *   the caller's fields, in the caller's order; when the request asked for
 *                close, its Connection/Proxy-Connection fields are left out
 *   Date         HTTP/1.1 replies without one (cached, formatted once a
 *                second, the format of evutil_date_rfc1123())
 *   Connection: keep-alive   HTTP/1.0 requests that asked for keep-alive
 *   Content-Length           HTTP/1.1 or keep-alive HTTP/1.0 replies with a
 *                body and neither Content-Length nor Transfer-Encoding
 *   Content-Type: <default>  replies with a body and no Content-Type
 *                (evhttp's default: "text/html; charset=ISO-8859-1")
 *   Connection: close        when the request asked for close
 *   CRLF, body.
 * "Has a body" is evhttp's rule: not HEAD, not 1xx, 204 or 304.
 * Streamed replies (hr_reply_start/chunk/end, evhttp_send_reply_start and
 * friends) are chunked on HTTP/1.1 unless the caller set Content-Length,
 * close-delimited on HTTP/1.0. Error pages (hr_error) are evhttp_send_error's:
 * HTTP/1.1 status line whatever the request's version, the caller's fields
 * dropped, "Content-Type: text/html", "Connection: close", the page
 * "<HTML><HEAD>\n<TITLE>%d %s</TITLE>\n</HEAD><BODY>\n<H1>%s</H1>\n</BODY></HTML>\n".
 *
 * WHERE IT DIFFERS FROM EVHTTP (unsafe on the wire there)
 *   HEAD: no body is written (evhttp writes it: a keep-alive client reads it
 *     as the next reply), and Content-Length carries the body's length
 *     (before Date), as this extension's evhttp-based server does today.
 *   1xx/204/304: no body is written even when one is given.
 *   Streamed HTTP/1.0 reply to a keep-alive request without Content-Length:
 *     close-delimited, no "Connection: keep-alive" (evhttp adds a
 *     "Content-Length: 0" and keeps streaming: the client cannot frame it).
 *   Empty chunks are skipped (a zero-size chunk would end the body).
 *   "close" is a Connection token (RFC 9112 9.6): the caller passes
 *     HR_REQ_CLOSE from the parser's tokens, so "keep-alive, close" closes.
 *
 * WHAT IT DOES NOT DO
 * No I/O (the connection layer writes `out`), no validation of the caller's
 * field names and values (the binding checks them: CR/LF in a value is the
 * binding's to refuse), no compression, no ranges.
 *
 * OWNERSHIP
 * The caller owns `out` and every buffer passed; a body evbuffer is drained
 * (moved into `out`, or dropped for HEAD). Field arrays are only read during
 * the call. Everything a reply needs goes into `out` in the call that makes
 * it, a small reply as one contiguous piece (one iovec).
 */
#ifndef EVENT_HTTP_REPLY_H
#define EVENT_HTTP_REPLY_H

#include <stddef.h>
#include <stdint.h>

struct evbuffer;

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	const char *name;
	size_t name_len;
	const char *value;
	size_t value_len;
} hr_field;

/* What the reply depends on in the request (hr_ctx.req). */
#define HR_REQ_HEAD       0x01u /* the method was HEAD */
#define HR_REQ_CLOSE      0x02u /* Connection has the token close */
#define HR_REQ_KEEP_ALIVE 0x04u /* Connection has the token keep-alive */

/* Told of every field the writer adds of its own (Date, Content-Length,
 * Content-Type, Connection, Transfer-Encoding, an error page's fields), in
 * the order written: what evhttp leaves in a request's output headers. */
typedef void (*hr_added_fn)(void *arg, const char *name, size_t name_len, const char *value, size_t value_len);

typedef struct {
	uint8_t major, minor;             /* the request's version */
	unsigned req;                     /* HR_REQ_* */
	const char *default_content_type; /* NULL: none */
	hr_added_fn added;                /* optional */
	void *added_arg;
} hr_ctx;

/* evhttp's default Content-Type for server replies. */
#define HR_DEFAULT_CONTENT_TYPE "text/html; charset=ISO-8859-1"

/* Results: how the connection goes on after the reply. */
#define HR_CLOSE   0x01 /* close once the reply is written */
#define HR_CHUNKED 0x02 /* streamed: chunked framing */
#define HR_RAW     0x04 /* streamed: bytes as they are (length- or close-delimited) */
#define HR_NOBODY  0x08 /* streamed: chunks are dropped (HEAD, 204, 304, 1xx) */

/* A whole reply (evhttp_send_reply). `body` may be NULL. Returns HR_CLOSE or 0. */
int hr_reply(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason,
	const hr_field *fields, size_t nfields, struct evbuffer *body);

/* A streamed reply's head (evhttp_send_reply_start); returns the mode to
 * give hr_reply_chunk()/hr_reply_end(): HR_CHUNKED, HR_RAW or HR_NOBODY,
 * with HR_CLOSE when the connection closes after the end. */
int hr_reply_start(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason,
	const hr_field *fields, size_t nfields);
void hr_reply_chunk(struct evbuffer *out, int mode, struct evbuffer *data);
void hr_reply_end(struct evbuffer *out, int mode);

/* An error page (evhttp_send_error); reason NULL: hr_reason(code).
 * The connection always closes after it: returns HR_CLOSE. */
int hr_error(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason);

/* A page as evhttp_send_page_() writes it (the 404 of a path without a
 * handler): HTTP/1.1 status line whatever the request's version, only
 * "Content-Type: text/html" and "Connection: close" as fields, `body` (may
 * be NULL). The connection closes after it: returns HR_CLOSE. */
int hr_page(struct evbuffer *out, const hr_ctx *ctx, int code, const char *reason, struct evbuffer *body);

/* "HTTP/x.y 100 Continue\r\n\r\n" with the request's version. */
void hr_continue(struct evbuffer *out, const hr_ctx *ctx);

/* evhttp 2.1.12's reason phrases, its quirks included (306 is "Temporary
 * Redirect"; codes beyond its table get their class: "Client Error"...). */
const char *hr_reason(int code);
/* The phrase for a status the parser gives (hp_status()): hr_reason() but
 * for 431, which evhttp's table lacks. */
const char *hr_parser_reason(int code);

/* The current Date value, cached for the second; returns its length (29). */
size_t hr_date(char buf[32]);

/* Decimal / lowercase hex digits of v at buf (at least 20 / 16 bytes);
 * returns the count. */
size_t hr_u64(char *buf, uint64_t v);
size_t hr_hex(char *buf, uint64_t v);

#ifdef __cplusplus
}
#endif

#endif
