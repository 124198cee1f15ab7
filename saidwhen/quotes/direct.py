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
from ..parsing.positions import TokenIndex
from ..parsing.marks import Quoted
from ..parsing.sentences import DOTTED_TITLES

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

MIN_FOLLOW_ON_WORDS = 4
# What may stand between two quoted stretches that one attribution splits into
# fragments of a single sentence: ',” she said, “', ',” Const. Rita Singh said, “': no end of a
# sentence, but the full stop of a dotted title or of an initial.
SPLIT_BETWEEN = re.compile(r"(?:[^.!?;:]|(?i:\b(?:%s))|\b[A-Z]\.)*,\s*$" % "|".join(
    re.escape(title) for title in sorted(DOTTED_TITLES, key=len, reverse=True)), re.S)
# The stretch of one paragraph inside a quotation: no line break, no space at either edge.
PARAGRAPH_PIECE = re.compile(r"[^\s](?:[^\n]*[^\s])?")
SENTENCE_START_BEFORE = re.compile(r"(^|[.!?:]['’”\"]?\s+|\n\s*)$")


def find_direct(doc: Doc, quoted: list[Quoted]) -> list[FoundQuote]:
    """The direct quotations among the quoted stretches of one parsed article."""
    text = text_of(doc)
    index = TokenIndex(doc)
    out: list[FoundQuote] = []
    for q in quoted:
        if attribution.programme_title(text, q.start, q.end):
            continue  # a programme's title in marks, no quotation: "on the podcast “Here’s the Thing”"
        words = (index.range(q.start, q.end),)
        found = _attributed(doc, q, words)
        if found is None and (_stands_alone(text, q) or _short_sentence_after(text, out, q)
                              or _resumed(doc, out, q, words)):
            found = FoundQuote("direct", ((q.start, q.end),), None, None, follow_on=True, words=words)
        if found is None:
            continue
        if out and _continues(text, out[-1], found):
            prev = out.pop()
            found = FoundQuote("direct", prev.content + found.content, prev.cue, prev.subject,
                               words=prev.words + found.words)
        out.append(found)
    parts: list[FoundQuote] = []
    for k, found in enumerate(out):
        # '“...,” Reed said. “...\n\n“...”': a run carried on in the paragraph of the quote before
        carried = k > 0 and "\n" not in text[out[k - 1].end:found.start]
        parts.extend(_by_paragraph(doc, text, index, found, carried))
    return parts


def _by_paragraph(doc: Doc, text: str, index: TokenIndex, found: FoundQuote, carried: bool) -> list[FoundQuote]:
    """A quotation that runs over several paragraphs (each opening with a mark, only the last
    closed) is one quotation to pair the marks, but news writing and the gold sets count one
    quote a paragraph. The paragraph next to the attribution keeps it, a paragraph with an
    attribution of its own ('“...,” Reed said.') takes that, and the others carry on the one
    before, as a follow-on quotation does. Where the attribution follows the last paragraph
    and the first has none of its own, it is the whole quotation's, which stays one. A run
    with no attribution is split only where it is `carried` on in the paragraph of the quote
    before, whose speaker it surely has; elsewhere its paragraphs would only repeat the guess
    of who goes on."""
    groups = _paragraphs(text, found.content)
    if len(groups) == 1:
        return [found]
    words = [tuple(index.range(s, e) for s, e in g) for g in groups]
    if found.cue is None and (not carried or found.subject is not None):
        return [found]
    if found.cue is None:
        return [FoundQuote("direct", tuple(g), None, None, follow_on=True, words=w) for g, w in zip(groups, words)]
    cue_after = found.cue[0] >= found.words[-1][1]
    last = len(groups) - 1
    hits = [(found.cue, found.subject) if k == (last if cue_after else 0) else
            _own_attribution(doc, w, before=k == 0 and cue_after, after=k < last or not cue_after)
            for k, w in enumerate(words)]
    if cue_after and hits[0] is None:
        return [found]
    return [FoundQuote("direct", tuple(g), None, None, follow_on=True, words=w) if hit is None else
            FoundQuote(found.kind, tuple(g), *hit, follow_on=found.follow_on and k == 0, words=w)
            for k, (g, w, hit) in enumerate(zip(groups, words, hits))]


def _paragraphs(text: str, content: tuple[tuple[int, int], ...]) -> list[list[tuple[int, int]]]:
    """The content spans of a quotation grouped by paragraph."""
    groups: list[list[tuple[int, int]]] = [[]]
    for start, end in content:
        for n, piece in enumerate(PARAGRAPH_PIECE.finditer(text, start, end)):
            if n and groups[-1]:
                groups.append([])
            groups[-1].append(piece.span())
    return groups


def _own_attribution(doc: Doc, words: tuple[tuple[int, int], ...], before: bool, after: bool
                     ) -> tuple[tuple[int, int], int | None] | None:
    """The cue and subject of an attribution next to one paragraph of a quotation."""
    hit = attribution.after(doc, words[0][0], words[-1][1] - 1) if after else None
    if hit is None and before:
        hit = attribution.before(doc, words[0][0])
    if hit is None:
        return None
    cue, subject = hit
    return (cue.i, cue.i + 1), subject.i if subject is not None else None


def _attributed(doc: Doc, q: Quoted, words: tuple[tuple[int, int], ...]) -> FoundQuote | None:
    span = doc[words[0][0]:words[0][1]]
    turn = attribution.transcript_turn(doc, span.start)
    if turn is not None and turn.i + 2 < words[0][1]:  # the words after the colon are the speaker's
        first = next(k for k in range(turn.i + 2, words[0][1]) if not doc[k].is_space)
        return FoundQuote("direct", ((doc[first].idx, q.end),), None, turn.i, words=((first, words[0][1]),))
    signed = attribution.signature(doc, span.end - 1) or \
        attribution.round_up_item(doc, span.start, span.end - 1)
    if signed is not None:
        return FoundQuote("direct", ((q.start, q.end),), None, signed.i, words=words)
    exchange = attribution.exchange_turn(doc, span.start)
    if exchange is not None and exchange[1] is not None:  # an answer: its speaker is named before the exchange
        return FoundQuote("direct", ((q.start, q.end),), None, exchange[1].i, words=words)
    hit = exchange or attribution.after(doc, span.start, span.end - 1) or attribution.labelled(doc, span.start) \
        or attribution.before(doc, span.start)
    width = 1
    if hit is None:
        hit = attribution.according_after(doc, span.start, span.end - 1) or \
            attribution.according_before(doc, span.start)
        width = 2  # "according to"
    if hit is None:
        hit = attribution.quoting_before(doc, span.start) or attribution.told_next(doc, span.start, span.end - 1)
        width = 1
    if hit is None:
        return None
    cue, subject = hit
    if subject is not None and attribution.bears_words(subject):
        return None  # 'A sign on the door read “Closed”': a thing's lettering, no one's words
    return FoundQuote("direct", ((q.start, q.end),), (cue.i, cue.i + width),
                      subject.i if subject is not None else None, words=words)


def _stands_alone(text: str, q: Quoted) -> bool:
    """A quoted sentence (or more) on its own, not a phrase inside someone else's sentence."""
    words = q.inner(text).split()
    if len(words) < MIN_FOLLOW_ON_WORDS:
        return False
    return bool(SENTENCE_START_BEFORE.search(text[max(0, q.start - 20):q.start]))


# What may stand between a quotation and a short one that carries it on: its attribution
# (' says Moreau. ', ', she said. ', ', said Ann Lee, 64, who ran the bakery for 30 years. '), up to 100
# characters, so that a speaker's apposition or relative clause may stand in it.
ATTRIBUTION_BETWEEN = re.compile(r"[^\n“”\"]{0,100}[.!?]\s+$")


def _short_sentence_after(text: str, before: list[FoundQuote], q: Quoted) -> bool:
    """'“We start on Monday!” says Moreau. “No delays.”': a quoted sentence too short to stand
    alone carries on the quotation just before it, when only that quotation's attribution
    stands between them in the same paragraph."""
    inner = q.inner(text).strip().strip("`'")  # a wire's ``double'' marks are two characters each
    if not before or not inner[:1].isupper() or inner[-1:] not in ".!?":
        return False
    return bool(SENTENCE_START_BEFORE.search(text[max(0, q.start - 20):q.start])) and \
        bool(ATTRIBUTION_BETWEEN.fullmatch(text, before[-1].end, q.start))


def _resumed(doc: Doc, before: list[FoundQuote], q: Quoted, words: tuple[tuple[int, int], ...]) -> bool:
    """'“The risk,” said Ann Lee, an economist, “is that ...”': the stretch after an attribution
    that split one sentence finishes the quotation before it, though it cannot stand alone; only
    where the cue of the quotation before stands between the two ('telling the crowd, “...,” and,
    “...”' joins two quotations, no attribution splits one)."""
    if not before or before[-1].cue is None:
        return False
    prev, cue = before[-1], doc[before[-1].cue[0]]
    return prev.end <= cue.idx < q.start and _continues(text_of(doc), prev, FoundQuote(
        "direct", ((q.start, q.end),), None, None, words=words))


def _continues(text: str, prev: FoundQuote, cur: FoundQuote) -> bool:
    """',” she said, “...' : the second stretch finishes the sentence the attribution split."""
    if prev.cue is None or cur.cue not in (None, prev.cue):
        return False
    between = text[prev.end:cur.start]
    return "\n" not in between and bool(SPLIT_BETWEEN.match(between))
