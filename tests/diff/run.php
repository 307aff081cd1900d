<?php
/*
 * The differential harness: every case under cases/ runs once under the
 * reference build of PECL event 3.1.5 and once under this build; their
 * normalised outputs (stdout, stderr, exit status) must be equal. A case
 * whose outputs differ on purpose names the difference in its first lines:
 *     // difference: <key>
 * where <key> is a line "- **<key>**: ..." of README.md's section
 * "Differences from PECL event"; it then passes only if the outputs differ
 * (a documented difference that vanished must be removed).
 *
 * A case that cannot run here (a missing third-party library) prints exactly
 *     diff: skip <reason>
 * as its whole output, under both builds: it counts as skipped.
 *
 * Usage: php run.php [--ref=SO] [--ours=SO] [--jobs=N] [-v] [case files or folders...]
 * Prints one line per case that is not "same" (skipped ones with -v), then
 *     diff: N same, N documented, N different, N broken, N skipped
 * and exits 0 only when nothing is different or broken. Exits 0 with
 * "diff: skipped (...)" when the reference does not load in this PHP.
 */

$root = dirname(__DIR__, 2);
$opts = ['ref' => getenv('EVENT_REFERENCE_SO') ?: '', 'ours' => $root . '/modules/event.so', 'jobs' => 2, 'v' => false];
$paths = [];
foreach (array_slice($argv, 1) as $a) {
    if (preg_match('/^--(ref|ours|jobs)=(.*)$/', $a, $m)) { $opts[$m[1]] = $m[2]; }
    elseif ($a === '-v') { $opts['v'] = true; }
    else { $paths[] = $a; }
}
if ($opts['ref'] === '') {
    foreach ([$root . '/../shared', $root . '/../../shared', $root . '/../../../shared'] as $s) {
        if (is_file("$s/reference/pecl-event-3.1.5.so")) { $opts['ref'] = realpath("$s/reference/pecl-event-3.1.5.so"); break; }
    }
}
if ($opts['ref'] === '' || !is_file($opts['ref'])) {
    echo "diff: skipped (no reference build found)\n";
    exit(0);
}
$php = PHP_BINARY;
$probe = shell_exec(escapeshellarg($php) . ' -n -d extension=sockets -d extension=' . escapeshellarg($opts['ref'])
    . " -r 'echo extension_loaded(\"event\") ? \"ok\" : \"no\";' 2>&1");
if (trim((string)$probe) !== 'ok') {
    echo "diff: skipped (the reference does not load in PHP " . PHP_VERSION . ")\n";
    exit(0);
}

$documented = documented_keys("$root/README.md");
if (!$paths) { $paths = [__DIR__ . '/cases']; }
$cases = [];
foreach ($paths as $p) {
    if (is_dir($p)) {
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($p, FilesystemIterator::SKIP_DOTS));
        foreach ($it as $f) { if (substr($f, -4) === '.php') { $cases[] = realpath((string)$f); } }
    } elseif (is_file($p)) { $cases[] = realpath($p); }
    else { fwrite(STDERR, "diff: no such case: $p\n"); exit(2); }
}
sort($cases);

$count = ['same' => 0, 'documented' => 0, 'different' => 0, 'broken' => 0, 'skipped' => 0];
$queue = $cases;
$running = [];
while ($queue || $running) {
    while ($queue && count($running) < (int)$opts['jobs']) {
        $c = array_shift($queue);
        $running[$c] = [start($php, $opts['ref'], $c), start($php, $opts['ours'], $c)];
    }
    foreach (array_keys($running) as $c) {
        $done_a = finished($running[$c][0]);
        $done_b = finished($running[$c][1]);
        if (!$done_a || !$done_b) { continue; }
        [$a, $b] = $running[$c];
        unset($running[$c]);
        $ra = collect($a, $c); $rb = collect($b, $c);
        $key = difference_key($c);
        $rel = substr($c, strlen(__DIR__) + 1);
        if ($key !== null && !isset($documented[$key])) {
            $verdict = 'broken'; $why = "names '$key', which README.md does not list";
        } elseif ($ra === $rb && ($skip = skip_reason($ra)) !== null) {
            $verdict = 'skipped'; $why = $skip;
        } elseif ($ra === $rb) {
            $verdict = $key === null ? 'same' : 'broken';
            $why = $key === null ? '' : "names '$key' but the outputs are the same now";
        } else {
            $verdict = $key === null ? 'different' : 'documented';
            $why = '';
        }
        $count[$verdict]++;
        if ($verdict !== 'same' && (!in_array($verdict, ['documented', 'skipped'], true) || $opts['v'])) {
            echo strtoupper($verdict) . " $rel" . ($why !== '' ? ": $why" : ($key ? " ($key)" : '')) . "\n";
            if ($verdict === 'different' || $opts['v'] && $verdict === 'documented') { echo show_diff($ra, $rb); }
        }
    }
    usleep(5000);
}
printf("diff: %d same, %d documented, %d different, %d broken, %d skipped (%d cases)\n",
    $count['same'], $count['documented'], $count['different'], $count['broken'], $count['skipped'], count($cases));
exit($count['different'] + $count['broken'] ? 1 : 0);

/* A case runs in its own folder, bounded by 20 s. */
function start(string $php, string $so, string $case): array {
    $cmd = ['timeout', '-k', '2', '20', $php, '-n', '-d', 'extension=sockets', '-d', 'extension=posix',
        '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0',
        '-d', 'log_errors=0', $case];
    $out = tempnam(sys_get_temp_dir(), 'evd'); $err = tempnam(sys_get_temp_dir(), 'evd');
    $env = ['PATH' => getenv('PATH'), 'TZ' => 'UTC', 'EVENT_DIFF_CASE' => '1'];
    // Where third-party code is (tests/react_bundle.inc).
    foreach (['EVENT_REACT_AUTOLOAD', 'EVENT_CI_CACHE'] as $k) { if (getenv($k) !== false) { $env[$k] = getenv($k); } }
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $err, 'w']],
        $pipes, dirname($case), $env);
    return ['p' => $p, 'out' => $out, 'err' => $err, 'status' => null];
}

function finished(array &$r): bool {
    if ($r['status'] !== null) { return true; }
    $s = proc_get_status($r['p']);
    if ($s['running']) { return false; }
    $r['status'] = $s['exitcode'];
    return true;
}

function collect(array $r, string $case): string {
    proc_close($r['p']);
    $out = (string)file_get_contents($r['out']); $err = (string)file_get_contents($r['err']);
    unlink($r['out']); unlink($r['err']);
    $status = $r['status'];
    return normalise($out, $case) . "\n--- stderr\n" . normalise($err, $case) . "\n--- status " . $status . "\n";
}

/* What legitimately differs between two runs of one script. */
function normalise(string $s, string $case): string {
    $s = str_replace([$case, dirname($case)], ['CASE', 'DIR'], $s);
    $s = preg_replace('/(object\([\w\\\\]+\))#\d+ \(/', '$1#ID (', $s);   // var_dump object ids
    $s = preg_replace('/resource\(\d+\)/', 'resource(ID)', $s);
    $s = preg_replace('/Resource id #\d+/', 'Resource id #ID', $s);
    $s = preg_replace('/0x[0-9a-f]{6,16}/i', '0xADDR', $s);
    $s = preg_replace('/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT/', 'DATE', $s);
    $s = preg_replace('/^\[(warn|err|debug|msg)\] /m', '[$1] ', $s);
    return $s;
}

/* The reason of a case that printed only "diff: skip <reason>" (and exited 0). */
function skip_reason(string $collected): ?string {
    return preg_match('/\Adiff: skip (\S[^\n]*)\n\n--- stderr\n\n--- status 0\n\z/', $collected, $m) ? $m[1] : null;
}

function difference_key(string $case): ?string {
    $head = (string)file_get_contents($case, false, null, 0, 2048);
    return preg_match('~^\s*//\s*difference:\s*(\S+)~mi', $head, $m) ? $m[1] : null;
}

/* The keys of README.md's "Differences from PECL event" section. */
function documented_keys(string $readme): array {
    $keys = [];
    $text = is_file($readme) ? file_get_contents($readme) : '';
    if (preg_match('/^## Differences from PECL event\s*$(.*?)(?=^## |\z)/ms', $text, $m)) {
        preg_match_all('/^- \*\*([^*]+)\*\*/m', $m[1], $mm);
        foreach ($mm[1] as $k) { $keys[trim($k)] = true; }
    }
    return $keys;
}

function show_diff(string $a, string $b): string {
    $fa = tempnam(sys_get_temp_dir(), 'evd'); $fb = tempnam(sys_get_temp_dir(), 'evd');
    file_put_contents($fa, $a); file_put_contents($fb, $b);
    $d = shell_exec('diff -u --label pecl --label ours ' . escapeshellarg($fa) . ' ' . escapeshellarg($fb));
    unlink($fa); unlink($fb);
    return preg_replace('/^/m', '    ', rtrim((string)$d)) . "\n";
}
