--TEST--
EventBufferEvent::connectHost() with an EventDnsBase that resolves from a hosts file
--SKIPIF--
<?php if (!class_exists('EventDnsBase')) die('skip no EventDnsBase in this build'); ?>
--FILE--
<?php
$server = stream_socket_server("tcp://127.0.0.1:0");
$port = (int)substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$hosts = tempnam(sys_get_temp_dir(), 'bevent_hosts');
file_put_contents($hosts, "127.0.0.1 bevent-peer.test\n");

$base = new EventBase();
$dns = new EventDnsBase($base, false); // no nameservers: nothing leaves the machine
var_dump($dns->loadHosts($hosts));
unlink($hosts);

$result = null;
$bev = new EventBufferEvent($base, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null,
    function ($bev, $events) use (&$result, $base) { $result = $events; $base->exit(); });
var_dump($bev->connectHost($dns, "bevent-peer.test", $port, EventUtil::AF_INET));
$base->exit(2.0);
$base->loop();
var_dump($result === EventBufferEvent::CONNECTED);
$conn = stream_socket_accept($server, 1);
$bev->write("resolved");
$base->loop(EventBase::LOOP_NONBLOCK);
var_dump(fread($conn, 100), $bev->getDnsErrorString());
$bev->free();

// A name that is not in the hosts file, asked of a local nameserver that
// never answers: the lookup times out, a DNS error.
$udp = stream_socket_server("udp://127.0.0.1:0", $errno, $errstr, STREAM_SERVER_BIND);
var_dump($dns->addNameserverIp(stream_socket_get_name($udp, false)));
$dns->setOption("timeout:", "0.2");
$dns->setOption("attempts:", "1");
$result = null;
$bev = new EventBufferEvent($base, null, 0, null, null,
    function ($bev, $events) use (&$result, $base) { $result = $events; $base->exit(); });
$ok = $bev->connectHost($dns, "not-in-hosts.test", $port, EventUtil::AF_INET);
$base->exit(2.0);
$base->loop();
var_dump($ok === false || $result === EventBufferEvent::ERROR);
var_dump($bev->getDnsErrorString());
var_dump(strlen(stream_socket_recvfrom($udp, 512)) > 12); // the nameserver was asked (a DNS header is 12 bytes)
echo "done\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(8) "resolved"
string(0) ""
bool(true)

Notice: EventBase::loop(): Nameserver 127.0.0.1:%d has failed: request timed out. in %s on line %d

Notice: EventBase::loop(): All nameservers have failed in %s on line %d
bool(true)
string(42) "non-recoverable failure in name resolution"
bool(true)
done
