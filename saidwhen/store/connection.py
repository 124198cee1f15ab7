"""Opening the SQLite file: WAL so that readers never wait for a writer, one writer at a time.

Writes are short transactions taken with BEGIN IMMEDIATE: a second writer waits for the
first up to BUSY_TIMEOUT_S and then gives up with a clear StoreBusy, never a half-written
file. A process killed mid-transaction leaves the file as it was at the last commit.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from saidwhen.errors import StoreBusy, StoreError
from saidwhen.store.migrations import NewerSchema, UnknownSchema, migrate

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
                _check_writable(conn)
    except NewerSchema as error:
        raise StoreError(f"{path}: {error}; upgrade saidwhen to read it") from None
    except UnknownSchema as error:
        raise StoreError(f"{path}: {error}: not a database saidwhen wrote") from None
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot open the database: {why(error, path)}") from None
    return conn


def _check_writable(conn: sqlite3.Connection) -> None:
    """A write that changes nothing: SQLite opens a file it may not write without a word and
    begins a transaction on it, and only the first write fails. Found here, before any
    article is extracted, not after the first one."""
    conn.execute("DELETE FROM skipped WHERE 0")


def why(error: sqlite3.Error, path: str | Path) -> str:
    """SQLite's reason, with what to do where SQLite leaves it unsaid."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_READONLY"):
        return (f"{error}: the file, or the folder that holds it (SQLite writes its log beside "
                "it), cannot be written")
    if name == "SQLITE_FULL":
        return f"{error}: make room on the disk"
    if name.startswith("SQLITE_CANTOPEN") and not os.access(Path(path).parent or ".", os.W_OK):
        return f"{error}: its folder cannot be written (SQLite writes its log beside the database)"
    return str(error)


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
        if conn.in_transaction:  # SQLite ends it itself on some errors (a full disk)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
