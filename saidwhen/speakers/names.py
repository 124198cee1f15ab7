"""The people and organisations an article names, found from its proper-noun phrases.

No entity recogniser runs (it would double the parse time); a name is a run
of proper nouns, and what it is comes from the article itself: a title
("Ms. Teigen", "Prime Minister ..."), words that make an organisation
("Ministry", "Inc."), a given name, and the pronouns that refer back to it.
Names that share a surname or a run of words are one entity, whose canonical
name is the fullest form the article gives ("Teigen" -> "Chrissy Teigen").
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..parsing.spans import SpanSet
from ..parsing.texts import text_of
from ..parsing.words import Columns, columns, positions

from ..lexicon import (CORPORATE_SUFFIXES, DEMONYMS, FAMILY_NOUNS, FEMALE_NAMES, FIRM_ROLES, MALE_NAMES,
                       MONTHS_AND_DAYS, NAME_MODIFIERS, NAME_PARTICLES, NEWSPAPER_WORDS, ORG_CONNECTORS,
                       ORG_NAME_WORDS, ORG_NOUNS, PERSON_PRONOUNS, PLURAL_POSSESSORS, REGNAL_TITLES, ROLE_NOUNS,
                       SURNAME_ARTICLES, TITLES)
from ..lexicon import GENERATIONAL_SUFFIXES as GENERATIONS, NAME_HONORIFICS as HONORIFICS
from .lexicon import person_noun
from .acronyms import acronym_of, bracketed_acronyms, is_acronym
from .ties import tied_nouns

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

NAME_TAGS = {"NNP", "NNPS"}
NAME_TAG_WORDS = frozenset(NAME_TAGS)
HYPHEN = frozenset({"-"})
GLUE_MARKS = frozenset({",", "'", "’"})
POSSESSIVE_TAG = frozenset({"POS"})
PRONOUN_LOOKAHEAD = 40  # tokens past a name's sentence where its pronoun may follow
JUST_INTRODUCED = 60  # tokens within which a bare surname is the person just named
SMALL_NAME_WORDS = frozenset(NAME_PARTICLES | ORG_CONNECTORS)


@dataclass(slots=True)
class NameMention:
    """One occurrence of a name: token range [start, end) without any title."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str = ""  # lower-cased title before the name, "ms." or "prime minister"
    roles: list[str] = field(default_factory=list)  # role nouns said of it ("the actress")
    relative: bool = False  # named as someone's relative: "her son Luc", "mother of Sean Smith"


@dataclass(slots=True)
class Entity:
    """A person or organisation of one article, with all the places it is named."""

    name: str
    words: tuple[str, ...]
    kind: str  # "person", "org" or "" when the article does not tell
    gender: str  # "m", "f" or ""
    mentions: list[NameMention]

    @property
    def first(self) -> int:
        return self.mentions[0].start

    @property
    def relative(self) -> bool:
        """Named somewhere as another's relative: the one a story speaks about, not the speaker."""
        return any(m.relative for m in self.mentions)


def find_entities(doc: Doc, quoted: SpanSet | None = None) -> list[Entity]:
    """The entities of one parsed article, each with its canonical name.

    The canonical name is the fullest form the narrative gives; a form used
    only inside quotations ("Crooked Hillary Clinton") is the speaker's, not
    the article's, and names the entity only if nothing else does.
    """
    quoted = quoted or SpanSet(())
    found = _Found()
    for mention in _split_runs(_name_mentions(doc), found):
        entity = _alias_of(doc, found, mention) or _matching(found, mention)
        if entity is None:
            entity = Entity(" ".join(mention.words), mention.words, "", "", [])
        found.add(entity, mention)
    entities = found.entities
    text = text_of(doc)
    expanded = join_acronyms(entities, bracketed_acronyms(text))
    given = _given_names_in_headlines(text)
    name_words = {w for e in entities for m in e.mentions for w in m.words}
    for entity in entities:
        entity.words = _canonical(doc, entity, quoted)
        if len(entity.words) == 1 and entity.words[0] in given:
            entity.words = (given[entity.words[0]], entity.words[0])
        entity.words = expanded.get(id(entity), entity.words)
        entity.name = " ".join(entity.words)
        entity.kind, entity.gender = _kind_and_gender(doc, entity, name_words)
    return entities


class _Found:
    """The entities found so far, looked up by the first and last words of their names: a
    name matches only one that shares either, so matching costs the same however many
    names a long article holds."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.latest: Entity | None = None  # the entity named last
        self.last_words: set[str] = set()  # the last word of each entity's first name
        self._order: dict[int, int] = {}
        self._by_edge: dict[str, list[Entity]] = {}
        self._forms: dict[int, set[tuple[str, ...]]] = {}
        self._genders: dict[int, set[str]] = {}
        self._fullest: dict[int, tuple[str, ...]] = {}

    def add(self, entity: Entity, mention: NameMention) -> None:
        key = id(entity)
        if key not in self._order:
            self._order[key] = len(self.entities)
            self.entities.append(entity)
            self.last_words.add(entity.words[-1])
            self._forms[key], self._genders[key], self._fullest[key] = set(), set(), mention.words
        entity.mentions.append(mention)
        if len(mention.words) > len(self._fullest[key]):
            self._fullest[key] = mention.words
        if mention.words not in self._forms[key]:
            self._forms[key].add(mention.words)
            for word in {mention.words[0], mention.words[-1], _bare(mention.words)[-1]}:
                self._by_edge.setdefault(word, []).append(entity)
        self._genders[key].add(_stated_gender(mention))
        self.latest = entity

    def candidates(self, words: tuple[str, ...]) -> list[Entity]:
        """Entities with a name starting or ending as `words` does, in the order found."""
        hits = {id(e): e for word in {words[0], words[-1]} for e in self._by_edge.get(word, ())}
        return sorted(hits.values(), key=lambda e: self._order[id(e)])

    def forms(self, entity: Entity) -> set[tuple[str, ...]]:
        """The different ways the article has named `entity` so far."""
        return self._forms[id(entity)]

    def fullest(self, entity: Entity) -> tuple[str, ...]:
        """Its longest name so far, which a name must fit too to join it: "Sean Smith" is not
        "Patricia Smith" though both fit "Smith", nor is "State Department" the "Justice
        Department", nor "Clinton White House" Hillary Clinton."""
        return self._fullest[id(entity)]

    def genders(self, entity: Entity) -> set[str]:
        """The genders its names have stated so far ("" for none)."""
        return self._genders[id(entity)]


def _split_runs(mentions: list[NameMention], found: _Found):
    """'the editorial board of the Washington Post Trump said': with a comma missing, an
    organisation's name runs into a person's; split after the organisation word when what
    follows is someone already named."""
    for mention in mentions:
        cut = next((k for k, w in enumerate(mention.words[:-1], 1) if w.lower() in ORG_NAME_WORDS
                    and _person_after(mention.words[k:], found)), None)
        if cut is None or len(mention.words) != mention.end - mention.start:
            yield mention
            continue
        yield NameMention(mention.start, mention.start + cut, mention.words[:cut])
        cut += mention.words[cut] in ("and", "&")  # "the White House and Bono": Bono
        yield NameMention(mention.start + cut, mention.end, mention.words[cut:])


def _person_after(words: tuple[str, ...], found: _Found) -> bool:
    """Whether the words after an organisation's word are a person's name: someone already
    named ('... Post Trump'), or a given name and more ('... Agency Doug Smith'); never
    another organisation's words ('State Department')."""
    if any(w.lower() in ORG_NAME_WORDS for w in words) or words[0] in ("of", "for", "on"):
        return False  # "Commission for Europe" goes on with the organisation's own name
    given = len(words) > 1 and words[0].lower() in FEMALE_NAMES | MALE_NAMES
    return given or words[-1] in found.last_words


def _alias_of(doc: Doc, found: _Found, mention: NameMention) -> Entity | None:
    """'the Canadian Broadcasting Corporation (CBC)': an acronym in brackets names what precedes it."""
    if len(mention.words) != 1 or not is_acronym(mention.words) or mention.start < 2:
        return None
    last = found.latest
    if doc[mention.start - 1].text != "(" or last is None:
        return None
    return last if last.mentions[-1].end == mention.start - 1 else None


def _canonical(doc: Doc, entity: Entity, quoted: SpanSet) -> tuple[str, ...]:
    idx = columns(doc).idx
    outside = [m for m in entity.mentions if idx[m.start] not in quoted] or entity.mentions
    words = max((m.words for m in outside), key=len)
    # "... good relationship with Arsene Wenger," said Edu: a given name a quotation adds is
    # the article's too; other words a speaker uses ("Crooked Hillary") are not.
    given = [m.words for m in entity.mentions if len(m.words) == len(words) + 1 and m.words[1:] == words
             and m.words[0].lower() in FEMALE_NAMES | MALE_NAMES]
    words = given[0] if given and len(words) == 1 else words
    # An organisation's name has no leading "The" ("Harbour Authority"), a newspaper's keeps it.
    if len(words) > 1 and words[0] == "The" and words[-1].lower() not in NEWSPAPER_WORDS:
        words = words[1:]
    return words


def _name_mentions(doc: Doc) -> list[NameMention]:
    out, i = [], 0
    t = columns(doc)
    headlines = _headline_lines(text_of(doc))
    candidates = _maybe_name_words(doc)
    while i < len(t):
        if i not in candidates:
            k = bisect_left(candidates.sorted, i)
            i = candidates.sorted[k] if k < len(candidates.sorted) else len(t)
        elif t.idx[i] in headlines:
            i += 1
        elif _is_name_word(t, i):
            j = i
            while j < len(t) and _is_name_word(t, j) and "\n" not in t.whitespace[j] \
                    and not (j > i and t.sent_start[j] and t.text[j - 1].endswith(".")):
                j += 1  # "... Systems Corp. Corvid said": a name ends with its sentence
            j = max(j, i + 1)
            end = j
            while end > i + 1 and t.lower[end - 1] in ORG_CONNECTORS | NAME_PARTICLES:
                end -= 1  # "Party on Sunday": a small word ends no name
            out.extend(_split_title(doc, i, end))
            i = j
        else:
            i += 1
    return out


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
    found = names | set(positions(doc, "LOWER", SMALL_NAME_WORDS))
    # A comma or possessive mark inside a name ("Northwind Logistics, Inc.") follows a proper noun.
    glue = positions(doc, "ORTH", GLUE_MARKS) + positions(doc, "TAG", POSSESSIVE_TAG)
    found.update(i for i in glue if i - 1 in names)
    found.update(hyphens)
    found.update(i + 1 for i in hyphens if i + 1 < len(doc))
    return _Candidates(sorted(found), frozenset(found))


HEADLINE_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-zA-Z'’-]+)\b")


def _given_names_in_headlines(text: str) -> dict[str, str]:
    """Surname -> given name, where a title-case line writes a known given name before it.

    A story may call her "Clinton" throughout and "Hillary Clinton" only in its
    headline, whose other capitals say nothing; a known given name there does.
    """
    out: dict[str, str] = {}
    for start, end in _headline_lines(text).spans():
        for m in HEADLINE_NAME.finditer(text, start, end):
            if m.group(1).lower() in FEMALE_NAMES | MALE_NAMES:
                out.setdefault(m.group(2), m.group(1))
    return out


@functools.lru_cache(maxsize=1)  # asked twice for each article: for its names, and its given names
def _headline_lines(text: str) -> SpanSet:
    """Lines in title case ("Black Lawmakers Rip Donald Trump As A 'Fraud'"), where every word
    is capitalised and runs of capitals are not names."""
    spans, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return SpanSet(spans)


def _is_name_word(t: Columns, i: int) -> bool:
    """Whether token `i` may be part of a name; `t` holds the doc's words and tags."""
    if _dateline(t, i):
        return False
    inside = 0 < i < len(t) - 1 and t.tag[i - 1] in NAME_TAGS
    if t.lower[i] in NAME_PARTICLES:  # "Henri de Bodinat", "Ursula von der Leyen", "al-Zawahiri"
        return _hyphenated_prefix(t, i) or \
            inside and (t.tag[i + 1] in NAME_TAGS or t.lower[i + 1] in NAME_PARTICLES)
    if t.text[i] == "," and inside and t.lower[i + 1] in CORPORATE_SUFFIXES:
        return True  # "Northwind Logistics, Inc."
    if t.lower[i] in ORG_CONNECTORS:  # "Bank of Canada", never "Secretary of State John Kerry"
        return inside and t.lower[i - 1] in ORG_NAME_WORDS and t.lower[i - 1] not in TITLES \
            and t.tag[i + 1] in NAME_TAGS and t.text[i + 1][:1].isupper()
    if _possessive_mark(t, i):  # "Swiss People's Party", "Ontario Nurses' Association"
        return inside and _possessive_in_name(t, i)
    if t.text[i] == "-":  # "Campbell-Savours", "Ban Ki-moon", "al-Zawahiri"
        return (inside or i > 0 and _hyphenated_prefix(t, i - 1)) and not t.whitespace[i - 1] \
            and not t.whitespace[i] and t.text[i + 1][:1].isalpha()
    if i > 1 and t.text[i - 1] == "-" and not t.whitespace[i - 1] and t.text[i][:1].isalpha() \
            and t.tag[i - 2] in NAME_TAGS and not t.whitespace[i - 2]:
        return True
    if t.tag[i] not in NAME_TAGS or not t.text[i][:1].isupper() or _opening_gerund(t, i):
        return False
    # "on Friday" is a day; "coach Mike Friday" is a surname; "June Carter Cash" a given name.
    return t.lower[i] not in MONTHS_AND_DAYS or (i > 0 and t.tag[i - 1] in NAME_TAGS
                                                 and t.lower[i - 1] not in TITLES) \
        or _month_as_given_name(t, i)


def _possessive_mark(t: Columns, i: int) -> bool:
    """'s, or an apostrophe right after a word (the tagger may take "Nurses’" for a closing quote)."""
    return t.tag[i] == "POS" or t.text[i] in ("'", "’") and i > 0 and not t.whitespace[i - 1]


def _possessive_in_name(t: Columns, i: int) -> bool:
    """An organisation named for whom it serves: a plural possessive between capitalised words
    ("Women's Institute", "Nurses' Union"), not a person's possessive ("Moreau's Office")."""
    prev = t.lower[i - 1]
    plural = prev in PLURAL_POSSESSORS or t.text[i] in ("'", "’") and prev.endswith("s")
    return plural and i + 1 < len(t) and t.tag[i + 1] in NAME_TAGS and t.text[i + 1][:1].isupper()


def _hyphenated_prefix(t: Columns, i: int) -> bool:
    """'al-Zawahiri', 'Al-Hariri', 'el-Sisi': a particle joined by a hyphen to a capitalised
    word opens a name wherever it stands."""
    return i + 2 < len(t) and not t.whitespace[i] and t.text[i + 1] == "-" and \
        not t.whitespace[i + 1] and t.text[i + 2][:1].isupper()


def _month_as_given_name(t: Columns, i: int) -> bool:
    """'June Carter Cash said': a month that is also a given name, before a surname and after
    no preposition ('in June Smith said' is rare without a comma)."""
    nxt = i + 1 if i + 1 < len(t) else None
    return t.lower[i] in FEMALE_NAMES and nxt is not None and t.tag[nxt] in NAME_TAGS \
        and t.text[nxt][:1].isupper() and t.lower[nxt] not in MONTHS_AND_DAYS \
        and (i == 0 or t.tag[i - 1] not in ("IN", "CD", "JJ"))


def _opening_gerund(t: Columns, i: int) -> bool:
    """'Injecting Clinton's troubles into ...': a sentence may open with a verb's -ing form
    that the tagger takes for the first word of a name."""
    word = t.text[i]
    return t.sent_start[i] and len(word) > 5 and word.endswith("ing") and word[1:].islower() \
        and word.lower() not in FEMALE_NAMES | MALE_NAMES


def _split_title(doc: Doc, start: int, end: int) -> list[NameMention]:
    """'Former Pennsylvania Gov. Ed Rendell' -> the name 'Ed Rendell' with its title 'gov.'.

    Organisation names keep every word ("Republican National Committee"); a
    capitalised "The" before one mid-sentence is part of it ("The Wall Street Journal").
    """
    t = columns(doc)
    title_end = start
    if _ends_a_title(t, start):
        title_end = start + 1  # "Secretary of State John Kerry": "State" ends the title
    for i in range(start, end - 1):
        if t.lower[i] in TITLES or _is_role_word(t.lower[i]):
            title_end = i + 1
    if any(word in ORG_NAME_WORDS for word in t.lower[title_end:end]):
        # "City Attorney Brad Holm" is a person with a title; "Republican National Committee"
        # and "Commission on Presidential Debates" are organisations, every word kept.
        if start > 0 and t.text[start - 1] == "The" and \
                (not t.sent_start[start - 1] or t.lower[end - 1] in NEWSPAPER_WORDS):
            start -= 1
        return [NameMention(start, end, _joined_words(t, start, end))]
    while title_end < end - 1 and t.lower[title_end] in NAME_MODIFIERS:
        title_end += 1
    while title_end < end - 2 and _is_nationality(t.lower[title_end]):
        title_end += 1
    title_end = min(title_end, end - 1)
    title = " ".join(t.lower[start:title_end])
    if title_end == start and start > 0 and t.lower[start - 1] in TITLES:
        title = t.lower[start - 1]
    words = _joined_words(t, title_end, end)
    if not words or (all(w.lower() in TITLES for w in words) and not HONORIFICS & set(title.split())):
        return []  # "the Cardinal", "the Premier": a title used as a description ("Mr. King" is a name)
    if (all(w.lower() in TITLES for w in words) or len(words) == 1 and title in ("lord", "lady")) \
            and end + 1 < len(t) and t.text[end] == "," and t.tag[end + 1] in NAME_TAGS:
        return []  # "The Lord Chancellor, Lord Falconer,": an office, and then who holds it
    if words[-1].lower() in TITLES and len(words) > 1 and start > 0 and t.lower[start - 1] == "the" \
            and t.text[end - 1][:1].isupper() and not words[-1].lower() in ORG_NAME_WORDS:
        return []  # "the Glasgow Kelvin MP": a title that a place qualifies describes someone
    if len(words) == 1 and words[0].lower() in DEMONYMS:
        return []  # "the Russian", "a Swede": a nationality is no one's name
    return [NameMention(title_end, end, words, title, _roles(doc, title_end, end),
                        _named_as_relative(t, start))]


RELATIVE_REACH = 6  # tokens between "mother of" and the name: "mother of Benghazi victim Sean Smith"


def _named_as_relative(t: Columns, start: int) -> bool:
    """'her son Luc', 'His brother, Leo Varga,', 'the mother of victim Sean Smith': a name
    introduced by a family noun, read from the words and tags before it, no parse needed."""
    i = start - 1
    if i >= 1 and t.text[i] == ",":
        i -= 1
    if i >= 0 and t.lower[i] in FAMILY_NOUNS:
        return True
    for k in range(start - 1, max(-1, start - RELATIVE_REACH), -1):
        if t.lower[k] == "of":
            return k > 0 and t.lower[k - 1] in FAMILY_NOUNS
        if t.is_punct[k] or t.tag[k] in ("VBD", "VBZ", "VBP", "MD", "PRP", "IN", "CC"):
            return False
    return False


def _ends_a_title(t: Columns, start: int) -> bool:
    """'Secretary of State John Kerry', 'Speaker of the House Newt Gingrich'."""
    i = start - 1
    if i > 0 and t.lower[i] == "the":
        i -= 1
    return i > 0 and t.lower[i] == "of" and t.lower[i - 1] in TITLES


def _dateline(t: Columns, i: int) -> bool:
    """'WASHINGTON (AP) —' opens a story with a place in capitals, not a speaker, and the
    agency in brackets after it is the byline's."""
    if i > 1 and t.text[i - 1] == "(" and _dateline(t, i - 2):
        return True
    word = t.text[i]
    if not word.isupper() or len(word) < 4 or (i > 0 and "\n" not in t.text[i - 1] + t.whitespace[i - 1]):
        return False
    nxt = t.text[i + 1] if i + 1 < len(t) else ""
    return nxt in ("—", "–", "-", "(", ",", "--")


def _is_nationality(word: str) -> bool:
    """'Russian Dmitriy Bogdanov': a nationality (lower-cased `word`) before a full name is not part of it."""
    return word in DEMONYMS  # not "Ayman", "Christian" or "Morgan"


def _is_role_word(word: str) -> bool:
    """'Dutchman Arnoud Okken', 'Congresswoman Ana Ruiz': a role (lower-cased `word`) written like a title."""
    return word in ROLE_NOUNS or word.endswith(("man", "woman")) and len(word) > 6


def _joined_words(t: Columns, start: int, end: int) -> tuple[str, ...]:
    """The words of tokens [start, end), hyphenated parts and possessives joined back:
    ('Campbell-Savours',), ('People's',)."""
    words: list[str] = []
    glue = False
    for i in range(start, end):
        text = t.text[i]
        if text == ".":
            continue
        if words and (text in ("-", ",") or glue or _possessive_mark(t, i)):
            words[-1] += text
        else:
            words.append(text)
        glue = text == "-"
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


def _matching(found: _Found, mention: NameMention) -> Entity | None:
    """The entity a name belongs to: same surname, or its words inside a fuller name.

    Where several fit, a bare "Johnson" right after "Jeh Johnson" is introduced
    is him; further on it is the one named most often so far (after "Ted Cruz"
    and "his father, Rafael Cruz", "Cruz" is the story's person).
    """
    fitting = [e for e in found.candidates(mention.words)
               if any(_same(words, mention.words) for words in found.forms(e))
               and _same(found.fullest(e), mention.words) and not _other_gender(found.genders(e), mention)]
    if mention.title in REGNAL_TITLES:
        # "King Hussein" is named by his given name, never the surname of "Saddam Hussein".
        fitting = [e for e in fitting if found.fullest(e) == mention.words]
    # "Clinton" is Hillary Clinton's surname before it is the first word of "Clinton White House".
    by_surname = [e for e in fitting if any(_ends_alike(words, mention.words) for words in found.forms(e))]
    fitting = by_surname or fitting
    if len(fitting) < 2:
        return fitting[0] if fitting else None
    # "Elian" and "Juan Miguel Gonzalez": a bare surname is not the one the article calls by
    # the given name (a child, someone's relative).
    fitting = [e for e in fitting if not _called_by_given_name(found, e, mention)] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Patricia Smith, mother of Sean Smith": the one named as someone's relative is spoken about.
    fitting = [e for e in fitting if not e.relative] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "King Hussein" and "Saddam Hussein": a bare "Hussein" is the one the article has already
    # called so ("Saddam" being the other's short name), whoever was named last or most.
    called_so = [e for e in fitting if mention.words in found.forms(e)]
    if len(called_so) == 1:
        return called_so[0]
    latest = max(fitting, key=lambda e: e.mentions[-1].start)
    if mention.start - latest.mentions[-1].start <= JUST_INTRODUCED:
        return latest
    return max(fitting, key=lambda e: len(e.mentions))


def _called_by_given_name(found: _Found, entity: Entity, mention: NameMention) -> bool:
    """Whether the article has called `entity` by its first name alone, and `mention` is its
    surname alone ("Elian" of "Elian Gonzalez", and now "Gonzalez")."""
    fullest = found.fullest(entity)
    return len(fullest) > 1 and len(mention.words) == 1 and mention.words[0] == fullest[-1] \
        and (fullest[0],) in found.forms(entity)


def _other_gender(stated: set[str], mention: NameMention) -> bool:
    """'Mr. Obama' and, later, 'Michelle Obama': a given name or title of the other gender is
    someone else. `stated` holds the genders the entity's names have stated."""
    gender = _stated_gender(mention)
    if not gender:
        return False
    return bool(stated - {"", gender})


def _stated_gender(mention: NameMention) -> str:
    """The gender a name's own words state: its title ('Mr.') or a known given name."""
    for word in mention.title.split():
        if TITLES.get(word):
            return TITLES[word]
    return _given_name_gender(mention.words)


def _given_name_gender(words: tuple[str, ...]) -> str:
    if len(words) < 2:
        return ""
    first = words[0].lower()
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    return ""


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name without its generational suffix ('Marcus Dell' of 'Marcus Dell Jr.') and the
    article of its surname ('Ahmad Sayegh' of 'Ahmad al-Sayegh', written 'Sayegh' too)."""
    words = words[:-1] if len(words) > 1 and words[-1] in GENERATIONS else words
    prefix, _, rest = words[-1].partition("-")
    return (*words[:-1], rest) if rest[:1].isupper() and prefix.lower() in SURNAME_ARTICLES else words


def _ends_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter name is the end of the longer one: 'Teigen' and 'Chrissy Teigen'."""
    a, b = _bare(a), _bare(b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[-len(short):] == short


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    if a[-1] in GENERATIONS and b[-1] in GENERATIONS:
        return False  # "Marcus Dell Jr." is not "Marcus Dell III"
    a, b = _bare(a), _bare(b)  # but "Dell" or "Marcus Dell" is either
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short == long:
        return True
    n = len(short)
    # "Teigen" ~ "Chrissy Teigen"; "Cairn" ~ "Cairn Energy";
    # "Justin Trudeau" ~ "Justin Pierre Trudeau" shares the ends.
    return long[-n:] == short or long[:n] == short or (n > 1 and long[0] == short[0] and long[-1] == short[-1])


def _kind_and_gender(doc: Doc, entity: Entity, name_words: set[str]) -> tuple[str, str]:
    words = {w.lower() for w in entity.words}
    roles = {r for m in entity.mentions for r in m.roles}
    acronym = is_acronym(entity.words)
    if words & ORG_NAME_WORDS or acronym and not _initials(entity.words) or _after_the(doc, entity) or \
            roles & ORG_NOUNS and not any(map(person_noun, roles)):
        return "org", ""
    gender = _gender(doc, entity, name_words)
    # A person shows itself by a gender, a title or a role; "North Korea" and "New York"
    # show none, and must not become what "he" refers to.
    if gender or any(m.title for m in entity.mentions) or any(map(person_noun, roles - FIRM_ROLES)):
        return "person", gender
    if acronym or roles & FIRM_ROLES or any(_its_after(doc, m, name_words) for m in entity.mentions):
        return "org", ""
    return "", gender


def _initials(words: tuple[str, ...]) -> bool:
    """'JK Rowling', 'TJ Osei': initials before a name may be a person's as well as an
    organisation's ('BP Amoco'); what the article says of it decides."""
    first = words[0]
    return len(words) > 1 and first.isalpha() and first.isupper() and len(first) == 2 and \
        all(w[:1].isupper() and not w.isupper() for w in words[1:])


def _its_after(doc: Doc, mention: NameMention, name_words: set[str]) -> bool:
    """'Telvoro said it would cut its prices': a subject that its sentence refers back to
    as "its" before anyone else is named is an organisation (people are "his" or "her")."""
    head = doc[mention.end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for tok in doc[mention.end:head.sent.end]:
        if tok.lower_ == "its":
            return True
        if tok.text in name_words or tok.lower_ in PERSON_PRONOUNS:
            return False
    return False


def _after_the(doc: Doc, entity: Entity) -> bool:
    """'the Post', 'The New York Times': a determiner before a name marks an organisation;
    in 'the Moreau campaign' it belongs to the noun the name modifies."""
    t = columns(doc)
    firsts = [m.start for m in entity.mentions if not m.title and not _modifies_noun(t, m.end)]
    return bool(firsts) and all(i > 0 and t.lower[i - 1] == "the" for i in firsts)


def _modifies_noun(t: Columns, end: int) -> bool:
    return end < len(t) and t.tag[end] in ("NN", "NNS") and t.text[end].islower()


def _gender(doc: Doc, entity: Entity, name_words: set[str]) -> str:
    votes = {"m": 0, "f": 0}
    for m in entity.mentions:
        for word in [*m.title.split(), *m.roles]:
            g = TITLES.get(word) or ROLE_NOUNS.get(word, "")
            if g:
                votes[g] += 3
        g = _next_pronoun(doc, m, name_words)
        if g:
            votes[g] += 1
    # A given name says so only before a surname: "Georgia" alone is as likely a place.
    first = entity.words[0].lower() if len(entity.words) > 1 else ""
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        votes["f"] += 2
    elif first in MALE_NAMES and first not in FEMALE_NAMES:
        votes["m"] += 2
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


def _next_pronoun(doc: Doc, mention: NameMention, name_words: set[str]) -> str:
    """The gender of the first he/she/his/her after a name that is a subject, in its sentence or the next."""
    t, head = columns(doc), mention.end - 1
    if t.dep[head] not in ("nsubj", "nsubjpass"):
        return ""
    # The first "he" or "she" that is itself a subject, within the next sentences, unless
    # another name comes first: then the pronoun may well be that person's.
    for i in range(mention.end, min(len(t), t.sentence_end(head) + PRONOUN_LOOKAHEAD)):
        if t.lower[i] in ("he", "she") and t.dep[i] in ("nsubj", "nsubjpass"):
            return PERSON_PRONOUNS[t.lower[i]]
        if t.text[i] in name_words or t.tag[i] in NAME_TAGS and t.text[i][:1].isupper() \
                and t.lower[i] not in MONTHS_AND_DAYS:
            return ""
    return ""


def join_acronyms(entities: list[Entity], bracketed: dict[str, tuple[str, ...]]) -> dict[int, tuple]:
    """'ORS said' where the article writes out 'Office for Road Safety': the acronym names the
    organisation it stands for. Entities so joined become one; returns, by id, the entities
    named by an acronym whose expansion no entity holds, with the expansion as their name."""
    expanded: dict[int, tuple] = {}
    for short in list(entities):
        acronym = next((m.words[0] for m in short.mentions if len(m.words) == 1 and is_acronym(m.words)
                        and m.words[0].isalpha()), None)
        if acronym is None:
            continue
        long = next((e for e in entities if e is not short and len(e.words) > 1
                     and (e.words == bracketed.get(acronym) or acronym_of(e.words) == acronym.upper())), None)
        if long is None:
            if acronym in bracketed:
                expanded[id(short)] = bracketed[acronym]
            continue
        long.mentions = sorted(long.mentions + short.mentions, key=lambda m: m.start)
        entities.remove(short)
    return expanded
