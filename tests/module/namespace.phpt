--TEST--
Namespace build (--with-event-ns): classes and type declarations live in EVENT_NS
--SKIPIF--
<?php
if (!extension_loaded('event')) die('skip event not loaded');
if (EVENT_NS === '') die('skip not a namespaced build (configure --with-event-ns=NS)');
?>
--FILE--
<?php
$ns = EVENT_NS;
$classes = ['Event', 'EventBase', 'EventConfig', 'EventBuffer', 'EventBufferEvent', 'EventUtil',
            'EventException', 'EventDnsBase', 'EventListener', 'EventHttp', 'EventHttpConnection',
            'EventHttpRequest', 'EventSslContext'];
$ext = new ReflectionExtension('event');
$declared = array_keys($ext->getClasses());
foreach ($classes as $c) {
    $fq = "$ns\\$c";
    if (!in_array($fq, $declared, true)) echo "not declared: $fq\n";
    if (class_exists($c, false)) echo "also global: $c\n";
    if (class_exists($fq, false) && (new ReflectionClass($fq))->getNamespaceName() !== $ns) echo "wrong namespace: $fq\n";
}
foreach ($declared as $name) {
    if (strncmp($name, "$ns\\", strlen($ns) + 1) !== 0) echo "outside the namespace: $name\n";
}

// Class types in arginfo name the namespaced classes.
$type = fn($class, $method, $i = null) => (string)($i === null
    ? (new ReflectionMethod("$ns\\$class", $method))->getReturnType()
    : (new ReflectionMethod("$ns\\$class", $method))->getParameters()[$i]->getType());
var_dump($type('Event', '__construct', 0) === "$ns\\EventBase");
var_dump($type('Event', 'timer') === "$ns\\Event");
var_dump($type('EventBase', '__construct', 0) === "?$ns\\EventConfig");
var_dump($type('EventBufferEvent', 'getInput') === "$ns\\EventBuffer");
var_dump($type('EventBufferEvent', 'writeBuffer', 0) === "$ns\\EventBuffer");
var_dump($type('EventHttp', '__construct', 1) === "?$ns\\EventSslContext");
var_dump(is_subclass_of("$ns\\EventException", 'RuntimeException'));

// The types are enforced with the namespaced names.
$base = new ("$ns\\EventBase")();
$cls = "$ns\\Event";
$ev = $cls::timer($base, function () {});
var_dump(get_class($ev) === $cls);
try {
    new ("$ns\\Event")(new stdClass, -1, 0, function () {});
} catch (TypeError $e) {
    var_dump(str_contains($e->getMessage(), "must be of type $ns\\EventBase"));
}
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
done
