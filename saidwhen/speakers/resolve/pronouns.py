"""Steps that read a pronoun: "she" and "he" as the person they refer to, "it" and "they" as
the people or the organisation just named, or as nobody ("it is thought")."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from ...lexicon import GROUP_PRONOUNS, INTRODUCING_VERBS, PERSON_PRONOUNS, SPEAKING_FOR, TRANSCRIPT_LABELS
from .. import descriptions
from ..descriptions import DEFINITE
from ..entities import Entity
from ..names import in_dateline
from ..salience import INDEFINITE, SUBJECT_DEPS, _is_person
from ..ties import called_before
from ...parsing.texts import text_of
from ...parsing.words import columns
from .grammar import a_question, possessed

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Span, Token

    from . import SpeakerMention

# A question-and-answer interview's paragraphs open with their labels: "Q:" or "Q." (or a "Q"
# glued to the question, "QWhat ..."), and "A:" or "A." for the answer.
_QUESTION_LABEL = re.compile(r"(?m)^[ \t]*[\"“]?(?:Q[:.][ \t]|Q(?=[A-Z][a-z]))")
_ANSWER_LABEL = re.compile(r"(?m)^[ \t]*[\"“]?A[:.][ \t]")
LABELS_AT_LEAST = 2  # of each: one "A." opening a paragraph may be a name's initial
# A printed interview's turn opens its paragraph with the speaker's name and a colon, as
# "Ann Lee: I think we will win." (a name of four words at most).
_TURN_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]")


class Pronouns:
    """The steps of Resolver that read pronouns (mixed into it: `self` is the Resolver)."""

    def _is_person_pronoun(self, m: SpeakerMention) -> bool:
        """'she said', 'he told reporters'."""
        return m.head.lower_ in PERSON_PRONOUNS

    def _pronoun(self, m: SpeakerMention) -> str | None:
        """Whom the pronoun was read to refer to, unless that person was lately named only in
        this quote ("Trump is wrong, he said"): then the most salient person outside it."""
        relative = self._relative_cue_subject(m.head)
        if relative is not None:
            return relative.name if isinstance(relative, Entity) else None
        if self._unnamed_subject_before(m.head, m.content[0]) and self._asked_before(m.head) is None:
            return None
        entity = self._asked_before(m.head) or self._described_subject_before(m.head, m.content[0]) or \
            self.pronoun_entity.get(m.head.i)
        if entity is None or self._only_inside(entity, m.head.i, m.content):
            entity = self._salient(m.head.i, PERSON_PRONOUNS[m.head.lower_], outside=m.content) or \
                self._introduced_as_subject(m.content, PERSON_PRONOUNS[m.head.lower_])
        if entity is not None and not self._third_person_inside(m.head, m.content):
            entity = self._introduced_by(entity, m.head) or entity
        if entity is not None and self._named_in_report(entity, m):
            entity = self._salient(m.head.i, PERSON_PRONOUNS[m.head.lower_], outside=m.content, references=[
                r for r in self.references[:bisect_left(self.starts, m.head.i)] if r.entity is not entity]) or entity
        return entity.name if entity else None

    def _named_in_report(self, entity: Entity, m: SpeakerMention) -> bool:
        """'He insisted he still trusted Mr Blair': words reported after the speaking pronoun
        that name a person are about that person, whom a reporter would have written "he"
        had he spoken; the pronoun is someone else's, the most salient other of its gender. A name
        in a relative clause the words run into ("… the Founding Father who Beck idolizes") is
        the narrator's, whose "he" it may well be."""
        spans = self._reported_by_its_verb(m)
        if m.content[0] > m.head.i:
            spans.append((m.content[0], m.content[1]))
        return any(r.entity is entity and self.doc[r.token].tag_ in ("NNP", "NNPS") and not _in_relative(self.doc[r.token])
                   for start, end in spans
                   for r in self.references[bisect_left(self.starts, start):bisect_left(self.starts, end)])

    def _reported_by_its_verb(self, m: SpeakerMention) -> list[tuple[int, int]]:
        """'He said Mr Hale had spoken with "warmth", adding: "..."': the clause that the pronoun's
        own verb reports, between the pronoun and the quote a later cue of the sentence gives
        it, is that speaker's report too."""
        verb = m.head.head
        if m.head.dep_ not in SUBJECT_DEPS or verb.i == m.head.i:
            return []
        # the parser may hang the later cue ("adding") on the reported clause: it ends at the quote
        return [(c.left_edge.i, min(c.right_edge.i + 1, m.content[0])) for c in verb.children
                if c.dep_ == "ccomp" and m.head.i < c.left_edge.i < m.content[0]]

    def _relative_cue_subject(self, pronoun: Token) -> Entity | bool | None:
        """'The senator attacked Ann Rowe, who he claims has treated him unfairly': a he or she
        as the subject of a cue in a relative clause on a verb's object is that verb's subject,
        not the one who spoke last: its entity where it is a name or a pronoun read as one of
        the pronoun's gender, the holder of a description the article tied to someone, else
        False (someone left unnamed); None where the grammar is not this one."""
        verb = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "relcl":
            return None
        antecedent = verb.head
        while antecedent.dep_ == "appos" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head  # "attacked the host, Ann Rowe, who he says ..."
        governing = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent.head
        if antecedent.dep_ not in ("dobj", "pobj") or not governing.tag_.startswith("VB") or governing.i > pronoun.i:
            return None  # "was aimed at co-moderator Ann Rowe, who he claims ...": a preposition's object too
        subject = next((c for c in governing.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.idx in self.quoted:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and descriptions.person_gender(subject) is None:
            subject = owner  # "Hale's quarrel with the network was aimed at ...": his
        gender = PERSON_PRONOUNS[pronoun.lower_]
        if subject.lower_ in PERSON_PRONOUNS:
            return self.pronoun_entity.get(subject.i) if PERSON_PRONOUNS[subject.lower_] == gender else None
        named = self._named(subject)
        if named is not None:
            return named if named.kind != "org" and named.gender in (gender, "") else None
        if subject.tag_ != "NN" or descriptions.person_gender(subject) not in ("", gender):
            return None
        return self._holder(descriptions.word_of(subject), subject) or False

    def _introduced_as_subject(self, content: tuple[int, int], gender: str) -> Entity | None:
        """'Veteran pilot Ann Lee is leaving for Canada, she said Saturday': a wire's lead that
        introduces someone by full name as the subject of the words it reports, nobody of the
        pronoun's gender named before them, is that person's ("Trump is wrong, he said" names the
        one spoken about, whom the text named before)."""
        for ref in self.references[:bisect_left(self.starts, content[1])]:
            if ref.token >= content[0] and not in_dateline(columns(self.doc), ref.token):  # 'SOFIA, Bulgaria (AP)_'
                tok = self.doc[ref.token]
                if tok.dep_ in SUBJECT_DEPS and len(ref.entity.words) > 1 and _is_person(ref.entity, gender) \
                        and all(r.token >= content[0] for r in self.references if r.entity is ref.entity):
                    return ref.entity
                return None
        return None

    def _is_answer_i(self, m: SpeakerMention) -> bool:
        """'A: I think we will win.': the "I" of an answer in a question-and-answer interview,
        outside any quotation inside it (an "I" quoted there is someone else's)."""
        if m.head.lower_ != "i" or m.head.idx in self.quoted:
            return False
        answers = self._answers
        k = bisect_right(answers, (m.head.idx, float("inf"))) - 1
        return k >= 0 and m.head.idx < answers[k][1]

    def _is_question_you(self, m: SpeakerMention) -> bool:
        """'Q: You said last week the budget was tight. ¶ A: Yes.': the "you" of a question in a
        question-and-answer interview, outside any quotation inside it, is the one interviewed,
        whom the interviewer addresses (the question runs from its "Q:" to the next answer)."""
        if m.head.lower_ != "you" or m.head.idx in self.quoted or not self._answers:
            return False
        text = text_of(self.doc)
        question = max((q.start() for q in _QUESTION_LABEL.finditer(text, 0, m.head.idx + 1)), default=None)
        if question is None:
            return False
        answered = bisect_right(self._answers, (question, float("inf")))
        return answered >= len(self._answers) or m.head.idx < self._answers[answered][0]

    def _is_turn_i(self, m: SpeakerMention) -> bool:
        """'Ann Lee: I think we will win.': the "I" of a turn of a printed interview (turns of
        two speakers at least, two of each label's kind at least), outside any quotation inside
        it, where the turn's label is a person the article names, in full. A turn runs from its
        label to the next one, over the paragraphs of a long answer."""
        if m.head.lower_ != "i" or m.head.idx in self.quoted or not self._turns[0]:
            return False
        return self._turn_person(m.head.idx) is not None

    def _turn_speaker(self, m: SpeakerMention) -> str | None:
        return self._turn_person(m.head.idx).name

    def _turn_person(self, at: int) -> Entity | None:
        """The person a turn's label names in full ("Ann Lee:"); a lone word ("Bill:", "Note:")
        may open a script's line or a note as well, and names no one here."""
        starts, labels = self._turns
        k = bisect_right(starts, at) - 1
        words = labels[k].split() if k >= 0 else []
        entity = self.by_word.get(words[-1]) if len(words) > 1 else None
        return entity if entity is not None and entity.kind == "person" else None

    @cached_property
    def _turns(self) -> tuple[list[int], list[str]]:
        """Where each turn of a printed interview starts, and its label ("Ann Lee"), in an
        article that lays out two turns of two labels at least; else none. "Q:" and "A:" are
        read as such (`_answers`)."""
        turns = [(t.start(), t.group(1)) for t in _TURN_LABEL.finditer(text_of(self.doc))
                 if t.group(1) not in TRANSCRIPT_LABELS]
        if len({label for _, label in turns}) < LABELS_AT_LEAST or len(turns) < 2 * LABELS_AT_LEAST:
            return [], []
        return [start for start, _ in turns], [label for _, label in turns]

    def _interviewee(self, m: SpeakerMention) -> str | None:
        """The one interviewed: the person the introduction above the first question names most
        often (first named on a tie), as "Q&A with Ann Lee. ¶ Ann Lee spoke with Tom Reed ..."."""
        first = self._answers[0][0] if self._answers else 0
        question = _QUESTION_LABEL.search(text_of(self.doc))
        first = min(first, question.start()) if question else first
        counts: dict[str, tuple[int, int]] = {}
        for e in self.entities:
            n = sum(self.doc[x.start].idx < first for x in e.mentions)
            if e.kind == "person" and n:
                counts[e.name] = (n, -e.mentions[0].start)
        return max(counts, key=counts.__getitem__) if counts else None

    @cached_property
    def _answers(self) -> list[tuple[int, float]]:
        """The character spans of the answers, each from its "A:" to the next question, in an
        article that lays out two questions and two answers at least; else none."""
        text = text_of(self.doc)
        questions = [q.start() for q in _QUESTION_LABEL.finditer(text)]
        answers = [a.start() for a in _ANSWER_LABEL.finditer(text)]
        if len(questions) < LABELS_AT_LEAST or len(answers) < LABELS_AT_LEAST:
            return []
        return [(a, next((q for q in questions if q > a), float("inf"))) for a in answers]

    def _asked_before(self, pronoun: Token) -> Entity | None:
        """'A reporter asked Sanders how he was feeling. He replied: “...”': the one asked in
        the sentence just before answers, not the one who asked (conventions.md: the
        interviewer is not the speaker). Only a person of the pronoun's gender, or of none shown."""
        if pronoun.sent.start == 0 or pronoun.dep_ not in SUBJECT_DEPS:
            return None
        gender = PERSON_PRONOUNS[pronoun.lower_]
        before = self._told_before(pronoun.sent)
        for verb in before:
            # The main verb: in "what got to her, she said, was a question when a man asked
            # Clinton why ...", the one asked is spoken about.
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if verb.lower_ not in ("ask", "asks", "asked", "asking") or not verb.tag_.startswith("VB") or \
                    not main or not a_question(verb):
                continue
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
                named = self._named(obj)
                if named is not None and named.kind == "person" and named.gender in (gender, "") and \
                        obj.idx not in self.quoted:
                    return named
        return None

    def _told_before(self, sentence: Span) -> Span:
        """The story's sentence before `sentence`: the answer's own sentences are passed over
        ('... asked Sanders whether his age was fair game. “Sure it is. I feel fine,” he said':
        the sentence before the last is still the answer's)."""
        before = self.doc[sentence.start - 1].sent
        while before.start > 0 and self._opens_quoted(before):
            before = self.doc[before.start - 1].sent
        return before

    def _opens_quoted(self, sentence: Span) -> bool:
        """Whether a sentence's first word is inside quotation marks."""
        word = next((t for t in sentence if not t.is_punct), None)
        return word is not None and word.idx in self.quoted

    def _described_subject_before(self, pronoun: Token, opening: int | None = None) -> Entity | None:
        """'Prime Minister Tony Blair ... Liam Fox said ... The prime minister ratcheted up the
        campaign. He insisted ...': where the subject just before the pronoun is a description
        the article tied to a person of its gender, the pronoun goes on with that person (the
        reading in salience.py counts names and pronouns, not descriptions)."""
        tok = self._subject_before(pronoun, opening)
        if tok is None or tok.left_edge.lower_ not in DEFINITE or descriptions.person_gender(tok) is None:
            return None
        # An office the article gave nobody by name, read as someone for a quote before ('But
        # the treasurer said ... He said ...'), goes on as that person too.
        held = self._holder(descriptions.word_of(tok), tok) or self._office_read_before(tok)
        fits = held is not None and held.kind == "person" and \
            held.gender in (PERSON_PRONOUNS[pronoun.lower_], "")
        return held if fits else None

    def _unnamed_subject_before(self, pronoun: Token, opening: int | None = None) -> bool:
        """'Senator Tom Hale said ... The senator's campaign manager said the count was wrong.
        He told the AP ...': where the subject just before the pronoun is a person of its gender
        whom the article leaves unnamed (someone's aide, conventions.md, or "a campaign
        manager"), the pronoun goes on with that person, unnamed too, not with the name
        before."""
        tok = self._subject_before(pronoun, opening)
        gender = descriptions.person_gender(tok) if tok is not None and tok.tag_ == "NN" else None
        if gender not in ("", PERSON_PRONOUNS[pronoun.lower_]):
            return False
        if self._holder(descriptions.word_of(tok), tok) is not None or \
                any(t.i in self.by_token for t in tok.subtree):
            return False  # "Bloomberg's pollster, Douglas Schoen, says": named in apposition
        if any(called_before(self.doc, i) for i in range(tok.sent.start, tok.sent.end) if self.name_start(i) == i):
            return False  # "The woman ... identified herself as a resident named Caroline": named
        if tok.left_edge.lower_ in INDEFINITE:
            return True
        if possessed(tok) and tok.lower_ in SPEAKING_FOR and self._called(tok) is None:
            return True  # "the prime minister's official spokesman": the owner's, unnamed
        # "the senator's campaign manager": unnamed where the description itself is read so
        return possessed(tok) and self._possessed(tok, tok.left_edge.i, tok.i + 1) is None and \
            self._description(tok, tok.i + 1, (tok.idx, tok.idx)) is None

    def _subject_before(self, pronoun: Token, opening: int | None = None) -> Token | None:
        """The head of the last description that is a main subject in the pronoun's sentence
        before it or in the sentence before; None where a name or pronoun is (the reading in
        salience.py decides). A quote of several sentences before the pronoun, opening at token
        `opening`, is passed over to the sentence before it ('The 61-year-old said ... "I can't.
        But I will," she said')."""
        # The words are read by index from the columns, back from the pronoun: a Token is made
        # only for a subject, not for each word of two sentences.
        t = columns(self.doc)
        start = t.sentence_start(pronoun.i)
        if opening is not None and opening < start:
            start = t.sentence_start(opening)
        if pronoun.dep_ not in SUBJECT_DEPS or start == 0:
            return None
        for i in range(pronoun.i - 1, t.sentence_start(start - 1) - 1, -1):
            if t.dep[i] not in SUBJECT_DEPS:
                continue
            tok = self.doc[i]
            if tok.idx in self.quoted or not (tok.head.dep_ in ("ROOT", "conj") or tok.head.head.i == tok.head.i):
                continue
            if tok.i in self.by_token or tok.lower_ in PERSON_PRONOUNS or tok.tag_ in ("NNP", "NNPS"):
                return None  # a name or a pronoun: the reading decides
            if any(c.dep_ == "appos" and c.i in self.by_token for c in tok.children):
                return None  # "the Estonian trade minister, Mart Kask, said": the name, as above
            return tok
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
        """'Mr. Grassley and Mr. Leahy ... they wrote': the people just named together, or named
        together as a subject further back, else ('Acme ... it said') the organisation that was
        just the subject."""
        if m.head.lower_ != "they":
            return self._nearby_org(m.head.i, m.content)
        return self._companies_going_on(m.head.i) or self._nearby_pair(m.head.i) or \
            self._people_subject_before(m.head.i) or self._nearby_org(m.head.i)


def _in_relative(name: Token) -> bool:
    """Whether a name is the narrator's or the speaker's own: the subject of a relative clause
    ('the hero who Beck admires'), or an owner ('He notes … an issue with Trump's microphone':
    a wire writes the speaker's name where "his" could be read as another's)."""
    if name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "relcl":
        return True
    return name.i + 1 < len(name.doc) and name.doc[name.i + 1].tag_ == "POS"
