"""Writing extractions: JSON Lines for programs, a readable table for people."""
from __future__ import annotations

import json
import shutil
import textwrap

from .records import Extraction, Quote

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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
