"""Readers never write: `search`, `timeline`, `people`, `export` and `serve` given a file that is
not a saidwhen database (an empty file, another program's SQLite file, a file that is no
SQLite at all, a database of an older schema) say what it is and leave it byte for byte as it
was; only `ingest` creates or upgrades a database."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from conftest import ROOT
from saidwhen.errors import StoreError
from saidwhen.store import connect, connect_readonly
from saidwhen.store.migrations import MIGRATIONS
from saidwhen.web import create_app
from test_web_errors import assert_error_shape


def saidwhen(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def another_programs(path: Path, wal: bool = False) -> Path:
    with sqlite3.connect(path) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('buy milk')")
    conn.close()
    return path


def older_saidwhen(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def not_sqlite(path: Path) -> Path:
    path.write_bytes(b"name,said\nAnn,hello\n" * 200)
    return path


# Each kind of file, made in a folder, with what a reader must say of it.
FILES = {
    "another program's SQLite file": (another_programs, "not a saidwhen database"),
    "another program's SQLite file in WAL mode": (lambda p: another_programs(p, wal=True),
                                                  "not a saidwhen database"),
    "an empty file": (empty, "an empty file, not a saidwhen database"),
    "a file that is no SQLite": (not_sqlite, "not a saidwhen database"),
    "a database of an older saidwhen": (older_saidwhen, "saidwhen ingest --db"),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=list(FILES))
def foreign(request, tmp_path) -> tuple[Path, str]:
    make, message = FILES[request.param]
    return make(tmp_path / "corpus.db"), message


@pytest.mark.parametrize("command", [["search", "milk"], ["timeline", "Ann"], ["people"],
                                     ["export"], ["serve", "--port", "0"]])
def test_a_reader_refuses_what_is_no_saidwhen_database_and_leaves_it_as_it_was(foreign, command):
    path, message = foreign
    before, beside = digest(path), sorted(path.parent.iterdir())
    done = saidwhen(*command, "--db", str(path))
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert digest(path) == before
    assert sorted(path.parent.iterdir()) == beside  # no -wal or -shm file made beside it


def test_an_older_database_is_upgraded_by_ingest_only(tmp_path):
    path = older_saidwhen(tmp_path / "corpus.db")
    done = saidwhen("search", "bridge", "--db", str(path))
    assert "older saidwhen (schema version 1" in done.stderr and "upgrades it" in done.stderr
    connect(path).close()  # as `saidwhen ingest` opens it
    assert saidwhen("search", "bridge", "--db", str(path)).returncode == 0


@pytest.mark.parametrize("make, message", [
    (another_programs, "not a saidwhen database but another program's (an SQLite file with "
                       "tables of its own: notes); it is left as it is"),
    (lambda p: another_programs(p, wal=True), "another program's"),
    (lambda p: _versioned(another_programs(p), 5), "not a saidwhen database (schema version 5; "
                                                   "saidwhen's tables it lacks: articles,")])
def test_ingest_makes_no_tables_in_another_programs_sqlite_file(make, message, tmp_path):
    path = make(tmp_path / "notes.db")
    beside, before = sorted(tmp_path.iterdir()), digest(path)
    done = saidwhen("ingest", "--db", str(path), "--jobs", "1",
                    str(ROOT / "examples" / "harbour-bridge.txt"))
    assert done.returncode == 1 and message in done.stderr
    assert digest(path) == before and sorted(tmp_path.iterdir()) == beside


def _versioned(path: Path, version: int) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    return path


def test_the_web_answers_503_for_what_is_no_saidwhen_database_and_leaves_it(foreign):
    path, expected = foreign
    before = digest(path)
    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        for page in ("/.json", "/search.json?q=milk", "/people.json"):
            assert expected in assert_error_shape(client.get(page), 503)
    assert digest(path) == before


def test_a_reader_of_a_database_being_written_sees_what_was_committed(corpus_db, tmp_path):
    """WAL: a read-only reader reads beside the writer, through the -wal and -shm files."""
    path = tmp_path / "busy.db"
    shutil.copy(corpus_db, path)
    writer = connect(path)
    reader = connect_readonly(path)
    before = reader.execute("SELECT count(*) FROM quotations").fetchone()[0]
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO quotations (kind, text, words, articles) VALUES "
                   "('direct', 'zebra crossings at dawn', 'zebra crossings at dawn', 0)")
    assert reader.execute("SELECT count(*) FROM quotations").fetchone()[0] == before
    writer.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM quotations").fetchone()[0] == before + 1
    assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.fixture
def read_only_mount(tmp_path):
    """A folder that is a read-only file system, as a disc or a read-only share is: a bind
    mount, which only root may make; elsewhere the test is skipped."""
    source, mounted = tmp_path / "source", tmp_path / "mounted"
    source.mkdir()
    mounted.mkdir()
    made = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("a read-only mount needs root: " + made.stderr.decode(errors="replace"))
    try:
        remounted = subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)],
                                   capture_output=True)
        if remounted.returncode != 0:
            pytest.skip("cannot remount read-only: " + remounted.stderr.decode(errors="replace"))
        yield source, mounted
    finally:
        subprocess.run(["umount", "--lazy", str(mounted)], check=True)  # the app keeps its pool


def test_a_database_on_a_read_only_file_system_is_searched_and_served(corpus_db,
                                                                      read_only_mount):
    source, mounted = read_only_mount
    shutil.copy(corpus_db, source / "corpus.db")
    db = str(mounted / "corpus.db")
    found = saidwhen("search", "bridge", "--json", "--db", db)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] >= 1
    assert saidwhen("stats", "--db", db).returncode == 0
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        assert client.get("/search.json?q=bridge").json()["total"] >= 1
    assert sorted(p.name for p in source.iterdir()) == ["corpus.db"]


def test_where_the_log_cannot_be_made_the_error_says_so_not_that_it_is_no_database(
        corpus_db, read_only_mount, monkeypatch):
    from saidwhen.store import connection

    # as for a folder this user may not write, where another user may
    monkeypatch.setattr(connection, "_unchangeable", lambda path: False)
    source, mounted = read_only_mount
    shutil.copy(corpus_db, source / "corpus.db")
    with pytest.raises(StoreError) as refused:
        connect_readonly(mounted / "corpus.db")
    message = str(refused.value)
    assert message.startswith(f"{mounted / 'corpus.db'}: cannot open the database: ")
    assert "not a saidwhen database" not in message
    assert message.endswith("SQLite reads a database in WAL mode through a -shm file beside "
                            "it, which it must be able to make there")


@pytest.mark.parametrize("option, value, reason", [
    ("--since", "2004-13", "not a date in the calendar"),
    ("--until", "2004-02-31", "day is out of range"),
    ("--since", "\u0662\u0660\u0660\u0664", "digits 0-9"),
    ("--until", "\uff12\uff10\uff10\uff14", "digits 0-9"),
])
def test_an_impossible_date_is_a_usage_error_saying_why(corpus_db, option, value, reason):
    done = saidwhen("search", "bridge", option, value, "--db", str(corpus_db))
    assert done.returncode == 2 and option in done.stderr and reason in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, named", [
    (["search", "--speaker", b"Ann \xe9"], "'--speaker'"),
    (["search", b"bridge \xff"], "'[QUERY]'"),
    (["export", "--source", b"Wire\xe9"], "'--source'"),
    (["stats", "--channel", b"\xe9"], "'--channel'"),
    (["timeline", b"Ann \xe9"], "'PERSON'"),
    (["timeline", "Ann", "-q", b"\xff"], "'--query'"),
])
def test_words_typed_in_another_encoding_than_utf8_are_a_usage_error(corpus_db, args, named):
    # a terminal set to Latin-1: Python holds the bytes as lone surrogates, which SQLite refuses
    done = saidwhen(*map(os.fsdecode, args), "--db", str(corpus_db))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert named in done.stderr and "a byte that is not UTF-8 text" in done.stderr


def test_a_search_over_the_cost_caps_is_a_usage_error(corpus_db):
    done = saidwhen("search", "NEAR(" + " ".join(["t*"] * 160) + ")", "--db", str(corpus_db))
    assert done.returncode == 2 and "160 prefix terms" in done.stderr


def test_a_database_an_ingest_is_making_is_read_through_its_wal(tmp_path):
    """Its first bytes still say schema version 0 (the schema is in the -wal file until a
    checkpoint), and that must not make it another program's file."""
    path = tmp_path / "new.db"
    writer = connect(path)  # as `saidwhen ingest` opens it, and keeps it open
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 0
    reader = connect_readonly(path)
    assert reader.execute("SELECT count(*) FROM quotations").fetchone()[0] == 0
    reader.close()
    writer.close()
