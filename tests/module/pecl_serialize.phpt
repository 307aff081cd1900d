--TEST--
serialize(): EventException for the classes PECL event refuses, properties for the ones it serializes
--FILE--
<?php
$b = new EventBase();
foreach ([$b, new EventConfig(), new EventHttp($b), new EventHttpRequest(function () {}),
        new EventHttpConnection($b, null, '127.0.0.1', 80), new EventListener($b, function () {}, null, 0, -1, '127.0.0.1:0')] as $o) {
    try { serialize($o); } catch (EventException $e) { echo $e->getMessage(), "\n"; }
}
foreach (['EventBase', 'EventConfig', 'EventListener', 'EventHttp'] as $c) {
    try { unserialize('O:' . strlen($c) . ":\"$c\":0:{}"); } catch (EventException $e) { echo $e->getMessage(), "\n"; }
}
echo serialize(Event::timer($b, function () {}, 'd')), "\n";
echo serialize(new EventBuffer()), "\n";
try { serialize(new EventDnsBase($b, false)); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
EventBase instances are not serializable
EventConfig instances are not serializable
EventHttp instances are not serializable
EventHttpRequest instances are not serializable
EventHttpConnection instances are not serializable
EventListener instances are not serializable
EventBase instances are not serializable
EventConfig instances are not serializable
EventListener instances are not serializable
EventHttp instances are not serializable
O:5:"Event":2:{s:7:"pending";b:0;s:4:"data";s:1:"d";}
O:11:"EventBuffer":2:{s:6:"length";i:0;s:16:"contiguous_space";i:0;}
Exception: Serialization of 'EventDnsBase' is not allowed
