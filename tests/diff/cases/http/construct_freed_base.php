<?php
// difference: http-freed-base
// new EventHttp / new EventHttpConnection on a freed EventBase.
require __DIR__ . '/lib.inc';
$b2 = new EventBase();
$b2->free();
show('new EventHttp', fn() => get_class(new EventHttp($b2)));
show('new EventHttpConnection', fn() => get_class(new EventHttpConnection($b2, null, '127.0.0.1', 80)));
