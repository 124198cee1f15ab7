"""Time expressions in English news, found and normalised after TimeML TIMEX3.

    >>> import datetime as dt
    >>> [t.value for t in tag_times("Last year she said so.", dt.date(2021, 2, 5))]
    ['2020']

Rules and a lexicon, no parser: this path imports only the standard library, so
tagging a TimeML corpus costs milliseconds a document.
"""
from __future__ import annotations

import datetime as dt

from ..records import Timex
from .amounts import (read_duration, read_set, read_set_adverb, read_set_rate, read_unit_long,
                      read_vague_units, read_weekday_plural)
from .dates import (read_century, read_day_month, read_decade, read_half, read_holiday,
                    read_iso_date, read_month, read_month_day, read_month_relative_year,
                    read_month_year, read_quarter, read_quarter_code, read_season,
                    read_slash_date, read_spelled_decade, read_week_of, read_weekday, read_year)
from .calendar import OutOfCalendar
from .finding import find_candidates
from .reading import Context
from .clock import read_clock, read_clock_24h, read_clock_words, read_noon, read_part_of_day
from .relative import (read_ago, read_anchored_day, read_at_the_time, read_day_word, read_offset,
                       read_ref, read_unit_relative, read_year_ago, read_year_end)

__all__ = ["tag_times"]

# Each rule of patterns.RULES and the reader that values its matches.
READERS = {
    "iso_date": read_iso_date, "slash_date": read_slash_date, "month_day": read_month_day,
    "day_month": read_day_month, "month_year": read_month_year,
    "month_relative_year": read_month_relative_year, "month": read_month, "year": read_year,
    "decade": read_decade, "spelled_decade": read_spelled_decade, "century": read_century,
    "quarter": read_quarter, "quarter_code": read_quarter_code, "half": read_half,
    "season": read_season, "holiday": read_holiday, "weekday": read_weekday,
    "clock": read_clock, "noon": read_noon, "part_of_day": read_part_of_day,
    "clock_24h": read_clock_24h, "clock_words": read_clock_words, "week_of": read_week_of,
    "at_the_time": read_at_the_time,
    "day_word": read_day_word, "ref": read_ref, "unit_relative": read_unit_relative,
    "year_end": read_year_end, "anchored_day": read_anchored_day, "ago": read_ago,
    "offset": read_offset, "year_ago": read_year_ago,
    "duration": read_duration, "unit_long": read_unit_long, "vague_units": read_vague_units,
    "set": read_set, "set_adverb": read_set_adverb, "set_rate": read_set_rate,
    "weekday_plural": read_weekday_plural,
}


def tag_times(text: str, article_date: dt.date | None = None) -> list[Timex]:
    """The time expressions in `text`, in order, none overlapping, valued against `article_date`.

    Without an article date, relative expressions get TIMEX3 placeholders
    ("XXXX-XX-XX" for "yesterday", "XXXX" for "last year").
    """
    if isinstance(article_date, dt.datetime):
        article_date = article_date.date()
    if article_date and not 1 < article_date.year < 9998:
        article_date = None  # no year before or after it to count "last year" into
    context = Context(text, article_date)
    timexes = []
    for candidate in find_candidates(text):
        try:
            reading = READERS[candidate.rule](candidate.match, context)
        except OutOfCalendar:  # counted from an article dated at the edge of the calendar
            reading = None
        if reading is None:
            continue
        if reading.moment is not None:
            context.remember(candidate.end, reading.moment)
        timexes.append(Timex(candidate.start, candidate.end, text[candidate.start:candidate.end],
                             reading.type, reading.value, reading.mod))
    return timexes
