<?php
require __DIR__ . '/../_lib.inc';
foreach ([0, EventConfig::FEATURE_ET, EventConfig::FEATURE_O1, EventConfig::FEATURE_FDS, EventConfig::FEATURE_ET | EventConfig::FEATURE_O1, -1, 1 << 32] as $f) {
  $c = new EventConfig();
  $c->requireFeatures($f);
  echo "$f ";
  t(fn() => (new EventBase($c))->getMethod());
}
