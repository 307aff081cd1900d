/*
 * EventDnsBase: an asynchronous DNS resolver (struct evdns_base) on an
 * EventBase.
 *
 * Owns: its evdns_base.
 * Freed by: the object's end, with evdns_base_free(dns, 1): requests still
 * pending are failed (their callbacks see DNS_ERR_SHUTDOWN) rather than
 * left pointing into freed memory.
 * If the base or libevent goes first: it is a dependent of the EventBase;
 * `detach` frees the evdns_base the same way, and the object is "freed"
 * (its methods throw). Users of the evdns_base (bufferevents resolving a
 * host name, HTTP connections) get it through php_event_dns_base_get() and
 * keep a reference to the EventDnsBase object while they use it.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_base.h"
#include "classes/event_dns_base.h"

#ifdef HAVE_EVENT_EXTRA_LIB

#define DNS_INIT_FLAGS (EVDNS_BASE_INITIALIZE_NAMESERVERS | EVDNS_BASE_DISABLE_WHEN_INACTIVE \
	| EVDNS_BASE_NAMESERVERS_NO_DEFAULT)

typedef struct {
	struct evdns_base *dns;    /* NULL when freed or not constructed */
	php_event_dep dep;
	zend_object std;
} php_event_dns_base_t;

static zend_object_handlers dns_base_handlers;

PHP_EVENT_FROM_OBJ(php_event_dns_base_t, dns_base)

#define Z_EVENT_DNS_BASE_P(zv) php_event_dns_base_from_obj(Z_OBJ_P(zv))

/* The live evdns_base of $this, or NULL after throwing. */
static struct evdns_base *dns_base_live(zval *zthis)
{
	return php_event_live_or_throw(Z_EVENT_DNS_BASE_P(zthis)->dns, Z_OBJ_P(zthis));
}

zend_object *php_event_dns_base_owner(zval *zdns)
{
	return Z_EVENT_DNS_BASE_P(zdns)->dep.base_obj;
}

struct evdns_base *php_event_dns_base_get(zval *zdns, bool *failed)
{
	*failed = false;
	if (zdns == NULL) {
		return NULL;
	}
	ZVAL_DEREF(zdns);
	if (Z_TYPE_P(zdns) == IS_NULL) {
		return NULL;
	}
	if (Z_TYPE_P(zdns) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(zdns), php_event_dns_base_ce)) {
		zend_type_error("expected ?EventDnsBase, %s given", zend_zval_type_name(zdns));
		*failed = true;
		return NULL;
	}
	struct evdns_base *dns = Z_EVENT_DNS_BASE_P(zdns)->dns;
	if (dns == NULL) {
		php_event_throw_freed(Z_OBJ_P(zdns));
		*failed = true;
	}
	return dns;
}

/* {{{ Freeing */

static void dns_base_free_struct(php_event_dns_base_t *d)
{
	if (d->dns) {
		struct evdns_base *dns = d->dns;
		d->dns = NULL;
		evdns_base_free(dns, 1);
	}
}

static void dns_base_detach(php_event_dep *dep)
{
	php_event_dns_base_t *d = PHP_EVENT_DEP_OWNER(php_event_dns_base_t, dep);
	dns_base_free_struct(d);
}

static void dns_base_free_obj(zend_object *obj)
{
	php_event_dns_base_t *d = php_event_dns_base_from_obj(obj);
	dns_base_free_struct(d);
	php_event_dep_release(&d->dep);
	zend_object_std_dtor(obj);
}

static zend_object *dns_base_create(zend_class_entry *ce)
{
	return &PHP_EVENT_ALLOC_OBJECT(php_event_dns_base_t, ce, &dns_base_handlers)->std;
}

PHP_EVENT_GET_GC(dns_base_get_gc, php_event_dns_base_t, d)
{
	if (d->dep.base_obj) {
		zend_get_gc_buffer_add_obj(buf, d->dep.base_obj);
	}
}

/* }}} */

/* The evdns_base_new() flags for the $initialize argument, refused as PECL
 * event refuses them; -1 after throwing. */
static int init_flags(zval *zinit)
{
	switch (Z_TYPE_P(zinit)) {
		case IS_TRUE:
			return EVDNS_BASE_INITIALIZE_NAMESERVERS;
		case IS_FALSE:
			return 0;
		case IS_LONG:
			if (Z_LVAL_P(zinit) < INT_MIN || Z_LVAL_P(zinit) > INT_MAX) {
				php_event_throw("The value of initialization flags is out of range");
				return -1;
			}
			if (Z_LVAL_P(zinit) & ~(zend_long)DNS_INIT_FLAGS) {
				php_event_throw("Invalid initialization flags");
				return -1;
			}
			return (int)Z_LVAL_P(zinit);
		default:
			zend_argument_type_error(2, "must be of type int|bool, %s given", zend_zval_type_name(zinit));
			return -1;
	}
}

ZEND_METHOD(EventDnsBase, __construct)
{
	zval *zbase, *zinit;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_ZVAL(zinit)
	ZEND_PARSE_PARAMETERS_END();

	php_event_dns_base_t *d = Z_EVENT_DNS_BASE_P(ZEND_THIS);
	ZVAL_DEREF(zinit);
	int flags = init_flags(zinit);
	if (flags < 0) {
		RETURN_THROWS();
	}
	struct event_base *base;
	PHP_EVENT_LIVE(base, php_event_base_get(zbase), RETURN_THROWS());
	if (d->dns) {
		/* Constructed again: a new resolver, as in PECL event; the old
		 * one is freed rather than leaked. */
		dns_base_free_struct(d);
		php_event_dep_release(&d->dep);
	}
	d->dns = evdns_base_new(base, flags);
	if (d->dns == NULL) {
		php_event_throw("Failed to create the DNS base");
		RETURN_THROWS();
	}
	php_event_base_attach(&d->dep, Z_OBJ_P(zbase), dns_base_detach);
}

/* What evdns_base_resolv_conf_parse()'s error codes mean, in PECL event's
 * words. */
static const char *resolv_conf_error(int err)
{
	switch (err) {
		case 1: return "Failed to open file";
		case 2: return "Failed to stat file";
		case 3: return "File too large";
		case 4: return "Out of memory";
		case 5: return "Short read from file";
		case 6: return "No nameservers listed in the file";
		default: return NULL;
	}
}

/* The string methods take any bytes, as PECL event does: libevent reads a C
 * string, so what follows a NUL byte is ignored. */

/* A failure to read the file is a warning and still returns true, as in
 * PECL event (libevent has then set up its defaults as the flags ask). */
ZEND_METHOD(EventDnsBase, parseResolvConf)
{
	zend_long flags;
	zend_string *filename;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(flags)
		Z_PARAM_STR(filename)
	ZEND_PARSE_PARAMETERS_END();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	if (flags & ~(zend_long)DNS_OPTIONS_ALL) {
		php_error_docref(NULL, E_WARNING, "Invalid flags");
		RETURN_FALSE;
	}
	if (php_check_open_basedir(ZSTR_VAL(filename))) {
		RETURN_FALSE;
	}
	const char *msg = resolv_conf_error(evdns_base_resolv_conf_parse(dns, (int)flags, ZSTR_VAL(filename)));
	if (msg) {
		php_error_docref(NULL, E_WARNING, "%s", msg);
	}
	RETURN_TRUE;
}

ZEND_METHOD(EventDnsBase, addNameserverIp)
{
	zend_string *ip;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(ip)
	ZEND_PARSE_PARAMETERS_END();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	RETURN_BOOL(evdns_base_nameserver_ip_add(dns, ZSTR_VAL(ip)) == 0);
}

ZEND_METHOD(EventDnsBase, loadHosts)
{
	zend_string *hosts;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(hosts)
	ZEND_PARSE_PARAMETERS_END();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	if (php_check_open_basedir(ZSTR_VAL(hosts))) {
		RETURN_FALSE;
	}
	RETURN_BOOL(evdns_base_load_hosts(dns, ZSTR_VAL(hosts)) == 0);
}

ZEND_METHOD(EventDnsBase, clearSearch)
{
	ZEND_PARSE_PARAMETERS_NONE();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	evdns_base_search_clear(dns);
}

ZEND_METHOD(EventDnsBase, addSearch)
{
	zend_string *domain;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(domain)
	ZEND_PARSE_PARAMETERS_END();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	evdns_base_search_add(dns, ZSTR_VAL(domain));
}

ZEND_METHOD(EventDnsBase, setSearchNdots)
{
	zend_long ndots;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(ndots)
	ZEND_PARSE_PARAMETERS_END();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	/* Any integer, as PECL event takes it, clamped to a C int. */
	evdns_base_search_ndots_set(dns, ndots > INT_MAX ? INT_MAX : (ndots < INT_MIN ? INT_MIN : (int)ndots));
}

ZEND_METHOD(EventDnsBase, setOption)
{
	zend_string *option, *value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(option)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	RETURN_BOOL(evdns_base_set_option(dns, ZSTR_VAL(option), ZSTR_VAL(value)) == 0);
}

ZEND_METHOD(EventDnsBase, countNameservers)
{
	ZEND_PARSE_PARAMETERS_NONE();

	struct evdns_base *dns;
	PHP_EVENT_LIVE(dns, dns_base_live(ZEND_THIS), RETURN_THROWS());
	RETURN_LONG(evdns_base_count_nameservers(dns));
}

/* evdns logs through libevent's log callback, which turns its warnings
 * ("Unable to parse nameserver address ...") into PHP warnings, as PECL
 * event shows them (src/module.c). */
PHP_EVENT_CLASS_MINIT(event_dns_base, php_event_dns_base_ce, EventDnsBase, dns_base_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_dns_base_t, dns_base_create, dns_base_free_obj),
	.get_gc = dns_base_get_gc, PHP_EVENT_NOT_SERIALIZABLE)

#endif
