--TEST--
Regression (API fuzzer): an EventHttpRequest's body EventBuffer outlives the request (use after free)
--SKIPIF--
<?php if (!class_exists('EventHttpRequest')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* The environment makes freed memory garbage at once, so a stale
 * evbuffer pointer crashes instead of reading old bytes. */
foreach (['unset', 'free'] as $how) {
    $req = new EventHttpRequest(function () {});
    $out = $req->getOutputBuffer();
    $in = $req->getInputBuffer();
    $out->add('hello');
    if ($how === 'free') {
        $req->free();
    }
    unset($req);
    // Reuse the freed memory with other buffers.
    $others = [];
    for ($i = 0; $i < 8; $i++) {
        $o = new EventBuffer();
        $o->add(str_repeat('x', 10 + $i));
        $others[] = $o;
    }
    try {
        $out->add(' more');
        echo "$how: ", $out->length, ' ', $out->read(100), ' / in ', $in->length, "\n";
    } catch (EventException $e) {
        echo "$how: EventException\n";
    }
    echo "$how: others ", $others[0]->length, ' ', $others[7]->length, "\n";
}
?>
--EXPECT--
unset: 10 hello more / in 0
unset: others 10 17
free: 10 hello more / in 0
free: others 10 17
