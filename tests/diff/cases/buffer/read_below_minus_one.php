<?php
// read() with a count below -1.
// difference: buffer-negative-count
$b = new EventBuffer();
$b->add('hello');
try { var_dump($b->read(-2)); } catch (Throwable $e) { echo get_class($e), "\n"; }
