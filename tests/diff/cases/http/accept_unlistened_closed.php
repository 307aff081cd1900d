<?php
// accept() of a Socket that never listened: the loop warns on every step while the
// Socket is open, and goes quiet once the script closed it (and when the number is reused).
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$warnings = [];
set_error_handler(function ($no, $str) use (&$warnings) { $warnings[$str] = ($warnings[$str] ?? 0) + 1; return true; });
$t = new Event($base, -1, Event::TIMEOUT, fn() => $base->exit());
$report = function (string $when) use (&$warnings) {
    echo $when, ":\n";
    foreach ($warnings as $str => $n) {
        echo '  ', $str, $n > 3 ? ' (repeated)' : " ($n)", "\n";
    }
    $warnings = [];
};
show('accept', fn() => $http->accept($s));
$t->add(0.05);
$base->loop();
$report('open');
socket_close($s);
$t->add(0.05);
$base->loop();
$report('closed');
$s2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$t->add(0.05);
$base->loop();
$report('number reused');
