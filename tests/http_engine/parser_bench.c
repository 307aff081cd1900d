/*
 * Instructions per request of the parser, for callgrind:
 *   gcc -O2 parser_bench.c ../../src/http/parser.c -o parser_bench
 *   valgrind --tool=callgrind --toggle-collect=parse_one ./parser_bench curl 100000
 * then divide the Ir total by the count. Shapes: "curl" (what curl 7.88
 * sends), "wrk" (what wrk sends), "ab" (ApacheBench -k, HTTP/1.0),
 * "browser" (a dozen headers). Each iteration is what a connection does per
 * request: reset, head, done (and a header lookup).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/http/parser.h"

static const char curl[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";
static const char wrk[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n";
static const char ab[] = "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\nHost: 127.0.0.1:8080\r\nUser-Agent: ApacheBench/2.3\r\nAccept: */*\r\n\r\n";
static const char browser[] =
	"GET /index.html?q=1 HTTP/1.1\r\nHost: example.com\r\nConnection: keep-alive\r\n"
	"Cache-Control: max-age=0\r\nUpgrade-Insecure-Requests: 1\r\n"
	"User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36\r\n"
	"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r\n"
	"Accept-Encoding: gzip, deflate, br\r\nAccept-Language: en-US,en;q=0.9\r\n"
	"Cookie: session=0123456789abcdef; theme=dark\r\n\r\n";

__attribute__((noinline)) int parse_one(hp_parser *p, const char *req, size_t len);

__attribute__((noinline)) int parse_one(hp_parser *p, const char *req, size_t len)
{
	size_t c, c2;
	hp_span sp;

	hp_reset(p);
	if (hp_execute(p, req, len, &c, &sp) != HP_HEAD) {
		return -1;
	}
	if (hp_execute(p, req + c, len - c, &c2, &sp) != HP_DONE) {
		return -1;
	}
	return hp_keep_alive(p) + (hp_find_header(p, req, "Host", 4) != NULL);
}

int main(int argc, char **argv)
{
	const char *shape = argc > 1 ? argv[1] : "curl";
	long n = argc > 2 ? atol(argv[2]) : 1000000;
	const char *req = strcmp(shape, "wrk") == 0 ? wrk : strcmp(shape, "ab") == 0 ? ab
		: strcmp(shape, "browser") == 0 ? browser : curl;
	size_t len = strlen(req);
	hp_parser p;
	long sum = 0;

	hp_init(&p, NULL);
	for (long i = 0; i < n; i++) {
		int r = parse_one(&p, req, len);
		if (r < 0) {
			fprintf(stderr, "parse error %d\n", hp_status(&p));
			return 1;
		}
		sum += r;
	}
	hp_free(&p);
	printf("%s: %ld requests of %zu bytes, %ld\n", shape, n, len, sum);
	return 0;
}
