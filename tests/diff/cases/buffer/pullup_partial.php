<?php
// pullup() of part of a buffer in several chunks.
// difference: buffer-pullup-rest
$b = new EventBuffer();
$b->add("abc");
$o = new EventBuffer();
$o->add("def");
$b->addBuffer($o);
var_dump(bin2hex($b->pullup(2)));
