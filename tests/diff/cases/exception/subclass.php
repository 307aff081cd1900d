<?php
require __DIR__ . '/../_lib.inc';
class MyEx extends EventException { public function __construct() { parent::__construct('mine', 7); $this->errorInfo = 'info'; } }
try { throw new MyEx(); } catch (EventException $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->errorInfo); }
var_dump(unserialize(serialize(new EventException('s', 3)))->getMessage());
var_dump((string)(new EventException('str')) !== '');
