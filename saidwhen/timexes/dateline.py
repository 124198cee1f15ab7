"""The day a wire story was written: its dateline's, where the paper printed it later.

A paper's wire copy opens with the place and day it was filed ("BEIJING, June 9 -" in a paper
of the 10th), and its "today", "yesterday" and weekdays count from that day, not from the
paper's: "China's State Council said today" was June 9 (conventions.md, said_on: explicit time
tied to the statement). A dateline of the article date itself, or one with no day ("OTTAWA
(AP) —"), changes nothing.
"""
from __future__ import annotations

import datetime as dt
import re

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


def written_on(text: str, times: list[Timex], article_date: dt.date | None) -> dt.date | None:
    """The day of the dateline that opens the story, where it is one to three days before the
    article date; None where there is no such dateline."""
    if article_date is None or not times:
        return None
    first = times[0]
    line = text.rfind("\n", 0, first.start) + 1
    if first.start - line > MAX_DATELINE_CHARS or not DAY.match(first.value):
        return None
    if not PLACE.fullmatch(text, line, first.start) or not text[first.end:].lstrip().startswith(AFTER_DAY):
        return None
    if text[:line].strip().count("\n") > 1:
        return None  # a headline may stand above a dateline, not a story's paragraphs
    day = dt.date.fromisoformat(first.value)
    return day if 1 <= (article_date - day).days <= MAX_DAYS_BEFORE else None
