--TEST--
EventHttp::shutdown(): $arg released after the callback; the server kept alive while a shutdown runs; freeing the EventHttp or its base in the callback, or throwing from it, breaks nothing
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';
require __DIR__ . '/../../http_server.inc';

class Tracker
{
    public function __construct(public string $name) {}
    public function __destruct() { echo "  {$this->name} released\n"; }
}

echo "arg released after the callback:\n";
$base = new EventBase();
$http = new EventHttp($base);
$http->shutdown(-1, function ($h, $arg) { echo "  callback with {$arg->name}\n"; }, new Tracker('the arg'));
$base->loop(EventBase::LOOP_NONBLOCK);
echo "  loop returned\n";

echo "the script drops the server mid-shutdown:\n";
[$http, $port] = http_test_server($base);
$held = null;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held) { $held = $req; });
$c = srv_connect($port);
fwrite($c, srv_get('/held'));
http_test_until($base, function () use (&$held) { return $held !== null; });
$done = false;
$http->shutdown(-1, function (EventHttp $h) use (&$done) { $done = true; });
$weak = WeakReference::create($http);
unset($http);
echo "  alive: ", var_export($weak->get() !== null, true), "\n";
$held->sendReply(200, 'OK', http_test_buf('still served'));
echo "  ", srv_summary(srv_exchange($base, $c, '', 2.0, 1.0)), "\n";
var_dump(http_test_until($base, function () use (&$done) { return $done; }));
echo "  freed once the loop returned: ", var_export($weak->get() === null, true), "\n";
$held = null;

echo "the EventHttp freed in its callback:\n";
$http = new EventHttp($base);
$weak = WeakReference::create($http);
$http->shutdown(-1, function (EventHttp $h) use (&$http) {
    $http = null;
    echo "  in the callback: ", $h->getConnectionCount(), "\n";
});
$base->loop(EventBase::LOOP_NONBLOCK);
echo "  freed: ", var_export($weak->get() === null, true), "\n";

echo "the base freed in the callback:\n";
$http = new EventHttp($base);
$http->shutdown(-1, function (EventHttp $h) use ($base) {
    $base->free();
    echo "  base freed\n";
});
$base->loop(EventBase::LOOP_NONBLOCK);
try {
    $http->shutdown();
} catch (Throwable $e) {
    echo "  afterwards: ", get_class($e), "\n";
}
unset($http);

echo "the base freed mid-shutdown:\n";
$base = new EventBase();
[$http, $port] = http_test_server($base);
$held = null;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held) {
    $held = $req;
    $req->getConnection()->setCloseCallback(function () { echo "  close callback\n"; });
});
$c = srv_connect($port);
fwrite($c, srv_get('/held'));
http_test_until($base, function () use (&$held) { return $held !== null; });
$http->shutdown(-1, function () { echo "  never\n"; }, new Tracker('mid-shutdown arg'));
$weak = WeakReference::create($http);
unset($http);
$base->free();
echo "  aborted: ", var_export($held->isAborted(), true), "\n";
$base = new EventBase();
$base->loop(EventBase::LOOP_NONBLOCK);   // a loop call returns: what was deferred goes
echo "  server freed: ", var_export($weak->get() === null, true), "\n";
fclose($c);
$held = null;

echo "an exception in the callback:\n";
$base = new EventBase();
$http = new EventHttp($base);
$calls = 0;
$http->shutdown(-1, function () use (&$calls) {
    $calls++;
    throw new RuntimeException('from the callback');
});
try {
    $base->loop();
} catch (RuntimeException $e) {
    echo "  caught: ", $e->getMessage(), "\n";
}
$base->loop(EventBase::LOOP_NONBLOCK);
echo "  calls: $calls\n";
echo "end\n";
?>
--EXPECTF--
arg released after the callback:
  callback with the arg
  the arg released
  loop returned
the script drops the server mid-shutdown:
  alive: true
  HTTP/1.1 200 OK | Connection: close | length ok | "still served" | closed
bool(true)
  freed once the loop returned: true
the EventHttp freed in its callback:
  in the callback: 0
  freed: true
the base freed in the callback:
  base freed
  afterwards: EventException
the base freed mid-shutdown:
  close callback
  aborted: true
  mid-shutdown arg released
  server freed: true
an exception in the callback:

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line %d
  caught: from the callback
  calls: 1
end
