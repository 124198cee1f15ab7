"""saidwhen.Corpus, the Python API over the store: the store's records, read lazily, read-only,
and the README's example running as written."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import re
import sqlite3
import sys
from itertools import islice

import pytest

from conftest import ROOT
from saidwhen import Corpus
from saidwhen.errors import NotFound, PandasMissing, QueryError, StoreError
from saidwhen.records import Article, Extraction, Quote, Span, Speaker
from saidwhen.store import TimelineQuery, connect, timeline, transaction
from saidwhen.store.results import Person, StoredArticle, StoredQuotation
from saidwhen.store.writing import write_extraction
from test_stats import build

MANY = 450  # more than two pages of the store's largest page (200)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return boats(tmp_path_factory.mktemp("api") / "corpus.db")


def boats(path):
    """The statistics' test corpus, and MANY quotations of one article about boats."""
    conn = build(path)
    lines = [f"“We counted {n} boats in the harbour today.”" for n in range(MANY)]
    with transaction(conn):
        write_extraction(conn, said_in("boats", lines, None), "test")
    conn.close()
    return path


def said_in(article_id: str, lines: list[str], date: dt.date | None,
            speakers: list[str] | None = None) -> Extraction:
    text, quotes = "", []
    for line, speaker in zip(lines, speakers or ["Harbour Office"] * len(lines)):
        start = len(text)
        text += line + " "
        quotes.append(Quote("direct", (Span(start, start + len(line), line),), None,
                            Speaker(speaker, None, "organisation", None)))
    return Extraction(Article(article_id, text, date, source="Port Log",
                              origin=f"{article_id}.txt"), tuple(quotes))


@pytest.fixture
def corpus(db):
    with Corpus(db) as opened:
        yield opened


def test_a_search_is_read_a_page_at_a_time_and_reaches_every_result(corpus):
    results = corpus.search("boats")
    assert results.total == MANY
    ids = [q.id for q in results]
    assert len(ids) == len(set(ids)) == MANY
    assert all(isinstance(q, StoredQuotation) for q in islice(results, 3))
    assert [q.id for q in results] == ids  # iterating again reads the same again


@pytest.mark.parametrize("words", ["", "boats"])
def test_a_search_read_while_an_ingest_writes_gives_each_quotation_once(tmp_path, words):
    # Read a page at a time as separate searches, a newer quotation written meanwhile moved
    # every later one a place down: the last of a page came again at the top of the next.
    path = boats(tmp_path / "corpus.db")
    with Corpus(path) as corpus:
        results = corpus.search(words)
        reading = iter(results)
        ids = [next(reading).id for _ in range(250)]  # into the second page
        writer = connect(path)
        with transaction(writer):
            write_extraction(writer, said_in("later", ["“More boats came in tonight.”"],
                                             dt.date(2030, 1, 1)), "test")
        writer.close()
        ids += [q.id for q in reading]
    assert len(ids) == len(set(ids)) == results.total


def test_a_timeline_read_while_an_ingest_writes_gives_each_quotation_once(tmp_path):
    # Read a page at a time, a quotation dated before the undated ones, written between two
    # pages, moved them a place down: the last of a page came again at the top of the next.
    path = boats(tmp_path / "corpus.db")
    with Corpus(path) as corpus:
        timeline = corpus.timeline("Harbour Office")
        reading = iter(timeline)
        ids = [next(reading).id for _ in range(250)]  # into the second page
        write(path, said_in("later", ["“More boats came in tonight.”"], dt.date(2030, 1, 1)))
        ids += [q.id for q in reading]
    assert len(ids) == len(set(ids)) == timeline.total == MANY


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_timeline_is_iterated_in_the_order_of_its_pages(tmp_path, newest_first):
    path = boats(tmp_path / "corpus.db")
    write(path, said_in("dated", [f"“Ferry {n} left late.”" for n in range(5)],
                        dt.date(2029, 5, 1)))
    with Corpus(path) as corpus:
        iterated = [q.id for q in corpus.timeline("Harbour Office", newest_first=newest_first)]
        conn = corpus._conn
        asked = TimelineQuery(newest_first=newest_first, limit=7)
        first = timeline(conn, "Harbour Office", asked)
        paged = [q.id for page in range(1, first.pages + 1) for q in
                 timeline(conn, "Harbour Office", replace(asked, page=page)).quotations]
    assert iterated == paged and len(paged) == MANY + 5


PEOPLE = 260  # more than a page of people (200)


def test_people_read_while_an_ingest_writes_gives_each_person_once(tmp_path):
    # A page at a time, a person written between two pages with more quotations than any
    # moved everyone a place down: the last of a page came again at the top of the next.
    path = tmp_path / "corpus.db"
    names = [f"Mara Quill{n:03d}" for n in range(PEOPLE)]
    write(path, said_in("crowd", [f"“Boat {n} is mine.”" for n in range(PEOPLE)], None, names))
    with Corpus(path) as corpus:
        people = corpus.people()
        assert people.total == PEOPLE
        reading = iter(people)
        ids = [next(reading).id for _ in range(200)]  # the first page, to its end
        write(path, said_in("newcomer", [f"“Wave {n} was high.”" for n in range(3)], None,
                            ["Tova Brine"] * 3))
        ids += [p.id for p in reading]
    assert len(ids) == len(set(ids)) == PEOPLE


def write(path, extraction: Extraction) -> None:
    """`extraction` stored in the corpus at `path`, as an ingest beside a reader would."""
    writer = connect(path)
    with transaction(writer):
        write_extraction(writer, extraction, "test")
    writer.close()


def test_a_search_takes_the_filters_of_the_command_line(corpus):
    found = corpus.search(speaker="Omar Haddad", since="2024-02")
    assert [q.text for q in found] == ["Parking fees will rise next month."]
    assert {q.person for q in corpus.search(gender="female")} == {
        "Ann Moreau", "Lena Ortiz", "Omar Haddad"}


def test_a_gender_or_kind_that_no_speaker_can_have_is_a_query_error_not_no_answers(corpus):
    assert {q.person for q in corpus.search(gender="Female")} == {
        "Ann Moreau", "Lena Ortiz", "Omar Haddad"}
    with pytest.raises(QueryError, match="gender must be one of female, male, unknown, "
                                         "disputed, not 'femal'"):
        corpus.search(gender="femal")
    with pytest.raises(QueryError, match="kind must be one of person, organisation, disputed"):
        corpus.stats(kind="organization")


def test_dates_the_wrong_way_round_are_a_query_error_and_a_month_still_holds_its_days(corpus):
    with pytest.raises(QueryError, match=r"since \(2024-03\) is after until \(2024-02\): no "
                                         "day is in between"):
        corpus.search(since="2024-03", until="2024-02")
    with pytest.raises(QueryError, match="is after until"):
        corpus.timeline("Omar Haddad", since="2025", until="2024-12-31")
    within = corpus.search(since="2024-02-10", until="2024-02")
    assert within.total == corpus.search(since="2024-02-10", until="2024-02-29").total >= 1


@pytest.mark.parametrize("call, message", [
    (lambda c: c.search(123), "query must be a string, not int 123"),
    (lambda c: c.search("boats", since=2024), "since must be a string or None, not int 2024"),
    (lambda c: c.stats(speaker=["Omar Haddad"]), "speaker must be a string or None, not list"),
    (lambda c: c.stats(by=3), "by must be a string, not int 3"),
    (lambda c: c.timeline(5), "person must be a string, not int 5"),
    (lambda c: c.timeline("Omar Haddad", "yes"), "newest_first must be True or False"),
    (lambda c: c.person(None), "name must be a string, not NoneType"),
    (lambda c: c.as_written(b"Omar"), "person must be a string, not bytes"),
    (lambda c: c.quotation("1"), "quotation_id must be an int, not str '1'"),
    (lambda c: c.quotation(True), "quotation_id must be an int, not bool True"),
    (lambda c: c.article(7), "article_id must be a string, not int 7"),
])
def test_an_argument_of_the_wrong_type_is_a_type_error_naming_it(corpus, call, message):
    with pytest.raises(TypeError, match=re.escape(message)):
        call(corpus)


def test_people_a_timeline_a_quotation_and_an_article_are_the_stores_records(corpus):
    people = list(corpus.people())
    assert people[0].name == "Harbour Office" and all(isinstance(p, Person) for p in people)
    timeline = list(corpus.timeline("Ann Moreau"))
    assert [q.text for q in timeline] == ["The bridge will open in spring.",
                                          "We need more buses on the north line."]
    quote = corpus.quotation(timeline[0].id)
    assert [o.article_id for o in quote.occurrences] == ["a1", "a2"]
    article = corpus.article("a3")
    assert isinstance(article, StoredArticle) and len(article.quotes) == 2
    with pytest.raises(NotFound, match="no person called 'Nobody Here'"):
        corpus.timeline("Nobody Here")


def test_a_timeline_is_read_a_page_at_a_time_and_takes_the_timelines_filters(corpus):
    everything = corpus.timeline("Harbour Office")
    assert everything.total == MANY
    texts = [q.text for q in everything]
    assert len(texts) == len(set(texts)) == MANY
    assert [q.text for q in corpus.timeline("Harbour Office", query="counted 7")] == [
        "“We counted 7 boats in the harbour today.”"]
    assert [q.text for q in corpus.timeline("Ann Moreau", newest_first=True)] == [
        "We need more buses on the north line.", "The bridge will open in spring."]


def test_stats_are_those_of_the_command_and_the_page(corpus):
    stats = corpus.stats(source="Port Log")
    assert stats.quotations == MANY and stats.speakers == 1
    assert [(r.value, r.quotations) for r in stats.table("kind").rows] == [("organisation", MANY)]


def test_results_and_tables_become_dataframes(corpus):
    pytest.importorskip("pandas")
    frame = corpus.search(speaker="Ann Moreau").to_pandas()
    assert sorted(frame["text"]) == ["The bridge will open in spring.",
                                     "We need more buses on the north line."]
    assert {"id", "person", "said_on", "first_seen", "channel", "articles"} <= set(frame.columns)
    gender = corpus.stats().table("gender").to_pandas()
    assert list(gender.columns) == ["value", "quotations", "quotation_share", "speakers",
                                    "speaker_share"]


def test_without_pandas_a_dataframe_says_how_to_install_it(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an import of a missing module sees
    with pytest.raises(PandasMissing, match=r"pip install 'saidwhen\[pandas\]'"):
        corpus.people().to_pandas()


def test_the_corpus_is_opened_read_only(db, tmp_path):
    with Corpus(db) as corpus:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            corpus._conn.execute("DELETE FROM quotations")
    with pytest.raises(StoreError, match="saidwhen ingest"):
        Corpus(tmp_path / "missing.db")


def readme_example(path: str = "docs/python.md", section: str = "## The corpus") -> str:
    text = (ROOT / path).read_text(encoding="utf-8")
    return re.search(r"```python\n(.*?)```", text.split(section, 1)[1], re.S).group(1)


def test_the_readmes_example_runs_as_written(db, tmp_path, monkeypatch, capsys):
    (tmp_path / "saidwhen.db").write_bytes(db.read_bytes())
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_example(), "docs/python.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out
    assert "quotations since 2020" in printed and "Harbour Office" in printed


def test_the_front_readmes_example_runs_as_written_and_counts_what_the_corpus_holds(db, tmp_path, monkeypatch,
                                                                                    capsys):
    (tmp_path / "saidwhen.db").write_bytes(db.read_bytes())
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_example("README.md", "## One page of the corpus"), "README.md", "exec"),
         {"__name__": "readme"})
    printed = capsys.readouterr().out.splitlines()
    with Corpus(db) as corpus:
        total = corpus.search().total
        genders = [f"{row.value} {row.quotations} {row.speakers}" for row in corpus.stats().table("gender").rows]
    assert printed[0] == f"{total} quotations"
    assert genders and printed[-len(genders):] == genders
