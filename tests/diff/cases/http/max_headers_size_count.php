<?php
// setMaxHeadersSize(): the size counts the request line and header lines without their line ends; at the limit a head is taken, one byte over it is refused.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port, function ($req) { $req->sendReply(200, 'OK'); });
$http->setMaxHeadersSize(40);
/* "GET /cb HTTP/1.0" is 16 bytes, "X: " 3: a value of 21 bytes is the limit. */
foreach ([21, 22] as $n) {
    foreach (["\r\n", "\n"] as $eol) {
        $v = str_repeat('v', $n);
        $got = raw($base, $port, "GET /cb HTTP/1.0{$eol}X: $v{$eol}{$eol}");
        printf("%d bytes, %s: %s\n", 16 + 3 + $n, $eol === "\n" ? 'LF' : 'CRLF',
            str_starts_with($got, 'HTTP/1.0 200') ? 'answered' : 'refused');
    }
}
/* More lines: each line's end is left out of the count. */
foreach ([6, 7] as $lines) {
    $head = "GET /cb HTTP/1.0\r\n";
    for ($i = 0; $i < $lines; $i++) {
        $head .= chr(65 + $i) . ": $i\r\n";
    }
    $got = raw($base, $port, "$head\r\n");
    printf("16 + %d x 4 bytes: %s\n", $lines, str_starts_with($got, 'HTTP/1.0 200') ? 'answered' : 'refused');
}
