"""Finding quotations: direct, reported and mixed, in one parsed article."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import LINK_LABELS
from ..parsing.texts import text_of
from .attribution import bare_turn_speaker
from .direct import find_direct
from .found import FoundQuote
from .headline import find_headline
from .indirect import find_indirect
from ..parsing.marks import find_quoted
from .mention_choice import choose_subjects
from .polled import poll_answers
from .soundbites import find_sound_bites

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

__all__ = ["FoundQuote", "find_quotes", "poll_answers"]

# "READ MORE: ...", "Related | ...": a line that links to another story (lexicon/link-labels.txt).
_LINK_LINE = re.compile(r"[ \t]*(?:%s)[ \t]*[:|]" % "|".join(
    re.escape(label).replace(r"\ ", r"\s+") for label in sorted(LINK_LABELS, key=len, reverse=True)), re.I)


def find_quotes(doc: Doc) -> list[FoundQuote]:
    """Every quotation of the article, in text order."""
    text = text_of(doc)
    quoted = find_quoted(text)
    direct = find_direct(doc, quoted)
    headline = find_headline(doc)
    if headline is not None:
        # The headline's own quoted words are part of what it attributes.
        direct = [q for q in direct if q.start >= headline.end] + [headline]
    reported = find_indirect(doc, quoted, direct)
    found = [q for q in direct + reported if not _on_link_line(text, q.start)]
    found += find_sound_bites(doc, text, found)  # a transcript's recorded words, without marks
    # The ranker picks each cue's speaker mention where it is surer than the rules.
    return sorted(_turn_speakers(doc, choose_subjects(doc, found)), key=lambda q: q.start)


def _turn_speakers(doc: Doc, found: list[FoundQuote]) -> list[FoundQuote]:
    """'FALLIN: Well, I think the nation ...': the "I" of a transcript's turn printed without
    marks is the one its label names (attribution.bare_turn_speaker), whom the label's name
    resolves to as it does for a quoted turn."""
    out = []
    for q in found:
        label = bare_turn_speaker(doc[q.subject]) if q.subject is not None else None
        out.append(replace(q, subject=label.i) if label is not None else q)
    return out


def _on_link_line(text: str, start: int) -> bool:
    """Whether the character `start` lies on a line that links to another story ('READ MORE:
    Businesses say parking is make-or-break'): another story's headline, whose words no one in
    this article says."""
    return _LINK_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None
