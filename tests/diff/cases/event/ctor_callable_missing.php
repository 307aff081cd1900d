<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
t(function () use ($b) { return new Event($b, -1, Event::TIMEOUT, 'no_such_function_yet'); });
t(function () use ($b) { return Event::timer($b, 'no_such_function_yet'); });
t(function () use ($b) { return Event::signal($b, SIGUSR2, 'no_such_function_yet'); });
t(function () use ($b) { return new Event($b, -1, Event::TIMEOUT, 42); });
