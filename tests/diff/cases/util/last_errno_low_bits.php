<?php
// An int socket is checked by its low 32 bits.
foreach ([0, 2 ** 32, 2 ** 32 + 1, -2 ** 32, PHP_INT_MIN, -1, PHP_INT_MAX] as $v) {
    try {
        $n = EventUtil::getLastSocketErrno($v);
        $s = EventUtil::getLastSocketError($v);
        echo "$v: ", get_debug_type($n), " ", get_debug_type($s), "\n";
    } catch (Exception $e) {
        echo "$v: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
