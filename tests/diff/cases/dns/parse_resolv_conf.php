<?php
require __DIR__ . '/../_lib.inc';
$dir = case_dir();
file_put_contents("$dir/rc1", "nameserver 127.0.0.1:5353\nsearch example.org\noptions ndots:2\n");
file_put_contents("$dir/empty", '');
$b = new EventBase();
$d = new EventDnsBase($b, false);
foreach ([[EventDnsBase::OPTIONS_ALL, "$dir/rc1"], [EventDnsBase::OPTIONS_ALL, "$dir/nonexistent"], [EventDnsBase::OPTIONS_ALL, "$dir/empty"], [EventDnsBase::OPTIONS_ALL, $dir], [-1, "$dir/rc1"], [PHP_INT_MAX, "$dir/rc1"], [0, "$dir/rc1"], [999, "$dir/rc1"], [16, "$dir/rc1"], [1, ''], [1, "a\0b"]] as $a) { echo json_encode([$a[0], ($a[1] === $dir ? "dir" : basename($a[1]))]), ' '; t(fn() => $d->parseResolvConf(...$a)); echo $d->countNameservers(), "\n"; }
t(fn() => $d->parseResolvConf('x', "$dir/rc1"));
t(fn() => $d->parseResolvConf(1));
