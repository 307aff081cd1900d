<?php
// difference: fatal-as-exception
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function () {});
try { $e->pending = true; } catch (Error $x) { echo get_class($x), ': ', $x->getMessage(), "\n"; }
echo "after\n";
