"""Speaker mentions: the words in the text that name who said a quote.

A mention is the whole noun phrase of the speaker, descriptions included
("Phil Smith, a spokesman for the miners' union"), as annotated news sets
mark it; where that phrase would reach into the quote or past its cue, it is
cut back to the name or noun it is built on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

MAX_TOKENS = 40
EDGE = {",", ";", ":", "—", "–", "-", "(", "\"", "“", "”", "'"}
# Dependents kept when the phrase has to be cut back ("a spokesperson for the ministry").
KEPT_RIGHT = {"prep", "compound", "amod", "nummod", "poss", "case", "pobj", "nmod", "flat"}


def mention_range(doc: Doc, head: Token, avoid: tuple[int, int] = (-1, -1)) -> tuple[int, int]:
    """Token range [start, end) of the speaker phrase headed by `head`.

    `avoid` is a character range (the quote) the mention must not overlap.
    """
    start, end = _trim(doc, head.left_edge.i, head.right_edge.i + 1)
    if end - start > MAX_TOKENS or _overlaps(doc[start:end], avoid):
        start, end = _core(doc, head)
    return start, end


def _core(doc: Doc, head: Token) -> tuple[int, int]:
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in ("punct", "appos", "cc", "conj") and child.text not in "-":
            break
        start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in KEPT_RIGHT or any(t.text in ",—–(" for t in doc[end:child.i]):
            break
        end = child.right_edge.i + 1
    return start, end


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end - 1 and (doc[start].text in EDGE or doc[start].is_space):
        start += 1
    while end > start + 1 and (doc[end - 1].text in EDGE or doc[end - 1].is_space):
        end -= 1
    return start, end


def _overlaps(span, avoid: tuple[int, int]) -> bool:
    return span.start_char < avoid[1] and avoid[0] < span.end_char
