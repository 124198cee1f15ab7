"""Readers of amounts of time (DURATION: "10 weeks", "the past three years") and of
times that recur (SET: "every day", "weekly", "on Mondays")."""
from __future__ import annotations

import re

from . import lexicon
from .reading import (Context, Reading, amount_mod, group, number_value, squash, unit_name,
                      weekday_number)

CLOCK_UNITS = {"hour", "minute", "second"}
# A smaller unit to write the rest of a fractional amount in: half a year is P6M, not P0.5Y.
SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7),
           "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}
VAGUE_AMOUNT_MODS = {"a couple of": "APPROX", "a couple": "APPROX", "couple of": "APPROX"}
# What comes before "a day" when it is a rate: "$5 a day", "20% a year", "12 hours a day".
RATE_BEFORE = re.compile(r"(?:\d|%|\b(?:percent|cents?|dollars?|pounds?|euros?|miles?|shares?"
                         r"|times|once|twice|hours?|minutes?|days?))\W*$", re.IGNORECASE)
# ... but "a day after the vote", "a week earlier" measure a distance between two times.
OFFSET_AFTER = re.compile(r"\s+(?:after|before|earlier|later|ahead|prior)\b", re.IGNORECASE)
# ... or a count of things: "four flights a week", "700 seats a week".
COUNT_BEFORE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen"
                          r"|hundred|thousand|million|billion)\s+(?:[a-z]+\s+)?[a-z]+s\s+$")


def period(amount: float | None, unit: str) -> str:
    """The TIMEX3 duration value: P10W, PT2H, P2Y6M for 2 1/2 years, PXY for "years"."""
    letter, size = lexicon.UNITS[unit]
    if amount is None:
        letter = lexicon.VAGUE_UNIT_LETTER.get(unit, letter)
        return f"PTX{letter}" if unit in CLOCK_UNITS else f"PX{letter}"
    if size > 1:  # decades, centuries and fortnights are written in years and weeks
        amount, unit = amount * size, {"Y": "year", "W": "week"}[letter]
    date_part, time_part = "", ""
    for _ in range(3):  # the whole units, then the rest in the next smaller unit
        whole = int(amount + 1e-9)
        if whole:
            piece = f"{whole}{lexicon.UNITS[unit][0]}"
            time_part, date_part = ((time_part + piece, date_part) if unit in CLOCK_UNITS
                                    else (time_part, date_part + piece))
        amount -= whole
        if amount < 1e-9 or unit not in SMALLER:
            break
        unit, factor = SMALLER[unit]
        amount *= factor
    if not (date_part or time_part):
        return f"P0{lexicon.UNITS[unit][0]}"
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def read_duration(m: re.Match, ctx: Context) -> Reading | None:
    unit = unit_name(m["unit"])
    amount_text = squash(m["amount"])
    amount = None if m["upper"] else number_value(amount_text)
    if m["or_so"] and "half" in m["or_so"]:
        amount = (amount or 0) + 0.5
    if (amount_text in ("a", "an") and not m["det"] and is_rate(ctx.text, m.start())
            and not OFFSET_AFTER.match(ctx.text, m.end())):
        return Reading("SET", period(1, unit))
    mod = (amount_mod(m) or VAGUE_AMOUNT_MODS.get(amount_text)
           or ("APPROX" if m["or_so"] and "so" in m["or_so"] else None))
    return Reading("DURATION", period(amount, unit), mod)


def is_rate(text: str, start: int) -> bool:
    """True when "a day" at `start` says how often, not how long: "$5 a day", "20% a year"."""
    return bool(RATE_BEFORE.search(text, max(0, start - 12), start)
                or COUNT_BEFORE.search(text, max(0, start - 40), start))


def read_unit_long(m: re.Match, ctx: Context) -> Reading | None:
    """"year-long" P1Y; "decades-long" PXE, an unknown number of decades."""
    plural = m.group().lower().endswith("s-long")
    unit = "century" if m["unit"].lower().startswith("centur") else m["unit"].lower()
    return Reading("DURATION", period(None if plural else 1, unit))


def read_vague_units(m: re.Match, ctx: Context) -> Reading | None:
    """"for years" PXY, "in recent weeks" PXW; but "in recent years" is a time gone by.

    TimeBank annotates "recent years" and "past years" PAST_REF, shorter units
    as durations; this follows it.
    """
    unit = unit_name(m["unit"])
    if unit == "year" and squash(m["det"]) in ("recent", "past"):
        return Reading("DATE", "PAST_REF")
    return Reading("DURATION", period(None, unit))


SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
               "biweekly": "P2W", "semiannually": "P6M", "bimonthly": "P2M"}


def read_set_adverb(m: re.Match, ctx: Context) -> Reading | None:
    return Reading("SET", SET_ADVERBS[m["adverb"].lower()])


def read_set(m: re.Match, ctx: Context) -> Reading | None:
    """"every day" P1D, "every two years" P2Y, "every other week" P2W, "each Monday"."""
    if m["weekday"]:
        return Reading("SET", f"XXXX-WXX-{weekday_number(m['weekday'])}")
    if m["part"]:
        return Reading("SET", f"XXXX-XX-XXT{lexicon.PARTS_OF_DAY[m['part'].lower()]}")
    if m["month"]:
        return Reading("SET", f"XXXX-{lexicon.MONTHS[m['month'].rstrip('.').lower()]:02d}")
    if m["season"]:
        return Reading("SET", f"XXXX-{lexicon.SEASONS[m['season'].lower()]}")
    amount = number_value(m["amount"]) if m["amount"] else 1
    if "other" in squash(m.group()):
        amount = 2
    return Reading("SET", period(amount, unit_name(m["unit"])))


def read_set_rate(m: re.Match, ctx: Context) -> Reading | None:
    return Reading("SET", period(1, unit_name(m["unit"])))


def read_weekday_plural(m: re.Match, ctx: Context) -> Reading | None:
    part = group(m, "part")
    code = f"T{lexicon.PARTS_OF_DAY[part.lower()]}" if part else ""
    return Reading("SET", f"XXXX-WXX-{weekday_number(m['weekday'])}{code}")
