<?php
/*
 * An echo server: EventListener accepts TCP connections, and each one gets an
 * EventBufferEvent that writes back whatever it reads.
 *
 * Usage: php examples/echo_server.php [port]      (default 4243; 0 picks one)
 * Then:  nc 127.0.0.1 4243
 * A line "quit" closes that connection; "shutdown" stops the server.
 */
$port = (int)($argv[1] ?? 4243);
$base = new EventBase();

/** @var array<int, EventBufferEvent> the open connections, by an id */
$connections = [];
$nextId = 0;

function closeConnection(array &$connections, int $id): void
{
    if (isset($connections[$id])) {
        $connections[$id]->free();  // closes the socket (OPT_CLOSE_ON_FREE)
        unset($connections[$id]);
        echo "connection $id closed\n";
    }
}

$onRead = function (EventBufferEvent $bev, $id) use (&$connections, $base) {
    $in = $bev->getInput();
    // Echo whole lines, and look at each for a command.
    while (($line = $in->readLine(EventBuffer::EOL_CRLF)) !== null) {
        if ($line === 'quit') {
            closeConnection($connections, $id);
            return;
        }
        if ($line === 'shutdown') {
            $base->exit();
            return;
        }
        $bev->write($line . "\n");
    }
};

$onEvent = function (EventBufferEvent $bev, int $events, $id) use (&$connections) {
    if ($events & EventBufferEvent::ERROR) {
        echo "connection $id: error: ", EventUtil::getLastSocketError(), "\n";
    }
    if ($events & (EventBufferEvent::EOF | EventBufferEvent::ERROR)) {
        closeConnection($connections, $id);
    }
};

$onAccept = function (EventListener $listener, $fd, array $address, $arg)
        use (&$connections, &$nextId, $base, $onRead, $onEvent) {
    $id = $nextId++;
    $bev = new EventBufferEvent($base, $fd, EventBufferEvent::OPT_CLOSE_ON_FREE);
    $bev->setCallbacks($onRead, null, $onEvent, $id);
    $bev->enable(Event::READ | Event::WRITE);
    $connections[$id] = $bev;
    echo "connection $id from $address[0]:$address[1]\n";
};

$listener = new EventListener($base, $onAccept, null,
    EventListener::OPT_CLOSE_ON_FREE | EventListener::OPT_REUSEABLE, -1, "127.0.0.1:$port");
$listener->setErrorCallback(function (EventListener $listener) use ($base) {
    echo "listener error: ", EventUtil::getLastSocketError(), "\n";
    $base->exit();
});
$listener->getSocketName($address, $boundPort);
echo "echo server on $address:$boundPort\n";

$base->loop();

foreach (array_keys($connections) as $id) {
    closeConnection($connections, $id);
}
$listener->free();
echo "server stopped\n";
