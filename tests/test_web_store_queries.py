"""The store's questions the web page leans on, made fast for it: search must answer as the
full-text index would, only sooner; a quotation by id; the channels of the corpus."""
from __future__ import annotations

import sqlite3

import pytest

from saidwhen.errors import NotFound
from saidwhen.store import Filters, channels, connect, quotation, search
from saidwhen.store import queries
from saidwhen.store.migrations import LATEST, MIGRATIONS


@pytest.fixture()
def conn(corpus_db):
    connection = connect(corpus_db, readonly=True)
    yield connection
    connection.close()


@pytest.mark.parametrize("words", ["she", "bridge OR library", '"the kind of"', "wro*",
                                   "we NOT shocked", "NEAR(baby blood, 12)"])
def test_search_ranks_as_the_index_does(conn, words):
    reference = [r[0] for r in conn.execute(
        "SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH ? ORDER BY rank, rowid", (words,))]
    page = search(conn, words, limit=200)
    assert reference and [q.id for q in page.items] == reference
    assert page.total == len(reference) and page.order == "best match"


@pytest.mark.parametrize("words", ["she", "wro*", '"out of my mind"', "Moreau OR bridge"])
def test_matches_are_where_the_index_finds_the_words(conn, words):
    marked = dict(conn.execute("SELECT rowid, highlight(quotations_fts, 0, '[', ']') FROM quotations_fts "
                               "WHERE quotations_fts MATCH ?", (words,)).fetchall())
    for found in search(conn, words, limit=200).items:
        text, rebuilt, done = found.text, [], 0
        for start, end in found.matches:
            rebuilt += [text[done:start], "[", text[start:end], "]"]
            done = end
        assert "".join(rebuilt) + text[done:] == marked[found.id]


def test_a_query_matching_too_many_to_rank_comes_latest_added_first(conn, monkeypatch):
    monkeypatch.setattr(queries, "RANKED_AT_MOST", 3)
    page = search(conn, "we", limit=200)
    assert page.total > 3 and page.order == "latest added"
    assert [q.id for q in page.items] == sorted((q.id for q in page.items), reverse=True)
    filtered = search(conn, "we", Filters(speaker="Chrissy Teigen"), limit=200)
    assert filtered.order == "latest added" and filtered.total > 3
    assert {q.person for q in filtered.items} == {"Chrissy Teigen"}


def test_filters_with_words_narrow_the_same_matches(conn):
    words = search(conn, "I OR we", limit=200)
    narrowed = search(conn, "I OR we", Filters(channel="Medium"), limit=200)
    assert {q.id for q in narrowed.items} == {q.id for q in words.items if q.channel == "Medium"}
    assert narrowed.total == len(narrowed.items) > 0


def test_the_source_filter_finds_quotations_any_article_of_that_source_carried(conn):
    expected = {r[0] for r in conn.execute(
        "SELECT DISTINCT o.quotation_id FROM occurrences o JOIN articles a ON a.id = o.article_id "
        "WHERE lower(a.source) = 'wire copy'")}
    found = search(conn, "", Filters(source="WIRE COPY"), limit=200)
    assert expected and {q.id for q in found.items} == expected


def test_without_words_the_newest_come_first(conn):
    page = search(conn, "", limit=200)
    whens = [q.when for q in page.items if q.when]
    assert page.order == "newest" and whens == sorted(whens, reverse=True)
    assert page.total == conn.execute("SELECT count(*) FROM quotations").fetchone()[0]


def test_a_quotation_by_id_with_every_article(conn):
    first = search(conn, '"out of my mind happy"').items[0]
    found = quotation(conn, first.id)
    assert found.text == first.text and found.articles == 2
    assert [o.article_id for o in found.occurrences] == ["seed", "seed-copy"]
    for missing in (0, -1, 10**6, 2**70):
        with pytest.raises(NotFound):
            quotation(conn, missing)


def test_channels_with_their_numbers_of_quotations(conn):
    found = channels(conn)
    assert found[0] == ("Instagram", 9)  # the seed's nine, kept once though carried twice
    assert dict(found) == {c: n for c, n in conn.execute(
        "SELECT channel, count(*) FROM quotations WHERE channel IS NOT NULL GROUP BY channel")}


def test_a_database_of_schema_1_gains_the_indexes_of_schema_2(tmp_path):
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as raw:
        for statement in MIGRATIONS[0]:
            raw.execute(statement)
        raw.execute("PRAGMA user_version = 1")
    connect(old).close()
    with sqlite3.connect(old) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 2
        indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"quotations_by_when", "quotations_by_channel_when"} <= indexes


def test_the_newest_quotations_are_read_from_an_index(conn):
    plan = " ".join(r[3] for r in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT q.id FROM quotations q ORDER BY {queries._WHEN} DESC, q.id DESC "
        "LIMIT 20"))
    assert "quotations_by_when" in plan and "TEMP B-TREE" not in plan
