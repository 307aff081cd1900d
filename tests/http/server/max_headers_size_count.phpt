--TEST--
EventHttp::setMaxHeadersSize() counts the request line and header lines without their line ends, as PECL event (evhttp) does
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/../../diff/cases/http/max_headers_size_count.php';
?>
--EXPECT--
40 bytes, CRLF: answered
40 bytes, LF: answered
41 bytes, CRLF: refused
41 bytes, LF: refused
16 + 6 x 4 bytes: answered
16 + 7 x 4 bytes: refused
