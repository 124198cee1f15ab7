"""Opening the SQLite file: WAL so that readers never wait for a writer, one writer at a time.

Only the writer (ingest) creates and upgrades a database; readers open it read-only and
refuse anything but a database of the current schema, so a wrong path never changes a file.

Writes are short transactions taken with BEGIN IMMEDIATE: a second writer waits for the
first up to BUSY_TIMEOUT_S and then gives up with a clear StoreBusy, never a half-written
file. A process killed mid-transaction leaves the file as it was at the last commit.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from saidwhen.errors import NotACorpus, StoreBusy, StoreError
from saidwhen.store.migrations import LATEST, NewerSchema, UnknownSchema, migrate

DEFAULT_DB = "saidwhen.db"
_SQLITE = b"SQLite format 3\x00"  # the first bytes of every SQLite database file
BUSY_TIMEOUT_S = 30.0
WRITER_CACHE_KIB = 256 * 1024
# The tables every saidwhen database has had since its first schema, as migration 8 names
# them, and as they were named before it; a file without them is another program's.
CORE_TABLES = frozenset({"articles", "people", "person_keys", "quotations", "occurrences",
                         "quotations_fts"})
_CORE_TABLES_BEFORE_8 = frozenset({"articles", "people", "person_keys", "quotes", "occurrences",
                                   "quotes_fts"})


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the store at `path`, created and migrated; `readonly`: connect_readonly."""
    if readonly:
        return connect_readonly(path)
    path = Path(path)
    try:
        return _open_writer(path)
    except NewerSchema as error:
        raise StoreError(f"{path}: {error}; upgrade saidwhen to read it") from None
    except UnknownSchema as error:
        raise StoreError(f"{path}: {error}: not a database saidwhen wrote") from None
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot open the database: {why(error, path)}") from None


def _open_writer(path: Path) -> sqlite3.Connection:
    """Open, check, switch to WAL and migrate, again while another process doing the same holds
    the file: two processes that each read it and then want to write it are a deadlock SQLite
    answers at once with "database is locked", without waiting out the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        conn = _open(path, readonly=False)
        try:
            _check_ours(conn, path)  # before the switch to WAL, which writes the file
            _configure(conn)
            with transaction(conn, path):
                migrate(conn)
                _check_writable(conn)
            return conn
        except sqlite3.OperationalError as error:
            conn.close()
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
        except BaseException:
            conn.close()
            raise
        time.sleep(0.05)


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A connection that only reads the saidwhen database at `path`: the file is opened
    read-only (no table created, no WAL switch, no version set), so whatever `path` is, it
    is left as it was. Anything but a database of this saidwhen's schema is refused with a
    NotACorpus (or StoreError) saying what it is and what to do; only ingest creates or
    upgrades a database."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such database (run `saidwhen ingest --db {path} ...` first)")
    if not path.is_file():
        raise NotACorpus(f"{path}: not a file, so not a saidwhen database")
    if path.stat().st_size == 0:
        raise NotACorpus(f"{path}: an empty file, not a saidwhen database; "
                         f"`saidwhen ingest --db {path} INPUT...` makes it one")
    _check_header(path)
    try:
        conn = _open(path, readonly=True)
        try:
            _check_schema(conn, path)
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "").startswith("SQLITE_CANTOPEN"):
            raise StoreError(f"{path}: cannot open the database: {why(error, path)}; SQLite "
                             "reads a database in WAL mode through a -shm file beside it, "
                             "which it must be able to make there") from None
        raise StoreError(f"{path}: cannot open the database: not a saidwhen database "
                         f"({error})") from None
    return conn


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse to make saidwhen's tables in another program's SQLite file (a mistyped --db):
    a new database is empty, and one saidwhen made has saidwhen's tables."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                             "'table' AND name NOT LIKE 'sqlite_%'")}
    if version == 0 and tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise NotACorpus(f"{path}: not a saidwhen database but another program's (an SQLite "
                         f"file with tables of its own: {shown}); it is left as it is")
    core = CORE_TABLES if version >= 8 else _CORE_TABLES_BEFORE_8
    if 1 <= version <= LATEST and not core <= tables:
        raise NotACorpus(f"{path}: not a saidwhen database (schema version {version}; "
                         f"saidwhen's tables it lacks: {', '.join(sorted(core - tables))}); "
                         "it is left as it is")


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
    if name.startswith("SQLITE_CANTOPEN") and not Path(path).parent.is_dir():
        return f"{error}: there is no folder {Path(path).parent} (make it first)"
    if name.startswith("SQLITE_CANTOPEN") and not os.access(Path(path).parent or ".", os.W_OK):
        return f"{error}: its folder cannot be written (SQLite writes its log beside the database)"
    return str(error)


def _open(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        if _unchangeable(path):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False,
                               isolation_level=None)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _unchangeable(path: Path) -> bool:
    """Whether the database is on a read-only file system (a mount, a disc) and whole in its
    file, its write-ahead log empty or gone. SQLite would read it in WAL mode through a -shm
    file it cannot make there, and fail; no one can write it, so it is read as immutable,
    without that file. A folder that only this user may not write is not: another user may
    write there while it is read."""
    try:
        read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
        wal = Path(f"{path}-wal")
        return read_only and (not wal.exists() or wal.stat().st_size == 0)
    except (OSError, AttributeError):  # no statvfs: not on a POSIX system
        return False


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # In WAL mode NORMAL loses no committed transaction when a process dies; only a
    # power cut can cost the last ones, and the file stays consistent even then.
    conn.execute("PRAGMA synchronous = NORMAL")
    # The writer's page cache, 256 MiB where SQLite's default is 2: at a million quotations
    # the indexes a write descends (words, runs, full text, kept counts) outgrow 2 MiB, and
    # every article read their pages again. The cache only grows as far as it is used.
    conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")


def _check_header(path: Path) -> None:
    """Refuse what the file's first bytes already tell is no saidwhen database, before SQLite
    opens it: opening a WAL database read-only makes its -shm and -wal files."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        raise StoreError(f"{path}: cannot read the database: {error.strerror}") from None
    if not header.startswith(_SQLITE) or len(header) < 100:
        raise NotACorpus(f"{path}: cannot open the database: it is not an SQLite file, so not a "
                         "saidwhen database")
    version = int.from_bytes(header[60:64], "big", signed=True)
    # In WAL mode the newest version may be in the -wal file (a database being created).
    settled = header[18] != 2 or not Path(f"{path}-wal").exists()
    if version < 1 and settled:
        raise NotACorpus(f"{path}: not a saidwhen database (an SQLite file of schema version "
                         f"{version}, without saidwhen's tables); it is left as it is")


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse, saying why, a database that is not one of this saidwhen's schema."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if version > LATEST:
        raise StoreError(f"{path}: schema version {version}, this saidwhen knows up to {LATEST}; "
                         "upgrade saidwhen to read it")
    core = CORE_TABLES if version >= 8 else _CORE_TABLES_BEFORE_8
    if version < 1 or not core <= tables:
        missing = ", ".join(sorted(core - tables)) or "none"
        raise NotACorpus(f"{path}: not a saidwhen database (schema version {version}; "
                         f"saidwhen's tables it lacks: {missing}); it is left as it is")
    if version < LATEST:
        raise NotACorpus(f"{path}: made by an older saidwhen (schema version {version}, this "
                         f"one reads {LATEST}); `saidwhen ingest --db {path} INPUT...` upgrades "
                         "it (articles already stored are passed over)")


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
