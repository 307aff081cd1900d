/*
 * The module: runs every class file's MINIT (each registers its class from
 * the arginfo generated from event.stub.php), registers the EVENT_NS
 * constant, and keeps the per-request flags that stop PHP callbacks once the
 * request shuts down.
 */
#include "php_event.h"
#ifdef HAVE_EVENT_EXTRA_LIB
# include "classes/event_http_connection.h"
#endif

ZEND_DECLARE_MODULE_GLOBALS(event)


static PHP_GINIT_FUNCTION(event)
{
#if defined(COMPILE_DL_EVENT) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(event_globals, 0, sizeof(*event_globals));
	/* HTTP connections on plain TCP read their socket themselves and write
	 * replies in the loop step that made them (src/http/conn.c:
	 * read_direct, write_now). PECL event has no INI entries: the
	 * benchmarks turn both off with PHP_EVENT_HTTP_WRITE_IMMEDIATELY=0 in
	 * the environment instead. */
	const char *env = getenv("PHP_EVENT_HTTP_WRITE_IMMEDIATELY");
	event_globals->http_direct_io = !(env && strcmp(env, "0") == 0);
	event_globals->accepted_fd = -1;
}

static PHP_MINIT_FUNCTION(event)
{
	php_event_log_to_php();
	REGISTER_STRING_CONSTANT("EVENT_NS", PHP_EVENT_NS, CONST_CS | CONST_PERSISTENT);
	php_event_fd_minit();

	/* Each class file registers its class; in PECL event's order (the
	 * order reflection lists them in). */
	PHP_MINIT(event_event)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_base)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_config)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_buffer_event)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_buffer)(INIT_FUNC_ARGS_PASSTHRU);
#ifdef HAVE_EVENT_EXTRA_LIB
	PHP_MINIT(event_dns_base)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_listener)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_http_connection)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_http)(INIT_FUNC_ARGS_PASSTHRU);
	PHP_MINIT(event_http_request)(INIT_FUNC_ARGS_PASSTHRU);
#endif
	PHP_MINIT(event_util)(INIT_FUNC_ARGS_PASSTHRU);
#ifdef HAVE_EVENT_OPENSSL_LIB
	PHP_MINIT(event_ssl_context)(INIT_FUNC_ARGS_PASSTHRU);
#endif
	PHP_MINIT(event_exception)(INIT_FUNC_ARGS_PASSTHRU);
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
	memset(&EVENT_G(after_loop), 0, sizeof(EVENT_G(after_loop)));
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(event)
{
	/* Objects still alive now are freed by the executor's shutdown, when
	 * no PHP code may run: their callbacks are not called any more. */
	EVENT_G(shutting_down) = true;
	php_event_defer_run_after_loop();
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
