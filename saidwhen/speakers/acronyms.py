"""Acronyms and the names an article expands them to: "ORS" is the Office for Road Safety.

An acronym in brackets or after ", or" names what precedes it ("the Alliance to Reclaim Our
Schools (AROS)", "the Swiss People's Party, or SVP,"); one whose capitals spell a name the
article writes out takes that name. Everything here works on strings; the entities that
an acronym joins are merged in entities.py (join_acronyms).
"""
from __future__ import annotations

import re

from ..lexicon import ORG_NAME_WORDS
from ..lexicon import ACRONYM_SKIPS, GENERATIONAL_SUFFIXES

# 'the Alliance to Reclaim Our Schools (AROS)', 'the Swiss People's Party, or SVP,':
# capitalised words, small words between them, and an acronym in brackets or after "or".
EXPANSION = re.compile(r"((?:(?:[A-Z][\w'’&.-]*|of|for|to|and|the|on|in|&)\s+){1,11}[A-Z][\w'’&.-]*?)"
                       r"(?:\s+\(|,\s+or\s+(?:the\s+)?)([A-Z][A-Za-z&]{1,9})\b(?=\)|,)")
# The capitalised words and a comma just before such a name: a list inside the name ('Radio, ').
LISTED_REACH = 120  # characters before the name that such a list's first part may take
LISTED_BEFORE = re.compile(r"((?:(?:[A-Z][\w'’&.-]*|of|for|to|and|the|on|in|&)\s+){0,8}[A-Z][\w'’&.-]*,)\s+$")


def bracketed_acronyms(text: str) -> dict[str, tuple[str, ...]]:
    """Acronym -> the words the article expands it to: the name written just before it, from
    where its capitals spell the acronym, or, for an organisation's name in another language's
    order ('Swiss People's Party, or SVP'), all of it."""
    out: dict[str, tuple[str, ...]] = {}
    for m in EXPANSION.finditer(text):
        acronym, words = m.group(2), m.group(1).split()
        if not acronym.isupper():
            continue
        k = _spelling_start(words, acronym)
        listed = k is None and LISTED_BEFORE.search(text[max(0, m.start(1) - LISTED_REACH):m.start(1)])
        if listed:
            # 'the State Office of Roads, Rail and Transit (SORRT)': the capitals spell it only
            # with the words before the list's comma; without them the name is cut, no expansion.
            words = listed.group(1).split() + words
            k = _spelling_start(words, acronym)
            if k is not None:
                out.setdefault(acronym, tuple(words[k:]))
            continue
        if k is None and any(w.lower() in ORG_NAME_WORDS for w in words):
            k = next((k for k in range(len(words)) if words[k][:1].isupper() and words[k].lower() not in
                      ACRONYM_SKIPS), None)
        if k is not None:
            out.setdefault(acronym, tuple(words[k:]))
    return out


def _spelling_start(words: list[str], acronym: str) -> int | None:
    """Where, in a name's words, the capitals that spell `acronym` start; None if none do."""
    return next((k for k in range(len(words)) if words[k][:1].isupper() and words[k].lower() not in
                 ACRONYM_SKIPS and acronym in (acronym_of(words[k:]), _acronym_of_parts(words[k:]))), None)


def _acronym_of_parts(words) -> str:
    """'Inter-Services Public Relations' -> 'ISPR': the capitals of each part of a hyphenated
    word count too, as the bracketed acronym shows ("Coca-Cola" spells "CC" only where an
    acronym in brackets says so)."""
    return acronym_of([part for w in words for part in w.split("-") if part])


def acronym_of(words) -> str:
    """The acronym a name's capitals spell: 'Office for Road Safety' -> 'ORS'."""
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPS and w[:1].isupper()).upper()


def is_acronym(words: tuple[str, ...]) -> bool:
    """'BBC', 'ABN Amro', 'AT&T', 'M&S': a word in capitals, or an ampersand, is an organisation's.
    A generational suffix ending a longer name is a person's ('Joseph Murray II', 'Lyle Dent III')."""
    if len(words) > 1 and words[-1] in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    return any(w.isupper() and len(w) > 1 and w.replace("&", "").isalpha() for w in words) or "&" in words
