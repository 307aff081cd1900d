<?php
require __DIR__ . '/../_lib.inc';
$e = new EventException();
var_dump($e->errorInfo, $e->getMessage(), $e->getCode(), $e->getPrevious());
$e = new EventException('m', 5, new Exception('p'));
var_dump($e->errorInfo, $e->getMessage(), $e->getCode(), get_class($e->getPrevious()));
$e->errorInfo = [1, 2]; var_dump($e->errorInfo);
var_dump($e instanceof RuntimeException, get_parent_class($e));
$r = new ReflectionClass('EventException');
var_dump($r->isFinal());
foreach ($r->getProperties() as $p) echo $p->getName(), ' ', $p->isPublic() ? 'public' : ($p->isProtected() ? 'protected' : 'private'), "\n";
t(fn() => new EventException([], 1));
t(fn() => new EventException('x', 'y'));
