--TEST--
EventSslContext: construction with every option, read-only paths, bad input
--SKIPIF--
<?php require __DIR__ . '/../ssl_certs.inc'; if ($r = ssl_test_skip_reason()) die("skip $r"); ?>
--FILE--
<?php
require __DIR__ . '/../ssl_certs.inc';
$c = ssl_test_certs();
$C = 'EventSslContext';

// Every option at once, with an encrypted key.
$ctx = new EventSslContext(EventSslContext::TLS_SERVER_METHOD, [
    EventSslContext::OPT_LOCAL_CERT => $c['cert'],
    EventSslContext::OPT_LOCAL_PK => $c['enc_key'],
    EventSslContext::OPT_PASSPHRASE => 'secret',
    EventSslContext::OPT_CA_FILE => $c['ca'],
    EventSslContext::OPT_CA_PATH => $c['dir'],
    EventSslContext::OPT_ALLOW_SELF_SIGNED => true,
    EventSslContext::OPT_VERIFY_PEER => true,
    EventSslContext::OPT_VERIFY_DEPTH => 4,
    EventSslContext::OPT_CIPHERS => 'HIGH:!aNULL',
    EventSslContext::OPT_NO_SSLv2 => true,
    EventSslContext::OPT_NO_SSLv3 => true,
    EventSslContext::OPT_NO_TLSv1 => true,
    EventSslContext::OPT_NO_TLSv1_1 => true,
    EventSslContext::OPT_NO_TLSv1_2 => false,
    EventSslContext::OPT_CIPHER_SERVER_PREFERENCE => true,
    EventSslContext::OPT_REQUIRE_CLIENT_CERT => true,
    EventSslContext::OPT_VERIFY_CLIENT_ONCE => true,
]);
var_dump($ctx->local_cert === $c['cert'], $ctx->local_pk === $c['enc_key']);
$dump = print_r($ctx, true);
var_dump(str_contains($dump, $c['cert']), str_contains($dump, $c['enc_key']));

// The key may be in the certificate file; relative paths are PHP's cwd's.
file_put_contents($c['dir'] . '/both.pem', file_get_contents($c['cert']) . file_get_contents($c['key']));
chdir($c['dir']);
$ctx2 = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, [EventSslContext::OPT_LOCAL_CERT => 'both.pem']);
var_dump($ctx2->local_cert, $ctx2->local_pk);

// Every method constant.
foreach (['TLS_CLIENT_METHOD', 'TLS_SERVER_METHOD', 'TLSv11_CLIENT_METHOD', 'TLSv11_SERVER_METHOD',
          'TLSv12_CLIENT_METHOD', 'TLSv12_SERVER_METHOD'] as $m) {
    $x = new EventSslContext(constant("$C::$m"), []);
    echo $m, " ok\n";
}
$x = new EventSslContext(EventSslContext::TLS_CLIENT_METHOD, []);
var_dump($x->local_cert, $x->local_pk);

// Protocol bounds.
var_dump($x->setMinProtoVersion(EventSslContext::TLS1_2_VERSION));
var_dump($x->setMaxProtoVersion(EventSslContext::TLS1_2_VERSION));
var_dump($x->setMaxProtoVersion(0));
var_dump($x->setMinProtoVersion(12345));
var_dump($x->setMaxProtoVersion(EventSslContext::DTLS1_2_VERSION));
var_dump($x->setMinProtoVersion(-1));

var_dump(EventSslContext::OPENSSL_VERSION_TEXT === trim(shell_exec('openssl version -v')) ||
         str_starts_with(EventSslContext::OPENSSL_VERSION_TEXT, 'OpenSSL '));
var_dump(EventSslContext::OPENSSL_VERSION_NUMBER >= 0x10100000);

$bad = [
    'method 1' => fn() => new EventSslContext(1, []),
    'method 99' => fn() => new EventSslContext(99, []),
    'unknown key' => fn() => new EventSslContext(4, [99 => 1]),
    'string key' => fn() => new EventSslContext(4, ['cert' => 'x']),
    'cert int' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => 5]),
    'cert empty' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => '']),
    'cert nul' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => "a\0b"]),
    'cert missing' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => $c['dir'] . '/nope.crt']),
    'cert is dir' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => $c['dir']]),
    'cert not pem' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => __FILE__]),
    'cert no key' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => $c['cert']]),
    'pk no cert' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_PK => $c['key']]),
    'pk mismatch' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['self_key']]),
    'no passphrase' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['enc_key']]),
    'bad passphrase' => fn() => new EventSslContext(4, [EventSslContext::OPT_LOCAL_CERT => $c['cert'], EventSslContext::OPT_LOCAL_PK => $c['enc_key'], EventSslContext::OPT_PASSPHRASE => 'wrong']),
    'passphrase array' => fn() => new EventSslContext(4, [EventSslContext::OPT_PASSPHRASE => []]),
    'ca file missing' => fn() => new EventSslContext(4, [EventSslContext::OPT_CA_FILE => $c['dir'] . '/nope']),
    'ca file no certs' => fn() => new EventSslContext(4, [EventSslContext::OPT_CA_FILE => $c['key']]),
    'ca path not dir' => fn() => new EventSslContext(4, [EventSslContext::OPT_CA_PATH => $c['ca']]),
    'ciphers none' => fn() => new EventSslContext(4, [EventSslContext::OPT_CIPHERS => 'NO-SUCH-CIPHER']),
    'depth negative' => fn() => new EventSslContext(4, [EventSslContext::OPT_VERIFY_DEPTH => -1]),
    'depth array' => fn() => new EventSslContext(4, [EventSslContext::OPT_VERIFY_DEPTH => []]),
    'append local_pk' => function () use ($ctx) { $ctx->local_pk .= 'x'; },
    'ref local_cert' => function () use ($ctx) { $r = &$ctx->local_cert; },
    'unset local_pk' => function () use ($ctx) { unset($ctx->local_pk); },
    'construct twice' => fn() => $ctx->__construct(4, []),
    'clone' => fn() => clone $ctx,
    'serialize' => fn() => serialize($ctx),
];
foreach ($bad as $what => $f) {
    try {
        $f();
        echo "$what: no error\n";
    } catch (Throwable $e) {
        // OpenSSL's own texts vary between releases: show the first part.
        echo "$what: ", get_class($e), ": ", explode(': error:', $e->getMessage())[0], "\n";
    }
}
var_dump($ctx->local_cert === $c['cert'], $ctx->local_pk === $c['enc_key']);

// assigning a path is PECL event's fatal error
echo "done\n";
$ctx->local_cert = 'x';
echo "not reached\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(8) "both.pem"
NULL
TLS_CLIENT_METHOD ok
TLS_SERVER_METHOD ok
TLSv11_CLIENT_METHOD ok
TLSv11_SERVER_METHOD ok
TLSv12_CLIENT_METHOD ok
TLSv12_SERVER_METHOD ok
NULL
NULL
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
method 1: ValueError: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
method 99: ValueError: EventSslContext::__construct(): Argument #1 ($method) must be one of the EventSslContext::*_METHOD constants
unknown key: ValueError: EventSslContext::__construct(): Argument #2 ($options) must only have EventSslContext::OPT_* constants as keys, 99 given
string key: ValueError: EventSslContext::__construct(): Argument #2 ($options) must only have EventSslContext::OPT_* constants as keys, "cert" given
cert int: TypeError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_LOCAL_CERT must be of type string, int given
cert empty: ValueError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_LOCAL_CERT must not be empty
cert nul: ValueError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_LOCAL_CERT must not contain any null bytes
cert missing: EventException: EventSslContext::OPT_LOCAL_CERT: cannot access "%s/nope.crt": No such file or directory
cert is dir: EventException: EventSslContext::OPT_LOCAL_CERT: "%s" is a directory
cert not pem: EventException: EventSslContext: cannot use the certificate of OPT_LOCAL_CERT
cert no key: EventException: EventSslContext: no usable private key in OPT_LOCAL_CERT and no OPT_LOCAL_PK
pk no cert: ValueError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_LOCAL_PK needs EventSslContext::OPT_LOCAL_CERT
pk mismatch: EventException: EventSslContext: the private key does not match the certificate
no passphrase: EventException: EventSslContext: cannot use the private key of OPT_LOCAL_PK (wrong OPT_PASSPHRASE?)
bad passphrase: EventException: EventSslContext: cannot use the private key of OPT_LOCAL_PK (wrong OPT_PASSPHRASE?)
passphrase array: TypeError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_PASSPHRASE must be of type string, array given
ca file missing: EventException: EventSslContext::OPT_CA_FILE: cannot access "%s/nope": No such file or directory
ca file no certs: EventException: EventSslContext: cannot load the CA certificates of OPT_CA_FILE/OPT_CA_PATH
ca path not dir: EventException: EventSslContext::OPT_CA_PATH: "%s/ca.crt" is not a directory
ciphers none: EventException: EventSslContext: no cipher in OPT_CIPHERS can be used
depth negative: ValueError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_VERIFY_DEPTH must be between 0 and 2147483647
depth array: TypeError: EventSslContext::__construct(): Argument #2 ($options) option EventSslContext::OPT_VERIFY_DEPTH must be of type int, array given
append local_pk: no error
ref local_cert: no error
unset local_pk: no error
construct twice: Error: Cannot call EventSslContext::__construct() twice
clone: Error: Trying to clone an uncloneable object of class EventSslContext
serialize: no error
bool(true)
bool(true)
done

Fatal error: main(): Cannot write property in %s on line %d
