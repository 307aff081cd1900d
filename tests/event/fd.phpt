--TEST--
Event: read and write readiness on stream_socket_pair, Socket objects and int descriptors
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
[$a, $z] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($a, false);
stream_set_blocking($z, false);

// write readiness fires at once; the callback gets the very stream back
$seen = null;
$w = new Event($b, $a, Event::WRITE, function ($fd, $what, $arg) use (&$seen) {
	$seen = [$fd, $what, $arg];
	fwrite($fd, "hello");
}, "warg");
$w->add();
$b->loop(EventBase::LOOP_ONCE);
var_dump($seen[0] === $a, $seen[1] === Event::WRITE, $seen[2]);

// a persistent reader gets every chunk until it deletes itself
$got = "";
$r = new Event($b, $z, Event::READ | Event::PERSIST, function ($fd, $what) use (&$got, &$r, $b) {
	$chunk = fread($fd, 8192);
	$got .= $chunk;
	if (str_contains($got, "END")) {
		$r->del();
	}
});
$r->add();
$writes = ["a", "bb", "cccEND"];
$feeder = new Event($b, -1, Event::TIMEOUT | Event::PERSIST, function () use (&$writes, $a, &$feeder) {
	fwrite($a, array_shift($writes));
	if (!$writes) { $feeder->del(); }
});
$feeder->add(0.005);
$guard = new Event($b, -1, Event::TIMEOUT, function () use ($b) { echo "timeout\n"; $b->stop(); });
$guard->add(2);
// the loop ends by itself when the reader deleted itself and the feeder is done
$guard->del();
var_dump($b->loop());
var_dump($got, $r->pending);

// read readiness on the peer that is closed: EOF is readable
fclose($a);
$eof = null;
$r2 = new Event($b, $z, Event::READ, function ($fd) use (&$eof) { $eof = fread($fd, 10) === "" && feof($fd); });
$r2->add(1);
$b->loop(EventBase::LOOP_ONCE);
var_dump($eof);

// ext/sockets: the callback gets the Socket's descriptor number, as in PECL event
$pair = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$s = null;
$ev = new Event($b, $pair[1], Event::READ, function ($fd, $what) use (&$s, $pair) { $s = [$fd, $what, socket_read($pair[1], 100)]; });
$ev->add(1);
socket_write($pair[0], "sock");
$b->loop(EventBase::LOOP_ONCE);
var_dump($s[0] === EventUtil::getSocketFd($pair[1]), $s[1] === Event::READ, $s[2]);

// an integer descriptor comes back as that integer
function sockets() {
	$r = [];
	foreach (scandir('/proc/self/fd') as $f) {
		if (is_numeric($f) && str_starts_with((string)@readlink("/proc/self/fd/$f"), "socket:")) { $r[] = (int)$f; }
	}
	return $r;
}
$before = sockets();
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$fds = array_values(array_diff(sockets(), $before));
sort($fds);
$hit = [];
foreach ($fds as $fd) {
	$e = new Event($b, $fd, Event::WRITE, function ($fd, $what) use (&$hit) { $hit[] = $fd; });
	$e->add();
	$keep[] = $e;
}
$b->loop(EventBase::LOOP_NONBLOCK);
sort($hit);
var_dump(count($fds) === 2, $hit === $fds);

// edge triggered: one notification per arrival
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$n = 0;
$et = new Event($b, $y, Event::READ | Event::PERSIST | Event::ET, function () use (&$n) { $n++; });
$et->add();
fwrite($x, "1");
$b->loop(EventBase::LOOP_NONBLOCK);
$b->loop(EventBase::LOOP_NONBLOCK);
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump($n);
fwrite($x, "2");
$b->loop(EventBase::LOOP_NONBLOCK);
var_dump($n);
?>
--EXPECT--
bool(true)
bool(true)
string(4) "warg"
bool(true)
string(14) "helloabbcccEND"
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "sock"
bool(true)
bool(true)
int(1)
int(2)
