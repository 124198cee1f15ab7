"""Who a speaker is, as the article writes it: a person or an organisation, and a person's gender.

A person's gender is what the article itself says of them: a pronoun that refers to them
("she said", "his lawyer"), an honorific before their name ("Mrs", "Sir"), or a gendered noun
it ties to them ("the actress", "her mother, Ann Moreau", "a spokeswoman"). Never a given
name: the given-names list of the speaker stage may help choose whom a pronoun refers to,
but only the pronoun says the gender. Where the article says both, the side it says more
(an honorific or a noun counts as much as three pronouns) wins; a tie is `unknown`. Joint
speakers ("Ann Moreau and Omar Haddad") are `unknown` as a pair. Organisations, documents
and speakers of no plain kind have no gender (None).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Quote, Speaker
from . import descriptions
from .lexicon import ORG_NOUNS, PERSON_PRONOUNS, person_noun

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

    from .entities import Entity
    from .resolve import Resolver

PERSON, ORGANISATION = "person", "organisation"
FEMALE, MALE, UNKNOWN = "female", "male", "unknown"

# Honorifics written before a name that say the person's gender. Titles of office
# ("Dr", "Senator", "Bishop") say nothing of it.
HONORIFICS = {
    FEMALE: {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "duchess",
             "countess", "baroness", "madam", "madame", "mme", "mme.", "mlle", "sister"},
    MALE: {"mr", "mr.", "sir", "lord", "king", "prince", "duke", "earl", "baron", "count",
           "monsieur", "m.", "father", "fr", "fr.", "brother"},
}
# Nouns an article ties to a person ("the actress", "her son, Luc", "a spokeswoman for the
# ministry") that say their gender. Nouns that news writes of either ("actor", "chairperson",
# "host", "batsman" in older sports pages) are left out.
GENDERED_NOUNS = {
    FEMALE: {"woman", "girl", "lady", "mother", "mom", "mum", "wife", "daughter", "sister", "aunt",
             "grandmother", "granddaughter", "niece", "stepmother", "stepdaughter", "girlfriend",
             "fiancée", "fiancee", "bride", "widow", "actress", "spokeswoman", "chairwoman",
             "businesswoman", "congresswoman", "councilwoman", "sportswoman", "policewoman",
             "headmistress", "waitress", "hostess", "heroine", "queen", "princess", "duchess",
             "countess", "baroness", "nun", "matriarch", "mother-in-law", "daughter-in-law",
             "sister-in-law", "grandma", "landlady", "schoolgirl", "congresswoman-elect"},
    MALE: {"man", "boy", "gentleman", "father", "dad", "husband", "son", "brother", "uncle",
           "grandfather", "grandson", "nephew", "stepfather", "stepson", "boyfriend", "fiancé",
           "fiance", "groom", "bridegroom", "widower", "spokesman", "chairman", "businessman",
           "congressman", "councilman", "sportsman", "policeman", "fireman", "headmaster",
           "king", "prince", "duke", "earl", "baron", "monk", "priest", "patriarch",
           "father-in-law", "son-in-law", "brother-in-law", "grandpa", "schoolboy", "frontman",
           "congressman-elect"},
}
GENDER_OF_WORD = {w: g for table in (HONORIFICS, GENDERED_NOUNS) for g, words in table.items() for w in words}
PRONOUN_GENDER = {word: FEMALE if g == "f" else MALE for word, g in PERSON_PRONOUNS.items()}
# An honorific or a noun is said of the person on purpose; a pronoun may be resolved wrong.
WORD_WEIGHT, PRONOUN_WEIGHT = 3, 1
# Speakers a story leaves unnamed that are plainly people ("a source", "officials") besides
# role nouns ("a spokesperson"), which `person_noun` knows.
UNNAMED_PEOPLE = {"source", "sources", "person", "people", "official", "officials", "resident",
                  "residents", "witness", "witnesses", "aide", "aides", "insider", "insiders",
                  "someone", "one"}
JOINED = (" and ", ", ")


def identify(doc: Doc, resolver: Resolver, quotes: list[Quote]) -> list[Quote]:
    """The quotes with each speaker's kind and gender as the article writes them."""
    said = _Said(doc, resolver)
    for quote in quotes:
        said.note_mention(quote.speaker)
    return [replace(q, speaker=said.identified(q.speaker)) if q.speaker else q for q in quotes]


class _Said:
    """What one article says of its entities' gender: honorifics and tied nouns on their
    names, the pronouns resolved to them, and the speaker mentions that describe them."""

    def __init__(self, doc: Doc, resolver: Resolver):
        self.doc = doc
        self.resolver = resolver
        self.by_name: dict[str, Entity] = {}
        for entity in sorted(resolver.entities, key=lambda e: len(e.mentions)):
            self.by_name[entity.name] = entity  # of two entities of one name, the one named most
        # entity id -> token -> (gender, weight): one vote per word of the text, however often read
        self.votes: dict[int, dict[int, tuple[str, int]]] = defaultdict(dict)
        for entity in resolver.entities:
            for m in entity.mentions:
                for word in [*m.title.split(), *m.roles]:
                    if word in GENDER_OF_WORD:
                        self.votes[id(entity)][(m.start, word)] = (GENDER_OF_WORD[word], WORD_WEIGHT)
        for token, entity in resolver.pronoun_entity.items():
            if entity is not None:
                self.votes[id(entity)][token] = (PRONOUN_GENDER[doc[token].lower_], PRONOUN_WEIGHT)

    def note_mention(self, speaker: Speaker | None) -> None:
        """'The actress said', 'she said': a mention that says a gender counts for whom it names."""
        if speaker is None or speaker.mention is None or not speaker.name:
            return
        entity = self.by_name.get(speaker.name)
        head = self._head(speaker)
        if entity is None or head is None:
            return
        gender, weight = _gender_of_head(head)
        if gender:
            self.votes[id(entity)][head.i] = (gender, weight)

    def identified(self, speaker: Speaker) -> Speaker:
        kind, gender = self._kind_and_gender(speaker)
        return replace(speaker, kind=kind, gender=gender)

    def _kind_and_gender(self, speaker: Speaker) -> tuple[str | None, str | None]:
        if speaker.name:
            entity = self.by_name.get(speaker.name)
            if entity is not None:
                return self._of_entity(entity, speaker)
            if any(sep in speaker.name for sep in JOINED):
                return self._joint(speaker.name)
            if speaker.mention is not None and self.resolver.is_organisation(speaker):
                return ORGANISATION, None
        return self._of_mention(speaker)

    def _of_entity(self, entity: Entity, speaker: Speaker) -> tuple[str | None, str | None]:
        votes = self.votes.get(id(entity), {})
        if entity.kind == "org":
            return ORGANISATION, None
        if entity.kind == "person" or votes:
            return PERSON, _weighed(votes.values())
        return self._of_mention(speaker)

    def _joint(self, name: str) -> tuple[str | None, str | None]:
        """'Ann Moreau and Omar Haddad': people together are people of no one gender."""
        parts = [p.strip() for p in name.replace(" and ", ", ").split(",") if p.strip()]
        kinds = {self.by_name[p].kind if p in self.by_name else "" for p in parts}
        if kinds == {"org"}:
            return ORGANISATION, None
        return (PERSON, UNKNOWN) if "person" in kinds else (None, None)

    def _of_mention(self, speaker: Speaker) -> tuple[str | None, str | None]:
        """A speaker the article names no entity for: what the mention's head word makes plain
        ('a spokeswoman', 'she', 'the agency'); nothing when it is a document or 'it'."""
        head = self._head(speaker)
        if head is None:
            return None, None
        word = head.lower_
        if descriptions.is_document(head) or word in ("it", "they", "them"):
            return None, None
        if descriptions.is_org_noun(head) or word in ORG_NOUNS:
            return ORGANISATION, None
        gender, _ = _gender_of_head(head)
        if gender:
            return PERSON, gender
        if word in UNNAMED_PEOPLE or person_noun(word) or person_noun(word.rstrip("s")) or \
                descriptions.person_gender(head) is not None:
            return PERSON, UNKNOWN
        return None, None

    def _head(self, speaker: Speaker) -> Token | None:
        if speaker.mention is None:
            return None
        span = self.doc.char_span(speaker.mention.start, speaker.mention.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None


def _gender_of_head(head: Token) -> tuple[str | None, int]:
    """The gender a mention's head word says ('she', 'the actress'), and how much it weighs."""
    word = head.lower_
    if word in PRONOUN_GENDER:
        return PRONOUN_GENDER[word], PRONOUN_WEIGHT
    if word in GENDERED_NOUNS[FEMALE]:
        return FEMALE, WORD_WEIGHT
    if word in GENDERED_NOUNS[MALE]:
        return MALE, WORD_WEIGHT
    return None, 0


def _weighed(votes) -> str:
    """The gender the article says more of; `unknown` when it says none, or both equally."""
    weight = {FEMALE: 0, MALE: 0}
    for gender, w in votes:
        weight[gender] += w
    if weight[FEMALE] == weight[MALE]:
        return UNKNOWN
    return FEMALE if weight[FEMALE] > weight[MALE] else MALE
