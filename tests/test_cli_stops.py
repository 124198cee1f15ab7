"""Every command stops on Ctrl+C (or SIGTERM) as extract and ingest do: one line saying so,
the signal's exit status (128 plus its number), no traceback, and no half-written file."""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from saidwhen import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("stops") / "corpus.db"
    subprocess.run([sys.executable, "-m", "saidwhen.cli", "ingest", "--db", str(db), "--jobs", "1",
                    str(ROOT / "examples" / "newsroom.jsonl"),
                    str(ROOT / "examples" / "harbour-bridge.txt")],
                   check=True, capture_output=True, timeout=300)
    return db


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_export_stopped_while_writing_says_so_in_one_line_with_the_signals_status(small_db, sig):
    # The export's 26 KB go to a pipe of one page that is not read after its first byte: the
    # export is certainly still writing when the signal comes.
    reading, writing = os.pipe()
    fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, 4096)
    proc = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "export", "--occurrences",
                             "--db", str(small_db)], stdout=writing, stderr=subprocess.PIPE,
                            start_new_session=True)
    os.close(writing)
    with os.fdopen(reading, "rb") as out:
        assert out.read(1) == b"{"
        time.sleep(0.5)  # the pipe and the process's own buffer fill; the export waits on them
        os.kill(proc.pid, sig)
        out.read()
    status, stderr = proc.wait(timeout=60), proc.stderr.read().decode()
    name = "Ctrl+C" if sig == signal.SIGINT else "SIGTERM"
    assert (status, stderr) == (128 + sig, f"saidwhen: stopped by {name}\n")


def test_every_command_but_serve_stops_as_extract_and_ingest_do():
    # serve ends on Ctrl+C as a server does, with status 0 (tests/test_web_serve.py)
    stoppable = {name for name, command in cli.main.commands.items()
                 if isinstance(command, cli._Stoppable)}
    assert stoppable == set(cli.main.commands) - {"serve"}


def test_an_export_to_a_file_stopped_midway_leaves_no_file_under_its_name(tmp_path):
    target = tmp_path / "quotes.jsonl"
    with pytest.raises(KeyboardInterrupt):
        with cli._whole(str(target)) as stream:
            stream.write('{"id": 1}\n')
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_an_export_that_fails_leaves_the_file_it_would_replace_as_it_was(tmp_path):
    target = tmp_path / "quotes.jsonl"
    target.write_text("yesterday's export\n", encoding="utf-8")
    with pytest.raises(OSError):
        with cli._whole(str(target)) as stream:
            stream.write('{"id": 1}\n')
            raise OSError(28, "No space left on device")
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.jsonl"]
    assert target.read_text(encoding="utf-8") == "yesterday's export\n"


def test_a_whole_export_gets_its_name_and_the_mode_a_file_opened_there_would_have(small_db,
                                                                                   tmp_path):
    target = tmp_path / "quotes.csv"
    done = subprocess.run([sys.executable, "-m", "saidwhen.cli", "export", "--format", "csv",
                           "--db", str(small_db), "--output", str(target)],
                          capture_output=True, text=True, timeout=120)
    umask = os.umask(0)
    os.umask(umask)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.csv"]
    assert target.read_text(encoding="utf-8").startswith("id,")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_export_into_a_missing_folder_is_one_message(small_db, tmp_path):
    done = subprocess.run([sys.executable, "-m", "saidwhen.cli", "export", "--db", str(small_db),
                           "--output", str(tmp_path / "none" / "quotes.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "none/quotes.jsonl" in done.stderr and "No such file or directory" in done.stderr


def test_ctrl_c_heard_inside_a_search_s_budget_is_a_stop_not_a_search_over_budget(
        small_db, monkeypatch):
    # SQLite runs the budget's progress handler (store/budget.py) as a statement goes on; a
    # signal heard there ends the statement as "interrupted", which the budget took for its
    # own time running out: "the search took longer than its budget", status 2.
    import threading

    from click.testing import CliRunner

    from saidwhen import store
    from saidwhen.store.budget import budget

    def long_search(conn, *args, **kwargs):
        with budget(conn, 60, "over budget"):
            conn.execute("SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                         "SELECT i + 1 FROM n WHERE i < 2000000000) SELECT i FROM n)").fetchone()

    monkeypatch.setattr(store, "search", long_search)
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        done = CliRunner().invoke(cli.main, ["search", "bridge", "--db", str(small_db)])
    finally:
        timer.cancel()
    assert (done.exit_code, done.output) == (130, "saidwhen: stopped by Ctrl+C\n")


def test_an_export_to_a_link_writes_the_file_it_points_at_and_keeps_the_link(tmp_path):
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "quotes.jsonl").write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(kept / "quotes.jsonl")
    with cli._whole(str(link)) as stream:
        stream.write("new\n")
    assert link.is_symlink() and link.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in kept.iterdir()] == ["quotes.jsonl"]
