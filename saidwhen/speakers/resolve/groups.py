"""Plural and joint speakers: people named together ("Ann Lee and Tom Hale ... the pair said",
"Mr. Grassley and Mr. Leahy ... they wrote") and groups the article leaves unnamed ("traders")."""
from __future__ import annotations

from bisect import bisect_left

from ...lexicon import PERSON_PRONOUNS
from .. import descriptions
from ..entities import Entity
from ..salience import SUBJECT_DEPS
from .grammar import passive
from .naming import joined_names
from .roles import DESCRIPTION_REACH

GROUP_REACH = 80  # "it" and "they" refer to an organisation only close by


class Groups:
    """What Resolver reads of several people at once (mixed into it: `self` is the Resolver)."""

    def _nearby_pair(self, before: int) -> str | None:
        """'Mr. Grassley and Mr. Leahy ... they wrote': "they" names people just named together."""
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > GROUP_REACH:
                return None
            tok = self.doc[ref.token]
            if tok.dep_ in SUBJECT_DEPS:
                others = self._named_conjuncts(tok)
                return joined_names([ref.entity, *others]) if others else None
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
        if role and verb < sentence.end and passive(self.doc, verb) and not any(_holds(e, role) for e in named):
            return None
        return joined_names(named)

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
                    return joined_names([ref.entity, *others])
        return None

    def _is_companies_named_together(self, m) -> bool:
        """'EADS and BAE Systems welcomed the deal. "...," the companies said': "the" or "both"
        and a plural only firms are called by, after firms named together."""
        return m.first_word in ("the", "both") and descriptions.is_company_plural(m.head) and \
            self._bodies_named_together(m.head.i) is not None

    def _companies_named_together(self, m) -> str | None:
        return self._bodies_named_together(m.head.i)

    def _bodies_named_together(self, before: int) -> str | None:
        """Names named together as the subject of a sentence not far back, as
        `_subjects_named_together` reads people; none where one is plainly a person."""
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > DESCRIPTION_REACH:
                return None
            tok = self.doc[ref.token]
            apposed = tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS  # "Two banks - Alpha and Beta -"
            if tok.dep_ not in SUBJECT_DEPS and not apposed or tok.idx in self.quoted:
                continue
            together = [ref.entity, *self._named_conjuncts(tok)]
            # A firm word outweighs what the recogniser took a name for, not a pronoun or a title.
            if len(together) < 2 or any(e.gender or e.kind == "person" and any(n.title for n in e.mentions)
                                        for e in together):
                return None
            return joined_names(together)
        return None

    def _continues_unnamed_group(self, before: int) -> bool:
        """Whether the speaker just before is a plural noun ("traders", "officials"), which
        "they" goes on with, whatever organisation the words in between named."""
        previous = [h for h in self.speaker_heads if h < before and before - h <= GROUP_REACH]
        if not previous:
            return False
        tok = self.doc[max(previous)]
        return tok.tag_ == "NNS"


def _holds(entity: Entity, role: str) -> bool:
    """Whether the article gave `entity` this role ('prosecutor Ann Lee', 'Ann Lee, an official')."""
    return any(role in m.roles or role in m.title.split() for m in entity.mentions)
