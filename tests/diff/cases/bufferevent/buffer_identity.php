<?php
// $input/$output and getInput()/getOutput() give one object per buffer.
// difference: bevent-buffer-identity
$base = new EventBase();
$bev = new EventBufferEvent($base);
var_dump($bev->input === $bev->getInput(), $bev->output === $bev->output);
