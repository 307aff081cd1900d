<?php
/* React\Http\Server answering raw clients over react/socket: HTTP/1.0, two
 * pipelined HTTP/1.1 requests on one connection (keep-alive), a POST with a
 * body, a request the server rejects (400). Responses are printed without
 * their Date header. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$http = new React\Http\Server($loop, function (Psr\Http\Message\ServerRequestInterface $r) {
    $body = (string)$r->getBody();
    return new React\Http\Message\Response(200, ['Content-Type' => 'text/plain', 'X-Method' => $r->getMethod()],
        $r->getMethod() . ' ' . $r->getRequestTarget() . ' ' . $r->getProtocolVersion() . ' body=' . $body);
});
$http->on('error', function ($e) { react_log('server error', get_class($e) . ': ' . $e->getMessage()); });
$socket = new React\Socket\Server('127.0.0.1:0', $loop);
$http->listen($socket);
$requests = [
    '1.0' => "GET /ten HTTP/1.0\r\nHost: a\r\n\r\n",
    'keep-alive' => "GET /one HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
    'post' => "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
    'chunked post' => "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
    'bad' => "NONSENSE\r\n\r\n",
];
$left = count($requests);
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
foreach ($requests as $name => $raw) {
    $connector->connect($socket->getAddress())->then(function ($c) use ($name, $raw, &$left, $socket, $loop, $guard) {
        $buf = '';
        $c->on('data', function ($d) use (&$buf) { $buf .= $d; });
        $c->on('close', function () use (&$buf, $name, &$left, $socket, $loop, $guard) {
            react_log($name, str_replace("\r\n", "\\r\\n\n", preg_replace('/^Date: .*\r\n/mi', '', $buf)));
            if (--$left === 0) { $socket->close(); $loop->cancelTimer($guard); }
        });
        $c->write($raw);
    }, react_failed($name));
}
$loop->run();
react_print_log();
echo "run returned\n";
