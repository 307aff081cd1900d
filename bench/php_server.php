<?php
/*
 * Benchmark HTTP server on the event extension: the same endpoints and the same
 * steps per request as bench/c_server.c, through the PHP API.
 *
 *   php -n -d extension=sockets -d extension=$EVENT_SO bench/php_server.php PORT [--requests N]
 *
 *   /            13 bytes "Hello, world\n", Content-Type text/plain (the hello-world
 *                handler: getUri(), addHeader(), getOutputBuffer()->add(), sendReply())
 *   /1k          1024 bytes
 *   /64k         65536 bytes
 *   /stream?n=N  chunked reply: N chunks of 16 bytes (default N = 64)
 *   /hold        never answered: the request is kept (a long poll that never ends)
 *   /held        the number of requests /hold keeps, as the body
 *
 * Listens on 127.0.0.1 only. Stops on SIGTERM/SIGINT. With --requests N it
 * stops by itself 200 ms after the Nth request was answered (N = 0: 200 ms
 * after start-up, the baseline the measuring scripts subtract). On exit it
 * prints "served N" on stderr.
 */

declare(strict_types=1);

const STREAM_CHUNK_SIZE = 16;
const STREAM_DEFAULT_CHUNKS = 64;
const STREAM_MAX_CHUNKS = 1000000;
const EXIT_DELAY = 0.2;
// Linux numbers; ext/pcntl, which defines the constants, is not loaded by -n.
const SIG_TERM = 15;
const SIG_INT = 2;

require __DIR__ . '/server_args.inc';

/*
 * A listening socket with TCP_NODELAY, which Linux copies to every accepted
 * socket: without it a reply larger than one segment (/64k) waits for the
 * client's delayed ACK (about 40 ms). bench/c_server.c does the same.
 */
function listen_on(int $port): Socket
{
    $sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if ($sock === false
        || !socket_set_option($sock, SOL_SOCKET, SO_REUSEADDR, 1)
        || !socket_set_option($sock, SOL_TCP, TCP_NODELAY, 1)
        || !@socket_bind($sock, '127.0.0.1', $port)
        || !socket_listen($sock, 1024)
        || !socket_set_nonblock($sock)) {
        fwrite(STDERR, "php_server: cannot listen on 127.0.0.1:$port: "
            . socket_strerror(socket_last_error($sock ?: null)) . "\n");
        exit(1);
    }
    return $sock;
}

final class BenchServer
{
    private const HELLO = "Hello, world\n";

    public int $served = 0;
    /** @var EventHttpRequest[] requests of /hold, kept unanswered */
    private array $held = [];
    private string $body1k;
    private string $body64k;
    private string $chunk;

    public function __construct(private EventBase $base, private int $limit)
    {
        $this->body1k = str_repeat('x', 1024);
        $this->body64k = str_repeat('x', 65536);
        $this->chunk = str_repeat('y', STREAM_CHUNK_SIZE);
        if ($limit === 0) {
            $base->exit(EXIT_DELAY);
        }
    }

    public function register(EventHttp $http): void
    {
        $http->setCallback('/', fn (EventHttpRequest $req) => $this->hello($req));
        $http->setCallback('/1k', fn (EventHttpRequest $req) => $this->replyWith($req, $this->body1k));
        $http->setCallback('/64k', fn (EventHttpRequest $req) => $this->replyWith($req, $this->body64k));
        $http->setCallback('/stream', fn (EventHttpRequest $req) => $this->stream($req));
        $http->setCallback('/hold', function (EventHttpRequest $req): void {
            $this->held[] = $req;
        });
        $http->setCallback('/held', function (EventHttpRequest $req): void {
            $req->getOutputBuffer()->add((string)count($this->held));
            $req->sendReply(200, 'OK');
        });
    }

    /** The hello-world handler the engine's targets are measured with. */
    private function hello(EventHttpRequest $req): void
    {
        $req->getUri();
        $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
        $req->getOutputBuffer()->add(self::HELLO);
        $req->sendReply(200, 'OK');
        $this->countRequest();
    }

    private function replyWith(EventHttpRequest $req, string $body): void
    {
        $buf = new EventBuffer();
        $buf->add($body);
        $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
        $req->sendReply(200, 'OK', $buf);
        $this->countRequest();
    }

    private function stream(EventHttpRequest $req): void
    {
        $n = self::streamChunkCount($req->getUri());
        $buf = new EventBuffer();
        $req->addHeader('Content-Type', 'text/plain', EventHttpRequest::OUTPUT_HEADER);
        $req->sendReplyStart(200, 'OK');
        for ($i = 0; $i < $n; $i++) {
            $buf->add($this->chunk);
            $req->sendReplyChunk($buf);
        }
        $req->sendReplyEnd();
        $this->countRequest();
    }

    /** The n query parameter, or the default when absent or not a number. */
    private static function streamChunkCount(string $uri): int
    {
        $query = parse_url($uri, PHP_URL_QUERY);
        if (!is_string($query)) {
            return STREAM_DEFAULT_CHUNKS;
        }
        parse_str($query, $params);
        $n = isset($params['n']) && is_string($params['n'])
            ? filter_var($params['n'], FILTER_VALIDATE_INT, ['options' => ['min_range' => 0]])
            : false;
        return $n === false ? STREAM_DEFAULT_CHUNKS : min($n, STREAM_MAX_CHUNKS);
    }

    private function countRequest(): void
    {
        if (++$this->served === $this->limit) {
            $this->base->exit(EXIT_DELAY);
        }
    }
}

[$port, $limit] = parse_args($argv);

$base = new EventBase();
$http = new EventHttp($base);
if (extension_loaded('sockets')) {
    $listener = listen_on($port);
    if (!$http->accept($listener)) {
        fwrite(STDERR, "php_server: EventHttp::accept failed on 127.0.0.1:$port\n");
        exit(1);
    }
} else {
    fwrite(STDERR, "php_server: warning: ext/sockets is not loaded; EventHttp::bind() without TCP_NODELAY"
        . " (replies larger than one segment wait for delayed ACKs; not comparable with c_server)\n");
    if (!$http->bind('127.0.0.1', $port)) {
        fwrite(STDERR, "php_server: cannot bind 127.0.0.1:$port\n");
        exit(1);
    }
}
$server = new BenchServer($base, $limit);
$server->register($http);

$stop = fn () => $base->exit();
$sigterm = Event::signal($base, SIG_TERM, $stop);
$sigint = Event::signal($base, SIG_INT, $stop);
$sigterm->add();
$sigint->add();

echo "listening on 127.0.0.1:$port\n";
$base->dispatch();

fwrite(STDERR, "served {$server->served}\n");
