--TEST--
EventBuffer::readLine() and searchEol() with every EOL style
--FILE--
<?php
$data = "a\r\n\r\nb\nc\rd\r\ne\0f\n";
$styles = [
    'EOL_ANY' => EventBuffer::EOL_ANY,
    'EOL_CRLF' => EventBuffer::EOL_CRLF,
    'EOL_CRLF_STRICT' => EventBuffer::EOL_CRLF_STRICT,
    'EOL_LF' => EventBuffer::EOL_LF,
    'EOL_NUL' => EventBuffer::EOL_NUL,
];
foreach ($styles as $name => $style) {
    $b = new EventBuffer();
    $b->add($data);
    $lines = [];
    while (($line = $b->readLine($style)) !== null) {
        $lines[] = $line;
    }
    echo $name, ": ", json_encode($lines), " rest=", json_encode($b->read(100)), "\n";
}

// Reference definitions of where each style's EOL starts at or after $from.
function ref_eol(string $s, int $from, int $style): int|false {
    switch ($style) {
        case EventBuffer::EOL_ANY:
            $n = strcspn($s, "\r\n", $from);
            return $from + $n < strlen($s) ? $from + $n : false;
        case EventBuffer::EOL_CRLF:
            $p = strpos($s, "\n", $from);
            if ($p === false) return false;
            return ($p > $from && $s[$p - 1] === "\r") ? $p - 1 : $p;
        case EventBuffer::EOL_CRLF_STRICT:
            return strpos($s, "\r\n", $from);
        case EventBuffer::EOL_LF:
            return strpos($s, "\n", $from);
        case EventBuffer::EOL_NUL:
            return strpos($s, "\0", $from);
    }
}

$b = new EventBuffer();
$b->add($data);
$ok = true;
foreach ($styles as $name => $style) {
    for ($from = 0; $from <= strlen($data); $from++) {
        $got = $b->searchEol($from, $style);
        $want = ref_eol($data, $from, $style);
        if ($got !== $want) {
            echo "$name from $from: got ", var_export($got, true), ", want ", var_export($want, true), "\n";
            $ok = false;
        }
    }
}
var_dump($ok);

// defaults: from the start, EOL_ANY
var_dump($b->searchEol(), $b->searchEol(-1), $b->searchEol(-1, EventBuffer::EOL_NUL) === strpos($data, "\0"));
// past the end
var_dump($b->searchEol(strlen($data) + 1), $b->searchEol(PHP_INT_MAX, EventBuffer::EOL_LF));
// searching does not consume
var_dump($b->length === strlen($data));

// incomplete lines stay in the buffer until completed
$b = new EventBuffer();
$b->add("partial");
var_dump($b->readLine(EventBuffer::EOL_LF), $b->searchEol(), $b->length);
$b->add(" line\r");
var_dump($b->readLine(EventBuffer::EOL_CRLF_STRICT));
$b->add("\nnext");
var_dump($b->readLine(EventBuffer::EOL_CRLF_STRICT), $b->read(10));

// an empty buffer has no line and no EOL
$e = new EventBuffer();
foreach ($styles as $style) {
    var_dump($e->readLine($style), $e->searchEol(-1, $style));
}
?>
--EXPECTF--
EOL_ANY: ["a","b","c","d","e\u0000f"] rest=null
EOL_CRLF: ["a","","b","c\rd","e\u0000f"] rest=null
EOL_CRLF_STRICT: ["a","","b\nc\rd"] rest="e\u0000f\n"
EOL_LF: ["a\r","\r","b","c\rd\r","e\u0000f"] rest=null
EOL_NUL: ["a\r\n\r\nb\nc\rd\r\ne"] rest="f\n"
bool(true)
int(1)
int(1)
bool(true)

Warning: EventBuffer::searchEol(): Failed to set position to 17 in %s on line 57

Warning: EventBuffer::searchEol(): Failed to set position to 9223372036854775807 in %s on line 57
int(1)
int(2)
bool(true)
NULL
bool(false)
int(7)
NULL
string(12) "partial line"
string(4) "next"
NULL
bool(false)
NULL
bool(false)
NULL
bool(false)
NULL
bool(false)
NULL
bool(false)
