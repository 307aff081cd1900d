--TEST--
Prefork example: SIGHUP replaces every worker, one at a time, with EventHttp::shutdown(); a steady client load meanwhile sees no failed request
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

// Both workers answer first.
$before = [];
$deadline = microtime(true) + 5;
while (count($before) < 2 && microtime(true) < $deadline) {
    $r = prefork_get($port);
    if ($r !== null) {
        $before[$r[1]] = $r[0];
    } else {
        usleep(10000);
    }
}
var_dump(count($before));

// Four requests in flight at all times; SIGHUP after 0.2 s; on until 0.3 s
// after the parent logged the end of the rolling restart.
$hupAt = $doneAt = null;
$lastLook = 0.0;
$load = prefork_load($port, 4, function (float $t) use ($parent, $log, &$hupAt, &$doneAt, &$lastLook) {
    if ($hupAt === null && $t >= 0.2) {
        prefork_signal($parent, SIGHUP);
        $hupAt = $t;
    }
    if ($hupAt !== null && $doneAt === null && $t - $lastLook >= 0.02) {
        $lastLook = $t;
        if (str_contains((string)file_get_contents($log), 'rolling restart done')) {
            $doneAt = $t;
        }
    }
    return $doneAt === null || $t < $doneAt + 0.3;
}, 8.0);

echo "failed: {$load['failed']}\n";
var_dump($doneAt !== null, $load['made'] >= 40);
$text = file_get_contents($log);
$retired = 0;
foreach (array_keys($before) as $old) {
    $retired += (int)preg_match("/worker \d pid $old retired, exited with code 0/", $text);
}
echo "retired: $retired\n";
// The new workers answered, and are children of the parent.
$new = array_diff(array_keys($load['pids']), array_keys($before));
$after = [];
foreach ($new as $pid) {
    if (prefork_ppid($pid) === $parent) {
        $after[] = $pid;
    }
}
echo "new workers answering: ", count($after), "\n";
if ($load['failed'] || $doneAt === null || count($after) !== 2) {
    echo "made {$load['made']}, failed {$load['failed']}, SIGHUP at $hupAt, done at $doneAt\n";
    echo implode("\n", $load['errors']), "\n", $text;
}

prefork_signal($parent, SIGTERM);
$code = example_wait_exit($proc, 12);
var_dump($code);
var_dump(prefork_kill_all($parent, array_merge(array_keys($before), array_keys($load['pids']))));
proc_close($proc);
@unlink($log);
?>
--EXPECT--
int(2)
failed: 0
bool(true)
bool(true)
retired: 2
new workers answering: 2
int(0)
bool(false)
