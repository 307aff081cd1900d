<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$l = new EventListener($b, function () {}, null, 0, -1, '127.0.0.1:0');
var_dump(is_int($l->fd));
unset($l);
echo "ok\n";
