--TEST--
EventBufferEvent: cycles through callbacks and $arg are collected
--FILE--
<?php
class Conn {
    public $bev;
    function __construct(EventBase $base) {
        [$this->bev] = EventBufferEvent::createPair($base);
        // object -> bufferevent -> closure -> object, and bufferevent -> arg -> object
        $this->bev->setCallbacks(function ($bev) { $this->bev; }, null, null, $this);
    }
    function __destruct() { echo "Conn destroyed\n"; }
}
$base = new EventBase();
new Conn($base);
[$a, $b] = EventBufferEvent::createPair($base);
$a->setCallbacks(fn($bev, $arg) => $arg, null, null, $a); // itself as $arg
$in = $a->getInput();
unset($a, $b);
var_dump(gc_collect_cycles() >= 2);
// The input buffer outlives its collected bufferevent.
$in->add("x");
var_dump($in->length);
echo "done\n";
?>
--EXPECT--
Conn destroyed
bool(true)
int(1)
done
