/*
 * A PHP callable held by one of our objects.
 *
 * The callable is kept as an owned zval (which keeps a closure or the object
 * of [$obj, 'method'] alive) plus its resolved zend_fcall_info_cache, so a
 * call costs no lookup. It is released in exactly one place:
 * php_event_cb_clear(), which every owner calls when the callable is replaced
 * or when the owner is freed or detached.
 */
#ifndef PHP_EVENT_CALLBACK_H
#define PHP_EVENT_CALLBACK_H

typedef struct {
	zval func;                  /* IS_UNDEF when no callable is set */
	zend_fcall_info_cache fcc;  /* valid while func is set, unless trampoline */
	/* Taken unchecked (php_event_cb_set_lazy()): resolved at each call, and
	 * a call that finds nothing callable is skipped silently. */
	bool lazy;
} php_event_cb;

static inline bool php_event_cb_isset(const php_event_cb *cb)
{
	return !Z_ISUNDEF(cb->func);
}

/* Takes a callable accepted by Z_PARAM_FUNC / Z_PARAM_FUNC_OR_NULL. A NULL
 * or empty fci (a null argument) just clears. */
void php_event_cb_set(php_event_cb *cb, zend_fcall_info *fci, zend_fcall_info_cache *fcc);

/* Takes any value as the callable, as PECL event's constructors do: a
 * function or class may be defined after the object is created. A value
 * that is callable now is resolved now; else it is resolved when called. */
void php_event_cb_set_lazy(php_event_cb *cb, zval *callable);

/* Releases the callable; the slot is empty afterwards. */
void php_event_cb_clear(php_event_cb *cb);

/*
 * Calls the callable with argv. `loop_base`, when not NULL, is the loop that
 * dispatched the call: if the callable throws, exits or bails out, that loop
 * is told to stop so the exception (or bailout) reaches the caller of
 * EventBase::loop()/dispatch(). No call is made while an exception is
 * pending or after request shutdown began. Returns false when the call did
 * not complete normally. retval may be NULL.
 */
bool php_event_cb_call(php_event_cb *cb, uint32_t argc, zval *argv, zval *retval, struct event_base *loop_base);

/* Reports the held callable to the cycle collector. */
static inline void php_event_cb_gc(php_event_cb *cb, zend_get_gc_buffer *buf)
{
	if (php_event_cb_isset(cb)) {
		zend_get_gc_buffer_add_zval(buf, &cb->func);
	}
}

/* Whether callbacks must not run: an exception is pending, a bailout is on
 * its way up, or the request is shutting down. */
static inline bool php_event_cb_blocked(void)
{
	return EG(exception) || EVENT_G(bailout_pending) || EVENT_G(shutting_down);
}

#endif
