<?php
// The handler's second argument when setDefaultCallback()/setCallback() got none.
require __DIR__ . '/lib.inc';
$base = new EventBase();
$http = server($base, $port);
$http->setDefaultCallback(function (...$args) { echo count($args), ' '; var_dump($args[1] ?? 'missing'); $args[0]->sendReply(200, 'OK'); });
$http->setCallback('/p', function (...$args) { echo count($args), ' '; var_dump($args[1] ?? 'missing'); $args[0]->sendReply(200, 'OK'); });
raw($base, $port, "GET / HTTP/1.0\r\n\r\n");
raw($base, $port, "GET /p HTTP/1.0\r\n\r\n");
