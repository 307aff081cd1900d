#ifndef PHP_EVENT_SSL_CONTEXT_CLASS_H
#define PHP_EVENT_SSL_CONTEXT_CLASS_H

/* EventSslContext: see event_ssl_context.c for what it owns and when it is
 * freed. */

/* The SSL_CTX of an EventSslContext zval, or NULL after throwing. */
SSL_CTX *php_event_ssl_context_get(zval *zctx);

/* A new SSL object for a connection made with this context (server or
 * client side as the context's method says), or NULL after throwing. */
SSL *php_event_ssl_context_new_ssl(zval *zctx);

#endif
