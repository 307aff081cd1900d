<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$d = new EventDnsBase($b, false);
foreach ([['ndots:', '3'], ['ndots', '3'], ['timeout:', '1.5'], ['timeout:', 'abc'], ['timeout:', '-1'], ['attempts:', '2'], ['attempts:', '0'], ['bogus:', '1'], ['', ''], ['max-timeouts:', '-1'], ['max-timeouts:', '300'], ['randomize-case:', '0'], ["nd\0ots:", '1'], ['ndots:', "1\0"], ['initial-probe-timeout:', '1e30'], ['getaddrinfo-allow-skew:', '1'], ['max-inflight:', '0'], ['so-rcvbuf:', '4096'], ['edns-udp-size:', '1']] as $o) { echo json_encode($o), ' '; t(fn() => $d->setOption(...$o)); }
t(fn() => $d->setOption('ndots:'));
t(fn() => $d->setOption([], '1'));
