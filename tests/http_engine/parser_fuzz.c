/*
 * Fuzz driver for src/http/parser.c, meant to run under ASan+UBSan.
 *
 *   parser_fuzz REQUESTS [SEED]
 *
 * Each iteration generates one to three pipelined requests (random methods,
 * targets, versions, headers, Content-Length or chunked bodies with
 * extensions and trailers), mutates about two in three of them (bytes
 * flipped, inserted from a set of framing characters, deleted, duplicated,
 * truncated), picks random limits now and then, and parses the stream whole,
 * split at random boundaries and, for small streams, one byte at a time.
 * Invariants (harness.h): no crash, no hang (every call makes progress),
 * consumed <= fed, body spans inside what was consumed, offsets inside the
 * head, an error stays an error; and the three transcripts are identical.
 * An unmutated stream must parse without error into as many messages as
 * were generated. Prints counts and "N passed, N failed".
 */
#include "harness.h"

#include <time.h>
#include <unistd.h>

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static size_t below(size_t n) { return n ? (size_t)(rnd() % n) : 0; }
static int chance(int pct) { return (int)below(100) < pct; }

static const char *const methods[] = { "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "M-SEARCH", "X" };
static const char *const vchars = "abcXYZ019-._~!$&'()*+,;=:@/?%\"<>[]{}|\\^` \t";

static void add_random(tbuf *t, const char *set, size_t n)
{
	size_t m = strlen(set);
	for (size_t i = 0; i < n; i++) {
		tb_add(t, &set[below(m)], 1);
	}
}

static void add_num(tbuf *t, unsigned long long v, int hex)
{
	char b[24];
	int n = snprintf(b, sizeof(b), hex ? "%llx" : "%llu", v);
	tb_add(t, b, (size_t)n);
}

/* One valid request: returns 0 when it is the last one the connection
 * may carry (Connection: close, HTTP/1.0 without keep-alive). */
static int gen_request(tbuf *t)
{
	int v10 = chance(20), chunked = !v10 && chance(30), cl = !chunked && chance(35);
	int keep = !v10 || chance(50);
	size_t body = cl || chunked ? below(chance(10) ? 3000 : 40) : 0;
	const char *eol = chance(10) ? "\n" : "\r\n";

	if (chance(5)) tb_str(t, "\r\n");
	tb_str(t, methods[below(sizeof(methods) / sizeof(methods[0]))]);
	tb_str(t, " /");
	add_random(t, "abc/?=&%-._~0123456789\x80\xff", below(30));
	tb_str(t, v10 ? " HTTP/1.0" : " HTTP/1.1");
	tb_str(t, eol);
	if (!v10 || chance(50)) {
		tb_str(t, chance(50) ? "Host: 127.0.0.1:8080" : "host: [::1]");
		tb_str(t, eol);
	}
	for (size_t i = below(8); i > 0; i--) {
		tb_str(t, "X-");
		add_random(t, "abcdefghijklmnopqrstuvwxyz0123456789-!#$%&'*+.^_`|~", 1 + below(12));
		tb_str(t, ":");
		add_random(t, " \t", below(3));
		tb_str(t, "v");
		add_random(t, vchars, below(40));
		tb_str(t, "v");
		tb_str(t, eol);
	}
	if (v10 && keep) {
		tb_str(t, "Connection: keep-alive");
		tb_str(t, eol);
	} else if (!keep || chance(10)) {
		tb_str(t, chance(50) ? "Connection: close" : "Connection: Upgrade, close");
		tb_str(t, eol);
		keep = 0;
	}
	if (chance(10)) {
		tb_str(t, "Expect: 100-continue");
		tb_str(t, eol);
	}
	if (cl) {
		tb_str(t, "Content-Length: ");
		add_num(t, body, 0);
		tb_str(t, eol);
	} else if (chunked) {
		tb_str(t, chance(80) ? "Transfer-Encoding: chunked" : "transfer-encoding: , Chunked");
		tb_str(t, eol);
	}
	tb_str(t, eol);
	if (cl) {
		add_random(t, "0123456789abcdef\r\n\0", body);
	} else if (chunked) {
		while (body > 0) {
			size_t n = 1 + below(body);
			if (chance(20)) tb_str(t, "000");
			add_num(t, n, 1);
			if (chance(20)) tb_str(t, ";ext=\"q;\\\"x\"; b = c");
			tb_str(t, "\r\n");
			add_random(t, "0123456789abcdef\r\n", n);
			tb_str(t, "\r\n");
			body -= n;
		}
		tb_str(t, "0\r\n");
		if (chance(30)) tb_str(t, "X-Trailer: yes\r\n");
		tb_str(t, chance(90) ? "\r\n" : "\n");
	}
	return keep;
}

static const char interesting[] = { 0, '\r', '\n', ' ', '\t', ':', ',', ';', '"', '\\', 0x7f, (char)0xff, '0', 'f', 'G', '/' };

static void mutate(tbuf *t)
{
	for (size_t m = 1 + below(4); m > 0 && t->len > 0; m--) {
		size_t at = below(t->len);
		switch (below(6)) {
		case 0: /* flip a bit */
			t->s[at] ^= (char)(1u << below(8));
			break;
		case 1: /* overwrite with a framing character */
			t->s[at] = interesting[below(sizeof(interesting))];
			break;
		case 2: { /* insert one */
			char c = interesting[below(sizeof(interesting))];
			tb_add(t, "", 1);
			memmove(t->s + at + 1, t->s + at, t->len - 1 - at);
			t->s[at] = c;
			break;
		}
		case 3: /* delete a range */
		{
			size_t n = 1 + below(t->len - at < 8 ? t->len - at : 8);
			memmove(t->s + at, t->s + at + n, t->len - at - n);
			t->len -= n;
			break;
		}
		case 4: { /* duplicate a range (a second header line, a second CL...) */
			size_t n = 1 + below(t->len - at < 40 ? t->len - at : 40);
			char *copy = malloc(n);
			memcpy(copy, t->s + at, n);
			tb_add(t, copy, n);
			free(copy);
			break;
		}
		case 5: /* truncate */
			t->len = at;
			break;
		}
	}
}

static void random_limits(hp_limits *l)
{
	hp_limits_default(l);
	if (chance(20)) l->max_head = 16 + below(400);
	if (chance(20)) l->max_uri = 1 + below(40);
	if (chance(20)) l->max_body = below(200);
	if (chance(20)) l->max_headers = 1 + below(10);
}

int main(int argc, char **argv)
{
	unsigned long long want = argc > 1 ? strtoull(argv[1], NULL, 10) : 200000;
	unsigned long long requests = 0, iterations = 0, mutated = 0, errors = 0, messages = 0, splits = 0;
	unsigned long long failed = 0, passed = 0;
	size_t *cuts = NULL, cuts_cap = 0;
	clock_t t0 = clock();

	rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : (uint64_t)time(NULL);
	if (rng_state == 0) rng_state = 1;
	printf("parser_fuzz: seed %llu\n", (unsigned long long)rng_state);
	alarm(3600); /* a hang ends the run instead of the machine's patience */

	while (requests < want) {
		tbuf in = {0}, whole = {0}, split = {0};
		hp_limits lim;
		int n = 1 + (int)below(3), gen = 0, is_mutated = chance(66);

		for (int i = 0; i < n; i++) {
			gen++;
			if (!gen_request(&in)) {
				break;
			}
		}
		requests += (unsigned long long)gen;
		iterations++;
		if (is_mutated) {
			mutate(&in);
			mutated++;
		}
		if (is_mutated || chance(80)) {
			random_limits(&lim);
		} else {
			hp_limits_default(&lim);
		}
		if (!in.s) {
			tb_add(&in, "", 0);
		}

		int m = h_run(in.s, in.len, NULL, 0, &lim, &whole);
		messages += (unsigned long long)m;
		if (strstr(whole.s ? whole.s : "", ";E") || (whole.s && whole.s[0] == 'E')) {
			errors++;
		}
		/* An unmutated stream with the default limits is valid. */
		if (!is_mutated && lim.max_head == 8192 && lim.max_uri == 8192 && lim.max_headers == 100
				&& lim.max_body == UINT64_MAX && m != gen) {
			fprintf(stderr, "valid stream refused (%d of %d messages): %s\n", m, gen, whole.s ? whole.s : "");
			fwrite(in.s, 1, in.len, stderr);
			failed++;
		}

		/* random cuts */
		size_t k = 1 + below(in.len < 12 ? in.len + 1 : 12);
		if (cuts_cap < in.len + 2) {
			cuts_cap = in.len + 2;
			cuts = realloc(cuts, cuts_cap * sizeof(*cuts));
		}
		for (size_t i = 0; i < k; i++) {
			cuts[i] = below(in.len + 1);
		}
		for (size_t i = 1; i < k; i++) { /* insertion sort: k is small */
			size_t v = cuts[i], j = i;
			while (j > 0 && cuts[j - 1] > v) { cuts[j] = cuts[j - 1]; j--; }
			cuts[j] = v;
		}
		h_run(in.s, in.len, cuts, k, &lim, &split);
		splits++;
		if (strcmp(whole.s ? whole.s : "", split.s ? split.s : "") != 0) {
			fprintf(stderr, "split differs\nwhole: %s\nsplit: %s\n", whole.s, split.s);
			failed++;
		}
		/* one byte at a time, for the small ones */
		if (in.len <= 600 && chance(25)) {
			tbuf bytes = {0};
			for (size_t i = 0; i < in.len; i++) cuts[i] = i + 1;
			h_run(in.s, in.len, cuts, in.len, &lim, &bytes);
			splits++;
			if (strcmp(whole.s ? whole.s : "", bytes.s ? bytes.s : "") != 0) {
				fprintf(stderr, "byte-by-byte differs\nwhole: %s\nbytes: %s\n", whole.s, bytes.s);
				failed++;
			}
			free(bytes.s);
		}
		if (failed && failed < 3) {
			fprintf(stderr, "(iteration %llu)\n", iterations);
		}
		passed++;
		free(in.s);
		free(whole.s);
		free(split.s);
	}
	free(cuts);
	passed -= failed;
	printf("parser_fuzz: %llu requests in %llu streams (%llu mutated), %llu messages parsed, %llu streams ended in an error, %llu split runs, %.1f s\n",
		requests, iterations, mutated, messages, errors, splits, (double)(clock() - t0) / CLOCKS_PER_SEC);
	printf("parser_fuzz: %llu passed, %llu failed\n", passed, failed);
	return failed ? 1 : 0;
}
