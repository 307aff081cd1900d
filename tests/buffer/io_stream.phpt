--TEST--
EventBuffer::write() and readFrom() on a stream_socket_pair and by descriptor number
--FILE--
<?php
[$a, $c] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($a, false);
stream_set_blocking($c, false);

$data = random_bytes(20000);
$out = new EventBuffer();
$out->add($data);

// write at most howmuch, draining what was written
var_dump($out->write($a, 100), $out->length);
var_dump($out->write($a, 0), $out->length);
$rest = $out->write($a);
var_dump($rest, $out->length);

// readFrom: at most howmuch per call, appended to what is there
$in = new EventBuffer();
$in->add("pre:");
var_dump($in->readFrom($c, 10), $in->length);
var_dump($in->readFrom($c, 0), $in->length);
$total = 10;
for ($i = 0; $i < 1000 && $total < 20000; $i++) {
    $n = $in->readFrom($c);
    if ($n === false) {
        break;
    }
    $total += $n;
}
var_dump($total, $in->read(PHP_INT_MAX) === "pre:" . $data);

// nothing to read on a non-blocking socket: false
var_dump($in->readFrom($c));
// writing an empty buffer writes nothing
var_dump($out->write($a));

// what PHP writes, readFrom gets; what write sends, PHP reads
fwrite($a, "from php");
var_dump($in->readFrom($c, 100), $in->read(100));
$out->add("to php");
var_dump($out->write($c), fread($a, 100));

// a plain descriptor number works too: find a file's number in /proc
function fd_of(string $path): int {
    foreach (scandir('/proc/self/fd') as $n) {
        if (preg_match("/^\\d+$/", $n) && @readlink("/proc/self/fd/$n") === $path) {
            return (int)$n;
        }
    }
    return -1;
}
$path = tempnam(sys_get_temp_dir(), 'evbuf');
$w = fopen($path, 'w');
$out->add("by number");
var_dump($out->write(fd_of($path)), $out->length);
fclose($w);
var_dump(file_get_contents($path));
$r = fopen($path, 'r');
$file_in = new EventBuffer();
var_dump($file_in->readFrom(fd_of($path)), $file_in->read(100));
fclose($r);
unlink($path);

// end of file: readFrom() returns 0
fclose($a);
var_dump($in->readFrom($c), $in->length);

// a closed peer: write fails
$out->add("lost");
var_dump(@$out->write($c));
fclose($c);

// a pipe from proc_open
$p = proc_open(['printf', 'piped'], [1 => ['pipe', 'w']], $pipes);
$in = new EventBuffer();
$got = 0;
while (($n = $in->readFrom($pipes[1])) > 0) {
    $got += $n;
}
var_dump($got, $in->read(100));
fclose($pipes[1]);
proc_close($p);
?>
--EXPECT--
int(100)
int(19900)
bool(false)
int(19900)
int(19900)
int(0)
int(10)
int(14)
int(0)
int(14)
int(20000)
bool(true)
bool(false)
bool(false)
int(8)
string(8) "from php"
int(6)
string(6) "to php"
int(9)
int(0)
string(9) "by number"
int(9)
string(9) "by number"
int(0)
int(0)
bool(false)
int(5)
string(5) "piped"
