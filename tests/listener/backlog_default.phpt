--TEST--
EventListener: a backlog of -1 ("libevent picks a good value") listens with the system's maximum accept queue, not libevent's 128; other values are passed as given
--SKIPIF--
<?php
exec('command -v ss', $o, $rc);
if ($rc !== 0) die('skip ss (iproute2) is not installed');
if (!is_readable('/proc/sys/net/core/somaxconn')) die('skip no /proc/sys/net/core/somaxconn');
?>
--FILE--
<?php
/* ss shows a listening socket's accept queue limit in its Send-Q column. */
function queue_limit(int $port): ?int
{
    exec('ss -Hltn ' . escapeshellarg("sport = :$port"), $lines);
    foreach ($lines as $line) {
        $f = preg_split('/\s+/', trim($line));
        if (count($f) >= 4 && $f[0] === 'LISTEN') {
            return (int)$f[2];
        }
    }
    return null;
}

// The kernel caps any backlog at net.core.somaxconn.
$max = (int)file_get_contents('/proc/sys/net/core/somaxconn');
$base = new EventBase();
$cb = function () {};
foreach ([-1, 7] as $backlog) {
    $l = new EventListener($base, $cb, null, EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE,
        $backlog, '127.0.0.1:0');
    $l->getSocketName($addr, $port);
    $limit = queue_limit($port);
    echo "backlog $backlog: ", $limit === ($backlog === -1 ? $max : $backlog) ? 'as expected' : "got $limit (max $max)", "\n";
    $l->free();
}
?>
--EXPECT--
backlog -1: as expected
backlog 7: as expected
