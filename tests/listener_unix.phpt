--TEST--
EventListener: accept on a UNIX socket path ("unix:/path")
--FILE--
<?php
$path = sys_get_temp_dir() . '/event_listener_' . getmypid() . '.sock';
@unlink($path);
$base = new EventBase();
$seen = [];
$l = new EventListener($base, function ($l, $fd, $addr, $arg) use (&$seen, $base) {
    $seen[] = [$fd, $addr, $arg];
    if (count($seen) == 2) $base->stop();
}, 42, EventListener::OPT_CLOSE_ON_FREE, -1, "unix:$path");
var_dump(file_exists($path), filetype($path));
$port = 'untouched';
var_dump($l->getSocketName($addr, $port), $addr === $path, $port);

$c1 = stream_socket_client("unix://$path", $errno, $errstr, 2);
$c2 = stream_socket_client("unix://$path", $errno, $errstr, 2);
$base->exit(2.0);
$base->loop();
var_dump(count($seen));
// an unnamed client: an empty path and no port
var_dump($seen[0][1], $seen[1][2]);
var_dump(EventUtil::getSocketName($seen[0][0], $sa), $sa === $path);

// the path exists already: binding fails with EventException
try { new EventListener($base, fn() => null, null, 0, -1, "unix:$path"); }
catch (EventException $e) { echo str_replace($path, "PATH", $e->getMessage()), "\n"; }
$l->free();
unlink($path);

foreach (["unix:", "unix:" . str_repeat('x', 200)] as $bad) {
    try { new EventListener($base, fn() => null, null, 0, -1, $bad); }
    catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { new EventListener($base, fn() => null, null, 0, -1, "unix:/tmp/a\0b"); }
catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
string(6) "socket"
bool(true)
bool(true)
NULL
int(2)
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  NULL
}
int(42)
bool(true)
bool(true)
Failed to listen on unix:PATH: Address already in use
EventListener::__construct(): Argument #6 ($target) must name a UNIX socket path after "unix:"
EventListener::__construct(): Argument #6 ($target) UNIX socket path must be shorter than 108 bytes
EventListener::__construct(): Argument #6 ($target) must not contain any null bytes
