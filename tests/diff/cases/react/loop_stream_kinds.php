<?php
/* addReadStream()/addWriteStream() with what scripts hand ReactPHP: a plain
 * file (poll says readable at once), a pipe of proc_open(), STDOUT-like
 * php://stdout, php://memory and php://temp (no descriptor), a closed
 * stream: the warnings and exceptions of Event's constructor, what fires. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$file = fopen(__FILE__, 'r');
$proc = proc_open(['cat'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
$closed = fopen(__FILE__, 'r');
fclose($closed);
$kinds = [
    'file' => $file,
    'pipe' => $pipes[1],
    'memory' => fopen('php://memory', 'r+'),
    'temp' => fopen('php://temp', 'r+'),
    'closed' => $closed,
];
foreach ($kinds as $name => $s) {
    try {
        $loop->addReadStream($s, function ($s) use ($loop, $name) {
            react_log($name, 'readable: ' . json_encode(substr((string)fread($s, 5), 0, 5)));
            $loop->removeReadStream($s);
        });
        react_log($name, 'added');
    } catch (Throwable $e) {
        react_log($name, get_class($e) . ': ' . $e->getMessage());
    }
}
try {
    $loop->addWriteStream($pipes[0], function ($s) use ($loop) {
        react_log('pipe in', 'writable, wrote ' . fwrite($s, 'piped'));
        $loop->removeWriteStream($s);
        fclose($s);
    });
} catch (Throwable $e) { react_log('pipe in', get_class($e) . ': ' . $e->getMessage()); }
$loop->addTimer(0.1, function () use ($loop, $guard, $kinds) {
    foreach ($kinds as $s) { $loop->removeReadStream($s); }
    $loop->cancelTimer($guard);
});
$loop->run();
react_print_log();
proc_close($proc);
echo "run returned\n";
