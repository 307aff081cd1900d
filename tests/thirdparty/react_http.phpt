--TEST--
ReactPHP's react/http (Debian's bundle) on this extension: React\Http\Server answering React\Http\Browser and clue/buzz-react's Browser (small, chunked, 2 MiB and 1 MiB POST bodies, a timeout) and a raw HTTP/1.0 client
--EXTENSIONS--
sockets
posix
--SKIPIF--
<?php
require __DIR__ . '/../react_bundle.inc';
if (react_autoload_path() === null) { die('skip no ReactPHP bundle (scripts/react-bundle.sh)'); }
?>
--FILE--
<?php
/* The expectation is what PECL event 3.1.5 prints for this script. */
require __DIR__ . '/../react_bundle.inc';
react_load();
$loop = new React\EventLoop\ExtEventLoop();
$guard = $loop->addTimer(2.5, function () use ($loop) { echo "GUARD: timed out\n"; $loop->stop(); });
$http = new React\Http\Server($loop, new React\Http\Middleware\StreamingRequestMiddleware(),
    new React\Http\Middleware\RequestBodyBufferMiddleware(4 << 20),
    function (Psr\Http\Message\ServerRequestInterface $r) use ($loop) {
        switch ($r->getUri()->getPath()) {
            case '/stream':
                $body = new React\Stream\ThroughStream();
                $i = 0;
                $loop->addPeriodicTimer(0.005, function ($t) use ($loop, $body, &$i) {
                    if (++$i > 3) { $loop->cancelTimer($t); $body->end("end\n"); return; }
                    $body->write("chunk $i\n");
                });
                return new React\Http\Message\Response(200, ['Content-Type' => 'text/plain'], $body);
            case '/big':
                return new React\Http\Message\Response(200, [], str_repeat('abcdefgh', 256 * 1024));
            case '/echo':
                $b = (string)$r->getBody();
                return new React\Http\Message\Response(200, [], $r->getMethod() . ' ' . strlen($b) . ' ' . md5($b));
            case '/slow':
                return new React\Promise\Promise(function ($ok) use ($loop) {
                    $loop->addTimer(0.3, function () use ($ok) { $ok(new React\Http\Message\Response(200, [], 'late')); });
                });
        }
        return new React\Http\Message\Response(200, ['Content-Type' => 'text/plain'], 'hi ' . $r->getUri()->getPath());
    });
$socket = new React\Socket\Server('127.0.0.1:0', $loop);
$http->listen($socket);
$base = 'http://' . preg_replace('~^tcp://~', '', $socket->getAddress());
$connector = new React\Socket\Connector($loop, ['dns' => false]);
$results = [];
$pending = 0;
$show = function ($res) {
    $body = (string)$res->getBody();
    return $res->getStatusCode() . ' ' . strlen($body) . ' bytes ' . (strlen($body) <= 50 ? json_encode($body) : md5($body));
};
$ask = function (string $label, $promise) use (&$results, &$pending, $show, $socket, $loop, $guard) {
    $pending++;
    $settle = function (string $what) use ($label, &$results, &$pending, $socket, $loop, $guard) {
        $results[$label] = $what;
        if (--$pending === 0) { $socket->close(); $loop->cancelTimer($guard); }
    };
    $promise->then(function ($res) use ($settle, $show) { $settle($show($res)); },
        function ($e) use ($settle) { $settle(get_class($e) . ': ' . $e->getMessage()); });
};
$browser = (new React\Http\Browser($loop, $connector))->withBase($base);
$ask('react small', $browser->get('/small'));
$ask('react chunked', $browser->get('/stream'));
$ask('react big', $browser->get('/big'));
$ask('react post', $browser->post('/echo', [], str_repeat('p', 1 << 20)));
$ask('react timeout', $browser->withTimeout(0.05)->get('/slow'));
$buzz = (new Clue\React\Buzz\Browser($loop, $connector))->withBase($base . '/');
$ask('buzz small', $buzz->get('small'));
$ask('buzz big', $buzz->get('big'));
$ask('buzz chunked', $buzz->get('stream'));
$pending++;
$connector->connect($socket->getAddress())->then(function ($c) use (&$results, &$pending, $socket, $loop, $guard) {
    $raw = '';
    $c->on('data', function ($d) use (&$raw) { $raw .= $d; });
    $c->on('close', function () use (&$raw, &$results, &$pending, $socket, $loop, $guard) {
        $results['raw 1.0'] = json_encode(preg_replace('/^Date: .*\r\n/mi', '', $raw));
        if (--$pending === 0) { $socket->close(); $loop->cancelTimer($guard); }
    });
    $c->write("GET /raw HTTP/1.0\r\nHost: x\r\n\r\n");
});
$loop->run();
ksort($results);
foreach ($results as $k => $v) { echo "$k: $v\n"; }
echo "big body md5 should be ", md5(str_repeat('abcdefgh', 256 * 1024)), "\n";
echo "post md5 should be ", md5(str_repeat('p', 1 << 20)), "\n";
?>
--EXPECT--
buzz big: 200 2097152 bytes 84bc77dd5345813d94eabafca292fa27
buzz chunked: 200 28 bytes "chunk 1\nchunk 2\nchunk 3\nend\n"
buzz small: 200 9 bytes "hi \/small"
raw 1.0: "HTTP\/1.0 200 OK\r\nContent-Type: text\/plain\r\nServer: ReactPHP\/1\r\nContent-Length: 7\r\n\r\nhi \/raw"
react big: 200 2097152 bytes 84bc77dd5345813d94eabafca292fa27
react chunked: 200 28 bytes "chunk 1\nchunk 2\nchunk 3\nend\n"
react post: 200 45 bytes "POST 1048576 ce237b8c1efe5870277835373a7863ad"
react small: 200 9 bytes "hi \/small"
react timeout: RuntimeException: Request timed out after 0.05 seconds
big body md5 should be 84bc77dd5345813d94eabafca292fa27
post md5 should be ce237b8c1efe5870277835373a7863ad
