"""One key per person or organisation, whatever variant of the name an article uses.

"Dr. Omar Haddad", "Omar J. Haddad" and "Omar Haddad Jr." are one person: titles, initials,
middle names and suffixes are left out and a person is their first and last name. "Ann
Haddad" stays another person: a shared surname is not enough. A name the text gives with a
nickname ("Christine 'Chrissy' Teigen") is known under both; "Chrissy Teigen" and "Christine
Teigen" are one person only through such a text. Organisations keep every word but a leading
"the" and a corporate suffix: "The Harbour Authority" is "Harbour Authority", and "Acme
Corp." is "Acme Inc.".
"""
from __future__ import annotations

import functools
import re

from saidwhen.identity.text import folded, words
from saidwhen.lexicon import (KEY_CONNECTORS, KEY_CORPORATE_SUFFIXES, KEY_GENERATIONAL_SUFFIXES,
                              KEY_PARTICLES, ORG_NAME_WORDS, TITLES)

_NICKNAME = re.compile(r"[\"“”'‘’]([^\"“”'‘’]+)[\"“”'‘’]")
_JOINT = re.compile(r"\s+(?:and|&)\s+")


def person_key(name: str | None) -> str | None:
    """The key under which `name` is one person (or organisation); None for no name."""
    keys = person_keys(name)
    return keys[0] if keys else None


def person_keys(name: str | None) -> tuple[str, ...]:
    """Every key `name` is known under: its own, then one for each nickname it gives."""
    if not name or not words(name):
        return ()
    nickname = _NICKNAME.search(name)
    plain = _NICKNAME.sub(" ", name)
    keys = [_key(plain)]
    if nickname and _is_person(plain):
        parts = words(plain)
        keys.append(_key(" ".join([nickname.group(1), *_surname(_person_words(parts))])))
    return tuple(k for k in dict.fromkeys(keys) if k)


def _key(name: str) -> str:
    parts = _JOINT.split(name)
    if len(parts) > 1 and all(_is_person(p) for p in parts):
        return " + ".join(_key(p) for p in parts)  # joint speakers, in the article's order
    if _is_person(name):
        person = _person_words(words(name))
        return " ".join(person[:1] + _surname(person)) if len(person) > 1 else " ".join(person)
    return _organisation(name)


@functools.cache
def _lexicon() -> tuple[frozenset, frozenset]:
    """Titles and organisation words, as the speaker stage knows them, without full stops."""
    return frozenset(t.rstrip(".") for t in TITLES), frozenset(w.rstrip(".") for w in ORG_NAME_WORDS)


def is_person_name(name: str) -> bool:
    """Whether `name` reads as one person's, not an organisation's nor two people's."""
    return _is_person(name)


def _is_person(name: str) -> bool:
    """A name of two to four capitalised words with no organisation word or connector."""
    tokens = words(name)
    org_words = _lexicon()[1]
    if not tokens or any(t in KEY_CONNECTORS or t in org_words or t in KEY_CORPORATE_SUFFIXES for t in tokens):
        return False
    return len(_person_words(tokens)) <= 4


def _person_words(tokens: list[str]) -> list[str]:
    """A person's name without titles before it, suffixes after it or single-letter initials."""
    titles = _lexicon()[0]
    while len(tokens) > 1 and tokens[0] in titles:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in KEY_GENERATIONAL_SUFFIXES:
        tokens = tokens[:-1]
    return [t for i, t in enumerate(tokens) if len(t) > 1 or i == len(tokens) - 1] or tokens


def _surname(person: list[str]) -> list[str]:
    """The last word with the particles before it ("van dijk")."""
    start = len(person) - 1
    while start > 1 and person[start - 1] in KEY_PARTICLES:
        start -= 1
    return person[start:]


def _organisation(name: str) -> str:
    tokens = words(name)
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in KEY_CORPORATE_SUFFIXES:
        tokens = tokens[:-1]
    return " ".join(tokens) if tokens else folded(name).strip()
