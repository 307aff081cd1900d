<?php
/* An exception out of a timer listener that nobody catches: run() lets it
 * through, the script ends with "Uncaught", with events still registered. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$loop->addPeriodicTimer(10, function () {});
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$loop->addReadStream($a, function () {});
$loop->addTimer(0.001, function () { throw new RuntimeException('nobody catches me'); });
register_shutdown_function(function () { echo "shutdown function\n"; });
$loop->run();
