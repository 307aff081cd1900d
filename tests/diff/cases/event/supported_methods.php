<?php
require __DIR__ . '/../_lib.inc';
var_dump(Event::getSupportedMethods());
t(function () { return Event::getSupportedMethods(1); });
