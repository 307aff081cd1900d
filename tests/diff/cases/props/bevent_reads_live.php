<?php
// Every property of a live EventBufferEvent.
require __DIR__ . '/p.inc';
$b = bev('live');
foreach (['priority', 'input', 'output', 'allow_ssl_dirty_shutdown'] as $p) { reads($b, $p); }
show('fd', fn() => is_int($b->fd));
