--TEST--
EventBufferEvent::setWatermark(): read low/high and write low watermarks
--FILE--
<?php
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);

// Read low watermark 10: the read callback waits for 10 bytes.
$reads = [];
$b->setCallbacks(function ($bev) use (&$reads) {
    $reads[] = $bev->getInput()->length;
    $bev->getInput()->drain(1000);
}, null, null);
$b->setWatermark(Event::READ, 10, 0);
$b->enable(Event::READ);
$a->write("12345");
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump($reads);
$a->write("67890");
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump($reads);

// Read high watermark 4: no more than 4 bytes are taken in at a time.
$reads = [];
$b->setWatermark(Event::READ, 0, 4);
$b->setCallbacks(function ($bev) use (&$reads) {
    $reads[] = $bev->read(100);
}, null, null);
$a->write("abcdefghij");
for ($i = 0; $i < 10 && count($reads) < 3; $i++) {
    $base->loop(EventBase::LOOP_NONBLOCK);
}
var_dump($reads);

// Write low watermark: the write callback runs once the output is at or
// below it.
$writes = [];
[$c, $d] = EventBufferEvent::createPair($base);
$c->setWatermark(Event::WRITE, 3, 0);
$c->setCallbacks(null, function ($bev) use (&$writes) {
    $writes[] = $bev->getOutput()->length;
}, null);
$c->write("hello world");
$d->enable(Event::READ);
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump($writes, $d->read(100));

foreach ([[8, 0, 0], [Event::READ, -1, 0], [Event::READ, 0, -1]] as [$ev, $lo, $hi]) {
    try {
        $a->setWatermark($ev, $lo, $hi);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
array(0) {
}
array(1) {
  [0]=>
  int(10)
}
array(3) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(4) "efgh"
  [2]=>
  string(2) "ij"
}
array(1) {
  [0]=>
  int(0)
}
string(11) "hello world"
