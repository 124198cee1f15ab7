"""A person's timeline as a specification: the shape of everything they said (counts per month
and channel), one page of it at a time, narrowed by words, channel and dates, oldest or newest
first; and the counts the store keeps for it, equal to a recount after every kind of write."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from kept_counts import (kept_sources, recounted_sources, undo_quotation_names, undo_scale_counts,
                         undo_stats_counts)
from saidwhen.errors import NotFound, OverBudget, QueryError
from saidwhen.store import TimelineQuery, connect, queries, timeline
from saidwhen.store.migrations import LATEST
from saidwhen.store.timelines import OCCURRENCES_SHOWN
from test_store import quote, store
from test_stats import undo_statistics_columns

RECOUNTS = {
    "person_months": "SELECT person_id, coalesce(substr(coalesce(said_on, first_seen), 1, 7), ''), "
                     "coalesce(channel, ''), count(*) FROM quotations WHERE person_id IS NOT NULL "
                     "GROUP BY 1, 2, 3",
    "person_articles": "SELECT q.person_id, o.article_id, count(*) FROM occurrences o JOIN quotations q "
                       "ON q.id = o.quotation_id WHERE q.person_id IS NOT NULL GROUP BY 1, 2",
    "person_names": "SELECT q.person_id, o.speaker_name, count(*) FROM occurrences o JOIN quotations q "
                    "ON q.id = o.quotation_id WHERE q.person_id IS NOT NULL "
                    "AND o.speaker_name IS NOT NULL GROUP BY 1, 2",
}


def assert_kept_counts_are_recounts(conn: sqlite3.Connection) -> None:
    for table, recount in RECOUNTS.items():
        kept = sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {table}"))
        assert kept == sorted(tuple(r) for r in conn.execute(recount)), table
    assert kept_sources(conn) == recounted_sources(conn)  # migration 7's, for the statistics


@pytest.fixture
def conn(tmp_path):
    return connect(tmp_path / "corpus.db")


@pytest.fixture
def ann(conn):
    """Ann Moreau's 9 quotations: 2023-11 (1), 2024-01 (4: 2 interviews, 2 statements),
    2024-03 (2), one dated only by its article in 2024-02, and one with no date at all."""
    said = [("We start in November.", "2023-11-20", None),
            ("The bridge is our first job.", "2024-01-05", "interview"),
            ("The ferry stays until the bridge opens.", "2024-01-09", "interview"),
            ("We have the money for the bridge.", "2024-01-15", "statement"),
            ("Rents will not rise.", "2024-01-28", "statement"),
            ("The bridge opens in May.", "2024-03-02", None),
            ("Not a day later.", "2024-03", None)]
    for n, (words, said_on, channel) in enumerate(said):
        store(conn, f"a{n}", "2024-04-01", quote(words, "Ann Moreau", said_on=said_on, channel=channel))
    store(conn, "feb", "2024-02-10", quote("Ask the council.", "Ann Moreau"))
    store(conn, "undated", None, quote("Nobody asked us.", "Ann Moreau"))
    store(conn, "other", "2024-01-10", quote("The bridge is too late.", "Omar Haddad", said_on="2024-01-10"))
    return conn


def whens(found) -> list[str | None]:
    return [q.when for q in found.quotations]


# --- the shape of everything said ----------------------------------------------------------

def test_the_counts_give_every_month_by_channel_and_the_undated_apart(ann):
    found = timeline(ann, "Ann Moreau")
    assert [(m.month, m.quotations) for m in found.months] == [
        ("2023-11", 1), ("2024-01", 4), ("2024-02", 1), ("2024-03", 2), (None, 1)]
    assert found.months[1].channels == (("interview", 2), ("statement", 2))
    assert found.total == found.person.quotations == 9 and found.person.articles == 9
    counts = found.to_json()["counts"]
    assert counts["undated"] == 1 and {"channel": None, "quotes": 5} in counts["channels"]


def test_the_counts_follow_the_filters(ann):
    assert [(m.month, m.quotations) for m in timeline(ann, "Ann Moreau", TimelineQuery(
        channel="Interview")).months] == [("2024-01", 2)]
    assert [m.month for m in timeline(ann, "Ann Moreau", TimelineQuery(
        since="2024-01", until="2024-02")).months] == ["2024-01", "2024-02"]
    # to the day: a month said without a day is in range if any of its days is
    assert [q.when for q in timeline(ann, "Ann Moreau", TimelineQuery(
        since="2024-01-10", until="2024-03-01")).quotations] == ["2024-01-15", "2024-01-28",
                                                             "2024-02-10", "2024-03"]
    found = timeline(ann, "Ann Moreau", TimelineQuery(query="bridge"))
    assert found.total == 4 and [(m.month, m.quotations) for m in found.months] == [
        ("2024-01", 3), ("2024-03", 1)]


# --- one page of it ------------------------------------------------------------------------

def test_pages_run_in_the_order_said_with_the_undated_last_either_way(ann):
    oldest = [whens(timeline(ann, "Ann Moreau", TimelineQuery(limit=4, page=p))) for p in (1, 2, 3)]
    assert oldest == [["2023-11-20", "2024-01-05", "2024-01-09", "2024-01-15"],
                      ["2024-01-28", "2024-02-10", "2024-03", "2024-03-02"], [None]]
    newest = [whens(timeline(ann, "Ann Moreau", TimelineQuery(limit=4, page=p, newest_first=True)))
              for p in (1, 2, 3)]
    assert newest[0][:2] == ["2024-03-02", "2024-03"] and newest[2] == [None]
    assert sorted(filter(None, sum(newest, []))) == sorted(filter(None, sum(oldest, [])))
    last = timeline(ann, "Ann Moreau", TimelineQuery(limit=4, page=3)).to_json()
    assert (last["pages"], last["previous_page"], last["next_page"]) == (3, 2, None)


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_the_pages_of_any_size_together_are_the_whole_timeline(ann, limit, newest_first):
    whole = timeline(ann, "Ann Moreau", TimelineQuery(limit=200, newest_first=newest_first))
    pages = [timeline(ann, "Ann Moreau", TimelineQuery(limit=limit, page=n, newest_first=newest_first))
             for n in range(1, whole.total // limit + (whole.total % limit > 0) + 1)]
    assert [q.id for page in pages for q in page.quotations] == [q.id for q in whole.quotations]


def test_words_search_only_this_persons_quotations_and_are_marked(ann):
    found = timeline(ann, "Ann Moreau", TimelineQuery(query="bridge"))
    assert all("bridge" in q.text.lower() for q in found.quotations)
    assert all(q.person == "Ann Moreau" for q in found.quotations)
    first = found.quotations[0]
    assert [first.text[s:e] for s, e in first.matches] == ["bridge"]


def test_a_page_past_the_end_a_bad_date_or_query_is_a_query_error(ann):
    with pytest.raises(QueryError, match="past the last page"):
        timeline(ann, "Ann Moreau", TimelineQuery(page=3))
    with pytest.raises(QueryError, match="YYYY"):
        timeline(ann, "Ann Moreau", TimelineQuery(since="May 2024"))
    with pytest.raises(QueryError, match="calendar"):
        timeline(ann, "Ann Moreau", TimelineQuery(until="2024-02-30"))
    with pytest.raises(QueryError, match="cannot understand the search query '\\(bridge'"):
        timeline(ann, "Ann Moreau", TimelineQuery(query="(bridge"))
    with pytest.raises(NotFound, match="Ann Moreau"):
        timeline(ann, "Ann Moreaux")


def test_a_timeline_is_stopped_past_the_searchs_budget_as_a_search_is(ann, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_BUDGET_S", 0.0)
    with pytest.raises(OverBudget, match="longer than its budget of 0 s"):
        timeline(ann, "Ann Moreau", TimelineQuery(query="NEAR(bri* ope*)"))


def test_a_quotation_carried_by_many_articles_shows_only_its_first_few(conn):
    for n in range(OCCURRENCES_SHOWN + 3):
        store(conn, f"copy-{n:02d}", f"2024-01-{n + 1:02d}", quote("We will not move.", "Ann Moreau"))
    [shown] = timeline(conn, "Ann Moreau").quotations
    assert shown.articles == OCCURRENCES_SHOWN + 3
    assert [o.article_id for o in shown.occurrences] == [f"copy-{n:02d}" for n in range(OCCURRENCES_SHOWN)]


def test_a_page_is_read_from_the_persons_index_without_sorting(ann):
    plan = " ".join(r[3] for r in ann.execute(
        "EXPLAIN QUERY PLAN SELECT q.id FROM quotations q WHERE q.person_id = 1 AND "
        "coalesce(q.said_on, q.first_seen) IS NOT NULL ORDER BY coalesce(q.said_on, q.first_seen) "
        "DESC, q.id DESC LIMIT 50 OFFSET 100"))
    assert "quotations_by_person_when" in plan and "TEMP B-TREE" not in plan


# --- the counts the store keeps ------------------------------------------------------------

def test_kept_counts_equal_a_recount_after_adding_replacing_and_absorbing(conn):
    whole = "We will reopen the bridge in May, and not one day later than that."
    store(conn, "excerpt", "2024-01-03", quote("reopen the bridge in May, and not one day", "Ann Moreau",
                                               channel="interview"))
    assert_kept_counts_are_recounts(conn)
    store(conn, "whole", "2024-01-02", quote(whole, "Ann Moreau", said_on="2024-01-01"))
    assert_kept_counts_are_recounts(conn)
    store(conn, "whole", "2024-01-05", quote("Something else entirely, said later.", "Ann Moreau"),
          text="A changed text.")
    assert_kept_counts_are_recounts(conn)
    assert timeline(conn, "Ann Moreau").person.articles == 2


def test_kept_counts_follow_two_people_found_to_be_one(conn):
    store(conn, "a", "2024-01-02", quote("Thank you all.", "Chrissy Vale"))
    store(conn, "b", "2024-02-03", quote("We are grateful.", "Christine Vale", channel="Instagram"))
    store(conn, "c", "2024-03-04", quote("Still grateful.", "Christine “Chrissy” Vale"))
    assert_kept_counts_are_recounts(conn)
    found = timeline(conn, "Chrissy Vale")
    assert found.person.quotations == 3 and len(found.person.names) == 3
    assert [m.month for m in found.months] == ["2024-01", "2024-02", "2024-03"]


def undo_timeline_counts(conn: sqlite3.Connection) -> None:
    """What migration 4 made: the person's index, the kept counts and their triggers."""
    triggers = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                           "AND name LIKE 'person_%'")]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for table in RECOUNTS:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX quotes_by_person_when")


def _back_to_schema(conn: sqlite3.Connection, version: int) -> None:
    """Undo the migrations after `version`: 9 (the statistics' kept periods and channels) and 8
    (the names of quotations), 7 (the statistics' kept sources), 6 (the runs index
    and counts of rows and people), 5 (the statistics' columns), 4 (the kept counts), and 3
    (stable ids) for 2."""
    undo_quotation_names(conn)
    undo_stats_counts(conn)
    if version < 6:
        undo_scale_counts(conn)
    if version < 5:
        undo_statistics_columns(conn)
    if version < 4:
        undo_timeline_counts(conn)
    if version < 3:  # as tests/test_research.py undoes migration 3
        conn.execute("DROP VIEW quotes_in_articles")
        conn.execute("DROP INDEX quotes_by_stable_id")
        conn.execute("DROP INDEX articles_by_source_nocase")
        conn.execute("ALTER TABLE quotes DROP COLUMN stable_id")
        conn.execute("CREATE VIEW quotes_in_articles AS SELECT 1 AS quote_id")
    conn.execute(f"PRAGMA user_version = {version}")


@pytest.mark.parametrize("version", [2, 3, 4, 5, 6])
def test_a_database_from_before_the_kept_counts_gets_them_when_opened(tmp_path, conn, version):
    store(conn, "a", "2024-01-02", quote("We will build it.", "Ann Moreau", channel="statement"))
    store(conn, "b", "2024-02-02", quote("It will be late.", "Ann Moreau"))
    _back_to_schema(conn, version)
    conn.close()
    again = connect(tmp_path / "corpus.db")
    assert again.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 4
    assert_kept_counts_are_recounts(again)
    assert timeline(again, "Ann Moreau").person.quotations == 2
    assert all(q.stable_id for q in timeline(again, "Ann Moreau").quotations)


# --- on the command line -------------------------------------------------------------------

def run_cli(db, *args: str):
    from click.testing import CliRunner

    from saidwhen.cli import main

    return CliRunner().invoke(main, ["timeline", "Ann Moreau", "--db", str(db), *args],
                              env={"COLUMNS": "80"})


@pytest.fixture
def ann_db(ann, tmp_path):
    ann.close()
    return tmp_path / "corpus.db"


def test_the_command_line_timeline_is_a_line_a_quotation_after_a_line_a_year(ann_db):
    result = run_cli(ann_db, "--limit", "4")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Ann Moreau: 9 quotations in 9 articles, 2023-11-20 to 2024-03-02")
    # a mark a month, as tall as its count against the busiest month (four, January 2024)
    assert lines[1:4] == ["  2023      1  ··········▂·", "  2024      7  █▂▄·········", "  undated   1"]
    assert lines[4:8] == ["2023-11-20  We start in November.",
                          "2024-01-05  The bridge is our first job.  [interview]",
                          "2024-01-09  The ferry stays until the bridge opens.  [interview]",
                          "2024-01-15  We have the money for the bridge.  [statement]"]
    assert lines[8] == "page 1 of 3: 1-4 of 9 quotations, oldest first; next: --page 2"
    assert all(len(line) <= 80 for line in lines)


def test_the_command_line_timeline_narrows_pages_and_turns_round(ann_db):
    result = run_cli(ann_db, "--query", "bridge", "--channel", "interview", "--newest-first")
    assert result.exit_code == 0, result.output
    assert [line[:10] for line in result.output.splitlines()[2:4]] == ["2024-01-09", "2024-01-05"]
    assert "1-2 of 2 quotations, newest first" in result.output
    as_json = json.loads(run_cli(ann_db, "--page", "2", "--limit", "5", "--json").output)
    assert (as_json["page"], as_json["total"], len(as_json["quotes"])) == (2, 9, 4)


def test_the_command_line_timeline_writes_its_page_as_csv_or_json_lines_as_export_does(ann_db):
    shown = json.loads(run_cli(ann_db, "--query", "bridge", "--json").output)["quotes"]
    lines = run_cli(ann_db, "--query", "bridge", "--format", "jsonl").output.splitlines()
    assert [json.loads(line)["text"] for line in lines] == [q["text"] for q in shown]
    rows = list(csv.DictReader(io.StringIO(run_cli(ann_db, "--query", "bridge", "--format",
                                                   "csv").output)))
    assert [(r["text"], r["said_on"], r["channel"]) for r in rows] == [
        (q["text"], q["said_on"] or "", q["channel"] or "") for q in shown]
    assert len(rows) == 4  # the four quotations of Ann's that name the bridge


def test_a_page_past_the_end_on_the_command_line_is_a_usage_error(ann_db):
    result = run_cli(ann_db, "--page", "4", "--limit", "4")
    assert result.exit_code == 2 and "past the last page" in result.output
