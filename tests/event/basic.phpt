--TEST--
Event: constructor, callback arguments, $data and $pending, add/del/pending/removeTimer
--FILE--
<?php
$b = new EventBase();
$got = [];
$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $what, $arg) use (&$got) {
	$got[] = [$fd, $what, $arg];
}, ["x" => 1]);
var_dump($e->data, $e->pending, isset($e->pending), empty($e->pending));
var_dump($e->pending(Event::TIMEOUT));
var_dump($e->add(0.01));
var_dump($e->pending, $e->pending(Event::TIMEOUT), $e->pending(Event::READ), empty($e->pending));
var_dump($e);
$b->loop();
var_dump($got, $e->pending);

// $data is the callback's $arg: writing it changes the next call.
$e->data = "changed";
$e->add(0);
$b->loop();
var_dump($got[1][2]);

// del() and removeTimer()
var_dump($e->add(10), $e->del(), $e->pending, $e->del());
var_dump($e->add(10), $e->removeTimer(), $e->pending(Event::TIMEOUT));

// a read watcher with a timeout: removeTimer() keeps the fd part pending
[$r, $w] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$rd = new Event($b, $r, Event::READ, function ($fd, $what) use (&$got) { $got[] = [$fd, $what]; });
var_dump($rd->add(10), $rd->pending(Event::READ), $rd->pending(Event::TIMEOUT));
var_dump($rd->removeTimer(), $rd->pending(Event::READ), $rd->pending(Event::TIMEOUT));
// timeout before data: $what says TIMEOUT
$rd->add(0.01);
$b->loop();
$last = end($got);
var_dump($last[0] === $r, $last[1] === Event::TIMEOUT);

// $pending is computed: unset() and ++ act on the declared slot, which
// reads never see (as in PECL event); assigning it is a fatal error (below)
unset($e->pending);
var_dump($e->pending);
$e->pending++;
var_dump($e->pending);
unset($e->data);
var_dump(isset($e->data));
$e->data = [1];
$e->data[] = 2;
var_dump($e->data, (array)$e === ["pending" => false, "data" => [1, 2]]);
var_dump(array_keys(get_object_vars($e)));

var_dump(Event::getSupportedMethods() === array_values(array_filter(Event::getSupportedMethods(), 'is_string')));
var_dump(in_array("epoll", Event::getSupportedMethods()));
try { $e->pending = true; } catch (Throwable $ex) { echo get_class($ex), "\n"; }
echo "not reached\n";
?>
--EXPECTF--
array(1) {
  ["x"]=>
  int(1)
}
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
object(Event)#%d (2) {
  ["pending"]=>
  bool(true)
  ["data"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
}
array(1) {
  [0]=>
  array(3) {
    [0]=>
    int(-1)
    [1]=>
    int(1)
    [2]=>
    array(1) {
      ["x"]=>
      int(1)
    }
  }
}
bool(false)
string(7) "changed"
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)

Warning: Undefined property: Event::$pending in %s on line 40
bool(false)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)
array(2) {
  [0]=>
  string(7) "pending"
  [1]=>
  string(4) "data"
}
bool(true)
bool(true)

Fatal error: main(): Cannot write property in %s on line %d
