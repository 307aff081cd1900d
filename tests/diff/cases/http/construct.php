<?php
// new EventHttp: arguments (a freed base: construct_freed_base.php).
require __DIR__ . '/lib.inc';
$base = new EventBase();
show('new', fn() => get_class(new EventHttp($base)));
show('new null ctx', fn() => get_class(new EventHttp($base, null)));
show('new wrong', fn() => new EventHttp(new stdClass()));
