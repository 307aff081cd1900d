--TEST--
EventHttp::accept() of a Socket that never listened: the loop warns on every step while it is open (as PECL event), and is quiet and idle once the script closed it
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();
$http = new EventHttp($base);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$warnings = [];
set_error_handler(function ($no, $str) use (&$warnings) { $warnings[$str] = ($warnings[$str] ?? 0) + 1; return true; });
$t = new Event($base, -1, Event::TIMEOUT, fn() => $base->exit());
// Loops for a while; returns the warnings and how many steps the loop made.
$run = function () use ($base, $t, &$warnings) {
    $warnings = [];
    $steps = 0;
    $t->add(0.1);
    $end = microtime(true) + 0.1;
    while (microtime(true) < $end && $steps < 1000000) {
        $base->loop(EventBase::LOOP_ONCE);
        $steps++;
    }
    $t->del();
    return [$warnings, $steps];
};
var_dump($http->accept($s));
[$w, $steps] = $run();
foreach ($w as $str => $n) {
    echo $str, $n > 3 ? ' (repeated)' : " ($n)", "\n";
}
echo $steps > 20 ? "open: busy\n" : "open: idle ($steps)\n";
socket_close($s);
[$w, $steps] = $run();
var_dump($w);
// Once closed, a loop step waits for the timer: a handful of steps, not a spin.
echo $steps <= 3 ? "closed: idle\n" : "closed: busy ($steps steps)\n";
// The number, reused by another socket, is not watched either.
$s2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
[$w, $steps] = $run();
var_dump($w);
echo $steps <= 3 ? "reused: idle\n" : "reused: busy ($steps steps)\n";
?>
--EXPECT--
bool(true)
EventBase::loop(): Error from accept() call: Invalid argument (repeated)
open: busy
array(0) {
}
closed: idle
array(0) {
}
reused: idle
