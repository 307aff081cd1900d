--TEST--
EventUtil: an int descriptor beyond the C int range (2^32 + 1 would be stdout) throws PECL's "Invalid file descriptor" Exception instead of naming another descriptor
--FILE--
<?php
foreach ([2 ** 32, 2 ** 32 + 1, PHP_INT_MIN] as $v) {
    foreach (['getSocketFd' => fn () => EventUtil::getSocketFd($v),
              'setSocketOption' => fn () => EventUtil::setSocketOption($v, SOL_SOCKET, SO_REUSEADDR, 1),
              'getSocketName' => fn () => EventUtil::getSocketName($v, $a, $p)] as $m => $f) {
        try {
            var_dump($f());
        } catch (Exception $e) {
            echo "$v $m: ", $e->getMessage(), "\n";
        }
    }
}
var_dump(EventUtil::getSocketFd(1));
?>
--EXPECT--
4294967296 getSocketFd: Invalid file descriptor
4294967296 setSocketOption: Invalid file descriptor
4294967296 getSocketName: Invalid file descriptor
4294967297 getSocketFd: Invalid file descriptor
4294967297 setSocketOption: Invalid file descriptor
4294967297 getSocketName: Invalid file descriptor
-9223372036854775808 getSocketFd: Invalid file descriptor
-9223372036854775808 setSocketOption: Invalid file descriptor
-9223372036854775808 getSocketName: Invalid file descriptor
int(1)
