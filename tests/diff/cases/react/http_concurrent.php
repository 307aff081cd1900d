<?php
/* Many requests at once on one ExtEventLoop: 30 POSTs of different sizes
 * (up to 870 KB) and 5 downloads of 2 MiB, all in flight together, and a
 * client that drops a streamed response halfway. Prints which answers were
 * right, not their order. */
require __DIR__ . '/_react.inc';
require __DIR__ . '/_http_app.inc';
$loop = react_loop();
$guard = react_guard($loop, 4.0);
$socket = react_http_app($loop);
$base = react_http_base($socket);
$browser = (new React\Http\Browser($loop, new React\Socket\Connector($loop, ['dns' => false])))->withBase($base);
$left = 0;
$results = [];
$done = react_http_countdown($left, $socket, $loop, $guard);
for ($i = 0; $i < 30; $i++) {
    $body = str_repeat(chr(65 + $i % 26), $i * 30000);
    $want = 'POST ' . strlen($body) . ' ' . md5($body);
    $left++;
    $browser->post('/echo', [], $body)->then(function ($res) use ($want, &$results, $done, $i) {
        $results["post $i"] = (string)$res->getBody() === $want ? 'ok' : 'wrong: ' . $res->getBody();
        $done();
    }, function ($e) use (&$results, $done, $i) { $results["post $i"] = 'failed: ' . $e->getMessage(); $done(); });
}
$big = md5(str_repeat('abcdefgh', 256 * 1024));
for ($i = 0; $i < 5; $i++) {
    $left++;
    $browser->get('/big')->then(function ($res) use ($big, &$results, $done, $i) {
        $results["big $i"] = md5((string)$res->getBody()) === $big ? 'ok' : 'wrong';
        $done();
    }, function ($e) use (&$results, $done, $i) { $results["big $i"] = 'failed: ' . $e->getMessage(); $done(); });
}
$left++;
$browser->requestStreaming('GET', '/stream')->then(function ($res) use (&$results, $done) {
    $res->getBody()->once('data', function ($d) use ($res, &$results, $done) {
        $results['dropped stream'] = "first piece " . json_encode($d) . ', then closed';
        $res->getBody()->close();
        $done();
    });
}, function ($e) use (&$results, $done) { $results['dropped stream'] = 'failed: ' . $e->getMessage(); $done(); });
$loop->run();
ksort($results, SORT_NATURAL);
$ok = array_keys($results, 'ok', true);
echo count($ok), " of 35 right\n";
foreach ($results as $k => $v) { if ($v !== 'ok') { echo "$k: $v\n"; } }
echo "run returned\n";
