<?php
$b = new EventBase();
var_dump(serialize(Event::timer($b, function () {}, ['x' => 1])));
var_dump(serialize(new Event($b, -1, Event::TIMEOUT, function () {})));
$buf = new EventBuffer(); $buf->add("hello");
var_dump(serialize($buf));
var_dump(serialize(new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [])));
var_dump(serialize(new EventException('m', 3)) !== '');
var_dump(unserialize(serialize(new EventException('m', 3)))->getCode());
