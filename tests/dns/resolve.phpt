--TEST--
EventDnsBase: names resolved through a hosts file and through a local UDP nameserver (EventBufferEvent::connectHost)
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is needed');
?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/event_dns_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/hosts", "127.0.0.1 hosted.test\n# comment\n10.9.8.7 elsewhere.test\n");

$child = proc_open([PHP_BINARY, '-n', __DIR__ . '/../dns_responder.inc',
    json_encode(['served.test' => '127.0.0.1', 'slow.test' => 'drop'])],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
$dnsPort = (int)fgets($pipes[1]);
stream_set_blocking($pipes[1], false);

$server = stream_socket_server("tcp://127.0.0.1:0");
$port = (int)substr(strrchr(stream_socket_get_name($server, false), ':'), 1);

$base = new EventBase();
$dns = new EventDnsBase($base, false);
var_dump($dns->countNameservers());
var_dump($dns->addNameserverIp("127.0.0.1:$dnsPort"));
var_dump($dns->countNameservers());
var_dump($dns->setOption('timeout:', '1'), $dns->setOption('attempts', '1'));
var_dump($dns->loadHosts("$dir/hosts"));

function resolve($base, $dns, $name, $port, $family = EventUtil::AF_UNSPEC) {
    $result = null;
    $bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
        function ($bev, $events) use (&$result, $base) {
            $result = $events;
            $base->stop();
        });
    var_dump($bev->connectHost($dns, $name, $port, $family));
    $base->exit(5.0);
    $base->loop();
    $err = $bev->getDnsErrorString();
    $bev->free();
    return [$result, $err];
}

// from the hosts file: connects to our server
[$ev, $err] = resolve($base, $dns, 'hosted.test', $port);
var_dump(($ev & EventBufferEvent::CONNECTED) != 0, $err);
// from the nameserver
[$ev, $err] = resolve($base, $dns, 'served.test', $port, EventUtil::AF_INET);
var_dump(($ev & EventBufferEvent::CONNECTED) != 0, $err);
// unknown to both: an error with a DNS error string
[$ev, $err] = resolve($base, $dns, 'missing.test', $port, EventUtil::AF_INET);
var_dump(($ev & EventBufferEvent::ERROR) != 0, $err !== '');

// the nameserver saw exactly the names that are not in the hosts file
usleep(100000);
$queries = stream_get_contents($pipes[1]);
var_dump(str_contains($queries, 'Q served.test 1'), str_contains($queries, 'Q missing.test 1'),
    str_contains($queries, 'hosted.test'));

// a request pending when the EventDnsBase goes away fails instead of crashing
$result = null;
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
    function ($bev, $events) use (&$result) { $result = $events; });
var_dump($bev->connectHost($dns, 'slow.test', $port, EventUtil::AF_INET));
$base->exit(0.3);
$base->loop();
var_dump($result);
$dns = null;   // frees the evdns_base, failing the request
$base->exit(1.0);
$base->loop();
var_dump(($result & EventBufferEvent::ERROR) != 0);
$bev->free();

fclose($pipes[0]);
fclose($pipes[1]);
proc_close($child);
unlink("$dir/hosts");
rmdir($dir);
?>
--EXPECT--
int(0)
bool(true)
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
NULL
bool(true)
