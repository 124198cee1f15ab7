"""What the HTML pages add to their view's data: the article's marked-up text and its legend,
the timeline's groups and chart, the search form's choices."""
from __future__ import annotations

import sqlite3
from collections import Counter

from saidwhen import store
from saidwhen.web import presenting
from saidwhen.web.highlight import highlighted


SOURCES_OFFERED = 500  # the most common; any other may still be typed


def search_form(conn: sqlite3.Connection, data: dict) -> dict:
    """The search form's choices, and its values as the view read them."""
    return {"form": {"values": data["query"], **form_choices(conn)}}


def form_choices(conn: sqlite3.Connection) -> dict:
    """The channels and sources the corpus holds, offered in the search form."""
    return {"channels": [c for c, _ in store.channels(conn)],
            "sources": [s for s, _ in store.sources(conn)[:SOURCES_OFFERED]]}


def person_page(conn: sqlite3.Connection, data: dict) -> dict:
    return {"timeline": presenting.timeline(data["quotes"]),
            "colour_class": presenting.home_colour(data["person"]["name"])}


def article_page(conn: sqlite3.Connection, data: dict) -> dict:
    """The text with its quotes in colour, and the legend: speakers by how often they speak."""
    names = [q["person"]["name"] if q["person"] else None for q in data["quotes"]]
    tally = Counter(names)
    ordered = sorted(tally, key=lambda n: (-tally[n], n is None, n or ""))
    colours = presenting.colours_for(ordered)
    legend = [{"name": n, "colour": colours[n], "quotes": tally[n]} for n in ordered]
    return {"text": highlighted(data["text"], data["quotes"], colours.__getitem__),
            "legend": legend, "colours": colours}
