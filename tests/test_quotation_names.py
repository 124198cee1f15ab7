"""Migration 8: what the corpus keeps once, with every article carrying it, is called a
quotation (the table `quotations`, `quotation_id`, the counts of quotations), and a database
made before it upgrades with every answer the same."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kept_counts import kept, recounted, undo_quotation_names
from saidwhen.errors import NotACorpus
from saidwhen.store import (Filters, TimelineQuery, connect, connect_readonly, counts, people,
                            quotation, search, timeline)
from saidwhen.store.migrations import LATEST
from saidwhen.store.stats import stats
from test_store import quote, store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A small corpus: speakers quoted in several articles and sources, an excerpt taken in
    by its longer quotation, channels, an unnamed speaker, an undated article."""
    path = tmp_path / "corpus.db"
    conn = connect(path)
    store(conn, "a1", "2024-01-05", quote("We will open the bridge in spring.", "Ann Moreau",
                                          channel="statement"),
          quote("Fares stay as they are.", "Bo Lind", start=60), source="Wire")
    store(conn, "a2", "2024-02-11", quote("We will open the bridge in spring and not before.",
                                          "Ann Moreau", said_on="2024-02-09"), source="City Paper")
    store(conn, "a3", "2024-02-12", quote("Fares stay as they are.", "Mr Lind", channel="interview"),
          quote("Nobody asked the ferry crews.", None, start=50), source="wire")
    store(conn, "a4", None, quote("The ferry runs on Monday.", "Bo Lind"))
    conn.close()
    return path


def answers(conn: sqlite3.Connection) -> dict:
    """Everything a reader asks of the corpus, as the JSON it is given."""
    first = search(conn, "").items[0]
    return {
        "counts": counts(conn),
        "search": search(conn, "bridge").to_json(),
        "newest": search(conn, "", limit=50).to_json(),
        "narrowed": search(conn, "fares", Filters(source="wire", channel="interview")).to_json(),
        "people": people(conn).to_json(),
        "timeline": timeline(conn, "Ann Moreau").to_json(),
        "page": timeline(conn, "Bo Lind", TimelineQuery(limit=1, page=2)).to_json(),
        "quotation": quotation(conn, first.stable_id).to_json(),
        "stats": stats(conn).to_json(),
        "by_year": stats(conn, "", Filters(since="2024-02"), by="year").to_json(),
    }


def schema(conn: sqlite3.Connection) -> list[tuple]:
    return sorted(tuple(r) for r in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_a_new_database_calls_the_corpus_quotations_quotations(corpus):
    conn = connect(corpus)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"quotations", "quotations_fts", "quotation_runs", "source_quotations"} <= tables
    assert not tables & {"quotes", "quotes_fts", "quote_runs", "source_quotes"}
    assert "quotation_id" in {r[1] for r in conn.execute("PRAGMA table_info(occurrences)")}
    assert "quotations" in {r[1] for r in conn.execute("PRAGMA table_info(people)")}
    # every index and trigger says quotation too; only the view of an article's quotes keeps
    # "quotes", which a row of it is
    quote_named = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")
                   if "quote" in r[0].replace("quotation", "")]
    assert quote_named == ["quotes_in_articles"]
    assert [r[0] for r in conn.execute("SELECT name FROM tallies ORDER BY name")] == [
        "articles", "occurrences", "people", "quotations", "skipped"]


def test_a_database_of_schema_7_upgrades_with_every_answer_the_same(corpus, tmp_path):
    conn = connect(corpus)
    before, fresh = answers(conn), schema(conn)
    conn.close()
    old = tmp_path / "old.db"
    shutil.copy(corpus, old)
    raw = sqlite3.connect(old)
    undo_quotation_names(raw)
    raw.commit()
    assert {"quotes", "quotes_fts", "quote_runs"} <= {r[1] for r in schema(raw)}
    assert "quotations" not in {r[1] for r in schema(raw)}
    raw.close()

    upgraded = connect(old)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == LATEST == 11
    assert schema(upgraded) == fresh
    assert answers(upgraded) == before
    assert kept(upgraded) == recounted(upgraded)
    # and it goes on being written as a new one is
    store(upgraded, "a5", "2024-03-01", quote("We will open the bridge in spring.", "Ann Moreau"),
          source="Wire")
    ann = timeline(upgraded, "Ann Moreau")  # an excerpt of her one quotation, in a third article
    assert (ann.person.quotations, ann.person.articles, ann.quotations[0].articles) == (1, 3, 3)
    assert kept(upgraded) == recounted(upgraded)


def test_a_reader_of_a_schema_7_database_says_to_upgrade_it_and_changes_nothing(corpus):
    raw = sqlite3.connect(corpus)
    undo_quotation_names(raw)
    raw.commit()
    raw.close()
    before = corpus.read_bytes()
    with pytest.raises(NotACorpus, match=r"older saidwhen \(schema version 7, this one reads 11\)"
                                         r".*saidwhen ingest --db .* upgrades it"):
        connect_readonly(corpus)
    done = subprocess.run([sys.executable, "-m", "saidwhen.cli", "search", "bridge", "--db",
                           str(corpus)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1 and "schema version 7" in done.stderr
    assert "Traceback" not in done.stderr
    assert corpus.read_bytes() == before
    connect(corpus).close()  # as `saidwhen ingest` opens it
    assert search(connect_readonly(corpus), "bridge").total == 1
