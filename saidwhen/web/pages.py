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
    """The page's quotations by month, and the chart of all of them, each bar a link to its
    month or year alone, with the words and channel asked kept."""
    path = presenting.person_url(data["person"]["name"])
    asked = {"q": data["query"]["q"], "channel": data["query"]["channel"],
             "order": None if data["order"] == "oldest" else data["order"]}

    def zoom(key: str) -> str:
        return presenting.with_params(path, asked, since=key, until=key)

    period = presenting.period_neighbours(data["query"]["since"], data["query"]["until"])
    if period:
        period |= {"before_href": zoom(period["before"]), "after_href": zoom(period["after"])}
    return {"groups": presenting.timeline(data["quotes"]), "period": period,
            "chart": presenting.chart(data["counts"]["months"], zoom),
            "colour_class": presenting.home_colour(data["person"]["name"])}


def article_page(conn: sqlite3.Connection, data: dict) -> dict:
    """The text with its quotes in colour, and the legend: each speaker with a colour, a letter
    and a line style of their own, given in the order they first speak, so that no two
    speakers of the article share them (while there are colours: presenting.COLOURS)."""
    names = [q["person"]["name"] if q["person"] else None for q in data["quotes"]]
    tally = Counter(names)
    speakers = presenting.speakers_of(names)
    legend = [{"name": n, "quotes": tally[n], **speakers[n]} for n in speakers]
    classes = {n: f"{s['colour']} {s['marker']}" for n, s in speakers.items()}
    return {"text": highlighted(data["text"], data["quotes"], classes.__getitem__,
                                badge=lambda name: speakers[name]["letter"]),
            "legend": legend, "colours": classes,
            "letters": {n: s["letter"] for n, s in speakers.items()}}
