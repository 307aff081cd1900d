/*
 * libFuzzer entry point for src/http/parser.c:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined parser_libfuzzer.c ../../src/http/parser.c
 * The first two bytes pick the limits and the cut points; the rest is the
 * byte stream, parsed whole, cut, and (when small) one byte at a time; the
 * transcripts must match and harness.h's invariants hold.
 */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hp_limits lim;
	tbuf whole = {0}, cut = {0};
	size_t cuts[16], k = 0;
	uint8_t a, b;

	if (size < 2) {
		return 0;
	}
	a = data[0];
	b = data[1];
	data += 2;
	size -= 2;

	hp_limits_default(&lim);
	if (a & 1) lim.max_head = 16 + (size_t)(b * 3);
	if (a & 2) lim.max_uri = 1 + (size_t)(b % 50);
	if (a & 4) lim.max_body = b;
	if (a & 8) lim.max_headers = 1 + (b % 8);

	h_run((const char *)data, size, NULL, 0, &lim, &whole);

	/* cut points from a tiny LCG seeded by the two bytes */
	uint32_t x = (uint32_t)a << 8 | b;
	size_t last = 0;
	while (k < 15 && size > 0) {
		x = x * 1103515245u + 12345u;
		last += 1 + (x >> 8) % (size / 4 + 1);
		if (last >= size) break;
		cuts[k++] = last;
	}
	cuts[k++] = size;
	h_run((const char *)data, size, cuts, k, &lim, &cut);
	H_CHECK(strcmp(whole.s ? whole.s : "", cut.s ? cut.s : "") == 0);

	if (size <= 512) {
		tbuf bytes = {0};
		size_t *all = malloc((size + 1) * sizeof(*all));
		for (size_t i = 0; i < size; i++) all[i] = i + 1;
		h_run((const char *)data, size, all, size, &lim, &bytes);
		H_CHECK(strcmp(whole.s ? whole.s : "", bytes.s ? bytes.s : "") == 0);
		free(all);
		free(bytes.s);
	}
	free(whole.s);
	free(cut.s);
	return 0;
}
