--TEST--
EventBuffer::search() with start and end positions
--FILE--
<?php
function count_instances(EventBuffer $buf, string $str): int {
    $total = 0;
    $p = 0;
    while (($p = $buf->search($str, $p)) !== false) {
        ++$total;
        ++$p;
    }
    return $total;
}

$text = "Some string within a string inside another string";
$b = new EventBuffer();
$b->add($text);
var_dump(count_instances($b, "str") === substr_count($text, "str"));

// every result agrees with strpos over the same range
$ok = true;
foreach (["str", "S", "g", "ing", "another string", "x", "string inside"] as $needle) {
    for ($start = 0; $start <= strlen($text); $start += 3) {
        $expect = strpos($text, $needle, $start);
        if ($b->search($needle, $start) !== $expect) {
            echo "mismatch $needle @ $start\n";
            $ok = false;
        }
    }
}
var_dump($ok);

// defaults: from the start to the end
var_dump($b->search("Some"), $b->search("Some", -1), $b->search("Some", -1, -1));
var_dump($b->search("string", 6));       // 5 is before 6: next one
var_dump($b->search("nothing"));

// end bounds the whole match: "string" at 5..11
var_dump($b->search("string", 0, 11));   // fits exactly
var_dump($b->search("string", 0, 10));   // does not fit
var_dump($b->search("string", -1, 11));
var_dump($b->search("string", 6, 27));   // 21..27 fits
var_dump($b->search("string", 6, 26));   // does not fit
// an end past the data is the end of the data
var_dump($b->search("another string", 0, 100000) === strpos($text, "another string"));

// start at or past the end, start after end
var_dump($b->search("g", strlen($text)));
var_dump($b->search("g", strlen($text) + 1));
var_dump($b->search("g", PHP_INT_MAX));
var_dump($b->search("S", 10, 5));

// the empty needle is found where the search starts
var_dump($b->search(""), $b->search("", 7));

// the buffer is not consumed
var_dump($b->length === strlen($text));

// across chunk boundaries
$c = new EventBuffer();
$c->add(str_repeat("a", 4095) . "ne");
$c->add("edle" . str_repeat("b", 5000));
$c->add("needle");
var_dump($c->search("needle"), $c->search("needle", 4096), $c->search("needle", 4096, 4095 + 6 + 5000 + 5));

// empty buffer
$e = new EventBuffer();
var_dump($e->search("a"), $e->search(""), $e->search("a", 1));
?>
--EXPECTF--
bool(true)
bool(true)
int(0)
int(0)
int(0)
int(21)
bool(false)
int(5)
bool(false)
int(5)
int(21)
bool(false)
bool(true)
bool(false)

Warning: EventBuffer::search(): Failed to set position to 50 in %s on line 46
int(10)

Warning: EventBuffer::search(): Failed to set position to 9223372036854775807 in %s on line 47
int(10)
bool(false)
int(0)
int(7)
bool(true)
int(4095)
int(9101)
bool(false)

Warning: EventBuffer::search(): Failed to set position to 1 in %s on line 65
bool(false)
int(0)
bool(false)
