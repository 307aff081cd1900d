<?php
// difference: ssl-path-write
// Assigning the path of a context made without one: the fatal error.
$c = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
echo "before\n";
$c->local_pk = '/x';
echo "after\n";
