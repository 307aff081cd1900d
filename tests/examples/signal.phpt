--TEST--
examples/signal.php: counts the SIGUSR1 it sends itself and one from outside, and SIGTERM (through the general Event constructor) ends its loop and the script, with exit code 0
--EXTENSIONS--
posix
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is needed');
if (!defined('SIGUSR1')) die('skip ext/pcntl gives the signal numbers');
?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$child = example_start('signal.php', [], ['posix']);
/* Its own pid: the process started may be a wrapper around PHP (the sanitizer run's). */
$pid = (int)example_wait_output($child, '/^pid (\d+): waiting/m')[1];
var_dump($pid > 1);
example_wait_output($child, '/1 so far/');     // the one it sent itself
if ($pid > 1) {
    posix_kill($pid, SIGUSR1);
    example_wait_output($child, '/2 so far/');
    posix_kill($pid, SIGTERM);
}
var_dump(example_wait_exit($child['proc'], 10));
echo example_output($child);
example_stop($child);
?>
--EXPECTF--
bool(true)
int(0)
pid %d: waiting for SIGUSR1, SIGINT or SIGTERM
got SIGUSR1 (%d), 1 so far
got SIGUSR1 (%d), 2 so far
got SIGTERM: stopping
done after 2 SIGUSR1
