"""Migration 10: a search narrowed to a channel, a kind or a gender of speaker pages through its
quotations newest first from an index in that order, with the same answers as a sort of them,
and a database of schema 9 upgrades to it."""
from __future__ import annotations

import sqlite3

import pytest

from kept_counts import kept, recounted, undo_date_order
from saidwhen.store import Filters, connect, search
from saidwhen.store.migrations import LATEST
from saidwhen.store.queries import _question
from test_quotation_names import answers, corpus, schema  # noqa: F401  (corpus: a fixture)
from test_stats import build

NARROWED = [(Filters(channel="interview"), "quotations_by_channel_when"),
            (Filters(channel="Interviews"), "quotations_by_channel_when"),  # as names are read
            (Filters(kind="person"), "quotations_by_kind_when"),
            (Filters(gender="female"), "quotations_by_gender_when")]


@pytest.fixture
def conn(tmp_path):
    connection = build(tmp_path / "corpus.db")
    yield connection
    connection.close()


@pytest.mark.parametrize("filters, index", NARROWED)
def test_a_narrowed_search_newest_first_is_read_from_an_index_in_that_order(conn, filters, index):
    asked = _question(conn, "", filters, "newest")
    plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {asked.select} LIMIT 20",
                                               asked.params))
    assert index in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize("filters, index", NARROWED)
def test_a_narrowed_search_newest_first_is_every_quotation_it_keeps_sorted(conn, filters, index):
    column, value = next((f"q.speaker_{name}" if name != "channel" else "lower(q.channel)",
                          value.lower().removesuffix("s"))
                         for name, value in vars(filters).items() if value)
    rows = conn.execute(f"SELECT q.id, coalesce(q.said_on, q.first_seen) FROM quotations q "
                        f"WHERE {column} = ?", (value,)).fetchall()
    dated = sorted((r for r in rows if r[1]), key=lambda r: (r[1], r[0]), reverse=True)
    by_hand = [r[0] for r in dated] + sorted((r[0] for r in rows if not r[1]), reverse=True)
    page = search(conn, "", filters, limit=200, sort="newest")
    assert by_hand and [q.id for q in page.items] == by_hand and page.total == len(by_hand)


def test_a_database_of_schema_9_upgrades_with_every_answer_the_same(corpus, tmp_path):  # noqa: F811
    conn = connect(corpus)
    before, fresh = answers(conn), schema(conn)
    conn.close()
    raw = sqlite3.connect(corpus)
    undo_date_order(raw)
    raw.commit()
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 9
    assert "quotations_by_channel_when" not in {r[1] for r in schema(raw)}
    raw.close()

    upgraded = connect(corpus)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == LATEST == 11
    assert schema(upgraded) == fresh
    assert answers(upgraded) == before
    assert kept(upgraded) == recounted(upgraded)
