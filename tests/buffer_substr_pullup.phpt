--TEST--
EventBuffer::substr() and pullup() return bytes without removing them
--FILE--
<?php
$text = str_repeat("0123456789", 500);  // several chunks once added in pieces
$b = new EventBuffer();
foreach (str_split($text, 777) as $piece) {
    $b->add($piece);
}
var_dump($b->length === strlen($text));

$ok = true;
foreach ([[0, 10], [5, 1], [770, 20], [4990, 10], [4990, 100], [0, strlen($text)], [1234, 0]] as [$s, $l]) {
    if ($b->substr($s, $l) !== substr($text, $s, $l)) {
        echo "substr($s, $l) differs\n";
        $ok = false;
    }
}
foreach ([0, 1, 776, 777, 4999] as $s) {
    if ($b->substr($s) !== substr($text, $s) || $b->substr($s, -1) !== substr($text, $s)) {
        echo "substr($s) differs\n";
        $ok = false;
    }
}
var_dump($ok, $b->length === strlen($text));

// at the end: empty string; past the end: false
var_dump($b->substr(strlen($text)), $b->substr(strlen($text), 5));
var_dump($b->substr(strlen($text) + 1), $b->substr(PHP_INT_MAX, 1));

// pullup: the first N bytes, made contiguous
var_dump($b->contiguous_space < 2000);
var_dump($b->pullup(2000) === substr($text, 0, 2000));
var_dump($b->contiguous_space >= 2000);
var_dump($b->pullup(0), $b->pullup(3));
var_dump($b->pullup(strlen($text) + 1));           // more than stored
var_dump($b->pullup(-1) === $text, $b->pullup(-50) === $text);
var_dump($b->contiguous_space === strlen($text), $b->length === strlen($text));

// empty buffer
$e = new EventBuffer();
var_dump($e->substr(0), $e->substr(0, 10), $e->substr(1));
var_dump($e->pullup(-1), $e->pullup(0), $e->pullup(1));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(0) ""
string(0) ""
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
string(0) ""
string(3) "012"
NULL
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
string(0) ""
bool(false)
string(0) ""
string(0) ""
NULL
