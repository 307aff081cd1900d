/*
 * Doing something later: the one deferral mechanism.
 *
 * A callback returns into libevent, which may still use what the callback
 * would free (evhttp reads a request after its response callback; a base's
 * loop runs on after a callback freed the base). Whatever must wait is
 * pushed as a call (fn, arg) onto a php_event_defer_list, and the list is run
 * once it is safe:
 *
 *  - php_event_defer_after_loop(): when the loop call that is running
 *    returns to PHP (EventBase::loop()/dispatch() run the list), or at
 *    request shutdown;
 *  - php_event_next_step: on the next step of one event_base's loop (an
 *    event made active), or when its owner frees it first; a call
 *    may free the owner (what it pushes then waits for the step after);
 *  - a list of the owner's own, run when the owner says (the EventBase runs
 *    its list when its last running loop returns).
 *
 * Lists grow by doubling. A call may push more calls: running a list runs
 * them too, most recent first, until the list is empty.
 */
#ifndef PHP_EVENT_DEFER_H
#define PHP_EVENT_DEFER_H

struct event;
struct event_base;

typedef void (*php_event_defer_fn)(void *arg);

typedef struct {
	struct { php_event_defer_fn fn; void *arg; } *calls;
	uint32_t n, size;
} php_event_defer_list;

/* An empty list is all zeroes. */
void php_event_defer_push(php_event_defer_list *list, php_event_defer_fn fn, void *arg);
/* Runs every call (and those they push), then frees the list's memory. */
void php_event_defer_run(php_event_defer_list *list);
static inline bool php_event_defer_pending(const php_event_defer_list *list)
{
	return list->n > 0;
}

/* Runs fn(arg) when the running loop call returned, or at request shutdown. */
void php_event_defer_after_loop(php_event_defer_fn fn, void *arg);
/* Runs what php_event_defer_after_loop() deferred. */
void php_event_defer_run_after_loop(void);

/* Calls for the next step of one base's loop. Zeroed when unused. */
typedef struct {
	struct event *ev;
	php_event_defer_list list;
} php_event_next_step;

/* Returns false (nothing deferred) when no event could be made on base. */
bool php_event_next_step_push(php_event_next_step *step, struct event_base *base,
	php_event_defer_fn fn, void *arg);
/* Runs what waits and frees the event: for the owner's free/detach path
 * (the owner must be held meanwhile: a call may drop its last reference). */
void php_event_next_step_free(php_event_next_step *step);

#endif
