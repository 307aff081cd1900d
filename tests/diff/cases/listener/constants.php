<?php
// difference: additions
require __DIR__ . '/../_lib.inc';
foreach ((new ReflectionClass('EventListener'))->getConstants() as $k => $v) echo "$k=$v\n";
