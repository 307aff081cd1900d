<?php
require __DIR__ . '/../_lib.inc';
$dir = case_dir();
file_put_contents("$dir/nons", "search a.b\n");
file_put_contents("$dir/badns", "nameserver abc\nnameserver 127.0.0.1:5300\n");
file_put_contents("$dir/big", str_repeat("# x\n", 20000));
$b = new EventBase();
foreach (['nons', 'badns', 'big'] as $f) {
  foreach ([EventDnsBase::OPTIONS_ALL, EventDnsBase::OPTION_NAMESERVERS, EventDnsBase::OPTION_SEARCH] as $fl) {
    $d = new EventDnsBase($b, false);
    echo "$f $fl "; t(fn() => $d->parseResolvConf($fl, "$dir/$f")); echo $d->countNameservers(), "\n";
  }
}
