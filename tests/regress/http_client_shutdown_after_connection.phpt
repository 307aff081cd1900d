--TEST--
Regression (API fuzzer): an in-flight client EventHttpRequest freed at shutdown after its EventHttpConnection (use after free)
--SKIPIF--
<?php if (!class_exists('EventHttpConnection')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
$keep = new stdClass;
$keep->self = $keep;   // a cycle: what it holds lives until the end of the request
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', 9);
$req = new EventHttpRequest(function () {});
var_dump($conn->makeRequest($req, EventHttpRequest::CMD_GET, '/'));
$keep->req = $req;
$keep->base = $base;
unset($req, $conn, $base);
echo "end\n";
?>
--EXPECT--
bool(true)
end
