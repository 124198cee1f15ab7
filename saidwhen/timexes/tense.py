"""Which way a time without a year points: the tense of the verb nearest to it.

News reports what happened ("met on Tuesday") and what is planned ("will meet
on Tuesday"); a bare weekday, month or day of a month is the most recent one in
the first case and the next one in the second. The nearest tense cue in the
same sentence decides; with none, the caller picks the nearest candidate.
"""
from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# A sentence ends at . ! ? (and closing quotes) before a capital, or at a blank line.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018`(]*[A-Z0-9])|\n\s*\n")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col",
                 "sgt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                 "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "jr", "sr",
                 "u", "s", "a", "p", "m"}
WINDOW = 200  # characters looked at on each side; a sentence is rarely longer

FUTURE = {"will", "shall", "'ll", "won't", "gonna", "scheduled", "planned", "planning",
          "expected", "expects", "expect", "due", "intends", "soon", "slated"}
# Nouns as often as verbs: they look ahead only before "to" ("plans to visit").
FUTURE_BEFORE_TO = {"plan", "plans", "set", "poised", "aims", "hopes", "wants"}
# "is to", "was set to", "were planning to": a form of "be" before these looks ahead.
BE = {"is", "are", "am", "was", "were", "be"}
FUTURE_AFTER_BE = {"to", "set", "scheduled", "expected", "due", "going", "slated", "planning",
                   "planned", "supposed", "poised", "forecast", "predicted", "likely"}
PAST = {"had", "did", "said", "told", "went", "came", "made", "took", "gave", "met", "began",
        "left", "got", "held", "won", "lost", "saw", "found", "became", "sent", "fell", "rose",
        "paid", "led", "ran", "spoke", "wrote", "brought", "bought", "sold", "struck", "fought",
        "knew", "thought", "felt", "kept", "drew", "grew", "threw", "flew", "shot", "broke",
        "chose", "stood", "sat", "ago", "since", "been", "has", "have", "taught", "caught",
        "swore", "wore", "tore", "hid", "ate", "drove", "rode", "spent", "built", "sought",
        "heard", "meant", "dealt", "underwent", "arose", "forgot", "forgave", "earlier"}
NOT_PAST = {"need", "needed", "indeed", "hundred", "red", "bed", "speed", "feed", "seed",
            "shed", "united", "proceed", "succeed", "exceed", "embed", "breed", "greed",
            "creed", "weed", "wed", "ahmed", "mohammed", "mohamed", "fred", "ted", "ned",
            "reed", "scheduled", "planned", "expected", "sled", "alleged",
            "based", "proposed", "related", "limited", "advanced", "detailed", "armed",
            "supposed", "used", "concerned", "interested", "involved"}
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


def tense_near(text: str, start: int, end: int) -> int:
    """-1 when the governing verb looks past, +1 when it looks future, 0 when none is seen.

    The verb is sought in the expression's own clause first, before it (English
    puts the verb before its time adverbial: "rejected the plan on Tuesday"),
    then after it; then in the rest of the sentence the same way.
    """
    left, right = sentence_window(text, start, end)
    breaks_before = [m.end() for m in CLAUSE_BREAK.finditer(text, left, start)]
    break_after = CLAUSE_BREAK.search(text, end, right)
    clause_left = breaks_before[-1] if breaks_before else left
    clause_right = break_after.start() if break_after else right
    for lo, hi, nearest in ((clause_left, start, -1), (end, clause_right, 0),
                            (left, clause_left, -1), (clause_right, right, 0)):
        cues = _cues(text, lo, hi)
        if cues:
            return cues[nearest][1]
    return 0


def _cues(text: str, left: int, right: int) -> list[tuple[int, int]]:
    """(position, -1 past / +1 future) for each tense cue in text[left:right].

    A participle right after a future cue is part of it: "will stay closed".
    """
    words = [(m.start(), m.group().lower()) for m in WORD.finditer(text, left, right)]
    cues, future_until = [], -1
    for i, (pos, word) in enumerate(words):
        following = words[i + 1][1] if i + 1 < len(words) else ""
        sign = _sign(word, following)
        if sign < 0 and i <= future_until:
            continue
        if sign > 0:
            future_until = i + 3
        if sign:
            cues.append((pos, sign))
    return cues


def _sign(word: str, following: str) -> int:
    if word in BE:
        return 1 if following in FUTURE_AFTER_BE else -1 if word in ("was", "were") else 0
    if word in FUTURE_BEFORE_TO and following == "to":
        return 1
    if word in FUTURE:
        return 1
    if word in PAST or (PAST_ED.match(word) and word not in NOT_PAST):
        return -1
    return 0
