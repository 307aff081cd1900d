--TEST--
EventBufferEvent: an exception thrown by a callback reaches the caller of loop()
--FILE--
<?php
$base = new EventBase();
$base->exit(2.0);
[$a, $b] = EventBufferEvent::createPair($base);
$b->setCallbacks(function ($bev) {
    throw new RuntimeException("from read callback: " . $bev->read(10));
}, null, null);
$b->enable(Event::READ);
$a->write("data");
try {
    $base->loop();
    echo "no exception\n";
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}

// The event callback, through connect() to a port nobody listens on.
$server = stream_socket_server("tcp://127.0.0.1:0");
$addr = stream_socket_get_name($server, false);
fclose($server);
$c = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null, function ($bev, $events) {
    throw new LogicException("event " . ($events & EventBufferEvent::ERROR ? "ERROR" : $events));
});
var_dump($c->connect($addr));
$base->exit(2.0);
try {
    $base->loop();
    echo "no exception\n";
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
echo "done\n";
?>
--EXPECTF--

Warning: EventBase::loop(): Breaking the loop due to exception RuntimeException in %s on line 11
from read callback: data
bool(true)

Warning: EventBase::loop(): Breaking the loop due to exception LogicException in %s on line 27
event ERROR
done
