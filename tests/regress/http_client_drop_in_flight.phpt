--TEST--
Regression (API fuzzer): freeing the base of an EventHttpConnection held only by its in-flight request (use after free)
--SKIPIF--
<?php if (!class_exists('EventHttpConnection')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
$base = new EventBase();
$req = new EventHttpRequest(function () {});
$conn = new EventHttpConnection($base, null, '127.0.0.1', 9);
var_dump($conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
unset($conn);          // the in-flight request holds the connection now
$base->free();         // the connection is detached, its requests aborted
var_dump($req->isAborted());
unset($req);
echo "end\n";
?>
--EXPECT--
bool(true)
bool(true)
end
