--TEST--
EventUtil::getLastSocketErrno()/getLastSocketError(): an int socket is checked by its low 32 bits, as PECL event does (2^32 is 0; PHP_INT_MAX is -1, refused)
--FILE--
<?php
foreach ([0, 2 ** 32, 2 ** 32 + 1, -2 ** 32, PHP_INT_MIN, -1, PHP_INT_MAX] as $v) {
    try {
        $n = EventUtil::getLastSocketErrno($v);
        $s = EventUtil::getLastSocketError($v);
        echo "$v: ", get_debug_type($n), " ", get_debug_type($s), "\n";
    } catch (Exception $e) {
        echo "$v: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
0: int string
4294967296: int string
4294967297: int string
-4294967296: int string
-9223372036854775808: int string
-1: Exception: Invalid file descriptor
9223372036854775807: Exception: Invalid file descriptor
