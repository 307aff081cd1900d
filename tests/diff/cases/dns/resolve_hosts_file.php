<?php
require __DIR__ . '/../_lib.inc';
$dir = case_dir();
file_put_contents("$dir/hosts", "127.0.0.5 foo.test\n");
$b = new EventBase();
$d = new EventDnsBase($b, false);
var_dump($d->loadHosts("$dir/hosts"));
$srv = stream_socket_server('tcp://127.0.0.5:0', $en, $es);
if (!$srv) { echo "no 127.0.0.5\n"; exit; }
$port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$bev = new EventBufferEvent($b, null, EventBufferEvent::OPT_CLOSE_ON_FREE, null, null, function ($bev, $what) use ($b) {
  echo ($what & EventBufferEvent::CONNECTED) ? "connected\n" : "event $what\n";
  $b->exit();
});
var_dump($bev->connectHost($d, 'foo.test', $port, EventUtil::AF_INET));
$b->exit(2);
$b->dispatch();
