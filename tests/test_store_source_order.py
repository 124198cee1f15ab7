"""Migration 11 and the oldest first: a search narrowed to a source pages through its quotations
in date order from an index of the source's own, as one narrowed to a channel, kind, gender or
speaker does, oldest first as well as newest, the undated last either way; every answer is the
one a sort of the selection gives, recounted here from the tables."""
from __future__ import annotations

import sqlite3

import pytest

from kept_counts import kept, recounted, undo_source_dates
from saidwhen.store import Filters, connect, search
from saidwhen.store.migrations import LATEST
from saidwhen.store.queries import _question
from test_quotation_names import answers, schema
from test_stats import build
from test_store import quote, store


@pytest.fixture
def conn(tmp_path):
    """Sources under two names ("Wire" and "The Wire"), a quotation carried by both and by a
    third, undated articles, a day said apart from the article's date, and a quotation an
    earlier article stored later dates back."""
    connection = connect(tmp_path / "corpus.db")
    store(connection, "w1", "2024-03-02", quote("The ferry runs again on Monday.", "Ann Moreau",
                                                channel="statement"),
          quote("Fares stay as they are this year.", "Bo Lind", start=40), source="Wire")
    store(connection, "w2", "2024-01-15", quote("The ferry runs again on Monday.", "Ann Moreau"),
          source="The Wire")
    store(connection, "w3", None, quote("Nobody asked the crews about it.", None),
          quote("We were not told in time.", "Bo Lind", start=40), source="the wire")
    store(connection, "c1", "2023-11-30", quote("Rents are too high for families.", "Cy Park",
                                                said_on="2023-10", channel="interview"),
          source="City Paper")
    store(connection, "c2", None, quote("The market stays open late.", "Ann Moreau"),
          source="City Paper")
    store(connection, "c3", "2024-05-01", quote("Fares stay as they are this year.", "Bo Lind"),
          quote("The bridge will open in spring.", "Cy Park", start=40, channel="statement"),
          source="City Paper")
    # an earlier article stored last: the ferry quotation is first seen a year before
    store(connection, "o1", "2023-01-09", quote("The ferry runs again on Monday.", "Ann Moreau"),
          source="Old Gazette")
    yield connection
    connection.close()


def by_hand(conn: sqlite3.Connection, where: str = "1", params: tuple = ()) -> list[int]:
    """The quotations that `where` selects, oldest first, the undated last: sorted here."""
    rows = conn.execute(f"SELECT q.id, coalesce(q.said_on, q.first_seen) FROM quotations q "
                        f"WHERE {where}", params).fetchall()
    dated = sorted((r for r in rows if r[1]), key=lambda r: (r[1], r[0]))
    return [r[0] for r in dated] + sorted(r[0] for r in rows if not r[1])


def newest_first(oldest: list[int], conn: sqlite3.Connection) -> list[int]:
    """The same, newest first: the dated turned round, the undated still last, latest first."""
    undated = {r[0] for r in conn.execute("SELECT id FROM quotations "
                                          "WHERE coalesce(said_on, first_seen) IS NULL")}
    return ([i for i in reversed(oldest) if i not in undated]
            + [i for i in reversed(oldest) if i in undated])


def carried_by(*sources: str) -> tuple[str, tuple]:
    return (f"q.id IN (SELECT o.quotation_id FROM occurrences o JOIN articles a ON a.id = "
            f"o.article_id WHERE lower(a.source) IN ({','.join('?' * len(sources))}))", sources)


def plan(conn: sqlite3.Connection, filters: Filters, sort: str) -> str:
    asked = _question(conn, "", filters, sort)
    return " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {asked.select} LIMIT 20",
                                               asked.params))


SOURCES = [(Filters(source="City Paper"), carried_by("city paper")),
           # "Wire", "The Wire" and "the wire": two names the statistics keep apart, one source
           (Filters(source="wire"), carried_by("wire", "the wire")),
           (Filters(source="Wire", channel="statement"),
            (carried_by("wire", "the wire")[0] + " AND q.channel = 'statement'",
             ("wire", "the wire")))]


@pytest.mark.parametrize("filters, selection", SOURCES)
@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_a_source_is_paged_through_in_date_order_as_a_sort_of_its_quotations_gives(
        conn, filters, selection, sort):
    oldest = by_hand(conn, *selection)
    expected = oldest if sort == "oldest" else newest_first(oldest, conn)
    page = search(conn, "", filters, limit=200, sort=sort)
    assert expected and [q.id for q in page.items] == expected and page.total == len(expected)
    # and page by page, one at a time, as a reader goes on
    assert [search(conn, "", filters, limit=1, offset=n, sort=sort).items[0].id
            for n in range(len(expected))] == expected


@pytest.mark.parametrize("filters, selection", SOURCES)
@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_a_source_is_read_from_its_index_in_date_order_without_a_sort(conn, filters, selection,
                                                                      sort):
    read = plan(conn, filters, sort)
    # the source's own index, but for a channel that keeps fewer (2 statements, of 3 Wire's)
    index = "quotations_by_channel_when" if filters.channel else "source_quotations_by_when"
    assert index in read and "TEMP B-TREE" not in read


NARROWED = [(Filters(channel="statement"), "q.channel = 'statement'", "quotations_by_channel_when"),
            (Filters(speaker="Ann Moreau"), "q.person_id = (SELECT id FROM people WHERE "
                                            "name = 'Ann Moreau')", "quotations_by_person_when"),
            (Filters(), "1", "quotations_by_when")]


@pytest.mark.parametrize("filters, where, index", NARROWED)
def test_oldest_first_is_read_from_the_filters_index_the_undated_last(conn, filters, where,
                                                                      index):
    read = plan(conn, filters, "oldest")
    assert index in read and "TEMP B-TREE" not in read
    expected = by_hand(conn, where)
    assert [q.id for q in search(conn, "", filters, limit=200, sort="oldest").items] == expected
    assert [q.id for q in search(conn, "", filters, limit=2, offset=len(expected) - 2,
                                 sort="oldest").items] == expected[-2:]


def test_each_source_keeps_the_date_of_its_quotations_as_earlier_articles_come(conn):
    assert kept(conn) == recounted(conn)
    ferry = search(conn, "ferry").items[0]
    assert ferry.first_seen == "2023-01-09"  # dated back by the article stored last
    said = {r[0]: r[1] for r in conn.execute(
        "SELECT source, said_when FROM source_quotations WHERE quotation_id = ?", (ferry.id,))}
    assert said == {"Wire": "2023-01-09", "The Wire": "2023-01-09", "Old Gazette": "2023-01-09"}
    # an undated article's quotation carried again by a dated one takes its date everywhere
    store(conn, "c4", "2022-06-01", quote("The market stays open late.", "Ann Moreau"),
          source="Wire")
    assert kept(conn) == recounted(conn)
    assert search(conn, "", Filters(source="City Paper"), sort="oldest").items[0].text == \
        "The market stays open late."


def test_a_database_of_schema_10_upgrades_with_every_answer_the_same(conn, tmp_path):
    before, fresh = answers(conn), schema(conn)
    asked = {(str(f), sort): [q.id for q in search(conn, "", f, limit=200, sort=sort).items]
             for f, _ in SOURCES for sort in ("oldest", "newest")}
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    conn.close()
    raw = sqlite3.connect(path)
    undo_source_dates(raw)
    raw.commit()
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 10
    raw.close()

    upgraded = connect(path)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == LATEST == 11
    assert schema(upgraded) == fresh
    assert answers(upgraded) == before
    assert kept(upgraded) == recounted(upgraded)
    assert {(str(f), sort): [q.id for q in search(upgraded, "", f, limit=200, sort=sort).items]
            for f, _ in SOURCES for sort in ("oldest", "newest")} == asked
    upgraded.close()


@pytest.mark.parametrize("since", ["2023-10-15", "2023-11", "2024", "2024-02-01"])
def test_a_since_date_starts_the_walk_of_the_date_index_at_its_year(conn, since):
    read = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN " + _question(conn, "", Filters(since=since), "newest").select,
        _question(conn, "", Filters(since=since), "newest").params))
    assert "quotations_by_when (<expr>>?)" in read
    # a day, month or year is in range when any of its days is: "2023-10" from "2023-10-15"
    rows = conn.execute("SELECT id, coalesce(said_on, first_seen) FROM quotations").fetchall()
    expected = sorted((r for r in rows if r[1] and (r[1] + "-99") >= since),
                      key=lambda r: (r[1], r[0]), reverse=True)
    page = search(conn, "", Filters(since=since), limit=200, sort="newest")
    assert [q.id for q in page.items] == [r[0] for r in expected] and page.total == len(expected)


@pytest.mark.parametrize("filters", [Filters(channel="statement", gender="female"),
                                     Filters(channel="interview", kind="person"),
                                     Filters(channel="statement", kind="organisation"),
                                     Filters(channel="statement", gender="female", kind="person")])
def test_a_channel_with_a_gender_or_kind_is_read_from_the_index_of_whichever_keeps_fewer(
        tmp_path, filters):
    conn = build(tmp_path / "said.db")
    conditions = {"channel": ("lower(q.channel) = ?", filters.channel),
                  "gender": ("q.speaker_gender = ?", filters.gender),
                  "kind": ("q.speaker_kind = ?", filters.kind)}
    asked = {name: c for name, c in conditions.items() if c[1]}
    kept = {name: conn.execute(f"SELECT count(*) FROM quotations q WHERE {c[0]}",
                               (c[1],)).fetchone()[0] for name, c in asked.items()}
    fewest = "channel" if kept["channel"] <= min(kept[n] for n in kept if n != "channel") \
        else min((n for n in kept if n != "channel"), key=kept.get)
    assert f"quotations_by_{fewest}_when" in plan(conn, filters, "newest")
    oldest = by_hand(conn, " AND ".join(c[0] for c in asked.values()),
                     tuple(c[1] for c in asked.values()))
    assert oldest and [q.id for q in search(conn, "", filters, limit=200, sort="oldest").items] \
        == oldest
    assert [q.id for q in search(conn, "", filters, limit=200, sort="newest").items] == \
        newest_first(oldest, conn)


def test_a_source_with_a_narrower_filter_is_read_from_that_filters_index(conn):
    # Cy Park's 2 quotations, of City Paper's 4: the speaker's index, each looked up in the source
    filters = Filters(source="City Paper", speaker="Cy Park")
    for sort in ("oldest", "newest"):
        read = plan(conn, filters, sort)
        assert "quotations_by_person_when" in read and "TEMP B-TREE" not in read
    oldest = by_hand(conn, carried_by("city paper")[0] + " AND q.person_id = "
                     "(SELECT id FROM people WHERE name = 'Cy Park')", ("city paper",))
    assert len(oldest) == 2
    assert [q.id for q in search(conn, "", filters, sort="oldest").items] == oldest
    assert [q.id for q in search(conn, "", filters, sort="newest").items] == \
        newest_first(oldest, conn)


def words_plan(conn: sqlite3.Connection, words: str, filters: Filters, sort: str) -> str:
    asked = _question(conn, words, filters, sort)
    return " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {asked.select} LIMIT 20",
                                               asked.params))


@pytest.mark.parametrize("sort", ["rank", "oldest", "newest"])
@pytest.mark.parametrize("words, source, names, gathered", [
    ("the", "Old Gazette", ("old gazette",), True),     # 4 matches, a source of 1
    ("the", "wire", ("wire", "the wire"), False),       # 4 matches, a source of 4
    ("fares", "City Paper", ("city paper",), False)])   # 1 match, a source of 4
def test_words_matching_more_than_a_source_carries_are_tested_against_its_ids_gathered_once(
        conn, words, source, names, gathered, sort):
    # At a million quotations, each of "the"'s 650,519 matches looked up in Valley Times by key
    # ran past the search's budget; its 152,308 ids gathered once, the search takes 0.5 s.
    read = words_plan(conn, words, Filters(source=source), sort)
    assert ("LIST SUBQUERY" in read and "CORRELATED" not in read) == gathered, read
    expected = {r[0] for r in conn.execute(
        "SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH ?", (words,))} & set(
        by_hand(conn, *carried_by(*names)))
    page = search(conn, words, Filters(source=source), limit=200, sort=sort)
    assert expected and {q.id for q in page.items} == expected and page.total == len(expected)


@pytest.mark.parametrize("sort", ["rank", "oldest", "newest"])
@pytest.mark.parametrize("filters, where", [
    (Filters(speaker="Cy Park"), "q.person_id = (SELECT id FROM people WHERE name = 'Cy Park')"),
    (Filters(channel="statement"), "q.channel = 'statement'"),
    (Filters(channel="statement", since="2024-03"),
     "q.channel = 'statement' AND coalesce(q.said_on, q.first_seen) >= '2024-03'")])
def test_words_matching_far_more_than_a_filter_keeps_are_tested_against_its_ids_gathered_once(
        conn, monkeypatch, filters, where, sort):
    # At a million quotations "the" matches 650,519, the letters' channel keeps 1,587: each
    # match's row read to test its channel took 555 ms, the letters gathered once 334 ms. Here
    # "the" matches 4 and each filter keeps 2: as far fewer once FAR_FEWER is 1.
    from saidwhen.store import queries

    read = words_plan(conn, "the", filters, sort)
    assert "LIST SUBQUERY" not in read  # 4 matches are not 20 times 2
    monkeypatch.setattr(queries, "FAR_FEWER", 1)
    read = words_plan(conn, "the", filters, sort)
    assert "SCAN f VIRTUAL TABLE" in read and "LIST SUBQUERY" in read, read
    expected = {r[0] for r in conn.execute(
        "SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH 'the'")} & set(
        by_hand(conn, where))
    page = search(conn, "the", filters, limit=200, sort=sort)
    assert expected and {q.id for q in page.items} == expected and page.total == len(expected)


@pytest.fixture
def common(conn):
    """The corpus above, and a word that the wire ("Wire", "The Wire") carries far fewer
    quotations of than it matches: "the", in a dozen more of City Paper's, and in the wire's
    own on other days, said apart from their articles, undated, or without it."""
    for n in range(12):
        store(conn, f"m{n}", f"2022-0{1 + n % 9}-1{n % 10}",
              quote(f"The vote on item {n} is close.", "Cy Park"), source="City Paper")
    said = [("2024-02-11", "The tolls go up in June.", None), (None, "The crews are tired.", None),
            ("2023-12-01", "Nobody told the port.", "2023-11"),
            ("2024-02-11", "Fares were cut twice.", None), (None, "The pier reopens.", None)]
    for n, (date, text, said_on) in enumerate(said):
        store(conn, f"x{n}", date, quote(text, "Bo Lind", said_on=said_on),
              source="The Wire" if n % 2 else "Wire")
    return conn


@pytest.mark.parametrize("sort", ["oldest", "newest"])
@pytest.mark.parametrize("lookup_cost", [1, 10**9])  # each looked up; the matches gathered
def test_a_common_word_in_a_source_is_paged_from_the_sources_walk_as_a_sort_gives(
        common, monkeypatch, sort, lookup_cost):
    # At a million quotations, "the" (650,519 matches) in Harbour Post (two names, 169,971 of
    # them) read and sorted every one found: 1.1 s. The source's walk in date order stops
    # at the page, its quotations tested against the words.
    from saidwhen.store import queries

    monkeypatch.setattr(queries, "LOOKUP_COST", lookup_cost)
    filters = Filters(source="wire")
    matched = {r[0] for r in common.execute(
        "SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH 'the'")}
    oldest = [i for i in by_hand(common, *carried_by("wire", "the wire")) if i in matched]
    expected = oldest if sort == "oldest" else newest_first(oldest, common)
    asked = _question(common, "the", filters, sort, 1)
    read = " ".join(r[3] for r in common.execute(f"EXPLAIN QUERY PLAN {asked.select} LIMIT 1",
                                                 asked.params))
    assert "source_quotations_by_when" in read and "TEMP B-TREE" not in read, read
    assert ("CORRELATED" in read) == (lookup_cost == 1), read
    assert len(expected) == 6 and asked.total == len(expected)
    # page by page, as a reader goes on, and all at once: the same rows in the same order
    pages = [search(common, "the", filters, limit=1, offset=n, sort=sort) for n in
             range(len(expected))]
    assert [p.items[0].id for p in pages] == expected
    assert all(p.total == len(expected) and p.items[0].matches for p in pages)
    assert [q.id for q in search(common, "the", filters, limit=200, sort=sort).items] == expected


@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_a_word_the_sources_walk_does_not_meet_soon_is_gathered_not_looked_up_row_by_row(
        common, monkeypatch, sort):
    # "vote" is in a dozen of City Paper's quotations and none of the wire's: a walk looking
    # each quotation up would read all of the wire's to find nothing (at a million, a word of
    # the last month asked oldest first would read a whole source so)
    from saidwhen.store import queries

    monkeypatch.setattr(queries, "LOOKUP_COST", 1)
    asked = _question(common, "vote", Filters(source="wire"), sort, 1)
    read = " ".join(r[3] for r in common.execute(f"EXPLAIN QUERY PLAN {asked.select} LIMIT 1",
                                                 asked.params))
    assert "source_quotations_by_when" in read and "CORRELATED" not in read, read
    page = search(common, "vote", Filters(source="wire"), sort=sort)
    assert page.total == 0 and not page.items
    assert search(common, "vote", Filters(source="City Paper"), sort=sort).total == 12


@pytest.mark.parametrize("lookup_cost", [1, 10**9])  # each looked up; the source's ids gathered
def test_a_common_word_in_a_source_latest_added_first_is_the_same_from_the_sources_walk(
        common, monkeypatch, lookup_cost):
    # Past RANKED_AT_MOST matches, best first is latest added first: at a million, Harbour
    # Post's 262,260 ids gathered for each page took 84 ms, its walk by id 2 ms.
    from saidwhen.store import queries

    monkeypatch.setattr(queries, "LOOKUP_COST", lookup_cost)
    monkeypatch.setattr(queries, "RANKED_AT_MOST", 1)
    filters = Filters(source="wire")
    matched = {r[0] for r in common.execute(
        "SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH 'the'")}
    expected = sorted(set(by_hand(common, *carried_by("wire", "the wire"))) & matched,
                      reverse=True)
    asked = _question(common, "the", filters, "rank", 1)
    read = " ".join(r[3] for r in common.execute(f"EXPLAIN QUERY PLAN {asked.select} LIMIT 1",
                                                 asked.params))
    assert asked.order == "latest added" and "TEMP B-TREE" not in read, read
    assert ("CORRELATED" in read) == (lookup_cost == 1), read
    pages = [search(common, "the", filters, limit=1, offset=n) for n in range(len(expected))]
    assert [p.items[0].id for p in pages] == expected and len(expected) == 6
    assert [q.id for q in search(common, "the", filters, limit=200).items] == expected
