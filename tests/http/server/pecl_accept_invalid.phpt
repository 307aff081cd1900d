--TEST--
EventHttp::accept(): what is not a stream, a Socket or a descriptor number throws Exception "Invalid file descriptor"
--FILE--
<?php
$http = new EventHttp(new EventBase());
foreach (['x', -1, null, 1.5, [], new stdClass()] as $v) {
    try { $http->accept($v); echo "no exception\n"; }
    catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECT--
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
Exception: Invalid file descriptor
