"""Ingesting as a user meets it: whole runs over real files, reruns, worker processes, a kill
in the middle and two ingests at once. The result is compared table by table."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import INVENTED_EXAMPLES as EXAMPLES
from conftest import ROOT, shared_or_skip
from kept_counts import kept, recounted
from saidwhen.errors import StoreError
from saidwhen.ingest import IngestReport, ingest
from saidwhen.store import connect, counts


def saidwhen(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], capture_output=True,
                          text=True, timeout=900, **kwargs)


def dump(db: Path) -> dict[str, list]:
    """Every row of every table, without the times rows were written at."""
    conn = sqlite3.connect(db)
    queries = {
        "articles": "SELECT article_id, date, title, url, source, origin, text_sha1 FROM articles",
        "people": "SELECT id, name FROM people", "person_keys": "SELECT * FROM person_keys",
        "quotes": "SELECT * FROM quotations", "occurrences": "SELECT * FROM occurrences",
        "skipped": "SELECT origin, reason FROM skipped"}
    return {table: sorted(conn.execute(sql).fetchall(), key=repr) for table, sql in queries.items()}


def sample(path: Path, n: int) -> Path:
    """The first n articles of the shared BBC corpus, as JSON Lines."""
    corpus = shared_or_skip("data/corpus/bbc-2004-2005.jsonl") / "data/corpus/bbc-2004-2005.jsonl"
    with corpus.open(encoding="utf-8") as src:
        path.write_text("".join(line for _, line in zip(range(n), src)), encoding="utf-8")
    return path


# --- library -------------------------------------------------------------------------------

def test_ingest_reports_what_became_of_each_article_and_a_rerun_adds_nothing(tmp_path):
    db = tmp_path / "c.db"
    first = ingest(connect(db), [*EXAMPLES])
    before = dump(db)
    again = ingest(connect(db), [*EXAMPLES])
    assert (first.read, first.added, first.unchanged) == (3, 3, 0) and first.quotes > 10
    assert (again.read, again.added, again.unchanged, again.quotes) == (3, 0, 3, 0)
    assert dump(db) == before


def test_an_article_whose_text_changed_replaces_its_quotes(tmp_path):
    db = tmp_path / "c.db"
    article = tmp_path / "bridge.txt"
    article.write_text("date 2024-03-08 “It opens in May,” said Ann Moreau.", encoding="utf-8")
    ingest(connect(db), [str(article)])
    article.write_text("date 2024-03-08 “It opens in June,” said Ann Moreau.", encoding="utf-8")
    report = ingest(connect(db), [str(article)])
    assert report.replaced == 1
    assert [r[0] for r in sqlite3.connect(db).execute("SELECT text FROM quotations")] == ["“It opens in June,”"]


def test_what_cannot_be_read_is_skipped_with_its_reason_and_kept(tmp_path):
    db = tmp_path / "c.db"
    news = tmp_path / "news.jsonl"
    news.write_text('{"id": "ok", "text": "“Fine,” said Ann Moreau."}\n{"id": "broken"\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    report = ingest(connect(db), [str(news), str(tmp_path / "empty.txt")])
    assert report.added == 1
    assert sorted(report.reasons()) == ["empty file", "not JSON: Expecting ',' delimiter at column 16"]
    assert counts(connect(db))["skipped"] == 2


def test_files_named_in_bytes_that_are_not_utf8_are_stored_and_skipped_by_their_names(tmp_path):
    folder = os.fsencode(tmp_path / "latin")
    os.mkdir(folder)
    for name, content in ((b"caf\xe9.txt", "“Open,” said Ann Moreau.".encode()),
                          (b"junk\xe8.dat", b"\x00\x01")):
        with open(os.path.join(folder, name), "wb") as stream:
            stream.write(content)
    db = tmp_path / "c.db"
    report = ingest(connect(db), [os.fsdecode(folder)])
    assert report.added == 1 and list(report.reasons()) == ["binary or undecodable file: it holds NUL bytes"]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT article_id FROM articles").fetchall() == [("caf\\xe9",)]
    assert conn.execute("SELECT origin FROM skipped").fetchone()[0].endswith("latin/junk\\xe8.dat")


def test_two_different_articles_under_one_id_in_one_run_are_not_stored_over_each_other(tmp_path):
    for folder, words in (("a", "It opens in May"), ("b", "It stays shut")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "bridge.txt").write_text(f"“{words},” said Ann Moreau.", encoding="utf-8")
    db = tmp_path / "c.db"
    report = ingest(connect(db), [str(tmp_path / "a"), str(tmp_path / "b")])
    [skipped] = report.skipped
    assert report.added == 1 and skipped.origin.endswith("b/bridge.txt")
    assert "has the id 'bridge'" in skipped.reason and "distinct ids" in skipped.reason
    assert ingest(connect(db), [str(tmp_path / "a"), str(tmp_path / "b")]).unchanged == 1


def test_the_ids_of_a_run_are_forgotten_by_the_next_run_on_the_same_connection(tmp_path):
    for folder, words in (("a", "It opens in May"), ("b", "It stays shut")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "bridge.txt").write_text(f"“{words},” said Ann Moreau.",
                                                      encoding="utf-8")
    conn = connect(tmp_path / "c.db")
    assert ingest(conn, [str(tmp_path / "a")]).added == 1
    later = ingest(conn, [str(tmp_path / "b")])  # a new text under the id: a replacement
    assert (later.replaced, later.skipped) == (1, [])
    again = ingest(conn, [str(tmp_path / "a"), str(tmp_path / "b")])
    assert again.replaced == 1 and len(again.skipped) == 1


def test_two_workers_store_exactly_what_one_does(tmp_path):
    data = sample(tmp_path / "bbc.jsonl", 40)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest(connect(one), [str(data), *EXAMPLES], jobs=1)
    ingest(connect(two), [str(data), *EXAMPLES], jobs=2)
    assert dump(one) == dump(two)


def test_a_syndicated_copy_of_the_seed_keeps_its_14_quotes_with_two_occurrences_each(tmp_path):
    seed = shared_or_skip("data/seed/input.jsonl") / "data/seed/input.jsonl"
    record = json.loads(seed.read_text(encoding="utf-8"))
    copy = tmp_path / "copy.jsonl"
    copy.write_text(json.dumps({**record, "id": "seed-syndicated"}) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    ingest(connect(db), [str(seed), str(copy)])
    rows = sqlite3.connect(db).execute("SELECT articles FROM quotations").fetchall()
    assert len(rows) == 14 and {r[0] for r in rows} == {2}


def test_long_articles_go_to_the_workers_in_smaller_chunks():
    """The chunks in flight hold a bounded amount of text: 16 articles, or 1,000,000 characters."""
    from saidwhen.records import Article, Skipped
    from saidwhen.workers import CHUNK, CHUNK_CHARS, _chunks

    long = [Article(id=f"l{k}", text="x" * (CHUNK_CHARS // 2)) for k in range(5)]
    short = [Article(id=f"s{k}", text="x") for k in range(CHUNK + 1)]
    items = [*long, Skipped("bad.jsonl:1", "not JSON"), *short]
    assert [len(c) for c in _chunks(items)] == [2, 2, CHUNK, 3]  # l4, the skip, 14 short; 3 short
    assert [i for chunk in _chunks(items) for i in chunk] == items


# --- a database that cannot be written, or not read as ours --------------------------------

def read_only(monkeypatch) -> None:
    """Every connection opened as SQLite opens a file it may not write (chmod as root would not do)."""
    real = sqlite3.connect
    monkeypatch.setattr("saidwhen.store.connection.sqlite3.connect",
                        lambda path, **kw: real(f"file:{path}?mode=ro", uri=True, **kw))


def test_a_read_only_database_is_refused_when_opened_before_anything_is_extracted(tmp_path, monkeypatch):
    """The first write failed after the whole input had been extracted, with a traceback."""
    db = tmp_path / "c.db"
    connect(db).close()
    read_only(monkeypatch)
    with pytest.raises(StoreError) as refused:
        connect(db)
    assert str(refused.value) == (
        f"{db}: cannot open the database: attempt to write a readonly database: the file, or "
        "the folder that holds it (SQLite writes its log beside it), cannot be written")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anything")
def test_ingest_into_a_read_only_file_or_folder_is_one_line_before_extracting(tmp_path):
    for folder in ("file", "folder"):
        db = tmp_path / folder / "c.db"
        db.parent.mkdir()
        connect(db).close()
        (db if folder == "file" else db.parent).chmod(0o444 if folder == "file" else 0o555)
        run = saidwhen("ingest", "--db", str(db), *EXAMPLES)
        assert run.returncode == 1 and "Traceback" not in run.stderr
        assert run.stderr.startswith(f"Error: {db}: cannot") and len(run.stderr.splitlines()) == 1


def test_an_ingest_leaves_its_write_ahead_log_empty_so_the_file_alone_is_the_database(tmp_path):
    db = tmp_path / "c.db"
    conn = connect(db)
    report = ingest(conn, [str(many_articles(tmp_path / "some.jsonl", 20))])
    assert report.added == 20
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())  # the main file alone, as `cp` without its -wal gives
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM articles").fetchone()[0] == 20


def test_a_full_disk_stops_the_ingest_saying_what_was_kept(tmp_path):
    db = tmp_path / "c.db"
    conn = connect(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 12}")  # SQLite's own SQLITE_FULL, as a disk gives
    report = IngestReport()
    with pytest.raises(StoreError) as full:
        ingest(conn, [str(many_articles(tmp_path / "many.jsonl", 200))], report=report)
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored == report.added < 200
    assert str(full.value) == (
        f"{db}: cannot write: database or disk is full: make room on the disk. It keeps every "
        f"article stored before: {stored} from this run's input ({stored} added, 0 replaced, "
        "0 unchanged). Run the same command again to go on where it stopped.")
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("header", [(-3).to_bytes(4, "big", signed=True), b"\xff\xff\xff\xff"])
def test_a_negative_schema_version_is_a_clear_error_not_a_migration(tmp_path, header):
    db = tmp_path / "c.db"
    connect(db).close()
    data = bytearray(db.read_bytes())
    data[60:64] = header  # where SQLite keeps `PRAGMA user_version`
    db.write_bytes(bytes(data))
    version = int.from_bytes(header, "big", signed=True)
    with pytest.raises(StoreError, match=rf"schema version {version}: not a database saidwhen wrote"):
        connect(db)
    run = saidwhen("ingest", "--db", str(db), *EXAMPLES)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr == f"Error: {db}: schema version {version}: not a database saidwhen wrote\n"


# --- the command, as a user runs it --------------------------------------------------------

@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    seed = shared_or_skip("data/seed/input.jsonl") / "data/seed/input.jsonl"
    db = tmp_path_factory.mktemp("cli") / "corpus.db"
    result = saidwhen("ingest", "--db", str(db), str(seed), *EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert "4 articles read: 4 added, 0 unchanged" in result.stderr
    return db


def test_the_seed_timeline_runs_from_the_september_post_to_the_medium_essay_to_february(seeded):
    result = saidwhen("timeline", "Chrissy Teigen", "--json", "--db", str(seeded))
    quotes = json.loads(result.stdout)["quotes"]
    assert len(quotes) == 14
    assert all({"said_on", "channel", "text", "occurrences"} <= set(q) for q in quotes)
    channels = [q["channel"] for q in quotes]
    first_medium, last_medium = channels.index("Medium"), len(channels) - channels[::-1].index("Medium")
    assert set(channels[:first_medium]) == {"Instagram"} and quotes[0]["said_on"].startswith("2020-09")
    assert set(channels[first_medium:last_medium]) == {"Medium"}
    assert set(channels[last_medium:]) == {"Instagram"} and quotes[-1]["said_on"].startswith("2021-02")


def test_search_on_the_command_line_with_json(seeded):
    result = saidwhen("search", "bridge", "--speaker", "Moreau", "--json", "--db", str(seeded))
    page = json.loads(result.stdout)
    assert page["total"] >= 1
    assert all(hit["speaker"]["name"] == "Alice Moreau" for hit in page["results"])


@pytest.mark.parametrize("args, status, message", [
    (["search", "open OR"], 2, "syntax error"),
    (["search", "x", "--speaker", "Nobody Anyone"], 2, "no person called 'Nobody Anyone'"),
    (["search", "x", "--since", "yesterday"], 2, "YYYY-MM-DD"),
    (["search", "--gender", "femal"], 2, "gender must be one of female, male, unknown, "
                                         "disputed, not 'femal'"),
    (["stats", "--kind", "organization"], 2, "kind must be one of person, organisation"),
    (["timeline", "Nobody Anyone"], 1, "no person called 'Nobody Anyone'"),
])
def test_bad_questions_get_a_message_and_a_status_not_a_traceback(seeded, args, status, message):
    result = saidwhen(*args, "--db", str(seeded))
    assert result.returncode == status and message in result.stderr
    assert "Traceback" not in result.stderr


def test_people_and_the_csv_export(seeded):
    people = json.loads(saidwhen("people", "--json", "--db", str(seeded)).stdout)["people"]
    assert people[0]["name"] == "Chrissy Teigen" and people[0]["quotes"] == 14
    rows = list(csv.DictReader(io.StringIO(saidwhen("export", "--format", "csv", "--db", str(seeded)).stdout)))
    total = sum(p["quotes"] for p in people) + sum(1 for r in rows if not r["speaker_name"])
    assert len(rows) == total and {"text", "first_article_id", "said_on", "channel"} <= set(rows[0])


def test_no_csv_cell_from_the_input_is_a_spreadsheet_formula(tmp_path):
    from starlette.testclient import TestClient

    from saidwhen.web import create_app

    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "h1", "date": "2024-03-08", "title": '=HYPERLINK("http://x.example","open")',
        "source": "@SUM(A1:A9)", "text": "“The pier reopens in May,” Mayor Ana Ruiz said on "
                                         "Thursday."}) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert saidwhen("ingest", "--jobs", "1", "--db", str(db), str(hostile)).returncode == 0
    [row] = list(csv.DictReader(io.StringIO(
        saidwhen("export", "--format", "csv", "--db", str(db)).stdout)))
    assert row["first_article_title"] == '\'=HYPERLINK("http://x.example","open")'
    assert row["first_article_source"] == "'@SUM(A1:A9)"
    with TestClient(create_app(db)) as client:
        [shown] = list(csv.DictReader(io.StringIO(client.get("/search.csv").text)))
        sources = list(csv.reader(io.StringIO(client.get("/stats.csv?table=source").text)))
    assert shown == row
    assert sources[1][0] == "'@SUM(A1:A9)"
    assert saidwhen("stats", "--format", "csv", "--table", "source",
                    "--db", str(db)).stdout.splitlines()[1].startswith("'@SUM(A1:A9)")


def test_a_killed_ingest_loses_nothing_committed_and_a_rerun_finishes_the_job(tmp_path):
    data = sample(tmp_path / "bbc.jsonl", 120)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    assert saidwhen("ingest", "--jobs", "1", "--db", str(whole), str(data)).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "ingest", "--jobs", "2",
                             "--db", str(killed), str(data)], stderr=subprocess.DEVNULL,
                            start_new_session=True)
    _wait_for_articles(killed, 10, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, mid-run
    proc.wait()
    stored = sqlite3.connect(killed).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 10 <= stored < 120
    rerun = saidwhen("ingest", "--jobs", "1", "--db", str(killed), str(data))
    assert rerun.returncode == 0 and f"{stored} unchanged" in rerun.stderr
    assert dump(killed) == dump(whole)
    assert sqlite3.connect(killed).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert kept(sqlite3.connect(killed)) == recounted(sqlite3.connect(killed))


def _wait_for_articles(db: Path, n: int, proc: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] >= n:
                return
        except sqlite3.OperationalError:
            pass  # not created yet
        time.sleep(0.05)
    pytest.fail(f"the ingest stored fewer than {n} articles before it ended or timed out")


def test_a_lock_sqlite_reports_at_once_is_waited_out_not_an_error(tmp_path, monkeypatch):
    # Two ingests that both read a new file and then want to write it are a deadlock SQLite
    # answers with "database is locked" at once, whatever the busy timeout: open again.
    from saidwhen.store import connection
    check, calls = connection._check_ours, []

    def locked_once(conn, path):
        calls.append(path)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        check(conn, path)

    monkeypatch.setattr(connection, "_check_ours", locked_once)
    conn = connect(tmp_path / "c.db")
    assert len(calls) == 2 and conn.execute("PRAGMA user_version").fetchone()[0] > 0
    conn.close()


def test_two_ingests_at_once_both_finish_and_store_each_article_once(tmp_path):
    data = sample(tmp_path / "bbc.jsonl", 30)
    db = tmp_path / "c.db"
    procs = [subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "ingest", "--jobs", "1",
                               "--db", str(db), str(data), *EXAMPLES],
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    for status, stderr in outcomes:
        assert status == 0 or "is busy" in stderr, stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (33, 33)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- stopping: no process outlives an ingest, and a stop says what was kept --------------------

def many_articles(path: Path, n: int = 600) -> Path:
    """n small articles of the team's own writing, each under an id of its own."""
    body = (ROOT / "examples" / "harbour-bridge.txt").read_text(encoding="utf-8").split(" ", 2)[2]
    path.write_text("".join(json.dumps({"id": f"a{k}", "date": "2024-03-08", "text": body}) + "\n"
                            for k in range(n)), encoding="utf-8")
    return path


def processes_in_group(group: int) -> list[str]:
    """The living processes (not zombies) of a process group, as 'PID command'."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError):
            continue  # not a process, or gone meanwhile
        state, _, pgid = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgid) == group and state != "Z":
            found.append(f"{entry} {command[:100]}")
    return found


def started_ingest(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """An ingest with two workers, in a process group of its own, once it has stored a few articles."""
    db = tmp_path / "c.db"
    proc = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "ingest", "--jobs", "2",
                             "--db", str(db), str(many_articles(tmp_path / "many.jsonl"))],
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for_articles(db, 5, proc)
    assert len(processes_in_group(proc.pid)) >= 3  # the ingest and its two workers at least
    return proc, db


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc here")


@needs_proc
def test_an_ingest_killed_with_kill_9_leaves_no_worker_behind(tmp_path):
    proc, _ = started_ingest(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)  # the ingest alone: its workers must notice by themselves
    proc.wait()
    time.sleep(5)
    assert processes_in_group(proc.pid) == []


def workers_of(parent: int) -> list[int]:
    """The worker processes `parent` started (the pool's, not its resource tracker)."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            command = Path(f"/proc/{entry}/cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == parent and state != "Z" and b"spawn_main" in command:
            found.append(int(entry))
    return found


@needs_proc
def test_a_worker_killed_mid_run_costs_no_article_and_leaves_no_process(tmp_path):
    proc, db = started_ingest(tmp_path)
    os.kill(workers_of(proc.pid)[0], signal.SIGKILL)  # as the kernel's out-of-memory killer does
    status, stderr = proc.wait(timeout=600), proc.stderr.read()
    time.sleep(5)
    assert processes_in_group(proc.pid) == []
    assert status == 0, stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 600
    assert conn.execute("SELECT count(*) FROM skipped").fetchone()[0] == 0


@needs_proc
def test_sigterm_stops_an_ingest_cleanly_and_says_what_was_kept(tmp_path):
    proc, db = started_ingest(tmp_path)
    os.kill(proc.pid, signal.SIGTERM)
    status, stderr = proc.wait(timeout=60), proc.stderr.read()
    time.sleep(5)
    assert processes_in_group(proc.pid) == []
    assert status == 128 + signal.SIGTERM, stderr
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stderr.startswith("saidwhen: stopped by SIGTERM;") and "Traceback" not in stderr
    assert f"keeps every article stored before it: {stored} from this run's input" in stderr
    assert "Run the same command again to go on where it stopped." in stderr
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_stopped_ingest_folds_its_log_so_the_file_alone_holds_what_it_kept(tmp_path):
    proc, db = started_ingest(tmp_path)
    os.kill(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=60) == 128 + signal.SIGINT
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())  # the main file alone, as `cp` without its -wal gives
    alone = sqlite3.connect(copy).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert alone == sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]


@needs_proc
def test_a_worker_whose_parent_dies_ends_by_itself_where_the_kernel_would_not_end_it(tmp_path):
    """The portable watch, without Linux's parent-death signal: a worker left with another
    parent exits."""
    parent = subprocess.Popen([sys.executable, "-c", (
        "import os, subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import os, sys; "
        "from saidwhen.workers import _watch; _watch(int(sys.argv[1]))', str(os.getpid())])\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(120)\n")], stdout=subprocess.PIPE, text=True, start_new_session=True)
    child = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.1)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
