--TEST--
examples/http_client.php: a GET and a POST with a JSON body to a server of the test's own, on one connection; it sends Host and User-Agent, prints each reply's status, headers and body, and exits 0; with nobody listening both fail
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

/* The server: plain PHP streams, one request at a time, HTTP/1.1 keep-alive. */
$server = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$child = example_start('http_client.php', [$port, '/items']);

/* Reads one request; null at the end of the connection. */
function read_request($c): ?array
{
    $head = '';
    while (($line = fgets($c)) !== false && $line !== "\r\n") {
        $head .= $line;
    }
    if ($head === '') {
        return null;
    }
    $lines = explode("\r\n", rtrim($head));
    $headers = [];
    foreach (array_slice($lines, 1) as $h) {
        [$k, $v] = explode(':', $h, 2);
        $headers[strtolower($k)] = trim($v);
    }
    $n = (int)($headers['content-length'] ?? 0);
    return [$lines[0], $headers, $n > 0 ? stream_get_contents($c, $n) : ''];
}

$conns = 0;
$c = null;
for ($i = 0; $i < 2; $i++) {
    $req = $c ? read_request($c) : null;
    if ($req === null) {        // the client opened a new connection
        $c = @stream_socket_accept($server, 10);
        if (!$c) {
            echo "no connection\n";
            break;
        }
        stream_set_timeout($c, 5);
        $conns++;
        $req = read_request($c);
    }
    [$line, $headers, $body] = $req ?? ['no request', [], ''];
    echo "server got: $line | Host: ", $headers['host'] ?? '-', " | User-Agent: ", $headers['user-agent'] ?? '-',
        " | Content-Type: ", $headers['content-type'] ?? '-', " | body: $body\n";
    $reply = str_starts_with($line, 'POST') ? "created $body" : 'a list';
    fwrite($c, ($i ? "HTTP/1.1 201 Created" : "HTTP/1.1 200 OK") . "\r\nContent-Type: text/plain\r\n"
        . "X-Request: $i\r\nContent-Length: " . strlen($reply) . "\r\n\r\n$reply");
}
var_dump($conns);
var_dump(example_wait_exit($child['proc'], 10));
echo example_output($child);
example_stop($child);

/* Nobody listens: both requests fail, and it says so. */
$child = example_start('http_client.php', [example_free_port()]);
var_dump(example_wait_exit($child['proc'], 10));
echo example_output($child);
example_stop($child);
?>
--EXPECT--
server got: GET /items HTTP/1.1 | Host: 127.0.0.1 | User-Agent: event-example | Content-Type: - | body: 
server got: POST /items HTTP/1.1 | Host: 127.0.0.1 | User-Agent: event-example | Content-Type: application/json | body: {"name":"from http_client.php"}
int(1)
int(0)
GET /items: 200
  Content-Type: text/plain
  X-Request: 0
  Content-Length: 6
a list
POST /items: 201
  Content-Type: text/plain
  X-Request: 1
  Content-Length: 39
created {"name":"from http_client.php"}
int(0)
GET /: failed (no response)
POST /: failed (no response)
