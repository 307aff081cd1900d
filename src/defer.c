#include "php_event.h"
#include <event2/event.h>

void php_event_defer_push(php_event_defer_list *list, php_event_defer_fn fn, void *arg)
{
	if (list->n == list->size) {
		list->size = list->size ? list->size * 2 : 8;
		list->calls = erealloc(list->calls, sizeof(*list->calls) * list->size);
	}
	list->calls[list->n].fn = fn;
	list->calls[list->n].arg = arg;
	list->n++;
}

void php_event_defer_run(php_event_defer_list *list)
{
	/* A call may push more (a release runs a destructor that defers):
	 * take from the end until nothing is left. */
	while (list->n) {
		list->n--;
		list->calls[list->n].fn(list->calls[list->n].arg);
	}
	if (list->calls) {
		efree(list->calls);
		list->calls = NULL;
		list->size = 0;
	}
}

void php_event_defer_after_loop(php_event_defer_fn fn, void *arg)
{
	php_event_defer_push(&EVENT_G(after_loop), fn, arg);
}

void php_event_defer_run_after_loop(void)
{
	php_event_defer_run(&EVENT_G(after_loop));
}

/* Runs the calls waiting now. They are taken off the step first: a call may
 * free the step's owner (and the step with it); what they push meanwhile
 * waits for the following step. */
static void next_step_run_now(php_event_next_step *step)
{
	php_event_defer_list now = step->list;
	memset(&step->list, 0, sizeof(step->list));
	php_event_defer_run(&now);
}

static void next_step_fire(evutil_socket_t fd, short what, void *arg)
{
	next_step_run_now(arg);
}

bool php_event_next_step_push(php_event_next_step *step, struct event_base *base,
	php_event_defer_fn fn, void *arg)
{
	if (!step->ev) {
		step->ev = base ? evtimer_new(base, next_step_fire, step) : NULL;
		if (!step->ev) {
			return false;
		}
	}
	php_event_defer_push(&step->list, fn, arg);
	event_active(step->ev, EV_TIMEOUT, 1);
	return true;
}

/* Runs what waits now, and what those calls push. */
static void next_step_run(php_event_next_step *step)
{
	if (step->ev) {
		event_del(step->ev);
	}
	while (php_event_defer_pending(&step->list)) {
		next_step_run_now(step);
	}
}

void php_event_next_step_free(php_event_next_step *step)
{
	next_step_run(step);
	PHP_EVENT_FREE_CLEAR(step->ev, event_free);
}
