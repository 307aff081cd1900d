/*
 * An incremental, in-place HTTP/1.1 request parser (RFC 9112), plain C.
 *
 * WHAT IT DOES
 * The caller hands it contiguous bytes (an evbuffer_pullup()'d or peeked
 * prefix of what a connection read); it reports events one at a time:
 *
 *   HP_HEAD   the request line and the header section are complete: method,
 *             target, version and headers can be read; *consumed is the size
 *             of the head.
 *   HP_BODY   body[0..len) is a piece of the body (framing removed), lying
 *             inside the bytes just consumed: take it before dropping them.
 *   HP_DONE   the message is complete; hp_reset() starts the next one.
 *   HP_AGAIN  more bytes are needed.
 *   HP_ERROR  the request is invalid; hp_status() is the status to answer
 *             (400, 413, 414, 431, 501, 505). The parser stays in this state:
 *             nothing after the error is parsed, the connection must close.
 *
 * Calling convention: hp_execute(p, data, len, &consumed, &body). The caller
 * drops `consumed` bytes from the front of its input after each call and
 * calls again with what is left (plus whatever it reads next).
 *   - While the head is incomplete, consumed is 0 and the caller presents the
 *     same bytes again, followed by more: the head is parsed in place and its
 *     header offsets point into it. The parser remembers where it stopped and
 *     does not scan a byte twice, so a head split at any byte boundary costs
 *     the same as a whole one.
 *   - Body and chunk framing (sizes, extensions, trailers) are consumed as
 *     they are seen; a split anywhere resumes where it stopped.
 * The events for a byte stream are the same however it is split across calls
 * (the unit test and the fuzzer check this), and consumed <= len always.
 *
 * Headers are kept as offsets, {name_off, name_len, value_off, value_len},
 * relative to the first byte of the head (the `data` of the calls that parsed
 * it), in one array: HP_INLINE_HEADERS entries inside the parser, grown with
 * realloc() only for requests with more headers (up to max_headers).
 * No allocation per header, no printf/scanf, token checks by table.
 *
 * STRICTNESS (RFC 9112 / RFC 9110), each answered with the status shown:
 *   400  request line not `token SP target SP HTTP/d.d` (exactly one SP),
 *        control characters or bare CR anywhere in the head, whitespace
 *        before a header's colon or at the start of a header line (obs-fold),
 *        an empty or non-token field name, NUL/CTL in a field value,
 *        Content-Length not 1*DIGIT (`+0`, `-1`, `1,1`, `0x1`, empty),
 *        more than one Content-Length header, even with the same value
 *        (RFC 9112 6.3 lets a recipient accept identical values; we reject,
 *        the simpler and safer choice behind a proxy), Transfer-Encoding
 *        together with Content-Length, Transfer-Encoding in an HTTP/1.0
 *        request, `chunked` applied twice or an empty coding list,
 *        HTTP/1.1 without Host, more than one Host, a Host value with
 *        characters no authority has, chunk sizes that are not 1*HEXDIG,
 *        chunk sizes beyond 64 bits, malformed chunk extensions, chunk data
 *        not followed by CRLF, a bare LF in chunk framing, malformed trailers.
 *   413  Content-Length, or the sum of chunk sizes, above max_body.
 *   414  request-target longer than max_uri.
 *   431  head longer than max_head bytes (request line included, line ends
 *        not counted), more than max_headers header lines, or trailers
 *        longer than max_head.
 *   501  a transfer coding other than chunked (chunked is the only one we
 *        decode, so when accepted it is always the final one).
 *   505  a well-formed version other than HTTP/1.0 and HTTP/1.1.
 * Tolerated, as RFC 9112 allows: empty lines before the request line
 * (section 2.2), a bare LF ending a line of the head or of the trailers
 * (section 2.2; never in chunk framing, where it is a smuggling vector),
 * chunk extensions (validated, discarded), obs-text (bytes >= 0x80) in the
 * target and in field values.
 *
 * WHAT IT DOES NOT DO
 * No I/O, no allocation except the header array growth, no interpretation of
 * the target (no URI decoding), no response parsing, no upgrade/CONNECT
 * tunnelling (a CONNECT request is parsed like any other; what follows its
 * head is the binding's business). It does not answer: the status it gives
 * on HP_ERROR is for the caller's reply writer (reply.h).
 *
 * OWNERSHIP
 * The parser owns only its header array (hp_free() releases it). The bytes
 * are the caller's: the offsets are valid for as long as the caller keeps
 * the head's bytes unchanged (typically it copies the head into the request
 * it hands out, or keeps it in the connection's input until the request is
 * answered). Body spans point into the bytes of the call that returned them.
 */
#ifndef EVENT_HTTP_PARSER_H
#define EVENT_HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Enough for what browsers and tools send (about 8 to 15 headers); a
 * connection whose requests have more grows its array once and keeps it. */
#define HP_INLINE_HEADERS 16

typedef enum {
	HP_AGAIN = 0,
	HP_HEAD,
	HP_BODY,
	HP_DONE,
	HP_ERROR
} hp_result;

typedef enum {
	HP_METHOD_OTHER = 0,
	HP_METHOD_GET,
	HP_METHOD_HEAD,
	HP_METHOD_POST,
	HP_METHOD_PUT,
	HP_METHOD_DELETE,
	HP_METHOD_OPTIONS,
	HP_METHOD_TRACE,
	HP_METHOD_CONNECT,
	HP_METHOD_PATCH
} hp_method;

/* Flags of the parsed head (hp_parser.flags). */
#define HP_F_CONN_CLOSE      0x0001u /* Connection has the token close */
#define HP_F_CONN_KEEP_ALIVE 0x0002u /* Connection has the token keep-alive */
#define HP_F_EXPECT_CONTINUE 0x0004u /* Expect: 100-continue */
#define HP_F_EXPECT_OTHER    0x0008u /* Expect with anything else (417 is the caller's call) */
#define HP_F_CHUNKED         0x0010u /* the body is chunked */
#define HP_F_CONTENT_LENGTH  0x0020u /* the body has a Content-Length */
#define HP_F_HOST            0x0040u /* a Host header was seen */
#define HP_F_TE              0x0080u /* a Transfer-Encoding header was seen */
#define HP_F_TE_UNKNOWN      0x0100u /* a coding other than chunked */
#define HP_F_TE_TWICE        0x0200u /* chunked applied more than once */

typedef struct {
	uint32_t name_off, name_len;
	uint32_t value_off, value_len;
} hp_header;

typedef struct {
	size_t off, len;
} hp_span;

typedef struct {
	size_t max_head;     /* request line + header lines, in bytes without their line ends (as evhttp counts) */
	size_t max_uri;      /* request-target, in bytes */
	uint64_t max_body;   /* decoded body, in bytes */
	uint32_t max_headers;/* header lines */
} hp_limits;

typedef struct hp_parser {
	/* The head, valid from HP_HEAD on (offsets into the head's bytes). */
	uint32_t method_off, method_len;
	uint32_t target_off, target_len;
	uint32_t head_len;
	uint8_t major, minor;
	uint8_t method;          /* hp_method */
	uint8_t state;           /* private */
	uint32_t flags;          /* HP_F_* */
	uint64_t content_length; /* with HP_F_CONTENT_LENGTH */
	uint64_t body_read;      /* decoded body bytes so far */
	hp_header *headers;      /* nheaders entries */
	uint32_t nheaders;

	/* Private (a request's copy of the head, conn.c, stops here). */
	uint16_t status;
	uint8_t sub;             /* sub-state in chunk lines and extensions */
	uint8_t nhosts, ncls;
	uint32_t cap;
	uint32_t pos;            /* head: next byte to scan */
	uint32_t tok;            /* head: start of the token being scanned */
	uint32_t name_off, name_len; /* head: the header line being scanned */
	uint32_t line_bytes;     /* chunk line / trailer bytes so far */
	uint32_t eol;            /* head: line-end bytes scanned (not counted in max_head) */
	uint64_t remaining;      /* bytes left in the Content-Length body or chunk */
	hp_limits limits;
	hp_header inline_headers[HP_INLINE_HEADERS];
} hp_parser;

/* Defaults: max_head 8192, max_uri 8192, max_body UINT64_MAX, max_headers 100. */
void hp_limits_default(hp_limits *limits);

/* The most bytes a head within the limits can take: max_head plus the line
 * ends of the request line, max_headers lines and the empty line. The
 * caller presents up to this many bytes of a head. */
static inline size_t hp_head_window(const hp_parser *p)
{
	return p->limits.max_head + 2 * ((size_t)p->limits.max_headers + 2);
}

/* Initializes a parser (limits == NULL: the defaults). */
void hp_init(hp_parser *p, const hp_limits *limits);
/* Starts the next message on the same connection (keeps the array). */
void hp_reset(hp_parser *p);
/* Releases the header array if it was grown. */
void hp_free(hp_parser *p);

hp_result hp_execute(hp_parser *p, const char *data, size_t len, size_t *consumed, hp_span *body);

/* 0 while there is no error, else the status to answer with. */
static inline int hp_status(const hp_parser *p) { return p->status; }

/* Whether the connection stays open after this request (the parsed head's
 * version and Connection tokens; RFC 9112 9.3). */
int hp_keep_alive(const hp_parser *p);

/* The first header named `name` (ASCII case-insensitive), or NULL; `head` is
 * the head's bytes (the data the head was parsed from). */
const hp_header *hp_find_header(const hp_parser *p, const char *head, const char *name, size_t name_len);

/* ASCII case-insensitive equality of n bytes. */
int hp_casecmp_eq(const char *a, const char *b, size_t n);

/* The method's enum for a method token (HP_METHOD_OTHER for unknown ones). */
hp_method hp_method_from(const char *s, size_t n);

#ifdef __cplusplus
}
#endif

#endif
