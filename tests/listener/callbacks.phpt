--TEST--
EventListener: setCallback, error callback, free/throw/drop the last reference inside the callback
--FILE--
<?php
function client($port) { return stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 2); }
$base = new EventBase();
$log = [];

// setCallback replaces the callback; a null argument keeps the data
$l = new EventListener($base, function () use (&$log) { $log[] = 'old'; }, 'first',
    EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, "127.0.0.1:0");
$l->getSocketName($h, $port);
$l->setCallback(function ($l, $fd, $a, $arg) use (&$log, $base) { $log[] = "new:$arg"; $base->stop(); });
$c[] = client($port);
$base->exit(2.0); $base->loop();
$l->setCallback(function ($l, $fd, $a, $arg) use (&$log, $base) { $log[] = "newer:$arg"; $base->stop(); }, 'second');
$c[] = client($port);
$base->exit(2.0); $base->loop();
echo implode(',', $log), "\n";

// an exception thrown by the callback reaches the caller of loop()
$l->setCallback(function () { throw new RuntimeException('from callback'); });
$c[] = client($port);
$base->exit(2.0);
try { $base->loop(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
// and stops the listener until enable(), as in PECL event
$l->enable();

// free() inside the callback
$l->setCallback(function ($listener) use ($base, &$log) {
    $listener->free();
    $log[] = 'freed:' . var_export($listener->fd, true);
    $base->stop();
});
$c[] = client($port);
$base->exit(2.0); $base->loop();
echo end($log), "\n";

// the callback drops the last reference to its listener
$l = new EventListener($base, function ($listener) use (&$l, $base, &$log) {
    $l = null;
    $log[] = 'dropped';
    $base->stop();
}, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, "127.0.0.1:0");
$l->getSocketName($h, $port);
$c[] = client($port);
$base->exit(2.0); $base->loop();
var_dump(end($log), $l);

// error callback: a UDP socket "listened" on (backlog 0: listen() is not
// called) becomes readable on a datagram, and accept() fails on it
$udp = stream_socket_server("udp://127.0.0.1:0", $errno, $errstr, STREAM_SERVER_BIND);
$uport = (int)explode(':', stream_socket_get_name($udp, false))[1];
$l = new EventListener($base, function () { echo "accepted?\n"; }, 'err-data', 0, 0, $udp);
$l->setErrorCallback(function ($listener, $data) use (&$l, $base) {
    var_dump($listener === $l, $data, EventUtil::getLastSocketErrno() === 95 /* EOPNOTSUPP */);
    $listener->disable();
    $base->stop();
});
$sender = stream_socket_client("udp://127.0.0.1:$uport");
fwrite($sender, "x");
$base->exit(2.0); $base->loop();
// the stream still owns its descriptor after the listener is gone
$l->free(); unset($l);
var_dump(is_resource($udp), stream_socket_get_name($udp, false) !== false);

// an error callback that throws
$l = new EventListener($base, fn() => null, null, 0, 0, $udp);
$l->setErrorCallback(function () { throw new LogicException('from error callback'); });
fwrite($sender, "y");
$base->exit(2.0);
try { $base->loop(); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
echo "done\n";
?>
--EXPECTF--
new:first,newer:second

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line 22
from callback
freed:NULL
string(7) "dropped"
NULL
bool(true)
string(8) "err-data"
bool(true)
bool(true)
bool(true)

Warning: EventBase::loop(): Breaking the loop due to exception LogicException in %s on line %d
from error callback
done
