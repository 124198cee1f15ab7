"""A stranger's bad day: what a full disk, a file saved by another editor, an odd line or a
wrong folder does to a run, as the person at the keyboard meets it."""
from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

from saidwhen.store import connect
from test_ingest import many_articles


def saidwhen(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:  # the size a file may grow to, as `ulimit -f` sets it
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, resource.RLIM_INFINITY))
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], capture_output=True,
                          text=True, timeout=900,
                          preexec_fn=limit if file_size_limit is not None else None)


def stored_articles(db: Path) -> int:
    return sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]


# --- the store ------------------------------------------------------------------------------

def test_a_disk_that_fills_at_the_commit_reports_only_the_articles_kept(tmp_path):
    """The writer keeps every page in its cache until the commit, so a full disk is met there:
    the article whose commit failed is not kept, and the message must not count it."""
    db = tmp_path / "c.db"
    connect(db).close()
    articles = many_articles(tmp_path / "many.jsonl", 200)
    run = saidwhen("ingest", "--jobs", "1", "--db", str(db), str(articles),
                   file_size_limit=400 * 1024)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    stored = stored_articles(db)
    assert 0 < stored < 200
    assert (f"It keeps every article stored before: {stored} from this run's input "
            f"({stored} added, 0 replaced, 0 unchanged)") in run.stderr
    again = saidwhen("ingest", "--jobs", "1", "--db", str(db), str(articles))
    assert again.returncode == 0 and stored_articles(db) == 200
    assert f"{200 - stored} added, {stored} unchanged" in again.stderr
