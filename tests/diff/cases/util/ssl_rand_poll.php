<?php
require __DIR__ . '/../_lib.inc';
t(fn() => EventUtil::sslRandPoll());
t(fn() => EventUtil::sslRandPoll(1));
t(fn() => EventUtil::sslRandPoll(1, 2, 3));
