<?php
// var_dump()/print_r() show the computed properties only; the listings
// see the current values and the dynamic ones.
require __DIR__ . '/p.inc';
$e = ev('live');
@$e->extra = 1;
listings($e);
echo serialize($e), "\n";
var_export($e); echo "\n";
