--TEST--
Event::set() with $what omitted or -1 keeps the event's events (a null $fd keeps its descriptor, another $fd leaves it -1), as PECL event does
--FILE--
<?php
$b = new EventBase();
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($pair[1], "x");
foreach ([null, -1] as $what) {
    foreach (['stream' => $pair[0], 'null' => null, 'int' => EventUtil::getSocketFd($pair[0]), 'string' => 'abc'] as $kind => $fdv) {
        $e = new Event($b, $pair[0], Event::READ | Event::PERSIST, function ($fd, $w, $a) {
            echo "  cb ", is_resource($fd) ? 'stream' : var_export($fd, true), " $w $a\n";
        }, "data");
        $ok = $what === null ? $e->set($b, $fdv) : $e->set($b, $fdv, $what);
        echo "what=", var_export($what, true), " fd=$kind: ", json_encode([$ok, $e->add(0.001), $e->pending(Event::READ)]), "\n";
        $b->loop(EventBase::LOOP_ONCE);
        echo "  still pending: ", json_encode($e->pending), "\n";
        $e->free();
    }
}
$e = new Event($b, $pair[0], Event::READ, function () {});
$e->add();
var_dump($e->set($b, null, -1));
$e->del();
var_dump($e->set($b, null, -2));
?>
--EXPECTF--
what=NULL fd=stream: [true,true,true]
  cb stream 1 data
  still pending: true
what=NULL fd=null: [true,true,true]
  cb stream 2 data
  still pending: true
what=NULL fd=int: [true,true,true]
  cb -1 1 data
  still pending: true
what=NULL fd=string: [true,true,true]
  cb -1 1 data
  still pending: true
what=-1 fd=stream: [true,true,true]
  cb stream 1 data
  still pending: true
what=-1 fd=null: [true,true,true]
  cb stream 2 data
  still pending: true
what=-1 fd=int: [true,true,true]
  cb -1 1 data
  still pending: true
what=-1 fd=string: [true,true,true]
  cb -1 1 data
  still pending: true

Warning: Event::set(): Can't modify pending event in %s on line %d
bool(false)

Warning: Event::set(): Invalid events mask in %s on line %d
bool(false)
