--TEST--
Prefork example: two workers share a port with SO_REUSEPORT; SIGTERM stops them all
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

$port = example_free_port();
[$proc, $parent, $log] = prefork_start($port, 2);

// Send requests, each on a new connection (the kernel picks a listening
// socket per connection), until two different workers have answered.
$seen = [];   // pid => worker id
$requests = $answered = 0;
$deadline = microtime(true) + 5;
while (count($seen) < 2 && $requests < 200 && microtime(true) < $deadline) {
    $requests++;
    $r = prefork_get($port, "/r$requests");
    if ($r === null) {
        usleep(20000);   // the workers may not listen yet
        continue;
    }
    $answered++;
    $seen[$r[1]] = $r[0];
}
$pids = array_keys($seen);
var_dump(count($seen));
ksort($seen);
$ids = array_values($seen);
sort($ids);
var_dump($ids);
// The pids that answered are live children of the parent, and not the parent.
foreach ($pids as $pid) {
    var_dump($pid !== $parent && prefork_signal($pid, 0) && prefork_ppid($pid) === $parent);
}

prefork_signal($parent, SIGTERM);
$code = example_wait_exit($proc, 12);
var_dump($code);
foreach ($pids as $pid) {
    var_dump(prefork_signal($pid, 0));
}
// Nothing answers on the port any more.
var_dump(prefork_get($port));

$left = prefork_kill_all($parent, $pids);
if ($left || $code !== 0 || count($seen) < 2) {
    echo "requests $requests, answered $answered\n", file_get_contents($log);
}
proc_close($proc);
@unlink($log);
?>
--EXPECT--
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)
bool(true)
int(0)
bool(false)
bool(false)
NULL
