--TEST--
Regression (API fuzzer): EventBufferEvent::connectHost() with an EventDnsBase of another EventBase (use after free once that base was freed)
--SKIPIF--
<?php if (!class_exists('EventDnsBase')) die('skip no libevent_extra'); ?>
--ENV--
USE_ZEND_ALLOC=0
MALLOC_PERTURB_=165
GLIBC_TUNABLES=glibc.malloc.tcache_count=0
--FILE--
<?php
/* Found by tests/fuzz/api_fuzz.php (ASan, seed 209069). The lookup ends in
 * the DNS base's loop, where libevent then connects the bufferevent on its
 * own base: freed by then here. Lookups go to a nameserver on 127.0.0.1
 * that does not answer (port 1), and time out after 0.2 s. The environment
 * makes freed memory garbage at once, so the old bug crashes here. */
function dns_on(EventBase $base): EventDnsBase
{
    $dns = new EventDnsBase($base, false);
    $dns->addNameserverIp('127.0.0.1:1');
    $dns->setOption('timeout:', '0.2');
    $dns->setOption('attempts:', '1');
    return $dns;
}

function run_for(EventBase $base, float $s): void
{
    $t = Event::timer($base, fn() => $base->exit());
    $t->add($s);
    $base->loop();
}

// Another base's DNS: refused.
$a = new EventBase();
$b = new EventBase();
$dns = dns_on($a);
$bev = new EventBufferEvent($b, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
try {
    $bev->connectHost($dns, 'fuzzhost.invalid', 80);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$b->free();
run_for($a, 0.5);
echo "other base: done\n";

// The same base: the lookup fails, and the event callback says so.
$events = [];
$bev = new EventBufferEvent($a, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
$bev->setCallbacks(null, null, function ($bev, $ev) use (&$events) { $events[] = $ev; });
var_dump($bev->connectHost($dns, 'fuzzhost.invalid', 80));
run_for($a, 1.0);
echo 'same base: ', count($events), ' event(s), error: ', var_export(($events[0] ?? 0) & EventBufferEvent::ERROR ? true : false, true), "\n";

// The same base, freed while the lookup is pending.
$c = new EventBase();
$dns2 = dns_on($c);
$bev2 = new EventBufferEvent($c, null, EventBufferEvent::OPT_CLOSE_ON_FREE);
var_dump($bev2->connectHost($dns2, 'fuzzhost.invalid', 80));
$c->free();
run_for($a, 0.3);
echo "end\n";
?>
--EXPECTF--
EventBufferEvent::connectHost(): Argument #1 ($dns_base) must belong to the EventBase of the buffer event
other base: done
bool(true)

Notice: EventBase::loop(): Nameserver 127.0.0.1:1 has failed: request timed out. in %s on line %d

Notice: EventBase::loop(): All nameservers have failed in %s on line %d
same base: 1 event(s), error: true
bool(true)
end
