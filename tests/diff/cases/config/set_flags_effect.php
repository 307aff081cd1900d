<?php
require __DIR__ . '/../_lib.inc';
foreach ([EventBase::NOLOCK, EventBase::IGNORE_ENV, EventBase::NO_CACHE_TIME, EventBase::EPOLL_USE_CHANGELIST, EventBase::PRECISE_TIMER, 0x7f, -1] as $f) {
  $c = new EventConfig();
  var_dump($c->setFlags($f));
  t(function () use ($c) { $b = new EventBase($c); return [$b->getMethod(), $b->getFeatures()]; });
}
