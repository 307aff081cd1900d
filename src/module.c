/*
 * The module: registers the classes (from the arginfo generated from
 * event.stub.php), the EVENT_NS constant, and keeps the per-request flags
 * that stop PHP callbacks once the request shuts down.
 */
#include "php_event.h"
#include "ext/spl/spl_exceptions.h"
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#ifdef HAVE_EVENT_OPENSSL_LIB
# include "classes/event_ssl_context.h"
#endif
#ifndef SOL_TCP
# define SOL_TCP IPPROTO_TCP
#endif
#ifndef SOL_UDP
# define SOL_UDP IPPROTO_UDP
#endif
#ifdef HAVE_EVENT_EXTRA_LIB
# include "classes/event_http_connection.h"
#endif
#include PHP_EVENT_ARGINFO

ZEND_DECLARE_MODULE_GLOBALS(event)

zend_class_entry *php_event_ce;
zend_class_entry *php_event_base_ce;
zend_class_entry *php_event_config_ce;
zend_class_entry *php_event_buffer_ce;
zend_class_entry *php_event_buffer_event_ce;
zend_class_entry *php_event_util_ce;
zend_class_entry *php_event_exception_ce;
#ifdef HAVE_EVENT_EXTRA_LIB
zend_class_entry *php_event_dns_base_ce;
zend_class_entry *php_event_listener_ce;
zend_class_entry *php_event_http_ce;
zend_class_entry *php_event_http_conn_ce;
zend_class_entry *php_event_http_req_ce;
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
zend_class_entry *php_event_ssl_context_ce;
#endif

void php_event_refuse_serialization(INTERNAL_FUNCTION_PARAMETERS)
{
	/* No parameter check: PECL event refuses with its EventException
	 * whatever arguments are given. */
	php_event_throw("%s instances are not serializable", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
}

/*
 * libevent's own warnings ("Epoll ADD(1) on fd 0 failed...", "event_assign:
 * EV_SIGNAL is not compatible...") reach the script as PHP warnings of the
 * function that caused them, as with PECL event, instead of lines on stderr.
 * None is shown once the request is shutting down (no function is running
 * then, and objects are only being released).
 */
static void libevent_log_to_php(int severity, const char *msg)
{
	if (EVENT_G(shutting_down) || !EG(current_execute_data) || severity < EVENT_LOG_MSG) {
		return;
	}
	php_error_docref(NULL, severity == EVENT_LOG_MSG ? E_NOTICE : E_WARNING, "%s", msg);
}

void php_event_log_to_php(void)
{
	event_set_log_callback(libevent_log_to_php);
}

static PHP_GINIT_FUNCTION(event)
{
#if defined(COMPILE_DL_EVENT) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(event_globals, 0, sizeof(*event_globals));
	/* HTTP replies on plain TCP are written in the loop step that made
	 * them (src/http/conn.c). PECL event has no INI entries: the benchmarks
	 * turn this off with PHP_EVENT_HTTP_WRITE_IMMEDIATELY=0 in the
	 * environment instead. */
	const char *env = getenv("PHP_EVENT_HTTP_WRITE_IMMEDIATELY");
	event_globals->http_write_immediately = !(env && strcmp(env, "0") == 0);
}

static void register_classes(void)
{
	php_event_exception_ce = register_class_EventException(spl_ce_RuntimeException);
	php_event_ce = register_class_Event();
	php_event_base_ce = register_class_EventBase();
	php_event_config_ce = register_class_EventConfig();
	php_event_buffer_event_ce = register_class_EventBufferEvent();
	php_event_buffer_ce = register_class_EventBuffer();
	php_event_util_ce = register_class_EventUtil();
#ifdef HAVE_EVENT_EXTRA_LIB
	php_event_dns_base_ce = register_class_EventDnsBase();
	php_event_listener_ce = register_class_EventListener();
	php_event_http_conn_ce = register_class_EventHttpConnection();
	php_event_http_ce = register_class_EventHttp();
	php_event_http_req_ce = register_class_EventHttpRequest();
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
	php_event_ssl_context_ce = register_class_EventSslContext();
#endif
}

static PHP_MINIT_FUNCTION(event)
{
	register_classes();
	php_event_log_to_php();
	REGISTER_STRING_CONSTANT("EVENT_NS", PHP_EVENT_NS, CONST_CS | CONST_PERSISTENT);
	php_event_fd_minit();

	PHP_MINIT(event_event)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_base)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_config)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_buffer)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_buffer_event)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_util)(INIT_FUNC_ARGS_PASSTHRU);
#ifdef HAVE_EVENT_EXTRA_LIB
	PHP_MINIT(event_dns_base)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_listener)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_http)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_http_connection)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_http_request)(INIT_FUNC_ARGS_PASSTHRU);
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
	PHP_MINIT(event_ssl_context)(INIT_FUNC_ARGS_PASSTHRU);
#endif
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(event)
{
	event_set_log_callback(NULL);
	libevent_global_shutdown();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(event)
{
#if defined(COMPILE_DL_EVENT) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	EVENT_G(shutting_down) = false;
	EVENT_G(bailout_pending) = false;
	EVENT_G(loop_depth) = 0;
	EVENT_G(release_later) = NULL;
	EVENT_G(n_release_later) = 0;
	EVENT_G(release_later_size) = 0;
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(event)
{
	/* Objects still alive now are freed by the executor's shutdown, when
	 * no PHP code may run: their callbacks are not called any more. */
	EVENT_G(shutting_down) = true;
	php_event_release_deferred();
#ifdef HAVE_EVENT_EXTRA_LIB
	php_event_http_conn_rshutdown();
#endif
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(event)
{
	php_info_print_table_start();
	php_info_print_table_header(2, "Event support", "enabled");
	php_info_print_table_row(2, "Sockets support", php_event_socket_ce ? "enabled" : "disabled");
	php_info_print_table_row(2, "Extra functionality support including HTTP",
#ifdef HAVE_EVENT_EXTRA_LIB
		"enabled"
#else
		"disabled"
#endif
	);
	php_info_print_table_row(2, "OpenSSL support",
#ifdef HAVE_EVENT_OPENSSL_LIB
		"enabled"
#else
		"disabled"
#endif
	);
	php_info_print_table_row(2, "Extension version", PHP_EVENT_VERSION);
	php_info_print_table_row(2, "libevent2 headers version", LIBEVENT_VERSION);
	php_info_print_table_row(2, "libevent2 library version", event_get_version());
	php_info_print_table_row(2, "Namespace", PHP_EVENT_NS[0] ? PHP_EVENT_NS : "(none)");
	php_info_print_table_end();
}

/* Built with ext/sockets' headers, the extension needs ext/sockets loaded,
 * as PECL event does (`php --re event` shows the same dependency). */
static const zend_module_dep event_deps[] = {
#ifdef PHP_EVENT_SOCKETS
	ZEND_MOD_REQUIRED("sockets")
#else
	ZEND_MOD_OPTIONAL("sockets")
#endif
	ZEND_MOD_END
};

zend_module_entry event_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	event_deps,
	"event",
	NULL,
	PHP_MINIT(event),
	PHP_MSHUTDOWN(event),
	PHP_RINIT(event),
	PHP_RSHUTDOWN(event),
	PHP_MINFO(event),
	PHP_EVENT_VERSION,
	PHP_MODULE_GLOBALS(event),
	PHP_GINIT(event),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_EVENT
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(event)
#endif
