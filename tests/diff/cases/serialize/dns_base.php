<?php
// difference: dns-base-serialize
// PECL event crashes on serialize() of an EventDnsBase.
$b = new EventBase();
try { serialize(new EventDnsBase($b, false)); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
