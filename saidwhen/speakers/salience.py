"""Salience: the article read in order, names and pronouns, and whom it is most about at a point.

Salience adds up the places the text refers to a person, subjects and speakers
weighing most, halving with each sentence back, so that the person a passage is
about wins over one named in passing a word earlier. Pronouns are resolved in
reading order and count as references themselves, which is how a story keeps
its subject across paragraphs. People a story describes but never names ("a
cashier") are read as references too, so that what refers to them names nobody.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..parsing.marks import find_quoted
from ..parsing.spans import SpanSet
from ..parsing.texts import text_of
from ..quotes.attribution import SUBJECT_DEPS  # and resolve/'s steps, from here
from ..quotes.cues import speech_lemma
from ..parsing.words import columns, positions, sentence_numbers
from . import coref, descriptions
from .entities import Entity
from .kinds import given_name_only
from ..lexicon import (ACRONYM_KINDS, BE_FORMS, DEMONYMS, GENERIC_ORG_NOUNS, GOVERNMENT_BODIES, GOVERNMENT_FIELDS,
                       ORG_NAME_WORDS, PERSON_PRONOUNS, ROLE_NOUNS, SPEAKING_FOR, UNNAMED_NOUNS)
from ..lexicon import INDEFINITE_DETERMINERS as INDEFINITE, SHARE_NOUNS, PRESS_NAME_ENDS as OUTLET_WORDS
from ..lexicon import BODIES_ALIKE, FIRM_NOUNS, NOT_FIRMS, TEAM_NOUNS, UNION_LOCALS, UNION_NAME_WORDS
from ..lexicon import BODY_OR_PERSON_ROLES, TIE_DETERMINERS
from .lexicon import person_noun

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

    from .names import NameMention

PRONOUN_WORDS = frozenset(PERSON_PRONOUNS)
PRONOUN_REACH = 400  # tokens back to look for what "she" refers to (a few paragraphs)
LEAD_TOKENS = 60
# "The bank said": a bank the article named so outweighs any other organisation it names (once each).
NAMED_SO_WEIGHT = 100
ACRONYM_LENGTH = 6  # "NHL", "CUPE": longer words in capitals are headlines or shouting
WEIGHT_SUBJECT, WEIGHT_CLAUSE_SUBJECT, WEIGHT_SPEAKER_BONUS = 1.0, 0.6, 0.5
WEIGHT_OTHER, WEIGHT_POSSESSIVE = 0.3, 0.2
FREQUENCY_WEIGHT, FREQUENCY_CAP = 0.03, 0.2
# A person whose gender the article never shows counts half, and only if clearly salient.
UNKNOWN_GENDER_FACTOR, UNKNOWN_GENDER_FLOOR = 0.5, 0.25


@dataclass(slots=True)
class Reference:
    """A place where the text refers to an entity, by name or by a resolved pronoun."""

    token: int
    sentence: int
    entity: Entity
    weight: float


class Reading:
    """One article read in order: every reference to its entities, by name or by a resolved
    pronoun, from which the person (or organisation) it is most about at any point follows."""

    def __init__(self, doc: Doc, entities: list[Entity], quoted: SpanSet, speaker_heads: set[int]):
        self.doc = doc
        self.entities = entities
        self.quoted = quoted
        self.sentence_of = sentence_numbers(doc)
        self.speaker_heads = speaker_heads
        self.unnamed = _unnamed_people(doc, quoted)
        self.pronoun_entity: dict[int, Entity | None] = {}
        # Per description's (word, bare): the organisations counted so far (`_salient_org`).
        self._org_tallies: dict[tuple[str, bool], _OrgTally] = {}
        # Per entity id: how the article names it, as the pronoun model reads it (coref._named).
        self.coref_facts: dict[int, tuple[float, float, float]] = {}
        # Names inside quotations are what the speaker talks about, never who speaks next.
        idx = columns(doc).idx
        names = sorted([*((m.end - 1, e) for e in entities for m in e.mentions
                          if idx[m.start] not in quoted), *self.unnamed], key=lambda x: x[0])
        # So are pronouns inside quotation marks, a mixed quote's words too ('Kask said the pact
        # brought Estonia back “to her old home.” “...,” he said': "her" is the country).
        self.marked = marked = SpanSet((q.start, q.end) for q in find_quoted(text_of(doc)) if not q.single)
        pronouns = [i for i in positions(doc, "LOWER", PRONOUN_WORDS) if idx[i] not in quoted and idx[i] not in marked]
        self.references: list[Reference] = []
        self._read(names, pronouns)
        self.starts = [r.token for r in self.references]

    def _read(self, names: list[tuple[int, Entity]], pronouns: list[int]) -> None:
        """Refers each name and pronoun in text order (`names` as (last token, entity)): a
        pronoun refers to the subject it continues, else to the most salient person so far."""
        i = 0
        for p in pronouns:
            while i < len(names) and names[i][0] < p:
                self._refer(names[i][0], names[i][1])
                i += 1
            gender = PERSON_PRONOUNS[self.doc[p].lower_]
            entity = self._named_as(p, gender, names[i:]) or self._last_subject(p, gender) or \
                coref.referent(self, p, gender, self._salient(p, gender, self.references))
            self.pronoun_entity[p] = entity
            if entity is not None:
                if not entity.gender or gender and entity.gender != gender and given_name_only(entity):
                    entity.gender = gender  # the article's own word over a given name's
                self._refer(p, entity)
        for token, entity in names[i:]:
            self._refer(token, entity)

    def _named_as(self, pronoun: int, gender: str, after: list[tuple[int, Entity]]) -> Entity | None:
        """'She is Fidel Reyes's younger sister, Ana.', 'He is Tom Reed.': a "he" or "she" that
        opens its sentence as the subject of "is" or "was" is the person the rest of the
        sentence names, right after the verb or in apposition at its end; a feature's way of
        bringing in its subject before naming her (`after`: the names after the pronoun, as
        (last token, entity)). Not one named as an owner ("Reyes's"), nor inside a phrase ("the
        daughter of Tom Reed", "a friend, Tom Reed, says")."""
        doc = self.doc
        if pronoun + 2 >= len(doc) or doc[pronoun].sent.start != pronoun or doc[pronoun + 1].lower_ not in BE_FORMS:
            return None
        end = doc[pronoun].sent.end
        for last, entity in after:
            if last >= end:
                break
            mention = _mention_at(entity, last)
            if mention is None or entity.kind != "person" or entity.gender not in ("", gender):
                continue
            nxt = doc[last + 1] if last + 1 < end else None
            closes = nxt is None or nxt.is_punct and nxt.text in ".!?"
            if mention.start == pronoun + 2 and (nxt is None or nxt.lower_ != "'s") or \
                    doc[mention.start - 1].text == "," and closes:
                return entity
        return None

    def _last_subject(self, pronoun: int, gender: str) -> Entity | None:
        """'Lord Perrin agreed to withdraw his bill. “...,” he told peers.': a pronoun (or a
        description, the rookie) that is a subject continues the subject of the sentence
        before it (or of its own, earlier), when that was a named person of its gender, or a
        speaker whose gender the article has not shown yet: in 'Rollo Fenwick says the plan
        does not suit Mr Harwood. “...,” he said.' the one spoken about is not who goes on."""
        if self.doc[pronoun].dep_ not in SUBJECT_DEPS:
            return None
        here = self.sentence_of[pronoun]
        # Also while the article is being read, before `starts` is built.
        for ref in reversed(self.references[:bisect_left(self.references, pronoun, key=_token_of)]):
            if ref.sentence < here - 1 and self._story_sentences(ref.token, pronoun) > 1:
                return None
            if self._spoke_just_before(ref, pronoun, gender):
                return ref.entity
            subject = self._subject_named(ref)
            if self._weight(subject) >= WEIGHT_SUBJECT and self.doc[ref.token].lower_ not in PERSON_PRONOUNS:
                # Someone left unnamed ("a cashier") may be of either gender.
                fits = _is_person(ref.entity, gender) and (ref.entity.gender == gender or not ref.entity.name
                                                           or self._speaks_on(subject, ref.sentence, pronoun)) \
                    or self._guessed_otherwise(ref, pronoun, gender) if gender else ref.entity.kind == "person"
                return ref.entity if fits or self._introduced_speaking(ref, pronoun) else None
        return None

    def _spoke_just_before(self, ref: Reference, pronoun: int, gender: str) -> bool:
        """'Any decision would involve the attorney general, Ann Lowe, who told the committee:
        “...” ¶ She added, “...”': the named speaker of the quotation just before a speaking
        pronoun of her gender goes on speaking, though her sentence made her no subject."""
        entity, tok = ref.entity, self.doc[ref.token]
        spoke = ref.token in self.speaker_heads or tok.dep_ == "appos" and tok.head.i in self.speaker_heads
        return bool(gender) and spoke and pronoun in self.speaker_heads and bool(entity.name) and \
            entity.kind == "person" and entity.gender in (gender, "") and \
            self._story_sentences(ref.token, pronoun) <= 1 and not self._told_by_another(ref, gender)

    def _told_by_another(self, ref: Reference, gender: str) -> bool:
        """'Weitz said he had visited Pullman, who had told him ... He added': words reported in
        a sentence whose subject, before the one reported, is another person of the pronoun's
        gender are that subject's story, and the pronoun after goes on with the subject (of
        whichever clause the parser made it: 'Mr Howard denied Mr Yeo said ...')."""
        return any(r.sentence == ref.sentence and r.token < ref.token and r.entity is not ref.entity
                   and r.entity.kind == "person" and r.entity.gender in (gender, "")
                   and self.doc[self._subject_named(r)].dep_ in SUBJECT_DEPS for r in self.references)

    def _guessed_otherwise(self, ref: Reference, pronoun: int, gender: str) -> bool:
        """'Marty Kowal, head of the council, ... Kowal takes a calmer line. She said ...': a
        person whose gender so far rests on a given name alone (no title, no gendered role),
        the subject of the sentence just before, is whom a pronoun opening the next sentence
        goes on with, where no one else of the pronoun's gender is in reach: the article's
        pronoun says more than the name (conventions.md: never from a first name). Not a
        pronoun inside its sentence ('“... a win for Helen Ortiz” because she would ...')."""
        entity = ref.entity
        if entity.kind != "person" or not entity.gender or not given_name_only(entity) or \
                ref.sentence != self.sentence_of[pronoun] - 1 or not self.doc[pronoun].is_sent_start:
            return False
        for seen in reversed(self.references[:bisect_left(self.references, pronoun, key=_token_of)]):
            if pronoun - seen.token > PRONOUN_REACH:
                break
            if seen.entity is not entity and seen.entity.kind == "person" and seen.entity.gender == gender:
                return False
        return True

    def _introduced_speaking(self, ref: Reference, pronoun: int) -> bool:
        """'Trevor Phillips, chairman of the commission, called on Mr Clarke to ... “...,” he
        said', 'Cruz openly admitted his pick was political. “...,” he said': the person named
        as the subject just before a speaking pronoun, whose gender the article has not shown
        yet, is who goes on speaking, rather than someone of that gender named further back
        (a name of no known kind may be a person's; an organisation's never)."""
        entity = ref.entity
        if pronoun not in self.speaker_heads or not entity.name or entity.gender or entity.relative or \
                not entity.mentions or ref.sentence < self.sentence_of[pronoun] - 1:
            return False
        return entity.kind == "person" or entity.kind == "" and self._speaks_as_someone(ref.token)

    def _speaks_as_someone(self, token: int) -> bool:
        """'Cruz openly admitted ...': a name of no known kind that is itself a speaker, written
        bare; not a people ('another Muslim', 'Christians') nor part of a longer name ('Color
        of Change's director')."""
        tok = self.doc[token]
        after = self.doc[token + 1].lower_ if token + 1 < len(self.doc) else ""
        return token in self.speaker_heads and tok.tag_ == "NNP" and tok.lower_ not in DEMONYMS and \
            after not in ("of", "'s", "’s") and not any(c.dep_ == "det" for c in tok.children)

    def _story_sentences(self, start: int, end: int) -> int:
        """The sentences begun after token `start`, up to `end`, outside quotations: 'Ann Lee
        said ... “We tried. We lost,” she said' has one, as a quote's sentences are the
        speaker's words, not the story going on to someone else."""
        t = columns(self.doc)
        count = 0
        for i in range(start + 1, end + 1):
            if self.sentence_of[i] != self.sentence_of[i - 1]:
                # Its first word, past an opening quotation mark; a closing mark the parser split
                # off as a sentence of its own ('... ISIS." ¶ He argued') begins no sentence.
                first = i
                while first < len(t) and (t.is_punct[first] or not t.text[first].strip()) and \
                        self.sentence_of[first] == self.sentence_of[i]:
                    first += 1
                if first < len(t) and self.sentence_of[first] == self.sentence_of[i]:
                    count += t.idx[first] not in self.quoted
        return count

    def _subject_named(self, ref: Reference) -> int:
        """The subject a reference names: its own token, or the role it is in apposition to
        ('The club's chairman, Ivo Marek, said': the chairman is the subject)."""
        tok = self.doc[ref.token]
        return tok.head.i if tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS else ref.token

    def _speaks_on(self, subject: int, sentence: int, pronoun: int) -> bool:
        """'Bipin Bihari said she ... “...,” he said': a speaker of unknown gender goes on
        speaking as the speaking pronoun of a later sentence, not as any pronoun inside his
        own (whose "she" is someone else)."""
        return subject in self.speaker_heads and pronoun in self.speaker_heads and sentence < self.sentence_of[pronoun]

    def _refer(self, token: int, entity: Entity) -> None:
        self.references.append(Reference(token, self.sentence_of[token], entity, self._weight(token)))

    def _weight(self, token: int) -> float:
        tok = self.doc[token]
        if tok.dep_ in SUBJECT_DEPS:
            # The subject of the sentence itself outweighs one of a clause inside it
            # ("McLenney said Clinton doesn't show ...": the sentence is about McLenney).
            main = tok.head.dep_ in ("ROOT", "conj") or tok.head.head.i == tok.head.i
            weight = WEIGHT_SUBJECT if main else WEIGHT_CLAUSE_SUBJECT
            return weight + (WEIGHT_SPEAKER_BONUS if token in self.speaker_heads else 0)
        if not tok.dep_ and self._opens_unparsed(token) or _headed_by_name(tok):
            return WEIGHT_SUBJECT
        return WEIGHT_POSSESSIVE if tok.dep_ == "poss" else WEIGHT_OTHER

    def _opens_unparsed(self, token: int) -> bool:
        """'Mr. Fenwright, like most economists, is still persuaded ... But he recognizes ...': a
        sentence left unparsed (no arcs, as one with no cue and no pronoun may be) has no
        subject to read, so the name that opens it, after any title, is taken for it, as
        gender.py does; not a possessor ("Fenwright's report") nor one of a pair ('Fenwright and Lee')."""
        t = columns(self.doc)
        after = t.lower[token + 1] if token + 1 < len(t) else ""
        if after in ("'s", "’s", "'", "’", "and", "&"):
            return False
        start, role = token, False
        while start > 0 and not t.sent_start[start]:
            before = t.text[start - 1]
            if not role and before.islower() and _role_word(t.lower[start - 1]) and t.text[start][:1].isupper():
                role = True  # "Portland center Tomas Varga, ...": the role before the name, its team before it
                start -= 1
                continue
            if not before[:1].isupper() or t.is_punct[start - 1]:
                break
            start -= 1
        return bool(t.sent_start[start]) or self._apposed_to_opening_noun(start, token)

    def _apposed_to_opening_noun(self, start: int, end: int) -> bool:
        """'Brar's father, Harjinder Brar, sat in the front row', 'His brother, Leo Varga, ...':
        in a sentence left unparsed, a name between commas after a noun for a person that opens
        the sentence (after a possessor or a determiner) is its subject too."""
        t = columns(self.doc)
        k = start - 2
        if k < 1 or t.text[start - 1] != "," or end + 1 >= len(t) or t.text[end + 1] != "," or \
                not t.text[k].islower() or not person_noun(t.lower[k]):
            return False
        k -= 1
        if t.lower[k] in ("'s", "’s"):
            k -= 1
            while k > 0 and not t.sent_start[k] and t.text[k - 1][:1].isupper() and not t.is_punct[k - 1]:
                k -= 1  # "Gurpreet Brar's father"
            return bool(t.sent_start[k]) and t.text[k][:1].isupper()
        return t.lower[k] in TIE_DETERMINERS and bool(t.sent_start[k])

    # Salience ----------------------------------------------------------------

    def _only_inside(self, entity: Entity, before: int, content: tuple[int, int]) -> bool:
        """True if the last references to `entity` before `before` all lie in `content`."""
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if ref.entity is entity:
                return content[0] <= ref.token < content[1]
        return False

    def _salient(self, before: int, gender: str, references: list[Reference] | None = None,
                 reach: int = PRONOUN_REACH, outside: tuple[int, int] = (0, 0)) -> Entity | None:
        """The person of fitting gender the text is most about just before token `before`."""
        refs = references if references is not None else self.references[:bisect_left(self.starts, before)]
        here = self.sentence_of[before]
        # Per entity and sentence the strongest reference counts: three pronouns in one
        # sentence are one sentence about someone, not three.
        best_in: dict[tuple[int, int], float] = {}
        counts: dict[int, int] = {}
        by_id: dict[int, Entity] = {}
        for ref in reversed(refs):
            if before - ref.token > reach:
                break
            if not _is_person(ref.entity, gender) or outside[0] <= ref.token < outside[1]:
                continue
            key = id(ref.entity)
            by_id[key] = ref.entity
            slot = (key, ref.sentence)
            best_in[slot] = max(best_in.get(slot, 0.0), ref.weight * 0.5 ** (here - ref.sentence))
            counts[key] = counts.get(key, 0) + 1
        scores: dict[int, float] = {}
        for (key, _), weight in best_in.items():
            scores[key] = scores.get(key, 0.0) + weight
        for key, entity in by_id.items():
            scores[key] += min(FREQUENCY_CAP, FREQUENCY_WEIGHT * counts[key])
            if gender and not entity.gender:
                scores[key] *= UNKNOWN_GENDER_FACTOR
        ranked = sorted(scores, key=scores.get, reverse=True)
        for key in ranked:
            if by_id[key].gender or scores[key] >= UNKNOWN_GENDER_FLOOR:
                return by_id[key]
        return None

    def _salient_org(self, before: int, word: str, bare: bool = True) -> str | None:
        """'The bank said': the organisation the story is about so far, not the last one named.

        Salience counts its mentions and those as a subject, a mention in the
        opening lines, and the description's word in its name ("the bank", "Bank X"). A `bare`
        description ("the agency", not "the law enforcement agency") may also be a government
        body named by another noun or by its field ("Health Canada"); an acronym ("the NHL")
        that ends in the word's initial may be "the league", where nothing is named so.

        Where the article names no organisation, "the company" (a generic noun) is the name
        of no known kind that acted as one: "Vantara Foods will close its plant", "Vantara
        Foods' shares": the subject or owner of its sentence, of two words or more and no
        gender, so that a place named in passing ("in Guelph") or a surname is not taken.
        """
        upto = bisect_left(self.starts, before)
        tally = self._org_tallies.get((word, bare))
        if tally is None or tally.upto > upto:
            tally = self._org_tallies[(word, bare)] = _OrgTally()
        self._count_orgs(tally, upto, word, bare)
        scores = tally.scores or tally.untyped
        return max(scores, key=scores.get) if scores else None

    def _count_orgs(self, tally: _OrgTally, upto: int, word: str, bare: bool) -> None:
        """Adds the references from where `tally` stopped up to `upto` to its counts: the
        descriptions of an article are resolved in reading order, so each is read once."""
        scores, untyped = tally.scores, tally.untyped
        for ref in self.references[tally.upto:upto]:
            entity, tok = ref.entity, self.doc[ref.token]
            product = _written_as_product(self.doc, entity, ref.token)
            if entity.kind == "" and word in GENERIC_ORG_NOUNS and _acts_as_body(tok, entity) and not product:
                name = _maker_name(self.doc, entity, ref.token)
                untyped[name] = untyped.get(name, 0) + 1 + (2 if ref.token < LEAD_TOKENS else 0)
            # "The NHL fined the team": an acronym of no known kind that acts is a body too.
            acronym = _acronym_of(entity, word) and (entity.kind == "org" or tok.dep_ in SUBJECT_DEPS)
            if entity.kind != "org" and not acronym or not entity.words:
                continue  # a person, or someone the story leaves unnamed
            named_so = _named_so(entity, word, bare)
            # "the company" is whichever company the story is about; "the department" must be
            # one the article names as a department; a product is no company.
            if not (named_so or acronym or word in GENERIC_ORG_NOUNS) or product and not named_so or \
                    not named_so and word in GENERIC_ORG_NOUNS and (government_body(entity) or no_firm_for(word, entity)):
                continue
            score = 1 + (tok.dep_ in SUBJECT_DEPS) + (2 if ref.token < LEAD_TOKENS else 0)
            # Once per organisation: among the banks named so, the one the story is about wins,
            # not a rival or a client named more often in passing.
            bonus = NAMED_SO_WEIGHT if named_so and entity.name not in scores else 0
            scores[entity.name] = scores.get(entity.name, 0) + score + bonus
        tally.upto = max(tally.upto, upto)


@dataclass(slots=True)
class _OrgTally:
    """The organisations' scores for one description's word over the first `upto` references."""

    upto: int = 0
    scores: dict[str, float] = field(default_factory=dict)
    untyped: dict[str, float] = field(default_factory=dict)


def _named_so(entity: Entity, word: str, bare: bool = True) -> bool:
    """Whether an organisation's name says it is what the description's noun `word` names:
    'the bank' for 'Bank of Lowden', 'the paper' for the 'Lowden Courier', and, as a story
    uses one for another, 'the department' or 'the agency' for the 'Ministry of Justice' or
    for a field of government named after its country ('Health Canada')."""
    words = {w.lower() for w in entity.words}
    if word in words or word in descriptions.PRESS_NOUNS and entity.words[-1].lower() in OUTLET_WORDS:
        return True
    if words & BODIES_ALIKE.get(word, frozenset()):
        return True  # "the school" for the "Northfield Grammar Academy" (bodies-alike.txt)
    if word == "union" and _union_name(entity.words):
        return True
    return bare and word in GOVERNMENT_BODIES and bool(words & GOVERNMENT_BODIES or _field_of_government(entity.words))


def government_body(entity: Entity) -> bool:
    """'Statistics Canada', 'Transport Canada', 'the Ministry of Education': a body of a
    government, by its noun (government-bodies.txt) or its fields before a country's name. A
    generic noun (generic-org-nouns.txt: "the company", "the chain", "the firm") is a business's
    or a team's, never such a body's."""
    return bool({w.lower() for w in entity.words} & GOVERNMENT_BODIES) or _field_of_government(entity.words)


def no_firm_for(word: str, entity: Entity) -> bool:
    """Whether "the company" (a business's noun `word`, firm-nouns.txt) or "the team"
    (team-nouns.txt) cannot be `entity`: a body whose name's head noun says it is another kind
    ("Bakery Workers Union", "Truro Chamber of Commerce", "Western Hockey League":
    not-firms.txt), or a trade union by its name."""
    if word not in FIRM_NOUNS and word not in TEAM_NOUNS or not entity.words:
        return False
    lowered = [w.lower() for w in entity.words]
    k = next((i for i, w in enumerate(lowered) if w in ("of", "for") and i > 0), len(lowered))
    return lowered[k - 1] in NOT_FIRMS or _union_name(entity.words)


def _union_name(words: tuple[str, ...]) -> bool:
    """'Ontario Nurses' Association', 'Elementary Teachers' Federation of Ontario', 'CUPE Local
    3912': a body named as a trade union is ("the union" after it is that body)."""
    lowered = {w.lower() for w in words}
    if any(w.lower() in UNION_LOCALS and number.isdigit() for w, number in zip(words, words[1:])):
        return True  # "CUPE Local 3912": a union's numbered chapter
    return bool(lowered & UNION_NAME_WORDS) or lowered & {"association", "council"} != set() and \
        any(w.endswith("s'") or w.endswith("s’") for w in words)


def _field_of_government(words: tuple[str, ...]) -> bool:
    """'Health Canada', 'Fisheries and Oceans Canada', 'Public Health England': fields of
    government before a country's or region's name ('Air Canada' is a company). An outlet's
    last word is no place: 'Global News' (a photo credit, "(Global News)") is no department,
    though 'Global Affairs Canada' is. Someone unnamed ("the mayor's spokesman") has no words."""
    if len(words) < 2:
        return False
    *fields, place = words
    # 'Immigration, Refugees and Citizenship Canada': a field set off by a comma keeps it in its word
    return fields[0].lower() != "and" and all(w.lower().rstrip(",") in GOVERNMENT_FIELDS for w in fields) \
        and place[:1].isupper() and place.lower() not in GOVERNMENT_FIELDS and place.lower() not in OUTLET_WORDS


def _mention_at(entity: Entity, token: int) -> NameMention | None:
    """The mention of `entity` that holds token `token`, if one does."""
    return next((m for m in entity.mentions if m.start <= token < m.end), None)


def _written_as_product(doc: Doc, entity: Entity, token: int) -> bool:
    """'The Tempest went on sale', 'its Tempest sedans', 'the Toyota Prius': a name written
    after "the" or a maker's "its", as a product or a model is; a company's name goes without
    ('Northwind Motors recalled'), unless it says it is a body ('the Bank of Lowden', 'the
    Acme Group'), is an acronym ('the BBC') or a plural ('the Kelso Falcons')."""
    mention = _mention_at(entity, token)
    if mention is None or mention.start == 0 or doc[mention.start - 1].lower_ not in ("the", "its", "their"):
        return False
    words = mention.words
    return not _plural(words[-1]) and not any(w.lower() in ORG_NAME_WORDS or w.isupper() for w in words)


def _role_word(word: str) -> bool:
    """A noun for what a person is that may stand right before the name ("center", "coach",
    "spokesman")."""
    return person_noun(word) or word in BODY_OR_PERSON_ROLES


def _plural(word: str) -> bool:
    """'Falcons', 'Maple Leafs' (not 'Prius', 'Lexus', 'Express')."""
    return word.endswith("s") and not word.endswith(("us", "ss", "is"))


def _maker_name(doc: Doc, entity: Entity, token: int) -> str:
    """'Sales of the Toyota Prius rose. Toyota also sold more trucks': where the article writes
    the fuller name only as a product, the company is the shorter name that acts."""
    mention = _mention_at(entity, token)
    if mention is None or len(mention.words) >= len(entity.words):
        return entity.name
    longer = [m for m in entity.mentions if len(m.words) > len(mention.words)]
    return " ".join(mention.words) if all(_written_as_product(doc, entity, m.end - 1) for m in longer) else entity.name


def _acronym_of(entity: Entity, word: str) -> bool:
    """'The league' for 'the NHL', 'the party' for 'the NDP': an acronym (the article writes it
    alone) whose last letter begins the noun, as a body's acronym ends in its kind."""
    acronym = entity.words[0] if len(entity.words) == 1 and word in ACRONYM_KINDS else ""
    return 1 < len(acronym) <= ACRONYM_LENGTH and acronym.isalpha() and acronym.isupper() and \
        acronym[-1] == word[:1].upper()


def _acts_as_body(tok: Token, entity: Entity) -> bool:
    """Whether a name of no known kind acts here as an organisation may: the subject or the
    owner ('Vantara Foods' shares') of its clause, or the company whose shares a business
    story reports ('shares of Vantara Foods', 'shares in Vantara Foods'); a name of two words or more, with no gender
    and not named as someone's relative."""
    acts = tok.dep_ in SUBJECT_DEPS or tok.dep_ == "poss" and not _owner_of_acting_name(tok) or \
        tok.dep_ == "pobj" and tok.head.head.lower_ in SHARE_NOUNS  # "shares of Northwind Stores fell"
    return acts and len(entity.words) > 1 and not entity.gender and not entity.relative


def _owner_of_acting_name(tok: Token) -> bool:
    """'South Korea's Hanbit Electronics posted a loss': the owner of a proper name that is the
    subject of its clause is that name's place or parent; the name it owns is what acts."""
    owned = tok.head
    return owned.tag_ in ("NNP", "NNPS") and owned.dep_ in SUBJECT_DEPS


def _headed_by_name(tok: Token) -> bool:
    """'Tom Pike, chairman of the commission, called on Mr Varley to ...': the parser may head
    such a sentence with the name, and hang its verb on it as a clause; the name is that
    verb's subject all the same."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NNP" and \
        any(c.dep_ == "acl" and c.i > tok.i and c.tag_ in ("VBD", "VBZ") for c in tok.children)


def _unnamed_people(doc: Doc, quoted: SpanSet) -> list[tuple[int, Entity]]:
    """'A middle-aged cashier was shaken ... “...,” said the woman': people a story describes
    but never names, as subjects or sources ('according to a senior official'), so that the
    pronouns and descriptions that refer to them name nobody rather than someone else."""
    out = []
    lead = first_body_sentence(doc)
    t = columns(doc)
    # Read from the columns first: a Token is made only for the few common nouns that qualify.
    for i, tag in enumerate(t.tag):
        if tag != "NN" or t.idx[i] in quoted or \
                not (t.dep[i] in SUBJECT_DEPS or t.dep[i] == "pobj" and _source(doc[i])):
            continue
        tok = doc[i]
        word = tok.lower_
        if _speaking_for_another(tok):
            out.append((tok.i, Entity("", (), "person", ROLE_NOUNS.get(word, ""), [])))
            continue
        if tok.sent.start == lead and tok.dep_ in SUBJECT_DEPS:
            continue  # "A Labour peer has withdrawn ...": a lead's protagonist, named next
        if word not in UNNAMED_NOUNS and not person_noun(word):
            continue
        if any(c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") for c in tok.children):
            continue  # "Another analyst, John C. Maxwell Jr. of ..., said": named in apposition
        # "One employee, who asked not to be named, said": the parser reads "one" as a number; as
        # the speaker's, not in what was said ("said one nurse for 240 residents was too few")
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE | {"one"} or
               c.dep_ == "nummod" and c.lower_ == "one" and speech_lemma(tok.head.lower_) is not None
               and any(r.dep_ == "relcl" for r in tok.children)
               for c in tok.children):
            gender = ROLE_NOUNS.get(word, "")
            out.append((tok.i, Entity("", (), "person", gender, [])))
    return out


def _speaking_for_another(tok: Token) -> bool:
    """"The prime minister's official spokesman said", "her lawyer told the court": someone who
    speaks for the owner written before them is not that owner (conventions.md), and stays
    unnamed where no apposition names them ("Ann Lee's spokesman, Tom Hale, said")."""
    return tok.lower_ in SPEAKING_FOR and any(c.dep_ == "poss" for c in tok.children) and \
        not any(c.dep_ == "appos" for c in tok.children)


def first_body_sentence(doc: Doc) -> int:
    """The first sentence that ends in a full stop: a story's lead, after any headline line."""
    for sent in doc.sents:
        if sent.text.rstrip()[-1:] in ".!?\"”":
            return sent.start
    return 0


def _source(tok: Token) -> bool:
    """'according to a senior official'."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and tok.doc[head.i - 1].lower_ == "according"


def _token_of(ref: Reference) -> int:
    return ref.token


def _is_person(entity: Entity, gender: str) -> bool:
    return entity.kind == "person" and (not gender or entity.gender in (gender, ""))
