--TEST--
EventBuffer with 64 MiB: add, read, drain, copyout, search, substr, pullup, moves
--INI--
memory_limit=-1
--FILE--
<?php
const MB64 = 64 * 1024 * 1024;
$chunk = random_bytes(1024 * 1024);
$data = str_repeat($chunk, 64);
$data[MB64 - 5] = "\n";
$hash = md5($data);

$b = new EventBuffer();
var_dump($b->add($data), $b->length === MB64);
var_dump($b->search("\n", MB64 - 100) === strpos($data, "\n", MB64 - 100));
var_dump($b->substr(MB64 - 10) === substr($data, -10));
var_dump($b->substr(MB64 / 2, 1000) === substr($data, MB64 / 2, 1000));

// copyout leaves the data, read takes it all at once
var_dump($b->copyout($copy, PHP_INT_MAX) === MB64, md5($copy) === $hash, $b->length === MB64);
unset($copy);
$got = $b->read(PHP_INT_MAX);
var_dump(strlen($got) === MB64, md5($got) === $hash, $b->length);
unset($got);

// added in pieces, made contiguous, drained in one call
for ($i = 0; $i < 64; $i++) {
    $b->add($chunk);
}
var_dump($b->length === MB64, $b->contiguous_space < MB64);
var_dump(md5($b->pullup(-1)) === md5(str_repeat($chunk, 64)), $b->contiguous_space === MB64);
var_dump($b->drain(MB64 - 3), $b->length, $b->read(10) === substr($chunk, -3));

// moved between buffers
$src = new EventBuffer();
$src->add($data);
$dst = new EventBuffer();
var_dump($dst->appendFrom($src, MB64 / 2) === MB64 / 2, $src->length === MB64 / 2);
var_dump($dst->addBuffer($src), $src->length, $dst->length === MB64);
var_dump($dst->readLine(EventBuffer::EOL_LF) === strstr($data, "\n", true));
var_dump($dst->drain(PHP_INT_MAX), $dst->length);
var_dump($dst->expand(MB64), $dst->length);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(3)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
int(0)
