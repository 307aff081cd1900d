<?php
// EventBuffer::$length and $contiguous_space, full and empty.
require __DIR__ . '/p.inc';
$b = new EventBuffer();
reads($b, 'length'); reads($b, 'contiguous_space');
$b->add('hello');
reads($b, 'length'); reads($b, 'contiguous_space'); reads($b, 'nope');
