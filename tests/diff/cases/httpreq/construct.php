<?php
// new EventHttpRequest: callables that are not, and the data argument.
require __DIR__ . '/../http/lib.inc';
show('closure', fn() => get_class(new EventHttpRequest(function () {})));
show('with data', fn() => get_class(new EventHttpRequest('strlen', [1, 2])));
show('missing function', fn() => get_class(new EventHttpRequest('no_such_function')));
show('null', fn() => get_class(new EventHttpRequest(null)));
show('no args', fn() => new EventHttpRequest());
