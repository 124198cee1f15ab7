"""Writing extractions: JSON Lines for programs, a readable table for people."""
from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable, Iterator

from .records import Extraction, Quote
from .store.results import Page, Person, StoredQuote

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


def timeline_table(person: Person, quotes: list[StoredQuote]) -> str:
    head = f"{person.name}: {_count(person.quotes, 'quotation')} in {_count(person.articles, 'article')}"
    if len(person.names) > 1:
        head += f" (also written {', '.join(n for n in person.names if n != person.name)})"
    return head + "\n" + quotes_table(quotes)


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


def stats_table(stats) -> str:
    """The statistics (saidwhen.store.stats.Stats) as plain-text tables for a terminal."""
    from .store.stats import NONE_LABELS

    lines = [f"{_count(stats.quotations, 'quotation')}, {_count(stats.speakers, 'speaker')} "
             f"named, {_count(stats.unnamed, 'quotation')} of speakers not named"]
    for table in stats.tables:
        lines += ["", f"{table.name:<40} {'quotations':>10} {'share':>7} {'speakers':>9} "
                      f"{'share':>7}"]
        for row in table.to_json()["rows"]:
            name = row["value"] or NONE_LABELS[table.name]
            lines.append(f"{name[:40]:<40} {row['quotations']:>10,} "
                         f"{row['quotation_share']:>7.1%} {row['speakers']:>9,} "
                         f"{row['speaker_share']:>7.1%}")
        if table.more:
            lines.append(f"... and {_count(table.more, 'more source')}")
    if stats.top:
        lines += ["", "most quoted"]
        lines += [f"{q.period or 'undated':<10} {q.rank}. {q.name} ({q.quotations:,})"
                  for q in stats.top]
    return "\n".join(lines) + "\n"
