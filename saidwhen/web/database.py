"""The store as the web page reads it: read-only, one connection per thread, one snapshot a request.

An sqlite3 connection belongs to the thread that uses it, and Starlette answers requests on a
pool of threads, so each thread opens its own. The file is in WAL mode: readers never wait for a
writer, so `saidwhen ingest` may add articles while the page is being served.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from saidwhen.store import connect, counts


class ReadOnlyStore:
    """The corpus database at `path`, opened read-only, once per thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()

    def summary(self) -> dict[str, int]:
        """What the store holds; raises StoreError, saying why, if it cannot be read."""
        with self.snapshot() as conn:
            return counts(conn)

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """The connection of this thread, inside one read transaction, so that the several
        queries of one page see the same state of the corpus even while an ingest writes."""
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        # Ends the read. Nothing was written to the corpus; a temporary table the store made
        # for this connection (to mark a search's matches) is kept for the next request.
        conn.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self.path, readonly=True)
        return conn
