"""Readers of times of day: "3:30 p.m. Tuesday", "noon yesterday", "this morning", "tonight".

A clock time is on the day named beside it, else on the day the story last
told of, else on the article date; TIMEX3 writes it 2021-02-05T15:30, and a
part of the day as 2021-02-05TMO (morning), TAF, TEV, TNI.
"""
from __future__ import annotations

import re

from . import dates, lexicon
from .calendar import Moment
from .reading import Context, Reading, group, position_mod, squash, weekday_number
from .relative import DAY_WORDS


def read_clock(m: re.Match, ctx: Context) -> Reading | None:
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    pm = m["ampm"].lower().startswith("p")
    if hour > 12 or hour == 0:
        return None
    hour = hour % 12 + (12 if pm else 0)
    mod = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX"}.get(
        squash(group(m, "mod")))
    return time_on_day(m, ctx, f"T{hour:02d}:{minute:02d}", mod)


def read_clock_24h(m: re.Match, ctx: Context) -> Reading | None:
    """"20:00 GMT", "at 14:30": a time on the 24-hour clock, as British news writes it."""
    return time_on_day(m, ctx, f"T{int(m['hour']):02d}:{m['minute']}", None)


def read_clock_words(m: re.Match, ctx: Context) -> Reading | None:
    """"at 4 in the morning" T04:00, "by 10 at night" T22:00."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if not m["daypart"].lower().endswith("morning"):
        hour = hour % 12 + 12
    return time_on_day(m, ctx, f"T{hour % 24:02d}:{minute:02d}", None)


NOON = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}


def read_noon(m: re.Match, ctx: Context) -> Reading | None:
    return time_on_day(m, ctx, NOON[m["word"].lower()], None)


def time_on_day(m: re.Match, ctx: Context, clock: str, mod: str | None) -> Reading:
    """A time of day on the day named beside it, else the day last told in the sentence."""
    day = day_named(m, ctx)
    if day is None:
        return Reading("TIME", "XXXX-XX-XX" + clock, mod)
    return Reading("TIME", day.value + clock, mod, day)


def day_named(m: re.Match, ctx: Context) -> Moment | None:
    """The day a time of day is on: named beside it ("10 p.m. Tuesday"), else the day the
    text last told of, which is where its story has got to, else the article date."""
    if ctx.today is None:
        return None
    ref = squash(group(m, "dayref"))
    if ref in DAY_WORDS:
        return ctx.today.shift(DAY_WORDS[ref], "day")
    if group(m, "month"):
        reading = dates.read_month_day(m, ctx)
        return reading.moment if reading else None
    if ref:
        return Moment(dates.day_of_weekday(m, ctx, weekday_number(m["weekday"])), "day")
    return ctx.mentioned("day") or ctx.today


PART_DAY_SHIFT = {"this": 0, "today": 0, "yesterday": -1, "tomorrow": 1, "last": -1}
# "the next morning", "that night": a part of the day the story last told of, or a day on.
ANAPHORIC_DAY_SHIFT = {"the next": 1, "the following": 1, "the previous": -1, "the same": 0,
                       "that": 0, "that same": 0}


def read_part_of_day(m: re.Match, ctx: Context) -> Reading | None:
    word = squash(m["word"])
    code = lexicon.PARTS_OF_DAY[word or m["part"].lower()]
    dayword = squash(m["dayword"])
    if dayword == "last" and code != "NI":
        return None  # "last morning" is not English news; "last night" is
    mod = position_mod(m)
    if dayword in ANAPHORIC_DAY_SHIFT:
        return anaphoric_part(ctx, ANAPHORIC_DAY_SHIFT[dayword], code, mod)
    if ctx.today is None:
        return Reading("TIME", f"XXXX-XX-XXT{code}", mod)
    if word == "overnight":
        day = ctx.mentioned("day", since=ctx.sentence_start(m)) or ctx.today
    else:
        day = ctx.today.shift(PART_DAY_SHIFT.get(dayword, 0), "day")
    return Reading("TIME", f"{day.value}T{code}", mod, day)


def anaphoric_part(ctx: Context, shift: int, code: str, mod: str | None) -> Reading:
    """"the following morning" after "On March 3, 2019, ...": 2019-03-04TMO.

    Counted from the day the story last told of; a coarser time ("In 2018 ...
    that night") is kept as it is, as "the next day" keeps it. A DATE, like
    "Friday morning": AQUAINT annotates a named day's part so.
    """
    anchor = ctx.anchor("day")
    if anchor is None:
        return Reading("DATE", f"XXXX-XX-XXT{code}", mod)
    if not anchor.is_at_least("day"):
        return Reading("DATE", anchor.value, mod, anchor)
    day = anchor.shift(shift, "day")
    return Reading("DATE", f"{day.value}T{code}", mod, day)
