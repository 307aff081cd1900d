<?php
// A freed EventBufferEvent: $priority is NULL, $allow_ssl_dirty_shutdown
// false, the others have no value.
require __DIR__ . '/p.inc';
$b = bev('freed');
foreach (['fd', 'priority', 'input', 'output', 'allow_ssl_dirty_shutdown'] as $p) { reads($b, $p); }
listings($b);
