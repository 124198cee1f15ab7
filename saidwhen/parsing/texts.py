"""The article text behind a parse, without rebuilding it.

spaCy's `Doc.text` joins every token's text anew on each access; the parser
keeps the article text with the parse instead, and the stages read it here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

TEXT_KEY = "saidwhen.text"


def text_of(doc: Doc) -> str:
    """The text of `doc`: the article text its parse was made from."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, which `doc` was tokenized from, with it."""
    doc.user_data[TEXT_KEY] = text
