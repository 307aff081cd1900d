--TEST--
EventHttpConnection::__construct(): the EventDnsBase must belong to the connection's EventBase (its lookups run in that base's loop)
--FILE--
<?php
$b1 = new EventBase();
$b2 = new EventBase();
try {
    new EventHttpConnection($b1, new EventDnsBase($b2, false), 'localhost', 80);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$conn = new EventHttpConnection($b1, new EventDnsBase($b1, false), 'localhost', 80);
echo get_class($conn), "\n";
$conn = new EventHttpConnection($b1, null, '127.0.0.1', 80);
echo get_class($conn), "\n";
?>
--EXPECT--
ValueError: EventHttpConnection::__construct(): Argument #2 ($dns_base) must belong to the EventBase of the connection
EventHttpConnection
EventHttpConnection
