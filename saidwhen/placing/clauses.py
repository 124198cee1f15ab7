"""The words that say where and when: a quote's attribution, and a scene-setting sentence.

An attribution is the cue with everything that hangs on it in the parse (its
subject, objects, "in a statement", "on Monday"), outside any quoted words and
any clause of its own: in "she said, adding that she would post it on
Instagram" the reported clause names no channel of the saying.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..quotes.cues import direct_lemma
from ..parsing.words import columns
from .layout import Layout
from ..lexicon import SPEAKING_FORMS

# Clauses with a subject and time of their own, and descriptions of the speaker ("David
# Plouffe, the architect of Obama's 2008 campaign"), left out of an attribution.
OWN_CLAUSES = {"relcl", "ccomp", "parataxis", "appos"}
# "appeared on CNN and said", "wrote on Twitter, saying", "took to Instagram to say":
# the verb the cue hangs on is part of the attribution too.
RAISING = {"conj", "advcl", "xcomp"}
MAX_RAISE = 2
# Clauses of a narrative sentence that may be about something else than saying.
ASIDES = {"advcl", "xcomp", "pcomp", "acl"}
SUBJECTS = ("nsubj", "nsubjpass")
# Phrases before a verb that set time and place ("In court on Tuesday, ...").
FRONTED = {"prep", "npadvmod", "advmod"}
# Prepositions of a phrase opening a sentence that may name where its words were said.
OPENING = {"in", "during", "at"}


def attribution(layout: Layout, cue: Token) -> tuple[list[Token], list[Token]]:
    """The words of the attribution around `cue`, in text order, and those of them that may
    name its channel: not those of an adverbial clause about something else than the saying."""
    roots = [cue]
    for _ in range(MAX_RAISE):
        tok = roots[-1]
        if tok.dep_ not in RAISING or tok.head.i == tok.i or layout.quoted[tok.head.i]:
            break
        if not _saying(tok.head):
            break  # "welcomed the statement and said": the statement is not where she said it
        roots.append(tok.head)
    words = _gathered(layout, roots, OWN_CLAUSES)
    borrowed = _fronted(layout, roots[-1]) + _host_phrases(layout, roots[-1]) + _opening(layout, roots[-1]) \
        + _described(cue)
    if borrowed:
        words = sorted(set(words) | set(borrowed), key=lambda t: t.i)
    return words, _told(words, {"advcl"}, roots)


def _host_phrases(layout: Layout, cue: Token) -> list[Token]:
    """"She voted against the bill on Tuesday, saying ...", "He resigned in 2014, claiming ...":
    a participle is said when and where the verb it hangs on happened."""
    host = cue.head
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp") or host.pos_ not in ("VERB", "AUX"):
        return []
    phrases = [c for c in host.children if c.dep_ in FRONTED and c.i != cue.i]
    return [t for c in phrases for t in c.subtree if not layout.quoted[t.i]]


def _described(cue: Token) -> list[Token]:
    """"The town issued a statement saying ...": a participle that tells what a noun says is
    said in what that noun names."""
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return []
    noun = cue.head
    return [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]


def _opening(layout: Layout, verb: Token) -> list[Token]:
    """"In a statement released after ..., Cruz said": a sentence that opens with a phrase of
    "in", "during" or "at" sets it for its main verb, read up to the phrase's first verb or
    comma, whatever the parser hung it on (it may hang it on a verb inside the phrase)."""
    if verb.dep_ != "ROOT":
        return []
    sentence = verb.sent
    if sentence[0].lower_ not in OPENING or verb.i == sentence.start:
        return []
    phrase = []
    for tok in sentence[1:verb.i - sentence.start]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or layout.quoted[tok.i]:
            break
        phrase.append(tok)
    return [sentence[0], *phrase] if phrase else []


def _fronted(layout: Layout, verb: Token) -> list[Token]:
    """"During his testimony, he played down ... and denied ...": a phrase put before the first
    of two joined verbs sets the scene for both."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    first = verb.head
    phrases = [c for c in first.children if c.i < first.i and c.dep_ in FRONTED]
    return [t for c in phrases for t in c.subtree if not layout.quoted[t.i]]


def scene_clause(layout: Layout, sentence: Span) -> tuple[list[Token], list[Token]]:
    """The words of a narrative sentence but its relative clauses ("the song in which ..."),
    and those of them that may name where something was said."""
    words = _gathered(layout, [sentence.root], {"relcl"})
    return words, _told(words, ASIDES, [sentence.root])


def _told(words: list[Token], asides: set[str], roots: list[Token]) -> list[Token]:
    """`words` but those of clauses about something else than saying: "Heading into the debate,
    she told MSNBC ...", "voted to hold him in contempt for refusing to testify"."""
    left_out: set[int] = set()
    for tok in words:
        if tok.dep_ in asides and tok not in roots and not _saying(tok) and tok.i not in left_out:
            left_out.update(t.i for t in tok.subtree)
    return [t for t in words if t.i not in left_out]


def _saying(verb: Token) -> bool:
    return verb.lower_ in SPEAKING_FORMS or direct_lemma(verb.lower_) is not None


def subject_of(words: Iterable[Token]) -> Token | None:
    """The subject of the main verb among `words` (the root's, else the first verb's)."""
    words = list(words)
    for tok in sorted(words, key=lambda t: (t.dep_ != "ROOT", t.i)):
        subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _gathered(layout: Layout, roots: list[Token], pruned: set[str]) -> list[Token]:
    doc = roots[0].doc
    t = columns(doc)  # the tree walked by index: a Token is made only for the words gathered
    seen: set[int] = set()
    stack = [tok.i for tok in roots]
    while stack:
        i = stack.pop()
        if i in seen or layout.quoted[i]:
            continue
        seen.add(i)
        stack.extend(c for c in t.children[i] if t.dep[c] not in pruned)
    return [doc[i] for i in sorted(seen)]
