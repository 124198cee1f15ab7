"""The pinned model's trained entity recogniser, run only on the stretches of text asked for.

The pipeline that parses articles loads the recogniser but leaves it out of its runs
(language.py: half of the pipeline's time over whole articles). The speaker stage asks it about the few names
whose kind its rules leave unknown, so it reads only a few words around each of them. Its
network has token vectors of its own (it does not listen to the parser's), so it reads
those stretches as a `Doc` of their words alone, which gives what the whole article would
give away from the stretches' ends. It comes with the parsing pipeline, loaded once per process.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .language import _blas, _MatmulOps, pipeline
from .vectors import predicting_alone
from .words import Columns, columns


class Recognised(NamedTuple):
    """An entity the recogniser found: tokens [start, end) of the article and its label
    (PERSON, ORG, GPE, NORP ...: the model's own)."""

    start: int
    end: int
    label: str


@functools.cache
def recogniser() -> Language:
    """The parsing pipeline, whose entity recogniser is loaded but left out of its runs
    (language.DISABLED), with the recogniser's token vectors computed with numpy's matrix
    products as the parser's are (language.pipeline: several times faster than thinc's own
    kernels; each article is read in one batch of its own, so that what it reads does not
    depend on other articles). The recogniser reads none of the other components' output."""
    nlp = pipeline()
    ops = _MatmulOps()
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    for layer in tok2vec.walk():
        layer.ops = ops
    predicting_alone(tok2vec)  # the same vectors without thinc's work for each layer (vectors.py)
    return nlp


def recognise(doc: Doc, stretches: list[tuple[int, int]]) -> list[Recognised]:
    """The entities in the stretches [start, end) of `doc`'s tokens, in article positions.

    The stretches are read as one `Doc`, each starting a sentence after a line break of its
    own: the recogniser costs about as much for a short `Doc` as for a long one, and no
    entity runs across a line break or a sentence's start. Spaces are left out of what it
    reads, as the parser's pieces leave them out: trained on text without them, it takes
    them for words."""
    nlp, t = recogniser(), columns(doc)
    kept: list[int] = []  # the article's token of each word read; -1 for a line break put in
    starts: list[bool | None] = []
    for start, end in stretches:
        words = [i for i in range(start, end) if not t.text[i].isspace()]
        if words and kept:
            kept.append(-1)
            starts.append(False)
        if words:
            kept.extend(words)
            starts.extend([True] + [None] * (len(words) - 1))
    if not kept:
        return []
    read = Doc(nlp.vocab, words=[t.text[i] if i >= 0 else "\n" for i in kept],
               spaces=[i >= 0 and bool(t.whitespace[i]) for i in kept], sent_starts=starts)
    with _blas().limit(limits=1, user_api="blas"):  # one core a process, as the parser
        read = nlp.get_pipe("ner")(read)
    return [Recognised(kept[e.start], kept[e.end - 1] + 1, e.label_) for e in read.ents
            if -1 not in kept[e.start:e.end]]


# What the recogniser reads around a span: its sentence, at most this many tokens either side.
# Its token vectors see 4 tokens either side and its moves a few more: what lies further off
# changes little: whole sentences gave the same kinds on BBC names-dev for about three times the CPU.
REACH = 8
# Tokens read after a span: what is asked of a span is the label on its words (the entity that
# holds its last word, where that entity starts and ends), which the recogniser's moves settle word
# by word from the left, each reading the token vectors of its word and the one before (which see 4
# tokens on) and whether the next word starts a sentence. The words before a span stay at REACH: the
# moves before it decide whether an entity is open where it starts. Read to REACH after a span, the
# 300 benchmark and 1,000 fresh articles gave the same records for a fifth more words.
AFTER = 4


def around(doc: Doc, spans: list[tuple[int, int]], reach: int = REACH, after: int = AFTER) -> list[tuple[int, int]]:
    """The stretches to read for the token spans [start, end): the words around each within
    its sentence (`reach` before it, `after` after it); stretches that overlap or touch are read
    as one, so that a sentence's first name is read after the sentence before, as in the article
    (apart, GUM's biographies lost 0.04 of their pronouns)."""
    t = columns(doc)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(_stretch(t, s, e, reach, after) for s, e in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _stretch(t: Columns, start: int, end: int, reach: int, after: int) -> tuple[int, int]:
    first = start
    while first > 0 and not t.sent_start[first] and start - first < reach:
        first -= 1
    return first, min(t.sentence_end(end - 1), end + after)
