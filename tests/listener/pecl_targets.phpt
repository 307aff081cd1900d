--TEST--
EventListener: targets as PECL event takes them (UNIX: in any case, host names, PHP's address parser, C int flags and backlog)
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$cb = function () {};
$dir = sys_get_temp_dir() . '/event-lst-pecl-' . getmypid();
@mkdir($dir);
// "unix:" in any case
foreach (['UNIX:', 'Unix:', 'unix:'] as $i => $p) {
    $l = new EventListener($b, $cb, null, EventListener::OPT_CLOSE_ON_FREE, -1, "$p$dir/s$i");
    var_dump(is_int($l->fd), file_exists("$dir/s$i"));
}
// host names are resolved; the port is read as PHP's parser does
foreach (['localhost:0', '127.0.0.1:abc', '[::ffff:127.0.0.1]:0'] as $t) {
    $l = new EventListener($b, $cb, null, EventListener::OPT_CLOSE_ON_FREE, -1, $t);
    var_dump(is_int($l->fd));
}
// PECL event's exceptions
foreach (['127.0.0.1', '[::1]', '', 'bogus', '1.2.3.4:0'] as $t) {
    try { new EventListener($b, $cb, null, 0, -1, $t); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
// flags and backlog are C ints: the low 32 bits
foreach ([[1 << 40, -1], [-1, -1], [0, PHP_INT_MAX], [0, 0], [0, 1 << 40]] as [$fl, $bl]) {
    try { new EventListener($b, $cb, null, $fl, $bl, '127.0.0.1:0'); echo "listening\n"; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
}
// descriptors, as EventUtil reads them
foreach ([-1, null, 1.5, fopen('php://memory', 'r'), fopen(__FILE__, 'r')] as $t) {
    try { new EventListener($b, $cb, null, 0, -1, $t); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
}
// a closed Socket leaves the listener unset up, without an exception
$x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x);
$l = new EventListener($b, $cb, null, 0, -1, $x);
var_dump($l->fd, $l->enable());
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Exception: Failed to parse network address 127.0.0.1
Exception: Failed to parse network address [::1]
Exception: Failed to parse network address 
Exception: Failed to parse network address bogus
Exception: Failed to allocate listener
listening
Failed to allocate listener
listening
Failed to allocate listener
Failed to allocate listener
Invalid file descriptor
Invalid file descriptor
Invalid file descriptor
Cannot fetch file descriptor from memory based stream
Failed to allocate listener

Warning: EventListener::enable(): EventListener is not initialized in %s on line %d
NULL
bool(false)
