<?php
/*
 * Runs api_fuzz.php for many seeds, each in its own PHP process with a time
 * bound, and reports every failure with the seed that reproduces it and the
 * last steps the child printed. See README.md in this folder.
 *
 *   php tests/fuzz/run_api_fuzz.php [COUNT [FIRST_SEED [JOBS [EVENT_SO]]]] [options]
 *     COUNT       sequences to run (default 100)
 *     FIRST_SEED  seed of the first one; the others follow (default 1)
 *     JOBS        children at once (default 2)
 *     EVENT_SO    the extension to load (default modules/event.so of this tree)
 *   options: --steps=M (per sequence, default 150), --timeout=S (default 10),
 *            --out=DIR (failure logs, default a new folder under /tmp),
 *            --skip=ClassA,ClassB (leave classes out, to look past a known bug)
 *   --diff: the differential fuzzer (diff_runner.php): each sequence runs
 *            under the reference build of PECL event 3.1.5 too and the two
 *            are compared call by call; also --repro=DIR (where the shrunk
 *            reproductions go), --shrink-time=S (default 900),
 *            --shrink-tests=N (replays per finding, default 40). --skip
 *            defaults to the HTTP classes there (--skip=none for none).
 *
 * Environment passed to the children only (for an ASan build, see
 * run_api_fuzz.sh --asan): FUZZ_LD_PRELOAD (becomes LD_PRELOAD),
 * ASAN_OPTIONS, UBSAN_OPTIONS, USE_ZEND_ALLOC.
 *
 * A failure is: death by a signal or an exit code >= 128 (except PHP's 255
 * for an uncaught FuzzThrow, the exception callbacks throw on purpose), a
 * sanitizer report on stderr, a PHP fatal error, a run that did not finish
 * (no FUZZ-DONE / FUZZ-EXIT line), or a hang (still running after the time
 * bound). A run that ends with one of the API's own fatal errors (PECL
 * event's too: libevent refusing a bufferevent's options or an event's
 * flags, a write of a read-only property) passes when it announced it on
 * its last FUZZ- line (api_fuzz.php makes one such call in twenty and
 * leaves the others out). Exit status: 0 when every sequence passed, 1
 * otherwise.
 */

$pos = [];
$opt = ['steps' => null, 'timeout' => 10.0, 'out' => null, 'skip' => '', 'diff' => false];
foreach (array_slice($argv, 1) as $a) {
    if (preg_match('/^--(steps|timeout|out|skip|repro|shrink-time|shrink-tests)=(.*)$/', $a, $m)) {
        $opt[$m[1]] = $m[2];
    } elseif ($a === '--diff') {
        $opt['diff'] = true;
    } elseif ($a === '-h' || $a === '--help') {
        fwrite(STDOUT, "usage: php run_api_fuzz.php [COUNT [FIRST_SEED [JOBS [EVENT_SO]]]] [--steps=M] [--timeout=S] [--out=DIR]\n");
        exit(0);
    } else {
        $pos[] = $a;
    }
}
/* A differential sequence runs twice and is compared line by line: shorter. */
$opt['steps'] ??= $opt['diff'] ? 60 : 150;
$count = (int)($pos[0] ?? 100);
$first = (int)($pos[1] ?? 1);
$jobs = max(1, (int)($pos[2] ?? 2));
$ext = realpath($pos[3] ?? __DIR__ . '/../../modules/event.so');
if ($ext === false) {
    fwrite(STDERR, "run_api_fuzz: no extension at " . ($pos[3] ?? 'modules/event.so') . " (build it first)\n");
    exit(2);
}
$out = $opt['out'] ?? sys_get_temp_dir() . '/event-apifuzz-' . getmypid();
@mkdir($out, 0700, true);
$fuzzer = __DIR__ . '/api_fuzz.php';

/* A self-signed certificate for the EventSslContext objects, when the
 * openssl command is there. */
$certs = "$out/certs";
@mkdir($certs, 0700);
exec('openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1'
    . ' -keyout ' . escapeshellarg("$certs/key.pem") . ' -out ' . escapeshellarg("$certs/cert.pem") . ' 2>/dev/null', $o, $rc);
$certArgs = $rc === 0 ? ['--certs', $certs] : [];

if ($opt['diff']) {
    require __DIR__ . '/diff_runner.php';
    $rc = diff_main($opt, $count, $first, $jobs, $ext, $out, $certArgs);
    echo "(logs and records in $out)\n";
    exit($rc);
}

$env = getenv();
unset($env['LD_PRELOAD']);
/* System malloc, with freed memory overwritten at once, so that a use after
 * free crashes even without a sanitizer. */
$env += ['USE_ZEND_ALLOC' => '0', 'MALLOC_PERTURB_' => '165', 'GLIBC_TUNABLES' => 'glibc.malloc.tcache_count=0'];
if (($pre = getenv('FUZZ_LD_PRELOAD')) !== false && $pre !== '') {
    $env['LD_PRELOAD'] = $pre;
}

function command(string $ext, string $fuzzer, int $seed, int $steps, array $certArgs): array
{
    global $opt;
    if ($opt['skip'] !== '') {
        $certArgs[] = '--skip=' . $opt['skip'];
    }
    $sockets = extension_loaded('sockets') ? [] : ['-d', 'extension=sockets'];
    return array_merge([PHP_BINARY, '-n'], $sockets, ['-d', "extension=$ext", '-d', 'display_errors=stderr',
        '-d', 'log_errors=0', '-d', 'error_reporting=-1', $fuzzer, '--seed', (string)$seed,
        '--steps', (string)$steps, '--trace'], $certArgs);
}

/* The end of a log: a child may write a lot to its stdout (a descriptor
 * number the fuzzer passed to EventBuffer::write() can be 1). */
function tail_of(string $file, int $max = 1 << 20): string
{
    $size = @filesize($file);
    if (!$size) {
        return '';
    }
    return (string)@file_get_contents($file, false, null, max(0, $size - $max));
}

/* The fatal error the child announced it was about to end with (one of the
 * API's own, api_fuzz.php's endsScript()), when its announcement is its last
 * FUZZ- line, or null. */
function announced_fatal(string $stdout): ?string
{
    $at = strrpos($stdout, 'FUZZ-');
    if ($at === false || !str_starts_with(substr($stdout, $at), 'FUZZ-EXPECTED-FATAL: ')) {
        return null;
    }
    $line = strtok(substr($stdout, $at + strlen('FUZZ-EXPECTED-FATAL: ')), "\n");
    return $line === false || $line === '' ? null : $line;
}

/* Whether the child ended as it announced: by that fatal error of the API
 * (PHP's exit code 255), with nothing else wrong. */
function expected_fatal(?int $sig, int $code, bool $hung, string $stdout, string $stderr): bool
{
    $fatal = announced_fatal($stdout);
    if ($fatal === null || $sig !== null || $hung || $code !== 255) {
        return false;
    }
    $fatals = array_filter(preg_split('/\R/', $stderr . "\n" . $stdout),
        static fn($l) => preg_match('/(Fatal error|PHP Fatal)/', $l) === 1);
    return count($fatals) === 1 && str_contains(reset($fatals), "): $fatal in ");
}

/* Why a finished child failed, or null when it passed. */
function judge(?int $sig, int $code, bool $hung, string $stdout, string $stderr): ?string
{
    if (expected_fatal($sig, $code, $hung, $stdout, $stderr)) {
        foreach (['AddressSanitizer', 'runtime error:', 'LeakSanitizer'] as $p) {
            if (str_contains($stderr, $p)) {
                return "sanitizer report ($p)";
            }
        }
        return null;
    }
    $why = [];
    if ($hung) {
        $why[] = 'hang (killed after the time bound)';
    }
    if ($sig !== null) {
        $why[] = "killed by signal $sig";
    }
    $uncaughtOwn = str_contains($stderr, 'Uncaught FuzzThrow');
    if ($sig === null && !$hung && $code >= 128 && !($code === 255 && $uncaughtOwn)) {
        $why[] = "exit code $code";
    }
    foreach (['AddressSanitizer', 'runtime error:', 'LeakSanitizer'] as $p) {
        if (str_contains($stderr, $p)) {
            $why[] = "sanitizer report ($p)";
        }
    }
    foreach (preg_split('/\R/', $stderr . "\n" . $stdout) as $line) {
        if (preg_match('/(Fatal error|PHP Fatal)/', $line) && !str_contains($line, 'Uncaught FuzzThrow')) {
            $why[] = 'fatal error: ' . trim($line);
            break;
        }
    }
    if (!$why && $code === 0 && !preg_match('/^FUZZ-(DONE|EXIT)/m', $stdout)) {
        $why[] = 'ended without finishing (no FUZZ-DONE line)';
    }
    if (!$why && $code !== 0 && !($code === 255 && $uncaughtOwn)) {
        $why[] = "exit code $code";
    }
    return $why ? implode('; ', array_unique($why)) : null;
}

$running = [];
$next = $first;
$last = $first + $count;
$passed = $failed = 0;
$failures = [];
$expected = [];
$started = microtime(true);
$reportEvery = max(1, min(500, intdiv($count, 10) ?: 1));

while ($next < $last || $running) {
    while (count($running) < $jobs && $next < $last) {
        $seed = $next++;
        $so = "$out/run-$seed.out";
        $se = "$out/run-$seed.err";
        $p = proc_open(command($ext, $fuzzer, $seed, (int)$opt['steps'], $certArgs),
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $so, 'w'], 2 => ['file', $se, 'w']], $pipes, null, $env);
        if (!is_resource($p)) {
            fwrite(STDERR, "run_api_fuzz: cannot start a child\n");
            exit(2);
        }
        $running[$seed] = ['p' => $p, 't' => microtime(true), 'out' => $so, 'err' => $se];
    }
    usleep(5000);
    foreach ($running as $seed => $r) {
        $st = proc_get_status($r['p']);
        $hung = false;
        if ($st['running']) {
            if (microtime(true) - $r['t'] < (float)$opt['timeout']) {
                continue;
            }
            $hung = true;
            proc_terminate($r['p'], 9);
            do {
                usleep(1000);
                $st2 = proc_get_status($r['p']);
            } while ($st2['running']);
            $st = ['signaled' => false, 'exitcode' => -1];
        }
        proc_close($r['p']);
        unset($running[$seed]);
        $stdout = tail_of($r['out']);
        $stderr = tail_of($r['err']);
        $why = judge($st['signaled'] ? $st['termsig'] : null, $st['exitcode'], $hung, $stdout, $stderr);
        if ($why === null) {
            $passed++;
            if ($fatal = announced_fatal($stdout)) {
                $expected[$fatal][] = $seed;
            }
            @unlink($r['out']);
            @unlink($r['err']);
        } else {
            $failed++;
            $failures[] = $seed;
            $lines = preg_split('/\R/', rtrim($stdout));
            $tail = implode("\n", array_map(static fn($l) => "    | $l", array_slice($lines, -20)));
            $errLines = array_values(array_filter(preg_split('/\R/', $stderr),
                static fn($l) => !str_starts_with($l, '[warn]') && !str_starts_with($l, '[err]') && trim($l) !== ''));
            $errTail = implode("\n", array_map(static fn($l) => "    ! $l", array_slice($errLines, 0, 25)));
            echo "FAIL seed=$seed: $why\n  last steps:\n$tail\n  stderr:\n$errTail\n"
                . "  logs: {$r['out']} {$r['err']}\n"
                . '  reproduce: ' . implode(' ', array_map('escapeshellarg',
                    command($ext, $fuzzer, $seed, (int)$opt['steps'], $certArgs))) . "\n";
        }
        $done = $passed + $failed;
        if ($done % $reportEvery === 0 || $done === $count) {
            printf("progress: %d/%d sequences, %d failed, %.0f s\n", $done, $count, $failed, microtime(true) - $started);
        }
    }
}
foreach ($expected as $fatal => $seeds) {
    echo "passed, ended by the API's fatal error \"$fatal\" as announced: seeds " . implode(' ', $seeds) . "\n";
}
if ($failed === 0) {
    exec('rm -rf ' . escapeshellarg($out));
} else {
    echo 'failed seeds: ' . implode(' ', $failures) . "\n";
}
echo "fuzz: $passed passed, $failed failed\n";
exit($failed ? 1 : 0);
