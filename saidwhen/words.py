"""Finding the tokens that are given words, without walking every token.

spaCy makes a `Token` object anew on each access; a stage that looks at every
token of a long article for the few that matter pays for all of them. These
lookups read the parse's arrays instead.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc


def positions(doc: Doc, attr: str, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose `attr` ("LOWER", "ORTH" or "TAG") is one of `words`."""
    if len(doc) == 0:
        return []
    values = doc.to_array(attr)
    return numpy.flatnonzero(numpy.isin(values, _hashes(doc.vocab.strings, words))).tolist()


@functools.lru_cache(maxsize=64)
def _hashes(strings, words: frozenset[str]) -> numpy.ndarray:
    return numpy.array([strings.add(word) for word in words], dtype="uint64")


def sentence_numbers(doc: Doc) -> list[int]:
    """The number of the sentence each token is in, counted from 0."""
    if len(doc) == 0:
        return []
    starts = doc.to_array("SENT_START").astype(numpy.int64) == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()
