--TEST--
EventBufferEvent: the event callback gets EOF|READING when the peer closes, after the last data
--FILE--
<?php
$base = new EventBase();
$base->exit(2.0);
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$log = [];
$bev = new EventBufferEvent($base, $s1, 0,
    function ($bev) use (&$log) { $log[] = "read " . $bev->read(1024); },
    null,
    function ($bev, $events) use (&$log, $base) {
        $log[] = "events " . ($events === (EventBufferEvent::EOF | EventBufferEvent::READING) ? "EOF|READING" : $events);
        $base->exit();
    });
$bev->enable(Event::READ);
fwrite($s2, "last words");
fclose($s2);
$base->loop();
echo implode("\n", $log), "\n";
?>
--EXPECT--
read last words
events EOF|READING
