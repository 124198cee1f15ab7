"""What each page shows, as data: the JSON twin is this data, and the HTML page renders it.

A view takes the store's connection, the path's parameters and the query string, and returns
a dict ready for JSON. The page and its `.json` twin call the same view, so they cannot
disagree about what the corpus holds.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from dataclasses import asdict

from saidwhen import store
from saidwhen.errors import MovedTo, NotFound
from saidwhen.store.queries import MAX_LIMIT, MAX_OFFSET
from saidwhen.store.timelines import MAX_PAGE_SIZE as MAX_TIMELINE_PAGE_SIZE
from saidwhen.store.timelines import PAGE_SIZE as TIMELINE_PAGE_SIZE
from saidwhen.web import params

PAGE_SIZE = 20
PEOPLE_PAGE_SIZE = 50
HOME_PEOPLE = 10
HOME_QUOTES = 5
ORDERS = ("oldest", "newest")
STABLE_ID = re.compile(r"[0-9a-f]{16}")  # saidwhen.store.quotations.stable_quotation_id


def home(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """What the corpus holds, its most quoted people and its newest quotations."""
    return {"corpus": store.counts(conn),
            "people": [p.to_json() for p in store.people(conn, HOME_PEOPLE).items],
            "channels": [{"channel": c, "quotes": n} for c, n in store.channels(conn)],
            "newest": [q.to_json() for q in store.search(conn, "", limit=HOME_QUOTES).items]}


def search(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """One page of quotations matching the query and filters, best match (or by date) first."""
    words = query.get("q", "")
    filters = store.Filters(**{name: params.text(query, name)
                               for name in ("speaker", "since", "until", "channel", "source",
                                            "gender", "kind")})
    sort = params.choice(query, "sort", store.SORTS)
    limit, offset = _paging(query, PAGE_SIZE)
    page = store.search(conn, words, filters, limit, offset, sort)
    return {"query": {"q": words.strip(), **asdict(filters), "sort": sort}, **page.to_json(),
            **_neighbours(page.total, limit, offset)}


def channels(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """The channels quotations were said in, with how many each, most first."""
    return {"channels": [{"channel": c, "quotes": n} for c, n in store.channels(conn)]}


def sources(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """The sources of the corpus's articles, with how many articles each, most first."""
    return {"sources": [{"source": s, "articles": n} for s, n in store.sources(conn)]}


def people(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """People and organisations, most quoted first."""
    limit, offset = _paging(query, PEOPLE_PAGE_SIZE)
    page = store.people(conn, limit, offset)
    return {**page.to_json("people"), **_neighbours(page.total, limit, offset)}


def person(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """A person, the counts of their quotations per month and channel, and one page of them,
    oldest or newest first, narrowed by words, channel and dates if asked."""
    name = _path_text(path, "name", "a person's name", params.MAX_TEXT)
    order = params.choice(query, "order", ORDERS)
    asked = store.TimelineQuery(
        query=query.get("q", ""), channel=params.text(query, "channel"),
        since=params.text(query, "since"), until=params.text(query, "until"),
        newest_first=order == "newest",
        limit=params.whole_number(query, "limit", TIMELINE_PAGE_SIZE, 1, MAX_TIMELINE_PAGE_SIZE),
        page=params.whole_number(query, "page", 1, 1, 10**9))
    found = store.timeline(conn, name, asked)
    return {"query": {"q": asked.query.strip(), "channel": asked.channel, "since": asked.since,
                      "until": asked.until}, **found.to_json()}


def article(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """An article's text and every quote found in it, in text order."""
    article_id = _path_text(path, "article_id", "an article id", params.MAX_PATH_TEXT)
    return store.article(conn, article_id).to_json()


def quote(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """One quotation: who said it, when, and every article that carried it, earliest first.

    Its address is its stable id (16 hex digits); a row number of this database, as older
    links have, is answered too, and the page moves to the stable address."""
    quote_id = path.get("quote_id", "")
    if STABLE_ID.fullmatch(quote_id):
        return {"quote": store.quotation(conn, quote_id).to_json()}
    if not quote_id.isascii() or not quote_id.isdigit() or len(quote_id) > 15:
        raise NotFound(f"no quotation with id {quote_id[:40]!r} in the corpus")
    found = store.quotation(conn, int(quote_id))
    raise MovedTo(f"/quotes/{found.stable_id}")


def _paging(query: Mapping, default_limit: int) -> tuple[int, int]:
    return (params.whole_number(query, "limit", default_limit, 1, MAX_LIMIT),
            params.whole_number(query, "offset", 0, 0, MAX_OFFSET))


def _neighbours(total: int, limit: int, offset: int) -> dict:
    """Where the pages before and after this one start, or None at either end."""
    return {"previous_offset": max(0, offset - limit) if offset > 0 else None,
            "next_offset": offset + limit if offset + limit < min(total, MAX_OFFSET + 1) else None}


def _path_text(path: Mapping, key: str, what: str, longest: int) -> str:
    value = path.get(key, "")
    if not value.strip():
        raise NotFound(f"no {what} was given")
    return params.checked_text(value, what, longest)
