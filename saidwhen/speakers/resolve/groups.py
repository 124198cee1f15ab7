"""Plural and joint speakers: people named together ("Ann Lee and Tom Hale ... the pair said",
"Mr. Grassley and Mr. Leahy ... they wrote") and groups the article leaves unnamed ("traders")."""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ...lexicon import (ANY_PERSON_NOUNS, COUNTS_OF_TWO, DIVISIONS, ONE_OF_TWO, FEMALE_NOUNS, GENERIC_ORG_NOUNS, MALE_NOUNS,
                        OPEN_LIST_ENDS,
                        ORG_NOUNS, PEOPLE_NOUNS, UNNAMED_PEOPLE,
                        PERSON_PRONOUNS)
from ...parsing.texts import text_of
from .. import descriptions
from ..entities import Entity
from ..salience import SUBJECT_DEPS
from ..lexicon import person_noun
from .grammar import passive
from .naming import joined_names
from .roles import DESCRIPTION_REACH

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Token

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

    def _people_subject_before(self, before: int) -> str | None:
        """'In a study, three economists -- Ann Lee of Northfield, Tom Hale and Ivo Marek --
        found ... The decline, they concluded, never reversed': "they" names people named
        together as the subject of a sentence some way back (in apposition to a plural noun,
        or joined by "and"), over the single people named since, and over the bodies that were
        subjects since where those people spoke ("Lee and Hale argue ... Harbour Bank bought
        bonds ... they write"); not past a plural noun that was a subject since ("Officials said ...
        they", "Several aides have mentioned ... they"), which "they" may go on with."""
        if _inside_marks(self.doc[before]):
            return None  # '"... So they say they will think about it," he said': others, spoken of
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > DESCRIPTION_REACH:
                return None
            subject = _subject_over(self.doc[ref.token])
            if subject is None or subject.tag_ == "PRP" or self.doc[ref.token].idx in self.quoted:
                continue  # "he was familiar with two men: Ann Lee ... and Tom Hale": spoken about
            if self._plural_subject_after(subject, before):
                return None
            people = [e for e in self._named_in_subject(subject) if e.kind == "person"]
            if len(people) < 2:
                continue
            if not self._spoke(subject) and self._body_subject_between(subject.i, before):
                return None  # "Ann Lee and Tom Hale founded it. Acme bought it. They said": Acme's
            return joined_names(people)
        return None

    def _named_in_subject(self, subject: Token) -> list[Entity]:
        """The people a subject names: itself and its conjuncts, or those in apposition to it."""
        heads = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        listed = {t.i: t for head in heads for t in (head, *head.conjuncts)}
        # "David Dorn at the University of Zurich and Gordon Hanson": the parser may join the
        # next name to the last one's place; a person so joined is one of the list
        listed |= {t.i: t for head in list(listed.values()) for t in head.subtree
                   if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.i > head.i}
        out: list[Entity] = []
        for tok in sorted(listed.values()):
            named = self._named(tok)  # in the article's order, as conventions.md joins them
            if named is not None and named not in out:
                out.append(named)
        return out

    def _spoke(self, subject: Token) -> bool:
        """Whether the subject's verb is a cue a speaker was found for ("Ann Lee and Tom Hale of
        Easton College argue that", where the parser may make the college the speaker)."""
        return any(h == subject.i or self.doc[h].head.i == subject.head.i for h in self.speaker_heads)

    def _body_subject_between(self, start: int, end: int) -> bool:
        """Whether a name not known for a person's was a subject between the two tokens."""
        return any(start < r.token < end and r.entity.kind != "person" and self.doc[r.token].dep_ in SUBJECT_DEPS
                   for r in self.references[bisect_left(self.starts, start):bisect_left(self.starts, end)])

    def _plural_subject_after(self, subject: Token, end: int) -> bool:
        """Whether a plural noun outside quotation marks is the main subject of a sentence after
        the subject's, before `end` ("Several aides have mentioned ...", "Others sounded ..."); the
        subject of a clause inside ("they found that wages fell") is what is reported."""
        return any(t.tag_ in ("NNS", "NNPS") and t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and
                   t.idx not in self.quoted for t in self.doc[subject.sent.end:end])

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
                 and self.doc[r.token].lower_ not in PERSON_PRONOUNS and not _modifies_a_noun(self.doc[r.token])]
        joined = any(t.lower_ == "and" for t in self.doc[sentence.start:verb])
        if not joined or len({id(e) for e in named}) < 2:
            return None
        if any(t.lower_ == "and" and t.i + 1 < verb and t.nbor().lower_ in OPEN_LIST_ENDS
               for t in self.doc[sentence.start:verb]):
            return None  # "Ann Lee, Tom Hale and other investigators": some of a group, not all of it
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
        """Names named together as the subject of a sentence not far back, else the two firms a
        deal the sentence tells of names ('A.L. Williams Corp. was merged into Primerica Corp.
        ..., the companies said')."""
        return self._bodies_as_subject(before) or self._bodies_of_a_deal(before)

    def _bodies_of_a_deal(self, before: int) -> str | None:
        """'Montedison agreed to buy Erbamont. Montedison owns 72% of Erbamont. The companies
        said': business news names the two parties to a deal, then reports them as "the
        companies": the two organisations named in the sentence of the plural, before it, else in
        the sentence before; none where a sentence names other than two (which two, then?) or a
        person. Names of no known kind ("New York" after a firm's name) are no party."""
        here = self.sentence_of[before]
        for sentence in (here, here - 1):
            named = [r.entity for r in self.references[:bisect_left(self.starts, before)]
                     if r.sentence == sentence and self.doc[r.token].idx not in self.quoted and r.entity.kind]
            distinct = list({id(e): e for e in named}.values())
            # "A.L. Williams Corp. ... Williams shareholders": a short form the grouping kept apart
            distinct = [e for e in distinct if not any(f is not e and set(e.words) < set(f.words) for f in distinct)]
            if distinct:
                two = len(distinct) == 2 and all(e.kind == "org" and e.name for e in distinct)
                return joined_names(distinct) if two else None
        return None

    def _bodies_as_subject(self, before: int) -> str | None:
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

    def _is_two_named_apart(self, m) -> bool:
        """'Mr. Effron and Mr. Pruzan ... Both men said', 'Montedison agreed to buy Erbamont ... The
        companies said': a plural that counts two people or bodies ("both", "two"), or "the" and
        the plural of a firm's noun, which the article may mean by two it named in one sentence
        without joining them as a subject."""
        head = m.head
        if head.tag_ != "NNS" or self._kind_counted(head) is None:
            return False
        return any(t.lower_ in COUNTS_OF_TWO for t in head.lefts) or \
            m.first_word in descriptions.DEFINITE and self._kind_counted(head) == "org"

    def _two_named_apart(self, m) -> str | None:
        """As the description reads where it names someone ("the two leaders"), else the two
        the sentence before named."""
        described = self._described(m) if m.first_word in descriptions.DEFINITE else None
        return described or self._two_named_before(m.head, self._kind_counted(m.head))

    def _kind_counted(self, head: Token) -> str | None:
        """'org' for the plural of a firm's noun ('the companies', 'both banks'; not 'the unions',
        which need not be the bodies named), 'person' for a plural of a noun only people are
        called by ('men', 'candidates', 'executives'), None for anything else."""
        if descriptions.singular(head.lower_) in GENERIC_ORG_NOUNS:
            return "org"
        word = descriptions.singular(head.lower_)
        word = word[:-3] + "man" if word.endswith("men") else word  # 'men', 'businesswomen'
        people = word in MALE_NOUNS or word in FEMALE_NOUNS or word in ANY_PERSON_NOUNS or person_noun(word)
        return "person" if people or descriptions.person_gender(head) is not None else None

    def _is_one_of_two(self, m) -> bool:
        """'the former said', 'the latter said': "the" and a word that points at one of two
        (lexicon/one-of-two.txt), alone as the mention."""
        return m.first_word in descriptions.DEFINITE and m.end - m.start == 2 and m.head.lower_ in ONE_OF_TWO

    def _one_of_two(self, m) -> str | None:
        """'Councillors Ray Dunn and Mia Holt voted against it. ... “...,” the former said': the
        first (or the second) of the two people the last sentence naming people named; nobody
        where it named one or more than two ("the former" alone: "the former mayor" is a role)."""
        named = self._named_two(m.head, "person")
        if len(named) != 2 or not all(e.kind == "person" for e in named):
            return None
        return named[int(ONE_OF_TWO[m.head.lower_]) - 1].name

    def _two_named_before(self, head: Token, kind: str) -> str | None:
        """The two people (or bodies) named outside quotes in the last sentence before `head`'s
        that names any of that kind; nobody where that sentence names one or more than two (a
        third, or a name of no known kind, would make "both" a guess), nor a firm and its part
        ("SpeechWorks, a division of ScanSoft": divisions.txt) that the sentence names as one."""
        named = self._named_two(head, kind)
        return joined_names(named) if len(named) == 2 and all(e.kind == kind and not _a_part(e) for e in named) \
            else None

    def _named_two(self, head: Token, kind: str) -> list[Entity]:
        """Those named outside quotes in the last sentence before `head`'s that names any not of
        the other kind (within DESCRIPTION_REACH), in the text's order."""
        names: dict[int, list[Entity]] = {}
        for ref in reversed(self.references[:bisect_left(self.starts, head.i)]):
            if head.i - ref.token > DESCRIPTION_REACH or len(names) > 1:
                break
            entity = ref.entity
            other = "org" if kind == "person" else "person"
            if ref.token not in self.by_token or self.doc[ref.token].idx in self.quoted or \
                    not entity.name or entity.kind == other:
                continue
            if ref.sentence not in names and names:
                break
            names.setdefault(ref.sentence, [])
            if entity not in names[ref.sentence]:
                names[ref.sentence].insert(0, entity)
        return next(iter(names.values()), [])

    def _is_they_of_people(self, m) -> bool:
        """'they said' after plural people as the last main subject."""
        return m.head.lower_ == "they" and self._continues_people_subject(m.head)

    def _continues_people_subject(self, they: Token) -> bool:
        """'Acme shut the shaft on Monday. By noon, dozens of miners stood at the gate. “Nobody
        told us,” they said': "they" goes on with the plural people that are the last main
        subject before it (in its sentence or the one before, outside quotation marks and the
        words it says), unnamed, not with a body named further back; a name or a pronoun as that
        subject leaves "they" to the steps that read names."""
        said = {tok.i for c in they.head.children if c.dep_ in ("ccomp", "parataxis") for tok in c.subtree}
        start = self.doc[they.i].sent.start
        before = start - 1
        while before > 0 and self.doc[before].is_space:
            before -= 1  # a paragraph's "They" goes on from the last sentence of the one before
        first = self.doc[self.doc[before].sent.start] if before > 0 else None
        if first is not None and not first.tag_ and first.text[:1].isupper() and people_plural(first.lower_) \
                and first.lower_.endswith("s") and not any(t.dep_ for t in self.doc[first.i:start]):
            return True  # "Experts ... have forecast storms. ¶ They predicted ...": an untagged sentence
            # (saidwhen.parsing.selection parses only those that may hold a quote) opened by plural people
        for tok in reversed(self.doc[self.doc[before].sent.start if before > 0 else start:they.i]):
            if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT" or tok.idx in self.quoted or tok.i in said:
                continue
            noun = plural_of_quantity(tok)
            # A name before the noun makes the people a body's ("Acme miners"); one in a phrase
            # after it says what they do ("Experts studying the seas off Scotland") and does not.
            if noun.tag_ not in ("NNS", "NNPS") or any(t.i in self.by_token for t in self.doc[tok.left_edge.i:noun.i + 1]) or \
                    descriptions.is_company_plural(noun) or noun.lower_ in ORG_NOUNS:
                return False
            return people_plural(noun.lower_)
        return False

    def _continues_unnamed_group(self, before: int) -> bool:
        """Whether the speaker just before is a plural noun ("traders", "officials"), which
        "they" goes on with, whatever organisation the words in between named."""
        previous = [h for h in self.speaker_heads if h < before and before - h <= GROUP_REACH]
        if not previous:
            return False
        tok = self.doc[max(previous)]
        return tok.tag_ == "NNS" and self._companies_called_together(tok) is None

    def _companies_going_on(self, before: int) -> str | None:
        """'Acme and Brill said ... The companies said ... They said': "they" goes on with the
        firms the speaker just before called together, as "the companies" named them."""
        previous = [h for h in self.speaker_heads if h < before and before - h <= GROUP_REACH]
        return self._companies_called_together(self.doc[max(previous)]) if previous else None

    def _companies_called_together(self, tok: Token) -> str | None:
        """The firms a plural like "the companies" names, where it names firms named together."""
        if self.doc[tok.left_edge.i].lower_ not in ("the", "both") or not descriptions.is_company_plural(tok):
            return None
        return self._bodies_named_together(tok.i)


def plural_of_quantity(tok: Token) -> Token:
    """'dozens of miners', 'several of those donors': the plural of people that the subject's
    "of" counts, where the subject itself is none (the parser makes the quantity the subject);
    else the subject itself ('residents of the street')."""
    if tok.tag_ in ("NNS", "NNPS") and people_plural(tok.lower_):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.tag_ in ("NNS", "NNPS") else tok


def people_plural(word: str) -> bool:
    """A plural only people are called by: the word lists' ('parents', 'residents'), or a noun
    of an agent ending ('donors', 'miners')."""
    singular = descriptions.singular(word)
    return word in UNNAMED_PEOPLE or word in PEOPLE_NOUNS or singular in PEOPLE_NOUNS or person_noun(word) or \
        person_noun(singular)


def _modifies_a_noun(tok: Token) -> bool:
    """'the agent in charge of the Rochester office': a name written before a common noun, as a
    modifier, is no one named among people ("Rochester" is a place here)."""
    return tok.dep_ == "compound" and tok.head.tag_ in ("NN", "NNS")


def _inside_marks(tok: Token) -> bool:
    """Whether the token stands inside quotation marks opened in its paragraph (read from the
    marks, not from the quotes found: a quotation with no cue of its own is no quote)."""
    text = text_of(tok.doc)
    before = text[text.rfind("\n\n", 0, tok.idx) + 1:tok.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _subject_over(tok: Token) -> Token | None:
    """The subject a name stands in (itself, or the noun it is a conjunct of or in apposition
    to), None where the name is no part of a subject."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ in SUBJECT_DEPS else None


def _holds(entity: Entity, role: str) -> bool:
    """Whether the article gave `entity` this role ('prosecutor Ann Lee', 'Ann Lee, an official')."""
    return any(role in m.roles or role in m.title.split() for m in entity.mentions)


def _a_part(entity: Entity) -> bool:
    """Whether the article calls the body a division, an arm or a subsidiary (divisions.txt)."""
    return any(role in DIVISIONS for m in entity.mentions for role in m.roles)
