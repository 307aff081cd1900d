/*
 * EventSslContext: an OpenSSL SSL_CTX configured from an options array.
 *
 * Owns: one reference to its SSL_CTX, and the paths of $local_cert and
 * $local_pk (src/props.h: read-only, NULL when not given).
 * Freed by: the object's end (free_obj drops the reference). Every SSL made
 * from it (php_event_ssl_context_new_ssl) holds its own reference, so a
 * connection keeps working after the PHP object is gone; nothing in the
 * context points back at the PHP object (the verify callback is chosen per
 * context, it needs no data), so the object may die first.
 * If the base or libevent goes first: nothing to do; the context is not
 * tied to an EventBase and libevent never frees it.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_ssl_context.h"
#include "zend_smart_str.h"

#ifdef HAVE_EVENT_OPENSSL_LIB

#define OPT_LOCAL_CERT                1
#define OPT_LOCAL_PK                  2
#define OPT_PASSPHRASE                3
#define OPT_CA_FILE                   4
#define OPT_CA_PATH                   5
#define OPT_ALLOW_SELF_SIGNED         6
#define OPT_VERIFY_PEER               7
#define OPT_VERIFY_DEPTH              8
#define OPT_CIPHERS                   9
#define OPT_NO_SSLv2                  10
#define OPT_NO_SSLv3                  11
#define OPT_NO_TLSv1                  12
#define OPT_NO_TLSv1_1                13
#define OPT_NO_TLSv1_2                14
#define OPT_CIPHER_SERVER_PREFERENCE  15
#define OPT_REQUIRE_CLIENT_CERT       16
#define OPT_VERIFY_CLIENT_ONCE        17

#define METHOD_TLS_CLIENT    4
#define METHOD_TLS_SERVER    8
#define METHOD_TLSv11_CLIENT 9
#define METHOD_TLSv11_SERVER 10
#define METHOD_TLSv12_CLIENT 11
#define METHOD_TLSv12_SERVER 12

typedef struct {
	SSL_CTX *ctx;               /* NULL until constructed */
	zend_string *local_cert;    /* the options' paths, or NULL */
	zend_string *local_pk;
	zend_object std;
} php_event_ssl_ctx_t;

static zend_object_handlers handlers;

PHP_EVENT_FROM_OBJ(php_event_ssl_ctx_t, ssl_ctx)

#define Z_EVENT_SSL_CTX_P(zv) php_event_ssl_ctx_from_obj(Z_OBJ_P(zv))

/* What the options set beside the SSL_CTX itself: OpenSSL's verify mode is
 * made of several of them, whatever their order. As in PECL event, the last
 * OPT_VERIFY_PEER decides, while OPT_REQUIRE_CLIENT_CERT and
 * OPT_VERIFY_CLIENT_ONCE count once true (a later false does not undo them). */
typedef struct {
	bool allow_self_signed, verify_peer, require_client_cert, verify_client_once;
	bool cipher_server_preference;
	bool got_ciphers;
	zend_string *ca_file, *ca_path;     /* the last ones given, or NULL */
	zend_string *passphrase;            /* borrowed from the options array */
} ssl_options;

/* Throws EventException with `what` and OpenSSL's queued errors (which it
 * consumes, so no stale error is left for the next connection). */
static void throw_openssl(const char *what)
{
	smart_str msg = {0};
	unsigned long e;
	char buf[256];

	smart_str_appends(&msg, what);
	while ((e = ERR_get_error()) != 0) {
		ERR_error_string_n(e, buf, sizeof(buf));
		smart_str_appends(&msg, msg.s && ZSTR_LEN(msg.s) > strlen(what) ? "; " : ": ");
		smart_str_appends(&msg, buf);
	}
	smart_str_0(&msg);
	php_event_throw("%s", ZSTR_VAL(msg.s));
	smart_str_free(&msg);
}

/* ---- the options, as PECL event applies them ---- */

/*
 * Every option is applied in the array's order, as PECL event does, and
 * what fails warns (its words) and leaves the context without it: a missing
 * certificate file, a key that does not match, a cipher list OpenSSL does
 * not know, an unknown key. Only the path options must be strings (PECL
 * event crashes on any other type). OpenSSL's queued errors are consumed at
 * each failure, so that none is left for the next connection.
 */

static const char *option_name(zend_ulong key)
{
	static const char *const names[] = {
		NULL, "OPT_LOCAL_CERT", "OPT_LOCAL_PK", "OPT_PASSPHRASE", "OPT_CA_FILE", "OPT_CA_PATH",
		"OPT_ALLOW_SELF_SIGNED", "OPT_VERIFY_PEER", "OPT_VERIFY_DEPTH", "OPT_CIPHERS",
		"OPT_NO_SSLv2", "OPT_NO_SSLv3", "OPT_NO_TLSv1", "OPT_NO_TLSv1_1", "OPT_NO_TLSv1_2",
		"OPT_CIPHER_SERVER_PREFERENCE", "OPT_REQUIRE_CLIENT_CERT", "OPT_VERIFY_CLIENT_ONCE",
	};
	return key < sizeof(names) / sizeof(names[0]) && names[key] ? names[key] : "?";
}

/* The path options are strings (the properties read them back); false
 * after the TypeError. */
static bool check_path_options(HashTable *ht)
{
	static const zend_ulong keys[] = { OPT_LOCAL_CERT, OPT_LOCAL_PK };
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		zval *val = zend_hash_index_find_deref(ht, keys[i]);
		if (val && Z_TYPE_P(val) != IS_STRING) {
			zend_argument_type_error(2, "option EventSslContext::%s must be of type string, %s given",
				option_name(keys[i]), zend_zval_type_name(val));
			return false;
		}
	}
	return true;
}

static zend_string *string_option(HashTable *ht, zend_ulong key)
{
	zval *val = zend_hash_index_find_deref(ht, key);
	return val && Z_TYPE_P(val) == IS_STRING ? Z_STR_P(val) : NULL;
}

/* realpath() of a file the script named (relative to PHP's current
 * directory), within open_basedir (whose warning says otherwise); false
 * without a word when it does not exist, as PECL event skips it. */
static bool resolve_path(zend_string *path, char *resolved)
{
	if (zend_str_has_nul_byte(path) || !VCWD_REALPATH(ZSTR_VAL(path), resolved)) {
		return false;
	}
	return php_check_open_basedir(resolved) == 0;
}

/* The passphrase of an encrypted private key: OpenSSL asks while the key
 * is loaded, during the constructor only. */
static int passphrase_cb(char *buf, int size, int rwflag, void *userdata)
{
	zend_string *pass = userdata;
	int len;

	(void)rwflag;
	if (pass == NULL || size <= 0) {
		return 0;
	}
	len = ZSTR_LEN(pass) < (size_t)size ? (int)ZSTR_LEN(pass) : size;
	memcpy(buf, ZSTR_VAL(pass), len);
	return len;
}

/* OPT_LOCAL_CERT, with OPT_LOCAL_PK (wherever it is in the array) or the
 * key in the certificate's file. */
static void load_cert_and_key(SSL_CTX *ctx, zend_string *cert, zend_string *pk, zend_string *passphrase)
{
	char rcert[MAXPATHLEN], rkey[MAXPATHLEN];
	const char *key = rcert;

	if (!resolve_path(cert, rcert)) {
		return;
	}
	if (SSL_CTX_use_certificate_chain_file(ctx, rcert) != 1) {
		php_error_docref(NULL, E_WARNING, "SSL_CTX_use_certificate_chain_file failed, file: `%s'", ZSTR_VAL(cert));
		ERR_clear_error();
		return;
	}
	if (pk) {
		if (!resolve_path(pk, rkey)) {
			return;
		}
		key = rkey;
	}
	SSL_CTX_set_default_passwd_cb(ctx, passphrase_cb);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, passphrase);
	if (SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
		php_error_docref(NULL, E_WARNING, "Unable to set private key file `%s'", key);
		ERR_clear_error();
	}
	/* The passphrase string does not outlive the constructor's arguments. */
	SSL_CTX_set_default_passwd_cb(ctx, NULL);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
}

/* OPT_CA_FILE and OPT_CA_PATH. With neither, nothing is trusted (PECL
 * event does not load the system's trust store), so verifying a peer
 * fails. */
static void load_ca(SSL_CTX *ctx, const ssl_options *o)
{
	char file[MAXPATHLEN], path[MAXPATHLEN];

	if (!o->ca_file && !o->ca_path) {
		return;
	}
	/* Relative to PHP's current directory (OpenSSL would take the
	 * process's); a name that cannot be expanded is given as it is. */
	const char *f = o->ca_file ? (expand_filepath(ZSTR_VAL(o->ca_file), file) ? file : ZSTR_VAL(o->ca_file)) : NULL;
	const char *p = o->ca_path ? (expand_filepath(ZSTR_VAL(o->ca_path), path) ? path : ZSTR_VAL(o->ca_path)) : NULL;
	if ((f && php_check_open_basedir(f)) || (p && php_check_open_basedir(p))) {
		return;
	}
	if (SSL_CTX_load_verify_locations(ctx, f, p) != 1) {
		php_error_docref(NULL, E_WARNING, "Unable to set verify locations `%s' `%s'",
			o->ca_file ? ZSTR_VAL(o->ca_file) : "(null)", o->ca_path ? ZSTR_VAL(o->ca_path) : "(null)");
		ERR_clear_error();
		return;
	}
	if (f) {
		/* A server asking for client certificates names the CAs of the
		 * file, as PECL event's does (the certificate_authorities that
		 * clients pick their certificate by). */
		SSL_CTX_set_client_CA_list(ctx, SSL_load_client_CA_file(f));
		ERR_clear_error();
	}
}

static void set_ciphers(SSL_CTX *ctx, const char *list)
{
	if (SSL_CTX_set_cipher_list(ctx, list) != 1) {
		php_error_docref(NULL, E_WARNING, "Failed setting cipher list: `%s'", list);
		ERR_clear_error();
	}
}

/* OPT_NO_TLSv1* as PECL event reads them: a minimum protocol version (the
 * option's own when true, none when false), with its deprecation notice. */
static void set_min_version_option(SSL_CTX *ctx, zend_ulong key, zval *val)
{
	int version = key == OPT_NO_TLSv1 ? TLS1_VERSION : key == OPT_NO_TLSv1_1 ? TLS1_1_VERSION : TLS1_2_VERSION;
	if (!zend_is_true(val)) {
		version = 0;
	}
	php_error_docref(NULL, E_DEPRECATED, "%s is deprecated, use EventSslContext::setMinProtoVersion instead. "
		"Setting minimal protocol version to %d", option_name(key), version);
	SSL_CTX_set_min_proto_version(ctx, version);
}

/* The option's value as a string (PHP's conversion and its warning), kept
 * in *slot (the last one given wins). */
static void keep_string(zend_string **slot, zval *val)
{
	if (*slot) {
		zend_string_release(*slot);
	}
	*slot = zval_get_string(val);
}

static void apply_option(SSL_CTX *ctx, HashTable *ht, ssl_options *o, zend_ulong key, zval *val)
{
	zend_string *str;

	switch (key) {
		case OPT_LOCAL_CERT:
			load_cert_and_key(ctx, Z_STR_P(val), string_option(ht, OPT_LOCAL_PK), o->passphrase);
			break;
		case OPT_LOCAL_PK:
			/* Loaded with OPT_LOCAL_CERT. */
			break;
		case OPT_PASSPHRASE:
			/* Only a string is used (see load_cert_and_key()); others are
			 * converted, with PHP's warning, as PECL event converts them. */
			if (Z_TYPE_P(val) != IS_STRING) {
				zend_string_release(zval_get_string(val));
			}
			break;
		case OPT_CA_FILE: keep_string(&o->ca_file, val); break;
		case OPT_CA_PATH: keep_string(&o->ca_path, val); break;
		case OPT_ALLOW_SELF_SIGNED:   o->allow_self_signed = zend_is_true(val); break;
		case OPT_VERIFY_PEER:         o->verify_peer = zend_is_true(val); break;
		case OPT_REQUIRE_CLIENT_CERT: o->require_client_cert |= zend_is_true(val); break;
		case OPT_VERIFY_CLIENT_ONCE:  o->verify_client_once |= zend_is_true(val); break;
		case OPT_CIPHER_SERVER_PREFERENCE: o->cipher_server_preference = zend_is_true(val); break;
		case OPT_VERIFY_DEPTH:
			SSL_CTX_set_verify_depth(ctx, php_event_c_int(zval_get_long(val)));
			break;
		case OPT_CIPHERS:
			o->got_ciphers = true;
			str = zval_get_string(val);
			set_ciphers(ctx, ZSTR_VAL(str));
			zend_string_release(str);
			break;
		case OPT_NO_TLSv1: case OPT_NO_TLSv1_1: case OPT_NO_TLSv1_2:
			set_min_version_option(ctx, key, val);
			break;
		default:
			/* OPT_NO_SSLv2 and OPT_NO_SSLv3 too, as in PECL event (OpenSSL
			 * has neither protocol any more). */
			php_error_docref(NULL, E_WARNING, "Unknown option " ZEND_LONG_FMT, (zend_long)key);
			break;
	}
}

/* OPT_ALLOW_SELF_SIGNED: a peer certificate that signs itself, or a chain
 * that ends in a self-signed certificate no trusted CA issued, passes that
 * check (PECL event's two cases). Any other failure still fails. */
static int verify_allow_self_signed(int preverify_ok, X509_STORE_CTX *store)
{
	int err = X509_STORE_CTX_get_error(store);

	if (!preverify_ok && (err == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || err == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)) {
		X509_STORE_CTX_set_error(store, X509_V_OK);
		return 1;
	}
	return preverify_ok;
}

/*
 * OpenSSL's verify mode from the options, bit for bit as PECL event makes
 * it: OPT_REQUIRE_CLIENT_CERT and OPT_VERIFY_CLIENT_ONCE refine
 * OPT_VERIFY_PEER and do nothing without it (OpenSSL ignores their flags
 * then: no certificate is asked for). OPT_ALLOW_SELF_SIGNED counts only
 * where no CA is given: with OPT_CA_FILE or OPT_CA_PATH, PECL event verifies
 * against those alone.
 */
static void apply_verify(SSL_CTX *ctx, const ssl_options *o)
{
	int mode = SSL_VERIFY_NONE;
	bool allow_self_signed = o->allow_self_signed && !o->ca_file && !o->ca_path;

	if (o->verify_peer) {
		mode |= SSL_VERIFY_PEER;
	}
	if (o->require_client_cert) {
		mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
	}
	if (o->verify_client_once) {
		mode |= SSL_VERIFY_CLIENT_ONCE;
	}
	SSL_CTX_set_verify(ctx, mode, allow_self_signed ? verify_allow_self_signed : NULL);
}

/* Sessions are resumed only by the context that made them (each has its
 * own cache and ticket keys), so one name serves every context. */
static const unsigned char session_id_context[] = "event";

/* Applies the options array; string keys are skipped without a word, as
 * PECL event skips them. */
static void apply_options(SSL_CTX *ctx, HashTable *ht)
{
	ssl_options o = {0};
	zend_ulong key;
	zend_string *skey;
	zval *val;

	o.passphrase = string_option(ht, OPT_PASSPHRASE);
	ZEND_HASH_FOREACH_KEY_VAL(ht, key, skey, val) {
		if (!skey) {
			apply_option(ctx, ht, &o, key, Z_ISREF_P(val) ? Z_REFVAL_P(val) : val);
		}
	} ZEND_HASH_FOREACH_END();
	if (!o.got_ciphers) {
		set_ciphers(ctx, "DEFAULT");
	}
	load_ca(ctx, &o);
	apply_verify(ctx, &o);
	if (o.cipher_server_preference) {
		SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
	}
	/* A server that verifies clients resumes sessions (a TLS 1.2
	 * renegotiation, a returning client) only within a session id context;
	 * without one OpenSSL aborts the handshake. */
	SSL_CTX_set_session_id_context(ctx, session_id_context, sizeof(session_id_context) - 1);
	if (o.ca_file) {
		zend_string_release(o.ca_file);
	}
	if (o.ca_path) {
		zend_string_release(o.ca_path);
	}
}

/* ---- the context ---- */

static SSL_CTX *new_ctx_for_method(zend_long method)
{
	bool server;
	int versioned = 0;
	SSL_CTX *ctx;

	switch (method) {
		case METHOD_TLS_CLIENT:    server = false; break;
		case METHOD_TLS_SERVER:    server = true;  break;
		case METHOD_TLSv11_CLIENT: server = false; versioned = TLS1_1_VERSION; break;
		case METHOD_TLSv11_SERVER: server = true;  versioned = TLS1_1_VERSION; break;
		case METHOD_TLSv12_CLIENT: server = false; versioned = TLS1_2_VERSION; break;
		case METHOD_TLSv12_SERVER: server = true;  versioned = TLS1_2_VERSION; break;
		default:
			zend_argument_value_error(1, "must be one of the EventSslContext::*_METHOD constants");
			return NULL;
	}
	if (versioned) {
		/* PECL event's notice for the versioned methods. */
		php_error_docref(NULL, E_DEPRECATED, "TLSv1%c_%s_METHOD is deprecated, use TLS_%s_METHOD instead",
			versioned == TLS1_1_VERSION ? '1' : '2', server ? "SERVER" : "CLIENT", server ? "SERVER" : "CLIENT");
		if (EG(exception)) {
			return NULL;
		}
	}
	/* The versioned methods are the version-flexible ones, as in PECL
	 * event: they negotiate any version (TLS 1.3 too) that the bounds
	 * (setMinProtoVersion(), OPT_NO_TLSv1*) allow. */
	ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
	if (ctx == NULL) {
		throw_openssl("EventSslContext: cannot create an SSL context");
		return NULL;
	}
	/* OpenSSL's interoperability workarounds (the ClientHello padding among
	 * them), which PECL event turns on for every context. */
	SSL_CTX_set_options(ctx, SSL_OP_ALL);
	/* Partial writes and moving buffers are what libevent's SSL
	 * bufferevents expect from SSL_write. */
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	return ctx;
}

ZEND_METHOD(EventSslContext, __construct)
{
	zend_long method;
	HashTable *options;
	php_event_ssl_ctx_t *self = Z_EVENT_SSL_CTX_P(ZEND_THIS);
	SSL_CTX *ctx;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(method)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (self->ctx) {
		zend_throw_error(NULL, "Cannot call EventSslContext::__construct() twice");
		RETURN_THROWS();
	}
	/* Errors queued by earlier, unrelated OpenSSL users must not be
	 * reported as ours. */
	ERR_clear_error();
	/* The method first (its error, its deprecation notice), then the
	 * options, in PECL event's order. */
	if ((ctx = new_ctx_for_method(method)) == NULL) {
		RETURN_THROWS();
	}
	if (!check_path_options(options)) {
		SSL_CTX_free(ctx);
		ERR_clear_error();
		RETURN_THROWS();
	}
	apply_options(ctx, options);
	self->ctx = ctx;
	self->local_cert = string_option(options, OPT_LOCAL_CERT);
	self->local_pk = string_option(options, OPT_LOCAL_PK);
	if (self->local_cert) {
		zend_string_addref(self->local_cert);
	}
	if (self->local_pk) {
		zend_string_addref(self->local_pk);
	}
}

static SSL_CTX *ssl_ctx_live(zval *zthis)
{
	return php_event_live_or_throw(Z_EVENT_SSL_CTX_P(zthis)->ctx, Z_OBJ_P(zthis));
}

static void set_proto_version(INTERNAL_FUNCTION_PARAMETERS, bool max)
{
	zend_long proto;
	SSL_CTX *ctx;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(proto)
	ZEND_PARSE_PARAMETERS_END();

	PHP_EVENT_LIVE(ctx, ssl_ctx_live(ZEND_THIS), RETURN_THROWS());
	/* PECL event returns true whatever OpenSSL says; a version OpenSSL
	 * does not know leaves the bound as it was. Out of int range it would
	 * be truncated to some other version, so it is not passed on. */
	if (proto >= 0 && proto <= INT_MAX) {
		ok = max ? SSL_CTX_set_max_proto_version(ctx, (int)proto) : SSL_CTX_set_min_proto_version(ctx, (int)proto);
		(void)ok;
		ERR_clear_error();
	}
	RETURN_TRUE;
}

ZEND_METHOD(EventSslContext, setMinProtoVersion)
{
	set_proto_version(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(EventSslContext, setMaxProtoVersion)
{
	set_proto_version(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* ---- for the other classes ---- */

SSL_CTX *php_event_ssl_context_get(zval *zctx)
{
	return ssl_ctx_live(zctx);
}

SSL *php_event_ssl_context_new_ssl(zval *zctx)
{
	SSL_CTX *ctx = ssl_ctx_live(zctx);
	SSL *ssl;

	if (ctx == NULL) {
		return NULL;
	}
	ERR_clear_error();
	if ((ssl = SSL_new(ctx)) == NULL) {
		throw_openssl("EventSslContext: cannot create an SSL connection object");
	}
	return ssl;
}

/* ---- handlers ---- */

static zend_object *create_object(zend_class_entry *ce)
{
	return &PHP_EVENT_ALLOC_OBJECT(php_event_ssl_ctx_t, ce, &handlers)->std;
}

static void free_obj(zend_object *obj)
{
	php_event_ssl_ctx_t *self = php_event_ssl_ctx_from_obj(obj);
	PHP_EVENT_FREE_CLEAR(self->ctx, SSL_CTX_free);
	if (self->local_cert) {
		zend_string_release(self->local_cert);
	}
	if (self->local_pk) {
		zend_string_release(self->local_pk);
	}
	zend_object_std_dtor(obj);
}

/* A path reads NULL where the options gave none. */
static bool read_path(zend_string *path, zval *rv)
{
	if (path) {
		ZVAL_STR_COPY(rv, path);
	} else {
		ZVAL_NULL(rv);
	}
	return true;
}

static bool read_local_cert(zend_object *obj, zval *rv)
{
	return read_path(php_event_ssl_ctx_from_obj(obj)->local_cert, rv);
}

static bool read_local_pk(zend_object *obj, zval *rv)
{
	return read_path(php_event_ssl_ctx_from_obj(obj)->local_pk, rv);
}

static const php_event_prop ssl_ctx_props[] = {
	PHP_EVENT_PROP_READONLY("local_cert", read_local_cert),
	PHP_EVENT_PROP_READONLY("local_pk", read_local_pk),
};

PHP_EVENT_CLASS_MINIT(event_ssl_context, php_event_ssl_context_ce, EventSslContext, handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_ssl_ctx_t, create_object, free_obj),
	PHP_EVENT_SPEC_PROPS(ssl_ctx_props))

#endif /* HAVE_EVENT_OPENSSL_LIB */
