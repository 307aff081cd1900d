<?php
// createPair() with options, valid and not.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
foreach ([0, EventBufferEvent::OPT_CLOSE_ON_FREE, EventBufferEvent::OPT_DEFER_CALLBACKS, -1, 1 << 10, EventBufferEvent::OPT_UNLOCK_CALLBACKS] as $o) {
    t("createPair($o)", function () use ($base, $o) { $p = EventBufferEvent::createPair($base, $o); return is_array($p) ? count($p) : $p; });
}
t('no base', fn() => EventBufferEvent::createPair(null));
