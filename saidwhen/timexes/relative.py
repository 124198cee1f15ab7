"""Readers of times named relative to the article date or to a time told before.

Deictic words ("yesterday", "last year", "two weeks ago") count from the article
date. Anaphoric ones ("the next day", "a year earlier", "that month") count from
the time the text last mentioned, which is where a story's events have got to.
"""
from __future__ import annotations

import datetime as dt
import re

from . import lexicon
from .calendar import GRAINS, Moment, OutOfCalendar, week_value, weekday_near
from .reading import (Context, Reading, amount_mod, dated, group, number_value, position_mod,
                      squash, unit_name, unresolved)
from .dates import quarter_end
from .tense import sentence_window

DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}


def read_day_word(m: re.Match, ctx: Context) -> Reading | None:
    shift = DAY_WORDS[squash(m["word"] or m["phrase"])]
    if ctx.today is None:
        return unresolved("DATE", "day", position_mod(m))
    return dated(ctx.today.shift(shift, "day"), position_mod(m))


def read_ref(m: re.Match, ctx: Context) -> Reading | None:
    word = squash(m["ref"])
    if "future" in word or word.endswith("term"):
        return Reading("DATE", "FUTURE_REF")
    return Reading("DATE", lexicon.REF_WORDS[word])


DEICTIC = {"this": 0, "current": 0, "the current": 0, "the present": 0, "last": -1,
           "past": -1, "the past": -1, "the last": -1, "this past": -1, "next": 1,
           "coming": 1, "the coming": 1, "the upcoming": 1, "this coming": 1}
ANAPHORIC = {"the previous": -1, "previous": -1, "the preceding": -1, "the prior": -1,
             "the following": 1, "following": 1, "the next": 1, "the ensuing": 1,
             "that": 0, "the same": 0, "same": 0}


QUARTER_RELATIVES = ("the", "the latest", "that", "the current", "this")


def read_unit_relative(m: re.Match, ctx: Context) -> Reading | None:
    relative, unit = squash(m["relative"]), m["unit"].lower()
    mod = position_mod(m)
    if unit in ("quarter", "period") and relative in QUARTER_RELATIVES:
        return reported_quarter(m, ctx, relative)
    if unit == "weekend":
        return weekend(m, ctx, relative)
    if unit in ("decade", "century") and relative in ("the past", "the last", "past", "last",
                                                      "the next", "next", "the coming"):
        return Reading("DURATION", "P10Y" if unit == "decade" else "P100Y", mod)
    if relative in DEICTIC and unit not in ("day", "period"):
        return deictic_unit(unit, DEICTIC[relative], ctx, mod)
    if relative in ANAPHORIC and unit != "period":
        return anaphoric_unit(unit, ANAPHORIC[relative], ctx, mod)
    if relative == "the":
        return the_unit(m, unit, ctx, mod)
    return None


UNIT_GRAIN = {"year": "year", "month": "month", "week": "week", "day": "day",
              "quarter": "quarter", "half": "half", "decade": "decade", "century": "century"}


def deictic_unit(unit: str, shift: int, ctx: Context, mod: str | None) -> Reading:
    """"last year", "this month", "next week": the article's unit, moved."""
    if ctx.today is None:
        return unresolved("DATE", UNIT_GRAIN[unit], mod)
    return dated(ctx.today.at(UNIT_GRAIN[unit]).shift(shift, unit), mod)


def anaphoric_unit(unit: str, shift: int, ctx: Context, mod: str | None) -> Reading:
    """"the next day", "that year", "the previous month": the last told time, moved."""
    grain = UNIT_GRAIN[unit]
    anchor = ctx.anchor(grain)
    if anchor is None:
        return unresolved("DATE", grain, mod)
    if not anchor.is_at_least(grain):
        return dated(anchor, mod)
    return dated(anchor.at(grain).shift(shift, unit), mod)


def the_unit(m: re.Match, unit: str, ctx: Context, mod: str | None) -> Reading | None:
    """"the year", "the end of the month": the year or month the sentence is about.

    That is a time of that grain named earlier in the same sentence, else the
    article's own: "the fiscal year" of a results story is the current one.
    """
    after = ctx.text[m.end():m.end() + 10].lower()
    if unit == "year" and re.match(r"\s+(?:ended|ending)\b", after):
        return Reading("DURATION", "P1Y", mod)
    if unit not in ("year", "month", "week") or unit != "year" and mod is None:
        return None
    grain = UNIT_GRAIN[unit]
    named = ctx.mentioned(grain, since=ctx.sentence_start(m)) or ctx.today
    if named is None:
        return unresolved("DATE", grain, mod)
    return dated(named.at(grain), mod)


def reported_quarter(m: re.Match, ctx: Context, relative: str) -> Reading | None:
    """"the quarter", "the latest period": the quarter the story reports on.

    That is the quarter last named in the text, else the last one to have ended
    before the article appeared, which is what company results are about.
    """
    if relative == "the current":
        return dated(ctx.today.at("quarter")) if ctx.today else unresolved("DATE", "quarter")
    named = ctx.reported_quarter()
    ended = quarter_end(ctx, m.end()) if m["unit"].lower() == "quarter" else None
    if ended and not (named and named.day.year == ended.year):
        # "the quarter ended Sept. 30": the calendar quarter that day closes, unless the
        # story has named its quarter already (numbered as the company numbers it)
        return dated(Moment(ended, "quarter"))
    if named:
        return dated(named)
    if ctx.today is None or (m["unit"].lower() == "period" and relative != "the latest"):
        return None
    if relative == "this":
        return dated(ctx.today.at("quarter"))
    return dated(ctx.today.at("quarter").shift(-1, "quarter"))


def weekend(m: re.Match, ctx: Context, relative: str) -> Reading | None:
    """"last weekend", "the weekend": the Saturday-Sunday of an ISO week, written W..-WE."""
    if relative not in DEICTIC and relative not in ("the", "that"):
        return None
    if ctx.today is None:
        return Reading("DATE", "XXXX-WXX-WE", position_mod(m))
    today = ctx.article_date
    direction = DEICTIC.get(relative)
    strict = relative not in ("this", "the", "that")
    if not strict:
        # "this weekend", "the weekend": the tense says which ("rallied this weekend" in a
        # Monday paper is the one just gone); without one, early in the week the last.
        direction = ctx.tense(m) or (-1 if today.isoweekday() <= 3 else 1)
    saturday = weekend_saturday(today, direction, strict)
    return Reading("DATE", week_value(saturday) + "-WE", position_mod(m))


def weekend_saturday(today: dt.date, direction: int, strict: bool) -> dt.date:
    """The Saturday of the weekend before (-1), around (0) or after (+1) `today`.

    `strict` ("last weekend", "next weekend") skips the weekend `today` is in.
    """
    in_weekend = today.isoweekday() >= 6
    if direction == 0 or (in_weekend and not strict):
        return weekday_near(today, 6, -1 if in_weekend else 1)
    step = dt.timedelta(days=1 if strict else 0)
    if direction > 0:
        return weekday_near(today + step, 6, 1)
    saturday = weekday_near(today - step, 6, -1)
    return saturday - dt.timedelta(weeks=1) if strict and today.isoweekday() == 7 else saturday


def read_year_end(m: re.Match, ctx: Context) -> Reading | None:
    """"year-end", "around year end": the year (of the article) at its END."""
    shift = {"last": -1, "next": 1}.get(squash(m["relative"]), 0)
    if ctx.today is None:
        return unresolved("DATE", "year", "END")
    named = ctx.mentioned("year", since=ctx.sentence_start(m)) or ctx.today
    return dated(named.at("year").shift(shift, "year"), "END")


def read_at_the_time(m: re.Match, ctx: Context) -> Reading | None:
    """"(at) the time": the past time the story has just told of, else PAST_REF.

    Only a time told in this sentence or the one before, and clearly past (over
    a week before the article date): "said Tuesday that he was 20 at the time"
    speaks of an older time than the Tuesday it was said on.
    """
    before = max(0, ctx.sentence_start(m) - 1)  # the end of the sentence before
    told = ctx.mentioned(GRAINS[0], since=sentence_window(ctx.text, before, before)[0])
    if told is None or ctx.article_date is None:
        return Reading("DATE", "PAST_REF")
    # a month wholly before the article's ("cut rates last month ... said at the time" in a
    # paper of Dec. 3) is as clearly past, though it ended within the week
    past = told.ends_before(ctx.article_date - dt.timedelta(days=7)) or \
        (told.grain == "month" and told.ends_before(ctx.article_date.replace(day=1)))
    if not past:
        return Reading("DATE", "PAST_REF")
    return Reading("DATE", told.value, None, told)


def read_anchored_day(m: re.Match, ctx: Context) -> Reading | None:
    which = (group(m, "which") or "day").lower()
    direction = {"before": -1, "after": 1}.get((group(m, "direction") or "").lower(), 0)
    return anaphoric_unit(which, direction, ctx, None)


# The grain of "N units ago": a day for hours and minutes, which have no grain here.
AGO_GRAIN = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
             "H": "day", "S": "day", "WE": "week"}


def read_ago(m: re.Match, ctx: Context) -> Reading | None:
    """"two weeks ago" 1998-W02, "five years ago" 1993: the article date moved back."""
    unit = unit_name(m["unit"])
    letter, size = lexicon.UNITS[unit]
    amount = number_value(m["amount"]) if m["amount"] else None
    mod = amount_mod(m) or ("APPROX" if " or so" in squash(m.group()) else None)
    if amount is None or ctx.today is None:
        return Reading("DATE", "PAST_REF", mod)
    if unit == "year" and amount == 1 and not m["this"] and ctx.reported_quarter():
        return Reading("DATE", ctx.reported_quarter().shift(-1, "year").value, mod)
    grain = "year" if letter == "Y" else AGO_GRAIN[letter]
    if m["this"]:  # "ten years ago this month", "a year ago today": an anniversary
        grain = {"this month": "month", "this week": "week", "today": "day"}[squash(m["this"])]
    try:
        moved = ctx.today.at(grain).shift(-int(amount * size), "year" if letter == "Y" else unit)
    except OutOfCalendar:  # "6,000 years ago": before the year 1
        return Reading("DATE", "PAST_REF", mod)
    return dated(moved, mod)


OFFSET_DIRECTIONS = {"later": 1, "after": 1, "afterward": 1, "afterwards": 1, "from now": 1,
                     "hence": 1, "earlier": -1, "before": -1, "previously": -1, "prior": -1}


def read_offset(m: re.Match, ctx: Context) -> Reading | None:
    """"a month later", "two days earlier", "a year from now": a told time, moved."""
    unit = unit_name(m["unit"])
    direction = OFFSET_DIRECTIONS[squash(m["dir"])]
    letter, size = lexicon.UNITS[unit]
    amount = number_value(m["amount"])
    mod = amount_mod(m) or ("APPROX" if " or so" in squash(m.group()) else None)
    grain = "year" if letter == "Y" else AGO_GRAIN[letter]
    if amount is None:
        return Reading("DATE", "FUTURE_REF" if direction > 0 else "PAST_REF", mod)
    moved = offset_anchor(m, ctx, grain)
    if moved is None:
        return unresolved("DATE", grain, mod)
    if moved.is_at_least(grain):  # "In March 2019 ... two days later": still March 2019
        try:
            moved = moved.shift(direction * int(amount * size), "year" if letter == "Y" else unit)
        except OutOfCalendar:
            return Reading("DATE", "FUTURE_REF" if direction > 0 else "PAST_REF", mod)
        if moved.grain in ("month", "week", "day"):
            moved = moved.at(grain)  # "a month later" is a month, whatever day it counts from
    if letter == "Y":  # "a year earlier" compares; a later "a year earlier" compares again
        return Reading("DATE", moved.value, mod)
    return dated(moved, mod)


def offset_anchor(m: re.Match, ctx: Context, grain: str) -> Moment | None:
    """What "N units later/earlier" counts from: the article date for "from now", else the
    time last told (the quarter reported on, for "a year earlier" in results news)."""
    if squash(m["dir"]) in ("from now", "hence"):
        return ctx.today.at(grain) if ctx.today else None
    if grain == "year" and ctx.reported_quarter():
        return ctx.reported_quarter()
    return ctx.anchor(grain)


def read_year_ago(m: re.Match, ctx: Context) -> Reading | None:
    """"the year-earlier quarter", "year-ago results": the reported time, a year before.

    Not remembered as an anchor: it is a comparison, and the next "a year
    earlier" compares with the reported time again, not with this one.
    """
    if ctx.today is None:
        return unresolved("DATE", "quarter" if m["what"] else "year")
    reported = ctx.reported_quarter()
    if m["ordinal"]:
        quarter = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m["ordinal"].lower()]
        year = (reported or ctx.today).day.year
        base = Moment(dt.date(year, quarter * 3 - 2, 1), "quarter")
    elif reported:
        base = reported
    elif m["what"]:
        base = ctx.today.at("quarter").shift(-1, "quarter")
    else:
        base = ctx.today.at("year")
    return Reading("DATE", base.shift(-1, "year").value)
