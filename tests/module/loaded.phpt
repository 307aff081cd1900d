--TEST--
Module: the extension loads, EVENT_NS names the namespace (empty by default), every class exists
--FILE--
<?php
var_dump(extension_loaded('event'));
// A default build has EVENT_NS === ''; a --with-event-ns=NS build has "NS"
// and its classes there (tests/module/namespace.phpt checks that build in detail).
var_dump(is_string(EVENT_NS) && (EVENT_NS === '' || preg_match('/^[A-Za-z_][A-Za-z0-9_\\\\]*$/', EVENT_NS) === 1));
$prefix = EVENT_NS === '' ? '' : EVENT_NS . '\\';
foreach (['Event', 'EventBase', 'EventConfig', 'EventBuffer', 'EventBufferEvent', 'EventUtil',
          'EventException', 'EventDnsBase', 'EventListener', 'EventHttp', 'EventHttpConnection',
          'EventHttpRequest', 'EventSslContext'] as $c) {
    if (!class_exists($prefix . $c)) echo "missing $c\n";
}
var_dump(is_subclass_of($prefix . 'EventException', 'RuntimeException'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
