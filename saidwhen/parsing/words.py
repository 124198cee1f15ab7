"""Finding the tokens that are given words, without walking every token.

spaCy makes a `Token` object anew on each access; a stage that looks at every
token of a long article for the few that matter pays for all of them. These
lookups read the parse's arrays instead.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc


def positions(doc: Doc, attr: str, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose `attr` ("LOWER", "ORTH" or "TAG") is one of `words`."""
    if len(doc) == 0:
        return []
    read = doc.user_data.get(COLUMNS_KEY)
    if read is not None and attr in _COLUMN_OF:  # the parse is finished and its words read
        column = getattr(read, _COLUMN_OF[attr])
        if len(words) <= FEW_WORDS:
            return _indices(column, words)
        return [i for i, word in enumerate(column) if word in words]
    wanted = _hashes(doc.vocab.strings, words)
    if len(wanted) <= FEW_WORDS:  # a comparison of the whole array for each word, in numpy
        values = doc.to_array(attr)
        found = numpy.zeros(len(values), dtype=bool)
        for value in wanted:
            found |= values == value
        return numpy.flatnonzero(found).tolist()
    # A set lookup per token: numpy.isin sorts both arrays, which costs more on an article.
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in wanted]


# Up to this many words, `positions` seeks each word on its own, with a scan in C (list.index,
# an array's comparison), instead of a set lookup per token in Python: about 4 times as fast.
FEW_WORDS = 3


def _indices(column: list[str], words: frozenset[str]) -> list[int]:
    """The indices of `column`'s items that are one of `words`, in order."""
    found = []
    for word in words:
        i = -1
        while True:
            try:
                i = column.index(word, i + 1)
            except ValueError:
                break
            found.append(i)
    found.sort()
    return found


_COLUMN_OF = {"LOWER": "lower", "ORTH": "text", "TAG": "tag"}


@functools.lru_cache(maxsize=64)
def _hashes(strings, words: frozenset[str]) -> frozenset[int]:
    return frozenset(strings.add(word) for word in words)


def sentence_numbers(doc: Doc) -> list[int]:
    """The number of the sentence each token is in, counted from 0."""
    if len(doc) == 0:
        return []
    starts = doc.to_array("SENT_START").astype(numpy.int64) == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()


DASHES = ("—", "–")  # an em dash and an en dash


def hyphen_dashes(doc: Doc) -> list[int]:
    """The dashes written as a hyphen: 'Kings—Hants', 'Kelowna—Lake Country', 'Scarborough–Guildwood'
    (a riding's name joins its places so), a dash between two capitalised words with no space
    either side. The model and the name rules read it as the hyphen it stands for; the text
    keeps its mark. Not after a word in capitals: a dateline's 'OTTAWA—The' is a dash."""
    if len(doc) < 3:
        return []
    orth = doc.to_array("ORTH")
    dashes = numpy.flatnonzero(numpy.isin(orth, list(_hashes(doc.vocab.strings, frozenset(DASHES)))))
    if not len(dashes):
        return []
    spaced = doc.to_array("SPACY")
    strings = doc.vocab.strings
    found = []
    for k in dashes.tolist():
        if 0 < k < len(doc) - 1 and not spaced[k - 1] and not spaced[k]:
            before, after = strings[int(orth[k - 1])], strings[int(orth[k + 1])]
            if before[:1].isupper() and not before.isupper() and after[:1].isupper():
                found.append(k)
    return found


COLUMNS_KEY = "saidwhen.columns"
_COLUMN_ATTRS = ("ORTH", "LOWER", "TAG", "POS", "DEP", "SPACY", "IDX", "SENT_START", "IS_PUNCT", "HEAD")


@dataclass(frozen=True, slots=True)
class Columns:
    """A parsed doc's token attributes as plain lists, index `i` for token `i`.

    The stages after parsing look at the words around a name or a cue many times
    over; a list index costs a fraction of making a spaCy Token for each look.
    """

    text: list[str]
    lower: list[str]
    tag: list[str]
    pos: list[str]  # Token.pos_: "" where the parse gives none
    dep: list[str]
    whitespace: list[str]  # Token.whitespace_: " " or ""
    idx: list[int]
    sent_start: list[bool]  # Token.is_sent_start is True
    is_punct: list[bool]
    children: list[list[int]]  # Token.children, as indices in text order
    head: list[int]  # Token.head.i: a sentence's root is its own head

    def __len__(self) -> int:
        return len(self.text)

    def sentence_start(self, i: int) -> int:
        """The first word of the sentence token `i` is in, as `doc[i].sent.start` gives it: a Span
        made by `Token.sent` costs more than the walk where only its bounds are wanted."""
        while i > 0 and not self.sent_start[i]:
            i -= 1
        return i

    def sentence_end(self, i: int) -> int:
        """The end of the sentence token `i` is in, as `doc[i].sent.end` gives it."""
        try:  # the next sentence's first word, sought by list.index in C: sentences run to dozens of words
            return self.sent_start.index(True, i + 1)
        except ValueError:  # the last sentence
            return max(i + 1, len(self.text))


def columns(doc: Doc) -> Columns:
    """The columns of `doc`, read once and kept with it; for a finished parse only, as the
    tags and arcs read are not read again."""
    found = doc.user_data.get(COLUMNS_KEY)
    if found is None:
        found = doc.user_data[COLUMNS_KEY] = _read_columns(doc)
    return found


def _read_columns(doc: Doc) -> Columns:
    strings = doc.vocab.strings
    if len(doc) == 0:
        return Columns([], [], [], [], [], [], [], [], [], [], [])
    array = doc.to_array(list(_COLUMN_ATTRS))
    orth, lower, tag, pos, dep, spacy, idx, _, _, _ = array.T.tolist()
    heads = (array[:, -1].astype(numpy.int64) + numpy.arange(len(doc))).tolist()  # HEAD is relative
    children: list[list[int]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    word = strings.__getitem__
    text, lower = list(map(word, orth)), list(map(word, lower))
    for k in hyphen_dashes(doc):  # "Kings—Hants" reads as "Kings-Hants"
        text[k] = lower[k] = "-"
    return Columns(text=text, lower=lower,
                   tag=list(map(word, tag)), pos=list(map(word, pos)), dep=list(map(word, dep)),
                   whitespace=list(map(_SPACES.__getitem__, spacy)), idx=idx,
                   # the flags compared in numpy, a word at a time in Python cost more
                   sent_start=(array[:, _COLUMN_ATTRS.index("SENT_START")] == 1).tolist(),
                   is_punct=(array[:, _COLUMN_ATTRS.index("IS_PUNCT")] != 0).tolist(),
                   children=children, head=heads)


_SPACES = ("", " ")  # Token.whitespace_ by the SPACY flag, 0 or 1
