"""What the quote finder hands to the speaker stage: spans plus the parse positions behind them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import QuoteKind


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quotation found in one parsed article, before its speaker is named.

    `content` holds character spans and `words` the token range [start, end) each lies in;
    `cue` and `subject` are token indices into the parse (the cue word and the head of the
    phrase that names the speaker).
    A quote with neither carries on from the quote before it (`follow_on`).
    """

    kind: QuoteKind
    content: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None  # token range [start, end) of the cue
    subject: int | None  # token index of the speaker phrase's head
    follow_on: bool = False
    words: tuple[tuple[int, int], ...] = field(kw_only=True)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]
