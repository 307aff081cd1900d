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

/* The re-added timer drifts by its callback's time, so the last tick may
 * fall on either side of the stop at 1.0 s; the persistent one does not. */
preg_match_all('/^tick (\d+)$/m', $out, $ticks);
var_dump(in_array($ticks[1], [['1', '2', '3', '4'], ['1', '2', '3', '4', '5']], true));
var_dump(substr_count($out, ".\n"));
preg_match('/^the loop returned after (\d+) ticks$/m', $out, $m);
var_dump($m[1] == count($ticks[1]));
echo preg_replace('/^(tick \d+|\.)\n/m', '', $out);
?>
--EXPECTF--
int(0)
bool(true)
bool(true)
int(3)
bool(true)
stopping: one second passed
the loop returned after %d ticks
