"""From a speaker mention to the canonical name it refers to in the article.

A mention is read by the first of a short, ordered list of steps whose test
holds (Resolver.STEPS). A name resolves to the fullest form of itself. "She"
and "he" resolve to whom the article was read to refer to, the most salient
person of fitting gender (saidwhen.speakers.salience). "The actress" resolves to
the person the article gave that role, else the most salient person; "the
company" to the organisation the story is about. Indefinite descriptions ("a
spokesperson", "officials") name nobody.

STEPS says in which order; the steps' code lives in this package's modules, by what
they read: names and apposition (naming.py), pronouns (pronouns.py), people named together
(groups.py), descriptions by their role (roles.py), organisations and documents
(bodies.py), and small readings of the grammar over tokens (grammar.py).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lexicon import LESSER_RANKS
from ...lexicon import (COUNTERPART_OFFICES, DEMONYMS, GOVERNING_PARTIES, NEWSPAPER_WORDS, ORG_NOUNS, PAST_HOLDERS,
                        TITLE_FULL_FORMS)
from ...parsing.spans import SpanSet
from ...parsing.words import columns
from .. import descriptions, kinds, ties
from ..entities import Entity
from ..names import NameMention, in_dateline
from ..salience import Reading, first_body_sentence
from .bodies import Bodies
from .grammar import one_of_many
from .groups import Groups
from .naming import Naming
from .pronouns import Pronouns
from .roles import Roles

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

PAST_REACH = 4  # words after a name to the role of its apposition: ', the former president'
QUALIFIER_REACH = 4  # 'Liberal Democrat Treasury spokesman': the words that say which one


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """The speaker mention being resolved: tokens [start, end) headed by `head`, and `content`,
    the quote's character span."""

    head: Token
    start: int
    end: int
    content: tuple[int, int]

    @property
    def first_word(self) -> str:
        """Its first word, lower-cased: "a", "the", or a name's."""
        return self.head.doc[self.start].lower_


# A step of resolving: a test of the mention, and, where it holds, the name it answers (None: nobody).
Step = tuple[Callable[["Resolver", SpeakerMention], bool], Callable[["Resolver", SpeakerMention], "str | None"]]


class Resolver(Naming, Pronouns, Groups, Roles, Bodies, Reading):
    """Resolves speaker mentions of one article against its entities, as read in order."""

    def __init__(self, doc: Doc, entities: list[Entity], quoted: SpanSet, speaker_heads: set[int]):
        super().__init__(doc, entities, quoted, speaker_heads)
        self.by_token: dict[int, tuple[Entity, NameMention]] = {
            i: (e, m) for e in entities for m in e.mentions for i in range(m.start, m.end)}
        # Names the tagger may miss when written again ("The CTWU said", "Alves was told"): the
        # entity named most often wins a shared word, one named as someone's relative least.
        self.by_word: dict[str, Entity] = {}
        for e in sorted(entities, key=lambda e: (not e.relative, len(e.mentions))):
            for m in e.mentions:
                self.by_word[m.words[-1]] = e
        self.lead = first_body_sentence(doc)
        self.with_roles = sorted([*((m.end - 1, e, {*m.roles, *_title_words(m), *_role_qualifiers(doc, m.start),
                                                    *_past(doc, m), *_counterpart(doc, m)})
                                    for e in entities for m in e.mentions if m.roles or m.title),
                                  *((i, e, {doc[i].lower_}) for i, e in self.unnamed),
                                  *_bodies(doc, entities)],
                                 key=lambda x: x[0])
        # The same by role, each in text order, so that a role is looked up where it was given.
        self.by_role: dict[str, list[tuple[int, Entity, set[str]]]] = {}
        for given in self.with_roles:
            for role in given[2]:
                self.by_role.setdefault(role, []).append(given)
        self.role_starts = {role: [token for token, _, _ in given] for role, given in self.by_role.items()}
        # An office nobody was given by name, as read for the quotes so far: 'the prime minister' -> him.
        self._offices_read: dict[tuple[str, ...], Entity] = {}
        self._bodies_read: dict[str, str] = {}  # a body's noun -> the body a place's description named

    def name_start(self, i: int) -> int | None:
        """Where the name that holds token `i` starts, if a name holds it."""
        hit = self.by_token.get(i)
        return hit[1].start if hit else None

    def name(self, head: Token, start: int, end: int, content: tuple[int, int] = (0, 0)) -> str | None:
        """The canonical name for the mention [start, end) whose head is `head`.

        `content` is the quote's token range [start, end): nobody the quote talks about is
        who said it ("Trump is wrong, he said" is not Trump speaking).
        """
        return self._name(head, start, end, content) or None

    # In this order; the first step whose test holds answers, and a mention none fits
    # ("a spokesperson", "officials": indefinite, no name) names nobody.
    STEPS: tuple[Step, ...] = (
        (Naming._is_one_of_many, Naming._apposition),  # "an Ontario Liberal, Ana Ruiz,"
        (Naming._is_unnamed, Naming._unnamed),  # "an Acme Corp. spokesman"
        (Naming._is_one_taken_up, Naming._one_taken_up),  # "one resident said. ¶ That resident, Ann Lee,"
        (Bodies._is_shared_body_word, Bodies._owned_by),  # "the Bank", of two banks
        (Naming._is_family_plural, Naming._family),  # "the Levesques"
        (Naming._is_named, Naming._names),  # "Whitfield", "his mother, Ann Lee"
        (Naming._is_firm_word_mistagged, Naming._firm_word),  # "Diversified, the holding company, said"
        (Pronouns._is_person_pronoun, Pronouns._pronoun),  # "she"
        (Pronouns._is_answer_i, Pronouns._interviewee),  # "Q: ... ¶ A: I think ..."
        (Pronouns._is_question_you, Pronouns._interviewee),  # "Q: You said last week ... ¶ A: ..."
        (Pronouns._is_turn_i, Pronouns._turn_speaker),  # "Ann Lee: I think ..."
        (Pronouns._is_impersonal, Pronouns._nobody),  # "it is thought"
        (Pronouns._continues_group, Pronouns._nobody),  # "Traders said ... They said"
        (Groups._is_they_of_people, Pronouns._nobody),  # "Acme shut it. Dozens of miners ... they said"
        (Pronouns._is_group_pronoun, Pronouns._group),  # "it", "they"
        (Roles._is_possessed_role, Roles._possessed_role),  # "Connecticut's tax commissioner"
        (Roles._is_pronoun_possessed_role, Roles._pronoun_possessed_role),  # "her granddaughter, Ann Lee,"
        (Bodies._is_company_epithet, Bodies._company_epithet),  # "Tessaro Corp. fell ... The chip concern said"
        (Bodies._is_document_named_before, Bodies._named_document_owner),  # "An IAAF statement said ... The statement continued"
        (Groups._is_companies_named_together, Groups._companies_named_together),  # "Acme and Brill ... the firms said"
        (Groups._is_one_of_two, Groups._one_of_two),  # "Ray Dunn and Mia Holt ... the latter said"
        (Roles._is_definite_description, Roles._described),  # "the actress"
        (Naming._is_proper_noun, Naming._proper_noun),  # "Obama on Climate Change"
        (Bodies._is_document_or_org, Bodies._owned_by),  # "Oxfam's report", "the company"
        (Groups._is_two_named_apart, Groups._two_named_apart),  # "Lee met Hale ... Both men said"
        (Roles._is_definite, Roles._described_or_going_on),  # "the rookie", "said the former aide"
    )

    def _name(self, head: Token, start: int, end: int, content: tuple[int, int]) -> str | None:
        mention = SpeakerMention(head, start, end, content)
        for applies, answer in self.STEPS:
            if applies(self, mention):
                return answer(self, mention)
        return None

    def is_organisation(self, speaker) -> bool:
        """Whether a speaker is an organisation or a document: by its mention's last word
        ('the report', 'the company') or the kind of the entity it names."""
        last = speaker.mention.text.split()[-1].lower() if speaker.mention else ""
        if last in descriptions.DOCUMENT_NOUNS or last in ORG_NOUNS or last in descriptions.PRESS_NOUNS:
            return True
        return any(e.name == speaker.name and e.kind == "org" for e in self.entities)

    def person(self, head: Token) -> str | None:
        """The name of the person `head` refers to, if it refers to a person the article names."""
        named = self._appositive(head) if one_of_many(head) else self._named(head)
        if named is not None:
            return named.name if named.kind == "person" else None
        entity = self.pronoun_entity.get(head.i) if head.lower_ in ("he", "she") else None
        return entity.name or None if entity else None


def _role_qualifiers(doc: Doc, start: int) -> set[str]:
    """'Lib Dem spokesman Vince Cable', 'Ulster coach Mark McCall': the capitalised words before
    the role written right before a name, lower-cased, so that 'the Lib Dem spokesman' later,
    which must have the same qualifiers (descriptions.qualifiers), is him."""
    if start < 2 or doc[start - 1].tag_ != "NN" or not doc[start - 1].text.islower():
        return set()
    out = set()
    if doc[start - 2].lower_ in LESSER_RANKS:
        out.add(doc[start - 2].lower_)  # "assistant coach Leo Marsh": not "the coach" of a bare one
    for tok in reversed(doc[max(0, start - 1 - QUALIFIER_REACH):start - 1]):
        if tok.tag_ not in ("NNP", "NNPS") or tok.text.islower() or tok.lower_ == "the":
            break
        out.add(tok.lower_)
    return out


def _title_words(m: NameMention) -> set[str]:
    """The words of a name's title, an abbreviated one with the role it stands for too ('sen.'
    and 'senator'), so that 'the senator' is 'Sen. Ann Lee'."""
    words = m.title.split()
    return {*words, *(TITLE_FULL_FORMS[w] for w in words if w in TITLE_FULL_FORMS)}


def _past(doc: Doc, m: NameMention) -> set[str]:
    """'Former President Ann Lee', 'Ann Lee, the former president,': a title or role given as
    held before marks the name with descriptions.PAST, so that 'the former president' is her."""
    title = range(m.start - len(m.title.split()), m.start)

    def of_this_name(role: Token) -> bool:  # not "President Tom Reed met former President Ann Lee"
        return role.i in title or (role.dep_ == "appos" and role.lower_ in m.roles and m.start <= role.head.i < m.end)

    # The words near read from the columns: a Token is made only for a past holder's word.
    lower, near = columns(doc).lower, range(max(0, title.start - 1), min(len(doc), m.end + PAST_REACH))
    return {descriptions.PAST} if any(lower[i] in PAST_HOLDERS and of_this_name(doc[i].head) for i in near) else set()


def _counterpart(doc: Doc, m: NameMention) -> set[str]:
    """'Tory shadow chancellor Ann Lee', 'Ann Lee, the shadow home secretary,': a title given as
    the opposition's counterpart of an office marks the name with descriptions.COUNTERPART, so
    that 'the chancellor' is not her and 'the shadow chancellor' is."""
    window = doc[max(0, m.start - len(m.title.split()) - QUALIFIER_REACH):m.end + PAST_REACH]
    lower = columns(doc).lower  # read by index: most names have no such word near, and need no Token
    if not (m.title or m.roles) or not any(lower[i] in COUNTERPART_OFFICES for i in range(window.start, window.end)):
        return set()  # most names: no "shadow" near, and no parse to read
    before = []  # the words of its title and their qualifiers ('shadow home secretary Ann Lee')
    for tok in reversed(doc[window.start:m.start]):
        if tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PUNCT", "CCONJ"):
            break
        before.append(tok)
    after = [t for t in doc[m.end:m.end + PAST_REACH] if t.head.dep_ == "appos"]  # ', the shadow chancellor,'
    counterpart = any(t.lower_ in COUNTERPART_OFFICES for t in (*before, *after))
    return {descriptions.COUNTERPART} if counterpart else set()


def _bodies(doc: Doc, entities: list[Entity]) -> list[tuple[int, Entity, set[str]]]:
    """'Acme's board', 'the Teamsters union': the bodies written with an organisation's name,
    as roles of that organisation ("the board said" is Acme); 'the Ontario government', 'the
    province of Alberta': a place's government, as roles of the place ("the province said" is
    Ontario, as "Ontario said" would be: a government speaks by its place's name)."""
    out = []
    for e in entities:
        if e.kind == "person":
            continue
        # "told The Observer government life was ...": a paper is no place.
        place = not e.gender and not e.relative and e.name.lower() not in GOVERNING_PARTIES | DEMONYMS and \
            e.words[-1:] and e.words[-1].lower() not in NEWSPAPER_WORDS
        # "Alberta's Opposition grilled the government ... the province said": a province named
        # as a place, in full, governs as "the province" too, with no government written beside it.
        province = place and kinds.is_a_province(e.words)
        for m in e.mentions:
            body = ties.body_of(doc, m.start, m.end)
            governed = ties.government_of(doc, m.start, m.end) if place else frozenset()
            # an abbreviation ("B.C.") governs where the text names the place so ("in northern
            # B.C."), not as a dateline's place ("HALIFAX, N.S. —"), which is where the story is filed
            if province and ("." not in e.name or not in_dateline(columns(doc), m.end - 1)):
                governed = governed | {"province"}
            if body or governed:
                out.append((m.end - 1, e, {body, *governed} - {""}))
    return out
