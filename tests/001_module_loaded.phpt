--TEST--
Module: the extension loads, EVENT_NS is empty, every class exists
--FILE--
<?php
var_dump(extension_loaded('event'), EVENT_NS);
foreach (['Event', 'EventBase', 'EventConfig', 'EventBuffer', 'EventBufferEvent', 'EventUtil',
          'EventException', 'EventDnsBase', 'EventListener', 'EventHttp', 'EventHttpConnection',
          'EventHttpRequest', 'EventSslContext'] as $c) {
    if (!class_exists(EVENT_NS . $c)) echo "missing $c\n";
}
var_dump(is_subclass_of('EventException', 'RuntimeException'));
?>
--EXPECT--
bool(true)
string(0) ""
bool(true)
