<?php
/* Connector errors: a closed port on 127.0.0.1 (refused), an invalid URI,
 * through a TimeoutConnector too, and a server bound twice to one port. */
require __DIR__ . '/_react.inc';
$loop = react_loop();
$guard = react_guard($loop);
$tmp = new React\Socket\TcpServer('127.0.0.1:0', $loop);
$addr = $tmp->getAddress();
$tmp->close();
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$connector->connect($addr)->then(...react_settled('closed port'));
$connector->connect('tcp://no-port')->then(...react_settled('invalid uri'));
$timed = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => 1.0]);
$timed->connect($addr)->then(...react_settled('closed port, with a timeout'));
$one = new React\Socket\TcpServer('127.0.0.1:0', $loop);
try {
    new React\Socket\TcpServer($one->getAddress(), $loop);
} catch (RuntimeException $e) {
    echo "second bind: ", react_clean($e->getMessage()), "\n";
}
$one->close();
$loop->addTimer(0.1, function () use ($loop, $guard) { $loop->cancelTimer($guard); });
$loop->run();
react_print_log();
echo "run returned\n";
