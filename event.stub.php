<?php

/**
 * The public API of the `event` extension. This file is the single source of
 * truth: event_arginfo.h is generated from it with PHP's build/gen_stub.php
 * (see README.md, "Changing the API").
 *
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

final class Event
{
    /**
     * @var int
     * @cvalue EV_ET
     */
    public const ET = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_PERSIST
     */
    public const PERSIST = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_READ
     */
    public const READ = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_WRITE
     */
    public const WRITE = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_SIGNAL
     */
    public const SIGNAL = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_TIMEOUT
     */
    public const TIMEOUT = UNKNOWN;

    /**

     * Read-only: whether the event is pending or scheduled.

     * @var mixed

     */
    public $pending;
    /**
     * Free for the script's use: the same value as the constructor's $arg.
     * @var mixed
     */
    public $data;

    public function __construct(EventBase $base, mixed $fd, int $what, callable $cb, mixed $arg = null) {}
    public function free(): void {}
    /* int with a NULL default, not ?int: the signature PECL event declares. */
    public function set(EventBase $base, mixed $fd, int $what = NULL, ?callable $cb = null, mixed $arg = null): bool {}
    public static function getSupportedMethods(): array {}
    public function add(float $timeout = -1): bool {}
    public function del(): bool {}
    public function setPriority(int $priority): bool {}
    public function pending(int $flags): bool {}
    public function removeTimer(): bool {}
    public static function timer(EventBase $base, callable $cb, mixed $arg = null): Event {}
    public function setTimer(EventBase $base, callable $cb, mixed $arg = null): bool {}
    public static function signal(EventBase $base, int $signum, callable $cb, mixed $arg = null): Event {}
    /** @implementation-alias Event::add */
    public function addTimer(float $timeout = -1): bool {}
    /** @implementation-alias Event::del */
    public function delTimer(): bool {}
    /** @implementation-alias Event::add */
    public function addSignal(float $timeout = -1): bool {}
    /** @implementation-alias Event::del */
    public function delSignal(): bool {}
}

final class EventBase
{
    /**
     * @var int
     * @cvalue EVLOOP_ONCE
     */
    public const LOOP_ONCE = UNKNOWN;
    /**
     * @var int
     * @cvalue EVLOOP_NONBLOCK
     */
    public const LOOP_NONBLOCK = UNKNOWN;
    /**
     * @var int
     * @cvalue EVENT_BASE_FLAG_NOLOCK
     */
    public const NOLOCK = UNKNOWN;
    /**
     * @var int
     * @cvalue EVENT_BASE_FLAG_STARTUP_IOCP
     */
    public const STARTUP_IOCP = UNKNOWN;
    /**
     * @var int
     * @cvalue EVENT_BASE_FLAG_NO_CACHE_TIME
     */
    public const NO_CACHE_TIME = UNKNOWN;
    /**
     * @var int
     * @cvalue EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST
     */
    public const EPOLL_USE_CHANGELIST = UNKNOWN;
    /**
     * @var int
     * @cvalue EVENT_BASE_FLAG_IGNORE_ENV
     */
    public const IGNORE_ENV = UNKNOWN;
    /**
     * @var int
     * @cvalue EVENT_BASE_FLAG_PRECISE_TIMER
     */
    public const PRECISE_TIMER = UNKNOWN;

    public function __construct(?EventConfig $cfg = null) {}
    final public function __sleep(): array {}
    final public function __wakeup(): void {}
    public function getMethod(): string {}
    public function getFeatures(): int {}
    public function priorityInit(int $n_priorities): bool {}
    public function loop(int $flags = -1): bool {}
    public function dispatch(): bool {}
    public function exit(float $timeout = 0.0): bool {}
    public function set(Event $event): bool {}
    public function stop(): bool {}
    public function gotStop(): bool {}
    public function gotExit(): bool {}
    public function getTimeOfDayCached(): float {}
    public function reInit(): bool {}
    public function free(): void {}
    public function updateCacheTime(): bool {}
    public function resume(): bool {}
}

final class EventConfig
{
    /**
     * @var int
     * @cvalue EV_FEATURE_ET
     */
    public const FEATURE_ET = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_FEATURE_O1
     */
    public const FEATURE_O1 = UNKNOWN;
    /**
     * @var int
     * @cvalue EV_FEATURE_FDS
     */
    public const FEATURE_FDS = UNKNOWN;

    public function __construct() {}
    final public function __sleep(): array {}
    final public function __wakeup(): void {}
    public function avoidMethod(string $method): bool {}
    public function requireFeatures(int $feature): bool {}
    public function setMaxDispatchInterval(int $max_interval, int $max_callbacks, int $min_priority): void {}
    public function setFlags(int $flags): bool {}
}

final class EventBufferEvent
{
    /**
     * @var int
     * @cvalue BEV_EVENT_READING
     */
    public const READING = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_EVENT_WRITING
     */
    public const WRITING = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_EVENT_EOF
     */
    public const EOF = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_EVENT_ERROR
     */
    public const ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_EVENT_TIMEOUT
     */
    public const TIMEOUT = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_EVENT_CONNECTED
     */
    public const CONNECTED = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_OPT_CLOSE_ON_FREE
     */
    public const OPT_CLOSE_ON_FREE = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_OPT_THREADSAFE
     */
    public const OPT_THREADSAFE = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_OPT_DEFER_CALLBACKS
     */
    public const OPT_DEFER_CALLBACKS = UNKNOWN;
    /**
     * @var int
     * @cvalue BEV_OPT_UNLOCK_CALLBACKS
     */
    public const OPT_UNLOCK_CALLBACKS = UNKNOWN;
#ifdef HAVE_EVENT_OPENSSL_LIB
    /**
     * @var int
     * @cvalue BUFFEREVENT_SSL_OPEN
     */
    public const SSL_OPEN = UNKNOWN;
    /**
     * @var int
     * @cvalue BUFFEREVENT_SSL_CONNECTING
     */
    public const SSL_CONNECTING = UNKNOWN;
    /**
     * @var int
     * @cvalue BUFFEREVENT_SSL_ACCEPTING
     */
    public const SSL_ACCEPTING = UNKNOWN;
#endif

    /**

     * Read/write: the bufferevent's priority.

     * @var mixed

     */
    public $priority;
    /**
     * Read-only: the socket's file descriptor, or null.
     * @var mixed
     */
    public $fd;
    /**
     * Read-only: the input EventBuffer.
     * @var mixed
     */
    public $input;
    /**
     * Read-only: the output EventBuffer.
     * @var mixed
     */
    public $output;
    /**
     * Read/write: whether an unclean SSL shutdown counts as EOF.
     * @var mixed
     */
    public $allow_ssl_dirty_shutdown;

    public function __construct(EventBase $base, mixed $socket = null, int $options = 0, ?callable $readcb = null, ?callable $writecb = null, ?callable $eventcb = null, mixed $arg = null) {}
    public function free(): void {}
    public function close(): void {}
    public function connect(string $addr): bool {}
    public function connectHost(?EventDnsBase $dns_base, string $hostname, int $port, int $family = 0): bool {}
    public function getDnsErrorString(): string {}
    public function setCallbacks(?callable $readcb, ?callable $writecb, ?callable $eventcb, mixed $arg = null): void {}
    public function enable(int $events): bool {}
    public function disable(int $events): bool {}
    public function getEnabled(): int {}
    public function getInput(): EventBuffer {}
    public function getOutput(): EventBuffer {}
    public function setWatermark(int $events, int $lowmark, int $highmark): void {}
    public function write(string $data): bool {}
    public function writeBuffer(EventBuffer $buf): bool {}
    public function read(int $size): ?string {}
    public function readBuffer(EventBuffer $buf): bool {}
    public static function createPair(EventBase $base, int $options = 0): array|false {}
    public function setPriority(int $priority): bool {}
    public function setTimeouts(float $timeout_read, float $timeout_write): bool {}
#ifdef HAVE_EVENT_OPENSSL_LIB
    public static function createSslFilter(EventBufferEvent $unnderlying, EventSslContext $ctx, int $state, int $options = 0): EventBufferEvent {}
    public static function sslSocket(EventBase $base, mixed $socket, EventSslContext $ctx, int $state, int $options = 0): EventBufferEvent {}
    public function sslError(): string {}
    public function sslRenegotiate(): void {}
    public function sslGetCipherInfo(): string {}
    public function sslGetCipherName(): string {}
    public function sslGetCipherVersion(): string {}
    public function sslGetProtocol(): string {}
#endif
}

class EventBuffer
{
    /**
     * @var int
     * @cvalue EVBUFFER_EOL_ANY
     */
    public const EOL_ANY = UNKNOWN;
    /**
     * @var int
     * @cvalue EVBUFFER_EOL_CRLF
     */
    public const EOL_CRLF = UNKNOWN;
    /**
     * @var int
     * @cvalue EVBUFFER_EOL_CRLF_STRICT
     */
    public const EOL_CRLF_STRICT = UNKNOWN;
    /**
     * @var int
     * @cvalue EVBUFFER_EOL_LF
     */
    public const EOL_LF = UNKNOWN;
    /**
     * @var int
     * @cvalue EVBUFFER_EOL_NUL
     */
    public const EOL_NUL = UNKNOWN;
    /**
     * @var int
     * @cvalue EVBUFFER_PTR_SET
     */
    public const PTR_SET = UNKNOWN;
    /**
     * @var int
     * @cvalue EVBUFFER_PTR_ADD
     */
    public const PTR_ADD = UNKNOWN;

    /**

     * Read-only: the number of bytes stored.

     * @var mixed

     */
    public $length;
    /**
     * Read-only: the number of bytes stored contiguously at the front.
     * @var mixed
     */
    public $contiguous_space;

    public function __construct() {}
    public function freeze(bool $at_front): bool {}
    public function unfreeze(bool $at_front): bool {}
    public function lock(bool $at_front): void {}
    public function unlock(bool $at_front): void {}
    public function enableLocking(): void {}
    public function add(string $data): bool {}
    public function read(int $max_bytes): string {}
    public function addBuffer(EventBuffer $buf): bool {}
    public function appendFrom(EventBuffer $buf, int $len): int {}
    public function expand(int $len): bool {}
    public function prepend(string $data): bool {}
    public function prependBuffer(EventBuffer $buf): bool {}
    public function drain(int $len): bool {}
    public function copyout(string &$data, int $max_bytes): int {}
    public function readLine(int $eol_style): ?string {}
    public function search(string $what, int $start = -1, int $end = -1): int|false {}
    public function searchEol(int $start = -1, int $eol_style = 0): int|false {}
    public function pullup(int $size): ?string {}
    public function write(mixed $fd, int $howmuch = -1): int|false {}
    public function readFrom(mixed $fd, int $howmuch = -1): int|false {}
    public function substr(int $start, int $length = -1): string|false {}
}

#ifdef HAVE_EVENT_EXTRA_LIB
final class EventDnsBase
{
    /**
     * @var int
     * @cvalue DNS_OPTION_SEARCH
     */
    public const OPTION_SEARCH = UNKNOWN;
    /**
     * @var int
     * @cvalue DNS_OPTION_NAMESERVERS
     */
    public const OPTION_NAMESERVERS = UNKNOWN;
    /**
     * @var int
     * @cvalue DNS_OPTION_MISC
     */
    public const OPTION_MISC = UNKNOWN;
    /**
     * @var int
     * @cvalue DNS_OPTION_HOSTSFILE
     */
    public const OPTION_HOSTSFILE = UNKNOWN;
    /**
     * @var int
     * @cvalue DNS_OPTIONS_ALL
     */
    public const OPTIONS_ALL = UNKNOWN;
    /**
     * @var int
     * @cvalue EVDNS_BASE_DISABLE_WHEN_INACTIVE
     */
    public const DISABLE_WHEN_INACTIVE = UNKNOWN;
    /**
     * @var int
     * @cvalue EVDNS_BASE_INITIALIZE_NAMESERVERS
     */
    public const INITIALIZE_NAMESERVERS = UNKNOWN;
    /**
     * @var int
     * @cvalue EVDNS_BASE_NAMESERVERS_NO_DEFAULT
     */
    public const NAMESERVERS_NO_DEFAULT = UNKNOWN;

    public function __construct(EventBase $base, mixed $initialize) {}
    public function parseResolvConf(int $flags, string $filename): bool {}
    public function addNameserverIp(string $ip): bool {}
    public function loadHosts(string $hosts): bool {}
    public function clearSearch(): void {}
    public function addSearch(string $domain): void {}
    public function setSearchNdots(int $ndots): void {}
    public function setOption(string $option, string $value): bool {}
    public function countNameservers(): int {}
}

final class EventListener
{
    /**
     * @var int
     * @cvalue LEV_OPT_LEAVE_SOCKETS_BLOCKING
     */
    public const OPT_LEAVE_SOCKETS_BLOCKING = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_CLOSE_ON_FREE
     */
    public const OPT_CLOSE_ON_FREE = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_CLOSE_ON_EXEC
     */
    public const OPT_CLOSE_ON_EXEC = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_REUSEABLE
     */
    public const OPT_REUSEABLE = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_DISABLED
     */
    public const OPT_DISABLED = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_THREADSAFE
     */
    public const OPT_THREADSAFE = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_DEFERRED_ACCEPT
     */
    public const OPT_DEFERRED_ACCEPT = UNKNOWN;
    /**
     * @var int
     * @cvalue LEV_OPT_REUSEABLE_PORT
     */
    public const OPT_REUSEABLE_PORT = UNKNOWN;

    /**

     * Read-only: the listening socket's file descriptor, or null.

     * @var mixed

     */
    public $fd;

    public function __construct(EventBase $base, callable $cb, mixed $data, int $flags, int $backlog, mixed $target) {}
    final public function __sleep(): array {}
    final public function __wakeup(): void {}
    public function free(): void {}
    public function enable(): bool {}
    public function disable(): bool {}
    public function setCallback(callable $cb, mixed $arg = null): void {}
    public function setErrorCallback(callable $cb): void {}
    public function getBase(): EventBase {}
    public function getSocketName(mixed &$address, mixed &$port): bool {}
}

final class EventHttpConnection
{
    public function __construct(EventBase $base, ?EventDnsBase $dns_base, string $address, int $port, ?EventSslContext $ctx = null) {}
    final public function __sleep(): array {}
    final public function __wakeup(): void {}
    public function getBase(): EventBase|false {}
    public function getPeer(mixed &$address, mixed &$port): void {}
    public function setLocalAddress(string $address): void {}
    public function setLocalPort(int $port): void {}
    public function setTimeout(int $timeout): void {}
    public function setMaxHeadersSize(int $max_size): void {}
    public function setMaxBodySize(int $max_size): void {}
    public function setRetries(int $retries): void {}
    public function makeRequest(EventHttpRequest $req, int $type, string $uri): ?bool {}
    public function setCloseCallback(callable $callback, mixed $data = null): void {}
    /** Whether a request on this connection is still waiting for (the end of) its reply. */
    public function hasPendingRequests(): bool {}
}

final class EventHttp
{
    public function __construct(EventBase $base, ?EventSslContext $ctx = null) {}
    final public function __sleep(): array {}
    final public function __wakeup(): void {}
    public function accept(mixed $socket): bool {}
    public function bind(string $address, int $port): bool {}
    public function setCallback(string $path, callable $cb, mixed $arg = null): bool {}
    public function setDefaultCallback(callable $cb, mixed $arg = null): void {}
    public function setAllowedMethods(int $methods): void {}
    public function setMaxBodySize(int $value): void {}
    public function setMaxHeadersSize(int $value): void {}
    public function setTimeout(int $value): void {}
    public function addServerAlias(string $alias): bool {}
    public function removeServerAlias(string $alias): bool {}
    /** Connections beyond $max at once (0: no limit) are answered 503 and closed. */
    public function setMaxConnections(int $max): void {}
    /** Open connections of this server, over all its listeners. */
    public function getConnectionCount(): int {}
    /**
     * Stops listening, lets the requests in progress finish (their replies close their
     * connections), aborts what is left after $timeout seconds (negative: no limit), then
     * calls $callback($http, $arg) from the loop.
     */
    public function shutdown(float $timeout = -1, ?callable $callback = null, mixed $arg = null): void {}
}

final class EventHttpRequest
{
    /**
     * @var int
     * @cvalue EVHTTP_REQ_GET
     */
    public const CMD_GET = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_POST
     */
    public const CMD_POST = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_HEAD
     */
    public const CMD_HEAD = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_PUT
     */
    public const CMD_PUT = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_DELETE
     */
    public const CMD_DELETE = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_OPTIONS
     */
    public const CMD_OPTIONS = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_TRACE
     */
    public const CMD_TRACE = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_CONNECT
     */
    public const CMD_CONNECT = UNKNOWN;
    /**
     * @var int
     * @cvalue EVHTTP_REQ_PATCH
     */
    public const CMD_PATCH = UNKNOWN;
    /** @var int */
    public const INPUT_HEADER = 1;
    /** @var int */
    public const OUTPUT_HEADER = 2;
    /**
     * The client is still there (connection_status() style bit field).
     * @var int
     */
    public const STATUS_NORMAL = 0;
    /**
     * The client closed or reset the connection before the reply was complete.
     * @var int
     */
    public const STATUS_ABORTED = 1;
    /**
     * The connection timed out (EventHttp::setTimeout) before the reply was complete.
     * @var int
     */
    public const STATUS_TIMEOUT = 2;

    public function __construct(callable $callback, mixed $data = null) {}
    final public function __sleep(): array {}
    final public function __wakeup(): void {}
    public function free(): void {}
    public function getCommand(): int {}
    public function getHost(): string {}
    public function getUri(): string {}
    public function getResponseCode(): int {}
    public function getInputHeaders(): array {}
    public function getOutputHeaders(): array {}
    public function getInputBuffer(): EventBuffer {}
    public function getOutputBuffer(): EventBuffer {}
    public function getBufferEvent(): ?EventBufferEvent {}
    public function getConnection(): ?EventHttpConnection {}
    public function closeConnection(): void {}
    public function sendError(int $error, ?string $reason = null): void {}
    public function sendReply(int $code, string $reason, ?EventBuffer $buf = null): void {}
    public function sendReplyChunk(EventBuffer $buf): void {}
    public function sendReplyEnd(): void {}
    public function sendReplyStart(int $code, string $reason): void {}
    public function cancel(): void {}
    public function addHeader(string $key, string $value, int $type): bool {}
    public function clearHeaders(): void {}
    public function removeHeader(string $key, int $type): bool {}
    public function findHeader(string $key, int $type): ?string {}
    /** A bit field of the STATUS_* constants, like PHP's connection_status(). */
    public function getConnectionStatus(): int {}
    /** Whether the client went away before the reply was complete, like connection_aborted(). */
    public function isAborted(): bool {}
    /**
     * Bytes of this request's reply accepted by sendReply*()/sendError() and not yet
     * written to the socket; 0 once written and once the client left.
     */
    public function getPendingOutput(): int {}
    /**
     * $callback(EventHttpRequest $req, mixed $arg) runs from the loop each time the
     * pending output falls to $lowWatermark bytes or fewer after having been above it,
     * until the reply is complete; null removes it. It and $arg are released once the
     * complete reply is written, or the client left. While set, it keeps the request alive.
     */
    public function setDrainCallback(?callable $callback, int $lowWatermark = 0, mixed $arg = null): void {}
}
#endif

final class EventUtil
{
    /**
     * @var int
     * @cvalue AF_INET
     */
    public const AF_INET = UNKNOWN;
    /**
     * @var int
     * @cvalue AF_INET6
     */
    public const AF_INET6 = UNKNOWN;
    /**
     * @var int
     * @cvalue AF_UNIX
     */
    public const AF_UNIX = UNKNOWN;
    /**
     * @var int
     * @cvalue AF_UNSPEC
     */
    public const AF_UNSPEC = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_DEBUG
     */
    public const SO_DEBUG = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_REUSEADDR
     */
    public const SO_REUSEADDR = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_KEEPALIVE
     */
    public const SO_KEEPALIVE = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_DONTROUTE
     */
    public const SO_DONTROUTE = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_LINGER
     */
    public const SO_LINGER = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_BROADCAST
     */
    public const SO_BROADCAST = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_OOBINLINE
     */
    public const SO_OOBINLINE = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_SNDBUF
     */
    public const SO_SNDBUF = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_RCVBUF
     */
    public const SO_RCVBUF = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_SNDLOWAT
     */
    public const SO_SNDLOWAT = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_RCVLOWAT
     */
    public const SO_RCVLOWAT = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_SNDTIMEO
     */
    public const SO_SNDTIMEO = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_RCVTIMEO
     */
    public const SO_RCVTIMEO = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_TYPE
     */
    public const SO_TYPE = UNKNOWN;
    /**
     * @var int
     * @cvalue SO_ERROR
     */
    public const SO_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue TCP_NODELAY
     */
    public const TCP_NODELAY = UNKNOWN;
    /**
     * @var int
     * @cvalue SOL_SOCKET
     */
    public const SOL_SOCKET = UNKNOWN;
    /**
     * @var int
     * @cvalue SOL_TCP
     */
    public const SOL_TCP = UNKNOWN;
    /**
     * @var int
     * @cvalue SOL_UDP
     */
    public const SOL_UDP = UNKNOWN;
    /**
     * @var int
     * @cvalue SOCK_RAW
     */
    public const SOCK_RAW = UNKNOWN;
    /**
     * @var int
     * @cvalue IPPROTO_IP
     */
    public const IPPROTO_IP = UNKNOWN;
    /**
     * @var int
     * @cvalue IPPROTO_IPV6
     */
    public const IPPROTO_IPV6 = UNKNOWN;
    /**
     * @var int
     * @cvalue LIBEVENT_VERSION_NUMBER
     */
    public const LIBEVENT_VERSION_NUMBER = UNKNOWN;

    private function __construct() {}
    public static function getLastSocketErrno(?Socket $socket = null): int|false {}
    public static function getLastSocketError(mixed $socket = null): string|false {}
#ifdef HAVE_EVENT_OPENSSL_LIB
    public static function sslRandPoll(): bool {}
#endif
    public static function getSocketName(mixed $socket, mixed &$address, mixed &$port = null): bool {}
    public static function getSocketFd(mixed $socket): int {}
    public static function setSocketOption(mixed $socket, int $level, int $optname, mixed $optval): bool {}
    public static function createSocket(int $fd): Socket|false {}
}

#ifdef HAVE_EVENT_OPENSSL_LIB
final class EventSslContext
{
    /** @var int */
    public const TLS_CLIENT_METHOD = 4;
    /** @var int */
    public const TLS_SERVER_METHOD = 8;
    /** @var int */
    public const TLSv11_CLIENT_METHOD = 9;
    /** @var int */
    public const TLSv11_SERVER_METHOD = 10;
    /** @var int */
    public const TLSv12_CLIENT_METHOD = 11;
    /** @var int */
    public const TLSv12_SERVER_METHOD = 12;
    /** @var int */
    public const OPT_LOCAL_CERT = 1;
    /** @var int */
    public const OPT_LOCAL_PK = 2;
    /** @var int */
    public const OPT_PASSPHRASE = 3;
    /** @var int */
    public const OPT_CA_FILE = 4;
    /** @var int */
    public const OPT_CA_PATH = 5;
    /** @var int */
    public const OPT_ALLOW_SELF_SIGNED = 6;
    /** @var int */
    public const OPT_VERIFY_PEER = 7;
    /** @var int */
    public const OPT_VERIFY_DEPTH = 8;
    /** @var int */
    public const OPT_CIPHERS = 9;
    /** @var int */
    public const OPT_NO_SSLv2 = 10;
    /** @var int */
    public const OPT_NO_SSLv3 = 11;
    /** @var int */
    public const OPT_NO_TLSv1 = 12;
    /** @var int */
    public const OPT_NO_TLSv1_1 = 13;
    /** @var int */
    public const OPT_NO_TLSv1_2 = 14;
    /** @var int */
    public const OPT_CIPHER_SERVER_PREFERENCE = 15;
    /** @var int */
    public const OPT_REQUIRE_CLIENT_CERT = 16;
    /** @var int */
    public const OPT_VERIFY_CLIENT_ONCE = 17;
    /**
     * @var string
     * @cvalue PHP_EVENT_OPENSSL_VERSION_TEXT
     */
    public const OPENSSL_VERSION_TEXT = UNKNOWN;
    /**
     * @var int
     * @cvalue PHP_EVENT_OPENSSL_VERSION_NUMBER
     */
    public const OPENSSL_VERSION_NUMBER = UNKNOWN;
    /**
     * @var int
     * @cvalue SSL3_VERSION
     */
    public const SSL3_VERSION = UNKNOWN;
    /**
     * @var int
     * @cvalue TLS1_VERSION
     */
    public const TLS1_VERSION = UNKNOWN;
    /**
     * @var int
     * @cvalue TLS1_1_VERSION
     */
    public const TLS1_1_VERSION = UNKNOWN;
    /**
     * @var int
     * @cvalue TLS1_2_VERSION
     */
    public const TLS1_2_VERSION = UNKNOWN;
    /**
     * @var int
     * @cvalue DTLS1_VERSION
     */
    public const DTLS1_VERSION = UNKNOWN;
    /**
     * @var int
     * @cvalue DTLS1_2_VERSION
     */
    public const DTLS1_2_VERSION = UNKNOWN;

    /**

     * Read-only: the path of the local certificate, or null.

     * @var mixed

     */
    public $local_cert;
    /**
     * Read-only: the path of the local private key, or null.
     * @var mixed
     */
    public $local_pk;

    public function __construct(int $method, array $options) {}
    public function setMinProtoVersion(int $proto): bool {}
    public function setMaxProtoVersion(int $proto): bool {}
}
#endif

class EventException extends RuntimeException
{
    /**
     * The libevent or socket error behind the exception, when there is one.
     * @var mixed
     */
    public $errorInfo;
}
