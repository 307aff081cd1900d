--TEST--
EventHttp: wrong argument types, out-of-range values, and every method once the EventBase was freed
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../http_helpers.inc';

function t(callable $f): void
{
    try {
        $r = $f();
        echo 'ok: ', var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$base = new EventBase();
$http = new EventHttp($base);

echo "-- types\n";
t(fn() => new EventHttp('base'));
t(fn() => new EventHttp($base, 'ctx'));
t(fn() => $http->bind([], 80));
t(fn() => $http->bind('127.0.0.1', 'eighty'));
t(fn() => $http->setCallback('/x', 'no_such_function'));
t(fn() => $http->setCallback([], fn() => 1));
t(fn() => $http->setDefaultCallback(42));
t(fn() => $http->setAllowedMethods('GET'));
t(fn() => $http->setTimeout('x'));
t(fn() => $http->accept('not a socket'));
t(fn() => $http->accept(42.5));

echo "-- values\n";
t(fn() => $http->bind('127.0.0.1', -1));
t(fn() => $http->bind('127.0.0.1', 65536));
t(fn() => $http->bind('127.0.0.1', PHP_INT_MAX));
t(fn() => @$http->bind('not an address', http_test_free_port()));
t(fn() => $http->setTimeout(-5));
t(fn() => $http->setAllowedMethods(-1));
$f = fopen('php://memory', 'r');
t(fn() => $http->accept($f));
$closedSock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($closedSock);
t(fn() => $http->accept($closedSock));

echo "-- serialization and clone\n";
t(fn() => serialize($http));
t(fn() => clone $http);

echo "-- base freed\n";
$http->setDefaultCallback(fn() => null);
$base->free();
t(fn() => $http->bind('127.0.0.1', http_test_free_port()));
t(fn() => $http->accept(stream_socket_server('tcp://127.0.0.1:0')));
t(fn() => $http->setCallback('/x', fn() => 1));
t(fn() => $http->setDefaultCallback(fn() => 1));
t(fn() => $http->setAllowedMethods(EventHttpRequest::CMD_GET));
t(fn() => $http->setMaxBodySize(10));
t(fn() => $http->setMaxHeadersSize(10));
t(fn() => $http->setTimeout(10));
t(fn() => $http->addServerAlias('a'));
t(fn() => $http->removeServerAlias('a'));
t(fn() => new EventHttp($base));
unset($http);
echo "done\n";
?>
--EXPECTF--
-- types
TypeError: EventHttp::__construct(): Argument #1 ($base) must be of type EventBase, string given
TypeError: EventHttp::__construct(): Argument #2 ($ctx) must be of type ?EventSslContext, string given
TypeError: EventHttp::bind(): Argument #1 ($address) must be of type string, array given
TypeError: EventHttp::bind(): Argument #2 ($port) must be of type int, string given
ok: true
TypeError: EventHttp::setCallback(): Argument #1 ($path) must be of type string, array given
TypeError: EventHttp::setDefaultCallback(): Argument #1 ($cb) must be a valid callback, no array or string given
TypeError: EventHttp::setAllowedMethods(): Argument #1 ($methods) must be of type int, string given
TypeError: EventHttp::setTimeout(): Argument #1 ($value) must be of type int, string given
Exception: Invalid file descriptor
Exception: Invalid file descriptor
-- values
ok: true
ok: true
ok: false
%Aok: false
ok: NULL
ok: NULL
EventException: %s
EventException: %s
-- serialization and clone
EventException: EventHttp instances are not serializable
Error: Trying to clone an uncloneable object of class EventHttp
-- base freed
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: %s
EventException: EventBase object has been freed or was not initialised
done
