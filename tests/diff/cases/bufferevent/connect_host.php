<?php
// connectHost() with numeric hosts and odd arguments (no DNS traffic).
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$mk = fn() => new EventBufferEvent($base, null, 0, null, null, function ($b, $e) use ($base) { echo "  event $e\n"; });
t('numeric', fn() => $mk()->connectHost(null, '127.0.0.1', $port));
t('family inet', fn() => $mk()->connectHost(null, '127.0.0.1', $port, EventUtil::AF_INET));
t('port -1', fn() => $mk()->connectHost(null, '127.0.0.1', -1));
t('port 70000', fn() => $mk()->connectHost(null, '127.0.0.1', 70000));
t('family 99', fn() => $mk()->connectHost(null, '127.0.0.1', $port, 99));
t('empty host', fn() => $mk()->connectHost(null, '', $port));
t('dns err', fn() => $mk()->getDnsErrorString());
$base->loop(EventBase::LOOP_NONBLOCK);
