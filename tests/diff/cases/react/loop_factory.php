<?php
/* React\EventLoop\Factory::create() picks ExtEventLoop when the extension
 * is loaded; the EventBase it makes (EventConfig::FEATURE_FDS required):
 * its method and features, as ReactPHP sees them. */
require __DIR__ . '/_react.inc';
$loop = React\EventLoop\Factory::create();
echo get_class($loop), "\n";
$base = (function () { return $this->eventBase; })->call($loop);
echo get_class($base), ' ', $base->getMethod(), ' features ', $base->getFeatures(), "\n";
var_dump($base->getFeatures() & EventConfig::FEATURE_FDS);
$loop->addTimer(0.001, function () { echo "timer\n"; });
$loop->run();
unset($loop);
echo "loop destroyed\n";
