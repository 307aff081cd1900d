--TEST--
EventHttpRequest::addHeader(): an empty name or one with ':' or NUL returns false (documented difference http-header-names)
--FILE--
<?php
$req = new EventHttpRequest(function () {});
foreach (['', 'A:B', "X\0Y", "X\nY", 'Good'] as $name) {
    var_dump($req->addHeader($name, 'v', EventHttpRequest::OUTPUT_HEADER));
}
var_dump($req->getOutputHeaders());
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
array(1) {
  ["Good"]=>
  string(1) "v"
}
