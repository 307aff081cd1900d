/*
 * Doubly linked lists threaded through their nodes, with a head pointer
 * (NULL when empty): plain C, for the engine (src/http/) and the classes.
 */
#ifndef PHP_EVENT_LIST_H
#define PHP_EVENT_LIST_H

#include <stddef.h>

/* Takes `node` out of the list that starts at `head` (an lvalue), whose
 * links are each node's fields `prev` and `next`; the node's links are
 * cleared. */
#define EVENT_DLIST_UNLINK(head, node, prev, next) do { \
		if ((node)->prev) { \
			(node)->prev->next = (node)->next; \
		} else { \
			(head) = (node)->next; \
		} \
		if ((node)->next) { \
			(node)->next->prev = (node)->prev; \
		} \
		(node)->prev = (node)->next = NULL; \
	} while (0)

#endif
