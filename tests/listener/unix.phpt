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
catch (Throwable $e) { echo str_replace($path, "PATH", $e->getMessage()), "\n"; }
$l->free();
unlink($path);

// an empty path (an abstract address) and a path cut to what sun_path holds,
// as in PECL event; NUL ends the path
$e = new EventListener($base, fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "unix:");
var_dump(is_int($e->fd));
$dir = sys_get_temp_dir() . '/event-unix-cut-' . getmypid();
@mkdir($dir);
$long = new EventListener($base, fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "UNIX:$dir/" . str_repeat('x', 200));
$nul = new EventListener($base, fn() => null, null, EventListener::OPT_CLOSE_ON_FREE, -1, "unix:$dir/a\0b");
$made = glob("$dir/*");
usort($made, fn($a, $b) => strlen($a) <=> strlen($b));
var_dump(count($made), basename($made[0]), strlen($made[1]));
array_map('unlink', $made);
rmdir($dir);
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
Failed to allocate listener
bool(true)
int(2)
string(1) "a"
int(107)
