"""Acronyms and the names an article expands them to: "ORS" is the Office for Road Safety.

An acronym in brackets or after ", or" names what precedes it ("the Alliance to Reclaim Our
Schools (AROS)", "the Swiss People's Party, or SVP,"); one whose capitals spell a name the
article writes out takes that name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import ORG_NAME_WORDS

if TYPE_CHECKING:
    from .entities import Entity

# 'the Alliance to Reclaim Our Schools (AROS)', 'the Swiss People's Party, or SVP,':
# capitalised words, small words between them, and an acronym in brackets or after "or".
EXPANSION = re.compile(r"((?:(?:[A-Z][\w'’&.-]*|of|for|to|and|the|on|in|&)\s+){1,11}[A-Z][\w'’&.-]*?)"
                       r"(?:\s+\(|,\s+or\s+(?:the\s+)?)([A-Z][A-Za-z&]{1,9})\b(?=\)|,)")
ACRONYM_SKIPS = {"of", "for", "to", "and", "the", "on", "in", "&"}


def bracketed_acronyms(text: str) -> dict[str, tuple[str, ...]]:
    """Acronym -> the words the article expands it to: the name written just before it, from
    where its capitals spell the acronym, or, for an organisation's name in another language's
    order ('Swiss People's Party, or SVP'), all of it."""
    out: dict[str, tuple[str, ...]] = {}
    for m in EXPANSION.finditer(text):
        acronym, words = m.group(2), m.group(1).split()
        if not acronym.isupper():
            continue
        k = next((k for k in range(len(words)) if words[k][:1].isupper() and words[k].lower() not in
                  ACRONYM_SKIPS and _initials(words[k:]) == acronym), None)
        if k is None and any(w.lower() in ORG_NAME_WORDS for w in words):
            k = next((k for k in range(len(words)) if words[k][:1].isupper() and words[k].lower() not in
                      ACRONYM_SKIPS), None)
        if k is not None:
            out.setdefault(acronym, tuple(words[k:]))
    return out


def _initials(words) -> str:
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPS and w[:1].isupper()).upper()


def join_acronyms(entities: list[Entity], bracketed: dict[str, tuple[str, ...]]) -> dict[int, tuple]:
    """'ORS said' where the article writes out 'Office for Road Safety': the acronym names the
    organisation it stands for. Entities so joined become one; returns, by id, the entities
    named by an acronym whose expansion no entity holds, with the expansion as their name."""
    expanded: dict[int, tuple] = {}
    for short in list(entities):
        acronym = next((m.words[0] for m in short.mentions if len(m.words) == 1 and is_acronym(m.words)
                        and m.words[0].isalpha()), None)
        if acronym is None:
            continue
        long = next((e for e in entities if e is not short and len(e.words) > 1
                     and (e.words == bracketed.get(acronym) or _initials(e.words) == acronym.upper())), None)
        if long is None:
            if acronym in bracketed:
                expanded[id(short)] = bracketed[acronym]
            continue
        long.mentions = sorted(long.mentions + short.mentions, key=lambda m: m.start)
        entities.remove(short)
    return expanded



def is_acronym(words: tuple[str, ...]) -> bool:
    """'BBC', 'ABN Amro', 'AT&T': a word in capitals, or an ampersand, is an organisation's."""
    return any(w.isupper() and len(w) > 1 and w.isalpha() for w in words) or "&" in words
