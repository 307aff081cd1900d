--TEST--
EventBuffer can be extended; clone and serialization are refused
--FILE--
<?php
class LineBuffer extends EventBuffer
{
    public array $seen = [];

    public function __construct(private string $prefix)
    {
        parent::__construct();
    }

    public function addLine(string $line): bool
    {
        $this->seen[] = $line;
        return $this->add($this->prefix . $line . "\n");
    }

    // overriding a method keeps the parent's available
    public function readLine(int $eol_style = EventBuffer::EOL_LF): ?string
    {
        $line = parent::readLine($eol_style);
        return $line === null ? null : strtoupper($line);
    }

    public function size(): int
    {
        return $this->length;
    }
}

// a constructor that never calls the parent's still gets a working buffer
class BareBuffer extends EventBuffer
{
    public function __construct() {}
}

$b = new LineBuffer("> ");
var_dump($b instanceof EventBuffer);
var_dump($b->addLine("one"), $b->addLine("two"));
var_dump($b->size(), $b->length, $b->searchEol(0, EventBuffer::EOL_LF));
var_dump($b->readLine(), $b->readLine(), $b->readLine());
var_dump($b->seen);
var_dump($b);

$bare = new BareBuffer();
var_dump($bare->add("bare"), $bare->length, $bare->read(10));

// a subclass instance is accepted where an EventBuffer is expected
$plain = new EventBuffer();
$bare->add("moved");
var_dump($plain->addBuffer($bare), $plain->read(10), $bare->length);

foreach ([new EventBuffer(), $b] as $obj) {
    try {
        $c = clone $obj;
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        serialize($obj);
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(12)
int(12)
int(5)
string(5) "> ONE"
string(5) "> TWO"
NULL
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
object(LineBuffer)#1 (2) {
  ["length"]=>
  int(0)
  ["contiguous_space"]=>
  int(0)
}
bool(true)
int(4)
string(4) "bare"
bool(true)
string(5) "moved"
int(0)
Error: Trying to clone an uncloneable object of class EventBuffer
Error: Trying to clone an uncloneable object of class LineBuffer
