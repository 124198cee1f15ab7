"""Writing extractions: JSON Lines for programs, a readable table for people."""
from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .records import Extraction, Quote

if TYPE_CHECKING:  # `saidwhen extract` writes no store's results: importing the store cost it 0.2 s of CPU
    from .store.results import Page, StoredQuotation, Timeline

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


def quotations_table(quotations: list[StoredQuotation] | tuple[StoredQuotation, ...],
                     width: int | None = None) -> str:
    """Quotations from the corpus, each with who, when, how and how many articles carried it."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    lines = []
    for quotation in quotations:
        first = quotation.first_seen
        when = quotation.said_on or (f"first reported {first}" if first else "undated")
        outlet = f" ({quotation.outlet})" if quotation.outlet else ""
        how = f", {quotation.channel}{outlet}" if quotation.channel else ""
        carried = _count(quotation.articles, "article")
        lines.append(f"{when}  {quotation.person or '(unnamed)'}{how}  [{carried}]")
        text = " ".join(quotation.text.split())
        lines.extend("    " + b for b in textwrap.wrap(text, max(QUOTE_WIDTH_MIN, width - 4)))
        lines.extend(_cited(quotation))
    return "\n".join(lines) + ("\n" if lines else "")


def _cited(quote: StoredQuotation) -> list[str]:
    """Where to cite it from: the article that carried it first, and its address."""
    first = quote.first
    if first is None:
        return []
    where = ", ".join(x for x in (f"“{first.title}”" if first.title else None, first.source,
                                  first.article_date or "undated") if x)
    others = f" and {_count(quote.articles - 1, 'other')}" if quote.articles > 1 else ""
    lines = [f"    in {first.article_id}: {where}{others}"]
    if first.url:
        lines.append(f"    {first.url}")
    return lines


def search_table(page: Page) -> str:
    shown = f"{page.offset + 1}-{page.offset + len(page.items)} of " if page.items else ""
    whose = f" of {page.speaker.name}" if page.speaker else ""
    order = f", {page.order} first" if page.order and page.items else ""
    return f"{shown}{_count(page.total, 'quotation')}{whose}{order}\n" + quotations_table(page.items)


def timeline_table(found: Timeline, width: int | None = None) -> str:
    """A person's timeline for a terminal: who, the shape of what they said (a line a year,
    a mark a month), then one line per quotation of this page, and how to get the next."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    person = found.person
    head = (f"{person.name}: {_count(person.quotations, 'quotation')} in "
            f"{_count(person.articles, 'article')}"
            + (f", {person.first} to {person.last}" if person.first else ""))
    others = [n for n in person.names if n != person.name]
    if others:
        head += f" (also written {', '.join(others)})"
    lines = [head, *_year_lines(found.months)]
    lines += [_timeline_row(q, width) for q in found.quotations]
    lines.append(_page_line(found))
    return "\n".join(lines) + "\n"


_BLOCKS = " ▁▂▃▄▅▆▇█"


def _year_lines(months) -> list[str]:
    """A line a year: its number of quotations and a mark a month, from blank to full."""
    by_year: dict[str, dict[int, int]] = {}
    for month in months:
        if month.month:
            by_year.setdefault(month.month[:4], {})[int(month.month[5:7])] = month.quotations
    tallest = max((n for year in by_year.values() for n in year.values()), default=0)
    lines = []
    for year, counts in sorted(by_year.items()):
        marks = "".join(_BLOCKS[-(-8 * counts[m] // tallest)] if counts.get(m) else "·"
                        for m in range(1, 13))
        lines.append(f"  {year} {sum(counts.values()):6,}  {marks}")
    undated = sum(m.quotations for m in months if m.month is None)
    if undated:
        lines.append(f"  undated {undated:3,}")
    return lines


def _timeline_row(quote: StoredQuotation, width: int) -> str:
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
    last = first + len(found.quotations) - 1
    line = (f"page {found.page} of {found.pages}: {first:,}-{last:,} of "
            f"{_count(found.total, 'quotation')}, {found.order} first")
    return line + (f"; next: --page {found.page + 1}" if found.page < found.pages else "")


def people_table(page: Page) -> str:
    rows = [f"{p.quotations:6d}  {p.name}  ({_count(p.articles, 'article')}"
            + (f", {p.first} to {p.last})" if p.first else ")") for p in page.items]
    return f"{_count(page.total, 'person', 'people')}, most quoted first\n" + "\n".join(rows) + "\n"


# The columns of an export, named after the JSON: a nested field's names joined by "_"
# ("first_article_title" is "first_article": {"title"}); one row per quotation.
QUOTATION_COLUMNS = ("id", "stable_id", "speaker_id", "speaker_name", "kind", "text", "said_on",
                     "first_seen", "when", "channel", "outlet", "articles", "first_article_id",
                     "first_article_title", "first_article_source", "first_article_date",
                     "first_article_url", "citation")
# With --occurrences, one row per occurrence: the quotation's columns, then the occurrence's.
OCCURRENCE_COLUMNS = ("occurrence_article_id", "occurrence_article_title",
                      "occurrence_article_source", "occurrence_article_date",
                      "occurrence_article_url", "occurrence_text", "occurrence_start",
                      "occurrence_end", "occurrence_speaker_name",
                      "occurrence_speaker_mention_text", "occurrence_cue_text",
                      "occurrence_said_on_value", "occurrence_said_on_text",
                      "occurrence_channel", "occurrence_outlet")


def csv_columns(occurrences: bool = False) -> tuple[str, ...]:
    return QUOTATION_COLUMNS + (OCCURRENCE_COLUMNS if occurrences else ())


def export_rows(quotes: Iterable[StoredQuotation], occurrences: bool = False) -> Iterator[dict]:
    """The records an export writes: each quotation's JSON, with its occurrences; or, with
    `occurrences`, one record per occurrence, its quotation's fields and the `occurrence`."""
    for quote in quotes:
        record = quote.to_json()
        if not occurrences:
            yield record
            continue
        for occurrence in record.pop("occurrences"):
            yield {**record, "occurrence": occurrence}


def flat(record: dict, prefix: str = "") -> dict:
    """A JSON object's fields as columns: nested names joined by "_", lists left out."""
    columns = {}
    for name, value in record.items():
        if isinstance(value, dict):
            columns.update(flat(value, f"{prefix}{name}_"))
        elif not isinstance(value, list):
            columns[prefix + name] = value
    return columns


def csv_row(record: dict, columns: tuple[str, ...]) -> list:
    found = flat(record)
    return spreadsheet_row([found.get(column) for column in columns])


# A spreadsheet opening a CSV file reads a cell that starts with one of these as a formula:
# "=HYPERLINK(...)" in a page's title or a speaker's name, from whatever was crawled, would run
# there (CWE-1236). Such a text gets an apostrophe before it, the spreadsheets' mark of text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_row(row: list) -> list:
    """A CSV row whose texts no spreadsheet reads as a formula; numbers are left as they are."""
    return ["'" + v if isinstance(v, str) and v.startswith(_FORMULA_STARTS) else v for v in row]


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
