<?php
// The versioned methods' deprecation notice.
foreach (['TLS_CLIENT_METHOD', 'TLSv11_CLIENT_METHOD', 'TLSv11_SERVER_METHOD', 'TLSv12_CLIENT_METHOD', 'TLSv12_SERVER_METHOD'] as $m) {
    $ctx = new EventSslContext(constant("EventSslContext::$m"), []);
    echo $m, ": ", get_class($ctx), "\n";
}
// A handler that throws stops the construction.
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try {
    new EventSslContext(EventSslContext::TLSv12_CLIENT_METHOD, []);
} catch (ErrorException $e) {
    echo "thrown: ", $e->getMessage(), "\n";
}
?>
