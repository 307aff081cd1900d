#include "php_event.h"

/* Empties the callable slot and hands its old value to the caller. */
static void take_func(php_event_cb *cb, zval *old)
{
	ZVAL_COPY_VALUE(old, &cb->func);
	ZVAL_UNDEF(&cb->func);
	memset(&cb->fcc, 0, sizeof(cb->fcc));
	cb->lazy = false;
}

static void store_func(php_event_cb *cb, zend_fcall_info *fci, zend_fcall_info_cache *fcc)
{
	ZVAL_COPY(&cb->func, &fci->function_name);
	cb->fcc = *fcc;
	/* A trampoline (__call/__callStatic) is freed after each call: resolve
	 * it again every time instead of keeping it. */
	if (fcc->function_handler && (fcc->function_handler->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE)) {
		cb->fcc.function_handler = NULL;
	}
}

void php_event_cb_set_arg(php_event_cb *cb, zval *arg)
{
	zval old;
	ZVAL_COPY_VALUE(&old, &cb->arg);
	ZVAL_COPY(&cb->arg, arg);
	zval_ptr_dtor(&old);
}

void php_event_cb_set(php_event_cb *cb, zend_fcall_info *fci, zend_fcall_info_cache *fcc, zval *arg)
{
	zval old;
	take_func(cb, &old);
	if (fci != NULL && ZEND_FCI_INITIALIZED(*fci)) {
		store_func(cb, fci, fcc);
	}
	if (arg) {
		php_event_cb_set_arg(cb, arg);
	}
	zval_ptr_dtor(&old);
}

void php_event_cb_set_lazy(php_event_cb *cb, zval *callable, zval *arg)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	ZVAL_DEREF(callable);
	if (zend_fcall_info_init(callable, 0, &fci, &fcc, NULL, NULL) == SUCCESS) {
		php_event_cb_set(cb, &fci, &fcc, arg);
		/* The cache holds a trampoline's copy: release it, ours was cleared. */
		zend_release_fcall_info_cache(&fcc);
		return;
	}
	zval old;
	take_func(cb, &old);
	ZVAL_COPY(&cb->func, callable);
	cb->lazy = true;
	if (arg) {
		php_event_cb_set_arg(cb, arg);
	}
	zval_ptr_dtor(&old);
}

bool php_event_cb_resolve(php_event_cb *cb)
{
	if (!php_event_cb_isset(cb)) {
		return false;
	}
	if (!cb->lazy) {
		return true;
	}
	zval callable;
	ZVAL_COPY(&callable, &cb->func);
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	bool now = zend_fcall_info_init(&callable, 0, &fci, &fcc, NULL, NULL) == SUCCESS;
	if (now) {
		php_event_cb_set(cb, &fci, &fcc, NULL);
		zend_release_fcall_info_cache(&fcc);
	}
	zval_ptr_dtor(&callable);
	return now;
}

void php_event_cb_clear(php_event_cb *cb)
{
	/* Empty both slots first: destroying a closure may run code that
	 * reaches this object again. */
	zval func, arg;
	take_func(cb, &func);
	ZVAL_COPY_VALUE(&arg, &cb->arg);
	ZVAL_UNDEF(&cb->arg);
	zval_ptr_dtor(&func);
	zval_ptr_dtor(&arg);
}

static void call_now(php_event_cb *cb, uint32_t argc, zval *argv, zval *retval)
{
	if (cb->fcc.function_handler) {
		zend_call_known_function(cb->fcc.function_handler, cb->fcc.object, cb->fcc.called_scope,
			retval, argc, argv, NULL);
		return;
	}
	zend_fcall_info_cache fcc;
	char *error = NULL;
	if (!zend_is_callable_ex(&cb->func, NULL, 0, NULL, &fcc, &error)) {
		if (cb->lazy) {
			/* Never was callable: PECL event skips the call. */
			if (error) {
				efree(error);
			}
			return;
		}
		zend_throw_error(zend_ce_type_error, "callback is no longer callable: %s", error ? error : "unknown");
		if (error) {
			efree(error);
		}
		return;
	}
	zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, retval, argc, argv, NULL);
	zend_release_fcall_info_cache(&fcc);
}

bool php_event_cb_call(php_event_cb *cb, uint32_t argc, zval *argv, zval *retval, struct event_base *loop_base)
{
	zval rv;
	zval *ret = retval ? retval : &rv;
	ZVAL_UNDEF(ret);

	if (!php_event_cb_isset(cb) || php_event_cb_blocked()) {
		if (loop_base && !EVENT_G(shutting_down)) {
			event_base_loopbreak(loop_base);
		}
		return false;
	}

	/* The callable may drop its own holder (e.g. by replacing itself):
	 * keep it alive for the duration of the call. */
	zval func;
	ZVAL_COPY(&func, &cb->func);
	php_event_cb held = { .fcc = cb->fcc, .lazy = cb->lazy };
	ZVAL_COPY_VALUE(&held.func, &func);

	if (EVENT_G(loop_depth) > 0) {
		/* Inside a loop: a fatal error must not longjmp through libevent's
		 * frames; note it, stop the loop, and re-raise once it returned. */
		zend_try {
			call_now(&held, argc, argv, ret);
		} zend_catch {
			EVENT_G(bailout_pending) = true;
		} zend_end_try();
	} else {
		call_now(&held, argc, argv, ret);
	}
	zval_ptr_dtor(&func);

	if (!retval) {
		zval_ptr_dtor(&rv);
	}
	if (EG(exception) || EVENT_G(bailout_pending)) {
		if (loop_base) {
			if (EG(exception) && EVENT_G(loop_depth) > 0 && !zend_is_unwind_exit(EG(exception))
					&& !zend_is_graceful_exit(EG(exception))) {
				/* As PECL event says it, from the loop() that stops. */
				php_error_docref(NULL, E_WARNING, "Breaking the loop due to exception %s",
					ZSTR_VAL(EG(exception)->ce->name));
			}
			event_base_loopbreak(loop_base);
		}
		return false;
	}
	return true;
}
