"""Where a name starts when the rules are unsure: the entity recogniser decides.

A run of capitalised words that opens with no title and no known given name may hold a
description, an outlet or a place before the person ("Vermonter Bernie Sanders", "EADS
Philippe Camus", "Supervisor of Elections Susan Bucher"); the words alone do not tell where
the name starts. Where such a run has a known given name inside it, after a word that is no
given name nor an initial, the name may start there, or the given name may be a middle name
("Farhat Omar Ben Gadaravice", "Luther Stan Pate IV"): the pinned model's trained entity
recogniser (saidwhen.parsing.recogniser) reads the words around the run, and the name starts
at the given name unless it reads the whole run as one entity (an acronym, "EADS", or an
agency after a photographer's slash, "Brown/Postmedia Ann Moreau", is no part of a name
whatever it reads). In a sentence that holds a speaker mention, any such run is read, and a
person the recogniser finds ending where the run ends starts the name; so it does after the
place of an office written with "of", "to" or "for" where no known given name tells where the
place ends ("Ambassador to the United States Hamdullah Mohib"). The words before the
name become its title, so the entity is a person. The rules decide everything else (titles,
a leading "the", joint speakers, organisations' names), and the recogniser reads nothing in
an article where no run is unsure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..parsing.recogniser import REACH, Recognised, around, recognise
from ..parsing.words import Columns, columns

from ..lexicon import GIVEN_NAMES, NAME_PARTICLES, ORG_NAME_WORDS
from . import kinds
from .names import NameMention, french_body, irish_body, joined_words
from .ties import tied_nouns

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

HOLDER_WORDS = 2  # "Council on Civic Life Alia Salem": the body's name may run on past its last organisation word
UNSURE_WORDS = 3  # the fewest words of a run whose start the rules cannot tell


class Unsure(NamedTuple):
    """A name whose start the rules cannot tell: its index among the mentions, and the token
    where a given name inside it would start the name (None: only the recogniser can say)."""

    index: int
    given: int | None
    # After an organisation's name ("University of Texas Arlington Amneh Jafari"): the token after
    # its last organisation word, where the recogniser starts reading, so that it reads a person
    # after the body rather than the whole run as the body's name.
    body: int | None = None


def redrawn(doc: Doc, mentions: list[NameMention], speakers: set[int]) -> list[NameMention]:
    """`mentions` with the start of the unsure ones moved where the recogniser puts it;
    `speakers` are the token positions of the speaker mentions' heads."""
    if not kinds.RECOGNISER_IN_USE:  # off while the pronoun ranker is trained on the rules alone
        return mentions
    t = columns(doc)
    unsure = _unsure(t, mentions, {t.sentence_start(i) for i in speakers})
    if not unsure:
        return mentions
    stretches = around(doc, [(mentions[u.index].start, mentions[u.index].end) for u in unsure if u.body is None])
    for u in unsure:
        if u.body is not None:  # from after the body, and the last two words alone (a name read on its own)
            end = mentions[u.index].end
            stretches += [(start, min(t.sentence_end(end - 1), end + REACH)) for start in {u.body, end - HOLDER_WORDS}]
    found = recognise(doc, stretches)
    out = list(mentions)
    for u in unsure:
        m = out[u.index]
        start = _start(t, m, u.given, found) if u.body is None else _person_after_body(t, m, u.body, found)
        if start is not None:
            # The nouns tied to the run ("group EADS Philippe Camus") may be the dropped words'.
            title = " ".join([*m.title.split(), *t.lower[m.start:start]])  # an office's title goes on
            out[u.index] = NameMention(start, m.end, joined_words(t, start, m.end), title,
                                       tied_nouns(doc, start, m.end), m.relative)
    return out


def _start(t: Columns, m: NameMention, given: int | None, found: list[Recognised]) -> int | None:
    """Where the name of `m` starts: at the given name inside it, unless the recogniser reads
    the whole run as one entity (before a given name, an acronym is an organisation's, "EADS
    Philippe Camus", whatever it reads); else where a person it finds inside the run starts."""
    if given is not None:
        acronym = given == m.start + 1 and len(t.text[m.start]) > 2 and t.text[m.start].isalpha() \
            and t.text[m.start].isupper()
        # "Darren Brown/Postmedia Ann Moreau at the hall": after a photographer's slash comes
        # the agency, and a caption's name after it.
        credit = m.start > 0 and t.text[m.start - 1] == "/"
        whole = any(r.start <= m.start and r.end >= m.end for r in found)
        return given if acronym or credit or not whole else None
    return next((r.start for r in found if r.label == "PERSON" and r.end == m.end and m.start < r.start < m.end),
                None)


def _person_after_body(t: Columns, m: NameMention, body: int, found: list[Recognised]) -> int | None:
    """Where a person the recogniser reads after the body's name starts, ending where the run ends:
    the longest it reads."""
    return min((r.start for r in found if r.label == "PERSON" and r.end == m.end and body <= r.start < m.end - 1
                and t.text[r.start][:1].isupper()), default=None)


def _unsure(t: Columns, mentions: list[NameMention], sentences: set[int]) -> list[Unsure]:
    out = []
    for k, m in enumerate(mentions):
        if m.place is not None and len(m.words) > 1:
            out.append(Unsure(k, None))  # "Ambassador to the United States Hamdullah Mohib"
            continue
        if len(m.words) < UNSURE_WORDS or m.end - m.start != len(m.words) or m.title \
                or m.words[0].lower() in GIVEN_NAMES or french_body(m.words) or kinds.ends_in_a_province(m.words) \
                or _particle_inside(m.words) or irish_body(m.words):
            continue  # "Doctors Nova Scotia": a body named after its province starts where it is written
        if any(w.lower() in ORG_NAME_WORDS for w in m.words):
            body = _after_body(t, m)
            if body is not None and t.sentence_start(m.start) in sentences:
                out.append(Unsure(k, None, body))  # "University of Texas Arlington Amneh Jafari said"
            continue
        given = _given_inside(t, m)
        if given is not None or t.sentence_start(m.start) in sentences:
            out.append(Unsure(k, given))
    return out


def _particle_inside(words: tuple[str, ...]) -> bool:
    """'João Batista dos Reis', 'Luis Fernando de los Santos': a surname's particle in lower case
    inside the run marks a person's name written whole, given names first, whether
    or not the list of given names knows the first (a run before a person's name, 'Vermonter
    Bernie Sanders', has no particle)."""
    return any(w in NAME_PARTICLES for w in words[1:-1])


def _after_body(t: Columns, m: NameMention) -> int | None:
    """The token after the last organisation word of `m` when two capitalised words or more
    follow it, which may name a person after the body ("Council on Foreign Relations Richard
    Haass"); the words alone cannot tell ("University of Texas Arlington"). None otherwise."""
    last = max(i for i in range(m.start, m.end) if t.lower[i] in ORG_NAME_WORDS)
    capitals = sum(t.text[i][:1].isupper() for i in range(last + 1, m.end))
    return last + 1 if capitals >= 2 else None


def _given_inside(t: Columns, m: NameMention) -> int | None:
    """The token of a known given name inside `m`, after a word that is no given name nor an
    initial and before at least one more word: 'Vermonter Bernie Sanders', not 'C. Stewart
    Verdery' nor 'Mary Ann Moreau'."""
    for i in range(m.start + 1, m.end - 1):
        before = t.text[i - 1]
        if t.lower[i] in GIVEN_NAMES and t.lower[i - 1] not in GIVEN_NAMES and len(before) > 2 \
                and not before.endswith(".") and t.text[i][:1].isupper():
            return i
    return None
