--TEST--
EventDnsBase: PECL event's messages and return values (flags, resolv.conf failures, libevent warnings, NUL bytes, ndots, reconstruct)
--EXTENSIONS--
sockets
--FILE--
<?php
$dir = sys_get_temp_dir() . '/event-dns-pecl-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/rc", "nameserver 127.0.0.1:5353\n");
file_put_contents("$dir/nons", "search a.b\n");
file_put_contents("$dir/bad", "nameserver abc\n");
$b = new EventBase();
foreach ([-1, 2, PHP_INT_MAX, PHP_INT_MIN, 0x7fffffff] as $i) {
    try { new EventDnsBase($b, $i); } catch (EventException $e) { echo $e->getMessage(), "\n"; }
}
$d = new EventDnsBase($b, false);
// failures to read the file warn and return true; bad flags return false
var_dump($d->parseResolvConf(EventDnsBase::OPTIONS_ALL, "$dir/missing"));
var_dump($d->parseResolvConf(EventDnsBase::OPTIONS_ALL, $dir));
var_dump($d->parseResolvConf(EventDnsBase::OPTIONS_ALL, "$dir/nons"));
var_dump($d->parseResolvConf(EventDnsBase::OPTIONS_ALL, "$dir/bad"));
var_dump($d->parseResolvConf(-1, "$dir/rc"), $d->parseResolvConf(16, "$dir/rc"));
var_dump($d->parseResolvConf(EventDnsBase::OPTIONS_ALL, "$dir/rc\0ignored"));
// libevent's warnings reach the script
var_dump($d->addNameserverIp('abc'));
// NUL bytes end the strings instead of being refused
var_dump($d->addNameserverIp("127.0.0.9\0x"), $d->setOption("bogus\0:", '1'), $d->loadHosts("a\0b"));
$d->addSearch("a\0b");
// any ndots
$d->setSearchNdots(-1);
$d->setSearchNdots(PHP_INT_MAX);
// constructed again: a new resolver
$n = $d->countNameservers();
$d->__construct($b, false);
var_dump($n > 0, $d->countNameservers());
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
Invalid initialization flags
Invalid initialization flags
The value of initialization flags is out of range
The value of initialization flags is out of range
Invalid initialization flags

Warning: EventDnsBase::parseResolvConf(): Failed to open file in %s on line %d
bool(true)

Warning: EventDnsBase::parseResolvConf(): Failed to stat file in %s on line %d
bool(true)
bool(true)

Warning: EventDnsBase::parseResolvConf(): Unable to parse nameserver address abc in %s on line %d
bool(true)

Warning: EventDnsBase::parseResolvConf(): Invalid flags in %s on line %d

Warning: EventDnsBase::parseResolvConf(): Invalid flags in %s on line %d
bool(false)
bool(false)
bool(true)

Warning: EventDnsBase::addNameserverIp(): Unable to parse nameserver address abc in %s on line %d
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(0)
