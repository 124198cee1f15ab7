"""Where things are in one article, worked out once: paragraphs, sentences, quoted words, times.

Every question the placing stage asks of a quote ("which paragraph", "is this
word quoted", "is this word part of a time expression") is then a lookup, so
that placing costs the same per quote however long the article is. Quotes come
with their words and cue as token ranges (saidwhen.parsing.positions); only the
time expressions, tagged in the text, are looked up from characters to tokens.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span, Token

from ..parsing.positions import ParsedQuote
from ..records import Timex
from ..timexes import dateline

PARAGRAPH_BREAK = re.compile(r"\n+")
INDIRECT, QUOTED = 1, 2


class Layout:
    """One parsed article as the placing stage looks it up."""

    def __init__(self, doc: Doc, text: str, quotes: list[ParsedQuote], times: list[Timex],
                 date: dt.date | None):
        self.doc = doc
        self.date = date
        self._breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
        # Read from the parse's arrays: walking Token objects costs more than placing does.
        columns = doc.to_array([IDX, SENT_START])
        self._token_starts = columns[:, 0].tolist()
        self._sentence_starts = _opening_marks_moved(
            doc, [i for i, start in enumerate(columns[:, 1].tolist()) if start == 1 or i == 0], quotes)
        # For a word inside a quote's content: INDIRECT in the reporter's paraphrase, else QUOTED.
        self.quoted = bytearray(len(doc))
        self.cued = bytearray(len(doc))  # 1 for a word of a quote's cue
        for quote in quotes:
            self._mark(quote)
        self.timex_at = self._times_by_token(times)
        # The dateline read from the times as placed (tagged against its day where the pipeline
        # found it one to three days back): the story's day falls back on it.
        self.dateline = dateline.read(text, times)
        ends = self._sentence_starts[1:] + [len(doc)]
        self._sentence_ends = ends

    @property
    def n_sentences(self) -> int:
        return len(self._sentence_starts)

    def sentence(self, k: int) -> Span:
        """The `k`th sentence of the article."""
        return self.doc[self._sentence_starts[k]:self._sentence_ends[k]]

    def paragraph(self, char: int) -> int:
        """The paragraph (counted in line breaks) that character `char` lies in."""
        return bisect.bisect_right(self._breaks, char)

    def paragraph_end(self, token: int) -> int:
        """The first token after the paragraph that token `token` lies in."""
        k = self.paragraph(self._token_starts[token])
        if k >= len(self._breaks):
            return len(self.doc)
        return bisect.bisect_left(self._token_starts, self._breaks[k])

    def _token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect.bisect_right(self._token_starts, char) - 1)]

    def sentence_of(self, token: Token) -> int:
        """The index in `sentences` of the sentence holding `token`."""
        return bisect.bisect_right(self._sentence_starts, token.i) - 1

    def is_narrative(self, sentence: Span) -> bool:
        """A sentence of the reporter's own: no quoted word and no cue in it."""
        return not any(self.quoted[sentence.start:sentence.end]) and not any(self.cued[sentence.start:sentence.end])

    def _mark(self, quote: ParsedQuote) -> None:
        mark = INDIRECT if quote.kind == "indirect" else QUOTED
        for words in quote.words:
            self.quoted[words.start:words.end] = bytes([mark]) * len(words)
        if quote.cue is not None:
            self.cued[quote.cue.start:quote.cue.end] = b"\x01" * len(quote.cue)

    def _token_range(self, start: int, end: int) -> range:
        first = self._token_at(start).i
        last = self._token_at(max(start, end - 1)).i
        return range(first, last + 1)

    def _times_by_token(self, times: list[Timex]) -> dict[int, Timex]:
        at = {}
        for timex in times:
            for i in self._token_range(timex.start, timex.end):
                at[i] = timex
        return at


def _opening_marks_moved(doc: Doc, starts: list[int], quotes: list[ParsedQuote]) -> list[int]:
    """The sentence starts, with a quotation's opening mark that the parser left at the end of
    the sentence before moved to the quotation's own ("... appealing. ''There is ...,'' Henry
    said": the tagger reads a doubled apostrophe as a closing mark). The sentence before is
    then the reporter's own, and may set the scene of the quote."""
    moved = set(starts)
    for quote in quotes:
        first = quote.words[0].start
        if first > 0 and doc[first].is_quote and first + 1 in moved and first not in moved:
            moved.discard(first + 1)
            moved.add(first)
    return sorted(moved)
