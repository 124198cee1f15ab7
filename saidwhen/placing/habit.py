"""Present-tense cues that report a standing view, not words said on a day.

News tells what was said in the past tense ("said"). In a story told so, "Critics
say the plan will fail", "She says he is unfit" or "The company insists it did
nothing wrong" report what someone holds, not words said on one day: such a quote
has no said_on. Three exceptions: the lede ("Ana Silva says she is done with
politics" opens a story about words said now); a story told in the present
throughout (a broadcaster's script, an entry of a live blog), whose "says" is its
"said"; and a document's words ("the report says", "it says"), which stay as written.
A live blog's entries, each under a line that gives only its time ("7:15 p.m."),
are stories of their own, told each in its own tense.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..records import Quote
from .channels import channel_at
from .layout import Layout
from .outlets import names_outlet
from .when import finite, present

# The lede ends with the first paragraph of at least this many words: headlines and
# datelines above it are shorter.
LEDE_WORDS = 12
# A line that gives only a time of day: the head of a live blog's entry.
TIME_STAMP = re.compile(r"^\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon|midnight)\.?\s*$", re.I | re.M)
# Nouns for a text whose words stay as written, that speaks in the present ("the study says").
DOCUMENTS = {
    "study", "survey", "poll", "document", "documents", "filing", "filings", "complaint",
    "lawsuit", "suit", "claim", "ruling", "decision", "judgment", "bill", "law", "legislation",
    "policy", "website", "site", "ad", "advertisement", "plan", "budget", "memo", "notice",
    "order", "agreement", "contract", "release", "data", "analysis", "research", "paper",
    "guidelines", "guidance", "forecast", "sign", "label", "note", "motion", "application",
    "proposal", "summary", "audit", "review", "findings", "warrant", "charges", "indictment",
    "it",
}


class ReportingTense:
    """Which present-tense cues of one article report words said now."""

    def __init__(self, layout: Layout, text: str, quotes: list[Quote]):
        self._lede_end = _lede_end(layout)
        self._sections = [m.start() for m in TIME_STAMP.finditer(text)]
        balance = [0] * (len(self._sections) + 1)  # past cues less present ones, by section
        for quote in quotes:
            if quote.cue is not None:
                tag = finite(layout.token_at(quote.cue.start)).tag_
                section = self._section(quote.cue.start)
                balance[section] += (tag == "VBD") - (tag in ("VBZ", "VBP"))
        self._in_past = [b > 0 for b in balance]

    def habitual(self, cue: Token) -> bool:
        """A present-tense cue that reports a standing view, not words said now. One in a
        relative clause ("critics who say ...") describes its speaker, in any story."""
        if not present(cue):
            return False
        verb = finite(cue)
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return not _document(verb)
        if cue.i < self._lede_end or not self._in_past[self._section(cue.idx)]:
            return False
        return not _document(verb)

    def _section(self, char: int) -> int:
        return bisect.bisect_right(self._sections, char)


def _lede_end(layout: Layout) -> int:
    """The first token after the article's lede."""
    for k in range(layout.n_sentences):
        sentence = layout.sentence(k)
        if sum(1 for t in sentence if t.is_alpha) >= LEDE_WORDS:
            return layout.paragraph_end(sentence.start)
    return 0


def _document(verb: Token) -> bool:
    """Whether the cue's subject is a text or a news outlet ("the study says", "the Associated
    Press reports", "the report, which notes ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject.lower_ in DOCUMENTS or channel_at(subject) is not None or names_outlet(list(subject.subtree))
