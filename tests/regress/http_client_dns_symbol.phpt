--TEST--
Regression (bug report): new EventHttpConnection() kills PHP with "undefined symbol: php_event_dns_base_get" (main's EventDnsBase is a placeholder)
--DESCRIPTION--
classes/event_http_connection.c (and event_buffer_event.c's connectHost)
call php_event_dns_base_get(), declared in classes/event_dns_base.h, but on
main classes/event_dns_base.c is still the placeholder that does not define
it. The module loads (lazy binding), and the first call aborts the process:
"php: symbol lookup error: .../event.so: undefined symbol:
php_event_dns_base_get". Every client-side HTTP test dies the same way.
The real EventDnsBase is on branch wt-net (commit c9c1c56); with it merged
this test passes. Expected: a connection object, no crash.
--FILE--
<?php
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', 8080);
echo get_class($conn), "\n";
?>
--EXPECT--
EventHttpConnection
