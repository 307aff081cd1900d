--TEST--
ReactPHP's react/socket and react/stream (Debian's bundle) on this extension: TCP server and Connector on 127.0.0.1, data both ways, either side closing, a refused connection, a 2 MiB write with backpressure, a Unix domain socket server
--EXTENSIONS--
sockets
posix
--SKIPIF--
<?php
require __DIR__ . '/../react_bundle.inc';
if (react_autoload_path() === null) { die('skip no ReactPHP bundle (scripts/react-bundle.sh)'); }
?>
--FILE--
<?php
/* The expectation is what PECL event 3.1.5 prints for this script. Each
 * peer's events are logged under its name and printed at the end: across
 * peers the order is the kernel's. */
require __DIR__ . '/../react_bundle.inc';
react_load();
$log = [];
$note = function (string $who, string $what) use (&$log) {
    $log[$who][] = preg_replace(['/127\.0\.0\.1:\d+/', '~unix://[^\s"]+~'], ['127.0.0.1:PORT', 'unix://PATH'], $what);
};
$loop = new React\EventLoop\ExtEventLoop();
$guard = $loop->addTimer(2.5, function () use ($loop, $note) { $note('GUARD', 'timed out'); $loop->stop(); });
$pending = 4;
$finished = function () use (&$pending, $loop, $guard, &$tcp, &$unix) {
    if (--$pending === 0) { $tcp->close(); $unix->close(); $loop->cancelTimer($guard); }
};
$tcp = new React\Socket\TcpServer('127.0.0.1:0', $loop);
$tcp->on('connection', function (React\Socket\ConnectionInterface $c) use ($note) {
    $c->once('data', function ($first) use ($c, $note) {
        $who = 'tcp server, ' . (strncmp($first, 'big ', 4) === 0 ? 'big' : $first);
        $got = strlen($first);
        $c->on('data', function ($d) use (&$got) { $got += strlen($d); });
        $c->on('close', function () use ($who, $note, &$got) { $note($who, "close after $got bytes"); });
        if ($first === 'hello') { $c->write('olleh'); }
        if ($first === 'close me') { $c->end('bye'); }
    });
});
$connector = new React\Socket\Connector($loop, ['dns' => false, 'timeout' => false]);
$addr = $tcp->getAddress();
$connector->connect($addr)->then(function ($c) use ($note, $finished) {
    $note('client 1', 'connected to ' . $c->getRemoteAddress());
    $c->on('data', function ($d) use ($c, $note) { $note('client 1', "got $d"); $c->end(); });
    $c->on('close', function () use ($note, $finished) { $note('client 1', 'close'); $finished(); });
    $c->write('hello');
}, function ($e) use ($note, $finished) { $note('client 1', $e->getMessage()); $finished(); });
$connector->connect($addr)->then(function ($c) use ($note, $finished) {
    $got = '';
    $c->on('data', function ($d) use (&$got) { $got .= $d; });
    $c->on('end', function () use ($note, &$got) { $note('client 2', "end after $got"); });
    $c->on('close', function () use ($note, $finished) { $note('client 2', 'close'); $finished(); });
    $c->write('close me');
}, function ($e) use ($note, $finished) { $note('client 2', $e->getMessage()); $finished(); });
$connector->connect($addr)->then(function ($c) use ($note, $finished) {
    $c->on('drain', function () use ($note) { $note('client 3', 'drain'); });
    $c->on('close', function () use ($note, $finished) { $note('client 3', 'close'); $finished(); });
    $note('client 3', 'write returned ' . var_export($c->write('big ' . str_repeat('x', 2 << 20)), true));
    $c->end();
}, function ($e) use ($note, $finished) { $note('client 3', $e->getMessage()); $finished(); });

$closed = new React\Socket\TcpServer('127.0.0.1:0', $loop);
$closedAddr = $closed->getAddress();
$closed->close();
$connector->connect($closedAddr)->then(null, function ($e) use ($note) { $note('refused', $e->getMessage()); });

$path = sys_get_temp_dir() . '/evr' . getmypid() . '.sock';
@unlink($path);
register_shutdown_function(function () use ($path) { @unlink($path); });
$unix = new React\Socket\UnixServer('unix://' . $path, $loop);
$unix->on('connection', function ($c) use ($note) {
    $c->on('data', function ($d) use ($c, $note) { $note('unix server', "got $d"); $c->end(strtoupper($d)); });
});
(new React\Socket\UnixConnector($loop))->connect($path)->then(function ($c) use ($note, $finished) {
    $c->on('data', function ($d) use ($note) { $note('unix client', "got $d"); });
    $c->on('close', function () use ($note, $finished) { $note('unix client', 'close'); $finished(); });
    $c->write('over unix');
}, function ($e) use ($note, $finished) { $note('unix client', $e->getMessage()); $finished(); });

$loop->run();
ksort($log);
foreach ($log as $who => $events) { echo "$who: ", implode('; ', $events), "\n"; }
echo "run returned\n";
?>
--EXPECT--
client 1: connected to tcp://127.0.0.1:PORT; got olleh; close
client 2: end after bye; close
client 3: write returned false; drain; close
refused: Connection to tcp://127.0.0.1:PORT failed: Connection refused
tcp server, big: close after 2097156 bytes
tcp server, close me: close after 8 bytes
tcp server, hello: close after 5 bytes
unix client: got OVER UNIX; close
unix server: got over unix
run returned
