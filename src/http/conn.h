/*
 * The connection layer of the HTTP engine: one server-side HTTP/1.x
 * connection over a bufferevent (a socket one, or bufferevent_openssl for
 * TLS: the caller makes it, this layer only reads and writes it). Plain C
 * over libevent, parser.h and reply.h; no Zend types. A PHP binding
 * (classes/event_http*.c) drives it through the callbacks and the
 * per-request handle below.
 *
 * WHAT IT DOES
 *   - Reading never stops: the read callback feeds every byte to the
 *     parser, also while requests are held by the application, so FIN or
 *     RST is seen in the loop step it arrives in (the `closed` callback
 *     fires then; held requests become aborted). Only a full pipeline
 *     (HC_MAX_PIPELINE requests held) pauses reading.
 *   - Pipelining: every complete request in a read is parsed in that read
 *     (no system call each) and handed out in order; replies are written in
 *     request order whatever order the application answers in (a reply to a
 *     later request waits in that request's own buffer).
 *   - A request is handed out (`request` callback) when its body is
 *     complete, as evhttp does; `Expect: 100-continue` is answered with
 *     "100 Continue" when the head arrives without its body.
 *   - Keep-alive per RFC 9112 9.3 (hp_keep_alive()); after a reply that
 *     closes (HTTP/1.0 without keep-alive, Connection: close, an error) the
 *     connection flushes its output and closes; nothing after the request
 *     that closes it is parsed.
 *   - Parse errors are answered with reply.h's error page (400, 413, 414,
 *     431, 501, 505), in order after the replies still owed, then close.
 *   - Timeouts: `timeout` applies to reading while idle (no request held:
 *     the keep-alive timeout) and to writing; while a request is held, a
 *     read timeout is not an error (the application is thinking).
 *   - Graceful close (hc_conn_shutdown()): an idle keep-alive connection
 *     closes at once; one with a request in progress answers it with
 *     Connection: close and closes after it.
 *
 * OWNERSHIP AND LIFETIME
 *   hc_conn_new() takes the bufferevent: it is freed with the connection
 *   (create it with BEV_OPT_CLOSE_ON_FREE to close the socket then). The
 *   connection frees itself once it is closed and its output is flushed,
 *   after the `closed` callback; hc_conn_free() closes it at once. Requests
 *   belong to the application from the `request` callback until
 *   hc_request_free(); they outlive their connection (then hc_request_conn()
 *   is NULL and replies are dropped). Callbacks may free the connection or
 *   requests: the layer defers its own frees until its callbacks return.
 */
#ifndef EVENT_HTTP_CONN_H
#define EVENT_HTTP_CONN_H

#include <stddef.h>
#include <stdint.h>
#include <event2/util.h> /* struct timeval, everywhere */

#include "parser.h"
#include "reply.h"

struct bufferevent;
struct evbuffer;

#ifdef __cplusplus
extern "C" {
#endif

/* Requests held at once per connection before parsing pauses; reading
 * goes on (so FIN/RST is still seen) until HC_MAX_UNPARSED bytes wait
 * unparsed, when the connection is closed: a client that piles up that much
 * behind a full pipeline (or behind a request that closes the connection)
 * is cut off rather than read without bound or left unwatched. */
#define HC_MAX_PIPELINE 64
#define HC_MAX_UNPARSED (256 * 1024)

typedef struct hc_conn hc_conn;
typedef struct hc_request hc_request;

typedef struct {
	/* A request is complete (head and body). */
	void (*request)(hc_request *req, void *arg);
	/* The peer closed (FIN, RST, timeout, error) or the layer closed after a
	 * reply; the connection is freed after this returns (or once flushed). */
	void (*closed)(hc_conn *conn, void *arg);
	/* Everything written so far reached the socket (optional). */
	void (*drained)(hc_conn *conn, void *arg);
} hc_callbacks;

typedef struct {
	hp_limits limits;
	struct timeval timeout;           /* {0, 0}: none */
	const char *default_content_type; /* NULL: none; evhttp's is HR_DEFAULT_CONTENT_TYPE */
	/* Plain socket bufferevents only: replies are written to the socket in
	 * the loop step that made them (at the end of the read callback, or in
	 * the reply call outside one); write interest is on only while output
	 * waits for the socket. */
	int write_now;
	/* Plain socket bufferevents only: the layer reads the socket itself
	 * (one recv() per readable event, into the bufferevent's input), where
	 * the bufferevent would ask the socket for its byte count (an ioctl)
	 * before each read. The idle timeout is then on that read event. */
	int read_direct;
	/* bufferevent_openssl accepting: writing is enabled once the handshake
	 * is done, as evhttp enables it only for a reply. Until then the
	 * handshake runs on the client's bytes, so a context that cannot accept
	 * fails when the client speaks, not on the first writable event. */
	int write_after_handshake;
	/* Requests handed out at once (0: HC_MAX_PIPELINE); 1 hands the next
	 * pipelined request out once the one before it is answered, as evhttp
	 * does. */
	unsigned max_held;
} hc_config;

void hc_config_default(hc_config *cfg);

hc_conn *hc_conn_new(struct bufferevent *bev, const hc_config *cfg, const hc_callbacks *cb, void *arg);
/* Closes now: held requests become aborted, unsent output is dropped; the
 * closed callback is not called. */
void hc_conn_free(hc_conn *conn);
struct bufferevent *hc_conn_bufferevent(hc_conn *conn);
/* Requests handed out and not yet answered completely. */
size_t hc_conn_pending(const hc_conn *conn);
int hc_conn_is_closed(const hc_conn *conn);
/* The BEV_EVENT_* flags of the event that closed the connection (0: closed
 * by a reply or by the application). */
short hc_conn_close_events(const hc_conn *conn);
/* Closes once what is written is flushed: nothing more is parsed or
 * answered, unanswered requests become aborted, the closed callback runs
 * now. */
void hc_conn_close(hc_conn *conn);
/* Graceful close. An idle connection (a request was answered, none is on
 * its way: nothing read, nothing waiting in the socket) closes as by
 * hc_conn_close(). Else the requests held, or the one arriving (for a new
 * connection: its first one), are the last ones: nothing after them is
 * parsed, the last reply carries Connection: close, and the connection
 * closes once it is flushed. Calling it again does nothing. */
void hc_conn_shutdown(hc_conn *conn);
/* Whether hc_conn_shutdown() was called. */
int hc_conn_draining(const hc_conn *conn);
/* Answers a new connection with the layer's error page for `status` (503
 * for a server over its connection limit: reply.h's hr_error(), with
 * Connection: close) before any request is read, and closes once it is
 * flushed; no request is parsed or handed out. On a plain socket
 * (cfg.write_now) what the client sent already is read and dropped first,
 * so the close is a FIN, not a reset that could cost the client the reply.
 * The closed callback may run before this returns. Does nothing once a
 * request arrived. */
void hc_conn_refuse(hc_conn *conn, int status);
/* Bytes for the wire after what is written so far (a script's raw bytes
 * after a complete reply, as evhttp lets them through). */
void hc_conn_write(hc_conn *conn, struct evbuffer *data);
/* New limits and timeout for what is parsed and waited for from now on. */
void hc_conn_set_limits(hc_conn *conn, const hp_limits *limits);
const hp_limits *hc_conn_limits(const hc_conn *conn);
void hc_conn_set_timeout(hc_conn *conn, const struct timeval *timeout);

/* The request handle. */
hc_conn *hc_request_conn(const hc_request *req);
int hc_request_aborted(const hc_request *req);
/* The parsed head: only its public fields (parser.h, up to nheaders) are kept. */
const hp_parser *hc_request_head(const hc_request *req);  /* method, version, flags, headers */
const char *hc_request_bytes(const hc_request *req);      /* the head's bytes: offsets point here */
const char *hc_request_target(const hc_request *req, size_t *len);
const char *hc_request_header(const hc_request *req, const char *name, size_t name_len, size_t *value_len);
struct evbuffer *hc_request_body(hc_request *req);
/* The reply context (version, HEAD, close) for reply.h. */
void hc_request_reply_ctx(const hc_request *req, hr_ctx *ctx);

/* Replies; each returns 0, or -1 when the request cannot be answered any
 * more (already answered, or its connection is gone: then it is dropped). */
int hc_request_reply(hc_request *req, int code, const char *reason,
	const hr_field *fields, size_t nfields, struct evbuffer *body);
int hc_request_error(hc_request *req, int code, const char *reason);
int hc_request_reply_start(hc_request *req, int code, const char *reason, const hr_field *fields, size_t nfields);
int hc_request_reply_chunk(hc_request *req, struct evbuffer *data);
int hc_request_reply_end(hc_request *req);
/* An evhttp-style page (hr_page(), the 404 of an unknown path); closes. */
int hc_request_page(hc_request *req, int code, const char *reason, struct evbuffer *body);
/* Who is told of the fields the reply writer adds (reply.h's hr_added_fn). */
void hc_request_set_added(hc_request *req, hr_added_fn fn, void *arg);
/*
 * PENDING OUTPUT AND DRAIN WATCHES
 * A request's pending output is the bytes of its reply the layer accepted
 * (hc_request_reply*, hc_request_error, hc_request_page) and not yet
 * written to the socket: those waiting behind earlier replies in the
 * request's own buffer, and its part of the connection's output. Bytes of
 * other replies before or after it are not counted; hc_conn_write()'s raw
 * bytes are the connection's. 0 before a reply, once written, and once the
 * connection is closed. No system call: the layer counts what leaves the
 * output (an evbuffer callback) and where each reply's bytes lie in it.
 *
 * A drain watch calls fn(req, HC_DRAIN_LOW, arg) from the loop (the
 * bufferevent's deferred write callback, never inside a reply call) each
 * time the pending output falls to `low` bytes or fewer after having been
 * above it, while the reply is not complete (there is nothing to send
 * after it). Once the reply is complete and written, fn gets HC_DRAIN_END
 * and the layer forgets fn and arg. When the connection closes the watch
 * is dropped without a call (the application learns of it from the closed
 * callback). fn may reply, free the request, set a new watch, close or
 * free the connection.
 */
#define HC_DRAIN_LOW 0x01
#define HC_DRAIN_END 0x02
typedef void (*hc_drain_fn)(hc_request *req, int events, void *arg);

size_t hc_request_pending_output(const hc_request *req);
/* Sets (replacing any) or, fn NULL, removes the request's drain watch.
 * Returns 0, or -1 when no watch can be set: the connection is closed, or
 * the reply is complete and written. */
int hc_request_watch_drain(hc_request *req, size_t low, hc_drain_fn fn, void *arg);

/* The application lets go of the request without answering it (as evhttp
 * leaves a request nobody answers): it stays held, the replies behind it
 * wait, and the layer frees it with the connection. An answered one is
 * freed as by hc_request_free(). */
void hc_request_release(hc_request *req);
/* The application is done with the request (answered or not: an
 * unanswered request on a live connection is answered 500 then, so the
 * replies behind it are not stuck). */
void hc_request_free(hc_request *req);

#ifdef __cplusplus
}
#endif

#endif
