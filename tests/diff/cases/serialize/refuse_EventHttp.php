<?php
// PECL event refuses serialize() with its own exception, which catch (EventException) code expects.
$b = new EventBase();
$o = new EventHttp($b);
try { serialize($o); } catch (EventException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { serialize([1, $o]); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump($o->__sleep()); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump($o->__wakeup()); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
