"""Sentences found without a parser: line breaks and sentence-final punctuation.

The parser finds sentences too, but only where it runs; this cheap rule finds
them everywhere, so that the text can be cut into pieces the parser reads on
their own, and so that sentences it does not read still have bounds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_SPACE
from spacy.tokens import Doc

from ..lexicon import ABBREVIATED_TITLES, TITLES as SPEAKER_TITLES
from .spans import SpanSet

# A full stop, question or exclamation mark (closing marks may follow it) ends a sentence
# where the next word starts with a capital, a digit or an opening mark.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
LINE_BREAK = re.compile(r"\n")
TITLE_WORD = re.compile(r"(?<![\w.])[A-Za-z]+$")
RANK = re.compile(r"(?<![\w.])No$")
DOTTED_TITLES = frozenset({t for t in SPEAKER_TITLES if t.endswith(".")} | {t.lower() for t in ABBREVIATED_TITLES})


@dataclass(frozen=True, slots=True)
class Sentence:
    """Tokens [start, end) of one sentence, without the spaces around it; `line` counts line breaks."""

    start: int
    end: int
    line: int


def sentences(doc: Doc, text: str, quoted: SpanSet | None = None) -> list[Sentence]:
    """The sentences of `doc`, in order. A line break always ends one: headlines and
    datelines carry no full stop. Within a line, a sentence ends at a full stop outside the
    `quoted` stretches: '“We won. We deserved it,” she said.' is one, as its attribution
    belongs to all of it. Space tokens between sentences belong to none. `text` is the
    text `doc` was tokenized from."""
    quoted = quoted or SpanSet(())
    if len(doc) == 0:
        return []
    columns = doc.to_array([IDX, IS_SPACE])
    starts = columns[:, 0].astype(numpy.int64)
    spaces = columns[:, 1].astype(bool)
    token_starts = set(starts.tolist())
    cuts = [int(i) for i in numpy.searchsorted(starts, [m.end() for m in SENTENCE_END.finditer(text)
                                                         if m.start() in token_starts
                                                         and m.start() not in quoted
                                                         and not _after_title(text, m.start())
                                                         and not _numbered(text, m.start(), m.end())])]
    breaks = _breaks(starts, text)
    out: list[Sentence] = []
    bounds = sorted({0, len(doc), *cuts, *breaks.tolist(), *(breaks + 1).tolist()})
    line_of = numpy.searchsorted(breaks, bounds[:-1], side="right")
    for (start, end), line in zip(zip(bounds, bounds[1:]), line_of.tolist()):
        while start < end and spaces[start]:
            start += 1
        while end > start and spaces[end - 1]:
            end -= 1
        if start < end:
            out.append(Sentence(start, end, line))
    return out


def line_break_tokens(doc: Doc, text: str) -> numpy.ndarray:
    """The tokens that hold a line break (spaces between lines), in order."""
    if len(doc) == 0:
        return numpy.zeros(0, dtype=numpy.int64)
    return numpy.unique(_breaks(doc.to_array(IDX).astype(numpy.int64), text))


def _breaks(starts: numpy.ndarray, text: str) -> numpy.ndarray:
    return numpy.searchsorted(starts, [m.start() for m in LINE_BREAK.finditer(text)], side="right") - 1


def _after_title(text: str, stop: int) -> bool:
    """'Sens. Jeff Merkley', 'Gov. Ed Rendell': the full stop of a title before a name ends no
    sentence (the tokenizer keeps some titles whole, others not)."""
    word = TITLE_WORD.search(text, max(0, stop - 8), stop)
    return word is not None and f"{word.group().lower()}." in DOTTED_TITLES


def _numbered(text: str, stop: int, nxt: int) -> bool:
    """'the No. 2 Republican in the Senate': "No." before a number is a rank, no sentence end."""
    return text[nxt:nxt + 1].isdigit() and RANK.search(text, max(0, stop - 3), stop) is not None


def ends_title(words: list[str], k: int) -> bool:
    """Whether word `k` ends a title written with a full stop: "Const." kept whole by the
    tokenizer, or "Sens" "." cut in two."""
    word = words[k]
    if word == ".":
        return k > 0 and f"{words[k - 1].lower()}." in DOTTED_TITLES
    return word.endswith(".") and word.lower() in DOTTED_TITLES
