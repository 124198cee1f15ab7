"""The store at scale as a specification: finding a quote's quotation by index gives exactly
what reading all of its speaker's quotations gave, and the counts the pages show are kept
equal to the tables whatever is written, rewritten or merged."""
from __future__ import annotations

import datetime as dt
import sqlite3
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kept_counts import (kept, kept_figures_differ, recounted, rows, undo_quotation_names,
                         undo_scale_counts, undo_stats_counts, undo_stats_facets)
from saidwhen.records import Article, Extraction, Quote, SaidOn, Skipped, Span, Speaker
from saidwhen.store import connect, counts, people, quotations, transaction
from saidwhen.store.migrations import MIGRATIONS
from saidwhen.store.stats import stats
from saidwhen.store.writing import record_skip, write_extraction

EXTRACTOR = "saidwhen test"
# Sentences the quotes are cut from: cuts of one sentence are excerpts of each other when long
# enough, and the two sentences share a run of words, so some quotes overlap without holding.
SENTENCES = [
    "we will build the bridge before the winter comes and the river rises again".split(),
    "nobody here thinks we will build the bridge before the election in the spring".split(),
]
# Variants of a few people, among them a nickname that makes two people one, and no name.
SPEAKERS = ["Ann Moreau", "Dr. Ann Moreau", "Bo Lind", "Christine Teigen", "Chrissy Teigen",
            "Christine “Chrissy” Teigen", None]


def scan_all(conn: sqlite3.Connection, person: int, words: str) -> dict[str, int]:
    """How the store found a quote's quotation before: every quotation of its speaker."""
    rows = conn.execute("SELECT words, min(id) FROM quotations WHERE person_id = ? GROUP BY words",
                        (person,))
    return {row[0]: row[1] for row in rows}


@st.composite
def a_quote(draw) -> Quote:
    sentence = draw(st.sampled_from(SENTENCES))
    start = draw(st.integers(0, len(sentence) - 1))
    end = draw(st.integers(start + 1, len(sentence)))
    words = sentence[start:end]
    if draw(st.booleans()):  # typeset differently: the same words all the same
        words = [words[0].capitalize(), *words[1:]]
    text = "“" + " ".join(words) + draw(st.sampled_from([",”", ".”", "”"]))
    name = draw(st.sampled_from(SPEAKERS))
    speaker = Speaker(name, Span(0, 3, "She")) if name or draw(st.booleans()) else None
    said_on = draw(st.sampled_from([None, "2024-03-01", "2024-02"]))
    return Quote(kind="direct", content=(Span(0, len(text), text),), cue=None, speaker=speaker,
                 channel=draw(st.sampled_from([None, "Instagram", "statement"])),
                 said_on=SaidOn(said_on, "then") if said_on else None)


# Articles under a few ids, so that some are stored again with other quotes (replaced).
articles = st.lists(st.tuples(st.sampled_from("abcdef"), st.integers(1, 28),
                              st.lists(a_quote(), min_size=0, max_size=4)),
                    min_size=1, max_size=12)


def write(conn: sqlite3.Connection, article_id: str, day: int, quotes: list[Quote]) -> None:
    text = " ".join(q.text for q in quotes) + f" ({day})"
    article = Article(id=article_id, text=text, date=dt.date(2024, 3, day), origin=article_id)
    with transaction(conn):
        write_extraction(conn, Extraction(article, tuple(quotes)), EXTRACTOR)


def stored(conn: sqlite3.Connection) -> dict[str, list]:
    return {"quotes": rows(conn, "SELECT * FROM quotations"),
            "occurrences": rows(conn, "SELECT id, quotation_id, article_id, position FROM occurrences"),
            "people": rows(conn, "SELECT id, name FROM people")}


@settings(max_examples=150, deadline=None)
@given(articles)
def test_finding_by_index_stores_exactly_what_scanning_the_speaker_stored(batch):
    by_index, by_scan = connect(":memory:"), connect(":memory:")
    for article_id, day, quotes in batch:
        write(by_index, article_id, day, quotes)
        with mock.patch.object(quotations, "_candidates", scan_all):
            write(by_scan, article_id, day, quotes)
    assert stored(by_index) == stored(by_scan)
    assert kept(by_index) == recounted(by_index)


@settings(max_examples=60, deadline=None)
@given(articles, articles)
def test_the_kept_counts_equal_the_tables_after_ingest_reingest_and_replacement(first, second):
    conn = connect(":memory:")
    for article_id, day, quotes in first + first + second:  # added, unchanged, replaced
        write(conn, article_id, day, quotes)
        assert kept(conn) == recounted(conn)
    assert kept_figures_differ(conn) == []  # the statistics read from them are those counted
    record_skip(conn, Skipped("x.jsonl:3", "not JSON"))
    record_skip(conn, Skipped("x.jsonl:3", "not JSON"))  # the same skip again is one row
    assert counts(conn)["skipped"] == 1 and kept(conn) == recounted(conn)


def test_a_longer_quotation_arriving_after_its_excerpt_takes_it_in():
    conn = connect(":memory:")
    short = "“we will build the bridge before the winter”"
    long = "“We will build the bridge before the winter comes and the river rises again.”"
    for article_id, text in (("a", short), ("b", long)):
        quote = Quote(kind="direct", content=(Span(0, len(text), text),), cue=None,
                      speaker=Speaker("Ann Moreau", Span(0, 3, "Ann")))
        write(conn, article_id, 1, [quote])
    rows = conn.execute("SELECT id, articles, words FROM quotations").fetchall()
    assert len(rows) == 1 and rows[0][1] == 2 and rows[0][2].endswith("rises again")
    assert kept(conn) == recounted(conn)


def test_people_are_ordered_by_the_kept_count_through_its_index():
    conn = connect(":memory:")
    write(conn, "a", 1, [Quote(kind="direct", content=(Span(0, 9, "“Yes, we will.”"),),
                               cue=None, speaker=Speaker(name, Span(0, 3, "Ann")))
                         for name in ("Ann Moreau", "Bo Lind", "Bo Lind")])
    write(conn, "b", 2, [Quote(kind="direct", content=(Span(0, 9, "“No, we will not.”"),),
                               cue=None, speaker=Speaker("Bo Lind", Span(0, 3, "Bo")))])
    page = people(conn)
    assert [(p.name, p.quotations, p.articles) for p in page.items] == [("Bo Lind", 2, 2),
                                                                     ("Ann Moreau", 1, 1)]
    plan = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM people INDEXED BY people_by_quotations "
        "ORDER BY quotations DESC, name LIMIT 50"))
    assert "people_by_quotations" in plan and "TEMP B-TREE" not in plan


def test_a_database_made_before_the_kept_counts_gets_them_when_opened(tmp_path):
    path = tmp_path / "old.db"
    conn = connect(path)
    write(conn, "a", 1, [Quote(kind="direct", content=(Span(0, 40, "“We will build the bridge "
                                                                   "before the winter comes.”"),),
                               cue=None, speaker=Speaker("Ann Moreau", Span(0, 3, "Ann")),
                               channel="statement")])
    conn.close()
    old = sqlite3.connect(path)  # back to the schema of migration 5, with the rows kept
    undo_quotation_names(old)  # migrations 9 and 8
    undo_stats_counts(old)  # 7
    undo_scale_counts(old)
    old.execute("PRAGMA user_version = 5")
    old.commit()
    old.close()
    reopened = connect(path)
    assert reopened.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert kept(reopened) == recounted(reopened)
    assert counts(reopened)["quotes"] == 1 and kept(reopened)["runs"]


def said(name: str | None, text: str, channel: str | None) -> Quote:
    return Quote(kind="direct", content=(Span(0, len(text), text),), cue=None,
                 speaker=Speaker(name, Span(0, 3, "Ann")) if name else None, channel=channel)


@pytest.mark.parametrize("version", [8, 7])
def test_a_database_from_before_the_kept_periods_and_channels_gets_them_when_opened(tmp_path,
                                                                                    version):
    path = tmp_path / "old.db"
    conn = connect(path)
    write(conn, "a", 1, [said("Ann Moreau", "“The ferry runs on.”", "statement"),
                         said("Bo Lind", "“The ferry runs late.”", None),
                         said(None, "“The ferry runs early.”", "Statement")])
    # the same speaker in one channel written two ways: one value, in the casing first stored
    write(conn, "b", 2, [said("Ann Moreau", "“The bridge opens in May.”", "Statement")])
    before = [stats(conn, "", by=by).to_json() for by in ("month", "year")]
    conn.close()
    old = sqlite3.connect(path)  # back to the schema of `version`, with the rows kept
    if version == 8:
        undo_stats_facets(old)
        old.execute("PRAGMA user_version = 8")
    else:
        undo_quotation_names(old)  # migrations 9 and 8
    old.commit()
    old.close()
    reopened = connect(path)
    assert reopened.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert kept(reopened) == recounted(reopened)
    # a channel without regard to case, three quotations and one named speaker; none, one each
    assert rows(reopened, "SELECT quote(nullif(value, x'')), quotations, speakers "
                          "FROM stats_tallies WHERE facet = 'channel'") == [
        ("'statement'", 3, 1), ("NULL", 1, 1)]
    assert [stats(reopened, "", by=by).to_json() for by in ("month", "year")] == before
