<?php
// copyout()/read() with a count far above what is there.
// difference: buffer-huge-length
$b = new EventBuffer();
$b->add('hello');
$d = '';
var_dump($b->copyout($d, PHP_INT_MAX), $d);
var_dump($b->read(PHP_INT_MAX));
