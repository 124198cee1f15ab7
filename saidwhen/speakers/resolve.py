"""From a speaker mention to the canonical name it refers to in the article.

A name resolves to the fullest form of itself; "she" and "he" to the nearest
person before them whose gender fits, subjects first; "the actress" or "the
minister" to the person the article gave that role, else the nearest person
of fitting gender; "the company" to the nearest organisation. Indefinite
descriptions ("a spokesperson", "officials") name nobody: their name is None.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..spans import SpanSet

from .entities import Entity, NameMention
from .lexicon import GROUP_PRONOUNS, ORG_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS

PRONOUN_REACH = 400  # tokens back to look for the antecedent of "she" (a few paragraphs)
DESCRIPTION_REACH = 250


class Resolver:
    """Resolves speaker mentions of one article against its entities."""

    def __init__(self, doc: Doc, entities: list[Entity], quoted: SpanSet):
        self.doc = doc
        self.entities = entities
        self.by_token: dict[int, tuple[Entity, NameMention]] = {}
        for entity in entities:
            for m in entity.mentions:
                for i in range(m.start, m.end):
                    self.by_token[i] = (entity, m)
        # Names inside quotations are what the speaker talks about, never who speaks next.
        self.ordered = sorted(((m.start, e, m) for e in entities for m in e.mentions
                               if doc[m.start].idx not in quoted), key=lambda x: x[0])
        self.starts = [start for start, _, _ in self.ordered]

    def name(self, head: Token, start: int, end: int) -> str | None:
        """The canonical name for the mention [start, end) whose head is `head`."""
        named = self._named_inside(start, end)
        if named is not None:
            return named.name
        word = head.lower_
        if word in PERSON_PRONOUNS:
            return self._nearest(head.i, PRONOUN_REACH, kind="person", gender=PERSON_PRONOUNS[word])
        if word in GROUP_PRONOUNS:
            return self._nearest(head.i, 60, kind="org", gender="", subjects_only=True)
        if head.tag_ in ("NNP", "NNPS") and head.text[:1].isupper():
            return self.doc[start:end].text
        return self._description(head, start)

    def _named_inside(self, start: int, end: int) -> Entity | None:
        for i in range(end - 1, start - 1, -1):
            hit = self.by_token.get(i)
            if hit is not None:
                return hit[0]
        return None

    def _description(self, head: Token, start: int) -> str | None:
        if self.doc[start].lower_ not in ("the", "this", "that") or head.tag_ == "NNS":
            return None
        word = head.lower_
        if word in ROLE_NOUNS:
            with_role = self._with_role(word, head.i)
            if with_role:
                return with_role
            return self._nearest(head.i, DESCRIPTION_REACH, kind="person", gender=ROLE_NOUNS[word])
        if word in ORG_NOUNS:
            return self._nearest(head.i, DESCRIPTION_REACH, kind="org", gender="", word=word)
        return None

    def _with_role(self, role: str, before: int) -> str | None:
        for _, entity, m in reversed(self.ordered[:bisect_left(self.starts, before)]):
            if role in m.roles or role in m.title.split():
                return entity.name
        return None

    def _nearest(self, before: int, reach: int, kind: str, gender: str, subjects_only: bool = False,
                 word: str = "") -> str | None:
        """The nearest fitting entity named before token `before`, subjects first."""
        window = self.ordered[bisect_left(self.starts, before - reach):bisect_left(self.starts, before)]
        fitting = [(start, e, m) for start, e, m in window if _fits(e, kind, gender, word)]
        if not fitting:
            return None
        subjects = [x for x in fitting if self._is_subject(x[2])]
        if subjects_only and not subjects:
            return None
        best = subjects[-1] if subjects and self._sentence_gap(subjects[-1][0], fitting[-1][0]) <= 1 \
            else fitting[-1]
        return best[1].name

    def _is_subject(self, m: NameMention) -> bool:
        return self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")

    def _sentence_gap(self, a: int, b: int) -> int:
        return sum(1 for t in self.doc[a:b + 1] if t.is_sent_start and t.i > a)


def _fits(entity: Entity, kind: str, gender: str, word: str) -> bool:
    if kind == "person":
        return entity.kind in ("person", "") and (not gender or entity.gender in (gender, ""))
    if entity.kind != "org":
        return False
    return not word or word in ("company", "firm", "group") or word in {w.lower() for w in entity.words}

