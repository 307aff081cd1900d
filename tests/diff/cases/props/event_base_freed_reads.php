<?php
// An Event freed with its EventBase: $pending reads false, $data stays.
require __DIR__ . '/p.inc';
$e = ev('base freed');
reads($e, 'pending'); reads($e, 'data');
listings($e);
