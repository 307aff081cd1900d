<?php
/*
 * A burst of connects while an EventHttp server is busy: how many the kernel
 * drops (its accept queue full) and how long until every client has its reply.
 *
 * The server (this process) blocks for --pause seconds inside its loop (a
 * slow handler, a blocking call); meanwhile a child process opens --clients
 * non-blocking connections to it, each sending "GET / HTTP/1.0" once
 * connected and reading the reply. Then the server's loop runs again. Connects beyond the accept queue are
 * dropped by the kernel (TcpExt ListenOverflows in /proc/net/netstat) and
 * their clients resend the SYN only after 1 s, 3 s, 7 s, 15 s...
 *
 * Usage:
 *   php -n -d extension=sockets -d extension=modules/event.so bench/backlog_burst.php \
 *       [--clients=4000] [--pause=0.5] [--listen=bind|N] [--timeout=60]
 *
 *   --listen=bind  EventHttp::bind() (this build: the system's maximum queue,
 *                  net.core.somaxconn; PECL event and older builds: 128)
 *   --listen=N     a socket listening with a queue of N (ext/sockets), given
 *                  to EventHttp::accept(): --listen=128 is what bind() did
 *
 * Old against new, in one build:
 *   ... bench/backlog_burst.php --listen=128
 *   ... bench/backlog_burst.php --listen=bind
 * Needs pcntl, and clients + 50 descriptors per process (ulimit -n). ListenOverflows counts the
 * whole network namespace: run it on a quiet machine.
 */

$opt = ['clients' => 4000, 'pause' => 0.5, 'listen' => 'bind', 'timeout' => 60.0];
foreach (array_slice($argv, 1) as $a) {
    if (!preg_match('/^--(clients|pause|listen|timeout)=(.+)$/', $a, $m)) {
        fwrite(STDERR, "usage: php bench/backlog_burst.php [--clients=N] [--pause=S] [--listen=bind|N] [--timeout=S]\n");
        exit(2);
    }
    $opt[$m[1]] = $m[2];
}
$clients = (int)$opt['clients'];
$pause = (float)$opt['pause'];
$timeout = (float)$opt['timeout'];

function listen_overflows(): ?int
{
    $lines = @file('/proc/net/netstat', FILE_IGNORE_NEW_LINES);
    for ($i = 0; $lines && $i + 1 < count($lines); $i++) {
        if (str_starts_with($lines[$i], 'TcpExt:') && str_starts_with($lines[$i + 1], 'TcpExt:')) {
            $k = array_search('ListenOverflows', explode(' ', $lines[$i]), true);
            return $k === false ? null : (int)explode(' ', $lines[$i + 1])[$k];
        }
    }
    return null;
}

/* The queue length the kernel reports for our listening socket (ss: Send-Q). */
function listen_queue(int $port): string
{
    $out = @shell_exec("ss -ltnH 'sport = :$port' 2>/dev/null");
    $cols = $out ? preg_split('/\s+/', trim($out)) : [];
    return $cols[2] ?? '?';
}

if (!function_exists('pcntl_fork')) {
    fwrite(STDERR, "needs the pcntl extension\n");
    exit(2);
}
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);

/* Server to child: "go" when the pause starts. Child to server: the figures. */
[$ctl, $ctlChild] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);

/* Fork before any EventBase exists: a base must not cross a fork. */
$pid = pcntl_fork();
if ($pid < 0) {
    fwrite(STDERR, "fork failed\n");
    exit(1);
}
if ($pid === 0) {
    fclose($ctl);
    run_clients($ctlChild, $port, $clients, $pause, $timeout);
    exit(0);
}
fclose($ctlChild);

$base = new EventBase();
$http = new EventHttp($base);
$http->setDefaultCallback(function (EventHttpRequest $req) {
    $b = new EventBuffer();
    $b->add("hello\n");
    $req->sendReply(200, 'OK', $b);
});
if ($opt['listen'] === 'bind') {
    if (!$http->bind('127.0.0.1', $port)) {
        fwrite(STDERR, "bind failed\n");
        exit(1);
    }
} else {
    $ls = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($ls, SOL_SOCKET, SO_REUSEADDR, 1);
    socket_bind($ls, '127.0.0.1', $port);
    socket_listen($ls, (int)$opt['listen']);
    $http->accept($ls);
}
$queue = listen_queue($port);

$before = listen_overflows();
$busy = new Event($base, -1, Event::TIMEOUT, function () use ($ctl, $pause) {
    fwrite($ctl, "go\n");
    usleep((int)($pause * 1e6));
});
$busy->add(0.05);

$report = '';
$reader = new Event($base, $ctl, Event::READ | Event::PERSIST, function () use ($base, $ctl, &$report) {
    $chunk = fread($ctl, 65536);
    $report .= (string)$chunk;
    if (feof($ctl) || str_ends_with($report, "\n")) {
        $base->exit();
    }
});
$reader->add();
$limit = new Event($base, -1, Event::TIMEOUT, function () use ($base) { $base->exit(); });
$limit->add($timeout + 5);
$base->loop();
$after = listen_overflows();
pcntl_waitpid($pid, $status);

$r = json_decode(trim($report), true);
if (!is_array($r)) {
    fwrite(STDERR, "no report from the clients\n");
    exit(1);
}
$times = $r['times'];
sort($times);
$n = count($times);
$within = function (float $s) use ($times) {
    return count(array_filter($times, fn($t) => $t <= $s));
};
printf("listen:            %s (queue %s), %d clients, pause %.2f s\n", $opt['listen'], $queue, $clients, $pause);
printf("ListenOverflows:   %s -> %s (%s)\n", $before ?? '?', $after ?? '?',
    $before === null ? 'not readable' : '+' . ($after - $before));
printf("connected when the pause ended: %d of %d\n", $r['connected'], $clients);
printf("answered:          %d of %d (%d failed)\n", $n, $clients, $r['failed']);
if ($n) {
    printf("all answered after: %.3f s from the first connect (median %.3f s, p99 %.3f s)\n",
        $times[$n - 1], $times[intdiv($n, 2)], $times[min($n - 1, (int)floor($n * 0.99))]);
    printf("answered within 1 s: %d, 1-3 s: %d, 3-7 s: %d, later: %d\n",
        $within(1.0), $within(3.0) - $within(1.0), $within(7.0) - $within(3.0), $n - $within(7.0));
}
exit($n === $clients ? 0 : 1);

/* The child: waits for "go", connects every client at once, sends each
 * request once its connect completes, and writes back one JSON line:
 * seconds from the first connect to each reply, failures, and how many
 * connects were complete when the pause ended. */
function run_clients($ctl, int $port, int $clients, float $pause, float $timeout): void
{
    if (fgets($ctl) !== "go\n") {
        return;
    }
    $base = new EventBase();
    $t0 = microtime(true);
    $times = [];
    $failed = 0;
    $events = [];
    for ($i = 0; $i < $clients; $i++) {
        $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1,
            STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
        if (!$s) {
            $failed++;
            continue;
        }
        stream_set_blocking($s, false);
        $events[$i] = client($base, $s, $t0, $times, $failed);
    }
    $connected = -1;
    $check = new Event($base, -1, Event::TIMEOUT, function () use (&$events, &$connected, &$times) {
        /* A connect still in progress now had its SYN dropped; answered
         * clients were connected too. */
        $connected = count($times);
        foreach ($events as $e) {
            if ($e->s !== null && is_resource($e->s) && @stream_socket_get_name($e->s, true) !== false) {
                $connected++;
            }
        }
    });
    $check->add(max(0.0, $t0 + $pause - microtime(true)));
    $deadline = $t0 + $timeout;
    $tick = new Event($base, -1, Event::TIMEOUT | Event::PERSIST, function () use ($base, $clients, $deadline, &$times, &$failed, &$connected) {
        if (($connected >= 0 && count($times) + $failed >= $clients) || microtime(true) > $deadline) {
            $base->exit();
        }
    });
    $tick->add(0.005);
    $base->loop();
    fwrite($ctl, json_encode(['times' => $times, 'failed' => $clients - count($times), 'connected' => $connected]) . "\n");
}

/* One client: request on connect, reply until EOF. */
function client(EventBase $base, $s, float $t0, array &$times, int &$failed): object
{
    $c = new stdClass();
    $c->s = $s;
    $c->buf = '';
    $c->ev = new Event($base, $s, Event::WRITE, function () use ($base, $c, $t0, &$times, &$failed) {
        if (@fwrite($c->s, "GET / HTTP/1.0\r\n\r\n") === false) {
            $failed++;
            fclose($c->s);
            $c->s = null;
            return;
        }
        $c->ev = new Event($base, $c->s, Event::READ | Event::PERSIST, function () use ($c, $t0, &$times, &$failed) {
            $chunk = @fread($c->s, 8192);
            $c->buf .= (string)$chunk;
            if (feof($c->s)) {
                $c->ev->free();
                if (substr($c->buf, 0, 7) === 'HTTP/1.' && substr($c->buf, 9, 3) === '200') {
                    $times[] = microtime(true) - $t0;
                } else {
                    $failed++;
                }
                fclose($c->s);
                $c->s = null;
            }
        });
        $c->ev->add();
    });
    $c->ev->add();
    return $c;
}
