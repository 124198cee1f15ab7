"""Opening the SQLite file: WAL so that readers never wait for a writer, one writer at a time.

Writes are short transactions taken with BEGIN IMMEDIATE: a second writer waits for the
first up to BUSY_TIMEOUT_S and then gives up with a clear StoreBusy, never a half-written
file. A process killed mid-transaction leaves the file as it was at the last commit.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from saidwhen.errors import StoreBusy, StoreError
from saidwhen.store.migrations import NewerSchema, migrate

DEFAULT_DB = "saidwhen.db"
BUSY_TIMEOUT_S = 30.0


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the store at `path`, created and migrated unless `readonly`."""
    path = Path(path)
    if readonly and not path.is_file():
        raise StoreError(f"{path}: no such database (run `saidwhen ingest --db {path} ...` first)")
    try:
        conn = _open(path, readonly)
        _configure(conn, readonly)
        if readonly and _older(conn):
            conn.close()
            connect(path).close()  # bring the schema up to date, then read as asked
            return connect(path, readonly=True)
        if readonly:
            _check_version(conn, path)
        else:
            with transaction(conn, path):
                migrate(conn)
    except NewerSchema as error:
        raise StoreError(f"{path}: {error}; upgrade saidwhen to read it") from None
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot open the database: {error}") from None
    return conn


def _open(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False,
                               isolation_level=None)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses no committed transaction when a process dies; only a
        # power cut can cost the last ones, and the file stays consistent even then.
        conn.execute("PRAGMA synchronous = NORMAL")


def _older(conn: sqlite3.Connection) -> bool:
    from saidwhen.store.migrations import LATEST

    return conn.execute("PRAGMA user_version").fetchone()[0] < LATEST


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    from saidwhen.store.migrations import LATEST

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise NewerSchema(f"schema version {version}, this saidwhen knows up to {LATEST}")



@contextmanager
def transaction(conn: sqlite3.Connection, path: str | Path = "") -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is committed, or none of it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StoreBusy(f"{path or 'the database'} is busy: another process has been "
                            f"writing to it for over {BUSY_TIMEOUT_S:.0f} s; try again when it "
                            "has finished") from None
        raise
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
