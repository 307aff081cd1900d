--TEST--
Regression (HTTP fuzzer): closeConnection() right after sendReply() in a handler delivers the reply, then closes, without libevent warning about a closed descriptor
--EXTENSIONS--
sockets
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

/* libevent logs to the process's stderr, which a script cannot read back:
 * run the server in a child PHP with the same extension and look at it. */
if (($argv[1] ?? '') !== 'child') {
    $ext = null;
    foreach (explode("\n", (string)shell_exec('cat /proc/' . getmypid() . '/maps')) as $line) {
        if (preg_match('~(/\S+/event\.so)$~', $line, $m)) { $ext = $m[1]; break; }
    }
    /* In the sanitizer run (EVENT_ASAN_DIR), the runner's PHP is the wrapper
     * that loads the runtime its event.so needs. */
    $php = getenv('EVENT_ASAN_DIR') !== false && getenv('TEST_PHP_EXECUTABLE') ? getenv('TEST_PHP_EXECUTABLE') : PHP_BINARY;
    $cmd = [$php, '-n', '-d', 'extension=sockets', '-d', "extension=$ext", __FILE__, 'child'];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    echo $out;
    echo "stderr: ", $err === '' ? "(empty)\n" : $err;
    exit;
}

$base = new EventBase();
[$http, $port] = http_test_server($base);
$closed = 0; $handled = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$closed, &$handled) {
    $handled++;
    $req->getConnection()->setCloseCallback(function () use (&$closed) { $closed++; });
    $b = new EventBuffer();
    $b->add('bye');
    $req->sendReply(200, 'OK', $b);
    $req->closeConnection();
});
$c = http_test_client($port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$closed) { return $closed > 0; });
http_test_run($base, fn() => false, 0.1);
echo "handled=$handled closed=$closed close_wait=", http_test_sockets($port), "\n";
echo "client got the reply: ", var_export(str_contains(http_test_read($c), "\r\n\r\nbye"), true), "\n";
?>
--EXPECT--
handled=1 closed=1 close_wait=0
client got the reply: true
stderr: (empty)
