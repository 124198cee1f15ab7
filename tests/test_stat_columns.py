"""The statistics of a narrowed selection, counted from the quotations' columns in memory
(saidwhen.store.columns), equal those counted in SQL over the same selection
(saidwhen.store.stats.counted_in_sql) for every filter, alone and together, with words and
without, by month and by year, and after every kind of write; and the columns are read again
when the database changes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from saidwhen.store import Filters, connect, search, transaction
from saidwhen.store import columns
from saidwhen.store.stats import counted_in_sql, stats
from saidwhen.store.writing import write_extraction

from kept_counts import figures
from test_stats import ARTICLES, build, extraction

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import stats_scale  # noqa: E402  (the benchmark's synthetic corpus: many people and sources)

QUESTIONS = [
    ("", Filters(since="2024-02")), ("", Filters(until="2024-01-31")),
    ("", Filters(since="2024", until="2024")), ("", Filters(since="2024-02-04")),
    ("", Filters(channel="statement")), ("", Filters(channel="INTERVIEWS")),
    ("", Filters(source="wire")), ("", Filters(source="City Paper")),
    ("", Filters(gender="female")), ("", Filters(gender="Male")), ("", Filters(kind="person")),
    ("", Filters(kind="organisation")), ("", Filters(gender="disputed")),
    ("", Filters(speaker="Ann Moreau", since="2024")),
    ("", Filters(speaker="Omar Haddad", source="Wire", gender="male")),
    ("", Filters(source="Wire", channel="interview", since="2024-01", until="2025")),
    ("bridge", Filters()), ("bridge OR rents OR market", Filters(since="2024-02")),
    ("open", Filters(source="City Paper", kind="person")), ("nothing_said_so", Filters()),
]


def differences(conn, questions=QUESTIONS) -> list:
    """The questions whose statistics from the columns differ from those counted in SQL."""
    return [(query, filters, by) for query, filters in questions for by in ("month", "year")
            if figures(stats(conn, query, filters, by=by))
            != figures(counted_in_sql(conn, query, filters, by=by))]


@pytest.fixture
def conn(tmp_path):
    return build(tmp_path / "corpus.db")


def test_every_filter_counts_as_the_sql_counts(conn):
    wire = stats(conn, "", Filters(source="wire"))
    assert wire.quotations == search(conn, "", Filters(source="wire")).total == 4
    assert differences(conn) == []


def test_the_columns_count_as_the_sql_after_every_kind_of_write(conn):
    def write(*item) -> None:
        with transaction(conn):
            write_extraction(conn, extraction(*item), "saidwhen test")
        assert differences(conn) == []

    for item in ARTICLES:  # ingested again: nothing changes
        write(*item)
    write("a2", "2024-02-04", "City Paper", [  # replaced, under another source
        ("The bridge will open in spring.", "Ann Moreau", "person", "female", None),
        ("The ferry runs again on Monday.", None, "person", "unknown", None)])
    write("a5", "2024-04-01", None, [("The ferry runs again on Monday.", "Chrissy Vale",
                                      "person", "female", "Statement")])
    write("a6", "2024-04-02", "Wire", [("We are grateful to the crews.", "Christine Vale",
                                        "person", "female", "interview")])
    write("a7", "2024-04-03", "WIRE", [("Still grateful to the crews.",  # the two are one
                                        "Christine “Chrissy” Vale", "person", "male", None)])
    vale = stats(conn, "", Filters(source="wire", since="2024-04")).table("gender").rows
    assert [(r.value, r.speakers) for r in vale if r.speakers] == [("disputed", 1)]


def test_the_columns_are_read_again_when_the_database_changes(conn):
    before = stats(conn, "", Filters(since="2024")).quotations
    kept = columns.columns(conn)
    assert columns.columns(conn) is kept  # unchanged: the same arrays
    with transaction(conn):
        write_extraction(conn, extraction("a9", "2024-06-01", "Wire", [
            ("The tide is late this year.", "Lena Ortiz", "person", "female", None)]),
            "saidwhen test")
    assert columns.columns(conn) is not kept
    assert stats(conn, "", Filters(since="2024")).quotations == before + 1


def test_another_connection_sees_the_columns_of_the_file_as_it_is(tmp_path):
    path = tmp_path / "corpus.db"
    writer = build(path)
    reader = connect(path, readonly=True)
    assert stats(reader, "", Filters(source="wire")).quotations == 4
    with transaction(writer):
        write_extraction(writer, extraction("a9", "2024-06-01", "WIRE", [
            ("The tide is late this year.", "Lena Ortiz", "person", "female", None)]),
            "saidwhen test")
    assert stats(reader, "", Filters(source="wire")).quotations == 5
    assert differences(reader) == []


def test_a_large_synthetic_corpus_counts_as_the_sql_counts(tmp_path):
    """Hundreds of people, forty sources, channels in several casings, ten years: the most
    quoted of each period ranked past ties, sources past a hundred rows, the grid and the
    sorted ways of counting pairs both taken."""
    path = tmp_path / "synthetic.db"
    stats_scale.build(path, 6000)
    conn = connect(path, readonly=True)
    questions = [("", Filters(source="Source 7")), ("", Filters(channel="x")),
                 ("", Filters(since="2019-03", until="2021")), ("", Filters(gender="unknown")),
                 ("", Filters(kind="organisation", since="2016")), ("bridge", Filters()),
                 ("harbour OR ferry", Filters(channel="interview")),
                 ("", Filters(speaker="Person 42", since="2015"))]
    assert differences(conn, questions) == []
    small = columns.GRID_CELLS
    try:
        columns.GRID_CELLS = 10  # every pair counted by sorting
        assert differences(conn, questions) == []
    finally:
        columns.GRID_CELLS = small


def test_a_server_begins_reading_the_columns_as_it_starts(tmp_path, monkeypatch):
    from saidwhen.web import create_app

    path = tmp_path / "corpus.db"
    build(path).close()
    monkeypatch.setattr(columns, "_kept", {})
    create_app(path)
    (reading,) = columns._kept.values()
    assert reading.done.wait(30) and len(reading.columns.ids) == 8
    # the question that comes next finds them under the name SQLite gives the file
    assert columns.columns(connect(path, readonly=True)) is reading.columns


def test_the_columns_of_a_few_files_are_kept_at_most(tmp_path, monkeypatch):
    monkeypatch.setattr(columns, "_kept", {})
    paths = [tmp_path / f"corpus{n}.db" for n in range(columns.FILES_KEPT + 2)]
    for path in paths:
        conn = build(path)
        assert stats(conn, "", Filters(source="wire")).quotations == 4
    assert list(columns._kept) == [str(p) for p in paths[-columns.FILES_KEPT:]]


@pytest.mark.parametrize("ids", [[9, 5, 7], [10**12, 5, 7]])  # dense ids, and far apart
def test_a_quotation_is_found_by_its_id_among_the_rows_or_known_absent(ids):
    import numpy as np

    rows, known = columns._finder(np.array(ids))(np.array([7, ids[0], 3, -1, 10**13]))
    assert list(known) == [True, True, False, False, False]
    assert list(rows[known]) == [2, 0]


def test_words_in_capitals_and_words_that_are_no_words_count_as_the_sql_counts(conn):
    with transaction(conn):
        write_extraction(conn, extraction("a8", "2024-03-05", "Wire", [
            ("The U.S. embassy stays open.", "Lena Ortiz", "person", "female", None),
            ("Let us open the doors.", "Omar Haddad", "person", "male", "statement")]),
            "saidwhen test")
    assert stats(conn, "U.S.").quotations == search(conn, "U.S.").total == 1
    assert differences(conn, [("U.S.", Filters()), ("U.S. OR bridge", Filters(source="wire")),
                              ("open", Filters(since="2024-03")), ("?!", Filters()),
                              ("?!", Filters(gender="female"))]) == []


def test_a_corpus_of_real_extractions_counts_as_the_sql_counts(corpus_db):
    """The web tests' corpus, ingested from the seed and invented articles by the real
    extraction: every source, channel, gender, kind and year it holds, alone and with words."""
    conn = connect(corpus_db, readonly=True)

    def held(sql: str) -> list:
        return [row[0] for row in conn.execute(sql) if row[0]]

    questions = [("", Filters(source=s)) for s in held("SELECT DISTINCT source FROM articles")]
    questions += [("", Filters(channel=c)) for c in held("SELECT DISTINCT channel FROM quotations")]
    questions += [("", Filters(gender=g)) for g in held("SELECT DISTINCT speaker_gender "
                                                         "FROM quotations")]
    questions += [("", Filters(kind=k)) for k in held("SELECT DISTINCT speaker_kind "
                                                       "FROM quotations")]
    questions += [("", Filters(since=y, until=y)) for y in held("SELECT DISTINCT said_year "
                                                                 "FROM quotations")]
    questions += [("the", Filters()), ("the OR a", Filters(kind="person"))]
    assert len(questions) > 8 and stats(conn, "the", Filters()).quotations > 0
    assert differences(conn, questions) == []


def test_rows_are_found_by_id_from_a_table_of_rows_or_by_search():
    import dataclasses

    import numpy as np

    everyone = np.array([9, 5, 7])
    found = columns._columns(everyone, np.array([-1, 1, 2]), [((None, None), everyone)],
                             [((None,), everyone)], [(("2024-01-01",), everyone)], [])
    assert found.row_of is not None
    for kept in (found, dataclasses.replace(found, row_of=None,
                                            by_id=np.argsort(found.ids, kind="stable"))):
        assert sorted(found.ids[kept.rows_of([7, 9, 3, -1, 10**13])]) == [7, 9]


def test_a_read_begun_before_a_write_names_the_people_the_columns_count(tmp_path):
    """A page reads in one transaction; the columns come from the file as it is. A person
    written after the page's read began, and among the most quoted, is still named."""
    path = tmp_path / "corpus.db"
    writer = build(path)
    reader = connect(path, readonly=True)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM people").fetchone()[0] == 4  # the read begins
    with transaction(writer):
        write_extraction(writer, extraction("a9", "2023-06-01", "Wire", [
            ("The tide is late this year.", "Nora Quist", "person", "female", None)]),
            "saidwhen test")
    found = stats(reader, "", Filters(since="2023-06", until="2023-06"))
    assert [(t.name, t.quotations) for t in found.top] == [("Nora Quist", 1)]
    reader.execute("COMMIT")
