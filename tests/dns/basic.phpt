--TEST--
EventDnsBase: constructor flags, nameservers, resolv.conf, hosts, search list, options, bad input, lifetime
--FILE--
<?php
$dir = sys_get_temp_dir() . '/event_dnsb_' . getmypid();
@mkdir($dir);
$base = new EventBase();

// $initialize: bool or a mask of the flag constants
var_dump(EventDnsBase::INITIALIZE_NAMESERVERS, EventDnsBase::DISABLE_WHEN_INACTIVE, EventDnsBase::NAMESERVERS_NO_DEFAULT);
$d = new EventDnsBase($base, false);
var_dump($d->countNameservers());
$d2 = new EventDnsBase($base, EventDnsBase::DISABLE_WHEN_INACTIVE);
var_dump($d2->countNameservers());
$d3 = new EventDnsBase($base, true);   // the system's resolv.conf (or the default nameserver)
var_dump($d3->countNameservers() >= 1);
$d4 = new EventDnsBase($base, 0);
var_dump($d4->countNameservers());
foreach ([12345, -1, 'yes', 1.5, null] as $bad) {
    try { new EventDnsBase($base, $bad); echo "accepted\n"; }
    catch (Throwable $e) { echo get_class($e), "\n"; }
}

// nameservers
var_dump($d->addNameserverIp('127.0.0.1'), $d->addNameserverIp('127.0.0.2:5353'), $d->addNameserverIp('[::1]:53'));
var_dump($d->countNameservers());
var_dump($d->addNameserverIp('not an address'), $d->countNameservers());

// resolv.conf: nameservers and options from a file
file_put_contents("$dir/resolv.conf", "nameserver 127.0.0.5\nnameserver 127.0.0.6\nsearch example.test\noptions ndots:2 timeout:1\n");
$r = new EventDnsBase($base, false);
var_dump($r->parseResolvConf(EventDnsBase::OPTIONS_ALL, "$dir/resolv.conf"));
var_dump($r->countNameservers());
$r2 = new EventDnsBase($base, false);
var_dump($r2->parseResolvConf(EventDnsBase::OPTION_SEARCH | EventDnsBase::OPTION_MISC, "$dir/resolv.conf"));
var_dump($r2->countNameservers());
var_dump($r->parseResolvConf(EventDnsBase::OPTIONS_ALL, "$dir/missing.conf"));
try { $r->parseResolvConf(1 << 10, "$dir/resolv.conf"); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { $r->parseResolvConf(EventDnsBase::OPTIONS_ALL, "a\0b"); } catch (Throwable $e) { echo get_class($e), "\n"; }

// hosts file
file_put_contents("$dir/hosts", "127.0.0.1 one.test two.test\n::1 six.test\n");
var_dump($d->loadHosts("$dir/hosts"));
var_dump($d->loadHosts("$dir/no-such-hosts"));

// search list and options
$d->addSearch('example.test');
$d->addSearch('other.test');
$d->clearSearch();
$d->setSearchNdots(3);
try { $d->setSearchNdots(-1); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
var_dump($d->setOption('ndots:', '2'), $d->setOption('timeout', '2.5'), $d->setOption('max-timeouts:', '3'));
var_dump($d->setOption('ndots:', 'lots'));
try { $d->setOption("nd\0ots", '1'); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { $d->addSearch("a\0b"); } catch (Throwable $e) { echo get_class($e), "\n"; }

// no serialization, no cloning
try { serialize($d); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { clone $d; } catch (Error $e) { echo $e->getMessage(), "\n"; }

// the base freed first: every method throws
$base->free();
foreach (['countNameservers' => [], 'clearSearch' => [], 'addSearch' => ['x'], 'setSearchNdots' => [1],
          'addNameserverIp' => ['127.0.0.1'], 'loadHosts' => ["$dir/hosts"], 'setOption' => ['ndots', '1'],
          'parseResolvConf' => [EventDnsBase::OPTIONS_ALL, "$dir/resolv.conf"]] as $m => $args) {
    try { $d->$m(...$args); echo "$m: no error\n"; } catch (Throwable $e) { echo "$m: ", $e->getMessage(), "\n"; }
}
try { new EventDnsBase($base, false); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
// an EventDnsBase that outlives its (unreferenced) base until the end
$keep = new EventDnsBase(new EventBase(), false);
$keep->addNameserverIp('127.0.0.1');
unlink("$dir/resolv.conf"); unlink("$dir/hosts"); rmdir($dir);
echo "done\n";
?>
--EXPECTF--
int(1)
int(32768)
int(65536)
int(0)
int(0)
bool(true)
int(0)
EventException
EventException
TypeError
TypeError
TypeError
bool(true)
bool(true)
bool(true)
int(3)

Warning: EventDnsBase::addNameserverIp(): Unable to parse nameserver address not an address in %s on line %d
bool(false)
int(3)
bool(true)
int(2)
bool(true)
int(0)

Warning: EventDnsBase::parseResolvConf(): Failed to open file in %s on line %d
bool(true)

Warning: EventDnsBase::parseResolvConf(): Invalid flags in %s on line %d

Warning: EventDnsBase::parseResolvConf(): Failed to open file in %s on line %d
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
Serialization of 'EventDnsBase' is not allowed
Trying to clone an uncloneable object of class EventDnsBase
countNameservers: EventDnsBase object has been freed or was not initialised
clearSearch: EventDnsBase object has been freed or was not initialised
addSearch: EventDnsBase object has been freed or was not initialised
setSearchNdots: EventDnsBase object has been freed or was not initialised
addNameserverIp: EventDnsBase object has been freed or was not initialised
loadHosts: EventDnsBase object has been freed or was not initialised
setOption: EventDnsBase object has been freed or was not initialised
parseResolvConf: EventDnsBase object has been freed or was not initialised
EventBase object has been freed or was not initialised
done
