"""From a speaker mention to the canonical name it refers to in the article.

A name resolves to the fullest form of itself. "She" and "he" resolve to the
most salient person of fitting gender: salience adds up the places the text
refers to a person, subjects and speakers weighing most, halving with each
sentence back, so that the person a passage is about wins over one named in
passing a word earlier. Pronouns are resolved in reading order and count as
references themselves, which is how a story keeps its subject across
paragraphs. "The actress" resolves to the person the article gave that role,
else the most salient person; "the company" to the organisation the story is
about. Indefinite descriptions ("a spokesperson", "officials") name nobody.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..parsing.spans import SpanSet
from ..parsing.words import columns, positions, sentence_numbers
from . import descriptions
from .entities import Entity, NameMention
from ..lexicon import (DEMONYMS, GENERIC_ORG_NOUNS, GROUP_PRONOUNS, NEWSPAPER_WORDS, ORG_NAME_WORDS, ORG_NOUNS,
                       PARTY_MEMBERS, PERSON_PRONOUNS, ROLE_NOUNS, TITLES, UNNAMED_NOUNS)
from .lexicon import person_noun

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

PRONOUN_WORDS = frozenset(PERSON_PRONOUNS)
PRONOUN_REACH = 400  # tokens back to look for what "she" refers to (a few paragraphs)
GROUP_REACH = 80  # "it" and "they" refer to an organisation only close by
DESCRIPTION_REACH = 250
LEAD_REACH = 80  # tokens after a lead's description within which its speaker is named
INDEFINITE = {"a", "an", "another"}
# "One Iowa Republican", "an Ontario Liberal": one of a party or a people, whatever its capitals.
MEMBER_NOUNS = PARTY_MEMBERS | DEMONYMS
OUTLET_WORDS = NEWSPAPER_WORDS | {"news", "press", "media", "magazine", "radio", "television", "tv", "network"}
DEFINITE = descriptions.DEFINITE
LEAD_TOKENS = 60
# "The bank said": a bank the article named so outweighs any other organisation it names.
NAMED_SO_WEIGHT = 100
SUBJECT_DEPS = ("nsubj", "nsubjpass")
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


class Resolver:
    """Resolves speaker mentions of one article against its entities."""

    def __init__(self, doc: Doc, entities: list[Entity], quoted: SpanSet, speaker_heads: set[int]):
        self.doc = doc
        self.entities = entities
        self.quoted = quoted
        self.sentence_of = _sentence_index(doc)
        self.by_token: dict[int, tuple[Entity, NameMention]] = {
            i: (e, m) for e in entities for m in e.mentions for i in range(m.start, m.end)}
        self.speaker_heads = speaker_heads
        # Names the tagger may miss when written again ("The CTWU said", "Alves was told"): the
        # entity named most often wins a shared word, one named as someone's relative least.
        self.by_word: dict[str, Entity] = {}
        for e in sorted(entities, key=lambda e: (not e.relative, len(e.mentions))):
            for m in e.mentions:
                self.by_word[m.words[-1]] = e
        unnamed = _unnamed_people(doc, quoted)
        self.with_roles = sorted([*((m.end - 1, e, {*m.roles, *m.title.split()})
                                    for e in entities for m in e.mentions if m.roles or m.title),
                                  *((i, e, {doc[i].lower_}) for i, e in unnamed)],
                                 key=lambda x: x[0])
        self.pronoun_entity: dict[int, Entity | None] = {}
        # Names inside quotations are what the speaker talks about, never who speaks next.
        idx = columns(doc).idx
        names = sorted([*((m.end - 1, e) for e in entities for m in e.mentions
                          if idx[m.start] not in quoted), *unnamed], key=lambda x: x[0])
        pronouns = [i for i in positions(doc, "LOWER", PRONOUN_WORDS) if idx[i] not in quoted]
        self.references: list[Reference] = []
        self._read(names, pronouns)
        self.starts = [r.token for r in self.references]

    def name(self, head: Token, start: int, end: int, content: tuple[int, int] = (0, 0)) -> str | None:
        """The canonical name for the mention [start, end) whose head is `head`.

        `content` is the quote's token range [start, end): nobody the quote talks about is
        who said it ("Trump is wrong, he said" is not Trump speaking).
        """
        return self._name(head, start, end, content) or None

    def _name(self, head: Token, start: int, end: int, content: tuple[int, int]) -> str | None:
        if _one_of_many(head):
            named = self._appositive(head)  # "an Ontario Liberal, Ana Ruiz," is named
            return named.name if named else None
        if self.doc[start].lower_ in INDEFINITE and end - 1 not in self.by_token:
            # "An Acme Corp. spokesman", "another resident": someone the article leaves unnamed,
            # whatever names the phrase holds, unless it names them in apposition ("a
            # flabbergasted Noah" ends in a name and is one).
            named = self._appositive(head) or (self._owner(head) if descriptions.is_document(head) else None)
            return named.name if named else None  # "a statement from Acme" is Acme's
        named = self._named(head)
        if named is not None:
            return _joined([self._not_spoken_about(named, head, content), *self._named_conjuncts(head)])
        word = head.lower_
        if word in PERSON_PRONOUNS:
            entity = self.pronoun_entity.get(head.i)
            if entity is None or self._only_inside(entity, head.i, content):
                entity = self._salient(head.i, PERSON_PRONOUNS[word], outside=content)
            return entity.name if entity else None
        if word in GROUP_PRONOUNS and head.dep_ == "nsubjpass":
            return None  # "It is thought that ...", "they are accused of ...": nobody speaks
        if word == "they" and self._continues_unnamed_group(head.i):
            return None  # "Traders said ... They said": the traders again, whom nobody names
        if word in GROUP_PRONOUNS:
            return (self._nearby_pair(head.i) if word == "they" else None) or self._nearby_org(head.i)
        if _possessed(head) and descriptions.person_gender(head) is not None:
            named = self._possessed(head, start, end)  # "Connecticut's tax commissioner"
            if named or self.doc[start].lower_ not in DEFINITE:
                return named  # "the charity's director" may still be the one the passage is about
        if self.doc[start].lower_ in DEFINITE and self._describes(head):
            return self._description(head, end, content)  # "the Russian", "the Glasgow MP"
        if head.tag_ in ("NNP", "NNPS") and head.text[:1].isupper() and \
                (head.lower_ not in TITLES or start < head.i):
            return _proper_name(head)
        if descriptions.is_document(head) or descriptions.is_org_noun(head):
            return self._owned(head, start, end)
        if self.doc[start].lower_ not in DEFINITE:
            return None
        return self._description(head, end, content)

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

    # Reading the article: names and pronouns in order -------------------------------

    def _read(self, names: list[tuple[int, Entity]], pronouns: list[int]) -> None:
        i = 0
        for p in pronouns:
            while i < len(names) and names[i][0] < p:
                self._refer(names[i][0], names[i][1])
                i += 1
            gender = PERSON_PRONOUNS[self.doc[p].lower_]
            entity = self._last_subject(p, gender) or self._salient(p, gender, self.references)
            self.pronoun_entity[p] = entity
            if entity is not None:
                if not entity.gender:
                    entity.gender = PERSON_PRONOUNS[self.doc[p].lower_]
                self._refer(p, entity)
        for token, entity in names[i:]:
            self._refer(token, entity)

    def _last_subject(self, pronoun: int, gender: str) -> Entity | None:
        """'Lord Perrin agreed to withdraw his bill. “...,” he told peers.': a pronoun (or a
        description, the rookie) that is a subject continues the subject of the sentence
        before it (or of its own, earlier), when that was a named person of its gender."""
        if self.doc[pronoun].dep_ not in SUBJECT_DEPS:
            return None
        here = self.sentence_of[pronoun]
        # Also while the article is being read, before `starts` is built.
        for ref in reversed(self.references[:bisect_left(self.references, pronoun, key=_token_of)]):
            if ref.sentence < here - 1:
                return None
            if ref.weight >= WEIGHT_SUBJECT and self.doc[ref.token].lower_ not in PERSON_PRONOUNS:
                # Someone left unnamed ("a cashier") may be of either gender.
                fits = _is_person(ref.entity, gender) and (ref.entity.gender == gender or not ref.entity.name) \
                    if gender else ref.entity.kind == "person"
                return ref.entity if fits else None
        return None

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
        return WEIGHT_POSSESSIVE if tok.dep_ == "poss" else WEIGHT_OTHER

    # Choosing a referent ------------------------------------------------------

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

    def _named_together(self, before: int) -> str | None:
        """'Nadia Osei, a teacher, and Karl Lund, a nurse, organised it. ... the pair wrote':
        people named before the first verb of a sentence just before, joined by "and" (read
        from words and tags, so that appositions between them do not matter)."""
        refs = self.references[:bisect_left(self.starts, before)]
        if not refs or before - refs[-1].token > GROUP_REACH:
            return None
        sentence = self.doc[refs[-1].token].sent
        verb = next((t.i for t in sentence if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), sentence.end)
        named = [r.entity for r in refs if sentence.start <= r.token < verb and r.entity.kind != "org"
                 and self.doc[r.token].lower_ not in PERSON_PRONOUNS]
        joined = any(t.lower_ == "and" for t in self.doc[sentence.start:verb])
        return _joined(named) if joined and len({id(e) for e in named}) > 1 else None

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
            if ref.entity.kind == "org" and subject:
                return ref.entity.name
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
        return self._appositive(head)

    def _appositive(self, head: Token) -> Entity | None:
        """'his mother, Ann Lee': a name in apposition, never one inside a quotation."""
        for child in head.children:
            if child.dep_ == "appos" and child.i in self.by_token and child.idx not in self.quoted:
                return self.by_token[child.i][0]
        return None

    def _describes(self, head: Token) -> bool:
        """A definite phrase whose head is a role, a title, a nationality, an age, or a noun the
        article tied to someone, describes them even when written in capitals."""
        return descriptions.person_gender(head) is not None or self._with_role(
            descriptions.word_of(head), head.i) is not None

    def _description(self, head: Token, end: int, content: tuple[int, int]) -> str | None:
        """'The rookie', 'the utility', 'the pair', 'the report': whom the article tied the
        description to, else the person or organisation the passage is about."""
        tied = self._with_role(descriptions.word_of(head), head.i, descriptions.qualifiers(head))
        if tied is not None:
            return tied.name
        gender = descriptions.person_gender(head)
        if head.tag_ == "NNS" or head.lower_ in descriptions.PAIR_NOUNS:
            return self._named_together(head.i)
        if gender is not None:
            entity = self._last_subject(head.i, gender) or \
                self._salient(head.i, gender, reach=DESCRIPTION_REACH, outside=content) or \
                self._introduced_after(head.i, end, content)
            return entity.name if entity else None
        if descriptions.is_document(head):
            owner = self._owner_before(head)
            return owner.name if owner else None
        if descriptions.is_org_noun(head):
            return self._salient_org(head.i, head.lower_)
        return None

    def _possessed(self, head: Token, start: int, end: int) -> str | None:
        """'Connecticut's tax commissioner says ...': a possessive makes a role definite. It
        names whom the article gives that role, before or just after ('Trump's campaign chief
        ... the campaign chief, Paul Manafort'), or, in a paragraph's lead, the person the next
        sentence introduces. "X's" alone never makes it the most salient person (X, often)."""
        word = descriptions.word_of(head)
        tied = self._with_role(word, head.i, descriptions.qualifiers(head)) or self._role_given_after(word, end)
        if tied is None and _opens_paragraph(self.doc, start):
            tied = self._introduced_next(head.i, end)
        return tied.name if tied else None

    def _role_given_after(self, role: str, end: int) -> Entity | None:
        for token, entity, roles in self.with_roles:
            if end <= token < end + LEAD_REACH and role in roles:
                return entity
        return None

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

    def _with_role(self, role: str, before: int, qualifiers: frozenset[str] = frozenset()) -> Entity | None:
        """Who the article gave this role: 'actress Nora Quist', 'Ms. Ortiz, the minister,',
        'Hydro One, the utility'. A qualified role ('the Glasgow Kelvin MP') needs the same
        qualifiers: 'Labour MP Oona King' is another MP."""
        for token, entity, roles in reversed(self.with_roles):
            if token < before and role in roles and qualifiers <= roles:
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
        owner = self._owner(head)
        if owner is None:
            return self._description(head, end, (0, 0)) if self.doc[start].lower_ in DEFINITE else None
        if descriptions.is_document(head) or owner.kind == "org" or head.lower_ in descriptions.PRESS_NOUNS:
            return owner.name
        compound = [t for t in head.children if t.dep_ == "compound" and t.tag_ in ("NNP", "NNPS")]
        return f"{self.doc[compound[0].i:head.i].text} {head.lower_}" if compound else None

    def _owner(self, head: Token) -> Entity | None:
        """The entity a document or organisation noun belongs to within its own phrase."""
        for tok in descriptions.owner_heads(head):
            named = self._named(tok)
            if named is not None:
                return named
        return None

    def _owner_before(self, head: Token) -> Entity | None:
        """'Oxfam says in a report ... The report said': the last time the text wrote the same
        noun, the name in its sentence before it, or its owner, issued it."""
        doc = self.doc
        for tok in reversed(doc[max(0, head.i - DESCRIPTION_REACH):head.i]):
            if tok.lower_ != head.lower_:
                continue
            owner = self._owner(tok)
            if owner is not None:
                return owner
            if tok.i > 1 and doc[tok.i - 2].lower_ == "in" and doc[tok.i - 1].tag_ in ("DT", "PRP$"):
                # "Oxfam says in a report": the report is the subject's
                names = [self.by_token[t.i][0] for t in doc[tok.sent.start:tok.i] if t.i in self.by_token]
                if names:
                    return names[0]
        return None

    def _salient_org(self, before: int, word: str) -> str | None:
        """'The bank said': the organisation the story is about so far, not the last one named.

        Salience counts its mentions and those as a subject, a mention in the
        opening lines, and the description's word in its name ("the bank", "Bank X").
        """
        scores: dict[str, float] = {}
        for ref in self.references[:bisect_left(self.starts, before)]:
            entity = ref.entity
            if entity.kind != "org" or not entity.words:
                continue  # a person, or someone the story leaves unnamed
            named_so = word in {w.lower() for w in entity.words} or \
                word in descriptions.PRESS_NOUNS and entity.words[-1].lower() in OUTLET_WORDS
            # "the company" is whichever company the story is about; "the department" must be
            # one the article names as a department.
            if not (named_so or word in GENERIC_ORG_NOUNS):
                continue
            score = 1 + (self.doc[ref.token].dep_ in SUBJECT_DEPS) + (2 if ref.token < LEAD_TOKENS else 0)
            scores[entity.name] = scores.get(entity.name, 0) + score + named_so * NAMED_SO_WEIGHT
        return max(scores, key=scores.get) if scores else None


def _unnamed_people(doc: Doc, quoted: SpanSet) -> list[tuple[int, Entity]]:
    """'A middle-aged cashier was shaken ... “...,” said the woman': people a story describes
    but never names, as subjects or sources ('according to a senior official'), so that the
    pronouns and descriptions that refer to them name nobody rather than someone else."""
    out = []
    lead = _first_body_sentence(doc)
    t = columns(doc)
    # Read from the columns first: a Token is made only for the few common nouns that qualify.
    for i, tag in enumerate(t.tag):
        if tag != "NN" or t.idx[i] in quoted or \
                not (t.dep[i] in SUBJECT_DEPS or t.dep[i] == "pobj" and _source(doc[i])):
            continue
        tok = doc[i]
        if tok.sent.start == lead and tok.dep_ in SUBJECT_DEPS:
            continue  # "A Labour peer has withdrawn ...": a lead's protagonist, named next
        word = tok.lower_
        if word not in UNNAMED_NOUNS and not person_noun(word):
            continue
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE | {"one"} for c in tok.children):
            gender = ROLE_NOUNS.get(word, "")
            out.append((tok.i, Entity("", (), "person", gender, [])))
    return out


def _first_body_sentence(doc: Doc) -> int:
    """The first sentence that ends in a full stop: a story's lead, after any headline line."""
    for sent in doc.sents:
        if sent.text.rstrip()[-1:] in ".!?\"”":
            return sent.start
    return 0


def _source(tok: Token) -> bool:
    """'according to a senior official'."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and tok.doc[head.i - 1].lower_ == "according"


def _one_of_many(head: Token) -> bool:
    """'One Iowa Republican', 'an Ontario Liberal': a member of a party or a people."""
    return head.lower_ in MEMBER_NOUNS and head.left_edge.lower_ in INDEFINITE | {"one"}


def _possessed(head: Token) -> bool:
    """'Connecticut's tax commissioner', 'the team's coach' (not 'her lawyer')."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in head.children)


def _opens_paragraph(doc: Doc, start: int) -> bool:
    text, i = doc.text, doc[start].idx
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _token_of(ref: Reference) -> int:
    return ref.token


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


def _is_person(entity: Entity, gender: str) -> bool:
    return entity.kind == "person" and (not gender or entity.gender in (gender, ""))


def _sentence_index(doc: Doc) -> list[int]:
    return sentence_numbers(doc)
