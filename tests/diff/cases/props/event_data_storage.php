<?php
// $data is the callback's $arg: in-place changes and references reach it.
require __DIR__ . '/p.inc';
$b = new EventBase();
$e = new Event($b, -1, Event::TIMEOUT, function ($fd, $w, $arg) { echo "cb: "; var_dump($arg); }, 'arg');
show('inc', function () use ($e) { $e->data++; return $e->data; });
show('concat', function () use ($e) { $e->data .= 'x'; return $e->data; });
show('ref', function () use ($e) { $r = &$e->data; $r = [1]; return $e->data; });
show('dim', function () use ($e) { $e->data[] = 2; return $e->data; });
show('unset', function () use ($e) { unset($e->data); return $e->data; });
$e->add(0);
$b->loop(EventBase::LOOP_ONCE);
show('write', function () use ($e) { $e->data = 'new'; return $e->data; });
listings($e);
