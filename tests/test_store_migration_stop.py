"""Ctrl+C during a long migration (migration 8 at a million quotations runs 40 s) is heard at
once, not when the running statement ends, and leaves the database as it was."""
from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time

import pytest

from saidwhen.store import connect, migrations
from saidwhen.store.migrations import LATEST, MIGRATIONS, MigrationStopped

# A statement that runs for many seconds, as one of a big store's migration steps does.
LONG_STEP = ("SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
             "FROM n WHERE i < 2000000000) SELECT i FROM n)")


def old_store(path) -> None:
    old = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        old.execute(statement)
    old.execute("INSERT INTO articles (article_id, origin, text, text_sha1, extractor, "
                "ingested_at) VALUES ('a1', 'a.txt', 'Text.', 'h', 'test', '2024-01-01')")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()


def test_ctrl_c_during_a_long_migration_step_stops_it_at_once_and_keeps_the_old_store(
        tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old_store(path)
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [*MIGRATIONS[:-1], [*MIGRATIONS[-1], LONG_STEP]])

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    timer = threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGINT))
    started = time.monotonic()
    try:
        timer.start()
        with pytest.raises(MigrationStopped) as stopped:
            connect(path)
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - started < 5  # the long step alone runs for minutes
    assert stopped.value.version == 1
    kept = sqlite3.connect(path)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT article_id FROM articles").fetchall() == [("a1",)]
    kept.close()
    monkeypatch.undo()
    conn = connect(path)  # the same command again upgrades it
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert [tuple(r) for r in conn.execute("SELECT article_id FROM articles")] == [("a1",)]
    conn.close()
