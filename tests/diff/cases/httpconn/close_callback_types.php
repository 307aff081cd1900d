<?php
// setCloseCallback() with what is not callable, and replacing it.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
$conn = new EventHttpConnection($base, null, '127.0.0.1', 80);
show('missing', fn() => $conn->setCloseCallback('no_such_function'));
show('null', fn() => $conn->setCloseCallback(null));
show('closure', fn() => $conn->setCloseCallback(function () {}));
show('replace', fn() => $conn->setCloseCallback('strlen', 1));
