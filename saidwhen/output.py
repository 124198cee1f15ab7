"""Writing extractions: JSON Lines for programs, a readable table for people."""
from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable, Iterator

from .records import Extraction, Quote
from .store.results import Page, StoredQuote, Timeline

QUOTE_WIDTH_MIN = 30


def to_jsonl(extraction: Extraction) -> str:
    """One JSON object on one line, in the record format of docs/product.md."""
    return json.dumps(extraction.to_json(), ensure_ascii=False)


def to_table(extraction: Extraction, width: int | None = None) -> str:
    """Who said what in one article, as a block of text for a terminal."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    art = extraction.article
    title = f" - {art.title}" if art.title else ""
    date = art.date.isoformat() if art.date else "undated"
    lines = [f"{art.id} ({date}){title}: {_count(len(extraction.quotes), 'quote')}"]
    for quote in extraction.quotes:
        lines.extend(_rows(quote, width))
    return "\n".join(lines) + "\n"


def _rows(quote: Quote, width: int) -> list[str]:
    who = _who(quote)
    when = ", ".join(x for x in (quote.channel, quote.said_on.value if quote.said_on else None) if x)
    head = f"  {who}" + (f" [{when}]" if when else "") + f" ({quote.kind})"
    body_width = max(QUOTE_WIDTH_MIN, width - 6)
    text = " ".join(quote.text.split())
    body = textwrap.wrap(text, body_width, max_lines=3, placeholder=" ...")
    return [head] + ["      " + b for b in body]


def _who(quote: Quote) -> str:
    speaker = quote.speaker
    if speaker is None:
        return "(speaker unknown)"
    name = speaker.name or "(unnamed)"
    mention = f'"{speaker.mention.text}"' if speaker.mention and speaker.mention.text != name else None
    cue = f"cue: {quote.cue.text}" if quote.cue else None
    detail = ", ".join(x for x in (mention, cue) if x)
    return name + (f" ({detail})" if detail else "")


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def quotes_table(quotes: list[StoredQuote] | tuple[StoredQuote, ...], width: int | None = None) -> str:
    """Quotations from the corpus, each with who, when, how and how many articles carried it."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    lines = []
    for quote in quotes:
        when = quote.said_on or (f"first reported {quote.first_seen}" if quote.first_seen else "undated")
        how = f", {quote.channel}" + (f" ({quote.outlet})" if quote.outlet else "") if quote.channel else ""
        carried = _count(quote.articles, "article")
        lines.append(f"{when}  {quote.person or '(unnamed)'}{how}  [{carried}]")
        text = " ".join(quote.text.split())
        lines.extend("    " + b for b in textwrap.wrap(text, max(QUOTE_WIDTH_MIN, width - 4)))
        first = quote.occurrences[0] if quote.occurrences else None
        if first:
            lines.append(f"    in {first.article_id}" + (f" ({first.article_date})" if first.article_date else "")
                         + (f" and {_count(quote.articles - 1, 'other')}" if quote.articles > 1 else ""))
    return "\n".join(lines) + ("\n" if lines else "")


def search_table(page: Page) -> str:
    shown = f"{page.offset + 1}-{page.offset + len(page.items)} of " if page.items else ""
    return f"{shown}{_count(page.total, 'quotation')}\n" + quotes_table(page.items)


def timeline_table(found: Timeline, width: int | None = None) -> str:
    """A person's timeline for a terminal: who, the shape of what they said (a line a year,
    a mark a month), then one line per quotation of this page, and how to get the next."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    person = found.person
    head = (f"{person.name}: {_count(person.quotes, 'quotation')} in "
            f"{_count(person.articles, 'article')}"
            + (f", {person.first} to {person.last}" if person.first else ""))
    others = [n for n in person.names if n != person.name]
    if others:
        head += f" (also written {', '.join(others)})"
    lines = [head, *_year_lines(found.months)]
    lines += [_timeline_row(q, width) for q in found.quotes]
    lines.append(_page_line(found))
    return "\n".join(lines) + "\n"


_BLOCKS = " ▁▂▃▄▅▆▇█"


def _year_lines(months) -> list[str]:
    """A line a year: its number of quotations and a mark a month, from blank to full."""
    by_year: dict[str, dict[int, int]] = {}
    for month in months:
        if month.month:
            by_year.setdefault(month.month[:4], {})[int(month.month[5:7])] = month.quotes
    tallest = max((n for year in by_year.values() for n in year.values()), default=0)
    lines = []
    for year, counts in sorted(by_year.items()):
        marks = "".join(_BLOCKS[-(-8 * counts[m] // tallest)] if counts.get(m) else "·"
                        for m in range(1, 13))
        lines.append(f"  {year} {sum(counts.values()):6,}  {marks}")
    undated = sum(m.quotes for m in months if m.month is None)
    if undated:
        lines.append(f"  undated {undated:3,}")
    return lines


def _timeline_row(quote: StoredQuote, width: int) -> str:
    """One quotation on one line: when, the words (cut to fit), channel and articles."""
    when = (quote.said_on or quote.first_seen or "undated").ljust(10)
    notes = [quote.channel] if quote.channel else []
    if quote.articles > 1:
        notes.append(_count(quote.articles, "article"))
    tail = f"  [{', '.join(notes)}]" if notes else ""
    room = max(QUOTE_WIDTH_MIN, width - len(when) - 2 - len(tail))
    text = " ".join(quote.text.split())
    if len(text) > room:
        text = text[:room - 1].rstrip() + "…"
    return f"{when}  {text}{tail}"


def _page_line(found: Timeline) -> str:
    if not found.total:
        return "no quotation of theirs matches"
    first = (found.page - 1) * found.limit + 1
    line = (f"page {found.page} of {found.pages}: {first:,}-{first + len(found.quotes) - 1:,} of "
            f"{_count(found.total, 'quotation')}, {found.order} first")
    return line + (f"; next: --page {found.page + 1}" if found.page < found.pages else "")


def people_table(page: Page) -> str:
    rows = [f"{p.quotes:6d}  {p.name}  ({_count(p.articles, 'article')}"
            + (f", {p.first} to {p.last})" if p.first else ")") for p in page.items]
    return f"{_count(page.total, 'person', 'people')}, most quoted first\n" + "\n".join(rows) + "\n"


CSV_COLUMNS = ("quote_id", "person", "kind", "quote", "said_on", "first_seen", "channel", "outlet",
               "articles", "article_id", "article_date", "title", "source", "url", "start", "end",
               "speaker_name", "mention", "cue", "occurrence_said_on", "occurrence_channel")


def csv_rows(quotes: Iterable[StoredQuote]) -> Iterator[tuple]:
    """One row per occurrence, its quotation's columns repeated, in CSV_COLUMNS order."""
    for q in quotes:
        for o in q.occurrences:
            yield (q.id, q.person, q.kind, q.text, q.said_on, q.first_seen, q.channel, q.outlet,
                   q.articles, o.article_id, o.article_date, o.title, o.source, o.url, o.start,
                   o.end, o.speaker_name, o.mention, o.cue, o.said_on, o.channel)
