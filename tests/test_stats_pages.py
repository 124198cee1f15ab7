"""The statistics three ways, `/stats`, `/stats.json` and `saidwhen stats`: the same figures, and
the figures of the tables themselves, recounted with plain SQL (tests/test_stats.py)."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from saidwhen.cli import main
from test_stats import as_recounted, build, recount

QUESTIONS = ["", "?by=year", "?since=2024-02&source=wire", "?q=bridge%20OR%20market",
             "?gender=female&by=year", "?speaker=Omar%20Haddad"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("stats") / "corpus.db"
    build(path).close()
    return path


@pytest.fixture(scope="module")
def web(corpus):
    from starlette.testclient import TestClient

    from saidwhen.web import create_app

    with TestClient(create_app(corpus), raise_server_exceptions=False) as client:
        yield client


def cli(corpus, *args: str) -> str:
    done = CliRunner().invoke(main, ["stats", "--db", str(corpus), *args])
    assert done.exit_code == 0, done.output
    return done.output


def cli_args(question: str) -> list[str]:
    """The command-line options asking what the query string `question` asks."""
    from urllib.parse import parse_qsl

    args = []
    for key, value in parse_qsl(question.lstrip("?")):
        args += [value] if key == "q" else [f"--{key}", value]
    return args


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_json_twin_and_the_command_give_the_same_object(web, corpus, question):
    answer = web.get("/stats.json" + question)
    assert answer.status_code == 200
    assert json.loads(cli(corpus, "--json", *cli_args(question))) == answer.json()


def test_the_whole_corpus_figures_are_those_recounted_from_the_tables(web, corpus):
    import sqlite3

    conn = sqlite3.connect(corpus)
    assert as_recounted(web.get("/stats.json").json()) == recount(conn)
    assert as_recounted(web.get("/stats.json?by=year").json()) == recount(conn, by_width=4)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_page_shows_the_figures_of_its_twin_each_linked_to_its_search(web, question):
    data = web.get("/stats.json" + question).json()
    html = web.get("/stats" + question).text
    for name, table in data["tables"].items():
        section = re.search(rf'<section class="stats-table" id="{name}">(.*?)</section>', html,
                            re.S).group(1)
        assert section.count("<svg") == (1 if table["rows"] else 0)  # a chart with its table
        cells = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", section, re.S)
        assert len(cells) == len(table["rows"])
        for (label, figures), row in zip(cells, table["rows"]):
            shown = [int(n.replace(",", "")) for n in re.findall(r">([\d,]+)<", figures)]
            assert shown == [row["quotations"], row["speakers"]], (name, label)
            links = re.findall(r'href="([^"]+)"', figures)
            assert len(links) == (4 if row["search"] else 0)


@pytest.mark.parametrize("question", ["?since=2024-02", "?q=bridge%20OR%20rents&by=year"])
def test_a_figures_link_lists_as_many_quotations_as_it_says(web, question):
    html = web.get("/stats" + question).text
    checked = 0
    for name in ("gender", "kind", "channel", "period"):  # a source's quotations may have
        section = re.search(rf'id="{name}">(.*?)</section>', html, re.S).group(1)  # others too
        for link, figure in re.findall(r'<tr>\s*<th scope="row">.*?</th>\s*<td class="num">'
                                       r'<a href="(/search\?[^"]+)">([\d,]+)</a>', section, re.S):
            target = link.replace("&amp;", "&").replace("/search?", "/search.json?")
            assert web.get(target).json()["total"] == int(figure.replace(",", "")), link
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("table", ["gender", "kind", "channel", "source", "period", "top"])
def test_every_table_is_the_same_csv_from_the_page_and_the_command(web, corpus, table):
    answer = web.get(f"/stats.csv?table={table}&by=year")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.text == cli(corpus, "--format", "csv", "--table", table, "--by", "year")
    rows = list(csv.reader(io.StringIO(answer.text)))
    data = web.get("/stats.json?by=year").json()
    expected = data["top"] if table == "top" else data["tables"][table]["rows"]
    assert len(rows) == len(expected) + 1


def test_a_bad_question_is_the_one_error_shape(web, corpus):
    assert web.get("/stats.json?by=week").json() == {
        "error": {"status": 400, "message": "by must be one of month, year, not 'week'"}}
    answer = web.get("/stats.csv?table=weather")  # a download's error is read by programs too
    assert answer.status_code == 400 and answer.json()["error"]["status"] == 400
    done = CliRunner().invoke(main, ["stats", "--db", str(corpus), "--format", "csv"])
    assert done.exit_code == 2 and "--table" in done.output


def test_the_text_report_names_every_table(corpus):
    out = cli(corpus)
    assert out.startswith("8 quotations, 4 speakers named, 2 quotations of speakers not named")
    for heading in ("gender", "kind", "channel", "source", "period", "most quoted"):
        assert re.search(rf"^{heading}\b", out, re.M), heading


def test_an_ingest_while_the_page_is_served_shows_at_the_next_request(tmp_path):
    from starlette.testclient import TestClient

    from saidwhen.store import transaction
    from saidwhen.store.writing import write_extraction
    from saidwhen.web import create_app
    from test_stats import extraction

    conn = build(tmp_path / "corpus.db")
    with TestClient(create_app(tmp_path / "corpus.db")) as client:
        before = client.get("/stats.json").json()["quotations"]
        assert client.get("/stats.json").json()["quotations"] == before  # asked again
        with transaction(conn):
            write_extraction(conn, extraction("a5", "2025-04-02", "Wire", [
                ("The pool reopens in June.", "Lena Ortiz", "person", "female", None)]), "test")
        assert client.get("/stats.json").json()["quotations"] == before + 1


def test_the_period_chart_keeps_time_with_a_bar_for_each_month_even_an_empty_one(web):
    html = web.get("/stats").text
    chart = re.search(r'id="period">.*?(<svg.*?</svg>)', html, re.S).group(1)
    bars = re.findall(r"<title>(\d{4}-\d\d): (\d+) quotations</title>", chart)
    assert [month for month, _ in bars][:3] == ["2024-01", "2024-02", "2024-03"]
    assert len(bars) == 15  # January 2024 to March 2025
    assert {month: int(n) for month, n in bars if n != "0"} == {
        "2024-01": 4, "2024-02": 2, "2025-03": 2}


def test_a_narrowed_count_past_the_budget_is_a_503_and_the_whole_corpus_still_answers(
        tmp_path, monkeypatch):
    """A narrowed selection is counted from the quotations' columns, read from the file after
    each change on a thread of their own, which a request waits for within its budget; the
    whole corpus is read from kept counts and never waits on them. Once read, the narrowed
    selections answer."""
    import threading
    import time
    from collections import OrderedDict

    from starlette.testclient import TestClient

    from saidwhen.store import columns
    from saidwhen.web import create_app, lanes, statistics
    from test_web_errors import assert_error_shape

    build(tmp_path / "corpus.db").close()
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 0.3)
    monkeypatch.setattr(statistics, "_cache", OrderedDict())
    monkeypatch.setattr(columns, "_kept", {})
    # reading the columns takes longer than a request's budget, as at a million quotations
    released, read_file = threading.Event(), columns._read_file
    monkeypatch.setattr(columns, "_read_file",
                        lambda path, reading: released.wait(30) and read_file(path, reading))
    with TestClient(create_app(tmp_path / "corpus.db"), raise_server_exceptions=False) as client:
        message = assert_error_shape(client.get("/stats.json?channel=interview"), 503)
        assert "longer than its budget of 0.3 s" in message and "being read" in message
        assert client.get("/stats.json").json()["quotations"] == 8
        assert_error_shape(client.get("/stats.csv?table=top&since=2024"), 503)
        released.set()
        for _ in range(50):  # the reading ends on its own thread
            answer = client.get("/stats.json?channel=interview")
            if answer.status_code == 200:
                break
            time.sleep(0.1)
        assert answer.json()["quotations"] == 2
