--TEST--
EventBuffer: var_dump shows only the computed properties; unset/++ act on the declared slot
--EXTENSIONS--
event
--FILE--
<?php
$b = new EventBuffer();
$b->add("hello");
@$b->extra = 1;
var_dump($b);
var_dump(get_object_vars($b));
unset($b->length);
var_dump($b->length);
$b->contiguous_space++;
$r = &$b->contiguous_space;
var_dump($r, $b->contiguous_space);
?>
--EXPECT--
object(EventBuffer)#1 (2) {
  ["length"]=>
  int(5)
  ["contiguous_space"]=>
  int(5)
}
array(3) {
  ["length"]=>
  int(5)
  ["contiguous_space"]=>
  int(5)
  ["extra"]=>
  int(1)
}
int(5)
int(1)
int(5)
