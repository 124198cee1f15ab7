"""Finding quotations: direct, reported and mixed, in one parsed article."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsing.texts import text_of
from .direct import find_direct
from .found import FoundQuote
from .headline import find_headline
from .indirect import find_indirect
from ..parsing.marks import find_quoted

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

__all__ = ["FoundQuote", "find_quotes"]


def find_quotes(doc: Doc) -> list[FoundQuote]:
    """Every quotation of the article, in text order."""
    quoted = find_quoted(text_of(doc))
    direct = find_direct(doc, quoted)
    headline = find_headline(doc)
    if headline is not None:
        # The headline's own quoted words are part of what it attributes.
        direct = [q for q in direct if q.start >= headline.end] + [headline]
    reported = find_indirect(doc, quoted, direct)
    return sorted(direct + reported, key=lambda q: q.start)
