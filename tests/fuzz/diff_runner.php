<?php
/*
 * The differential mode of run_api_fuzz.php (--diff): each seed's sequence
 * runs under the reference build of PECL event 3.1.5 and under this build
 * (api_fuzz.php --diff), and their "#<op>" lines are compared. Included by
 * run_api_fuzz.php, whose tail_of() it uses; see README.md here.
 *
 * - The reference's reflection (api_fuzz.php --dump-api) gives both builds
 *   the same table of methods, so both draw the same calls.
 * - A sequence the reference does not finish (a crash, a fatal error, a
 *   hang) is skipped and counted as ref-crash; the call it was making
 *   ("Class::method(argument types)") goes to the learned deny-list, which
 *   the next sequences leave out, as they leave out diff-deny.txt's.
 * - The first line where two runs differ is the finding. Findings are
 *   grouped by the call's class and method and by what each build printed
 *   (numbers and names left out); the first sequence of each group is
 *   shrunk to a standalone PHP script: the replay (the calls as recorded)
 *   up to the differing call, less every statement whose removal keeps the
 *   same two differing lines, checked by running it under both builds.
 */

function diff_reference(string $root): ?string
{
    $env = getenv('EVENT_REFERENCE_SO');
    if ($env !== false && $env !== '') {
        return is_file($env) ? realpath($env) : null;
    }
    foreach (["$root/../shared", "$root/../../shared", "$root/../../../shared"] as $s) {
        if (is_file("$s/reference/pecl-event-3.1.5.so")) {
            return realpath("$s/reference/pecl-event-3.1.5.so");
        }
    }
    return null;
}

function diff_php(string $so): array
{
    $sockets = extension_loaded('sockets') ? [] : ['-d', 'extension=sockets'];
    return array_merge([PHP_BINARY, '-n'], $sockets, ['-d', "extension=$so", '-d', 'display_errors=stderr',
        '-d', 'log_errors=0', '-d', 'error_reporting=-1', '-d', 'memory_limit=512M']);
}

/* Starts one run; returns its process and files. */
function diff_start(array $cmd, string $base): array
{
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$base.out", 'w'], 2 => ['file', "$base.err", 'w']],
        $pipes, null, ['PATH' => getenv('PATH'), 'TZ' => 'UTC']);
    return ['p' => $p, 't' => microtime(true), 'base' => $base, 'hung' => false, 'st' => null];
}

/* True once the run ended (killed after $timeout seconds). */
function diff_poll(array &$r, float $timeout): bool
{
    if ($r['st'] !== null) {
        return true;
    }
    $st = proc_get_status($r['p']);
    if ($st['running']) {
        if (microtime(true) - $r['t'] < $timeout) {
            return false;
        }
        $r['hung'] = true;
        proc_terminate($r['p'], 9);
        do {
            usleep(1000);
            $st = proc_get_status($r['p']);
        } while ($st['running']);
    }
    proc_close($r['p']);
    $r['st'] = $st;
    $r['stdout'] = tail_of("$r[base].out", 8 << 20);
    $r['stderr'] = tail_of("$r[base].err", 1 << 16);
    return true;
}

/* The "#" lines of a run. */
function diff_lines(string $stdout): array
{
    return array_values(array_filter(explode("\n", $stdout), static fn($l) => $l !== '' && $l[0] === '#'));
}

function diff_finished(array $r): bool
{
    return !$r['hung'] && preg_match('/^FUZZ-DONE/m', $r['stdout']) === 1;
}

/* The call a run was making when it stopped: the key of its last op, or
 * "cb:ACT" when a callback had just started an action in it. */
function diff_last_key(array $lines): string
{
    for ($i = count($lines) - 1; $i >= 0; $i--) {
        if (preg_match('/^#\d+ cb\d+\.\d+ act (\S+)$/', $lines[$i], $m)) {
            return "cb:$m[1]";
        }
        if (preg_match('/^#\d+ > (.*?) \| /', $lines[$i], $m)) {
            return $m[1];
        }
    }
    return '(start)';
}

/* What the deny-list learns from a crash of the reference in $key: the
 * call with its argument types; any call of that method on a freed object
 * and any write of that property; nothing for a loop of a live base (the
 * crash comes from what its callbacks met). */
function diff_learn(string $key): ?string
{
    if ($key === '(start)' || preg_match('/^EventBase::(loop|dispatch)\(/', $key)) {
        return null;
    }
    return preg_match('/^(freed |prop-set )/', $key) ? preg_replace('/\(.*$/', '', $key) : $key;
}

/* The lines of a run by op, in order: [[op, lines], ...]. */
function diff_blocks(array $lines): array
{
    $blocks = [];
    foreach ($lines as $l) {
        $op = (int)substr($l, 1, strcspn($l, ' ', 1));
        if (!$blocks || $blocks[count($blocks) - 1][0] !== $op) {
            $blocks[] = [$op, []];
        }
        $blocks[count($blocks) - 1][1][] = $l;
    }
    return $blocks;
}

/* Compares two runs op by op: every op whose lines differ is a finding
 * ([op, first differing line of each]), as long as both runs still make
 * the same calls (the same "> call" lines); the op where they stop doing
 * so is $diverged. A difference that changed what a run holds changes the
 * calls that follow, so later differences of that run are not compared. */
function diff_ops(array $a, array $b, ?int &$diverged = null): array
{
    $ba = diff_blocks($a);
    $bb = diff_blocks($b);
    $found = [];
    $diverged = null;
    for ($i = 0, $n = max(count($ba), count($bb)); $i < $n; $i++) {
        $x = $ba[$i] ?? null;
        $y = $bb[$i] ?? null;
        if ($x === null || $y === null) {
            $op = ($x ?? $y)[0];
            $found[] = [$op, $x[1][0] ?? '(end)', $y[1][0] ?? '(end)'];
            break;
        }
        if ($x[0] !== $y[0] || (str_contains($x[1][0], ' > ') && $x[1][0] !== $y[1][0])) {
            $diverged = $x[0];
            break;
        }
        /* The names of objects in results only differ when an earlier
         * difference gave one run an object more: not a finding of its own. */
        $unname = static fn($l) => preg_replace('/\$v\d+:/', '$v:', $l);
        if (array_map($unname, array_slice($x[1], 1)) !== array_map($unname, array_slice($y[1], 1))) {
            for ($j = 0; $unname($x[1][$j] ?? '') === $unname($y[1][$j] ?? '') && $j < max(count($x[1]), count($y[1])); $j++) {
            }
            $found[] = [$x[0], $x[1][$j] ?? '(end)', $y[1][$j] ?? '(end)'];
        }
    }
    return $found;
}

/* The group of a difference: the call (class and method, or the class a
 * callback was set on) and what each build printed, without numbers and
 * names. */
function diff_group(array $ref, int $op, string $refLine, string $ourLine): array
{
    $key = '?';
    foreach ($ref as $l) {
        if (preg_match('/^#' . $op . ' > (.*?) \| /', $l, $mm)) {
            $key = $mm[1];
            break;
        }
    }
    $what = preg_replace('/\(.*$/', '', $key);
    foreach ([$refLine, $ourLine] as $l) {
        if (preg_match('/^#\d+ cb\d+\.\d+\[(\w+|\?)\]/', $l, $mm)) {
            $what = "callback of $mm[1] (in $what)";
            break;
        }
    }
    $norm = static function (string $l): string {
        $l = preg_replace('/^#\d+ /', '', $l);
        $l = preg_replace('/\$(v|cb|s|k|p|f)\d+/', '$x', $l);
        $l = preg_replace('/cb\d+\.\d+/', 'cb', $l);
        $l = preg_replace('/\d+/', 'N', $l);
        return strlen($l) > 160 ? substr($l, 0, 160) . '...' : $l;
    };
    return [$what, "$what || " . $norm($refLine) . ' || ' . $norm($ourLine), $key];
}

/* The documented differences the fuzzer meets (diff-documented.txt): each
 * line "KEY | regex on the group's call | regex on our line", KEY being one
 * of README.md's "Differences from PECL event". A finding that matches one
 * is counted as documented, not as different. */
function diff_documented(string $file, string $readme): array
{
    $keys = [];
    if (preg_match('/^## Differences from PECL event\n(.*?)^## /ms', (string)@file_get_contents($readme), $m)) {
        preg_match_all('/^- \*\*([a-z0-9-]+)\*\*/m', $m[1], $km);
        $keys = array_flip($km[1]);
    }
    $rules = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        if (trim($line) === '' || $line[0] === '#') {
            continue;
        }
        [$key, $what, $ours, $theirs] = array_map('trim', explode(' | ', $line, 4)) + [null, null, null, null];
        if ($ours === null || !isset($keys[$key])) {
            fwrite(STDERR, "diff-documented.txt: not a README difference or not KEY | CALL | LINE [| REF LINE]: $line\n");
            exit(2);
        }
        $rules[] = [$key, "/$what/", "/$ours/", $theirs === null ? null : "/$theirs/"];
    }
    return $rules;
}

/* $key: the op's whole key, with its argument types ("freed EventBuffer"
 * for an argument whose owner was freed), which a rule may match too. */
function diff_documented_key(array $rules, string $what, string $ourLine, string $refLine = '', string $key = ''): ?string
{
    /* Where the reference ran a callback and this build's line is the
     * call's own result (say, an exception instead), the rules of the call
     * apply. */
    $call = !preg_match('/^#\d+ cb\d/', $ourLine) && preg_match('/^callback of .*? \(in (.*)\)$/', $what, $m)
        ? $m[1] : $what;
    foreach ($rules as [$readme, $w, $o, $r]) {
        if ((preg_match($w, $what) || preg_match($w, $call) || ($key !== '' && preg_match($w, $key)))
                && preg_match($o, $ourLine) && ($r === null || preg_match($r, $refLine))) {
            return $readme;
        }
    }
    return null;
}

/* Splits a sequence's findings. Each build runs twice more ($rerun(build,
 * tag)): findings at or after the first op where a build printed something
 * else than its own first run are timing and dropped. Of the rest, those
 * diff-documented.txt matches are documented ([op, README key]), the others
 * real. Returns [kept findings, real, documented]. */
function diff_judge(array $found, array $la, array $lb, array $documented, Closure $rerun): array
{
    $from = [];
    foreach ([2, 3] as $k) {
        foreach (['ref' => $la, 'ours' => $lb] as $t => $lines) {
            $rr = $rerun($t, "$t$k");
            $u = diff_finished($rr) ? diff_unstable_from($lines, diff_lines($rr['stdout'])) : 0;
            if ($u !== null) {
                $from[] = $u;
            }
        }
    }
    if ($from) {
        $from = min($from);
        $found = array_values(array_filter($found, static fn($f) => $f[0] < $from));
    }
    $real = $doc = [];
    foreach ($found as $f) {
        [$what, , $opKey] = diff_group($la, $f[0], $f[1], $f[2]);
        $key = diff_documented_key($documented, $what, $f[2], $f[1], $opKey) ?? diff_http_reordered($la, $lb, $f[0]);
        if ($key !== null) {
            $doc[] = [$f[0], $key];
        } else {
            $real[] = $f;
        }
    }
    return [$found, $real, $doc];
}

/* "http-ready-order" when op $op printed the same lines in both runs in
 * another order, an HTTP handler among them: the kernel's order of the
 * descriptors ready in one loop step, which follows how each was registered
 * (README.md). */
function diff_http_reordered(array $a, array $b, int $op): ?string
{
    $block = static function (array $lines) use ($op): array {
        $x = array_values(preg_grep('/^#' . $op . ' /', $lines));
        sort($x);
        return $x;
    };
    $x = $block($a);
    if ($x !== $block($b) || !preg_grep('/^#\d+ cb\d+\.\d+\[EventHttp\]/', $x)) {
        return null;
    }
    return 'http-ready-order';
}

/* The number of the last op a run printed (0: none). */
function diff_last_op(array $lines): int
{
    $last = end($lines);
    return $last === false ? 0 : (int)substr($last, 1, strcspn($last, ' ', 1));
}

/* The first op at which two runs of one build differ (null: none): what a
 * sequence prints from there on depends on timing, not on the build. */
function diff_unstable_from(array $a, array $b): ?int
{
    $self = diff_ops($a, $b, $div);
    $ops = array_column($self, 0);
    if ($div !== null) {
        $ops[] = $div;
    }
    return $ops ? min($ops) : null;
}

/* Runs a command to its end (killed after $timeout seconds). */
function diff_run(array $cmd, string $base, float $timeout): array
{
    $r = diff_start($cmd, $base);
    while (!diff_poll($r, $timeout)) {
        usleep(5000);
    }
    @unlink("$base.out");
    @unlink("$base.err");
    return $r;
}

/* A replay script from recorded statements. */
function diff_script(array $stmts, int $seed, string $header = ''): string
{
    $runtime = (string)file_get_contents(__DIR__ . '/diff_runtime.php');
    $runtime = preg_replace('/^<\?php\s*/', '', $runtime);
    return "<?php\n$header"
        . "fz_start($seed);\n\n" . implode("\n", $stmts) . "\necho \"FUZZ-DONE\\n\";\n\n"
        . "/* ---- the differential fuzzer's runtime (tests/fuzz/diff_runtime.php) ---- */\n\n" . $runtime;
}

/* Runs a replay under both builds; true when they differ in op $want[0]
 * first at exactly the two lines $want[1], $want[2]. */
function diff_check(string $script, array $want, string $ref, string $ours, string $tmp): bool
{
    if ($want[0] === 'crash') {
        /* (A crash of $ref: shrinking what crashes the reference.) */
        file_put_contents("$tmp.php", $script);
        $a = diff_start(array_merge(diff_php($ref), ["$tmp.php"]), "$tmp.ref");
        while (!diff_poll($a, 10.0)) {
            usleep(3000);
        }
        return !diff_finished($a);
    }
    file_put_contents("$tmp.php", $script);
    $a = diff_start(array_merge(diff_php($ref), ["$tmp.php"]), "$tmp.ref");
    $b = diff_start(array_merge(diff_php($ours), ["$tmp.php"]), "$tmp.ours");
    while (!diff_poll($a, 10.0) | !diff_poll($b, 10.0)) {
        usleep(3000);
    }
    return in_array($want, diff_ops(diff_lines($a['stdout']), diff_lines($b['stdout'])), true);
}

/* Shrinks a recorded sequence to the statements the difference needs. */
function diff_shrink(array $rec, int $op, array $want, int $seed, string $ref, string $ours, string $tmp, int $budget): ?array
{
    $stmts = [];
    foreach ($rec as $r) {
        $stmts[] = $r['code'];
        if ($r['op'] === $op) {
            break;
        }
    }
    if (!diff_check(diff_script($stmts, $seed), $want, $ref, $ours, $tmp)) {
        return null;
    }
    $last = count($stmts) - 1;
    $keep = range(0, $last);
    $tests = 0;
    /* Remove chunks, halving their size (the last statement, the call that
     * differs, always stays). */
    for ($size = max(1, intdiv(count($keep), 2)); $size >= 1 && $tests < $budget; $size = intdiv($size, 2)) {
        for ($at = 0; $at < count($keep) - 1 && $tests < $budget;) {
            $cut = array_slice($keep, $at, min($size, count($keep) - 1 - $at));
            $try = array_values(array_diff($keep, $cut));
            $tests++;
            if (diff_check(diff_script(array_map(static fn($i) => $stmts[$i], $try), $seed), $want, $ref, $ours, $tmp)) {
                $keep = $try;
            } else {
                $at += $size;
            }
        }
        if ($size === 1) {
            break;
        }
    }
    return array_map(static fn($i) => $stmts[$i], $keep);
}

function diff_main(array $opt, int $count, int $first, int $jobs, string $ours, string $out, array $certArgs): int
{
    $root = dirname(__DIR__, 2);
    $ref = diff_reference($root);
    if ($ref === null) {
        echo "diff-fuzz: skipped (no reference build: set EVENT_REFERENCE_SO)\n";
        return 0;
    }
    $probe = shell_exec(implode(' ', array_map('escapeshellarg', diff_php($ref)))
        . " -r 'echo extension_loaded(\"event\") ? \"ok\" : \"no\";' 2>&1");
    if (trim((string)$probe) !== 'ok') {
        echo "diff-fuzz: skipped (the reference does not load in PHP " . PHP_VERSION . ")\n";
        return 0;
    }
    $fuzzer = __DIR__ . '/api_fuzz.php';
    $api = "$out/api.json";
    exec(implode(' ', array_map('escapeshellarg', array_merge(diff_php($ref), [$fuzzer, "--dump-api=$api"]))), $o, $rc);
    if ($rc !== 0 || !is_file($api)) {
        fwrite(STDERR, "diff-fuzz: cannot read the reference's API\n");
        return 2;
    }
    $skip = $opt['skip'] === '' ? 'EventHttp,EventHttpConnection,EventHttpRequest' : ($opt['skip'] === 'none' ? '' : $opt['skip']);
    $learned = "$out/deny-learned.txt";
    touch($learned);
    $reproDir = $opt['repro'] ?? "$out/repro";
    @mkdir($reproDir, 0755, true);
    $timeout = (float)$opt['timeout'];

    $cmd = static function (string $so, int $seed, string $tag, array $leave = []) use ($fuzzer, $api, $learned, $skip, $out, $opt, $certArgs) {
        return array_merge(diff_php($so), [$fuzzer, '--seed', (string)$seed, '--steps', (string)$opt['steps'], '--diff',
            "--api=$api", '--deny=' . __DIR__ . '/diff-deny.txt', "--deny=$out/deny-$seed.txt", "--record=$out/rec-$seed-$tag.jsonl"],
            $skip !== '' ? ["--skip=$skip"] : [], $leave ? ['--leave-out=' . implode(',', $leave)] : [], $certArgs);
    };

    $n = ['same' => 0, 'different' => 0, 'documented' => 0, 'unstable' => 0, 'ref-crash' => 0, 'ours-crash' => 0,
        'diverged' => 0];
    $documented = diff_documented(__DIR__ . '/diff-documented.txt', dirname(__DIR__, 2) . '/README.md');
    $docKeys = [];
    $steered = 0;
    $groups = [];
    $crashKeys = [];
    $running = [];
    $next = $first;
    $last = $first + $count;
    $started = microtime(true);
    $every = max(1, min(250, intdiv($count, 10) ?: 1));
    while ($next < $last || $running) {
        while (count($running) < $jobs && $next < $last) {
            $seed = $next++;
            /* Both runs of a seed leave out the same calls. */
            copy($learned, "$out/deny-$seed.txt");
            $running[$seed] = [diff_start($cmd($ref, $seed, 'ref'), "$out/run-$seed-ref"),
                diff_start($cmd($ours, $seed, 'ours'), "$out/run-$seed-ours")];
        }
        usleep(5000);
        foreach ($running as $seed => &$pair) {
            if (!diff_poll($pair[0], $timeout) | !diff_poll($pair[1], $timeout)) {
                continue;
            }
            [$a, $b] = $pair;
            unset($running[$seed]);
            $la = diff_lines($a['stdout']);
            $lb = diff_lines($b['stdout']);
            $keepRec = false;
            if (!diff_finished($a)) {
                $n['ref-crash']++;
                $key = diff_last_key($la);
                $crashKeys[$key] = ($crashKeys[$key] ?? 0) + 1;
                $learn = diff_learn($key);
                if ($learn !== null && !in_array($learn, file($learned, FILE_IGNORE_NEW_LINES), true)) {
                    file_put_contents($learned, "$learn\n", FILE_APPEND);
                }
                file_put_contents("$out/ref-crash.log", "seed $seed: $key" . ($a['hung'] ? ' (hang)' : '') . "\n", FILE_APPEND);
            } else {
                $found = diff_ops($la, $lb, $div);
                if (!diff_finished($b)) {
                    $n['ours-crash']++;
                    $why = $b['hung'] ? 'hang' : ($b['st']['signaled'] ? 'signal ' . $b['st']['termsig'] : 'exit ' . $b['st']['exitcode']);
                    $k = diff_last_key($lb);
                    $found = [[0, "ours-crash: $k", "(ours stopped: $why) " . trim(substr($b['stderr'], 0, 300))]];
                } elseif ($found) {
                    $run = static fn(string $so, string $tag, array $leave) =>
                        diff_run($cmd($so, $seed, $tag, $leave), "$out/run-$seed-$tag", $timeout);
                    $leave = [];
                    for ($round = 0; ; $round++) {
                        [$found, $real, $doc] = diff_judge($found, $la, $lb, $documented,
                            static function (string $t, string $tag) use ($run, $ref, $ours, $leave, $out, $seed) {
                                $r = $run($t === 'ref' ? $ref : $ours, $tag, $leave);
                                @unlink("$out/rec-$seed-$tag.jsonl");
                                return $r;
                            });
                        $firstReal = $real ? min(array_column($real, 0)) : 0;
                        $before = array_values(array_filter($doc, static fn($d) => $d[0] < $firstReal));
                        if (!$before || $round === 4) {
                            break;
                        }
                        /* A documented difference before the first real one
                         * may be its cause (a connection one build refused
                         * is not there to call back later): the sequence
                         * again without that call, in both builds. */
                        $tryLeave = [...$leave, $before[0][0]];
                        $a2 = $run($ref, 'ref-l', $tryLeave);
                        $b2 = $run($ours, 'ours-l', $tryLeave);
                        $la2 = diff_lines($a2['stdout']);
                        $lb2 = diff_lines($b2['stdout']);
                        /* Only when both runs of the new sequence went as
                         * far as the first real finding: otherwise the
                         * earlier verdict stands. (The calls from there on
                         * may be others: the left-out call's result is not
                         * there to be drawn from.) */
                        if (!diff_finished($a2) || !diff_finished($b2) || diff_last_op($la2) < $firstReal
                                || diff_last_op($lb2) < $firstReal) {
                            @unlink("$out/rec-$seed-ref-l.jsonl");
                            @unlink("$out/rec-$seed-ours-l.jsonl");
                            break;
                        }
                        $leave = $tryLeave;
                        [$la, $lb] = [$la2, $lb2];
                        rename("$out/rec-$seed-ours-l.jsonl", "$out/rec-$seed-ours.jsonl");
                        @unlink("$out/rec-$seed-ref-l.jsonl");
                        $found = diff_ops($la, $lb);
                        if (!$found) {
                            $real = $doc = [];
                            break;
                        }
                    }
                    foreach ($doc as [, $key]) {
                        $docKeys[$key] = ($docKeys[$key] ?? 0) + 1;
                    }
                    if ($real) {
                        $n['different']++;
                    } else {
                        $n[$found || $leave ? 'documented' : 'unstable']++;
                        $steered += $leave ? 1 : 0;
                    }
                    $found = $real;
                } else {
                    $n[$div === null ? 'same' : 'diverged']++;
                }
                foreach ($found as [$op, $refLine, $ourLine]) {
                    [$what, $sig] = $op === 0 ? ['ours crashed', "crash || $refLine"] : diff_group($la, $op, $refLine, $ourLine);
                    if (!isset($groups[$sig])) {
                        $groups[$sig] = ['what' => $what, 'seeds' => [], 'op' => $op, 'ref' => $refLine, 'ours' => $ourLine,
                            'crash' => $op === 0];
                        $keepRec = true;
                    }
                    if (!in_array($seed, $groups[$sig]['seeds'], true)) {
                        $groups[$sig]['seeds'][] = $seed;
                    }
                }
            }
            @unlink("$out/deny-$seed.txt");
            foreach (['ref', 'ours'] as $t) {
                @unlink("$out/run-$seed-$t.out");
                @unlink("$out/run-$seed-$t.err");
                if (!$keepRec || $t === 'ref') {
                    @unlink("$out/rec-$seed-$t.jsonl");
                }
            }
            $done = array_sum($n);
            if ($done % $every === 0 || $done === $count) {
                printf("progress: %d/%d sequences: %d same, %d different, %d documented, %d unstable, %d ref-crash, %d ours-crash, %d diverged, %d groups, %.0f s\n",
                    $done, $count, $n['same'], $n['different'], $n['documented'], $n['unstable'], $n['ref-crash'],
                    $n['ours-crash'], $n['diverged'], count($groups), microtime(true) - $started);
            }
        }
        unset($pair);
    }

    /* Shrink the first sequence of each group into a reproduction: the
     * groups of a call most often seen first, at most 3 of a call. */
    $summary = [];
    $shrinkUntil = microtime(true) + (float)($opt['shrink-time'] ?? 900);
    uasort($groups, static fn($x, $y) => count($y['seeds']) <=> count($x['seeds']));
    $perCall = [];
    foreach ($groups as $sig => $g) {
        $seed = $g['seeds'][0];
        $rec = array_map(static fn($l) => json_decode($l, true), file("$out/rec-$seed-ours.jsonl", FILE_IGNORE_NEW_LINES) ?: []);
        $path = null;
        $status = 'not shrunk (out of time)';
        $perCall[$g['what']] = ($perCall[$g['what']] ?? 0) + 1;
        if ($g['crash']) {
            $status = 'ours crashed: reproduce with the seed';
        } elseif ($perCall[$g['what']] > 3) {
            $status = 'not shrunk (3 other groups of this call are)';
        } elseif (microtime(true) < $shrinkUntil) {
            $stmts = diff_shrink($rec, $g['op'], [$g['op'], $g['ref'], $g['ours']], $seed, $ref, $ours, "$out/shrink",
                (int)($opt['shrink-tests'] ?? 40));
            if ($stmts === null) {
                $status = 'does not replay (timing?): reproduce with the seed';
            } else {
                $name = preg_replace('/[^A-Za-z0-9]+/', '_', $g['what']);
                $path = "$reproDir/" . trim($name, '_') . '_' . substr(md5($sig), 0, 6) . '.php';
                $header = "/*\n * Differential fuzzer, seed $seed, shrunk to " . count($stmts) . " statements. Call #{$g['op']} prints\n"
                    . " * differently under PECL event 3.1.5 and under this build; its first differing line:\n"
                    . ' *   pecl: ' . str_replace('*/', '* /', $g['ref']) . "\n"
                    . ' *   ours: ' . str_replace('*/', '* /', $g['ours']) . "\n"
                    . " * Run: php -n -d extension=sockets -d extension=<event.so> " . basename($path) . "\n */\n\n";
                file_put_contents($path, diff_script($stmts, $seed, $header));
                $status = 'shrunk to ' . count($stmts) . ' statements';
            }
        }
        $summary[] = ['what' => $g['what'], 'count' => count($g['seeds']), 'seeds' => array_slice($g['seeds'], 0, 5),
            'ref' => $g['ref'], 'ours' => $g['ours'], 'repro' => $path, 'status' => $status, 'op' => $g['op']];
    }
    usort($summary, static fn($x, $y) => [$x['what'], -$x['count']] <=> [$y['what'], -$y['count']]);
    $md = "# Differential fuzzer run: seeds $first.." . ($last - 1) . "\n\n"
        . sprintf("%d sequences: %d same, %d different, %d documented, %d unstable (timing), %d ref-crash (skipped), %d ours-crash, %d diverged (flaky)\n\n",
            array_sum($n), $n['same'], $n['different'], $n['documented'], $n['unstable'], $n['ref-crash'], $n['ours-crash'],
            $n['diverged']);
    if ($steered) {
        $md .= "Documented after leaving out the documented call before their findings: $steered\n\n";
    }
    if ($docKeys) {
        ksort($docKeys);
        $md .= "Documented differences met (README keys): "
            . implode(', ', array_map(static fn($k, $c) => "$k ($c)", array_keys($docKeys), $docKeys)) . "\n\n";
    }
    foreach ($summary as $s) {
        $md .= "- **{$s['what']}** ({$s['count']} seq., seeds " . implode(' ', $s['seeds']) . "): {$s['status']}"
            . ($s['repro'] ? " `{$s['repro']}`" : '') . "\n  - pecl: `" . str_replace('`', "'", $s['ref']) . "`\n  - ours: `"
            . str_replace('`', "'", $s['ours']) . "`\n";
    }
    if ($crashKeys) {
        arsort($crashKeys);
        $md .= "\nCalls the reference crashed or hung in (now on $learned):\n";
        foreach ($crashKeys as $k => $c) {
            $md .= "- `$k`: $c\n";
        }
    }
    file_put_contents("$out/diff-summary.md", $md);
    echo $md;
    printf("diff-fuzz: %d sequences, %d same, %d different, %d documented, %d unstable, %d ref-crash, %d ours-crash, %d diverged, %d groups (summary: %s)\n",
        array_sum($n), $n['same'], $n['different'], $n['documented'], $n['unstable'], $n['ref-crash'], $n['ours-crash'],
        $n['diverged'], count($groups), "$out/diff-summary.md");
    return $n['different'] + $n['ours-crash'] ? 1 : 0;
}
