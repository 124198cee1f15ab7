"""Readers of times named on the calendar: dates, months, years, quarters, seasons, weekdays.

A name without a year takes the year, or the week, that news implies. A
weekday ("on Tuesday") is the most recent one unless the verb looks ahead
("will meet on Tuesday", "is on Tuesday") or it is a deadline ("postponed until
Tuesday"); a weekday's event ("Tuesday's vote") has mostly happened. A month
or a day of a month ("in May", "Feb. 3") is the likeliest one near the article
date, past ones preferred; a future verb makes a month the next one, "since"
and "ended" the last. Past verbs are no sign for them: "payable Dec. 7".
"""
from __future__ import annotations

import datetime as dt
import re

from . import lexicon
from .calendar import (Moment, easter, likely_year, month_near, nth_weekday, safe_date,
                       weekday_near)
from .patterns import DAY, MONTH, YEAR
from .reading import (Context, Reading, dated, group, month_number, position_mod, squash,
                      unresolved, weekday_number, year_number)


def read_iso_date(m: re.Match, ctx: Context) -> Reading | None:
    day = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        return None
    if m["hour"]:
        return Reading("TIME", f"{day.isoformat()}T{m['hour']}:{m['minute']}", None,
                       Moment(day, "day"))
    return dated(Moment(day, "day"))


def read_slash_date(m: re.Match, ctx: Context) -> Reading | None:
    year = int(m["year"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    day = safe_date(year, int(m["month"]), int(m["day"]))
    return dated(Moment(day, "day")) if day else None


def read_month_day(m: re.Match, ctx: Context) -> Reading | None:
    month, day_of_month = month_number(m["month"]), int(m["day"])
    if not 1 <= day_of_month <= 31:
        return None
    if group(m, "year"):
        year = year_number(m["year"])
    elif ctx.article_date is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day_of_month:02d}")
    else:
        year = year_of_day(m, ctx, month, day_of_month)
    day = safe_date(year, month, day_of_month) if year else None
    return dated(Moment(day, "day"), position_mod(m)) if day else None


read_day_month = read_month_day


def read_week_of(m: re.Match, ctx: Context) -> Reading | None:
    """"the week of March 6": the (ISO) week that day is in."""
    day = read_month_day(m, ctx)
    if day is None:
        return None
    return dated(day.moment.at("week")) if day.moment else Reading("DATE", "XXXX-WXX")


# "the Sept. 11 attacks" name the day by its year-less date, as news has since 2001.
NINE_ELEVEN = re.compile(r",?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack|terror|strikes)", re.I)


def year_of_day(m: re.Match, ctx: Context, month: int, day: int) -> int | None:
    """The year of a month and day named without one: a weekday beside it, else the likeliest.

    Not the tense: "payable Dec. 7" or "extended the offer to Nov. 6" sit in
    past-tense sentences yet name days to come; news rarely names a day of
    the month more than half a year away without its year.
    """
    today = ctx.article_date
    if (month, day) == (9, 11) and NINE_ELEVEN.match(ctx.text, m.end()):
        return 2001
    if group(m, "weekday"):
        weekday = weekday_number(m["weekday"])
        for year in (today.year, today.year - 1, today.year + 1):
            named = safe_date(year, month, day)
            if named and named.isoweekday() == weekday:
                return year
    relative = squash(group(m, "relative"))
    if looks_back(ctx, m):
        return today.year if (month, day) <= (today.month, today.day) else today.year - 1
    if relative in ("last", "this past"):
        return today.year if (month, day) < (today.month, today.day) else today.year - 1
    if relative in ("next", "this coming"):
        return today.year if (month, day) > (today.month, today.day) else today.year + 1
    return likely_year(today, month, day)


# "since May", "the year ended Jan. 31": words that put the time before the article.
LOOKS_BACK = re.compile(r"\b(?:since|ended)\s+$", re.IGNORECASE)


def looks_back(ctx: Context, m: re.Match) -> bool:
    return bool(LOOKS_BACK.search(ctx.text, max(0, m.start() - 12), m.start()))


def read_month_year(m: re.Match, ctx: Context) -> Reading | None:
    year = year_number(m["year"])
    if year is None:
        return None
    return dated(Moment(dt.date(year, month_number(m["month"]), 1), "month"), position_mod(m))


def read_month_relative_year(m: re.Match, ctx: Context) -> Reading | None:
    month = month_number(m["month"])
    if ctx.article_date is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    shift = {"last": -1, "next": 1, "this": 0}[squash(m["relative"])]
    return dated(Moment(dt.date(ctx.article_date.year + shift, month, 1), "month"))


def read_month(m: re.Match, ctx: Context) -> Reading | None:
    month, mod = month_number(m["month"]), position_mod(m)
    if ctx.article_date is None:
        return Reading("DATE", f"XXXX-{month:02d}", mod)
    return dated(Moment(month_of(m, ctx, month), "month"), mod)


def month_of(m: re.Match, ctx: Context, month: int) -> dt.date:
    """The first day of a month named without a year: "last May", "in May", "next May"."""
    today = ctx.article_date
    relative = squash(m["relative"])
    if relative == "this":
        return dt.date(today.year, month, 1)
    if relative == "last":
        return month_near(dt.date(today.year, today.month, 1) - dt.timedelta(days=1), month, -1)
    if relative == "next":
        return month_near(dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1),
                          month, +1)
    if relative in ("this past", "this coming"):
        return month_near(today, month, -1 if relative == "this past" else 1)
    if looks_back(ctx, m):
        return month_near(today, month, -1)
    if ctx.tense(m) > 0:
        return month_near(today, month, +1)
    # A past tense is no sign: "agreed to buy it in January" looks ahead from a past verb.
    return dt.date(likely_year(today, month, 15), month, 1)


def read_year(m: re.Match, ctx: Context) -> Reading | None:
    year = year_number(m["year"])
    if year is None:
        return None
    return dated(Moment(dt.date(year, 1, 1), "year"), position_mod(m))


def read_decade(m: re.Match, ctx: Context) -> Reading | None:
    digits = m["decade"].lstrip("'")
    if len(digits) == 2:
        digits = century_of_two_digits(int(digits), ctx) + digits
    return Reading("DATE", digits[:3], position_mod(m))


def century_of_two_digits(year: int, ctx: Context) -> str:
    """'19' or '20' for the decade "the '90s" names: the latest not after the article."""
    this_year = ctx.article_date.year if ctx.article_date else 2000
    return "19" if 1900 + year <= this_year and 2000 + year > this_year else "20"


SPELLED_DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                   "seventies": 7, "eighties": 8, "nineties": 9}


def read_spelled_decade(m: re.Match, ctx: Context) -> Reading | None:
    digit = SPELLED_DECADES[m["decade"].lower()]
    return Reading("DATE", f"19{digit}", position_mod(m))


def read_century(m: re.Match, ctx: Context) -> Reading | None:
    ordinal = m["ordinal"].lower()
    number = int(re.sub(r"\D", "", ordinal)) if ordinal[0].isdigit() else lexicon.ORDINALS[ordinal]
    return Reading("DATE", f"{number - 1:02d}", position_mod(m))


QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
                    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def read_quarter(m: re.Match, ctx: Context) -> Reading | None:
    quarter = QUARTER_ORDINALS[m["ordinal"].lower()]
    year = year_named(m, ctx)
    ended = quarter_end(ctx, m.end())
    if year is None and ended:  # "the fiscal first quarter ended Sept. 30": 1989-Q1,
        year = ended.year       # numbered as the company does, in its end date's year
    if year is None and ctx.article_date is None:
        return Reading("DATE", f"XXXX-Q{quarter}")
    if year is None:
        year = year_of_quarter(m, ctx, quarter)
    return dated(Moment(dt.date(year, quarter * 3 - 2, 1), "quarter"))


QUARTER_END = re.compile(rf"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?{MONTH}\s*{DAY}"
                         rf"(?:,?\s+{YEAR})?")


def quarter_end(ctx: Context, end: int) -> dt.date | None:
    """The day a quarter is said to end on, in the words after it: "... ended Sept. 30"."""
    found = QUARTER_END.match(ctx.text, end)
    if not found or not (found["year"] or ctx.article_date):
        return None
    month, day = month_number(found["month"]), int(found["day"])
    year = year_number(found["year"]) if found["year"] else likely_year(ctx.article_date, month,
                                                                         day)
    return safe_date(year, month, day) if year else None


def year_named(m: re.Match, ctx: Context) -> int | None:
    """The year a quarter or half names: "of 1990", "the 1988 third quarter", "of last year"."""
    if group(m, "year"):
        return year_number(m["year"])
    of_year = squash(group(m, "of_year"))
    if of_year[:1].isdigit():
        return int(of_year)
    if not of_year or ctx.article_date is None:
        return None
    if of_year == "the year":
        anchor = ctx.anchor("year")
        return anchor.day.year
    return ctx.article_date.year + {"this year": 0, "last year": -1, "next year": 1}[of_year]


def year_of_quarter(m: re.Match, ctx: Context, quarter: int) -> int:
    """A quarter without a year is in the article's year once it has begun, else the year before.

    Companies report on quarters that have ended; only a plan ("will ... in the
    fourth quarter") reaches a quarter that has not begun.
    """
    mentioned = ctx.mentioned("year", since=ctx.sentence_start(m))
    today = ctx.article_date
    if mentioned and mentioned.grain in ("year", "quarter", "half"):
        return mentioned.day.year
    det = squash(group(m, "det")).removesuffix(" year's")
    if det in ("last", "next", "this"):
        return today.year + {"last": -1, "next": 1, "this": 0}[det]
    if "fiscal" in m.group().lower() and ctx.tense(m) <= 0:
        # A fiscal quarter's number says nothing of the calendar; the one reported
        # on ended weeks ago, and takes the year it ended in.
        return (today - dt.timedelta(days=45)).year
    if quarter * 3 - 2 <= today.month or ctx.tense(m) > 0:
        return today.year
    return today.year - 1


def read_quarter_code(m: re.Match, ctx: Context) -> Reading | None:
    quarter = int(m["quarter"])
    if m["year"]:
        return dated(Moment(dt.date(int(m["year"]), quarter * 3 - 2, 1), "quarter"))
    if ctx.article_date is None:
        return Reading("DATE", f"XXXX-Q{quarter}")
    return dated(Moment(dt.date(year_of_quarter(m, ctx, quarter), quarter * 3 - 2, 1), "quarter"))


def read_half(m: re.Match, ctx: Context) -> Reading | None:
    half = 1 if m["ordinal"].lower() == "first" else 2
    year = year_named(m, ctx)
    if year is None:
        return Reading("DATE", f"XXXX-H{half}")
    return dated(Moment(dt.date(year, half * 6 - 5, 1), "half"))


def read_season(m: re.Match, ctx: Context) -> Reading | None:
    code = lexicon.SEASONS[m["season"].lower()]
    mod = position_mod(m)
    if m["year"]:
        year = year_number(m["year"])
    elif ctx.article_date is None:
        return Reading("DATE", f"XXXX-{code}", mod)
    else:
        year = year_of_season(m, ctx, code)
    return Reading("DATE", f"{year}-{code}", mod)


def year_of_season(m: re.Match, ctx: Context, code: str) -> int:
    today = ctx.article_date
    relative = squash(m["relative"])
    begun = lexicon.SEASON_START[code] <= today.month
    within = Moment(today, "season").value.endswith(code)
    if relative == "last":
        return today.year if begun and not within else today.year - 1
    if relative == "next":
        return today.year + 1 if begun else today.year
    if relative == "this past":
        return today.year if begun else today.year - 1
    tense = 0 if relative == "this" else ctx.tense(m)
    if tense < 0 and not begun:
        return today.year - 1
    if tense > 0 and begun and not within:
        return today.year + 1
    return today.year


def read_holiday(m: re.Match, ctx: Context) -> Reading | None:
    name = squash(m["holiday"])
    if m["year"]:
        day = holiday_in(name, year_number(m["year"]))
    elif ctx.article_date is None:
        return Reading("DATE", undated_holiday(name))
    else:
        day = holiday_near(m, ctx, name)
    return dated(Moment(day, "day"))


def undated_holiday(name: str) -> str:
    if name in lexicon.FIXED_HOLIDAYS:
        month, day = lexicon.FIXED_HOLIDAYS[name]
        return f"XXXX-{month:02d}-{day:02d}"
    return "XXXX-XX-XX"


def holiday_in(name: str, year: int) -> dt.date:
    if name in lexicon.FIXED_HOLIDAYS:
        return dt.date(year, *lexicon.FIXED_HOLIDAYS[name])
    if name in lexicon.WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *lexicon.WEEKDAY_HOLIDAYS[name])
    return easter(year) + dt.timedelta(days=lexicon.EASTER_HOLIDAYS[name])


def holiday_near(m: re.Match, ctx: Context, name: str) -> dt.date:
    """The holiday of the year the relative word or the tense points to."""
    today = ctx.article_date
    this_year = holiday_in(name, today.year)
    relative = squash(m["relative"])
    direction = {"last": -1, "next": 1}.get(relative) or ctx.tense(m)
    if direction < 0 and this_year > today:
        return holiday_in(name, today.year - 1)
    if direction > 0 and this_year < today:
        return holiday_in(name, today.year + 1)
    if direction == 0 and abs((this_year - today).days) > 183:
        return holiday_in(name, today.year + (1 if this_year < today else -1))
    return this_year


WEEKDAY_RELATIVES = {"last": -1, "this past": -1, "the previous": -1, "next": 1,
                     "this coming": 1, "this": 1, "the following": 1, "the next": 1}


def read_weekday(m: re.Match, ctx: Context) -> Reading | None:
    weekday, part = weekday_number(m["weekday"]), m["part"]
    code = lexicon.PARTS_OF_DAY[part.lower()] if part else None
    if ctx.article_date is None:
        value = f"XXXX-WXX-{weekday}" + (f"T{code}" if code else "")
        return Reading("DATE", value, position_mod(m))
    day = Moment(day_of_weekday(m, ctx, weekday), "day")
    if code:  # a DATE still, as AQUAINT's newswire annotates "Friday night" (TimeBank: TIME)
        return Reading("DATE", f"{day.value}T{code}", position_mod(m), day)
    return dated(day, position_mod(m))


def day_of_weekday(m: re.Match, ctx: Context, weekday: int) -> dt.date:
    """The date a weekday names: by "last"/"next", by an earlier date, else by tense."""
    relative = squash(group(m, "relative"))
    direction = WEEKDAY_RELATIVES.get(relative)
    if relative in ("the previous", "the following", "the next"):
        anchor = (ctx.mentioned("day") or ctx.today).day
        return weekday_near(anchor + dt.timedelta(days=direction), weekday, direction)
    today = ctx.article_date
    if relative in ("last", "next"):
        return weekday_near(today + dt.timedelta(days=direction), weekday, direction)
    if direction is None:
        direction = undated_direction(m, ctx)
    # "The election is on Sunday": a day named in the present tense is the coming one.
    return weekday_near(today, weekday, direction or ctx.tense(m, present=1) or -1)


POSSESSIVE = re.compile(r"['\u2019]s\b")
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of)\s+$", re.IGNORECASE)


def undated_direction(m: re.Match, ctx: Context) -> int | None:
    """Which way a bare weekday points when the words around it settle it, else None.

    A deadline or a time something was put off to is to come ("postponed until
    Tuesday"). A weekday's event ("Wednesday's ruling") has mostly happened,
    whatever the verb of the sentence ("vowed to fight Wednesday's ruling").
    """
    if ctx.deferred_to(m):
        return 1
    if POSSESSIVE.match(ctx.text, m.end()):
        return 1 if AHEAD_OF.search(ctx.text, max(0, m.start() - 20), m.start()) else -1
    return None
