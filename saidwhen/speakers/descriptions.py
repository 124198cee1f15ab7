"""What a speaker phrase without a name describes: a person, a group, an organisation or a
document ("the 24-year-old Swiss", "the pair", "the utility", "the report").

These functions only classify the phrase by its words and tags; the resolver decides whom
it stands for.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (COMPILED_NUMBERS, COUNTERPART_OFFICES, DEMONYMS, DOCUMENT_NOUNS, FIGURES_OF_PEOPLE, FILED_DOCUMENTS,
                       FINDINGS, GENERIC_ORG_NOUNS,
                       GOVERNING_PARTIES, OFFICE_ADJECTIVES, ORG_NOUNS, ORG_PLURALS, PAIR_NOUNS, PAST_HOLDERS, PRESS_NOUNS, ROLE_NOUNS,
                       TITLES)
from ..lexicon import DEFINITE_DETERMINERS as DEFINITE
from ..lexicon import PARTY_MEMBERS

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Token

AGE = "year-old"


def word_of(head: Token) -> str:
    """The word a description is matched by: its head noun, or 'year-old' for an age."""
    return AGE if is_age(head) else head.lower_


def is_age(head: Token) -> bool:
    """'the 24-year-old', 'the 19-year-old said': an age standing for a person."""
    text = head.lower_
    if text.endswith("-year-old"):
        return True
    doc = head.doc
    return text == "old" and head.i > 1 and doc[head.i - 1].text == "-" and \
        doc[head.i - 2].lower_ in ("year", "years")


def age_of(head: Token) -> int | None:
    """The number of years an age description gives ('the 19-year-old' -> 19); None where the
    head is no age or its number is not written in figures."""
    if not is_age(head):
        return None
    text = head.lower_
    if text.endswith("-year-old"):
        number = text.split("-", 1)[0]
    else:  # "19 - year - old", split by the tokenizer
        number = head.doc[head.i - 4].text if head.i > 3 and head.doc[head.i - 3].text == "-" else ""
    return int(number) if number.isdigit() else None


def qualifiers(head: Token) -> frozenset[str]:
    """Capitalised words a description puts before its head ('the Glasgow Kelvin MP'), lower-cased."""
    return frozenset(t.lower_ for t in head.lefts if t.tag_ in ("NNP", "NNPS") and t.lower_ != "the"
                     and not t.text.islower())


PAST = "former"  # the mark of a role held before, among the words a role was given with


def is_past(head: Token) -> bool:
    """Whether the description is of a role held before: 'the former president', 'the ex-minister'."""
    return any(t.lower_ in PAST_HOLDERS for t in head.lefts)


COUNTERPART = "shadow"  # the mark of a title held as the opposition's counterpart of an office


def is_counterpart(head: Token) -> bool:
    """Whether the description is of the opposition's counterpart of an office: 'the shadow
    chancellor', 'the shadow home secretary' (the parser may hang "shadow" on "home")."""
    return any(t.lower_ in COUNTERPART_OFFICES for t in head.doc[head.left_edge.i:head.i])


def peoples(head: Token) -> frozenset[str]:
    """Adjectives of a people or place a description puts before its head ('the French
    president', 'the Iraqi minister'), lower-cased: whose office it is."""
    return frozenset(t.lower_ for t in head.lefts if t.tag_ == "JJ" and t.text[:1].isupper()
                     and not t.is_sent_start)


def kinds_of_role(head: Token) -> frozenset[str]:
    """Common nouns a description puts before its head ('the health minister', 'the union
    president'), and adjectives that are part of an office's title ('the chief minister', 'the
    prime minister', 'the chief executive'; office-adjectives.txt): which minister or president,
    where the article tells."""
    return frozenset(t.lower_ for t in head.lefts if t.text.islower() and (
        t.dep_ == "compound" and t.tag_ in ("NN", "NNS", "NNP") or t.lower_ in OFFICE_ADJECTIVES))


def singular(word: str) -> str:
    """The singular of a plural noun as roles are written ('prosecutors' -> 'prosecutor',
    'deputies' -> 'deputy'); a word without a plural ending is kept ('police')."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def is_bare(head: Token) -> bool:
    """'The agency', 'the government': a description with nothing before its noun but a
    determiner ('the law enforcement agency', 'the federal government' are not)."""
    return all(t.tag_ in ("DT", "PRP$") for t in head.lefts)


def is_demonym(head: Token) -> bool:
    """'the Russian', 'the Swiss', 'the Quebecer': a nationality or origin used as a noun."""
    return head.text[:1].isupper() and head.lower_ in DEMONYMS


def is_party_member(head: Token) -> bool:
    """'the Liberal', 'the Republican', 'the Ohio Republican': one member of a party, a noun
    capitalised as the party is, with nothing before it but a determiner and the words of a
    capitalised place (the state or riding the member sits for)."""
    return head.text[:1].isupper() and head.tag_ == "NNP" and head.lower_ in PARTY_MEMBERS and \
        all(t.tag_ in ("DT", "PRP$") or t.tag_ == "NNP" and t.dep_ == "compound" and t.text[:1].isupper()
            for t in head.lefts)


def person_gender(head: Token) -> str | None:
    """The gender a description of a person implies ("" when none), or None if it does not
    describe a person ("the company", "the report")."""
    word = _hyphened(head)
    if word in ROLE_NOUNS or word in TITLES:
        return ROLE_NOUNS.get(word) or TITLES.get(word, "")
    if is_demonym(head) or is_party_member(head) or is_age(head) or \
            any(is_age(t) for t in head.lefts if t.dep_ != "poss"):
        # "the 28-year-old world number one": an age before any noun makes it a person; an age
        # that owns the noun ("the 52-year-old's enthusiasm") does not
        return ""
    return None


def _hyphened(head: Token) -> str:
    """'fly-half', 'centre-back': a role the tokenizer splits at its hyphen, whose head is then
    "half", read whole where the whole is a known role or title; else the head word
    ("secretary-general" is read as "general", a title)."""
    doc = head.doc
    if head.i > 1 and doc[head.i - 1].text == "-" and not doc[head.i - 2].whitespace_ and \
            not doc[head.i - 1].whitespace_:
        whole = f"{doc[head.i - 2].lower_}-{head.lower_}"
        if whole in ROLE_NOUNS or whole in TITLES:
            return whole
    return head.lower_


def is_org_noun(head: Token) -> bool:
    return head.lower_ in ORG_NOUNS or head.lower_ in PRESS_NOUNS


def is_company_plural(token: Token) -> bool:
    """'the companies', 'three carriers', 'technology firms': a plural that only firms and other
    bodies are called by (org-plurals.txt, and the plurals of generic-org-nouns.txt)."""
    word = token.lower_
    return token.tag_ == "NNS" and (word in ORG_PLURALS or word != singular(word) in GENERIC_ORG_NOUNS)


def is_document(head: Token) -> bool:
    return head.lower_ in DOCUMENT_NOUNS or head.lower_ in FINDINGS or is_compiled_numbers(head)


def is_compiled_numbers(head: Token) -> bool:
    """'Home Office figures', 'data from comScore': numbers that speak for whoever compiled them."""
    return head.lower_ in COMPILED_NUMBERS and not _figures_of_people(head)


def _figures_of_people(head: Token) -> bool:
    """'Some GOP figures declared', 'senior Labour figures', 'figures who ...': people, who speak
    for their party and are unnamed, not numbers that speak for whoever compiled them."""
    if head.lower_ != "figures":
        return False
    words = {t.lower_ for t in head.children if t.dep_ in ("det", "amod", "compound", "nmod", "poss")}
    # "some GOP establishment figures"; not "Labor Department figures", a department's numbers
    further = {t.lower_ for c in head.children if c.dep_ in ("amod", "compound") for t in c.children
               if t.dep_ in ("amod", "compound", "advmod")}
    who = any(c.dep_ == "relcl" and any(t.lower_ in ("who", "whom") for t in c.children) for c in head.children)
    return who or bool(words & (FIGURES_OF_PEOPLE | GOVERNING_PARTIES) or further & FIGURES_OF_PEOPLE)


def is_group(head: Token) -> bool:
    """'the pair', 'the two', 'the progressive heavyweights': people named together before."""
    return head.lower_ in PAIR_NOUNS or head.tag_ == "NNS"


def owner_heads(head: Token) -> list[Token]:
    """Who a document belongs to, within its own phrase: 'Oxfam's report', 'the AP report',
    'a report by the council', 'a report in the Des Moines Register'. A name written right before
    the noun comes before a possessive: "Uganda's New Vision newspaper" is New Vision, in Uganda."""
    # "an SEC filing", "a Federal Court filing": the body a document was filed with is no maker.
    before = ("poss",) if head.lower_ in FILED_DOCUMENTS else ("poss", "compound", "nmod")
    out = sorted((c for c in head.children if c.dep_ in before and c.tag_ in ("NNP", "NNPS")),
                 key=lambda c: c.dep_ == "poss")
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "in", "of"):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    # "The report, by consultancy Ashdown, said": the parser may hang a "by" set off by commas
    # on the verb; between the subject and its verb, it is still the document's maker.
    if head.dep_ == "nsubj" and head.head.i > head.i:
        out.extend(c for prep in head.head.children if prep.dep_ == "prep" and prep.lower_ == "by"
                   and head.i < prep.i < head.head.i for c in prep.children if c.dep_ == "pobj")
    return out
