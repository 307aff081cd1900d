<?php
// The writable properties, live and freed; unset() of the others.
require __DIR__ . '/p.inc';
foreach (['live', 'freed', 'no fd'] as $state) {
    $b = bev($state);
    show("$state priority", function () use ($b) { $b->priority = 3; return $b->priority; });
    show("$state dirty", function () use ($b) { $b->allow_ssl_dirty_shutdown = false; return $b->allow_ssl_dirty_shutdown; });
    show("$state unset fd", function () use ($b) { unset($b->fd); return isset($b->fd); });
    show("$state unset input", function () use ($b) { unset($b->input); return is_object($b->input); });
    show("$state inc priority", function () use ($b) { $b->priority++; return $b->priority; });
    show("$state vars", fn() => array_keys(get_object_vars($b)));
}
