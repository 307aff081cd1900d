<?php
// Assigning $contiguous_space: PECL event's fatal error.
$b = new EventBuffer();
echo "before\n";
$b->contiguous_space = 1;
echo "after\n";
