/*
 * The arginfo generated from event.stub.php (PHP_EVENT_ARGINFO: the plain
 * one, or the namespaced one of a --with-event-ns build). Each class file
 * includes it for the register_class_X() of its own MINIT; the other
 * classes' tables and registration functions are unused there, and the
 * compiler drops them.
 */
#ifndef PHP_EVENT_ARGINFO_H
#define PHP_EVENT_ARGINFO_H

/* What the class constants are made of. */
#ifndef PHP_WIN32
# include <sys/socket.h>
# include <netinet/in.h>
# include <netinet/tcp.h>
#endif
#ifndef SOL_TCP
# define SOL_TCP IPPROTO_TCP
#endif
#ifndef SOL_UDP
# define SOL_UDP IPPROTO_UDP
#endif
#ifdef HAVE_EVENT_OPENSSL_LIB
/* EventSslContext::OPENSSL_VERSION_TEXT and _NUMBER: the library's own. */
# define PHP_EVENT_OPENSSL_VERSION_TEXT OpenSSL_version(OPENSSL_VERSION)
# define PHP_EVENT_OPENSSL_VERSION_NUMBER ((zend_long)OpenSSL_version_num())
#endif

#if defined(__GNUC__)
# pragma GCC diagnostic push
# pragma GCC diagnostic ignored "-Wunused-function"
#endif
#include PHP_EVENT_ARGINFO
#if defined(__GNUC__)
# pragma GCC diagnostic pop
#endif

#endif
