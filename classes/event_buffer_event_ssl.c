/*
 * The SSL methods of EventBufferEvent: SSL bufferevents over a socket
 * (sslSocket) or over another bufferevent (createSslFilter), and what the
 * script may ask of the SSL connection.
 *
 * Owns: the EventBufferEvent object owns the SSL bufferevent like any other
 * (event_buffer_event.c), plus the EventSslContext object (`ssl_ctx`) and,
 * for a filter, the underlying EventBufferEvent object (`underlying`).
 * Freed by: as any bufferevent. The SSL object of the connection belongs to
 * the bufferevent: libevent frees it when it destroys the bufferevent,
 * which (in libevent 2.1) happens only with BEV_OPT_CLOSE_ON_FREE, and only
 * once libevent is done with it (possibly later than bufferevent_free(),
 * after a callback that is running returns).
 * If the base or libevent goes first: as any bufferevent (detached with the
 * base); libevent frees the SSL object with it.
 *
 * So BEV_OPT_CLOSE_ON_FREE is always given to libevent, and what the script
 * asked for is kept in other ways:
 *
 *  - sslSocket without OPT_CLOSE_ON_FREE: libevent gets a duplicate of the
 *    descriptor, and closes that; the script's socket stays open.
 *  - createSslFilter: with BEV_OPT_CLOSE_ON_FREE libevent also calls
 *    bufferevent_free() on the underlying bufferevent when the filter goes;
 *    that underlying one belongs to its own EventBufferEvent object, so we
 *    give libevent an extra reference to drop there. The filter object keeps
 *    the underlying object and the context alive as long as it lives; the
 *    underlying bufferevent is freed when its object goes, with its own
 *    options.
 */
#include "php_event.h"
#include "classes/event_buffer_event.h"
#include "classes/event_buffer.h"
#include "classes/event_base.h"
#include "classes/event_ssl_context.h"

#ifdef HAVE_EVENT_OPENSSL_LIB

#define BEV_KNOWN_OPTIONS (BEV_OPT_CLOSE_ON_FREE | BEV_OPT_THREADSAFE | BEV_OPT_DEFER_CALLBACKS | BEV_OPT_UNLOCK_CALLBACKS)

/* PECL event's check of $state: a warning and false. */
static bool check_state(zend_long state)
{
	if (state != BUFFEREVENT_SSL_OPEN && state != BUFFEREVENT_SSL_CONNECTING && state != BUFFEREVENT_SSL_ACCEPTING) {
		php_error_docref(NULL, E_WARNING, "Invalid state specified");
		return false;
	}
	return true;
}

/* Bits that are no BEV_OPT_* are ignored, as libevent ignores them under
 * PECL event. libevent refuses OPT_UNLOCK_CALLBACKS without
 * OPT_DEFER_CALLBACKS, and its SSL constructors then crash while cleaning
 * up the half-made bufferevent (PECL event crashes there): a ValueError. */
static bool check_options(zend_long *options, uint32_t arg)
{
	*options &= (zend_long)BEV_KNOWN_OPTIONS;
	if ((*options & BEV_OPT_UNLOCK_CALLBACKS) && !(*options & BEV_OPT_DEFER_CALLBACKS)) {
		zend_argument_value_error(arg, "must include EventBufferEvent::OPT_DEFER_CALLBACKS with EventBufferEvent::OPT_UNLOCK_CALLBACKS");
		return false;
	}
	return true;
}

ZEND_METHOD(EventBufferEvent, sslSocket)
{
	zval *zbase, *zsocket, *zctx;
	zend_long state, options = 0;
	struct event_base *base;
	evutil_socket_t fd;
	SSL *ssl;
	struct bufferevent *bev;
	php_event_bevent_t *b;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_OBJECT_OF_CLASS(zbase, php_event_base_ce)
		Z_PARAM_ZVAL(zsocket)
		Z_PARAM_OBJECT_OF_CLASS(zctx, php_event_ssl_context_ce)
		Z_PARAM_LONG(state)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(options)
	ZEND_PARSE_PARAMETERS_END();

	if ((base = php_event_base_get(zbase)) == NULL) {
		RETURN_THROWS();
	}
	if (!check_state(state)) {
		RETURN_FALSE;
	}
	if (!check_options(&options, 5)) {
		RETURN_THROWS();
	}
	/* The descriptors the constructor takes, with its exceptions; a closed
	 * Socket is false here (PECL event's). */
	fd = php_event_buffer_fd(zsocket, true);
	if (fd == PHP_EVENT_BUFFER_THREW) {
		RETURN_THROWS();
	}
	if (fd == PHP_EVENT_BUFFER_BAD_FD) {
		RETURN_FALSE;
	}
	php_event_fd_taken(fd);
	/* libevent expects a non-blocking socket (a blocking one would hang
	 * the loop in SSL_read()); one that is not open fails later, in
	 * libevent, as under PECL event, which does not try. */
	if (fd >= 0) {
		php_event_fd_set_nonblocking_quietly(fd);
	}
	if ((ssl = php_event_ssl_context_new_ssl(zctx)) == NULL) {
		RETURN_THROWS();
	}
	evutil_socket_t unowned_fd = -1;
	if (fd >= 0 && !(options & BEV_OPT_CLOSE_ON_FREE)) {
		/* See the top of the file: libevent closes what it is given. */
		evutil_socket_t dup_fd = dup(fd);
		if (dup_fd >= 0) {
			fd = dup_fd;
		} else if (errno == EBADF) {
			/* Not open: nothing to duplicate. libevent gets the number
			 * (and fails on it with its warnings, as under PECL event),
			 * and is kept from closing it. */
			unowned_fd = fd;
		} else {
			SSL_free(ssl);
			php_event_throw_errno(errno, "Failed to duplicate the socket");
			RETURN_THROWS();
		}
	}
	/* On failure libevent has already freed the SSL (it was told to own it). */
	bev = bufferevent_openssl_socket_new(base, fd, ssl, (enum bufferevent_ssl_state)state,
		(int)options | BEV_OPT_CLOSE_ON_FREE);
	if (bev == NULL) {
		php_event_throw("Failed to create the SSL buffer event");
		RETURN_THROWS();
	}
	b = php_event_bevent_create(return_value, Z_OBJ_P(zbase), bev);
	b->unowned_fd = unowned_fd;
	ZVAL_COPY(&b->ssl_ctx, zctx);
}

ZEND_METHOD(EventBufferEvent, createSslFilter)
{
	zval *zunderlying, *zctx;
	zend_long state, options = 0;
	struct bufferevent *underlying, *bev;
	php_event_bevent_t *u, *b;
	SSL *ssl;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_OBJECT_OF_CLASS(zunderlying, php_event_buffer_event_ce)
		Z_PARAM_OBJECT_OF_CLASS(zctx, php_event_ssl_context_ce)
		Z_PARAM_LONG(state)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(options)
	ZEND_PARSE_PARAMETERS_END();

	/* In PECL event's order: the state, then the underlying bufferevent,
	 * then what the options would do to it. */
	if (!check_state(state)) {
		RETURN_FALSE;
	}
	u = php_event_bevent_live(zunderlying);
	if (u == NULL) {
		RETURN_FALSE;
	}
	if (!check_options(&options, 4)) {
		RETURN_THROWS();
	}
	underlying = u->bev;
	if (u->borrowed || u->dep.base_obj == NULL) {
		/* An HTTP connection's bufferevent carries evhttp's callbacks,
		 * which a filter would replace. */
		php_event_throw("Cannot filter a buffer event that belongs to an HTTP connection");
		RETURN_THROWS();
	}
	if ((ssl = php_event_ssl_context_new_ssl(zctx)) == NULL) {
		RETURN_THROWS();
	}
	/* The reference libevent drops with BEV_OPT_CLOSE_ON_FREE (see top). */
	bufferevent_incref(underlying);
	bev = bufferevent_openssl_filter_new(bufferevent_get_base(underlying), underlying, ssl,
		(enum bufferevent_ssl_state)state, (int)options | BEV_OPT_CLOSE_ON_FREE);
	if (bev == NULL) {
		bufferevent_decref(underlying);
		php_event_throw("Failed to create the SSL filter buffer event");
		RETURN_THROWS();
	}
	b = php_event_bevent_create(return_value, u->dep.base_obj, bev);
	ZVAL_COPY(&b->underlying, zunderlying);
	ZVAL_COPY(&b->ssl_ctx, zctx);
}

/* The SSL of a bufferevent object: NULL when it is no SSL bufferevent, or
 * (after PECL event's warning) when it is freed. */
static SSL *bevent_ssl_live(zval *zbev)
{
	php_event_bevent_t *b = php_event_bevent_live(zbev);
	return b ? bufferevent_openssl_get_ssl(b->bev) : NULL;
}

/* The live bufferevent of a bufferevent object, or NULL after PECL event's
 * warning. */
static struct bufferevent *bevent_bev_live(zval *zbev)
{
	php_event_bevent_t *b = php_event_bevent_live(zbev);
	return b ? b->bev : NULL;
}

ZEND_METHOD(EventBufferEvent, sslError)
{
	struct bufferevent *bev;
	unsigned long e;
	char buf[256];

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(bev, bevent_bev_live(ZEND_THIS), RETURN_FALSE);
	/* 0 (no more errors) on a bufferevent that is not SSL, too. */
	e = bufferevent_get_openssl_error(bev);
	if (e == 0) {
		RETURN_FALSE;
	}
	ERR_error_string_n(e, buf, sizeof(buf));
	RETURN_STRING(buf);
}

ZEND_METHOD(EventBufferEvent, sslRenegotiate)
{
	struct bufferevent *bev;
	SSL *ssl;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(bev, bevent_bev_live(ZEND_THIS), RETURN_FALSE);
	if ((ssl = bufferevent_openssl_get_ssl(bev)) == NULL) {
		/* Nothing to renegotiate: NULL, as PECL event returns. */
		return;
	}
	/* TLS 1.3 has no renegotiation: OpenSSL would refuse, and libevent
	 * would still put the bufferevent back into its handshake state, with
	 * an error queued that the next read would take for a failure. NULL,
	 * what PECL event returns, and nothing done. */
	if (SSL_version(ssl) >= TLS1_3_VERSION || SSL_version(ssl) < TLS1_VERSION) {
		return;
	}
	ERR_clear_error();
	/* 1: the handshake finished at once, 0: it goes on in the loop, -1: it
	 * failed, and the error event (with the errors for sslError()) has
	 * already been reported. NULL in every case, as PECL event returns. */
	if (bufferevent_ssl_renegotiate(bev) < 0) {
		ERR_clear_error();
	}
}

/* The cipher of the connection, NULL before the handshake chose one. */
static const SSL_CIPHER *current_cipher(SSL *ssl)
{
	return SSL_get_current_cipher(ssl);
}

ZEND_METHOD(EventBufferEvent, sslGetCipherInfo)
{
	SSL *ssl;
	const SSL_CIPHER *cipher;
	char buf[256];

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(ssl, bevent_ssl_live(ZEND_THIS), RETURN_FALSE);
	if ((cipher = current_cipher(ssl)) == NULL || SSL_CIPHER_description(cipher, buf, sizeof(buf)) == NULL) {
		RETURN_FALSE;
	}
	RETURN_STRING(buf);
}

/* sslGetCipherName()/sslGetCipherVersion(): `what` of the current cipher
 * ("(NONE)" before the handshake, as OpenSSL says it), or false on a
 * non-SSL bufferevent. */
static void cipher_string(INTERNAL_FUNCTION_PARAMETERS, const char *(*what)(const SSL_CIPHER *))
{
	SSL *ssl;
	const SSL_CIPHER *cipher;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(ssl, bevent_ssl_live(ZEND_THIS), RETURN_FALSE);
	cipher = current_cipher(ssl);
	RETURN_STRING(what(cipher));
}

ZEND_METHOD(EventBufferEvent, sslGetCipherName)
{
	cipher_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, SSL_CIPHER_get_name);
}

ZEND_METHOD(EventBufferEvent, sslGetCipherVersion)
{
	cipher_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, SSL_CIPHER_get_version);
}

ZEND_METHOD(EventBufferEvent, sslGetProtocol)
{
	SSL *ssl;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(ssl, bevent_ssl_live(ZEND_THIS), RETURN_FALSE);
	RETURN_STRING(SSL_get_version(ssl));
}

#endif /* HAVE_EVENT_OPENSSL_LIB */
