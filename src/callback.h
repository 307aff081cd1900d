/*
 * A PHP callable held by one of our objects, with the $arg the script gave
 * with it.
 *
 * The callable is kept as an owned zval (which keeps a closure or the object
 * of [$obj, 'method'] alive) plus its resolved zend_fcall_info_cache, so a
 * call costs no lookup. Both are set by php_event_cb_set() (or its lazy
 * twin) and released in exactly one place: php_event_cb_clear(), which every
 * owner calls when the owner is freed or detached. Replacing either releases
 * the old value only after the new one is in place (a destructor run by the
 * release may reach the owner again).
 */
#ifndef PHP_EVENT_CALLBACK_H
#define PHP_EVENT_CALLBACK_H

typedef struct {
	zval func;                  /* IS_UNDEF when no callable is set */
	zend_fcall_info_cache fcc;  /* valid while func is set, unless trampoline */
	zval arg;                   /* the $arg given with it; IS_UNDEF when none was */
	/* Taken unchecked (php_event_cb_set_lazy()): resolved at each call, and
	 * a call that finds nothing callable is skipped silently. */
	bool lazy;
} php_event_cb;

static inline bool php_event_cb_isset(const php_event_cb *cb)
{
	return !Z_ISUNDEF(cb->func);
}

/* Declares fci, fcc and arg and parses into them the (callable $callback,
 * mixed $arg = null) of a setter (arg: NULL when not given). */
#define PHP_EVENT_PARSE_CALLABLE_ARG(fci, fcc, arg) \
	zend_fcall_info fci; \
	zend_fcall_info_cache fcc; \
	zval *arg = NULL; \
	ZEND_PARSE_PARAMETERS_START(1, 2) \
		Z_PARAM_FUNC(fci, fcc) \
		Z_PARAM_OPTIONAL \
		Z_PARAM_ZVAL(arg) \
	ZEND_PARSE_PARAMETERS_END()

/* Takes a callable accepted by Z_PARAM_FUNC / Z_PARAM_FUNC_OR_NULL (a NULL
 * or empty fci, a null argument, leaves no callable) and, when `arg` is not
 * NULL, the $arg (NULL keeps the one given before, as PECL event's setters
 * do when the argument is left out). */
void php_event_cb_set(php_event_cb *cb, zend_fcall_info *fci, zend_fcall_info_cache *fcc, zval *arg);

/* Takes any value as the callable, as PECL event's constructors do: a
 * function or class may be defined after the object is created. A value
 * that is callable now is resolved now; else it is resolved when called.
 * `arg` as for php_event_cb_set(). */
void php_event_cb_set_lazy(php_event_cb *cb, zval *callable, zval *arg);

/* Whether there is something to call now. A lazy callable that has become
 * callable is resolved here, once, and kept resolved. */
bool php_event_cb_resolve(php_event_cb *cb);

/* Replaces only the $arg. */
void php_event_cb_set_arg(php_event_cb *cb, zval *arg);

/* A copy of the $arg for a call (null when none was given). */
static inline void php_event_cb_copy_arg(const php_event_cb *cb, zval *dst)
{
	if (Z_ISUNDEF(cb->arg)) {
		ZVAL_NULL(dst);
	} else {
		ZVAL_COPY(dst, &cb->arg);
	}
}

/* Releases the callable and its $arg; the slot is empty afterwards. */
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
	if (!Z_ISUNDEF(cb->arg)) {
		zend_get_gc_buffer_add_zval(buf, &cb->arg);
	}
}

/* Whether callbacks must not run: an exception is pending, a bailout is on
 * its way up, or the request is shutting down. */
static inline bool php_event_cb_blocked(void)
{
	return EG(exception) || EVENT_G(bailout_pending) || EVENT_G(shutting_down);
}

#endif
