"""The web page and its JSON API over a small corpus: what each page answers, and that the page
and its `.json` twin say the same."""
from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest

from web_support import WIRE_ID

TEIGEN = "/people/Chrissy%20Teigen"


def json_of(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def page_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def visible(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, spaces joined."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_home_says_what_the_corpus_holds(client):
    data = json_of(client, "/.json")
    assert data["corpus"]["articles"] == 6
    assert data["people"][0]["name"] == "Chrissy Teigen"
    assert {"channel": "Instagram", "quotes": 9} in data["channels"]
    page = visible(page_of(client, "/"))
    assert "Who said what, where and when" in page
    assert f"{data['corpus']['articles']} articles" in page
    assert all(p["name"] in page for p in data["people"])


def test_search_finds_the_words_and_marks_them(client):
    data = json_of(client, "/search.json?q=bridge")
    assert data["total"] >= 1
    for result in data["results"]:
        assert "bridge" in result["text"].lower()
        assert [result["text"][m["start"]:m["end"]].lower() for m in result["matches"]] == \
            ["bridge"] * len(result["matches"])
    page = page_of(client, "/search?q=bridge")
    assert page.count("<mark>bridge</mark>") + page.count("<mark>Bridge</mark>") >= 1
    assert f"of {data['total']} quotation" in visible(page)


@pytest.mark.parametrize("filters, check", [
    ("speaker=Daniel+Okafor", lambda q: q["speaker"]["name"] == "Daniel Okafor"),
    ("speaker=Teigen&channel=medium", lambda q: q["channel"] == "Medium"),
    ("since=2021-02&until=2021-02-28", lambda q: q["when"].startswith("2021-02")),
    ("until=2020", lambda q: q["when"] < "2021"),
    ("source=Wire+copy", lambda q: "seed-copy" in [o["article"]["id"] for o in q["occurrences"]]),
])
def test_search_filters_as_the_command_line_does(client, filters, check):
    data = json_of(client, f"/search.json?{filters}&limit=200")
    assert data["total"] > 0 and len(data["results"]) == data["total"]
    assert all(check(q) for q in data["results"])


def test_search_pages_through_every_result_once(client):
    everything = json_of(client, "/search.json?limit=200")
    seen, offset = [], 0
    while offset is not None:
        page = json_of(client, f"/search.json?limit=7&offset={offset}")
        seen += [q["id"] for q in page["results"]]
        offset = page["next_offset"]
    assert seen == [q["id"] for q in everything["results"]]
    middle = page_of(client, "/search?limit=7&offset=7")
    assert 'rel="prev" href="/search?limit=7"' in middle
    assert 'rel="next" href="/search?limit=7&amp;offset=14"' in middle


def test_people_most_quoted_first(client):
    data = json_of(client, "/people.json")
    counts = [p["quotes"] for p in data["people"]]
    assert counts == sorted(counts, reverse=True) and data["total"] == len(counts)
    page = page_of(client, "/people")
    names = re.findall(r'<a class="swatch-link" href="/people/[^"]+">.*?</span>([^<]+)</a>', page)
    # compared unescaped: the page may write "'" as "&#39;" ("Seafarers' Union")
    assert [html.unescape(n) for n in names] == [p["name"] for p in data["people"]]


def test_a_person_timeline_in_the_order_said(client):
    data = json_of(client, TEIGEN + ".json")
    whens = [q["when"] for q in data["quotes"]]
    assert data["order"] == "oldest" and whens == sorted(whens)
    assert whens[0] == "2020-09" and whens[-1].startswith("2021-02")
    # the seed and its copy carry the same words: each quotation is there once, in both
    assert len(data["quotes"]) == 14
    assert all(q["articles"] == 2 for q in data["quotes"])
    newest = json_of(client, TEIGEN + ".json?order=newest")
    assert [q["id"] for q in newest["quotes"]] == [q["id"] for q in reversed(data["quotes"])]


def test_the_timeline_page_shows_every_quotation_by_month_with_a_chart(client):
    data = json_of(client, TEIGEN + ".json")
    page = page_of(client, TEIGEN)
    text = visible(page)
    positions = [text.index(html.unescape(q["text"])) for q in data["quotes"]]
    assert positions == sorted(positions)  # in the order of the JSON, oldest first
    headings = re.findall(r'<section class="period" id="t-([\d-]+)">', page)
    assert headings == ["2020-09", "2020-10", "2021-02"]
    bars = re.findall(r'<title>([^<]+)</title></rect>', page)
    assert bars[0] == "September 2020: 2 quotations" and bars[-1] == "February 2021: 7 quotations"
    assert len(bars) == 6  # every month from September to February, the empty ones too
    assert "carried by 2 articles" in text


def test_a_person_is_found_by_a_variant_of_the_name(client):
    assert json_of(client, "/people/chrissy%20teigen.json")["person"]["name"] == "Chrissy Teigen"


def test_an_article_with_slashes_in_its_id(client):
    path = "/articles/" + WIRE_ID
    data = json_of(client, path + ".json")
    assert data["id"] == WIRE_ID and data["title"] == "Ferry crews to strike"
    page = page_of(client, path)
    assert "&lt;for two days&gt;" in page and "<for two days>" not in page
    assert "Ferry crews to strike on Friday &amp; Saturday &lt;update&gt;" in page
    assert data["url"].startswith("javascript:") and "javascript:" not in page  # no such link


def test_article_text_keeps_every_character_and_links_each_quote_to_its_speaker(client):
    data = json_of(client, "/articles/harbour-bridge.json")
    page = page_of(client, "/articles/harbour-bridge")
    body = re.search(r'<div class="article-text">(.*?)</div>', page, re.S).group(1)
    pieces = marked_pieces(body)
    assert "".join(text for text, _, _ in pieces) == data["text"]
    covered = []  # for each character: the classes and link of the piece it is in
    for text, classes, href in pieces:
        covered += [(classes, href)] * len(text)
    for q in data["quotes"]:
        speaker = "/people/" + quote(q["person"]["name"], safe="") if q["person"] else \
            f"/quotes/{q['stable_id']}"
        for span in q["content"]:
            inside = covered[span["start"]:span["end"]]
            assert all("quote" in classes for classes, _ in inside)
        if q["cue"]:
            cue = covered[q["cue"]["start"]:q["cue"]["end"]]
            assert all("cue" in classes and href == speaker for classes, href in cue)
        if q["speaker"]["mention"]:
            mention = covered[q["speaker"]["mention"]["start"]:q["speaker"]["mention"]["end"]]
            assert all("mention" in classes and href == speaker for classes, href in mention)
    legend = re.search(r'<aside class="legend".*?</aside>', page, re.S).group(0)
    named = {q["person"]["name"] for q in data["quotes"] if q["person"]}
    assert all(name in legend for name in named) and "Speaker not named" in legend


def marked_pieces(body: str) -> list[tuple[str, set[str], str | None]]:
    """The article text's pieces: (text, classes, link), marked or not."""
    pieces = []
    for found in re.finditer(r'<a class="([^"]*)" href="([^"]*)"[^>]*>([^<]*)</a>|([^<]+)', body):
        if found.group(4) is not None:
            pieces.append((html.unescape(found.group(4)), set(), None))
        else:
            pieces.append((html.unescape(found.group(3)), set(found.group(1).split()),
                           found.group(2)))
    return pieces


def test_speakers_of_one_article_have_different_colours(client):
    page = page_of(client, "/articles/harbour-bridge")
    legend = re.search(r'<aside class="legend".*?</aside>', page, re.S).group(0)
    found = re.findall(r'<li class="(c[\w-]+) (m[\w-]+)"><span class="badge" aria-hidden="true">([A-Z?]+)<', legend)
    colours, markers, letters = (list(column) for column in zip(*found))
    assert len(colours) == len(set(colours)) >= 3 and len(letters) == len(set(letters))
    # given in the order the speakers first speak, so that no two can share while colours last
    named = [c for c, letter in zip(colours, letters) if letter != "?"]
    assert named == [f"c{n}" for n in range(len(named))]
    assert [m for m, letter in zip(markers, letters) if letter != "?"] == [f"m{n}" for n in range(len(named))]
    # and besides colour, each speaker's letter where their quotes start in the text
    body = re.search(r'<div class="article-text">(.*?)</div>', page, re.S).group(1)
    badges = re.findall(r'data-badge="([A-Z?]+)"', body)
    assert sorted(set(badges)) == sorted(letters)


def test_a_quotation_shows_where_it_first_appeared_and_every_article(client):
    teigen = json_of(client, TEIGEN + ".json")
    quote_id = teigen["quotes"][0]["id"]
    data = json_of(client, f"/quotes/{quote_id}.json")["quote"]
    assert [o["article"]["id"] for o in data["occurrences"]] == ["seed", "seed-copy"]
    assert data["first_seen"] == "2021-02-05"
    text = visible(page_of(client, f"/quotes/{quote_id}"))
    assert re.search(r"First appeared seed ?, 5 February 2021", text)
    assert "Carried by 2 articles" in text and "6 February 2021 · Wire copy" in text


@pytest.mark.parametrize("path", ["/", "/search?q=bridge", "/people", TEIGEN,
                                  "/articles/harbour-bridge", "/quotes/1",
                                  "/articles/" + quote(WIRE_ID)])
def test_pages_load_nothing_from_elsewhere(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    loaded = re.findall(r'<(?:script|link|img)\b[^>]*?(?:src|href)="([^"]*)"', response.text)
    assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded)
    for url in loaded:
        assert client.get(url.split("?")[0]).status_code == 200, url


def test_static_files_are_served_with_their_types(client):
    assert client.get("/static/saidwhen.css").headers["content-type"].startswith("text/css")
    script = client.get("/static/saidwhen.js")
    assert "javascript" in script.headers["content-type"]
    assert "http" not in client.get("/static/saidwhen.css").text  # no font or image from afar


@pytest.fixture(scope="module")
def json_named(tmp_path_factory):
    """A corpus whose article id and speaker's name both end in `.json`, and an article `a1`
    beside the one called `a1.json`."""
    from starlette.testclient import TestClient

    from saidwhen.store import transaction
    from saidwhen.store.writing import write_extraction
    from saidwhen.web import create_app
    from test_stats import build, extraction

    db = tmp_path_factory.mktemp("json-named") / "corpus.db"
    conn = build(db)
    with transaction(conn):
        write_extraction(conn, extraction("feeds/a1.json", "2024-04-02", "Feed", [
            ("The feed is back up.", "Status.json", "organisation", None, None)]), "test")
    conn.close()
    with TestClient(create_app(db), raise_server_exceptions=False) as test_client:
        yield test_client


def test_an_article_id_ending_in_json_has_its_page_and_its_twin(json_named):
    from saidwhen.web.presenting import article_url, person_url

    page_path = article_url("feeds/a1.json")
    assert page_path == "/articles/feeds/a1%2Ejson"
    assert "The feed is back up." in visible(page_of(json_named, page_path))
    assert json_of(json_named, page_path + ".json")["id"] == "feeds/a1.json"
    # the plain .json is still the twin of the article before it, as every twin is
    assert json_of(json_named, "/articles/a1.json")["id"] == "a1"
    person_path = person_url("Status.json")
    assert "The feed is back up." in visible(page_of(json_named, person_path))
    assert json_of(json_named, person_path + ".json")["person"]["name"] == "Status.json"
    # the links of the article's page lead to the speaker's page, not to a twin
    assert f'href="{person_path}"' in page_of(json_named, page_path)
