<?php
// Getters of a client request before it is sent (getHost()/getUri() crash PECL: tests/http/request/pecl_null_strings.phpt).
require __DIR__ . '/../http/lib.inc';
$req = new EventHttpRequest(function () {});
foreach (['getCommand', 'getResponseCode', 'getInputHeaders', 'getOutputHeaders', 'getBufferEvent', 'getConnection'] as $m) {
    show($m, fn() => $req->$m());
}
show('getInputBuffer', fn() => get_class($req->getInputBuffer()));
show('getOutputBuffer', fn() => $req->getOutputBuffer()->length);
show('add in', fn() => $req->addHeader('A', 'b', EventHttpRequest::INPUT_HEADER));
show('add out', fn() => $req->addHeader('C', 'd', EventHttpRequest::OUTPUT_HEADER));
show('find in', fn() => $req->findHeader('a', EventHttpRequest::INPUT_HEADER));
show('headers', fn() => [$req->getInputHeaders(), $req->getOutputHeaders()]);
show('remove', fn() => $req->removeHeader('A', EventHttpRequest::INPUT_HEADER));
show('clear', fn() => $req->clearHeaders());
show('headers', fn() => [$req->getInputHeaders(), $req->getOutputHeaders()]);
