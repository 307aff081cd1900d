/*
 * HTTP/1.1 request parser: see parser.h for the contract.
 *
 * The head is scanned with tight loops over a class table (one load and one
 * test per byte); the state and the scan position are saved whenever the
 * input runs out, so a head fed one byte at a time is scanned once. Chunk
 * framing and trailers are consumed byte by byte with a small state machine:
 * they are short, and consuming them as they come keeps nothing to re-present.
 */
#include "parser.h"

#include <stdlib.h>
#include <string.h>

/* Character classes. */
#define C_TCHAR  0x01 /* token (RFC 9110 5.6.2) */
#define C_TARGET 0x02 /* request-target: visible ASCII and obs-text */
#define C_VALUE  0x04 /* field-value: VCHAR, obs-text, SP, HTAB */
#define C_HOST   0x08 /* Host: unreserved, sub-delims, %, :, [ ] */
#define C_HEX    0x10 /* HEXDIG */
#define C_QDTEXT 0x20 /* quoted-string text (RFC 9110 5.6.4) */

static const uint8_t cls[256] = {
	 0,  0,  0,  0,  0,  0,  0,  0,  0, 36,  0,  0,  0,  0,  0,  0,
	 0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
	36, 47,  6, 39, 47, 47, 47, 47, 46, 46, 47, 47, 46, 47, 47, 38,
	63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 46, 46, 38, 46, 38, 38,
	38, 63, 63, 63, 63, 63, 63, 47, 47, 47, 47, 47, 47, 47, 47, 47,
	47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 46,  6, 46, 39, 47,
	39, 63, 63, 63, 63, 63, 63, 47, 47, 47, 47, 47, 47, 47, 47, 47,
	47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 38, 39, 38, 47,  0,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
	38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
};

/* A chunk-size line (size and extensions) longer than this is refused: no
 * client needs it, and it bounds what an extension can make us read. */
#define HP_MAX_CHUNK_LINE 4096

enum {
	/* head */
	S_START, S_START_LF, S_METHOD, S_TARGET, S_VERSION, S_RL_LF,
	S_FIELD, S_NAME, S_OWS, S_VALUE, S_VALUE_LF, S_END_LF,
	/* body */
	S_BODY_CL, S_CHUNK_START, S_CHUNK_SIZE, S_CHUNK_EXT, S_CHUNK_LF,
	S_CHUNK_DATA, S_CHUNK_DATA_CR, S_CHUNK_DATA_LF,
	S_TR_START, S_TR_NAME, S_TR_VALUE, S_TR_VALUE_LF, S_TR_END_LF,
	S_DONE_PENDING, S_DONE, S_ERROR
};

/* Sub-states of a chunk extension (RFC 9112 7.1.1). */
enum { E_AFTER, E_WS, E_BWS1, E_NAME, E_BWS2, E_BWS3, E_VTOKEN, E_QUOTED, E_QESC };

static inline unsigned char lower(unsigned char c)
{
	return (unsigned char)(c + ((unsigned)(c - 'A') < 26u ? 32 : 0));
}

/*
 * Scanning helpers: each returns the first position at or after i, before
 * end, whose byte is not of the class.
 *
 * span_class(): four bytes per round without a bound check each.
 * span_visible(): field values and targets, 8 bytes per round (SWAR): a
 * word has a byte below `lo` (0x20 for values, 0x21 for targets) or DEL
 * exactly when the mask is non-zero, and its lowest set bit is the first
 * such byte (borrows only carry upwards). A HTAB stops the word scan in a
 * value but is valid there: the byte check steps over it.
 */
static inline size_t span_class(const unsigned char *b, size_t i, size_t end, uint8_t c)
{
	while (end - i >= 4) {
		if (!(cls[b[i]] & c)) return i;
		if (!(cls[b[i + 1]] & c)) return i + 1;
		if (!(cls[b[i + 2]] & c)) return i + 2;
		if (!(cls[b[i + 3]] & c)) return i + 3;
		i += 4;
	}
	while (i < end && (cls[b[i]] & c)) i++;
	return i;
}

#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
# define HP_SWAR 1
#endif

static inline size_t span_visible(const unsigned char *b, size_t i, size_t end, uint8_t c, uint64_t lo)
{
#ifdef HP_SWAR
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	for (;;) {
		while (end - i >= 8) {
			uint64_t x, del, mask;
			memcpy(&x, b + i, 8);
			del = x ^ (0x7f * ones);
			mask = ((x - lo * ones) & ~x & highs) | ((del - ones) & ~del & highs);
			if (mask) {
				i += (size_t)__builtin_ctzll(mask) >> 3;
				break;
			}
			i += 8;
		}
		if (end - i >= 8 && b[i] == '\t' && (c & C_VALUE)) {
			i++;
			continue;
		}
		break;
	}
#else
	(void)lo;
#endif
	while (i < end && (cls[b[i]] & c)) i++;
	return i;
}

int hp_casecmp_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (lower((unsigned char)a[i]) != lower((unsigned char)b[i])) {
			return 0;
		}
	}
	return 1;
}

/* `lc` is lowercase letters, digits and '-'; `s` is a token or a field
 * value (no controls): then c | 0x20 equals such a byte only for the byte
 * itself or its uppercase letter, so the OR is an exact case fold here. */
static inline int name_is(const unsigned char *s, const char *lc, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if ((s[i] | 0x20) != (unsigned char)lc[i]) {
			return 0;
		}
	}
	return 1;
}

void hp_limits_default(hp_limits *limits)
{
	limits->max_head = 8192;
	limits->max_uri = 8192;
	limits->max_body = UINT64_MAX;
	limits->max_headers = 100;
}

void hp_init(hp_parser *p, const hp_limits *limits)
{
	memset(p, 0, offsetof(hp_parser, inline_headers));
	if (limits) {
		p->limits = *limits;
	} else {
		hp_limits_default(&p->limits);
	}
	/* Offsets are 32-bit: a head is never near 4 GB. */
	if (p->limits.max_head > UINT32_MAX / 2) {
		p->limits.max_head = UINT32_MAX / 2;
	}
	if (p->limits.max_uri > p->limits.max_head) {
		p->limits.max_uri = p->limits.max_head;
	}
	if (p->limits.max_headers == 0) {
		p->limits.max_headers = 1;
	}
	p->headers = p->inline_headers;
	p->cap = HP_INLINE_HEADERS;
	p->state = S_START;
}

void hp_reset(hp_parser *p)
{
	hp_header *headers = p->headers;
	uint32_t cap = p->cap;
	hp_limits limits = p->limits;

	memset(p, 0, offsetof(hp_parser, limits));
	p->headers = headers;
	p->cap = cap;
	p->limits = limits;
	p->state = S_START;
}

void hp_free(hp_parser *p)
{
	if (p->headers != p->inline_headers) {
		free(p->headers);
	}
	p->headers = p->inline_headers;
	p->cap = HP_INLINE_HEADERS;
	p->nheaders = 0;
}

/* The most frequent first: GET is found at the first compare. */
static const struct {
	char name[8];
	size_t len;
	hp_method method;
} hp_methods[] = {
	{ "GET", 3, HP_METHOD_GET }, { "POST", 4, HP_METHOD_POST }, { "HEAD", 4, HP_METHOD_HEAD },
	{ "PUT", 3, HP_METHOD_PUT }, { "DELETE", 6, HP_METHOD_DELETE }, { "OPTIONS", 7, HP_METHOD_OPTIONS },
	{ "PATCH", 5, HP_METHOD_PATCH }, { "TRACE", 5, HP_METHOD_TRACE }, { "CONNECT", 7, HP_METHOD_CONNECT },
};

hp_method hp_method_from(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(hp_methods) / sizeof(hp_methods[0]); i++) {
		if (hp_methods[i].len == n && memcmp(s, hp_methods[i].name, n) == 0) {
			return hp_methods[i].method;
		}
	}
	return HP_METHOD_OTHER;
}

int hp_keep_alive(const hp_parser *p)
{
	if (p->flags & HP_F_CONN_CLOSE) {
		return 0;
	}
	if (p->major == 1 && p->minor >= 1) {
		return 1;
	}
	return (p->flags & HP_F_CONN_KEEP_ALIVE) != 0;
}

const hp_header *hp_find_header(const hp_parser *p, const char *head, const char *name, size_t name_len)
{
	for (uint32_t i = 0; i < p->nheaders; i++) {
		const hp_header *h = &p->headers[i];
		if (h->name_len == name_len && hp_casecmp_eq(head + h->name_off, name, name_len)) {
			return h;
		}
	}
	return NULL;
}

static hp_result fail(hp_parser *p, int status, size_t *consumed)
{
	p->status = (uint16_t)status;
	p->state = S_ERROR;
	*consumed = 0;
	return HP_ERROR;
}

/* The LF that must follow a CR (at b[i]): anything else is a 400. */
#define NEED_LF() do { \
		if (b[i] != '\n') { \
			return fail(p, 400, consumed); \
		} \
	} while (0)

/* Calls fn(p, element, len) for each element of a comma-separated list
 * (RFC 9110 5.6.1: empty elements are skipped, OWS around each trimmed).
 * Returns the number of non-empty elements, or -1 when fn refuses one. */
typedef int (*list_fn)(hp_parser *p, const unsigned char *s, size_t n);

static int each_element(hp_parser *p, const unsigned char *v, size_t n, list_fn fn)
{
	int count = 0;
	size_t i = 0;

	while (i <= n) {
		size_t start, end;
		while (i < n && (v[i] == ' ' || v[i] == '\t')) i++;
		start = i;
		while (i < n && v[i] != ',') i++;
		end = i;
		while (end > start && (v[end - 1] == ' ' || v[end - 1] == '\t')) end--;
		if (end > start) {
			if (fn(p, v + start, end - start) < 0) {
				return -1;
			}
			count++;
		}
		i++; /* past the comma (or past the end) */
	}
	return count;
}

static int connection_token(hp_parser *p, const unsigned char *s, size_t n)
{
	if (n == 5 && name_is(s, "close", 5)) {
		p->flags |= HP_F_CONN_CLOSE;
	} else if (n == 10 && name_is(s, "keep-alive", 10)) {
		p->flags |= HP_F_CONN_KEEP_ALIVE;
	}
	return 0;
}

static int te_coding(hp_parser *p, const unsigned char *s, size_t n)
{
	/* A coding is a token, optionally with parameters: only its name must be
	 * a token for the element to be well-formed; we decode chunked alone. */
	size_t t = 0;
	while (t < n && (cls[s[t]] & C_TCHAR)) t++;
	if (t == 0) {
		return -1;
	}
	if (t == n && n == 7 && name_is(s, "chunked", 7)) {
		if (p->flags & HP_F_CHUNKED) {
			p->flags |= HP_F_TE_TWICE;
		}
		p->flags |= HP_F_CHUNKED;
	} else {
		p->flags |= HP_F_TE_UNKNOWN;
	}
	return 0;
}

/* The semantics of the headers the parser itself needs: framing, Host,
 * Connection, Expect. Returns 0 or the status to fail with. */
static int field_semantics(hp_parser *p, const unsigned char *b, const hp_header *h)
{
	const unsigned char *n = b + h->name_off, *v = b + h->value_off;
	size_t vl = h->value_len;

	switch (h->name_len) {
	case 4:
		if (name_is(n, "host", 4)) {
			if (++p->nhosts > 1) {
				return 400;
			}
			if (span_class(v, 0, vl, C_HOST) != vl) {
				return 400;
			}
			p->flags |= HP_F_HOST;
		}
		break;
	case 6:
		if (name_is(n, "expect", 6)) {
			if (vl == 12 && name_is(v, "100-continue", 12)) {
				p->flags |= HP_F_EXPECT_CONTINUE;
			} else {
				p->flags |= HP_F_EXPECT_OTHER;
			}
		}
		break;
	case 10:
		if (name_is(n, "connection", 10)) {
			each_element(p, v, vl, connection_token);
		}
		break;
	case 14:
		if (name_is(n, "content-length", 14)) {
			uint64_t cl = 0;
			if (++p->ncls > 1 || vl == 0) {
				return 400;
			}
			for (size_t i = 0; i < vl; i++) {
				unsigned d = (unsigned)v[i] - '0';
				if (d > 9) {
					return 400;
				}
				/* Too large to count is too large to accept: 413 below. */
				if (cl > (UINT64_MAX - 9) / 10) {
					cl = UINT64_MAX;
				} else {
					cl = cl * 10 + d;
				}
			}
			p->content_length = cl;
			p->flags |= HP_F_CONTENT_LENGTH;
		}
		break;
	case 17:
		if (name_is(n, "transfer-encoding", 17)) {
			p->flags |= HP_F_TE;
			if (each_element(p, v, vl, te_coding) <= 0) {
				return 400;
			}
		}
		break;
	}
	return 0;
}

static int add_header(hp_parser *p, uint32_t name_off, uint32_t name_len, uint32_t value_off, uint32_t value_len)
{
	hp_header *h;

	if (p->nheaders >= p->limits.max_headers) {
		return 431;
	}
	if (p->nheaders == p->cap) {
		uint32_t cap = p->cap * 2;
		hp_header *grown;
		if (cap > p->limits.max_headers) {
			cap = p->limits.max_headers;
		}
		if (p->headers == p->inline_headers) {
			grown = malloc(cap * sizeof(*grown));
			if (grown) {
				memcpy(grown, p->headers, p->nheaders * sizeof(*grown));
			}
		} else {
			grown = realloc(p->headers, cap * sizeof(*grown));
		}
		if (!grown) {
			return 500;
		}
		p->headers = grown;
		p->cap = cap;
	}
	h = &p->headers[p->nheaders++];
	h->name_off = name_off;
	h->name_len = name_len;
	h->value_off = value_off;
	h->value_len = value_len;
	return 0;
}

/* A field line ends before `end` (its CR or LF). */
static int end_field(hp_parser *p, const unsigned char *b, uint32_t end)
{
	uint32_t vstart = p->tok;
	int status;

	while (end > vstart && (b[end - 1] == ' ' || b[end - 1] == '\t')) end--;
	if ((status = add_header(p, p->name_off, p->name_len, vstart, end - vstart)) != 0) {
		return status;
	}
	return field_semantics(p, b, &p->headers[p->nheaders - 1]);
}

/* The head is complete: the checks that need all of it, then the framing. */
static int end_head(hp_parser *p)
{
	uint32_t f = p->flags;

	if (p->minor == 1 && !(f & HP_F_HOST)) {
		return 400;
	}
	if (f & HP_F_TE) {
		/* RFC 9112 6.1: TE in HTTP/1.0 is faulty framing; 6.3: TE with CL
		 * is a smuggling attempt; 7: chunked at most once. */
		if (p->minor == 0 || (f & HP_F_CONTENT_LENGTH) || (f & HP_F_TE_TWICE)) {
			return 400;
		}
		if (f & HP_F_TE_UNKNOWN) {
			return 501;
		}
		p->state = S_CHUNK_START;
		return 0;
	}
	if (f & HP_F_CONTENT_LENGTH) {
		/* UINT64_MAX also stands for a length too large to count. */
		if (p->content_length > p->limits.max_body || p->content_length == UINT64_MAX) {
			return 413;
		}
		p->remaining = p->content_length;
		p->state = p->remaining ? S_BODY_CL : S_DONE_PENDING;
		return 0;
	}
	p->state = S_DONE_PENDING;
	return 0;
}

/* The request line's version: "HTTP/" DIGIT "." DIGIT, then CR or LF. */
static int version(hp_parser *p, const unsigned char *v)
{
	if (memcmp(v, "HTTP/", 5) != 0 || (unsigned)(v[5] - '0') > 9 || v[6] != '.'
			|| (unsigned)(v[7] - '0') > 9 || (v[8] != '\r' && v[8] != '\n')) {
		return 400;
	}
	p->major = (uint8_t)(v[5] - '0');
	p->minor = (uint8_t)(v[7] - '0');
	if (p->major != 1 || p->minor > 1) {
		return 505;
	}
	return 0;
}

/* How far the head may be scanned: to the window's end, and within it to
 * max_head bytes of lines past the line ends seen (+2: the current line's
 * own). The bound is a function of the line ends scanned, extended when the
 * scan reaches it, so a head is judged at the same byte however its bytes
 * arrive. */
static size_t head_end(const hp_parser *p, size_t len, size_t window)
{
	size_t end = p->eol + p->limits.max_head + 2;

	if (end > window) {
		end = window;
	}
	return len < end ? len : end;
}

/* n line-end bytes scanned: they do not count in max_head (as evhttp). */
#define EOL(n) (p->eol += (n))

static hp_result parse_head(hp_parser *p, const unsigned char *b, size_t len, size_t *consumed)
{
	size_t window = hp_head_window(p);
	size_t end = head_end(p, len, window);
	size_t i = p->pos;
	int status;

	if (i > end) { /* the caller did not present the head again */
		*consumed = 0;
		return HP_AGAIN;
	}
scan:
	for (;;) {
		if (i >= end) {
			goto out;
		}
		switch (p->state) {
		case S_START:
			if (b[i] == '\r') {
				p->state = S_START_LF;
				i++;
				EOL(1);
				continue;
			}
			if (b[i] == '\n') {
				i++;
				EOL(1);
				continue;
			}
			if (!(cls[b[i]] & C_TCHAR)) {
				return fail(p, 400, consumed);
			}
			p->tok = (uint32_t)i;
			p->state = S_METHOD;
			/* fall through */
		case S_METHOD:
			i = span_class(b, i, end, C_TCHAR);
			if (i >= end) {
				goto out;
			}
			if (b[i] != ' ') {
				return fail(p, 400, consumed);
			}
			p->method_off = p->tok;
			p->method_len = (uint32_t)i - p->tok;
			p->method = (uint8_t)hp_method_from((const char *)b + p->tok, p->method_len);
			p->tok = (uint32_t)++i;
			p->state = S_TARGET;
			continue;
		case S_START_LF:
			NEED_LF();
			i++;
			EOL(1);
			p->state = S_START;
			continue;
		case S_TARGET: {
			/* One byte past the URI limit is enough to know it is too long. */
			size_t tend = p->tok + p->limits.max_uri + 1;
			if (tend > end) {
				tend = end;
			}
			i = span_visible(b, i, tend, C_TARGET, 0x21);
			if (i - p->tok > p->limits.max_uri) {
				return fail(p, 414, consumed);
			}
			if (i >= end) {
				goto out;
			}
			if (b[i] != ' ' || i == p->tok) {
				return fail(p, 400, consumed);
			}
			p->target_off = p->tok;
			p->target_len = (uint32_t)i - p->tok;
			i++;
			p->state = S_VERSION;
			continue;
		}
		case S_VERSION:
			if (end - i < 9) {
				goto out;
			}
			if ((status = version(p, b + i)) != 0) {
				return fail(p, status, consumed);
			}
			i += 8;
			if (b[i++] == '\r') {
				EOL(1);
				p->state = S_RL_LF;
				continue;
			}
			EOL(1);
			p->state = S_FIELD;
			continue;
		case S_RL_LF:
			NEED_LF();
			i++;
			EOL(1);
			p->state = S_FIELD;
			/* fall through */
		case S_FIELD:
			if (i >= end) {
				goto out;
			}
			if (cls[b[i]] & C_TCHAR) {
				p->tok = (uint32_t)i;
				p->state = S_NAME;
			} else if (b[i] == '\r') {
				i++;
				EOL(1);
				p->state = S_END_LF;
				continue;
			} else if (b[i] == '\n') {
				i++;
				EOL(1);
				goto head_done;
			} else {
				/* obs-fold, whitespace before a name, an empty name, CTLs */
				return fail(p, 400, consumed);
			}
			/* fall through */
		case S_NAME:
			i = span_class(b, i, end, C_TCHAR);
			if (i >= end) {
				goto out;
			}
			if (b[i] != ':') { /* whitespace before the colon included */
				return fail(p, 400, consumed);
			}
			p->name_off = p->tok;
			p->name_len = (uint32_t)i - p->tok;
			i++;
			p->state = S_OWS;
			/* fall through */
		case S_OWS:
			while (i < end && (b[i] == ' ' || b[i] == '\t')) i++;
			if (i >= end) {
				goto out;
			}
			p->tok = (uint32_t)i;
			p->state = S_VALUE;
			/* fall through */
		case S_VALUE:
			i = span_visible(b, i, end, C_VALUE, 0x20);
			if (i >= end) {
				goto out;
			}
			if (b[i] == '\n') {
				if ((status = end_field(p, b, (uint32_t)i)) != 0) {
					return fail(p, status, consumed);
				}
				i++;
				EOL(1);
				p->state = S_FIELD;
				continue;
			}
			if (b[i] != '\r') { /* NUL and other controls */
				return fail(p, 400, consumed);
			}
			if (i + 1 < end && b[i + 1] == '\n') { /* the usual CRLF, in one step */
				if ((status = end_field(p, b, (uint32_t)i)) != 0) {
					return fail(p, status, consumed);
				}
				i += 2;
				EOL(2);
				p->state = S_FIELD;
				continue;
			}
			i++;
			EOL(1);
			p->state = S_VALUE_LF;
			continue;
		case S_VALUE_LF:
			NEED_LF(); /* bare CR */
			if ((status = end_field(p, b, (uint32_t)i - 1)) != 0) {
				return fail(p, status, consumed);
			}
			i++;
			EOL(1);
			p->state = S_FIELD;
			continue;
		case S_END_LF:
			NEED_LF();
			i++;
			EOL(1);
			goto head_done;
		}
	}

head_done:
	if (i - p->eol > p->limits.max_head) {
		return fail(p, 431, consumed);
	}
	if ((status = end_head(p)) != 0) {
		return fail(p, status, consumed);
	}
	p->head_len = (uint32_t)i;
	p->pos = (uint32_t)i;
	*consumed = i;
	return HP_HEAD;

out:
	if (end < len) {
		size_t more = head_end(p, len, window);
		if (more > end) { /* line ends since: the bound moved */
			end = more;
			goto scan;
		}
	}
	p->pos = (uint32_t)i;
	*consumed = 0;
	if (end < len || len >= window) {
		/* The head is not complete and cannot fit: what came of it is
		 * over the limit already (as evhttp counts, the bytes after the
		 * last line end included), or the window is full. A URI that
		 * filled it is a long URI. */
		if (p->state == S_TARGET) {
			return fail(p, 414, consumed);
		}
		return fail(p, 431, consumed);
	}
	return HP_AGAIN;
}

/* One byte of a chunk-size line after the size: extensions, then CR.
 * Whitespace (BWS) is only allowed where more follows: before ';', around
 * '='; "5 \r\n" is not a chunk-size line. Returns 0 to go on, 1 when the
 * CR was seen, or a status. */
static int chunk_ext(hp_parser *p, unsigned char c)
{
	uint8_t k = cls[c];

	switch (p->sub) {
	case E_AFTER: /* after the size or an extension */
		if (c == ' ' || c == '\t') { p->sub = E_WS; return 0; }
		if (c == ';') { p->sub = E_BWS1; return 0; }
		return c == '\r' ? 1 : 400;
	case E_WS: /* whitespace after the size or an extension: ';' must follow */
		if (c == ' ' || c == '\t') return 0;
		if (c == ';') { p->sub = E_BWS1; return 0; }
		return 400;
	case E_BWS1: /* after ';' */
		if (c == ' ' || c == '\t') return 0;
		if (k & C_TCHAR) { p->sub = E_NAME; return 0; }
		return 400;
	case E_NAME:
		if (k & C_TCHAR) return 0;
		if (c == '=') { p->sub = E_BWS3; return 0; }
		if (c == ' ' || c == '\t') { p->sub = E_BWS2; return 0; }
		p->sub = E_AFTER;
		return chunk_ext(p, c);
	case E_BWS2: /* whitespace after a name: '=' or ';' must follow */
		if (c == ' ' || c == '\t') return 0;
		if (c == '=') { p->sub = E_BWS3; return 0; }
		if (c == ';') { p->sub = E_BWS1; return 0; }
		return 400;
	case E_BWS3: /* after '=' */
		if (c == ' ' || c == '\t') return 0;
		if (c == '"') { p->sub = E_QUOTED; return 0; }
		if (k & C_TCHAR) { p->sub = E_VTOKEN; return 0; }
		return 400;
	case E_VTOKEN:
		if (k & C_TCHAR) return 0;
		p->sub = E_AFTER;
		return chunk_ext(p, c);
	case E_QUOTED:
		if (c == '"') { p->sub = E_AFTER; return 0; }
		if (c == '\\') { p->sub = E_QESC; return 0; }
		return (k & C_QDTEXT) ? 0 : 400;
	case E_QESC: /* quoted-pair: HTAB, SP, VCHAR, obs-text */
		if (c == '\t' || (c >= 0x20 && c != 0x7f)) { p->sub = E_QUOTED; return 0; }
		return 400;
	}
	return 400;
}

/* Chunked body and Content-Length body: everything given is consumed. */
static hp_result parse_body(hp_parser *p, const unsigned char *b, size_t len, size_t *consumed, hp_span *body)
{
	size_t i = 0;
	int r;

	for (;;) {
		if (p->state == S_DONE_PENDING) {
			p->state = S_DONE;
			*consumed = i;
			return HP_DONE;
		}
		if (i >= len) {
			*consumed = i;
			return HP_AGAIN;
		}
		switch (p->state) {
		case S_BODY_CL:
		case S_CHUNK_DATA: {
			size_t n = len - i;
			if (n > p->remaining) {
				n = (size_t)p->remaining;
			}
			body->off = i;
			body->len = n;
			p->remaining -= n;
			p->body_read += n;
			if (p->remaining == 0) {
				p->state = p->state == S_BODY_CL ? S_DONE_PENDING : S_CHUNK_DATA_CR;
			}
			*consumed = i + n;
			return HP_BODY;
		}
		case S_CHUNK_START:
			if (!(cls[b[i]] & C_HEX)) {
				return fail(p, 400, consumed);
			}
			p->remaining = 0;
			p->line_bytes = 0;
			p->state = S_CHUNK_SIZE;
			/* fall through */
		case S_CHUNK_SIZE:
			while (i < len && (cls[b[i]] & C_HEX)) {
				unsigned c = b[i] | 0x20;
				if (p->remaining >> 60) { /* a 17th significant digit */
					return fail(p, 400, consumed);
				}
				p->remaining = (p->remaining << 4) | (c <= '9' ? c - '0' : c - 'a' + 10);
				if (++p->line_bytes > HP_MAX_CHUNK_LINE) {
					return fail(p, 400, consumed);
				}
				i++;
			}
			if (i >= len) {
				continue;
			}
			p->sub = E_AFTER;
			p->state = S_CHUNK_EXT;
			/* fall through */
		case S_CHUNK_EXT:
			while (i < len) {
				if (++p->line_bytes > HP_MAX_CHUNK_LINE) {
					return fail(p, 400, consumed);
				}
				r = chunk_ext(p, b[i++]);
				if (r == 1) {
					p->state = S_CHUNK_LF;
					break;
				}
				if (r) {
					return fail(p, r, consumed);
				}
			}
			continue;
		case S_CHUNK_LF:
			if (b[i++] != '\n') {
				return fail(p, 400, consumed);
			}
			if (p->remaining == 0) {
				p->line_bytes = 0;
				p->state = S_TR_START;
				continue;
			}
			if (p->remaining > p->limits.max_body - p->body_read) {
				return fail(p, 413, consumed);
			}
			p->state = S_CHUNK_DATA;
			continue;
		case S_CHUNK_DATA_CR:
			if (b[i++] != '\r') {
				return fail(p, 400, consumed);
			}
			p->state = S_CHUNK_DATA_LF;
			continue;
		case S_CHUNK_DATA_LF:
			if (b[i++] != '\n') {
				return fail(p, 400, consumed);
			}
			p->state = S_CHUNK_START;
			continue;
		default:
			break;
		}

		/* Trailers: validated like header lines, then dropped. */
		if (++p->line_bytes > p->limits.max_head) {
			return fail(p, 431, consumed);
		}
		switch (p->state) {
		case S_TR_START:
			if (b[i] == '\r') {
				p->state = S_TR_END_LF;
			} else if (b[i] == '\n') {
				p->state = S_DONE_PENDING;
			} else if (cls[b[i]] & C_TCHAR) {
				p->state = S_TR_NAME;
			} else {
				return fail(p, 400, consumed);
			}
			break;
		case S_TR_NAME:
			if (b[i] == ':') {
				p->state = S_TR_VALUE;
			} else if (!(cls[b[i]] & C_TCHAR)) {
				return fail(p, 400, consumed);
			}
			break;
		case S_TR_VALUE:
			if (b[i] == '\r') {
				p->state = S_TR_VALUE_LF;
			} else if (b[i] == '\n') {
				p->state = S_TR_START;
			} else if (!(cls[b[i]] & C_VALUE)) {
				return fail(p, 400, consumed);
			}
			break;
		case S_TR_VALUE_LF:
			NEED_LF();
			p->state = S_TR_START;
			break;
		case S_TR_END_LF:
			NEED_LF();
			p->state = S_DONE_PENDING;
			break;
		default:
			return fail(p, 500, consumed);
		}
		i++;
	}
}

hp_result hp_execute(hp_parser *p, const char *data, size_t len, size_t *consumed, hp_span *body)
{
	const unsigned char *b = (const unsigned char *)data;

	body->off = 0;
	body->len = 0;
	if (p->state < S_BODY_CL) {
		return parse_head(p, b, len, consumed);
	}
	if (p->state == S_DONE) {
		*consumed = 0;
		return HP_DONE;
	}
	if (p->state == S_ERROR) {
		*consumed = 0;
		return HP_ERROR;
	}
	return parse_body(p, b, len, consumed, body);
}
