"""Fixtures of the web tests, imported by conftest.py: a small corpus made once per run (the
examples, the seed article, a syndicated copy of the seed under another id, and an article
whose id holds slashes), a test client over it, and `saidwhen serve` running on it."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import INVENTED_EXAMPLES, ROOT, shared_or_skip

# An article written for these tests: an id with slashes, and text with characters that
# HTML must escape.
WIRE_ID = "wire/2024/05/ferry-strike.txt"
WIRE_TEXT = (
    "Ferry crews to strike on Friday & Saturday <update>\n\n"
    "Ferry crews on the northern routes will walk out on Friday, their union said on Wednesday.\n\n"
    "\"We have asked for talks since June and heard nothing back,\" said Ines Calloway, the "
    "secretary of the Seafarers' Union. \"Crossings will stop & the islands will be cut off "
    "<for two days>.\"\n\n"
    "Ruben Achterberg, who runs the ferry company, said in a statement that the company had "
    "offered talks twice. \"Our door is open,\" Achterberg said.")
SERVER_WATCHDOG_S = 600  # a server a test started dies by then, even if the test run is killed


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The test corpus, ingested into a fresh database."""
    from saidwhen.ingest import ingest
    from saidwhen.store import connect

    seed = shared_or_skip("data/seed/input.jsonl") / "data/seed/input.jsonl"
    folder = tmp_path_factory.mktemp("corpus")
    record = json.loads(seed.read_text(encoding="utf-8").splitlines()[0])
    extra = folder / "extra.jsonl"
    extra.write_text("\n".join(json.dumps(r) for r in (
        {**record, "id": "seed-copy", "date": "2021-02-06", "source": "Wire copy"},
        {"id": WIRE_ID, "date": "2024-05-08", "title": "Ferry crews to strike", "source": "Wire",
         "url": "javascript:alert(document.cookie)", "text": WIRE_TEXT})) + "\n",
        encoding="utf-8")
    db = folder / "corpus.db"
    conn = connect(db)
    report = ingest(conn, [*INVENTED_EXAMPLES, str(seed), str(extra)], jobs=1)
    conn.close()
    assert report.added == 6 and not report.skipped
    return db


@pytest.fixture(scope="session")
def client(corpus_db):
    from starlette.testclient import TestClient

    from saidwhen.web import create_app

    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as test_client:
        yield test_client


class Server:
    """`saidwhen serve` in its own process, as a user starts it."""

    def __init__(self, db: Path, *options: str) -> None:
        command = [sys.executable, "-m", "saidwhen.cli", "serve", "--db", str(db), *options]
        # `timeout` is the watchdog: the server ends by itself even if nobody stops it.
        self.process = subprocess.Popen(["timeout", "-s", "INT", str(SERVER_WATCHDOG_S), *command],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.greeting = self._read_greeting()
        found = re.search(r"Open (http://\S+/) in a browser", self.greeting)
        self.url = found.group(1).rstrip("/") if found else None

    def _read_greeting(self) -> str:
        lines = []
        for line in self.process.stdout:
            lines.append(line)
            if "Ctrl+C" in line:
                break
        return "".join(lines)

    def stop(self, timeout: float = 15, sig: int = signal.SIGINT) -> tuple[int, str, str]:
        """Ctrl+C, as a user stops it (or `sig`: SIGTERM, as a service manager does): the exit
        status and what it printed after its greeting."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        return self.process.returncode, out, err


@pytest.fixture(scope="session")
def live_server(corpus_db):
    server = Server(corpus_db, "--port", "0")
    try:
        assert server.url, f"the server did not say where it listens:\n{server.greeting}"
        yield server
    finally:
        server.stop()
