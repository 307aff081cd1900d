<?php
// Event::$pending and $data of a live, pending event.
require __DIR__ . '/p.inc';
$e = ev('live');
reads($e, 'pending'); reads($e, 'data'); reads($e, 'nope');
$e->del();
reads($e, 'pending');
