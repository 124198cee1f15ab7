"""Descriptions an article ties to a name: the nouns that later stand for it.

"Ulster coach Mark McCall", "Debbie Kepler, the organist at the church", "the Lord
Chancellor, Lord Falconer,", "Hydro One, the province's largest utility", "Lynch is a
former prosecutor", "Ann Lee, who heads the agency": each ties a noun (coach, organist,
chancellor, utility, prosecutor, head) to a name, so that "the coach said" or "the utility
said" further on can be resolved to it.

Only the words and part-of-speech tags around the name are read, never the dependency
parse: these ties are taken from sentences anywhere in the article, which a faster
pipeline may leave unparsed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import columns

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

NOUN_TAGS = {"NN", "NNS"}
# What may stand inside a describing noun phrase before its head noun.
PHRASE_TAGS = {"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "HYPH", "NN", "NNS", "NNP", "NNPS", "VBN",
               "VBG", "RB", "``", "''"}
COPULAS = {"is", "was", "'s", "’s", "became", "becomes", "remains", "remained"}
SERVES = {"serves", "served", "works", "worked"}  # "... as the club's doctor"
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our"}
# "Ann Lee, who heads the agency": a verb of leading gives the role it names.
LEADING_VERBS = {"heads": "head", "headed": "head", "leads": "leader", "led": "leader", "runs": "head",
                 "ran": "head", "chairs": "chair", "chaired": "chair", "directs": "director",
                 "directed": "director", "manages": "manager", "managed": "manager", "coaches": "coach",
                 "coached": "coach", "founded": "founder", "owns": "owner", "owned": "owner",
                 "represents": "representative", "represented": "representative"}
PHRASE_REACH = 8  # tokens a describing phrase may run to


AGE = "year-old"
# Plurals that a list of organisations follows: "employers such as Monsanto".
ORG_PLURALS = {"companies", "firms", "employers", "brands", "businesses", "corporations", "retailers",
               "banks", "sponsors", "advertisers", "airlines", "automakers", "carmakers", "insurers",
               "lenders", "chains", "manufacturers", "charities", "agencies", "utilities", "organizations",
               "organisations", "groups", "unions", "networks", "broadcasters", "newspapers", "outlets"}


def tied_nouns(doc: Doc, start: int, end: int) -> list[str]:
    """Lower-cased nouns that the text ties to the name over tokens [start, end)."""
    ties = [_before(doc, start), _apposition_before(doc, start), _listed_after(doc, start),
            _age(doc, end), _after(doc, end)]
    return [t for t in ties if t]


def _age(doc: Doc, end: int) -> str:
    """'Cory James, 22, of Flint': a number between commas after a name is a person's age."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        return AGE if doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120 else ""
    return ""


def _listed_after(doc: Doc, start: int) -> str:
    """'local employers such as Monsanto', 'brands including Acme': a name listed after an
    organisations' plural is an organisation ('company')."""
    t, k = columns(doc), start - 1
    while k >= 0 and (t.text[k] == "," or t.lower[k] == "and" or t.tag[k] in ("NNP", "NNPS")):
        k -= 1  # "Hewlett Packard, Coca-Cola and Microsoft"
    if k >= 1 and t.lower[k] == "as" and t.lower[k - 1] == "such":
        k -= 2
    elif k >= 0 and t.lower[k] == "including":
        k -= 1
    else:
        return ""
    while k >= 0 and t.text[k] == ",":
        k -= 1
    return "company" if k >= 0 and t.lower[k] in ORG_PLURALS else ""


def _before(doc: Doc, start: int) -> str:
    """'Ulster coach Mark McCall', 'Federation boss Vassilli Sevastis': a common noun
    written right before a name is what the name is."""
    if start == 0:
        return ""
    tok = doc[start - 1]
    return tok.lower_ if tok.tag_ == "NN" and tok.text.islower() else ""


def _apposition_before(doc: Doc, start: int) -> str:
    """'the Lord Chancellor, Lord Falconer,', 'the agency's spokesperson, Ann Lee': a noun
    phrase opening its clause, a comma, then the name."""
    if start < 2 or doc[start - 1].text != ",":
        return ""
    head = doc[start - 2]
    if head.tag_ not in NOUN_TAGS | {"NNP"}:
        return ""
    for k in range(start - 3, max(-1, start - 2 - PHRASE_REACH), -1):
        tok = doc[k]
        if tok.lower_ in DETERMINERS:
            before = doc[k - 1] if k > 0 else None
            # "After the game, Smith said": a phrase inside a preposition's object describes nobody.
            if before is not None and (before.tag_ in ("IN", "TO") or before.tag_.startswith("VB")):
                return ""
            return head.lower_
        if tok.tag_ not in PHRASE_TAGS:
            return ""
    return ""


def _after(doc: Doc, end: int) -> str:
    """'Debbie Kepler, the organist at the church', 'Lynch is a former prosecutor',
    'Ann Lee, who heads the agency'."""
    if end >= len(doc):
        return ""
    tok = doc[end]
    if tok.text == ",":
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "who":
            return _after_who(doc, end + 2)
        return _phrase_head(doc, end + 1) if _closed(doc, end + 1) else ""
    if tok.lower_ in COPULAS:
        return _phrase_head(doc, end + 1, need_determiner=True)
    if tok.lower_ in SERVES and end + 1 < len(doc) and doc[end + 1].lower_ == "as":
        return _phrase_head(doc, end + 2, need_determiner=True)
    return ""


def _closed(doc: Doc, i: int) -> bool:
    """An apposition ends in a comma, a full stop or a relative pronoun before any verb: in
    'On the episode of The Show, the secretary said', what follows the comma is the subject."""
    t = columns(doc)
    for k in range(i, min(len(t), i + 3 * PHRASE_REACH)):
        if t.text[k] in (",", ".", ";", ")", "—", "–") or t.tag[k] in ("WP", "WDT"):
            return True
        if t.tag[k] in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return False


def _after_who(doc: Doc, i: int) -> str:
    if i >= len(doc):
        return ""
    if doc[i].tag_ == "RB" and i + 1 < len(doc):
        i += 1  # "who now runs the gym"
    word = doc[i].lower_
    if word in COPULAS:
        return _phrase_head(doc, i + 1, need_determiner=True)
    return LEADING_VERBS.get(word, "")


def _phrase_head(doc: Doc, i: int, need_determiner: bool = False) -> str:
    """The head noun of the noun phrase starting at token `i`: its last common noun before a
    preposition, a comma or a verb ('the organist at the church' -> 'organist')."""
    if need_determiner and (i >= len(doc) or doc[i].tag_ not in ("DT", "PRP$")):
        return ""
    head = ""
    for tok in doc[i:min(len(doc), i + PHRASE_REACH)]:
        if tok.tag_ not in PHRASE_TAGS and not _inside_name(tok):
            break
        if tok.tag_ in NOUN_TAGS and _is_word(tok):
            head = tok.lower_
        elif tok.tag_ in ("NNP", "NNPS") and head:
            break  # "the coach Tom Reyes": a name after the noun ends the phrase
    return head


def _inside_name(tok: Token) -> bool:
    """'Color of Change's executive director': a small word between capitalised words."""
    doc = tok.doc
    return tok.lower_ in ("of", "for", "and", "&", "on") and 0 < tok.i < len(doc) - 1 and \
        doc[tok.i - 1].tag_ in ("NNP", "NNPS") and doc[tok.i + 1].tag_ in ("NNP", "NNPS")


def _is_word(tok: Token) -> bool:
    return tok.text.isalpha() or "-" in tok.text
