<?php
/*
 * The hello-world server of bench/php_server.php written for Swoole, the peer
 * the engine's targets are measured against: one process, one worker, the
 * reactor in the process itself (SWOOLE_BASE), TCP_NODELAY.
 *
 *   php -n -d extension=sockets -d extension=swoole.so bench/swoole_server.php PORT [--requests N]
 *
 *   /held        the number of requests /hold keeps, as the body
 *   /hold        never answered: the response is kept (a long poll that never ends)
 *   any other    13 bytes "Hello, world\n", Content-Type text/plain (the hello-world
 *                handler: the URI, one header, the body, 200 OK)
 *
 * Listens on 127.0.0.1 only. Stops on SIGTERM/SIGINT (Swoole's own handlers).
 * With --requests N it stops by itself 200 ms after the Nth hello-world reply
 * (N = 0: 200 ms after start-up). On exit it prints "served N" on stderr.
 */

declare(strict_types=1);

const EXIT_DELAY_MS = 200;

require __DIR__ . '/server_args.inc';

final class SwooleBenchServer
{
    private const HELLO = "Hello, world\n";

    public int $served = 0;
    /** @var Swoole\Http\Response[] responses of /hold, kept unanswered */
    private array $held = [];

    public function __construct(private Swoole\Http\Server $server, private int $limit)
    {
    }

    public function onStart(): void
    {
        if ($this->limit === 0) {
            $this->stopSoon();
        }
        echo "listening on 127.0.0.1:{$this->server->port}\n";
    }

    public function onRequest(Swoole\Http\Request $req, Swoole\Http\Response $res): void
    {
        $uri = $req->server['request_uri'];
        if ($uri === '/hold') {
            $this->held[] = $res;
            return;
        }
        if ($uri === '/held') {
            $res->end((string)count($this->held));
            return;
        }
        $res->header('Content-Type', 'text/plain');
        $res->end(self::HELLO);
        if (++$this->served === $this->limit) {
            $this->stopSoon();
        }
    }

    private function stopSoon(): void
    {
        Swoole\Timer::after(EXIT_DELAY_MS, fn () => $this->server->shutdown());
    }
}

[$port, $limit] = parse_args($argv);

$server = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
$server->set([
    'worker_num' => 1,
    'open_tcp_nodelay' => true,
    'backlog' => 1024,
    'max_connection' => 20000,
    'log_level' => SWOOLE_LOG_WARNING,
]);
$bench = new SwooleBenchServer($server, $limit);
$server->on('workerStart', fn () => $bench->onStart());
$server->on('request', fn ($req, $res) => $bench->onRequest($req, $res));
$server->start();

fwrite(STDERR, "served {$bench->served}\n");
