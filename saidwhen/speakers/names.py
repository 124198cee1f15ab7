"""Finding the names an article writes: runs of proper nouns, with their titles and roles.

No entity recogniser runs (it would double the parse time); a name is a run
of proper nouns, read from the words and tags of the parse, with the title
before it set apart ("Former Pennsylvania Gov. Ed Rendell": the name "Ed
Rendell", the title "gov."), the nouns the article ties to it ("the actress"),
and whether it is introduced as someone's relative. Grouping the names into
entities is saidwhen.speakers.entities.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from ..parsing.marks import QUOTE_MARK_TOKENS
from ..parsing.spans import SpanSet
from ..parsing.texts import text_of
from ..parsing.words import Columns, columns, positions

from ..lexicon import DOCUMENT_NOUNS, WRITINGS
from ..lexicon import (BODY_FIELDS, CHAMBERS, CORPORATE_SUFFIXES, CREDIT_WORDS, DEMONYMS, FAMILY_NOUNS, FEMALE_NAMES, GIVEN_NAMES,
                       GOVERNMENT_FIELDS, MONTHS_AND_DAYS, NAME_MODIFIERS, NAME_PARTICLES, NAMED_FOR_WORDS, NEWSPAPER_WORDS,
                       OFFICE_RANKS, ORG_CONNECTORS, ORG_NAME_WORDS, PARTY_LETTERS, PARTY_MEMBERS, PLURAL_POSSESSORS, POST_NOMINALS, SAINTS,
                       ROLE_NOUNS, SENTENCE_ADVERBS, TITLE_CASE_SMALL_WORDS, TITLE_PAIRS, TITLES, WEEKDAYS)
from ..lexicon import CAPITALISED_PEOPLE, GIVEN_NAME_TITLES, IRISH_BODY_WORDS, JUDGES
from ..lexicon import NAME_HONORIFICS as HONORIFICS
from ..lexicon import FRENCH_BODY_WORDS, FRENCH_NAME_LINKS
from ..lexicon import GOVERNMENT_BODIES, PROVINCE_NAME_ENDS
from ..lexicon import ACRONYM_SKIPS, TITLE_OFFICES, INDEFINITE_DETERMINERS
from .acronyms import acronym_of
from .descriptions import singular
from ..lexicon import AMPERSANDS, BYLINE_WORDS, COUNTRY_LETTERS, COMMITTEE_WORDS, OFFICE_LINKS, OFFICES_FOR, ORG_NOUNS, SPEECH_FORMS
from ..lexicon import GENERATIONAL_SUFFIXES, MEMBER_CAUSES, MINISTRY_FIELDS, NUMBERED_NAME_WORDS
from ..lexicon import RESIDENCE_PREPOSITIONS
from .descriptions import singular
from .ties import tied_nouns

# A chapter's number: "47", "1006A".
CHAPTER_NUMBER = re.compile(r"^\d{1,5}[A-Z]?$")

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

NAME_TAGS = {"NNP", "NNPS"}
NUMBER_TAG = frozenset({"CD"})
NAME_TAG_WORDS = frozenset(NAME_TAGS)
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
CUE_TAGS = frozenset({"VBD", "VBZ"})  # a cue's verb right after a name: "Park Ji-hoon said"
APPOSITION_REACH = 7  # words of ", a High Court judge in Harare" read for what it calls its bearer
# What the tagger reads a given name's second syllable as ("Ji-hoon", "Soo-ah": a noun, an interjection)
SYLLABLE_TAGS = frozenset({"NN", "UH"})
PLURAL_TAG = frozenset({"NNS"})
COMMON_NOUN_TAG = frozenset({"NN"})
MEMBER_TAGS = frozenset({"NNS", "NNP", "NNPS"})
HYPHEN = frozenset({"-"})
MODAL_TAG = frozenset({"MD"})
GLUE_MARKS = frozenset({",", "'", "’"})
SLASH = frozenset({"/"})
POSSESSIVE_TAG = frozenset({"POS"})
SMALL_NAME_WORDS = frozenset(NAME_PARTICLES | ORG_CONNECTORS)
NOT_POST_NOMINAL_AFTER = NAME_MODIFIERS | PARTY_MEMBERS  # "Veteran Labour MP": letters after these are a role's


@dataclass(slots=True)
class NameMention:
    """One occurrence of a name: token range [start, end) without any title."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str = ""  # lower-cased title before the name, "ms." or "prime minister"
    roles: list[str] = field(default_factory=list)  # role nouns said of it ("the actress")
    relative: bool = False  # named as someone's relative: "her son Luc", "mother of Sean Smith"
    # Where the place of an office written with "of", "to" or "for" starts when no known given name
    # tells where the name starts after it ("Ambassador to the United States Hamdullah Mohib"):
    # the entity recogniser may say (saidwhen.speakers.bounds). None for any other name.
    place: int | None = None


def _glued_to_a_prefix(t, hyphen: int) -> int:
    """1 where the hyphen joins a lower-case prefix to the word after it ("The pro-Christie Union
    Leader", "ex-Wings singer"): that word belongs to the modifier, and no name starts with it
    (nor with the hyphen); else 0."""
    return int(hyphen > 0 and hyphen + 1 < len(t) and not t.whitespace[hyphen - 1] and not t.whitespace[hyphen]
               and t.text[hyphen - 1].isalpha() and t.text[hyphen - 1].islower())


def name_mentions(doc: Doc) -> list[NameMention]:
    """The names of one parsed article in text order, each without its title."""
    out, i = [], 0
    t = columns(doc)
    n = len(t)  # read once: each `len(t)` in the loops below is a Python call of Columns.__len__
    headlines = _headline_lines(text_of(doc))
    candidates = _maybe_name_words(doc)
    labels = _labels(t, candidates)
    while i < n:
        if i in labels:
            i += 1
        elif i not in candidates:
            k = bisect_left(candidates.sorted, i)
            i = candidates.sorted[k] if k < len(candidates.sorted) else n
        elif t.idx[i] in headlines:
            i += 1
        elif t.text[i] == "-":
            i += 1 + _glued_to_a_prefix(t, i)
        elif _is_name_word(t, i):
            j = i
            while j < n and j not in labels and (j == i or _is_name_word(t, j)) and "\n" not in t.whitespace[j] \
                    and not (j > i and t.sent_start[j] and t.text[j - 1].endswith(".")) \
                    and not (j > i and _person_after_party(t, i, j)) and not (j > i + 1 and _after_closing_initial(t, j)):
                j += 1  # "... Systems Corp. Corvid said": a name ends with its sentence
            j = max(j, i + 1)
            end = j
            while end > i + 1 and t.lower[end - 1] in SMALL_NAME_WORDS and not _particle_as_surname(t, end - 1):
                end -= 1  # "Party on Sunday": a small word ends no name
            named = end
            # "Ann Lee QC", "Tom Hart MP OBE": letters after a name are not part of it; "the
            # Glasgow Kelvin MP" is a description (`_split_title`), no name, unless an office
            # opens it ("Chairman of the Audit Committee Ann Lee MP").
            description = i > 0 and t.lower[i - 1] == "the" and _office_before(t, i) is None
            while named > i + 2 and t.text[named - 1] in POST_NOMINALS and not description and \
                    t.lower[named - 2] not in NOT_POST_NOMINAL_AFTER:
                named -= 1  # but "Veteran Labour MP" names no one: a party's member is a role
            fields_end = _fields_after_of(t, i, named) if named == end else named
            if fields_end > named:
                named = end = j = fields_end  # "Ministry of Children, Community and Social Services"
            committee = _committee_after(t, end)
            first = _fields_before(t, i, named)
            if first < i and out and out[-1].start >= first:
                out.pop()  # "Immigration" alone, before its comma: the department's first field
            found = _split_title(doc, _after_inverted_cue(t, _after_credit(t, first, named), named),
                                 committee or named)
            if found and named < end and found[-1].end == named:
                found[-1].end = end  # but stay in its tokens: the parse often heads the name with "QC"
            if found and _titled_by_fields(found[0]):
                fields = _ministry_fields_before(t, first)
                while out and out[-1].start >= fields:
                    out.pop()  # "Energy, Mines and Resources Minister Ann Lee": the ministry's fields
            out.extend(found)
            i = committee or j
        else:
            i += 1
    return _shared_surnames(t, _over_nicknames(t, out))


def _particle_as_surname(t: Columns, i: int) -> bool:
    """'Priya Das', 'Kim Le': a particle written with a capital right after a known given name,
    ending the run, is the surname ('Maria das Dores', 'Party on Sunday' are not)."""
    return t.text[i][:1].isupper() and t.text[i][1:].islower() and t.lower[i] in NAME_PARTICLES \
        and t.lower[i - 1] in GIVEN_NAMES


def _after_closing_initial(t: Columns, j: int) -> bool:
    """'the premiere of Agent X. Nadia Corbin, the daughter of ...': a lone initial after a name's
    word, then two capitalised words and the comma of an apposition, closes a sentence the
    splitter did not end (a name's middle initial has one surname after it: "John F. Kennedy");
    not where the words after it name a body ("Lyndon B. Johnson Space Center"), end in a
    generation ("Robert F. Kennedy Jr.") or a second initial follows ("George H. W. Bush")."""
    initial = t.text[j - 1]
    if len(initial) != 2 or initial[1] != "." or not initial[0].isupper() or j + 1 >= len(t):
        return False
    two = (j, j + 1)
    return all(_capitalised_name(t, k) and t.text[k].isalpha() and len(t.text[k]) > 1 and not _org_word(t, k)
               and t.text[k] not in GENERATIONAL_SUFFIXES for k in two) \
        and j + 2 < len(t) and t.text[j + 2] == ","


def _shared_surnames(t: Columns, mentions: list[NameMention]) -> list[NameMention]:
    """'Mykola and Iryna Shevchuk said': a known given name alone, with no title, right before
    "and" and a person's given name and surname shares that surname ("Mykola Shevchuk"); its
    span stays the given name's. A plural of kin that opens the sentence is no title that bars it
    ("Sisters Ruth and Clare Ambrose": "Ruth Ambrose")."""
    for k, (given, whole) in enumerate(zip(mentions, mentions[1:])):
        kin = given.title and given.start > 0 and _kin_plural_opening(t, given.start - 1)
        if len(given.words) == 1 and (not given.title or kin) and given.words[0].lower() in GIVEN_NAMES \
                and t.lower[given.end] == "and" and whole.start == given.end + 1 and not whole.title \
                and len(whole.words) in (2, 3) and t.text[whole.start][:1].isupper() \
                and not any(w.lower() in ORG_NAME_WORDS for w in whole.words):
            mentions[k] = NameMention(given.start, given.end, (*given.words, *whole.words[1:]), given.title,
                                      given.roles, given.relative, given.place)
    return mentions


# Double marks as the tokenizer leaves them, and single ones: "Dale ‘Tig’ Benton" too.
NICKNAME_MARKS = QUOTE_MARK_TOKENS | frozenset("'‘’")


def _over_nicknames(t: Columns, mentions: list[NameMention]) -> list[NameMention]:
    """'Dale “Tig” Benton': a given name, a nickname of one word in quotation marks and a surname
    are one name, the given name and the surname ("Dale Benton"); the nickname alone names no one."""
    out: list[NameMention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and out[-2:-1] and _nickname_between(t, out[-2], m, last):
            given = out[-2]
            out[-2:] = [NameMention(given.start, m.end, (*given.words, *m.words), given.title,
                                    [*given.roles, *m.roles], given.relative or m.relative, given.place)]
        elif last is not None and _nickname_between(t, last, m, None):
            out[-1] = NameMention(last.start, m.end, (*last.words, *m.words), last.title,
                                  [*last.roles, *m.roles], last.relative or m.relative, last.place)
        else:
            out.append(m)
    return out


def _nickname_between(t: Columns, given: NameMention, surname: NameMention, nickname: NameMention | None) -> bool:
    """Whether one quoted word, read as a name or not, is all that stands between a given name
    and a name after it, on one line."""
    k = given.end
    if len(given.words) != 1 or given.words[0].lower() not in GIVEN_NAMES or surname.start != k + 3:
        return False
    if nickname is not None and (nickname.start, nickname.end) != (k + 1, k + 2):
        return False
    marked = t.text[k] in NICKNAME_MARKS and t.text[k + 2] in NICKNAME_MARKS
    return marked and t.text[k + 1][:1].isupper() and not any("\n" in t.whitespace[i] for i in range(k, k + 3))


COMMITTEE_REACH = 6  # lower-case words between the chamber and "committee": "science and technology"
COMMITTEE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CC", "HYPH", "VBG"})  # in lower case only


def _committee_after(t: Columns, end: int) -> int | None:
    """Where a committee's name ends when a run of proper nouns that ends with a chamber is
    followed by the committee's field in lower case ("the Commons science and technology
    committee", "the Senate banking committee"): the style of the BBC and the Canadian Press
    for a named body, whose name is the whole phrase. None where no "committee" follows."""
    if end == 0 or t.lower[end - 1] not in CHAMBERS:
        return None
    for k in range(end, min(end + COMMITTEE_REACH + 1, len(t))):
        word = t.text[k]
        if not word[:1].islower() or t.tag[k] not in COMMITTEE_TAGS or "\n" in t.whitespace[k - 1]:
            return None
        if t.lower[k] in COMMITTEE_WORDS:
            return k + 1 if k > end else None
    return None


@dataclass(frozen=True, slots=True)
class _Candidates:
    """Tokens `_is_name_word` may accept, as a set and in order; no other can start a name."""

    sorted: list[int]
    set: frozenset[int]

    def __contains__(self, i: int) -> bool:
        return i in self.set


def _maybe_name_words(doc: Doc) -> _Candidates:
    hyphens = positions(doc, "ORTH", HYPHEN)
    names = set(positions(doc, "TAG", NAME_TAG_WORDS))
    found = names | set(positions(doc, "LOWER", SMALL_NAME_WORDS | GOVERNMENT_FIELDS))
    # "Doctors Nova Scotia": a capitalised plural before a name (`_plural_before_province`)
    t, plurals = columns(doc), positions(doc, "TAG", PLURAL_TAG)
    found.update(i for i in plurals if i + 1 in names and t.text[i][:1].isupper())
    # "the Canadian Civil Liberties Association": a nationality read as an adjective (`_demonym_opening_body`)
    found.update(i - 1 for i in names if i > 1 and t.tag[i - 1] == "JJ" and _demonym_opening_body(t, i - 1))
    # "Catcher Will Brennan": a given name the tagger reads as a modal (`_given_name_as_modal`)
    found.update(i - 1 for i in names if i > 0 and t.tag[i - 1] == "MD" and _given_name_as_modal(t, i - 1))
    # "May said it would pass", after "Theresa May": a surname the tagger reads as a modal (`_surname_before_cue`)
    found.update(i for i in positions(doc, "TAG", MODAL_TAG) if _surname_before_cue(t, i))
    # "The CFIA said", after "the Canadian Food Inspection Agency": capitals read as a common noun
    found.update(i for i in positions(doc, "TAG", COMMON_NOUN_TAGS) if t.text[i].isupper() and t.text[i].isalpha())
    # "Mills said he wanted to stay", after "Andre Mills": one the tagger reads as a plural noun
    found.update(i for i in plurals if _plural_surname_before_cue(t, i))
    # "An Bord Pleanála": the Irish article opening an Irish body's name
    found.update(i - 1 for i in positions(doc, "LOWER", IRISH_BODY_WORDS) if i > 0 and _irish_article(t, i - 1))
    # "The SAPS said": a body's acronym ending in S that the tagger reads as a plural noun
    found.update(i for i in plurals if _acronym_read_as_plural(t, i))
    # "Azmi said", after "Datuk Azmi Abu Kassim": a given name the tagger reads as a common noun;
    # "Eskom will implement ...", before "Eskom's chief operating officer": a name opening a sentence
    nouns = positions(doc, "TAG", COMMON_NOUN_TAG)
    found.update(i for i in nouns if _given_name_before_cue(t, i) or _name_read_as_noun_at_start(t, i))
    # "Reporters Without Borders": a capitalised plural, its cause's preposition (`_members_cause`)
    found.update(k for i in plurals if _members_cause(t, i + 1) for k in (i, i + 1))
    # A comma or possessive mark inside a name ("Northwind Logistics, Inc.") follows a proper noun.
    glue = positions(doc, "ORTH", GLUE_MARKS) + positions(doc, "TAG", POSSESSIVE_TAG)
    found.update(i for i in glue if i - 1 in names)
    found.update(i for i in positions(doc, "ORTH", SLASH) if i - 1 in names)
    found.update(hyphens)
    found.update(i + 1 for i in hyphens if i + 1 < len(doc))
    found.update(i - 1 for i in hyphens if i > 0)  # "Tremblay-Roy", "Tremblay" read as a common noun
    # The article's distinct words are tested first: most articles have no sign, and need no walk.
    sign_words = {word for word in set(t.text) if _sign(word)}
    signs = [i for i, word in enumerate(t.text) if word in sign_words] if sign_words else []
    found.update(signs)
    found.update(i + 1 for i in signs if i + 1 < len(doc))
    numbers = [i for i in positions(doc, "TAG", NUMBER_TAG) if 0 < i < len(doc) - 1]
    found.update(k for i in numbers for k in (i - 1, i) if columns(doc).text[i - 1][:1].isupper())
    return _Candidates(sorted(found), frozenset(found))


def _sign(word: str) -> bool:
    """A lone symbol ("©"), which the tokenizer splits off even inside a word."""
    return len(word) == 1 and unicodedata.category(word)[0] == "S"


def _in_broken_word(t: Columns, i: int) -> bool:
    """'TrÃ©vidic': a name misdecoded from UTF-8 has a symbol inside a word, where the tokenizer
    breaks it in three; the sign and the letters after it, glued on, go on the name word before."""
    if i < 1 or t.whitespace[i - 1]:
        return False
    if _sign(t.text[i]):
        return t.tag[i - 1] in NAME_TAGS and i + 1 < len(t) and not t.whitespace[i] and t.text[i + 1][:1].isalpha()
    return i > 1 and _sign(t.text[i - 1]) and not t.whitespace[i - 2] and t.tag[i - 2] in NAME_TAGS \
        and t.text[i][:1].isalpha()


ABBREVIATED_LABEL = re.compile(r"[A-Z][A-Za-z.]*\.-[a-z]+")


def _labels(t: Columns, candidates: _Candidates) -> set[int]:
    """Tokens that look like name words but label a name instead of naming anyone: a compound
    modifier made with a proper noun ("Leeds-based", "Paris-born", "Kremlin-backed", "X-linked":
    a hyphen before a word in lower case that the tagger does not take for a name, unlike the
    "moon" of "Ban Ki-moon"), and a lawmaker's party-and-state label ("D-Ore.", "(R-Texas)").
    Neither is a name, and a name that they touch ends or starts beside them."""
    out: set[int] = set()
    # "Fla.-based", "Mich.-based": after an abbreviation's full stop the tokenizer keeps it one word.
    out.update(i for i in candidates.sorted if ABBREVIATED_LABEL.fullmatch(t.text[i]))
    for h in candidates.sorted:
        if t.text[h] != "-" or h == 0 or h + 1 >= len(t) or t.whitespace[h - 1] or t.whitespace[h]:
            continue
        after = t.text[h + 1]
        if after[:1].islower() and after.isalpha() and t.tag[h + 1] not in NAME_TAGS and not _hyphened_given_name(t, h):
            k = h - 1
            while k > 1 and t.text[k - 1] == "-" and not t.whitespace[k - 2] and not t.whitespace[k - 1]:
                k -= 2  # "Al-Qaeda-linked": the whole chain before the last hyphen
            out.update(range(k, h + 2))
        elif t.text[h - 1] in PARTY_LETTERS and after[:1].isupper() and \
                (h < 2 or not t.text[h - 2][:1].isalnum() or t.tag[h - 2] in NAME_TAGS):
            out.update((h - 1, h, h + 1))  # after a comma, a bracket, or the name itself
    return out


def _hyphened_given_name(t: Columns, h: int) -> bool:
    """'The firm's chief executive, Park Ji-hoon, said': a given name of two syllables joined by a
    hyphen after a capitalised surname ('Ban Ki-moon'), which the tagger may read as a noun in
    lower case, ends the name before a comma or a verb; a label goes on to the noun it qualifies
    ('a New York-based firm', 'Toronto-area residents')."""
    return h >= 2 and h + 2 < len(t) and t.tag[h + 1] in SYLLABLE_TAGS and t.tag[h - 2] in NAME_TAGS \
        and t.text[h - 2][:1].isupper() and t.tag[h - 1] in NAME_TAGS \
        and (t.text[h + 2] == "," or t.tag[h + 2] in CUE_TAGS)


def named_before_label(doc: Doc, i: int) -> int | None:
    """The last word of the name a party-and-state label ends at token `i` follows ("Wyman" of
    "Sen. Rosa Wyman D-Ore. said", where the parser makes the label the cue's subject), or
    letters after a name set off by commas ("Reyes" of "Tom Reyes, SC, said"); None when `i`
    ends no such label."""
    t = columns(doc)
    if i >= 2 and t.text[i] in POST_NOMINALS and t.text[i - 1] == "," and t.tag[i - 2] in NAME_TAGS:
        return i - 2  # "Tom Reyes, SC, said": the letters after the name, set off by commas
    if i < 3 or t.text[i - 1] != "-" or t.text[i - 2] not in PARTY_LETTERS or not t.text[i][:1].isupper():
        return None
    k = i - 3
    if t.text[k] in ("(", ",") and k > 0:
        k -= 1
    return k if t.tag[k] in NAME_TAGS and t.text[k][:1].isupper() else None


# "for" joins an office to its place after a member's letters or a minister only ("MLA for
# Vancouver-Kensington Ann Lee", "Minister for Europe Ann Lee"): "a lawyer for Ann Lee" is hers,
# not Ann Lee. The other small words of an office are office-links.txt.


TITLE_TAGS = frozenset({"JJ", "NNP"})  # "Chief" of "Chief executive of ...", as the tagger reads it


def _office_link(t: Columns, i: int) -> bool:
    """Whether token `i` joins an office's title before it to the office's place after it."""
    return t.lower[i] in OFFICE_LINKS or i > 0 and t.lower[i] == "for" and \
        (t.text[i - 1] in POST_NOMINALS or t.lower[i - 1] in OFFICES_FOR and (t.lower[i - 1] != "state" or
                                                                          i > 1 and t.lower[i - 2] == "of"))


def named_after_office(doc: Doc, i: int, name_start: Callable[[int], int | None] = lambda i: None) -> int | None:
    """The last word of the name a title written with "of", "to" or "for" opens at token `i` ("Lund"
    of "Registrar of Voters Maria Lund said", where the parser makes the title's first word
    the cue's subject and the name its object), or None when `i` opens no such title. The
    name must start with a known given name, or be a name found after the office's place
    (`name_start` of a token: where the name that holds it starts, if one does): "Mayor of
    New York said" names nobody."""
    t = columns(doc)
    k = i + 2 if i + 2 < len(t) and _office_link(t, i + 1) else len(t)
    if k < len(t) and t.lower[k] == "the":
        k += 1
    if k >= len(t) or t.tag[k] not in NAME_TAGS:
        return None
    # "Chief executive of the Milltown Food Bank Ann Lee": a role whose phrase is capitalised, of a body
    capitalised = t.text[i][:1].isupper() or i > 0 and t.text[i - 1][:1].isupper() and t.tag[i - 1] in TITLE_TAGS
    if not capitalised or t.lower[i] not in TITLES and not _office_of_body(t, i, k):
        return None
    end = k
    while end < len(t) and (t.tag[end] in NAME_TAGS and t.text[end][:1].isupper() or
                            t.text[end] == "-" and not t.whitespace[end - 1] and not t.whitespace[end] or
                            _possessive_mark(t, end) and end + 1 < len(t) and t.text[end + 1][:1].isupper() or
                            t.lower[end] == "for" and end > k and _office_link(t, end) or
                            t.lower[end] == "and" and end > k and end + 1 < len(t) and t.text[end + 1][:1].isupper()
                            and t.lower[end + 1] not in GIVEN_NAMES):
        end += 1  # "MLA for Vancouver-Kensington Ann Lee", "MPP for Toronto-St. Paul's Ann Lee",
        # "Minister of State for Railways K. S. Rao", "Minister of Housing and Spatial Planning Sanne Smit"
    first = _given_name_from(t, k + 1, end)
    if first < end - 1 and (t.lower[first] in GIVEN_NAMES or _initial_opening(t, first, end)):
        return end - 1
    if "for" in t.lower[k:end]:
        return None  # "Minister of State for Harare Provincial Affairs and Devolution, Honest Marufu": the field
    start = name_start(end - 1)
    return end - 1 if start is not None and k < start < end - 1 else None


BODY_LINKS = ("of", "on", "for")  # "Assembly of First Nations", "Council on Foreign Relations"


def holder_after_body(doc: Doc, i: int, name_start: Callable[[int], int | None]) -> int | None:
    """The last word of the name a titled holder of a body's office ends the subject with
    ("Redsky" of "Assembly of First Nations National Chief Mary Redsky said", where the parser
    makes the body's first word the cue's subject and the name its object), or None. The body
    is written with "of", its office with a title before the name ("Chief", "President"): a
    Canadian paper's way of giving an Indigenous or civic leader's organisation."""
    t = columns(doc)
    if i + 2 >= len(t) or t.lower[i + 1] not in BODY_LINKS or not t.text[i][:1].isupper() or t.lower[i] in TITLES:
        return None
    end = i + 2
    while end < len(t) and (t.tag[end] in NAME_TAGS and t.text[end][:1].isupper() or _hyphen_after(t, end - 1)
                            or (t.lower[end] in ("of", "the") or t.tag[end] == "POS")
                            and end + 1 < len(t) and t.text[end + 1][:1].isupper()):
        end += 1  # "Council on American-Islamic Relations National Executive Director Nihad Awad"
        # and a possessive inside the body's name: "Court of King's Bench Justice Mia Roy"
    role_end = _lower_role_end(t, end)
    if role_end is not None and role_end < len(t):
        end = role_end  # "Grain Farmers of Ontario chair Mark Heeney": the role in lower case
        while end < len(t) and t.tag[end] in NAME_TAGS and t.text[end][:1].isupper():
            end += 1
    start = name_start(end - 1)
    # the name ends right before the cue, or the subject ends with it after the cue ('"...,"
    # said Federation of Sovereign Indigenous Nations Vice-Chief Dustin Bear.')
    after_cue = doc[i].head.i < i and end == doc[i].right_edge.i + 1
    if start is None or start <= i + 2 or end != doc[i].head.i and not after_cue:
        return None
    return end - 1 if t.lower[start - 1] in TITLES or _is_role_word(t.lower[start - 1]) else None


def _lower_role_end(t: Columns, start: int) -> int | None:
    """The end of a lower-case role written at `start` before a name ("chair", "political
    scientist", "senior research economist": a role word after up to two lower-case modifiers),
    or None."""
    for end in range(start, min(start + 3, len(t))):
        if not t.text[end].islower():
            return None
        if t.lower[end] in TITLES or _is_role_word(t.lower[end]):
            return end + 1
        if not t.text[end].isalpha() or t.tag[end] not in ("JJ", "NN", "VBN"):
            return None  # a modifier of the role: "political", "research", "senior"
    return None


def titled_before_of(doc: Doc, i: int, name_start: Callable[[int], int | None]) -> int | None:
    """The last word of a titled name the cue's subject, a common noun, follows with "of"
    ("Aubin" of "Sgt. Kim Aubin of Toronto police said", where the parser makes "police" the
    subject and the name its modifier), or None: the one with the title speaks for the body."""
    head = doc[i]
    if head.tag_ not in ("NN", "NNS"):
        return None
    for k in range(head.left_edge.i + 1, i):
        if doc[k].lower_ == "of" and doc[k - 1].tag_ == "NNP" and any(a.i == i for a in doc[k - 1].ancestors):
            start = name_start(k - 1)
            titled = start is not None and start > 0 and doc[start - 1].lower_ in TITLES
            return k - 1 if titled else None
    return None


def named_after_title(doc: Doc, i: int, name_start: Callable[[int], int | None]) -> int | None:
    """The last word of a person's name set between commas after a capitalised title that is
    the cue's subject ("Dhaliwal" of "B.C.'s Emergency Management Minister, Harpreet Dhaliwal,
    said"), or None: the title is the person's role, no name of its own."""
    t = columns(doc)
    if t.lower[i] not in TITLES or not t.text[i][:1].isupper() or i + 2 >= len(t) or t.text[i + 1] != ",":
        return None
    end = i + 2
    while end < len(t) and t.tag[end] in ("NNP", "NNPS"):
        end += 1
    if end == i + 2 or end >= len(t) or t.text[end] != "," or name_start(end - 1) != i + 2:
        return None
    return end - 1


def named_before_of(doc: Doc, i: int, name_start: Callable[[int], int | None]) -> int | None:
    """The last word of a person's name that the cue's subject, a body's name, follows with "of"
    ("Lock" of "said Brett Lock of gay group OutRage!", where the parser makes the body the
    subject and the person its modifier), or None: the person speaks for the body. The name
    before "of" must be two words at least and open with a known given name or follow a title, so that a body named with "of"
    ("Bank of Canada") or a place ("Acme Foods of Toronto") is not taken for a person."""
    head = doc[i]
    if head.tag_ not in ("NNP", "NNPS"):
        return None
    own = name_start(i)
    for k in range(head.left_edge.i + 1, i if own is None else own):
        if doc[k].lower_ != "of" or doc[k - 1].tag_ != "NNP" or not any(a.i == i for a in doc[k - 1].ancestors):
            continue
        start = name_start(k - 1)
        if start is None or name_start(k) == start:
            return None  # "of" inside one name: "Bank of Canada"
        opened = doc[start].lower_ in GIVEN_NAMES or start > 0 and doc[start - 1].lower_ in TITLES
        return k - 1 if opened and start < k - 1 else None
    return None


def named_after_client(doc: Doc, i: int, name_start: Callable[[int], int | None]) -> int | None:
    """The last word of a name set off by commas after the named person a role serves ("Kerr"
    of "The lawyer for Jordan Blake, Michelle Kerr, said", where the parser hangs the name on
    the client's), or None: a name needs no second name, so the apposition names the role's
    holder. Only where the apposition ends the subject, right before its closing comma."""
    head = doc[i]
    if head.tag_ != "NN":
        return None
    for client in _clients_of(head):
        if name_start(client.i) is None:
            continue
        name = next((c for c in client.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if name is None:
            continue  # "General Agreement" of "the General Agreement on Tariffs and Trade, Anders Lindqvist,"
        end = name.i + 1
        if doc[name.left_edge.i - 1].text != "," or end >= len(doc) or doc[end].text != "," \
                or name_start(name.i) is None or name_start(name.i) == name_start(client.i):
            return None
        return name.i
    return None


def _clients_of(head: Token) -> list[Token]:
    """The names in the phrases of a role's noun that the role serves or heads: "Jordan Blake" of
    "The lawyer for Jordan Blake", and each name of "The director general of the General
    Agreement on Tariffs and Trade" (the phrase's conjuncts and the words a modifier of the role
    heads, "general" of "director general", included)."""
    out = []
    for t in head.subtree:
        if t.tag_ not in ("NNP", "NNPS") or t.i <= head.i:
            continue
        link, ok, through_prep = t, True, False
        while link.i != head.i:
            if link.dep_ not in ("prep", "pobj", "conj", "amod", "compound"):
                ok = False
                break
            through_prep = through_prep or link.dep_ == "prep"
            link = link.head
        if ok and through_prep and t.dep_ in ("pobj", "conj"):
            out.append(t)
    return out

def _after_inverted_cue(t: Columns, start: int, end: int) -> int:
    """Where the name starts in a run that an inverted cue opens ("Added Smith: ...", "Replied
    Ann Lee, ..."): after the cue, a past form of a verb of saying that starts the sentence,
    when the name is followed by the colon or comma before the words. Not "said", which is
    also a given name ("Said Jalili")."""
    if end - start < 2 or not t.sent_start[start] or end >= len(t) or t.text[end] not in (":", ","):
        return start
    word = t.lower[start]
    if word.endswith("ed") and word in SPEECH_FORMS and word not in GIVEN_NAMES:
        return start + 1
    return start


def _fields_before(t: Columns, start: int, end: int) -> int:
    """Where a government body named by its fields starts: 'Immigration, Refugees and Citizenship
    Canada', 'Innovation, Science and Economic Development Canada' set the first fields off by
    commas, which end a run of proper nouns. Only fields of government (government-fields.txt),
    before a run of them and "and" that a place's name ends."""
    if end - start < 3 or not all(w in GOVERNMENT_FIELDS for w in t.lower[start:end - 1]) or \
            "and" not in t.lower[start:end - 1]:
        return start
    k = start
    while k >= 2 and t.text[k - 1] == "," and t.text[k - 2][:1].isupper() and t.lower[k - 2] in GOVERNMENT_FIELDS:
        k -= 2
    return k


MINISTRY_FIELD_WORDS = 3  # words of one field between commas: "Climate Change", "Mental Health and Addictions"


def _fields_after_of(t: Columns, start: int, end: int) -> int:
    """Where a government body named by its fields after "of" ends: 'Ministry of Children,
    Community and Social Services', 'Department of Agriculture, Food and Rural Affairs' set the
    later fields off by commas, which end a run of proper nouns. Only where the run at [start,
    end) is a body's noun (government-bodies.txt), "of" and one field, and only capitalised
    fields (ministry-fields.txt, government-fields.txt) follow, the last after "and" ("the
    Department of Justice, Health Canada and the RCMP" are three bodies); `end` where not."""
    if end - start < 3 or t.lower[end - 2] != "of" or t.lower[end - 3] not in GOVERNMENT_BODIES \
            or t.lower[end - 1] not in MINISTRY_FIELDS or end >= len(t) or t.text[end] != ",":
        return end
    k, joined = end, False
    while k < len(t) and not joined and t.lower[k] in (",", "and"):
        k += 1
        if t.lower[k - 1] == "," and k < len(t) and t.lower[k] == "and":
            k += 1  # a serial comma before "and"
        joined = t.lower[k - 1] == "and"
        first = k
        while k < len(t) and k - first < MINISTRY_FIELD_WORDS and t.text[k][:1].isupper() \
                and t.lower[k] in MINISTRY_FIELDS:
            k += 1
        if k == first:
            return end
    if not joined or k < len(t) and _capitalised_name(t, k):
        return end
    return k


def _titled_by_fields(name: NameMention) -> bool:
    """A name whose title is a ministry's last fields and its title ("rural affairs minister")."""
    words = name.title.split()
    return len(words) > 1 and words[-1] in TITLES and all(w in MINISTRY_FIELDS for w in words[:-1])


def _ministry_fields_before(t: Columns, start: int) -> int:
    """Where the fields of a ministry start that commas and "and" set off before the run at
    `start` ("Energy, Mines and" before "Resources Minister Ann Lee"): capitalised words of
    fields (ministry-fields.txt, government-fields.txt) only; `start` where there are none."""
    k = start
    while k >= 2 and t.lower[k - 1] in (",", "and"):
        j = k - 1
        while j > 0 and k - 1 - j < MINISTRY_FIELD_WORDS and t.text[j - 1][:1].isupper() \
                and t.lower[j - 1] in MINISTRY_FIELDS:
            j -= 1
        if j == k - 1:
            break
        k = j
    return k


def _after_credit(t: Columns, start: int, end: int) -> int:
    """Where the name starts in a run that a photo credit or caption opens ("Northwind Photos
    Ann Moreau"): after the credit's last word, when at least two words that make no
    organisation follow it (not "Sony Pictures Entertainment")."""
    for k in range(end - 3, start - 1, -1):
        if t.lower[k] in CREDIT_WORDS and not any(w in ORG_NAME_WORDS for w in t.lower[k + 1:end]):
            return k + 1
    if _credit_before(t, start):
        # "THE CANADIAN PRESS/Sean Kilpatrick Kenny Bell said": a caption's credit glued to the
        # next sentence's name, which starts at the next given name after the credit's own
        for k in range(start + 2, end - 1):
            if t.lower[k] in GIVEN_NAMES and t.text[k][:1].isupper() and t.tag[k] in NAME_TAGS:
                return k
    return start


def past_credit(doc: Doc, i: int) -> int | None:
    """The head of the subject after a photo credit the parser made the cue's subject ("mother"
    of "Jacques Boissinot/The Canadian Press Tremblay's mother, Julie, said", a caption's credit
    glued to the next sentence), or None: the one who took the photo says nothing."""
    head = doc[i]
    if i + 1 >= len(doc) or doc[i + 1].text != "/" or head.whitespace_:
        return None
    return next((c.i for c in head.rights if c.dep_ == "appos" and c.i > i + 1), None)


def _credit_before(t: Columns, start: int) -> bool:
    """Whether a photo credit opens right before token `start`: 'THE CANADIAN PRESS/' and
    'Photo: ', 'Photo by '."""
    if start > 0 and t.text[start - 1] == "/" and not t.whitespace[start - 1]:
        return True
    return start > 1 and t.lower[start - 1] in (":", "by") and t.lower[start - 2] in CREDIT_WORDS


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def plural_acronym(word: str) -> bool:
    """'MPs', 'MPPs', 'MLAs', 'CEOs': an acronym in the plural names a kind of people ("Many MPs
    said", "the MPs said"), unnamed like "lawmakers"; a body's acronym is not plural ("NATO")."""
    return PLURAL_ACRONYM.fullmatch(word) is not None


def party_members(word: str) -> bool:
    """'Republicans', 'Democrats', 'Tories': the plural of a party's member names a group of
    people, unnamed like "lawmakers", unless "the" makes it the party ("the Conservatives")."""
    word = word.lower()
    return word.endswith("ies") and word[:-3] + "y" in PARTY_MEMBERS or \
        word.endswith("s") and word[:-1] in PARTY_MEMBERS


def _person_after_party(t: Columns, start: int, j: int) -> bool:
    """'For the Lib Dems David Kerr said', 'the Republicans Tom Kyle': a person's name (a known
    given name, no organisation's word after it) right after a party's members in the plural
    or another plural of a name's second word opens a person of the party, not the rest of the
    party's name; not a given name ending in s ("Carlos Alberto Reyes"), nor an office's words
    ("Minister of Public Works Dana Holt")."""
    if any(t.lower[k] in TITLES or t.lower[k] == "of" for k in range(max(0, start - 2), j)):
        return False
    prev = t.text[j - 1]
    plural = party_members(prev) or j > 1 and t.tag[j - 2] in NAME_TAGS and prev.endswith("s") and \
        prev[:1].isupper() and prev.lower() not in GIVEN_NAMES
    return plural and _person_named_after(t, j)


def party_member(word: str) -> bool:
    """'Republican', 'Tory': one member of a party, whom a place before it ("the Ohio
    Republican") describes without naming."""
    return word.lower() in PARTY_MEMBERS


def named_for(words: tuple[str, ...]) -> bool:
    """Whether a name is an award, a contest or an event ("the Jack Adams Award", "the Moreau
    Cup"): named after a person, it is not that person, and no bare "Adams" joins it."""
    return len(words) > 1 and words[-1].lower() in NAMED_FOR_WORDS


def members_cause_body(words: tuple[str, ...]) -> bool:
    """Whether a name holds a cause's preposition inside it ("Reporters Without Borders",
    "Physicians for Human Rights"): a body's, no person's."""
    return any(w.lower() in MEMBER_CAUSES for w in words[1:-1])


HEADLINE_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-zA-Z'’-]+)\b")


def given_names_in_headlines(text: str) -> dict[str, str]:
    """Surname -> given name, where a title-case line writes a known given name before it.

    A story may call her "Clinton" throughout and "Hillary Clinton" only in its
    headline, whose other capitals say nothing; a known given name there does.
    """
    out: dict[str, str] = {}
    for start, end in _headline_lines(text).spans():
        for m in HEADLINE_NAME.finditer(text, start, end):
            if m.group(1).lower() in GIVEN_NAMES:
                out.setdefault(m.group(2), m.group(1))
    speaker = _headline_speaker(text)
    if speaker is not None:
        out.setdefault(speaker[1], speaker[0])
    return out


HEADLINE_SPEAKER = re.compile(r"([A-Z][a-z]+) ([A-Z][a-zA-Z'’-]+):\s")


def _headline_speaker(text: str) -> tuple[str, str] | None:
    """(given name, surname) of a first line of the form "Cecile Richards: 'I'm Sick Of ...'",
    the headline that puts its speaker before a colon (quotes/headline.py): two capitalised words
    there are a person's name whether or not the given name is a listed one, for the article
    calls the speaker by the surname alone after it. Not a title or a role before a name
    ("Senator Reed: ...", "Rival Sony: ..."), nor a word the article writes in lower case
    elsewhere ("Hacker Guccifer: ..." beside "the hacker known as"): a given name is neither."""
    m = HEADLINE_SPEAKER.match(text.split("\n", 1)[0])
    if m is None:
        return None
    first = m.group(1).lower()
    if first in TITLES or first in ROLE_NOUNS or re.search(rf"\b{first}\b", text) is not None:
        return None
    return m.group(1), m.group(2)


@functools.lru_cache(maxsize=1)  # asked twice for each article: for its names, and its given names
def _headline_lines(text: str) -> SpanSet:
    """Lines in title case ("Black Lawmakers Rip Donald Trump As A 'Fraud'"), where every word
    is capitalised and runs of capitals are not names. Title case leaves only small words in
    lower case ("to", "of"): another ("met" in "Finance Minister Ana Ruiz met Health Minister
    Lena Pell on Monday.") makes the line a sentence, whose capitals are titles and names."""
    spans, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        words = [w for w in line.split() if w[:1].isalpha()]
        # A line of prose is passed over at its first word in lower case that title case does
        # not leave so, before its small words are gathered and counted.
        if len(words) >= 4 and all(w.lower().rstrip(TRAILING_MARKS) in TITLE_CASE_SMALL_WORDS
                                   for w in words if not w[0].isupper()):
            lower = [w.lower().rstrip(TRAILING_MARKS) for w in words if not w[0].isupper()]
            # A long headline has more small words ("Ann Lee Slams Tom Hart for Mocking Her Plan to
            # Move to the Coast"): the first line may hold a third of them, unless a credit's "by"
            # or "via" makes it a byline ("Photo by Ann Lee for the Daily Post"), whose names count.
            share = HEADLINE_SMALL_SHARE if k == 0 and not BYLINE_WORDS & set(lower) else LINE_SMALL_SHARE
            if len(lower) <= share * len(words):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return SpanSet(spans)


LINE_SMALL_SHARE = 0.2  # of a title-case line's words, at most so many small words in lower case
HEADLINE_SMALL_SHARE = 1 / 3  # of the article's first line's


TRAILING_MARKS = ",.:;!?'\"’”)"


def _and_within_body(t: Columns, i: int) -> bool:
    """'the Securities and Exchange Commission', 'the U.S. Immigration and Naturalization Service':
    an "and" between two words of one body's name, which opens after "the", a connector or a
    country's letters and ends, a word or two after the "and", with an organisation's word; not
    "Britain and the European Commission" nor "Ford and General Motors Corp." (no opening)."""
    if t.lower[i] != "and" or i < 2 or t.lower[i - 1] in GIVEN_NAMES:
        return False
    opens = t.lower[i - 2] == "the" or t.lower[i - 2] in ORG_CONNECTORS or \
        t.text[i - 2].replace(".", "") in COUNTRY_LETTERS
    ends = next((k for k in range(i + 1, min(len(t), i + 4)) if t.lower[k] in ORG_NAME_WORDS), None)
    return opens and ends is not None and \
        all(t.tag[k] in NAME_TAGS and t.text[k][:1].isupper() for k in range(i + 1, ends + 1)) \
        or _fields_within_body(t, i)


def _plural_before_province(t: Columns, i: int) -> bool:
    """'Doctors Nova Scotia said', 'Engineers Canada said': a capitalised plural common noun
    right before a province's name (province-name-ends.txt) or "Canada" that ends the run of
    capitalised words is the first word of a body named for its members, which the tagger
    reads as a common noun."""
    if t.tag[i] != "NNS" or not t.text[i][:1].isupper() or not t.text[i].isalpha():
        return False
    return _province_ends_run(t, i + 1)


def _members_cause(t: Columns, i: int) -> bool:
    """'Reporters Without Borders', 'Mothers Against Drunk Driving', 'Physicians for Human
    Rights': a preposition of a cause (member-causes.txt) between a capitalised plural (which the
    tagger may read as a common noun) and a capitalised name joins a body named for its members.
    A lower-case "for" only after a plural capitalised mid-sentence: "Executives for Mondelez"
    opening a sentence are people who speak for a firm."""
    return 0 < i < len(t.text) - 1 and t.lower[i] in MEMBER_CAUSES and t.text[i - 1][:1].isupper() \
        and t.lower[i - 1].endswith("s") and t.tag[i - 1] in MEMBER_TAGS and _capitalised_name(t, i + 1) \
        and not (t.text[i] == "for" and t.sent_start[i - 1]) and not _one_word_before_a_role(t, i + 1)


CAUSE_REACH = 5  # capitalised words between a cause's preposition and an "and" of its name


def _and_within_cause(t: Columns, i: int) -> bool:
    """'Citizens Against Street Surveillance and Tracking', 'Parents for Safe Roads and Parks': an
    "and" in the run of capitalised words after a body's cause ("Against", "for" after a plural of
    its members; member-causes.txt) joins the cause's words, up to the end of the run (three words
    at most after the "and"). Not where a given name or a title follows ("Physicians for Human
    Rights and Ann Lee") nor a run that ends in an organisation's word, another body's ("Reporters
    Without Borders and Amnesty International")."""
    if t.lower[i] != "and" or i < 3:
        return False
    k = i - 1
    while k > 0 and i - k <= CAUSE_REACH and t.text[k][:1].isupper() and not _members_cause(t, k):
        k -= 1
    if k == i - 1 or not _members_cause(t, k):
        return False
    j = i + 1
    while j < len(t) and t.text[j][:1].isupper() and t.text[j].isalpha():
        if t.lower[j] in TITLES or t.lower[j] in GIVEN_NAMES:
            return False
        j += 1
    return i + 1 < j <= i + 1 + FIELDS_AFTER_AND and not _org_word(t, j - 1)


def _and_between_members(t: Columns, i: int) -> bool:
    """'Canadian Association of Fuel Retailers and Distributors', 'Federation of Dairy Farmers and
    Processors': an "and" between two plurals of the members a body names after its organisation's
    word and "of" joins them, up to the end of the run (three words at most after the "and"), which
    ends in a plural that is no organisation's word. Not where a given name or a title follows
    ("the Association of Nurses and Premier Ann Lee"), nor another body ("... and Unifor")."""
    if t.lower[i] != "and" or i < 3 or not _members_plural(t, i - 1):
        return False
    k = i - 1
    while k > 0 and _capitalised_name(t, k):
        k -= 1
    if k == i - 1 or k < 1 or t.lower[k] != "of" or not _org_word(t, k - 1) or not t.text[k - 1][:1].isupper():
        return False
    j = _fields_end(t, i)
    return j is not None and i + 1 < j <= i + 1 + FIELDS_AFTER_AND and _members_plural(t, j - 1) and not _org_word(t, j - 1)


def _fields_end(t: Columns, i: int) -> int | None:
    """Where the run of capitalised words after the "and" at `i` ends; None where a title or a
    given name stands in it ("... and Premier Ann Lee": a person, not the body's next field)."""
    j = i + 1
    while j < len(t) and _capitalised_name(t, j):
        if t.lower[j] in TITLES or t.lower[j] in GIVEN_NAMES:
            return None
        j += 1
    return j


# How the plurals of members end: "Farmers", and the plurals in -men ("Fishermen", "Women").
MEMBER_PLURAL_ENDS = ("s", "men")


def _members_plural(t: Columns, i: int) -> bool:
    """A capitalised plural of people or trades ("Retailers", "Farmers"; "Fishermen", "Women" of
    the plurals in -men), as a body's members are named."""
    return t.tag[i] in MEMBER_TAGS and t.text[i][:1].isupper() and t.text[i].isalpha() \
        and t.lower[i].endswith(MEMBER_PLURAL_ENDS)


def _one_word_before_a_role(t: Columns, i: int) -> bool:
    """'a bid from Rangers for Scotland captain Barry Ferguson': one capitalised word, then a
    lower-case noun and a name, is a role held somewhere (a national side's captain), the
    preposition's object a person; a cause runs on in capitals ('for Human Rights director')."""
    return i + 2 < len(t) and t.text[i + 1][:1].islower() and t.tag[i + 1] == "NN" \
        and t.text[i + 2][:1].isupper()


def _members_of_province(t: Columns, i: int) -> bool:
    """'Dairy Farmers of Ontario said', 'Chicken Farmers of Canada said': an "of" after a body
    named for its members (capitalised words ending in a plural, the first no given name) goes
    on with a province's name in full or "Canada" that ends the run; not "Ken Harris of Canada",
    a person of a place."""
    if t.lower[i] != "of" or i < 2 or not t.lower[i - 1].endswith("s") or not t.text[i - 1].isalpha() \
            or not _capitalised_name(t, i - 2) and t.tag[i - 2] != "NNS" or t.lower[i - 2] in GIVEN_NAMES:
        return False
    if t.tag[i - 1] not in ("NNS", "NNPS") and not t.lower[i - 1].endswith("ers"):
        return False
    return _province_ends_run(t, i + 1)


def _province_ends_run(t: Columns, start: int) -> bool:
    """Whether a province's name in full (province-name-ends.txt) or "Canada", capitalised,
    starts at `start` and ends the run of capitalised words there."""
    for end in (*PROVINCE_NAME_ENDS, ("canada",)):
        k = start + len(end)
        if tuple(t.lower[start:k]) == end and all(t.text[j][:1].isupper() for j in range(start, k)) and \
                not _capitalised_name(t, k):
            return True
    return False


BODY_OF_REACH = 4  # capitalised words between a body's first "of" and a second one


def _province_of_body(t: Columns, i: int) -> bool:
    """'Association of Municipalities of Ontario', 'College of Registered Nurses of Manitoba': a
    second "of" in a body's name, after an organisation's word and its "of" and a few capitalised
    words, goes on with a province's name in full (province-name-ends.txt) or "Canada" that ends
    the run: a Canadian body is named for the province it serves."""
    if t.lower[i] != "of":
        return False
    k = i - 1
    while k > 1 and i - k <= BODY_OF_REACH and _capitalised_name(t, k):
        k -= 1
    if k == i - 1 or t.lower[k] != "of" or not _org_word(t, k - 1) or not t.text[k - 1][:1].isupper():
        return False
    for end in (*PROVINCE_NAME_ENDS, ("canada",)):
        j = i + 1 + len(end)
        if tuple(t.lower[i + 1:j]) == end and all(t.text[m][:1].isupper() for m in range(i + 1, j)) and \
                not _capitalised_name(t, j):
            return True
    return False


OFFICE_TITLE_REACH = 2  # title words before an office's own "of": "Auditor General" of "Office of the ..."


def _office_of_in_body(t: Columns, i: int) -> bool:
    """'Office of the Superintendent of Financial Institutions', 'Office of the Director of Public
    Prosecutions': the "of" of an office named inside a body's name goes on with the body's name
    (not "Office of the Premier Ann Lee", whose capitalised words hold a known given name)."""
    k = i - 1
    while k > 2 and i - k <= OFFICE_TITLE_REACH and t.lower[k] in TITLES and t.text[k][:1].isupper():
        k -= 1
    return k < i - 1 and t.lower[k] == "the" and t.lower[k - 1] == "of" and _org_word(t, k - 2) \
        and t.text[k - 2][:1].isupper() and i + 1 < len(t) and t.lower[i + 1] not in GIVEN_NAMES


def _and_after_body_of(t: Columns, i: int) -> bool:
    """'Ministry of Emergency Management and Climate Readiness', 'Department of Health and
    Wellness', 'Ministry of Colleges and Universities': an "and" in the run of capitalised words
    after a government body's noun (government-bodies.txt) and its "of" joins the body's
    remits, and its name runs on to the end of the run (three words at most after the "and").
    Not where a title or a given name follows the
    "and" ("the Ministry of Health and Premier Ann Lee", "the Ministry of Labour and Ann Lee"), nor
    a name that ends in an organisation's word, another body's, nor a bank's place and another
    firm ("the Bank of England and Barclays": a bank is no government body)."""
    if t.lower[i] != "and":
        return False
    k = i - 1
    while k > 0 and _capitalised_name(t, k):
        k -= 1
    if k == i - 1 or k < 1 or t.lower[k] not in ("of", "for") or t.lower[k - 1] not in GOVERNMENT_BODIES \
            or not t.text[k - 1][:1].isupper():
        return False
    j = _fields_end(t, i)
    return j is not None and i + 1 < j <= i + 1 + FIELDS_AFTER_AND and not _org_word(t, j - 1)


def _fields_body(t: Columns, start: int, end: int) -> bool:
    """'Center for Strategic and International Studies': a name that ends in the fields joined
    within it is a body's, whatever role its words may also be ("international")."""
    return _body_field(t, end - 1) and \
        any(t.lower[k] == "and" and _fields_within_body(t, k) for k in range(start + 2, end - 1))


FIELDS_AFTER_AND = 3  # "and Policy Research", "and International Studies", "and Loan Association"


def _fields_within_body(t: Columns, i: int) -> bool:
    """'the Center for Economic and Policy Research', 'Harbour Savings and Loan Association':
    an "and" between two fields of one body's name, where every capitalised word after it, to
    the end of the name, is a field or an organisation's word and the first is a field; a
    person's or a place's name on either side ("Labour and Tony Blair", "the Bank of England
    and Barclays") is none, so those stay two."""
    if not _body_field(t, i - 1) or t.lower[i - 2] not in ORG_CONNECTORS and t.lower[i - 2] != "the" \
            and t.tag[i - 2] not in NAME_TAGS or i + 1 >= len(t) or not _body_field(t, i + 1):
        return False
    k = i + 1
    while k < len(t) and k <= i + FIELDS_AFTER_AND and (_body_field(t, k) or _org_word(t, k)) \
            and t.text[k][:1].isupper():
        k += 1
    return k == len(t) or not _capitalised_name(t, k)


def _is_name_word(t: Columns, i: int) -> bool:
    """Whether token `i` may be part of a name; `t` holds the doc's words and tags."""
    if _dateline(t, i) or t.lower[i] in SENTENCE_ADVERBS or people_at(t, i) or t.lower[i] in CAPITALISED_PEOPLE:
        return False  # "Meanwhile Rihanna said": the tagger may read the adverb as a proper noun; "Gardaí said"
    word = t.lower[i]
    if t.tag[i] in NAME_TAGS and t.text[i][:1].isupper() and word not in NAME_PARTICLES and word not in ORG_CONNECTORS \
            and word not in MONTHS_AND_DAYS and not _opening_gerund(t, i):
        # Most words asked: a capitalised proper noun, no particle, connector, month or day. Each
        # test below then returns True or goes on to the last, which it passes (a possessive's
        # mark is no capital), so the answer is True without them.
        return True
    if _in_french_body(t, i):
        return True  # "Société de transport de Montréal": a French body's words in lower case
    if _irish_article(t, i):
        return True  # "An Bord Pleanála": the Irish article is the body's name's first word
    # len(t.text), here and in the tests it calls most: the same length, without a Python call of Columns.__len__
    inside = 0 < i < len(t.text) - 1 and t.tag[i - 1] in NAME_TAGS
    # "Henri de Bodinat", "Ursula von der Leyen", "al-Zawahiri"; not the initials of "AL Perera"
    if t.lower[i] in NAME_PARTICLES and not _initials(t, i):
        return _hyphenated_prefix(t, i) or _capitalised_particle(t, i) or \
            inside and (t.tag[i + 1] in NAME_TAGS or t.lower[i + 1] in NAME_PARTICLES or _particle_as_surname(t, i))
    if t.text[i] == "," and inside and t.lower[i + 1] in CORPORATE_SUFFIXES:
        return True  # "Northwind Logistics, Inc."
    if inside and t.lower[i] in CORPORATE_SUFFIXES and (t.tag[i] in NAME_TAGS or t.text[i][:1].isupper()):
        return True  # "Varta Group plc": a firm's suffix in lower case still ends its name; "Acme Cos.",
        # which the tagger may read as the conjunction "cos", in capitals
    if _purpose_in_name(t, i) or i > 0 and t.tag[i] == "VB" and _purpose_in_name(t, i - 1):
        return True  # "Committee to Protect Journalists"
    if _members_cause(t, i) or _members_cause(t, i + 1) and t.text[i].isalpha():
        return True  # "Reporters Without Borders", "Physicians for Human Rights"
    if t.lower[i] == "of" and i > 0 and t.lower[i - 1] in CORPORATE_SUFFIXES and _seat_after(t, i + 1):
        return False  # "Halden Pharmaceuticals Inc. of Princeton, N.J.": the firm's seat, not its name
    if t.lower[i] in ORG_CONNECTORS:  # "Bank of Canada", never "Secretary of State John Kerry"
        # an ampersand between names joins a firm's ("Marks & Spencer", "Ernst & Young"; ampersands.txt)
        return (inside or _fields_joined(t, i)) and \
            (t.lower[i] in AMPERSANDS or _org_word(t, i - 1) and (t.lower[i] != "and" or _joins_body(t, i))
             or _fields_joined(t, i) or _and_within_body(t, i) or _and_after_body_of(t, i)
             or _province_of_body(t, i) or _members_of_province(t, i) or _office_of_in_body(t, i)
             or _and_within_cause(t, i) or _and_between_members(t, i)) \
            and (_capitalised_name(t, i + 1) or _the_in_name(t, i + 1) or _fields_joined(t, i))
    if _plural_before_province(t, i):
        return True  # "Doctors Nova Scotia", "Engineers Canada": a body named for its members
    if _the_in_name(t, i) or _field_word(t, i) and (_capitalised_name(t, i + 1) or _fields_joined(t, i + 1)):
        return True  # "Elections Canada", "Employment and Social Development Canada": a department's name
    if _possessive_mark(t, i):  # "Swiss People's Party", "Ontario Nurses' Association"
        return inside and (_possessive_in_name(t, i) or _possessive_before_verb(t, i))
    if _in_broken_word(t, i):
        return True
    if inside and _hard_space(t.text[i]) and t.tag[i + 1] in NAME_TAGS:
        return True  # "Newt\u00a0Gingrich": a web page's non-breaking space joins a name's words
    if _chapter_number(t, i):
        return True  # "United Steelworkers Local 1005"
    if t.text[i] == "/":
        return inside and _slash_in_name(t, i)
    if t.text[i] == "-":  # "Campbell-Savours", "Ban Ki-moon", "al-Zawahiri"
        return (inside or i > 0 and (_hyphenated_prefix(t, i - 1) or _noun_before_hyphened_name(t, i - 1))) \
            and not t.whitespace[i - 1] and not t.whitespace[i] and t.text[i + 1][:1].isalpha()
    if _noun_before_hyphened_name(t, i):
        return True
    if i > 1 and t.text[i - 1] == "-" and not t.whitespace[i - 1] and t.text[i][:1].isalpha() \
            and t.tag[i - 2] in NAME_TAGS and not t.whitespace[i - 2]:
        return True
    if _number_ending_name(t, i) or t.tag[i] == "NN" and _number_ending_name(t, i + 1):
        return True  # the tagger reads a capitalised noun before the number as a common one
    if _demonym_opening_body(t, i):
        return True  # "the Canadian Civil Liberties Association": the tagger reads the nationality as an adjective
    if t.tag[i] == "MD":
        return _given_name_as_modal(t, i) or _surname_before_cue(t, i)
    if t.tag[i] == "NNS" and _plural_surname_before_cue(t, i):
        return True  # "Andre Mills ... Mills said": a surname the tagger reads as a plural noun
    if t.tag[i] == "NNS" and _acronym_read_as_plural(t, i):
        return True  # "The SAPS said": a body's acronym, not the plural of a kind of people ("MPs")
    if t.tag[i] == "NN" and (_given_name_before_cue(t, i) or _name_read_as_noun_at_start(t, i)):
        return True  # "Datuk Azmi Abu Kassim ... Azmi said": a given name read as a common noun
    if t.tag[i] in ("NN", "NNS") and _initials_of_a_name_before(t, i):
        return True  # "the Canadian Food Inspection Agency ... The CFIA said": read as a common noun
    if t.tag[i] not in NAME_TAGS or not t.text[i][:1].isupper() or _opening_gerund(t, i):
        return False
    # "on Friday" is a day; "coach Mike Friday" is a surname; "June Carter Cash" a given name.
    return t.lower[i] not in MONTHS_AND_DAYS or (i > 0 and t.tag[i - 1] in NAME_TAGS
                                                 and t.lower[i - 1] not in TITLES and not _day_after_name(t, i)) \
        or _month_as_given_name(t, i) or _day_of_paper(t, i) or _surname_before_cue(t, i)


INITIALS_LETTERS = (2, 6)  # an acronym's letters: "OPG", "CFIA", "CMHC"


def _initials_of_a_name_before(t: Columns, i: int) -> bool:
    """'The Canadian Food Inspection Agency says ... The CFIA said': a word in capitals that the
    tagger reads as a common noun ("CFIA") is a name where its letters are the initials of a run
    of proper nouns written before it in the article; "the CEO", "GDP" spell no name written out."""
    word = t.text[i]
    if not (word.isalpha() and word.isupper() and INITIALS_LETTERS[0] <= len(word) <= INITIALS_LETTERS[1]):
        return False
    run: list[str] = []
    for k in range(i - 1, -1, -1):
        if t.tag[k] in NAME_TAGS and t.text[k][:1].isupper() or run and t.lower[k] in ACRONYM_SKIPS:
            run.insert(0, t.text[k])
            if acronym_of(run) == word:
                return True
        else:
            run = []
    return False


def _surname_before_cue(t: Columns, i: int) -> bool:
    """'Prime Minister Theresa May said ... May said it would pass', 'Later May told MPs': a
    capitalised word the tagger reads as a modal, a month or a plural noun ("May", "Will",
    "Mills") right before a speech (or a relative clause set off by commas and then a speech)
    verb in the past or the third person (no modal takes one; a month says nothing) is the surname
    of a person the article has already named in full with it as the last word."""
    cue = _cue_after_aside(t, i + 1)
    if not (0 <= i < len(t) - 1 and t.text[i][:1].isupper() and cue < len(t) and t.tag[cue] in ("VBD", "VBZ")
            and t.lower[cue] in SPEECH_FORMS):
        return False
    word = t.text[i]
    return any(t.text[k] == word and t.tag[k - 1] in NAME_TAGS and t.text[k - 1][:1].isupper()
               and t.tag[k] in NAME_TAGS for k in range(1, i))


def _plural_surname_before_cue(t: Columns, i: int) -> bool:
    """'Andre Mills ... Mills, who scored 12 points, said he wanted to stay': a surname the tagger
    reads as a plural noun, before a verb that reports words (not one of going on, "Sanders
    continued to portray her", whose "to" makes it no saying)."""
    cue = _cue_after_aside(t, i + 1)
    if cue + 1 >= len(t) or t.lower[cue + 1] == "to" or not _surname_before_cue(t, i):
        return False
    # the word ends a person's name written before ("Andre Mills"), not one inside a body's name
    # ("Edmonton Police Service ... Police said")
    word = t.text[i]
    return any(t.text[k] == word and t.tag[k - 1] in NAME_TAGS and (k + 1 >= len(t) or t.tag[k + 1] not in NAME_TAGS)
               for k in range(1, i))


def _irish_article(t: Columns, i: int) -> bool:
    """'An Bord Pleanála has refused permission', 'An Post said': the Irish article "An" before a
    noun of an Irish body's name (irish-body-words.txt), written with a capital, is the name's
    first word (conventions.md drops only an English "the")."""
    return t.text[i] == "An" and i + 1 < len(t) and t.lower[i + 1] in IRISH_BODY_WORDS and t.text[i + 1][:1].isupper()


def irish_body(words: tuple[str, ...]) -> bool:
    """'An Garda Síochána': a name opened by the Irish article before a noun of an Irish body's
    name (`_irish_article`), a body's name as written, which no recogniser is asked to cut."""
    return len(words) > 1 and words[0] == "An" and words[1].lower() in IRISH_BODY_WORDS


def _acronym_read_as_plural(t: Columns, i: int) -> bool:
    """'The SAPS said', 'the NTSB says': a word of three capitals or more ending in S that the
    tagger reads as a plural noun is a body's acronym (South African Police Service), where the
    words around it are not in capitals too (a shouted headline); the plural of a kind of people
    ends in a small "s" ("MPs", `plural_acronym`)."""
    word = t.text[i]
    return len(word) > 2 and word.isalpha() and word.isupper() and \
        not any(0 <= k < len(t) and len(t.text[k]) > 1 and t.text[k].isalpha() and t.text[k].isupper()
                for k in (i - 1, i + 1))


def _name_read_as_noun_at_start(t: Columns, i: int) -> bool:
    """'Eskom will implement stage 2 load shedding ..., the power utility said. ... Eskom's chief
    operating officer': a capitalised word opening a sentence that the tagger reads as a common
    noun is a name where the tagger reads it elsewhere in the article as a proper noun and the
    article never writes it in lower case, and no word list calls it a common noun of bodies or people ("Police",
    "Government", "Minister" are capitalised in some papers' style, and stay common nouns)."""
    word, lower = t.text[i], t.lower[i]
    if not t.sent_start[i] or not word[:1].isupper() or not word[1:].islower() or not word.isalpha() or \
            lower in ORG_NOUNS or lower in ORG_NAME_WORDS or lower in ROLE_NOUNS or lower in TITLES or \
            lower in MONTHS_AND_DAYS or lower in SENTENCE_ADVERBS:
        return False
    return lower not in t.text and any(t.text[k] == word and t.tag[k] in NAME_TAGS for k in range(len(t.text)) if k != i)


def _given_name_before_cue(t: Columns, i: int) -> bool:
    """'Selangor police chief Datuk Azmi Abu Kassim said ... Azmi said the syndicate had ...': a
    capitalised word the tagger reads as a common noun right before a speech verb, written before
    as the first word of a person's name of three words or more, opened by a title ("Datuk Azmi
    Abu Kassim"): Malay, Indonesian and Arab names go on by the given name. A common word
    capitalised at a sentence's start ("Police said") opens no name after a title."""
    if i + 1 >= len(t) or not t.text[i][:1].isupper() or not t.text[i].isalpha() or t.lower[i] in TITLES \
            or t.lower[i] in ROLE_NOUNS or t.lower[i] in ORG_NAME_WORDS or not _surname_before_cue_at(t, i):
        return False
    word = t.text[i]
    return any(t.text[k] == word and t.lower[k - 1] in TITLES and t.tag[k] in NAME_TAGS
               and all(t.tag[n] in NAME_TAGS and t.text[n][:1].isupper() for n in (k + 1, k + 2))
               for k in range(1, min(i, len(t) - 2)))


def _surname_before_cue_at(t: Columns, i: int) -> bool:
    """Whether a speech verb in the past or the third person follows word `i` (perhaps after a
    relative clause set off by commas), as `_surname_before_cue` asks."""
    cue = _cue_after_aside(t, i + 1)
    return cue < len(t) and t.tag[cue] in ("VBD", "VBZ") and t.lower[cue] in SPEECH_FORMS


ASIDE_REACH = 12  # words of a relative clause set off by commas between a surname and its cue


def _cue_after_aside(t: Columns, j: int) -> int:
    """Where the cue after a surname stands: right after it (`j`), or past a relative clause set
    off by commas ("Mills, who scored 12 points, said")."""
    if j >= len(t) or t.text[j] != "," or j + 1 >= len(t) or t.lower[j + 1] not in ("who", "whose"):
        return j
    close = next((k for k in range(j + 2, min(len(t), j + ASIDE_REACH)) if t.text[k] == ","), None)
    return close + 1 if close is not None else j


def _given_name_as_modal(t: Columns, i: int) -> bool:
    """'Catcher Will Brennan said': a capitalised modal inside a sentence, a known given name,
    and a proper noun after it, is the name's first word the tagger read as the modal ('Will', 'May');
    a modal opening a sentence ('Will Ottawa act?') is one, unless the sentence goes on as a
    statement (`_stated_after_name`: 'Will Wright said the game was done')."""
    return t.tag[i] == "MD" and i < len(t) - 1 and t.text[i][:1].isupper() \
        and t.lower[i] in GIVEN_NAMES and t.tag[i + 1] in NAME_TAGS and t.text[i + 1][:1].isupper() \
        and (i > 0 and not t.sent_start[i] or _stated_after_name(t, i + 1))


def _stated_after_name(t: Columns, i: int) -> bool:
    """'Will Wright said ...', 'Will Wright, the game's designer, said ...': after the proper nouns
    from `i`, a verb in the past or in the third person ("said", "says") or an apposition's comma,
    which no modal's question takes ("Will Ottawa act?" has the bare verb after its subject)."""
    k = i
    while k < len(t) and t.tag[k] in NAME_TAGS and t.text[k][:1].isupper():
        k += 1
    return k < len(t) and (t.text[k] == "," or t.tag[k] in ("VBD", "VBZ"))


DEMONYM_BODY_REACH = 5  # capitalised words after a nationality to the organisation's word that ends the body's name


def _demonym_opening_body(t: Columns, i: int) -> bool:
    """'the Canadian Civil Liberties Association', 'the Canadian Union of Public Employees': after
    "the", a capitalised nationality that the tagger reads as an adjective opens a body's name where
    the run of capitalised words after it (through "of") ends in an organisation's word, and holds
    no given name ('the Canadian Ann Lee Foundation' aside, 'the Canadian singer' has no run)."""
    if t.tag[i] != "JJ" or not t.text[i][:1].isupper() or i < 1 or t.lower[i - 1] != "the" or \
            t.lower[i] not in DEMONYMS:
        return False
    j = i + 1
    last = None
    while j < len(t) and j - i <= DEMONYM_BODY_REACH and (_capitalised_name(t, j) or t.lower[j] == "of"):
        if t.lower[j] in GIVEN_NAMES:
            return False
        if _capitalised_name(t, j):
            last = j
        j += 1
    return last is not None and _org_word(t, last)


FRENCH_BODY_REACH = 8  # words from a French body's first word to the capitalised one that ends it
FRENCH_ADJECTIVES = 2  # lower-case words between a French body's first word and its first link: "intégré universitaire"


def _french_lower(t: Columns, i: int) -> bool:
    """A word in lower case that may stand inside a French body's name: 'transport', 'de',
    "l'assurance"; no punctuation, no line break before it."""
    word = t.text[i]
    return word[:1].islower() and word.replace("'", "").replace("’", "").isalpha() and "\n" not in t.whitespace[i - 1]


def _french_link(t: Columns, i: int) -> bool:
    word = t.lower[i].replace("’", "'")
    return word in FRENCH_NAME_LINKS or word[:2] in ("l'", "d'") and word[:2] in FRENCH_NAME_LINKS


def _in_french_body(t: Columns, i: int) -> bool:
    """'Société de transport de Montréal', 'Caisse de dépôt et placement du Québec', "Régie de
    l'assurance maladie du Québec": Canadian news writes Quebec's bodies by their French names,
    whose words between the first (french-body-words.txt) and the capitalised place or name at
    the end are in lower case. Token `i`, in lower case, is the name's where a link
    (french-name-links.txt) follows that first word, and the run of lower-case words it stands
    in ends, after a link, in a capitalised proper noun. The first word's adjectives may stand
    before that link ("Centre intégré de santé de Laval", "Centre hospitalier de l'Université de
    Montréal": FRENCH_ADJECTIVES at most)."""
    if i < 1 or not _french_lower(t, i):
        return False
    if FRENCH_BODY_WORDS.isdisjoint(t.lower[max(0, i - FRENCH_BODY_REACH):i]):
        return False  # no first word within reach, wherever the walk back below stops
    k = i - 1
    while k > 0 and i - k < FRENCH_BODY_REACH and _french_lower(t, k):
        k -= 1
    if not (t.text[k][:1].isupper() and t.lower[k] in FRENCH_BODY_WORDS and
            any(_french_link(t, m) for m in range(k + 1, min(len(t), k + 2 + FRENCH_ADJECTIVES)))):
        return False
    j = i + 1
    while j < len(t) and j - k < FRENCH_BODY_REACH and _french_lower(t, j):
        j += 1
    return j < len(t) and _capitalised_name(t, j) and _french_link(t, j - 1) and "\n" not in t.whitespace[j - 1]


def french_body(words: tuple[str, ...]) -> bool:
    """A name read as a French body's ('Société de transport de Montréal'): its first word
    opens one (french-body-words.txt) and a French link follows it; a recogniser trained on
    English takes its last words for a person's ("de Montréal")."""
    if len(words) < 3 or not words[0][:1].isupper() or words[0].lower() not in FRENCH_BODY_WORDS:
        return False
    for word in words[1:min(len(words) - 1, 2 + FRENCH_ADJECTIVES)]:
        if not word[:1].islower():
            return False
        if word.lower().replace("’", "'") in FRENCH_NAME_LINKS:
            return True  # "Association québécoise des CPE": lower-case adjectives may come first
    return False


def _chapter_number(t: Columns, i: int) -> bool:
    """The number of a union's local or a club's branch, after its capitalised word inside a
    name: "CUPE Local 47", "Unifor Local 444", "Legion Branch 43"."""
    return i > 1 and CHAPTER_NUMBER.match(t.text[i]) is not None and t.lower[i - 1] in NUMBERED_NAME_WORDS \
        and t.text[i - 1][:1].isupper() and t.tag[i - 2] in NAME_TAGS


def _number_ending_name(t: Columns, i: int) -> bool:
    """'Number 10 said', 'Channel 4 has said': a number of one or two digits after one
    capitalised word ends a body's name when a verb follows it (or a possessive), as the
    subject of its sentence; not a score ("Arsenal 2 Chelsea 1"), a count after a name, nor a
    part of a writing ("Article 5 says": what a document says is its maker's)."""
    if not (0 < i < len(t.text) - 1 and t.text[i].isdigit() and len(t.text[i]) <= 2 and t.whitespace[i - 1]):
        return False
    if t.tag[i - 1] not in (*NAME_TAGS, "NN") or not t.text[i - 1][:1].isupper() or \
            t.lower[i - 1] in DOCUMENT_NOUNS or t.lower[i - 1] in WRITINGS or \
            i > 1 and (t.tag[i - 2] in NAME_TAGS or t.text[i - 2][:1].isupper()):
        return False
    return t.tag[i + 1].startswith("VB") or t.tag[i + 1] in ("MD", "POS")


def _slash_in_name(t: Columns, i: int) -> bool:
    """'Nielsen/NetRatings', 'a New York Times/CBS News poll', 'the USA TODAY/Suffolk poll': a
    slash glued between two capitalised names writes one maker's name, or a poll's two makers as
    one, and the name runs on through it. Not a photo's credit before the next sentence's name
    ('THE CANADIAN PRESS/Sean Kilpatrick', 'AP Photo/Evan Vucci', 'Darren Brook/Postmedia'),
    where a given name opens either side."""
    if t.whitespace[i - 1] or t.whitespace[i] or i + 1 >= len(t) or t.lower[i + 1] in GIVEN_NAMES:
        return False
    k = i - 1
    while k >= 0 and t.tag[k] in NAME_TAGS and not t.whitespace[k].count("\n"):
        if t.lower[k] in GIVEN_NAMES:
            return False
        k -= 1
    return t.tag[i + 1] in NAME_TAGS and t.text[i + 1][:1].isupper() and t.lower[i - 1] not in CREDIT_WORDS


def _day_of_paper(t: Columns, i: int) -> bool:
    """'the Sunday Times', 'the Sunday Telegraph': a weekday before the last word of a
    newspaper's name is the paper's, not a time ('Times Sunday' is the day)."""
    return t.lower[i] in WEEKDAYS and _capitalised_name(t, i + 1) and t.lower[i + 1] in NEWSPAPER_WORDS \
        and not _capitalised_name(t, i + 2)


def _purpose_in_name(t: Columns, i: int) -> bool:
    """'Committee to Protect Journalists', 'Coalition to Stop Gun Violence': a body named for its
    aim runs on through "to" and a capitalised verb to the capitalised words it governs
    (the infinitive's "to", not the "to" of a place: "Ambassador to France Ann Lee")."""
    return 0 < i < len(t.text) - 2 and t.tag[i] == "TO" and t.lower[i] == "to" and t.tag[i - 1] in NAME_TAGS \
        and _org_word(t, i - 1) and t.tag[i + 1] == "VB" and t.text[i + 1][:1].isupper() \
        and _capitalised_name(t, i + 2)


def _joins_body(t: Columns, i: int) -> bool:
    """'Society of Motor Manufacturers and Traders': an "and" after an organisation's word goes
    on with a body's name that has its "of" or "for" before it. Two firms joined ('Kestrel
    Systems and Varta Holdings', 'British Airways and Iberia') are two names, and so is the
    last pair of a list ('Northwind Air, Bluesky Airways and Tarmac'). Bodies that share a
    plural noun after the "and" are one name ('the State and Homeland Security Departments')."""
    j = i + 1
    while j < len(t) and _capitalised_name(t, j):
        j += 1
    if j > i + 1 and t.lower[j - 1] != singular(t.lower[j - 1]) in ORG_NOUNS:
        return True
    k = i - 1
    while k > 0 and (t.tag[k - 1] in NAME_TAGS and t.text[k - 1][:1].isupper() or
                     t.lower[k - 1] in ORG_CONNECTORS and t.lower[k - 1].isalpha() and t.lower[k - 1] != "and"):
        k -= 1
        if t.lower[k] in ORG_CONNECTORS and t.lower[k].isalpha():
            return not (k > 1 and t.text[k - 1] == "," and t.tag[k - 2] in NAME_TAGS)
    return False


def _body_field(t: Columns, i: int) -> bool:
    return t.lower[i] in BODY_FIELDS and t.lower[i] != "and" and t.text[i][:1].isupper()


def _field_word(t: Columns, i: int) -> bool:
    """A field of government written capitalised ("Elections", "Employment"), which the tagger
    may read as a common noun at the head of a department's name."""
    return t.lower[i] in GOVERNMENT_FIELDS and t.lower[i] != "and" and t.text[i][:1].isupper()


def _fields_joined(t: Columns, i: int) -> bool:
    """"and" of "Employment and Social Development Canada": two fields of government joined."""
    return t.lower[i] == "and" and i + 1 < len(t) and _field_word(t, i - 1) and _field_word(t, i + 1)


# A seat written "City, State" after a firm's "of" has at most this many words in its city.
SEAT_WORDS = 3


def _seat_after(t: Columns, j: int) -> bool:
    """Whether a firm's seat, written "City, State" as the wires and business pages write it,
    starts at token `j`: one to three capitalised words, a comma and a capitalised word ("of
    Princeton, N.J.", "of El Paso, Texas"). A name that goes on with "of" and no such comma
    ("Aluminum Co. of America") keeps it."""
    k = j
    while k < len(t.text) and k - j < SEAT_WORDS and t.tag[k] in NAME_TAGS and t.text[k][:1].isupper():
        k += 1
    return j < k < len(t.text) - 1 and t.text[k] == "," and t.text[k + 1][:1].isupper()


def _org_word(t: Columns, i: int) -> bool:
    return t.lower[i] in ORG_NAME_WORDS and t.lower[i] not in TITLES


def _capitalised_name(t: Columns, i: int) -> bool:
    return i < len(t) and t.tag[i] in NAME_TAGS and t.text[i][:1].isupper()


def _the_in_name(t: Columns, i: int) -> bool:
    """"the" of "Office of the Chief Coroner", "Ministry of the Environment": a body's name
    runs on through "of the" to the capitalised words after it."""
    return i > 1 and t.lower[i] == "the" and t.lower[i - 1] == "of" and _org_word(t, i - 2) \
        and t.tag[i - 2] in NAME_TAGS and _capitalised_name(t, i + 1)


def _day_after_name(t: Columns, i: int) -> bool:
    """'Bill Clinton Thursday said': American news writes the day right after the speaker's
    name; a weekday is a surname only right after a known given name that opens the name
    ('coach Mike Friday'; "Clinton" is a given name too, but not after "Bill"), and not where
    the parse makes it the time of the verb ('Clinton Thursday said'). Before a verb, the given
    name must follow a title or a role ("Coach Mike Friday said"): a lone name there is the
    surname that news writes again after the full name ("Lee Thursday said", of Ann Lee)."""
    given = t.lower[i - 1] in GIVEN_NAMES and \
        (i < 2 or t.tag[i - 2] not in NAME_TAGS or t.lower[i - 2] in TITLES)
    if given and _before_verb(t, i + 1):
        given = i >= 2 and (t.lower[i - 2] in TITLES or _is_role_word(t.lower[i - 2]))
    return t.lower[i] in WEEKDAYS and (not given or t.dep[i] == "npadvmod")


def _before_verb(t: Columns, i: int) -> bool:
    """Whether token `i` is a verb, or an adverb before one ("also said")."""
    if i < len(t) and t.tag[i] == "RB":
        i += 1
    return i < len(t) and (t.tag[i].startswith("VB") or t.tag[i] == "MD")


def named_before_day(doc: Doc, i: int) -> int | None:
    """The last word of the name a weekday at token `i` follows ("Patel" of "Patel Tuesday
    told reporters", where the parser makes the day the cue's subject and the name its
    compound), or None when `i` is no weekday right after a proper noun."""
    t = columns(doc)
    if i < 1 or t.lower[i] not in WEEKDAYS or t.tag[i - 1] not in NAME_TAGS or not t.text[i - 1][:1].isupper() \
            or t.lower[i - 1] in TITLES or t.lower[i - 1] in MONTHS_AND_DAYS:
        return None
    return i - 1


def _capitalised_particle(t: Columns, i: int) -> bool:
    """'Al Gore', 'Van Morrison', 'De Beers', 'Le Devoir', 'La Presse': a particle written with a
    capital before a capitalised proper noun opens the name, and is part of it."""
    word = t.text[i]
    return i + 1 < len(t) and word[:1].isupper() and word[1:].islower() and t.tag[i + 1] in NAME_TAGS \
        and t.text[i + 1][:1].isupper()


def _initials(t: Columns, i: int) -> bool:
    """'AL Gooneratne', 'DE Moreau': a particle's letters in capitals before a name in
    ordinary case are someone's initials (a line set in capitals, 'AL QAEDA', is no name)."""
    nxt = t.text[i + 1] if i + 1 < len(t) else ""
    return len(t.text[i]) > 1 and t.text[i].isupper() and t.tag[i + 1] in NAME_TAGS and nxt[:1].isupper() \
        and not nxt.isupper()


def _possessive_mark(t: Columns, i: int) -> bool:
    """'s, or an apostrophe right after a word (the tagger may take "Nurses’" for a closing quote)."""
    return t.tag[i] == "POS" or t.text[i] in ("'", "’") and i > 0 and not t.whitespace[i - 1]


def _possessive_in_name(t: Columns, i: int) -> bool:
    """An organisation named for whom it serves: a plural possessive between capitalised words
    ("Women's Institute", "Nurses' Union"), or for a saint ("St. Brigid's Hospital"), not a
    person's possessive ("Moreau's Office")."""
    prev = t.lower[i - 1]
    plural = prev in PLURAL_POSSESSORS or t.text[i] in ("'", "’") and prev.endswith("s")
    saint = i > 1 and t.lower[i - 2] in SAINTS and t.text[i - 1][:1].isupper()  # "St. Brigid's Hospital"
    return (plural or saint or _firm_after(t, i + 1) or _title_s_office(t, i)) and i + 1 < len(t) \
        and t.tag[i + 1] in NAME_TAGS and t.text[i + 1][:1].isupper() and not _person_named_after(t, i + 1)


def _possessive_before_verb(t: Columns, i: int) -> bool:
    """"McDonald's said", "Shoney's will sell": a possessive that owns nothing, right before the
    verb in a tense, ends a firm's name written as its founder's shop. Not a person's, whose
    thing the sentence leaves out ("a larger role than Paul Manafort's did", "than Mr. Lee's
    will"): a given name or a title before the surname, or "than" or "as" before it."""
    before = t.lower[i - 2] if i > 1 else ""
    return t.text[i] in ("'s", "’s") and not t.whitespace[i - 1] and i + 1 < len(t) \
        and t.tag[i + 1] in ("VBD", "VBZ", "VBP", "MD") \
        and before not in GIVEN_NAMES and before not in TITLES and before not in ("than", "as")

def _title_s_office(t: Columns, i: int) -> bool:
    """'The Prime Minister's Office said': the possessive at `i` follows a capitalised title alone
    (every word a title's, "the" before it) and comes before an office's noun (title-offices.txt):
    the body named for its office-holder, no person's possessive ("Moreau's Office")."""
    if i + 1 >= len(t) or t.lower[i + 1] not in TITLE_OFFICES or not t.text[i + 1][:1].isupper():
        return False
    k = i - 1
    while k >= 0 and t.text[k][:1].isupper() and t.lower[k] in TITLES:
        k -= 1
    return k < i - 1 and k >= 0 and t.lower[k] == "the"


def _person_named_after(t: Columns, i: int) -> bool:
    """'Fox News’ Jenna Lee', 'Democracy Corps’ Stan Greenberg': a known given name after a
    plural possessive opens a person of the body, not the rest of its name, where the capitalised
    words it opens hold no organisation's word ("Nurses’ Grace Hospital" is one body) and no
    initials in brackets follow them ("Lawyers' Christian Fellowship (LCF)" is a body's)."""
    if t.lower[i] not in GIVEN_NAMES or not _capitalised_name(t, i + 1):
        return False
    j = i + 1
    while _capitalised_name(t, j):
        if _org_word(t, j) or t.lower[j] in CORPORATE_SUFFIXES:
            return False
        j += 1
    return not (j + 1 < len(t) and t.text[j] == "(" and len(t.text[j + 1]) > 1 and t.text[j + 1].isupper())


FIRM_REACH = 3  # capitalised words between a possessive and the suffix: "Hudson's Bay Co."


def _firm_after(t: Columns, i: int) -> bool:
    """'Hudson's Bay Co.', 'McDonald's Corp.': a founder's possessive inside a company's name,
    which a corporate suffix ends a word or a few later."""
    for k in range(i, min(len(t), i + FIRM_REACH + 1)):
        if t.lower[k] in CORPORATE_SUFFIXES:
            return True
        if not _capitalised_name(t, k):
            return False
    return False


def _hyphenated_prefix(t: Columns, i: int) -> bool:
    """'al-Zawahiri', 'Al-Hariri', 'el-Sisi': a particle joined by a hyphen to a capitalised
    word opens a name wherever it stands."""
    return i + 2 < len(t) and not t.whitespace[i] and t.text[i + 1] == "-" and \
        not t.whitespace[i + 1] and t.text[i + 2][:1].isupper()


def _month_as_given_name(t: Columns, i: int) -> bool:
    """'June Carter Cash said', 'Jun Reyes Bautista said': a month or its abbreviation that is
    also a given name, a woman's or a man's, before a surname and after no preposition ('in June
    Smith said' is rare without a comma)."""
    nxt = i + 1 if i + 1 < len(t) else None
    return t.lower[i] in GIVEN_NAMES and nxt is not None and t.tag[nxt] in NAME_TAGS \
        and t.text[nxt][:1].isupper() and t.lower[nxt] not in MONTHS_AND_DAYS \
        and (i == 0 or t.tag[i - 1] not in ("IN", "CD", "JJ"))


def _opening_gerund(t: Columns, i: int) -> bool:
    """'Injecting Clinton's troubles into ...': a sentence may open with a verb's -ing form
    that the tagger takes for the first word of a name. One the parse hangs on the proper
    noun right after it, as a proper noun of its own, names a place ("Downing Street said")."""
    word = t.text[i]
    if t.tag[i] == "NNP" and t.dep[i] == "compound" and t.head[i] == i + 1 and t.tag[i + 1] == "NNP":
        return False
    return t.sent_start[i] and len(word) > 5 and word.endswith("ing") and word[1:].islower() \
        and word.lower() not in GIVEN_NAMES


def _title_as_given_name(t: Columns, i: int, end: int) -> bool:
    """'Justice Mupfumira, a farmer from Mvurwi': a title that is also a given name, opening a
    name of two words that an apposition with an indefinite article then describes as anything
    but a judge, is the given name (a judge is introduced as one, not as "a farmer")."""
    return t.lower[i] in GIVEN_NAME_TITLES and end == i + 2 and end + 2 < len(t) and t.text[end] == "," \
        and t.lower[end + 1] in ("a", "an") and not any(t.lower[k] in JUDGES or t.lower[k] in TITLES
                                                        for k in range(end + 2, min(end + APPOSITION_REACH, len(t))))


def title_as_given_name(doc: Doc, i: int) -> bool:
    """`_title_as_given_name` for token `i` of a parsed article (the channel stage asks whether
    "Justice" opens a judge's name)."""
    return _title_as_given_name(columns(doc), i, i + 2)


def _title_pair_end(t: Columns, i: int, end: int) -> int:
    """Where a two-word honorific that starts at `i` ends ("Tan Sri", "Dato' Sri": the apostrophe
    of "Dato'" is a token of its own), with a name's word after it before `end`; else 0."""
    k = i + 2 if i + 1 < end and t.text[i + 1] == "'" and not t.whitespace[i] else i + 1
    return k + 1 if k + 1 < end and f"{t.lower[i]} {t.lower[k]}" in TITLE_PAIRS else 0


def _office_then_titled(t: Columns, words: tuple[str, ...], end: int) -> bool:
    """'NLC President, Comrade Bamidele Ogunleye,': words that end in a title, then a comma and a
    name opened by a title of its own, are an office (its body's acronym before it) and then who
    holds it, as Nigerian papers write it; not 'Ann Lee, Dr. Tom Hart' (no title ends the first)."""
    return len(words) > 1 and words[-1].lower() in TITLES and end + 2 < len(t) and t.text[end] == "," \
        and t.lower[end + 1] in TITLES and t.text[end + 1][:1].isupper()


def _split_title(doc: Doc, start: int, end: int) -> list[NameMention]:
    """'Former Pennsylvania Gov. Ed Rendell' -> the name 'Ed Rendell' with its title 'gov.'.

    Organisation names keep every word ("Republican National Committee"); a
    capitalised "The" before one mid-sentence is part of it ("The Wall Street Journal").
    """
    t = columns(doc)
    if french_body(tuple(t.text[start:end])):
        # "president of the Fédération des éducatrices du Québec": the office's "of the" ends at a
        # French body's name, which keeps every word (its first is no title of a person's)
        return [NameMention(start, end, joined_words(t, start, end))]
    if end - start == 3 and _hyphen_after(t, start) and _title_word(t.lower[start]) and _title_word(t.lower[end - 1]):
        return []  # "Ontario's Auditor-General says": a title hyphenated in Globe style, no name
    office = _office_before(t, start)
    if office is None:
        office = _office_across_and(t, start)
    title_start = start if office is None else office
    title_end = start if office is None else start + 1  # "Secretary of State John Kerry": "State" is the title's
    while office is not None and title_end < end - 1 and "-" in (t.text[title_end], t.text[title_end - 1]):
        title_end += 1  # "MLA for Vancouver-Kensington Ann Lee": the place's first word is all of it
    if start > 1 and t.text[start - 1] == "'" and _title_pair_end(t, start - 2, end) == start + 1:
        title_end = start + 1  # "Dato' Sri Mohd Azlan": the run starts after the apostrophe
    for i in range(start, end - 1):
        if i == start and _title_as_given_name(t, i, end):
            continue  # "Justice Mupfumira, a farmer": a given name
        pair = _title_pair_end(t, i, end)
        if pair:
            title_end = pair  # "Tan Sri Zulkifli Abdul Rahman": both words the title's
            continue
        if _hyphen_after(t, i) or _possessive_mark(t, i + 1):
            continue  # "Luc St-Pierre", "Queen's Park": a title's word glued to what follows is the name's
        if t.lower[i] in SAINTS and i + 2 < end and _possessive_mark(t, i + 2):
            continue  # "St. John's Ambulance": a saint's, named for the saint
        if _office_in_body(t, start, i, end):
            continue  # "Office of the Chief Coroner": the body's name holds the office's title
        if _given_after_title(t, i):
            continue  # "head coach Dean Haworth": after the title a given name that is one too is the name's
        if _saint_in_surname(t, i, start):
            continue  # "Luke St. Pierre": a saint's word after a given name opens the surname
        if _surname_in_man(t, i, start):
            continue  # "Representative Debbie Wasserman Schultz": the first of two surnames
        # "General Suleiman al-Bakr": a word in -man before a particle is a given name, no role;
        # a role in capitals ("GM") is one before a known given name, not in "GM Hughes Electronics"
        if t.lower[i] in TITLES or _is_role_word(t.lower[i]) and t.lower[i + 1] not in NAME_PARTICLES \
                and (not t.text[i].isupper() or t.lower[i + 1] in GIVEN_NAMES):
            title_end = i + 1
    place = None
    if office is not None:  # "Minister of Public Works Dana Holt": the office's words run to the given name,
        given = _given_name_from(t, title_end, end)  # "Chairman of the Audit Committee Ann Lee" too
        opens = t.lower[given] in GIVEN_NAMES or _initial_opening(t, given, end)
        if not opens and _members_seat(t, office):
            return []  # "Donna Kerr, the MLA for Wood River since 2016": the riding, no one's name
        title_end = given if opens else _holder_after_body(t, given, end)
        place = start if title_end == given and not opens else None
    if party_members(t.text[end - 1]) and not (start > 0 and t.lower[start - 1] == "the"):
        return []  # "Republicans said", "Senate Democrats": members, unnamed; "the Conservatives" is the party
    if any(word in ORG_NAME_WORDS for word in t.lower[title_end:end]) or _fields_body(t, start, end):
        # "City Attorney Brad Holm" is a person with a title; "Republican National Committee"
        # and "Commission on Presidential Debates" are organisations, every word kept.
        if start > 0 and t.text[start - 1] == "The" and \
                (not t.sent_start[start - 1] or t.lower[end - 1] in NEWSPAPER_WORDS):
            start -= 1
        # "Ambassador to the European Union Kwabena Osei": the body may be the office's, its holder after it.
        return [NameMention(start, end, joined_words(t, start, end), place=place)]
    while title_end < end - 1 and (t.lower[title_end] in NAME_MODIFIERS or party_members(t.text[title_end])):
        title_end += 1  # "Former Tory Ann Hale"; "including Tories Ann Hale and ...": members, a description
    if title_end == start < end - 1 and _kin_plural_opening(t, start):
        title_end += 1  # "Sisters Ruth Ambrose and Clare Ambrose run the orchard": kin, no part of a name
    title_end = _after_party(t, title_end, end)
    while title_end < end - 2 and (_is_nationality(t.lower[title_end]) and not _body_after_the(t, start, end)
                                   or _country_before_name(t, title_end)):
        title_end += 1
    title_end = min(title_end, end - 1)
    for i in range(title_start, title_end):
        if _possessive_mark(t, i):
            title_start = i + 1  # "Court of King's Bench Justice Mia Roy": the words before 's are a name's
    title = " ".join(t.lower[title_start:title_end])
    if title_end == start and start > 0 and t.lower[start - 1] in TITLES:
        title = t.lower[start - 1]
    words = joined_words(t, title_end, end)
    if not words or (all(w.lower() in TITLES for w in words) and not HONORIFICS & set(title.split())):
        return []  # "the Cardinal", "the Premier": a title used as a description ("Mr. King" is a name)
    if (all(w.lower() in TITLES for w in words) or len(words) == 1 and title in ("lord", "lady")
            or office is not None and t.lower[title_end] not in GIVEN_NAMES or _office_then_titled(t, words, end)) \
            and end + 1 < len(t) and t.text[end] == "," and t.tag[end + 1] in NAME_TAGS:
        # "The Lord Chancellor, Lord Falconer,", "Minister of Long-Term Care, Ann Lee,": an office,
        # and then who holds it; the office's field ("Care") is no name for "the minister"
        return []
    if words[-1].lower() in TITLES and len(words) > 1 and start > 0 and t.lower[start - 1] == "the" \
            and t.text[end - 1][:1].isupper() and not words[-1].lower() in ORG_NAME_WORDS:
        return []  # "the Glasgow Kelvin MP": a title that a place qualifies describes someone
    if _owned_office(t, start, words):
        return []  # "Pakistan's High Commissioner", "Canada's Foreign Minister": an office its owner qualifies
    if len(words) == 1 and demonym(words[0]):
        return []  # "the Russian", "a Swede", "Some Kenyans", "Cuban-Americans": a nationality is no one's name
    if len(words) > 1 and party_member(words[-1]) and start > 0 and t.lower[start - 1] == "the":
        return []  # "the South Carolina Republican": a member that a place qualifies describes someone
    if _office_after(t, end) and _an_office(words):
        return []  # "Afghan Ambassador to the United States Ann Lee": the office, its holder after it
    if len(words) == 1 and plural_acronym(words[0]):
        return []  # "MPs", "MLAs", "CEOs": the plural of a role, a description of many
    return [NameMention(title_end, end, words, title, _roles(doc, title_end, end),
                        _named_as_relative(t, start) or _relative_after(t, end), place)]


def people_at(t: Columns, i: int) -> bool:
    """'IQALUIT — Hunters in Kugluktuk say', 'Farmers in southern Manitoba say': a plural the
    tagger reads as a proper noun only because it opens the sentence (or follows a dateline's
    dash), tied by "in" or "from" (residence-prepositions.txt) to a named place, is people of that
    place, unnamed; a team's plural name stands alone ("Rangers say")."""
    if t.tag[i] not in NAME_TAGS or not t.text[i].isalpha() or not t.lower[i].endswith("s") or i + 2 >= len(t):
        return False
    if _roles_set_off(t, i):
        return True
    if t.tag[i] != "NNPS" or t.lower[i + 1] not in RESIDENCE_PREPOSITIONS:
        return False
    if not (i == 0 or t.sent_start[i] or t.text[i - 1] in ("—", "–", "--")):
        return False
    place = i + 2 + (t.tag[i + 2] == "JJ")  # "in southern Manitoba"
    return place < len(t) and t.tag[place] in NAME_TAGS


def _roles_set_off(t: Columns, i: int) -> bool:
    """'Inspectors, who visited in October, wrote': the plural of a role (role-nouns.txt) that opens
    its sentence, capitalised only there, with a relative clause set off by a comma, is people
    left unnamed, as "Inspectors said" is."""
    return (i == 0 or t.sent_start[i]) and t.text[i + 1] == "," and t.lower[i + 2] == "who" and \
        singular(t.lower[i]) in ROLE_NOUNS


def people_of_a_place(head: Token) -> bool:
    """`people_at` for a parsed token: 'Hunters in Kugluktuk' as the head of a speaker's mention."""
    return people_at(columns(head.doc), head.i)


def _kin_plural_opening(t: Columns, i: int) -> bool:
    """'Sisters Ruth Ambrose and Clare Ambrose', 'Brothers Joe and Eli Marsh': a plural noun of kin
    that opens its sentence, capitalised only there, before a known given name."""
    word = t.lower[i]
    return word.endswith("s") and word in FAMILY_NOUNS and (i == 0 or t.sent_start[i] or not t.text[i - 1].strip()) \
        and t.lower[i + 1] in GIVEN_NAMES


def _owned_office(t: Columns, start: int, words: tuple[str, ...]) -> bool:
    """'Pakistan's High Commissioner', 'Canada's Foreign Minister': a title after a possessive,
    with only titles, ranks or a field of government before it, names an office, not its holder
    ('Pakistan's Imran King' is a name)."""
    return len(words) > 1 and start > 0 and _possessive_mark(t, start - 1) and words[-1].lower() in TITLES \
        and words[-1].lower() not in ORG_NAME_WORDS \
        and all(w.lower() in TITLES or w.lower() in BODY_FIELDS or w.lower() in OFFICE_RANKS for w in words[:-1])


def demonym(word: str) -> bool:
    """'Russian', 'Kenyans', '-Americans' (the end of "Cuban-Americans", whose first part is read
    as a nationality): a people's word, singular or plural."""
    word = word.lstrip("-").lower()
    return word in DEMONYMS or word.endswith("s") and word[:-1] in DEMONYMS


def _office_in_body(t: Columns, start: int, i: int, end: int) -> bool:
    """Whether token `i` is a title inside a body's name written with "of" ("Office of the
    Chief Coroner", "Office of the Auditor General"), with no given name after it to hold it."""
    body = any(t.lower[k] == "of" and _org_word(t, k - 1) for k in range(start + 1, i))
    return body and not any(t.lower[k] in GIVEN_NAMES for k in range(i + 1, end))


def _noun_before_hyphened_name(t: Columns, i: int) -> bool:
    """'“...,” Tremblay-Roy said': the first part of a double surname that the tagger read as a
    common noun ("Tremblay" NN, "Roy" NNP), written capitalised and joined by a hyphen to a
    proper noun, is in the name, which never starts inside a word."""
    return t.tag[i] == "NN" and t.text[i][:1].isupper() and t.text[i].isalpha() and _hyphen_after(t, i) \
        and t.tag[i + 2] in NAME_TAGS and t.text[i + 2][:1].isupper() and not demonym(t.text[i])


def _hyphen_after(t: Columns, i: int) -> bool:
    return i + 2 < len(t) and t.text[i + 1] == "-" and not t.whitespace[i] and not t.whitespace[i + 1]


HOLDER_WORDS = (2, 3)  # the words of a holder's name after a body's: "Kwabena Osei", "Ana Maria Ruiz"


def _holder_after_body(t: Columns, i: int, end: int) -> int:
    """Where the holder's name starts when an office's place is a body whose name ends with
    an organisation's word ("Ambassador to the European Union Kwabena Osei", "CEO of the
    Harbour Council Enver Solak"): after that word, when two or three capitalised
    words follow it; else at `i`. A name after a body reads the same, known given name or not."""
    last = next((k for k in range(end - 1, i - 1, -1) if t.lower[k] in ORG_NAME_WORDS), None)
    if last is None or end - last - 1 not in HOLDER_WORDS:
        return i
    return last + 1 if all(t.text[k][:1].isupper() for k in range(last + 1, end)) else i


def _body_after_the(t: Columns, start: int, end: int) -> bool:
    """'the Greek Orthodox Church', 'the Italian Bishops' Conference': after "the", a
    nationality opens a body's name and stays in it, unless a known given name follows it
    ('the Russian Maria Sharapova', where it describes her)."""
    return start > 0 and t.lower[start - 1] == "the" and \
        not any(w in GIVEN_NAMES for w in t.lower[start:end])


def _an_office(words: tuple[str, ...]) -> bool:
    """'Ambassador', 'Afghan Ambassador', 'Special Envoy', 'U.S. Ambassador', 'NDP MLA': a title
    with only a nationality, a country, a modifier or a party's letters before it; 'Larry King'
    is a name."""
    *before, last = words
    return (last.lower() in TITLES or _is_role_word(last.lower())) and last.lower() not in ORG_NAME_WORDS and all(
        w.lower() in DEMONYMS or w.lower() in TITLES or w.lower() in NAME_MODIFIERS or w.isupper() or w.endswith(".")
        for w in before)


RELATIVE_REACH = 6  # tokens between "mother of" and the name: "mother of Benghazi victim Sean Smith"


def _named_as_relative(t: Columns, start: int) -> bool:
    """'her son Luc', 'His brother, Leo Varga,', 'the mother of victim Sean Smith': a name
    introduced by a family noun, read from the words and tags before it, no parse needed."""
    i = start - 1
    if i >= 1 and t.text[i] == ",":
        i -= 1
    if i >= 0 and t.lower[i] in FAMILY_NOUNS:
        return not _one_of_kin(t, i)
    for k in range(start - 1, max(-1, start - RELATIVE_REACH), -1):
        if t.lower[k] == "of":
            return k > 0 and t.lower[k - 1] in FAMILY_NOUNS
        if t.is_punct[k] or t.tag[k] in ("VBD", "VBZ", "VBP", "MD", "PRP", "IN", "CC"):
            return False
    return False


def _one_of_kin(t: Columns, i: int) -> bool:
    """'One father, Kunle Adeyemi,', 'a mother, Ann Lee,': a family noun opened by an indefinite
    determiner (or "one") names a parent among others, no relative of someone in the story."""
    return i >= 1 and (t.lower[i - 1] in INDEFINITE_DETERMINERS or t.lower[i - 1] == "one")


def _relative_after(t: Columns, end: int) -> bool:
    """'Paul Kessler, her husband, retired': a name that an apposition then calls someone's
    relative, as 'her husband Paul Kessler' does before it."""
    return end + 2 < len(t) and t.text[end] == "," and t.tag[end + 1] == "PRP$" and t.lower[end + 2] in FAMILY_NOUNS


def _after_party(t: Columns, start: int, end: int) -> int:
    """Where the name starts after a role of place and party written before it ("Ohio
    Republican Jim Jordan", "New York Democrat Ana Ruiz"): after the party word, when words
    stand before it in the run. A party word that opens the run is a modifier (NAME_MODIFIERS)
    or a given name ("Tory Burch")."""
    for k in range(end - 2, start, -1):
        if t.lower[k] in PARTY_MEMBERS and t.lower[k - 1] not in GIVEN_NAMES:
            return k + 1  # but "Jane Green Smith" is a name
    return start


def _office_before(t: Columns, start: int) -> int | None:
    """Where a title written with "of", "to" or "for" starts when the run at `start` follows that
    word ("Secretary" of "Secretary of State John Kerry", "Speaker of the House Newt
    Gingrich", "Ambassador to Japan Ian Burney"): the run goes on with the title before the
    name. None when no such title comes before."""
    i = start - 1
    if i > 0 and t.lower[i] == "the":
        i -= 1
    if i <= 0 or not _office_link(t, i) or _surname_after_given(t, i - 1):
        return None  # "Chief Theresa Cardinal of the Birch River Cree Nation": a surname, no office
    return i - 1 if t.lower[i - 1] in TITLES or _office_of_body(t, i - 1, start) else None


def _members_seat(t: Columns, office: int) -> bool:
    """Whether the office at `office` is a member's letters and "for", after "the": "the MLA for
    Wood River", "the MP for Kingston and the Islands" describe a member by the riding, whose
    holder the article names elsewhere ("MLA for Vancouver-Kensington Ann Lee", with no "the",
    is a title and its holder)."""
    before = office - 1
    if before > 0 and t.text[before][:1].isupper() and t.lower[before - 1] == "the":
        before -= 1  # "the Labour MP for Birkenhead": the member's party between "the" and the letters
    return before >= 0 and t.lower[before] == "the" and t.text[office] in POST_NOMINALS and \
        t.lower[office + 1] == "for"


def _office_across_and(t: Columns, start: int) -> int | None:
    """'Minister of Housing and Spatial Planning Sanne de Groot-Verhoeven': an office's fields
    joined by "and" after its "of"; the run after the "and" goes on with the office's words, and
    where the office starts. None when no office stands before the "and"."""
    if start < 3 or t.lower[start - 1] != "and" or t.lower[start] in GIVEN_NAMES:
        return None  # "The Minister of Finance and Tom Hart": a person joined to the office's holder
    j = start - 2
    while j > 0 and t.tag[j] in NAME_TAGS and t.text[j][:1].isupper():
        j -= 1
    return _office_before(t, j + 1) if j < start - 2 else None


def _surname_after_given(t: Columns, i: int) -> bool:
    """A title's word right after a known given name ('Theresa Cardinal', 'Ann Marshal') is that
    person's surname."""
    return i > 0 and t.lower[i - 1] in GIVEN_NAMES and t.text[i - 1][:1].isupper() and t.text[i][:1].isupper()


def _office_of_body(t: Columns, role: int, start: int) -> bool:
    """'Chief executive of the Milltown Food Bank Ann Lee': a role noun that is no one's relation
    opens an office when its place is a body, named by an organisation's word in the run."""
    word = t.lower[role]
    if not _is_role_word(word) or word in FAMILY_NOUNS:
        return False  # "the mother of Sean Smith" is a relative (`_named_as_relative`)
    end = start
    while end < len(t) and t.tag[end] in NAME_TAGS and t.text[end][:1].isupper():
        end += 1
    return any(w in ORG_NAME_WORDS for w in t.lower[start:end])


def _office_after(t: Columns, end: int) -> bool:
    """Whether an office's "of", "to" or "for" and a capitalised word follow token `end` - 1: the run before
    them ends with the title of an office ("Afghan Ambassador to the United States ...")."""
    k = end + 1
    if k < len(t) and t.lower[k] == "the":
        k += 1
    return end < len(t) and _office_link(t, end) and k < len(t) and t.text[k][:1].isupper() \
        and t.tag[k] in NAME_TAGS


def _given_after_title(t: Columns, i: int) -> bool:
    """Whether a title word that is also a given name ("Dean") follows a title or a role and
    opens the name ("head coach Dean Haworth", "Provost Dean Ellis"), the role perhaps given
    first in apposition ("The club's football manager, Dean van der Berg,")."""
    before = i - 1
    if before >= 1 and t.text[before] == ",":
        before -= 1
    return before >= 0 and t.lower[i] in GIVEN_NAMES and t.text[i][:1].isupper() and \
        (t.text[i + 1][:1].isupper() or t.lower[i + 1] in NAME_PARTICLES) and \
        (t.lower[before] in TITLES or _is_role_word(t.lower[before]))


def _saint_in_surname(t: Columns, i: int, start: int) -> bool:
    """'Luke St. Pierre', 'Marie Ste. Croix': a saint's word (saints.txt) right after a name
    word that is no title or role, before a capitalised word, is the first word of a surname
    named for a saint, not a title ("St. Pierre" is no "Saint Pierre" before a name)."""
    return i > start and t.lower[i] in SAINTS and t.text[i + 1][:1].isupper() and \
        t.lower[i - 1] not in TITLES and not _is_role_word(t.lower[i - 1])


def _given_name_from(t: Columns, i: int, end: int) -> int:
    """Where a name starts in [i, end) after an office's words ("Public Works Dana Holt"): at
    the first known given name with a word after it, else at `i` ("State Kerry")."""
    return next((k for k in range(i, end - 1) if t.lower[k] in GIVEN_NAMES or _initial_opening(t, k, end)), i)


def _initial_opening(t: Columns, k: int, end: int) -> bool:
    """'K. S. Rao' of 'Minister of State for Railways K. S. Rao': an initial with the letters
    and the surname of the name after it opens the holder's name, as a known given name does."""
    word = t.text[k]
    return len(word) == 2 and word[0].isupper() and word[1] == "." and k + 1 < end and t.text[k + 1][:1].isupper()


def _dateline(t: Columns, i: int) -> bool:
    """'WASHINGTON (AP) —' opens a story with a place in capitals, not a speaker, and the
    agency in brackets after it is the byline's."""
    if i > 1 and t.text[i - 1] == "(" and (_dateline(t, i - 2) or _dateline_region(t, i - 2)):
        return True
    word = t.text[i]
    if not word.isupper() or len(word) < 4 or (i > 0 and "\n" not in t.text[i - 1] + t.whitespace[i - 1]):
        return False
    nxt = t.text[i + 1] if i + 1 < len(t) else ""
    return nxt in ("—", "–", "-", "(", ",", "--")


def in_dateline(t: Columns, k: int) -> bool:
    """Whether token `k` is a dateline's place ('BAGHDAD', or 'Iraq' in 'BAGHDAD, Iraq (AP)')."""
    return _dateline(t, k) or _dateline_region(t, k)


def _dateline_region(t: Columns, k: int) -> bool:
    """'BAGHDAD, Iraq (AP)', 'ALBANY, New York (AP)': the country or state a dateline writes after
    its city, capitalised words of its line (token `k` the last), before the agency's brackets."""
    j = k
    while j > 0 and k - j < 3 and t.text[j][:1].isupper() and "\n" not in t.whitespace[j - 1]:
        j -= 1
    return j < k and t.text[j] == "," and j > 0 and _dateline(t, j - 1)


def _is_nationality(word: str) -> bool:
    """'Russian Dmitriy Bogdanov': a nationality (lower-cased `word`) before a full name is not part of it."""
    return word in DEMONYMS  # not "Ayman", "Christian" or "Morgan"


def _country_before_name(t: Columns, i: int) -> bool:
    """'UK Ann Lee': a country in capitals before a known given name ('the UK Internet Forum' is
    an organisation's name)."""
    return t.text[i] in COUNTRY_LETTERS and t.lower[i + 1] in GIVEN_NAMES


def _title_word(word: str) -> bool:
    """A word of a title or role ('auditor', 'general', 'attorney')."""
    return word in TITLES or _is_role_word(word)


def _surname_in_man(t: Columns, i: int, start: int) -> bool:
    """'Debbie Wasserman Schultz', 'Ana Hausman Ruiz': a word in -man right after a known given
    name is a surname, not a role written like a title ("Congresswoman Ana Ruiz"): a role comes
    before the given name, not after it; only a listed role noun or title is one there."""
    word = t.lower[i]
    return i > start and t.lower[i - 1] in GIVEN_NAMES and word not in ROLE_NOUNS and word not in TITLES


def _is_role_word(word: str) -> bool:
    """'Dutchman Arnoud Okken', 'Congresswoman Ana Ruiz': a role (lower-cased `word`) written like a title;
    not a given name in -man ('Abdirahman Hashi')."""
    return word in ROLE_NOUNS or word.endswith(("man", "woman")) and len(word) > 6 and word not in GIVEN_NAMES


def _hard_space(text: str) -> bool:
    """A token of non-breaking spaces alone: the tokenizer keeps one as a word of its own, where a
    plain space would only follow the word before it."""
    return bool(text) and not text.strip("\u00a0\u202f")


def joined_words(t: Columns, start: int, end: int) -> tuple[str, ...]:
    """The words of tokens [start, end), hyphenated parts, slashed ones and possessives joined
    back: ('Campbell-Savours',), ('Nielsen/NetRatings',), ('People's',)."""
    words: list[str] = []
    glue = False
    for i in range(start, end):
        text = t.text[i]
        if text == "." or _hard_space(text):
            continue
        if words and (text in ("-", ",", "/") or glue or _possessive_mark(t, i) or _in_broken_word(t, i)):
            words[-1] += text
        else:
            words.append(text)
        glue = text in ("-", "/")  # "Nielsen/NetRatings" is written as one word
    return _capitals_as_written(words)


def _capitals_as_written(words: list[str]) -> tuple[str, ...]:
    """'ROGERS COMMUNICATIONS Inc.' -> 'Rogers Communications Inc.': a story's opening words
    set in capitals (the Wall Street Journal's style) are the name in title case, which the
    article writes it in later ("Rogers said"). Two such words in a row at least, so that an
    acronym ("NATO") stays as it is."""
    caps = [len(w) >= 3 and w.isalpha() and w.isupper() for w in words]
    runs = [k for k, cap in enumerate(caps)
            if cap and (k > 0 and caps[k - 1] or k + 1 < len(caps) and caps[k + 1])]
    return tuple(w.title() if k in runs else w for k, w in enumerate(words))


def _roles(doc: Doc, start: int, end: int) -> list[str]:
    """Nouns said of a name: 'actress Chrissy Teigen', 'Teigen, the actress,', 'Hydro One, the
    utility' (saidwhen.speakers.ties)."""
    return tied_nouns(doc, start, end)
