<?php
// Writing the read-only input property.
require __DIR__ . '/../buffer/t.inc';
$base = new EventBase();
$bev = new EventBufferEvent($base);
t('write input', function () use ($bev) { $bev->input = new EventBuffer; return get_class($bev->input); });
echo "end\n";
