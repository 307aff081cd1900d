<?php
// Assigning the contiguous_space property inside a function.
function f(EventBuffer $b) { $b->contiguous_space = 1; }
f(new EventBuffer());
echo "not reached\n";
