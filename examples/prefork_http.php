<?php
/*
 * A prefork HTTP server: one EventBase per CPU core, restarted without
 * failing a request.
 *
 * An EventBase runs in one thread, so one PHP process serves from one core.
 * To use them all, this script forks WORKERS processes. Each worker slot has
 * its OWN listening socket on the same port with SO_REUSEPORT, and the kernel
 * spreads new connections over the listening sockets. Workers share nothing:
 * each has its own EventBase, its own EventHttp and its own socket, and no
 * state passes between them (keep sessions, caches and counters elsewhere).
 *
 * Usage: php examples/prefork_http.php PORT [WORKERS]
 *        (WORKERS defaults to the number of cores, as `nproc` reports them)
 * Then:  curl http://127.0.0.1:PORT/     -> "worker 2 pid 12345 request 7 GET /"
 *        kill -HUP <parent pid>              rolling restart: every worker is replaced, one at a time
 *        kill -TERM <parent pid>  (or Ctrl-C)  stops every worker, then the parent exits 0
 *        kill -KILL <worker pid>             the parent starts a new worker in its place
 *
 * Restarts lose nothing. The parent opens the slots' sockets and keeps them
 * for the server's life; a worker inherits its slot's socket. To replace a
 * worker (SIGHUP: new code, new settings), the parent forks the new one on
 * the same socket first, then sends the old one SIGTERM: it calls
 * EventHttp::shutdown(), which stops accepting (the socket stays open in the
 * parent and the new worker, so connections the kernel queues on it wait for
 * the new worker instead of being reset), serves the connections already
 * queued, lets the requests in progress finish with "Connection: close",
 * closes its idle keep-alive connections, and, once none is left, exits.
 * Then the next slot. (With a socket per worker, closed when the worker goes,
 * the kernel would reset what it had queued on it.)
 *
 * The listening socket: EventHttp::bind() cannot set SO_REUSEPORT, but
 * EventHttp::accept() takes a socket that is already listening. The parent
 * makes it with stream_socket_server() and the socket context option
 * "so_reuseport" (PHP sets SO_REUSEADDR on server sockets itself), so no
 * other extension is needed. With ext/sockets the same socket is:
 *     $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
 *     socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
 *     socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, 1);
 *     socket_bind($s, $host, $port); socket_listen($s, 511);
 *     $http->accept($s);
 * (An EventListener with OPT_REUSEABLE_PORT also makes such a socket, but it
 * accepts connections itself and hands them to its own callback, not to
 * EventHttp, so it is the tool for non-HTTP servers; see echo_server.php.)
 *
 * Needs ext/pcntl (CLI only) and Linux 3.9+ for SO_REUSEPORT.
 */

const EXIT_CANNOT_LISTEN = 78;  // a worker's exit code: no point in restarting it
const STOP_GRACE_SECONDS = 10;  // after SIGTERM, how long workers get before SIGKILL
const SHUTDOWN_SECONDS = 5;     // a stopping worker aborts the requests still unanswered after this
const RESTART_DELAY = 1.0;      // a worker that dies this soon after its start is restarted this much later

$isCount = fn($s) => preg_match('/^[0-9]{1,5}$/', $s) === 1 && (int)$s >= 1;
if ($argc < 2 || !$isCount($argv[1]) || (int)$argv[1] > 65535 || (isset($argv[2]) && !$isCount($argv[2]))) {
    fwrite(STDERR, "Usage: php {$argv[0]} PORT [WORKERS]\n"
        . "  PORT: 1-65535; WORKERS: at least 1, default: the number of cores\n");
    exit(64);
}
if (!function_exists('pcntl_fork')) {
    fwrite(STDERR, "ext/pcntl is needed (PHP CLI built with --enable-pcntl)\n");
    exit(69);
}
$port = (int)$argv[1];
$workers = isset($argv[2]) ? (int)$argv[2] : countCores();
$host = getenv('PREFORK_HOST') ?: '127.0.0.1';

exit(runParent($host, $port, $workers));

/** Cores this process may run on: `nproc` honours CPU affinity; /proc/cpuinfo is the fallback. */
function countCores(): int
{
    $n = (int)@shell_exec('nproc 2>/dev/null');
    if ($n < 1) {
        $n = preg_match_all('/^processor\s*:/m', (string)@file_get_contents('/proc/cpuinfo'));
    }
    return max(1, (int)$n);
}

function say(string $line): void
{
    fwrite(STDERR, '[' . date('H:i:s') . '] ' . $line . "\n");
}

/*
 * The parent serves nothing. It blocks SIGTERM, SIGINT, SIGHUP and SIGCHLD
 * and takes them one at a time with pcntl_sigtimedwait(), so a signal can
 * never slip in between "is there something to do?" and "wait" (which a
 * handler plus a blocking pcntl_wait() would allow).
 */
function runParent(string $host, int $port, int $count): int
{
    $signals = [SIGTERM, SIGINT, SIGHUP, SIGCHLD];
    pcntl_sigprocmask(SIG_BLOCK, $signals);

    $sockets = [];    // worker id => its slot's listening socket, for the server's life
    $pids = [];       // worker id => pid
    $started = [];    // worker id => when it was forked
    $restartAt = [];  // worker id => when to fork it again
    $rolling = [];    // worker ids still to replace in a rolling restart, in order
    $retiring = [];   // pid => [worker id, when it was told to stop]: replaced, finishing its requests
    say("parent pid " . getmypid() . ": $count workers on $host:$port");
    for ($id = 1; $id <= $count; $id++) {
        $sockets[$id] = openSocket($host, $port);
        if ($sockets[$id] === null) {
            closeSockets($sockets);
            stopWorkers($pids);
            return 1;
        }
        if (!startWorker($id, $sockets, $pids, $started)) {
            closeSockets($sockets);
            stopWorkers($pids);
            return 1;
        }
    }

    while (true) {
        $wake = $restartAt;
        foreach ($retiring as $r) {
            $wake[] = $r['killAt'];
        }
        $timeout = $wake ? max(0.0, min($wake) - microtime(true)) : 3600.0;
        $info = [];
        $sig = pcntl_sigtimedwait($signals, $info, (int)$timeout, (int)(fmod($timeout, 1.0) * 1e9));
        if ($sig === SIGTERM || $sig === SIGINT) {
            say("parent: " . ($sig === SIGTERM ? 'SIGTERM' : 'SIGINT') . ", stopping the workers");
            // Once the workers let go of them too, the sockets close: new connects are refused.
            closeSockets($sockets);
            stopWorkers(allWorkers($pids, $retiring));
            say("parent: all workers stopped");
            return 0;
        }
        if ($sig === SIGHUP) {
            if ($rolling || $retiring) {
                say("parent: SIGHUP: a rolling restart is already under way");
            } else {
                say("parent: SIGHUP, rolling restart: replacing the workers one at a time");
                $rolling = array_keys($pids);
                sort($rolling);
            }
        }
        if ($sig === SIGCHLD) {
            // One SIGCHLD may stand for several exits: reap them all.
            while (($pid = pcntl_waitpid(-1, $status, WNOHANG)) > 0) {
                if (isset($retiring[$pid])) {
                    say("worker {$retiring[$pid]['id']} pid $pid retired, " . describeExit($status));
                    unset($retiring[$pid]);
                    if (!$rolling && !$retiring) {
                        say("parent: rolling restart done");
                    }
                    continue;
                }
                $id = array_search($pid, $pids, true);
                if ($id === false) {
                    continue;
                }
                unset($pids[$id]);
                say("worker $id pid $pid " . describeExit($status));
                if (pcntl_wifexited($status) && pcntl_wexitstatus($status) === EXIT_CANNOT_LISTEN) {
                    say("parent: a worker cannot listen; stopping");
                    closeSockets($sockets);
                    stopWorkers(allWorkers($pids, $retiring));
                    return 1;
                }
                $early = microtime(true) - $started[$id] < RESTART_DELAY;
                $restartAt[$id] = microtime(true) + ($early ? RESTART_DELAY : 0.0);
            }
        }
        foreach ($retiring as $pid => $r) {
            if ($r['killAt'] <= microtime(true)) {
                say("worker {$r['id']} pid $pid did not stop in time: SIGKILL");
                sendSignal($pid, SIGKILL);
                $retiring[$pid]['killAt'] = PHP_FLOAT_MAX;  // reaped with the next SIGCHLD
            }
        }
        foreach ($restartAt as $id => $when) {
            if ($when <= microtime(true)) {
                unset($restartAt[$id]);
                if (!startWorker($id, $sockets, $pids, $started)) {
                    $restartAt[$id] = microtime(true) + RESTART_DELAY;
                }
            }
        }
        // A rolling restart: the next worker once the one before it has left.
        while ($rolling && !$retiring) {
            $id = array_shift($rolling);
            if (!isset($pids[$id])) {
                continue;   // died meanwhile: its replacement is new anyway
            }
            $old = $pids[$id];
            // The new worker first, on the same socket: nothing queued on it is lost.
            if (!startWorker($id, $sockets, $pids, $started)) {
                $pids[$id] = $old;
                continue;
            }
            $retiring[$old] = ['id' => $id, 'killAt' => microtime(true) + STOP_GRACE_SECONDS];
            sendSignal($old, SIGTERM);
        }
    }
}

/** Every worker's pid, the retiring ones included, for stopWorkers(). */
function allWorkers(array $pids, array $retiring): array
{
    foreach ($retiring as $pid => $r) {
        $pids["{$r['id']} (retiring)"] = $pid;
    }
    return $pids;
}

/** A listening socket on the port that other sockets share (SO_REUSEPORT), or null. */
function openSocket(string $host, int $port)
{
    $context = stream_context_create(['socket' => ['so_reuseport' => true, 'backlog' => 511]]);
    $server = @stream_socket_server("tcp://$host:$port", $errno, $errstr,
        STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
    if ($server === false) {
        say("parent: cannot listen on $host:$port: $errstr");
        return null;
    }
    return $server;
}

function closeSockets(array &$sockets): void
{
    foreach ($sockets as $socket) {
        if (is_resource($socket)) {
            fclose($socket);
        }
    }
    $sockets = [];
}

function startWorker(int $id, array $sockets, array &$pids, array &$started): bool
{
    $pid = pcntl_fork();
    if ($pid < 0) {
        say("worker $id: fork failed: " . pcntl_strerror(pcntl_get_last_error()));
        return false;
    }
    if ($pid === 0) {
        // Only its own slot's socket: the others are the parent's.
        $own = $sockets[$id];
        unset($sockets[$id]);
        closeSockets($sockets);
        exit(runWorker($id, $own));  // never returns into the parent's code
    }
    $pids[$id] = $pid;
    $started[$id] = microtime(true);
    say("worker $id pid $pid started");
    return true;
}

/** SIGTERM to every worker, then wait for all of them (SIGKILL after the grace period). */
function stopWorkers(array $pids): void
{
    foreach ($pids as $pid) {
        sendSignal($pid, SIGTERM);
    }
    $deadline = microtime(true) + STOP_GRACE_SECONDS;
    while ($pids) {
        while (($pid = pcntl_waitpid(-1, $status, WNOHANG)) > 0) {
            $id = array_search($pid, $pids, true);
            if ($id !== false) {
                unset($pids[$id]);
                say("worker $id pid $pid " . describeExit($status));
            }
        }
        if (!$pids) {
            break;
        }
        $left = $deadline - microtime(true);
        if ($left <= 0) {
            foreach ($pids as $id => $pid) {
                say("worker $id pid $pid did not stop in time: SIGKILL");
                sendSignal($pid, SIGKILL);
            }
            $deadline = PHP_FLOAT_MAX;
            $left = 1.0;
        }
        // Wait for the next SIGCHLD (or a bounded slice of the time left).
        $info = [];
        pcntl_sigtimedwait([SIGCHLD], $info, 0, (int)(min($left, 0.5) * 1e9));
    }
}

/** posix_kill() when ext/posix is there; otherwise the kill(1) command. */
function sendSignal(int $pid, int $sig): void
{
    if (function_exists('posix_kill')) {
        posix_kill($pid, $sig);
    } else {
        exec('kill -' . $sig . ' ' . $pid);
    }
}

function describeExit(int $status): string
{
    if (pcntl_wifsignaled($status)) {
        return 'killed by signal ' . pcntl_wtermsig($status);
    }
    return 'exited with code ' . pcntl_wexitstatus($status);
}

/*
 * A worker: its slot's socket, its own EventBase and EventHttp. It was forked
 * before the base existed, so nothing of libevent's is shared with the
 * parent or with the other workers.
 */
function runWorker(int $id, $server): int
{
    // The parent blocked these signals; a worker needs them delivered.
    pcntl_sigprocmask(SIG_SETMASK, []);
    // Ctrl-C sends SIGINT to the whole process group: the parent alone decides,
    // and stops the workers with SIGTERM.
    pcntl_signal(SIGINT, SIG_IGN);

    $base = new EventBase();
    $http = new EventHttp($base);
    if (!$http->accept($server)) {
        say("worker $id: EventHttp::accept() failed");
        return EXIT_CANNOT_LISTEN;
    }
    $pid = getmypid();
    $served = 0;
    $http->setDefaultCallback(function (EventHttpRequest $req) use ($id, $pid, &$served) {
        $served++;
        $method = match ($req->getCommand()) {
            EventHttpRequest::CMD_GET => 'GET',
            EventHttpRequest::CMD_POST => 'POST',
            EventHttpRequest::CMD_HEAD => 'HEAD',
            default => 'OTHER',
        };
        $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
        $req->addHeader('X-Worker', "$id $pid", EventHttpRequest::OUTPUT_HEADER);
        $body = new EventBuffer();
        $body->add("worker $id pid $pid request $served $method {$req->getUri()}\n");
        $req->sendReply(200, 'OK', $body);
    });

    // SIGTERM from the parent (or SIGHUP sent to this worker): stop accepting,
    // finish what is in progress, then leave the loop. The socket stays open
    // in the parent (and in the worker that replaces this one): what the
    // kernel queues on it meanwhile waits there.
    $stopping = false;
    $stop = function () use ($base, $http, $server, $id, &$stopping) {
        if ($stopping) {
            return;
        }
        $stopping = true;
        $http->shutdown(SHUTDOWN_SECONDS, function () use ($base) {
            $base->exit();
        });
        fclose($server);
    };
    $onTerm = Event::signal($base, SIGTERM, $stop);
    $onTerm->add();
    $onHup = Event::signal($base, SIGHUP, $stop);
    $onHup->add();

    $base->loop();
    return 0;
}
