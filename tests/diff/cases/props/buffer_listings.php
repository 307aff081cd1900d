<?php
// Listings of an EventBuffer, with a dynamic property.
require __DIR__ . '/p.inc';
$b = new EventBuffer();
$b->add('hello');
@$b->extra = [1];
listings($b);
echo serialize($b), "\n";
