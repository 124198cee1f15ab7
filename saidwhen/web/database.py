"""The store as the web page reads it: read-only, one file at a time, one snapshot a request.

Connections are kept in a pool, each for the file it was opened on. Every request first looks
at the file (its device and inode, size and time of last change): when that is no longer the
file the pool's connections read (it was replaced, rewritten or truncated), they are dropped
and new ones opened on the file now there, so that answers come from one database and never a
mix of two. A file that is gone, or is no saidwhen database any more, is a StoreError (a 503).

The file is in WAL mode: readers never wait for a writer, so `saidwhen ingest` may add
articles while the page is being served. Its checkpoints change the file too, which only
costs the pool a reopening.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from saidwhen.errors import StoreError
from saidwhen.store import connect_readonly, counts
from saidwhen.store.budget import Turn, budget

Identity = tuple[int, int, int, int]


class ReadOnlyStore:
    """The corpus database at `path`, read through a pool of read-only connections."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._identity: Identity | None = None
        self._idle: list[sqlite3.Connection] = []

    def summary(self) -> dict[str, int]:
        """What the store holds; raises StoreError, saying why, if it cannot be read."""
        with self.snapshot() as conn:
            return counts(conn)

    @contextmanager
    def snapshot(self, deadline: float | None = None, over_budget: str = "",
                 turn: Turn | None = None) -> Iterator[sqlite3.Connection]:
        """A connection to the file at `path` now, inside one read transaction, so that the
        several queries of one page see the same state of the corpus even while an ingest
        writes. Past `deadline` (time.monotonic()), what runs is stopped with
        OverBudget(`over_budget`); one that turns out costly waits for `turn` (budget.py)."""
        identity = self._identity_now()
        conn = self._take(identity)
        try:
            with budget(conn, float("inf"), over_budget, deadline=deadline, turn=turn):
                conn.execute("BEGIN")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                # Ends the read. Nothing was written to the corpus; a temporary table the
                # store made for this connection (to mark a search's matches) is kept.
                conn.execute("COMMIT")
        finally:
            self._give_back(conn, identity)

    def _identity_now(self) -> Identity:
        try:
            found = os.stat(self.path)
        except OSError:
            self._drop_all()
            raise StoreError(f"{self.path}: no such database (run `saidwhen ingest --db "
                             f"{self.path} ...` first)") from None
        return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns

    def _take(self, identity: Identity) -> sqlite3.Connection:
        with self._lock:
            if identity != self._identity:
                stale, self._idle, self._identity = self._idle, [], identity
            else:
                stale = []
            conn = self._idle.pop() if self._idle else None
        for old in stale:
            old.close()
        return conn or connect_readonly(self.path)

    def _give_back(self, conn: sqlite3.Connection, identity: Identity) -> None:
        with self._lock:
            if identity == self._identity and not conn.in_transaction:
                self._idle.append(conn)
                return
        conn.close()  # the file changed while it was in use, or a failure left it mid-read

    def _drop_all(self) -> None:
        with self._lock:
            stale, self._idle, self._identity = self._idle, [], None
        for old in stale:
            old.close()
