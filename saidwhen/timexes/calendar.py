"""Calendar arithmetic on resolved times, and their TIMEX3 `value` strings.

A resolved time is a `Moment`: one day inside it and its grain (year, quarter,
month, week, day ...). Shifting "last year" or "a month later" is arithmetic on
that day; the grain decides how the value is written (1998, 1998-Q1, 1998-W02).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# From coarse to fine; a time can anchor a shift by any unit at least as coarse.
GRAINS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                   6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}
# What an unresolved time of each grain is written as when there is no article date.
PLACEHOLDERS = {"century": "XX", "decade": "XXX", "year": "XXXX", "half": "XXXX-HX",
                "quarter": "XXXX-QX", "season": "XXXX-XX", "month": "XXXX-XX",
                "week": "XXXX-WXX", "day": "XXXX-XX-XX"}


class OutOfCalendar(ValueError):
    """A shift that leaves the calendar Python can write: "6,000 years ago"."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A resolved calendar time: a day inside it and how coarse it is."""

    day: dt.date
    grain: str

    @property
    def value(self) -> str:
        """The TIMEX3 value, e.g. 1998, 1998-Q3, 1998-W02, 1998-01-12."""
        d = self.day
        return {
            "century": f"{d.year // 100:02d}", "decade": f"{d.year // 10:03d}",
            "year": f"{d.year:04d}", "half": f"{d.year:04d}-H{1 if d.month <= 6 else 2}",
            "quarter": f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
            "season": f"{d.year:04d}-{SEASON_OF_MONTH[d.month]}",
            "month": f"{d.year:04d}-{d.month:02d}", "week": week_value(d),
            "day": d.isoformat(),
        }[self.grain]

    def shift(self, amount: int, unit: str) -> Moment:
        """This time moved by `amount` units ("year", "month", "week", "day" ...)."""
        return Moment(shift_day(self.day, amount, unit), self.grain)

    def at(self, grain: str) -> Moment:
        """The same day seen at another grain: the year of a day, the month of a day."""
        return Moment(self.day, grain)

    def ends_before(self, day: dt.date) -> bool:
        """True when the whole of this time lies before `day`."""
        return self.last_day() < day

    def last_day(self) -> dt.date:
        """The last day this time covers: 31 December for a year, a Sunday for a week."""
        d = self.day
        if self.grain == "day":
            return d
        if self.grain == "week":
            return d + dt.timedelta(days=7 - d.isoweekday())
        months = {"century": (d.year // 100 * 100 + 100, 1), "decade": (d.year // 10 * 10 + 10, 1),
                  "year": (d.year + 1, 1), "half": (d.year, 7 if d.month <= 6 else 13),
                  "quarter": (d.year, (d.month - 1) // 3 * 3 + 4),
                  "month": (d.year, d.month + 1)}.get(self.grain)
        if months is None:  # a season: the end of its third month
            return add_months(dt.date(d.year, d.month, 1), 3) - dt.timedelta(days=1)
        year, month = months
        return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1) - dt.timedelta(days=1)

    def is_at_least(self, grain: str) -> bool:
        """True when this time is as fine as `grain` or finer (a day is at least a month)."""
        return GRAINS.index(self.grain) >= GRAINS.index(grain)


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later, clipped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12,
               "decade": 120, "century": 1200}
UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


def shift_day(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` calendar units; units finer than a day leave it alone."""
    try:
        if unit in UNIT_MONTHS:
            return add_months(day, amount * UNIT_MONTHS[unit])
        if unit in UNIT_DAYS:
            return day + dt.timedelta(days=amount * UNIT_DAYS[unit])
    except (ValueError, OverflowError) as error:
        raise OutOfCalendar(f"{day} moved by {amount} {unit}") from error
    return day


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The day with ISO `weekday` on or before (-1) or on or after (+1) `anchor`."""
    delta = (weekday - anchor.isoweekday()) % 7
    if direction > 0:
        return anchor + dt.timedelta(days=delta)
    return anchor - dt.timedelta(days=(7 - delta) % 7)


def month_near(anchor: dt.date, month: int, direction: int) -> dt.date:
    """The first day of `month` in the year that puts it on or before/after `anchor`'s month."""
    year = anchor.year
    if direction < 0 and month > anchor.month:
        year -= 1
    if direction > 0 and month < anchor.month:
        year += 1
    return dt.date(year, month, 1)


def likely_year(anchor: dt.date, month: int, day: int) -> int:
    """The year that most likely puts month/day (clipped to the month) near `anchor`.

    News looks back more often than ahead: a date to come wins only when it is
    less than half as far as the one gone by.
    """
    costs = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        delta = (dt.date(year, month, min(day, days_in_month(year, month))) - anchor).days
        costs.append((2 * delta if delta > 0 else -delta, year))
    return min(costs)[1]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The nth (or, with n = -1, the last) ISO `weekday` of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return weekday_near(first, weekday, +1) + dt.timedelta(weeks=n - 1)
    last = dt.date(year, month, days_in_month(year, month))
    return weekday_near(last, weekday, -1)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers name no real day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
