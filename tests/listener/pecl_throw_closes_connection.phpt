--TEST--
EventListener: when the callback throws, the connection it was given is closed as in PECL event, unless the callback made a bufferevent or Socket on it
--EXTENSIONS--
sockets
--FILE--
<?php
$b = new EventBase();
$srv = stream_socket_server('tcp://127.0.0.1:0');
stream_set_blocking($srv, false);
$port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$mode = null;
$kept = [];
$l = new EventListener($b, function ($l, $fd) use (&$mode, &$kept, $b) {
    if ($mode === 'bufferevent') {
        $kept[] = new EventBufferEvent($b, $fd, EventBufferEvent::OPT_CLOSE_ON_FREE);
    } elseif ($mode === 'socket') {
        $kept[] = EventUtil::createSocket($fd);
    }
    throw new RuntimeException($mode ?? 'untouched');
}, null, EventListener::OPT_REUSEABLE, -1, $srv);

function client_sees(int $port, EventBase $b, EventListener $l): string {
    $c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
    $deadline = microtime(true) + 2;
    do {
        try {
            $b->loop(EventBase::LOOP_NONBLOCK);
        } catch (RuntimeException $e) {
            echo "caught ", $e->getMessage(), "\n";
            break;
        }
        usleep(5000);
    } while (microtime(true) < $deadline);
    $l->enable();
    $r = [$c]; $w = $x = null;
    $ready = stream_select($r, $w, $x, 0, 200000);
    return $ready && fread($c, 1) === '' && feof($c) ? 'closed' : 'open';
}
foreach ([null, 'bufferevent', 'socket'] as $mode) {
    $seen = @client_sees($port, $b, $l);
    echo ($mode ?? 'untouched'), ": ", $seen, "\n";
}
// The kept owners still hold working descriptors (PECL event closed them
// under the bufferevent and the Socket).
$kept[0]->write("x");
var_dump($kept[0]->getOutput()->length, socket_write($kept[1], "y"));
?>
--EXPECT--
caught untouched
untouched: closed
caught bufferevent
bufferevent: open
caught socket
socket: open
int(1)
int(1)
