"""Running the web page: listen, say where to open it, serve until Ctrl+C."""
from __future__ import annotations

import functools
import os
import shlex
import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from uvicorn.supervisors import Multiprocess

from saidwhen.errors import ServeError
from saidwhen.web.app import create_app
from saidwhen.web.database import ReadOnlyStore
from saidwhen.web.responses import plural
from saidwhen.workers import die_with

_EVERYWHERE = {"", "0.0.0.0", "::"}
BACKLOG = 128


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve the corpus at `db` on http://host:port/ until interrupted (Ctrl+C).

    Port 0 takes any free port; the address printed is the one to open. With `workers` over 1,
    that many processes answer on the same socket (for a team sharing one corpus: a slow page
    in one does not hold up the others). Raises StoreError when the database cannot be read
    and ServeError when the address cannot be had."""
    held = ReadOnlyStore(db).summary()
    warm_up()
    listening = listen(host, port)
    say(_greeting(db, held, host, listening.getsockname()[1], workers))
    # No lifespan task: the app has no start-up or shutdown hooks, and uvicorn re-raises the
    # Ctrl+C it caught while that task still waits, which then logs a CancelledError traceback.
    # The app is given as a factory each worker process calls, since a built app is not sent
    # to another process.
    app = (functools.partial(_worker_app, str(db), os.getpid()) if workers > 1
           else functools.partial(create_app, str(db)))
    config = uvicorn.Config(app, factory=True,
                            workers=workers, log_level="warning", lifespan="off",
                            timeout_graceful_shutdown=5)
    try:
        with _sigterm_as_ctrl_c():
            if workers > 1:
                Multiprocess(config, sockets=[listening]).run()  # stops its workers on Ctrl+C
            else:
                uvicorn.Server(config).run(sockets=[listening])
    except KeyboardInterrupt:
        pass  # uvicorn has already shut down; the second Ctrl+C it re-raises ends here
    finally:
        listening.close()
    say("saidwhen: stopped")


def _worker_app(db: str, parent: int) -> Starlette:
    """The application in one of several worker processes, which ends when the server
    (`parent`) does: killed with SIGKILL, the server cannot stop its workers, which went on
    answering on its address."""
    die_with(parent)
    return create_app(db)


@contextmanager
def _sigterm_as_ctrl_c() -> Iterator[None]:
    """A SIGTERM (a service manager, a plain `kill`) ends serving as Ctrl+C does, whatever the
    number of workers. A single uvicorn server shuts down on it and then raises it again,
    which with the default handler killed the process (status 143, no "stopped" said)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread handles signals
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def warm_up() -> None:
    """Load what the first search by speaker needs, so that it is as quick as the next ones:
    reading a name into its keys builds the speakers' word lists."""
    from saidwhen.identity import person_keys

    person_keys("Jane Doe")


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, or a ServeError saying why not."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(BACKLOG)  # from here on, a browser that connects waits in line
    except OSError as error:
        raise ServeError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    sock.set_inheritable(True)
    return sock


def _greeting(db: str | Path, held: dict, host: str, port: int, workers: int = 1) -> str:
    shown = "127.0.0.1" if host in _EVERYWHERE else f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    by = f" with {workers} worker processes" if workers > 1 else ""
    lines = [f"saidwhen: serving {db} ({plural(held['articles'], 'article')}, "
             f"{plural(held['quotes'], 'quotation')}, {plural(held['people'], 'person', 'people')})"
             f"{by}",
             f"  Open {url} in a browser.",
             "  No browser here? Ask from the command line: "
             f"saidwhen search WORDS --db {shlex.quote(str(db))}",
             f"  or ask the JSON API: curl '{url}search.json?q=WORDS'",
             "  Press Ctrl+C to stop."]
    if host in _EVERYWHERE:
        lines.insert(2, "  Listening on every network interface: anyone who can reach this "
                        "machine can read the corpus.")
    return "\n".join(lines)


def say(text: str) -> None:
    print(text, flush=True)  # flushed: whoever started us may be reading a pipe
