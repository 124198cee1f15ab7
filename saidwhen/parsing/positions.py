"""Quotes as the stages hold them: positions in the parse, made into records once, at the end.

The speaker and placing stages ask of a quote which words it covers, which word is its cue and
which words name its speaker; each answer is a token range into the parse (a spaCy `Span`),
so no stage turns tokens into characters and back. The character-span records of
saidwhen.records (`Quote`, `Span`, `Speaker`) are made from them once, by `record`, when the
last stage is done. Only a quote's content is found in characters (quotation marks are paired
in the text before parsing, saidwhen.parsing.marks): it keeps those characters, and the quote
finder looks up the tokens they lie in once (`TokenIndex`), where it finds them.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Quote, QuoteKind, SaidOn, Span, Speaker
from .texts import text_of

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc
    from spacy.tokens import Span as Words


@dataclass(frozen=True, slots=True)
class ParsedSpeaker:
    """Who said a quote, as the stages hold it: `mention` is the token range it rests on."""

    name: str | None
    mention: Words | None
    kind: str | None = None
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedQuote:
    """One quotation as the stages hold it: `content` in characters as found, `words` the
    tokens each content span lies in, `cue` the cue's tokens."""

    kind: QuoteKind
    content: tuple[tuple[int, int], ...]
    words: tuple[Words, ...]
    cue: Words | None
    speaker: ParsedSpeaker | None
    channel: str | None = None
    outlet: str | None = None
    said_on: SaidOn | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


class TokenIndex:
    """Which tokens of one parse a stretch of its text lies in: for what is found in characters."""

    def __init__(self, doc: Doc):
        from spacy.attrs import IDX

        # Read from the parse's arrays: walking Token objects costs more than the lookups do.
        self._starts = doc.to_array(IDX).tolist() if len(doc) else []

    def range(self, start: int, end: int) -> tuple[int, int]:
        """[first, last + 1) of the tokens holding the first and the last character of [start, end)."""
        return self._at(start), self._at(max(start, end - 1)) + 1

    def _at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._starts, char) - 1)


def record(doc: Doc, quote: ParsedQuote) -> Quote:
    """The character-span record of a quote."""
    text = text_of(doc)
    speaker = quote.speaker
    if speaker is not None:
        speaker = Speaker(name=speaker.name, mention=_span(speaker.mention, text), kind=speaker.kind,
                          gender=speaker.gender)
    return Quote(kind=quote.kind, content=tuple(Span(s, e, text[s:e]) for s, e in quote.content),
                 cue=_span(quote.cue, text), speaker=speaker, channel=quote.channel, outlet=quote.outlet,
                 said_on=quote.said_on)


def _span(words: Words | None, text: str) -> Span | None:
    """The article's own characters of `words`: the tokens read a non-breaking space or hyphen as
    the plain one (language.INLINE_MARKS), the record keeps what the article wrote."""
    return Span(words.start_char, words.end_char, text[words.start_char:words.end_char]) if words is not None else None
