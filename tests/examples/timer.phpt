--TEST--
examples/timer.php: the one-shot timer re-added from its callback ticks every 0.2 s, the persistent one every 0.3 s, and the stop timer ends the loop after one second
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$child = example_start('timer.php');
$t0 = microtime(true);
var_dump(example_wait_exit($child['proc'], 10));
$took = microtime(true) - $t0;
var_dump($took >= 0.95 && $took < 8);
$out = example_output($child);
example_stop($child);

/* Ticks at 0.2 s steps, dots at 0.3 s steps, until the stop at 1.0 s: 4 or 5
 * ticks (the re-added timer drifts by its callback's time, so the last one
 * falls on either side of the stop) and 3 dots; one fewer of each is allowed
 * on a loaded machine, where a stall makes two timeouts fall into one. */
preg_match_all('/^tick (\d+)$/m', $out, $ticks);
var_dump($ticks[1] === array_map('strval', range(1, max(1, count($ticks[1]))))
    && count($ticks[1]) >= 3 && count($ticks[1]) <= 5);
var_dump(in_array(substr_count($out, ".\n"), [2, 3], true));
preg_match('/^the loop returned after (\d+) ticks$/m', $out, $m);
var_dump($m[1] == count($ticks[1]));
echo preg_replace('/^(tick \d+|\.)\n/m', '', $out);
?>
--EXPECTF--
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
stopping: one second passed
the loop returned after %d ticks
