--TEST--
EventBuffer: $length and $contiguous_space are computed
--FILE--
<?php
$b = new EventBuffer();
$b->add("abc");
var_dump($b);
var_dump(isset($b->length), empty($b->length), isset($b->contiguous_space));
var_dump(property_exists($b, 'length'));

$b->add(str_repeat("z", 5000));
$b->add(str_repeat("y", 5000));
var_dump($b->length);
// contiguous_space is the size of the first chunk only
var_dump($b->contiguous_space > 0, $b->contiguous_space <= $b->length);
$b->pullup(-1);
var_dump($b->contiguous_space === $b->length);

// ++, .= and unset() act on the declared slot, as in PECL event; reads
// still give the computed value (assignment is fatal: buffer_pecl_prop_write)
foreach (['length', 'contiguous_space'] as $p) {
    $b->$p++;
    $b->$p .= "x";
    unset($b->$p);
}
var_dump($b->length);

$b->drain($b->length);
var_dump(get_object_vars($b), (array)$b);
var_dump(isset($b->length), empty($b->length));

// other (dynamic) properties are ordinary
$b->tag = "t";
var_dump($b->tag);
?>
--EXPECTF--
object(EventBuffer)#1 (2) {
  ["length"]=>
  int(3)
  ["contiguous_space"]=>
  int(3)
}
bool(true)
bool(false)
bool(true)
bool(true)
int(10003)
bool(true)
bool(true)
bool(true)
int(10003)
array(2) {
  ["length"]=>
  int(0)
  ["contiguous_space"]=>
  int(0)
}
array(2) {
  ["length"]=>
  int(0)
  ["contiguous_space"]=>
  int(0)
}
bool(true)
bool(true)

Deprecated: Creation of dynamic property EventBuffer::$tag is deprecated in %s on line 30
string(1) "t"
