"""A researcher's questions, on a small corpus written for these tests: words as a person types
them, results by date, one rule for a speaker's name, channels and sources by name, an export
of exactly what a search finds, and quotations ready to cite at an address that lasts."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kept_counts import undo_quotation_names, undo_scale_counts, undo_stats_counts
from saidwhen.errors import AmbiguousName, NoSuchPerson, QueryError, UnknownSpeaker
from saidwhen.output import csv_columns
from saidwhen.ingest import ingest
from saidwhen.store import (Filters, channels, connect, export, person, quotation, search,
                            sources)
from saidwhen.store.fts import fts_query
from saidwhen.store.migrations import LATEST
from saidwhen.store.names import person_id
from test_stats import undo_statistics_columns
from test_timeline import undo_timeline_counts

ROOT = Path(__file__).resolve().parent.parent
# Two Browns, a Howard named in full and one named by surname alone, a source spelt two ways
# and once with "The", a statement; words with a hyphen, an apostrophe, dots and a slash.
ARTICLES = [
    {"id": "a1", "date": "2004-01-10", "title": "Row over remarks", "source": "The Intercept",
     "url": "https://example.org/a1",
     "text": "“Robert Kilroy-Silk was wrong to write that column,” said Gordon Brown on Friday."
             "\n\n“We don't accept it,” said Nick Brown."},
    {"id": "a2", "date": "2004-03-02", "title": "Security debate", "source": "Wire",
     "url": "https://example.org/a2",
     "text": "“The U.S. must listen to its allies,” said Michael Howard.\n\n"
             "“After 9/11 nothing was the same,” Howard said in a statement."},
    {"id": "a3", "date": "2003-11-20", "title": "Earlier talk", "source": "Wire",
     "text": "“The budget is sound and we will keep it so,” said Gordon Brown."},
    {"id": "a4", "date": "2004-05-01", "source": "the intercept",
     "text": "“Taxes will fall next year,” Howard said."},
    {"id": "a5", "date": "2004-06-12", "title": "Budget again", "source": "Wire",
     "url": "https://example.org/a5",
     "text": "“The budget is sound and we will keep it so,” said Gordon Brown."},
    {"id": "a6", "date": "2004-07-01", "title": "Trade", "source": "Wire",
     "text": "“The US economy is slowing down,” said Gordon Brown.\n\n"
             "“Nobody told us about the plan,” said Nick Brown."},
]
# What a person types, and what the quotes it finds hold: "U.S." is also written "US" (but
# the pronoun "us" is no abbreviation).
TYPED = {"Kilroy-Silk": ["Kilroy-Silk"], "don't": ["don't"], "U.S.": ["U.S.", "US"],
         "9/11": ["9/11"]}


def _build(folder: Path, articles: list[dict], name: str = "research.db") -> Path:
    data = folder / f"{name}.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = folder / name
    conn = connect(db)
    report = ingest(conn, [str(data)], jobs=1)
    conn.close()
    assert report.added == len(articles) and not report.skipped
    return db


@pytest.fixture(scope="module")
def research_db(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("research"), ARTICLES)


@pytest.fixture()
def conn(research_db):
    connection = connect(research_db, readonly=True)
    yield connection
    connection.close()


def texts(page) -> list[str]:
    return [q.text for q in page.items]


# --- words as a person types them ------------------------------------------------------------

@pytest.mark.parametrize("typed", list(TYPED))
def test_words_with_hyphens_apostrophes_dots_and_slashes_find_those_words(conn, typed):
    page = search(conn, typed)
    assert page.total == len(TYPED[typed])
    for found, spelt in zip(sorted(page.items, key=lambda q: q.text), sorted(TYPED[typed])):
        assert re.search(rf"\b{re.escape(spelt)}(\W|$)", found.text)
        assert found.matches  # and the words are marked where they are


@pytest.mark.parametrize("typed, fts", [
    ("Kilroy-Silk", '"Kilroy-Silk"'), ("kilroy-sil*", '"kilroy-sil"*'), ("9/11", '"9/11"'),
    ("budget OR taxes", "budget OR taxes"), ('"keep it so"', '"keep it so"'),
    ('"keep it so', '"keep it so"'), ("NEAR(budget sound, 3)", "NEAR ( budget sound , 3 )"),
    ("^The budget", "^The budget"), ("wrong - column", "wrong column"),
    ("U.S.", '("U.S." OR "US")'), ("the U.S. economy", 'the AND ("U.S." OR "US") AND economy'),
    ("(budget OR taxes) sound", "( budget OR taxes ) AND sound"),
])
def test_fts5_syntax_stays_and_only_words_are_quoted(typed, fts):
    assert fts_query(typed) == fts


@pytest.mark.parametrize("query, expected", [
    ("budget OR taxes", 2), ('"keep it so"', 1), ("budg*", 1), ("NEAR(budget sound, 3)", 1),
    ("Kilroy-Sil*", 1), ("allies NOT budget", 1), ("(taxes OR allies) AND fall", 1),
    ("(taxes OR allies) fall", 1), ("U.S. economy", 1), ("U.S. OR plan", 3),
])
def test_fts5_syntax_finds_what_it_says(conn, query, expected):
    assert search(conn, query).total == expected


@pytest.mark.parametrize("bad", ["AND budget", "(budget", "budget OR"])
def test_a_query_that_is_still_bad_says_why(conn, bad):
    with pytest.raises(QueryError, match="cannot understand the search query"):
        search(conn, bad)


# --- by date ---------------------------------------------------------------------------------

def test_results_by_date_oldest_or_newest_first(conn):
    oldest = search(conn, "", sort="oldest", limit=50)
    newest = search(conn, "", sort="newest", limit=50)
    whens = [q.when for q in oldest.items]
    assert oldest.order == "oldest" and whens == sorted(whens) and len(whens) == 8
    assert [q.id for q in newest.items] == [q.id for q in reversed(oldest.items)]
    worded = search(conn, "budget OR allies OR column", sort="oldest")
    assert [q.when for q in worded.items] == ["2003-11-20", "2004-01-09", "2004-03-02"]
    assert search(conn, "budget OR allies OR column").order == "best match"
    with pytest.raises(QueryError, match="sort must be one of rank, oldest, newest"):
        search(conn, "", sort="sideways")


# --- one rule for a speaker's name -----------------------------------------------------------

def test_a_surname_one_full_name_has_is_that_person_and_the_answer_says_so(conn):
    page = search(conn, "", Filters(speaker="Howard"), limit=50)
    assert page.speaker.name == "Michael Howard"
    assert {q.person for q in page.items} == {"Michael Howard"} and page.total == 2
    assert person(conn, "howard").name == "Michael Howard"
    assert search(conn, "", Filters(speaker="gordon  brown")).speaker.name == "Gordon Brown"


def test_a_surname_several_people_have_is_ambiguous_and_names_them(conn):
    with pytest.raises(AmbiguousName) as raised:
        search(conn, "", Filters(speaker="Brown"))
    assert set(raised.value.choices) == {"Gordon Brown", "Nick Brown"}
    assert raised.value.choices[0] == "Gordon Brown"  # the most quoted first
    with pytest.raises(AmbiguousName):
        person(conn, "Brown")


@pytest.mark.parametrize("name", ["Brown", "Howard", "Gordon"])
def test_a_name_is_resolved_from_the_counts_kept_of_people_not_from_their_quotations(conn, name):
    # A surname 1,607 people share took 600 ms to call ambiguous at a million quotations while
    # each one's quotations were counted; people.quotations holds the same count.
    asked = []
    conn.set_trace_callback(asked.append)
    try:
        person_id(conn, name)
    except (AmbiguousName, NoSuchPerson):
        pass
    finally:
        conn.set_trace_callback(None)
    assert asked and not [sql for sql in asked if re.search(r"\b(FROM|JOIN) quotations\b", sql)]


def test_one_word_quoted_more_than_those_of_that_surname_is_itself(tmp_path):
    party = [{"id": "b1", "date": "2005-01-01", "text": "“We will cut taxes,” Labour said.\n\n"
              "“Schools come first,” Labour said.\n\n“Hospitals matter too,” Labour said."},
             {"id": "b2", "date": "2005-01-02", "text": "“It was only a slogan,” said Ann Labour."}]
    with connect(_build(tmp_path, party, "party.db"), readonly=True) as conn:
        assert person(conn, "Labour").name == "Labour"  # 3 quotations against Ann Labour's 1
        assert person(conn, "Mrs Labour").name == "Ann Labour"  # a title makes it a surname


def test_nobody_of_that_name_is_an_error_with_likely_names(conn):
    with pytest.raises(UnknownSpeaker, match="people with a like name: Gordon Brown") as raised:
        search(conn, "", Filters(speaker="Gordon"))
    assert raised.value.choices == ("Gordon Brown",)
    with pytest.raises(NoSuchPerson):
        person(conn, "Blunkett")


# --- channels and sources by name ------------------------------------------------------------

def test_channels_and_sources_are_listed_with_their_counts(conn):
    assert channels(conn) == [("statement", 1)]
    assert sources(conn) == [("Wire", 4), ("The Intercept", 1), ("the intercept", 1)]


@pytest.mark.parametrize("asked", ["Intercept", "the intercept", "THE  INTERCEPT"])
def test_a_source_matches_whatever_its_case_and_without_the(conn, asked):
    found = search(conn, "", Filters(source=asked), limit=50)
    assert sorted(o.article_id for q in found.items for o in q.occurrences) == ["a1", "a1", "a4"]


@pytest.mark.parametrize("asked", ["statement", "Statements", "STATEMENT"])
def test_a_channel_matches_whatever_its_case_and_number(conn, asked):
    assert texts(search(conn, "", Filters(channel=asked))) == [
        "“After 9/11 nothing was the same,”"]


def test_an_unknown_channel_or_source_lists_those_there_are(conn):
    with pytest.raises(QueryError, match=r"no channel called 'speech'.*the channels: statement"):
        search(conn, "", Filters(channel="speech"))
    with pytest.raises(QueryError, match=r"no source called 'Times'.*Wire") as raised:
        search(conn, "", Filters(source="Times"))
    assert "The Intercept" in raised.value.choices


# --- export what a search finds --------------------------------------------------------------

@pytest.mark.parametrize("query, filters, sort", [
    ("", Filters(), "rank"), ("budget OR allies", Filters(), "rank"),
    ("", Filters(source="Intercept"), "oldest"), ("", Filters(speaker="Howard"), "newest"),
])
def test_the_export_is_what_the_search_finds_in_its_order(conn, query, filters, sort):
    found = search(conn, query, filters, limit=200, sort=sort)
    exported = list(export(conn, query, filters, sort, batch=2))
    assert [q.to_json() for q in exported] == [
        {**q.to_json(), "matches": []} for q in found.items]


def test_the_docs_explain_every_column_of_the_export():
    readme = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    assert [c for c in csv_columns(occurrences=True) if f"`{c}`" not in readme] == []


def test_the_view_for_sql_readers_uses_the_exports_column_names(conn):
    view = [r[1] for r in conn.execute("PRAGMA table_info(quotes_in_articles)")]
    assert set(view) <= set(csv_columns(occurrences=True)) and "said_on" in view
    rows = conn.execute("SELECT said_on, occurrence_said_on_value, occurrence_article_date FROM "
                        "quotes_in_articles WHERE occurrence_article_id = 'a1'").fetchall()
    # said_on is the quotation's, as everywhere; the article's date is named so
    assert {tuple(r) for r in rows} == {("2004-01-09", "2004-01-09", "2004-01-10")}


# --- ready to cite ---------------------------------------------------------------------------

def test_a_result_carries_its_first_article_and_a_citation(conn):
    [found] = search(conn, '"keep it so"').items
    record = found.to_json()
    assert record["first_article"] == {"id": "a3", "title": "Earlier talk", "source": "Wire",
                                       "date": "2003-11-20", "url": None}
    assert record["citation"] == ("Gordon Brown: “The budget is sound and we will keep it so”. "
                                  "Earlier talk, Wire, 2003-11-20.")


def stable_ids(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as raw:
        return dict(raw.execute("SELECT stable_id, text FROM quotations"))


def test_stable_ids_are_the_same_whatever_order_the_articles_came_in(research_db, tmp_path):
    again = _build(tmp_path, ARTICLES[::-1], "reversed.db")
    first = stable_ids(research_db)
    assert len(first) == 8 and all(re.fullmatch(r"[0-9a-f]{16}", i) for i in first)
    assert stable_ids(again) == first
    with sqlite3.connect(again) as raw:  # while the row numbers differ
        rows = dict(raw.execute("SELECT stable_id, id FROM quotations"))
    with sqlite3.connect(research_db) as raw:
        assert rows != dict(raw.execute("SELECT stable_id, id FROM quotations"))


def test_a_quotation_is_found_by_its_stable_id(conn):
    [found] = search(conn, "allies").items
    assert quotation(conn, found.stable_id).id == found.id


def test_a_database_of_schema_2_gains_the_same_stable_ids(research_db, tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(research_db.read_bytes())
    with sqlite3.connect(old) as raw:
        undo_quotation_names(raw)  # migrations 9 and 8
        undo_stats_counts(raw)  # migration 7
        undo_scale_counts(raw)  # migration 6, after this one
        undo_statistics_columns(raw)  # migration 5
        undo_timeline_counts(raw)  # migration 4
        raw.execute("DROP VIEW quotes_in_articles")
        raw.execute("DROP INDEX quotes_by_stable_id")
        raw.execute("DROP INDEX articles_by_source_nocase")
        raw.execute("ALTER TABLE quotes DROP COLUMN stable_id")
        raw.execute("CREATE VIEW quotes_in_articles AS SELECT 1 AS quote_id")
        raw.execute("PRAGMA user_version = 2")
    connect(old).close()
    with sqlite3.connect(old) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 3
    assert stable_ids(old) == stable_ids(research_db)


# --- the command line ------------------------------------------------------------------------

def saidwhen(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)


def test_search_says_whose_quotes_with_where_to_cite_them(research_db):
    result = saidwhen("search", "--db", str(research_db), "--speaker", "Howard", "--sort", "oldest")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1-2 of 2 quotations of Michael Howard, oldest first"
    assert "    in a2: “Security debate”, Wire, 2004-03-02" in lines
    assert "    https://example.org/a2" in lines


@pytest.mark.parametrize("speaker, says", [
    ("Brown", "'Brown' may be any of 2 people: Gordon Brown, Nick Brown"),
    ("Blunkett", "no person called 'Blunkett' in the corpus"),
])
def test_a_speaker_that_is_not_one_person_is_a_usage_error(research_db, speaker, says):
    for command in ("search", "export"):
        result = saidwhen(command, "--db", str(research_db), "--speaker", speaker)
        assert result.returncode == 2 and says in result.stderr and not result.stdout


def test_channels_and_sources_commands(research_db):
    listed = saidwhen("sources", "--db", str(research_db))
    assert listed.stdout.splitlines()[0].split() == ["4", "Wire"]
    as_json = json.loads(saidwhen("channels", "--json", "--db", str(research_db)).stdout)
    assert as_json == {"channels": [{"channel": "statement", "quotes": 1}]}


def test_exported_csv_rows_equal_the_searchs(research_db):
    filters = ["--source", "Intercept", "--since", "2004", "--sort", "oldest"]
    searched = saidwhen("search", "--db", str(research_db), "--format", "csv", *filters)
    exported = saidwhen("export", "--db", str(research_db), "--format", "csv", *filters)
    assert searched.returncode == exported.returncode == 0
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert rows == list(csv.DictReader(io.StringIO(searched.stdout))) and len(rows) == 3
    assert list(rows[0]) == list(csv_columns())
    as_json = json.loads(saidwhen("search", "--db", str(research_db), "--json", *filters).stdout)
    jsonl = saidwhen("search", "--db", str(research_db), "--format", "jsonl", *filters).stdout
    assert [json.loads(line) for line in jsonl.splitlines()] == as_json["results"]
    for row, record in zip(rows, as_json["results"]):
        assert row["id"] == str(record["id"]) and row["said_on"] == (record["said_on"] or "")
        assert row["first_article_url"] == (record["first_article"]["url"] or "")


def test_the_export_with_occurrences_has_a_row_for_each_article(research_db):
    result = saidwhen("export", "--db", str(research_db), "--format", "csv", "--occurrences",
                      "-q", "budget")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["occurrence_article_id"] for r in rows] == ["a3", "a5"]
    assert {r["stable_id"] for r in rows} == {rows[0]["stable_id"]} and rows[0]["articles"] == "2"
    jsonl = saidwhen("export", "--db", str(research_db), "-q", "budget",
                     "--speaker", "Gordon Brown")
    [line] = jsonl.stdout.splitlines()
    assert [o["article"]["id"] for o in json.loads(line)["occurrences"]] == ["a3", "a5"]
    assert "quotations of Gordon Brown" in jsonl.stderr


# --- the web page ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def web(research_db):
    from starlette.testclient import TestClient

    from saidwhen.web import create_app

    with TestClient(create_app(research_db), raise_server_exceptions=False) as client:
        yield client


def test_the_web_search_sorts_and_says_whose_quotes(web):
    data = web.get("/search.json?speaker=Howard&sort=oldest").json()
    assert data["speaker"]["name"] == "Michael Howard" and data["order"] == "oldest"
    assert data["query"]["sort"] == "oldest"
    page = web.get("/search?speaker=Howard&sort=oldest").text
    assert re.search(r'class="matched">Quotations of <a [^>]*href="/people/Michael%20Howard"', page)
    assert '<option value="oldest" selected>' in page


def test_each_result_on_the_page_shows_its_first_article(web):
    page = web.get("/search?q=allies").text
    assert ('First in <a href="/articles/a2">Security debate</a>, Wire, 2 March 2004: '
            '<a class="url" href="https://example.org/a2"') in page


def test_the_form_offers_the_corpus_channels_and_sources(web):
    page = web.get("/search").text
    channel = re.search(r'<select id="channel" name="channel">(.*?)</select>', page, re.S).group(1)
    assert re.findall(r"<option[^>]*>([^<]*)</option>", channel) == ["any", "statement"]
    assert '<option value="The Intercept">' in page
    assert web.get("/sources.json").json()["sources"][0] == {"source": "Wire", "articles": 4}
    assert 'href="/search?channel=statement"' in web.get("/channels").text


def test_an_ambiguous_speaker_offers_each_as_a_link_and_keeps_the_form(web):
    response = web.get("/search?q=budget&speaker=Brown")
    assert response.status_code == 400
    assert '<a href="/search?q=budget&amp;speaker=Gordon+Brown">Gordon Brown</a>' in response.text
    assert 'value="budget"' in response.text  # the form, as it was filled in
    people = web.get("/people/Brown")
    assert people.status_code == 400 and '<a href="/people/Nick%20Brown">' in people.text
    unknown = web.get("/people/Gordon")
    assert unknown.status_code == 404 and '<a href="/people/Gordon%20Brown">' in unknown.text


def test_the_csv_download_is_the_page_as_shown(web):
    shown = web.get("/search.json?source=intercept&sort=oldest&limit=2").json()["results"]
    response = web.get("/search.csv?source=intercept&sort=oldest&limit=2")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["stable_id"] for r in rows] == [q["stable_id"] for q in shown] and len(rows) == 2
    page = web.get("/search?source=intercept&sort=oldest&limit=2").text
    assert 'href="/search.csv?source=intercept&amp;sort=oldest&amp;limit=2"' in page
    assert 'href="/search.json?source=intercept&amp;sort=oldest&amp;limit=2"' in page


def test_a_quotation_lives_at_its_stable_id_and_old_numbers_move_there(web):
    found = web.get("/search.json?q=allies").json()["results"][0]
    moved = web.get(f"/quotes/{found['id']}", follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == f"/quotes/{found['stable_id']}"
    assert web.get(f"/quotes/{found['id']}.json", follow_redirects=False).headers["location"] \
        == f"/quotes/{found['stable_id']}.json"
    page = web.get(f"/quotes/{found['stable_id']}").text
    citation = re.search(r'<p id="citation-text" class="citation-text">(.*?)</p>', page).group(1)
    assert citation.startswith("Michael Howard: “The U.S. must listen to its allies”. Security "
                               "debate, Wire, 2004-03-02. https://example.org/a2 Quotation ")
    assert 'data-copy="citation-text"' in page
    assert "navigator.clipboard.writeText" in web.get("/static/saidwhen.js").text
