/*
 * Drives src/http/parser.c the way a connection does and writes what it saw
 * as a transcript, so that one byte stream fed whole, split at one point, or
 * fed one byte at a time can be compared: the parser must give the same
 * transcript however the stream is cut. Used by parser_test.c and
 * parser_fuzz.c (and the libFuzzer entry point).
 *
 * A transcript has one entry per message:
 *   "GET /x 1.1 {Host: a}{X: b} ka=1 ec=0 body=5:hello;"
 * then "E400;" when the stream ends in an error, or "more;" when it ends in
 * the middle of a message.
 */
#ifndef HTTP_ENGINE_HARNESS_H
#define HTTP_ENGINE_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/http/parser.h"

typedef struct {
	char *s;
	size_t len, cap;
} tbuf;

static void tb_add(tbuf *t, const void *p, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = (t->len + n + 1) * 2;
		t->s = realloc(t->s, t->cap);
		if (!t->s) {
			abort();
		}
	}
	memcpy(t->s + t->len, p, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void tb_str(tbuf *t, const char *s) { tb_add(t, s, strlen(s)); }

static void tb_num(tbuf *t, unsigned long long v)
{
	char b[24];
	int n = snprintf(b, sizeof(b), "%llu", v);
	tb_add(t, b, (size_t)n);
}

/* An invariant broke: print it and abort (the fuzzer and ASan see it). */
#define H_CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); abort(); } } while (0)

static void describe_head(tbuf *t, const hp_parser *p, const char *head)
{
	tb_add(t, head + p->method_off, p->method_len);
	tb_str(t, " ");
	tb_add(t, head + p->target_off, p->target_len);
	tb_str(t, p->minor ? " 1.1 " : " 1.0 ");
	for (uint32_t i = 0; i < p->nheaders; i++) {
		const hp_header *h = &p->headers[i];
		H_CHECK(h->name_off + h->name_len <= p->head_len);
		H_CHECK(h->value_off + h->value_len <= p->head_len);
		tb_str(t, "{");
		tb_add(t, head + h->name_off, h->name_len);
		tb_str(t, ": ");
		tb_add(t, head + h->value_off, h->value_len);
		tb_str(t, "}");
	}
	tb_str(t, " ka=");
	tb_num(t, (unsigned long long)hp_keep_alive(p));
	tb_str(t, " ec=");
	tb_num(t, (p->flags & HP_F_EXPECT_CONTINUE) ? 1 : 0);
}

/*
 * Feeds in[0..len) in pieces ending at cuts[0] < cuts[1] < ... (len last;
 * cuts == NULL: whole), re-presenting the unconsumed bytes each time as a
 * connection's input buffer would. Appends the transcript to t and returns
 * the number of complete messages.
 */
static int h_run(const char *in, size_t len, const size_t *cuts, size_t ncuts, const hp_limits *lim, tbuf *t)
{
	hp_parser p;
	tbuf body = {0};
	size_t start = 0, fed = 0, k = 0;
	int messages = 0, in_message = 0, error = 0;

	hp_init(&p, lim);
	while (!error) {
		size_t steps = 0;
		fed = (cuts && k < ncuts) ? cuts[k] : len;
		k++;
		H_CHECK(fed <= len && fed >= start);
		for (;;) {
			size_t avail = fed - start, c = 99999999;
			hp_span sp = {12345, 12345};
			hp_result r = hp_execute(&p, in + start, avail, &c, &sp);

			H_CHECK(++steps < 4 * (avail + 16)); /* no hang: every step progresses */
			H_CHECK(c <= avail);
			if (r != HP_AGAIN && r != HP_ERROR) {
				in_message = 1;
			}
			if (r == HP_HEAD) {
				H_CHECK(c == p.head_len && c > 0);
				describe_head(t, &p, in + start);
				/* Offsets must stay right if the head's bytes move. */
				if (p.nheaders) {
					char *copy = malloc(c);
					memcpy(copy, in + start, c);
					H_CHECK(hp_find_header(&p, copy, copy + p.headers[0].name_off, p.headers[0].name_len) == &p.headers[0]);
					free(copy);
				}
			} else if (r == HP_BODY) {
				H_CHECK(sp.len > 0 && sp.off + sp.len == c);
				tb_add(&body, in + start + sp.off, sp.len);
			} else if (r == HP_DONE) {
				tb_str(t, " body=");
				tb_num(t, body.len);
				tb_str(t, ":");
				if (body.len) {
					tb_add(t, body.s, body.len);
				}
				tb_str(t, ";");
				H_CHECK(p.body_read == body.len);
				body.len = 0;
				messages++;
				in_message = 0;
				hp_reset(&p);
			} else if (r == HP_ERROR) {
				size_t c2 = 1;
				hp_span sp2;
				H_CHECK(c == 0);
				H_CHECK(hp_status(&p) >= 400 && hp_status(&p) <= 505);
				/* It stays in error: nothing after it is parsed. */
				H_CHECK(hp_execute(&p, in + start, avail, &c2, &sp2) == HP_ERROR && c2 == 0);
				tb_str(t, "E");
				tb_num(t, (unsigned long long)hp_status(&p));
				tb_str(t, ";");
				error = 1;
				break;
			} else {
				/* AGAIN: a head keeps its bytes, a body takes them all. */
				H_CHECK(c == 0 || c == avail);
				start += c;
				break;
			}
			start += c;
		}
		if (fed == len) {
			break;
		}
	}
	if (!error && (in_message || start < len)) {
		tb_str(t, "more;");
	}
	hp_free(&p);
	free(body.s);
	return messages;
}

#endif
