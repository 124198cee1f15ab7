"""The day a wire story was written: its dateline's, where the paper printed it later.

A paper's wire copy opens with the place and day it was filed ("BEIJING, June 9 -" in a paper
of the 10th), and its "today", "yesterday" and weekdays count from that day, not from the
paper's: "China's State Council said today" was June 9 (conventions.md, said_on: explicit time
tied to the statement). A dateline of the article date itself, or one with no day ("OTTAWA
(AP) —"), changes nothing.

What a dateline is lives here, read once from the text and its times (`read`): the pipeline
tags the times again against its day (`written_on`), and the placing stage takes its day for a
story whose narrative names none (placing/story.py).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..records import Timex

# The place of a dateline before its day, alone on the start of a line: "GENEVA, ",
# "AMMAN, Jordan, ", "ST. PAUL, Minn., ", "WASHINGTON, ".
PLACE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][\w.'’ -]*)?, ")
# What follows a dateline's day: a dash, an agency in brackets, a wire's underscore.
AFTER_DAY = ("-", "—", "–", "(", "_")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
# A dateline's day lies at most this many days before the paper that printed it (a Sunday
# paper prints Friday's copy).
MAX_DAYS_BEFORE = 3
# The place and day of a dateline stand in at most this many characters of their line.
MAX_DATELINE_CHARS = 48


@dataclass(frozen=True)
class Dateline:
    """How a story opens, as its dateline rules read it: its first paragraph and its first time.

    `place` and `day` are set only where the first time stands as a wire's dateline writes it:
    after a place in capitals at the start of its line, before a dash or an agency, with at most
    a headline above ("GENEVA, June 9 -").
    """

    paragraph_end: int  # the character the first paragraph ends at (its first line break)
    timex: Timex | None  # the article's first time
    place: str | None  # "GENEVA", "AMMAN, Jordan": the place written before that time
    day: dt.date | None  # the day that time names, where it is a dateline's


def read(text: str, times: list[Timex]) -> Dateline:
    """The dateline reading of an article `text` with its tagged `times` (in text order)."""
    end = text.find("\n")
    paragraph_end = len(text) if end < 0 else end
    if not times:
        return Dateline(paragraph_end, None, None, None)
    first = times[0]
    line = text.rfind("\n", 0, first.start) + 1
    if first.start - line > MAX_DATELINE_CHARS or not DAY.match(first.value):
        return Dateline(paragraph_end, first, None, None)
    if not PLACE.fullmatch(text, line, first.start) or not text[first.end:].lstrip().startswith(AFTER_DAY):
        return Dateline(paragraph_end, first, None, None)
    if text[:line].strip().count("\n") > 1:
        return Dateline(paragraph_end, first, None, None)  # a headline may stand above a dateline, not a story's paragraphs
    try:
        day = dt.date.fromisoformat(first.value)
    except ValueError:
        return Dateline(paragraph_end, first, None, None)
    return Dateline(paragraph_end, first, text[line:first.start].rstrip(", "), day)


def written_on(dateline: Dateline, article_date: dt.date | None) -> dt.date | None:
    """The day of the dateline that opens the story, where it is one to three days before the
    article date; None where there is no such dateline. (A paper prints wire copy of the last
    days; the story's day, placing/story.py, takes a dateline's day of the article date too.)"""
    if article_date is None or dateline.day is None:
        return None
    return dateline.day if 1 <= (article_date - dateline.day).days <= MAX_DAYS_BEFORE else None
