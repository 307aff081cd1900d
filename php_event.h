/*
 * The `event` extension: libevent 2.1 for PHP.
 *
 * This header is what every source file includes: the module's version and
 * entry, the class entries, and the few helpers that every class uses. Each
 * class's own struct and helpers live in classes/<name>.h.
 */
#ifndef PHP_EVENT_H
#define PHP_EVENT_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "php_network.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include <event2/event.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/util.h>
#ifdef HAVE_EVENT_EXTRA_LIB
# include <event2/http.h>
# include <event2/dns.h>
# include <event2/listener.h>
# include <event2/keyvalq_struct.h>
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
# include <openssl/ssl.h>
# include <openssl/err.h>
# include <openssl/rand.h>
# include <event2/bufferevent_ssl.h>
#endif

extern zend_module_entry event_module_entry;
#define phpext_event_ptr &event_module_entry

#define PHP_EVENT_VERSION "3.1.5"

#ifndef PHP_EVENT_NS
# define PHP_EVENT_NS ""
#endif

#if PHP_VERSION_ID < 80100
# error "the event extension needs PHP 8.1 or newer"
#endif

#include "src/defer.h"

ZEND_BEGIN_MODULE_GLOBALS(event)
	/* Set in RSHUTDOWN: the executor is going away, so no PHP callback may
	 * run any more (objects freed after this point only release memory). */
	bool shutting_down;
	/* A callback bailed out (fatal error, exit in PHP < 8): the loop that
	 * ran it stops and re-raises the bailout once libevent has unwound. */
	bool bailout_pending;
	/* How many event_base_loop() calls are on the C stack right now. */
	int loop_depth;
	/* Always true (PECL event has no INI entries): write HTTP replies on plain TCP in
	 * the loop step that produced them, and keep reading registered across
	 * each request (src/http/conn.c, cfg.write_now). */
	bool http_direct_io;
	/* The descriptor an EventListener's callback is being given, until a
	 * bufferevent or Socket is made on it (then -1): closed if the
	 * callback throws. */
	evutil_socket_t accepted_fd;
	/* What runs once the running loop call returned (src/defer.h). */
	php_event_defer_list after_loop;
ZEND_END_MODULE_GLOBALS(event)

ZEND_EXTERN_MODULE_GLOBALS(event)
#define EVENT_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(event, v)

#if defined(ZTS) && defined(COMPILE_DL_EVENT)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* Class entries. */
extern zend_class_entry *php_event_ce;
extern zend_class_entry *php_event_base_ce;
extern zend_class_entry *php_event_config_ce;
extern zend_class_entry *php_event_buffer_ce;
extern zend_class_entry *php_event_buffer_event_ce;
extern zend_class_entry *php_event_util_ce;
extern zend_class_entry *php_event_exception_ce;
#ifdef HAVE_EVENT_EXTRA_LIB
extern zend_class_entry *php_event_dns_base_ce;
extern zend_class_entry *php_event_listener_ce;
extern zend_class_entry *php_event_http_ce;
extern zend_class_entry *php_event_http_conn_ce;
extern zend_class_entry *php_event_http_req_ce;
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
extern zend_class_entry *php_event_ssl_context_ce;
/* The optional `?EventSslContext $ctx` parameter of the HTTP classes (in a
 * build without OpenSSL the class does not exist, so only null gets past
 * the parameter's declared type). */
# define PHP_EVENT_PARAM_SSL_CONTEXT_OR_NULL(zv) Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zv, php_event_ssl_context_ce)
#else
# define PHP_EVENT_PARAM_SSL_CONTEXT_OR_NULL(zv) Z_PARAM_ZVAL(zv)
#endif

/* Per-class MINIT: each registers its class (its class entry is defined
 * in its file) and sets its handlers. */
PHP_MINIT_FUNCTION(event_exception);
PHP_MINIT_FUNCTION(event_event);
PHP_MINIT_FUNCTION(event_base);
PHP_MINIT_FUNCTION(event_config);
PHP_MINIT_FUNCTION(event_buffer);
PHP_MINIT_FUNCTION(event_buffer_event);
PHP_MINIT_FUNCTION(event_util);
#ifdef HAVE_EVENT_EXTRA_LIB
PHP_MINIT_FUNCTION(event_dns_base);
PHP_MINIT_FUNCTION(event_listener);
PHP_MINIT_FUNCTION(event_http);
PHP_MINIT_FUNCTION(event_http_connection);
PHP_MINIT_FUNCTION(event_http_request);
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
PHP_MINIT_FUNCTION(event_ssl_context);
#endif

/* A PHP integer where PECL event hands it to a C int parameter: its low
 * 32 bits, as that conversion gives them on every platform PHP runs on
 * (2^32 + 2 is 2, 2^31 is INT_MIN), without relying on C's
 * implementation-defined narrowing. */
static inline int php_event_c_int(zend_long v)
{
	uint32_t u = (uint32_t)(zend_ulong)v;
	return u > (uint32_t)INT_MAX ? (int)(u - (uint32_t)INT_MAX - 1) + INT_MIN : (int)u;
}

#include "src/error.h"
#include "src/props.h"
#include "src/object.h"
#include "src/callback.h"
#include "src/lifetime.h"
#include "src/fd.h"
#include "src/timeout.h"

#endif /* PHP_EVENT_H */
