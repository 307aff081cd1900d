--TEST--
EventHttp, EventHttpRequest and EventHttpConnection release their callables and $arg/$data (WeakReference becomes null)
--FILE--
<?php
require __DIR__ . '/../http_helpers.inc';

class Marker { public function __construct(public string $name) {} }

function served(EventBase $base, int $port): int
{
    return http_test_status(http_test_raw($base, $port, "GET /p HTTP/1.1\r\nHost: x\r\n\r\n"));
}

$base = new EventBase();

/* 1. setCallback / setDefaultCallback: captured object and $arg. */
[$http, $port] = http_test_server($base);
$captured = new Marker('captured');
$arg = new Marker('arg');
$dcaptured = new Marker('default-captured');
$darg = new Marker('default-arg');
$w = [WeakReference::create($captured), WeakReference::create($arg), WeakReference::create($dcaptured), WeakReference::create($darg)];
$http->setCallback('/p', function (EventHttpRequest $r, $a) use ($captured) {
    $r->sendReply(200, 'OK', http_test_buf($captured->name . '/' . $a->name));
}, $arg);
$http->setDefaultCallback(function (EventHttpRequest $r, $a) use ($dcaptured) {
    $r->sendReply(200, 'OK');
}, $darg);
unset($captured, $arg, $dcaptured, $darg);
echo 'served: ', served($base, $port), "\n";
echo 'alive while the server lives: ', json_encode(array_map(fn($x) => $x->get() !== null, $w)), "\n";
unset($http);
gc_collect_cycles();
echo 'after unset($http): ', json_encode(array_map(fn($x) => $x->get() !== null, $w)), "\n";

/* 2. Replacing the default callback releases the old one. */
[$http, $port] = http_test_server($base);
$old = new Marker('old');
$wold = WeakReference::create($old);
$http->setDefaultCallback(function ($r) use ($old) { $r->sendReply(200, 'OK'); }, $old);
unset($old);
$http->setDefaultCallback(function ($r) { $r->sendReply(204, 'No Content'); });
gc_collect_cycles();
echo 'old callback released on replace: ', var_export($wold->get() === null, true), ', served ', served($base, $port), "\n";

/* 3. A handler that captures the server itself (a cycle) is collected. */
$self = new Marker('cycle');
$wself = WeakReference::create($self);
$http->setCallback('/p', function ($r) use (&$http, $self) { $r->sendReply(200, 'OK'); });
unset($self, $http);
gc_collect_cycles();
echo 'cycle through the server collected: ', var_export($wself->get() === null, true), "\n";

/* 4. Client side: the request's callback and $data, and the connection. */
[$http, $port] = http_test_server($base);
$http->setDefaultCallback(function ($r) { $r->sendReply(200, 'OK'); });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$data = new Marker('data');
$cap = new Marker('client-captured');
$wc = [WeakReference::create($data), WeakReference::create($cap)];
$done = false;
$req = new EventHttpRequest(function ($r, $d) use ($cap, &$done) { $done = true; }, $data);
$req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
unset($data, $cap);
http_test_until($base, function () use (&$done) { return $done; });
echo 'client callback ran: ', var_export($done, true), "\n";
$wreq = WeakReference::create($req);
$wconn = WeakReference::create($conn);
unset($req, $conn);
gc_collect_cycles();
echo 'client objects released: ', json_encode([$wreq->get() === null, $wconn->get() === null, $wc[0]->get() === null, $wc[1]->get() === null]), "\n";

/* 5. A request in flight keeps its objects until answered; a request
 * dropped in flight (never answered) is released with its connection. */
$held = null;
$http->setDefaultCallback(function ($r) use (&$held) { $held = $r; });
$conn = new EventHttpConnection($base, null, '127.0.0.1', $port);
$data = new Marker('in-flight');
$wd = WeakReference::create($data);
$req = new EventHttpRequest(function () {}, $data);
$req->addHeader('Host', 'x', EventHttpRequest::OUTPUT_HEADER);
$conn->makeRequest($req, EventHttpRequest::CMD_GET, '/');
unset($data, $req);
http_test_until($base, function () use (&$held) { return $held !== null; });
gc_collect_cycles();
echo 'in flight, still alive: ', var_export($wd->get() !== null, true), "\n";
$held->sendReply(200, 'OK');
http_test_until($base, fn() => $wd->get() === null, 1.0);
gc_collect_cycles();
echo 'answered, released: ', var_export($wd->get() === null, true), "\n";
unset($conn);

/* 6. Close callback and its $arg on a server-side connection: released
 * once the connection closed. */
$carg = new Marker('close-arg');
$wcarg = WeakReference::create($carg);
$closed = 0;
$http->setDefaultCallback(function ($r) use ($carg, &$closed) {
    $r->getConnection()->setCloseCallback(function ($c, $a) use (&$closed) { $closed++; }, $carg);
    $r->sendReply(200, 'OK');
});
http_test_raw($base, $port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
http_test_until($base, fn() => $closed > 0, 2.0);
$http->setDefaultCallback(function ($r) { $r->sendReply(200, 'OK'); });
unset($carg);
gc_collect_cycles();
echo "close callback ran $closed time(s), arg released: ", var_export($wcarg->get() === null, true), "\n";
?>
--EXPECT--
served: 200
alive while the server lives: [true,true,true,true]
after unset($http): [false,false,false,false]
old callback released on replace: true, served 204
cycle through the server collected: true
client callback ran: true
client objects released: [true,true,true,true]
in flight, still alive: true
answered, released: true
close callback ran 1 time(s), arg released: true
