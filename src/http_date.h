#ifndef PHP_EVENT_HTTP_DATE_H
#define PHP_EVENT_HTTP_DATE_H

#include <event2/http.h>

/* Adds the Date header libevent would add to this reply, from a string
 * formatted at most once a second. See http_date.c. */
void php_event_http_add_date(struct evhttp_request *req);

#endif
