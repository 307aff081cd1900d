<?php
// copyout() and its by-reference output.
require __DIR__ . '/t.inc';
$b = buf('hello');
foreach ([0, 1, 3, 5, 100, -1] as $n) {
    $d = 'keep';
    echo "copyout($n): ";
    var_dump($b->copyout($d, $n), $d);
}
$e = buf();
$d = 'keep';
var_dump($e->copyout($d, 5), $d);
$d = null;
var_dump($b->copyout($d, 2), $d);
$d = 42;
var_dump($b->copyout($d, 2), $d);
$arr = ['k' => 'v'];
var_dump($b->copyout($arr['k'], 3), $arr);
$b->freeze(true);
$d = 'frozen';
var_dump($b->copyout($d, 2), $d);
var_dump($b->length);
