--TEST--
examples/json_api_server.php: POST /items creates an item (201, Location), GET lists and fetches it, DELETE removes it, and a bad body, an unknown item or route get 400, 405 and 404 as JSON
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open() is needed'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';

$port = example_free_port();
$child = example_start('json_api_server.php', [$port]);
example_wait_output($child, '~^JSON API on http://127\.0\.0\.1:\d+/items$~m');

function show(?array $r): void
{
    [$status, $headers, $body] = $r ?? ['no reply', [], ''];
    echo $status, ' | ', $headers['content-type'] ?? '-',
        isset($headers['location']) ? " | Location: $headers[location]" : '', ' | ', $body;
}

show(example_http($port, 'POST', '/items', '{"name":"apple"}'));
show(example_http($port, 'POST', '/items', '{"name":"pear/green"}'));
show(example_http($port, 'GET', '/items'));
show(example_http($port, 'GET', '/items/1'));
show(example_http($port, 'DELETE', '/items/1'));
show(example_http($port, 'GET', '/items/1'));
show(example_http($port, 'GET', '/items'));
show(example_http($port, 'POST', '/items', '{"name":42}'));
show(example_http($port, 'PUT', '/items'));
show(example_http($port, 'GET', '/nope'));
example_stop($child);
?>
--EXPECT--
HTTP/1.0 201 Created | application/json | Location: /items/1 | {"id":1,"name":"apple"}
HTTP/1.0 201 Created | application/json | Location: /items/2 | {"id":2,"name":"pear/green"}
HTTP/1.0 200 OK | application/json | [{"id":1,"name":"apple"},{"id":2,"name":"pear/green"}]
HTTP/1.0 200 OK | application/json | {"id":1,"name":"apple"}
HTTP/1.0 200 OK | application/json | {"deleted":1}
HTTP/1.0 404 Not Found | application/json | {"error":"no item 1"}
HTTP/1.0 200 OK | application/json | [{"id":2,"name":"pear/green"}]
HTTP/1.0 400 Bad Request | application/json | {"error":"expected {\"name\": string}"}
HTTP/1.0 405 Method Not Allowed | application/json | {"error":"use GET or POST"}
HTTP/1.0 404 Not Found | application/json | {"error":"no route for /nope"}
