<?php
// difference: ssl-context-method
// A method that is no *_METHOD constant: PECL warns and makes an object
// without an SSL context (which crashes on its first use, so it is not used
// here); this build throws ValueError.
require __DIR__ . '/../_lib.inc';
foreach ([15, -1] as $m) {
    t(function () use ($m) { return get_class(new EventSslContext($m, [])); });
}
