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

from ..lexicon import (CHILDREN_PARENTS, FAMILY_NOUNS, GOVERNMENTS, KIN_ADJECTIVES, OWNED_BODIES, RELATIVE_POSSESSIVES,
                       TITLES)
from ..lexicon import INDEFINITE_DETERMINERS
from ..lexicon import COPULAS, PERFECT_AUXILIARIES, SERVES, TIE_DETERMINERS as DETERMINERS, LEADING_VERBS, ORG_PLURALS
from ..parsing.words import Columns, columns
from .descriptions import age_of
from .lexicon import person_noun

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

NOUN_TAGS = {"NN", "NNS"}
# What may stand inside a describing noun phrase before its head noun.
PHRASE_TAGS = {"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "HYPH", "NN", "NNS", "NNP", "NNPS", "VBN",
               "VBG", "RB", "``", "''"}
PHRASE_REACH = 8  # tokens a describing phrase may run to
KIN_ADJECTIVES_AT_MOST = 2  # adjectives between a possessive and a family noun: "his older sister"


AGE = "year-old"


def tied_nouns(doc: Doc, start: int, end: int) -> list[str]:
    """Lower-cased nouns that the text ties to the name over tokens [start, end)."""
    ties = [role_before(doc, start) or _called_before(doc, start), _apposition_before(doc, start, end),
            _listed_after(doc, start, end),
            _age(doc, end), *_after(doc, end).split(), *_led_by(doc, start).split(), _parent_of(doc, end)]
    family = _family_before(doc, start)
    return [t for t in ties if t] + ([family] if family and family not in ties else [])


def _parent_of(doc: Doc, end: int) -> str:
    """'Sheila Marsh and her three children were asleep', 'Dev Rao was driving his two daughters':
    "her" or "his" and a noun of children (a number between) in the clause of the name ending at
    token `end`, before any other name or punctuation, make the name a mother or a father, so that
    "the mother of three said" further on is that person; "her" and "his" are the name's own
    there, as no other name stands between. Only a name that is no verb's or preposition's object
    ('Farah Azimi fled Kabul with her three children': the city is no mother)."""
    t = columns(doc)
    start = end - 1
    while start > 0 and t.tag[start - 1] in ("NNP", "NNPS"):
        start -= 1
    if start > 0 and (t.tag[start - 1].startswith("VB") or t.tag[start - 1] in ("IN", "TO")):
        return ""
    for k in range(end, min(len(t) - 1, end + PHRASE_REACH)):
        if t.tag[k] in ("NNP", "NNPS") or not t.text[k][:1].isalnum():
            return ""
        if t.lower[k] in ("her", "his") and t.tag[k] == "PRP$":
            j = k + 1
            while j < len(t) - 1 and (t.tag[j] == "CD" or t.tag[j] == "JJ"):
                j += 1  # "her three young children"
            parents = CHILDREN_PARENTS.get(t.lower[j], "").split()
            if len(parents) != 2 or j + 1 >= len(t) or t.tag[j + 1] == "POS" or t.lower[j + 1] in ("'s", "’s"):
                return ""  # "her son's teacher": the teacher is named
            return parents[0] if t.lower[k] == "her" else parents[1]
    return ""


def _family_before(doc: Doc, start: int) -> str:
    """'Brar's father, Harjinder Brar,', 'her son Luc': a family noun after a possessive, right
    before a name (a comma between them or not), is what the name is to someone, read by its
    words alone, as a sentence the pipeline left untagged is read too ('the widow, Tom Lee' is
    not: lexicon/relative-possessives.txt)."""
    t, i = columns(doc), start - 1
    if i >= 1 and t.text[i] == ",":
        i -= 1
    if i < 1 or not t.text[i].islower() or t.lower[i] not in FAMILY_NOUNS:
        return ""
    k = i - 1
    while k > 0 and i - k <= KIN_ADJECTIVES_AT_MOST and t.lower[k] in KIN_ADJECTIVES:
        k -= 1  # "His older sister, Kayla Morin,", "her late husband, Tom Lee"
    return t.lower[i] if t.lower[k] in RELATIVE_POSSESSIVES else ""


def body_of(doc: Doc, start: int, end: int) -> str:
    """'Acme's board', 'the Teamsters union', 'the board of the Acme Trust': a body that
    belongs to an organisation, so that "the board said" later is that organisation. Read for
    every name (an organisation's name has no roles, and a body is none of its roles: it does
    not make the name an organisation's, the words of the name do)."""
    t = columns(doc)
    k = end + 1 if end < len(t) and t.tag[end] == "POS" else end
    while k < len(t) and k < end + 3 and t.tag[k] == "JJ":
        k += 1  # "Acme's executive board"
    if k < len(t) and t.tag[k] == "NN" and t.lower[k] in OWNED_BODIES:
        return t.lower[k]
    k = start - 1
    if k >= 0 and t.lower[k] == "the":
        k -= 1
    if k >= 1 and t.lower[k] == "of" and t.tag[k - 1] == "NN" and t.lower[k - 1] in OWNED_BODIES:
        return t.lower[k - 1]
    return ""


def government_of(doc: Doc, start: int, end: int) -> frozenset[str]:
    """'The Ontario government', 'Alberta's provincial government', 'Lowden city council', 'the
    province of Alberta': the name over tokens [start, end) is a place whose government the
    article names, so that "the province said" or "the government said" later is that place.
    The descriptions that then stand for it (lexicon/governments.txt); none if it is no such
    place. (Whether the name is a place's at all, not a party's or a person's, is the caller's.)"""
    t = columns(doc)
    k = end + 1 if end < len(t) and t.tag[end] == "POS" else end
    while k < len(t) and k < end + 3 and t.tag[k] == "JJ":
        k += 1  # "Alberta's provincial government"
    # "city" in "Lowden city council" may be tagged a proper noun; written in lower case it is none.
    if k < len(t) and t.tag[k] in ("NN", "NNP") and t.text[k].islower() and t.lower[k] in GOVERNMENTS:
        return GOVERNMENTS[t.lower[k]]
    k = start - 1
    if k >= 0 and t.lower[k] == "the":
        k -= 1
    if k >= 1 and t.lower[k] == "of" and t.tag[k - 1] == "NN" and t.text[k - 1].islower() and \
            t.lower[k - 1] in GOVERNMENTS:
        return GOVERNMENTS[t.lower[k - 1]]
    return frozenset()


def _age(doc: Doc, end: int) -> str:
    """'Cory James, 22, of Flint': a number between commas after a name is a person's age."""
    return AGE if stated_age(doc, end) is not None else ""


def stated_age(doc: Doc, end: int) -> int | None:
    """The age in years that 'Cory James, 22, of Flint' writes between commas after the name
    ending at token `end`, or that an apposition opens with ('Ann Lee, a 61-year-old
    bookkeeper,', closed before any verb); None where there is none."""
    t = columns(doc)
    if end + 2 < len(t) and t.text[end] == "," and doc[end + 1].like_num and t.text[end + 2] == ",":
        return int(t.text[end + 1]) if t.text[end + 1].isdigit() and 0 < int(t.text[end + 1]) < 120 else None
    if end + 2 < len(t) and t.text[end] == "," and t.lower[end + 1] in DETERMINERS and t.text[end + 2][:1].isdigit() \
            and _closed(doc, end + 1):
        # "61-year-old" is one token or five ("61 - year - old"), its number first either way;
        # "Speaking to Le Matin, the 24-year-old Swiss added" opens the subject, no apposition
        for k in (end + 2, end + 6):
            if k < len(t) and (age := age_of(doc[k])) is not None:
                return age if 0 < age < 120 else None
    return None


def _listed_after(doc: Doc, start: int, end: int) -> str:
    """'local employers such as Monsanto', 'brands including Acme': a name listed after an
    organisations' plural is an organisation ('company'); in 'firms including Russia's Acme'
    the possessor is not the one listed."""
    t, k = columns(doc), start - 1
    if end < len(t) and (t.tag[end] == "POS" or t.lower[end] in ("'s", "’s")):  # tags may be unread here
        return ""
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


def role_before(doc: Doc, start: int) -> str:
    """'Ulster coach Mark McCall', 'Federation boss Vassilli Sevastis': a common noun
    written right before a name is what the name is; after a title and "of" ("secretary of
    state Ann Lee") the title is ("the daughter of activist Tom Lee" leaves him an activist)."""
    if start == 0:
        return ""
    t, k = columns(doc), start - 1
    if t.tag[k] != "NN" or not t.text[k].islower():
        return ""
    if k >= 2 and t.lower[k - 1] == "of" and t.text[k - 2].islower() and t.lower[k - 2] in TITLES:
        return t.lower[k - 2]  # "secretary of state Ann Lee": the office's title, not the state
    return t.lower[k]


def called_before(doc: Doc, start: int) -> bool:
    """Whether the name at `start` is given by "named" or "called" right after a person's noun
    ('a 52-year-old resident named Caroline', 'a nurse called Ann Lee')."""
    return bool(_called_before(doc, start))


def _called_before(doc: Doc, start: int) -> str:
    """'a resident named Caroline': the person's noun that "named" or "called" gives the name."""
    if start < 2:
        return ""
    t = columns(doc)
    if t.lower[start - 1] not in ("named", "called") or t.tag[start - 1] != "VBN" or t.tag[start - 2] != "NN":
        return ""
    return t.lower[start - 2] if person_noun(t.lower[start - 2]) else ""


def _apposition_before(doc: Doc, start: int, end: int) -> str:
    """'the Lord Chancellor, Lord Falconer,', 'the agency's spokesperson, Ann Lee': a noun
    phrase opening its clause, a comma, then the name. A possessor may open it in place of a
    determiner where the phrase opens its sentence: 'Brar's father, Harjinder Brar, sat'. A
    verb's object may be it too, where the noun is a person's and the name ends in a comma or
    a full stop: 'Greer introduced the new fire chief, Nadia Petrov, on Monday' (not 'After
    they beat the champions, Lee said', whose name opens the main clause)."""
    t = columns(doc)
    if start < 2 or t.text[start - 1] != ",":
        return ""
    head = start - 2
    if t.tag[head] not in NOUN_TAGS | {"NNP"}:
        return ""
    possessed = False
    for k in range(start - 3, max(-2, start - 2 - PHRASE_REACH), -1):
        if k < 0:  # "Brazil's environment minister, Luiza Prado," opening the article itself
            return t.lower[head] if possessed and t.tag[head] in NOUN_TAGS else ""
        if t.lower[k] in DETERMINERS or _indefinite(t.lower[k]) and _opens_sentence(doc, k):
            # "After the game, Smith said": a phrase inside a preposition's object describes nobody.
            if k > 0 and t.tag[k - 1] in ("VBD", "VBZ", "VBP") and _closed_name(t, end) and \
                    person_noun(t.lower[head]):
                return t.lower[head]
            if k > 0 and (t.tag[k - 1] in ("IN", "TO") or t.tag[k - 1].startswith("VB")):
                return ""
            return t.lower[head]
        if t.tag[k] not in PHRASE_TAGS:
            return t.lower[head] if possessed and _opens_sentence(doc, k + 1) and t.tag[head] in NOUN_TAGS else ""
        possessed = possessed or t.tag[k] == "POS"
    return ""


def _indefinite(word: str) -> bool:
    """'One father, Kunle Adeyemi,', 'A nurse, Ann Lee,': an indefinite determiner (or "one")
    opening an apposition that opens its sentence ties its noun to the name as well."""
    return word in INDEFINITE_DETERMINERS or word == "one"


def _closed_name(t: Columns, end: int) -> bool:
    """Whether the name ending before token `end` ends in a comma or a full stop: an apposition's
    own end, not the comma after a leading clause."""
    return end < len(t) and t.text[end] in (",", ".")


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token `i` is the first word of its sentence or paragraph, by the words before
    it (the parse may be left out here)."""
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?")


def _after(doc: Doc, end: int) -> str:
    """'Debbie Kepler, the organist at the church', 'Lynch is a former prosecutor',
    'Ann Lee, who heads the agency'."""
    t = columns(doc)
    if end >= len(t):
        return ""
    if t.text[end] == ",":
        if end + 1 < len(t) and t.lower[end + 1] == "who":
            return _after_who(doc, end + 2)
        if relative_after(doc, end):
            return ""  # "Osman Idris, his wife, Hawa Idris, and their children": she is the wife
        return _phrase_head(doc, end + 1) if _closed(doc, end + 1) else ""
    if t.lower[end] in COPULAS:
        return _phrase_head(doc, end + 1, need_determiner=True)
    if t.lower[end] in SERVES and end + 1 < len(t) and t.lower[end + 1] == "as":
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


def _led_by(doc: Doc, start: int) -> str:
    """'The team was coached by Walt Sorensen', 'a firm owned by Ann Lee': a verb of leading in
    the passive, right before the name and its "by", gives the role as its clause on a name
    does ('who coached the team')."""
    t = columns(doc)
    if start < 2 or t.lower[start - 1] != "by" or t.tag[start - 2] != "VBN":
        return ""
    return LEADING_VERBS.get(t.lower[start - 2], "")


def relative_after(doc: Doc, end: int) -> str:
    """'Osman Idris, his wife, Hawa Idris,': the possessive of a family noun set between the
    name ending at token `end` and another name, which is that other's apposition and whose
    possessive refers to the first ('his'); '' where there is none ('Tom Lee, her husband,
    said' is his own apposition)."""
    t = columns(doc)
    if end + 2 < len(t) and t.text[end] == "," and t.tag[end + 1] == "PRP$" and \
            _phrase_head(doc, end + 1) in FAMILY_NOUNS and _name_follows(doc, end + 1):
        return t.lower[end + 1]
    return ""


def _name_follows(doc: Doc, i: int) -> bool:
    """Whether the phrase starting at token `i` ends in a comma with a name right after it: the
    phrase is that name's apposition, not the one before ('Tom Lee, his wife, Ann Lee, and')."""
    t = columns(doc)
    for k in range(i, min(len(t) - 1, i + PHRASE_REACH)):
        if t.text[k] == ",":
            return t.tag[k + 1] == "NNP"
    return False


def _after_who(doc: Doc, i: int) -> str:
    t = columns(doc)
    if i >= len(t):
        return ""
    if t.tag[i] == "RB" and i + 1 < len(t):
        i += 1  # "who now runs the gym"
    if t.lower[i] in PERFECT_AUXILIARIES and i + 1 < len(t) and t.tag[i + 1] == "VBN":
        i += 1  # "who has investigated fires for 30 years"
    word = t.lower[i]
    if word in COPULAS:
        return _phrase_head(doc, i + 1, need_determiner=True)
    return LEADING_VERBS.get(word, "")


def _phrase_head(doc: Doc, i: int, need_determiner: bool = False) -> str:
    """The head noun of the noun phrase starting at token `i`: its last common noun before a
    preposition, a comma or a verb ('the organist at the church' -> 'organist')."""
    t = columns(doc)
    if need_determiner and (i >= len(t) or t.tag[i] not in ("DT", "PRP$")):
        return ""
    head = ""
    for k in range(i, min(len(t), i + PHRASE_REACH)):
        if t.tag[k] not in PHRASE_TAGS and not _inside_name(t, k):
            break
        if head and t.tag[k] in ("VBG", "VBN") and k + 1 < len(t) and t.tag[k + 1] in ("DT", "PRP$"):
            break  # "the provincial agency building the line": a clause on the noun, no part of it
        if t.tag[k] in NOUN_TAGS and _is_word(t.text[k]):
            head = t.lower[k]
        elif t.tag[k] == "POS":
            head = ""  # "the party's Treasury spokesman": the possessor is not what the name is
        elif t.tag[k] in ("NNP", "NNPS") and head:
            break  # "the coach Tom Reyes": a name after the noun ends the phrase
    return head


def _inside_name(t: Columns, i: int) -> bool:
    """'Color of Change's executive director': a small word between capitalised words."""
    return t.lower[i] in ("of", "for", "and", "&", "on") and 0 < i < len(t) - 1 and \
        t.tag[i - 1] in ("NNP", "NNPS") and t.tag[i + 1] in ("NNP", "NNPS")


def _is_word(text: str) -> bool:
    return text.isalpha() or "-" in text
