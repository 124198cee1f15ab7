"""Which sentences the tagger and parser read, and what the others carry.

Most of an article's sentences hold no quote. The parser reads a sentence when it
can hold a quote, its attribution, or what places it:
  - a quotation mark opening or closing a quoted stretch in it;
  - a cue word (a verb of saying or characterising, in any form, or "according");
  - a word that may name a channel or refer back to something said
    ("statement", "interview", "Instagram", "remarks", "spoke");
  - the article's first three sentences (a headline and its lede: who the story is
    about), whatever lines they are on;
  - a sentence that opens with a person's full name, a known given name and a
    capitalised word ("Debbie Kepler, the organist at the church, remembered ..."):
    where a story introduces someone, who the pronouns that follow refer to and the
    descriptions that later stand for the name ("the organist said");
  - the sentence before one with a quotation mark (the narrator's "Jones
    disagreed." before a quote, the "She added:" that introduces it).

A sentence the parser does not read ("a plain sentence") carries:
  - its tokens and their lexical attributes (text, lower case, shape, is_title...);
  - its bounds: its first token starts a sentence (`is_sent_start`), the others do not;
  - the tag NNP and part of speech PROPN on words that look like names (see
    `name_like`); every other token has no tag and no part of speech;
  - no dependency arcs, but one: a name or "he"/"she" opening the sentence, before a
    lower-case word, is that word's subject (`nsubj`), the word the sentence's root;
    every other token is its own head, with an empty `dep_`.
What the speaker stage loses there: whether a name is a subject anywhere but at the
start (all other references there weigh as "other"), appositions ("Ann Lee, the mayor,": the role is not
seen unless written before the name, "mayor Ann Lee"), the subject "he" or "she"
after a name that votes for its gender, and names the capitalisation rule misses
or invents. The placing stage loses events dated only in plain sentences.
"""
from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.tokens import Doc

from ..lexicon import (BACK_REFERENCE, CHANNEL_WORDS, CHARACTERISING_FORMS, DIRECT_FORMS, GIVEN_NAMES,
                       PLATFORMS, SPEAKING)
from ..lexicon import ACCORDING, MONTHS_AND_DAYS, VOICING_FORMS
from .marks import Quoted
from .sentences import Sentence
from .words import positions

CUE_WORDS = frozenset(DIRECT_FORMS) | frozenset(CHARACTERISING_FORMS) | ACCORDING | frozenset(VOICING_FORMS)
PLACING_WORDS = frozenset(CHANNEL_WORDS | BACK_REFERENCE | SPEAKING | {w.lower() for w in PLATFORMS})
LEDE_SENTENCES = 3


def selected(doc: Doc, sentences: list[Sentence], quoted: list[Quoted]) -> list[bool]:
    """For each sentence, whether the parser reads it."""
    starts = [s.start for s in sentences]
    marks = []
    for q in quoted:
        marks.extend((q.start, q.end - 1))
    token_starts = doc.to_array("IDX").tolist()
    # A headline and the lede that names who the story is about; a page without line
    # breaks has only its first sentences read so.
    chosen = [k < LEDE_SENTENCES for k in range(len(sentences))]
    for k in introductions(doc, sentences):
        chosen[k] = True
    with_mark = set()
    for char in marks:
        k = bisect_right(starts, bisect_right(token_starts, char) - 1) - 1
        if k >= 0:
            with_mark.add(k)
    words = positions(doc, "LOWER", CUE_WORDS | PLACING_WORDS)
    for i in words:
        k = bisect_right(starts, i) - 1
        if k >= 0 and i < sentences[k].end:
            chosen[k] = True
    for k in with_mark:
        chosen[k] = True
        if k > 0:
            chosen[k - 1] = True
    return chosen


def introductions(doc: Doc, sentences: list[Sentence]) -> list[int]:
    """The sentences that open with a known given name and a capitalised word ("Debbie Kepler,
    the organist ..."), in order."""
    firsts = {s.start: k for k, s in enumerate(sentences)}
    out = []
    for i in positions(doc, "LOWER", GIVEN_NAMES):
        if i in firsts and i + 1 < len(doc) and doc[i].text[:1].isupper() and \
                doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            out.append(firsts[i])
    return out


def name_like(doc: Doc, sentences: list[Sentence], plain: list[bool]) -> list[int]:
    """Tokens of plain sentences that look like names: a capitalised word that is no stop
    word (a word in capitals may be: "US") and, first in its sentence, a known given name,
    written capitalised elsewhere too, or followed by another capitalised word ("Haleh
    Karimi can", not "Interestingly Blocher": an adverb in -ly). Adjectives of nationality
    ("Russian oil") pass for names: the entity finder strips them where they matter."""
    mid_capitals = _capitalised_inside(doc, sentences)
    out = []
    orth, word = doc.to_array("ORTH").tolist(), doc.vocab.strings.__getitem__
    for sentence, is_plain in zip(sentences, plain):
        if not is_plain:
            continue
        for i in range(sentence.start, sentence.end):
            if not word(orth[i])[:1].isupper():
                continue  # `_capitalised`'s first test, on the word's text, without making its Token
            tok = doc[i]
            nxt = doc[i + 1] if i + 1 < sentence.end else None
            first = i == sentence.start or doc[i - 1].is_quote or doc[i - 1].text in (":", "(")
            if not _capitalised(tok) and not (not first and _given_name_as_stop_word(tok, nxt)):
                continue
            if not first or tok.text in mid_capitals or tok.lower_ in GIVEN_NAMES or \
                    (nxt is not None and _capitalised(nxt) and not tok.lower_.endswith("ly")) or \
                    _hyphened_to_a_capital(doc, i, sentence.end):
                out.append(i)
    return out


def _hyphened_to_a_capital(doc: Doc, i: int, end: int) -> bool:
    """A capitalised word that opens a sentence glued by a hyphen to another capitalised word:
    the first half of a hyphened given name ("Kerri-Ann MacPhee has worked ..."), which the
    name test of the next word alone would miss (the next word is the hyphen)."""
    if i + 2 >= end or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    return doc[i + 2].text[:1].isupper()


def subjects(doc: Doc, plain: list[Sentence], names: list[int]) -> list[tuple[int, int]]:
    """(subject, verb) guesses in plain sentences: a name or "he"/"she" that opens the
    sentence ("Lindqvist watched ...", "The mayor Ann Lee said ..." is not plain) and is
    followed by a lower-case word, taken for its verb."""
    name_set = set(names)
    out = []
    for sentence in plain:
        i = sentence.start
        if doc[i].lower_ == "the" and i + 1 in name_set:
            i += 1
        if i not in name_set and doc[i].lower_ not in ("he", "she"):
            continue
        while i + 1 < sentence.end and i + 1 in name_set:
            i += 1
        verb = i + 1
        if verb < sentence.end and doc[verb].is_alpha and doc[verb].text[:1].islower():
            out.append((i, verb))
    return out


def _given_name_as_stop_word(tok, nxt) -> bool:
    """'... is Will Wright, the creator of ...': a stop word capitalised inside a sentence, that is
    a known given name ("Will") before another capitalised word, is a name's first word (a modal
    there would be lower case), which `_capitalised` leaves out with the stop words; the surname
    alone was then the name. Not a month ("in May Labour won"), which may well stand there."""
    return tok.is_title and tok.lower_ in GIVEN_NAMES and tok.lower_ not in MONTHS_AND_DAYS \
        and nxt is not None and _capitalised(nxt)


def _capitalised(tok) -> bool:
    text = tok.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    return not tok.is_stop or (tok.is_upper and len(text) > 1)


def _capitalised_inside(doc: Doc, sentences: list[Sentence]) -> set[str]:
    """Words written capitalised somewhere other than first in a sentence."""
    firsts = {s.start for s in sentences}
    titles = numpy.flatnonzero(doc.to_array("IS_TITLE") | doc.to_array("IS_UPPER")).tolist()
    # read from the arrays (Token.text is its ORTH string): no Token made for a word or the one before it
    quote, orth, word = doc.to_array("IS_QUOTE").tolist(), doc.to_array("ORTH").tolist(), doc.vocab.strings.__getitem__
    return {word(orth[i]) for i in titles if i not in firsts and i > 0 and not quote[i - 1]}
