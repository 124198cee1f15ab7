"""What the HTML pages add to a view's data for people to read: colours, dates in words,
a person's quotations grouped by month and drawn as a bar chart.

Everything here is computed from the view's data alone, so a page never shows what its JSON
twin lacks.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from urllib.parse import quote as percent_encoded
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup, escape

COLOURS = 14          # speaker colour classes c0 .. c13 in static/saidwhen.css
UNNAMED = "c-none"    # the grey of a speaker the text does not name
MONTHS_IN_CHART = 48  # a longer span is drawn a year a bar, each opening its months


def home_colour(name: str | None) -> str:
    """The colour class of a person: the same on every page and in every run."""
    if not name:
        return UNNAMED
    digest = hashlib.blake2s(name.casefold().encode("utf-8"), digest_size=4).digest()
    return f"c{int.from_bytes(digest, 'big') % COLOURS}"


def colours_for(names: Iterable[str | None]) -> dict[str | None, str]:
    """A colour class for each of the people on one page, `names` most important first.

    Each keeps their own colour unless someone before them has it; then they take the next
    free one, so that two speakers in one article never look alike (while there are colours)."""
    taken, chosen = set(), {}
    for name in names:
        if name in chosen:
            continue
        colour = home_colour(name)
        if name and colour in taken and len(taken) < COLOURS:
            number = int(colour[1:])
            while f"c{number}" in taken:
                number = (number + 1) % COLOURS
            colour = f"c{number}"
        chosen[name] = colour
        taken.add(colour)
    return chosen


MARKERS = 5  # line styles under quotes, m0 .. m4 in static/saidwhen.css


def speakers_of(names: Iterable[str | None]) -> dict[str | None, dict]:
    """Each speaker of one article, in the order they first speak, with a colour class, a
    letter (A, B, ..., Z, AA, ...) and a line style (marker class) of their own: the first
    COLOURS speakers never share a colour. The unnamed speaker is grey, lettered "?"."""
    found: dict[str | None, dict] = {}
    for name in names:
        if name in found:
            continue
        if name is None:
            found[None] = {"colour": UNNAMED, "letter": "?", "marker": "m-none"}  # striped instead
            continue
        n = sum(1 for known in found if known is not None)
        found[name] = {"colour": f"c{n % COLOURS}", "letter": _letters(n),
                       "marker": f"m{n % MARKERS}"}
    return found


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the spreadsheet's column names."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def article_url(article_id: str) -> str:
    """The page of an article; its id's slashes stay slashes, as in `bbc/politics/302.txt`."""
    return _page_of("/articles/" + "/".join(_segment(part) for part in article_id.split("/")))


def person_url(name: str) -> str:
    return _page_of("/people/" + _segment(name))


def _page_of(path: str) -> str:
    # A path ending in ".json" is a page's JSON twin: an id or name that ends so itself has
    # the dot escaped, which tells the app it is the page (app._dot_escaped).
    return path[:-5] + "%2Ejson" if path.lower().endswith(".json") else path


def quote_url(quote_id: int) -> str:
    return f"/quotes/{quote_id}"


def _segment(text: str) -> str:
    encoded = percent_encoded(text, safe="")
    # A segment of dots alone would be read by browsers as "this folder" or "the one above".
    return encoded.replace(".", "%2E") if set(text) <= {"."} else encoded


def human_date(value: str | None) -> str:
    """'2021-02-05' as '5 February 2021', '2020-09' as 'September 2020'; '' for no date."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 1:
        return value
    month = calendar.month_name[int(parts[1])]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def timeline(quotes: list[dict]) -> list[dict]:
    """One page of a person's quotations in groups of a month, in the order given."""
    groups: list[dict] = []
    for quote in quotes:
        group = quote["when"][:7] if quote["when"] and len(quote["when"]) >= 7 else None
        if not groups or groups[-1]["key"] != group:
            groups.append({"key": group, "label": human_date(group) or "Date not known",
                           "anchor": f"t-{group or 'undated'}", "quotes": []})
        groups[-1]["quotes"].append(quote)
    return groups


def chart(months: list[dict], zoom: Callable[[str], str]) -> dict | None:
    """The bars of a chart of a person's quotations (the counts of a timeline's JSON) per
    month, or per year over a long span; each bar with its channels and a link, `zoom(key)`,
    to that month or year alone."""
    dated = [m["month"] for m in months]
    if not dated:
        return None
    by_year = _months_between(dated[0], dated[-1]) > MONTHS_IN_CHART
    counts: Counter = Counter()
    channels: dict[str, Counter] = {}
    for month in months:
        slot = month["month"][:4] if by_year else month["month"]
        counts[slot] += month["quotes"]
        for c in month["channels"]:
            channels.setdefault(slot, Counter())[c["channel"] or "no channel named"] += c["quotes"]
    slots = _slots(dated[0], dated[-1], by_year)
    tallest = max(counts.values())
    bars = [{"key": s, "label": human_date(s), "count": counts.get(s, 0),
             "height": round(4 + 56 * counts[s] / tallest) if counts.get(s) else 1,
             "channels": ", ".join(f"{c} {n:,}" for c, n in channels.get(s, Counter()).most_common()),
             "href": zoom(s)} for s in slots]
    return {"bars": bars, "first": human_date(slots[0]), "last": human_date(slots[-1]),
            # room for a year of bars at least, so that one month alone is not one wide block
            "unit": "year" if by_year else "month", "width": 10 * max(len(bars), 12)}


def period_neighbours(since: str | None, until: str | None) -> dict | None:
    """When a timeline shows one month or one year alone (since == until, YYYY-MM or YYYY),
    the periods before and after it, to read a month or a year at a time."""
    if not since or since != until or not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", since):
        return None
    if len(since) == 4:
        year = int(since)
        before, after = f"{year - 1:04d}", f"{year + 1:04d}"
    else:
        year, month = int(since[:4]), int(since[5:7])
        before = f"{year - (month == 1):04d}-{12 if month == 1 else month - 1:02d}"
        after = f"{year + (month == 12):04d}-{1 if month == 12 else month + 1:02d}"
    return {"before": before, "after": after, "label": human_date(since)}


def _months_between(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1


def _slots(first: str, last: str, by_year: bool) -> list[str]:
    if by_year:
        return [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    year, month, slots = int(first[:4]), int(first[5:7]), []
    while (year, month) <= (int(last[:4]), int(last[5:7])):
        slots.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return slots


def when_said(quote: dict) -> str:
    """When a quotation was said, in words, or when it was first reported if that is all."""
    if quote["said_on"]:
        return f"Said {_on(quote['said_on'])}"
    if quote["first_seen"]:
        return f"First reported {_on(quote['first_seen'])}"
    return "Date not known"


def _on(value: str) -> str:
    return ("on " if len(value) == 10 else "in ") + human_date(value)


def marked(text: str, matches: list[dict]) -> Markup:
    """`text` with the words a search matched in <mark>."""
    html, done = [], 0
    for match in sorted(matches, key=lambda m: m["start"]):
        start, end = max(match["start"], done), min(match["end"], len(text))
        if start < end:
            html += [escape(text[done:start]), Markup("<mark>"), escape(text[start:end]),
                     Markup("</mark>")]
            done = end
    html.append(escape(text[done:]))
    return Markup("").join(html)


def json_twin(path: str, query: str) -> str:
    """The address of the JSON twin of the page at `path` (decoded) with `query`."""
    twin = ("/" if path == "/" else percent_encoded(path, safe="/")) + ".json"
    return f"{twin}?{query}" if query else twin


def with_params(address: str, query: dict, **changed: str | int | None) -> str:
    """The page at `address` (already encoded, as person_url gives) with the question in
    `query`, some of its parameters changed (None or empty: dropped)."""
    kept = {k: v for k, v in {**query, **changed}.items() if v}
    return address + ("?" + urlencode(kept) if kept else "")


def with_offset(path: str, query: dict, offset: int) -> str:
    """The same page and question, starting at `offset`."""
    kept = {k: v for k, v in query.items() if k != "offset" and v}
    if offset:
        kept["offset"] = str(offset)
    return percent_encoded(path, safe="/") + ("?" + urlencode(kept) if kept else "")


def download(path: str, query, kind: str) -> str:
    """The address of what the page at `path` shows, as `kind` (csv or json)."""
    kept = {k: v for k, v in query.items() if v}
    return percent_encoded(path, safe="/") + f".{kind}" + ("?" + urlencode(kept) if kept else "")


def web_link(url: str | None) -> str | None:
    """An article's own address, if it is a web address: never javascript: or data: links
    from what was ingested."""
    return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None
