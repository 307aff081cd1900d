--TEST--
EventHttp: replies are written in the loop step that produced them, and stay correct for partial writes (8 MiB), pipelined requests, Connection: close, HTTP/1.0, chunked replies and replies sent later from a timer
--EXTENSIONS--
sockets
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$big = random_bytes(8 << 20);
$http->setDefaultCallback(function (EventHttpRequest $req) use ($base, $big) {
    $uri = $req->getUri();
    $b = new EventBuffer();
    if ($uri === '/big') {
        $b->add($big);
        $req->sendReply(200, 'OK', $b);
    } elseif ($uri === '/chunked') {
        $req->sendReplyStart(200, 'OK');
        foreach (['a', 'bb', 'ccc'] as $c) { $b->add($c); $req->sendReplyChunk($b); }
        $req->sendReplyEnd();
    } elseif ($uri === '/later') {
        $t = Event::timer($base, function () use ($req, &$t) {
            $b = new EventBuffer(); $b->add('later');
            $req->sendReply(200, 'OK', $b);
        });
        $t->add(0.05);
    } else {
        $b->add("body of $uri");
        $req->sendReply(200, 'OK', $b);
    }
});

/* Reads one full HTTP response (Content-Length or chunked) from $s. */
function read_response($s, EventBase $base, string &$pending): ?array
{
    $deadline = microtime(true) + 10;
    while (microtime(true) < $deadline) {
        if (($p = strpos($pending, "\r\n\r\n")) !== false) {
            $head = substr($pending, 0, $p);
            $rest = substr($pending, $p + 4);
            if (preg_match('/Content-Length: (\d+)/i', $head, $m) && strlen($rest) >= (int)$m[1]) {
                $pending = substr($rest, (int)$m[1]);
                return [strtok($head, "\r\n"), substr($rest, 0, (int)$m[1])];
            }
            if (stripos($head, 'chunked') !== false && ($e = strpos($rest, "0\r\n\r\n")) !== false) {
                $body = ''; $r = substr($rest, 0, $e + 5);
                while (preg_match('/^([0-9a-f]+)\r\n/', $r, $m) && ($n = hexdec($m[1])) > 0) {
                    $body .= substr($r, strlen($m[0]), $n);
                    $r = substr($r, strlen($m[0]) + $n + 2);
                }
                $pending = substr($rest, $e + 5);
                return [strtok($head, "\r\n"), $body];
            }
        }
        $base->loop(EventBase::LOOP_NONBLOCK);
        $chunk = @socket_read($s, 1 << 20);
        if ($chunk === '') {
            /* EOF: an HTTP/1.0 reply without length ends here. */
            if (($p = strpos($pending, "\r\n\r\n")) !== false) {
                $r = [strtok(substr($pending, 0, $p), "\r\n"), substr($pending, $p + 4)];
                $pending = '';
                return $r;
            }
            return null;
        }
        if ($chunk !== false) $pending .= $chunk; else usleep(500);
    }
    return null;
}

function check(string $name, EventBase $base, int $port, string $raw, array $want): void
{
    $s = http_test_client($port, $raw);
    socket_set_nonblock($s);
    $pending = '';
    $got = [];
    foreach ($want as $_) {
        $r = read_response($s, $base, $pending);
        $got[] = $r ? $r[0] . ' ' . (strlen($r[1]) > 64 ? md5($r[1]) : $r[1]) : 'none';
    }
    echo $name, ': ', $got === $want ? 'ok' : 'MISMATCH ' . json_encode($got), "\n";
    socket_close($s);
}

check('8 MiB', $base, $port, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n", ['HTTP/1.1 200 OK ' . md5($big)]);
check('pipelined', $base, $port,
    "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n",
    ['HTTP/1.1 200 OK body of /1', 'HTTP/1.1 200 OK body of /2', 'HTTP/1.1 200 OK body of /3']);
check('Connection: close', $base, $port, "GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", ['HTTP/1.1 200 OK body of /c']);
check('HTTP/1.0', $base, $port, "GET /old HTTP/1.0\r\n\r\n", ['HTTP/1.0 200 OK body of /old']);
check('chunked', $base, $port, "GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n", ['HTTP/1.1 200 OK abbccc']);
check('from a timer, then pipelined', $base, $port,
    "GET /later HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n",
    ['HTTP/1.1 200 OK later', 'HTTP/1.1 200 OK body of /after']);
?>
--EXPECT--
8 MiB: ok
pipelined: ok
Connection: close: ok
HTTP/1.0: ok
chunked: ok
from a timer, then pipelined: ok
