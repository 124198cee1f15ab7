"""The pinned model's trained entity recogniser, run only on the stretches of text asked for.

The pipeline that parses articles leaves the recogniser out (language.py: half of the
pipeline's time over whole articles). The speaker stage asks it about the few names
whose kind its rules leave unknown, so it reads only the sentences that hold them. Its
network has token vectors of its own (it does not listen to the parser's), so it reads a
stretch as a `Doc` of that stretch's words, the same as the whole article would give
within a few tokens of the stretch's ends. It is loaded once per process, on first use.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .language import MODEL

# Every component but the recogniser: it needs none of them.
OTHERS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


class Recognised(NamedTuple):
    """An entity the recogniser found: tokens [start, end) of the article and its label
    (PERSON, ORG, GPE, NORP ...: the model's own)."""

    start: int
    end: int
    label: str


@functools.cache
def recogniser() -> Language:
    """The pinned model with its entity recogniser alone."""
    return spacy.load(MODEL, exclude=OTHERS)


def recognise(doc: Doc, stretches: list[tuple[int, int]]) -> list[list[Recognised]]:
    """The entities in each stretch [start, end) of `doc`'s tokens, in article positions.

    Spaces are left out of what the recogniser reads, as the parser's pieces leave
    them out: trained on text without them, it takes them for words."""
    nlp = recogniser()
    kept = [[i for i in range(start, end) if not doc[i].is_space] for start, end in stretches]
    docs = [Doc(nlp.vocab, words=[doc[i].text for i in tokens],
                spaces=[bool(doc[i].whitespace_) for i in tokens]) for tokens in kept]
    docs = list(nlp.get_pipe("ner").pipe(docs, batch_size=max(1, len(docs))))
    return [[Recognised(tokens[e.start], tokens[e.end - 1] + 1, e.label_) for e in read.ents]
            for tokens, read in zip(kept, docs)]
