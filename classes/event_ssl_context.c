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

static inline php_event_ssl_ctx_t *php_event_ssl_ctx_from_obj(zend_object *obj)
{
	return PHP_EVENT_FETCH(php_event_ssl_ctx_t, obj);
}

#define Z_EVENT_SSL_CTX_P(zv) php_event_ssl_ctx_from_obj(Z_OBJ_P(zv))

/* The options array, parsed before anything is applied, because the order
 * matters to OpenSSL (the passphrase before the key, the key after the
 * certificate) and not to the script. */
typedef struct {
	zend_string *local_cert, *local_pk, *passphrase, *ca_file, *ca_path, *ciphers;
	bool allow_self_signed, verify_peer, require_client_cert, verify_client_once;
	bool cipher_server_preference;
	zend_long verify_depth;     /* -1: OpenSSL's default */
	/* SSL_OP_NO_* bits to set and to clear (an option given as false). */
	uint64_t ops_set, ops_clear;
} ssl_options;

/* ---- errors ---- */

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

/* ---- parsing the options ---- */

/* A string option: must be a non-empty string; paths must not hold NUL. */
static zend_string *string_option(zend_ulong key, zval *val, bool is_path)
{
	ZVAL_DEREF(val);
	if (Z_TYPE_P(val) != IS_STRING) {
		zend_argument_type_error(2, "option EventSslContext::%s must be of type string, %s given",
			option_name(key), zend_zval_type_name(val));
		return NULL;
	}
	if (Z_STRLEN_P(val) == 0 && key != OPT_PASSPHRASE) {
		zend_argument_value_error(2, "option EventSslContext::%s must not be empty", option_name(key));
		return NULL;
	}
	if (is_path && zend_str_has_nul_byte(Z_STR_P(val))) {
		zend_argument_value_error(2, "option EventSslContext::%s must not contain any null bytes",
			option_name(key));
		return NULL;
	}
	return Z_STR_P(val);
}

static uint64_t no_proto_op(zend_ulong key)
{
	switch (key) {
		case OPT_NO_SSLv2:   return SSL_OP_NO_SSLv2;   /* 0 since OpenSSL 1.1: SSLv2 is gone */
		case OPT_NO_SSLv3:   return SSL_OP_NO_SSLv3;
		case OPT_NO_TLSv1:   return SSL_OP_NO_TLSv1;
		case OPT_NO_TLSv1_1: return SSL_OP_NO_TLSv1_1;
		case OPT_NO_TLSv1_2: return SSL_OP_NO_TLSv1_2;
	}
	return 0;
}

static bool parse_option(ssl_options *o, zend_ulong key, zval *val)
{
	ZVAL_DEREF(val);
	switch (key) {
		case OPT_LOCAL_CERT: return (o->local_cert = string_option(key, val, true)) != NULL;
		case OPT_LOCAL_PK:   return (o->local_pk = string_option(key, val, true)) != NULL;
		case OPT_PASSPHRASE: return (o->passphrase = string_option(key, val, false)) != NULL;
		case OPT_CA_FILE:    return (o->ca_file = string_option(key, val, true)) != NULL;
		case OPT_CA_PATH:    return (o->ca_path = string_option(key, val, true)) != NULL;
		case OPT_CIPHERS:    return (o->ciphers = string_option(key, val, true)) != NULL;
		case OPT_ALLOW_SELF_SIGNED:   o->allow_self_signed = zend_is_true(val); return true;
		case OPT_VERIFY_PEER:         o->verify_peer = zend_is_true(val); return true;
		case OPT_REQUIRE_CLIENT_CERT: o->require_client_cert = zend_is_true(val); return true;
		case OPT_VERIFY_CLIENT_ONCE:  o->verify_client_once = zend_is_true(val); return true;
		case OPT_CIPHER_SERVER_PREFERENCE: o->cipher_server_preference = zend_is_true(val); return true;
		case OPT_VERIFY_DEPTH: {
			zend_long depth;
			if (Z_TYPE_P(val) == IS_LONG) {
				depth = Z_LVAL_P(val);
			} else if (Z_TYPE_P(val) == IS_STRING && is_numeric_string(Z_STRVAL_P(val), Z_STRLEN_P(val), &depth, NULL, false) == IS_LONG) {
				/* a numeric string is fine */
			} else {
				zend_argument_type_error(2, "option EventSslContext::OPT_VERIFY_DEPTH must be of type int, %s given",
					zend_zval_type_name(val));
				return false;
			}
			if (depth < 0 || depth > INT_MAX) {
				zend_argument_value_error(2, "option EventSslContext::OPT_VERIFY_DEPTH must be between 0 and %d", INT_MAX);
				return false;
			}
			o->verify_depth = depth;
			return true;
		}
		case OPT_NO_SSLv2: case OPT_NO_SSLv3: case OPT_NO_TLSv1: case OPT_NO_TLSv1_1: case OPT_NO_TLSv1_2:
			if (zend_is_true(val)) {
				o->ops_set |= no_proto_op(key);
			} else {
				o->ops_clear |= no_proto_op(key);
			}
			return true;
	}
	zend_argument_value_error(2, "must only have EventSslContext::OPT_* constants as keys, " ZEND_ULONG_FMT " given", key);
	return false;
}

static bool parse_options(ssl_options *o, HashTable *ht)
{
	zend_ulong key;
	zend_string *skey;
	zval *val;

	memset(o, 0, sizeof(*o));
	o->verify_depth = -1;
	ZEND_HASH_FOREACH_KEY_VAL(ht, key, skey, val) {
		if (skey) {
			zend_argument_value_error(2, "must only have EventSslContext::OPT_* constants as keys, \"%s\" given",
				ZSTR_VAL(skey));
			return false;
		}
		if (!parse_option(o, key, val)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();

	if (o->local_pk && !o->local_cert) {
		zend_argument_value_error(2, "option EventSslContext::OPT_LOCAL_PK needs EventSslContext::OPT_LOCAL_CERT");
		return false;
	}
	return true;
}

/* ---- applying the options ---- */

/* The absolute path of a file the script named (relative to PHP's current
 * directory, which is not always the process's), checked against
 * open_basedir. NULL after throwing. */
static char *resolve_path(zend_string *path, zend_ulong key, bool dir)
{
	char resolved[MAXPATHLEN];
	zend_stat_t st;

	if (!expand_filepath(ZSTR_VAL(path), resolved)) {
		php_event_throw("EventSslContext::%s: cannot resolve the path \"%s\"", option_name(key), ZSTR_VAL(path));
		return NULL;
	}
	if (php_check_open_basedir(resolved)) {
		php_event_throw("EventSslContext::%s: \"%s\" is outside of open_basedir", option_name(key), ZSTR_VAL(path));
		return NULL;
	}
	if (VCWD_STAT(resolved, &st) != 0) {
		php_event_throw_errno(errno, "EventSslContext::%s: cannot access \"%s\"", option_name(key), ZSTR_VAL(path));
		return NULL;
	}
	if (dir ? !S_ISDIR(st.st_mode) : S_ISDIR(st.st_mode)) {
		php_event_throw("EventSslContext::%s: \"%s\" is %s", option_name(key), ZSTR_VAL(path),
			dir ? "not a directory" : "a directory");
		return NULL;
	}
	if (VCWD_ACCESS(resolved, R_OK) != 0) {
		php_event_throw_errno(errno, "EventSslContext::%s: cannot read \"%s\"", option_name(key), ZSTR_VAL(path));
		return NULL;
	}
	return estrdup(resolved);
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

static bool load_cert_and_key(SSL_CTX *ctx, const ssl_options *o)
{
	char *cert, *key = NULL;
	bool ok = false;

	if ((cert = resolve_path(o->local_cert, OPT_LOCAL_CERT, false)) == NULL) {
		return false;
	}
	if (o->local_pk && (key = resolve_path(o->local_pk, OPT_LOCAL_PK, false)) == NULL) {
		goto out;
	}
	if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1) {
		throw_openssl("EventSslContext: cannot use the certificate of OPT_LOCAL_CERT");
		goto out;
	}
	/* Without OPT_LOCAL_PK the key is looked for in the certificate file. */
	SSL_CTX_set_default_passwd_cb(ctx, passphrase_cb);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, o->passphrase);
	if (SSL_CTX_use_PrivateKey_file(ctx, key ? key : cert, SSL_FILETYPE_PEM) != 1) {
		unsigned long e = ERR_peek_last_error();
		if (ERR_GET_LIB(e) == ERR_LIB_X509 && ERR_GET_REASON(e) == X509_R_KEY_VALUES_MISMATCH) {
			throw_openssl("EventSslContext: the private key does not match the certificate");
		} else {
			throw_openssl(key ? "EventSslContext: cannot use the private key of OPT_LOCAL_PK (wrong OPT_PASSPHRASE?)"
				: "EventSslContext: no usable private key in OPT_LOCAL_CERT and no OPT_LOCAL_PK");
		}
		goto out;
	}
	if (SSL_CTX_check_private_key(ctx) != 1) {
		throw_openssl("EventSslContext: the private key does not match the certificate");
		goto out;
	}
	ok = true;
out:
	/* The passphrase string does not outlive the constructor's arguments. */
	SSL_CTX_set_default_passwd_cb(ctx, NULL);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	if (key) {
		efree(key);
	}
	efree(cert);
	return ok;
}

static bool load_ca(SSL_CTX *ctx, const ssl_options *o)
{
	char *file = NULL, *path = NULL;
	bool ok = false;

	if (!o->ca_file && !o->ca_path) {
		/* Verifying with no CA given: the system's trust store. */
		if (o->verify_peer || o->require_client_cert) {
			SSL_CTX_set_default_verify_paths(ctx);
			ERR_clear_error();
		}
		return true;
	}
	if (o->ca_file && (file = resolve_path(o->ca_file, OPT_CA_FILE, false)) == NULL) {
		return false;
	}
	if (o->ca_path && (path = resolve_path(o->ca_path, OPT_CA_PATH, true)) == NULL) {
		goto out;
	}
	if (SSL_CTX_load_verify_locations(ctx, file, path) != 1) {
		throw_openssl("EventSslContext: cannot load the CA certificates of OPT_CA_FILE/OPT_CA_PATH");
		goto out;
	}
	if (file && SSL_CTX_get_client_CA_list(ctx) == NULL) {
		/* A server asking for client certificates names the CAs it accepts. */
		STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(file);
		if (names) {
			SSL_CTX_set_client_CA_list(ctx, names);
		}
		ERR_clear_error();
	}
	ok = true;
out:
	if (file) {
		efree(file);
	}
	if (path) {
		efree(path);
	}
	return ok;
}

/* OPT_ALLOW_SELF_SIGNED: a peer certificate that signs itself passes even
 * though no trusted CA issued it. Any other failure still fails. */
static int verify_allow_self_signed(int preverify_ok, X509_STORE_CTX *store)
{
	if (!preverify_ok && X509_STORE_CTX_get_error(store) == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) {
		X509_STORE_CTX_set_error(store, X509_V_OK);
		return 1;
	}
	return preverify_ok;
}

static void apply_verify(SSL_CTX *ctx, const ssl_options *o)
{
	int mode = SSL_VERIFY_NONE;

	if (o->verify_peer) {
		mode |= SSL_VERIFY_PEER;
	}
	/* Requiring a client certificate means asking for one and checking it. */
	if (o->require_client_cert) {
		mode |= SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
	}
	if (o->verify_client_once && (mode & SSL_VERIFY_PEER)) {
		mode |= SSL_VERIFY_CLIENT_ONCE;
	}
	SSL_CTX_set_verify(ctx, mode, o->allow_self_signed ? verify_allow_self_signed : NULL);
	if (o->verify_depth >= 0) {
		SSL_CTX_set_verify_depth(ctx, (int)o->verify_depth);
	}
}

static bool apply_options(SSL_CTX *ctx, const ssl_options *o)
{
	if (o->local_cert && !load_cert_and_key(ctx, o)) {
		return false;
	}
	if (!load_ca(ctx, o)) {
		return false;
	}
	if (o->ciphers && SSL_CTX_set_cipher_list(ctx, ZSTR_VAL(o->ciphers)) != 1) {
		throw_openssl("EventSslContext: no cipher in OPT_CIPHERS can be used");
		return false;
	}
	apply_verify(ctx, o);
	SSL_CTX_clear_options(ctx, o->ops_clear);
	SSL_CTX_set_options(ctx, o->ops_set);
	if (o->cipher_server_preference) {
		SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
	}
	return true;
}

/* ---- the context ---- */

static SSL_CTX *new_ctx_for_method(zend_long method)
{
	bool server;
	int pinned = 0;
	SSL_CTX *ctx;

	switch (method) {
		case METHOD_TLS_CLIENT:    server = false; break;
		case METHOD_TLS_SERVER:    server = true;  break;
		case METHOD_TLSv11_CLIENT: server = false; pinned = TLS1_1_VERSION; break;
		case METHOD_TLSv11_SERVER: server = true;  pinned = TLS1_1_VERSION; break;
		case METHOD_TLSv12_CLIENT: server = false; pinned = TLS1_2_VERSION; break;
		case METHOD_TLSv12_SERVER: server = true;  pinned = TLS1_2_VERSION; break;
		default:
			zend_argument_value_error(1, "must be one of the EventSslContext::*_METHOD constants");
			return NULL;
	}
	ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
	if (ctx == NULL) {
		throw_openssl("EventSslContext: cannot create an SSL context");
		return NULL;
	}
	/* The versioned methods of old OpenSSL releases: one protocol only. */
	if (pinned && (SSL_CTX_set_min_proto_version(ctx, pinned) != 1 || SSL_CTX_set_max_proto_version(ctx, pinned) != 1)) {
		SSL_CTX_free(ctx);
		throw_openssl("EventSslContext: cannot restrict the context to the method's protocol version");
		return NULL;
	}
	/* Partial writes and moving buffers are what libevent's SSL
	 * bufferevents expect from SSL_write. */
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	return ctx;
}

ZEND_METHOD(EventSslContext, __construct)
{
	zend_long method;
	HashTable *options;
	ssl_options o;
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
	if (!parse_options(&o, options)) {
		RETURN_THROWS();
	}
	/* Errors queued by earlier, unrelated OpenSSL users must not be
	 * reported as ours. */
	ERR_clear_error();
	if ((ctx = new_ctx_for_method(method)) == NULL) {
		RETURN_THROWS();
	}
	if (!apply_options(ctx, &o)) {
		SSL_CTX_free(ctx);
		ERR_clear_error();
		RETURN_THROWS();
	}
	self->ctx = ctx;
	self->local_cert = o.local_cert ? zend_string_copy(o.local_cert) : NULL;
	self->local_pk = o.local_pk ? zend_string_copy(o.local_pk) : NULL;
}

static SSL_CTX *ssl_ctx_live(zval *zthis)
{
	php_event_ssl_ctx_t *self = Z_EVENT_SSL_CTX_P(zthis);
	if (self->ctx == NULL) {
		php_event_throw_freed(&self->std);
	}
	return self->ctx;
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
	php_event_ssl_ctx_t *self = PHP_EVENT_ALLOC_OBJECT(php_event_ssl_ctx_t, ce);
	self->std.handlers = &handlers;
	return &self->std;
}

static void free_obj(zend_object *obj)
{
	php_event_ssl_ctx_t *self = php_event_ssl_ctx_from_obj(obj);
	if (self->ctx) {
		SSL_CTX_free(self->ctx);
		self->ctx = NULL;
	}
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
	{ "local_cert", read_local_cert, NULL, NULL },
	{ "local_pk", read_local_pk, NULL, NULL },
};

zend_class_entry *php_event_ssl_context_ce;

PHP_MINIT_FUNCTION(event_ssl_context)
{
	php_event_ssl_context_ce = register_class_EventSslContext();
	php_event_ssl_context_ce->create_object = create_object;
	PHP_EVENT_INIT_HANDLERS(handlers, php_event_ssl_ctx_t, free_obj);
	PHP_EVENT_PROPS_REGISTER(handlers, ssl_ctx_props);
	return SUCCESS;
}

#endif /* HAVE_EVENT_OPENSSL_LIB */
