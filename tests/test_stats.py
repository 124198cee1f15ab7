"""Who gets quoted: the speaker's kind and gender as stored, and the statistics over them, as a
specification. The corpus is written for these tests, straight into the store (the extraction
of kind and gender is tested where it is made); every expected figure is recounted here from
the tables with plain SQL, never taken from the code under test."""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict

import pytest

from saidwhen.errors import QueryError
from saidwhen.records import Article, Extraction, Quote, Span, Speaker
from saidwhen.store import Filters, connect, search, transaction
from saidwhen.store.stats import TABLES, as_written, counted_in_sql, stats
from saidwhen.store.writing import write_extraction

from kept_counts import (kept_facets, kept_figures_differ, kept_sources, recounted_facets,
                         recounted_sources)

# (article id, date, source, [(words, speaker name, kind, gender, channel), ...])
ARTICLES = [
    ("a1", "2024-01-10", "City Paper", [
        ("The bridge will open in spring.", "Ann Moreau", "person", "female", "statement"),
        ("Rents are too high for families.", "Omar Haddad", "person", "male", None),
        ("We cannot comment on that.", None, "person", "unknown", None),
        ("The budget is balanced this year.", "City Council", "organisation", None, "statement")]),
    ("a2", "2024-02-03", "Wire", [
        ("The bridge will open in spring.", "Ann Moreau", "person", "unknown", None),
        ("Parking fees will rise next month.", "Omar Haddad", "person", "female", "interview")]),
    ("a3", "2025-03-01", "City Paper", [
        ("We need more buses on the north line.", "Ann Moreau", "person", "female", "interview"),
        ("The market stays open late.", "Lena Ortiz", "person", "female", None)]),
    ("a4", "2024-02-20", "wire", [
        ("Rents are too high for families.", "Omar Haddad", "person", "male", None),
        ("Nobody told the tenants.", None, None, None, None)]),
]


def extraction(article_id: str, date: str, source: str, said: list) -> Extraction:
    text, quotes = "", []
    for words, name, kind, gender, channel in said:
        start = len(text)
        text += words + " "
        speaker = None if name is None and kind is None else Speaker(name, None, kind, gender)
        quotes.append(Quote("direct", (Span(start, start + len(words), words),), None, speaker,
                            channel=channel))
    article = Article(article_id, text.strip(), dt.date.fromisoformat(date), source=source,
                      origin=f"{article_id}.txt")
    return Extraction(article, tuple(quotes))


def build(path) -> sqlite3.Connection:
    conn = connect(path)
    for item in ARTICLES:
        with transaction(conn):
            write_extraction(conn, extraction(*item), "saidwhen test")
    return conn


@pytest.fixture
def conn(tmp_path):
    return build(tmp_path / "corpus.db")


# --- recounted from the tables, as a reader of the file would ------------------------------

def agreed_by_hand(values) -> str | None:
    """What several articles say: the one value they tell; 'disputed' if two; 'unknown' if
    they only say they cannot tell; None if they say nothing."""
    told = {v for v in values if v not in (None, "unknown")}
    if len(told) > 1 or "disputed" in told:
        return "disputed"
    if told:
        return told.pop()
    return "unknown" if "unknown" in values else None


def recount(conn, by_width: int = 7) -> dict:
    """Every table of the statistics, recounted from occurrences, quotes and articles."""
    occurrences = conn.execute(
        "SELECT o.quotation_id, q.person_id, o.speaker_kind, o.speaker_gender, q.channel, a.source, "
        "substr(coalesce(q.said_on, q.first_seen), 1, ?) FROM occurrences o "
        "JOIN quotations q ON q.id = o.quotation_id JOIN articles a ON a.id = o.article_id",
        (by_width,)).fetchall()
    said = defaultdict(lambda: {"kind": [], "gender": [], "sources": set()})
    facts = {}
    for quote, person, kind, gender, channel, source, period in occurrences:
        said[quote]["kind"].append(kind)
        said[quote]["gender"].append(gender)
        said[quote]["sources"].add(source.casefold())
        facts[quote] = (person, channel.casefold() if channel else None, period)
    quotes = {q: {"person": facts[q][0], "channel": facts[q][1], "period": facts[q][2],
                  "kind": agreed_by_hand(s["kind"]), "gender": agreed_by_hand(s["gender"]),
                  "sources": s["sources"]} for q, s in said.items()}
    people = defaultdict(list)
    for q in quotes.values():
        if q["person"] is not None:
            people[q["person"]].append(q)
    tables = {}
    for name in ("kind", "gender"):
        by_quote = Counter(q[name] for q in quotes.values())
        by_person = Counter(agreed_by_hand([q[name] for q in qs]) for qs in people.values())
        tables[name] = {v: (by_quote[v], by_person[v]) for v in by_quote | by_person}
    for name, key in (("channel", "channel"), ("period", "period")):
        groups = defaultdict(list)
        for q in quotes.values():
            groups[q[key]].append(q)
        tables[name] = {v: (len(qs), len({q["person"] for q in qs} - {None}))
                        for v, qs in groups.items()}
    sources = defaultdict(list)
    for q in quotes.values():
        for source in q["sources"]:
            sources[source].append(q)
    tables["source"] = {v: (len(qs), len({q["person"] for q in qs} - {None}))
                        for v, qs in sources.items()}
    return {"quotations": len(quotes), "speakers": len(people),
            "unnamed": sum(q["person"] is None for q in quotes.values()), "tables": tables}


def as_recounted(data: dict) -> dict:
    """The statistics' JSON in the shape of `recount`."""
    def value(name, v):
        return v.casefold() if v and name in ("channel", "source") else v
    return {"quotations": data["quotations"], "speakers": data["speakers"],
            "unnamed": data["unnamed"],
            "tables": {name: {value(name, r["value"]): (r["quotations"], r["speakers"])
                              for r in table["rows"]}
                       for name, table in data["tables"].items()}}


# --- stored ------------------------------------------------------------------------------

def test_each_occurrence_keeps_the_kind_and_gender_its_article_gives(conn):
    rows = conn.execute("SELECT a.article_id, o.text, o.speaker_kind, o.speaker_gender "
                        "FROM occurrences o JOIN articles a ON a.id = o.article_id "
                        "ORDER BY a.article_id, o.position").fetchall()
    expected = [(a, w, k, g) for a, _, _, said in ARTICLES for w, _, k, g, _ in said]
    assert [tuple(r) for r in rows] == expected


def test_a_quotation_takes_what_its_articles_agree_on_and_not_telling_is_outvoted(conn):
    rows = dict(conn.execute("SELECT text, speaker_gender FROM quotations").fetchall())
    assert rows["The bridge will open in spring."] == "female"  # female + unknown
    assert rows["Rents are too high for families."] == "male"
    assert rows["We cannot comment on that."] == "unknown"
    assert rows["The budget is balanced this year."] is None     # an organisation has none
    assert rows["Nobody told the tenants."] is None              # nothing recorded


def test_a_persons_gender_across_the_corpus_shows_the_articles_behind_it(conn):
    ann = as_written(conn, "Ann Moreau")
    assert (ann.kind, ann.gender) == ("person", "female")
    assert ann.genders == (("female", 2), ("unknown", 1))
    omar = as_written(conn, "Omar Haddad")
    assert omar.gender == "disputed"
    assert dict(omar.genders) == {"male": 2, "female": 1}
    assert as_written(conn, "City Council").to_json() == {
        "id": as_written(conn, "City Council").person_id, "name": "City Council",
        "kind": "organisation", "gender": None, "kinds": {"organisation": 1}, "genders": {}}


def undo_statistics_columns(conn: sqlite3.Connection) -> None:
    """What migration 5 made: kind and gender on occurrences and quotes, the periods and the
    statistics' indexes (for tests that take a database back to an older schema)."""
    for index in ("quotes_by_speaker", "quotes_by_gender", "quotes_by_channel_speaker",
                  "quotes_by_month", "quotes_by_year", "occurrences_by_article_quote"):
        conn.execute(f"DROP INDEX {index}")
    for table, column in (("quotes", "said_month"), ("quotes", "said_year"),
                          ("quotes", "speaker_kind"), ("quotes", "speaker_gender"),
                          ("occurrences", "speaker_kind"), ("occurrences", "speaker_gender")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def test_the_kept_counts_equal_a_recount_after_every_kind_of_write(conn):
    def write(*item) -> None:
        with transaction(conn):
            write_extraction(conn, extraction(*item), "saidwhen test")
        assert kept_sources(conn) == recounted_sources(conn)
        assert kept_facets(conn) == recounted_facets(conn)
        # the whole corpus and each speaker read from the kept counts, and counted as a
        # narrowed selection
        assert kept_figures_differ(conn) == []

    assert kept_sources(conn) == recounted_sources(conn)  # ingested
    for item in ARTICLES:  # ingested again: nothing changes
        write(*item)
    write("a2", "2024-02-04", "City Paper", [  # replaced, under another source
        ("The bridge will open in spring.", "Ann Moreau", "person", "female", None),
        ("The ferry runs again on Monday.", None, "person", "unknown", None)])
    write("a5", "2024-04-01", None, [("The ferry runs again on Monday.", "Chrissy Vale",
                                      "person", "female", None)])
    write("a6", "2024-04-02", "Wire", [("We are grateful to the crews.", "Christine Vale",
                                        "person", "female", "interview")])
    write("a7", "2024-04-03", "WIRE", [("Still grateful to the crews.",  # the two are one
                                        "Christine “Chrissy” Vale", "person", "female", None)])
    assert conn.execute("SELECT count(*) FROM people WHERE name LIKE '%Vale%'").fetchone()[0] == 1
    wire = {r.value.casefold(): r for r in stats(conn).table("source").rows if r.value}["wire"]
    assert (wire.quotations, wire.speakers) == (4, 2)  # Omar twice, the unnamed, the Vales
    assert stats(conn).table("source").rows[-1].value is None  # a5 names no source


def test_a_database_from_before_kind_and_gender_upgrades_with_nothing_recorded(tmp_path):
    from saidwhen.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    for statement in MIGRATIONS[0] + MIGRATIONS[1]:
        old.execute(statement)
    old.execute("INSERT INTO articles (article_id, text, text_sha1, origin, extractor, "
                "ingested_at) VALUES ('x', 'Said.', '', 'x.txt', 'old', '')")
    old.execute("INSERT INTO quotes (kind, text, words) VALUES ('direct', 'Said.', 'said')")
    old.execute("INSERT INTO occurrences (quote_id, article_id, position, kind, text, start, end,"
                " content) VALUES (1, 1, 0, 'direct', 'Said.', 0, 5, '[[0, 5]]')")
    old.execute("PRAGMA user_version = 2")
    old.commit()
    old.close()
    conn = connect(path)
    rows = conn.execute("SELECT speaker_kind, speaker_gender FROM occurrences").fetchall()
    assert [tuple(r) for r in rows] == [(None, None)]
    assert stats(conn).table("gender").rows[0].value is None


def test_search_narrows_to_a_gender_or_kind_as_the_statistics_link_to_it(conn):
    found = search(conn, "", Filters(gender="female"), limit=50)
    assert sorted(q.text for q in found.items) == [
        "Parking fees will rise next month.", "The bridge will open in spring.",
        "The market stays open late.", "We need more buses on the north line."]
    assert [q.person for q in search(conn, "", Filters(kind="organisation")).items] == [
        "City Council"]


# --- the statistics ----------------------------------------------------------------------

def test_every_table_agrees_with_a_recount_from_the_tables(conn):
    data = stats(conn).to_json()
    assert set(data["tables"]) == set(TABLES)
    assert as_recounted(data) == recount(conn)


def test_by_year_counts_years(conn):
    data = stats(conn, by="year").to_json()
    assert as_recounted(data) == recount(conn, by_width=4)
    assert [r["value"] for r in data["tables"]["period"]["rows"]] == ["2024", "2025"]


def test_shares_are_of_all_quotations_and_of_all_speakers(conn):
    gender = stats(conn).to_json()["tables"]["gender"]
    female = next(r for r in gender["rows"] if r["value"] == "female")
    assert (female["quotations"], gender["quotations"]) == (4, 8)  # Omar's a2 quote says she
    assert female["quotation_share"] == 0.5
    assert (female["speakers"], gender["speakers"]) == (2, 4)  # Ann, Lena; Omar is disputed
    assert female["speaker_share"] == 0.5
    assert sum(r["quotation_share"] for r in gender["rows"]) == pytest.approx(1, abs=1e-3)


def test_the_filters_are_the_searchs_and_every_figure_leads_to_its_quotations(conn):
    data = stats(conn, "", Filters(since="2024-02", source="wire")).to_json()
    narrowed = search(conn, "", Filters(since="2024-02", source="wire"), limit=200)
    assert data["quotations"] == narrowed.total
    for name, table in data["tables"].items():
        for row in table["rows"]:
            if row["search"] is None:
                assert row["value"] is None
                continue
            behind = search(conn, row["search"].pop("q", ""), Filters(**row["search"]), limit=200)
            if name != "source":  # a source's quotations may be carried by other sources too
                assert behind.total == row["quotations"], (name, row)
            assert {q.id for q in behind.items} <= {q.id for q in narrowed.items}


def test_words_narrow_the_statistics_as_they_narrow_a_search(conn):
    data = stats(conn, "bridge OR rents").to_json()
    assert data["quotations"] == search(conn, "bridge OR rents").total == 2
    assert data["query"]["q"] == "bridge OR rents"


def test_the_most_quoted_of_each_period_come_first(conn):
    top = stats(conn).to_json()["top"]
    assert [(t["period"], t["rank"], t["name"], t["quotations"]) for t in top] == [
        ("2024-01", 1, "Ann Moreau", 1), ("2024-01", 2, "Omar Haddad", 1),
        ("2024-01", 3, "City Council", 1), ("2024-02", 1, "Omar Haddad", 1),
        ("2025-03", 1, "Ann Moreau", 1), ("2025-03", 2, "Lena Ortiz", 1)]


def test_the_most_quoted_past_the_first_five_are_ranked_by_count_then_first_added(tmp_path):
    conn = connect(tmp_path / "many.db")
    names = ["Ada Quill", "Bea Rowe", "Cy Stone", "Dov Tate", "Eve Ude", "Fay Vos", "Gil Wu"]
    said = {"Ada Quill": 1, "Bea Rowe": 3, "Cy Stone": 1, "Dov Tate": 2, "Eve Ude": 3,
            "Fay Vos": 1, "Gil Wu": 1}
    for n, name in enumerate(names):  # people added in this order, each in their own article
        with transaction(conn):
            write_extraction(conn, extraction(f"m{n}", "2024-05-02", "Wire", [
                (f"Point {i} of {name} stands.", name, "person", None, None)
                for i in range(said[name])]), "saidwhen test")
    expected = [("2024-05", 1, "Bea Rowe", 3), ("2024-05", 2, "Eve Ude", 3),
                ("2024-05", 3, "Dov Tate", 2), ("2024-05", 4, "Ada Quill", 1),
                ("2024-05", 5, "Cy Stone", 1)]
    for filters in (Filters(), Filters(since="2024")):  # kept, and counted from the selection
        assert [(t.period, t.rank, t.name, t.quotations)
                for t in stats(conn, "", filters).top] == expected


def test_the_whole_corpus_is_read_from_the_kept_counts_alone(conn):
    """Over the whole corpus no table reads the quotations: their rows gone, the figures
    stay (a test of where they come from; the store itself never loses rows so)."""
    before = stats(conn).to_json()
    conn.execute("CREATE TEMP TABLE quotations (id INTEGER PRIMARY KEY, person_id, "
                 "speaker_gender, speaker_kind, channel, said_on, first_seen, said_month, "
                 "said_year)")
    assert stats(conn).to_json() == before  # the temporary table, empty, hides the real one
    # a narrowed ask reads the quotations: in SQL on this connection (the empty table), or
    # as columns of the file, read on a connection of their own
    assert counted_in_sql(conn, "", Filters(since="2000")).quotations == 0
    assert stats(conn, "", Filters(since="2000")).quotations == 8


def test_an_unknown_period_or_table_is_a_query_error(conn):
    with pytest.raises(QueryError, match="by must be one of month, year"):
        stats(conn, by="week")
    with pytest.raises(QueryError, match="no statistics table 'weather'"):
        stats(conn).csv_rows("weather")


def test_every_table_is_a_csv_with_a_header(conn):
    result = stats(conn)
    for name in TABLES:
        rows = result.csv_rows(name)
        assert rows[0][0] == name and len(rows) == len(result.table(name).rows) + 1
    assert result.csv_rows("top")[0] == ["period", "rank", "speaker", "quotations"]


def test_a_spark_output_written_before_kind_and_gender_reads_back_without_them():
    from saidwhen.spark.rows import quote_from_row

    older = {"kind": "direct", "content": [{"start": 0, "end": 5, "text": "“No.”"}],
             "cue": None, "speaker": {"name": "Ann Moreau", "mention": None},
             "channel": None, "outlet": None, "said_on": None}
    assert quote_from_row(older).speaker == Speaker("Ann Moreau", None, None, None)
