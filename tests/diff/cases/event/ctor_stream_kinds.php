<?php
// What ReactPHP's addReadStream() hands Event: streams without a descriptor
// (closed, not a stream, memory), a directory, a file (found by cases/react/loop_stream_kinds.php).
require __DIR__ . '/../_lib.inc';
$base = new EventBase();
$closed = fopen(__FILE__, 'r');
fclose($closed);
foreach (['closed' => $closed, 'context' => stream_context_create(), 'memory' => fopen('php://memory', 'r+'),
          'temp' => fopen('php://temp', 'r+'), 'dir' => opendir(__DIR__), 'file' => fopen(__FILE__, 'r')] as $name => $fd) {
    echo "$name:\n";
    t(function () use ($base, $fd) { return get_class(new Event($base, $fd, Event::READ | Event::PERSIST, function () {})); });
    t(function () use ($base, $fd) { return (new Event($base, $fd, Event::TIMEOUT, function () {}))->set($base, $fd, Event::READ); });
}
