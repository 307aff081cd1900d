<?php
/*
 * Rewrites package.xml's <contents> from the files git tracks, and its
 * release version from PHP_EVENT_VERSION in php_event.h, so that
 * `pecl package` ships exactly the tree. Run it before `pecl package`:
 *
 *   php scripts/gen-package-xml.php && pecl package
 *
 * The rest of package.xml (notes, dependencies, configure options) is edited
 * by hand.
 */
chdir(dirname(__DIR__));

/** Which files ship, and with which PEAR role; null: not shipped. */
function role_of(string $path): ?string
{
    if (preg_match('~^(\.|scripts/|bench/|package\.xml$|composer\.json$)~', $path)
        || preg_match('~(^|/)\.git~', $path)) {
        return null;  // CI, developer tooling, benchmarks, packaging metadata
    }
    if (str_starts_with($path, 'tests/')) {
        return 'test';
    }
    if (str_starts_with($path, 'examples/') || preg_match('~^(README|LICENSE|CREDITS|NEWS)~', $path)) {
        return 'doc';
    }
    if (preg_match('~\.(c|h|m4|w32|frag)$~', $path) || $path === 'event.stub.php') {
        return 'src';
    }
    fwrite(STDERR, "gen-package-xml: no role for $path (add a rule)\n");
    exit(1);
}

function git_files(): array
{
    exec('git ls-files -z', $out, $status);
    if ($status !== 0) {
        fwrite(STDERR, "gen-package-xml: git ls-files failed\n");
        exit(1);
    }
    $files = array_filter(explode("\0", implode("\n", $out)), 'strlen');
    // A file deleted in the work tree but not yet in git is not shipped.
    $files = array_filter($files, 'is_file');
    sort($files, SORT_STRING);
    return $files;
}

function contents_xml(array $files): string
{
    $xml = " <contents>\n  <dir name=\"/\">\n";
    foreach ($files as $path) {
        $role = role_of($path);
        if ($role !== null) {
            $xml .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n", htmlspecialchars($path, ENT_XML1), $role);
        }
    }
    return $xml . "  </dir>\n </contents>";
}

function extension_version(): string
{
    if (!preg_match('/#define\s+PHP_EVENT_VERSION\s+"([^"]+)"/', file_get_contents('php_event.h'), $m)) {
        fwrite(STDERR, "gen-package-xml: PHP_EVENT_VERSION not found in php_event.h\n");
        exit(1);
    }
    return $m[1];
}

$xml = file_get_contents('package.xml');
$xml = preg_replace('~ <contents>.*?</contents>~s', contents_xml(git_files()), $xml, 1, $n);
if ($n !== 1) {
    fwrite(STDERR, "gen-package-xml: package.xml has no <contents> element\n");
    exit(1);
}
// The first <version> is the release being packaged (later ones: changelog).
$version = extension_version();
$xml = preg_replace('~(<version>\s*<release>)[^<]*(</release>\s*<api>)[^<]*(</api>)~',
    '${1}' . $version . '${2}' . $version . '${3}', $xml, 1);
file_put_contents('package.xml', $xml);
echo "package.xml: ", substr_count($xml, '<file '), " files, version $version\n";
