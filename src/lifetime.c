#include "php_event.h"

void php_event_dep_list_init(php_event_dep_list *list)
{
	list->head.prev = list->head.next = &list->head;
	list->head.detach = NULL;
	list->head.base_obj = NULL;
	list->head.list = NULL;
	list->base = NULL;
}

void php_event_dep_attach(php_event_dep *dep, zend_object *base_obj, php_event_dep_list *list,
	php_event_dep_detach_fn detach)
{
	php_event_dep *head = &list->head;

	php_event_dep_unlink(dep);
	if (dep->base_obj != base_obj) {
		if (dep->base_obj) {
			OBJ_RELEASE(dep->base_obj);
		}
		GC_ADDREF(base_obj);
		dep->base_obj = base_obj;
	}
	dep->list = list;
	dep->detach = detach;
	dep->next = head->next;
	dep->prev = head;
	head->next->prev = dep;
	head->next = dep;
}

void php_event_dep_unlink(php_event_dep *dep)
{
	if (dep->next) {
		dep->prev->next = dep->next;
		dep->next->prev = dep->prev;
		dep->next = dep->prev = NULL;
	}
}

void php_event_dep_release(php_event_dep *dep)
{
	php_event_dep_unlink(dep);
	if (dep->base_obj) {
		zend_object *base_obj = dep->base_obj;
		dep->base_obj = NULL;
		dep->list = NULL;
		OBJ_RELEASE(base_obj);
	}
}

void php_event_dep_list_detach_all(php_event_dep_list *list)
{
	php_event_dep *head = &list->head;
	/* detach may free other dependents (an EventHttp frees its
	 * connections' bufferevent wrappers): always restart from the head. */
	while (head->next != head) {
		php_event_dep *dep = head->next;
		php_event_dep_unlink(dep);
		if (dep->detach) {
			dep->detach(dep);
		}
	}
}

struct event_base *php_event_dep_base(const php_event_dep *dep)
{
	return dep->base_obj ? dep->list->base : NULL;
}

static void release_obj(void *obj)
{
	OBJ_RELEASE((zend_object *)obj);
}

void php_event_release_later(zend_object *obj)
{
	php_event_defer_after_loop(release_obj, obj);
}
