<?php
// Constructor options, valid and not.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
foreach ([0, EventBufferEvent::OPT_CLOSE_ON_FREE, EventBufferEvent::OPT_DEFER_CALLBACKS,
    EventBufferEvent::OPT_DEFER_CALLBACKS | EventBufferEvent::OPT_UNLOCK_CALLBACKS, 1 << 20, 1 << 40] as $o) {
    t("options $o", fn() => (new EventBufferEvent($base, null, $o))->getEnabled());
}
t('options string', fn() => new EventBufferEvent($base, null, 'x'));
t('no base', fn() => new EventBufferEvent());
t('bad base', fn() => new EventBufferEvent(new stdClass));
