"""`saidwhen serve` as a user runs it: where to open it, Ctrl+C, a missing database, a taken
port, and an ingest writing while it serves."""
from __future__ import annotations

import json
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit

import pytest

from web_support import Server


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return json.load(response)


def test_serve_says_where_to_open_it_and_how_to_search_without_a_browser(live_server):
    assert urlsplit(live_server.url).hostname == "127.0.0.1"
    greeting = live_server.greeting
    assert "saidwhen search WORDS --db" in greeting and "search.json?q=WORDS" in greeting
    assert "Ctrl+C" in greeting and "6 articles" in greeting


def test_serve_answers_pages_json_and_its_own_files(live_server):
    assert get_json(live_server.url + "/search.json?q=bridge")["total"] >= 1
    with urllib.request.urlopen(live_server.url + "/static/saidwhen.css", timeout=10) as css:
        assert css.headers["content-type"].startswith("text/css")


def test_ctrl_c_stops_the_server_cleanly(corpus_db):
    server = Server(corpus_db, "--port", "0")
    port = urlsplit(server.url).port
    get_json(server.url + "/.json")
    started = time.monotonic()
    status, out, err = server.stop()
    assert status == 0 and time.monotonic() - started < 10
    assert "saidwhen: stopped" in out and "Traceback" not in err
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nobody listens there any more


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_stops_the_server_as_ctrl_c_does(corpus_db, workers):
    # A service manager stops a server with SIGTERM: that is its ordinary end, as Ctrl+C is,
    # with one or several worker processes alike.
    server = Server(corpus_db, "--port", "0", "--workers", workers)
    get_json(server.url + "/.json")
    status, out, err = server.stop(sig=signal.SIGTERM)
    assert (status, "saidwhen: stopped" in out, "Traceback" in err) == (0, True, False), err


def saidwhen(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], capture_output=True,
                          text=True, timeout=120)


def test_serve_without_a_database_says_how_to_make_one(tmp_path):
    done = saidwhen("serve", "--db", str(tmp_path / "none.db"), "--port", "0")
    assert done.returncode == 1 and "no such database" in done.stderr
    assert "saidwhen ingest" in done.stderr and "Traceback" not in done.stderr


def test_serve_on_a_taken_port_says_so(live_server):
    port = urlsplit(live_server.url).port
    done = saidwhen("serve", "--db", str(live_server_db(live_server)), "--port", str(port))
    assert done.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in done.stderr


def live_server_db(server: Server) -> str:
    return server.process.args[server.process.args.index("--db") + 1]


def test_pages_are_served_while_an_ingest_writes(corpus_db, tmp_path):
    """WAL: a reader never waits for the writer, and sees what it commits."""
    db = tmp_path / "busy.db"
    shutil.copy(corpus_db, db)
    server = Server(db, "--port", "0")
    writer = sqlite3.connect(db, isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")  # the write lock, held as an ingest holds it
        writer.execute("INSERT INTO quotations (kind, text, words, articles) VALUES "
                       "('direct', 'zebra crossings at dawn', 'zebra crossings at dawn', 0)")
        started = time.monotonic()
        assert get_json(server.url + "/search.json?q=zebra")["total"] == 0
        assert time.monotonic() - started < 2
        writer.execute("COMMIT")
        assert get_json(server.url + "/search.json?q=zebra")["total"] == 1
    finally:
        writer.close()
        assert server.stop()[0] == 0
