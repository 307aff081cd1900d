/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9e992de742a6d1dbb3f4d51d046ab9ffe9a3f37d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event___construct, 0, 0, 4)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, what, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_free, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_set, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, what, IS_LONG, 0, "NULL")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cb, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_getSupportedMethods, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_add, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_del, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_setPriority, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, priority, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_pending, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, flags, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_removeTimer arginfo_class_Event_del

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_timer, 0, 2, Event, 0)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_setTimer, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_signal, 0, 3, Event, 0)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, signum, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_addTimer arginfo_class_Event_add

#define arginfo_class_Event_delTimer arginfo_class_Event_del

#define arginfo_class_Event_addSignal arginfo_class_Event_add

#define arginfo_class_Event_delSignal arginfo_class_Event_del

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventBase___construct, 0, 0, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, cfg, EventConfig, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBase___sleep arginfo_class_Event_getSupportedMethods

#define arginfo_class_EventBase___wakeup arginfo_class_Event_free

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_getMethod, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_getFeatures, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_priorityInit, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, n_priorities, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_loop, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBase_dispatch arginfo_class_Event_del

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_exit, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0.0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_set, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, event, Event, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBase_stop arginfo_class_Event_del

#define arginfo_class_EventBase_gotStop arginfo_class_Event_del

#define arginfo_class_EventBase_gotExit arginfo_class_Event_del

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBase_getTimeOfDayCached, 0, 0, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBase_reInit arginfo_class_Event_del

#define arginfo_class_EventBase_free arginfo_class_Event_free

#define arginfo_class_EventBase_updateCacheTime arginfo_class_Event_del

#define arginfo_class_EventBase_resume arginfo_class_Event_del

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventConfig___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventConfig___sleep arginfo_class_Event_getSupportedMethods

#define arginfo_class_EventConfig___wakeup arginfo_class_Event_free

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventConfig_avoidMethod, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventConfig_requireFeatures, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, feature, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventConfig_setMaxDispatchInterval, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, max_interval, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, max_callbacks, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, min_priority, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventConfig_setFlags arginfo_class_Event_pending

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventBufferEvent___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socket, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, readcb, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, writecb, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, eventcb, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBufferEvent_free arginfo_class_Event_free

#define arginfo_class_EventBufferEvent_close arginfo_class_Event_free

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_connect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, addr, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_connectHost, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, dns_base, EventDnsBase, 1)
	ZEND_ARG_TYPE_INFO(0, hostname, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, family, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBufferEvent_getDnsErrorString arginfo_class_EventBase_getMethod

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_setCallbacks, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, readcb, IS_CALLABLE, 1)
	ZEND_ARG_TYPE_INFO(0, writecb, IS_CALLABLE, 1)
	ZEND_ARG_TYPE_INFO(0, eventcb, IS_CALLABLE, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_enable, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, events, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBufferEvent_disable arginfo_class_EventBufferEvent_enable

#define arginfo_class_EventBufferEvent_getEnabled arginfo_class_EventBase_getFeatures

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventBufferEvent_getInput, 0, 0, EventBuffer, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBufferEvent_getOutput arginfo_class_EventBufferEvent_getInput

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_setWatermark, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, events, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, lowmark, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, highmark, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_write, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_writeBuffer, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, buf, EventBuffer, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_read, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, size, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBufferEvent_readBuffer arginfo_class_EventBufferEvent_writeBuffer

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventBufferEvent_createPair, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBufferEvent_setPriority arginfo_class_Event_setPriority

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_setTimeouts, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, timeout_read, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, timeout_write, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventBufferEvent_createSslFilter, 0, 3, EventBufferEvent, 0)
	ZEND_ARG_OBJ_INFO(0, unnderlying, EventBufferEvent, 0)
	ZEND_ARG_OBJ_INFO(0, ctx, EventSslContext, 0)
	ZEND_ARG_TYPE_INFO(0, state, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventBufferEvent_sslSocket, 0, 4, EventBufferEvent, 0)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, ctx, EventSslContext, 0)
	ZEND_ARG_TYPE_INFO(0, state, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_sslError, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBufferEvent_sslRenegotiate, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
#define arginfo_class_EventBufferEvent_sslGetCipherInfo arginfo_class_EventBufferEvent_sslError
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
#define arginfo_class_EventBufferEvent_sslGetCipherName arginfo_class_EventBufferEvent_sslError
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
#define arginfo_class_EventBufferEvent_sslGetCipherVersion arginfo_class_EventBufferEvent_sslError
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
#define arginfo_class_EventBufferEvent_sslGetProtocol arginfo_class_EventBufferEvent_sslError
#endif

#define arginfo_class_EventBuffer___construct arginfo_class_EventConfig___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_freeze, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, at_front, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBuffer_unfreeze arginfo_class_EventBuffer_freeze

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_lock, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, at_front, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBuffer_unlock arginfo_class_EventBuffer_lock

#define arginfo_class_EventBuffer_enableLocking arginfo_class_Event_free

#define arginfo_class_EventBuffer_add arginfo_class_EventBufferEvent_write

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, max_bytes, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBuffer_addBuffer arginfo_class_EventBufferEvent_writeBuffer

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_appendFrom, 0, 2, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO(0, buf, EventBuffer, 0)
	ZEND_ARG_TYPE_INFO(0, len, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_expand, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, len, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_EventBuffer_prepend arginfo_class_EventBufferEvent_write

#define arginfo_class_EventBuffer_prependBuffer arginfo_class_EventBufferEvent_writeBuffer

#define arginfo_class_EventBuffer_drain arginfo_class_EventBuffer_expand

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_copyout, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(1, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, max_bytes, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventBuffer_readLine, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, eol_style, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventBuffer_search, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, what, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, start, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, end, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventBuffer_searchEol, 0, 0, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, start, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, eol_style, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBuffer_pullup arginfo_class_EventBufferEvent_read

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventBuffer_write, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, fd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, howmuch, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_EventBuffer_readFrom arginfo_class_EventBuffer_write

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventBuffer_substr, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, start, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "-1")
ZEND_END_ARG_INFO()

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventDnsBase___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, initialize, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_parseResolvConf, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, flags, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_addNameserverIp, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, ip, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_loadHosts, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, hosts, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_clearSearch, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_addSearch, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_setSearchNdots, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, ndots, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_setOption, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, option, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventDnsBase_countNameservers, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventListener___construct, 0, 0, 6)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, flags, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, backlog, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, target, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventListener___sleep, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventListener___wakeup arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventListener_free arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventListener_enable, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventListener_disable arginfo_class_EventListener_enable
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventListener_setCallback, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventListener_setErrorCallback, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventListener_getBase, 0, 0, EventBase, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventListener_getSocketName, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(1, address, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(1, port, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventHttpConnection___construct, 0, 0, 4)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_OBJ_INFO(0, dns_base, EventDnsBase, 1)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, ctx, EventSslContext, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpConnection___sleep arginfo_class_EventListener___sleep
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpConnection___wakeup arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_EventHttpConnection_getBase, 0, 0, EventBase, MAY_BE_FALSE)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_getPeer, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(1, address, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(1, port, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_setLocalAddress, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_setLocalPort, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_setTimeout, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_setMaxHeadersSize, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, max_size, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpConnection_setMaxBodySize arginfo_class_EventHttpConnection_setMaxHeadersSize
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_setRetries, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, retries, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_makeRequest, 0, 3, _IS_BOOL, 1)
	ZEND_ARG_OBJ_INFO(0, req, EventHttpRequest, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpConnection_setCloseCallback, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpConnection_hasPendingRequests arginfo_class_EventListener_enable
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventHttp___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, base, EventBase, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, ctx, EventSslContext, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp___sleep arginfo_class_EventListener___sleep
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp___wakeup arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_accept, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_bind, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_setCallback, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, cb, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp_setDefaultCallback arginfo_class_EventListener_setCallback
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_setAllowedMethods, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, methods, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_setMaxBodySize, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp_setMaxHeadersSize arginfo_class_EventHttp_setMaxBodySize
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp_setTimeout arginfo_class_EventHttp_setMaxBodySize
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_addServerAlias, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, alias, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp_removeServerAlias arginfo_class_EventHttp_addServerAlias
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_setMaxConnections, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, max, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttp_getConnectionCount arginfo_class_EventDnsBase_countNameservers
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttp_shutdown, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventHttpRequest___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest___sleep arginfo_class_EventListener___sleep
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest___wakeup arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_free arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getCommand arginfo_class_EventDnsBase_countNameservers
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_getHost, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getUri arginfo_class_EventHttpRequest_getHost
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getResponseCode arginfo_class_EventDnsBase_countNameservers
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getInputHeaders arginfo_class_EventListener___sleep
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getOutputHeaders arginfo_class_EventListener___sleep
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventHttpRequest_getInputBuffer, 0, 0, EventBuffer, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getOutputBuffer arginfo_class_EventHttpRequest_getInputBuffer
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventHttpRequest_getBufferEvent, 0, 0, EventBufferEvent, 1)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_EventHttpRequest_getConnection, 0, 0, EventHttpConnection, 1)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_closeConnection arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_sendError, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, error, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_sendReply, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, buf, EventBuffer, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_sendReplyChunk, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, buf, EventBuffer, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_sendReplyEnd arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_sendReplyStart, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_STRING, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_cancel arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_addHeader, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_clearHeaders arginfo_class_EventDnsBase_clearSearch
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_removeHeader, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_findHeader, 0, 2, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getConnectionStatus arginfo_class_EventDnsBase_countNameservers
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_isAborted arginfo_class_EventListener_enable
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
#define arginfo_class_EventHttpRequest_getPendingOutput arginfo_class_EventDnsBase_countNameservers
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventHttpRequest_setDrainCallback, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, lowWatermark, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, arg, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()
#endif

#define arginfo_class_EventUtil___construct arginfo_class_EventConfig___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventUtil_getLastSocketErrno, 0, 0, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, socket, Socket, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_EventUtil_getLastSocketError, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socket, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventUtil_sslRandPoll, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventUtil_getSocketName, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(1, address, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(1, port, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventUtil_getSocketFd, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventUtil_setSocketOption, 0, 4, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, level, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, optname, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, optval, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_EventUtil_createSocket, 0, 1, Socket, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
ZEND_END_ARG_INFO()

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_INFO_EX(arginfo_class_EventSslContext___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, method, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_EventSslContext_setMinProtoVersion, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, proto, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if defined(HAVE_EVENT_OPENSSL_LIB)
#define arginfo_class_EventSslContext_setMaxProtoVersion arginfo_class_EventSslContext_setMinProtoVersion
#endif


ZEND_METHOD(Event, __construct);
ZEND_METHOD(Event, free);
ZEND_METHOD(Event, set);
ZEND_METHOD(Event, getSupportedMethods);
ZEND_METHOD(Event, add);
ZEND_METHOD(Event, del);
ZEND_METHOD(Event, setPriority);
ZEND_METHOD(Event, pending);
ZEND_METHOD(Event, removeTimer);
ZEND_METHOD(Event, timer);
ZEND_METHOD(Event, setTimer);
ZEND_METHOD(Event, signal);
ZEND_METHOD(EventBase, __construct);
ZEND_METHOD(EventBase, __sleep);
ZEND_METHOD(EventBase, __wakeup);
ZEND_METHOD(EventBase, getMethod);
ZEND_METHOD(EventBase, getFeatures);
ZEND_METHOD(EventBase, priorityInit);
ZEND_METHOD(EventBase, loop);
ZEND_METHOD(EventBase, dispatch);
ZEND_METHOD(EventBase, exit);
ZEND_METHOD(EventBase, set);
ZEND_METHOD(EventBase, stop);
ZEND_METHOD(EventBase, gotStop);
ZEND_METHOD(EventBase, gotExit);
ZEND_METHOD(EventBase, getTimeOfDayCached);
ZEND_METHOD(EventBase, reInit);
ZEND_METHOD(EventBase, free);
ZEND_METHOD(EventBase, updateCacheTime);
ZEND_METHOD(EventBase, resume);
ZEND_METHOD(EventConfig, __construct);
ZEND_METHOD(EventConfig, __sleep);
ZEND_METHOD(EventConfig, __wakeup);
ZEND_METHOD(EventConfig, avoidMethod);
ZEND_METHOD(EventConfig, requireFeatures);
ZEND_METHOD(EventConfig, setMaxDispatchInterval);
ZEND_METHOD(EventConfig, setFlags);
ZEND_METHOD(EventBufferEvent, __construct);
ZEND_METHOD(EventBufferEvent, free);
ZEND_METHOD(EventBufferEvent, close);
ZEND_METHOD(EventBufferEvent, connect);
ZEND_METHOD(EventBufferEvent, connectHost);
ZEND_METHOD(EventBufferEvent, getDnsErrorString);
ZEND_METHOD(EventBufferEvent, setCallbacks);
ZEND_METHOD(EventBufferEvent, enable);
ZEND_METHOD(EventBufferEvent, disable);
ZEND_METHOD(EventBufferEvent, getEnabled);
ZEND_METHOD(EventBufferEvent, getInput);
ZEND_METHOD(EventBufferEvent, getOutput);
ZEND_METHOD(EventBufferEvent, setWatermark);
ZEND_METHOD(EventBufferEvent, write);
ZEND_METHOD(EventBufferEvent, writeBuffer);
ZEND_METHOD(EventBufferEvent, read);
ZEND_METHOD(EventBufferEvent, readBuffer);
ZEND_METHOD(EventBufferEvent, createPair);
ZEND_METHOD(EventBufferEvent, setPriority);
ZEND_METHOD(EventBufferEvent, setTimeouts);
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, createSslFilter);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslSocket);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslError);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslRenegotiate);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslGetCipherInfo);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslGetCipherName);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslGetCipherVersion);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventBufferEvent, sslGetProtocol);
#endif
ZEND_METHOD(EventBuffer, __construct);
ZEND_METHOD(EventBuffer, freeze);
ZEND_METHOD(EventBuffer, unfreeze);
ZEND_METHOD(EventBuffer, lock);
ZEND_METHOD(EventBuffer, unlock);
ZEND_METHOD(EventBuffer, enableLocking);
ZEND_METHOD(EventBuffer, add);
ZEND_METHOD(EventBuffer, read);
ZEND_METHOD(EventBuffer, addBuffer);
ZEND_METHOD(EventBuffer, appendFrom);
ZEND_METHOD(EventBuffer, expand);
ZEND_METHOD(EventBuffer, prepend);
ZEND_METHOD(EventBuffer, prependBuffer);
ZEND_METHOD(EventBuffer, drain);
ZEND_METHOD(EventBuffer, copyout);
ZEND_METHOD(EventBuffer, readLine);
ZEND_METHOD(EventBuffer, search);
ZEND_METHOD(EventBuffer, searchEol);
ZEND_METHOD(EventBuffer, pullup);
ZEND_METHOD(EventBuffer, write);
ZEND_METHOD(EventBuffer, readFrom);
ZEND_METHOD(EventBuffer, substr);
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, __construct);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, parseResolvConf);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, addNameserverIp);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, loadHosts);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, clearSearch);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, addSearch);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, setSearchNdots);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, setOption);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventDnsBase, countNameservers);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, __construct);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, __sleep);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, __wakeup);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, free);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, enable);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, disable);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, setCallback);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, setErrorCallback);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, getBase);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventListener, getSocketName);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, __construct);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, __sleep);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, __wakeup);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, getBase);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, getPeer);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setLocalAddress);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setLocalPort);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setTimeout);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setMaxHeadersSize);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setMaxBodySize);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setRetries);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, makeRequest);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, setCloseCallback);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpConnection, hasPendingRequests);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, __construct);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, __sleep);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, __wakeup);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, accept);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, bind);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setCallback);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setDefaultCallback);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setAllowedMethods);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setMaxBodySize);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setMaxHeadersSize);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setTimeout);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, addServerAlias);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, removeServerAlias);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, setMaxConnections);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, getConnectionCount);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttp, shutdown);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, __construct);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, __sleep);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, __wakeup);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, free);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getCommand);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getHost);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getUri);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getResponseCode);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getInputHeaders);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getOutputHeaders);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getInputBuffer);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getOutputBuffer);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getBufferEvent);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getConnection);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, closeConnection);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendError);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReply);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReplyChunk);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReplyEnd);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, sendReplyStart);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, cancel);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, addHeader);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, clearHeaders);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, removeHeader);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, findHeader);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getConnectionStatus);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, isAborted);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, getPendingOutput);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)
ZEND_METHOD(EventHttpRequest, setDrainCallback);
#endif
ZEND_METHOD(EventUtil, __construct);
ZEND_METHOD(EventUtil, getLastSocketErrno);
ZEND_METHOD(EventUtil, getLastSocketError);
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventUtil, sslRandPoll);
#endif
ZEND_METHOD(EventUtil, getSocketName);
ZEND_METHOD(EventUtil, getSocketFd);
ZEND_METHOD(EventUtil, setSocketOption);
ZEND_METHOD(EventUtil, createSocket);
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventSslContext, __construct);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventSslContext, setMinProtoVersion);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
ZEND_METHOD(EventSslContext, setMaxProtoVersion);
#endif


static const zend_function_entry class_Event_methods[] = {
	ZEND_ME(Event, __construct, arginfo_class_Event___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, free, arginfo_class_Event_free, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, set, arginfo_class_Event_set, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, getSupportedMethods, arginfo_class_Event_getSupportedMethods, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event, add, arginfo_class_Event_add, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, del, arginfo_class_Event_del, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, setPriority, arginfo_class_Event_setPriority, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, pending, arginfo_class_Event_pending, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, removeTimer, arginfo_class_Event_removeTimer, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, timer, arginfo_class_Event_timer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event, setTimer, arginfo_class_Event_setTimer, ZEND_ACC_PUBLIC)
	ZEND_ME(Event, signal, arginfo_class_Event_signal, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(Event, addTimer, add, arginfo_class_Event_addTimer, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Event, delTimer, del, arginfo_class_Event_delTimer, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Event, addSignal, add, arginfo_class_Event_addSignal, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Event, delSignal, del, arginfo_class_Event_delSignal, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_EventBase_methods[] = {
	ZEND_ME(EventBase, __construct, arginfo_class_EventBase___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, __sleep, arginfo_class_EventBase___sleep, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventBase, __wakeup, arginfo_class_EventBase___wakeup, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventBase, getMethod, arginfo_class_EventBase_getMethod, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, getFeatures, arginfo_class_EventBase_getFeatures, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, priorityInit, arginfo_class_EventBase_priorityInit, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, loop, arginfo_class_EventBase_loop, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, dispatch, arginfo_class_EventBase_dispatch, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, exit, arginfo_class_EventBase_exit, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, set, arginfo_class_EventBase_set, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, stop, arginfo_class_EventBase_stop, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, gotStop, arginfo_class_EventBase_gotStop, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, gotExit, arginfo_class_EventBase_gotExit, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, getTimeOfDayCached, arginfo_class_EventBase_getTimeOfDayCached, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, reInit, arginfo_class_EventBase_reInit, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, free, arginfo_class_EventBase_free, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, updateCacheTime, arginfo_class_EventBase_updateCacheTime, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBase, resume, arginfo_class_EventBase_resume, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_EventConfig_methods[] = {
	ZEND_ME(EventConfig, __construct, arginfo_class_EventConfig___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventConfig, __sleep, arginfo_class_EventConfig___sleep, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventConfig, __wakeup, arginfo_class_EventConfig___wakeup, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventConfig, avoidMethod, arginfo_class_EventConfig_avoidMethod, ZEND_ACC_PUBLIC)
	ZEND_ME(EventConfig, requireFeatures, arginfo_class_EventConfig_requireFeatures, ZEND_ACC_PUBLIC)
	ZEND_ME(EventConfig, setMaxDispatchInterval, arginfo_class_EventConfig_setMaxDispatchInterval, ZEND_ACC_PUBLIC)
	ZEND_ME(EventConfig, setFlags, arginfo_class_EventConfig_setFlags, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_EventBufferEvent_methods[] = {
	ZEND_ME(EventBufferEvent, __construct, arginfo_class_EventBufferEvent___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, free, arginfo_class_EventBufferEvent_free, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, close, arginfo_class_EventBufferEvent_close, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, connect, arginfo_class_EventBufferEvent_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, connectHost, arginfo_class_EventBufferEvent_connectHost, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, getDnsErrorString, arginfo_class_EventBufferEvent_getDnsErrorString, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, setCallbacks, arginfo_class_EventBufferEvent_setCallbacks, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, enable, arginfo_class_EventBufferEvent_enable, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, disable, arginfo_class_EventBufferEvent_disable, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, getEnabled, arginfo_class_EventBufferEvent_getEnabled, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, getInput, arginfo_class_EventBufferEvent_getInput, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, getOutput, arginfo_class_EventBufferEvent_getOutput, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, setWatermark, arginfo_class_EventBufferEvent_setWatermark, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, write, arginfo_class_EventBufferEvent_write, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, writeBuffer, arginfo_class_EventBufferEvent_writeBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, read, arginfo_class_EventBufferEvent_read, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, readBuffer, arginfo_class_EventBufferEvent_readBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, createPair, arginfo_class_EventBufferEvent_createPair, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EventBufferEvent, setPriority, arginfo_class_EventBufferEvent_setPriority, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBufferEvent, setTimeouts, arginfo_class_EventBufferEvent_setTimeouts, ZEND_ACC_PUBLIC)
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, createSslFilter, arginfo_class_EventBufferEvent_createSslFilter, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslSocket, arginfo_class_EventBufferEvent_sslSocket, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslError, arginfo_class_EventBufferEvent_sslError, ZEND_ACC_PUBLIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslRenegotiate, arginfo_class_EventBufferEvent_sslRenegotiate, ZEND_ACC_PUBLIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslGetCipherInfo, arginfo_class_EventBufferEvent_sslGetCipherInfo, ZEND_ACC_PUBLIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslGetCipherName, arginfo_class_EventBufferEvent_sslGetCipherName, ZEND_ACC_PUBLIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslGetCipherVersion, arginfo_class_EventBufferEvent_sslGetCipherVersion, ZEND_ACC_PUBLIC)
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventBufferEvent, sslGetProtocol, arginfo_class_EventBufferEvent_sslGetProtocol, ZEND_ACC_PUBLIC)
#endif
	ZEND_FE_END
};


static const zend_function_entry class_EventBuffer_methods[] = {
	ZEND_ME(EventBuffer, __construct, arginfo_class_EventBuffer___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, freeze, arginfo_class_EventBuffer_freeze, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, unfreeze, arginfo_class_EventBuffer_unfreeze, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, lock, arginfo_class_EventBuffer_lock, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, unlock, arginfo_class_EventBuffer_unlock, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, enableLocking, arginfo_class_EventBuffer_enableLocking, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, add, arginfo_class_EventBuffer_add, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, read, arginfo_class_EventBuffer_read, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, addBuffer, arginfo_class_EventBuffer_addBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, appendFrom, arginfo_class_EventBuffer_appendFrom, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, expand, arginfo_class_EventBuffer_expand, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, prepend, arginfo_class_EventBuffer_prepend, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, prependBuffer, arginfo_class_EventBuffer_prependBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, drain, arginfo_class_EventBuffer_drain, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, copyout, arginfo_class_EventBuffer_copyout, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, readLine, arginfo_class_EventBuffer_readLine, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, search, arginfo_class_EventBuffer_search, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, searchEol, arginfo_class_EventBuffer_searchEol, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, pullup, arginfo_class_EventBuffer_pullup, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, write, arginfo_class_EventBuffer_write, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, readFrom, arginfo_class_EventBuffer_readFrom, ZEND_ACC_PUBLIC)
	ZEND_ME(EventBuffer, substr, arginfo_class_EventBuffer_substr, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


#if defined(HAVE_EVENT_EXTRA_LIB)
static const zend_function_entry class_EventDnsBase_methods[] = {
	ZEND_ME(EventDnsBase, __construct, arginfo_class_EventDnsBase___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, parseResolvConf, arginfo_class_EventDnsBase_parseResolvConf, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, addNameserverIp, arginfo_class_EventDnsBase_addNameserverIp, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, loadHosts, arginfo_class_EventDnsBase_loadHosts, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, clearSearch, arginfo_class_EventDnsBase_clearSearch, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, addSearch, arginfo_class_EventDnsBase_addSearch, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, setSearchNdots, arginfo_class_EventDnsBase_setSearchNdots, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, setOption, arginfo_class_EventDnsBase_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(EventDnsBase, countNameservers, arginfo_class_EventDnsBase_countNameservers, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};
#endif


#if defined(HAVE_EVENT_EXTRA_LIB)
static const zend_function_entry class_EventListener_methods[] = {
	ZEND_ME(EventListener, __construct, arginfo_class_EventListener___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, __sleep, arginfo_class_EventListener___sleep, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventListener, __wakeup, arginfo_class_EventListener___wakeup, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventListener, free, arginfo_class_EventListener_free, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, enable, arginfo_class_EventListener_enable, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, disable, arginfo_class_EventListener_disable, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, setCallback, arginfo_class_EventListener_setCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, setErrorCallback, arginfo_class_EventListener_setErrorCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, getBase, arginfo_class_EventListener_getBase, ZEND_ACC_PUBLIC)
	ZEND_ME(EventListener, getSocketName, arginfo_class_EventListener_getSocketName, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};
#endif


#if defined(HAVE_EVENT_EXTRA_LIB)
static const zend_function_entry class_EventHttpConnection_methods[] = {
	ZEND_ME(EventHttpConnection, __construct, arginfo_class_EventHttpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, __sleep, arginfo_class_EventHttpConnection___sleep, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventHttpConnection, __wakeup, arginfo_class_EventHttpConnection___wakeup, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventHttpConnection, getBase, arginfo_class_EventHttpConnection_getBase, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, getPeer, arginfo_class_EventHttpConnection_getPeer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setLocalAddress, arginfo_class_EventHttpConnection_setLocalAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setLocalPort, arginfo_class_EventHttpConnection_setLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setTimeout, arginfo_class_EventHttpConnection_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setMaxHeadersSize, arginfo_class_EventHttpConnection_setMaxHeadersSize, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setMaxBodySize, arginfo_class_EventHttpConnection_setMaxBodySize, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setRetries, arginfo_class_EventHttpConnection_setRetries, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, makeRequest, arginfo_class_EventHttpConnection_makeRequest, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, setCloseCallback, arginfo_class_EventHttpConnection_setCloseCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpConnection, hasPendingRequests, arginfo_class_EventHttpConnection_hasPendingRequests, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};
#endif


#if defined(HAVE_EVENT_EXTRA_LIB)
static const zend_function_entry class_EventHttp_methods[] = {
	ZEND_ME(EventHttp, __construct, arginfo_class_EventHttp___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, __sleep, arginfo_class_EventHttp___sleep, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventHttp, __wakeup, arginfo_class_EventHttp___wakeup, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventHttp, accept, arginfo_class_EventHttp_accept, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, bind, arginfo_class_EventHttp_bind, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setCallback, arginfo_class_EventHttp_setCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setDefaultCallback, arginfo_class_EventHttp_setDefaultCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setAllowedMethods, arginfo_class_EventHttp_setAllowedMethods, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setMaxBodySize, arginfo_class_EventHttp_setMaxBodySize, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setMaxHeadersSize, arginfo_class_EventHttp_setMaxHeadersSize, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setTimeout, arginfo_class_EventHttp_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, addServerAlias, arginfo_class_EventHttp_addServerAlias, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, removeServerAlias, arginfo_class_EventHttp_removeServerAlias, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, setMaxConnections, arginfo_class_EventHttp_setMaxConnections, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, getConnectionCount, arginfo_class_EventHttp_getConnectionCount, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttp, shutdown, arginfo_class_EventHttp_shutdown, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};
#endif


#if defined(HAVE_EVENT_EXTRA_LIB)
static const zend_function_entry class_EventHttpRequest_methods[] = {
	ZEND_ME(EventHttpRequest, __construct, arginfo_class_EventHttpRequest___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, __sleep, arginfo_class_EventHttpRequest___sleep, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventHttpRequest, __wakeup, arginfo_class_EventHttpRequest___wakeup, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(EventHttpRequest, free, arginfo_class_EventHttpRequest_free, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getCommand, arginfo_class_EventHttpRequest_getCommand, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getHost, arginfo_class_EventHttpRequest_getHost, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getUri, arginfo_class_EventHttpRequest_getUri, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getResponseCode, arginfo_class_EventHttpRequest_getResponseCode, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getInputHeaders, arginfo_class_EventHttpRequest_getInputHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getOutputHeaders, arginfo_class_EventHttpRequest_getOutputHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getInputBuffer, arginfo_class_EventHttpRequest_getInputBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getOutputBuffer, arginfo_class_EventHttpRequest_getOutputBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getBufferEvent, arginfo_class_EventHttpRequest_getBufferEvent, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getConnection, arginfo_class_EventHttpRequest_getConnection, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, closeConnection, arginfo_class_EventHttpRequest_closeConnection, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, sendError, arginfo_class_EventHttpRequest_sendError, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, sendReply, arginfo_class_EventHttpRequest_sendReply, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, sendReplyChunk, arginfo_class_EventHttpRequest_sendReplyChunk, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, sendReplyEnd, arginfo_class_EventHttpRequest_sendReplyEnd, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, sendReplyStart, arginfo_class_EventHttpRequest_sendReplyStart, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, cancel, arginfo_class_EventHttpRequest_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, addHeader, arginfo_class_EventHttpRequest_addHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, clearHeaders, arginfo_class_EventHttpRequest_clearHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, removeHeader, arginfo_class_EventHttpRequest_removeHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, findHeader, arginfo_class_EventHttpRequest_findHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getConnectionStatus, arginfo_class_EventHttpRequest_getConnectionStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, isAborted, arginfo_class_EventHttpRequest_isAborted, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, getPendingOutput, arginfo_class_EventHttpRequest_getPendingOutput, ZEND_ACC_PUBLIC)
	ZEND_ME(EventHttpRequest, setDrainCallback, arginfo_class_EventHttpRequest_setDrainCallback, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};
#endif


static const zend_function_entry class_EventUtil_methods[] = {
	ZEND_ME(EventUtil, __construct, arginfo_class_EventUtil___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(EventUtil, getLastSocketErrno, arginfo_class_EventUtil_getLastSocketErrno, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EventUtil, getLastSocketError, arginfo_class_EventUtil_getLastSocketError, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#if defined(HAVE_EVENT_OPENSSL_LIB)
	ZEND_ME(EventUtil, sslRandPoll, arginfo_class_EventUtil_sslRandPoll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
#endif
	ZEND_ME(EventUtil, getSocketName, arginfo_class_EventUtil_getSocketName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EventUtil, getSocketFd, arginfo_class_EventUtil_getSocketFd, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EventUtil, setSocketOption, arginfo_class_EventUtil_setSocketOption, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EventUtil, createSocket, arginfo_class_EventUtil_createSocket, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


#if defined(HAVE_EVENT_OPENSSL_LIB)
static const zend_function_entry class_EventSslContext_methods[] = {
	ZEND_ME(EventSslContext, __construct, arginfo_class_EventSslContext___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(EventSslContext, setMinProtoVersion, arginfo_class_EventSslContext_setMinProtoVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(EventSslContext, setMaxProtoVersion, arginfo_class_EventSslContext_setMaxProtoVersion, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};
#endif


static const zend_function_entry class_EventException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Event(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Event", class_Event_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_ET_value;
	ZVAL_LONG(&const_ET_value, EV_ET);
	zend_string *const_ET_name = zend_string_init_interned("ET", sizeof("ET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ET_name, &const_ET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ET_name);

	zval const_PERSIST_value;
	ZVAL_LONG(&const_PERSIST_value, EV_PERSIST);
	zend_string *const_PERSIST_name = zend_string_init_interned("PERSIST", sizeof("PERSIST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PERSIST_name, &const_PERSIST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PERSIST_name);

	zval const_READ_value;
	ZVAL_LONG(&const_READ_value, EV_READ);
	zend_string *const_READ_name = zend_string_init_interned("READ", sizeof("READ") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_READ_name, &const_READ_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_READ_name);

	zval const_WRITE_value;
	ZVAL_LONG(&const_WRITE_value, EV_WRITE);
	zend_string *const_WRITE_name = zend_string_init_interned("WRITE", sizeof("WRITE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_WRITE_name, &const_WRITE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_WRITE_name);

	zval const_SIGNAL_value;
	ZVAL_LONG(&const_SIGNAL_value, EV_SIGNAL);
	zend_string *const_SIGNAL_name = zend_string_init_interned("SIGNAL", sizeof("SIGNAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGNAL_name, &const_SIGNAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGNAL_name);

	zval const_TIMEOUT_value;
	ZVAL_LONG(&const_TIMEOUT_value, EV_TIMEOUT);
	zend_string *const_TIMEOUT_name = zend_string_init_interned("TIMEOUT", sizeof("TIMEOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMEOUT_name, &const_TIMEOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMEOUT_name);

	zval property_pending_default_value;
	ZVAL_NULL(&property_pending_default_value);
	zend_string *property_pending_name = zend_string_init("pending", sizeof("pending") - 1, 1);
	zend_declare_property_ex(class_entry, property_pending_name, &property_pending_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_pending_name);

	zval property_data_default_value;
	ZVAL_NULL(&property_data_default_value);
	zend_string *property_data_name = zend_string_init("data", sizeof("data") - 1, 1);
	zend_declare_property_ex(class_entry, property_data_name, &property_data_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_data_name);

	return class_entry;
}

static zend_class_entry *register_class_EventBase(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventBase", class_EventBase_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_LOOP_ONCE_value;
	ZVAL_LONG(&const_LOOP_ONCE_value, EVLOOP_ONCE);
	zend_string *const_LOOP_ONCE_name = zend_string_init_interned("LOOP_ONCE", sizeof("LOOP_ONCE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LOOP_ONCE_name, &const_LOOP_ONCE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LOOP_ONCE_name);

	zval const_LOOP_NONBLOCK_value;
	ZVAL_LONG(&const_LOOP_NONBLOCK_value, EVLOOP_NONBLOCK);
	zend_string *const_LOOP_NONBLOCK_name = zend_string_init_interned("LOOP_NONBLOCK", sizeof("LOOP_NONBLOCK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LOOP_NONBLOCK_name, &const_LOOP_NONBLOCK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LOOP_NONBLOCK_name);

	zval const_NOLOCK_value;
	ZVAL_LONG(&const_NOLOCK_value, EVENT_BASE_FLAG_NOLOCK);
	zend_string *const_NOLOCK_name = zend_string_init_interned("NOLOCK", sizeof("NOLOCK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOLOCK_name, &const_NOLOCK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOLOCK_name);

	zval const_STARTUP_IOCP_value;
	ZVAL_LONG(&const_STARTUP_IOCP_value, EVENT_BASE_FLAG_STARTUP_IOCP);
	zend_string *const_STARTUP_IOCP_name = zend_string_init_interned("STARTUP_IOCP", sizeof("STARTUP_IOCP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STARTUP_IOCP_name, &const_STARTUP_IOCP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STARTUP_IOCP_name);

	zval const_NO_CACHE_TIME_value;
	ZVAL_LONG(&const_NO_CACHE_TIME_value, EVENT_BASE_FLAG_NO_CACHE_TIME);
	zend_string *const_NO_CACHE_TIME_name = zend_string_init_interned("NO_CACHE_TIME", sizeof("NO_CACHE_TIME") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NO_CACHE_TIME_name, &const_NO_CACHE_TIME_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NO_CACHE_TIME_name);

	zval const_EPOLL_USE_CHANGELIST_value;
	ZVAL_LONG(&const_EPOLL_USE_CHANGELIST_value, EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST);
	zend_string *const_EPOLL_USE_CHANGELIST_name = zend_string_init_interned("EPOLL_USE_CHANGELIST", sizeof("EPOLL_USE_CHANGELIST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EPOLL_USE_CHANGELIST_name, &const_EPOLL_USE_CHANGELIST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EPOLL_USE_CHANGELIST_name);

	zval const_IGNORE_ENV_value;
	ZVAL_LONG(&const_IGNORE_ENV_value, EVENT_BASE_FLAG_IGNORE_ENV);
	zend_string *const_IGNORE_ENV_name = zend_string_init_interned("IGNORE_ENV", sizeof("IGNORE_ENV") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IGNORE_ENV_name, &const_IGNORE_ENV_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IGNORE_ENV_name);

	zval const_PRECISE_TIMER_value;
	ZVAL_LONG(&const_PRECISE_TIMER_value, EVENT_BASE_FLAG_PRECISE_TIMER);
	zend_string *const_PRECISE_TIMER_name = zend_string_init_interned("PRECISE_TIMER", sizeof("PRECISE_TIMER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRECISE_TIMER_name, &const_PRECISE_TIMER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRECISE_TIMER_name);

	return class_entry;
}

static zend_class_entry *register_class_EventConfig(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventConfig", class_EventConfig_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_FEATURE_ET_value;
	ZVAL_LONG(&const_FEATURE_ET_value, EV_FEATURE_ET);
	zend_string *const_FEATURE_ET_name = zend_string_init_interned("FEATURE_ET", sizeof("FEATURE_ET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FEATURE_ET_name, &const_FEATURE_ET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FEATURE_ET_name);

	zval const_FEATURE_O1_value;
	ZVAL_LONG(&const_FEATURE_O1_value, EV_FEATURE_O1);
	zend_string *const_FEATURE_O1_name = zend_string_init_interned("FEATURE_O1", sizeof("FEATURE_O1") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FEATURE_O1_name, &const_FEATURE_O1_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FEATURE_O1_name);

	zval const_FEATURE_FDS_value;
	ZVAL_LONG(&const_FEATURE_FDS_value, EV_FEATURE_FDS);
	zend_string *const_FEATURE_FDS_name = zend_string_init_interned("FEATURE_FDS", sizeof("FEATURE_FDS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FEATURE_FDS_name, &const_FEATURE_FDS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FEATURE_FDS_name);

	return class_entry;
}

static zend_class_entry *register_class_EventBufferEvent(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventBufferEvent", class_EventBufferEvent_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_READING_value;
	ZVAL_LONG(&const_READING_value, BEV_EVENT_READING);
	zend_string *const_READING_name = zend_string_init_interned("READING", sizeof("READING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_READING_name, &const_READING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_READING_name);

	zval const_WRITING_value;
	ZVAL_LONG(&const_WRITING_value, BEV_EVENT_WRITING);
	zend_string *const_WRITING_name = zend_string_init_interned("WRITING", sizeof("WRITING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_WRITING_name, &const_WRITING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_WRITING_name);

	zval const_EOF_value;
	ZVAL_LONG(&const_EOF_value, BEV_EVENT_EOF);
	zend_string *const_EOF_name = zend_string_init_interned("EOF", sizeof("EOF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EOF_name, &const_EOF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EOF_name);

	zval const_ERROR_value;
	ZVAL_LONG(&const_ERROR_value, BEV_EVENT_ERROR);
	zend_string *const_ERROR_name = zend_string_init_interned("ERROR", sizeof("ERROR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ERROR_name, &const_ERROR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ERROR_name);

	zval const_TIMEOUT_value;
	ZVAL_LONG(&const_TIMEOUT_value, BEV_EVENT_TIMEOUT);
	zend_string *const_TIMEOUT_name = zend_string_init_interned("TIMEOUT", sizeof("TIMEOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMEOUT_name, &const_TIMEOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMEOUT_name);

	zval const_CONNECTED_value;
	ZVAL_LONG(&const_CONNECTED_value, BEV_EVENT_CONNECTED);
	zend_string *const_CONNECTED_name = zend_string_init_interned("CONNECTED", sizeof("CONNECTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONNECTED_name, &const_CONNECTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONNECTED_name);

	zval const_OPT_CLOSE_ON_FREE_value;
	ZVAL_LONG(&const_OPT_CLOSE_ON_FREE_value, BEV_OPT_CLOSE_ON_FREE);
	zend_string *const_OPT_CLOSE_ON_FREE_name = zend_string_init_interned("OPT_CLOSE_ON_FREE", sizeof("OPT_CLOSE_ON_FREE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CLOSE_ON_FREE_name, &const_OPT_CLOSE_ON_FREE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CLOSE_ON_FREE_name);

	zval const_OPT_THREADSAFE_value;
	ZVAL_LONG(&const_OPT_THREADSAFE_value, BEV_OPT_THREADSAFE);
	zend_string *const_OPT_THREADSAFE_name = zend_string_init_interned("OPT_THREADSAFE", sizeof("OPT_THREADSAFE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_THREADSAFE_name, &const_OPT_THREADSAFE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_THREADSAFE_name);

	zval const_OPT_DEFER_CALLBACKS_value;
	ZVAL_LONG(&const_OPT_DEFER_CALLBACKS_value, BEV_OPT_DEFER_CALLBACKS);
	zend_string *const_OPT_DEFER_CALLBACKS_name = zend_string_init_interned("OPT_DEFER_CALLBACKS", sizeof("OPT_DEFER_CALLBACKS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_DEFER_CALLBACKS_name, &const_OPT_DEFER_CALLBACKS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_DEFER_CALLBACKS_name);

	zval const_OPT_UNLOCK_CALLBACKS_value;
	ZVAL_LONG(&const_OPT_UNLOCK_CALLBACKS_value, BEV_OPT_UNLOCK_CALLBACKS);
	zend_string *const_OPT_UNLOCK_CALLBACKS_name = zend_string_init_interned("OPT_UNLOCK_CALLBACKS", sizeof("OPT_UNLOCK_CALLBACKS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_UNLOCK_CALLBACKS_name, &const_OPT_UNLOCK_CALLBACKS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_UNLOCK_CALLBACKS_name);
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_SSL_OPEN_value;
	ZVAL_LONG(&const_SSL_OPEN_value, BUFFEREVENT_SSL_OPEN);
	zend_string *const_SSL_OPEN_name = zend_string_init_interned("SSL_OPEN", sizeof("SSL_OPEN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SSL_OPEN_name, &const_SSL_OPEN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SSL_OPEN_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_SSL_CONNECTING_value;
	ZVAL_LONG(&const_SSL_CONNECTING_value, BUFFEREVENT_SSL_CONNECTING);
	zend_string *const_SSL_CONNECTING_name = zend_string_init_interned("SSL_CONNECTING", sizeof("SSL_CONNECTING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SSL_CONNECTING_name, &const_SSL_CONNECTING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SSL_CONNECTING_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_SSL_ACCEPTING_value;
	ZVAL_LONG(&const_SSL_ACCEPTING_value, BUFFEREVENT_SSL_ACCEPTING);
	zend_string *const_SSL_ACCEPTING_name = zend_string_init_interned("SSL_ACCEPTING", sizeof("SSL_ACCEPTING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SSL_ACCEPTING_name, &const_SSL_ACCEPTING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SSL_ACCEPTING_name);
#endif

	zval property_priority_default_value;
	ZVAL_NULL(&property_priority_default_value);
	zend_string *property_priority_name = zend_string_init("priority", sizeof("priority") - 1, 1);
	zend_declare_property_ex(class_entry, property_priority_name, &property_priority_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_priority_name);

	zval property_fd_default_value;
	ZVAL_NULL(&property_fd_default_value);
	zend_string *property_fd_name = zend_string_init("fd", sizeof("fd") - 1, 1);
	zend_declare_property_ex(class_entry, property_fd_name, &property_fd_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_fd_name);

	zval property_input_default_value;
	ZVAL_NULL(&property_input_default_value);
	zend_string *property_input_name = zend_string_init("input", sizeof("input") - 1, 1);
	zend_declare_property_ex(class_entry, property_input_name, &property_input_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_input_name);

	zval property_output_default_value;
	ZVAL_NULL(&property_output_default_value);
	zend_string *property_output_name = zend_string_init("output", sizeof("output") - 1, 1);
	zend_declare_property_ex(class_entry, property_output_name, &property_output_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_output_name);

	zval property_allow_ssl_dirty_shutdown_default_value;
	ZVAL_NULL(&property_allow_ssl_dirty_shutdown_default_value);
	zend_string *property_allow_ssl_dirty_shutdown_name = zend_string_init("allow_ssl_dirty_shutdown", sizeof("allow_ssl_dirty_shutdown") - 1, 1);
	zend_declare_property_ex(class_entry, property_allow_ssl_dirty_shutdown_name, &property_allow_ssl_dirty_shutdown_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_allow_ssl_dirty_shutdown_name);

	return class_entry;
}

static zend_class_entry *register_class_EventBuffer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventBuffer", class_EventBuffer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_EOL_ANY_value;
	ZVAL_LONG(&const_EOL_ANY_value, EVBUFFER_EOL_ANY);
	zend_string *const_EOL_ANY_name = zend_string_init_interned("EOL_ANY", sizeof("EOL_ANY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EOL_ANY_name, &const_EOL_ANY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EOL_ANY_name);

	zval const_EOL_CRLF_value;
	ZVAL_LONG(&const_EOL_CRLF_value, EVBUFFER_EOL_CRLF);
	zend_string *const_EOL_CRLF_name = zend_string_init_interned("EOL_CRLF", sizeof("EOL_CRLF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EOL_CRLF_name, &const_EOL_CRLF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EOL_CRLF_name);

	zval const_EOL_CRLF_STRICT_value;
	ZVAL_LONG(&const_EOL_CRLF_STRICT_value, EVBUFFER_EOL_CRLF_STRICT);
	zend_string *const_EOL_CRLF_STRICT_name = zend_string_init_interned("EOL_CRLF_STRICT", sizeof("EOL_CRLF_STRICT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EOL_CRLF_STRICT_name, &const_EOL_CRLF_STRICT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EOL_CRLF_STRICT_name);

	zval const_EOL_LF_value;
	ZVAL_LONG(&const_EOL_LF_value, EVBUFFER_EOL_LF);
	zend_string *const_EOL_LF_name = zend_string_init_interned("EOL_LF", sizeof("EOL_LF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EOL_LF_name, &const_EOL_LF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EOL_LF_name);

	zval const_EOL_NUL_value;
	ZVAL_LONG(&const_EOL_NUL_value, EVBUFFER_EOL_NUL);
	zend_string *const_EOL_NUL_name = zend_string_init_interned("EOL_NUL", sizeof("EOL_NUL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EOL_NUL_name, &const_EOL_NUL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EOL_NUL_name);

	zval const_PTR_SET_value;
	ZVAL_LONG(&const_PTR_SET_value, EVBUFFER_PTR_SET);
	zend_string *const_PTR_SET_name = zend_string_init_interned("PTR_SET", sizeof("PTR_SET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PTR_SET_name, &const_PTR_SET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PTR_SET_name);

	zval const_PTR_ADD_value;
	ZVAL_LONG(&const_PTR_ADD_value, EVBUFFER_PTR_ADD);
	zend_string *const_PTR_ADD_name = zend_string_init_interned("PTR_ADD", sizeof("PTR_ADD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PTR_ADD_name, &const_PTR_ADD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PTR_ADD_name);

	zval property_length_default_value;
	ZVAL_NULL(&property_length_default_value);
	zend_string *property_length_name = zend_string_init("length", sizeof("length") - 1, 1);
	zend_declare_property_ex(class_entry, property_length_name, &property_length_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_length_name);

	zval property_contiguous_space_default_value;
	ZVAL_NULL(&property_contiguous_space_default_value);
	zend_string *property_contiguous_space_name = zend_string_init("contiguous_space", sizeof("contiguous_space") - 1, 1);
	zend_declare_property_ex(class_entry, property_contiguous_space_name, &property_contiguous_space_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_contiguous_space_name);

	return class_entry;
}

#if defined(HAVE_EVENT_EXTRA_LIB)
static zend_class_entry *register_class_EventDnsBase(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventDnsBase", class_EventDnsBase_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPTION_SEARCH_value;
	ZVAL_LONG(&const_OPTION_SEARCH_value, DNS_OPTION_SEARCH);
	zend_string *const_OPTION_SEARCH_name = zend_string_init_interned("OPTION_SEARCH", sizeof("OPTION_SEARCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_SEARCH_name, &const_OPTION_SEARCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_SEARCH_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPTION_NAMESERVERS_value;
	ZVAL_LONG(&const_OPTION_NAMESERVERS_value, DNS_OPTION_NAMESERVERS);
	zend_string *const_OPTION_NAMESERVERS_name = zend_string_init_interned("OPTION_NAMESERVERS", sizeof("OPTION_NAMESERVERS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_NAMESERVERS_name, &const_OPTION_NAMESERVERS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_NAMESERVERS_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPTION_MISC_value;
	ZVAL_LONG(&const_OPTION_MISC_value, DNS_OPTION_MISC);
	zend_string *const_OPTION_MISC_name = zend_string_init_interned("OPTION_MISC", sizeof("OPTION_MISC") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_MISC_name, &const_OPTION_MISC_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_MISC_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPTION_HOSTSFILE_value;
	ZVAL_LONG(&const_OPTION_HOSTSFILE_value, DNS_OPTION_HOSTSFILE);
	zend_string *const_OPTION_HOSTSFILE_name = zend_string_init_interned("OPTION_HOSTSFILE", sizeof("OPTION_HOSTSFILE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_HOSTSFILE_name, &const_OPTION_HOSTSFILE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_HOSTSFILE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPTIONS_ALL_value;
	ZVAL_LONG(&const_OPTIONS_ALL_value, DNS_OPTIONS_ALL);
	zend_string *const_OPTIONS_ALL_name = zend_string_init_interned("OPTIONS_ALL", sizeof("OPTIONS_ALL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTIONS_ALL_name, &const_OPTIONS_ALL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTIONS_ALL_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_DISABLE_WHEN_INACTIVE_value;
	ZVAL_LONG(&const_DISABLE_WHEN_INACTIVE_value, EVDNS_BASE_DISABLE_WHEN_INACTIVE);
	zend_string *const_DISABLE_WHEN_INACTIVE_name = zend_string_init_interned("DISABLE_WHEN_INACTIVE", sizeof("DISABLE_WHEN_INACTIVE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DISABLE_WHEN_INACTIVE_name, &const_DISABLE_WHEN_INACTIVE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DISABLE_WHEN_INACTIVE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_INITIALIZE_NAMESERVERS_value;
	ZVAL_LONG(&const_INITIALIZE_NAMESERVERS_value, EVDNS_BASE_INITIALIZE_NAMESERVERS);
	zend_string *const_INITIALIZE_NAMESERVERS_name = zend_string_init_interned("INITIALIZE_NAMESERVERS", sizeof("INITIALIZE_NAMESERVERS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_INITIALIZE_NAMESERVERS_name, &const_INITIALIZE_NAMESERVERS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_INITIALIZE_NAMESERVERS_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_NAMESERVERS_NO_DEFAULT_value;
	ZVAL_LONG(&const_NAMESERVERS_NO_DEFAULT_value, EVDNS_BASE_NAMESERVERS_NO_DEFAULT);
	zend_string *const_NAMESERVERS_NO_DEFAULT_name = zend_string_init_interned("NAMESERVERS_NO_DEFAULT", sizeof("NAMESERVERS_NO_DEFAULT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NAMESERVERS_NO_DEFAULT_name, &const_NAMESERVERS_NO_DEFAULT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NAMESERVERS_NO_DEFAULT_name);
#endif

	return class_entry;
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
static zend_class_entry *register_class_EventListener(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventListener", class_EventListener_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_LEAVE_SOCKETS_BLOCKING_value;
	ZVAL_LONG(&const_OPT_LEAVE_SOCKETS_BLOCKING_value, LEV_OPT_LEAVE_SOCKETS_BLOCKING);
	zend_string *const_OPT_LEAVE_SOCKETS_BLOCKING_name = zend_string_init_interned("OPT_LEAVE_SOCKETS_BLOCKING", sizeof("OPT_LEAVE_SOCKETS_BLOCKING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_LEAVE_SOCKETS_BLOCKING_name, &const_OPT_LEAVE_SOCKETS_BLOCKING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_LEAVE_SOCKETS_BLOCKING_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_CLOSE_ON_FREE_value;
	ZVAL_LONG(&const_OPT_CLOSE_ON_FREE_value, LEV_OPT_CLOSE_ON_FREE);
	zend_string *const_OPT_CLOSE_ON_FREE_name = zend_string_init_interned("OPT_CLOSE_ON_FREE", sizeof("OPT_CLOSE_ON_FREE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CLOSE_ON_FREE_name, &const_OPT_CLOSE_ON_FREE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CLOSE_ON_FREE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_CLOSE_ON_EXEC_value;
	ZVAL_LONG(&const_OPT_CLOSE_ON_EXEC_value, LEV_OPT_CLOSE_ON_EXEC);
	zend_string *const_OPT_CLOSE_ON_EXEC_name = zend_string_init_interned("OPT_CLOSE_ON_EXEC", sizeof("OPT_CLOSE_ON_EXEC") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CLOSE_ON_EXEC_name, &const_OPT_CLOSE_ON_EXEC_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CLOSE_ON_EXEC_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_REUSEABLE_value;
	ZVAL_LONG(&const_OPT_REUSEABLE_value, LEV_OPT_REUSEABLE);
	zend_string *const_OPT_REUSEABLE_name = zend_string_init_interned("OPT_REUSEABLE", sizeof("OPT_REUSEABLE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_REUSEABLE_name, &const_OPT_REUSEABLE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_REUSEABLE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_DISABLED_value;
	ZVAL_LONG(&const_OPT_DISABLED_value, LEV_OPT_DISABLED);
	zend_string *const_OPT_DISABLED_name = zend_string_init_interned("OPT_DISABLED", sizeof("OPT_DISABLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_DISABLED_name, &const_OPT_DISABLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_DISABLED_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_THREADSAFE_value;
	ZVAL_LONG(&const_OPT_THREADSAFE_value, LEV_OPT_THREADSAFE);
	zend_string *const_OPT_THREADSAFE_name = zend_string_init_interned("OPT_THREADSAFE", sizeof("OPT_THREADSAFE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_THREADSAFE_name, &const_OPT_THREADSAFE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_THREADSAFE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_DEFERRED_ACCEPT_value;
	ZVAL_LONG(&const_OPT_DEFERRED_ACCEPT_value, LEV_OPT_DEFERRED_ACCEPT);
	zend_string *const_OPT_DEFERRED_ACCEPT_name = zend_string_init_interned("OPT_DEFERRED_ACCEPT", sizeof("OPT_DEFERRED_ACCEPT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_DEFERRED_ACCEPT_name, &const_OPT_DEFERRED_ACCEPT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_DEFERRED_ACCEPT_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OPT_REUSEABLE_PORT_value;
	ZVAL_LONG(&const_OPT_REUSEABLE_PORT_value, LEV_OPT_REUSEABLE_PORT);
	zend_string *const_OPT_REUSEABLE_PORT_name = zend_string_init_interned("OPT_REUSEABLE_PORT", sizeof("OPT_REUSEABLE_PORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_REUSEABLE_PORT_name, &const_OPT_REUSEABLE_PORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_REUSEABLE_PORT_name);
#endif

	zval property_fd_default_value;
	ZVAL_NULL(&property_fd_default_value);
	zend_string *property_fd_name = zend_string_init("fd", sizeof("fd") - 1, 1);
	zend_declare_property_ex(class_entry, property_fd_name, &property_fd_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_fd_name);

	return class_entry;
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
static zend_class_entry *register_class_EventHttpConnection(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventHttpConnection", class_EventHttpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
static zend_class_entry *register_class_EventHttp(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventHttp", class_EventHttp_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
#endif

#if defined(HAVE_EVENT_EXTRA_LIB)
static zend_class_entry *register_class_EventHttpRequest(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventHttpRequest", class_EventHttpRequest_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_GET_value;
	ZVAL_LONG(&const_CMD_GET_value, EVHTTP_REQ_GET);
	zend_string *const_CMD_GET_name = zend_string_init_interned("CMD_GET", sizeof("CMD_GET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_GET_name, &const_CMD_GET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_GET_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_POST_value;
	ZVAL_LONG(&const_CMD_POST_value, EVHTTP_REQ_POST);
	zend_string *const_CMD_POST_name = zend_string_init_interned("CMD_POST", sizeof("CMD_POST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_POST_name, &const_CMD_POST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_POST_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_HEAD_value;
	ZVAL_LONG(&const_CMD_HEAD_value, EVHTTP_REQ_HEAD);
	zend_string *const_CMD_HEAD_name = zend_string_init_interned("CMD_HEAD", sizeof("CMD_HEAD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_HEAD_name, &const_CMD_HEAD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_HEAD_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_PUT_value;
	ZVAL_LONG(&const_CMD_PUT_value, EVHTTP_REQ_PUT);
	zend_string *const_CMD_PUT_name = zend_string_init_interned("CMD_PUT", sizeof("CMD_PUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_PUT_name, &const_CMD_PUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_PUT_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_DELETE_value;
	ZVAL_LONG(&const_CMD_DELETE_value, EVHTTP_REQ_DELETE);
	zend_string *const_CMD_DELETE_name = zend_string_init_interned("CMD_DELETE", sizeof("CMD_DELETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_DELETE_name, &const_CMD_DELETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_DELETE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_OPTIONS_value;
	ZVAL_LONG(&const_CMD_OPTIONS_value, EVHTTP_REQ_OPTIONS);
	zend_string *const_CMD_OPTIONS_name = zend_string_init_interned("CMD_OPTIONS", sizeof("CMD_OPTIONS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_OPTIONS_name, &const_CMD_OPTIONS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_OPTIONS_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_TRACE_value;
	ZVAL_LONG(&const_CMD_TRACE_value, EVHTTP_REQ_TRACE);
	zend_string *const_CMD_TRACE_name = zend_string_init_interned("CMD_TRACE", sizeof("CMD_TRACE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_TRACE_name, &const_CMD_TRACE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_TRACE_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_CONNECT_value;
	ZVAL_LONG(&const_CMD_CONNECT_value, EVHTTP_REQ_CONNECT);
	zend_string *const_CMD_CONNECT_name = zend_string_init_interned("CMD_CONNECT", sizeof("CMD_CONNECT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_CONNECT_name, &const_CMD_CONNECT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_CONNECT_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_CMD_PATCH_value;
	ZVAL_LONG(&const_CMD_PATCH_value, EVHTTP_REQ_PATCH);
	zend_string *const_CMD_PATCH_name = zend_string_init_interned("CMD_PATCH", sizeof("CMD_PATCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CMD_PATCH_name, &const_CMD_PATCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CMD_PATCH_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_INPUT_HEADER_value;
	ZVAL_LONG(&const_INPUT_HEADER_value, 1);
	zend_string *const_INPUT_HEADER_name = zend_string_init_interned("INPUT_HEADER", sizeof("INPUT_HEADER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_INPUT_HEADER_name, &const_INPUT_HEADER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_INPUT_HEADER_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_OUTPUT_HEADER_value;
	ZVAL_LONG(&const_OUTPUT_HEADER_value, 2);
	zend_string *const_OUTPUT_HEADER_name = zend_string_init_interned("OUTPUT_HEADER", sizeof("OUTPUT_HEADER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OUTPUT_HEADER_name, &const_OUTPUT_HEADER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OUTPUT_HEADER_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_STATUS_NORMAL_value;
	ZVAL_LONG(&const_STATUS_NORMAL_value, 0);
	zend_string *const_STATUS_NORMAL_name = zend_string_init_interned("STATUS_NORMAL", sizeof("STATUS_NORMAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_NORMAL_name, &const_STATUS_NORMAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_NORMAL_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_STATUS_ABORTED_value;
	ZVAL_LONG(&const_STATUS_ABORTED_value, 1);
	zend_string *const_STATUS_ABORTED_name = zend_string_init_interned("STATUS_ABORTED", sizeof("STATUS_ABORTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ABORTED_name, &const_STATUS_ABORTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ABORTED_name);
#endif
#if defined(HAVE_EVENT_EXTRA_LIB)

	zval const_STATUS_TIMEOUT_value;
	ZVAL_LONG(&const_STATUS_TIMEOUT_value, 2);
	zend_string *const_STATUS_TIMEOUT_name = zend_string_init_interned("STATUS_TIMEOUT", sizeof("STATUS_TIMEOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_TIMEOUT_name, &const_STATUS_TIMEOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_TIMEOUT_name);
#endif

	return class_entry;
}
#endif

static zend_class_entry *register_class_EventUtil(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventUtil", class_EventUtil_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_AF_INET_value;
	ZVAL_LONG(&const_AF_INET_value, AF_INET);
	zend_string *const_AF_INET_name = zend_string_init_interned("AF_INET", sizeof("AF_INET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_INET_name, &const_AF_INET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_INET_name);

	zval const_AF_INET6_value;
	ZVAL_LONG(&const_AF_INET6_value, AF_INET6);
	zend_string *const_AF_INET6_name = zend_string_init_interned("AF_INET6", sizeof("AF_INET6") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_INET6_name, &const_AF_INET6_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_INET6_name);

	zval const_AF_UNIX_value;
	ZVAL_LONG(&const_AF_UNIX_value, AF_UNIX);
	zend_string *const_AF_UNIX_name = zend_string_init_interned("AF_UNIX", sizeof("AF_UNIX") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_UNIX_name, &const_AF_UNIX_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_UNIX_name);

	zval const_AF_UNSPEC_value;
	ZVAL_LONG(&const_AF_UNSPEC_value, AF_UNSPEC);
	zend_string *const_AF_UNSPEC_name = zend_string_init_interned("AF_UNSPEC", sizeof("AF_UNSPEC") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_UNSPEC_name, &const_AF_UNSPEC_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_UNSPEC_name);

	zval const_SO_DEBUG_value;
	ZVAL_LONG(&const_SO_DEBUG_value, SO_DEBUG);
	zend_string *const_SO_DEBUG_name = zend_string_init_interned("SO_DEBUG", sizeof("SO_DEBUG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_DEBUG_name, &const_SO_DEBUG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_DEBUG_name);

	zval const_SO_REUSEADDR_value;
	ZVAL_LONG(&const_SO_REUSEADDR_value, SO_REUSEADDR);
	zend_string *const_SO_REUSEADDR_name = zend_string_init_interned("SO_REUSEADDR", sizeof("SO_REUSEADDR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_REUSEADDR_name, &const_SO_REUSEADDR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_REUSEADDR_name);

	zval const_SO_KEEPALIVE_value;
	ZVAL_LONG(&const_SO_KEEPALIVE_value, SO_KEEPALIVE);
	zend_string *const_SO_KEEPALIVE_name = zend_string_init_interned("SO_KEEPALIVE", sizeof("SO_KEEPALIVE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_KEEPALIVE_name, &const_SO_KEEPALIVE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_KEEPALIVE_name);

	zval const_SO_DONTROUTE_value;
	ZVAL_LONG(&const_SO_DONTROUTE_value, SO_DONTROUTE);
	zend_string *const_SO_DONTROUTE_name = zend_string_init_interned("SO_DONTROUTE", sizeof("SO_DONTROUTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_DONTROUTE_name, &const_SO_DONTROUTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_DONTROUTE_name);

	zval const_SO_LINGER_value;
	ZVAL_LONG(&const_SO_LINGER_value, SO_LINGER);
	zend_string *const_SO_LINGER_name = zend_string_init_interned("SO_LINGER", sizeof("SO_LINGER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_LINGER_name, &const_SO_LINGER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_LINGER_name);

	zval const_SO_BROADCAST_value;
	ZVAL_LONG(&const_SO_BROADCAST_value, SO_BROADCAST);
	zend_string *const_SO_BROADCAST_name = zend_string_init_interned("SO_BROADCAST", sizeof("SO_BROADCAST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_BROADCAST_name, &const_SO_BROADCAST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_BROADCAST_name);

	zval const_SO_OOBINLINE_value;
	ZVAL_LONG(&const_SO_OOBINLINE_value, SO_OOBINLINE);
	zend_string *const_SO_OOBINLINE_name = zend_string_init_interned("SO_OOBINLINE", sizeof("SO_OOBINLINE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_OOBINLINE_name, &const_SO_OOBINLINE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_OOBINLINE_name);

	zval const_SO_SNDBUF_value;
	ZVAL_LONG(&const_SO_SNDBUF_value, SO_SNDBUF);
	zend_string *const_SO_SNDBUF_name = zend_string_init_interned("SO_SNDBUF", sizeof("SO_SNDBUF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_SNDBUF_name, &const_SO_SNDBUF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_SNDBUF_name);

	zval const_SO_RCVBUF_value;
	ZVAL_LONG(&const_SO_RCVBUF_value, SO_RCVBUF);
	zend_string *const_SO_RCVBUF_name = zend_string_init_interned("SO_RCVBUF", sizeof("SO_RCVBUF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_RCVBUF_name, &const_SO_RCVBUF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_RCVBUF_name);

	zval const_SO_SNDLOWAT_value;
	ZVAL_LONG(&const_SO_SNDLOWAT_value, SO_SNDLOWAT);
	zend_string *const_SO_SNDLOWAT_name = zend_string_init_interned("SO_SNDLOWAT", sizeof("SO_SNDLOWAT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_SNDLOWAT_name, &const_SO_SNDLOWAT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_SNDLOWAT_name);

	zval const_SO_RCVLOWAT_value;
	ZVAL_LONG(&const_SO_RCVLOWAT_value, SO_RCVLOWAT);
	zend_string *const_SO_RCVLOWAT_name = zend_string_init_interned("SO_RCVLOWAT", sizeof("SO_RCVLOWAT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_RCVLOWAT_name, &const_SO_RCVLOWAT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_RCVLOWAT_name);

	zval const_SO_SNDTIMEO_value;
	ZVAL_LONG(&const_SO_SNDTIMEO_value, SO_SNDTIMEO);
	zend_string *const_SO_SNDTIMEO_name = zend_string_init_interned("SO_SNDTIMEO", sizeof("SO_SNDTIMEO") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_SNDTIMEO_name, &const_SO_SNDTIMEO_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_SNDTIMEO_name);

	zval const_SO_RCVTIMEO_value;
	ZVAL_LONG(&const_SO_RCVTIMEO_value, SO_RCVTIMEO);
	zend_string *const_SO_RCVTIMEO_name = zend_string_init_interned("SO_RCVTIMEO", sizeof("SO_RCVTIMEO") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_RCVTIMEO_name, &const_SO_RCVTIMEO_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_RCVTIMEO_name);

	zval const_SO_TYPE_value;
	ZVAL_LONG(&const_SO_TYPE_value, SO_TYPE);
	zend_string *const_SO_TYPE_name = zend_string_init_interned("SO_TYPE", sizeof("SO_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_TYPE_name, &const_SO_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_TYPE_name);

	zval const_SO_ERROR_value;
	ZVAL_LONG(&const_SO_ERROR_value, SO_ERROR);
	zend_string *const_SO_ERROR_name = zend_string_init_interned("SO_ERROR", sizeof("SO_ERROR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SO_ERROR_name, &const_SO_ERROR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SO_ERROR_name);

	zval const_TCP_NODELAY_value;
	ZVAL_LONG(&const_TCP_NODELAY_value, TCP_NODELAY);
	zend_string *const_TCP_NODELAY_name = zend_string_init_interned("TCP_NODELAY", sizeof("TCP_NODELAY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TCP_NODELAY_name, &const_TCP_NODELAY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TCP_NODELAY_name);

	zval const_SOL_SOCKET_value;
	ZVAL_LONG(&const_SOL_SOCKET_value, SOL_SOCKET);
	zend_string *const_SOL_SOCKET_name = zend_string_init_interned("SOL_SOCKET", sizeof("SOL_SOCKET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOL_SOCKET_name, &const_SOL_SOCKET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOL_SOCKET_name);

	zval const_SOL_TCP_value;
	ZVAL_LONG(&const_SOL_TCP_value, SOL_TCP);
	zend_string *const_SOL_TCP_name = zend_string_init_interned("SOL_TCP", sizeof("SOL_TCP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOL_TCP_name, &const_SOL_TCP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOL_TCP_name);

	zval const_SOL_UDP_value;
	ZVAL_LONG(&const_SOL_UDP_value, SOL_UDP);
	zend_string *const_SOL_UDP_name = zend_string_init_interned("SOL_UDP", sizeof("SOL_UDP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOL_UDP_name, &const_SOL_UDP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOL_UDP_name);

	zval const_SOCK_RAW_value;
	ZVAL_LONG(&const_SOCK_RAW_value, SOCK_RAW);
	zend_string *const_SOCK_RAW_name = zend_string_init_interned("SOCK_RAW", sizeof("SOCK_RAW") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_RAW_name, &const_SOCK_RAW_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_RAW_name);

	zval const_IPPROTO_IP_value;
	ZVAL_LONG(&const_IPPROTO_IP_value, IPPROTO_IP);
	zend_string *const_IPPROTO_IP_name = zend_string_init_interned("IPPROTO_IP", sizeof("IPPROTO_IP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IPPROTO_IP_name, &const_IPPROTO_IP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IPPROTO_IP_name);

	zval const_IPPROTO_IPV6_value;
	ZVAL_LONG(&const_IPPROTO_IPV6_value, IPPROTO_IPV6);
	zend_string *const_IPPROTO_IPV6_name = zend_string_init_interned("IPPROTO_IPV6", sizeof("IPPROTO_IPV6") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IPPROTO_IPV6_name, &const_IPPROTO_IPV6_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IPPROTO_IPV6_name);

	zval const_LIBEVENT_VERSION_NUMBER_value;
	ZVAL_LONG(&const_LIBEVENT_VERSION_NUMBER_value, LIBEVENT_VERSION_NUMBER);
	zend_string *const_LIBEVENT_VERSION_NUMBER_name = zend_string_init_interned("LIBEVENT_VERSION_NUMBER", sizeof("LIBEVENT_VERSION_NUMBER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LIBEVENT_VERSION_NUMBER_name, &const_LIBEVENT_VERSION_NUMBER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LIBEVENT_VERSION_NUMBER_name);

	return class_entry;
}

#if defined(HAVE_EVENT_OPENSSL_LIB)
static zend_class_entry *register_class_EventSslContext(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventSslContext", class_EventSslContext_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLS_CLIENT_METHOD_value;
	ZVAL_LONG(&const_TLS_CLIENT_METHOD_value, 4);
	zend_string *const_TLS_CLIENT_METHOD_name = zend_string_init_interned("TLS_CLIENT_METHOD", sizeof("TLS_CLIENT_METHOD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLS_CLIENT_METHOD_name, &const_TLS_CLIENT_METHOD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLS_CLIENT_METHOD_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLS_SERVER_METHOD_value;
	ZVAL_LONG(&const_TLS_SERVER_METHOD_value, 8);
	zend_string *const_TLS_SERVER_METHOD_name = zend_string_init_interned("TLS_SERVER_METHOD", sizeof("TLS_SERVER_METHOD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLS_SERVER_METHOD_name, &const_TLS_SERVER_METHOD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLS_SERVER_METHOD_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLSv11_CLIENT_METHOD_value;
	ZVAL_LONG(&const_TLSv11_CLIENT_METHOD_value, 9);
	zend_string *const_TLSv11_CLIENT_METHOD_name = zend_string_init_interned("TLSv11_CLIENT_METHOD", sizeof("TLSv11_CLIENT_METHOD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLSv11_CLIENT_METHOD_name, &const_TLSv11_CLIENT_METHOD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLSv11_CLIENT_METHOD_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLSv11_SERVER_METHOD_value;
	ZVAL_LONG(&const_TLSv11_SERVER_METHOD_value, 10);
	zend_string *const_TLSv11_SERVER_METHOD_name = zend_string_init_interned("TLSv11_SERVER_METHOD", sizeof("TLSv11_SERVER_METHOD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLSv11_SERVER_METHOD_name, &const_TLSv11_SERVER_METHOD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLSv11_SERVER_METHOD_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLSv12_CLIENT_METHOD_value;
	ZVAL_LONG(&const_TLSv12_CLIENT_METHOD_value, 11);
	zend_string *const_TLSv12_CLIENT_METHOD_name = zend_string_init_interned("TLSv12_CLIENT_METHOD", sizeof("TLSv12_CLIENT_METHOD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLSv12_CLIENT_METHOD_name, &const_TLSv12_CLIENT_METHOD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLSv12_CLIENT_METHOD_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLSv12_SERVER_METHOD_value;
	ZVAL_LONG(&const_TLSv12_SERVER_METHOD_value, 12);
	zend_string *const_TLSv12_SERVER_METHOD_name = zend_string_init_interned("TLSv12_SERVER_METHOD", sizeof("TLSv12_SERVER_METHOD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLSv12_SERVER_METHOD_name, &const_TLSv12_SERVER_METHOD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLSv12_SERVER_METHOD_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_LOCAL_CERT_value;
	ZVAL_LONG(&const_OPT_LOCAL_CERT_value, 1);
	zend_string *const_OPT_LOCAL_CERT_name = zend_string_init_interned("OPT_LOCAL_CERT", sizeof("OPT_LOCAL_CERT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_LOCAL_CERT_name, &const_OPT_LOCAL_CERT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_LOCAL_CERT_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_LOCAL_PK_value;
	ZVAL_LONG(&const_OPT_LOCAL_PK_value, 2);
	zend_string *const_OPT_LOCAL_PK_name = zend_string_init_interned("OPT_LOCAL_PK", sizeof("OPT_LOCAL_PK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_LOCAL_PK_name, &const_OPT_LOCAL_PK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_LOCAL_PK_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_PASSPHRASE_value;
	ZVAL_LONG(&const_OPT_PASSPHRASE_value, 3);
	zend_string *const_OPT_PASSPHRASE_name = zend_string_init_interned("OPT_PASSPHRASE", sizeof("OPT_PASSPHRASE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_PASSPHRASE_name, &const_OPT_PASSPHRASE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_PASSPHRASE_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_CA_FILE_value;
	ZVAL_LONG(&const_OPT_CA_FILE_value, 4);
	zend_string *const_OPT_CA_FILE_name = zend_string_init_interned("OPT_CA_FILE", sizeof("OPT_CA_FILE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CA_FILE_name, &const_OPT_CA_FILE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CA_FILE_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_CA_PATH_value;
	ZVAL_LONG(&const_OPT_CA_PATH_value, 5);
	zend_string *const_OPT_CA_PATH_name = zend_string_init_interned("OPT_CA_PATH", sizeof("OPT_CA_PATH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CA_PATH_name, &const_OPT_CA_PATH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CA_PATH_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_ALLOW_SELF_SIGNED_value;
	ZVAL_LONG(&const_OPT_ALLOW_SELF_SIGNED_value, 6);
	zend_string *const_OPT_ALLOW_SELF_SIGNED_name = zend_string_init_interned("OPT_ALLOW_SELF_SIGNED", sizeof("OPT_ALLOW_SELF_SIGNED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_ALLOW_SELF_SIGNED_name, &const_OPT_ALLOW_SELF_SIGNED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_ALLOW_SELF_SIGNED_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_VERIFY_PEER_value;
	ZVAL_LONG(&const_OPT_VERIFY_PEER_value, 7);
	zend_string *const_OPT_VERIFY_PEER_name = zend_string_init_interned("OPT_VERIFY_PEER", sizeof("OPT_VERIFY_PEER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_VERIFY_PEER_name, &const_OPT_VERIFY_PEER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_VERIFY_PEER_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_VERIFY_DEPTH_value;
	ZVAL_LONG(&const_OPT_VERIFY_DEPTH_value, 8);
	zend_string *const_OPT_VERIFY_DEPTH_name = zend_string_init_interned("OPT_VERIFY_DEPTH", sizeof("OPT_VERIFY_DEPTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_VERIFY_DEPTH_name, &const_OPT_VERIFY_DEPTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_VERIFY_DEPTH_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_CIPHERS_value;
	ZVAL_LONG(&const_OPT_CIPHERS_value, 9);
	zend_string *const_OPT_CIPHERS_name = zend_string_init_interned("OPT_CIPHERS", sizeof("OPT_CIPHERS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CIPHERS_name, &const_OPT_CIPHERS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CIPHERS_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_NO_SSLv2_value;
	ZVAL_LONG(&const_OPT_NO_SSLv2_value, 10);
	zend_string *const_OPT_NO_SSLv2_name = zend_string_init_interned("OPT_NO_SSLv2", sizeof("OPT_NO_SSLv2") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_NO_SSLv2_name, &const_OPT_NO_SSLv2_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_NO_SSLv2_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_NO_SSLv3_value;
	ZVAL_LONG(&const_OPT_NO_SSLv3_value, 11);
	zend_string *const_OPT_NO_SSLv3_name = zend_string_init_interned("OPT_NO_SSLv3", sizeof("OPT_NO_SSLv3") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_NO_SSLv3_name, &const_OPT_NO_SSLv3_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_NO_SSLv3_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_NO_TLSv1_value;
	ZVAL_LONG(&const_OPT_NO_TLSv1_value, 12);
	zend_string *const_OPT_NO_TLSv1_name = zend_string_init_interned("OPT_NO_TLSv1", sizeof("OPT_NO_TLSv1") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_NO_TLSv1_name, &const_OPT_NO_TLSv1_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_NO_TLSv1_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_NO_TLSv1_1_value;
	ZVAL_LONG(&const_OPT_NO_TLSv1_1_value, 13);
	zend_string *const_OPT_NO_TLSv1_1_name = zend_string_init_interned("OPT_NO_TLSv1_1", sizeof("OPT_NO_TLSv1_1") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_NO_TLSv1_1_name, &const_OPT_NO_TLSv1_1_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_NO_TLSv1_1_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_NO_TLSv1_2_value;
	ZVAL_LONG(&const_OPT_NO_TLSv1_2_value, 14);
	zend_string *const_OPT_NO_TLSv1_2_name = zend_string_init_interned("OPT_NO_TLSv1_2", sizeof("OPT_NO_TLSv1_2") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_NO_TLSv1_2_name, &const_OPT_NO_TLSv1_2_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_NO_TLSv1_2_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_CIPHER_SERVER_PREFERENCE_value;
	ZVAL_LONG(&const_OPT_CIPHER_SERVER_PREFERENCE_value, 15);
	zend_string *const_OPT_CIPHER_SERVER_PREFERENCE_name = zend_string_init_interned("OPT_CIPHER_SERVER_PREFERENCE", sizeof("OPT_CIPHER_SERVER_PREFERENCE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_CIPHER_SERVER_PREFERENCE_name, &const_OPT_CIPHER_SERVER_PREFERENCE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_CIPHER_SERVER_PREFERENCE_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_REQUIRE_CLIENT_CERT_value;
	ZVAL_LONG(&const_OPT_REQUIRE_CLIENT_CERT_value, 16);
	zend_string *const_OPT_REQUIRE_CLIENT_CERT_name = zend_string_init_interned("OPT_REQUIRE_CLIENT_CERT", sizeof("OPT_REQUIRE_CLIENT_CERT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_REQUIRE_CLIENT_CERT_name, &const_OPT_REQUIRE_CLIENT_CERT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_REQUIRE_CLIENT_CERT_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPT_VERIFY_CLIENT_ONCE_value;
	ZVAL_LONG(&const_OPT_VERIFY_CLIENT_ONCE_value, 17);
	zend_string *const_OPT_VERIFY_CLIENT_ONCE_name = zend_string_init_interned("OPT_VERIFY_CLIENT_ONCE", sizeof("OPT_VERIFY_CLIENT_ONCE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPT_VERIFY_CLIENT_ONCE_name, &const_OPT_VERIFY_CLIENT_ONCE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPT_VERIFY_CLIENT_ONCE_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPENSSL_VERSION_TEXT_value;
	zend_string *const_OPENSSL_VERSION_TEXT_value_str = zend_string_init(PHP_EVENT_OPENSSL_VERSION_TEXT, strlen(PHP_EVENT_OPENSSL_VERSION_TEXT), 1);
	ZVAL_STR(&const_OPENSSL_VERSION_TEXT_value, const_OPENSSL_VERSION_TEXT_value_str);
	zend_string *const_OPENSSL_VERSION_TEXT_name = zend_string_init_interned("OPENSSL_VERSION_TEXT", sizeof("OPENSSL_VERSION_TEXT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPENSSL_VERSION_TEXT_name, &const_OPENSSL_VERSION_TEXT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPENSSL_VERSION_TEXT_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_OPENSSL_VERSION_NUMBER_value;
	ZVAL_LONG(&const_OPENSSL_VERSION_NUMBER_value, PHP_EVENT_OPENSSL_VERSION_NUMBER);
	zend_string *const_OPENSSL_VERSION_NUMBER_name = zend_string_init_interned("OPENSSL_VERSION_NUMBER", sizeof("OPENSSL_VERSION_NUMBER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPENSSL_VERSION_NUMBER_name, &const_OPENSSL_VERSION_NUMBER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPENSSL_VERSION_NUMBER_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_SSL3_VERSION_value;
	ZVAL_LONG(&const_SSL3_VERSION_value, SSL3_VERSION);
	zend_string *const_SSL3_VERSION_name = zend_string_init_interned("SSL3_VERSION", sizeof("SSL3_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SSL3_VERSION_name, &const_SSL3_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SSL3_VERSION_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLS1_VERSION_value;
	ZVAL_LONG(&const_TLS1_VERSION_value, TLS1_VERSION);
	zend_string *const_TLS1_VERSION_name = zend_string_init_interned("TLS1_VERSION", sizeof("TLS1_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLS1_VERSION_name, &const_TLS1_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLS1_VERSION_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLS1_1_VERSION_value;
	ZVAL_LONG(&const_TLS1_1_VERSION_value, TLS1_1_VERSION);
	zend_string *const_TLS1_1_VERSION_name = zend_string_init_interned("TLS1_1_VERSION", sizeof("TLS1_1_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLS1_1_VERSION_name, &const_TLS1_1_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLS1_1_VERSION_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_TLS1_2_VERSION_value;
	ZVAL_LONG(&const_TLS1_2_VERSION_value, TLS1_2_VERSION);
	zend_string *const_TLS1_2_VERSION_name = zend_string_init_interned("TLS1_2_VERSION", sizeof("TLS1_2_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TLS1_2_VERSION_name, &const_TLS1_2_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TLS1_2_VERSION_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_DTLS1_VERSION_value;
	ZVAL_LONG(&const_DTLS1_VERSION_value, DTLS1_VERSION);
	zend_string *const_DTLS1_VERSION_name = zend_string_init_interned("DTLS1_VERSION", sizeof("DTLS1_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DTLS1_VERSION_name, &const_DTLS1_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DTLS1_VERSION_name);
#endif
#if defined(HAVE_EVENT_OPENSSL_LIB)

	zval const_DTLS1_2_VERSION_value;
	ZVAL_LONG(&const_DTLS1_2_VERSION_value, DTLS1_2_VERSION);
	zend_string *const_DTLS1_2_VERSION_name = zend_string_init_interned("DTLS1_2_VERSION", sizeof("DTLS1_2_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DTLS1_2_VERSION_name, &const_DTLS1_2_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DTLS1_2_VERSION_name);
#endif

	zval property_local_cert_default_value;
	ZVAL_NULL(&property_local_cert_default_value);
	zend_string *property_local_cert_name = zend_string_init("local_cert", sizeof("local_cert") - 1, 1);
	zend_declare_property_ex(class_entry, property_local_cert_name, &property_local_cert_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_local_cert_name);

	zval property_local_pk_default_value;
	ZVAL_NULL(&property_local_pk_default_value);
	zend_string *property_local_pk_name = zend_string_init("local_pk", sizeof("local_pk") - 1, 1);
	zend_declare_property_ex(class_entry, property_local_pk_name, &property_local_pk_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_local_pk_name);

	return class_entry;
}
#endif

static zend_class_entry *register_class_EventException(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EventException", class_EventException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_errorInfo_default_value;
	ZVAL_NULL(&property_errorInfo_default_value);
	zend_string *property_errorInfo_name = zend_string_init("errorInfo", sizeof("errorInfo") - 1, 1);
	zend_declare_property_ex(class_entry, property_errorInfo_name, &property_errorInfo_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_errorInfo_name);

	return class_entry;
}
