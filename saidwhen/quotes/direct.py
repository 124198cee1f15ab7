"""Direct quotations: quoted stretches that are speech, with their cue where the text gives one.

A quoted stretch is speech when an attribution stands next to it, or when it
stands as a sentence of its own (a follow-on quotation that carries on from
the one before). A short stretch inside a sentence with no attribution is a
title, a nickname or a scare quote, and is left alone here; if it sits inside
reported speech, the indirect finder makes a mixed quote of the whole.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..parsing.texts import text_of
from . import attribution
from .found import FoundQuote
from ..parsing.marks import Quoted

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

MIN_FOLLOW_ON_WORDS = 4
# What may stand between two quoted stretches that one attribution splits into
# fragments of a single sentence: ',” she said, “'.
SPLIT_BETWEEN = re.compile(r"[^.!?;:]*,\s*$", re.S)
SENTENCE_START_BEFORE = re.compile(r"(^|[.!?:]['’”\"]?\s+|\n\s*)$")


def find_direct(doc: Doc, quoted: list[Quoted]) -> list[FoundQuote]:
    """The direct quotations among the quoted stretches of one parsed article."""
    text = text_of(doc)
    out: list[FoundQuote] = []
    for q in quoted:
        found = _attributed(doc, q)
        if found is None and (_stands_alone(text, q) or _short_sentence_after(text, out, q)):
            found = FoundQuote("direct", ((q.start, q.end),), None, None, follow_on=True)
        if found is None:
            continue
        if out and _continues(text, out[-1], found):
            prev = out.pop()
            found = FoundQuote("direct", prev.content + found.content, prev.cue, prev.subject)
        out.append(found)
    return out


def _attributed(doc: Doc, q: Quoted) -> FoundQuote | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    signed = attribution.signature(doc, span.end - 1)
    if signed is not None:
        return FoundQuote("direct", ((q.start, q.end),), None, signed.i)
    hit = attribution.after(doc, span.start, span.end - 1) or attribution.before(doc, span.start)
    width = 1
    if hit is None:
        hit = attribution.according_after(doc, span.start, span.end - 1) or \
            attribution.according_before(doc, span.start)
        width = 2  # "according to"
    if hit is None:
        return None
    cue, subject = hit
    return FoundQuote("direct", ((q.start, q.end),), (cue.i, cue.i + width),
                      subject.i if subject is not None else None)


def _stands_alone(text: str, q: Quoted) -> bool:
    """A quoted sentence (or more) on its own, not a phrase inside someone else's sentence."""
    words = q.inner(text).split()
    if len(words) < MIN_FOLLOW_ON_WORDS:
        return False
    return bool(SENTENCE_START_BEFORE.search(text[max(0, q.start - 20):q.start]))


# What may stand between a quotation and a short one that carries it on: its attribution
# (' says Moreau. ', ', she said. ').
ATTRIBUTION_BETWEEN = re.compile(r"[^\n“”\"]{0,60}[.!?]\s+$")


def _short_sentence_after(text: str, before: list[FoundQuote], q: Quoted) -> bool:
    """'“We start on Monday!” says Moreau. “No delays.”': a quoted sentence too short to stand
    alone carries on the quotation just before it, when only that quotation's attribution
    stands between them in the same paragraph."""
    inner = q.inner(text).strip()
    if not before or not inner[:1].isupper() or inner[-1:] not in ".!?":
        return False
    return bool(SENTENCE_START_BEFORE.search(text[max(0, q.start - 20):q.start])) and \
        bool(ATTRIBUTION_BETWEEN.fullmatch(text, before[-1].end, q.start))


def _continues(text: str, prev: FoundQuote, cur: FoundQuote) -> bool:
    """',” she said, “...' : the second stretch finishes the sentence the attribution split."""
    if prev.cue is None or cur.cue not in (None, prev.cue):
        return False
    between = text[prev.end:cur.start]
    return "\n" not in between and bool(SPLIT_BETWEEN.match(between))
