--TEST--
EventBufferEvent::free(): every method throws afterwards, cached buffers keep their data
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
foreach ($calls as $method => $args) {
    try {
        $a->$method(...$args);
        echo "$method: no exception\n";
    } catch (EventException $e) {
        echo "$method: ", $e->getMessage(), "\n";
    }
}
var_dump($a->fd, $a->priority, $a->input, $a->output, $a->allow_ssl_dirty_shutdown);
try {
    $a->priority = 1;
} catch (EventException $e) {
    echo $e->getMessage(), "\n";
}

// The constructor cannot bring a freed object back.
try {
    $a->__construct($base);
} catch (EventException $e) {
    echo $e->getMessage(), "\n";
}

// An object whose constructor failed is "freed" too.
try {
    new EventBufferEvent($base, -3);
} catch (ValueError $e) {
    echo get_class($e), "\n";
}
echo "done\n";
?>
--EXPECT--
int(4)
int(6)
string(4) "kept"
string(6) "unsent"
int(4)
close: EventBufferEvent object has been freed or was not initialised
connect: EventBufferEvent object has been freed or was not initialised
connectHost: EventBufferEvent object has been freed or was not initialised
getDnsErrorString: EventBufferEvent object has been freed or was not initialised
setCallbacks: EventBufferEvent object has been freed or was not initialised
enable: EventBufferEvent object has been freed or was not initialised
disable: EventBufferEvent object has been freed or was not initialised
getEnabled: EventBufferEvent object has been freed or was not initialised
getInput: EventBufferEvent object has been freed or was not initialised
getOutput: EventBufferEvent object has been freed or was not initialised
setWatermark: EventBufferEvent object has been freed or was not initialised
write: EventBufferEvent object has been freed or was not initialised
writeBuffer: EventBufferEvent object has been freed or was not initialised
read: EventBufferEvent object has been freed or was not initialised
readBuffer: EventBufferEvent object has been freed or was not initialised
setPriority: EventBufferEvent object has been freed or was not initialised
setTimeouts: EventBufferEvent object has been freed or was not initialised
NULL
NULL
NULL
NULL
bool(false)
EventBufferEvent object has been freed or was not initialised
EventBufferEvent object is already constructed
ValueError
done
