<?php
/*
 * API fuzzer for the event extension: from a seed, runs a random sequence of
 * calls over every public class and method (found by reflection, so new
 * methods are covered without touching this file), with valid, edge and
 * wrong-typed arguments, freed objects, objects of another EventBase, and
 * callbacks that throw, free their own object, drop the last reference to
 * it, stop or re-enter the loop, or free the base. Small real I/O (socket
 * pairs, an HTTP server and clients on 127.0.0.1, timers) makes callbacks
 * fire. Every call is wrapped in try/catch: exceptions and errors are fine,
 * a crash, a sanitizer report, a fatal error or a hang is a failure
 * (run_api_fuzz.php runs many seeds in child processes and judges them).
 *
 *   php -n -d extension=sockets -d extension=modules/event.so \
 *       tests/fuzz/api_fuzz.php --seed N [--steps M] [--trace] [--certs DIR]
 *
 * --trace prints each step (and each callback) to stdout before doing it,
 * so the last lines of a crashed run show what it was doing.
 *
 * --diff (the differential fuzzer, run by run_api_fuzz.php --diff) prints
 * every call and what it gave as normalised "#<op>" lines (see
 * diff_runtime.php), so that the runs of one seed under two builds can be
 * compared line by line, and with --record=FILE writes each call as PHP
 * code from which the runner builds a reproduction script. In this mode the
 * methods, parameters and constants come from --api=FILE (the reference
 * build's reflection, written by --dump-api=FILE) so that both builds draw
 * the same calls; callbacks behave by a table (diff_runtime.php) instead of
 * drawing from the sequence's generator; --deny=FILE lists calls to leave
 * out (they crash the reference).
 *
 * Network safety: nothing here resolves a name through DNS or talks to an
 * address outside the loopback range. Host-name parameters only ever get
 * numeric loopback addresses or "localhost" (found in /etc/hosts), DNS bases
 * only get 127.0.0.1 / ::1 nameservers (never the system resolv.conf).
 */

declare(strict_types=0);

/* FuzzThrow (the exception callbacks throw on purpose) and the runtime of
 * the --diff mode. */
require __DIR__ . '/diff_runtime.php';

final class ApiFuzz
{
    private const CLASSES = [
        'Event', 'EventBase', 'EventConfig', 'EventBuffer', 'EventBufferEvent', 'EventListener',
        'EventDnsBase', 'EventHttp', 'EventHttpConnection', 'EventHttpRequest', 'EventSslContext',
        'EventUtil',
    ];
    /* Signals a script may catch without hiding a crash of the fuzzer
     * itself (never SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL...). */
    private const SAFE_SIGNALS = [1, 10, 12, 14, 17, 28];
    private const CRASH_SIGNALS = [4, 5, 6, 7, 8, 11, 31];
    /* PECL event's read-only properties: writing one is its fatal error
     * "Cannot write property" (so it is here). */
    private const READONLY_PROPS = [
        'Event' => ['pending'], 'EventBuffer' => ['length', 'contiguous_space'],
        'EventBufferEvent' => ['fd', 'input', 'output'], 'EventListener' => ['fd'],
        'EventSslContext' => ['local_cert', 'local_pk'],
    ];
    /* One in this many of the calls that end the script with one of the
     * API's own fatal errors is made (announced, see endsScript()); the
     * others are left out, so that most sequences run their length. */
    private const FATAL_ODDS = 20;

    /** @var array<string, list<object>> live objects by class */
    private array $pool = [];
    /** @var list<mixed> descriptors of every kind (streams, Sockets, ints) */
    private array $fds = [];
    /** @var list<resource> sockets kept open but given to no object (diff mode: an EventHttp's own) */
    private array $kept = [];
    /** @var list<int> ports something of ours listens on */
    private array $ports = [];
    /** @var list<string> files for the DNS / SSL file parameters */
    private array $files = [];
    /** @var list<array{string, array}> class and method descriptor (see methodTable()) */
    private array $methods = [];
    /** @var array<string, list<string>> declared properties by class */
    private array $props = [];
    /** @var list<int> every int constant of the extension's classes */
    private array $consts = [];
    /** @var list<object> kept for the whole run (Socket objects made from an fd) */
    private array $keep = [];
    private int $depth = 0;
    private int $step = 0;
    private int $cbSeq = 0;
    private array $stats = ['calls' => 0, 'throws' => 0, 'callbacks' => 0];
    private string $tmp;

    /* --diff: the number of the next op, the record file, the names given
     * to objects and resources (name => WeakReference / resource), the
     * names given during the current make(). */
    private int $op = 0;
    private mixed $record = null;
    private array $live = [];
    private array $resNames = [];
    private int $nameSeq = 0;
    /* A random step, not a make(): the deny-list's entries without
     * argument types apply. */
    private bool $random = false;

    public function __construct(private int $steps, private bool $trace, private ?string $certs, private array $skip = [],
        private bool $diff = false, private ?array $api = null, ?string $record = null)
    {
        if ($record !== null) {
            $this->record = fopen($record, 'w');
        }
        $tmp = $this->tmp = fz_files(sys_get_temp_dir() . '/event_apifuzz_' . getmypid());
        /* (In a replay, the same files in a folder of its own.) */
        $this->emit("\$tmp = fz_files(sys_get_temp_dir() . '/event_difffuzz_' . getmypid());");
        $this->files = ["$tmp/resolv.conf", "$tmp/hosts", "$tmp/garbage", "$tmp/missing", $tmp, '', "\0", '/etc/hosts'];
        if ($certs !== null) {
            $this->files[] = "$certs/cert.pem";
            $this->files[] = "$certs/key.pem";
        }
        $this->discover();
    }

    /* Every public method (and constructor) of the extension's classes, and
     * every int constant, by reflection, or from the table of --api. */
    private function discover(): void
    {
        $api = $this->api ?? self::apiTable();
        foreach ($api['classes'] as $class => $c) {
            if (in_array($class, $this->skip, true)) {
                continue;
            }
            foreach ($c['methods'] as $m) {
                $this->methods[] = [$class, $m];
            }
            array_push($this->consts, ...$c['consts']);
            $this->props[$class] = $c['props'];
            $this->pool[$class] = [];
        }
    }

    /* The loaded build's classes by reflection, as plain data (--dump-api
     * writes it as JSON): methods with their parameters (name, type names,
     * nullable, by reference), int constants, declared properties. */
    public static function apiTable(): array
    {
        $api = ['classes' => []];
        foreach (self::CLASSES as $class) {
            if (!class_exists($class)) {
                continue;
            }
            $rc = new ReflectionClass($class);
            $c = ['methods' => [], 'consts' => [], 'props' => []];
            foreach ($rc->getMethods() as $m) {
                $params = [];
                foreach ($m->getParameters() as $p) {
                    $t = $p->getType();
                    $names = $t === null ? [] : ($t instanceof ReflectionUnionType
                        ? array_map(static fn($x) => $x->getName(), $t->getTypes()) : [$t->getName()]);
                    $params[] = ['name' => $p->getName(), 'types' => $names,
                        'null' => $t !== null && $t->allowsNull(), 'ref' => $p->isPassedByReference()];
                }
                $c['methods'][] = ['name' => $m->getName(), 'static' => $m->isStatic(), 'ctor' => $m->isConstructor(),
                    'required' => $m->getNumberOfRequiredParameters(), 'params' => $params];
            }
            foreach ($rc->getConstants() as $v) {
                if (is_int($v)) {
                    $c['consts'][] = $v;
                }
            }
            foreach ($rc->getProperties() as $p) {
                $c['props'][] = $p->getName();
            }
            $api['classes'][$class] = $c;
        }
        return $api;
    }

    /* ---- helpers ---------------------------------------------------- */

    private function pick(array $a): mixed
    {
        return $a[array_rand($a)];
    }

    /* Random bytes from the seeded generator (random_bytes() is not). */
    private function bytes(int $n): string
    {
        $s = '';
        for ($i = 0; $i < $n; $i++) {
            $s .= chr(mt_rand(0, 255));
        }
        return $s;
    }

    private function chance(int $percent): bool
    {
        return mt_rand(1, 100) <= $percent;
    }

    private function log(string $s): void
    {
        if ($this->trace) {
            fwrite(STDOUT, str_repeat('  ', $this->depth) . $s . "\n");
            fflush(STDOUT);
        }
    }

    private static function describe(mixed $v): string
    {
        switch (true) {
            case is_string($v):
                $s = strlen($v) > 24 ? substr($v, 0, 24) . '...(' . strlen($v) . ')' : $v;
                return '"' . addcslashes($s, "\0..\37\"\\\177..\377") . '"';
            case is_int($v):
                return (string)$v;
            case is_float($v):
                return var_export($v, true);
            case is_bool($v):
                return $v ? 'true' : 'false';
            case $v === null:
                return 'null';
            case is_array($v):
                return 'array(' . count($v) . ')';
            case $v instanceof Closure:
                return 'Closure#' . spl_object_id($v);
            case is_object($v):
                return get_class($v) . '#' . spl_object_id($v);
            default:
                return get_resource_type($v) . '#' . (int)$v;
        }
    }

    private function describeArgs(array $args): string
    {
        return implode(', ', array_map([self::class, 'describe'], $args));
    }

    private function addObject(mixed $o): void
    {
        if (is_object($o) && isset($this->pool[get_class($o)]) && !in_array($o, $this->pool[get_class($o)], true)) {
            $this->pool[get_class($o)][] = $o;
            if (count($this->pool[get_class($o)]) > 12) {
                $old = array_shift($this->pool[get_class($o)]);
                if ($this->diff) {
                    $this->guardedDrop($old);
                }
            }
        }
    }

    /* ---- calls, and the --diff mode's record of them ----------------- */

    /* One call of the sequence ($kind: new, static, call, or loop: a call
     * run by guardedLoop()). Returns what the call returned and throws what
     * it threw; $out gets the arguments after the call (by-reference
     * outputs). In --diff mode it is an op: printed (diff_runtime.php) and
     * recorded as code for a replay, and left out (DomainException) when
     * the deny-list names it. */
    private function x(string $kind, ?object $recv, string $class, string $name, array $args = [], ?array &$out = null,
        array $after = []): mixed
    {
        $run = function () use ($kind, $recv, $class, $name, &$args) {
            return match ($kind) {
                'new' => new $class(...$args),
                'static' => $class::$name(...$args),
                'loop' => $this->guardedLoop($recv, function () use ($recv, $name, &$args) {
                    return $recv->$name(...$args);
                }),
                default => $recv->$name(...$args),
            };
        };
        /* A call the API ends the script for with a fatal error: the plain
         * mode makes it now and then (announced, endsScript()); the
         * differential mode never, as its runs may already have diverged
         * and only one of them would make it. */
        $fatal = self::fatalOfCall($class, $name, $args);
        if ($fatal !== null && ($this->diff || !$this->endsScript($fatal))) {
            throw new DomainException("left out: $class::$name would end the script ($fatal)");
        }
        if (!$this->diff) {
            try {
                $r = $run();
            } finally {
                if ($fatal !== null) {
                    $this->survived();
                }
            }
            $out = $args;
            return $r;
        }
        $types = implode(',', array_map('fz_type', $args));
        $key = fz_call_prefix($recv, $name, $args) . "$class::$name($types)";
        $refs = [];
        foreach ($this->methodOf($class, $name)['params'] ?? [] as $i => $p) {
            if ($p['ref'] && $i < count($args)) {
                $refs[$i] = $p['name'];
            }
        }
        $ae = implode(', ', array_map(fn($a) => $this->expr($a), $args));
        $re = $recv ? $this->expr($recv) : '';
        [$call, $shown] = match ($kind) {
            'new' => ["new $class(...\$a)", "new $class($ae)"],
            'static' => ["$class::$name(...\$a)", "$class::$name($ae)"],
            'loop' => ["fz_loop($re, fn() => $re->$name(...\$a))", "$re->$name($ae)"],
            default => ["$re->$name(...\$a)", "$re->$name($ae)"],
        };
        $r = $this->op($key, $shown, "\$a = [$ae];\n    \$r = $call;", $run, $refs, $recv, $args, $out, $after);
        if ($recv && strcasecmp($name, 'free') === 0) {
            fz_mark_freed($recv);
        }
        return $r;
    }

    /* ---- the API's own fatal errors ----------------------------------- */

    /*
     * The fatal error that PECL event's API (and so this extension) ends the
     * script with for this call, or null: libevent refusing a bufferevent's
     * options (OPT_THREADSAFE without thread support, OPT_UNLOCK_CALLBACKS
     * without OPT_DEFER_CALLBACKS) or an event's flags (EV_SIGNAL with
     * READ/WRITE/CLOSED). Not a bug: run_api_fuzz.php takes such an end as a
     * pass when it was announced (endsScript()).
     */
    private static function fatalOfCall(string $class, string $name, array $args): ?string
    {
        if (strcasecmp($name, '__construct') !== 0 || !array_key_exists(2, $args)) {
            return null;
        }
        $n = self::asInt($args[2]);
        if ($n === null) {
            return null;
        }
        if ($class === 'EventBufferEvent') {
            $o = $n & 0xffffffff;
            $refused = ($o & EventBufferEvent::OPT_THREADSAFE)
                || ($o & (EventBufferEvent::OPT_DEFER_CALLBACKS | EventBufferEvent::OPT_UNLOCK_CALLBACKS)) === EventBufferEvent::OPT_UNLOCK_CALLBACKS;
            return $refused ? 'Failed to allocate bufferevent for socket' : null;
        }
        if ($class === 'Event') {
            $w = $n & 0xffff;
            return ($w & Event::SIGNAL) && ($w & (Event::READ | Event::WRITE | 0x80)) ? 'event_new failed' : null;
        }
        return null;
    }

    /* The int an int parameter makes of $v (PHP's coercion), or null where
     * it throws a TypeError. */
    private static function asInt(mixed $v): ?int
    {
        return match (true) {
            is_int($v) => $v,
            is_bool($v), $v === null => (int)$v,
            is_float($v) => is_finite($v) && abs($v) < 9.2e18 ? (int)$v : null,
            is_string($v) && is_numeric($v) => (int)$v,
            default => null,
        };
    }

    /* Whether to make a call that ends the script with the API's fatal error
     * $fatal (one in FATAL_ODDS). If so, says so on stdout first: a run whose
     * last FUZZ- line is that announcement and whose fatal error is $fatal
     * passed (run_api_fuzz.php); survived() withdraws it. */
    private function endsScript(string $fatal): bool
    {
        if (mt_rand(1, self::FATAL_ODDS) !== 1) {
            $this->log("  (left out: would end the script with \"$fatal\")");
            return false;
        }
        fwrite(STDOUT, "FUZZ-EXPECTED-FATAL: $fatal\n");
        fflush(STDOUT);
        return true;
    }

    private function survived(): void
    {
        fwrite(STDOUT, "FUZZ-EXPECTED-FATAL-SURVIVED\n");
        fflush(STDOUT);
    }

    /* Runs, prints and records one op of the --diff mode: $code sets $r (and
     * $a, the arguments) in the replay, $run does the same here. */
    private function op(string $key, string $shown, string $code, Closure $run, array $refs = [], ?object $recv = null,
        array &$args = [], ?array &$out = null, array $after = [], bool $name = true): mixed
    {
        if (fz_denied($key, $this->random)) {
            throw new DomainException("left out: $key");
        }
        $this->reap();
        $n = ++$this->op;
        fz_begin($n, $key, $shown);
        if (isset($GLOBALS['FZ']['leave'][$n])) {
            /* --leave-out: the runner steers around a documented
             * difference here (its op number stays taken). */
            fz_line('= (left out)');
            throw new DomainException("left out: op $n");
        }
        $names = [];
        $thrown = null;
        $r = null;
        try {
            $r = $run();
            foreach ($name ? (is_array($r) ? $r : [$r]) : [] as $i => $o) {
                if (is_object($o) && isset($this->pool[get_class($o)]) && fz_known($o) === null) {
                    $v = $this->newName('v', $o);
                    $names[] = "$v = fz_take(" . (is_array($r) ? "\$r[$i] ?? null" : '$r') . ", '$v');";
                }
            }
            fz_end($r, $args, $refs, $recv);
        } catch (Throwable $e) {
            fz_fail($e);
            $thrown = $e;
        }
        $out = $args;
        $re = $recv ? $this->expr($recv) : 'null';
        $this->emit(sprintf("fz_begin(%d, %s, %s);\ntry {\n    %s\n    %s%sfz_end(\$r, \$a, %s, %s);%s\n} catch (Throwable \$e) {\n    fz_fail(\$e);\n}\n\$a = \$r = null;",
            $n, self::lit($key), self::lit(strlen($shown) > 300 ? substr($shown, 0, 300) . '...' : $shown), $code,
            $names ? implode("\n    ", $names) . "\n    " : '', '', self::refsLit($refs),
            $re, $after ? "\n    " . implode("\n    ", $after) : ''), $n);
        if ($thrown) {
            throw $thrown;
        }
        return $r;
    }

    private static function refsLit(array $refs): string
    {
        $p = [];
        foreach ($refs as $i => $n) {
            $p[] = "$i => " . self::lit($n);
        }
        return '[' . implode(', ', $p) . ']';
    }

    private function methodOf(string $class, string $name): ?array
    {
        foreach ($this->methods as [$c, $m]) {
            if ($c === $class && strcasecmp($m['name'], $name) === 0) {
                return $m;
            }
        }
        return null;
    }

    /* A variable name for a new object of the sequence (or a callback). */
    private function newName(string $prefix, object $o): string
    {
        $v = '$' . $prefix . ++$this->nameSeq;
        fz_name($o, $v);
        $this->live[$v] = WeakReference::create($o);
        return $v;
    }

    /* Writes one statement of the replay (an op when $op is its number). */
    private function emit(string $code, ?int $op = null): void
    {
        if ($this->record) {
            fwrite($this->record, json_encode(['op' => $op, 'code' => $code], JSON_UNESCAPED_SLASHES) . "\n");
            fflush($this->record);
        }
    }

    /* An object of the sequence that died without an op of its own (its
     * last reference went with a failed make()): the replay lets its
     * variable go too. */
    private function reap(): void
    {
        foreach ($this->live as $v => $w) {
            if ($w->get() === null) {
                unset($this->live[$v]);
                $this->emit("$v = null;");
            }
        }
    }

    private static function lit(string $s): string
    {
        if (preg_match('/^[\x20-\x7e]*$/', $s)) {
            return "'" . strtr($s, ['\\' => '\\\\', "'" => "\\'"]) . "'";
        }
        $o = '"';
        for ($i = 0, $n = strlen($s); $i < $n; $i++) {
            $c = $s[$i];
            $b = ord($c);
            $o .= match (true) {
                $c === '"', $c === '\\', $c === '$' => '\\' . $c,
                $c === "\n" => '\\n', $c === "\r" => '\\r', $c === "\t" => '\\t',
                $b < 0x20 || $b > 0x7e => sprintf('\\x%02x', $b),
                default => $c,
            };
        }
        return $o . '"';
    }

    /* PHP code for a value of the sequence (an argument of a replay). */
    private function expr(mixed $v, int $depth = 0): string
    {
        switch (true) {
            case $v === null:
                return 'null';
            case is_bool($v):
                return $v ? 'true' : 'false';
            case is_int($v):
                return $this->intNames[$v] ?? ($v === PHP_INT_MIN ? 'PHP_INT_MIN' : (string)$v);
            case is_float($v):
                return match (true) {
                    is_nan($v) => 'NAN', $v === INF => 'INF', $v === -INF => '-INF',
                    $v == 0 && fdiv(1, $v) < 0 => '-0.0', default => var_export($v, true),
                };
            case is_string($v):
                return $this->strExpr($v);
            case is_array($v):
                $p = [];
                $list = array_is_list($v);
                foreach ($v as $k => $x) {
                    $p[] = ($list ? '' : var_export($k, true) . ' => ') . $this->expr($x, $depth + 1);
                }
                return '[' . implode(', ', $p) . ']';
            case is_object($v):
                $k = fz_known($v);
                if ($k !== null) {
                    return substr($k, 0, -1);
                }
                return $v instanceof stdClass ? 'new stdClass()' : 'null /* ' . get_class($v) . ' */';
            default:
                if ($v === STDIN) {
                    return 'STDIN';
                }
                return $this->resNames[(int)$v] ?? 'null /* resource */';
        }
    }

    /** @var array<int, string> listening ports and descriptor numbers => their variable */
    private array $intNames = [];

    private function strExpr(string $s): string
    {
        if (($at = strpos($s, $this->tmp)) !== false) {
            return ltrim(($at ? $this->strExpr(substr($s, 0, $at)) . ' . ' : '') . '$tmp'
                . ($at + strlen($this->tmp) < strlen($s) ? ' . ' . $this->strExpr(substr($s, $at + strlen($this->tmp))) : ''));
        }
        if ($this->intNames && preg_match('/:(\d{2,5})\b/', $s, $m, PREG_OFFSET_CAPTURE)
            && isset($this->intNames[(int)$m[1][0]])) {
            $at = $m[1][1];
            return $this->strExpr(substr($s, 0, $at)) . ' . ' . $this->intNames[(int)$m[1][0]] . ' . '
                . $this->strExpr(substr($s, $at + strlen($m[1][0])));
        }
        $n = strlen($s);
        if ($n > 200) {
            for ($k = 1; $k <= 16; $k++) {
                if ($n % $k === 0 && str_repeat(substr($s, 0, $k), intdiv($n, $k)) === $s) {
                    return 'str_repeat(' . self::lit(substr($s, 0, $k)) . ', ' . intdiv($n, $k) . ')';
                }
            }
            return "base64_decode('" . base64_encode($s) . "')";
        }
        return self::lit($s);
    }

    /* Removes every reference the fuzzer holds to $o. */
    private function dropObject(object $o): void
    {
        $class = get_class($o);
        if (isset($this->pool[$class])) {
            $this->pool[$class] = array_values(array_filter($this->pool[$class], static fn($x) => $x !== $o));
        }
        $this->fds = array_values(array_filter($this->fds, static fn($x) => $x !== $o));
    }

    /* Dropping the last reference can run a callback that throws (a close
     * callback of a connection the object takes down with it): the
     * exception reaches the statement that dropped it, as from unset().
     * The caller's variable is the last reference: it goes in here. */
    private function guardedDrop(?object &$o): void
    {
        if ($this->diff) {
            $v = fz_known($o);
            $v = $v === null ? null : substr($v, 0, -1);
            $this->dropObject($o);
            if ($o instanceof EventBase || fz_denied('drop ' . get_class($o))) {
                /* PECL frees the event_base of a dropped EventBase under
                 * the events still on it (a use after free, then a crash
                 * in a later call): the fuzzer keeps every EventBase it
                 * made to the end instead, and so does its replay. So it
                 * does with what the deny-list says not to drop (a dropped
                 * EventBufferEvent lives on in PECL, bevent-lifetime). */
                $this->keep[] = $o;
                if ($v !== null) {
                    unset($this->live[$v]);
                    $this->emit("\$keep[] = $v;\n$v = null;");
                }
                $o = null;
                return;
            }
            try {
                $this->op('drop ' . get_class($o), $v === null ? 'drop' : "$v = null", $v === null ? '$r = null;' : "\$r = $v = null;",
                    function () use (&$o, $v) {
                        if ($v !== null) {
                            unset($this->live[$v]);
                        }
                        $o = null;
                        return null;
                    });
            } catch (Throwable $e) {
                $this->noteThrow($e);
            }
            $o = null;
            return;
        }
        try {
            $this->dropObject($o);
            $o = null;
        } catch (Throwable $e) {
            $this->noteThrow($e);
        }
    }

    /* A call of the sequence threw, as scripts' calls may: count and log it. */
    private function noteThrow(Throwable $e): void
    {
        $this->stats['throws']++;
        $this->log('  ! ' . get_class($e) . ': ' . substr($e->getMessage(), 0, 160));
    }

    private function anyObject(): ?object
    {
        $all = array_merge(...array_values($this->pool));
        return $all ? $this->pick($all) : null;
    }

    private function objectOf(string $class): ?object
    {
        if ($this->pool[$class] ?? [] ) {
            if (!$this->chance($class === 'EventBase' ? 5 : 15)) {
                return $this->pick($this->pool[$class]);
            }
        }
        return $this->make($class);
    }

    private function base(): ?EventBase
    {
        return $this->objectOf('EventBase');
    }

    /* ---- valid objects ---------------------------------------------- */

    private function make(string $class): ?object
    {
        if (!isset($this->pool[$class])) {
            return null;
        }
        try {
            $o = $this->makeValid($class);
        } catch (Throwable $e) {
            $this->log("  make $class: " . get_class($e) . ': ' . $e->getMessage());
            return null;
        }
        $this->addObject($o);
        return $o;
    }

    /* The backend an EventConfig may avoid first. Not epoll in the
     * differential mode: poll and select start each loop step at a random
     * descriptor (libevent's fairness), so two runs would call the
     * callbacks of descriptors ready at once in different orders whatever
     * the build. (kqueue does not exist here: avoiding it changes nothing.) */
    private function firstMethod(): string
    {
        return $this->diff ? 'kqueue' : 'epoll';
    }

    private function makeValid(string $class): ?object
    {
        $this->log("make $class");
        switch ($class) {
            case 'EventBase':
                return $this->chance(20) ? $this->x('new', null, 'EventBase', '__construct', [$this->objectOf('EventConfig')])
                    : $this->x('new', null, 'EventBase', '__construct');
            case 'EventConfig':
                $c = $this->x('new', null, 'EventConfig', '__construct');
                if ($this->chance(30)) {
                    $this->x('call', $c, 'EventConfig', 'avoidMethod', [$this->pick([$this->firstMethod(), 'poll', 'select'])]);
                }
                return $c;
            case 'Event':
                $base = $this->base();
                switch (mt_rand(0, 3)) {
                    case 0:
                        $e = $this->x('static', null, 'Event', 'timer', [$base, $this->callback($base), $this->anyValue()]);
                        $this->x('call', $e, 'Event', 'add', [$this->pick($this->diff ? [0, 0, 2.0] : [0, 0.001, 0.005, 0.02])]);
                        break;
                    case 1:
                        $e = $this->x('static', null, 'Event', 'signal', [$base, $this->pick(self::SAFE_SIGNALS), $this->callback($base)]);
                        break;
                    default:
                        $e = $this->x('new', null, 'Event', '__construct', [$base, $this->realFd(), $this->pick([Event::READ, Event::WRITE,
                            Event::READ | Event::PERSIST, Event::WRITE | Event::PERSIST, Event::READ | Event::ET]),
                            $this->callback($base), $this->anyValue()]);
                        $this->x('call', $e, 'Event', 'add', [$this->pick([-1, $this->diff ? 2.0 : 0.01])]);
                }
                $this->own($e);
                return $e;
            case 'EventBuffer':
                $b = $this->x('new', null, 'EventBuffer', '__construct');
                $this->x('call', $b, 'EventBuffer', 'add', [$this->stringValue()]);
                return $b;
            case 'EventBufferEvent':
                $base = $this->base();
                switch (mt_rand(0, 3)) {
                    case 0:
                        $pair = $this->x('static', null, 'EventBufferEvent', 'createPair',
                            [$base, $this->pick([0, EventBufferEvent::OPT_CLOSE_ON_FREE])]);
                        $this->addObject($pair[1]);
                        $b = $pair[0];
                        break;
                    case 1:
                        $b = $this->x('new', null, 'EventBufferEvent', '__construct', [$base, null, EventBufferEvent::OPT_CLOSE_ON_FREE]);
                        if ($this->ports) {
                            $this->x('call', $b, 'EventBufferEvent', 'connect', ['127.0.0.1:' . $this->pick($this->ports)]);
                            $this->x('call', $b, 'EventBufferEvent', 'write', ["GET /" . mt_rand() . " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"]);
                        }
                        break;
                    default:
                        $b = $this->x('new', null, 'EventBufferEvent', '__construct', [$base, $this->realFd(), 0]);
                }
                $this->x('call', $b, 'EventBufferEvent', 'setCallbacks',
                    [$this->callback($base), $this->callback($base), $this->callback($base), $this->anyValue()]);
                $this->own($b);
                $this->x('call', $b, 'EventBufferEvent', 'enable', [Event::READ | Event::WRITE]);
                return $b;
            case 'EventListener':
                $base = $this->base();
                if ($this->diff) {
                    /* PECL's getSocketName() leaves its outputs unset: the
                     * port comes from a listening socket made here. */
                    [$srv, $port] = fz_server();
                    $sv = '$s' . ++$this->nameSeq;
                    $pv = '$p' . ++$this->nameSeq;
                    $this->resNames[(int)$srv] = $sv;
                    $this->intNames[$port] = $pv;
                    $this->fds[] = $srv;
                    $this->emit("[$sv, $pv] = fz_server();");
                    $l = $this->x('new', null, 'EventListener', '__construct', [$base, $this->callback($base), $this->anyValue(),
                        EventListener::OPT_REUSEABLE, -1, $srv]);
                    $this->own($l);
                    $this->ports[] = $port;
                    $this->client($port);
                    return $l;
                }
                $l = $this->x('new', null, 'EventListener', '__construct', [$base, $this->callback($base), $this->anyValue(),
                    EventListener::OPT_REUSEABLE | EventListener::OPT_CLOSE_ON_FREE, -1, '127.0.0.1:0']);
                $this->own($l);
                $pv = '$p' . ++$this->nameSeq;
                /* (PECL's getSocketName() returns true and leaves its
                 * outputs unset: no port to use then.) */
                if ($this->x('call', $l, 'EventListener', 'getSocketName', [null, null], $out, ["$pv = fz_port(\$a[1]);"])
                        && is_int($out[1] ?? null)) {
                    $port = $out[1];
                    $this->ports[] = $port;
                    $this->intNames[$port] = $pv;
                    fz_port($port);
                    $this->client($port);
                }
                return $l;
            case 'EventDnsBase':
                $d = $this->x('new', null, 'EventDnsBase', '__construct', [$this->base(), false]);
                $this->x('call', $d, 'EventDnsBase', 'addNameserverIp', ['127.0.0.1']);
                return $d;
            case 'EventHttp':
                $base = $this->base();
                $h = $this->x('new', null, 'EventHttp', '__construct',
                    [$base, $this->chance(10) ? $this->objectOf('EventSslContext') : null]);
                [$srv, $port] = fz_server();
                if ($this->diff) {
                    /* Diff mode keeps other objects off the listening socket:
                     * evhttp watches it itself, this server a copy of it
                     * (README http-accept-copy), so what an Event or a
                     * bufferevent on it sees differs by design. The socket
                     * stays open all the same: PECL's server stops when the
                     * script closes it. */
                    $this->kept[] = $srv;
                } else {
                    $this->fds[] = $srv;
                }
                $this->ports[] = $port;
                if ($this->diff) {
                    $sv = '$s' . ++$this->nameSeq;
                    $pv = '$p' . ++$this->nameSeq;
                    $this->resNames[(int)$srv] = $sv;
                    $this->intNames[$port] = $pv;
                    $this->emit("[$sv, $pv] = fz_server();");
                }
                $this->x('call', $h, 'EventHttp', 'accept', [$srv]);
                $this->x('call', $h, 'EventHttp', 'setDefaultCallback', [$this->callback($base), $this->anyValue()]);
                $this->x('call', $h, 'EventHttp', 'setCallback', ['/cb', $this->callback($base)]);
                $this->own($h);
                $this->client($port);
                return $h;
            case 'EventHttpConnection':
                $base = $this->base();
                $c = $this->x('new', null, 'EventHttpConnection', '__construct',
                    [$base, $this->chance(20) ? $this->objectOf('EventDnsBase') : null,
                    '127.0.0.1', $this->ports ? $this->pick($this->ports) : 1]);
                $this->x('call', $c, 'EventHttpConnection', 'setTimeout', [1]);
                $r = $this->x('new', null, 'EventHttpRequest', '__construct', [$this->callback($base), $this->anyValue()]);
                $this->own($r);
                $this->addObject($r);
                $this->x('call', $r, 'EventHttpRequest', 'addHeader', ['Host', '127.0.0.1', EventHttpRequest::OUTPUT_HEADER]);
                $this->x('call', $c, 'EventHttpConnection', 'makeRequest',
                    [$r, $this->pick([EventHttpRequest::CMD_GET, EventHttpRequest::CMD_POST]), $this->pick(['/', '/cb', '/x?y'])]);
                return $c;
            case 'EventHttpRequest':
                $r = $this->x('new', null, 'EventHttpRequest', '__construct', [$this->callback(null), $this->anyValue()]);
                $this->own($r);
                return $r;
            case 'EventSslContext':
                $opts = [EventSslContext::OPT_VERIFY_PEER => false, EventSslContext::OPT_ALLOW_SELF_SIGNED => true];
                if ($this->certs !== null && $this->chance(70)) {
                    $opts[EventSslContext::OPT_LOCAL_CERT] = "{$this->certs}/cert.pem";
                    $opts[EventSslContext::OPT_LOCAL_PK] = "{$this->certs}/key.pem";
                    return $this->x('new', null, 'EventSslContext', '__construct', [EventSslContext::TLS_SERVER_METHOD, $opts]);
                }
                return $this->x('new', null, 'EventSslContext', '__construct', [EventSslContext::TLS_CLIENT_METHOD, $opts]);
            default:
                return null;
        }
    }

    /* A raw client of one of our ports, so accept / HTTP callbacks fire. */
    private function client(int $port): void
    {
        /* (In the differential mode the POST has a Host: HTTP/1.1 without
         * one is answered 400 here and handled by PECL, http-strict-parsing,
         * which would hide whatever the handler does next.) */
        $send = $this->pick(["GET / HTTP/1.1\r\nHost: x\r\n\r\n", "GET /cb HTTP/1.0\r\n\r\n",
            "POST / HTTP/1.1\r\n" . ($this->diff ? "Host: x\r\n" : '') . "Content-Length: 5\r\n\r\nhello", "garbage\r\n\r\n", '']);
        $s = fz_client($port, $send);
        if ($s) {
            $this->fds[] = $s;
            if ($this->diff) {
                $sv = '$s' . ++$this->nameSeq;
                $this->resNames[(int)$s] = $sv;
                $this->emit("$sv = fz_client(" . $this->expr($port) . ', ' . self::lit($send) . ');');
            }
        }
    }

    /* A new non-blocking descriptor of a live socket pair. */
    private function realFd(): mixed
    {
        if (count($this->fds) < 24 && $this->chance(60)) {
            if ($this->chance(70)) {
                $pair = fz_pair();
                if ($this->diff) {
                    $a = '$s' . ++$this->nameSeq;
                    $b = '$s' . ++$this->nameSeq;
                    $this->resNames[(int)$pair[0]] = $a;
                    $this->resNames[(int)$pair[1]] = $b;
                    $this->emit("[$a, $b] = fz_pair();");
                }
            } elseif (function_exists('socket_create_pair')) {
                $a = '$k' . ++$this->nameSeq;
                $b = '$k' . ++$this->nameSeq;
                $pair = fz_spair($a, $b);
                if ($this->diff) {
                    $this->emit("[$a, $b] = fz_spair('$a', '$b');");
                }
            } else {
                return -1;
            }
            array_push($this->fds, ...$pair);
            /* (A descriptor's number, in --diff mode too: both builds
             * number descriptors alike.) */
            if ($this->chance(20)) {
                try {
                    $fv = '$f' . ++$this->nameSeq;
                    $fd = $this->x('static', null, 'EventUtil', 'getSocketFd', [$pair[0]], $out, ["$fv = \$r;"]);
                    if ($this->diff && is_int($fd) && $fd > 2) {
                        $this->intNames[$fd] = $fv;
                    }
                    $this->fds[] = $fd;
                } catch (Throwable) {
                }
            }
            return $pair[0];
        }
        return $this->fds ? $this->pick($this->fds) : -1;
    }

    /* ---- callbacks -------------------------------------------------- */

    private array $unowned = [];

    /* A callback that does something nasty when called. Its owner (the
     * object it is set on) is filled in by own() once that object exists. */
    private function callback(?EventBase $base): Closure
    {
        if ($this->diff) {
            /* The runtime's callback: what it does is decided by a table,
             * not by this sequence's generator (the number of its calls
             * may differ between builds). */
            $id = ++$this->cbSeq;
            $this->emit("\$cb$id = fz_cb($id, " . ($base ? $this->expr($base) : 'null') . ');');
            return fz_cb($id, $base);
        }
        $ctx = new stdClass();
        $ctx->id = ++$this->cbSeq;
        $ctx->owner = null;
        $ctx->base = $base ? WeakReference::create($base) : null;
        $this->unowned[] = $ctx;
        return function (...$args) use ($ctx) {
            return $this->onCallback($ctx, $args);
        };
    }

    /* Makes $o the owner of the callbacks made since the last call. */
    private function own(object $o): void
    {
        foreach ($this->unowned as $ctx) {
            $ctx->owner ??= WeakReference::create($o);
        }
        $this->unowned = [];
    }

    private function onCallback(stdClass $ctx, array $args): mixed
    {
        $this->stats['callbacks']++;
        $owner = $ctx->owner?->get();
        $base = $ctx->base?->get() ?? $this->pool['EventBase'][0] ?? null;
        $this->log("cb#{$ctx->id} of " . self::describe($owner) . ' (' . $this->describeArgs($args) . ')');
        foreach ($args as $a) {
            if (is_object($a) && $this->chance(50)) {
                $this->addObject($a);
            }
            if ((is_resource($a) || $a instanceof Socket) && $this->chance(30)) {
                $this->fds[] = $a;
            }
        }
        $deep = $this->depth >= 3;
        $this->depth++;
        try {
            $r = mt_rand(1, 1000);
            if ($r <= 150) {
                return null;
            } elseif ($r <= 250) {
                $this->log('throw');
                throw new FuzzThrow('fuzz-throw');
            } elseif ($r <= 330) {
                if ($owner && method_exists($owner, 'free')) {
                    $this->log('free own object');
                    $owner->free();
                }
            } elseif ($r <= 410) {
                if ($owner) {
                    $this->log('drop own object');
                    $this->dropObject($owner);
                    $owner = null;
                }
            } elseif ($r <= 480) {
                if ($base) {
                    $how = mt_rand(0, 2);
                    $this->log($how ? 'stop' : 'exit');
                    $how ? $base->stop() : $base->exit($this->diff ? 0.0 : $this->pick([0.0, 0.001]));
                }
            } elseif ($r <= 560) {
                if ($base && !$deep) {
                    $this->log('re-enter loop');
                    $this->guardedLoop($base, fn() => $base->loop(EventBase::LOOP_NONBLOCK));
                }
            } elseif ($r <= 720) {
                if (!$deep) {
                    for ($i = mt_rand(1, 3); $i > 0; $i--) {
                        $this->randomStep();
                    }
                }
            } elseif ($r <= 880) {
                $this->useArgs($args);
            } elseif ($r <= 920) {
                if ($base) {
                    $this->log('free base');
                    $base->free();
                }
            } elseif ($r <= 950) {
                $this->log('gc');
                gc_collect_cycles();
            } elseif ($r <= 960) {
                $this->log('drop everything');
                foreach ($this->pool as $k => $unused) {
                    $this->pool[$k] = [];
                }
                $this->fds = [];
            } elseif ($r <= 961) {
                $this->log('exit()');
                echo "FUZZ-EXIT\n";
                exit(0);
            } else {
                return $this->anyValue();
            }
        } catch (FuzzThrow $e) {
            throw $e;
        } catch (Throwable $e) {
            $this->log('  cb caught ' . get_class($e) . ': ' . $e->getMessage());
            if ($this->chance(20)) {
                throw $e;
            }
        } finally {
            $this->depth--;
        }
        return null;
    }

    /* What a callback usually does with its arguments: answer the HTTP
     * request, read or write the bufferevent, or any call on an object. */
    private function useArgs(array $args): void
    {
        foreach ($args as $a) {
            if ($a instanceof EventHttpRequest) {
                $this->log('use request ' . self::describe($a));
                switch (mt_rand(0, 6)) {
                    case 0:
                        $buf = new EventBuffer();
                        $buf->add(str_repeat('r', mt_rand(0, 3000)));
                        $a->sendReply($this->pick([200, 404, 500, 0, -1, 999]), 'OK', $buf);
                        break;
                    case 1:
                        $a->sendError($this->pick([400, 404, 503]), $this->pick([null, 'bad']));
                        break;
                    case 2:
                        $a->sendReplyStart(200, 'OK');
                        $buf = new EventBuffer();
                        $buf->add('chunk');
                        $a->sendReplyChunk($buf);
                        if ($this->chance(70)) {
                            $a->sendReplyEnd();
                        }
                        break;
                    case 3:
                        $a->free();
                        break;
                    case 4:
                        $a->closeConnection();
                        break;
                    case 5:
                        $a->getInputBuffer()->read(100);
                        $a->getInputHeaders();
                        $a->getBufferEvent();
                        $a->getConnection();
                        break;
                    default:
                        $this->callOn($a);
                }
            } elseif ($a instanceof EventBufferEvent) {
                $this->log('use bufferevent ' . self::describe($a));
                switch (mt_rand(0, 4)) {
                    case 0:
                        $a->read(mt_rand(0, 100));
                        break;
                    case 1:
                        $a->write("GET / HTTP/1.0\r\n\r\n");
                        break;
                    case 2:
                        $a->free();
                        break;
                    case 3:
                        $a->disable(Event::READ);
                        break;
                    default:
                        $this->callOn($a);
                }
            } elseif (is_object($a) && isset($this->pool[get_class($a)])) {
                $this->callOn($a);
            }
        }
    }

    /* Brackets a loop call with a persistent timer that stops that loop, so
     * a loop with nothing left to do but waiting (or a nested one) ends. */
    private function guardedLoop(EventBase $b, Closure $call): mixed
    {
        if ($this->diff) {
            return fz_loop($b, $call);
        }
        $guard = fz_stop_guard($b, 0.02);
        try {
            return $call();
        } finally {
            if ($guard) {
                try {
                    $guard->free();
                } catch (Throwable) {
                }
            }
        }
    }

    /* ---- argument values -------------------------------------------- */

    private function intValue(): int
    {
        switch (mt_rand(0, 5)) {
            case 0:
                return $this->pick([0, -1, PHP_INT_MAX, PHP_INT_MIN, 0x7fffffff, -0x80000000, 0x100000000, 65536]);
            case 1:
            case 2:
                return $this->consts ? $this->pick($this->consts) : 0;
            case 3:
                return ($this->consts ? $this->pick($this->consts) | $this->pick($this->consts) : 3);
            default:
                return mt_rand(-2, 130);
        }
    }

    private function floatValue(): float
    {
        if ($this->diff) {
            /* Times the two builds cannot race on: a timeout of a few
             * milliseconds fires or not by how fast each run happens to be
             * (the loop of a step is stopped after 30 ms), so they are
             * immediate or beyond the run. Not 2^63 seconds and more, or
             * INF: PECL's conversion of those is undefined (README,
             * timeout-beyond-int-range, bevent-timeout-range; their tests
             * pin both behaviours), and what it makes of them shows only
             * later, in which callbacks run. */
            return $this->pick([0.0, -0.0, 2.0, 5.0, -1.0, -0.5, NAN, -INF, -1e20, 1e9]);
        }
        return $this->pick([0.0, -0.0, 0.001, 0.005, 0.01, 0.05, 1.0, -1.0, -0.5, NAN, INF, -INF, 1e20, -1e20,
            PHP_FLOAT_EPSILON, (float)PHP_INT_MAX, 9.2233720368547758E+18, 1e-9]);
    }

    private function stringValue(): string
    {
        switch (mt_rand(0, 12)) {
            case 0:
                return '';
            case 1:
                return "\0";
            case 2:
                return "abc\0def";
            case 3:
                return str_repeat('A', mt_rand(1000, 70000));
            case 4:
                return $this->chance(10) ? str_repeat("x\r\n", 350000) : str_repeat("line\n", 300);
            case 5:
                return $this->bytes(mt_rand(1, 64));
            case 6:
                return "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            case 7:
                return $this->pick([$this->firstMethod(), 'poll', 'select', 'Content-Type', 'Host', 'X-Fuzz', '/', '/cb', '%s%n%x']);
            case 8:
                return "\r\n\r\n\n\0\r";
            case 9:
                return $this->pick($this->files);
            default:
                return 'fuzz' . mt_rand();
        }
    }

    private function arrayValue(): array
    {
        switch (mt_rand(0, 3)) {
            case 0:
                return [];
            case 1:
                return [1, 'a' => 'b', null, [2]];
            default:
                /* EventSslContext options: random keys among its OPT_* constants. */
                $o = [];
                for ($i = mt_rand(0, 5); $i > 0; $i--) {
                    $o[mt_rand(0, 18)] = $this->pick([true, false, 0, 5, -1, 'x', "\0",
                        'HIGH:!aNULL', $this->pick($this->files), [], 1.5]);
                }
                return $o;
        }
    }

    /* Anything at all: a value of any type, including wrong ones. */
    private function anyValue(): mixed
    {
        switch (mt_rand(0, 11)) {
            case 0:
                return null;
            case 1:
                return $this->intValue();
            case 2:
                return $this->floatValue();
            case 3:
                return $this->stringValue();
            case 4:
                return (bool)mt_rand(0, 1);
            case 5:
                return $this->arrayValue();
            case 6:
            case 7:
                return $this->anyObject() ?? new stdClass();
            case 8:
                return $this->fds ? $this->pick($this->fds) : STDIN;
            case 9:
                return new stdClass();
            case 10:
                $closed = $this->chance(50);
                $f = fz_memory($closed);
                $this->resNames[(int)$f] = 'fz_memory(' . ($closed ? 'true' : 'false') . ')';
                return $f;
            default:
                return $this->callback(null);
        }
    }

    private function callableValue(?EventBase $base): mixed
    {
        $r = mt_rand(1, 100);
        if ($r <= 85) {
            return $this->callback($base);
        } elseif ($r <= 90) {
            return 'no_such_function_' . mt_rand();
        } elseif ($r <= 95) {
            return 'gc_collect_cycles';
        }
        $o = $this->anyObject();
        return $o && method_exists($o, 'free') ? [$o, 'free'] : 'strlen';
    }

    /* Host names for parameters that resolve: numeric loopback addresses or
     * names from /etc/hosts only, never a DNS query; plus wrong types that do
     * not convert to a numeric address. */
    private function hostValue(): mixed
    {
        return $this->pick(['127.0.0.1', '::1', 'localhost', '127.0.0.1', "127.0.0.1\0junk", '[::1]', null,
            [], new stdClass(), '127.0.0.1:80']);
    }

    /* Addresses that are parsed, never resolved. */
    private function ipValue(): mixed
    {
        $port = $this->ports ? $this->pick($this->ports) : 1;
        return $this->pick(['127.0.0.1', "127.0.0.1:$port", "[::1]:$port", '[::1]', '::1', '127.0.0.1:0',
            '127.0.0.1:65536', 'bogus', '', "\0", '127.0.0.1:-1', "127.0.0.1:$port\0x", 'unix:' . $this->tmp . '/l.sock',
            'unix:', '[', '127.0.0.1:', ':80']);
    }

    private function portValue(): int
    {
        if ($this->ports && $this->chance(60)) {
            return $this->pick($this->ports);
        }
        return $this->pick([0, 1, -1, 65535, 65536, PHP_INT_MAX, PHP_INT_MIN]);
    }

    private function fdValue(): mixed
    {
        $r = mt_rand(1, 100);
        if ($r <= 70) {
            return $this->realFd();
        } elseif ($r <= 80) {
            return $this->pick([-1, null, 0, PHP_INT_MAX, PHP_INT_MIN, 99999, -2]);
        }
        return $this->anyValue();
    }

    /* A value for one parameter: the parameter's name first (some need safe
     * or meaningful values), then its declared type. */
    private function valueFor(array $p, string $class, string $method, ?EventBase $base): mixed
    {
        $v = $this->valueForName($p, $class, $method, $base);
        /* A descriptor parameter may close what it is given
         * (OPT_CLOSE_ON_FREE): never the fuzzer's stdout or stderr, which
         * carry the trace and the verdict. */
        if (in_array($p['name'], ['fd', 'socket', 'target'], true) && ($v === 1 || $v === 2)) {
            $v = 0;
        }
        return $v;
    }

    private function valueForName(array $p, string $class, string $method, ?EventBase $base): mixed
    {
        $name = $p['name'];
        switch ($name) {
            case 'hostname':
            case 'address':
                return $this->hostValue();
            case 'ip':
            case 'addr':
                return $this->ipValue();
            case 'target':
                return $this->chance(50) ? $this->ipValue() : $this->fdValue();
            case 'filename':
            case 'hosts':
                return $this->pick($this->files);
            case 'initialize':
                /* Never EVDNS_BASE_INITIALIZE_NAMESERVERS (the system's resolvers). */
                return $this->pick([false, 0, EventDnsBase::DISABLE_WHEN_INACTIVE, EventDnsBase::NAMESERVERS_NO_DEFAULT,
                    -1, PHP_INT_MAX, 'x', null, [], 1.5]);
            case 'signum':
                return $this->pick(array_merge(self::SAFE_SIGNALS, [0, -1, 65, 9, 19, PHP_INT_MAX]));
            case 'port':
                return $this->portValue();
            case 'fd':
            case 'socket':
                return $this->fdValue();
            case 'cb':
            case 'readcb':
            case 'writecb':
            case 'eventcb':
            case 'callback':
                if ($p['null'] && $this->chance(15)) {
                    return null;
                }
                return $this->chance(95) ? $this->callableValue($base) : $this->anyValue();
        }
        if (!$this->chance(80)) {
            return $this->anyValue();
        }
        if (!$p['types']) {
            return $this->anyValue();
        }
        if ($p['null'] && $this->chance(10)) {
            return null;
        }
        $t = $this->pick($p['types']);
        switch ($t) {
            case 'int':
                return $this->intValue();
            case 'float':
                return $this->diff || $this->chance(70) ? $this->floatValue() : $this->intValue();
            case 'string':
                return $this->stringValue();
            case 'bool':
                return (bool)mt_rand(0, 1);
            case 'array':
                return $this->arrayValue();
            case 'callable':
                return $this->callableValue($base);
            case 'mixed':
            case 'null':
                return $this->anyValue();
            case 'Socket':
                foreach ($this->fds as $f) {
                    if ($f instanceof Socket) {
                        return $f;
                    }
                }
                return null;
            default:
                return class_exists($t) && isset($this->pool[$t]) ? $this->objectOf($t) : $this->anyValue();
        }
    }

    private function argsFor(array $m, string $class): array
    {
        $params = $m['params'];
        $n = count($params);
        /* Sometimes fewer (only the required ones) or more arguments. */
        if ($this->chance(10)) {
            $n = $this->chance(50) ? $m['required'] : $n + 1;
        } elseif ($this->chance(30)) {
            $n = mt_rand($m['required'], $n);
        }
        $base = null;
        $args = [];
        for ($i = 0; $i < $n; $i++) {
            $v = isset($params[$i]) ? $this->valueFor($params[$i], $class, $m['name'], $base) : $this->anyValue();
            if ($v instanceof EventBase && $base === null) {
                $base = $v;
            }
            $args[] = $v;
        }
        /* Event::SIGNAL takes the fd as a signal number: never one that
         * would hide a crash of this process. */
        if ($class === 'Event' && in_array($m['name'], ['__construct', 'set'], true)) {
            if (isset($args[1], $args[2]) && is_int($args[1]) && is_int($args[2]) && ($args[2] & Event::SIGNAL)
                && in_array($args[1], self::CRASH_SIGNALS, true)) {
                $args[1] = 10;
            }
        }
        /* An accepted socket left blocking could block a read forever. */
        if ($class === 'EventListener' && $m['name'] === '__construct' && isset($args[3]) && is_int($args[3])) {
            $args[3] &= ~EventListener::OPT_LEAVE_SOCKETS_BLOCKING;
        }
        /* EventUtil::createSocket() makes the Socket own the descriptor:
         * only invalid numbers or a pair kept open to the end. */
        if ($class === 'EventUtil' && $m['name'] === 'createSocket') {
            $args[0] = $this->pick([-1, PHP_INT_MAX, PHP_INT_MIN, 99999, 'x', $this->ownedFd()]);
        }
        /* Reserving gigabytes works, but takes seconds with the runner's
         * MALLOC_PERTURB_ (every byte is written): 64 MiB is enough. */
        if ($class === 'EventBuffer' && $m['name'] === 'expand' && isset($args[0]) && is_int($args[0])
            && $args[0] > (1 << 26) && $args[0] < PHP_INT_MAX) {
            $args[0] = 1 << 26;
        }
        return $args;
    }

    private function ownedFd(): int
    {
        $pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
        /* Its number may come up again as a random int: a blocking read on
         * it would hang the fuzzer. */
        foreach ($pair as $s) {
            stream_set_blocking($s, false);
        }
        $this->keep[] = $pair;
        return EventUtil::getSocketFd($pair[0]);
    }

    /* ---- steps ------------------------------------------------------ */

    private function callOn(object $recv): void
    {
        $class = get_class($recv);
        $ms = array_values(array_filter($this->methods,
            static fn($x) => $x[0] === $class && !$x[1]['static'] && !$x[1]['ctor']));
        if ($ms) {
            $this->call($class, $ms[array_rand($ms)][1], $recv);
        }
    }

    private function randomMethod(): void
    {
        [$class, $m] = $this->pick($this->methods);
        $recv = null;
        if (!$m['static'] && !$m['ctor']) {
            $recv = $this->objectOf($class);
            if ($recv === null) {
                return;
            }
        }
        $this->call($class, $m, $recv);
    }

    private function call(string $class, array $m, ?object $recv): void
    {
        $name = $m['name'];
        $args = $this->argsFor($m, $class);
        $this->log("step {$this->step}: " . ($recv ? self::describe($recv) . '->' : "$class::")
            . "$name(" . $this->describeArgs($args) . ')');
        $this->stats['calls']++;
        $kind = match (true) {
            $m['ctor'] => 'new',
            $recv === null => 'static',
            $recv instanceof EventBase && in_array($name, ['loop', 'dispatch'], true) => 'loop',
            default => 'call',
        };
        try {
            $this->random = true;
            try {
                $r = $this->x($kind, $recv, $class, $name, $args);
            } finally {
                $this->random = false;
            }
            if (is_object($r)) {
                $this->own($r);
            } elseif ($recv) {
                $this->own($recv);
            }
            $this->unowned = [];
            foreach (is_array($r) ? $r : [$r] as $o) {
                $this->addObject($o);
            }
            foreach ($args as $a) {
                if ($a instanceof Socket) {
                    $this->fds[] = $a;
                }
            }
            $this->log('  = ' . self::describe($r));
        } catch (Throwable $e) {
            $this->unowned = [];
            $this->noteThrow($e);
        }
    }

    /* A step that is not a method call ($code: the replay's statements,
     * which set $r; $run: the same here). An op in --diff mode. */
    private function other(string $key, string $code, Closure $run, ?object $recv = null, bool $name = false): mixed
    {
        if (!$this->diff) {
            return $run();
        }
        $args = [];
        return $this->op($key, preg_replace('/^\$r = |;$/', '', $code), "\$a = [];\n    $code", $run, [], $recv, $args, $out,
            [], $name);
    }

    private function propertyStep(): void
    {
        $o = $this->anyObject();
        if ($o === null) {
            return;
        }
        $class = get_class($o);
        $props = $this->props[$class] ?? [];
        $this->log("step {$this->step}: properties of " . self::describe($o));
        $e = $this->diff ? $this->expr($o) : '';
        $this->random = true;
        try {
            switch (mt_rand(0, 6)) {
                case 0:
                    $this->other("print_r $class", "\$r = print_r($e, true);", fn() => print_r($o, true));
                    break;
                case 1:
                    $this->other("vars $class", "\$r = [get_object_vars($e), (array)$e];", fn() => [get_object_vars($o), (array)$o]);
                    break;
                case 2:
                    /* Keyed by property ("fd.isset", "fd"), so that a
                     * descriptor prints as its FD name (fz_result()). */
                    $code = implode(', ', array_map(static fn($n) => "'$n.isset' => isset({$e}->$n), '$n' => {$e}->$n", $props));
                    $this->other("props $class", "\$r = [$code];", function () use ($o, $props) {
                        $r = [];
                        foreach ($props as $n) {
                            $r["$n.isset"] = isset($o->$n);
                            $r[$n] = $o->$n;
                        }
                        return $r;
                    });
                    break;
                case 3:
                    if ($props) {
                        $n = $this->pick($props);
                        $v = $this->anyValue();
                        $fatal = !$this->diff && in_array($n, self::READONLY_PROPS[$class] ?? [], true);
                        if ($fatal && !$this->endsScript('Cannot write property')) {
                            break;
                        }
                        try {
                            $this->other("prop-set $class.$n(" . get_debug_type($v) . ')',
                                $e . "->$n = " . ($this->diff ? $this->expr($v) : '') . '; $r = null;',
                                function () use ($o, $n, $v) {
                                    $o->$n = $v;
                                    return null;
                                });
                        } finally {
                            if ($fatal) {
                                $this->survived();
                            }
                        }
                    }
                    break;
                case 4:
                    if ($props) {
                        $n = $this->pick($props);
                        $this->other("prop-ref $class.$n", "\$ref = &{$e}->$n; \$ref = 1; unset(\$ref); \$r = null;",
                            function () use ($o, $n) {
                                $ref = &$o->$n;
                                $ref = 1;
                                unset($ref);
                                return null;
                            });
                    }
                    break;
                case 5:
                    if ($this->chance(50)) {
                        $this->other("serialize $class", "\$r = serialize($e);", fn() => serialize($o));
                    } else {
                        $s = 'O:' . strlen($class) . ':"' . $class . '":0:{}';
                        $this->other("unserialize $class", '$r = unserialize(' . self::lit($s) . ');', fn() => unserialize($s));
                    }
                    break;
                default:
                    $c = $this->other("clone $class", "\$r = clone $e;", fn() => clone $o, null, true);
                    $this->addObject($c);
            }
        } catch (Throwable $e) {
            $this->log('  ! ' . get_class($e) . ': ' . substr($e->getMessage(), 0, 160));
        } finally {
            $this->random = false;
        }
    }

    private function loopStep(): void
    {
        $b = $this->base();
        if ($b === null) {
            return;
        }
        $flags = $this->pick([EventBase::LOOP_NONBLOCK, EventBase::LOOP_ONCE, EventBase::LOOP_NONBLOCK, 0, -1]);
        $this->log("step {$this->step}: loop " . self::describe($b) . " flags=$flags");
        try {
            $this->x('loop', $b, 'EventBase', 'loop', [$flags]);
        } catch (Throwable $e) {
            $this->log('  ! ' . get_class($e) . ': ' . substr($e->getMessage(), 0, 160));
        }
    }

    private function dropStep(): void
    {
        $o = $this->chance(80) ? $this->anyObject() : ($this->pool['EventBase'] ? $this->pick($this->pool['EventBase']) : null);
        if ($o) {
            $this->log("step {$this->step}: drop " . self::describe($o));
            $this->guardedDrop($o);
        }
    }

    public function randomStep(): void
    {
        $r = mt_rand(1, 100);
        if ($r <= 55) {
            $this->randomMethod();
        } elseif ($r <= 70) {
            $this->loopStep();
        } elseif ($r <= 76) {
            $this->dropStep();
        } elseif ($r <= 78) {
            $this->log("step {$this->step}: gc");
            $this->gc();
        } elseif ($r <= 84) {
            $this->propertyStep();
        } else {
            $classes = array_keys($this->pool);
            $this->make($this->pick($classes));
        }
    }

    private function gc(): void
    {
        try {
            $this->other('gc', '$r = null; gc_collect_cycles();', static function () {
                gc_collect_cycles();
                return null;
            });
        } catch (Throwable $e) {
            $this->noteThrow($e);
        }
    }

    public function run(): void
    {
        foreach (['EventBase', 'EventHttp', 'EventHttpConnection', 'Event'] as $class) {
            if (isset($this->pool[$class])) {
                $this->make($class);
            }
        }
        for ($this->step = 1; $this->step <= $this->steps; $this->step++) {
            $this->randomStep();
        }
        /* Let what is in flight finish, then free everything in a random order. */
        foreach ($this->pool['EventBase'] as $b) {
            try {
                $this->x('loop', $b, 'EventBase', 'loop', [EventBase::LOOP_NONBLOCK]);
            } catch (Throwable) {
            }
        }
        $this->log('teardown');
        while ($o = $this->anyObject()) {
            $this->log('teardown: drop ' . self::describe($o));
            $this->guardedDrop($o);
        }
        $this->fds = [];
        $this->gc();
        printf("FUZZ-DONE calls=%d throws=%d callbacks=%d\n", $this->stats['calls'], $this->stats['throws'],
            $this->stats['callbacks']);
    }
}

$opts = getopt('', ['seed:', 'steps:', 'trace', 'certs:', 'skip:', 'diff', 'api:', 'record:', 'deny:', 'dump-api:', 'leave-out:']);
if (isset($opts['dump-api'])) {
    file_put_contents($opts['dump-api'], json_encode(ApiFuzz::apiTable(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
    exit(0);
}
$seed = (int)($opts['seed'] ?? 1);
mt_srand($seed);
$diff = isset($opts['diff']);
$api = null;
if ($diff) {
    /* Every call printed, warnings too (diff_runtime.php); the reference's
     * table of methods, so that both builds draw the same calls. */
    $deny = [];
    foreach ((array)($opts['deny'] ?? []) as $f) {
        foreach (@file($f, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
            $line = trim(preg_replace('/#.*/', '', $line));
            if ($line !== '') {
                $deny[$line] = true;
            }
        }
    }
    fz_start($seed, $deny);
    /* --leave-out=N,M: ops the sequence draws but does not make. */
    $GLOBALS['FZ']['leave'] = array_flip(array_map('intval', array_filter(explode(',', $opts['leave-out'] ?? ''))));
    $api = isset($opts['api']) ? json_decode((string)file_get_contents($opts['api']), true) : null;
} else {
    /* Warnings and notices are expected with wrong arguments: keep stderr for
     * what matters (fatal errors, sanitizer reports). */
    set_error_handler(static fn() => true);
}
/* --skip=A,B leaves classes out (to look past a known bug in one of them). */
$skip = array_filter(explode(',', $opts['skip'] ?? ''));
$fuzz = new ApiFuzz((int)($opts['steps'] ?? 150), isset($opts['trace']) && !$diff, $opts['certs'] ?? null, $skip,
    $diff, $api, $opts['record'] ?? null);
$fuzz->run();
