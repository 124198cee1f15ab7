"""`saidwhen serve --workers N`: several processes answer on one address, a team at once, and
none of them ever shows an article half written while an ingest writes."""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from web_support import Server

from saidwhen.records import Article, Extraction, Quote, Span, Speaker
from saidwhen.store import connect, transaction
from saidwhen.store.writing import write_extraction

QUOTES_PER_ARTICLE = 3


def write_article(conn, n: int) -> None:
    """Article n: three quotes of its own, each by one of two people."""
    texts = [f"“Plan {n} part {part} is ready for the council to read.”"
             for part in range(QUOTES_PER_ARTICLE)]
    quotes = tuple(Quote(kind="direct", content=(Span(0, len(t), t),), cue=None,
                         speaker=Speaker(("Ann Moreau", "Bo Lind")[part % 2], Span(0, 2, "He")))
                   for part, t in enumerate(texts))
    article = Article(id=f"plan-{n}", text=" ".join(texts), date=dt.date(2024, 1, 1 + n % 28),
                      origin=f"plan-{n}.txt")
    with transaction(conn):
        write_extraction(conn, Extraction(article, quotes), "saidwhen test")


def write_articles(db: Path, numbers: range) -> None:
    conn = connect(db)  # the writer's own connection, as an ingest beside the server has
    for n in numbers:
        write_article(conn, n)
    conn.close()


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return json.load(response)


def workers_of(pid: int) -> list[int]:
    """The processes below `pid` that multiprocessing spawned (uvicorn's workers)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").iterdir():
            for child in (task / "children").read_text().split():
                todo.append(int(child))
                if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                    found.append(int(child))
    return found


def test_two_workers_answer_every_page_and_never_show_half_an_article(tmp_path):
    db = tmp_path / "team.db"
    conn = connect(db)
    for n in range(5):
        write_article(conn, n)
    server = Server(db, "--port", "0", "--workers", "2")
    try:
        assert server.url and "with 2 worker processes" in server.greeting
        for path in ("/", "/people", "/people/Ann%20Moreau", "/search?q=council",
                     "/articles/plan-1", "/quotes/1"):
            with urllib.request.urlopen(server.url + path, timeout=10) as page:
                assert page.status == 200 and b"<html" in page.read().lower()
        assert len(workers_of(server.process.pid)) == 2
        writer = threading.Thread(target=write_articles, args=(db, range(5, 150)))
        writer.start()
        seen = []
        while writer.is_alive() or not seen:
            corpus = get_json(server.url + "/.json")["corpus"]
            # each article is written in one transaction: its quotes all, or not yet any
            assert corpus["occurrences"] == QUOTES_PER_ARTICLE * corpus["articles"]
            assert corpus["quotes"] == QUOTES_PER_ARTICLE * corpus["articles"]
            seen.append(corpus["articles"])
        writer.join()
        people = get_json(server.url + "/people.json")["people"]
        assert {p["name"]: p["quotes"] for p in people} == {"Ann Moreau": 300, "Bo Lind": 150}
        assert len(set(seen)) > 1  # the pages were read while the articles were being written
    finally:
        status, _, err = server.stop()
    assert status == 0 and "Traceback" not in err


def serving_process(server: Server) -> int:
    """The `saidwhen serve` process itself (Server starts it under `timeout`)."""
    return int((Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
                .read_text().split()[0]))


def test_no_worker_outlives_a_server_killed_with_sigkill(corpus_db):
    # Killed for memory or by `kill -9`, the server cannot stop its workers: each ends itself
    # once its parent is gone, and the address is free again.
    server = Server(corpus_db, "--port", "0", "--workers", "2")
    workers = []
    try:
        assert get_json(server.url + "/.json")["corpus"]["articles"] >= 1
        serving = serving_process(server)
        workers = workers_of(serving)
        assert len(workers) == 2
        os.kill(serving, signal.SIGKILL)
        given_up = time.monotonic() + 10
        while (answered(server.url) or [w for w in workers if alive(w)]) \
                and time.monotonic() < given_up:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)] and not answered(server.url)
    finally:
        for worker in workers:  # should the test fail: none left behind, holding its pipes
            if alive(worker):
                os.kill(worker, signal.SIGKILL)
        server.stop()


def answered(url: str) -> bool:
    """Whether anyone still listens at the address of `url`."""
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", urlsplit(url).port)) == 0


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for its parent to read its status has ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
