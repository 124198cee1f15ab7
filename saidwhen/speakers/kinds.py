"""What an entity is as the article writes it: a person or an organisation, and a person's gender.

Words that make an organisation ("Ministry", "Inc.", an acronym, "the Post"), a
title or a role that makes a person ("Ms. Teigen", "the actress"), a given name,
and the pronouns that refer back to a name as subject decide. Where nothing does
(a bare surname, "Byron"), the pinned model's trained entity recogniser reads the
sentences that hold the name (`recognised_kinds`); where it does not say either,
the kind is "" and the entity is no one "he" may refer to. (A speaker's kind and
gender in the record are saidwhen.speakers.gender, which reads these.)
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..parsing.recogniser import around, recognise
from ..parsing.texts import text_of
from ..parsing.words import Columns, columns
from ..quotes.cues import speech_lemma

from ..lexicon import CLUB_WORDS
from ..lexicon import (CAPITALS, FEMALE_NAMES, FIRM_ROLES, GIVEN_NAMES, MALE_NAMES, MONTHS_AND_DAYS, ORG_NAME_WORDS, ORG_NOUNS,
                       PERSON_PRONOUNS, PROVINCE_NAME_ENDS, ROLE_NOUNS, SEAT_NAME_ENDS, SHARED_GIVEN_NAMES, TITLES)
from ..lexicon import FEMALE_NOUNS, GOVERNMENT_FIELDS, MALE_NOUNS, PROVINCE_DEPARTMENT_FIELDS, STORM_WORDS
from ..lexicon import FIRM_ROLE_FIELDS, NAME_PARTICLES, PLURAL_SUBJECT_PRONOUNS, PARTY_NAMES, PUBLICATIONS, SPEAKING_FOR, SURNAME_PREFIXES
from ..lexicon import BODY_OR_PERSON_ROLES, BODY_PARTICIPLES, DIVISIONS, COMPANY_HOLDINGS, EXPLETIVE_HEADS, FIRM_OR_PERSON_ROLES, NAME_HONORIFICS, \
    OUTLET_NAMES, SHARE_NOUNS, WEB_DOMAINS
from .acronyms import acronym_of, is_acronym
from .descriptions import is_age
from .lexicon import person_noun
from .names import NAME_TAGS, french_body, members_cause_body, named_for
from .ties import relative_after, role_before

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc

    from ..parsing.spans import SpanSet
    from .entities import Entity
    from .names import NameMention

WEB_DOMAIN_ENDS = tuple(sorted(WEB_DOMAINS))  # "Amazon.com", "Plus.net": a website's name, a firm's
PRONOUN_LOOKAHEAD = 40  # tokens past a name's sentence where its pronoun may follow
RECOGNISED_MENTIONS = 3  # the first mentions of an entity the recogniser is asked about
UNMAKING_MENTIONS = 2  # mentions the recogniser must all call no person to unmake one a pronoun made
# A body's noun in apposition or before the name makes it a body, a firm's part too: "Its renewables
# division, Northwind Solar, said".
BODY_ROLES = ORG_NOUNS | DIVISIONS
PLURAL_FORMS = ("have", "are", "were")  # the forms that show a plural subject, as no other verb does reliably
ROLE_WORDS = 4  # words after a name and its comma that may hold a person's role: "a vice president"
OFFICER_WORDS = 3  # words after a sentence's opening "its" that may hold its officer's role: "Its director general"
AGE_REACH = 4  # words before a name that may hold its age: "the 18-year-old centre"
# The recogniser's labels that make a kind. A country or a city ("Canada", "Ottawa": GPE)
# is an organisation only as a subject, speaking as itself (conventions.md), and otherwise a
# place, which is no one "he" may refer to either. A people ("Cuban Americans": NORP) is
# people, not an organisation speaking.
# ORG is left out: taking its word for names the rules leave unknown cost speaker names on
# the held-back BBC part (docs/extracting.md).
KIND_OF_LABEL = {"PERSON": "person"}
# Labels that say a name is no person: enough to unmake one that only a pronoun made a person
# (a club, a firm, a street that stands for a government, a film).
NO_PERSON_LABELS = {"ORG", "GPE", "FAC", "LOC", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"}
SPEAKING_LABELS = {"GPE"}
BODY_LABELS = {"ORG", "GPE"}  # a one-word cue subject's labels that may make it a body (`recognised_kinds`)

# Off while the learned pronoun ranker is trained on the rules alone (training/coref.py).
RECOGNISER_IN_USE = True


def stated_gender(mention: NameMention) -> str:
    """The gender a name's own words state: its title ('Mr.') or a known given name."""
    for word in mention.title.split():
        if TITLES.get(word):
            return TITLES[word]
    return _given_name_gender(mention.words)


def _given_name_gender(words: tuple[str, ...]) -> str:
    """The gender a given name before a surname most often has; none for a name women and men
    both bear ("Kim Collins ... he said": the name must not rule out the pronoun)."""
    if len(words) < 2:
        return ""
    first = words[0].lower()
    if first in SHARED_GIVEN_NAMES:
        return ""
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    return ""


def kind_and_gender(doc: Doc, entity: Entity, name_words: set[str],
                    marked: SpanSet | None = None) -> tuple[str, str]:
    """("person" or "org" or "", "m" or "f" or ""): what the article shows `entity` to be;
    `name_words` are the words of all its names, which stop a look for its pronoun; `marked`,
    the character spans between quotation marks, whose pronouns are the quoted speaker's."""
    if named_for(entity.words) or _storm(entity.words):
        # "the Jack Adams Award" is neither, whatever its words say; nor is "Typhoon Ramil"
        return "", ""
    if all(_in_turn_label(doc, m) for m in entity.mentions):
        return "person", ""  # 'DAVID HALE, HOST:': a transcript's label names who speaks the turn
    words = {w.lower() for w in entity.words}
    if len(entity.words) == 1 and words <= PARTY_NAMES:
        return "org", ""  # "Labour", "the NDP": a party, whatever "he" comes after it ("Republican" is a member)
    roles = {r for m in entity.mentions for r in m.roles}
    acronym = is_acronym(entity.words) or _called_by_initials(doc, entity)
    # A body's noun among the roles ("Ann Lee, the party's spokeswoman", "president of the
    # Commission, Ann Lee") is the body's, not hers, where an honorific shows the person ("Ms Lee").
    if (words & ORG_NAME_WORDS or words & CLUB_WORDS or acronym and not _initials(entity.words) or _after_the(doc, entity) or
            french_body(entity.words) or  # "Société de transport de Montréal"
            members_cause_body(entity.words) or  # "Reporters Without Borders"
            ends_in_a_province(entity.words) or  # "Curling Alberta", "Elections New Brunswick"
            province_then_fields(entity.words) or  # "Manitoba Conservation", "Alberta Environment"
            any(w.endswith(WEB_DOMAIN_ENDS) or "/" in w for w in words) or  # "Nielsen/NetRatings": no person's
            entity.words[-1].isdigit() or  # "Number 10", "Channel 4": no person's name ends in a number
            entity.words[-1].endswith(("'s", "’s")) or  # "McDonald's", "Sotheby's": no person's name is a possessive
            roles & BODY_ROLES and not any(map(person_noun, roles)) and not _honoured(entity)) \
            and not _shown_a_person(doc, entity, name_words):
        return "org", ""
    if _outlet(doc, entity) or _based_somewhere(doc, entity) or _publication_before(doc, entity):
        return "org", ""
    # A seat of government with no title or role of a person is a place whatever pronoun
    # follows it ("Downing Street said she was speaking ..." is hers, not the street's).
    if _seat(entity) and not any(m.title for m in entity.mentions) and not any(map(person_noun, roles)):
        return ("org" if any(_subject(doc, m) or _agent_or_antecedent(doc, m) for m in entity.mentions) else ""), ""
    if any(_team_subject(doc, m) for m in entity.mentions) | _plural_body_they(doc, entity) and \
            not any(m.title for m in entity.mentions) and \
            not any(map(person_noun, roles)):
        return "org", ""
    gender = _gender(doc, entity, name_words, marked)
    if not gender and (_firm_by_role(entity, roles) or _a_firm_s_one_word(doc, entity)
                       or _firm_role_and_its(doc, entity, roles, name_words)):
        return "org", ""
    # A person shows itself by a gender, a title or a role; "North Korea" and "New York"
    # show none, and must not become what "he" refers to.
    if gender or any(_own_title(doc, m) for m in entity.mentions) or any(map(person_noun, roles - FIRM_ROLES)) or \
            roles & BODY_OR_PERSON_ROLES and _shown_a_person(doc, entity, name_words):
        return "person", gender
    if acronym or roles & FIRM_ROLES or any(_its_after(doc, m, name_words) or _held(doc, m) or _which_after(doc, m)
                                            for m in entity.mentions):
        return "org", ""
    if _surname_alone_after(entity):
        return "person", gender
    return "", gender


def _storm(words: tuple[str, ...]) -> bool:
    """A storm's name ("Typhoon Ramil", "Hurricane Ana"; storm-words.txt): a weather system's."""
    return len(words) > 1 and words[0].lower() in STORM_WORDS


def is_a_province(words: tuple[str, ...] | list[str]) -> bool:
    """Whether the words are, in full, a province's or territory's name ("Nova Scotia", "B.C.")."""
    return tuple(w.lower() for w in words) in PROVINCE_NAME_ENDS


def ends_in_a_province(words: tuple[str, ...]) -> bool:
    """'Curling Alberta said', 'Emergency Management B.C. said': a name of a province or
    territory after a word or more of a name's own, the first no given name, is a body's (a
    sport's governing body, an agency); the province alone is a place."""
    lower = tuple(w.lower() for w in words)
    # each shorter tail of the words looked up in the set, not each province's name tried in turn
    return lower[0] not in GIVEN_NAMES and any(lower[k:] in PROVINCE_NAME_ENDS for k in range(1, len(lower)))


def province_then_fields(words: tuple[str, ...]) -> bool:
    """'Manitoba Conservation said', 'Alberta Environment and Parks said': a province's or
    territory's name before fields of government only (government-fields.txt,
    province-department-fields.txt), the way Canadian
    papers name a provincial department, is a body's, as the fields before a country's name are
    ('Health Canada')."""
    lower = tuple(w.lower().rstrip(",") for w in words)
    return any(len(lower) > len(start) and lower[:len(start)] == start and lower[len(start)] != "and"
               and all(w in GOVERNMENT_FIELDS or w in PROVINCE_DEPARTMENT_FIELDS for w in lower[len(start):])
               for start in PROVINCE_NAME_ENDS)


def _firm_role_and_its(doc: Doc, entity: Entity, roles: set[str], name_words: set[str]) -> bool:
    """'The developer, Northfield Homes, said it had followed every rule': a name that only a
    role firms bear as often as people makes a person ("developer", "publisher"), with no title,
    which its sentence then calls "it" or "its", is a firm's (people are "he" or "she"); not a
    name a known given name opens ("developer Ann Lee said it would take two years": "it" the
    project). (The caller has found no "he" or "she" that makes it a person.)"""
    person_roles = {r for r in roles - FIRM_ROLES if person_noun(r)}
    if not person_roles or not person_roles <= FIRM_OR_PERSON_ROLES or any(m.title for m in entity.mentions) \
            or entity.words[0].lower() in GIVEN_NAMES:
        return False
    return any(_its_after(doc, m, name_words, appositive=True) for m in entity.mentions)


LABEL_REACH = 8  # words of a transcript's turn label after a name in it ("ANNE McCARTHY, BBC CORRESPONDENT:")


def _in_turn_label(doc: Doc, mention: NameMention) -> bool:
    """'DAVID HALE, HOST: This is The World.', 'ANNE McCARTHY: The men were arrested ...': a name
    (or a role) inside a transcript's turn label, the words in capitals that open a line and end
    at a colon. Its words look like an acronym's, but the label names who speaks the turn: a
    person, never the body that a later 'the group' stands for."""
    # Read from the columns, and the colon sought before the walk back to the line's start: this
    # is asked of every mention of every name, and few are followed by a colon. (A token's
    # whitespace is a space or nothing, so a line ends only at a token of its own.)
    text = columns(doc).text
    end = mention.end
    while end < len(text) and end - mention.end < LABEL_REACH and text[end] != ":" and "\n" not in text[end]:
        end += 1
    if end == len(text) or text[end] != ":":
        return False
    start = mention.start
    while start > 0 and "\n" not in text[start - 1]:
        start -= 1
    return all(_in_capitals(word) for word in text[start:end])


def _in_capitals(word: str) -> bool:
    """A word of a label in capitals ("McCARTHY" keeps the small letter of its prefix), or a
    comma or other mark between its words."""
    letters = [c for c in word if c.isalpha()]
    return not letters or letters[-1].isupper() and sum(c.islower() for c in letters) <= 1


def _surname_alone_after(entity: Entity) -> bool:
    """'Pavel Novak scored twice ... "It's frustrating," Novak said': a name of two or three
    words, none an organisation's, that the article later writes as its last word alone is a
    person's, called by the surname as news calls people (a body is called by its first word,
    "Northfield", or an acronym, never by its last word alone). Read only where nothing else
    tells the kind."""
    words = entity.words
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    return any(m.words == (words[-1],) for m in entity.mentions)


def _shown_a_person(doc: Doc, entity: Entity, name_words: set[str]) -> bool:
    """"sprinter Kelli White says she ...", "Newcastle's 18-year-old centre Mathew Tait": a name
    of two words or more with an age before it, or a person's role right before it and "he" or
    "she" after it (or a known given name), is a person's, whatever body word its surname
    ('White', 'Post') or the role ('centre') also is. Not a body named for a person ('the Carter
    Center': a body noun in the name itself), nor a club whose name "he" follows ("Manchester
    United said he ...": no person's role before it).
    A body's noun that is also a person's place in a side or trade, written right before a known
    given name ("France centre Philippe Sella", "broadcaster Cyril Fletcher"), is that person's
    too, unless the article writes the name as a company's ("shares of John Lewis"); a firm's
    noun ("the retailer John Lewis") never is; so is a name of no known given name that "he" or
    "she" as a subject follows ("Portland center Tomas Varga had 14 rebounds. He said").
    A noun of a man or a woman right before the name ("Foreign Ministry spokesman Sun Yuxiang")
    shows a person even where the name's first word is also a body's ('Sun', 'Globe'): a body has
    no sex."""
    words = entity.words
    if len(words) < 2 or {w.lower() for w in words} & ORG_NOUNS:
        return False
    if words[0].lower() in ORG_NAME_WORDS:
        return any(role_before(doc, m.start) in MALE_NOUNS | FEMALE_NOUNS for m in entity.mentions)
    given = words[0].lower() in GIVEN_NAMES
    if any(_aged(doc, m) or person_noun(role_before(doc, m.start)) and (given or _next_pronoun(doc, m, name_words))
           or given and _role_after(doc, m) for m in entity.mentions):
        return True
    # "Portland center Tomas Varga had 14 rebounds. He said ...": "he" after the name shows it
    # as a known given name does
    return any(role_before(doc, m.start) in BODY_OR_PERSON_ROLES and (given or _next_pronoun(doc, m, name_words))
               for m in entity.mentions) and \
        not any(_its_after(doc, m, name_words) or _held(doc, m) or _team_subject(doc, m) for m in entity.mentions)


def _role_after(doc: Doc, mention: NameMention) -> bool:
    """'Tom Press, vice president of sales at Varno,': a person's role (not one a firm takes as
    often) set after the name by a comma, before any preposition: the name is the role holder's."""
    end = mention.end
    if end >= len(doc) or doc[end].text != ",":
        return False
    for tok in doc[end + 1:min(end + 1 + ROLE_WORDS, len(doc))]:
        word = tok.lower_
        if tok.text != word or tok.tag_ in ("IN", "TO") or tok.is_punct:
            return False
        if person_noun(word) and word not in FIRM_ROLES and word not in FIRM_OR_PERSON_ROLES:
            return True
    return False


def _outlet(doc: Doc, entity: Entity) -> bool:
    """'Politico reported Saturday that ...', 'according to BuzzFeed': a news outlet's name as the
    placing stage knows it (lexicon/outlet-names.txt) is the outlet, whatever "he" follows it or
    the recogniser calls it; not where a title or a given name shows a person ("Mr Bloomberg"),
    nor a word the article also writes in lower case ("10 Things to Know for Today ... today")."""
    words = entity.words
    if " ".join(words) not in OUTLET_NAMES or words[0].lower() in GIVEN_NAMES or any(m.title for m in entity.mentions):
        return False
    return len(words) > 1 or words[0].lower() not in columns(doc).text


def _publication_before(doc: Doc, entity: Entity) -> bool:
    """'the Communist Party daily Pravda', 'the Mexico City daily Excelsior', 'the news agency
    Tass': a name right after a publication's noun in small letters (publications.txt) is that
    publication; not where a given name or a title shows a person ("newspaper editor Ann Lee"
    has her role between)."""
    if entity.words[0].lower() in GIVEN_NAMES or any(m.title for m in entity.mentions):
        return False
    t = columns(doc)
    for m in entity.mentions:
        before = t.text[m.start - 1] if m.start > 0 else ""
        if before.islower() and (before in PUBLICATIONS or m.start > 1 and f"{t.lower[m.start - 2]} {before}" in PUBLICATIONS):
            return True
    return False


def _based_somewhere(doc: Doc, entity: Entity) -> bool:
    """'Toronto-based Brightline Developments said', 'province-owned Lowden Power said': a place's
    "-based" or an owner's "-owned" (body-participles.txt) right before a name, with no role
    between ('Toronto-based artist Ann Lee' is hers), is a body's seat or owner; not where a given
    name or a title shows a person."""
    if entity.words[0].lower() in GIVEN_NAMES or any(m.title for m in entity.mentions):
        return False
    t = columns(doc)
    return any(m.start > 1 and t.lower[m.start - 1] in BODY_PARTICIPLES and t.text[m.start - 2] == "-"
               for m in entity.mentions)


def _firm_by_role(entity: Entity, roles: set[str]) -> bool:
    """'said market analyst Datamonitor', 'Australian winemaker Southcorp': a name of
    one word and no given name, with no title or honorific, that only a role firms bear as often
    as people makes a person is a firm's: news names a person in full, or with a title, first.
    (The caller has found no "he" or "she" that makes it a person.)"""
    words = entity.words
    if len(words) != 1 or words[0].lower() in GIVEN_NAMES or \
            any(m.title and m.title not in FIRM_OR_PERSON_ROLES for m in entity.mentions):  # "analyst", as written
        return False
    person_roles = {r for r in roles - FIRM_ROLES if person_noun(r)}
    return bool(person_roles) and person_roles <= FIRM_OR_PERSON_ROLES


def _a_firm_s_one_word(doc: Doc, entity: Entity) -> bool:
    """'WestJet said', 'market leader Kintaro': a name of one word, no
    given name and no title, written as only a brand is (a capital inside the word) or after a
    role that only a firm takes so. (The caller has found no "he" or "she" that makes it a
    person.)"""
    words = entity.words
    if len(words) != 1 or words[0].lower() in GIVEN_NAMES:
        return False
    if any(m.title and not _role_of_a_firm(doc, m.start) for m in entity.mentions):
        return False  # "Mr McAllister", "Senator Lane"; but "market leader Kintaro" is a firm's role
    return _brand(words[0]) or any(_role_of_a_firm(doc, m.start) for m in entity.mentions)


def _brand(word: str) -> bool:
    """'WestJet', 'EgyptAir': a capital inside a word after a small letter, as brands join
    words; not a surname's prefix ('McDonald', 'DeSantis', 'LaHood'), nor a word whose letters
    a wrong encoding broke ('SÃ©golÃ¨ne')."""
    if not (word.isascii() and word.isalnum()):
        return False
    inner = next((k for k in range(1, len(word)) if word[k].isupper() and word[k - 1].islower()), None)
    if inner is None:
        return False
    prefix = word[:inner].lower()
    return prefix not in NAME_PARTICLES and prefix not in SURNAME_PREFIXES


def _role_of_a_firm(doc: Doc, start: int) -> bool:
    """'market leader Kintaro', 'industry leader Tessaro': a role written right before the name
    with a word that makes it a firm's (lexicon/firm-role-fields.txt)."""
    return bool(role_before(doc, start)) and start >= 2 and doc[start - 2].lower_ in FIRM_ROLE_FIELDS


def _called_by_initials(doc: Doc, entity: Entity) -> bool:
    """'Athletics Kenya (AK) ... AK insisted it would ...': a name the article introduces with
    the capitals of its words in brackets, and then calls by them, is a body's; not a person's
    whose given name opens it ('John F. Kennedy', "JFK"), nor initials that only happen to be
    a person's ("Cat Deeley ... CD:UK", a show)."""
    words = entity.words
    if len(words) < 2 or words[0].lower() in GIVEN_NAMES:
        return False
    initials = acronym_of(words)
    return any(m.words == (initials,) for m in entity.mentions) and f"({initials})" in text_of(doc)


def _team_subject(doc: Doc, mention: NameMention) -> bool:
    """'Everton have signed Craig Bellamy', 'Chelsea are confident', 'Leicester say they will wait':
    a name of one thing that takes a plural "have", "are" or "were", or a plain present speech verb
    with no auxiliary ("say", "insist"), as British news writes a club, a team or a body (no
    person is "Smith have", "Smith say"); not names joined ("Smith and Jones have", "Lee, his wife, Ann Lee,
    and their sons are"), a plural name ("the
    Lakers"), a person's name by a given name, nor a verb the tagger may take for a plural one
    ("The deal sees Mr Fuller receive £64m"; the caller also leaves out a name with a title)."""
    head = doc[mention.end - 1]
    if head.dep_ != "nsubj" or head.tag_ != "NNP" or len(mention.words) > 1 and mention.words[0].lower() in GIVEN_NAMES or \
            any(c.dep_ in ("conj", "cc") for c in head.children) or head.head.dep_ == "conj" or \
            relative_after(doc, mention.end):  # "Idris, his wife, Hawa Idris, and their sons are"
        return False
    verb = head.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if verb.i > head.i and verb.tag_ == "VBP" and verb is forms[-1] and speech_lemma(verb.text) is not None \
            and any(c.dep_ == "ccomp" for c in verb.children) and not _listed_after_comma(doc, mention.start):
        return True  # "Leicester say they will not be rushed": a person "says"
    return verb.i > head.i and any(f.tag_ in ("VBP", "VBD") and f.lower_ in PLURAL_FORMS for f in forms)


def _listed_after_comma(doc: Doc, start: int) -> bool:
    """'As Clinton, Sanders answer union's concerns': a name after a comma and another name is
    the last of names a headline lists without "and", whose verb is plural for them all."""
    return start > 1 and doc[start - 1].text == "," and doc[start - 2].tag_ in ("NNP", "NNPS")


def _plural_body_they(doc: Doc, entity: Entity) -> bool:
    """'On Thursday Rangers said they would not raise their offer': a name of one plural word,
    never written with a given name, whose reported clause has "they" for its subject, is a club
    or a body that British news writes in the plural; a person who speaks of himself is "he"
    ("Jones said they would appeal" has a given name somewhere: "Tom Jones")."""
    last = entity.words[-1]
    if not last.endswith("s") or last.lower() in TITLES or f"{last.lower()}." in TITLES or any(m.words[-1] != last or m.words[0].lower() in GIVEN_NAMES for m in entity.mentions):
        return False
    for m in entity.mentions:
        head = doc[m.end - 1]
        if len(m.words) != 1 or head.dep_ != "nsubj" or speech_lemma(head.head.text) is None or \
                any(c.dep_ == "conj" for c in head.children):  # "Sens. Ann Lee and Tom Hart said they"
            continue
        for clause in head.head.children:
            if clause.dep_ == "ccomp" and any(
                    c.dep_ == "nsubj" and c.lower_ in PLURAL_SUBJECT_PRONOUNS for c in clause.children):
                return True
    return False


def _aged(doc: Doc, mention: NameMention) -> bool:
    """'the 18-year-old centre Mathew Tait': an age in years in the words right before the name,
    which only a person's role takes."""
    return any(map(is_age, doc[max(0, mention.start - AGE_REACH):mention.start]))


def _honoured(entity: Entity) -> bool:
    """'Mr Lee', 'Dame Ann Lee': a name written with an honorific is a person's."""
    return any(word in NAME_HONORIFICS for m in entity.mentions for word in m.title.split())


def _seat(entity: Entity) -> bool:
    """'Downing Street', "Queen's Park", 'Canberra': a place whose name news makes speak for those
    who sit there (no person's given name before its last word, nor as the whole name); and a
    province or territory by its name alone ("Manitoba said in a statement"), which speaks for its
    government as a country does."""
    words = entity.words
    return len(words) > 1 and words[-1].lower() in SEAT_NAME_ENDS and words[0].lower() not in GIVEN_NAMES or \
        is_capital(words) or is_a_province(words)


def is_capital(words: tuple[str, ...] | list[str]) -> bool:
    """'Beijing', 'New Delhi': a seat of government by its one name (capitals.txt) that is no
    given name ('Victoria')."""
    return " ".join(words) in CAPITALS and words[0].lower() not in GIVEN_NAMES


def _subject(doc: Doc, mention: NameMention) -> bool:
    return doc[mention.end - 1].dep_ in ("nsubj", "nsubjpass")


def _agent_or_antecedent(doc: Doc, mention: NameMention) -> bool:
    """'welcomed by Beijing, which described the embargo as ...': a seat that does a passive's deed
    or that a "which" clause makes speak acts as its government, as a subject does."""
    head = doc[mention.end - 1]
    return head.dep_ == "pobj" and head.head.dep_ == "agent" or \
        any(c.dep_ == "relcl" and any(t.lower_ == "which" for t in c.lefts) for c in head.children)


def _initials(words: tuple[str, ...]) -> bool:
    """'JK Rowling', 'TJ Osei': initials before a name may be a person's as well as an
    organisation's ('BP Amoco'); what the article says of it decides."""
    first = words[0]
    return len(words) > 1 and first.isalpha() and first.isupper() and len(first) == 2 and \
        all(w[:1].isupper() and not w.isupper() for w in words[1:])


def _own_title(doc: Doc, mention: NameMention) -> bool:
    """A title that is the name's own: in "director of Intel's photonics lab" the title is
    the lab's holder's, and the possessor after "of" is whoever owns the lab."""
    if not mention.title:
        return False
    return not (mention.title.endswith(" of") and doc[mention.end - 1].dep_ == "poss")


def _held(doc: Doc, mention: NameMention) -> bool:
    """'Loblaw's shares', 'shares of Loblaw', 'the Loblaw chief executive', 'Ryanair chief
    executive Michael O'Leary' (a name the parser may take for an adjective): a name written as
    the owner of what a company has (a person owns no shares of their own name)."""
    last = doc[mention.end - 1]
    head = last.head
    # A name before the noun must open its phrase: in "its two Welsh factories" it only describes.
    before = doc[mention.start - 1] if mention.start else None
    opens = before is None or before.lower_ in ("the", "a", "an") or before.is_punct or before.pos_ == "VERB" \
        or doc[mention.start].is_sent_start
    if (last.dep_ == "poss" or last.dep_ in ("compound", "amod") and opens) and head.i > last.i and \
            head.lower_ in COMPANY_HOLDINGS:
        return True
    # "the London offices of Merrill Lynch", "shareholders of Loblaw": what a company has, owned by "of"
    return last.dep_ == "pobj" and head.lower_ in ("in", "of") and \
        (head.head.lower_ in SHARE_NOUNS or head.lower_ == "of" and head.head.lower_ in COMPANY_HOLDINGS)


def _which_after(doc: Doc, mention: NameMention) -> bool:
    """'Halvard, which makes chips, said': a name that a clause opened by "which" describes is
    a thing or a body, never a person (who is "who")."""
    end = mention.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return False
    clause = doc[end + 1].head
    return clause.dep_ == "relcl" and clause.head.i == end - 1


def _its_after(doc: Doc, mention: NameMention, name_words: set[str], appositive: bool = False) -> bool:
    """'Telvoro said it would cut its prices': a subject that its sentence refers back to
    as "its", or as "it" speaking in the clause it says, before anyone else is named, is an
    organisation (people are "his" or "her", "he" or "she"). So is one whose next sentence
    opens with its officer ('Telvoro argued the grant was too small. Its chief executive, ...').
    With `appositive`, a name set beside the subject ("The developer, Northfield Homes, said
    it ...") is read as it."""
    head = doc[mention.end - 1]
    if appositive and head.dep_ == "appos" and head.head.i < head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    other_named = False
    for tok in doc[mention.end:head.sent.end]:
        if tok.lower_ == "its" or _it_says(tok, head):
            return True
        if tok.text in name_words or tok.lower_ in PERSON_PRONOUNS:
            return False
        other_named = other_named or tok.tag_ in ("NNP", "NNPS")
    return not other_named and _its_officer(doc, head.sent.end)


def _its_officer(doc: Doc, start: int) -> bool:
    """'Its director general, Ann Lee, said': a sentence that opens with "its" and a person's
    role (what the body before it has, as only a body has officers)."""
    if start >= len(doc) or doc[start].lower_ != "its":
        return False
    return any(person_noun(t.lower_) for t in doc[start + 1:min(start + OFFICER_WORDS + 1, len(doc))]
               if t.text == t.lower_)


def _it_says(tok, subject) -> bool:
    """'Labour says it wants ...': "it" as the subject of the clause the name's verb says."""
    clause = tok.head
    return tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" \
        and clause.head == subject.head and clause.lemma_ not in EXPLETIVE_HEADS


def _after_the(doc: Doc, entity: Entity) -> bool:
    """'the Post', 'The New York Times': a determiner before a name marks an organisation;
    in 'the Moreau campaign' it belongs to the noun the name modifies."""
    t = columns(doc)
    firsts = [m.start for m in entity.mentions if not m.title and not _modifies_noun(t, m.end)]
    return bool(firsts) and all(i > 0 and t.lower[i - 1] == "the" for i in firsts)


def _modifies_noun(t: Columns, end: int) -> bool:
    """Whether the word after a name is a common noun the name modifies ("the Moreau campaign").
    In a sentence the parser did not read (no tag), a body's noun ("the Bush administration
    knows ...") is one still: the name is the president's, not a body's."""
    if end >= len(t) or not t.text[end].islower():
        return False
    return t.tag[end] in ("NN", "NNS") or not t.tag[end] and t.text[end] in ORG_NOUNS


def _gender(doc: Doc, entity: Entity, name_words: set[str], marked: SpanSet | None = None) -> str:
    votes = {"m": 0, "f": 0}
    for m in entity.mentions:
        for word in [*m.title.split(), *m.roles]:
            g = TITLES.get(word) or ROLE_NOUNS.get(word, "")
            if g:
                votes[g] += 3
        g = _next_pronoun(doc, m, name_words, marked) or PERSON_PRONOUNS.get(relative_after(doc, m.end), "")
        if g:
            votes[g] += 1
    # A given name says so only before a surname: "Georgia" alone is as likely a place.
    given = _given_name_gender(entity.words)
    if given:
        votes[given] += 2
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


def given_name_only(entity: Entity) -> bool:
    """Whether a person's gender rests on nothing the article says but a given name: none
    of its names has a title or a role of a gender ('Marty Kowal', not 'Ms. Kowal')."""
    if not entity.gender or _given_name_gender(entity.words) != entity.gender:
        return False
    return not any(TITLES.get(word) or ROLE_NOUNS.get(word) for m in entity.mentions
                   for word in [*m.title.split(), *m.roles])


def _next_pronoun(doc: Doc, mention: NameMention, name_words: set[str], marked: SpanSet | None = None) -> str:
    """The gender of the first he/she/his/her after a name that is a subject, in its sentence or the next;
    not one between quotation marks (`marked`) where the name is outside them: in 'Ana Ortega said.
    “Nobody talks to him, because he doesn't listen,”' the quoted "he" is the one she speaks of (a
    passage quoted whole, name and pronoun, is narrative of its own)."""
    t, head = columns(doc), mention.end - 1
    if t.dep[head] not in ("nsubj", "nsubjpass"):
        return ""
    if marked is not None and t.idx[mention.start] in marked:
        marked = None  # the name is quoted itself: its passage's pronouns are its narrative
    # The first "he" or "she" that is itself a subject, within the next sentences, unless
    # another name comes first: then the pronoun may well be that person's.
    for i in range(mention.end, min(len(t), t.sentence_end(head) + PRONOUN_LOOKAHEAD)):
        if t.lower[i] in ("he", "she") and t.dep[i] in ("nsubj", "nsubjpass") and \
                (marked is None or t.idx[i] not in marked):
            return PERSON_PRONOUNS[t.lower[i]]
        if t.text[i] in name_words or t.tag[i] in NAME_TAGS and t.text[i][:1].isupper() \
                and t.lower[i] not in MONTHS_AND_DAYS:
            return ""
    return ""


def _reported_subject(t: Columns, head: int) -> bool:
    """Whether a name is the subject of a clause a verb of saying reports ('Ottawa' in 'Kipling
    said Ottawa had broken its promise')."""
    clause = t.head[head]
    return t.dep[clause] == "ccomp" and speech_lemma(t.text[t.head[clause]]) is not None


def recognised_kinds(doc: Doc, entities: list[Entity],
                     speakers: frozenset[int] | set[int] = frozenset()) -> dict[int, str]:
    """By id, the kind the entity recogniser gives each entity whose kind the rules leave
    unknown: the one it gives more than half of the mentions it was asked about; and none ("")
    for a person that only a pronoun made one, where it calls every mention no person.

    A name of one word, bare, that is a cue's subject (`speakers`: the token positions of the
    quotes' subjects), and that the recogniser calls a place once at least ("Ottawa said late
    Thursday"), or an organisation once where the article also writes a spokesperson or an
    officer after it ("Metrolinx says ... a Metrolinx spokesperson", "Telus said ... Telus chief
    executive Martin Kovac"), is a body speaking as itself, whatever the recogniser calls the
    name elsewhere. Its word alone is not enough: it takes a surname named once ("Okonkwo said
    in a statement") for an organisation too."""
    if not RECOGNISER_IN_USE:
        return {}
    unknown = [(e, m) for e in entities
               if (not e.kind or _person_by_pronoun_only(e)) and not named_for(e.words) and not _storm(e.words)
               and not _seat(e)
               for m in e.mentions[:RECOGNISED_MENTIONS]]
    if not unknown:
        return {}
    t = columns(doc)
    labels = {i: r.label for r in recognise(doc, around(doc, [(m.start, m.end) for _, m in unknown]))
              for i in range(r.start, r.end)}
    asked: Counter = Counter()
    votes: Counter = Counter()
    unmade: Counter = Counter()
    reported: Counter = Counter()
    called_body: dict[int, set[str]] = {}  # one-word names the recogniser called a body or a place
    for entity, mention in unknown:
        asked[id(entity)] += 1
        label = labels.get(mention.end - 1, "")
        if entity.kind:  # a person only by a pronoun after it: the recogniser may say it is none
            unmade[id(entity)] += label in NO_PERSON_LABELS
            reported[id(entity)] += _reported_subject(t, mention.end - 1)
        else:
            votes[id(entity), _kind_of(t, mention, label)] += 1
            if len(entity.words) == 1 and label in BODY_LABELS:
                called_body.setdefault(id(entity), set()).add(label)
    kinds = {key: kind for (key, kind), n in votes.items() if kind and 2 * n > asked[key]}
    kinds |= {id(e): "org" for e in entities if id(e) in called_body and _spoke_bare(e, speakers)
              and ("GPE" in called_body[id(e)] or _officer_after(doc, e, entities))}
    # Unmade only where the recogniser says so of every mention it was asked about, two at least:
    # it takes some people with uncommon names ("Marta Lindqvist") for organisations once. Once
    # is enough for a name only ever the subject of what someone else said ('Kipling said Ottawa
    # had broken its promise. She said ...'): the pronoun after it likelier goes on with the one
    # who spoke.
    return kinds | {key: "" for key, n in unmade.items()
                    if n == asked[key] and (n >= UNMAKING_MENTIONS or reported[key] == n)}


OFFICER_AFTER = 2  # words after a name that may hold its spokesperson or officer: "chief executive"


def _officer_after(doc: Doc, entity: Entity, entities: list[Entity]) -> bool:
    """'a Metrolinx spokesperson', 'Telus chief executive Martin Kovac': a name written right
    before a spokesperson (speaking-for.txt) or what a company has (company-holdings.txt), in
    the text or at the head of a person's title."""
    officers = SPEAKING_FOR | COMPANY_HOLDINGS
    word = entity.words[0]
    if any(t.lower_ in officers for m in entity.mentions for t in doc[m.end:m.end + OFFICER_AFTER]):
        return True
    for other in entities:  # "Telus chief executive Martin Kovac": the words before a person's name
        for m in other.mentions:
            before = doc[max(0, m.start - OFFICER_AFTER - 1):m.start]
            if len(before) > 1 and before[0].text == word and any(t.lower_ in officers for t in before[1:]):
                return True
    return False


def _spoke_bare(entity: Entity, speakers: frozenset[int] | set[int]) -> bool:
    """Whether a mention of the entity, one word with no title, is a cue's subject."""
    return any(len(m.words) == 1 and not m.title and m.end - 1 in speakers for m in entity.mentions)


def _person_by_pronoun_only(entity: Entity) -> bool:
    """'Vodafone has cut off ten sellers. “We have strict contracts,” he said': a name that
    only the "he" or "she" after it made a person, with no title, role or given name of its
    own. That pronoun may be someone else's (the speaker's, in a quote after the sentence)."""
    if entity.kind != "person" or len(entity.words) > 1 and entity.words[0].lower() in GIVEN_NAMES:
        return False
    return not any(m.title or any(map(person_noun, m.roles)) for m in entity.mentions)


def _kind_of(t: Columns, mention: NameMention, label: str) -> str:
    """The kind the recogniser's label on the name's last word makes, if any."""
    if label in SPEAKING_LABELS and t.dep[mention.end - 1] in ("nsubj", "nsubjpass"):
        return "org"
    return KIND_OF_LABEL.get(label, "")
