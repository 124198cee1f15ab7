"""Matches whose words are more often not a time, and the checks that drop them.

"May" the verb or the name, a number that counts people rather than years,
"fall" the verb, "in his 50s", a "second" that is an ordinal, a TV show called
"This Week". Each check looks only at the match and the few words around it.
"""
from __future__ import annotations

import re

from ..lexicon import (MONTH_CUES, YEAR_CUES, QUANTITY_WORDS, NOT_PLURAL_NOUNS as NOT_NOUNS, SEASON_CUES,
                       AGE_POSSESSIVES as POSSESSIVES)

PREVIOUS_WORD = re.compile(r"([A-Za-z']+)[^A-Za-z'\n]{0,3}$")
NEXT_WORD = re.compile(r"[^A-Za-z\n]{0,2}([A-Za-z']+)")
SENTENCE_START = re.compile(r"(?:^|[.!?\"\u201c\u2018`'(_\n\u2014-]\s*)$")


def plausible(rule: str, match: re.Match, text: str) -> bool:
    check = CHECKS.get(rule)
    return check(match, text) if check else True


def previous_word(text: str, start: int) -> str:
    found = PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return found.group(1) if found else ""


def next_word(text: str, end: int) -> str:
    found = NEXT_WORD.match(text, end, end + 30)
    return found.group(1) if found else ""


def following(text: str, m: re.Match) -> str:
    """The few characters after a match, without copying the whole text."""
    return text[m.end():m.end() + 30]


def plausible_month(m: re.Match, text: str) -> bool:
    """A month named alone: "May" only after a word like "in"; no name before or after.

    "the March" is a march ("the March for Life"); "the October slaying" is a month.
    """
    if m["relative"] or m["position"]:
        return True
    before = previous_word(text, m.start())
    if before.lower() in MONTH_CUES:
        return True
    if m["month"] == "May" or (m["month"] == "March" and before.lower() == "the"):
        return False
    capitalised_before = before[:1].isupper() and is_mid_sentence(text, m.start())
    return not capitalised_before and not next_word(text, m.end())[:1].isupper()


def plausible_year(m: re.Match, text: str) -> bool:
    """A four-digit number is a year unless it counts something ("2000 troops", "about 1500")."""
    if m["fiscal"] or m["position"] or not m["year"].isdigit():
        return True
    before = previous_word(text, m.start()).lower()
    if before in QUANTITY_WORDS and not _bounding_a_year(text, m.start()):
        return False
    counted = re.match(r"\s+([a-z]+s)\b", following(text, m))
    if counted and counted.group(1) not in NOT_NOUNS and before not in YEAR_CUES:
        return False
    return int(m["year"]) >= 1800 or before in {"in", "since", "from", "until", "by", "year"}


def _bounding_a_year(text: str, start: int) -> bool:
    """"since at least 2017", "from at least 1990": "at least" bounds a year that a preposition
    of time opens, not a count ("at least 2000 troops")."""
    words = re.findall(r"[A-Za-z']+", text[max(0, start - 30):start])[-3:]
    return len(words) == 3 and words[1].lower() == "at" and words[2].lower() == "least" \
        and words[0].lower() in {"since", "from", "until", "by"} and not re.match(r"\s+[a-z]+s\b", text[start + 4:start + 20])


def plausible_decade(m: re.Match, text: str) -> bool:
    """"the '90s" and "the 1990s", but not "in his 50s"."""
    if previous_word(text, m.start()).lower() in POSSESSIVES:
        return False
    digits = m["decade"]
    return len(digits) == 4 or digits.startswith("'") or m.group().lower().startswith("the")


# Nouns a season names a kind of: "a summer associate", "winter storms", "spring training".
SEASON_KINDS = re.compile(
    r"\s+(?:associate|intern|internship|job|camp|school|program|programme|break|vacation|home"
    r"|house|storm|weather|olympics|games|league|session|semester|term|training|collection"
    r"|menu|tire|coat|clothes|wheat|solstice|equinox|palace|festival|resident|residence"
    r"|blockbuster|movie|sale|fashion|sport|meeting|meetings|offensive)s?\b",
    re.IGNORECASE)


def plausible_season(m: re.Match, text: str) -> bool:
    """"fall" and "spring" are verbs and nouns too: they need a determiner or a year.

    A season before a noun it classifies ("a summer associate", "the winter
    Olympics") names a kind of thing, not a time; so does one after "a".
    """
    if m["year"]:
        return True
    if re.match(r"\s+of\b", following(text, m)):
        return False  # "the fall of Saigon"
    if not m["position"] and (SEASON_KINDS.match(text, m.end(), m.end() + 30)
                              or previous_word(text, m.start()).lower() in ("a", "an")):
        return False
    if m["season"].lower() not in ("fall", "spring"):
        return True
    relative = (m["relative"] or "").lower()
    if relative == "the":  # "in the fall", but not "blamed the fall in profits"
        return previous_word(text, m.start()).lower() in SEASON_CUES
    return bool(m["position"]) or relative not in ("", "in")


def plausible_ref(m: re.Match, text: str) -> bool:
    """"soon" but not "as soon as"; "the future" but not "the future of"; "current" before
    a noun only."""
    word, after = m["ref"].lower(), following(text, m).lower()
    if word == "soon":
        return not re.match(r"\s+(?:as|after|afterwards?|thereafter)\b", after)
    if "future" in word:
        return word != "future" and not re.match(r"\s+of\b", after)
    if word == "current":  # "The Current", a programme's title inside a sentence, is a name
        return bool(re.match(r"\s+[a-z]", after)) and plausible_capitalised_word_at(m["ref"], text, m.start("ref"))
    return True


def is_mid_sentence(text: str, start: int) -> bool:
    return not SENTENCE_START.search(text, max(0, start - 4), start)


def plausible_capitalised_word(m: re.Match, text: str) -> bool:
    """"Today" or "Noon" with a capital inside a sentence is a name: BBC Radio 4's Today
    programme, the footballer Noon."""
    return plausible_capitalised_word_at(m.group("word") or "", text, m.start("word"))


def plausible_capitalised_word_at(word: str, text: str, start: int) -> bool:
    return not (word[:1].isupper() and is_mid_sentence(text, start))


# "today's youth", "in today's world": the present age, not the article's day.
GENERIC_TODAY = re.compile(r"['\u2019]s\s+(?:world|youth|society|generations?|young|kids|children"
                           r"|culture|technology|politics|economy|era|age|times)\b", re.IGNORECASE)


def plausible_day_word(m: re.Match, text: str) -> bool:
    if (m["word"] or "").lower() == "today" and GENERIC_TODAY.match(text, m.end()):
        return False
    return plausible_capitalised_word(m, text)


def plausible_vague_units(m: re.Match, text: str) -> bool:
    """"years" alone is a time only after "for", "over", "in", "recent" and their kin."""
    return bool(m["det"] or m["context"])


def plausible_weekday(m: re.Match, text: str) -> bool:
    """"Sun." and "Sat." alone are as often names as days."""
    return not m["weekday"].endswith(".") or bool(m["part"])


def plausible_duration(m: re.Match, text: str) -> bool:
    """Not a count of something else: "a second attack", "three-quarters of its food",
    "the 1988 quarter" (a year before a noun)."""
    unit, amount = m["unit"].lower(), m["amount"].lower()
    if unit.startswith("sec") and amount in ("a", "an"):
        return bool(re.match(r"\s*[,.;]|\s+or\b", following(text, m)))
    if unit.startswith("quarter") and re.match(r"\s+of\b", following(text, m)):
        return False
    return not re.fullmatch(r"1[89]\d\d|20\d\d", amount)


def plausible_unit_relative(m: re.Match, text: str) -> bool:
    """Not a title: ABC's "This Week" is a programme, not a week."""
    return not (m["relative"][:1].isupper() and m["unit"][:1].isupper())


CHECKS = {"month": plausible_month, "year": plausible_year, "decade": plausible_decade,
          "season": plausible_season, "ref": plausible_ref, "vague_units": plausible_vague_units,
          "weekday": plausible_weekday, "duration": plausible_duration,
          "unit_relative": plausible_unit_relative, "noon": plausible_capitalised_word,
          "day_word": plausible_day_word}
