"""Headline attribution: 'Graham: Trump's rhetoric destroying GOP's chance' says Graham said so.

News headlines drop the cue verb and put the speaker before a colon. Only the
article's first line counts, and only with a name before the colon, so that
"Toronto weather: heat warning issued" is not taken for speech. A first line that keeps its
verb of saying ("Ann Lee tweeted Sunday: ...") is no headline but an attribution like any other,
left to the direct finder: the verb is the cue and its subject the speaker, not the day before
the colon.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..parsing.texts import text_of
from .attribution import is_cue_verb
from .found import FoundQuote
from ..parsing.positions import TokenIndex
from ..lexicon import HEADLINE_LABELS as LABELS

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

MAX_SPEAKER_TOKENS = 6
# "Obama on Climate Change: ...", "Moreau to Dockers: ...": what the speaker before the colon spoke
# on, or to whom; the phrase is no part of who speaks (speakers/mentions.py leaves it out).
LABEL_PREPOSITIONS = ("on", "about", "to")
MIN_CONTENT_WORDS = 3
# A dateline's line holds a story's sentence and the start of the next; a headline is shorter.
DATELINE_LINE_WORDS = 15
SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][”\"’']?\s+[“\"‘A-Z]")


def find_headline(doc: Doc) -> FoundQuote | None:
    """The quote a first line of the form 'NAME: what they said' attributes, if it is one."""
    first_line = text_of(doc).split("\n", 1)[0]
    colon = next((t for t in doc[:MAX_SPEAKER_TOKENS + 1] if t.text == ":" and t.idx < len(first_line)), None)
    if colon is None or colon.i == 0 or any(is_cue_verb(t) and t.dep_ == "ROOT" for t in doc[:colon.i]):
        return None
    head = doc[colon.i - 1]
    # "Obama on Climate Change: The Trends Are Terrifying" - the speaker is before "on"; so is
    # the one who speaks to someone: "Moreau to Dockers: We Will Not Sell the Pier".
    on = next((t for t in doc[1:colon.i] if t.lower_ in LABEL_PREPOSITIONS), None)
    if on is not None:
        head = doc[on.i - 1]
    if not _a_name(doc, head) or any(t.lower_ in LABELS for t in doc[:colon.i]):
        return None
    if _dateline(doc, colon, first_line):
        return None
    start = colon.idx + 1 + len(first_line[colon.idx + 1:]) - len(first_line[colon.idx + 1:].lstrip())
    end = len(first_line.rstrip(" .\t"))
    if len(first_line[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return FoundQuote("direct", ((start, end),), (colon.i, colon.i + 1), head.i,
                      words=(TokenIndex(doc).range(start, end),))


def _a_name(doc: Doc, head: Token) -> bool:
    """A proper noun; or a capitalised word the tagger took for a common noun where a headline
    opens with it ("Reid: 'Never underestimate Trump'") and that the article writes elsewhere
    as the last word of a name ("Harry Reid has some advice"; not "Brexit" written again alone)."""
    if head.tag_ in ("NNP", "NNPS"):
        return True
    return head.tag_ in ("NN", "NNS") and head.is_title and any(
        t.text == head.text and t.tag_ in ("NNP", "NNPS") and doc[t.i - 1].tag_ == "NNP" and doc[t.i - 1].is_title
        for t in doc[head.i + 1:])


def _dateline(doc: Doc, colon: Token, first_line: str) -> bool:
    """'NEW DELHI: The Supreme Court on Monday pulled up the state ... “This cannot go on,” the
    court observed.': a first line that opens on a place in capitals and a colon, as Indian
    papers write a dateline, and runs on past a sentence's end into another sentence, as no
    headline does: the story itself, with no headline above it, not words the place said.
    "AP: Trump chair routed money to D.C. lobbyists." is a headline (one sentence, its full stop
    the data's)."""
    if not all(t.is_upper or t.is_punct for t in doc[:colon.i]):
        return False
    rest = first_line[colon.idx + 1:].strip()
    return len(rest.split()) >= DATELINE_LINE_WORDS and (
        SENTENCE_BREAK.search(rest) is not None or _attributed(doc, colon, len(first_line)))


def _attributed(doc: Doc, colon: Token, line_end: int) -> bool:
    """'LAHORE: At least 64 people have died ..., the Provincial Disaster Management Authority
    said on Tuesday.': a line after the colon whose main verb is one of saying with a subject of
    its own tells who said it; the place before the colon, a dateline, said nothing."""
    return any(is_cue_verb(t) and t.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in doc[colon.i + 1:] if t.idx < line_end)
