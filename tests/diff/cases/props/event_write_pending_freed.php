<?php
// Assigning $pending of a freed event is the same fatal error.
require __DIR__ . '/p.inc';
$e = ev('freed');
echo "before\n";
$e->pending = false;
echo "after\n";
