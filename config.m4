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

  event_sources="src/module.c src/props.c src/callback.c src/error.c src/lifetime.c src/defer.c src/fd.c src/net.c \
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

  dnl One process, one copy of each library. libevent_openssl links one
  dnl libssl/libcrypto (e.g. libssl.so.3); when the OpenSSL headers and
  dnl -lssl we compile against are another one (libssl-dev of OpenSSL 4 beside
  dnl a libevent built on OpenSSL 3), the module loads both and TLS crashes.
  dnl Likewise libevent_extra and libevent_openssl must use the libevent_core
  dnl we link. Compare the sonames the dynamic loader resolves (ldd), and the
  dnl OpenSSL headers' major version, and stop with what to install.
  event_pc_ver_core=`$PKG_CONFIG --modversion libevent_core 2>/dev/null`
  for event_pc in libevent_extra libevent_openssl; do
    if test "$event_pc" = libevent_extra && test "$PHP_EVENT_EXTRA" = "no"; then continue; fi
    if test "$event_pc" = libevent_openssl && test "$PHP_EVENT_OPENSSL" = "no"; then continue; fi
    event_pc_ver=`$PKG_CONFIG --modversion $event_pc 2>/dev/null`
    if test "$event_pc_ver" != "$event_pc_ver_core"; then
      AC_MSG_ERROR([$event_pc is version $event_pc_ver but libevent_core is $event_pc_ver_core: install one libevent (on Debian: libevent-dev), or point --with-event-libevent-dir / PKG_CONFIG_PATH at a single libevent installation])
    fi
  done

  if test "$PHP_EVENT_OPENSSL" != "no" && test "$cross_compiling" != "yes" && command -v ldd >/dev/null 2>&1; then
    AC_MSG_CHECKING([that libevent_openssl, OpenSSL and PHP share one libssl and libcrypto])
    event_save_LIBS=$LIBS
    event_save_CPPFLAGS=$CPPFLAGS
    LIBS="$LIBEVENT_CORE_LIBS $LIBEVENT_EXTRA_LIBS $LIBEVENT_OPENSSL_LIBS $LIBS"
    CPPFLAGS="$CPPFLAGS $LIBEVENT_CORE_CFLAGS $LIBEVENT_OPENSSL_CFLAGS"
    dnl The program calls into each library, so that no linker drops one.
    AC_LINK_IFELSE([AC_LANG_PROGRAM([[
#include <event2/event.h>
#include <event2/bufferevent_ssl.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
]], [[
      struct event_base *b = event_base_new();
      SSL_CTX *c = SSL_CTX_new(TLS_method());
      ERR_clear_error();
      return b == NULL || c == NULL || bufferevent_openssl_get_ssl(NULL) != NULL;
]])], [event_ldd_us=`ldd conftest$ac_exeext 2>/dev/null`],
      [AC_MSG_ERROR([cannot link a program with libevent_openssl and OpenSSL ($LIBEVENT_OPENSSL_LIBS): see config.log])])
    AC_COMPUTE_INT([event_ossl_major], [OPENSSL_VERSION_NUMBER >> 28], [#include <openssl/opensslv.h>], [event_ossl_major=unknown])
    LIBS=$event_save_LIBS
    CPPFLAGS=$event_save_CPPFLAGS

    dnl The sonames of one library family (libssl, libcrypto, libevent_core)
    dnl in ldd output: "libssl.so.3" or "libssl.so.3 libssl.so.4".
    event_sonames() {
      printf '%s\n' "$event_ldd_in" | ${AWK:-awk} -v fam="$event_fam" '
        { n = $[]1; f = n; sub(/\.so.*/, "", f); sub(/-[[0-9]][[0-9.]]*$/, "", f) }
        f == fam && !(n in seen) { seen[[n]] = 1; out = out (out == "" ? "" : " ") n }
        END { print out }'
    }
    event_evo_lib="`$PKG_CONFIG --variable=libdir libevent_openssl 2>/dev/null`/libevent_openssl.so"
    event_ldd_evo=""
    test -f "$event_evo_lib" && event_ldd_evo=`ldd "$event_evo_lib" 2>/dev/null`
    event_ldd_php=""
    test -n "$PHP_EXECUTABLE" && test -x "$PHP_EXECUTABLE" && event_ldd_php=`ldd "$PHP_EXECUTABLE" 2>/dev/null`
    event_ossl_bad=""
    for event_fam in libssl libcrypto libevent_core; do
      event_ldd_in=$event_ldd_us; event_all=`event_sonames`
      event_ldd_in=$event_ldd_evo; event_evo=`event_sonames`
      event_ldd_in=$event_ldd_php; event_php=`event_sonames`
      case "$event_all" in
        *" "*) event_ossl_bad="$event_ossl_bad
  $event_fam: the module would load $event_all (libevent_openssl links ${event_evo:-?})" ;;
      esac
      if test -n "$event_php" && test -n "$event_all" && test "$event_fam" != libevent_core; then
        for event_so in $event_all; do
          test "$event_so" = "$event_php" || event_ossl_bad="$event_ossl_bad
  $event_fam: PHP ($PHP_EXECUTABLE) links $event_php, the module would link $event_so"
        done
      fi
      if test "$event_fam" = libssl && test -n "$event_evo"; then event_evo_ssl=$event_evo; fi
    done
    dnl The headers: OpenSSL 3 and later are libssl.so.MAJOR, 1.1 is libssl.so.1.1.
    case "$event_ossl_major" in
      [[3-9]]|[[1-9]][[0-9]]) event_hdr_ssl="libssl.so.$event_ossl_major" ;;
      1) event_hdr_ssl="libssl.so.1.1" ;;
      *) event_hdr_ssl="" ;;
    esac
    if test -n "$event_hdr_ssl" && test -n "$event_evo_ssl" && test "$event_hdr_ssl" != "$event_evo_ssl"; then
      event_ossl_bad="$event_ossl_bad
  the OpenSSL headers are of OpenSSL $event_ossl_major ($event_hdr_ssl), but libevent_openssl links $event_evo_ssl"
    fi
    if test -n "$event_ossl_bad"; then
      AC_MSG_RESULT([no])
      dnl On Debian, name the package version that matches libevent's libssl.
      event_hint="the development files (headers, libssl.so) of the OpenSSL that libevent_openssl links (${event_evo_ssl:-see above}), or a libevent built against the OpenSSL you have"
      if test -n "$event_evo_ssl" && command -v dpkg-query >/dev/null 2>&1; then
        event_evo_ssl_path=`printf '%s\n' "$event_ldd_evo" | ${AWK:-awk} -v n="$event_evo_ssl" '$[]1 == n { print $[]3 }'`
        event_evo_ssl_pkg=`dpkg-query -S "$event_evo_ssl_path" 2>/dev/null | sed -n '1s/:.*//p'`
        event_evo_ssl_ver=`dpkg-query -W -f='${Version}' "$event_evo_ssl_pkg" 2>/dev/null`
        if test -n "$event_evo_ssl_ver"; then
          event_hint="the libssl-dev of the same version as $event_evo_ssl_pkg: apt-get install libssl-dev=$event_evo_ssl_ver"
        fi
      fi
      AC_MSG_ERROR([two OpenSSL (or libevent) versions would be loaded in one process, and TLS would crash:$event_ossl_bad
Install $event_hint.])
    fi
    AC_MSG_RESULT([yes (${event_evo_ssl:-one libssl})])
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
