<?php
/*
 * Signals: run until SIGINT (Ctrl-C) or SIGTERM arrives, counting SIGUSR1s.
 *
 * Usage: php examples/signal.php
 * Then, from another terminal: kill -USR1 <pid>; kill -TERM <pid>
 * (the script sends itself a SIGUSR1 once, if ext/posix is loaded.)
 */
$base = new EventBase();
echo "pid ", getmypid(), ": waiting for SIGUSR1, SIGINT or SIGTERM\n";

$usr1 = 0;
$sigusr1 = defined('SIGUSR1') ? SIGUSR1 : 10;
$onUsr1 = Event::signal($base, $sigusr1, function ($signo) use (&$usr1) {
    $usr1++;
    echo "got SIGUSR1 ($signo), $usr1 so far\n";
});
$onUsr1->addSignal();

$stop = function ($signo, $arg) use ($base) {
    echo "got $arg: stopping\n";
    $base->exit();
};
// The constants SIGUSR1 etc. come from ext/pcntl; their Linux values are
// used when it is not loaded.
$sigint = defined('SIGINT') ? SIGINT : 2;
$sigterm = defined('SIGTERM') ? SIGTERM : 15;
$onInt = Event::signal($base, $sigint, $stop, 'SIGINT');
$onInt->addSignal();
// The same with the general constructor: its callback gets (fd, what, arg),
// where fd is the signal number and what is Event::SIGNAL.
$onTerm = new Event($base, $sigterm, Event::SIGNAL, function ($signo, $what, $arg) use ($stop) {
    $stop($signo, $arg);
}, 'SIGTERM');
$onTerm->add();

if (function_exists('posix_kill')) {
    $self = Event::timer($base, function () use ($sigusr1) {
        posix_kill(getmypid(), $sigusr1);
    });
    $self->addTimer(0.1);
}

$base->loop();
echo "done after $usr1 SIGUSR1\n";
