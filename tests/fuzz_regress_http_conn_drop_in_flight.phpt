--TEST--
Fuzz regression: freeing the base of an EventHttpConnection held only by its in-flight request (use after free)
--SKIPIF--
<?php if (!class_exists('EventHttpConnection')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--XFAIL--
Bug in classes/event_http_connection.c (found by tests/fuzz/api_fuzz.php under ASan,
seed 80 of the first ASan run): conn_drop_in_flight() loops `while (c->in_flight)`, and
php_event_http_conn_forget_request() releases the request's reference to the connection
object; when that was the last one the connection is freed inside its own detach, and
the next `c->in_flight` read is a use after free (ASan: heap-use-after-free in
conn_drop_in_flight, event_http_connection.c:139, from conn_release_libevent <- conn_detach
<- EventBase::free()). Holding a reference to the connection object across the loop
(GC_ADDREF/OBJ_RELEASE) would fix it.
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
