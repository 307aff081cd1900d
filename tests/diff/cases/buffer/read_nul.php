<?php
// read() of binary data.
require __DIR__ . '/t.inc';
$b = buf("a\0b\0c");
t('read(3)', fn() => bin2hex($b->read(3)));
t('read(10)', fn() => bin2hex($b->read(10)));
