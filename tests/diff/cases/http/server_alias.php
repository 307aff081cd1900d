<?php
// addServerAlias()/removeServerAlias() return values.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
show('add a', fn() => $http->addServerAlias('a.example'));
show('add a again', fn() => $http->addServerAlias('a.example'));
show('add empty', fn() => $http->addServerAlias(''));
show('remove a', fn() => $http->removeServerAlias('a.example'));
show('remove a again', fn() => $http->removeServerAlias('a.example'));
show('remove never', fn() => $http->removeServerAlias('never.example'));
show('remove empty', fn() => $http->removeServerAlias(''));
