<?php
/* A fatal error inside a stream listener (an undefined function, as a bug in
 * an application shows): the message, the status, shutdown functions. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$loop->addReadStream($a, function ($s) { echo "reading\n"; no_such_function($s); });
$loop->addTimer(0.5, function () { echo "never\n"; });
register_shutdown_function(function () { echo "shutdown function, last error: ", error_get_last()['message'] ?? 'none', "\n"; });
$loop->run();
echo "not reached\n";
