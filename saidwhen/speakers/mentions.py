"""Speaker mentions: the words in the text that name who said a quote."""
from __future__ import annotations

from spacy.tokens import Doc, Token

# Dependents that belong to the mention itself ("a spokesperson for the ministry");
# appositions and relative clauses describe it and are left out.
KEPT_RIGHT = {"prep", "compound", "amod", "nummod", "poss", "case", "pobj", "nmod", "flat"}


def mention_range(doc: Doc, head: Token) -> tuple[int, int]:
    """Token range [start, end) of the phrase headed by `head`."""
    start = _left_start(head)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in KEPT_RIGHT or _comma_between(doc, end, child.i):
            break
        end = child.right_edge.i + 1
    return start, end


def _left_start(head: Token) -> int:
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in ("punct", "appos", "cc", "conj") or child.text in ",()":
            break
        start = child.left_edge.i
    return start


def _comma_between(doc: Doc, start: int, end: int) -> bool:
    return any(t.text in ",—–(" for t in doc[start:end])
