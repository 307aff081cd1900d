--TEST--
EventHttpRequest: header types as PECL event takes them (OUTPUT_HEADER, else the input headers; findHeader() warns outside both bits)
--FILE--
<?php
$req = new EventHttpRequest(function () {});
foreach ([0, 3, -1, 4] as $t) {
    var_dump($req->addHeader("X-$t", 'v', $t));
}
var_dump(array_keys($req->getInputHeaders()), $req->getOutputHeaders());
var_dump($req->findHeader('X-0', 0), $req->findHeader('X-0', 3), $req->findHeader('X-0', -1), $req->findHeader('X-0', 4));
var_dump($req->removeHeader('X-0', 0), $req->removeHeader('X-3', 3), $req->removeHeader('X--1', -1), $req->removeHeader('X-4', 2));
var_dump(array_keys($req->getInputHeaders()));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
array(4) {
  [0]=>
  string(3) "X-0"
  [1]=>
  string(3) "X-3"
  [2]=>
  string(4) "X--1"
  [3]=>
  string(3) "X-4"
}
array(0) {
}

Warning: EventHttpRequest::findHeader(): Invalid HTTP request type passed: -1 in %s on line %d

Warning: EventHttpRequest::findHeader(): Invalid HTTP request type passed: 4 in %s on line %d
string(1) "v"
string(1) "v"
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
array(1) {
  [0]=>
  string(3) "X-4"
}
