<?php
try { unserialize('O:13:"EventListener":0:{}'); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
