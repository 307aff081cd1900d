/*
 * Who may outlive whom.
 *
 * Every object that holds a libevent struct created on an event_base (Event,
 * EventBufferEvent, EventListener, EventDnsBase, EventHttp, a client
 * EventHttpConnection) is a *dependent* of its EventBase object:
 *
 *  - it holds a strong reference to the EventBase object, so the base lives
 *    at least as long as any object that uses it;
 *  - it is linked into the base's list of dependents, so that when the base
 *    is freed anyway (EventBase::free(), or request shutdown, where PHP frees
 *    objects in creation order whatever their references), the base first
 *    calls every dependent's `detach`, which frees the libevent struct and
 *    leaves the PHP object in its "freed" state. No object is ever left with
 *    a pointer into a freed event_base.
 *
 * `detach` must not release the base reference (the base may be in the
 * middle of its own free handler); the dependent's free handler does that,
 * through php_event_dep_release().
 */
#ifndef PHP_EVENT_LIFETIME_H
#define PHP_EVENT_LIFETIME_H

typedef struct php_event_dep php_event_dep;
typedef void (*php_event_dep_detach_fn)(php_event_dep *dep);

typedef struct php_event_dep_list php_event_dep_list;

struct php_event_dep {
	php_event_dep *prev, *next;     /* in the base's list; NULL when unlinked */
	php_event_dep_detach_fn detach;
	zend_object *base_obj;          /* strong reference, or NULL */
	php_event_dep_list *list;       /* base_obj's list: valid while base_obj is held */
};

/* The object struct of type `type` whose member `dep` is `d`. */
#define PHP_EVENT_DEP_OWNER(type, d) ((type *)((char *)(d) - offsetof(type, dep)))

/* The list an EventBase keeps (a circular list through a dummy node), with
 * the event_base its dependents use (NULL once the base was freed). */
struct php_event_dep_list {
	php_event_dep head;
	struct event_base *base;
};

void php_event_dep_list_init(php_event_dep_list *list);

/* Links dep into `list`, the list of the EventBase object base_obj, and takes
 * a reference to base_obj (classes/event_base.h's php_event_base_attach()
 * finds the list). */
void php_event_dep_attach(php_event_dep *dep, zend_object *base_obj, php_event_dep_list *list,
	php_event_dep_detach_fn detach);

/* Unlinks dep without calling detach (its owner freed the libevent struct
 * itself). The base reference is kept. */
void php_event_dep_unlink(php_event_dep *dep);

/* Unlinks dep and releases the base reference: for the owner's free handler. */
void php_event_dep_release(php_event_dep *dep);

/* Detaches every dependent, most recent first: for the base's free path. */
void php_event_dep_list_detach_all(php_event_dep_list *list);

/* The event_base the dependent was created on, or NULL once it was freed. */
struct event_base *php_event_dep_base(const php_event_dep *dep);

/*
 * Releasing an object once libevent is done with it.
 *
 * A callback returns into libevent, which may still read the struct the
 * object owns (evhttp reads a request after its response callback). An
 * object whose last reference could go during such a callback (the script
 * freed the base, which lets go of what was in flight) is kept with a
 * reference of its own, handed over here when the callback returned; it is
 * released when the loop call that ran the callback returns (by then
 * libevent has moved on), or at request shutdown (src/defer.h).
 */
void php_event_release_later(zend_object *obj);

#endif
