--TEST--
EventBufferEvent: a descriptor that came from a PHP stream or Socket is closed once, through that object (OPT_CLOSE_ON_FREE and close()), never a second time under a file that reused its number
--EXTENSIONS--
sockets
--FILE--
<?php
$base = new EventBase();
$tmp = tempnam(sys_get_temp_dir(), 'evclose');

/* The number a descriptor gets is the lowest free one: after the
 * bufferevent lets go of the stream's descriptor, a new file takes it. */
function victim_survives(callable $release, $stream): string
{
    global $tmp;
    $release();
    $f = fopen($tmp, 'w');
    if (is_resource($stream)) {
        @fclose($stream);   /* the script's own close: must not touch $f */
    }
    $ok = @fwrite($f, "data") === 4 && fflush($f);
    fclose($f);
    return $ok ? 'victim intact' : 'VICTIM CLOSED';
}

foreach (['free', 'unset', 'close'] as $how) {
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    $bev = new EventBufferEvent($base, $a, EventBufferEvent::OPT_CLOSE_ON_FREE);
    echo "stream, $how: ", victim_survives(function () use (&$bev, $how) {
        if ($how === 'free') $bev->free();
        elseif ($how === 'close') $bev->close();
        else $bev = null;
    }, $a), "\n";
    /* The peer sees the close. */
    echo "  peer sees EOF: ", var_export(fread($b, 10) === '' && feof($b), true), "\n";
    fclose($b);
}

/* Without OPT_CLOSE_ON_FREE the stream keeps its descriptor. */
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$bev = new EventBufferEvent($base, $a, 0);
$bev->free();
echo "no CLOSE_ON_FREE, stream still writable: ", var_export(fwrite($a, 'x') === 1, true), "\n";

/* A Socket: closed as by socket_close(). */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$bev = new EventBufferEvent($base, $pair[0], EventBufferEvent::OPT_CLOSE_ON_FREE);
$bev->free();
try {
    socket_write($pair[0], 'x');
    echo "Socket still open\n";
} catch (Error $e) {
    echo "Socket: ", $e->getMessage(), "\n";
}
unlink($tmp);
?>
--EXPECT--
stream, free: victim intact
  peer sees EOF: true
stream, unset: victim intact
  peer sees EOF: true
stream, close: victim intact
  peer sees EOF: true
no CLOSE_ON_FREE, stream still writable: true
Socket: socket_write(): Argument #1 ($socket) has already been closed
