"""The article text behind a parse, without rebuilding it.

spaCy's `Doc.text` joins every token's text anew on each access; the parser
keeps the article text with the parse instead, and the stages read it here.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

TEXT_KEY = "saidwhen.text"
# A turn of a transcript printed without quotation marks: a line opened by its speaker's name in
# capitals and a colon ("FALLIN: Well, I think ...", "JAKE TAPPER: ..."). A transcript holds turns
# of two labels at least; one label alone ("UPDATE:") may be anything.
BARE_TURN = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]", re.M)


def text_of(doc: Doc) -> str:
    """The text of `doc`: the article text its parse was made from."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, which `doc` was tokenized from, with it."""
    doc.user_data[TEXT_KEY] = text


def bare_turns(text: str) -> list[re.Match[str]]:
    """The labels of a transcript's turns printed without marks, or none where the text holds
    fewer than two labels."""
    labels = list(BARE_TURN.finditer(text))
    return labels if len({m.group(1) for m in labels}) >= 2 else []
