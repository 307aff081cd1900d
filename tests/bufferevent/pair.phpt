--TEST--
EventBufferEvent::createPair(): ping-pong between the two ends
--FILE--
<?php
$base = new EventBase();
$base->exit(2.0);
$pair = EventBufferEvent::createPair($base);
var_dump(is_array($pair), count($pair), $pair[0] instanceof EventBufferEvent, $pair[1] instanceof EventBufferEvent);
[$a, $b] = $pair;
var_dump($a->fd, $b->fd);

$log = [];
$rounds = 0;
$a->setCallbacks(function ($bev, $arg) use (&$log, &$rounds, $base) {
    $msg = $bev->read(100);
    $log[] = "$arg got $msg";
    if (++$rounds === 3) {
        $base->exit();
        return;
    }
    $bev->write("ping$rounds");
}, null, null, "A");
$b->setCallbacks(function ($bev, $arg) use (&$log) {
    $msg = $bev->read(100);
    $log[] = "$arg got $msg";
    $bev->write(strtoupper($msg));
}, null, null, "B");
$a->enable(Event::READ);
$b->enable(Event::READ);
$a->write("ping0");
$base->loop();
echo implode("\n", $log), "\n";

// setCallbacks() without $arg keeps the one given before.
$seen = null;
$a->setCallbacks(function ($bev, $arg) use (&$seen, $base) { $seen = [$bev->read(10), $arg]; $base->exit(); }, null, null);
$b->write("x");
$base->exit(1.0);
$base->loop();
var_dump($seen);

// An option libevent does not know is refused.
try {
    EventBufferEvent::createPair($base, 1024);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
// Freeing one end leaves the other usable.
$a->free();
var_dump($b->write("after"));
echo "done\n";
?>
--EXPECT--
bool(true)
int(2)
bool(true)
bool(true)
NULL
NULL
B got ping0
A got PING0
B got ping1
A got PING1
B got ping2
A got PING2
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "A"
}
bool(true)
done
