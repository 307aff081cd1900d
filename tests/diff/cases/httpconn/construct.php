<?php
// new EventHttpConnection: ports and addresses, good and odd.
require __DIR__ . '/../http/lib.inc';
$base = new EventBase();
foreach ([80, 0, -1, 65536, 70000, PHP_INT_MAX] as $p) {
    show("port $p", fn() => get_class(new EventHttpConnection($base, null, '127.0.0.1', $p)));
}
show('empty address', fn() => get_class(new EventHttpConnection($base, null, '', 80)));
show('name', fn() => get_class(new EventHttpConnection($base, null, 'localhost', 80)));
show('wrong base', fn() => new EventHttpConnection(new stdClass(), null, '127.0.0.1', 80));
show('wrong dns', fn() => new EventHttpConnection($base, new stdClass(), '127.0.0.1', 80));
show('wrong ctx', fn() => new EventHttpConnection($base, null, '127.0.0.1', 80, new stdClass()));
