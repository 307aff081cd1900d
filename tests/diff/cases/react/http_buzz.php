<?php
/* clue/buzz-react's Browser (the HTTP client many ReactPHP applications of
 * its time use, over react/http-client's stack) against React\Http\Server:
 * GET small and 2 MiB bodies, a chunked body, a streamed response, a form
 * submit, a 404 with and without obeySuccessCode, a HEAD, a timeout. */
require __DIR__ . '/_react.inc';
require __DIR__ . '/_http_app.inc';
$loop = react_loop();
$guard = react_guard($loop, 3.0);
$socket = react_http_app($loop);
$base = react_http_base($socket) . '/';
$browser = (new Clue\React\Buzz\Browser($loop, new React\Socket\Connector($loop, ['dns' => false])))->withBase($base);
$left = 0;
$done = react_http_countdown($left, $socket, $loop, $guard);
$ask = function (string $label, $promise) use (&$left, $done) {
    $left++;
    $promise->then(function ($res) use ($label, $done) { react_log($label, react_show_response($res)); $done(); },
        function ($e) use ($label, $done) { react_log($label, 'rejected ' . get_class($e) . ': ' . $e->getMessage()); $done(); });
};
$ask('small', $browser->get('small'));
$ask('big', $browser->get('big'));
$ask('chunked', $browser->get('stream'));
$ask('submit', $browser->submit('echo', ['a' => '1', 'b' => str_repeat('x', 100000)]));
$ask('404', $browser->get('nothing'));
$ask('404 kept', $browser->withOptions(['obeySuccessCode' => false])->get('nothing'));
$ask('head', $browser->head('small'));
$ask('timeout', $browser->withOptions(['timeout' => 0.05])->get('slow'));
$left++;
$browser->withOptions(['streaming' => true])->get('stream')->then(function ($res) use ($done) {
    $n = 0; $all = '';
    $res->getBody()->on('data', function ($d) use (&$n, &$all) { $n++; $all .= $d; });
    $res->getBody()->on('close', function () use (&$n, &$all, $done) {
        react_log('streaming', ($n >= 2 ? 'in pieces: ' : 'in one piece: ') . json_encode($all));
        $done();
    });
}, function ($e) use ($done) { react_log('streaming', 'rejected ' . $e->getMessage()); $done(); });
$loop->run();
react_print_log();
echo "run returned\n";
