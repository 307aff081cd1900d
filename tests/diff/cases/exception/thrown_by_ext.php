<?php
require __DIR__ . '/../_lib.inc';
$b = new EventBase();
$c = new EventConfig();
$c->requireFeatures(-1);
try { new EventBase($c); } catch (Throwable $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->errorInfo); }
try { new EventDnsBase($b, -1); } catch (Throwable $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->errorInfo); }
try { serialize($b); } catch (Throwable $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->errorInfo); }
try { new EventListener($b, 'strlen', null, 0, -1, 'bogus'); } catch (Throwable $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode()); }
