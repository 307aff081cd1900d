<?php
// setCallback()/setDefaultCallback() with what is not callable.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = new EventHttp($base);
show('setCallback string', fn() => $http->setCallback('/a', 'no_such_function'));
show('setCallback null', fn() => $http->setCallback('/a', null));
show('setDefaultCallback array', fn() => $http->setDefaultCallback([1, 2]));
show('setCallback strlen', fn() => $http->setCallback('/a', 'strlen'));
show('setDefaultCallback closure', fn() => $http->setDefaultCallback(function () {}));
