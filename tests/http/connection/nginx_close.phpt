--TEST--
EventHttp behind nginx (proxy_http_version 1.1, upstream keepalive, proxy_ignore_client_abort off): clients killed while their requests are held close the backend connections, 10 of 10 close callbacks with isAborted() true, nothing left in CLOSE_WAIT
--EXTENSIONS--
sockets
--SKIPIF--
<?php
require __DIR__ . '/../../http_nginx.inc';
if (http_nginx_binary() === null) die('skip nginx is not installed (scripts/install-deps.sh test)');
?>
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_nginx.inc';

const CLIENTS = 10;

$base = new EventBase();
$backPort = http_test_free_port();
$http = new EventHttp($base);
var_dump($http->bind('127.0.0.1', $backPort));

/* The server holds every request (no reply), as a long-poll would. */
$held = [];
$closed = 0;
$abortedInCallback = 0;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held, &$closed, &$abortedInCallback) {
    $held[] = $req;
    $req->getConnection()->setCloseCallback(function (EventHttpConnection $conn, $arg) use ($req, &$closed, &$abortedInCallback) {
        $closed++;
        if ($req->isAborted()) {
            $abortedInCallback++;
        }
    });
});

$nginx = http_nginx_start($backPort);
echo "nginx answers: ", $nginx ? 'yes' : 'no', "\n";
if (!$nginx) {
    exit;
}

$clients = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $clients[] = http_test_client($nginx['port'], "GET /poll/$i HTTP/1.1\r\nHost: example.test\r\n\r\n");
}
$ok = http_test_run($base, function () use (&$held) { return count($held) >= CLIENTS; }, 10.0);
echo "requests held: ", count($held), " of ", CLIENTS, "\n";

/* Half leave with a FIN, half with an RST. */
foreach ($clients as $i => $c) {
    http_test_close($c, $i % 2 ? 'rst' : 'fin');
}
$t0 = microtime(true);
http_test_run($base, function () use (&$closed) { return $closed >= CLIENTS; }, 10.0);
$s = microtime(true) - $t0;
http_test_run($base, fn() => false, 0.1); /* a second close callback would show here */

$aborted = count(array_filter($held, fn($r) => $r->isAborted()));
echo "close callbacks: $closed of ", CLIENTS, " (", $s < 5 ? 'within 5 s' : sprintf('after %.1f s', $s), ")\n";
echo "isAborted() true in the close callback: $abortedInCallback, afterwards: $aborted\n";
echo "backend sockets in CLOSE_WAIT: ", http_test_sockets($backPort, '08'), "\n";
echo "nginx logged 499 (client closed request): ", http_nginx_count_status($nginx, 499, CLIENTS), "\n";
?>
--EXPECT--
bool(true)
nginx answers: yes
requests held: 10 of 10
close callbacks: 10 of 10 (within 5 s)
isAborted() true in the close callback: 10, afterwards: 10
backend sockets in CLOSE_WAIT: 0
nginx logged 499 (client closed request): 10
