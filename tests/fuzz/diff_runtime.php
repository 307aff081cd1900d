<?php
/*
 * Runtime of the differential fuzzer (api_fuzz.php --diff), shared by the
 * fuzzer and by the reproduction scripts it writes (which inline this file
 * after their first line, so they stand alone).
 *
 * Every call of a sequence is an "op" bracketed by fz_begin() and fz_end() /
 * fz_fail(); each prints lines starting with "#<op>" that say what a script
 * can see of the call, normalised so that two runs of one sequence under two
 * builds print the same text exactly when they behave the same:
 *   #12 > Event::add(float) | $v3->add(0.001)      the call, before it is made
 *   #12 W: 2 Event::add(): ...                       a warning (or notice), as it happens
 *   #12 cb4.1[Event](int(7), int(2), null)           callback 4 (set on an Event), 1st call, its arguments
 *   #12 cb4.1 act free                               what that callback then does
 *   #12 = bool(true) &port=PORT                      the result and the by-reference outputs
 *   #12 ! EventException: message                    or the exception
 * Objects print as their fuzzer name, class and a little state (never an
 * object id); listening ports print as PORT. Callbacks behave by a table
 * computed from (seed, callback id, call number), so a replay does what the
 * fuzzed run did however often the callback is called.
 */

final class FuzzThrow extends Exception
{
}

function fz_start(int $seed, array $deny = []): void
{
    $GLOBALS['FZ'] = [
        'seed' => $seed, 'op' => 0, 'names' => new WeakMap(), 'freed' => new WeakMap(), 'bufs' => new WeakMap(), 'made' => new WeakMap(), 'base_of' => new WeakMap(), 'ports' => $GLOBALS['FZ']['ports'] ?? [],
        'unowned' => [], 'owners' => [], 'calls' => [], 'loops' => [], 'depth' => 0, 'quiet' => 0, 'deny' => $deny,
    ];
    /* A thrown exception keeps no arguments alive: objects die when the
     * script lets them go, in the fuzzer as in a replay. */
    ini_set('zend.exception_ignore_args', '1');
    set_error_handler(static function (int $no, string $msg): bool {
        if (!$GLOBALS['FZ']['quiet']) {
            /* (libevent names its bases by their addresses.) */
            fz_line('W: ' . $no . ' ' . preg_replace('/\b0x[0-9a-f]{6,}\b/', '0xADDR', fz_ports($msg)));
        }
        return true;
    });
}

function fz_line(string $s): void
{
    /* (A closure's name says where it was written: the fuzzer or a replay.) */
    $s = preg_replace('/[\w\\\\]+::\{closure\}\(\)/', '{closure}()', $s);
    if (isset($GLOBALS['FZ']['tmp'])) {
        /* (The folder's name has the process id; a substring of the path
         * may have lost its first characters.) */
        $s = str_replace([$GLOBALS['FZ']['tmp'], basename($GLOBALS['FZ']['tmp'])], ['TMP', 'TMPNAME'], $s);
    }
    echo '#', $GLOBALS['FZ']['op'], ' ', $s, "\n";
    fflush(STDOUT);
}

/* A name for an object in the printed lines (the variable of a replay). */
function fz_name(object $o, string $name): void
{
    if (!isset($GLOBALS['FZ']['names'])) {
        return;
    }
    $GLOBALS['FZ']['names'][$o] = $name;
}

function fz_unname(object $o): void
{
    unset($GLOBALS['FZ']['names'][$o]);
}

function fz_port(mixed $port): mixed
{
    if (is_int($port) && $port > 0) {
        $GLOBALS['FZ']['ports'][$port] = true;
    }
    return $port;
}

function fz_ports(string $s): string
{
    if (!$GLOBALS['FZ']['ports']) {
        return $s;
    }
    return preg_replace_callback('/(?<=:)\d{2,5}\b/', static fn($m) =>
        isset($GLOBALS['FZ']['ports'][(int)$m[0]]) ? 'PORT' : $m[0], $s);
}

/* True when a call of this kind is on the deny-list (it crashes or hangs
 * the reference): an entry is a key ("Class::method(types)"), a pattern
 * with "*" (fnmatch()), or, unless !$any (the well-formed calls that make
 * the sequence's objects) and the receiver is not freed, a key's part
 * before the parenthesis. */
function fz_denied(string $key, bool $any = true): bool
{
    $d = $GLOBALS['FZ']['deny'];
    if (isset($d[$key])) {
        return true;
    }
    $p = strpos($key, '(');
    if (($any || str_starts_with($key, 'freed ')) && $p !== false && isset($d[substr($key, 0, $p)])) {
        return true;
    }
    foreach ($d as $pattern => $unused) {
        if (str_contains($pattern, '*') && fnmatch($pattern, $key, FNM_NOESCAPE)) {
            return true;
        }
    }
    return false;
}

function fz_desc(mixed $v, int $depth = 0): string
{
    switch (true) {
        case $v === null:
            return 'null';
        case is_bool($v):
            return $v ? 'true' : 'false';
        case is_int($v):
            return isset($GLOBALS['FZ']['ports'][$v]) ? 'PORT' : "int($v)";
        case is_float($v):
            /* (A time of day, as EventBase::getTimeOfDayCached() gives, is
             * never the same twice.) */
            if ($v > 1e9 && $v < 1e10 && abs($v - microtime(true)) < 86400) {
                return 'float(NOW)';
            }
            return 'float(' . (is_nan($v) ? 'NAN' : var_export($v, true)) . ')';
        case is_string($v):
            $s = strlen($v) > 48 ? substr($v, 0, 32) . '...' . strlen($v) . ':' . dechex(crc32($v)) : $v;
            return '"' . fz_ports(addcslashes($s, "\0..\37\"\\\177..\377")) . '"';
        case is_array($v):
            /* A peer's address: its port is the kernel's choice. */
            if (count($v) === 2 && is_string($v[0] ?? null) && is_int($v[1] ?? null) && $v[1] > 1023
                && preg_match('/^(127\.|::1$)/', $v[0])) {
                return '[0=>' . fz_desc($v[0]) . ', 1=>PORT]';
            }
            if ($depth > 2) {
                return 'array(' . count($v) . ')';
            }
            $parts = [];
            foreach (array_slice($v, 0, 8, true) as $k => $x) {
                $parts[] = (is_int($k) ? $k : fz_desc($k)) . '=>' . fz_desc($x, $depth + 1);
            }
            return '[' . implode(', ', $parts) . (count($v) > 8 ? ', ...' . count($v) : '') . ']';
        case $v instanceof Closure:
            return fz_known($v) ?? 'Closure';
        case is_object($v):
            return (fz_known($v) ?? '') . get_class($v) . ($depth === 0 ? fz_state($v) : '');
        default:
            return 'resource(' . get_resource_type($v) . ')';
    }
}

/* The type of a value in the key of a call: "freed Class" for an object
 * whose free() was called (the reference crashes on some of those). */
function fz_type(mixed $v): string
{
    if (!is_object($v)) {
        return get_debug_type($v);
    }
    return (isset($GLOBALS['FZ']['freed'][$v]) ? 'freed ' : '') . get_class($v);
}

function fz_known(object $o): ?string
{
    $n = $GLOBALS['FZ']['names'] ?? null;
    return $n !== null && isset($n[$o]) ? $n[$o] . ':' : null;
}

/* A little of an object's state: the properties a script would read. */
function fz_state(object $o): string
{
    static $props = [
        'Event' => ['pending'], 'EventBuffer' => ['length'], 'EventBufferEvent' => ['priority'],
    ];
    $names = $props[get_class($o)] ?? [];
    if (!$names) {
        return '';
    }
    $GLOBALS['FZ']['quiet']++;
    $parts = [];
    foreach ($names as $p) {
        try {
            $parts[] = "$p=" . fz_desc($o->$p, 1);
        } catch (Throwable $e) {
            $parts[] = "$p=!" . get_class($e);
        }
    }
    $GLOBALS['FZ']['quiet']--;
    return '{' . implode(',', $parts) . '}';
}

/* By-reference outputs that README.md's "Differences from PECL event" lists
 * (PECL leaves them untouched, this build fills them): printed as the
 * difference's key in both runs, so that they are not findings; the result
 * of the call is still compared. */
function fz_documented_ref(string $method): ?string
{
    /* (A function, not a constant: a reproduction script defines this
     * file's functions before its calls run, its constants only after.) */
    return [
        'EventUtil::getSocketName' => 'get-socket-name',
        'EventListener::getSocketName' => 'get-socket-name',
        'EventHttpConnection::getPeer' => 'http-connection-get-peer',
    ][$method] ?? null;
}

/* A descriptor number (>= 3) prints as its order of first appearance in
 * the run, FD1, FD2...: which number the kernel hands out depends on every
 * descriptor either build holds or closed before (PECL's double close of
 * bevent-close-fd, a dup() of this build), not on the API's behaviour. */
function fz_fd(mixed $v, bool $fresh = false): string
{
    if (!is_int($v) || $v < 3) {
        return fz_desc($v, 1);
    }
    $F = &$GLOBALS['FZ'];
    /* A descriptor just made (an accepted connection) is new whatever its
     * number: the kernel may hand out again one that either build closed
     * earlier, and which ones each closed differs (documented there). */
    if ($fresh || !isset($F['fds'][$v])) {
        $F['fds'][$v] = $F['fdn'] = ($F['fdn'] ?? 0) + 1;
    }
    return 'FD' . $F['fds'][$v];
}

/* The numbers in a result that are descriptors: getSocketFd()'s result and
 * the $fd properties of EventBufferEvent and EventListener. The thread's
 * last errno (getLastSocketErrno()/getLastSocketError()) is whatever the
 * last failed system call of either build left, so only its type counts. */
function fz_result(mixed $r): string
{
    $key = $GLOBALS['FZ']['key'] ?? '';
    $method = strtok($key, '(');
    if ($method === 'EventUtil::getSocketFd') {
        return fz_fd($r);
    }
    if (($method === 'EventUtil::getLastSocketErrno' || $method === 'EventUtil::getLastSocketError') && $r !== false) {
        return 'ERRNO(' . get_debug_type($r) . ')';
    }
    if (preg_match('/^(print_r|vars|props|serialize) (EventBufferEvent|EventListener)$/', $key, $m)) {
        if ($m[1] === 'props' && is_array($r) && is_int($r['fd'] ?? null)) {
            $r['fd'] = fz_fd($r['fd']);
        } elseif ($m[1] === 'serialize' && is_string($r)) {
            $r = preg_replace_callback('/(s:2:"fd";i:)(\d+)/', static fn($x) => $x[1] . fz_fd((int)$x[2]), $r);
        } elseif (is_string($r)) {
            $r = preg_replace_callback('/\[fd\] => (\d+)/', static fn($x) => '[fd] => ' . fz_fd((int)$x[1]), $r);
        } elseif ($m[1] === 'vars' && is_array($r)) {
            foreach ($r as $i => $vars) {
                if (is_array($vars) && is_int($vars['fd'] ?? null)) {
                    $r[$i]['fd'] = fz_fd($vars['fd']);
                }
            }
        }
    }
    return fz_desc($r);
}

function fz_begin(int $op, string $key, string $code): void
{
    $GLOBALS['FZ']['op'] = $op;
    $GLOBALS['FZ']['key'] = $key;
    fz_line("> $key | " . (strlen($code) > 300 ? substr($code, 0, 300) . '...' : $code));
}

/* After a call that returned: prints the result and the by-reference
 * outputs ($refs: argument position => parameter name); the callbacks
 * made for the call are owned by what it returned, or by its receiver. */
function fz_end(mixed $r, ?array $args = [], array $refs = [], ?object $recv = null): void
{
    $s = '= ' . fz_result($r);
    $documented = fz_documented_ref((string)strtok($GLOBALS['FZ']['key'] ?? '', '('));
    foreach ($refs as $i => $name) {
        $out = $args[$i] ?? null;
        $s .= " &$name=" . ($documented !== null ? "(difference: $documented)"
            : ($name === 'port' && is_int($out) && $out > 0 ? 'PORT' : fz_desc($out, 1)));
    }
    fz_line($s);
    /* A client request makeRequest() took: calls on it print as "made
     * EventHttpRequest::..." (the deny-list leaves out changing its headers
     * once queued, which PECL sends as they are then: see diff-deny.txt). */
    if ($recv instanceof EventHttpConnection && $r === true && ($args[0] ?? null) instanceof EventHttpRequest
            && str_starts_with($GLOBALS['FZ']['key'] ?? '', 'EventHttpConnection::makeRequest(')) {
        $GLOBALS['FZ']['made'][$args[0]] = true;
    }
    if ($r instanceof Event && ($args[0] ?? null) instanceof EventBase) {
        $GLOBALS['FZ']['base_of'][$r] = WeakReference::create($args[0]);
    }
    if ($recv instanceof EventBufferEvent && $r instanceof EventBuffer) {
        $GLOBALS['FZ']['bufs'][$recv] = [...$GLOBALS['FZ']['bufs'][$recv] ?? [], WeakReference::create($r)];
    }
    $owner = is_object($r) && !$r instanceof Closure ? $r : $recv;
    if ($owner !== null) {
        foreach ($GLOBALS['FZ']['unowned'] as $id) {
            $GLOBALS['FZ']['owners'][$id] ??= WeakReference::create($owner);
        }
    }
    $GLOBALS['FZ']['unowned'] = [];
}

/* After $o->free(): calls on it print as "freed Class::method", and so do
 * calls on the buffers getInput()/getOutput() gave of a freed bufferevent
 * (PECL's point into the bufferevent's freed memory: bevent-buffer-identity). */
function fz_mark_freed(object $o): void
{
    $F = &$GLOBALS['FZ'];
    $F['freed'][$o] = true;
    foreach ($F['bufs'][$o] ?? [] as $w) {
        if ($buf = $w->get()) {
            $F['freed'][$buf] = true;
        }
    }
}

/* What a call's key starts with, for the deny-list and the documented
 * differences: "freed " on a receiver whose free() was called, "made " on a
 * client request makeRequest() took, "other-base " for Event::set() and
 * setTimer() given another EventBase than the event was made on (PECL then
 * overwrites that EventBase object's event_base with the event's,
 * event-set-other-base, and the two objects run one loop from then on). */
function fz_call_prefix(?object $recv, string $method, array $args): string
{
    $F = $GLOBALS['FZ'] ?? [];
    if ($recv === null) {
        return '';
    }
    if (isset($F['freed'][$recv])) {
        return 'freed ';
    }
    if (isset($F['made'][$recv])) {
        return 'made ';
    }
    if ($recv instanceof Event && in_array(strtolower($method), ['set', 'settimer'], true)
            && ($args[0] ?? null) instanceof EventBase) {
        $own = ($F['base_of'][$recv] ?? null)?->get();
        if ($own !== null && $own !== $args[0]) {
            return 'other-base ';
        }
    }
    return '';
}

function fz_fail(Throwable $e): void
{
    $msg = fz_ports($e->getMessage());
    fz_line('! ' . get_class($e) . ': ' . (strlen($msg) > 200 ? substr($msg, 0, 200) . '...' : $msg));
    $GLOBALS['FZ']['unowned'] = [];
}

/* Deterministic numbers for the callbacks: from the seed, the callback
 * and the how-manieth call of it this is. */
function fz_rand(int $id, int $n): int
{
    return crc32($GLOBALS['FZ']['seed'] . ":$id:$n") % 1000;
}

/* A callback that prints its arguments and then does what the table says:
 * nothing, throw, free its owner, stop / exit / free the base, or run the
 * base's loop once more (LOOP_NONBLOCK). The base is the one it was made
 * for. A loop of the fuzzer is stopped after 8 callbacks, so that events
 * which are always ready (a writable socket) are called a fixed number of
 * times, not as often as the machine's speed allows. */
function fz_cb(int $id, ?EventBase $base): Closure
{
    $GLOBALS['FZ']['unowned'][] = $id;
    $wb = $base ? WeakReference::create($base) : null;
    $c = static function (...$args) use ($id, $wb) {
        $F = &$GLOBALS['FZ'];
        $n = $F['calls'][$id] = ($F['calls'][$id] ?? 0) + 1;
        $tag = "cb$id.$n";
        $base = $wb?->get();
        $owner = ($F['owners'][$id] ?? null)?->get();
        /* The descriptor an Event's callback gets first, and the accepted
         * one of an EventListener's. */
        $fdAt = $owner instanceof Event ? 0 : ($owner instanceof EventListener ? 1 : -1);
        fz_line($tag . "[" . ($owner ? get_class($owner) : '?') . ']('
            . implode(', ', array_map(static fn($a, $i) => $i === $fdAt ? fz_fd($a, $owner instanceof EventListener) : fz_desc($a, 1), $args, array_keys($args))) . ')');
        $r = fz_rand($id, $n);
        $act = match (true) {
            $r < 450 => null, $r < 570 => 'throw', $r < 680 => 'free', $r < 780 => 'stop', $r < 830 => 'exit',
            $r < 900 => 'reenter', $r < 940 => 'free-base', default => 'gc',
        };
        /* "cb:ACT" on the deny-list: an action that crashes the reference. */
        if ($act !== null && fz_denied("cb:$act")) {
            $act = null;
        }
        $F['depth']++;
        try {
            if ($act !== null) {
                fz_line("$tag act $act");
            }
            switch ($act) {
                case 'throw':
                    throw new FuzzThrow('fuzz-throw');
                case 'free':
                    if ($owner && method_exists($owner, 'free')) {
                        $owner->free();
                        fz_mark_freed($owner);
                    }
                    break;
                case 'stop':
                    $base?->stop();
                    break;
                case 'exit':
                    $base?->exit(0.0);
                    break;
                case 'reenter':
                    if ($base && $F['depth'] < 3) {
                        fz_loop($base, static fn() => $base->loop(EventBase::LOOP_NONBLOCK));
                    }
                    break;
                case 'free-base':
                    $base?->free();
                    if ($base) {
                        $F['freed'][$base] = true;
                    }
                    break;
                case 'gc':
                    gc_collect_cycles();
                    break;
            }
        } catch (FuzzThrow $e) {
            throw $e;
        } catch (Throwable $e) {
            fz_line("$tag caught " . get_class($e) . ': ' . fz_ports($e->getMessage()));
        } finally {
            $F['depth']--;
            $loop = $F['loops'] ? count($F['loops']) - 1 : null;
            if ($loop !== null && ++$F['loops'][$loop][1] === 8) {
                fz_line("$tag cap stop");
                try {
                    $F['loops'][$loop][0]->stop();
                } catch (Throwable) {
                }
            }
        }
        return null;
    };
    fz_name($c, "\$cb$id");
    return $c;
}

/* A persistent timer at priority 0 (ahead of everything: a busy event of a
 * higher priority would starve it) that stops $b's loop every $every
 * seconds, so a loop with nothing left to do but waiting (or a nested one)
 * returns; null when it cannot be made. */
function fz_stop_guard(EventBase $b, float $every): ?Event
{
    try {
        $guard = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, static function () use ($b) {
            try {
                $b->stop();
            } catch (Throwable) {
            }
        });
        $guard->setPriority(0);
        $guard->add($every);
        return $guard;
    } catch (Throwable) {
        return null;
    }
}

/* Runs a loop of $b bracketed by a persistent 30 ms timer at priority 0
 * that stops it (so a loop with nothing ready returns) and counts the
 * callbacks it runs (see fz_cb()). The guard prints nothing. */
function fz_loop(EventBase $b, Closure $call): mixed
{
    $F = &$GLOBALS['FZ'];
    $guard = null;
    $F['quiet']++;
    try {
        $guard = fz_stop_guard($b, 0.03);
    } finally {
        $F['quiet']--;
    }
    $F['loops'][] = [$b, 0];
    try {
        return $call();
    } finally {
        array_pop($F['loops']);
        if ($guard) {
            $F['quiet']++;
            try {
                $guard->free();
            } catch (Throwable) {
            }
            $F['quiet']--;
        }
    }
}

/* The descriptors of a sequence: a non-blocking stream socket pair with
 * "ping" waiting on the first end, the same with ext/sockets, a memory
 * stream, a listening socket and a client of a port. */
function fz_pair(): array
{
    $pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    foreach ($pair as $s) {
        stream_set_blocking($s, false);
    }
    fwrite($pair[1], 'ping');
    return $pair;
}

function fz_spair(string $n0, string $n1): array
{
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    foreach ($pair as $s) {
        socket_set_nonblock($s);
    }
    fz_name($pair[0], $n0);
    fz_name($pair[1], $n1);
    socket_write($pair[1], 'ping');
    return $pair;
}

function fz_memory(bool $closed): mixed
{
    $f = fopen('php://memory', 'r+');
    if ($closed) {
        fclose($f);
    }
    return $f;
}

function fz_server(): array
{
    $srv = stream_socket_server('tcp://127.0.0.1:0');
    stream_set_blocking($srv, false);
    return [$srv, fz_port((int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1))];
}

function fz_client(mixed $port, string $send): mixed
{
    $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1,
        STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    if ($s) {
        stream_set_blocking($s, false);
        @fwrite($s, $send);
    }
    return $s;
}

/* The replay's counterpart of the fuzzer naming what a call returned. */
function fz_take(mixed $v, string $name): ?object
{
    if (!is_object($v)) {
        return null;
    }
    fz_name($v, $name);
    return $v;
}

/* The files of the DNS / SSL file parameters, in a folder removed at the
 * end; the folder prints as TMP. */
function fz_files(string $tmp): string
{
    @mkdir($tmp, 0700);
    register_shutdown_function(static function () use ($tmp) {
        foreach (glob("$tmp/*") ?: [] as $f) {
            @unlink($f);
        }
        @rmdir($tmp);
    });
    file_put_contents("$tmp/resolv.conf", "nameserver 127.0.0.1\nsearch fuzz.invalid\noptions ndots:1 timeout:1 attempts:1\n");
    file_put_contents("$tmp/hosts", "127.0.0.1 fuzzhost\n::1 fuzzhost6\n");
    file_put_contents("$tmp/garbage", str_repeat("\xff\0garbage", 8));
    $GLOBALS['FZ']['tmp'] = $tmp;
    return $tmp;
}
