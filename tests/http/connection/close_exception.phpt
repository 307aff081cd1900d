--TEST--
EventHttpConnection::setCloseCallback: an exception thrown by the close callback stops the loop and reaches the caller of loop(); the callable is released
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

$base = new EventBase();
[$http, $port] = http_test_server($base);
$guard = new stdClass();
$weak = WeakReference::create($guard);
$held = null;
$http->setDefaultCallback(function (EventHttpRequest $req) use (&$held, $guard) {
    $req->getConnection()->setCloseCallback(function () use ($guard) {
        throw new LogicException('from the close callback');
    });
    $held = $req;
});
unset($guard);
$c = http_test_client($port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
http_test_run($base, function () use (&$held) { return $held !== null; });
socket_close($c);
try {
    http_test_run($base, fn() => false, 2.0);
    echo "no exception\n";
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($held->isAborted());
$http->setDefaultCallback(function () {});
unset($held);
gc_collect_cycles();
var_dump($weak->get());
?>
--EXPECTF--

Warning: EventBase::loop(): Breaking the loop due to exception LogicException in %shttp_helpers.inc on line %d
LogicException: from the close callback
bool(true)
NULL
