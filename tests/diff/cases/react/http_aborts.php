<?php
/* Clients of React\Http\Server that go away: in the middle of a request's
 * head, in the middle of a 1 MiB request body (the server's body stream
 * sees 'close'), while a streamed response is being written (the response
 * body is closed, its timer stops), and a request cancelled by
 * React\Http\Browser. The server goes on answering a last request. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop, 3.0);
$http = new React\Http\Server($loop, new React\Http\Middleware\StreamingRequestMiddleware(),
    function (Psr\Http\Message\ServerRequestInterface $r) use ($loop) {
        $path = $r->getUri()->getPath();
        $body = $r->getBody();
        if ($path === '/upload') {
            return new React\Promise\Promise(function ($ok) use ($body) {
                $n = 0;
                $body->on('data', function ($d) use (&$n) { $n += strlen($d); });
                $body->on('end', function () use (&$n, $ok) { react_log('server /upload', "end after $n"); $ok(new React\Http\Message\Response(200)); });
                $body->on('close', function () use (&$n) { react_log('server /upload', 'body closed, ' . ($n > 0 ? 'some' : 'no') . ' bytes'); });
                $body->on('error', function ($e) { react_log('server /upload', 'body error ' . $e->getMessage()); });
            });
        }
        if ($path === '/stream') {
            $out = new React\Stream\ThroughStream();
            $t = $loop->addPeriodicTimer(0.005, function () use ($out) { $out->write(str_repeat('s', 1000)); });
            $out->on('close', function () use ($loop, $t) { react_log('server /stream', 'response body closed'); $loop->cancelTimer($t); });
            return new React\Http\Message\Response(200, [], $out);
        }
        if ($path === '/slow') {
            return new React\Promise\Promise(function ($ok) use ($loop) {
                $loop->addTimer(0.1, function () use ($ok) { react_log('server /slow', 'answering late'); $ok(new React\Http\Message\Response(200, [], 'late')); });
            });
        }
        return new React\Http\Message\Response(200, [], "last $path");
    });
$http->on('error', function ($e) { react_log('server error', get_class($e) . ': ' . $e->getMessage()); });
$socket = new React\Socket\Server('127.0.0.1:0', $loop);
$http->listen($socket);
$addr = $socket->getAddress();
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$connector->connect($addr)->then(function ($c) use ($loop) {
    $c->write("GET /half HTTP/1.1\r\nHost: x\r\nX-Unfin");
    $loop->addTimer(0.02, function () use ($c) { $c->close(); });
});
$connector->connect($addr)->then(function ($c) use ($loop) {
    $c->write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n" . str_repeat('u', 300000));
    $loop->addTimer(0.05, function () use ($c) { $c->close(); });
});
$connector->connect($addr)->then(function ($c) use ($loop) {
    $c->write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
    $n = 0;
    $c->on('data', function ($d) use (&$n, $c) { $n += strlen($d); if ($n > 5000) { $c->close(); } });
});
$browser = (new React\Http\Browser($loop, $connector))->withBase('http://' . preg_replace('~^tcp://~', '', $addr));
$slow = $browser->get('/slow');
$slow->then(...react_settled('browser /slow'));
$loop->addTimer(0.03, function () use ($slow) { $slow->cancel(); });
$loop->addTimer(0.3, function () use ($browser, $socket, $loop, $guard) {
    $browser->get('/final')->then(function ($res) use ($socket, $loop, $guard) {
        react_log('browser /final', $res->getStatusCode() . ' ' . $res->getBody());
        $socket->close();
        $loop->cancelTimer($guard);
    }, react_failed('browser /final'));
});
$loop->run();
react_print_log();
echo "run returned\n";
