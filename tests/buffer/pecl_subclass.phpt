--TEST--
EventBuffer subclass without parent::__construct() works (PECL event crashes)
--EXTENSIONS--
event
--FILE--
<?php
class Bare extends EventBuffer {
    public function __construct() {}
}
$b = new Bare();
var_dump($b->add("bare"), $b->length, $b->read(10));
?>
--EXPECT--
bool(true)
int(4)
string(4) "bare"
