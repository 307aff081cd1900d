<?php
require __DIR__ . '/../_lib.inc';
$dir = case_dir();
file_put_contents("$dir/hosts1", "127.0.0.5 foo.test\n::1 bar.test\n");
file_put_contents("$dir/hosts2", "garbage line without address\n# comment\n");
$b = new EventBase();
$d = new EventDnsBase($b, false);
foreach (["$dir/hosts1", "$dir/hosts2", "$dir/nonexistent", '', $dir, "a\0b"] as $h) { echo json_encode($h === $dir ? "dir" : basename($h)), ' '; t(fn() => $d->loadHosts($h)); }
