--TEST--
Prefork example: the parent replaces a worker that dies, under the same worker id
--EXTENSIONS--
pcntl
posix
--SKIPIF--
<?php
if (PHP_OS_FAMILY !== 'Linux') die('skip SO_REUSEPORT spreading is Linux behaviour');
if (!function_exists('proc_open')) die('skip proc_open() is needed');
?>
--FILE--
<?php
require __DIR__ . '/../../prefork_helpers.inc';

/** Requests on new connections, 100 a second for at most 5 s, until $want says
 * stop (a worker that died right after its start comes back 1 s later);
 * returns pid => worker id. */
function ask(int $port, callable $want): array
{
    $seen = [];
    $deadline = microtime(true) + 5;
    while (microtime(true) < $deadline && !$want($seen)) {
        $r = prefork_get($port);
        if ($r !== null) {
            $seen[$r[1]] = $r[0];
        }
        usleep(10000);
    }
    return $seen;
}

$port = example_free_port();
[$proc, $parent, $log] = prefork_start($port, 2);

$before = ask($port, fn($seen) => count($seen) == 2);
var_dump(count($before));
$victim = array_search(1, $before, true);    // worker 1's pid
$other = array_search(2, $before, true);
prefork_signal($victim, SIGKILL);

// Worker 1 comes back with a new pid; worker 2 lives on.
$after = ask($port, fn($seen) => count($seen) == 2 && !isset($seen[$victim]));
ksort($after);
var_dump(array_values($after) == [1, 2] || array_values($after) == [2, 1]);
$new = array_search(1, $after, true);
var_dump($new !== false && $new !== $victim, prefork_ppid((int)$new) === $parent);
var_dump(array_search(2, $after, true) === $other);
var_dump(prefork_signal($victim, 0));

prefork_signal($parent, SIGTERM);
$code = example_wait_exit($proc, 12);
var_dump($code);
$all = array_merge(array_keys($before), array_keys($after));
$left = prefork_kill_all($parent, $all);
var_dump($left);
$text = file_get_contents($log);
var_dump(str_contains($text, "worker 1 pid $victim killed by signal 9"),
    str_contains($text, "worker 1 pid $new started"));
if ($left || $code !== 0) {
    echo $text;
}
proc_close($proc);
@unlink($log);
?>
--EXPECT--
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
bool(false)
bool(true)
bool(true)
