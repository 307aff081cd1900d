<?php
// lock()/unlock() take no argument.
require __DIR__ . '/t.inc';
$b = buf('abc');
t('lock', fn() => $b->lock());
t('unlock', fn() => $b->unlock());
t('lock(true)', fn() => $b->lock(true));
t('unlock(false)', fn() => $b->unlock(false));
t('enableLocking', fn() => $b->enableLocking());
t('lock after enable', fn() => $b->lock());
t('read while locked', fn() => $b->read(2));
t('unlock after enable', fn() => $b->unlock());
t('enableLocking again', fn() => $b->enableLocking());
t('enableLocking(1)', fn() => $b->enableLocking(1));
