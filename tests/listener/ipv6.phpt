--TEST--
EventListener: accept on [::1] port 0
--SKIPIF--
<?php
$s = @stream_socket_server("tcp://[::1]:0");
if (!$s) die("skip IPv6 loopback not available");
?>
--FILE--
<?php
$base = new EventBase();
$seen = null;
$l = new EventListener($base, function ($l, $fd, $addr, $arg) use (&$seen, $base) {
    $seen = [$fd, $addr, $arg];
    $base->stop();
}, 'six', EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, 16, "[::1]:0");
var_dump($l->getSocketName($host, $port), $host, $port > 0);
$c = stream_socket_client("tcp://[::1]:$port", $errno, $errstr, 2);
$base->exit(2.0);
$base->loop();
var_dump(is_int($seen[0]), $seen[1][0], $seen[1][1] === (int)substr(strrchr(stream_socket_get_name($c, false), ':'), 1), $seen[2]);

// a bare IPv6 address is not a target (PHP's parser wants "[ip]:port"), as in PECL event
try { new EventListener($base, fn() => null, null, 0, -1, "[::1]"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$l2 = new EventListener($base, fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "[::1]:0");
var_dump($l2->getSocketName($h2, $p2), $h2, $p2 > 0);
foreach (["[::1", "[::1]x", "1:2"] as $bad) {
    try { new EventListener($base, fn() => null, null, 0, -1, $bad); echo "accepted $bad\n"; }
    catch (Throwable $e) { echo get_class($e), "\n"; }
}
?>
--EXPECT--
bool(true)
string(3) "::1"
bool(true)
bool(true)
string(3) "::1"
bool(true)
string(3) "six"
Failed to parse network address [::1]
bool(true)
string(3) "::1"
bool(true)
Exception
Exception
Exception
