<?php
// Assigning $output of a freed bufferevent: the fatal error.
require __DIR__ . '/p.inc';
$b = bev('freed');
echo "before\n";
$b->output = null;
echo "after\n";
