"""Which way a time without a year points: the tense of the verb nearest to it.

News reports what happened ("met on Tuesday") and what is planned ("will meet
on Tuesday"); a bare weekday, month or day of a month is the most recent one in
the first case and the next one in the second. The nearest tense cue in the
same sentence decides; with none, the caller picks the nearest candidate.
"""
from __future__ import annotations

import re

from ..lexicon import (TENSE_ABBREVIATIONS as ABBREVIATIONS, FUTURE_WORDS as FUTURE, FUTURE_BEFORE_TO,
                       TENSE_BE_FORMS as BE, FUTURE_AFTER_BE, PAST_WORDS as PAST, NOT_PAST, PLUPERFECT,
                       MODALS, FUTURE_CLAUSE_OPENERS)

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# A sentence ends at . ! ? (and closing quotes) before a capital, or at a blank line.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018`(]*[A-Z0-9])|\n\s*\n")
WINDOW = 200  # characters looked at on each side; a sentence is rarely longer

PAST_ED = re.compile(r"[a-z]{2,}ed$")


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end], at most WINDOW chars each way."""
    left = max(0, start - WINDOW)
    for m in SENTENCE_END.finditer(text, left, start):
        if not _is_abbreviation(text, m.start()):
            left = m.end()
    right = min(len(text), end + WINDOW)
    for m in SENTENCE_END.finditer(text, end, right):
        if not _is_abbreviation(text, m.start()):
            right = m.start() + 1
            break
    return left, right


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"(\w+)$", text[max(0, dot - 6):dot])
    return bool(word) and word.group(1).lower() in ABBREVIATIONS


# Where a clause ends: a verb rarely governs a time adverbial across one of these.
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:and|but|while|when|as|because)\b")


def tense_near(text: str, start: int, end: int, present: int = 0) -> int:
    """-1 when the governing verb looks past, +1 when it looks future, 0 when none is seen.

    The verb is sought in the expression's own clause first, before it (English
    puts the verb before its time adverbial: "rejected the plan on Tuesday"),
    then after it; then in the rest of the sentence the same way. `present` is
    what "is" and "are" count as: nothing, unless the caller knows better.
    """
    left, right = sentence_window(text, start, end)
    breaks_before = [m.end() for m in CLAUSE_BREAK.finditer(text, left, start)]
    break_after = CLAUSE_BREAK.search(text, end, right)
    clause_left = breaks_before[-1] if breaks_before else left
    clause_right = break_after.start() if break_after else right
    for lo, hi, nearest in ((clause_left, start, -1), (end, clause_right, 0),
                            (left, clause_left, -1), (clause_right, right, 0)):
        cues = _cues(text, lo, hi, present)
        if cues:
            return cues[nearest][1]
    return 0


def _cues(text: str, left: int, right: int, present: int = 0) -> list[tuple[int, int]]:
    """(position, -1 past / +1 future) for each tense cue in text[left:right].

    A participle right after a future cue is part of it: "will stay closed". One that looks
    ahead only before "to" or "for" ("was set to open", "is planned for May") tells a past
    after "was" or "were" otherwise ("were set out", "was set on fire").
    """
    words = [(m.start(), m.group().lower()) for m in WORD.finditer(text, left, right)]
    cues, future_until = [], -1
    for i, (pos, word) in enumerate(words):
        following = words[i + 1][1] if i + 1 < len(words) else ""
        sign = _sign(word, following, present)
        if sign > 0 and word in BE and following in FUTURE_BEFORE_TO and (
                i + 2 >= len(words) or words[i + 2][1] not in ("to", "for")):
            sign = _sign(word, "", present)  # "were set out in a memo on Tuesday": a past, not "were set to"
        if sign > 0 and word != "would" and _after_pluperfect(words, i):
            sign = -1
        if sign < 0 and i <= future_until:
            continue
        if sign < 0 and _time_clause_under_modal(words, i):
            sign = 1  # "could strengthen before it reached land late Friday": still to come
        if sign > 0 and word not in ("is", "are"):  # "are statements made Friday": past
            future_until = i + 3
        if sign:
            cues.append((pos, sign))
    return cues


def _time_clause_under_modal(words: list[tuple[int, str]], i: int) -> bool:
    """A past verb right after a time clause's opener and its subject ("before it reached"),
    with a modal before the opener in the words looked at ("could strengthen before ...")."""
    opener = next((k for k in (i - 1, i - 2, i - 3) if k >= 0 and words[k][1] in FUTURE_CLAUSE_OPENERS), None)
    return opener is not None and any(word in MODALS for _, word in words[max(0, opener - 6):opener])


def _after_pluperfect(words: list[tuple[int, str]], i: int) -> bool:
    before = [word for _, word in words[max(0, i - 2):i]]
    return any(before[-len(p):] == p for p in PLUPERFECT)


def _sign(word: str, following: str, present: int = 0) -> int:
    if word in BE:
        if following in FUTURE_AFTER_BE:
            return 1
        return -1 if word in ("was", "were") else present if word in ("is", "are") else 0
    if word in FUTURE_BEFORE_TO and following == "to" or (word, following) == ("planned", "for"):
        return 1
    if word == "would" and following == "have":
        return -1  # "would have won on Sunday": a past that did not happen
    if word in FUTURE:
        return 1
    if word in PAST or (PAST_ED.match(word) and word not in NOT_PAST):
        return -1
    return 0


# A time something was put off to, or a deadline given: "postponed the vote until Tuesday",
# "extended its deadline to Friday", "has until Monday to decide". Whatever the tense of
# the verb, the time it names is still to come.
DEFERRED_TO = re.compile(
    r"(?:\b(?:postpone|delay|defer|adjourn|extend|reschedul|put\w*\s+off|push\w*\s+back"
    r"|give|gave|given)\w*\b[^.;:!?()]{0,60}?|\b(?:has|have)\s+)"
    r"\b(?:until|till|to)\s+(?:on\s+|at\s+)?$", re.IGNORECASE)


def deferred_to(text: str, start: int) -> bool:
    """True when the time at `start` is one something was put off to, or a deadline given."""
    return bool(DEFERRED_TO.search(text, max(0, start - 90), start))
