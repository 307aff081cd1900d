<?php
// readLine() with every EOL style and invalid ones.
require __DIR__ . '/t.inc';
$b = buf("one\r\ntwo\nthree\r\n\nfour\0five\rsix");
foreach ([EventBuffer::EOL_CRLF, EventBuffer::EOL_LF, EventBuffer::EOL_ANY, EventBuffer::EOL_CRLF_STRICT,
    EventBuffer::EOL_NUL, 5, -1, 100, EventBuffer::EOL_LF] as $s) {
    t("readLine($s)", fn() => $b->readLine($s));
}
t('rest', fn() => $b->read(100));
t('empty', fn() => buf()->readLine(EventBuffer::EOL_ANY));
t('no eol', fn() => buf('abc')->readLine(EventBuffer::EOL_LF));
t('bad type', fn() => $b->readLine('x'));
