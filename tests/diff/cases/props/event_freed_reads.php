<?php
// A freed Event has neither property: reads are NULL, isset() false.
require __DIR__ . '/p.inc';
$e = ev('freed');
reads($e, 'pending'); reads($e, 'data');
