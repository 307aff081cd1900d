--TEST--
EventBufferEvent::free(): every method warns and returns false afterwards, cached buffers keep their data
--FILE--
<?php
$base = new EventBase();
[$a, $b] = EventBufferEvent::createPair($base);
$in = $b->getInput();
$out = $a->getOutput();
$b->enable(Event::READ);
$a->write("kept");
$base->loop(EventBase::LOOP_NONBLOCK);
$b->disable(Event::READ); // what $a writes now stays in its output
$a->write("unsent");
var_dump($in->length, $out->length);

$b->free();
$a->free();
$a->free(); // a second free() does nothing

// The EventBuffer objects handed out before still work, with their bytes.
var_dump($in->read(100), $out->read(100));
$in->add("more");
var_dump($in->length);

$calls = [
    'close' => [], 'connect' => ['127.0.0.1:80'], 'connectHost' => [null, 'localhost', 80],
    'getDnsErrorString' => [], 'setCallbacks' => [null, null, null], 'enable' => [Event::READ],
    'disable' => [Event::READ], 'getEnabled' => [], 'getInput' => [], 'getOutput' => [],
    'setWatermark' => [Event::READ, 0, 0], 'write' => ['x'], 'writeBuffer' => [new EventBuffer()],
    'read' => [1], 'readBuffer' => [new EventBuffer()], 'setPriority' => [0], 'setTimeouts' => [1, 1],
];
// Every method warns and returns false, as in PECL event (free() and
// close() are silent).
foreach ($calls as $method => $args) {
    echo "$method: ";
    var_dump($a->$method(...$args));
}
var_dump($a->fd, $a->priority, $a->input, $a->output, $a->allow_ssl_dirty_shutdown);
$a->priority = 1; // ignored
var_dump($a);

// The constructor makes a freed object work again (PECL event's behaviour).
$a->__construct($base);
var_dump($a->getEnabled(), $a->write("again"), $a->output->length);

// A bad descriptor is refused with PECL event's exception.
try {
    new EventBufferEvent($base, -3);
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "done\n";
?>
--EXPECTF--
int(4)
int(6)
string(4) "kept"
string(6) "unsent"
int(4)
close: bool(false)
connect: 
Warning: EventBufferEvent::connect(): Buffer Event is not initialized in %s on line 33
bool(false)
connectHost: 
Warning: EventBufferEvent::connectHost(): Buffer Event is not initialized in %s on line 33
bool(false)
getDnsErrorString: 
Warning: EventBufferEvent::getDnsErrorString(): Buffer Event is not initialized in %s on line 33
bool(false)
setCallbacks: 
Warning: EventBufferEvent::setCallbacks(): Buffer Event is not initialized in %s on line 33
bool(false)
enable: 
Warning: EventBufferEvent::enable(): Buffer Event is not initialized in %s on line 33
bool(false)
disable: 
Warning: EventBufferEvent::disable(): Buffer Event is not initialized in %s on line 33
bool(false)
getEnabled: 
Warning: EventBufferEvent::getEnabled(): Buffer Event is not initialized in %s on line 33
bool(false)
getInput: 
Warning: EventBufferEvent::getInput(): Buffer Event is not initialized in %s on line 33
bool(false)
getOutput: 
Warning: EventBufferEvent::getOutput(): Buffer Event is not initialized in %s on line 33
bool(false)
setWatermark: 
Warning: EventBufferEvent::setWatermark(): Buffer Event is not initialized in %s on line 33
bool(false)
write: 
Warning: EventBufferEvent::write(): Buffer Event is not initialized in %s on line 33
bool(false)
writeBuffer: 
Warning: EventBufferEvent::writeBuffer(): Buffer Event is not initialized in %s on line 33
bool(false)
read: 
Warning: EventBufferEvent::read(): Buffer Event is not initialized in %s on line 33
bool(false)
readBuffer: 
Warning: EventBufferEvent::readBuffer(): Buffer Event is not initialized in %s on line 33
bool(false)
setPriority: 
Warning: EventBufferEvent::setPriority(): Buffer Event is not initialized in %s on line 33
bool(false)
setTimeouts: 
Warning: EventBufferEvent::setTimeouts(): Buffer Event is not initialized in %s on line 33
bool(false)
NULL
NULL
NULL
NULL
bool(false)
object(EventBufferEvent)#2 (2) {
  ["priority"]=>
  NULL
  ["allow_ssl_dirty_shutdown"]=>
  bool(false)
}
int(4)
bool(true)
int(5)
Exception: Invalid file descriptor
done
