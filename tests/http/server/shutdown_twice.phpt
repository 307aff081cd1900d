--TEST--
EventHttp::shutdown() called again: a deadline can only come closer, a callback given replaces the one before (released then), none given keeps it; after the end a new call runs its callback once
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

/* A server holding one request that is never answered. */
function held_server(EventBase $base, ?EventHttpRequest &$held)
{
    [$http, $port] = http_test_server($base);
    $http->setDefaultCallback(function (EventHttpRequest $req) use (&$held) { $held = $req; });
    $c = srv_connect($port);
    fwrite($c, srv_get('/held'));
    http_test_until($base, function () use (&$held) { return $held !== null; });
    return [$http, $c];
}

$base = new EventBase();

echo "no deadline, then one:\n";
$held = null;
[$http, $c] = held_server($base, $held);
$calls = [];
$http->shutdown(-1, function ($h, $arg) use (&$calls) { $calls[] = $arg; }, 'one');
$http->shutdown(-1);                 // nothing changes
http_test_until($base, fn() => false, 0.1);
echo "  still held: ", var_export(!$held->isAborted(), true), "\n";
$start = microtime(true);
$http->shutdown(0.2);                // the callback stays
var_dump(http_test_until($base, function () use (&$calls) { return count($calls) > 0; }));
echo "  aborted: ", var_export($held->isAborted(), true), ", calls: ", implode(',', $calls), "\n";
http_test_until($base, fn() => false, 0.1);
echo "  calls: ", implode(',', $calls), "\n";

echo "after the end:\n";
$http->shutdown(-1, function ($h, $arg) use (&$calls) { $calls[] = $arg; }, 'two');
$base->loop(EventBase::LOOP_NONBLOCK);
$base->loop(EventBase::LOOP_NONBLOCK);
echo "  calls: ", implode(',', $calls), "\n";
fclose($c);

echo "the earlier deadline stays:\n";
$held = null;
[$http, $c] = held_server($base, $held);
$done = false;
$start = microtime(true);
$http->shutdown(0.2, function () use (&$done) { $done = true; });
$http->shutdown(30);
$http->shutdown(-1);
var_dump(http_test_until($base, function () use (&$done) { return $done; }, 2.0));
echo "  aborted: ", var_export($held->isAborted(), true), ", in time: ", var_export(microtime(true) - $start < 2.0, true), "\n";
fclose($c);

echo "a new callback replaces the old one:\n";
$held = null;
[$http, $c] = held_server($base, $held);
$ran = [];
$old = new Tracker('old callback');
$http->shutdown(-1, function () use ($old, &$ran) { $ran[] = 'old'; }, new Tracker('old arg'));
unset($old);
echo "  replacing\n";
$http->shutdown(0, function () use (&$ran) { $ran[] = 'new'; });
echo "  replaced\n";
var_dump(http_test_until($base, function () use (&$ran) { return count($ran) > 0; }));
echo "  ran: ", implode(',', $ran), "\n";
fclose($c);
?>
--EXPECT--
no deadline, then one:
  still held: true
bool(true)
  aborted: true, calls: one
  calls: one
after the end:
  calls: one,two
the earlier deadline stays:
bool(true)
  aborted: true, in time: true
a new callback replaces the old one:
  replacing
  old arg released
  old callback released
  replaced
bool(true)
  ran: new
