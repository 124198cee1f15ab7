"""Errors of the web page and its API: one JSON shape with the HTTP status on every route, an
HTML page on the pages, and a 4xx (never a 500, never a file it should not serve) for
whatever a hostile or careless user sends."""
from __future__ import annotations

import re
import sqlite3

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from saidwhen.web import create_app, views

LONG = "a" * 5_000
NEAR_160 = "NEAR(" + "+".join(["t*"] * 160) + ")"  # issue 13's costly query, under 500 characters

# For each JSON route of the application, requests that must fail, with the status they get.
# test_every_route_has_its_error_cases keeps this table complete as routes are added.
ERROR_CASES = {
    "/.json": [("/.json?q=x", 200)],  # the home page takes no question, so it has no error
    "/search.json": [
        ("/search.json?q=(rent", 400), ("/search.json?q=AND", 400),
        ("/search.json?speaker=Nobody%20At%20All", 400),
        ("/search.json?speaker=Teigen%20Okafor", 400),
        ("/search.json?channel=carrier%20pigeon", 400), ("/search.json?source=Nowhere", 400),
        ("/search.json?sort=sideways", 400), ("/search.json?gender=femal", 400),
        ("/search.json?since=2020&until=2010-06", 400),
        ("/search.json?kind=people", 400),
        ("/search.json?q=NEAR(", 400), (f"/search.json?q={LONG}", 400),
        ("/search.json?q=bridge%00", 400), ("/search.json?q=%1b%5b31m", 400),
        ("/search.json?speaker=%07", 400), (f"/search.json?channel={LONG}", 400),
        ("/search.json?since=yesterday", 400), ("/search.json?until=2024-13-99x", 400),
        ("/search.json?since=2004-13", 400), ("/search.json?since=2004-13-45", 400),
        ("/search.json?until=2004-02-31", 400), ("/search.json?until=0000", 400),
        ("/search.json?since=%D9%A2%D9%A0%D9%A0%D9%A4", 400),  # Arabic-Indic digits: 2004
        ("/search.json?since=%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%94", 400),  # full-width 2004
        (f"/search.json?q={NEAR_160}", 400), ("/search.json?q=a*+b*+c*+d*+e*+f*+g*+h*+i*", 400),
        ("/search.json?limit=0", 400), ("/search.json?limit=-1", 400),
        ("/search.json?limit=abc", 400), ("/search.json?limit=1e3", 400),
        ("/search.json?limit=201", 400), ("/search.json?limit=99999999999999999999", 400),
        ("/search.json?offset=-5", 400), ("/search.json?offset=100001", 400),
        ("/search.json?offset=%EF%BC%91", 400),  # a full-width digit one
    ],
    "/channels.json": [("/channels.json?x=1", 200)],  # the list takes no question
    "/sources.json": [("/sources.json?x=1", 200)],
    "/people.json": [("/people.json?limit=0", 400), ("/people.json?offset=x", 400)],
    "/people/{name:path}.json": [
        ("/people/Nobody%20At%20All.json", 404), ("/people/..%2F..%2Fetc%2Fpasswd.json", 404),
        ("/people/../../etc/passwd.json", 404), ("/people/.json", 404),
        ("/people/Chrissy%20Teigen.json?order=sideways", 400),
        ("/people/Chrissy%20Teigen.json?since=2021-02-06&until=2021-02-05", 400),
        ("/people/Chrissy%00Teigen.json", 400), (f"/people/{LONG}.json", 400),
        ("/people/%FF%FE.json", 404),  # not UTF-8: read as replacement characters
    ],
    "/articles/{article_id:path}.json": [
        ("/articles/no-such-article.json", 404), ("/articles/..%2F..%2Fetc%2Fpasswd.json", 404),
        ("/articles/%2E%2E/%2E%2E/etc/passwd.json", 404), ("/articles/%07.json", 400),
        ("/articles/%0A.json", 404),
        (f"/articles/{LONG}.json", 400),
    ],
    "/quotes/{quote_id}.json": [
        ("/quotes/0.json", 404), ("/quotes/999999.json", 404), ("/quotes/-1.json", 404),
        ("/quotes/abc.json", 404), ("/quotes/99999999999999999999999.json", 404),
        ("/quotes/%EF%BC%91.json", 404),
    ],
    "/stats.json": [
        ("/stats.json?by=week", 400), ("/stats.json?q=(rent", 400),
        ("/stats.json?since=yesterday", 400), (f"/stats.json?source={LONG}", 400),
        ("/stats.json?gender=%07", 400), ("/stats.json?speaker=Nobody%20At%20All", 400),
        ("/stats.json?speaker=Teigen%20Okafor", 400), ("/stats.json?source=Nowhere", 400),
        ("/stats.json?since=2004-02-31", 400),
        ("/stats.json?gender=femal", 400), ("/stats.json?kind=organization", 400),
        ("/stats.json?since=2021-03&until=2021-02-28", 400),
    ],
}
UNROUTED = [("/nowhere.json", 404), ("/search/more.json", 404)]


def json_routes() -> list[str]:
    app = create_app(":memory:")
    return [r.path for r in app.routes if isinstance(r, Route) and r.path.endswith(".json")]


def test_every_route_has_its_error_cases():
    assert sorted(json_routes()) == sorted(ERROR_CASES)


def every_case():
    for cases in ERROR_CASES.values():
        yield from (case for case in cases if case[1] >= 400)
    yield from UNROUTED


def assert_error_shape(response, status: int) -> str:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"] and sorted(body["error"]) == ["message", "status"]
    assert body["error"]["status"] == status
    message = body["error"]["message"]
    assert isinstance(message, str) and 10 < len(message) < 1_000  # says why, briefly
    return message


@pytest.mark.parametrize("path, status", list(every_case()))
def test_every_error_has_the_one_json_shape(client, path, status):
    assert_error_shape(client.get(path), status)


@pytest.mark.parametrize("path, status", list(every_case()))
def test_every_error_page_is_html_with_the_same_status(client, path, status):
    page_path = path.replace(".json", "", 1)
    response = client.get(page_path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert '<p class="error-message" role="alert">' in response.text


def test_a_query_fts5_cannot_parse_says_why_and_keeps_the_form(client):
    message = assert_error_shape(client.get("/search.json?q=bridge+OR"), 400)
    assert "syntax error" in message and "double quotes" in message
    page = client.get("/search?q=bridge+OR&since=2020&sort=oldest").text
    assert "cannot understand the search query" in page
    form = re.search(r'<form class="search-form".*?</form>', page, re.S).group(0)
    assert 'value="bridge OR"' in form and 'value="2020"' in form
    assert '<option value="oldest" selected>' in form


@pytest.mark.parametrize("since, reason", [
    ("2004-13-45", "not a date in the calendar"), ("2004-02-31", "day is out of range"),
    ("%D9%A2%D9%A0%D9%A0%D9%A4", "digits 0-9")])
def test_an_impossible_date_says_why(client, since, reason):
    message = assert_error_shape(client.get(f"/search.json?since={since}"), 400)
    assert "since" in message and reason in message


def test_a_search_over_the_cost_caps_says_which(client):
    message = assert_error_shape(client.get(f"/search.json?q={NEAR_160}"), 400)
    assert "160 prefix terms" in message and "at most 8" in message


def test_an_unknown_person_names_people_with_a_like_name(client):
    message = assert_error_shape(client.get("/people/Ann%20Teigen.json"), 404)
    assert "no person called 'Ann Teigen'" in message and "Chrissy Teigen" in message


def test_words_that_look_like_sql_are_only_words(client):
    for q in ["'; DROP TABLE quotations; --", '" OR 1=1 --', "bridge' OR '1'='1"]:
        response = client.get("/search.json", params={"q": q})
        assert response.status_code in (200, 400)
    assert client.get("/.json").json()["corpus"]["quotes"] > 0  # the tables are all still there
    for name in ["x' OR '1'='1", "%", "_", "Robert'); DROP TABLE people;--"]:
        assert client.get("/people/" + name.replace("%", "%25") + ".json").status_code == 404


@pytest.mark.parametrize("path", [
    "/static/../../etc/passwd", "/static/%2E%2E/%2E%2E/etc/passwd",
    "/static/..%2F..%2Fetc%2Fpasswd", "/static/%252E%252E/%252E%252E/etc/passwd",
    "/static/..%5C..%5Cetc%5Cpasswd", "/static/saidwhen.css%00.txt", "/static/%00",
    "/static/", "/static", "/static/.", "/static/../web/app.py", "/static/../app.py",
    "/static/%2e%2e/app.py", "/static/saidwhen.css/..%2F..%2Fapp.py",
    "/static/" + "a" * 5_000 + ".css", "/static/" + "a/" * 300 + "x.css",
])
def test_static_paths_never_leave_the_static_files(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text


def test_methods_other_than_get_are_refused(client):
    assert_error_shape(client.post("/search.json?q=bridge"), 405)
    assert client.delete("/people/Chrissy%20Teigen").status_code == 405


def test_a_missing_database_is_a_503_that_says_how_to_make_one(tmp_path):
    with TestClient(create_app(tmp_path / "absent.db"), raise_server_exceptions=False) as client:
        message = assert_error_shape(client.get("/search.json?q=bridge"), 503)
        assert "no such database" in message and "saidwhen ingest" in message
        assert client.get("/people").status_code == 503


def test_a_file_that_is_no_database_is_a_503(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not an SQLite file at all" * 100)
    with TestClient(create_app(junk), raise_server_exceptions=False) as client:
        assert "cannot open the database" in assert_error_shape(client.get("/.json"), 503)


def test_a_database_from_a_newer_saidwhen_is_a_503(tmp_path):
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    with TestClient(create_app(newer), raise_server_exceptions=False) as client:
        assert "upgrade saidwhen" in assert_error_shape(client.get("/people.json"), 503)


def test_a_failure_inside_saidwhen_is_a_500_in_the_same_shape(corpus_db, monkeypatch):
    def broken(conn, path, query):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views, "people", broken)
    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as client:
        message = assert_error_shape(client.get("/people.json"), 500)
        assert "a bug" not in message  # the log has the details; the user gets no traceback
        page = client.get("/people")
        assert page.status_code == 500 and "Traceback" not in page.text


def test_bytes_that_are_not_utf8_in_a_query_are_only_odd_characters(client):
    response = client.get("/search.json?q=%FF%FEbridge")  # read as "\ufffd\ufffdbridge"
    assert response.status_code == 200
    assert response.json()["total"] == client.get("/search.json?q=bridge").json()["total"] > 0
    assert "no person called" in assert_error_shape(client.get("/search.json?speaker=%C3"), 400)
