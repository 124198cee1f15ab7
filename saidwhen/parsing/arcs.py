"""Arcs the small parser draws against the grammar of news writing, redrawn once after the
parse so that every stage reads the same tree."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import CHANNEL_NOUNS, DAY_WORDS, DOCUMENT_NOUNS, MONTHS_AND_DAYS, SPEECH_FORMS
from ..lexicon import DATING_PARTICIPLES as PUBLISHED

CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")
PHRASE_DEPS = ("prep", "npadvmod")  # "on Thursday", "Thursday evening"


def phrases_of_the_cue(doc: Doc) -> list[tuple[int, int]]:
    """(phrase head, cue) for a phrase that opens a reported clause with no "that", right after
    the cue and before the clause's subject: in "Ottawa said on Thursday it would appeal", "on
    Thursday" is when Ottawa said it, not when it would appeal, though the parser hangs it on
    "appeal". News writing puts the clause's own time after its subject or behind a "that".
    Only a phrase of a day, a month or a channel is moved (`_of_the_saying`)."""
    out = []
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.head.i > verb.i or verb.head.lower_ not in SPEECH_FORMS:
            continue
        cue = verb.head
        first = next((c for c in verb.children if c.left_edge.i == verb.left_edge.i), None)
        if first is None or first.dep_ not in PHRASE_DEPS or not _right_after(cue, first.left_edge) \
                or not _of_the_saying(first):
            continue
        if any(c.dep_ in CLAUSE_SUBJECTS and c.i > first.right_edge.i for c in verb.children):
            out.append((first.i, cue.i))
    return out


def _of_the_saying(phrase: Token) -> bool:
    """A phrase of a day or a month ("on Thursday", "Thursday evening", "in November") or of the
    channel ("in a statement"): what dates or carries words. Others may open the clause ("at
    first", "despite the delays", "after meeting the minister")."""
    objects = [t for t in phrase.children if t.dep_ == "pobj"]
    return any(t.lower_ in MONTHS_AND_DAYS or t.lower_ in DAY_WORDS for t in phrase.subtree) \
        or any(t.lower_ in CHANNEL_NOUNS or t.lower_ in DOCUMENT_NOUNS for t in objects)


def _right_after(cue: Token, first: Token) -> bool:
    """Nothing but the cue's own words (an object: "told reporters") stands between them."""
    return all(cue.i in (t.i, *(a.i for a in t.ancestors)) and t.dep_ != "ccomp"
               for t in cue.doc[cue.i + 1:first.i])


def participles_of_the_text(doc: Doc) -> list[tuple[int, int]]:
    """(participle, text) for a participle that tells what was done with the text the cue's
    words were in, right after it: in "the woman said in a victim impact statement read in court
    on Tuesday" the parser takes "read" for the clause she said, and the quotation before the cue
    loses its attribution. A participle with no subject nor auxiliary of its own that publishes
    or hands round a text (lexicon/dating-participles.txt) is the text's."""
    out = []
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.lower_ not in PUBLISHED or verb.i == 0:
            continue
        cue, text = verb.head, _text_before(doc[verb.i - 1])
        if cue.i > verb.i or cue.lower_ not in SPEECH_FORMS or text.dep_ != "pobj" \
                or not (text.lower_ in DOCUMENT_NOUNS or text.lower_ in CHANNEL_NOUNS) \
                or not any(a.i == cue.i for a in text.ancestors):
            continue
        if not any(c.dep_ in CLAUSE_SUBJECTS + ("aux", "auxpass", "mark") for c in verb.children):
            out.append((verb.i, text.i))
    return out


def _text_before(tok: Token) -> Token:
    """The text a participle right after `tok` may be of: `tok`, or the text `tok` was sent to
    ("a letter to Lalonde dated Oct. 22")."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.dep_ == "pobj":
        return prep.head
    return tok


def _said_after(participle: Token) -> Token | None:
    """The that-clause the parser hung on a participle of the text ("said in a letter to
    Lalonde dated Oct. 22 that she had received it"): what the cue's words say."""
    return next((c for c in participle.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
                 and c.left_edge.dep_ == "mark"), None)


def redraw(doc: Doc) -> None:
    """Hang each phrase of the cue on its cue, and each participle of the text on the text."""
    for phrase, cue in phrases_of_the_cue(doc):
        doc[phrase].head = doc[cue]  # the setter also redraws the edges of both subtrees
    for participle, text in participles_of_the_text(doc):
        said = _said_after(doc[participle])
        cue = doc[participle].head
        doc[participle].head = doc[text]
        doc[participle].dep_ = "acl"
        if said is not None:
            said.head = cue
