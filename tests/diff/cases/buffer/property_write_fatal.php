<?php
// Assigning the length property.
$b = new EventBuffer();
$b->add('abc');
$b->length = 3;
echo "not reached\n";
