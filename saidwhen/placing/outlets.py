"""Outlets: the newspaper, network or programme a quote was said to ("told CNN").

An outlet is an interview's channel only where the text says the speaker spoke
to it or on it ("told The Canadian Press", "in an interview with the BBC",
"said on CNN's State of the Union"); "according to Reuters" or "wrote in The
Times" name where the words were printed, not who was spoken to.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import (CONVERSATION, LONE_OUTLET_WORDS, ON_AIR, ORG_NAME_WORDS, OUTLET_LAST_WORDS, OUTLET_NAMES,
                       OUTLET_NOUNS, TELLING, TITLES)

TOLD = {"told", "tell", "tells", "telling"}
# US and Canadian broadcasters' call signs: WABC-TV, KTLA, CFRB.
CALL_SIGN = re.compile(r"^(?:[KW][A-Z]{2,3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM))?$")
NAME_LINKS = {"and", "of", "&", "the"}
MEDIA_WORDS = {"TV", "Television", "Radio", "Network", "Channel", "Media"}
# First words of a broadcaster's name ("Radio Milltown", "Television Lyon").
MEDIA_FIRST_WORDS = {"Radio", "Television", "TV"}
INTERVIEWS = {"interview", "interviews"}
MULTIWORD_NAMES = [n for n in OUTLET_NAMES if " " in n]
# Steps from an outlet's name up to the verb or noun that says it was spoken to.
MAX_STEPS = 6
CLIMB = {"poss", "compound", "conj", "appos", "nmod", "amod", "npadvmod", "flat"}


def outlet_of(tok: Token) -> str | None:
    """The outlet `tok` names as the one a quote was said to: its name, "" for an unnamed
    one ("told the newspaper"), None if it names none."""
    if tok.i > 0 and _in_name(tok.doc[tok.i - 1]) and _in_name(tok):
        return None  # a name is looked at once, from its first word
    name = _name_at(tok)
    if name is not None and _names_another(name):
        return None  # "US TV network Fox News": the outlet is the name after the noun
    if name is not None and _is_outlet(name) and _spoken_to(name.root):
        return _outlet_part(name).text
    if name is None and tok.lower_ in OUTLET_NOUNS and tok.pos_ == "NOUN" and _told(tok):
        return ""
    return None


def names_outlet(tokens: list[Token]) -> bool:
    """Whether `tokens` (a subject, say) name a news outlet: "The Globe and Mail", "the newspaper"."""
    for tok in tokens:
        if tok.lower_ in OUTLET_NOUNS and tok.pos_ == "NOUN":
            return True
        name = _name_at(tok) if not (tok.i > 0 and _in_name(tok.doc[tok.i - 1])) else None
        if name is not None and _is_outlet(name):
            return True
    return False


def _name_at(tok: Token) -> Span | None:
    """The capitalised name that starts at `tok` ("The Globe and Mail", "BBC Radio 4")."""
    if not _in_name(tok) or tok.lower_ in NAME_LINKS:
        return None
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and (_in_name(doc[end]) or _links_names(doc, end)):
        end += 1
    start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "The" else tok.i
    return doc[start:end]


def _names_another(name: Span) -> bool:
    """A name that only describes the outlet named after it: "US TV network Fox News",
    "French radio station RTL"."""
    doc, end = name.doc, name.end
    return end + 1 < len(doc) and doc[end].lower_ in OUTLET_NOUNS and _in_name(doc[end + 1])


def _outlet_part(name: Span) -> Span:
    """"Bill Grant of Fox News" was told as one of Fox News; "Times of India" is one name."""
    for tok in name:
        if tok.lower_ == "of" and _is_outlet(name.doc[tok.i + 1:name.end]):
            return name.doc[tok.i + 1:name.end]
    return name


def _in_name(tok: Token) -> bool:
    if tok.text in OUTLET_NAMES:
        return True
    if tok.is_digit:
        return tok.i > 0 and tok.doc[tok.i - 1].is_title
    return (tok.is_title or tok.is_upper) and tok.is_alpha and not tok.is_sent_start \
        and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _links_names(doc, i: int) -> bool:
    """"and" or "of" inside a name: "The Globe and Mail", "Times of India"."""
    return doc[i].lower_ in NAME_LINKS and i + 1 < len(doc) and _in_name(doc[i + 1]) \
        and doc[i].text != "The"


def _is_outlet(name: Span) -> bool:
    if _typed_as_outlet(name):
        return True
    words = [t.text for t in name]
    if any(w in OUTLET_NAMES or CALL_SIGN.match(w) for w in words):
        return True
    text = name.text  # a Span joins its words anew on each access
    if any(n in text for n in MULTIWORD_NAMES):
        return True
    # A last word alone ("Times") is an outlet only as "the Times"; "Times Square" is no outlet.
    before = name.doc[name.start - 1].lower_ if name.start > 0 else ""
    if before in OUTLET_NOUNS:
        return True  # "radio station RTL", "the newspaper Le Monde": named as an outlet
    if words[0] == "The" and len(words) == 2:
        before, words = "the", words[1:]  # "The Hill", "The Star"
    if len(words) == 1:
        return before == "the" and words[0] in LONE_OUTLET_WORDS
    last = next(w for w in reversed(words) if not w.isdigit())  # "BBC Radio 4"
    if last in MEDIA_WORDS and all(t.pos_ == "ADJ" for t in name if t.text != last):
        return False  # "German TV", "national radio": a medium, no outlet's name
    return last in OUTLET_LAST_WORDS or last.title() in OUTLET_LAST_WORDS


def _typed_as_outlet(name: Span) -> bool:
    """An outlet by what the text makes of it, not by its name: "the Milltown Clarion
    newspaper", "the Clarion, a Milltown weekly", "Radio Milltown", and the one an interview
    is given to, "an interview with the Milltown Clarion" (not a title: "the Prime Minister",
    nor another organisation: "the White House")."""
    doc, root = name.doc, name.root
    words = [t for t in name if t.text != "The"]
    if _outlet_noun_after(name) and all(t.pos_ == "PROPN" for t in words):
        return True
    if any(c.dep_ == "appos" and c.lower_ in OUTLET_NOUNS for c in root.children):
        return True
    if len(words) > 1 and words[0].text in MEDIA_FIRST_WORDS:
        return True
    the = name.start > 0 and doc[name.start - 1].lower_ == "the" or name[0].text == "The"
    interviewed = root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lower_ in INTERVIEWS
    return the and interviewed and len(words) > 1 and \
        not any(t.lower_ in TITLES or t.lower_ in ORG_NAME_WORDS for t in words)


def _outlet_noun_after(name: Span) -> bool:
    """'the Milltown Clarion newspaper'; not 'French radio station RTL', whose noun goes on."""
    doc, end = name.doc, name.end
    if end >= len(doc) or doc[end].lower_ not in OUTLET_NOUNS or doc[end].pos_ != "NOUN":
        return False
    return end + 1 >= len(doc) or not (doc[end + 1].lower_ in OUTLET_NOUNS or _in_name(doc[end + 1]))


def _spoken_to(tok: Token) -> bool:
    """Whether the text says the speaker spoke to or on what `tok` heads."""
    for _ in range(MAX_STEPS):
        if tok.dep_ in ("dobj", "dative") and tok.head.lower_ in TOLD:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "told Bill O'Reilly of Fox News": the one told is the outlet's
            continue
        if tok.dep_ == "pobj":
            return _spoken_through(tok.head)
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in CONVERSATION:
            return True  # "a CNN interview", "CNN's interview"
    return False


def _told(tok: Token) -> bool:
    """An outlet named by a noun alone is an interview's only as the one told or interviewed
    with ("told the newspaper"); "said to the TV" is no interview."""
    if tok.dep_ in ("dobj", "dative"):
        return tok.head.lower_ in TOLD
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in CONVERSATION


def _spoken_through(prep: Token) -> bool:
    host = prep.head.lower_
    if prep.lower_ in ("to", "with"):
        return host in TELLING or host in CONVERSATION
    if prep.lower_ == "on":
        return host in ON_AIR
    return False
