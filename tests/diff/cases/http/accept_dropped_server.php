<?php
// difference: http-accept-copy
// An EventHttp that accept()ed the script's socket is dropped: is the
// script's socket still listening?
$b = new EventBase();
$s = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
$h = new EventHttp($b);
var_dump($h->accept($s));
$h = null;
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump((bool)$c, $errstr);
var_dump((bool)@stream_socket_accept($s, 1));
