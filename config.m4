dnl config.m4 for the `event` extension: libevent 2.1 bindings.

PHP_ARG_WITH([event-extra],
  [for event extra support (HTTP, DNS, listeners)],
  [AS_HELP_STRING([--with-event-extra], [Include EventHttp*, EventDnsBase, EventListener (libevent_extra)])],
  [yes], [no])

PHP_ARG_WITH([event-openssl],
  [for event OpenSSL support],
  [AS_HELP_STRING([--with-event-openssl], [Include EventSslContext and SSL bufferevents (libevent_openssl)])],
  [yes], [no])

PHP_ARG_WITH([event-ns],
  [for a namespace for the event classes],
  [AS_HELP_STRING([--with-event-ns=NS], [Put every class in namespace NS (EVENT_NS is then "NS")])],
  [no], [no])

PHP_ARG_WITH([event-libevent-dir],
  [for the libevent installation prefix],
  [AS_HELP_STRING([--with-event-libevent-dir=DIR], [libevent prefix, when pkg-config does not know it])],
  [no], [no])

dnl Last, so that $ext_shared is the one of the extension itself.
PHP_ARG_WITH([event-core],
  [for event core support],
  [AS_HELP_STRING([--with-event-core], [Include the event loop core (libevent_core); always on])],
  [yes])

if test "$PHP_EVENT_CORE" != "no"; then
  PKG_PROG_PKG_CONFIG
  if test "$PHP_EVENT_LIBEVENT_DIR" != "no"; then
    export PKG_CONFIG_PATH="$PHP_EVENT_LIBEVENT_DIR/lib/pkgconfig:$PHP_EVENT_LIBEVENT_DIR/lib64/pkgconfig:$PKG_CONFIG_PATH"
  fi

  PKG_CHECK_MODULES([LIBEVENT_CORE], [libevent_core >= 2.1.8])
  PHP_EVAL_INCLINE($LIBEVENT_CORE_CFLAGS)
  PHP_EVAL_LIBLINE($LIBEVENT_CORE_LIBS, EVENT_SHARED_LIBADD)

  event_sources="src/module.c src/callback.c src/error.c src/lifetime.c src/fd.c src/net.c \
    classes/event.c classes/event_base.c classes/event_config.c classes/event_buffer.c \
    classes/event_buffer_event.c classes/event_util.c"

  if test "$PHP_EVENT_EXTRA" != "no"; then
    PKG_CHECK_MODULES([LIBEVENT_EXTRA], [libevent_extra >= 2.1.8])
    PHP_EVAL_INCLINE($LIBEVENT_EXTRA_CFLAGS)
    PHP_EVAL_LIBLINE($LIBEVENT_EXTRA_LIBS, EVENT_SHARED_LIBADD)
    AC_DEFINE(HAVE_EVENT_EXTRA_LIB, 1, [Whether libevent_extra is used])
    event_sources="$event_sources classes/event_dns_base.c classes/event_listener.c \
      classes/event_http.c classes/event_http_connection.c classes/event_http_request.c \
      src/http/parser.c src/http/reply.c src/http/conn.c"
  fi

  if test "$PHP_EVENT_OPENSSL" != "no"; then
    PKG_CHECK_MODULES([LIBEVENT_OPENSSL], [libevent_openssl >= 2.1.8 openssl >= 1.1.0])
    PHP_EVAL_INCLINE($LIBEVENT_OPENSSL_CFLAGS)
    PHP_EVAL_LIBLINE($LIBEVENT_OPENSSL_LIBS, EVENT_SHARED_LIBADD)
    AC_DEFINE(HAVE_EVENT_OPENSSL_LIB, 1, [Whether libevent_openssl is used])
    event_sources="$event_sources classes/event_ssl_context.c classes/event_buffer_event_ssl.c"
  fi

  dnl The namespace: the committed arginfo names the classes without one; a
  dnl namespaced build uses a copy of it with the class names rewritten (made
  dnl below, once PHP_NEW_EXTENSION has set $ext_srcdir and $ext_builddir).
  event_arginfo="event_arginfo.h"
  event_ns=""
  if test "$PHP_EVENT_NS" != "no" && test "$PHP_EVENT_NS" != "yes" && test -n "$PHP_EVENT_NS"; then
    dnl Accept Foo\Bar and Foo\\Bar alike, and no leading or trailing separator
    dnl ($(...) and printf: backquotes and dash's echo would eat backslashes).
    event_ns=$(printf '%s\n' "$PHP_EVENT_NS" | $SED -e 's/\\\\*/\\/g' -e 's/^\\//' -e 's/\\$//')
    if printf '%s\n' "$event_ns" | grep -v '^[[A-Za-z_]][[A-Za-z0-9_\\]]*$' >/dev/null; then
      AC_MSG_ERROR([--with-event-ns: "$PHP_EVENT_NS" is not a PHP namespace name])
    fi
    dnl In C source every backslash of the name is written twice.
    event_ns_c=$(printf '%s\n' "$event_ns" | $SED -e 's/\\/\\\\/g')
    AC_DEFINE_UNQUOTED(PHP_EVENT_NS, ["$event_ns_c"], [The namespace of the event classes])
    event_arginfo="event_arginfo_ns.h"
  fi
  AC_DEFINE_UNQUOTED(PHP_EVENT_ARGINFO, ["$event_arginfo"], [The arginfo header to include])

  dnl ext/sockets: Socket objects are accepted wherever a file descriptor is,
  dnl when the headers are there (they are in php-dev packages).
  AC_MSG_CHECKING([for ext/sockets headers])
  event_php_inc=`$PHP_CONFIG --include-dir 2>/dev/null`
  if test -f "$event_php_inc/ext/sockets/php_sockets.h" || test -f "$abs_srcdir/../sockets/php_sockets.h"; then
    AC_DEFINE(PHP_EVENT_SOCKETS, 1, [Whether ext/sockets Socket objects are supported])
    AC_MSG_RESULT([yes])
  else
    AC_MSG_RESULT([no])
  fi

  PHP_ADD_EXTENSION_DEP(event, sockets, true)
  PHP_NEW_EXTENSION(event, $event_sources, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall)
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_INCLUDE([$ext_builddir])
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/classes])
  PHP_ADD_MAKEFILE_FRAGMENT
  PHP_SUBST(EVENT_SHARED_LIBADD)

  if test -n "$event_ns"; then
    dnl Class names appear as bare tokens in the arginfo macros
    dnl ZEND_ARG_OBJ_* (3rd argument) and *RETURN_OBJ_* (4th argument),
    dnl stringified by them, so a backslash is written twice; and as strings
    dnl in INIT_CLASS_ENTRY: prefix both with the namespace.
    event_ns_sed=$(printf '%s\n' "$event_ns_c" | $SED -e 's/\\/\\\\/g')
    AC_MSG_NOTICE([writing $ext_builddir/event_arginfo_ns.h for namespace $event_ns])
    $SED -e "s/\(ZEND_ARG_OBJ_[[A-Z_]]*([[^,]]*,[[^,]]*, \)\(Event[[A-Za-z]]*\)/\1$event_ns_sed\\\\\\\\\2/" \
         -e "s/\(RETURN_OBJ_[[A-Z_]]*([[^,]]*,[[^,]]*,[[^,]]*, \)\(Event[[A-Za-z]]*\)/\1$event_ns_sed\\\\\\\\\2/" \
         -e "s/INIT_CLASS_ENTRY(ce, \"\(Event[[A-Za-z]]*\)\"/INIT_NS_CLASS_ENTRY(ce, \"$event_ns_sed\", \"\1\"/" \
         "$ext_srcdir/event_arginfo.h" > "$ext_builddir/event_arginfo_ns.h" \
      || AC_MSG_ERROR([cannot write $ext_builddir/event_arginfo_ns.h])
  fi
fi
