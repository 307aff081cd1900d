/*
 * The Date header of server replies, formatted once a second.
 *
 * libevent adds a Date header to every HTTP/1.1 reply that has none, and
 * formats it anew each time (time(), gmtime(), a printf: about 3,000
 * instructions, a tenth of what a small keep-alive request costs in all).
 * The value only changes once a second, so we keep the last string and add
 * it ourselves just before evhttp writes the headers; evhttp then finds a
 * Date and leaves it. The header is the same as libevent's own: same
 * format (evutil_date_rfc1123(), English names whatever the locale), same
 * place (after the script's headers), same replies (HTTP/1.x with x >= 1,
 * none when the script set its own).
 */
#include "php_event.h"
#include "src/http_date.h"

#include <time.h>
#include <event2/util.h>
#include <event2/http_struct.h>

/* "Sun, 06 Nov 1994 08:49:37 GMT" is 29 bytes. */
#define HTTP_DATE_SIZE 32

static const char *http_date_now(void)
{
	ZEND_TLS time_t cached_at = -1;
	ZEND_TLS char cached[HTTP_DATE_SIZE];
	time_t now = time(NULL);

	if (now != cached_at) {
		struct tm tm;
		if (gmtime_r(&now, &tm) == NULL || evutil_date_rfc1123(cached, sizeof(cached), &tm) <= 0) {
			return NULL;
		}
		cached_at = now;
	}
	return cached;
}

void php_event_http_add_date(struct evhttp_request *req)
{
	struct evkeyvalq *headers;
	const char *date;

	/* Where evhttp_make_header_response() adds it (struct evhttp_request
	 * has no accessor for the version in libevent 2.1). */
	if (req->major != 1 || req->minor < 1) {
		return;
	}
	headers = evhttp_request_get_output_headers(req);
	if (evhttp_find_header(headers, "Date") == NULL && (date = http_date_now()) != NULL) {
		evhttp_add_header(headers, "Date", date);
	}
}
