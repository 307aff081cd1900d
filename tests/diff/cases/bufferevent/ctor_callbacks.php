<?php
// Constructor callbacks: null, closures, strings, missing functions.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
t('nulls', fn() => get_class(new EventBufferEvent($base, null, 0, null, null, null, 'arg')));
t('closures', fn() => get_class(new EventBufferEvent($base, null, 0, fn() => 1, fn() => 2, fn() => 3)));
t('string', fn() => get_class(new EventBufferEvent($base, null, 0, 'strlen')));
t('missing', fn() => get_class(new EventBufferEvent($base, null, 0, 'no_such_function')));
t('missing write', fn() => get_class(new EventBufferEvent($base, null, 0, null, 'no_such_function')));
t('missing event', fn() => get_class(new EventBufferEvent($base, null, 0, null, null, 'no_such_function')));
t('array', fn() => get_class(new EventBufferEvent($base, null, 0, [new ArrayObject, 'count'])));
t('int', fn() => get_class(new EventBufferEvent($base, null, 0, 42)));
t('too many', fn() => new EventBufferEvent($base, null, 0, null, null, null, null, 1));
$b = new EventBufferEvent($base);
t('construct again', fn() => $b->__construct($base));
