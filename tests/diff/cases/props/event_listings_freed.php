<?php
// Listings of a freed Event.
require __DIR__ . '/p.inc';
$e = ev('freed');
listings($e);
echo serialize($e), "\n";
