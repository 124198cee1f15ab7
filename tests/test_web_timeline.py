"""A person's page and its JSON twin: the shape of everything they said and one page of it,
narrowed by words, channel and dates, paged with links, and small whatever the person's size."""
from __future__ import annotations

import csv
import html
import io
import random
import re
import sys

import pytest

from conftest import ROOT
from test_web_pages import TEIGEN, json_of, page_of, visible

sys.path.insert(0, str(ROOT / "benchmarks"))
import timeline as bench  # noqa: E402  (benchmarks/timeline.py builds the large store)


def test_the_json_has_the_counts_of_everything_and_one_page(client):
    data = json_of(client, TEIGEN + ".json?limit=5")
    assert data["total"] == data["person"]["quotes"] == 14
    assert (data["page"], data["pages"], data["previous_page"], data["next_page"]) == (1, 3, None, 2)
    assert len(data["quotes"]) == 5
    months = data["counts"]["months"]
    assert [m["month"] for m in months] == ["2020-09", "2020-10", "2021-02"]
    assert sum(m["quotes"] for m in months) + data["counts"]["undated"] == 14
    assert {"channel": "Instagram", "quotes": 9} in data["counts"]["channels"]


def test_every_page_together_is_the_whole_timeline_in_order(client):
    pages = [json_of(client, f"{TEIGEN}.json?limit=4&page={n}") for n in (1, 2, 3, 4)]
    ids = [q["id"] for page in pages for q in page["quotes"]]
    assert ids == [q["id"] for q in json_of(client, TEIGEN + ".json")["quotes"]]
    assert len(set(ids)) == 14 and pages[-1]["next_page"] is None


def test_the_page_links_to_the_next_and_previous_pages_keeping_the_question(client):
    page = html.unescape(page_of(client, TEIGEN + "?limit=5&page=2&order=newest"))
    assert f'rel="prev" href="{TEIGEN}?order=newest&limit=5"' in page
    assert f'rel="next" href="{TEIGEN}?order=newest&limit=5&page=3"' in page
    assert "6–10 of 14 quotations · page 2 of 3" in visible(page)


def test_words_channel_and_dates_narrow_the_page_and_the_chart(client):
    data = json_of(client, TEIGEN + ".json?channel=instagram&since=2021-02&until=2021-02")
    assert data["total"] == len(data["quotes"]) > 0
    assert all(q["channel"] == "Instagram" and q["when"].startswith("2021-02") for q in data["quotes"])
    assert [m["month"] for m in data["counts"]["months"]] == ["2021-02"]
    word = json_of(client, TEIGEN + ".json?q=love")
    assert word["total"] < 14 and all("love" in q["text"].lower() for q in word["quotes"])
    assert "<mark>" in page_of(client, TEIGEN + "?q=love")


def test_each_bar_of_the_chart_opens_its_month_and_the_numbers_are_a_table(client):
    page = html.unescape(page_of(client, TEIGEN + "?channel=Instagram"))
    bars = re.findall(r'<a href="([^"]+)"><rect', page)
    assert f"{TEIGEN}?channel=Instagram&since=2020-09&until=2020-09" in bars
    rows = re.findall(r'<tr><th scope="row"><a href="[^"]+">([^<]+)</a></th><td class="num">(\d+)', page)
    data = json_of(client, TEIGEN + ".json?channel=Instagram")
    assert [int(n) for _, n in rows] == [m["quotes"] for m in data["counts"]["months"]]


def test_one_month_alone_links_to_the_months_before_and_after(client):
    page = html.unescape(page_of(client, TEIGEN + "?since=2021-01&until=2021-01&q=love"))
    assert f'href="{TEIGEN}?q=love&since=2020-12&until=2020-12">← December 2020' in page
    assert f'href="{TEIGEN}?q=love&since=2021-02&until=2021-02">February 2021 →' in page
    year = html.unescape(page_of(client, TEIGEN + "?since=2020&until=2020"))
    assert "← 2019" in year and "2021 →" in year


@pytest.mark.parametrize("path, status", [
    (TEIGEN + ".json?page=99", 400), (TEIGEN + ".json?page=0", 400), (TEIGEN + ".json?limit=500", 400),
    (TEIGEN + ".json?since=May%202021", 400), (TEIGEN + ".json?q=%28love", 400),
    (TEIGEN + ".json?since=2021-02-30", 400)])
def test_a_page_or_question_that_cannot_be_answered_is_a_400(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A store where one person has 2,000 quotations over ten years, another 20."""
    from starlette.testclient import TestClient

    from saidwhen.web import create_app

    db = tmp_path_factory.mktemp("large") / "timeline.db"
    bench.build(db, 2_000, 20, random.Random(3))
    with TestClient(create_app(db)) as test_client:
        yield test_client


def test_a_much_quoted_person_is_a_small_answer_and_a_chart_of_years(large):
    path = "/people/" + bench.MANY.replace(" ", "%20")
    data = json_of(large, path + ".json")
    assert data["total"] == 2_000 and len(data["quotes"]) == 50 and data["pages"] == 40
    page = page_of(large, path)
    assert len(page.encode()) < 200_000
    assert "Quotations per year" in visible(page)
    assert len(re.findall(r"<rect ", page)) == 10  # 2000 to 2009
    last = json_of(large, path + ".json?page=40&limit=50")
    assert last["next_page"] is None and len(last["quotes"]) == 50


def test_the_csv_download_of_a_timeline_page_is_that_page_as_shown(client):
    shown = json_of(client, TEIGEN + ".json?limit=5&page=2&order=newest")["quotes"]
    response = client.get(TEIGEN + ".csv?limit=5&page=2&order=newest")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["stable_id"] for r in rows] == [q["stable_id"] for q in shown] and len(rows) == 5
    page = html.unescape(page_of(client, TEIGEN + "?limit=5&page=2&order=newest"))
    assert f'href="{TEIGEN}.csv?limit=5&page=2&order=newest"' in page
    assert f'href="{TEIGEN}.json?limit=5&page=2&order=newest"' in page


def test_an_unknown_person_as_csv_is_the_one_error_shape(client):
    response = client.get("/people/Nobody%20Atall.csv")
    assert response.status_code == 404 and "error" in response.json()
