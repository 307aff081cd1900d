<?php
// searchEol() with starts and EOL styles.
require __DIR__ . '/t.inc';
$b = buf("ab\r\ncd\nef\0gh\r\n");
foreach ([[], [0], [3], [4], [5], [100], [-1], [-2], [0, EventBuffer::EOL_CRLF], [0, EventBuffer::EOL_CRLF_STRICT],
    [0, EventBuffer::EOL_LF], [0, EventBuffer::EOL_NUL], [4, EventBuffer::EOL_CRLF_STRICT], [0, 5], [0, -1], [0, 99],
    [PHP_INT_MAX], [100, EventBuffer::EOL_LF]] as $a) {
    t('searchEol(' . implode(', ', $a) . ')', fn() => $b->searchEol(...$a));
}
t('empty', fn() => buf()->searchEol());
t('empty 3', fn() => buf()->searchEol(3));
