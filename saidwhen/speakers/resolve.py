"""From a speaker mention to the canonical name it refers to in the article.

A mention is read by the first of a short, ordered list of steps whose test
holds (Resolver.STEPS). A name resolves to the fullest form of itself. "She"
and "he" resolve to whom the article was read to refer to, the most salient
person of fitting gender (saidwhen.speakers.salience). "The actress" resolves to
the person the article gave that role, else the most salient person; "the
company" to the organisation the story is about. Indefinite descriptions ("a
spokesperson", "officials") name nobody.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..parsing.spans import SpanSet
from ..parsing.texts import text_of
from . import descriptions, ties
from .entities import Entity
from .names import NameMention, party_members, plural_acronym
from ..lexicon import (DEMONYMS, FEMALE_HONORIFICS, GENERIC_ORG_NOUNS, GOVERNING_PARTIES, GOVERNMENTS, JUDGES,
                       GROUP_PRONOUNS, INTRODUCING_VERBS, MALE_HONORIFICS, NAME_HONORIFICS, NEWSPAPER_WORDS,
                       ORG_NAME_WORDS, ORG_NOUNS, PARTY_MEMBERS, PERSON_PRONOUNS, ROLE_NOUNS, TITLES)
from ..lexicon import BE_FORMS, ANY_PERSON_NOUNS, QUESTION_WORDS
from .lexicon import person_noun
from .salience import INDEFINITE, SHARE_NOUNS, SUBJECT_DEPS, Reading, first_body_sentence

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

GROUP_REACH = 80  # "it" and "they" refer to an organisation only close by
DESCRIPTION_REACH = 250
QUALIFIER_REACH = 4  # 'Liberal Democrat Treasury spokesman': the words that say which one
LEAD_REACH = 80  # tokens after a lead's description within which its speaker is named
# "One Iowa Republican", "an Ontario Liberal": one of a party or a people, whatever its capitals.
MEMBER_NOUNS = PARTY_MEMBERS | DEMONYMS
DEFINITE = descriptions.DEFINITE
HONORIFICS = FEMALE_HONORIFICS | MALE_HONORIFICS | NAME_HONORIFICS


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


class Resolver(Reading):
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
        self.with_roles = sorted([*((m.end - 1, e, {*m.roles, *m.title.split(), *_role_qualifiers(doc, m.start)})
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


    # The steps from a mention to a name: a test, and what answers when it holds --------

    def _is_one_of_many(self, m: SpeakerMention) -> bool:
        """'One Iowa Republican', 'an Ontario Liberal': a member of a party or a people."""
        return _one_of_many(m.head)

    def _apposition(self, m: SpeakerMention) -> str | None:
        """'an Ontario Liberal, Ana Ruiz,': named only by a name in apposition."""
        named = self._appositive(m.head)
        return named.name if named else None

    def _is_unnamed(self, m: SpeakerMention) -> bool:
        """'An Acme Corp. spokesman', 'another resident': someone the article leaves unnamed,
        whatever names the phrase holds, unless it ends in one ('a flabbergasted Noah')."""
        return m.first_word in INDEFINITE and m.end - 1 not in self.by_token

    def _unnamed(self, m: SpeakerMention) -> str | None:
        """Nobody, unless named in apposition ('a lawyer, Tom Reyes,'), a document's owner
        ('a statement from Acme' is Acme's), or a news lead's protagonist, named next."""
        named = self._appositive(m.head) or self._called(m.head) or \
            (self._owner(m.head) if descriptions.is_document(m.head) else None) or self._protagonist(m)
        return named.name if named else None

    def _protagonist(self, m: SpeakerMention) -> Entity | None:
        """'Taking the stand, a friend of the gunman said Friday that she regretted it. Ana Ruiz,
        22, has pleaded innocent ...': a wire lead describes its protagonist and names her as
        the subject of the next sentence, where she does something other than speak (a new
        speaker there is someone else: 'A spokesman said ... Ana Ruiz, a witness, said')."""
        head = m.head
        if head.sent.start != self.lead or not person_noun(head.lower_) or \
                head.dep_ not in SUBJECT_DEPS or head.head.dep_ != "ROOT":
            return None  # "..., angering a sheriff who says ...": not whom the lead is about
        entity = self._introduced_next(m.head.i, m.end)
        if entity is None:
            return None
        first = next(r.token for r in self.references if r.entity is entity)
        return None if first in self.speaker_heads or self.doc[first].head.i in self.speaker_heads else entity

    def _is_named(self, m: SpeakerMention) -> bool:
        """'Whitfield', 'his mother, Ann Lee': the head is a name, or has one in apposition."""
        return self._named(m.head) is not None

    def _names(self, m: SpeakerMention) -> str | None:
        """'Whitfield' -> 'Karen Whitfield'; 'Mr. Grassley and Mr. Leahy' -> both."""
        named = self._named(m.head)
        return _joined([self._not_spoken_about(named, m.head, m.content), *self._named_conjuncts(m.head)])

    def _is_person_pronoun(self, m: SpeakerMention) -> bool:
        """'she said', 'he told reporters'."""
        return m.head.lower_ in PERSON_PRONOUNS

    def _pronoun(self, m: SpeakerMention) -> str | None:
        """Whom the pronoun was read to refer to, unless that person was lately named only in
        this quote ("Trump is wrong, he said"): then the most salient person outside it."""
        entity = self._asked_before(m.head) or self._described_subject_before(m.head) or \
            self.pronoun_entity.get(m.head.i)
        if entity is None or self._only_inside(entity, m.head.i, m.content):
            entity = self._salient(m.head.i, PERSON_PRONOUNS[m.head.lower_], outside=m.content)
        if entity is not None and not self._third_person_inside(m.head, m.content):
            entity = self._introduced_by(entity, m.head) or entity
        return entity.name if entity else None

    def _asked_before(self, pronoun: Token) -> Entity | None:
        """'A reporter asked Sanders how he was feeling. He replied: “...”': the one asked in
        the sentence just before answers, not the one who asked (conventions.md: the
        interviewer is not the speaker). Only a person of the pronoun's gender, or of none shown."""
        if pronoun.sent.start == 0 or pronoun.dep_ not in SUBJECT_DEPS:
            return None
        gender = PERSON_PRONOUNS[pronoun.lower_]
        before = self.doc[pronoun.sent.start - 1].sent
        for verb in before:
            # The main verb: in "what got to her, she said, was a question when a man asked
            # Clinton why ...", the one asked is spoken about.
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if verb.lower_ not in ("ask", "asks", "asked", "asking") or not verb.tag_.startswith("VB") or \
                    not main or not _a_question(verb):
                continue
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
                named = self._named(obj)
                if named is not None and named.kind == "person" and named.gender in (gender, "") and \
                        obj.idx not in self.quoted:
                    return named
        return None

    def _described_subject_before(self, pronoun: Token) -> Entity | None:
        """'Prime Minister Tony Blair ... Liam Fox said ... The prime minister ratcheted up the
        campaign. He insisted ...': where the subject just before the pronoun is a description
        the article tied to a person of its gender, the pronoun goes on with that person (the
        reading in salience.py counts names and pronouns, not descriptions)."""
        if pronoun.dep_ not in SUBJECT_DEPS or pronoun.sent.start == 0:
            return None
        first = self.doc[pronoun.sent.start - 1].sent.start
        for tok in reversed(self.doc[first:pronoun.i]):
            if tok.dep_ not in SUBJECT_DEPS or tok.idx in self.quoted or \
                    not (tok.head.dep_ in ("ROOT", "conj") or tok.head.head.i == tok.head.i):
                continue
            if tok.i in self.by_token or tok.lower_ in PERSON_PRONOUNS or tok.tag_ in ("NNP", "NNPS"):
                return None  # a name or a pronoun: the reading decides
            if tok.left_edge.lower_ not in DEFINITE or descriptions.person_gender(tok) is None:
                return None
            held = self._holder(descriptions.word_of(tok), tok)
            fits = held is not None and held.kind == "person" and \
                held.gender in (PERSON_PRONOUNS[pronoun.lower_], "")
            return held if fits else None
        return None

    def _third_person_inside(self, pronoun: Token, content: tuple[int, int]) -> bool:
        """Whether the quote refers to someone by the speaking pronoun's own gender ('“He was
        for me what Elvis was,” he said'): the one introduced is then spoken about."""
        gender = PERSON_PRONOUNS[pronoun.lower_]
        return any(PERSON_PRONOUNS.get(t.lower_) == gender for t in self.doc[content[0]:content[1]])

    def _introduced_by(self, entity: Entity, pronoun: Token) -> Entity | None:
        """'Mayor Ana Ruiz introduced Lena Pell, the new fire chief. “We have work to do,” she
        said': the person `entity` brought into the story in the sentence before the speaking
        pronoun (or its own), when the pronoun fits them too, speaks; not the one who introduced
        them."""
        here = self.sentence_of[pronoun.i]
        gender = PERSON_PRONOUNS[pronoun.lower_]
        sentences = [pronoun.sent] if pronoun.sent.start == 0 else [self.doc[pronoun.sent.start - 1].sent, pronoun.sent]
        for sentence in sentences:
            if self.sentence_of[sentence.start] < here - 1:
                continue
            for verb in sentence:
                if verb.lower_ not in INTRODUCING_VERBS or not verb.tag_.startswith("VB") or verb.i >= pronoun.i:
                    continue
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None or self._named(subject) is not entity:
                    continue
                for obj in (c for c in verb.children if c.dep_ == "dobj"):
                    named = self._named(obj)
                    if named is not None and named is not entity and named.kind == "person" and \
                            named.gender in (gender, ""):
                        return named
        return None

    def _is_impersonal(self, m: SpeakerMention) -> bool:
        """'It is thought that ...', 'they are accused of ...': nobody speaks."""
        return m.head.lower_ in GROUP_PRONOUNS and m.head.dep_ == "nsubjpass"

    def _continues_group(self, m: SpeakerMention) -> bool:
        """'Traders said ... They said': the traders again, whom nobody names."""
        return m.head.lower_ == "they" and self._continues_unnamed_group(m.head.i)

    def _nobody(self, m: SpeakerMention) -> None:
        """No name: the article names nobody there."""
        return None

    def _is_group_pronoun(self, m: SpeakerMention) -> bool:
        """'it said', 'they said'."""
        return m.head.lower_ in GROUP_PRONOUNS

    def _group(self, m: SpeakerMention) -> str | None:
        """'Mr. Grassley and Mr. Leahy ... they wrote': the people just named together, else
        ('Acme ... it said') the organisation that was just the subject."""
        return (self._nearby_pair(m.head.i) if m.head.lower_ == "they" else None) or self._nearby_org(m.head.i)

    def _is_possessed_role(self, m: SpeakerMention) -> bool:
        """'Connecticut's tax commissioner': a role a possessive makes definite. Where the
        article gave nobody that role, 'the charity's director' may still be the one the
        passage is about (a definite description, below); 'Acme's director' is nobody."""
        if not (_possessed(m.head) and descriptions.person_gender(m.head) is not None):
            return False
        return bool(self._possessed(m.head, m.start, m.end)) or m.first_word not in DEFINITE

    def _possessed_role(self, m: SpeakerMention) -> str | None:
        """'Connecticut's tax commissioner' -> whom the article gives that role."""
        return self._possessed(m.head, m.start, m.end)

    def _is_definite_description(self, m: SpeakerMention) -> bool:
        """'the Russian', 'the Glasgow MP', 'the actress': a role, title, nationality or age."""
        return m.first_word in DEFINITE and self._describes(m.head)

    def _described(self, m: SpeakerMention) -> str | None:
        """'the actress' -> whom the article gave that role, else whom the passage is about."""
        called = self._called(m.head) or self._holder_named_after_body(m)
        return called.name if called else self._description(m.head, m.end, m.content)

    def _holder_named_after_body(self, m: SpeakerMention) -> Entity | None:
        """'the executive director of the Dallas chapter of the Council on Civic Life Alia Salem':
        a person named right after a body's name, which ends the description, holds it (no
        preposition between them: "a lawyer for Ann Lee" is not Ann Lee, nor is "a spokesman
        for Acme CEO Ann Lee", whose title is an office)."""
        hit = self.by_token.get(m.end - 1)
        if hit is None or hit[1].end != m.end or hit[1].start <= m.head.i or hit[0].kind != "person":
            return None
        title, words = hit[1].title.split(), hit[1].words
        body = any(w in ORG_NAME_WORDS for w in title) and \
            not any(w in TITLES or w in ROLE_NOUNS for w in (title[0], title[-1]))
        return hit[0] if body and all(w[:1].isupper() for w in words) else None

    def _called(self, head: Token) -> Entity | None:
        """'the woman, who gave her name only as Melanie', 'the base chief known as Bob', 'a
        man identified as Tom Reyes': the name a clause on the description gives its holder."""
        for clause in (c for c in head.children if c.dep_ in ("relcl", "acl")):
            for tok in clause.subtree:
                if tok.i in self.by_token and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                        tok.idx not in self.quoted:
                    return self.by_token[tok.i][0]
        return None

    def _is_proper_noun(self, m: SpeakerMention) -> bool:
        """'Obama on Climate Change': a proper noun no name was found in (a title alone,
        'Minister', is one only after other words)."""
        head = m.head
        return head.tag_ in ("NNP", "NNPS") and head.text[:1].isupper() and \
            (head.lower_ not in TITLES or m.start < head.i) and not plural_acronym(head.text) and \
            not (party_members(head.text) and m.first_word != "the")

    def _proper_noun(self, m: SpeakerMention) -> str | None:
        """'Obama on Climate Change' -> 'Obama': the run of proper nouns as written."""
        return _proper_name(m.head)

    def _is_document_or_org(self, m: SpeakerMention) -> bool:
        """'Oxfam's report', 'Variety trade magazine', 'the company'."""
        return descriptions.is_document(m.head) or descriptions.is_org_noun(m.head)

    def _owned_by(self, m: SpeakerMention) -> str | None:
        """'Oxfam's report' -> 'Oxfam'; 'the Trump campaign' -> 'Trump campaign'."""
        return self._owned(m.head, m.start, m.end)

    def _is_definite(self, m: SpeakerMention) -> bool:
        """'the rookie', 'the pair': any other definite phrase may describe someone."""
        return m.first_word in DEFINITE

    # In this order; the first step whose test holds answers, and a mention none fits
    # ("a spokesperson", "officials": indefinite, no name) names nobody.
    STEPS: tuple[Step, ...] = (
        (_is_one_of_many, _apposition),  # "an Ontario Liberal, Ana Ruiz,"
        (_is_unnamed, _unnamed),  # "an Acme Corp. spokesman"
        (_is_named, _names),  # "Whitfield", "his mother, Ann Lee"
        (_is_person_pronoun, _pronoun),  # "she"
        (_is_impersonal, _nobody),  # "it is thought"
        (_continues_group, _nobody),  # "Traders said ... They said"
        (_is_group_pronoun, _group),  # "it", "they"
        (_is_possessed_role, _possessed_role),  # "Connecticut's tax commissioner"
        (_is_definite_description, _described),  # "the actress"
        (_is_proper_noun, _proper_noun),  # "Obama on Climate Change"
        (_is_document_or_org, _owned_by),  # "Oxfam's report", "the company"
        (_is_definite, _described),  # "the rookie"
    )

    def _name(self, head: Token, start: int, end: int, content: tuple[int, int]) -> str | None:
        mention = SpeakerMention(head, start, end, content)
        for applies, answer in self.STEPS:
            if applies(self, mention):
                return answer(self, mention)
        return None

    def _not_spoken_about(self, named: Entity, head: Token, content: tuple[int, int]) -> Entity:
        """'Luc Moreau scored twice. His father, Marc Moreau, watched. “Luc worked hard,” Moreau
        said': of two people who share a surname, the one the quote names is not the one who
        says it."""
        hit = self.by_token.get(head.i)
        span = self.doc[content[0]:content[1]] if content[1] else None
        if hit is None or len(hit[1].words) > 1 or span is None or span.start <= head.i < span.end:
            return named  # "described by Sharon as ...": the mention is inside the content
        others = [e for e in self.entities
                  if e is not named and e.kind != "org" and e.words[-1:] == named.words[-1:]]
        if len(others) != 1:
            return named
        other = others[0]
        # Only names count: "he" or "she" in a quote is as often a third person, or the
        # speaker in reported speech ("Moreau said it was done without his knowledge").
        about = {id(self.by_token[t.i][0]) for t in span if t.i in self.by_token}
        return other if id(named) in about and id(other) not in about else named

    def is_organisation(self, speaker) -> bool:
        """Whether a speaker is an organisation or a document: by its mention's last word
        ('the report', 'the company') or the kind of the entity it names."""
        last = speaker.mention.text.split()[-1].lower() if speaker.mention else ""
        if last in descriptions.DOCUMENT_NOUNS or last in ORG_NOUNS or last in descriptions.PRESS_NOUNS:
            return True
        return any(e.name == speaker.name and e.kind == "org" for e in self.entities)

    def person(self, head: Token) -> str | None:
        """The name of the person `head` refers to, if it refers to a person the article names."""
        named = self._appositive(head) if _one_of_many(head) else self._named(head)
        if named is not None:
            return named.name if named.kind == "person" else None
        entity = self.pronoun_entity.get(head.i) if head.lower_ in ("he", "she") else None
        return entity.name or None if entity else None

    def _nearby_pair(self, before: int) -> str | None:
        """'Mr. Grassley and Mr. Leahy ... they wrote': "they" names people just named together."""
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > GROUP_REACH:
                return None
            tok = self.doc[ref.token]
            if tok.dep_ in SUBJECT_DEPS:
                others = self._named_conjuncts(tok)
                return _joined([ref.entity, *others]) if others else None
        return None

    def _named_together(self, before: int, role: str = "") -> str | None:
        """'Nadia Osei, a teacher, and Karl Lund, a nurse, organised it. ... the pair wrote':
        people named before the first verb of a sentence just before, joined by "and" (read
        from words and tags, so that appositions between them do not matter).

        A plural `role` ("the prosecutors", "the officials") is theirs only if the article gave
        it to one of them, or if they did what the sentence tells: in "Ann Lee and Tom Hale
        were charged. The prosecutors said", those charged are spoken about, not speaking."""
        refs = self.references[:bisect_left(self.starts, before)]
        if not refs or before - refs[-1].token > GROUP_REACH:
            return None
        sentence = self.doc[refs[-1].token].sent
        verb = next((t.i for t in sentence if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), sentence.end)
        named = [r.entity for r in refs if sentence.start <= r.token < verb and r.entity.kind != "org"
                 and self.doc[r.token].lower_ not in PERSON_PRONOUNS]
        joined = any(t.lower_ == "and" for t in self.doc[sentence.start:verb])
        if not joined or len({id(e) for e in named}) < 2:
            return None
        if role and verb < sentence.end and _passive(self.doc, verb) and not any(_holds(e, role) for e in named):
            return None
        return _joined(named)

    def _subjects_named_together(self, before: int) -> str | None:
        """'Yeltsin and Kuchma called for ... In their joint statement, the two leaders pledged':
        people named together as the subject of a sentence not far back, with other sentences
        (a third person speaking of them) in between."""
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > DESCRIPTION_REACH:
                return None
            tok = self.doc[ref.token]
            if tok.dep_ in SUBJECT_DEPS and ref.entity.kind == "person":
                others = [e for e in self._named_conjuncts(tok) if e.kind == "person"]
                if others:
                    return _joined([ref.entity, *others])
        return None

    def _continues_unnamed_group(self, before: int) -> bool:
        """Whether the speaker just before is a plural noun ("traders", "officials"), which
        "they" goes on with, whatever organisation the words in between named."""
        previous = [h for h in self.speaker_heads if h < before and before - h <= GROUP_REACH]
        if not previous:
            return False
        tok = self.doc[max(previous)]
        return tok.tag_ == "NNS"

    def _nearby_org(self, before: int) -> str | None:
        """'It said' and 'they said' name the organisation that was just the subject, if one was."""
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > GROUP_REACH:
                return None
            tok = self.doc[ref.token]  # "sports car maker Brennheim may join ..., it insists"
            subject = tok.dep_ in SUBJECT_DEPS or tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS
            entity = ref.entity
            if entity.kind == "org" and (subject or _shares_of(tok)):
                return entity.name
            # "Sony has said ... it said": a name of no known kind that said something in this
            # sentence or the one before, and that "it" goes on with, is a body, never a person
            # (who is "he" or "she"); not what was described ('Hopes and Fears was described as').
            if entity.kind == "" and tok.dep_ == "nsubj" and ref.token in self.speaker_heads and \
                    self.doc[before].lower_ == "it" and ref.sentence >= self.sentence_of[before] - 1 and \
                    entity.name and not entity.gender and not entity.relative:
                return entity.name
        return None

    def _named_conjuncts(self, head: Token) -> list[Entity]:
        """'Mr. Grassley and Mr. Leahy said': the others named alongside the head, after it (in
        'Culture, Media and Sport Secretary Tessa Jowell' those before it make her title)."""
        out = []
        for tok in (t for t in head.conjuncts if t.i > head.i):
            if any(c.dep_ == "cc" and c.lower_ == "or" for c in (*head.children, *tok.children)):
                continue  # "Uhuru, or Freedom,": the same paper named again, in translation
            named = self._named(tok)
            if named is not None and named not in out:
                out.append(named)
        return out

    def _named(self, head: Token) -> Entity | None:
        """The entity the phrase's head names, or its apposition ("his mother, Ann Lee").

        Names elsewhere in the phrase ("Michael Jackson's mother", "a lawyer for
        Acme Corp") are not who speaks.
        """
        hit = self.by_token.get(head.i)
        if hit is not None:
            return hit[0]
        if head.text[:1].isupper() and head.text in self.by_word and head.tag_ in ("NN", "NNP", "NNS", "NNPS"):
            return self.by_word[head.text]
        return self._appositive(head) or self._role_before_name(head) or self._described_twice(head)

    def _role_before_name(self, head: Token) -> Entity | None:
        """'according to curator Elaine Marsh': the parser may part a role from the name it
        heads; a role right before a name that the name was given is that person."""
        hit = self.by_token.get(head.i + 1)
        return hit[0] if hit is not None and hit[1].start == head.i + 1 and head.lower_ in hit[1].roles else None

    def _described_twice(self, head: Token) -> Entity | None:
        """'Canadian historian and professor Ruth Okafor', 'Veteran Labour MP and former Cabinet
        minister Jack Cunningham': a role with no determiner, joined by "and" to a name with a
        title of its own, is that person described twice (the parser heads the phrase with the
        first role); 'the minister and Premier Ann Lee' are two people."""
        if not (person_noun(head.lower_) or head.lower_ in TITLES) or any(c.dep_ == "det" for c in head.children):
            return None
        conj = next((c for c in head.children if c.dep_ == "conj"), None)
        if conj is None and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
            # the parser may make both the verb's subjects: "Veteran Labour MP and ... Jack Cunningham said"
            conj = next((c for c in head.head.children if c.i > head.i and c.dep_ == head.dep_), None)
        hit = self.by_token.get(conj.i) if conj is not None else None
        if hit is None or not hit[1].title or hit[0].kind != "person":
            return None
        return hit[0]

    def _appositive(self, head: Token) -> Entity | None:
        """'his mother, Ann Lee': a name in apposition, never one inside a quotation."""
        for child in head.children:
            if child.dep_ == "appos" and child.i in self.by_token and child.idx not in self.quoted \
                    and not _bracketed(child):
                return self.by_token[child.i][0]
        return self._holder_after_body(head)

    def _holder_after_body(self, head: Token) -> Entity | None:
        """'the secretary general of the Harbour Council, Ann Lee,': the parser may hang the
        holder's name on the body an office is of; a body has no person in apposition."""
        if not person_noun(head.lower_):
            return None
        bodies = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and self._kind_at(o.i) not in (None, "person")]
        for child in (c for body in bodies for c in body.children):
            if child.dep_ == "appos" and child.idx not in self.quoted and self._kind_at(child.i) == "person":
                return self.by_token[child.i][0]
        return None

    def _kind_at(self, i: int) -> str | None:
        """The kind of the entity whose name holds token `i` ("" where the article does not
        tell); None where no name does."""
        hit = self.by_token.get(i)
        return hit[0].kind if hit else None

    def _describes(self, head: Token) -> bool:
        """A definite phrase whose head is a role, a title, a nationality, an age, or a noun the
        article tied to someone, describes them even when written in capitals."""
        if descriptions.person_gender(head) is not None:
            return True
        return not _another_government(head) and self._with_role(descriptions.word_of(head), head.i) is not None

    def _description(self, head: Token, end: int, content: tuple[int, int]) -> str | None:
        """'The rookie', 'the utility', 'the pair', 'the report': whom the article tied the
        description to, else the person or organisation the passage is about."""
        tied = self._holder(descriptions.word_of(head), head)
        if tied is not None and self._another_holder(tied, head):
            tied = self._holder_of_qualified(descriptions.word_of(head), head)
            return tied.name if tied is not None else None
        if tied is not None:
            return tied.name
        gender = descriptions.person_gender(head)
        if head.lower_ in descriptions.PAIR_NOUNS:
            return self._named_together(head.i)
        if head.tag_ == "NNS":
            document = _of_document(head)
            if document is not None:  # "the results of the latest Quinnipiac poll": the poll's, not people
                owner = self._owner(document)
                return owner.name if owner else None
            return self._named_together(head.i, role=descriptions.singular(head.lower_)) or \
                (self._subjects_named_together(head.i) if _counted(head) else None)
        if gender is not None:
            entity = self._last_subject(head.i, gender) or \
                self._salient(head.i, gender, reach=DESCRIPTION_REACH, outside=content) or \
                self._introduced_after(head.i, end, content)
            if entity is not None and self._described_otherwise(entity, head):
                # "A lawmaker ... is calling for Donald Trump to be banned after the U.S.
                # presidential candidate suggested ...": someone left unnamed as a lawmaker is
                # not the candidate; the person named is.
                named = [r for r in self.references[:bisect_left(self.starts, head.i)] if r.entity.name]
                entity = self._salient(head.i, gender, named, reach=DESCRIPTION_REACH, outside=content)
            if entity is not None and entity is self._acted_on(head):
                return None  # "Ruiz was called “a menace” by the judge": the judge is not Ruiz
            if entity is not None and descriptions.word_of(head) in JUDGES and not _offices(entity) & JUDGES:
                return self._only_holder(descriptions.word_of(head))  # a judge hears others' cases
            if entity is not None and self._another_holder(entity, head):
                return None  # "President George Bush ... the French president said"
            if entity is not None and _of_a_body(head) and _offices(entity) and \
                    descriptions.word_of(head) not in _offices(entity):
                return None  # "Defense Secretary Ash Carter ... the deputy head of China's delegation"
            return entity.name if entity else None
        if descriptions.is_document(head):
            owner = self._owner_before(head)
            return owner.name if owner else None
        if descriptions.is_org_noun(head):
            return self._org_speaking_on(head) or \
                self._salient_org(head.i, head.lower_, bare=descriptions.is_bare(head)) or \
                self._written_with_owner(head)
        return None

    def _only_holder(self, role: str) -> str | None:
        """'Tom Vell denied the charges. The judge said ... Judge Ann Lee set bail': the one
        person the article gives the role anywhere, before or after; nobody where it gives it
        to none or to several."""
        holders = {id(e): e for _, e, _ in self.by_role.get(role, []) if e.name}
        return next(iter(holders.values())).name if len(holders) == 1 else None

    def _another_holder(self, entity: Entity, head: Token) -> bool:
        """'President George Bush ... the French president': a title the description gives a
        people or place is not the one `entity` holds unless the article wrote that people
        with its title ('French President Jacques Chirac', 'the French president, Marc
        Duval,'); such a title goes to its own holder or to no one."""
        peoples = descriptions.peoples(head)
        role = descriptions.word_of(head)
        if not peoples or role not in _offices(entity):
            return False
        return not any(peoples <= self._words_by(m, role) for m in entity.mentions)

    def _holder_of_qualified(self, role: str, head: Token) -> Entity | None:
        """'French President Marc Duval met President Joe Lanton ... the French president': the
        last holder of the role before `head` whom the article gave it with the same people."""
        given = self.by_role.get(role, [])
        for k in range(bisect_left(self.role_starts.get(role, []), head.i) - 1, -1, -1):
            entity = given[k][1]
            if entity.name and not self._another_holder(entity, head):
                return entity
        return None

    def _words_by(self, mention: NameMention, role: str) -> set[str]:
        """The words written with the title or role `role` of a mention: before its title, or
        around its name where an apposition gives the role."""
        doc = self.doc
        if role in mention.title.split():
            return {t.lower_ for t in doc[max(0, mention.start - len(mention.title.split()) - 2):mention.start]}
        if role in mention.roles:
            around = (*doc[max(0, mention.start - 4):mention.start], *doc[mention.end:mention.end + 4])
            return {t.lower_ for t in around}
        return set()

    def _org_speaking_on(self, head: Token) -> str | None:
        """'..., according to the National Golf Foundation. Almost 650 courses have closed, the
        group says': a generic noun right after an organisation spoke goes on with that speaker,
        not with the organisation the story opened with (a bare description only, and only
        from the speaker of this sentence or the one before)."""
        if head.lower_ not in GENERIC_ORG_NOUNS or not descriptions.is_bare(head):
            return None
        here = self.sentence_of[head.i]
        before = [h for h in self.speaker_heads if h < head.i and self.sentence_of[h] >= here - 1]
        if not before:
            return None
        named = self._named(self.doc[max(before)])
        return named.name if named is not None and named.kind == "org" else None

    def _written_with_owner(self, head: Token) -> str | None:
        """'The Sanders campaign says it raised $21 million ... The campaign says': a body the
        article named by its owner's name before its noun, which conventions.md keeps as its
        name ("Sanders campaign", as `_owned` names it), when no organisation was named so;
        anywhere before, as a campaign is the story's for its whole length."""
        for tok in reversed(self.doc[:head.i]):
            if tok.lower_ != head.lower_ or tok.idx in self.quoted:
                continue
            compound = [t for t in tok.children if t.dep_ == "compound" and t.tag_ in ("NNP", "NNPS")]
            if compound and self._named(compound[-1]) is not None:
                return f"{self.doc[compound[0].i:tok.i].text} {tok.lower_}"
        return None

    def _described_otherwise(self, entity: Entity, head: Token) -> bool:
        """Whether `entity` is someone the story leaves unnamed under another noun than the
        description's ('a lawmaker' for 'the candidate'; 'a cashier' for 'the woman' may be the
        same person, so only a noun of another role: one that is no mere person or gender)."""
        if entity.name:
            return False
        noun = next((self.doc[i].lower_ for i, e in self.unnamed if e is entity), "")
        word = descriptions.word_of(head)
        return bool(noun) and noun != word and not _any_person(noun) and not _any_person(word)

    def _acted_on(self, head: Token) -> Entity | None:
        """Whom the passive verb names as its subject, where `head` is the phrase after its
        "by" (its agent): two people, never one."""
        by = head.head
        if by.lower_ != "by" or head.dep_ != "pobj":
            return None
        verb = by.head
        while verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl") and verb.head.i != verb.i and \
                not any(c.dep_ == "nsubjpass" for c in verb.children):
            verb = verb.head  # "called “a menace” by": the parser may hang "by" on the object
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return self._named(subject) if subject is not None else None

    def _possessed(self, head: Token, start: int, end: int) -> str | None:
        """'Connecticut's tax commissioner says ...': a possessive makes a role definite. It
        names whom the article gives that role, before or just after ('Trump's campaign chief
        ... the campaign chief, Paul Manafort'), or, in a paragraph's lead, the person the next
        sentence introduces. "X's" alone never makes it the most salient person (X, often)."""
        word = descriptions.word_of(head)
        tied = self._holder(word, head) or self._role_given_after(word, end)
        if tied is None and _opens_paragraph(self.doc, start):
            tied = self._introduced_next(head.i, end)
        return tied.name if tied else None

    def _role_given_after(self, role: str, end: int) -> Entity | None:
        given = self.by_role.get(role, [])
        k = bisect_left(self.role_starts.get(role, []), end)
        return given[k][1] if k < len(given) and given[k][0] < end + LEAD_REACH else None

    def _introduced_next(self, before: int, end: int) -> Entity | None:
        """The person first named as the subject of the first name in a later sentence."""
        here = self.sentence_of[before]
        for ref in self.references[bisect_left(self.starts, end):]:
            if ref.token >= end + LEAD_REACH:
                return None
            if self.sentence_of[ref.token] == here or self.doc[ref.token].lower_ in PERSON_PRONOUNS:
                continue
            new = ref.entity.kind != "org" and bool(ref.entity.mentions) and ref.entity.first >= end
            return ref.entity if new and self.doc[ref.token].dep_ in SUBJECT_DEPS else None
        return None

    def _holder(self, role: str, head: Token) -> Entity | None:
        """Who the article gave the role of the description headed by `head`. 'The health
        minister' is the one given that title ('Health Minister Ana Ruiz') over the minister
        named last; where nobody was, the kind of role is left aside ('union president Tom
        Vell' for 'Tom Vell, president of the union'), never a capitalised qualifier."""
        if _another_government(head):
            return None
        qualifiers = descriptions.qualifiers(head)
        kinds = descriptions.kinds_of_role(head)
        return (self._with_role(role, head.i, qualifiers | kinds) if kinds else None) or \
            self._with_role(role, head.i, qualifiers)

    def _with_role(self, role: str, before: int, qualifiers: frozenset[str] = frozenset()) -> Entity | None:
        """Who the article gave this role: 'actress Nora Quist', 'Ms. Ortiz, the minister,',
        'Hydro One, the utility'. A qualified role ('the Glasgow Kelvin MP') needs the same
        qualifiers: 'Labour MP Oona King' is another MP."""
        # Back from `before`, among the places this role was given: a long article gives hundreds.
        given = self.by_role.get(role, [])
        for k in range(bisect_left(self.role_starts.get(role, []), before) - 1, -1, -1):
            _, entity, roles = given[k]
            if qualifiers <= roles:
                return entity
        return None

    def _introduced_after(self, before: int, end: int, content: tuple[int, int]) -> Entity | None:
        """'Violent games need warnings, the trade secretary has said. Patricia Hewitt ...': a
        news lead describes its speaker and names her in the next sentence. Only where nobody
        was named before the description."""
        if any(r.token < before and not content[0] <= r.token < content[1] for r in self.references):
            return None
        here = self.sentence_of[before]
        later = [r for r in self.references if end <= r.token < end + LEAD_REACH and
                 self.sentence_of[r.token] > here and self.doc[r.token].lower_ not in PERSON_PRONOUNS
                 and (r.entity.kind == "person" or not r.entity.kind and len(r.entity.words) > 1)]
        # The subject introduces the speaker: "Speaking at the trial of Ann Lee, Tom Ruiz said".
        later.sort(key=lambda r: self.doc[r.token].dep_ not in SUBJECT_DEPS)
        return later[0].entity if later else None

    def _owned(self, head: Token, start: int, end: int) -> str | None:
        """'Oxfam's report', 'Variety trade magazine': a document speaks for whoever issued it,
        an organisation noun with a name before it is named so. 'Ryan's office' speaks for
        Ryan and is not him (null); 'the Trump campaign' is named 'Trump campaign'."""
        qualifier = _place_qualifier(head)
        if qualifier is not None:
            qualified = self._qualified_org(qualifier, head.i)
            return qualified.name if qualified is not None else None
        owner = self._owner(head)
        if owner is None:
            return self._description(head, end, (0, 0)) if self.doc[start].lower_ in DEFINITE else None
        if descriptions.is_document(head) or owner.kind == "org" or head.lower_ in descriptions.PRESS_NOUNS:
            return owner.name
        compound = [t for t in head.children if t.dep_ == "compound" and t.tag_ in ("NNP", "NNPS")]
        return f"{self.doc[compound[0].i:head.i].text} {head.lower_}" if compound else None

    def _qualified_org(self, qualifier: Token, before: int) -> Entity | None:
        """'The U.S. Federal Reserve ... the US central bank': the organisation named before
        whose name holds the qualifier's word (dots aside), the one named last."""
        word = qualifier.text.replace(".", "").lower()
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            words = {w.replace(".", "").lower() for w in ref.entity.words}
            if ref.entity.kind == "org" and len(ref.entity.words) > 1 and word in words:
                return ref.entity
        return None

    def _owner(self, head: Token) -> Entity | None:
        """The entity a document or organisation noun belongs to within its own phrase."""
        for tok in descriptions.owner_heads(head):
            named = self._named(tok)
            if named is not None:
                return named
        return None

    def _owner_before(self, head: Token) -> Entity | None:
        """'Oxfam says in a report ... The report said': the last time the text wrote the same
        noun, the subject of the verb it was issued in, or its owner, issued it; where it never
        did, the last document with an owner ('A study by Gartner says ... said the report')."""
        same = self._document_owner(head, lambda tok: tok.lower_ == head.lower_)
        written = any(t.lower_ == head.lower_ for t in self.doc[max(0, head.i - DESCRIPTION_REACH):head.i])
        if same is not None or written:
            return same
        return self._document_owner(head, descriptions.is_document)

    def _document_owner(self, head: Token, fits: Callable[[Token], bool]) -> Entity | None:
        doc = self.doc
        for tok in reversed(doc[max(0, head.i - DESCRIPTION_REACH):head.i]):
            if not fits(tok) or tok.tag_ not in ("NN", "NNS"):
                continue
            owner = self._owner(tok)
            if owner is not None:
                return owner
            if tok.i > 1 and doc[tok.i - 2].lower_ == "in" and doc[tok.i - 1].tag_ in ("DT", "PRP$"):
                # "Oxfam says in a report": the report is the subject's; in "Powell's office
                # said in a statement" the office's, which speaks for Powell and is not him.
                return self._issuer(doc[tok.i - 2].head)
        return None

    def _issuer(self, verb: Token) -> Entity | None:
        """Who issued a document written 'in' a text of `verb`: its subject, as named."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return None if subject.idx in self.quoted else self._named(subject)
        # The parser hung the "in" on no verb with a subject: the sentence's first name outside quotes.
        names = [self.by_token[t.i][0] for t in self.doc[verb.sent.start:verb.i]
                 if t.i in self.by_token and t.idx not in self.quoted]
        return names[0] if names else None


def _passive(doc: Doc, verb: int) -> bool:
    """'were charged', 'have been arrested', 'was badly hurt': the verb at `verb` opens a
    passive (read from words and tags, as the sentence may be unparsed). 'Were expected to
    sign', 'are due to meet' are not: the subject does what the infinitive says."""
    if verb >= len(doc) or doc[verb].lower_ not in BE_FORMS | {"have", "has", "had"}:
        return False
    for tok in doc[verb + 1:verb + 5]:
        if tok.lower_ in ("been", "being") or tok.tag_ == "RB":
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return tok.tag_ == "VBN" and (doc[verb].lower_ in BE_FORMS or doc[tok.i - 1].lower_ == "been") \
            and (after is None or after.lower_ != "to")
    return False


def _role_qualifiers(doc: Doc, start: int) -> set[str]:
    """'Lib Dem spokesman Vince Cable', 'Ulster coach Mark McCall': the capitalised words before
    the role written right before a name, lower-cased, so that 'the Lib Dem spokesman' later,
    which must have the same qualifiers (descriptions.qualifiers), is him."""
    if start < 2 or doc[start - 1].tag_ != "NN" or not doc[start - 1].text.islower():
        return set()
    out = set()
    for tok in reversed(doc[max(0, start - 1 - QUALIFIER_REACH):start - 1]):
        if tok.tag_ not in ("NNP", "NNPS") or tok.text.islower() or tok.lower_ == "the":
            break
        out.add(tok.lower_)
    return out


def _counted(head: Token) -> bool:
    """'the two leaders', 'both men': a plural description that counts the people it means."""
    return any(t.lower_ in descriptions.PAIR_NOUNS for t in head.lefts)


def _holds(entity: Entity, role: str) -> bool:
    """Whether the article gave `entity` this role ('prosecutor Ann Lee', 'Ann Lee, an official')."""
    return any(role in m.roles or role in m.title.split() for m in entity.mentions)


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
        for m in e.mentions:
            body = ties.body_of(doc, m.start, m.end)
            governed = ties.government_of(doc, m.start, m.end) if place else frozenset()
            if body or governed:
                out.append((m.end - 1, e, {body, *governed} - {""}))
    return out


def _any_person(word: str) -> bool:
    """'the woman', 'the man', 'the person', 'the 24-year-old': a noun any person may be called,
    not a role that tells one from another."""
    return ROLE_NOUNS.get(word) in ("m", "f") or word in ANY_PERSON_NOUNS


def _shares_of(tok: Token) -> bool:
    """'Shares in Multiplex Group fell after it said': a company whose shares a story reports
    acts as the subject would."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.lower_ in SHARE_NOUNS


def _a_question(verb: Token) -> bool:
    """'asked Sanders how he was feeling', 'asked her about the vote', 'asked if ...': a
    question put, not a request ('asked Ana Ruiz to join the board')."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ == "ccomp" and any(t.lower_ in QUESTION_WORDS for t in child.subtree if t.i < child.i):
            return True
    return False


def _place_qualifier(head: Token) -> Token | None:
    """'The US central bank', 'the UK federal agency': a name before an organisation noun with
    an adjective in lower case between them says where the body is, not whose it is ('the
    Acme board', 'the Trump campaign' and 'the Interfax news agency' are theirs). Documents
    and the press aside."""
    if descriptions.is_document(head) or head.lower_ in descriptions.PRESS_NOUNS:
        return None
    for tok in head.lefts:
        if tok.dep_ in ("compound", "nmod") and tok.tag_ in ("NNP", "NNPS"):
            between = head.doc[tok.i + 1:head.i]
            if len(between) and all(t.text.islower() and t.tag_ == "JJ" for t in between):
                return tok
    return None


def _of_document(head: Token) -> Token | None:
    """The document a plural is part of: 'the results of the poll', 'the findings of a study'."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj" and descriptions.is_document(o)), None)
    return None


def _of_a_body(head: Token) -> bool:
    """'The deputy head of China's delegation', 'the state's party leader': a role the phrase
    places in a body of its own, an office, not a word for whoever the passage is about."""
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in head.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
               for c in head.children)


def _offices(entity: Entity) -> set[str]:
    """The roles and titles the article gave `entity`, honorifics ("Mr", "Dr") aside."""
    words = {w for m in entity.mentions for w in (*m.roles, *m.title.split())}
    return {w for w in words if w.rstrip(".") not in HONORIFICS and w not in HONORIFICS}


def _another_government(head: Token) -> bool:
    """'The Indonesian government', 'the federal government', 'the US government': a government
    the phrase itself qualifies is not the place whose government the article named elsewhere
    (only a bare 'the government', 'the province' is)."""
    return head.lower_ in GOVERNMENTS and not descriptions.is_bare(head)


def _one_of_many(head: Token) -> bool:
    """'One Iowa Republican', 'an Ontario Liberal': a member of a party or a people."""
    return head.lower_ in MEMBER_NOUNS and head.left_edge.lower_ in INDEFINITE | {"one"}


def _possessed(head: Token) -> bool:
    """'Connecticut's tax commissioner', 'the team's coach' (not 'her lawyer')."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in head.children)


def _opens_paragraph(doc: Doc, start: int) -> bool:
    text, i = text_of(doc), doc[start].idx
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _bracketed(tok: Token) -> bool:
    """'the secretary of CEI (Italian Bishops' Conference), Ann Lee,': a name in brackets
    spells out the one before it; it names no one in apposition."""
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].text == "("


def _proper_name(head: Token) -> str:
    """The run of proper nouns that ends at `head`: 'Obama' of 'Obama on Climate Change'."""
    first = head.i
    doc = head.doc
    while first > 0 and doc[first - 1].tag_ in ("NNP", "NNPS") and not doc[first - 1].whitespace_.count("\n"):
        first -= 1
    if first > 0 and doc[first - 1].text == "The" and \
            any(t.lower_ in ORG_NAME_WORDS for t in doc[first:head.i + 1]):
        first -= 1  # "The New York Times" is the paper's name
    return doc[first:head.i + 1].text


def _joined(entities: list[Entity]) -> str:
    """One name, or several as a reader writes them: 'A and B', 'A, B and C'."""
    names = list(dict.fromkeys(e.name for e in entities if e.name)) or [""]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
