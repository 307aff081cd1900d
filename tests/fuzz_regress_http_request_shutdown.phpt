--TEST--
Fuzz regression: an in-flight client EventHttpRequest freed at shutdown after its EventHttpConnection (use after free)
--SKIPIF--
<?php if (!class_exists('EventHttpConnection')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--XFAIL--
Bug in classes/event_http_request.c (found by tests/fuzz/api_fuzz.php under ASan: 13 of
the first 20 ASan seeds, e.g. 80, 81, 84): req_release_client() calls
php_event_http_conn_forget_request(c, r), which drops the request's reference to the
connection object; at shutdown (objects left in a cycle are freed by
zend_objects_store_free_object_storage) that reference is the last one, the connection is
freed there, and the next line reads c->evcon (ASan: heap-use-after-free in
req_release_client, event_http_request.c:158). Reading c->evcon (or holding a reference)
before forget_request would fix it.
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
