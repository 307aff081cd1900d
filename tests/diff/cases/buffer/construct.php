<?php
// Construction, a second __construct() call and subclasses.
require __DIR__ . '/t.inc';
$b = new EventBuffer();
t('construct again', fn() => $b->__construct());
t('construct arg', fn() => new EventBuffer(1));
class MyBuf2 extends EventBuffer {
    public function __construct(public $y = 2) { parent::__construct(); }
}
$m = new MyBuf2();
t('sub2', fn() => $m->add('abc'));
t('sub2 len', fn() => $m->length);
t('clone', fn() => clone $b);
t('final', fn() => (new ReflectionClass('EventBuffer'))->isFinal());
