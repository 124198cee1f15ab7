"""The people and organisations an article names: its names grouped into entities.

Names that share a surname or a run of words are one entity, whose canonical
name is the fullest form the article gives ("Teigen" -> "Chrissy Teigen"); an
acronym in brackets names what precedes it, and one the article spells out
joins the name it stands for. Finding the names is saidwhen.speakers.names;
what kind each entity is, and its gender, saidwhen.speakers.kinds.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..parsing.marks import find_quoted
from ..parsing.spans import SpanSet
from ..parsing.texts import text_of
from ..parsing.words import columns
from ..quotes.cues import speech_lemma

from ..lexicon import (COUNTRY_LETTERS, CORPORATE_SUFFIXES, DIVISIONS, GIVEN_NAMES, KEY_CORPORATE_SUFFIXES,
                       NEWSPAPER_WORDS, ORG_NAME_WORDS, ORG_NOUNS, REGNAL_TITLES, SHARED_GIVEN_NAMES,
                       SURNAME_ARTICLES, TITLES)
from ..lexicon import GENERATIONAL_SUFFIXES as GENERATIONS
from ..lexicon import DEATH_VERBS, FACILITY_NOUNS, PATRONYMIC_PARTICLES
from ..lexicon import AUXILIARIES, DEMONYMS, GENERATIONS_OF_WORDS, SPEECH_FORMS, LONE_OUTLET_WORDS, NAME_PARTICLES, PARTY_MEMBERS
from ..lexicon import FEMALE_HONORIFICS, MALE_HONORIFICS, NAME_HONORIFICS, PERSON_PRONOUNS
from .acronyms import acronym_of, bracketed_acronyms, is_acronym
from .bounds import redrawn
from .ties import stated_age
from .kinds import is_a_province, kind_and_gender, recognised_kinds, stated_gender
from .names import NameMention, given_names_in_headlines, name_mentions, named_for

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

HONORIFICS = FEMALE_HONORIFICS | MALE_HONORIFICS | NAME_HONORIFICS
JUST_INTRODUCED = 60  # tokens within which a bare surname is the person just named
CLIPPED_LETTERS = (3, 4)  # a familiar name cut from a body's first word: "Fed", "Met"
# Words after a company's short name that say what kind of company it is ("Southwest
# Airlines", "Cairn Energy"), not another body: organisations' words that are not nouns for
# an organisation of their own ("Foundation", "Group", "Bank").
COMPANY_WORDS = ORG_NAME_WORDS - ORG_NOUNS


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


def find_entities(doc: Doc, quoted: SpanSet | None = None, speakers: set[int] | None = None) -> list[Entity]:
    """The entities of one parsed article, each with its canonical name.

    The canonical name is the fullest form the narrative gives; a form used
    only inside quotations ("Crooked Hillary Clinton") is the speaker's, not
    the article's, and names the entity only if nothing else does. Given the
    `speakers` (the token positions of the speaker mentions' heads), the entity
    recogniser decides where a name starts where the rules cannot tell
    (saidwhen.speakers.bounds); without them, the rules alone do.
    """
    found = _Found(_body_start(doc), *_speaking_sentences(doc, speakers or set()))
    found.paragraph_ends = _paragraph_ends(doc)
    idx = columns(doc).idx
    quoted = _Quoted(quoted or SpanSet(()), speakers or set(), idx)
    text = text_of(doc)
    marked = SpanSet((q.start, q.end) for q in find_quoted(text))
    mentions = [m for m in _cased_alike(name_mentions(doc)) if not _demonym_noun(doc, m)]
    if speakers is not None:
        mentions = redrawn(doc, mentions, speakers)
    for mention in _split_runs(mentions, found):
        entity = _alias_of(doc, found, mention) or _firm_with_possessive(doc, found, mention) or \
            _of_generation(doc, found, mention) or _matching(doc, found, mention, _pronoun_said_after(doc, mention)) or \
            _clipped_body(found, mention)
        if entity is None:
            entity = Entity(" ".join(mention.words), mention.words, "", "", [])
        found.add(entity, mention, narrated=not quoted.holds(mention) and not _listed_before_surname(doc, mention))
    entities = found.entities
    expanded = join_acronyms(entities, bracketed_acronyms(text))
    given = given_names_in_headlines(text)
    name_words = {w for e in entities for m in e.mentions for w in m.words}
    for entity in entities:
        entity.words = _canonical(doc, entity, quoted, marked)
        if len(entity.words) == 1 and entity.words[0] in given:
            entity.words = (given[entity.words[0]], entity.words[0])
        entity.words = expanded.get(id(entity), entity.words)
        entity.name = " ".join(entity.words)
        entity.kind, entity.gender = kind_and_gender(doc, entity, name_words, marked)
    recognised = recognised_kinds(doc, entities, speakers or set())  # where the rules leave the kind unknown
    for entity in entities:
        entity.kind = recognised.get(id(entity), entity.kind)
    return entities


def _demonym_noun(doc: Doc, mention: NameMention) -> bool:
    """'said the American', 'the Spaniard won': a nationality written as a noun after "the" is
    a description of a person (saidwhen.speakers.descriptions), not a name ('American said' may
    be an airline's, 'the Americans' a team). So is a party's member ('the Liberal said', 'the
    Republican won': party-members.txt), where no paper is called so ('the Independent')."""
    if len(mention.words) != 1 or mention.title or mention.start == 0 or doc[mention.start].tag_ != "NNP":
        return False
    word, before = mention.words[0], doc[mention.start - 1].lower_
    if word.lower() in DEMONYMS:
        return before == "the" or _modifies_a_noun(doc, mention.start)
    # "a Republican from Ohio" describes too; "the Independent" is a paper's name
    return word.lower() in PARTY_MEMBERS and before in ("the", "a", "an") and word not in LONE_OUTLET_WORDS


def _modifies_a_noun(doc: Doc, i: int) -> bool:
    """'the rare Canadian feature', 'a Canadian director': a nationality read as a proper noun
    before a common noun in lower case is that noun's adjective, no one's name. In a sentence
    left untagged (no verb of saying in it) any lower-case word there but a verb's is taken for
    the noun; 'Canadian said' (an airline) has its verb."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not (nxt.is_lower and nxt.is_alpha):
        return False
    if nxt.tag_:
        return nxt.tag_ in ("NN", "NNS")
    return nxt.lower_ not in SPEECH_FORMS and nxt.lower_ not in AUXILIARIES


CAPITALS_LENGTH = 4  # a name word in capitals this long at least is a name, not an acronym's letters


def _cased_alike(mentions: list[NameMention]) -> list[NameMention]:
    """'ONEIDA Ltd. declared a dividend ... Oneida said': a name word the article also writes in
    lower case after its first letter is that word, whatever its case (business wires open with
    the company's name in capitals), so that both are one entity. Not a given name: a person's
    name in capitals is a slogan's or a campaign's ("CARLY for America" is no Carly Fiorina)."""
    cased = {w.upper(): w for m in mentions for w in m.words
             if not w.isupper() and w[:1].isupper() and w.lower() not in GIVEN_NAMES}
    out = []
    for m in mentions:
        words = tuple(cased.get(w, w) if w.isupper() and w.isalpha() and len(w) >= CAPITALS_LENGTH else w
                      for w in m.words)
        out.append(replace(m, words=words) if words != m.words else m)
    return out


@dataclass(frozen=True, slots=True)
class _Quoted:
    """The quotations of an article, as they bear on its names: a name between quotation marks
    is the quoted speaker's words, but the speaker of a quotation is the article's ("Gunners boss
    Arsene Wenger said:" where the marks before it were paired wrongly, as a BBC story's
    paragraphs that each open a quotation leave them)."""

    spans: SpanSet
    speakers: set[int]  # the token positions of the speaker mentions' heads
    idx: list[int]  # each token's character offset

    def holds(self, mention: NameMention, spans: SpanSet | None = None) -> bool:
        """Whether `mention` is in the quoted words (or in `spans`), and names no speaker."""
        inside = self.idx[mention.start] in (self.spans if spans is None else spans)
        return inside and not self.speaking(mention)

    def speaking(self, mention: NameMention) -> bool:
        return any(i in self.speakers for i in range(mention.start, mention.end))


def _paragraph_ends(doc: Doc) -> list[int]:
    """The tokens a line break follows: each paragraph's last."""
    t = columns(doc)
    return [i for i in range(len(t)) if "\n" in t.text[i] + t.whitespace[i]]


def _body_start(doc: Doc) -> int:
    """The first token after the article's first line, its headline where it has one; 0 for
    an article of one line."""
    t = columns(doc)
    return next((i + 1 for i in range(len(t)) if "\n" in t.text[i] + t.whitespace[i]), 0)


class _Found:
    """The entities found so far, looked up by the first and last words of their names: a
    name matches only one that shares either, so matching costs the same however many
    names a long article holds."""

    def __init__(self, body_start: int = 0, sentence_starts: list[int] | None = None,
                 speaking: dict[int, int] | None = None) -> None:
        self.body_start = body_start  # the first token after the headline line
        self.sentence_starts = sentence_starts or [0]
        self.speaking = speaking or {}  # a speaker's head, or a word on one -> its sentence
        self.paragraph_ends: list[int] = []  # the tokens a line break follows, in order
        self.entities: list[Entity] = []
        self.latest: Entity | None = None  # the entity named last
        self.last_words: set[str] = set()  # the last word of each entity's first name
        self._order: dict[int, int] = {}
        self._by_edge: dict[str, list[Entity]] = {}
        self._forms: dict[int, set[tuple[str, ...]]] = {}
        self._genders: dict[int, set[str]] = {}
        self._fullest: dict[int, tuple[str, ...]] = {}
        self._narrated: dict[int, set[tuple[str, ...]]] = {}

    def add(self, entity: Entity, mention: NameMention, narrated: bool = True) -> None:
        """Add `mention` of `entity`; `narrated` where the article's own words name it, outside
        the quotations."""
        key = id(entity)
        if key not in self._order:
            self._order[key] = len(self.entities)
            self.entities.append(entity)
            self.last_words.add(entity.words[-1])
            self._forms[key], self._genders[key], self._fullest[key] = set(), set(), mention.words
            self._narrated[key] = set()
        entity.mentions.append(mention)
        if narrated:
            self._narrated[key].add(mention.words)
        if len(mention.words) > len(self._fullest[key]):
            self._fullest[key] = mention.words
        if mention.words not in self._forms[key]:
            self._forms[key].add(mention.words)
            for word in {mention.words[0], mention.words[-1], _bare(mention.words)[-1], *_first_surname(mention.words),
                         *_hyphened_head(mention.words), *_family_before_given(mention.words),
                         *_patronymic(mention.words)[:1]}:
                self._by_edge.setdefault(word, []).append(entity)
        self._genders[key].add(_telling_gender(mention))
        self.latest = entity

    def candidates(self, words: tuple[str, ...]) -> list[Entity]:
        """Entities with a name starting or ending as `words` does, in the order found."""
        edges = {w for word in {words[0], words[-1], *_first_surname(words)} for w in _article_cases(word)}
        hits = {id(e): e for word in edges for e in self._by_edge.get(word, ())}
        return sorted(hits.values(), key=lambda e: self._order[id(e)])

    def forms(self, entity: Entity) -> set[tuple[str, ...]]:
        """The different ways the article has named `entity` so far."""
        return self._forms[id(entity)]

    def fullest(self, entity: Entity) -> tuple[str, ...]:
        """Its longest name so far, which a name must fit too to join it: "Sean Smith" is not
        "Patricia Smith" though both fit "Smith", nor is "State Department" the "Justice
        Department", nor "Clinton White House" Hillary Clinton."""
        return self._fullest[id(entity)]

    def narrated_forms(self, entity: Entity) -> set[tuple[str, ...]]:
        """The ways the article's own words, outside the quotations, have named `entity` so far."""
        return self._narrated[id(entity)]

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
    if is_a_province(words) or tuple(w.lower() for w in words) == ("canada",):
        return False  # "Public Health Ontario", though "Ontario" was named before: a body's province
    given = len(words) > 1 and words[0].lower() in GIVEN_NAMES
    return given or words[-1] in found.last_words


def _alias_of(doc: Doc, found: _Found, mention: NameMention) -> Entity | None:
    """'the Canadian Broadcasting Corporation (CBC)': an acronym in brackets names what precedes it."""
    if len(mention.words) != 1 or not is_acronym(mention.words) or mention.start < 2:
        return None
    last = found.latest
    if doc[mention.start - 1].text != "(" or last is None:
        return None
    return last if last.mentions[-1].end == mention.start - 1 else None


def _firm_with_possessive(doc: Doc, found: _Found, mention: NameMention) -> Entity | None:
    """'Hudson's Bay Co. said ... Hudson's Bay said': a firm whose name holds a possessive, written
    without its suffix, is the firm, not "Bay" owned by Hudson (the possessive read as an owner)."""
    k = mention.start
    if k < 2 or doc[k - 1].text not in ("'s", "’s") or not doc[k - 2].text[:1].isupper():
        return None
    words = (doc[k - 2].text + doc[k - 1].text, *mention.words)
    return next((e for e in found.candidates(words) if _a_company(found.fullest(e))
                 and found.fullest(e)[:len(words)] == words), None)


def _canonical(doc: Doc, entity: Entity, quoted: _Quoted, marked: SpanSet) -> tuple[str, ...]:
    outside = [m for m in entity.mentions if not quoted.holds(m)] or entity.mentions
    # A fuller form written only between quotation marks, a title or a nickname ('"Trumped! The
    # Inside Story of the Real Donald Trump"', "''Wilayat Twitter''"), is not the article's name.
    outside = [m for m in outside if not quoted.holds(m, marked)] or outside
    words = max((m.words for m in outside), key=len)
    # "... good relationship with Arsene Wenger," said Edu: a given name a quotation adds is
    # the article's too; other words a speaker uses ("Crooked Hillary") are not.
    given = [m.words for m in entity.mentions if len(m.words) == len(words) + 1 and m.words[1:] == words
             and m.words[0].lower() in GIVEN_NAMES]
    words = given[0] if given and len(words) == 1 else words
    # An organisation's name has no leading "The" ("Harbour Authority"), a newspaper's keeps it.
    if len(words) > 1 and words[0] == "The" and words[-1].lower() not in NEWSPAPER_WORDS:
        words = words[1:]
    return words


def _matching(doc: Doc, found: _Found, mention: NameMention, said_gender: str = "") -> Entity | None:
    """The entity a name belongs to: same surname, or its words inside a fuller name.

    Where several fit, a bare "Johnson" right after "Jeh Johnson" is introduced
    is him; further on it is the one named most often so far (after "Ted Cruz"
    and "his father, Rafael Cruz", "Cruz" is the story's person).
    """
    fitting = [e for e in found.candidates(mention.words)
               if any(_same(words, mention.words, _honoured(found, e, mention)) for words in found.forms(e))
               and _same(found.fullest(e), mention.words, _honoured(found, e, mention))
               and not _other_gender(found.genders(e), mention)
               and named_for(found.fullest(e)) == named_for(mention.words)
               and not _a_part_of(found.fullest(e), mention.words) and not _a_division(found, e, mention.words)
               and not _another_company(found.fullest(e), mention.words)
               and not _another_body(found.fullest(e), mention.words)
               and not _a_product(found.fullest(e), mention.words)
               and not _a_facility(found.fullest(e), mention.words)
               and not _named_alone_before(found, e, mention.words)
               and not _named_after(found.fullest(e), mention.words)
               and not _country_letters_of(found.fullest(e), mention.words)
               and not _given_name_honoured(found, e, mention)]
    if mention.title in REGNAL_TITLES:
        # "King Hussein" is named by his given name, never the surname of "Saddam Hussein".
        # "Prince Khalid" after "Prince Khalid bin Mishaal Al Saud" is him, named by the same title.
        fitting = [e for e in fitting if found.fullest(e) == mention.words or _given_under_title(e, mention)
                   and found.fullest(e)[:len(mention.words)] == mention.words]
    # "Guillermo Escobar Arias" and "Ricardo Arias Valdes": names of two surnames are written by
    # the first alone, so a bare "Arias" is the one whose first surname it is, not the other's second.
    fitting = _by_first_surname(found, fitting, mention.words) or fitting
    # "Clinton" is Hillary Clinton's surname before it is the first word of "Clinton White House".
    by_surname = [e for e in fitting if any(_ends_alike(words, mention.words) for words in found.forms(e))]
    fitting = by_surname or fitting
    if len(fitting) < 2:
        return fitting[0] if fitting else None
    # "Donald Trump Jr." and "Donald Trump": a bare "Trump" is the one the article need not
    # tell apart by a generational suffix; "Trump Jr." is the son.
    fitting = [e for e in fitting if _suffix(found.fullest(e)) == _suffix(mention.words)] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Acme Corp." and its division "Acme Research": a bare "Acme" is the company.
    fitting = [e for e in fitting if _a_company(found.fullest(e))] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Virgin Radio" and its station "Virgin Radio Classic Rock": a bare "Virgin" is the one
    # whose name the others extend.
    fitting = [e for e in fitting if any(_extends(found.fullest(o), found.fullest(e)) for o in fitting)] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Elian" and "Juan Miguel Gonzalez": a bare surname is not the one the article calls by
    # the given name (a child, someone's relative).
    fitting = [e for e in fitting if not _called_by_given_name(found, e, mention)] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Daniel Lachance was killed ... His widow, Teresa Lachance, ... Lachance said she hopes":
    # the one whose names state the gender of the pronoun that the words said go on with
    # (`said_gender`), though the other was named first and she as his relative.
    fitting = [e for e in fitting if said_gender and said_gender in found.genders(e)] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Declan Foley ... His wife, Maria Foley ... Mrs Foley said": an honorific states the gender,
    # so the one whose names stated it is meant, though the other was named first or as no relative.
    fitting = [e for e in fitting if _honorific_gender(mention) in found.genders(e) - {""}] or fitting
    if len(fitting) < 2:
        return fitting[0]
    # "Patricia Smith, mother of Sean Smith": the one named as someone's relative is spoken about
    # (not "Rep. Alan Grayson", the story's, named twice before "the ex-wife of Alan Grayson"),
    # unless that relative has just spoken: "His son Justin Trudeau said ... 'He was a great
    # father,' Trudeau said" goes on with the son, named last, as the speaker of the sentence before.
    if _relative_speaking_on(found, fitting, mention) or _relative_acting_before(doc, found, fitting, mention):
        return max(fitting, key=lambda e: e.mentions[-1].start)
    fitting = [e for e in fitting if not _spoken_about(e)] or fitting
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


def _by_first_surname(found: _Found, fitting: list[Entity], words: tuple[str, ...]) -> list[Entity]:
    """Of the entities a one-word name fits, those whose first of two surnames it is, where
    another has it only as its second surname (the Spanish way: 'Arias' of 'Ricardo Arias Valdes',
    not of 'Guillermo Escobar Arias'); [] where the name settles nothing so."""
    if len(words) != 1 or len(fitting) < 2:
        return []
    first = [e for e in fitting if _first_surname(found.fullest(e)) == words]
    second = [e for e in fitting if _first_surname(found.fullest(e)) not in ((), words) and found.fullest(e)[-1:] == words]
    return first if first and second else []


def _clipped_body(found: _Found, mention: NameMention) -> Entity | None:
    """'The Bank of England ... The Bank said', 'The Federal Reserve ... The Fed said', 'The
    Metropolitan Police ... The Met said': a one-word name that is an organisation's word
    opening one body named before with "The" ("Bank"; a place's name, 'Washington' of 'The
    Washington Post', is not), or the first word of one body's name cut short to three or four
    letters ("Fed", "Met"), is that body by its familiar name; nobody where two such were named.
    Only where no name matched (_matching), whose own reading of a name's first word stands."""
    if len(mention.words) != 1 or mention.title:
        return None
    word = mention.words[0]
    if not word.istitle() or word.lower() in GIVEN_NAMES:
        return None

    def fits(e: Entity) -> bool:
        fullest = found.fullest(e)
        full = _without_the(fullest)
        if len(full) < 2 or full[0].lower() in GIVEN_NAMES:
            return False
        if full[0] == word:
            return fullest[0] == "The" and word.lower() in ORG_NAME_WORDS
        return CLIPPED_LETTERS[0] <= len(word) <= CLIPPED_LETTERS[1] and full[0].startswith(word) and \
            len(full[0]) >= len(word) + CLIPPED_LETTERS[0] and full[0].isalpha()

    fitting = [e for e in found.entities if fits(e)]
    return fitting[0] if len(fitting) == 1 else None


def _extends(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether `longer` is `words` with more words after it."""
    return len(longer) > len(words) and longer[:len(words)] == words


def _a_company(words: tuple[str, ...]) -> bool:
    """A name that ends with a corporate suffix ("Acme Corp.", "Acme Inc")."""
    last = words[-1].lower()
    return len(words) > 1 and (last in CORPORATE_SUFFIXES or last.rstrip(".") in KEY_CORPORATE_SUFFIXES)


def _a_part_of(company: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """'Acme Research' after 'Acme Corp.': a name that puts other words after a company's own
    name is one of its divisions, subsidiaries or foundations, another organisation that a
    bare "Acme" does not name (conventions.md: the company keeps its own name)."""
    if not _a_company(company) or len(words) < 2:
        return False
    own = company[:-1]
    return len(words) > len(own) and words[:len(own)] == own and not _a_company(words)


def _another_company(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'General Motors Corp.' and 'General Motors Acceptance Corp.': two names of companies,
    each with its suffix, one of which puts words between the other's own name and the suffix,
    are a firm and its subsidiary, not one company written twice (as the first and last words
    of "Justin Pierre Trudeau" are)."""
    if not (_a_company(a) and _a_company(b)):
        return False
    short, long = (a[:-1], b[:-1]) if len(a) <= len(b) else (b[:-1], a[:-1])
    return len(long) > len(short) and long[:len(short)] == short


def _another_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'Grand River University' and 'Grand River University Faculty Association', 'Saskatchewan'
    and 'Saskatchewan Rate Review Panel': a name that puts words ending in an organisation's
    noun (org-nouns.txt) after a body's full name, or in an organisation's word after a
    province's, is another body (its staff's association, a panel or a utility of the province),
    not the body or the place written twice. 'Harvard ... Harvard University' stays one (a
    one-word name that is no province), and so does 'the Saskatchewan Roughriders ...
    Saskatchewan won' (a team's name ends in no organisation's word). Two names of three words
    or more that share their first word and end in the same organisation's noun but differ
    between are two bodies ('Ontario Nurses' Association', 'Ontario Hospital Association'), as
    a person's middle name is not. A short name's head before its "of" counts as its noun
    ('University of Saskatchewan' and 'University of Saskatchewan Students' Union')."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    last = long[-1].lower()
    if len(short) > 1 and short != long and short[-1].lower() == last in ORG_NOUNS and \
            short[0] == long[0] and short[1:-1] != long[1:-1] and len(short) > 2:
        return True  # 'Ontario Nurses' Association' and 'Ontario Hospital Association': two
    if not (len(long) > len(short) and long[:len(short)] == short):
        return False
    return last in ORG_NOUNS and _head_word(short) in ORG_NAME_WORDS or \
        last in ORG_NAME_WORDS and is_a_province(short)


def _head_word(words: tuple[str, ...]) -> str:
    """The head noun of a name, lower case: the word before its first "of" or "for" ("University
    of Saskatchewan", "Bank of Lowden"), else its last word ("Grand River University"); so that
    'University of Saskatchewan Students' Union' is the students' body, not the university."""
    k = next((i for i, w in enumerate(words) if w.lower() in ("of", "for") and i > 0), len(words))
    return words[k - 1].lower()


def _a_product(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'Acme ... the Acme X200', 'Skyjet ... Skyjet Flight SK41': a name that puts a model's or a
    flight's number after a firm's name is the product or the flight, not the firm, whichever
    the article names first; a firm, a person or a body has no figure in its name."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(long) > len(short) and long[:len(short)] == short and \
        any(ch.isdigit() for word in long[len(short):] for ch in word)


def _a_facility(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'OLG ... the OLG Prize Centre', 'Rogers ... the Rogers Centre': a name that puts words
    ending in a building's noun (facility-nouns.txt) after a body's name is a place of the body,
    not the body, whichever the article names first."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(long) > len(short) and long[:len(short)] == short and long[-1].lower() in FACILITY_NOUNS


def _a_division(found: _Found, entity: Entity, words: tuple[str, ...]) -> bool:
    """'Fiat Auto, the carmaker's main division, ... Fiat said': the first words of a name the
    article calls a division or subsidiary are the firm it belongs to, another organisation
    (conventions.md: the company keeps its own name)."""
    fullest = found.fullest(entity)
    return len(words) < len(fullest) and fullest[:len(words)] == words and \
        any(role in DIVISIONS for m in entity.mentions for role in m.roles)


def _named_alone_before(found: _Found, entity: Entity, words: tuple[str, ...]) -> bool:
    """'Yukos said ... Yukos USA', 'EMI ... EMI Music': a name that puts words after one the
    narrative has used alone so far names another body (a subsidiary, a division, a brand, a
    foundation), however many words it has; the story introduces its own speaker first. Not where the words after it
    only say what kind of company it is ('Southwest ... Southwest Airlines'), nor after a
    headline's short form ('Xi visits Ottawa' ... 'Xi Jinping'), a known given name ('Elian
    ... Elian Gonzalez') or a given name before a surname the article has named
    ('Freddy ... Freddy Trump', after 'Donald J. Trump')."""
    fullest = found.fullest(entity)
    n = len(fullest)  # 'Virgin Radio ... Virgin Radio Classic Rock' (a station) as 'EMI ... EMI Music'
    if len(words) <= n or words[:n] != fullest or _a_company(words):
        return False
    if _named_after(words, fullest):
        return True  # 'Stan Lee ... Stan Lee Media': his venture, however few words it adds
    if all(w.lower() in COMPANY_WORDS for w in words[n:]) or fullest[0].lower() in GIVEN_NAMES:
        return False
    if words[-1] in found.last_words:  # 'Freddy ... Freddy Trump', a family's surname: a person
        return False
    return any(m.start >= found.body_start for m in entity.mentions)


def _named_after(body: tuple[str, ...], person: tuple[str, ...]) -> bool:
    """'Stan Lee Media', 'a Hillary Clinton White House', 'Ann Lee & Partners': a person's full
    name (a given name first) with words after it that end in an organisation's word, or that
    an ampersand joins, names a body named after the person, whom a bare 'Stan Lee' still names
    (and 'Stan Lee told the BBC' is no company). A company's suffix only says what it is: 'Tony
    Lama Co.' is the 'Tony Lama' that speaks after."""
    n = len(person)
    return n > 1 and person[0].lower() in GIVEN_NAMES and len(body) > n and body[:n] == person and \
        (body[-1].lower() in ORG_NAME_WORDS or body[n] == "&") and not _a_company(body)


def _country_letters_of(body: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """'The 11th U.S. Circuit Court of Appeals ... the U.S. government': a country's letters
    alone are the country, not the first word of a body the article named with them."""
    return len(words) == 1 and words[0].replace(".", "") in COUNTRY_LETTERS and len(body) > 1


def _called_by_given_name(found: _Found, entity: Entity, mention: NameMention) -> bool:
    """Whether the article has called `entity` by its first name alone, and `mention` is its
    surname alone ("Elian" of "Elian Gonzalez", and now "Gonzalez"). Only the article's own
    words count: a crowd's "Love you, Bernie" in a quotation is how fans call a candidate,
    not the article telling him from his wife, "Jane Sanders". Nor one the article already calls
    by the surname too ("Mrs. Clinton" all along, whose "Hillary" stood in the name of the "Bill,
    Hillary and Chelsea Clinton Foundation")."""
    fullest = found.fullest(entity)
    return len(fullest) > 1 and len(mention.words) == 1 and mention.words[0] == fullest[-1] \
        and (fullest[0],) in found.narrated_forms(entity) \
        and not any(m.words == mention.words and m.title for m in entity.mentions)


def _of_generation(doc: Doc, found: _Found, mention: NameMention) -> Entity | None:
    """'Brar's father, Harjinder Brar, ... the elder Brar said': of two people who share a
    surname, the one an adjective before it ('elder', 'younger') says, by the family noun the
    article tied to each ('father', 'son') or by the ages it gave them (lexicon/generations.txt)."""
    k = mention.start - 1
    if len(mention.words) != 1 or k < 0 or not doc[k].text.islower() or doc[k].lower_ not in GENERATIONS_OF_WORDS:
        return None
    wanted = GENERATIONS_OF_WORDS[doc[k].lower_]
    people = [e for e in found.candidates(mention.words)
              if len(found.fullest(e)) > 1 and found.fullest(e)[-1] == mention.words[0]]
    if len(people) != 2:
        return None
    said = [{GENERATIONS_OF_WORDS[r] for m in e.mentions for r in m.roles if r in GENERATIONS_OF_WORDS}
            for e in people]
    holders = [e for e, gens in zip(people, said) if wanted in gens]
    if len(holders) == 1:
        return holders[0]
    others = [e for e, gens in zip(people, said) if gens and wanted not in gens]
    if len(others) == 1 and not holders:
        return people[1] if others[0] is people[0] else people[0]  # "the younger Brar": not the father
    ages = [next((a for m in e.mentions if (a := stated_age(doc, m.end)) is not None), None) for e in people]
    if None in ages or ages[0] == ages[1]:
        return None
    older = people[0] if ages[0] > ages[1] else people[1]
    return older if wanted == "older" else people[1] if older is people[0] else people[0]


FAMILY_LIST_REACH = 12  # tokens of "Ramon, Liza, Bea and Carlo Dizon" after its first given name


def _listed_before_surname(doc: Doc, mention: NameMention) -> bool:
    """'Ramon, Liza, Bea and Carlo Dizon outside their home': a given name in a list that ends in
    one full name shares that name's surname, written once for all; the article does not call
    the person by the given name alone (as "Ramon said" would)."""
    t = columns(doc)
    k = mention.end
    if len(mention.words) != 1 or k >= len(t) or t.text[k] not in (",", "and"):
        return False
    run = 0  # capitalised words in a row
    while k < len(t) and k < mention.end + FAMILY_LIST_REACH:
        if t.text[k] in (",", "and"):
            if run > 1:
                return False  # "Ramon, Liza Dizon and Carlo": a full name inside the list ends it
            run = 0
        elif t.text[k][:1].isupper() and t.tag[k] in ("NNP", "NNPS"):
            run += 1
        else:
            break
        k += 1
    return run > 1


def _given_name_honoured(found: _Found, entity: Entity, mention: NameMention) -> bool:
    """'Mr Howard' after 'Howard Flight', whom the article calls 'Flight' or 'Mr Flight': an
    honorific makes a lone word a surname, so it is not the given name of someone the article
    already calls by another surname (Michael Howard, the party's leader, is meant)."""
    fullest = found.fullest(entity)
    return len(mention.words) == 1 and bool(HONORIFICS & set(mention.title.split())) and len(fullest) > 1 \
        and mention.words[0] == fullest[0] != fullest[-1] and (fullest[-1],) in found.forms(entity)


def _pronoun_said_after(doc: Doc, mention: NameMention) -> str:
    """'Lachance said she hopes ...': the gender of the he or she that opens the clause a bare
    surname's verb of saying reports, right after the verb; '' where there is none."""
    t, end = columns(doc), mention.end
    if len(mention.words) != 1 or end + 1 >= len(t) or speech_lemma(t.text[end]) is None or \
            t.tag[end + 1] != "PRP" or t.dep[end + 1] not in ("nsubj", "nsubjpass"):
        return ""
    return PERSON_PRONOUNS.get(t.lower[end + 1], "")


def _spoken_about(entity: Entity) -> bool:
    """Named as someone's relative ("her son Luc", "mother of victim Sean Smith") before the story
    named it twice otherwise: a relative, whom the story speaks about."""
    return any(m.relative for m in entity.mentions[:2])


def _speaking_sentences(doc: Doc, speakers: set[int]) -> tuple[list[int], dict[int, int]]:
    """Where each sentence starts, and for each speaker's head and each word that hangs on one
    ("His son Justin Trudeau said": son and Trudeau) the index of its sentence."""
    starts, said, heads = [], {}, columns(doc).head  # a head read from the columns: no Token made per word
    for k, sent in enumerate(doc.sents):
        starts.append(sent.start)
        if speakers and any(sent.start <= h < sent.end for h in speakers):
            said.update((i, k) for i in range(sent.start, sent.end) if i in speakers or heads[i] in speakers)
    return starts, said


def _relative_speaking_on(found: _Found, fitting: list[Entity], mention: NameMention) -> bool:
    """Whether the one of `fitting` named last was named as someone's relative, as the speaker
    of a sentence (or in apposition to its speaker), and `mention` is in that sentence or the
    next, with none of the others named since."""
    latest = max(fitting, key=lambda e: e.mentions[-1].start)
    last = latest.mentions[-1]
    said_in = found.speaking.get(last.end - 1)
    if not _spoken_about(latest) or said_in is None:
        return False
    here = bisect_right(found.sentence_starts, mention.start) - 1
    return said_in >= here - 1 and not any(m.start > last.start for e in fitting if e is not latest for m in e.mentions) \
        and not _surname_kept_for_another(found, fitting, latest, mention)


def _relative_acting_before(doc: Doc, found: _Found, fitting: list[Entity], mention: NameMention) -> bool:
    """'Arthur MacLeod ... died in March. ¶ MacLeod's grandson, Const. Ryan MacLeod, laid a wreath.
    ¶ "...," MacLeod said': whether the one of `fitting` named last was named as someone's
    relative as the subject of the sentence right before `mention`'s (or in apposition to it),
    and `mention` speaks in the next paragraph, with none of the others named since, and every
    other the story told dead ('died', death-verbs.txt) with no year in the words' sentence ("said
    in 1982" is the late one's): the dead speak no fresh words, so the bare surname goes on with
    the relative. Where the others live ("Linda Carver has run the bakery ... Her son, Jake
    Carver, will take it over. ¶ '...,' Carver said") the story's own speaks (conventions.md).
    The relative's sentence ends its paragraph."""
    latest = max(fitting, key=lambda e: e.mentions[-1].start)
    last = latest.mentions[-1]
    if not _spoken_about(latest) or found.speaking.get(mention.end - 1) is None:
        return False
    if not all(any(_told_dead(doc, m) for m in e.mentions) for e in fitting if e is not latest):
        return False
    if any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in doc[mention.start].sent):
        return False
    paragraph = bisect_left(found.paragraph_ends, last.start)
    here = bisect_right(found.sentence_starts, last.start)  # the sentence after the relative's
    if bisect_left(found.paragraph_ends, mention.start) != paragraph + 1 or paragraph >= len(found.paragraph_ends) \
            or here < len(found.sentence_starts) and found.sentence_starts[here] <= found.paragraph_ends[paragraph]:
        return False
    head = doc[last.end - 1]
    subject = head.head if head.dep_ == "appos" else head
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.dep_ == "ROOT" and \
        not any(m.start > last.start for e in fitting if e is not latest for m in e.mentions) and \
        not _bare_surname_kept(doc, fitting, latest, mention)


def _told_dead(doc: Doc, mention: NameMention) -> bool:
    """Whether the name is the subject (or in apposition to it) of a verb of death."""
    head = doc[mention.end - 1]
    subject = head.head if head.dep_ == "appos" else head
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lower_ in DEATH_VERBS


def _bare_surname_kept(doc: Doc, fitting: list[Entity], relative: Entity, mention: NameMention) -> bool:
    """Whether the article called another of `fitting` by the bare surname before, other than as
    a possessive: "Now 44, Comeau captains her own boat" keeps "Comeau" for the daughter, and a
    father written "Réal Comeau" in full after is told apart from her; "MacLeod's grandson" uses
    the late veteran's surname only to tie the grandson to him."""
    return any(m.words == mention.words and m.start < mention.start and
               not (m.end < len(doc) and doc[m.end].tag_ == "POS")
               for e in fitting if e is not relative for m in e.mentions)


def _surname_kept_for_another(found: _Found, fitting: list[Entity], relative: Entity, mention: NameMention) -> bool:
    """Whether the article keeps the bare surname for another: it has called another of
    `fitting` so in its own words and the relative never, and `mention` opens a later
    paragraph than the relative's. A profile writes "Her father, Real Comeau" and "Real Comeau
    says" in full to tell him from its subject, whom "Comeau says" goes back to. The article shows
    that it keeps the surname so only by naming the relative in full again: "Rathore's father,
    Suresh Rathore, said ... ¶ '...,' Rathore said" goes on with the father, named once."""
    if len(relative.mentions) < 2:
        return False
    last = relative.mentions[-1]
    if bisect_left(found.paragraph_ends, mention.start) == bisect_left(found.paragraph_ends, last.start):
        return False
    if mention.words in found.narrated_forms(relative):
        return False
    return any(mention.words in found.narrated_forms(e) for e in fitting if e is not relative)


def _other_gender(stated: set[str], mention: NameMention) -> bool:
    """'Mr. Obama' and, later, 'Michelle Obama': a given name or title of the other gender is
    someone else. `stated` holds the genders the entity's names have stated."""
    gender = _telling_gender(mention)
    if not gender:
        return False
    return bool(stated - {"", gender})



def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name without its generational suffix ('Marcus Dell' of 'Marcus Dell Jr.') and the
    article of its surname ('Ahmad Sayegh' of 'Ahmad al-Sayegh', written 'Sayegh' too)."""
    words = words[:-1] if len(words) > 1 and words[-1] in GENERATIONS else words
    prefix, _, rest = words[-1].partition("-")
    return (*words[:-1], rest) if rest[:1].isupper() and prefix.lower() in SURNAME_ARTICLES else words


def _given_under_title(entity: Entity, mention: NameMention) -> bool:
    """Whether the entity was named before with the title `mention` has ("Prince", "Sheikh"),
    which a royal or honoured person keeps when the article goes on by the given name alone."""
    return any(m.title.split()[-1:] == mention.title.split()[-1:] for m in entity.mentions if m.title)


def _article_cases(word: str) -> tuple[str, ...]:
    """'Al-Khatib' and 'al-Khatib': a surname's article glued by a hyphen is written with a
    capital where it opens a sentence and in some papers' style, the same name either way."""
    prefix, hyphen, rest = word.partition("-")
    if not hyphen or prefix.lower() not in SURNAME_ARTICLES or not rest[:1].isupper():
        return (word,)
    return word, f"{prefix.lower()}-{rest}", f"{prefix.capitalize()}-{rest}"


def _particles_folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() if w.lower() in NAME_PARTICLES else w for w in words)


def _ends_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter name is the end of the longer one: 'Teigen' and 'Chrissy Teigen'; a surname's
    particle capitalised where it opens a sentence is the same word (as in `_same`)."""
    a, b = _particles_folded(_bare(a)), _particles_folded(_bare(b))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[-len(short):] == short


def _honoured(found: _Found, entity: Entity, mention: NameMention) -> bool:
    """Whether the name or the entity was written with an honorific ("Ms. Acosta"), which makes
    a lone word a person's surname."""
    return bool(HONORIFICS & set(mention.title.split())) or \
        any(HONORIFICS & set(m.title.split()) for m in entity.mentions)


def _same(a: tuple[str, ...], b: tuple[str, ...], honoured: bool = False) -> bool:
    if a == b:
        return True
    if a[-1] in GENERATIONS and b[-1] in GENERATIONS and a[-1] != b[-1]:
        return False  # "Marcus Dell Jr." is not "Marcus Dell III"
    if _full(a) and _full(b) and (a[-1] in GENERATIONS) != (b[-1] in GENERATIONS):
        return False  # nor "Donald Trump Jr." his father "Donald Trump", each named in full
    a, b = _bare(a), _bare(b)  # but "Dell" is either, and "Trump Jr." is "Donald Trump Jr."
    # A leading "The" is no word of the name: "The Financial Times" and "The New York Times"
    # share only their last word, as "The Central Bank" and "The Allied Irish Bank" do.
    # A surname's particle capitalised where it opens a sentence is the same word: "De Grandpré"
    # is "Luc de Grandpré".
    a, b = _particles_folded(_without_the(a)), _particles_folded(_without_the(b))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short == long:
        return True
    n = len(short)
    # "Teigen" ~ "Chrissy Teigen"; "Cairn" ~ "Cairn Energy";
    # "Justin Trudeau" ~ "Justin Pierre Trudeau" shares the ends.
    return long[-n:] == short or long[:n] == short or (n > 1 and long[0] == short[0] and long[-1] == short[-1]) \
        or short == _first_surname(long, honoured) or short == _hyphened_head(long) \
        or short == _family_before_given(long) or short == _patronymic(long)


def _family_before_given(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Tse' of 'Raymond Tse Kwok-leung', 'Leung' of 'Erica Leung Wing-see': a Hong Kong name
    writes an English given name, the family name, then the Chinese given name, its syllables
    joined by a hyphen with the second in lower case; the article goes on by the family name.
    () for other names."""
    if len(words) != 3 or not words[1].isalpha() or not words[1][:1].isupper():
        return ()
    head, hyphen, rest = words[2].partition("-")
    return (words[1],) if hyphen and head[:1].isupper() and rest.isalpha() and rest.islower() else ()


def _patronymic(words: tuple[str, ...]) -> tuple[str, ...]:
    """'bin Faisal' of 'Khalid bin Faisal Al-Rashid': inside a name, a patronymic particle
    (patronymic-particles.txt) and the father's name after it, by which Arabic and Malay names
    are written on ("Mr bin Faisal said"). () for names with none, or one opening the name."""
    k = next((k for k in range(1, len(words) - 1) if words[k].lower() in PATRONYMIC_PARTICLES), None)
    return (words[k].lower(), words[k + 1]) if k is not None and words[k + 1][:1].isupper() else ()


def _hyphened_head(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Anheuser' of 'Anheuser-Busch Cos.', 'Brill' of 'Brill-Haynes Corp.': a firm whose name opens
    with two capitalised names joined by a hyphen is written by the first of them alone (the
    wires' "Anheuser said"); a person's double-barrelled name ("Jean-Paul Roux", "Ann Lee-Hart")
    is not, nor a place's ("Miami-Dade County"), which ends in no corporate suffix. () for
    other names."""
    if len(words) < 2 or not _a_company(words):
        return ()
    head, _, rest = words[0].partition("-")
    if not (rest[:1].isupper() and head[:1].isupper() and head[1:].isalpha() and head[1:].islower()):
        return ()
    return (head,)


def _first_surname(words: tuple[str, ...], honoured: bool = True) -> tuple[str, ...]:
    """'Acosta' of 'Melba Acosta Febo': a name of a given name and two surnames (the Spanish
    and Portuguese way) is written with the first surname alone too ("Ms. Acosta"); a middle
    word that is a known given name ("Lee Harvey Oswald") is no surname. The first word must
    be a known given name unless an honorific says the lone word is a person's surname ("New
    York Times" is no one's). So is 'Ruiz' of 'Juan Carlos Ruiz Toledo', where two known given
    names come before the surnames. () for other names."""
    if len(words) == 4 and words[0].lower() in GIVEN_NAMES and words[1].lower() in GIVEN_NAMES:
        words = words[1:]  # the second given name stands where the one given name does
        honoured = True
    if len(words) != 3 or not all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words) or \
            words[1].lower() in GIVEN_NAMES or not (honoured or words[0].lower() in GIVEN_NAMES) or \
            any(w.lower() in ORG_NAME_WORDS or w.lower() in NEWSPAPER_WORDS for w in words):
        return ()
    return (words[1],)



def _suffix(words: tuple[str, ...]) -> str:
    """A name's generational suffix, "" for none."""
    return words[-1] if words[-1] in GENERATIONS else ""


def _full(words: tuple[str, ...]) -> bool:
    """A given name and a surname at least: 'Marcus Dell', 'Marcus Dell Jr.', not 'Dell Jr.'."""
    return len(_bare(words)) > 1 and words[0].lower() in GIVEN_NAMES


def _without_the(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if len(words) > 1 and words[0] == "The" else words


def join_acronyms(entities: list[Entity], bracketed: dict[str, tuple[str, ...]]) -> dict[int, tuple]:
    """'ORS said' where the article writes out 'Office for Road Safety': the acronym names the
    organisation it stands for. Entities so joined become one; returns, by id, the entities
    named by an acronym whose expansion no entity holds, with the expansion as their name."""
    expanded: dict[int, tuple] = {}
    for short in list(entities):
        acronym = next((m.words[0] for m in short.mentions if len(m.words) == 1 and is_acronym(m.words)
                        and m.words[0].replace("&", "").isalpha()), None)
        if acronym is None:
            continue
        # "M&S" spells "Marks & Spencer" as "MS" does: the ampersand is written, not spelt
        letters = acronym.replace("&", "").upper()
        long = next((e for e in entities if e is not short and len(e.words) > 1
                     and (e.words == bracketed.get(acronym) or acronym_of(e.words) == letters
                          # "GM" of "General Motors Corp.": a firm's initials leave out its suffix, where
                          # the initials alone name the other ("GM Hughes Electronics" is another firm)
                          or _a_company(e.words) and len(e.words) > 2 and acronym_of(e.words[:-1]) == letters
                          and all(len(m.words) == 1 for m in short.mentions))),
                    None)
        if long is None:
            if acronym in bracketed:
                expanded[id(short)] = bracketed[acronym]
            continue
        long.mentions = sorted(long.mentions + short.mentions, key=lambda m: m.start)
        entities.remove(short)
    return expanded


def _honorific_gender(mention: NameMention) -> str:
    """The gender a name's honorific ("Mrs", "Mr.") states; '' where it has none that does."""
    return stated_gender(mention) if any(TITLES.get(word) for word in mention.title.split()) else ""


def _telling_gender(mention: NameMention) -> str:
    """The gender a name states that may part it from a name of the other gender: its title's,
    or its given name's unless women and men both bear it ("Terry Vance" and then "Ms. Vance" are
    one woman; the list of given names only breaks ties, the honorific is what the article says)."""
    if any(TITLES.get(word) for word in mention.title.split()):
        return stated_gender(mention)
    if len(mention.words) > 1 and mention.words[0].lower() in SHARED_GIVEN_NAMES:
        return ""
    return stated_gender(mention)
