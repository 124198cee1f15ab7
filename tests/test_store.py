"""The corpus store as a specification: what ingesting articles makes of them, and what the
questions to the corpus answer. Each test builds its own database in a temporary folder from
articles written for it, so each reads as a small story."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import pytest

from saidwhen.errors import NotFound, OverBudget, QueryError, StoreError, UnknownSpeaker
from saidwhen.records import Article, Extraction, Quote, SaidOn, Skipped, Span, Speaker
from saidwhen.store import (Filters, TimelineQuery, connect, counts, export, people, search, timeline,
                            transaction)
from saidwhen.store import article as stored_article
from saidwhen.store import queries
from saidwhen.store.budget import budget
from saidwhen.store.quotations import refresh_quotations
from saidwhen.store.writing import record_skip, write_extraction

EXTRACTOR = "saidwhen test"


@pytest.fixture
def conn(tmp_path):
    return connect(tmp_path / "corpus.db")


def quote(text: str, name: str | None, start: int = 0, said_on: str | None = None,
          channel: str | None = None, mention: str | None = None) -> Quote:
    speaker = None if name is None and mention is None else Speaker(
        name, Span(start + len(text) + 1, start + len(text) + 1 + len(mention or name), mention or name))
    return Quote(kind="direct", content=(Span(start, start + len(text), text),), cue=None,
                 speaker=speaker, channel=channel,
                 said_on=SaidOn(said_on, "on that day") if said_on else None)


def store(conn, article_id: str, date: str | None, *quotes: Quote, text: str | None = None,
          source: str | None = None) -> str:
    text = text or " ".join(q.text for q in quotes) or "No quotes here."
    article = Article(id=article_id, text=text, date=dt.date.fromisoformat(date) if date else None,
                      source=source, origin=f"{article_id}.txt")
    with transaction(conn):
        return write_extraction(conn, Extraction(article, tuple(quotes)), EXTRACTOR)


# --- the file ------------------------------------------------------------------------------

def test_a_new_store_is_an_sqlite_file_in_wal_mode_with_the_latest_schema(tmp_path, conn):
    plain = sqlite3.connect(tmp_path / "corpus.db")
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "people", "quotations", "occurrences", "skipped", "quotations_fts"} <= tables
    assert plain.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_opening_again_applies_no_migration_twice(tmp_path, conn):
    store(conn, "a", "2024-01-02", quote("We will build it.", "Ann Moreau"))
    again = connect(tmp_path / "corpus.db")
    assert counts(again)["quotes"] == 1


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db: cannot open the database"):
        connect(junk)


def test_a_database_from_a_newer_saidwhen_is_refused(tmp_path):
    path = tmp_path / "new.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError, match="newer|upgrade"):
        connect(path)


def test_reading_a_database_made_by_an_older_saidwhen_says_how_to_upgrade_it(tmp_path):
    """Readers never write: only ingest (a writing connection) brings the schema up to date."""
    from saidwhen.store.migrations import LATEST, MIGRATIONS

    old = sqlite3.connect(tmp_path / "old.db")
    for statement in MIGRATIONS[0]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    before = (tmp_path / "old.db").read_bytes()
    with pytest.raises(StoreError, match=r"older saidwhen .*saidwhen ingest --db .*upgrades it"):
        connect(tmp_path / "old.db", readonly=True)
    assert (tmp_path / "old.db").read_bytes() == before
    connect(tmp_path / "old.db").close()  # what ingest opens it with
    conn = connect(tmp_path / "old.db", readonly=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert counts(conn)["quotes"] == 0


def test_reading_a_database_that_does_not_exist_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="saidwhen ingest"):
        connect(tmp_path / "missing.db", readonly=True)


# --- articles in and out -------------------------------------------------------------------

def test_an_article_is_added_then_unchanged_then_replaced_when_its_text_changes(conn):
    first = quote("The bridge opens in May.", "Ann Moreau")
    assert store(conn, "a", "2024-01-02", first) == "added"
    assert store(conn, "a", "2024-01-02", first) == "unchanged"
    changed = quote("The bridge opens in June.", "Ann Moreau")
    assert store(conn, "a", "2024-01-03", changed) == "replaced"
    assert [q.text for q in timeline(conn, "Ann Moreau").quotations] == ["The bridge opens in June."]
    assert counts(conn) | {"skipped": 0} == {"articles": 1, "quotes": 1, "occurrences": 1,
                                             "people": 1, "skipped": 0}


def test_a_replaced_article_takes_its_speakers_with_it_when_they_have_no_other_quote(conn):
    store(conn, "a", "2024-01-02", quote("We are ready.", "Ann Moreau"))
    store(conn, "a", "2024-01-02", quote("We are ready.", "Omar Haddad"), text="A new text.")
    assert [p.name for p in people(conn).items] == ["Omar Haddad"]


def test_the_article_comes_back_with_its_quotes_in_text_order(conn):
    text = "“Late,” said Ann Moreau. “Safe,” said Omar Haddad."
    late = Quote("direct", (Span(0, 7, "“Late,”"),), Span(8, 12, "said"),
                 Speaker("Ann Moreau", Span(13, 23, "Ann Moreau")))
    safe = Quote("direct", (Span(25, 32, "“Safe,”"),), Span(33, 37, "said"),
                 Speaker("Omar Haddad", Span(38, 49, "Omar Haddad")))
    store(conn, "a", "2024-01-02", safe, late, text=text)
    found = stored_article(conn, "a")
    assert [(q.person, o.start, o.mention, o.cue) for q, o in found.quotes] == [
        ("Ann Moreau", 0, "Ann Moreau", "said"), ("Omar Haddad", 25, "Omar Haddad", "said")]
    assert found.text == text


def test_an_unknown_article_is_not_found(conn):
    with pytest.raises(NotFound, match="no article with id 'nope'"):
        stored_article(conn, "nope")


def test_a_skip_is_kept_once_with_its_reason(conn):
    for _ in range(2):
        with transaction(conn):
            record_skip(conn, Skipped("news.jsonl:3", "not JSON"))
    assert counts(conn)["skipped"] == 1


# --- one person across articles ------------------------------------------------------------

def test_variants_of_a_name_across_articles_are_one_person(conn):
    store(conn, "a", "2024-01-02", quote("We will build it.", "Omar Haddad"))
    store(conn, "b", "2024-01-05", quote("It will be late.", "Dr. Omar J. Haddad"))
    store(conn, "c", "2024-01-07", quote("It will be safe.", "Omar Haddad"))
    [person] = people(conn).items
    assert (person.name, person.quotations, person.articles) == ("Omar Haddad", 3, 3)
    assert timeline(conn, "Omar J. Haddad").person.names == ("Dr. Omar J. Haddad", "Omar Haddad")


def test_two_people_sharing_a_surname_stay_two(conn):
    store(conn, "a", "2024-01-02", quote("I coach the team.", "Ann Haddad"),
          quote("I play in it.", "Luc Haddad", start=30))
    assert sorted(p.name for p in people(conn).items) == ["Ann Haddad", "Luc Haddad"]


def test_a_nickname_the_text_gives_joins_two_people_seen_apart(conn):
    store(conn, "a", "2024-01-02", quote("Thank you all.", "Chrissy Vale"))
    store(conn, "b", "2024-01-03", quote("We are grateful.", "Christine Vale"))
    assert len(people(conn).items) == 2
    store(conn, "c", "2024-01-04", quote("Still grateful.", "Christine “Chrissy” Vale"))
    [person] = people(conn).items
    assert person.quotations == 3


# --- one quotation across articles ---------------------------------------------------------

def test_a_syndicated_copy_adds_occurrences_not_quotes(conn):
    words = [quote("The bridge opens in May.", "Ann Moreau"),
             quote("Not a day later.", "Ann Moreau", start=26)]
    store(conn, "paper", "2024-01-02", *words)
    store(conn, "wire", "2024-01-03", *words, source="Wire")
    assert counts(conn)["quotes"] == 2 and counts(conn)["occurrences"] == 4
    assert [q.articles for q in export(conn)] == [2, 2]


def test_an_excerpt_of_six_words_or_more_joins_the_fuller_quotation_either_way(conn):
    whole = "We will reopen the bridge in May, and not one day later than that."
    store(conn, "excerpt-first", "2024-01-03", quote("reopen the bridge in May, and not one day", "Ann Moreau"))
    store(conn, "whole", "2024-01-02", quote(whole, "Ann Moreau"))
    store(conn, "excerpt-after", "2024-01-04", quote("“in May, and not one day later”", "Ann Moreau"))
    [quotation] = export(conn)
    assert quotation.text == whole and quotation.articles == 3
    assert quotation.first_seen == "2024-01-02"


def test_the_same_words_from_another_speaker_are_another_quotation(conn):
    store(conn, "a", "2024-01-02", quote("We will reopen the bridge in May.", "Ann Moreau"))
    store(conn, "b", "2024-01-03", quote("We will reopen the bridge in May.", "Omar Haddad"))
    assert counts(conn)["quotes"] == 2


def test_a_quotation_is_dated_by_its_earliest_said_on_else_its_earliest_article(conn):
    store(conn, "b", "2024-03-10", quote("We will reopen the bridge in May.", "Ann Moreau",
                                         said_on="2024-03-08"))
    store(conn, "a", "2024-03-12", quote("We will reopen the bridge in May.", "Ann Moreau",
                                         said_on="2024-03"))
    store(conn, "c", "2024-02-01", quote("Nobody told us.", "Ann Moreau"))
    quotes = {q.text: q for q in export(conn)}
    assert quotes["We will reopen the bridge in May."].said_on == "2024-03"
    assert quotes["Nobody told us."].said_on is None
    assert quotes["Nobody told us."].when == "2024-02-01"


def test_a_new_quotation_is_written_once_as_its_occurrence_sums_it_up(conn):
    """Inserted whole, not bare and then updated, which would fire every kept count's
    triggers three times; and what it was inserted as is what summing it up again gives."""
    sent: list[str] = []
    conn.set_trace_callback(sent.append)
    store(conn, "a", "2024-03-08", quote("The bridge will open late but safe.", "Ann Moreau",
                                         said_on="2024-03-07", channel="news conference"),
          quote("Nobody asked the bakers.", None, start=36, mention="a baker"), source="City Paper")
    store(conn, "b", None, quote("Bakery sales have fallen by a third.", "Omar Haddad"))
    conn.set_trace_callback(None)
    assert len({s for s in sent if s.startswith("INSERT INTO quotations (")}) == 3
    assert [s for s in sent if s.startswith("UPDATE quotations SET")] == []
    with transaction(conn):
        written = conn.total_changes
        refresh_quotations(conn, [row[0] for row in conn.execute("SELECT id FROM quotations")])
        assert conn.total_changes == written


# --- questions -----------------------------------------------------------------------------

@pytest.fixture
def corpus(conn):
    store(conn, "a", "2024-03-08", quote("The bridge will open late but safe.", "Ann Moreau",
                                         said_on="2024-03-07", channel="news conference"),
          source="City Paper")
    store(conn, "b", "2020-09-30", quote("Bakery sales have fallen by a third.", "Omar Haddad",
                                         channel="Instagram"), source="Wire")
    store(conn, "c", "2021-02-05", quote("The bridge was a mistake from the start.", "Omar Haddad"))
    store(conn, "d", "2023-01-01", quote("Nobody asked the bakers.", None, mention="a baker"))
    return conn


def texts(page) -> list[str]:
    return [q.text for q in page.items]


def test_search_finds_words_and_phrases_best_match_first(corpus):
    assert set(texts(search(corpus, "bridge"))) == {"The bridge will open late but safe.",
                                                    "The bridge was a mistake from the start."}
    assert texts(search(corpus, '"late but safe"')) == ["The bridge will open late but safe."]
    assert set(texts(search(corpus, "bak*"))) == {"Bakery sales have fallen by a third.",
                                                  "Nobody asked the bakers."}


def test_search_marks_where_the_query_matched(corpus):
    [hit] = search(corpus, "mistake").items
    start, end = hit.matches[0]
    assert hit.text[start:end] == "mistake"


def test_search_filters_by_speaker_dates_channel_and_source(corpus):
    assert texts(search(corpus, "bridge", Filters(speaker="Dr. Omar Haddad"))) == [
        "The bridge was a mistake from the start."]
    assert texts(search(corpus, "", Filters(since="2024-03"))) == ["The bridge will open late but safe."]
    assert texts(search(corpus, "", Filters(until="2020-09"))) == ["Bakery sales have fallen by a third."]
    assert texts(search(corpus, "", Filters(channel="instagram"))) == ["Bakery sales have fallen by a third."]
    assert texts(search(corpus, "", Filters(source="city paper"))) == ["The bridge will open late but safe."]
    with pytest.raises(UnknownSpeaker, match="no person called 'Nobody At All'"):
        search(corpus, "", Filters(speaker="Nobody At All"))


def test_search_without_words_lists_the_newest_first_and_pages(corpus):
    first = search(corpus, "", limit=2)
    second = search(corpus, "", limit=2, offset=2)
    assert first.total == second.total == 4
    assert texts(first) + texts(second) == [
        "The bridge will open late but safe.", "Nobody asked the bakers.",
        "The bridge was a mistake from the start.", "Bakery sales have fallen by a third."]


@pytest.mark.parametrize("bad, reason", [
    ("AND", "syntax error"), ("(bridge", "syntax error"), ("bridge OR", "syntax error"),
    ("x" * 5000, "at most 500"), ("bridge\x00", "control characters")])
def test_a_query_fts5_cannot_parse_says_why(corpus, bad, reason):
    with pytest.raises(QueryError, match=reason):
        search(corpus, bad)


@pytest.mark.parametrize("filters", [Filters(since="March 2024"), Filters(until="2024-3-1")])
def test_a_malformed_date_filter_is_a_query_error(corpus, filters):
    with pytest.raises(QueryError, match="YYYY"):
        search(corpus, "", filters)


@pytest.mark.parametrize("since, reason", [
    ("2004-13", "month must be in 1..12"), ("2004-13-45", "month must be in 1..12"),
    ("2004-02-31", "day is out of range"), ("2005-02-29", "day is out of range"),
    ("0000", "year 0 is out of range"),
    ("\u0662\u0660\u0660\u0664", "digits 0-9"),           # Arabic-Indic digits: 2004
    ("\uff12\uff10\uff10\uff14-\uff10\uff13", "digits 0-9"),  # full-width digits: 2004-03
])
def test_an_impossible_date_filter_is_a_query_error_saying_why(corpus, since, reason):
    with pytest.raises(QueryError, match=reason):
        search(corpus, "", Filters(since=since))
    with pytest.raises(QueryError, match=reason):
        search(corpus, "", Filters(until=since))


def test_a_leap_day_is_a_date(corpus):
    assert search(corpus, "", Filters(since="2024-02-29")).total == 1


@pytest.mark.parametrize("words, reason", [
    ("NEAR(" + " ".join(["t*"] * 160) + ")", "160 prefix terms"),
    (" OR ".join(f"{c}*" for c in "abcdefghi"), "9 prefix terms"),
    (" ".join(["NEAR(bridge late)"] * 5), "5 NEAR groups"),
    ("NEAR(" + " ".join(["bridge"] * 13) + ", 20)", "13 phrases"),
])
def test_a_search_that_expands_too_much_is_refused_saying_which_cap(corpus, words, reason):
    with pytest.raises(QueryError, match=reason):
        search(corpus, words)


def test_within_the_caps_prefixes_and_near_groups_still_search(corpus):
    assert search(corpus, " OR ".join(["bak*"] * 8)).total == 2
    assert search(corpus, "NEAR(bridge late, 5) NEAR(bridge safe)").total == 1
    assert search(corpus, '"bridge*" NEAR') .total == 0  # * and NEAR inside a string: words


def test_a_search_past_its_budget_is_stopped_saying_why(corpus, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_BUDGET_S", 0.0)
    with pytest.raises(OverBudget, match="longer than its budget of 0 s"):
        search(corpus, "bridge")
    monkeypatch.undo()
    assert search(corpus, "bridge").total == 2  # the budget was that search's alone


def test_a_statement_running_past_its_budget_is_interrupted(conn):
    endless = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
               "SELECT count(*) FROM (SELECT x FROM n LIMIT 1000000000)")
    started = time.monotonic()
    with pytest.raises(OverBudget, match="too slow"), budget(conn, 0.2, "too slow"):
        conn.execute(endless).fetchone()
    assert time.monotonic() - started < 2
    assert conn.execute("SELECT 1").fetchone()[0] == 1  # the connection goes on


def test_search_marks_stay_on_the_words_whatever_control_characters_the_text_holds(conn):
    said = "Tolls\x00 rise \x02on the\x03 bridge,\x00\x00 \ue000and\x1f the bridge\x07 shuts."
    store(conn, "ctl", "2024-03-08", quote(said, "Ann Moreau"))
    [hit] = search(conn, "bridge OR shuts").items
    assert [hit.text[start:end] for start, end in hit.matches] == ["bridge", "bridge", "shuts"]


def test_a_query_is_never_sql(corpus):
    # Words as typed: the quote marks and semicolons are punctuation between words.
    assert search(corpus, "'; DROP TABLE quotations; --").total == 0
    assert search(corpus, '"\'; DROP TABLE quotations; --"').total == 0
    with pytest.raises(UnknownSpeaker):
        search(corpus, "", Filters(speaker="x' OR 1=1 --"))
    assert counts(corpus)["quotes"] == 4


def test_a_timeline_runs_in_the_order_said_else_first_reported(corpus):
    quotes = timeline(corpus, "Omar Haddad").quotations
    assert [q.when for q in quotes] == ["2020-09-30", "2021-02-05"]
    assert [q.when for q in timeline(corpus, "Omar Haddad", TimelineQuery(newest_first=True)).quotations] == [
        "2021-02-05", "2020-09-30"]
    assert quotes[0].occurrences[0].article_id == "b" and quotes[0].channel == "Instagram"


def test_an_unknown_person_is_not_found_with_people_of_a_like_name(corpus):
    with pytest.raises(NotFound, match="Omar Haddad"):
        timeline(corpus, "Luc Haddad")


def test_people_come_most_quoted_first_and_unnamed_speakers_are_nobody(corpus):
    assert [(p.name, p.quotations) for p in people(corpus).items] == [("Omar Haddad", 2), ("Ann Moreau", 1)]


def test_the_export_streams_every_quotation_with_its_occurrences(corpus):
    exported = list(export(corpus, batch=1))
    assert len(exported) == 4
    assert all(q.occurrences for q in exported)
    assert json.loads(json.dumps([q.to_json() for q in exported]))[0]["occurrences"][0]["article"]["id"] == "a"
