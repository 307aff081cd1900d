--TEST--
Event: driven the way event-loop libraries drive it (ReactPHP/Amp/Workerman style)
--FILE--
<?php
// A tiny loop in the style of ReactPHP's ExtEventLoop / Amp's EventDriver.
final class Loop {
	private EventBase $base;
	private array $events = [];
	private array $timers = [];
	private array $streams = [];
	private $timerCb, $streamCb;
	public array $log = [];

	public function __construct() {
		$this->base = new EventBase();
		$this->timerCb = function ($_, $__, $timer) {
			($timer->cb)();
			if (!$timer->periodic) { unset($this->timers[spl_object_id($timer)]); }
		};
		$this->streamCb = function ($stream, $flags) {
			$key = (int)$stream;
			if (($flags & Event::READ) && isset($this->streams[$key]['r'])) { ($this->streams[$key]['r'])($stream); }
			if (($flags & Event::WRITE) && isset($this->streams[$key]['w'])) { ($this->streams[$key]['w'])($stream); }
		};
	}
	public function addTimer(float $interval, callable $cb, bool $periodic = false): object {
		$timer = (object)['cb' => $cb, 'periodic' => $periodic];
		$flags = Event::TIMEOUT | ($periodic ? Event::PERSIST : 0);
		$ev = new Event($this->base, -1, $flags, $this->timerCb, $timer);
		$ev->add($interval);
		$this->timers[spl_object_id($timer)] = $ev;
		return $timer;
	}
	public function cancelTimer(object $timer): void {
		$id = spl_object_id($timer);
		if (isset($this->timers[$id])) { $this->timers[$id]->free(); unset($this->timers[$id]); }
	}
	public function addReadStream($stream, callable $cb): void { $this->watch($stream, 'r', $cb); }
	public function addWriteStream($stream, callable $cb): void { $this->watch($stream, 'w', $cb); }
	public function removeReadStream($stream): void { $this->unwatch($stream, 'r'); }
	public function removeWriteStream($stream): void { $this->unwatch($stream, 'w'); }
	private function watch($stream, string $dir, callable $cb): void {
		$key = (int)$stream;
		$this->streams[$key][$dir] = $cb;
		$this->rearm($stream);
	}
	private function unwatch($stream, string $dir): void {
		$key = (int)$stream;
		unset($this->streams[$key][$dir]);
		$this->rearm($stream);
	}
	private function rearm($stream): void {
		$key = (int)$stream;
		$flags = (isset($this->streams[$key]['r']) ? Event::READ : 0) | (isset($this->streams[$key]['w']) ? Event::WRITE : 0);
		if (isset($this->events[$key])) { $this->events[$key]->free(); unset($this->events[$key]); }
		if ($flags) {
			$ev = new Event($this->base, $stream, $flags | Event::PERSIST, $this->streamCb);
			$ev->add();
			$this->events[$key] = $ev;
		} else {
			unset($this->streams[$key]);
		}
	}
	public function run(): void { $this->base->loop(); }
	public function stop(): void { $this->base->stop(); }
}

$loop = new Loop();
[$a, $z] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($a, false);
stream_set_blocking($z, false);

$ticks = 0;
$periodic = $loop->addTimer(0.002, function () use (&$ticks) { $ticks++; }, true);
$toSend = "ping";
$loop->addWriteStream($a, function ($s) use (&$toSend, $loop) {
	fwrite($s, $toSend);
	$loop->removeWriteStream($s);
});
$received = "";
$loop->addReadStream($z, function ($s) use (&$received, $loop) {
	$received .= fread($s, 100);
	if ($received === "ping") {
		fwrite($s, "pong");
		$loop->removeReadStream($s);
	}
});
$reply = "";
$loop->addReadStream($a, function ($s) use (&$reply, $loop, $periodic) {
	$reply .= fread($s, 100);
	$loop->removeReadStream($s);
	// finish once the periodic timer ticked a few times (counted, not timed:
	// a loaded machine may run fewer ticks in a given time), at most 1 s
	$tries = 0;
	$finish = function () use ($loop, $periodic, &$ticks, &$tries, &$finish) {
		if ($ticks < 5 && ++$tries < 200) {
			$loop->addTimer(0.005, $finish);
			return;
		}
		$loop->cancelTimer($periodic);
	};
	$loop->addTimer(0.02, $finish);
});
$never = $loop->addTimer(5, function () { echo "never\n"; });
$loop->addTimer(0.1, function () use ($loop, $never) { $loop->cancelTimer($never); });
$loop->run();
var_dump($received, $reply, $ticks >= 5);

// 0-delay timers (future ticks) all run in the next iteration
$order = [];
for ($i = 0; $i < 5; $i++) {
	$loop->addTimer(0, function () use (&$order, $i) { $order[] = $i; });
}
$loop->run();
sort($order);
var_dump($order === [0, 1, 2, 3, 4]);
?>
--EXPECT--
string(4) "ping"
string(4) "pong"
bool(true)
bool(true)
