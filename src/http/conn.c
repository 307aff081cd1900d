/*
 * HTTP connection layer over a bufferevent: see conn.h.
 *
 * The requests of a connection form one queue in arrival order: the one
 * whose body is still arriving (c->cur) is last; the first one owes the
 * reply that is on the wire now. A reply to any later request is written
 * into that request's own evbuffer and moved to the output when the
 * requests before it are answered, so replies go out in order.
 */
#include "conn.h"
#include "../list.h"

#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/bufferevent_struct.h>

#ifdef _WIN32
# include <winsock2.h>
# define HC_SHUT_WR SD_SEND
# define HC_RETRY_LATER(e) ((e) == WSAEWOULDBLOCK || (e) == WSAEINTR)
#else
# include <errno.h>
# include <sys/socket.h>
# define HC_SHUT_WR SHUT_WR
# define HC_RETRY_LATER(e) ((e) == EAGAIN || (e) == EWOULDBLOCK || (e) == EINTR)
#endif

/* What one direct read (cfg.read_direct) asks the socket for. */
#define HC_READ_SIZE 16384

struct hc_request {
	hc_conn *conn;            /* NULL once detached from its connection */
	hc_request *next;
	struct evbuffer *out;     /* reply bytes waiting for earlier replies */
	struct evbuffer *body;    /* made when body bytes arrive or on hc_request_body() */
	char *bytes;              /* the head's bytes */
	hr_added_fn added;        /* hc_request_set_added() */
	void *added_arg;
	int mode;                 /* streamed reply: hr_reply_start()'s result (beside the bits: no padding) */
	unsigned handed:1;        /* given to the application */
	unsigned started:1;       /* a streamed reply began */
	unsigned complete:1;      /* the reply is written (to out or the output) */
	unsigned close_after:1;   /* the connection closes after this reply */
	unsigned aborted:1;       /* the connection went away before the reply */
	unsigned app_freed:1;     /* hc_request_free() was called */
	unsigned internal:1;      /* the layer's own error reply */
	/* Pending output (see "PENDING OUTPUT" at the end of this file). */
	unsigned positioned:1;    /* some of its bytes are in the output, unwritten */
	unsigned drain_above:1;   /* watched: pending output was above drain_low */
	unsigned drain_now:1;     /* watched: due in the delivery running now */
	unsigned drain_due:2;     /* watched: HC_DRAIN_* to deliver */
	hc_conn *wire;            /* tracking connection: positioned or watched */
	hc_request *t_prev, *t_next; /* in wire->tracked */
	uint64_t start_pos, end_pos; /* its bytes in the output stream (positioned) */
	hc_drain_fn drain_fn;     /* the drain watch, or NULL */
	void *drain_arg;
	size_t drain_low;
	hp_parser head;           /* last, and only its public part is allocated (request_new()) */
};

struct hc_conn {
	struct bufferevent *bev;
	hp_parser p;
	hc_config cfg;
	hc_callbacks cb;
	void *arg;
	hc_request *first, *last;
	hc_request *cur;          /* head parsed, body arriving */
	size_t held;              /* handed out, reply not complete */
	unsigned closing:1;       /* parse nothing more; close once the queue is answered */
	unsigned closed:1;        /* peer gone or closed by us: no more I/O */
	unsigned paused:1;        /* reading paused: pipeline full */
	unsigned free_pending:1;  /* free once the callbacks on the stack return */
	unsigned notified:1;      /* the closed callback ran */
	unsigned flushing:1;      /* closed after a FIN: the written replies still go out */
	unsigned draining:1;      /* hc_conn_shutdown(): the request on its way is the last one */
	unsigned served:1;        /* a request was handed out */
	short close_events;       /* BEV_EVENT_* that closed it */
	int in_cb;
	/* Pending output (see "PENDING OUTPUT" at the end of this file). */
	struct evbuffer_cb_entry *out_cb;
	uint64_t written;         /* bytes that ever left the output */
	hc_request *tracked;      /* requests with a position or a drain watch */
	unsigned drain_scheduled:1; /* the write callback is deferred for watches */
};

static int flush_now(hc_conn *c);
static void flush_outside(hc_conn *c);
static void track_unlink(hc_request *r);
static int tracking_start(hc_conn *c);
static void tracking_end(hc_conn *c);
static void note_reply(hc_request *r, struct evbuffer *target, size_t before);
static void deliver_drains(hc_conn *c);
static void drain_check(hc_request *r);

void hc_config_default(hc_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	hp_limits_default(&cfg->limits);
	cfg->default_content_type = HR_DEFAULT_CONTENT_TYPE;
}

static void request_destroy(hc_request *r)
{
	if (r->wire) track_unlink(r);
	if (r->out) evbuffer_free(r->out);
	if (r->body) evbuffer_free(r->body);
	free(r);
}

/* The application may still hold it: free it only once both sides let go. */
static void request_detach(hc_request *r)
{
	r->conn = NULL;
	r->next = NULL;
	if (!r->complete) {
		r->aborted = 1;
	}
	if (r->app_freed || !r->handed || r->internal) {
		request_destroy(r);
	}
}

static void conn_destroy(hc_conn *c)
{
	hc_request *r = c->first;

	while (r) {
		hc_request *next = r->next;
		request_detach(r);
		r = next;
	}
	c->first = c->last = c->cur = NULL;
	tracking_end(c);
	/* The peer sees the end now: libevent 2.1 closes a freed bufferevent's
	 * socket only on the loop's next step (its finalizers), which may
	 * never come (the base is being freed), as evhttp does it. */
	if (bufferevent_getfd(c->bev) >= 0) {
		shutdown(bufferevent_getfd(c->bev), HC_SHUT_WR);
	}
	bufferevent_free(c->bev);
	hp_free(&c->p);
	free(c);
}

/* Returns 1 when the connection is gone (freed after the callbacks). */
static int leave_cb(hc_conn *c)
{
	if (--c->in_cb == 0 && c->free_pending) {
		conn_destroy(c);
		return 1;
	}
	return 0;
}

static int conn_free_soon(hc_conn *c)
{
	if (c->in_cb) {
		c->free_pending = 1;
		return 0;
	}
	conn_destroy(c);
	return 1;
}

/* The end of the connection: requests aborted, the application told once,
 * then freed, at once or (flush: after a FIN) once the replies already
 * written are flushed. Returns 1 when it was freed now. */
static int conn_close_ex(hc_conn *c, int flush)
{
	hc_request *r;

	c->closed = 1;
	c->closing = 1;
	flush = flush && evbuffer_get_length(bufferevent_get_output(c->bev)) > 0;
	bufferevent_disable(c->bev, flush ? EV_READ : EV_READ | EV_WRITE);
	if (flush) {
		bufferevent_enable(c->bev, EV_WRITE);
	}
	for (r = c->first; r; r = r->next) {
		if (!r->complete) {
			r->aborted = 1;
		}
	}
	if (!c->notified && c->cb.closed) {
		int gone;
		c->notified = 1;
		c->in_cb++;
		c->cb.closed(c, c->arg);
		gone = leave_cb(c);
		if (gone) {
			return 1;
		}
	}
	if (flush && !c->free_pending) {
		c->flushing = 1;
		return 0;
	}
	return conn_free_soon(c);
}

static int conn_close(hc_conn *c)
{
	return conn_close_ex(c, 0);
}

/* Once the last owed reply is flushed, a closing connection closes. */
static int maybe_finish(hc_conn *c)
{
	if (c->closed || !c->closing || c->first) {
		return 0;
	}
	if (evbuffer_get_length(bufferevent_get_output(c->bev)) == 0) {
		return conn_close(c);
	}
	return 0; /* the write callback comes back when it is flushed */
}

static void enqueue(hc_conn *c, hc_request *r)
{
	if (c->last) {
		c->last->next = r;
	} else {
		c->first = r;
	}
	c->last = r;
}

/* The first requests whose replies are complete leave the queue; the next
 * one's waiting bytes go to the output. */
static int advance(hc_conn *c)
{
	struct evbuffer *output = bufferevent_get_output(c->bev);

	while (c->first && c->first->complete) {
		hc_request *r = c->first;
		c->first = r->next;
		if (!c->first) {
			c->last = NULL;
		}
		if (r->close_after) {
			/* Nothing behind a closing reply is answered. */
			hc_request *rest = c->first;
			c->closing = 1;
			c->first = c->last = NULL;
			if (c->cur) {
				c->cur = NULL;
			}
			while (rest) {
				hc_request *next = rest->next;
				if (rest->handed && !rest->complete) c->held--;
				request_detach(rest);
				rest = next;
			}
		}
		request_detach(r);
		if (c->first && c->first->out) {
			size_t before = evbuffer_get_length(output);
			evbuffer_add_buffer(output, c->first->out);
			note_reply(c->first, output, before);
		}
	}
	if (c->paused && c->held < (c->cfg.max_held ? c->cfg.max_held : HC_MAX_PIPELINE) && !c->closing) {
		/* Reading went on: the requests that wait are parsed from a
		 * deferred read callback, not inside the reply call. */
		c->paused = 0;
		if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0) {
			bufferevent_trigger(c->bev, EV_READ, BEV_TRIG_DEFER_CALLBACKS);
		}
	}
	return maybe_finish(c);
}

static struct evbuffer *reply_target(hc_request *r)
{
	hc_conn *c = r->conn;

	if (r == c->first) {
		return bufferevent_get_output(c->bev);
	}
	if (!r->out) {
		r->out = evbuffer_new();
	}
	return r->out;
}

/* The layer's own error page for a request that could not be parsed (or
 * for a connection refused before its first request: hc_conn_refuse()). */
static int parse_error(hc_conn *c, int status)
{
	hc_request *r = calloc(1, sizeof(*r));
	hr_ctx ctx = { 1, 1, 0, NULL, NULL, NULL };

	c->closing = 1;
	if (c->cur) { /* its body was bad: it is never handed out */
		hc_request *q = c->first, *prev = NULL;
		while (q && q != c->cur) { prev = q; q = q->next; }
		if (q) {
			if (prev) prev->next = NULL; else c->first = NULL;
			c->last = prev;
			request_destroy(q);
		}
		c->cur = NULL;
	}
	if (!r) {
		return conn_close(c);
	}
	r->conn = c;
	r->internal = 1;
	r->handed = 1;
	enqueue(c, r);
	hr_error(reply_target(r), &ctx, status, hr_parser_reason(status));
	r->complete = 1;
	r->close_after = 1;
	return advance(c);
}

/* A request keeps the public part of the parsed head (parser.h: up to
 * nheaders; its headers and bytes follow it, see request_new()), not the
 * parser's private state, limits and inline header array, which would be
 * most of a held request's size. Nothing reads those fields of a copy. */
#define HEAD_COPY_SIZE offsetof(hp_parser, status)
#define REQUEST_SIZE (offsetof(hc_request, head) + HEAD_COPY_SIZE)
/* Compile-time check (a negative array size fails the build). */
typedef char hc_copied_headers_are_aligned[REQUEST_SIZE % sizeof(uint32_t) == 0 ? 1 : -1];

static hc_request *request_new(hc_conn *c, const char *head)
{
	const hp_parser *p = &c->p;
	size_t hsize = p->nheaders * sizeof(hp_header);
	hc_request *r = malloc(REQUEST_SIZE + hsize + p->head_len);

	if (!r) {
		return NULL;
	}
	memset(r, 0, offsetof(hc_request, head));
	memcpy(&r->head, p, HEAD_COPY_SIZE);
	r->head.headers = (hp_header *)((char *)r + REQUEST_SIZE);
	memcpy(r->head.headers, p->headers, hsize);
	r->bytes = (char *)r->head.headers + hsize;
	memcpy(r->bytes, head, p->head_len);
	r->conn = c;
	return r;
}

/* The body is complete: the application gets the request. */
static int hand_out(hc_conn *c)
{
	hc_request *r = c->cur;

	c->cur = NULL;
	r->handed = 1;
	c->held++;
	c->served = 1;
	if (!hp_keep_alive(&r->head) || c->draining) {
		c->closing = 1; /* nothing after it is parsed */
	}
	hp_reset(&c->p);
	c->in_cb++;
	c->cb.request(r, c->arg);
	return leave_cb(c);
}

/* Feeds the input to the parser until it needs more. Returns 1 when the
 * connection is gone. */
static int parse_input(hc_conn *c)
{
	struct evbuffer *in = bufferevent_get_input(c->bev);

	while (!c->closing && !c->closed) {
		size_t len = evbuffer_get_length(in), used = 0;
		const char *data;
		hp_span sp;
		hp_result r;

		if (!c->cur) {
			size_t window = hp_head_window(&c->p);
			size_t n = len < window ? len : window;
			if (c->held >= (c->cfg.max_held ? c->cfg.max_held : HC_MAX_PIPELINE)) {
				/* Parsing waits; reading goes on, so a client that leaves
				 * is still seen (read_cb bounds what piles up). */
				c->paused = 1;
				return 0;
			}
			if (n == 0) {
				return 0;
			}
			data = (const char *)evbuffer_pullup(in, (ev_ssize_t)n);
			r = hp_execute(&c->p, data, n, &used, &sp);
			if (r == HP_AGAIN) {
				return 0;
			}
			if (r == HP_ERROR) {
				return parse_error(c, hp_status(&c->p));
			}
			/* HP_HEAD */
			c->cur = request_new(c, data);
			if (!c->cur) {
				return conn_close(c);
			}
			enqueue(c, c->cur);
			evbuffer_drain(in, used);
			if ((c->p.flags & HP_F_EXPECT_CONTINUE) && c->p.minor >= 1
					&& ((c->p.flags & HP_F_CHUNKED) || c->p.content_length > 0)
					&& evbuffer_get_length(in) == 0) {
				hr_ctx ctx;
				hc_request_reply_ctx(c->cur, &ctx);
				/* Only the first request may speak now; a later one's
				 * client is still waiting for earlier replies anyway. */
				if (c->cur == c->first) {
					hr_continue(bufferevent_get_output(c->bev), &ctx);
				}
			}
			continue;
		}

		{
			struct evbuffer_iovec v;
			int nv = evbuffer_peek(in, -1, NULL, &v, 1);
			data = nv > 0 ? (const char *)v.iov_base : "";
			len = nv > 0 ? v.iov_len : 0;
		}
		r = hp_execute(&c->p, data, len, &used, &sp);
		switch (r) {
		case HP_BODY:
			if (!c->cur->body && !(c->cur->body = evbuffer_new())) {
				return conn_close(c);
			}
			evbuffer_drain(in, sp.off);
			evbuffer_remove_buffer(in, c->cur->body, sp.len);
			break;
		case HP_DONE:
			evbuffer_drain(in, used);
			if (hand_out(c)) {
				return 1;
			}
			break;
		case HP_ERROR:
			return parse_error(c, hp_status(&c->p));
		default: /* HP_AGAIN: the framing bytes were taken */
			evbuffer_drain(in, used);
			if (used == 0) {
				return 0;
			}
			break;
		}
	}
	return 0;
}

static void read_cb(struct bufferevent *bev, void *arg)
{
	hc_conn *c = arg;

	c->in_cb++;
	if (!parse_input(c) && !c->closed) {
		if ((c->paused || c->closing)
				&& evbuffer_get_length(bufferevent_get_input(bev)) > HC_MAX_UNPARSED) {
			conn_close_ex(c, 1);
		} else {
			flush_now(c);
		}
	}
	leave_cb(c);
}

/* Writes what it can of `out`: a reply that is one piece (a small reply
 * is: reply.c) with one send(), else evbuffer_write()'s writev(). */
static void write_socket(struct evbuffer *out, evutil_socket_t fd)
{
	struct evbuffer_iovec v[2];
	ev_ssize_t n;

	if (evbuffer_peek(out, -1, NULL, v, 2) != 1) {
		evbuffer_write(out, fd);
		return;
	}
#ifdef MSG_NOSIGNAL
	n = send(fd, (const char *)v[0].iov_base, v[0].iov_len, MSG_NOSIGNAL);
#else
	n = send(fd, (const char *)v[0].iov_base, v[0].iov_len, 0);
#endif
	if (n > 0) {
		evbuffer_drain(out, (size_t)n);
	}
}

/* cfg.write_now: what the replies of this loop step queued goes to the
 * socket now (one write call for a small reply); what the socket does not
 * take waits for the write event. Returns 1 when the connection is gone. */
static int flush_now(hc_conn *c)
{
	struct evbuffer *out = bufferevent_get_output(c->bev);
	evutil_socket_t fd;

	if (!c->cfg.write_now || (c->closed && !c->flushing) || evbuffer_get_length(out) == 0) {
		return 0;
	}
	fd = bufferevent_getfd(c->bev);
	if (fd >= 0) {
		/* A socket bufferevent keeps its output's start frozen (only its
		 * own write callback drains it): thawed for this one write. */
		evbuffer_unfreeze(out, 1);
		write_socket(out, fd);
		evbuffer_freeze(out, 1);
	}
	if (fd < 0 || evbuffer_get_length(out) > 0) {
		/* Would block, or an error the write event reports. */
		bufferevent_enable(c->bev, EV_WRITE);
		return 0;
	}
	if (c->flushing) {
		return conn_free_soon(c);
	}
	return maybe_finish(c);
}

static void write_cb(struct bufferevent *bev, void *arg)
{
	hc_conn *c = arg;
	(void)bev;

	c->in_cb++;
	if (c->drain_scheduled) {
		deliver_drains(c);
	}
	if (c->cfg.write_now && !c->flushing && evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
		/* Write interest only while output waits (see flush_now()). */
		bufferevent_disable(bev, EV_WRITE);
	}
	if (c->cb.drained && !c->closed) {
		c->cb.drained(c, c->arg);
	}
	if (c->flushing) {
		if (evbuffer_get_length(bufferevent_get_output(c->bev)) == 0) {
			conn_free_soon(c);
		}
	} else if (!c->free_pending && !maybe_finish(c) && !(bufferevent_get_enabled(bev) & EV_WRITE)) {
		/* What drain watches' callbacks replied goes out as after a read. */
		flush_now(c);
	}
	leave_cb(c);
}

static void event_cb(struct bufferevent *bev, short what, void *arg)
{
	hc_conn *c = arg;

	if (what & BEV_EVENT_CONNECTED) {
		/* bufferevent_openssl: the TLS handshake is done; not an end. */
		if (c->cfg.write_after_handshake && !c->closed) {
			bufferevent_enable(bev, EV_WRITE);
		}
		return;
	}
	if ((what & BEV_EVENT_TIMEOUT) && (what & BEV_EVENT_READING) && c->held > 0) {
		/* The application holds a request: waiting for it is no idle time,
		 * also when the connection closes after its reply (HTTP/1.0,
		 * Connection: close, hc_conn_shutdown()). A direct read event
		 * stays added through its timeouts. */
		if (!c->cfg.read_direct) {
			bufferevent_enable(bev, EV_READ);
		}
		return;
	}
	c->in_cb++;
	c->close_events = what;
	if (c->flushing) {
		conn_free_soon(c); /* the flush failed or timed out */
	} else {
		conn_close_ex(c, (what & BEV_EVENT_EOF) && !(what & BEV_EVENT_ERROR));
	}
	leave_cb(c);
}

/*
 * DIRECT READS (cfg.read_direct)
 * The bufferevent's own read event (ev_read, of event2/bufferevent_struct.h)
 * runs direct_read_cb() instead of the bufferevent's read callback: it reads
 * into the input with one recv() and runs read_cb() as the bufferevent
 * would. The bufferevent still adds and deletes that event as reading is
 * enabled and disabled, with its read timeout, so no event or memory of
 * our own is needed. A persistent event's timeout starts again each time
 * it runs, as a bufferevent's read timeout does after each read, and it
 * stays added after firing (event_cb() lets a timeout pass while a request
 * is held).
 */

/* > 0: bytes read; 0: end of stream; < 0: nothing now or an error (errno,
 * or the socket error, says which). The bytes are read on the stack and
 * added: the input's chain is then sized to what arrived (a request head
 * fits a small one, which malloc serves from its per-thread cache), where
 * reserving HC_READ_SIZE in the input would allocate that much per read. */
static ev_ssize_t read_socket(hc_conn *c, evutil_socket_t fd)
{
	char buf[HC_READ_SIZE];
	ev_ssize_t n = recv(fd, buf, sizeof(buf), 0);

	if (n > 0 && evbuffer_add(bufferevent_get_input(c->bev), buf, (size_t)n) < 0) {
		return -1;
	}
	return n;
}

/* arg is the bufferevent, as for its own read callback: libevent's
 * finalizer of a freed bufferevent gets its read event's argument. */
static void direct_read_cb(evutil_socket_t fd, short what, void *arg)
{
	struct bufferevent *bev = arg;
	hc_conn *c = bev->cbarg;
	ev_ssize_t n;

	if (what & EV_TIMEOUT) {
		event_cb(c->bev, BEV_EVENT_READING | BEV_EVENT_TIMEOUT, c);
		return;
	}
	n = read_socket(c, fd);
	if (n > 0) {
		read_cb(c->bev, c);
	} else if (n == 0) {
		event_cb(c->bev, BEV_EVENT_READING | BEV_EVENT_EOF, c);
	} else if (!HC_RETRY_LATER(EVUTIL_SOCKET_ERROR())) {
		event_cb(c->bev, BEV_EVENT_READING | BEV_EVENT_ERROR, c);
	}
}

/* Points the bufferevent's read event at direct_read_cb(): it is re-made
 * with the same socket, flags and argument while it is not added (the
 * connection is the bufferevent's callback argument, set before). A socket
 * bufferevent keeps its input's end frozen (only its own reading adds to
 * it), and that reading is this now. */
static int reading_direct(hc_conn *c)
{
	struct bufferevent *bev = c->bev;
	evutil_socket_t fd = bufferevent_getfd(bev);

	if (fd < 0) {
		return -1;
	}
	bufferevent_disable(bev, EV_READ);
	if (event_assign(&bev->ev_read, bufferevent_get_base(bev), fd, event_get_events(&bev->ev_read),
			direct_read_cb, bev) < 0) {
		return -1;
	}
	evbuffer_unfreeze(bufferevent_get_input(bev), 0);
	return 0;
}

hc_conn *hc_conn_new(struct bufferevent *bev, const hc_config *cfg, const hc_callbacks *cb, void *arg)
{
	hc_conn *c = calloc(1, sizeof(*c));

	if (!c) {
		return NULL;
	}
	c->bev = bev;
	c->cfg = *cfg;
	c->cb = *cb;
	c->arg = arg;
	hp_init(&c->p, &cfg->limits);
	if (tracking_start(c) < 0) {
		hp_free(&c->p);
		free(c);
		return NULL;
	}
	bufferevent_setcb(bev, read_cb, write_cb, event_cb, c);
	if (cfg->timeout.tv_sec || cfg->timeout.tv_usec) {
		bufferevent_set_timeouts(bev, &cfg->timeout, &cfg->timeout);
	}
	if (cfg->read_direct && reading_direct(c) < 0) {
		tracking_end(c);
		hp_free(&c->p);
		free(c);
		return NULL;
	}
	if (cfg->write_now || cfg->write_after_handshake) {
		/* A bufferevent starts with writing enabled: its write event would
		 * be added for every reply that flush_now() writes anyway, or run
		 * the TLS handshake on the first writable event. */
		bufferevent_disable(bev, EV_WRITE);
		bufferevent_enable(bev, EV_READ);
	} else {
		bufferevent_enable(bev, EV_READ | EV_WRITE);
	}
	return c;
}

void hc_conn_free(hc_conn *c)
{
	c->closed = 1;
	c->closing = 1;
	c->notified = 1;
	conn_free_soon(c);
}

struct bufferevent *hc_conn_bufferevent(hc_conn *c) { return c->bev; }
size_t hc_conn_pending(const hc_conn *c) { return c->held; }
int hc_conn_is_closed(const hc_conn *c) { return c->closed; }
short hc_conn_close_events(const hc_conn *c) { return c->close_events; }

void hc_conn_close(hc_conn *c)
{
	if (c->closed) {
		return;
	}
	c->in_cb++;
	if (!conn_close_ex(c, 1) && c->flushing) {
		flush_now(c);
	}
	leave_cb(c);
}

/* Bytes of a next request already here: read into the input, or waiting in
 * the socket for the read event. */
static int input_waiting(hc_conn *c)
{
	evutil_socket_t fd = bufferevent_getfd(c->bev);
	char b;

	if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0) {
		return 1;
	}
	return fd >= 0 && recv(fd, &b, 1, MSG_PEEK) > 0;
}

void hc_conn_shutdown(hc_conn *c)
{
	if (c->closed || c->draining) {
		return;
	}
	c->draining = 1;
	if (c->closing) {
		return; /* it closes after what it owes anyway */
	}
	if (c->first) {
		/* Requests in progress: the ones held are the last ones, unless
		 * one is still arriving (hand_out() stops parsing after it). */
		if (!c->cur) {
			c->closing = 1;
		}
		return;
	}
	if (c->served && !input_waiting(c)) {
		/* Idle between keep-alive requests. */
		hc_conn_close(c);
	}
	/* Else a request is on its way (or a new connection's first one is
	 * still to come): it is answered, with Connection: close. */
}

int hc_conn_draining(const hc_conn *c) { return c->draining; }

/* What the client sent so far, dropped (at most 64 KiB): a socket closed
 * with unread bytes resets the connection, and a reset may cost the client
 * the reply it has not read yet. Plain sockets only: a TLS bufferevent's
 * socket holds the handshake. */
static void drop_socket_input(hc_conn *c)
{
	evutil_socket_t fd = bufferevent_getfd(c->bev);
	char buf[4096];

	if (!c->cfg.write_now || fd < 0) {
		return;
	}
	for (int i = 0; i < 16 && recv(fd, buf, sizeof(buf), 0) > 0; i++) {
	}
}

void hc_conn_refuse(hc_conn *c, int status)
{
	if (c->closed || c->closing || c->first) {
		return;
	}
	drop_socket_input(c);
	c->in_cb++;
	if (!parse_error(c, status)) {
		flush_now(c);
	}
	leave_cb(c);
}

void hc_conn_write(hc_conn *c, struct evbuffer *data)
{
	if (c->closed && !c->flushing) {
		evbuffer_drain(data, evbuffer_get_length(data));
		return;
	}
	evbuffer_add_buffer(bufferevent_get_output(c->bev), data);
	if (c->in_cb == 0) {
		flush_outside(c);
	} else if (c->flushing) {
		bufferevent_enable(c->bev, EV_WRITE);
	}
}

const hp_limits *hc_conn_limits(const hc_conn *c) { return &c->cfg.limits; }

void hc_conn_set_limits(hc_conn *c, const hp_limits *limits)
{
	c->cfg.limits = *limits;
	c->p.limits = *limits;
}

void hc_conn_set_timeout(hc_conn *c, const struct timeval *tv)
{
	c->cfg.timeout = *tv;
	bufferevent_set_timeouts(c->bev, tv->tv_sec || tv->tv_usec ? tv : NULL, tv->tv_sec || tv->tv_usec ? tv : NULL);
}

hc_conn *hc_request_conn(const hc_request *r) { return r->conn; }
int hc_request_aborted(const hc_request *r) { return r->aborted; }
const hp_parser *hc_request_head(const hc_request *r) { return &r->head; }
const char *hc_request_bytes(const hc_request *r) { return r->bytes; }
/* Most requests have no body (GET): their buffer is made only when asked for. */
struct evbuffer *hc_request_body(hc_request *r)
{
	if (!r->body) {
		r->body = evbuffer_new();
	}
	return r->body;
}

const char *hc_request_target(const hc_request *r, size_t *len)
{
	*len = r->head.target_len;
	return r->bytes + r->head.target_off;
}

const char *hc_request_header(const hc_request *r, const char *name, size_t name_len, size_t *value_len)
{
	const hp_header *h = hp_find_header(&r->head, r->bytes, name, name_len);
	if (!h) {
		return NULL;
	}
	*value_len = h->value_len;
	return r->bytes + h->value_off;
}

void hc_request_reply_ctx(const hc_request *r, hr_ctx *ctx)
{
	const hp_parser *h = &r->head;
	ctx->major = h->major;
	ctx->minor = h->minor;
	ctx->req = (h->method == HP_METHOD_HEAD ? HR_REQ_HEAD : 0)
		| ((h->flags & HP_F_CONN_CLOSE) ? HR_REQ_CLOSE : 0)
		| ((h->flags & HP_F_CONN_KEEP_ALIVE) ? HR_REQ_KEEP_ALIVE : 0);
	if (r->conn && r->conn->draining && r->next == NULL) {
		/* The last reply before a shutdown closes: the client is told. */
		ctx->req |= HR_REQ_CLOSE;
	}
	ctx->default_content_type = r->conn ? r->conn->cfg.default_content_type : NULL;
	ctx->added = r->added;
	ctx->added_arg = r->added_arg;
}

void hc_request_set_added(hc_request *r, hr_added_fn fn, void *arg)
{
	r->added = fn;
	r->added_arg = arg;
}

/* Whether a reply may still be written for r. */
static int live(const hc_request *r)
{
	return r->conn && !r->conn->closed && !r->complete && !r->aborted && r->handed;
}

/* Outside the layer's callbacks (a reply from a timer), the bytes go out
 * now; inside, read_cb writes them when it ends. */
static void flush_outside(hc_conn *c)
{
	if (c->in_cb == 0) {
		c->in_cb++;
		flush_now(c);
		leave_cb(c);
	}
}

/* The pieces of a streamed reply made outside the layer's callbacks (a
 * timer writing chunks) go out together when the socket is next writable:
 * one write per loop turn rather than one per chunk. */
static void write_soon(hc_conn *c)
{
	if (c->in_cb == 0 && c->cfg.write_now && !c->closed
			&& evbuffer_get_length(bufferevent_get_output(c->bev)) > 0) {
		bufferevent_enable(c->bev, EV_WRITE);
	}
}

static int finish(hc_request *r, int closes)
{
	hc_conn *c = r->conn;
	r->complete = 1;
	r->close_after = closes ? 1 : 0;
	c->held--;
	drain_check(r); /* before advance(), which may free r */
	c->in_cb++;
	if (!advance(c) && c->in_cb == 1) {
		flush_now(c);
	}
	leave_cb(c);
	return 0;
}

/* The buffer a reply step of r writes to, when r is live and its reply is
 * already begun (`started`) or not; *before is its length now, for
 * note_reply(). NULL: the step is not possible. */
static struct evbuffer *step_out(hc_request *r, int started, size_t *before)
{
	struct evbuffer *out;

	if (!live(r) || !!r->started != started) {
		return NULL;
	}
	out = reply_target(r);
	*before = evbuffer_get_length(out);
	return out;
}

/* step_out() for a step that writes a head, with the reply context. */
static struct evbuffer *head_out(hc_request *r, size_t *before, hr_ctx *ctx)
{
	struct evbuffer *out = step_out(r, 0, before);

	if (out) {
		hc_request_reply_ctx(r, ctx);
	}
	return out;
}

enum { WHOLE_REPLY, WHOLE_ERROR, WHOLE_PAGE };

/* A reply written at once: the script's, an error page, or evhttp's page. */
static int whole_reply(hc_request *r, int kind, int code, const char *reason,
	const hr_field *f, size_t n, struct evbuffer *body)
{
	hr_ctx ctx;
	size_t before;
	int flags;
	struct evbuffer *out = head_out(r, &before, &ctx);

	if (!out) {
		return -1;
	}
	switch (kind) {
		case WHOLE_ERROR:
			flags = hr_error(out, &ctx, code, reason);
			break;
		case WHOLE_PAGE:
			flags = hr_page(out, &ctx, code, reason, body);
			break;
		default:
			flags = hr_reply(out, &ctx, code, reason, f, n, body);
			break;
	}
	note_reply(r, out, before);
	return finish(r, flags & HR_CLOSE);
}

int hc_request_reply(hc_request *r, int code, const char *reason, const hr_field *f, size_t n, struct evbuffer *body)
{
	return whole_reply(r, WHOLE_REPLY, code, reason, f, n, body);
}

int hc_request_error(hc_request *r, int code, const char *reason)
{
	return whole_reply(r, WHOLE_ERROR, code, reason, NULL, 0, NULL);
}

int hc_request_page(hc_request *r, int code, const char *reason, struct evbuffer *body)
{
	return whole_reply(r, WHOLE_PAGE, code, reason, NULL, 0, body);
}

int hc_request_reply_start(hc_request *r, int code, const char *reason, const hr_field *f, size_t n)
{
	hr_ctx ctx;
	size_t before;
	struct evbuffer *out = head_out(r, &before, &ctx);

	if (!out) {
		return -1;
	}
	r->mode = hr_reply_start(out, &ctx, code, reason, f, n);
	r->started = 1;
	note_reply(r, out, before);
	write_soon(r->conn);
	return 0;
}

int hc_request_reply_chunk(hc_request *r, struct evbuffer *data)
{
	size_t before;
	struct evbuffer *out = step_out(r, 1, &before);

	if (!out) {
		return -1;
	}
	hr_reply_chunk(out, r->mode, data);
	note_reply(r, out, before);
	write_soon(r->conn);
	return 0;
}

int hc_request_reply_end(hc_request *r)
{
	size_t before;
	struct evbuffer *out = step_out(r, 1, &before);

	if (!out) {
		return -1;
	}
	hr_reply_end(out, r->mode);
	note_reply(r, out, before);
	return finish(r, r->mode & HR_CLOSE);
}

void hc_request_release(hc_request *r)
{
	r->app_freed = 1;
	if (!r->conn) {
		request_destroy(r);
	}
	/* Else freed when it leaves the queue, or with the connection. */
}

void hc_request_free(hc_request *r)
{
	hc_conn *c = r->conn;

	r->app_freed = 1;
	if (!c) {
		request_destroy(r);
		return;
	}
	if (live(r)) {
		/* Unanswered: answer it so the replies behind it can go. */
		if (r->started) {
			hc_request_reply_end(r);
		} else {
			hc_request_error(r, 500, NULL);
		}
	}
	/* Still queued behind earlier replies: freed when it leaves the queue. */
}

/*
 * PENDING OUTPUT
 * Every byte that leaves the output (written, or drained by whoever holds
 * the bufferevent) is counted in c->written by an evbuffer callback, so a
 * position in the output stream is c->written + an offset into the output.
 * A request records where its bytes lie (start_pos, end_pos) when they are
 * added to the output; its pending output is the part of that range past
 * c->written. Bytes still in the request's own buffer (behind earlier
 * replies) are pending as they are. Requests with a position or a drain
 * watch are on c->tracked (a handful at most: the one on the wire, the
 * ones just answered, the watched ones), so the connection can tell them
 * when it goes.
 */

static void track_link(hc_conn *c, hc_request *r)
{
	r->wire = c;
	r->t_prev = NULL;
	r->t_next = c->tracked;
	if (c->tracked) {
		c->tracked->t_prev = r;
	}
	c->tracked = r;
}

static void track_unlink(hc_request *r)
{
	hc_conn *c = r->wire;

	EVENT_DLIST_UNLINK(c->tracked, r, t_prev, t_next);
	r->wire = NULL;
	r->positioned = 0;
}

/* Leaves the list once nothing of it is unwritten and nobody watches it. */
static void track_maybe_unlink(hc_request *r)
{
	if (r->wire && !r->positioned && !r->drain_fn) {
		track_unlink(r);
	}
}

static size_t request_pending(const hc_request *r)
{
	const hc_conn *c = r->wire ? r->wire : r->conn;

	if (!c || c->closed) {
		return 0;
	}
	if (r->positioned) {
		uint64_t from = c->written > r->start_pos ? c->written : r->start_pos;
		return r->end_pos > from ? (size_t)(r->end_pos - from) : 0;
	}
	if (r->conn && r->out) {
		return evbuffer_get_length(r->out);
	}
	return 0;
}

static void schedule_drain(hc_conn *c)
{
	if (c->drain_scheduled || c->closed) {
		return;
	}
	c->drain_scheduled = 1;
	/* The write callback from the loop's next step, whatever the output
	 * holds; no system call (libevent's deferred callback queue). */
	bufferevent_trigger(c->bev, EV_WRITE, BEV_TRIG_IGNORE_WATERMARKS | BEV_TRIG_DEFER_CALLBACKS);
}

/* A watched request's pending output changed, or its reply completed. */
static void drain_check(hc_request *r)
{
	size_t pending;

	if (!r->drain_fn) {
		return;
	}
	pending = request_pending(r);
	if (pending > r->drain_low) {
		r->drain_above = 1;
	} else if (r->drain_above) {
		r->drain_above = 0;
		r->drain_due |= HC_DRAIN_LOW;
	}
	if (r->complete) {
		/* Nothing more can be sent: no call, only the end once written. */
		r->drain_due &= ~HC_DRAIN_LOW;
		if (pending == 0) {
			r->drain_due |= HC_DRAIN_END;
		}
	}
	if (r->drain_due) {
		schedule_drain(r->wire);
	}
}

/* Bytes for r went into `target` (the output when r is first, else its own
 * buffer); `before` was target's length. */
static void note_reply(hc_request *r, struct evbuffer *target, size_t before)
{
	hc_conn *c = r->conn;
	size_t after = evbuffer_get_length(target);

	if (target != r->out && after > before) {
		if (!r->positioned) {
			if (!r->wire) {
				track_link(c, r);
			}
			r->positioned = 1;
			r->start_pos = c->written + before;
		}
		r->end_pos = c->written + after;
	}
	drain_check(r);
}

static void output_changed(struct evbuffer *buf, const struct evbuffer_cb_info *info, void *arg)
{
	hc_conn *c = arg;
	hc_request *r, *next;
	(void)buf;

	if (info->n_deleted == 0) {
		return;
	}
	c->written += info->n_deleted;
	for (r = c->tracked; r; r = next) {
		next = r->t_next;
		if (r->positioned && r->end_pos <= c->written) {
			r->positioned = 0;
		}
		drain_check(r);
		track_maybe_unlink(r);
	}
}

static int tracking_start(hc_conn *c)
{
	c->out_cb = evbuffer_add_cb(bufferevent_get_output(c->bev), output_changed, c);
	return c->out_cb ? 0 : -1;
}

/* The connection goes: its requests have nothing pending any more and
 * their watches are dropped (the closed callback told the application). */
static void tracking_end(hc_conn *c)
{
	while (c->tracked) {
		hc_request *r = c->tracked;
		r->drain_fn = NULL;
		r->drain_arg = NULL;
		r->drain_due = 0;
		r->drain_now = 0;
		track_unlink(r);
	}
	if (c->out_cb) {
		evbuffer_remove_cb_entry(bufferevent_get_output(c->bev), c->out_cb);
		c->out_cb = NULL;
	}
}

/* One due watch's call; r is not touched after it (fn may free it). */
static void drain_fire(hc_request *r)
{
	int events = r->drain_due;
	hc_drain_fn fn = r->drain_fn;
	void *arg = r->drain_arg;

	r->drain_due = 0;
	r->drain_now = 0;
	if (r->drain_above || r->complete) {
		/* Above again since the fall (more was sent before this step: the
		 * next fall calls), or the reply was completed meanwhile. */
		events &= ~HC_DRAIN_LOW;
	}
	if (events & HC_DRAIN_END) {
		r->drain_fn = NULL;
		r->drain_arg = NULL;
		track_maybe_unlink(r);
	}
	if (events) {
		fn(r, events, arg);
	}
}

/* From the write callback: the watches due when this step began are called
 * in turn; what becomes due during the calls waits for the next step. */
static void deliver_drains(hc_conn *c)
{
	hc_request *r;

	c->drain_scheduled = 0;
	if (c->closed) {
		return;
	}
	for (r = c->tracked; r; r = r->t_next) {
		r->drain_now = r->drain_due != 0;
	}
	while (!c->closed && !c->free_pending) {
		for (r = c->tracked; r && !r->drain_now; r = r->t_next) {}
		if (!r) {
			break;
		}
		drain_fire(r);
	}
}

size_t hc_request_pending_output(const hc_request *r)
{
	return request_pending(r);
}

int hc_request_watch_drain(hc_request *r, size_t low, hc_drain_fn fn, void *arg)
{
	hc_conn *c = r->wire ? r->wire : r->conn;

	r->drain_fn = NULL;
	r->drain_arg = NULL;
	r->drain_due = 0;
	r->drain_now = 0;
	r->drain_above = 0;
	if (!fn) {
		track_maybe_unlink(r);
		return 0;
	}
	if (!c || c->closed || !r->handed) {
		return -1;
	}
	if (!r->wire) {
		track_link(c, r);
	}
	r->drain_fn = fn;
	r->drain_arg = arg;
	r->drain_low = low;
	drain_check(r);
	return 0;
}
