"""What the readers of matches share: the reading they return and the context they anchor in."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..parsing.marks import find_quoted
from ..parsing.spans import SpanSet
from . import lexicon
from .calendar import GRAINS, PLACEHOLDERS, Moment
from .tense import deferred_to, sentence_window, tense_near
from ..lexicon import NUMBER_MULTIPLIERS as MULTIPLIERS


@dataclass(frozen=True, slots=True)
class Reading:
    """A match read as TIMEX3: type, value, mod, and the calendar time later ones may anchor to."""

    type: str
    value: str
    mod: str | None = None
    moment: Moment | None = None


@dataclass(slots=True)
class Context:
    """The article being read: its text, its date, and the times mentioned so far."""

    text: str
    article_date: dt.date | None
    mentions: list[tuple[int, Moment]] = field(default_factory=list)  # (end offset, time)
    quoted: SpanSet = field(init=False)  # stretches of text inside quotes

    def __post_init__(self) -> None:
        self.quoted = quoted_stretches(self.text)

    @property
    def today(self) -> Moment | None:
        return Moment(self.article_date, "day") if self.article_date else None

    def remember(self, end: int, moment: Moment) -> None:
        """Keep a time as an anchor for later anaphora, unless a quote mentions it.

        A time inside a quote is in the speaker's frame ("This month is hard"),
        not the story's, so the narrative's "a month later" does not count from it.
        """
        if end - 1 not in self.quoted:
            self.mentions.append((end, moment))

    def anchor(self, grain: str) -> Moment | None:
        """What "the next day", "a year later" or "that month" counts from.

        The latest time the text mentioned at least as finely as `grain`, which
        is where the story's events have got to; else the latest time it
        mentioned at all (coarser: the caller keeps it as it is, "In 2018 ...
        the next day" is still 2018); else the article date.
        """
        return self.mentioned(grain) or self.mentioned(GRAINS[0]) or self.today

    def mentioned(self, grain: str, since: int = 0) -> Moment | None:
        """The latest time mentioned after offset `since` at least as finely as `grain`."""
        for end, moment in reversed(self.mentions):
            if end < since:
                return None
            if moment.is_at_least(grain):
                return moment
        return None

    def reported_quarter(self) -> Moment | None:
        """The quarter the text last named: what "a year earlier" compares with in results news."""
        for _, moment in reversed(self.mentions):
            if moment.grain == "quarter":
                return moment
        return None

    def tense(self, match: re.Match, present: int = 0) -> int:
        """-1 past, +1 future, 0 unknown: the tense of the verb nearest the match
        (`present` what "is" and "are" count as)."""
        return tense_near(self.text, match.start(), match.end(), present)

    def deferred_to(self, match: re.Match) -> bool:
        """True when the match names a time something was put off to or a deadline given."""
        return deferred_to(self.text, match.start())

    def sentence_start(self, match: re.Match) -> int:
        return sentence_window(self.text, match.start(), match.end())[0]


def quoted_stretches(text: str) -> SpanSet:
    """The stretches of `text` inside quotation marks, paired as the quote finder pairs them."""
    return SpanSet((q.start, q.end) for q in find_quoted(text))


def unresolved(type_: str, grain: str, mod: str | None = None) -> Reading:
    """The TIMEX3 placeholder for a relative time when there is no article date."""
    return Reading(type_, PLACEHOLDERS[grain], mod)


def dated(moment: Moment, mod: str | None = None, type_: str = "DATE") -> Reading:
    """A reading of a calendar time, remembered as an anchor for what follows."""
    return Reading(type_, moment.value, mod, moment)


def group(match: re.Match, name: str) -> str | None:
    """The text of a named group, or None when the rule lacks it or it did not match."""
    if name not in match.re.groupindex:
        return None
    return match.group(name)


def squash(text: str | None) -> str:
    """Lower case with single spaces: the form the lexicon is keyed by."""
    return re.sub(r"\s+", " ", text or "").strip().lower()


def month_number(name: str) -> int:
    return lexicon.MONTHS[name.rstrip(".").lower()]


def weekday_number(name: str) -> int:
    return lexicon.WEEKDAYS[name.rstrip(".").lower()]


def position_mod(match: re.Match) -> str | None:
    """START, MID or END for "early", "mid-", "the end of" and their kin."""
    words = squash(group(match, "position") or group(match, "early"))
    if not words:
        return None
    return lexicon.POSITION_MODS.get(words.rstrip("-"), None)


def amount_mod(match: re.Match) -> str | None:
    return lexicon.AMOUNT_MODS.get(squash(group(match, "mod")))


def year_number(text: str) -> int | None:
    """1998 from "1998", "nineteen ninety-eight" or "two thousand and one"."""
    text = squash(text)
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text) if w not in ("and", "oh")]
    if words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(words[2:])) if len(words) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    century = lexicon.NUMBERS.get(words[0])
    rest = number_value(" ".join(words[1:]))
    if century is None or rest is None:
        return None
    return century * 100 + int(rest)


def number_value(text: str) -> float | None:
    """The number a written or spelled amount names; None for "several", "a few" and kin."""
    text = squash(text).replace("-", " ").replace(",", "")
    fraction = re.fullmatch(r"(\d+)\s*(?:1/2|\u00bd)", text)
    if fraction:
        return int(fraction.group(1)) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    half = text.endswith(" and a half")
    words = [w for w in text.removesuffix(" and a half").split() if w != "of"]
    if words in (["half", "a"], ["half", "an"]):
        return 0.5
    total = 0.0
    for word in words:
        value = 1 if word in ("a", "an") else lexicon.NUMBERS.get(word)
        if value is None:
            return None
        total = max(total, 1) * value if word in MULTIPLIERS else total + value
    return total + 0.5 if half else total


def unit_name(word: str) -> str:
    """The lexicon key of a unit word: "centuries" -> "century", "weeks" -> "week"."""
    word = word.lower()
    irregular = {"centuries": "century", "century": "century", "millennia": "millennium",
                 "sec": "second", "secs": "second", "min": "minute", "mins": "minute",
                 "hr": "hour", "hrs": "hour"}
    return irregular.get(word) or (word[:-1] if word.endswith("s") else word)
