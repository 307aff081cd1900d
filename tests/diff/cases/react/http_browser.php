<?php
/* React\Http\Browser (react/http's client) against React\Http\Server, both
 * on one ExtEventLoop: a small body, a streamed (chunked) body, a 2 MiB
 * body, a 1 MiB POST, a redirect followed, a 404 rejected, a timeout, a
 * streaming request whose body arrives in pieces. */
require __DIR__ . '/_react.inc';
require __DIR__ . '/_http_app.inc';
$loop = react_loop();
$guard = react_guard($loop, 3.0);
$socket = react_http_app($loop);
$base = react_http_base($socket);
$browser = (new React\Http\Browser($loop, new React\Socket\Connector($loop, ['dns' => false])))->withBase($base);
$left = 0;
$done = react_http_countdown($left, $socket, $loop, $guard);
$ask = function (string $label, $promise) use (&$left, $done) {
    $left++;
    $promise->then(function ($res) use ($label, $done) { react_log($label, react_show_response($res)); $done(); },
        function ($e) use ($label, $done) { react_log($label, 'rejected ' . get_class($e) . ': ' . $e->getMessage()); $done(); });
};
$ask('small', $browser->get('/small'));
$ask('stream', $browser->get('/stream'));
$ask('big', $browser->get('/big'));
$ask('post 1 MiB', $browser->post('/echo', ['Content-Type' => 'application/octet-stream'], str_repeat('z', 1 << 20)));
$ask('redirect', $browser->get('/redirect'));
$ask('404', $browser->get('/nothing'));
$ask('404 kept', $browser->withRejectErrorResponse(false)->get('/nothing'));
$ask('timeout', $browser->withTimeout(0.05)->get('/slow'));
$body = new React\Stream\ThroughStream();
$ask('streamed request', $browser->post('/echo', ['Content-Length' => '12'], $body));
$loop->addTimer(0.01, function () use ($body) { $body->write('first '); });
$loop->addTimer(0.02, function () use ($body) { $body->end('second'); });
$left++;
$browser->requestStreaming('GET', '/stream')->then(function ($res) use ($done) {
    $parts = [];
    $res->getBody()->on('data', function ($d) use (&$parts) { $parts[] = $d; });
    $res->getBody()->on('close', function () use (&$parts, $done) {
        react_log('streaming response', implode('', $parts));
        $done();
    });
}, function ($e) use ($done) { react_log('streaming response', 'rejected ' . $e->getMessage()); $done(); });
$loop->run();
react_print_log();
echo "expected md5 of the big body ", md5(str_repeat('abcdefgh', 256 * 1024)), "\n";
echo "run returned\n";
