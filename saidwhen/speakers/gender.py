"""Who a speaker is, as the article writes it: a person or an organisation, and a person's gender.

A person's gender is what the article itself says of them: a pronoun that refers to them
("she said", "his lawyer"), an honorific before their name ("Mrs", "Sir"), or a gendered noun
it ties to them ("the actress", "her mother, Ann Moreau", "a spokeswoman"). A pronoun refers
to them where the speaker stage reads it so: the mention of one of their quotes ("she said"),
the first he, she or possessive after their name as subject ("Ruiz said ... She added"), a
possessive in a phrase before it ("In her speech, Ruiz ...", "Asked about her plans, Ruiz ..."),
a reflexive ("Ruiz found herself ..."), or one resolved to them with no one else named since,
however far on, or that the learned ranker is sure of; a noun may also be said of the name
("Ruiz, 34, a mother of two", "Ruiz, who is now chairwoman of ...", "The chairwoman of the
trust, Ana Ruiz, said"). A name that is also a noun ("King said") is no noun. Never a given
name: the given-names list of the speaker stage may help choose whom a pronoun refers to,
but only the pronoun says the gender. Where the article says both, the side it says more
(an honorific or a noun counts as much as three pronouns) wins; a tie is `unknown`. Joint
speakers ("Ann Moreau and Omar Haddad") are `unknown` as a pair. Organisations, documents
and speakers of no plain kind have no gender (None).
"""
from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from ..parsing.marks import CLOSING_MARK_TOKENS as QUOTE_MARKS, POSSESSIVE_S
from ..parsing.positions import ParsedQuote, ParsedSpeaker
from ..parsing.texts import text_of
from ..quotes.attribution import SUBJECT_DEPS
from ..parsing.words import columns, positions
from . import coref, descriptions
from .names import party_members
from .kinds import is_capital
from ..lexicon import (DEMONYMS, FEMALE_HONORIFICS, FEMALE_NOUNS, MALE_HONORIFICS, MALE_NOUNS, MONTHS_AND_DAYS,
                       ORG_NOUNS, PEOPLE_NOUNS, PERSON_PRONOUNS, UNNAMED_PEOPLE)
from ..lexicon import COPULAS, FIRM_ROLES, STANDING_ADVERBS, DESCRIPTION_OPENERS, OPENING_CONJUNCTIONS
from ..lexicon import COMPANY_EPITHETS, GENERIC_ORG_NOUNS
from ..lexicon import (REFLEXIVES, PERSON_RELATIVE_PRONOUNS as RELATIVE_PRONOUNS, LEADING_PREPOSITIONS,
                       BEFORE_AFTER as TIME_PREPOSITIONS, DESCRIPTION_DETERMINERS, DESCRIPTION_ENDS,
                       ING_NOUNS, NOT_AFTER_POSSESSIVE)
from ..lexicon import GIVEN_NAMES
from ..lexicon import FAMILY_NOUNS, ROLE_NOUNS, TITLES
from .lexicon import person_noun

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

    from .entities import Entity
    from .resolve import Resolver

PERSON, ORGANISATION = "person", "organisation"
FEMALE, MALE, UNKNOWN = "female", "male", "unknown"

# Honorifics written before a name that say the person's gender. Titles of office
# ("Dr", "Senator", "Bishop") say nothing of it.
HONORIFICS = {FEMALE: FEMALE_HONORIFICS, MALE: MALE_HONORIFICS}
# Nouns an article ties to a person ("the actress", "her son, Luc", "a spokeswoman for the
# ministry") that say their gender. Nouns that news writes of either ("actor", "chairperson",
# "host", "batsman" in older sports pages) are left out.
GENDERED_NOUNS = {FEMALE: FEMALE_NOUNS, MALE: MALE_NOUNS}
GENDER_OF_WORD = {w: g for table in (HONORIFICS, GENDERED_NOUNS) for g, words in table.items() for w in words}
GENDER_OF_NOUN = {w: g for g, words in GENDERED_NOUNS.items() for w in words}
PRONOUN_GENDER = {**{word: FEMALE if g == "f" else MALE for word, g in PERSON_PRONOUNS.items()},
                  "himself": MALE, "herself": FEMALE}
# An honorific or a noun is said of the person on purpose; a pronoun may be resolved wrong,
# less so the one that follows the person as subject before anyone else is named.
WORD_WEIGHT, FOLLOWING_WEIGHT, PRONOUN_WEIGHT = 3, 2, 1
# How sure the learned ranker must be of a pronoun's referent where no name of it is near.
SURE = 0.8
# The tags of the words that may describe a subject between a leading phrase and its name
# ("Asked about her plans, the city's fire chief, Morgan Reyes, said ...").
DESCRIBING_TAGS = {"DT", "NN", "NNS", "NNP", "NNPS", "JJ", "POS", ",", "HYPH"}
# How many words may stand before the noun of a description said of a name ("the centre's new chairwoman").
DESCRIPTION_WORDS = 5
JOINED = (" and ", ", ")
# How many words a description set before a name may run to ('..., said the party's chairman, Ian Reeve').
PHRASE_BEFORE = 10
# The verbs after a name that say what the person is ('Kaur is a grandmother', 'Lee became the
# first woman to ...', 'Ruiz, who remains chairwoman'); not "'s", which after a name is its possessive.
PREDICATE_VERBS = COPULAS - POSSESSIVE_S


def identify(doc: Doc, resolver: Resolver, quotes: list[ParsedQuote]) -> list[ParsedQuote]:
    """The quotes with each speaker's kind and gender as the article writes them."""
    said = _Said(doc, resolver)
    for quote in quotes:
        said.note_mention(quote.speaker)
    out: list[ParsedQuote] = []
    for q in quotes:
        speaker = said.identified(q.speaker) if q.speaker else None
        if speaker is not None and speaker.mention is None and speaker.kind is None and out:
            speaker = _as_continued(out[-1].speaker, speaker)
        out.append(replace(q, speaker=speaker) if speaker is not None else q)
    return out


def _as_continued(before: ParsedSpeaker | None, speaker: ParsedSpeaker) -> ParsedSpeaker:
    """'“This should be fun,” Hale said. “I have had a great year.”': a follow-on quote, with no
    mention of its own, is of the kind and gender of the quote it goes on from, where it has
    that quote's name (or, as the follow-on of an unnamed 'spokeswoman', none) and nothing else
    tells its kind."""
    if before is None or before.name != speaker.name or before.kind is None:
        return speaker
    return replace(speaker, kind=before.kind, gender=before.gender)


class _Said:
    """What one article says of its entities' gender: honorifics and tied nouns on their
    names, the pronouns resolved to them, and the speaker mentions that describe them."""

    def __init__(self, doc: Doc, resolver: Resolver):
        self.doc = doc
        self.text = text_of(doc)
        self.resolver = resolver
        self.by_name: dict[str, Entity] = {}
        for entity in sorted(resolver.entities, key=lambda e: len(e.mentions)):
            self.by_name[entity.name] = entity  # of two entities of one name, the one named most
        self.speaks_as_body: set[int] = set()  # entities whose quotes "it" or "the report" says
        # entity id -> token -> (gender, weight): one vote per word of the text, however often read
        self.votes: dict[int, dict] = defaultdict(dict)
        # entity id -> its kind and gender, read once every speaker mention is noted (`identify`)
        self.of_entities: dict[int, tuple[str | None, str | None] | None] = {}
        self._note_names()
        self._note_resolved_pronouns()
        # The later reading wins a pronoun two give: 'Ortiz handed out the prizes. After
        # receiving his award, Lind said': the leading phrase's, not the one after Ortiz.
        subjects = list(self._named_subjects())
        following = [(entity, self._following_pronoun(end)) for end, entity in subjects]
        leading = [(entity, self._leading_possessive(end)) for end, entity in subjects]
        for entity, token in [*following, *leading, *self._reflexives()]:
            if token is not None:
                self._claim(entity, token)

    def _claim(self, entity: Entity, token: int) -> None:
        """A pronoun the grammar ties to `entity` ('Lund said her ...', 'Lund found herself')
        is theirs alone: where the resolver read it as someone else's, that reading goes,
        when `entity` is known for a person ('Sen. Mitch McConnell (R-Ky.) said that he':
        the party and state are no one to take "he" from him)."""
        if entity.kind == "person":
            for other, votes in self.votes.items():
                if other != id(entity):
                    votes.pop(token, None)
        self.votes[id(entity)][token] = (PRONOUN_GENDER[self.doc[token].lower_], FOLLOWING_WEIGHT)

    def _reflexives(self):
        """'Harmon found himself defending the budget', 'Quill describes herself as ...': a
        reflexive is its own clause's subject's, when that subject is a name."""
        t = columns(self.doc)
        for i in positions(self.doc, "LOWER", REFLEXIVES):
            if t.idx[i] in self.resolver.quoted or _inside_quote_marks(self.text, t.idx[i]):
                continue
            subject = _clause_subject(self.doc[i]) if t.dep[i] else self._opening_name(i)
            hit = self.resolver.by_token.get(subject.i) if subject is not None else None
            if hit is not None and hit[0].kind != "org":
                yield hit[0], i

    def _opening_name(self, i: int) -> Token | None:
        """In a sentence left unparsed, the name that opens it, when no other name and no
        pronoun stands between it and token `i`: its subject, read from the words."""
        t, by_token = columns(self.doc), self.resolver.by_token
        start = i
        while start > 0 and not t.sent_start[start]:
            start -= 1
        first = next((j for j in range(start, i) if j in by_token), None)
        if first is None or not _opens_sentence(t, first):
            return None
        rest = range(by_token[first][1].end, i)
        if any(j in by_token or t.lower[j] in PRONOUN_GENDER for j in rest):
            return None
        return self.doc[first]

    def _note_names(self) -> None:
        """'Mrs. Ortiz', 'actress Noor Vance', 'her son, Elio Marsh': honorifics and tied nouns;
        'Ari Lemieux, 34, a father of two', 'Kaur is a grandmother': a noun said of the name;
        'brothers Joe and Eli Marsh': a plural noun that leads into a list of names."""
        t = columns(self.doc)
        for entity in self.resolver.entities:
            for m in entity.mentions:
                for word in [*m.title.split(), *m.roles]:
                    if word in GENDER_OF_WORD:
                        self.votes[id(entity)][(m.start, word)] = (GENDER_OF_WORD[word], WORD_WEIGHT)
                if t.idx[m.start] in self.resolver.quoted:
                    continue
                noun = _noun_said_of(t, m.end)
                noun = noun if noun is not None else _noun_set_before(t, _title_start(t, m))
                # a person's only: "Malibu, California, a spokesman for ..." describes no place
                if noun is not None and entity.kind == "person":
                    self.votes[id(entity)][noun] = (GENDER_OF_WORD[t.lower[noun]], WORD_WEIGHT)
                plural = _plural_noun_before(t, m.start) if noun is None and entity.kind != "org" else None
                if plural is not None:  # names in a list led by "brothers" are people, whatever else is known
                    self.votes[id(entity)][plural] = (GENDER_OF_NOUN[_singular(t.lower[plural])], WORD_WEIGHT)

    def _note_resolved_pronouns(self) -> None:
        """The resolver's pronouns outside quotation marks, where a name of their referent stands
        in the same sentence or the one before, or, further on, where the pronoun is a subject or
        a possessive and its referent is the last person named before it: one far from its name
        with someone else named since was resolved by salience alone."""
        named_in = self._sentences_named()
        sentence_of = self.resolver.sentence_of
        t, last_named = columns(self.doc), self._last_named()
        for token, entity in self.resolver.pronoun_entity.items():
            if entity is None or _inside_quote_marks(self.text, self.doc[token].idx) or _owned_by_noun(t, token):
                continue
            subject = self._subject_after_an_opening_phrase(token)
            if subject is not None:
                entity = subject  # 'At his sugar shack ..., Jean D'Amours said': the subject's
            named = named_in.get(id(entity), set())
            near = {sentence_of[token], sentence_of[token] - 1} & named
            if near and sentence_of[token] not in named and _new_subject_before(t, token):
                continue  # 'said Wallis. Officials threatened ... the boy's parole if his ...'
            if self._someone_elses_subject(token, entity) or \
                    sentence_of[token] not in named and self._someone_else_named_last(token, entity):
                continue
            if near or last_named.get(token) is entity and _subject_or_possessive(t, token) \
                    or self._surely_resolved(token, entity):
                self.votes[id(entity)][token] = (PRONOUN_GENDER[self.doc[token].lower_], PRONOUN_WEIGHT)

    def _subject_after_an_opening_phrase(self, token: int) -> Entity | None:
        """'At his sugar shack near Saint-Georges, Jean-François D'Amours said he tapped ...': a
        possessive inside a phrase opening the sentence, before its first comma, is the person
        named as the sentence's subject after that comma, whoever was named in sentences before;
        not where the phrase names someone before it ("In one exchange between Clinton and her
        chief of staff Cheryl Mills, Mills forwards ...")."""
        doc = self.doc
        pronoun = doc[token]
        if pronoun.tag_ != "PRP$" or pronoun.sent.start == token:
            return None
        sentence = pronoun.sent
        opener = doc[sentence.start]
        if opener.tag_ != "IN" or not any(a.i == opener.i for a in pronoun.ancestors):
            return None
        if any(self._names_a_person(i) for i in range(sentence.start, token)):
            return None  # "In one exchange between Clinton and her chief of staff, ...": Clinton's
        comma = next((t.i for t in doc[token:sentence.end] if t.text == ","), None)
        if comma is None:
            return None
        for i in range(comma + 1, sentence.end):
            hit = self.resolver.by_token.get(i)
            if hit is not None and hit[0].kind == "person" and doc[hit[1].end - 1].dep_ in SUBJECT_DEPS:
                return hit[0]
        return None

    def _names_a_person(self, i: int) -> bool:
        hit = self.resolver.by_token.get(i)
        return hit is not None and hit[0].kind == "person"

    def _someone_elses_subject(self, token: int, entity: Entity) -> bool:
        """'She also read his drafts, Ostrova says, and she ...': a he or she that the same word
        as subject, read as someone else's, opened the sentence before: it goes on with that
        subject, whomever the name set in between the resolver took it for."""
        t, sentence_of = columns(self.doc), self.resolver.sentence_of
        word = t.lower[token]
        for j in range(token - 1, -1, -1):
            if sentence_of[j] != sentence_of[token]:
                return False
            if t.lower[j] == word and t.dep[j] in SUBJECT_DEPS:
                other = self.resolver.pronoun_entity.get(j)
                return other is not None and other is not entity
        return False

    def _someone_else_named_last(self, token: int, entity: Entity) -> bool:
        """'Reyes said. There was pressure on Lund to run earlier than she did': where the last
        name before a pronoun in its sentence is another person's, the pronoun is as likely
        theirs, whomever the resolver chose from a sentence before, and says nothing sure of
        the gender of the one it chose. (The caller asks only where the chosen one is not named
        in the pronoun's sentence: 'Bush said that since Manning backed him, he ...'.)"""
        sentence_of = self.resolver.sentence_of
        j = token - 1
        while j >= 0 and sentence_of[j] == sentence_of[token]:
            hit = self.resolver.by_token.get(j)
            if hit is not None and hit[0] is entity:
                return False
            if hit is not None and hit[0].kind == "person":
                return True
            j -= 1
        return False

    def _surely_resolved(self, token: int, entity: Entity) -> bool:
        """A pronoun far from any name of its referent, where the learned ranker is sure of it:
        a wrong choice among people of one gender still says the right gender, and the
        ranker is seldom this sure where a person of the other may be meant."""
        model = coref.ranker() if coref.IN_USE else None
        if model is None:
            return False
        gender = PERSON_PRONOUNS[self.doc[token].lower_]
        # the rules' own choice, as the resolver read it, is one of the ranker's features
        rule = self.resolver._salient(token, gender)
        scores = [(c.entity, model.score(c)) for c in coref.candidates(self.resolver, token, gender, rule)]
        top = max(score for _, score in scores)
        total = sum(math.exp(score - top) for _, score in scores)
        chosen = next((score for e, score in scores if e is entity), None)
        return chosen is not None and math.exp(chosen - top) / total >= SURE

    def _last_named(self) -> dict[int, Entity]:
        """For each pronoun the resolver read, the last entity not an organisation named before
        it: 'Ruiz ... (paragraphs on) ... she said' where no one else was named since."""
        names = sorted((i, hit[0]) for i, hit in self.resolver.by_token.items() if hit[0].kind != "org")
        last, j, out = None, 0, {}
        for token in sorted(self.resolver.pronoun_entity):
            while j < len(names) and names[j][0] < token:
                last = names[j][1]
                j += 1
            if last is not None:
                out[token] = last
        return out

    def _sentences_named(self) -> dict[int, set[int]]:
        """The sentences where each entity is named outside quotations."""
        t, named = columns(self.doc), defaultdict(set)
        for i, text in enumerate(t.text):
            if not text[:1].isupper() or t.idx[i] in self.resolver.quoted:
                continue
            hit = self.resolver.by_token.get(i)
            entity = hit[0] if hit is not None else self.resolver.by_word.get(text)
            if entity is not None:
                named[id(entity)].add(self.resolver.sentence_of[i])
        return named

    def _named_subjects(self):
        """(end, entity) of each name that is a subject, also where the tagger took a name
        written again for a common noun ('Rathbun requested ...')."""
        t = columns(self.doc)
        for i, dep in enumerate(t.dep):
            if not t.text[i][:1].isupper() or not (dep in SUBJECT_DEPS or dep == "appos" and _of_subject(self.doc[i])
                                                   or not dep and _opens_sentence(t, i)):
                continue
            if _possessor(t, i):
                # "while Trump's remains in the 30s", "Berg's supporters ask whether she ...": his
                # rating, his supporters, not he, are the subject, parsed or not
                continue
            hit = self.resolver.by_token.get(i)
            if hit is not None and hit[1].end - 1 == i:
                yield i + 1, hit[0]
            elif hit is None and t.text[i] in self.resolver.by_word:
                yield i + 1, self.resolver.by_word[t.text[i]]

    def _following_pronoun(self, end: int) -> int | None:
        """'Rathbun asked for donations on his blog', 'Ruiz said ... She added': the first
        he, she or his, her (of) after a name that is a subject, in its sentence or the next,
        outside quotations, before any other name. None where another name or an object
        pronoun ('Lee told her') comes first. A clause of the subject's own ('Chambers, who has
        worked with Robbie Williams, has thrown his support'; 'Irons, whose film is in
        competition, said he') is passed over from its first name or noun subject on."""
        t, head = columns(self.doc), end - 1
        opened = head
        while opened > 0 and not t.sent_start[opened]:
            opened -= 1
        if t.idx[head] in self.resolver.quoted or _inside_quote_marks(self.text, t.idx[head], t.idx[opened]):
            return None
        ends = t.sentence_end(head)  # the end of the name's sentence; the pronoun may be in the next
        stop = t.sentence_end(ends) if ends < len(t) else len(t)
        own = self.doc[head].right_edge.i if t.dep[head] in SUBJECT_DEPS else head
        # The subject of a clause inside another's ('Oduya, whose film Harbour is ...') has
        # no pronoun past that clause.
        clause = next((a for a in self.doc[head].ancestors if a.dep_ in ("relcl", "acl")), None)
        if clause is not None:
            stop = min(stop, clause.right_edge.i + 1)
        i, named_in_quote = end - 1, False
        # 'She also read his drafts, Ostrova says, and she ...': the sentence was someone else's
        # before the name spoke in it, and a pronoun of that subject's goes on with it.
        earlier = {t.lower[j] for j in range(opened, head) if t.lower[j] in ("he", "she") and t.dep[j] in SUBJECT_DEPS
                   and not _inside_quote_marks(self.text, t.idx[j], t.idx[opened])}
        someone_elses = self._possessive_beside(end)
        while i + 1 < stop:
            i += 1
            opened = i if t.sent_start[i] else opened
            # Marks the quote finder took for no quote ('Wilkins said," [Warhol] liked ..."'),
            # counted from the sentence's start: a paragraph may run on past a quote left open.
            if t.idx[i] in self.resolver.quoted or _inside_quote_marks(self.text, t.idx[i], t.idx[opened]):
                named_in_quote = named_in_quote or self._names_person(i)
                continue
            word = t.lower[i]
            if word in PRONOUN_GENDER and _owned_by_noun(t, i):
                return None  # 'Lee said a woman and her grandson died': the woman's, not Lee's
            if word in ("his", "her") and i <= own and i >= 2 and t.lower[i - 1] == "of" and t.lower[i - 2] == "one":
                continue  # 'Lee, who was one of her students, said': no one is one of their own students
            if word in PRONOUN_GENDER:
                # '"It would be a win for Helen Ortiz" because she would ...': a person the
                # quotation names may be whom the pronoun means, unless it opens its sentence
                # or the words after the quote ('She added', '..." he said').
                if named_in_quote and not _opens_after_quote(t, i) or PRONOUN_GENDER[word] == someone_elses \
                        or word in earlier:
                    return None
                return i if _subject_or_possessive(t, i) else None
            if t.dep[i] in SUBJECT_DEPS and t.tag[i] in ("NN", "NNS"):
                if i > own:
                    return None  # a new subject first: the pronoun more likely means it or its own
                i = own
                continue
            # Another name first, by its tag or, where the sentence has none, its capital.
            if t.tag[i] in ("NNP", "NNPS", "") and t.text[i][:1].isupper() and t.lower[i] not in MONTHS_AND_DAYS \
                    and not (t.sent_start[i] and not t.tag[i]):
                if i >= own:
                    return None
                i = own
        return None

    def _possessive_beside(self, end: int) -> str | None:
        """The gender of a his or her in a description set beside the name ending at `end`:
        'Michael Capellas, her counterpart at Compaq', 'Her chief aide, Jake Sullivan,'. No one
        is their own counterpart or aide: it is someone else's, as a pronoun of its gender
        after the name more likely is. None where a possessor follows it ('Ruiz, her party's
        candidate': the party may be her own)."""
        t = columns(self.doc)
        hit = self.resolver.by_token.get(end - 1)
        start = hit[1].start if hit is not None else end - 1
        after = end + 1 if end + 1 < len(t) and t.text[end] == "," else None
        before = start - 1 if start > 0 and t.text[start - 1] == "," else None
        while before is not None and before > 0 and not t.sent_start[before] and start - before <= PHRASE_BEFORE:
            before -= 1
        if before is not None and not t.sent_start[before]:
            before = None  # no phrase opens the sentence before the name
        for k in (after, before):
            if k is not None and t.lower[k] in ("his", "her") and \
                    not any(t.lower[j] in POSSESSIVE_S for j in range(k + 1, min(k + 4, len(t)))):
                return PRONOUN_GENDER[t.lower[k]]
        return None

    def _names_person(self, i: int) -> bool:
        """Token `i` is a name of someone not known for an organisation."""
        token = self.doc[i]
        if not (token.text[:1].isupper() and token.tag_ in ("NNP", "NNPS", "")):
            return False
        hit = self.resolver.by_token.get(i)
        entity = hit[0] if hit is not None else self.resolver.by_word.get(token.text)
        return entity is not None and entity.kind != "org"

    def _leading_possessive(self, end: int) -> int | None:
        """'In his speech, Graham urged ...': a his or her that opens the sentence of a name
        that is its subject, in a phrase set before it by a comma, with no name before it
        (one after it is whom the phrase speaks of: 'After his talks with Lund, Graham said')."""
        t, head = columns(self.doc), end - 1
        start = head
        while start > 0 and not t.sent_start[start]:
            start -= 1
        if t.lower[start] in OPENING_CONJUNCTIONS and start + 1 < head:
            start += 1  # 'And with his 27 caps, White ...': the phrase opens after the conjunction
        if t.idx[head] in self.resolver.quoted or not _opens_phrase(t, start):
            return None
        found = None
        for i in range(start + 1, head):
            # A name before the pronoun may be whom it means ('Praising Ruiz for her work, ...').
            if t.idx[i] in self.resolver.quoted or t.text[i][:1].isupper() and found is None \
                    or t.lower[i] in PRONOUN_GENDER and found:
                return None
            if t.lower[i] in ("his", "her") and found is None and _subject_or_possessive(t, i):
                found = i
            elif t.text[i] == ",":
                # the name (and its title) right after the phrase, before any other word
                # but a possessive's or an apposition's ("Manitoba's premier, Lee Harmon")
                named_next = all(t.text[j][:1].isupper() or t.tag[j] in DESCRIBING_TAGS for j in range(i + 1, head))
                return found if found is not None and named_next else None
        return None

    def note_mention(self, speaker: ParsedSpeaker | None) -> None:
        """'The actress said', 'she said': a mention that says a gender counts for whom it names."""
        if speaker is None or speaker.mention is None or not speaker.name:
            return
        head = self._head(speaker)
        entity = self._entity(speaker, head)
        if entity is None or head is None:
            return
        # "King says ...": a name (Billie Jean King's) that is also a gendered noun says nothing
        of_name = head.text[:1].isupper() and head.lower_ in (entity.name or "").lower().split()
        gender, weight = _gender_of_head(head) if not of_name else (None, 0)
        before = self._noun_before_name(speaker, head)
        if gender:
            self.votes[id(entity)][head.i] = (gender, weight)
            return
        if before is None and head.tag_ == "NN" and head.dep_ in SUBJECT_DEPS and entity.kind == "person" and \
                not any(t.tag_ in ("NNP", "NNPS") for t in speaker.mention) and \
                any(descriptions.word_of(head) in m.roles for m in entity.mentions):
            # "The old coach said he was not sure he would come": the subject pronoun after a
            # description the article tied to a person who speaks is theirs as after their
            # name, in that sentence
            token = self._following_pronoun(head.i + 1)
            if token is not None and token < head.sent.end and self.doc[token].dep_ in SUBJECT_DEPS:
                self._claim(entity, token)
        elif before is None and entity.kind == "person" and self._lead_description(speaker, head):
            # "A Saskatchewan Party MLA crossed the floor Wednesday, saying her constituents ...
            # ¶ Donna Kerr, ...": the lead's description, named next, is whom its own sentence's
            # next he or she, his or her means, as after a name
            token = self._pronoun_in_the_lead(speaker.mention.end, head.sent.end)
            if token is not None:
                self._claim(entity, token)
        if before is not None:
            self.votes[id(entity)][before.i] = (GENDER_OF_WORD[before.lower_], WORD_WEIGHT)
        elif head.lower_ == "it" or descriptions.is_document(head) or descriptions.is_org_noun(head):
            self.speaks_as_body.add(id(entity))  # "Oxfam ... It said", "the report said"

    def _lead_description(self, speaker: ParsedSpeaker, head: Token) -> bool:
        """Whether the speaker's mention is an indefinite description with no name of its own
        ("A Saskatchewan Party MLA", "A Regina mother") as the subject of the article's lead."""
        mention = speaker.mention
        return mention[0].lower_ in ("a", "an") and head.sent.start == self.resolver.lead and \
            head.dep_ in SUBJECT_DEPS + ("appos",) and not any(self.resolver.by_token.get(t.i, (None,))[0] is not None
                                                              and self.resolver.by_token[t.i][0].kind == "person"
                                                              for t in mention)

    def _pronoun_in_the_lead(self, start: int, end: int) -> int | None:
        """The first he or she, his or her from `start` to the sentence's `end`, outside quotation
        marks (in the words the lead reports too: "saying her constituents"), before any person's
        name or other subject noun, which may be whom it means (a body's name may come between:
        "crossed the floor to the Opposition NDP, saying her ...")."""
        t = columns(self.doc)
        for i in range(start, end):
            if _inside_quote_marks(self.text, t.idx[i], t.idx[start]):
                continue
            if self._names_person(i) or t.dep[i] in SUBJECT_DEPS and t.tag[i] in ("NN", "NNS"):
                return None
            if t.lower[i] in PRONOUN_GENDER:
                return i if _subject_or_possessive(t, i) and not _owned_by_noun(t, i) else None
        return None

    def _noun_before_name(self, speaker: ParsedSpeaker, head: Token) -> Token | None:
        """"Edu's brother and representative Amadeo Fensao": a gendered noun that leads into
        the name in the mention, with no preposition between ("a lawyer for the man" is not)
        nor a possessive ("Ms Jowell's deputy, Richard Caborn": Ms is Jowell's)."""
        span = speaker.mention
        found = None
        for tok in span[:max(0, head.i - span.start)]:
            # "Ms Jowell's deputy, Richard Caborn": what stands before a possessive is the possessor's
            if tok.tag_ in ("IN", "POS") or tok.text in (",", "(", "—", "'s", "’s"):
                found = None
            elif tok.lower_ in GENDER_OF_WORD and tok.tag_ in ("NN", "NNP") and not _initial_in_name(tok):
                found = tok
        return found

    def _entity(self, speaker: ParsedSpeaker, head: Token | None) -> Entity | None:
        """The entity a speaker names: by its name, else by the name its mention is part of."""
        entity = self.by_name.get(speaker.name) if speaker.name else None
        if entity is None and head is not None and head.i in self.resolver.by_token:
            entity = self.resolver.by_token[head.i][0]
        if entity is None and head is not None and head.text[:1].isupper() and speaker.name == head.text:
            entity = self.resolver.by_word.get(head.text)  # "Clinton said", the tagger's miss
        return entity

    def identified(self, speaker: ParsedSpeaker) -> ParsedSpeaker:
        kind, gender = self._kind_and_gender(speaker)
        return replace(speaker, kind=kind, gender=gender)

    def _kind_and_gender(self, speaker: ParsedSpeaker) -> tuple[str | None, str | None]:
        if speaker.name:
            if speaker.name not in self.by_name and any(sep in speaker.name for sep in JOINED):
                return self._joint(speaker)
            head = self._head(speaker)
            entity = self._entity(speaker, head)
            if entity is not None and head is not None and (_made_by_body(head, entity) or
                                                            not entity.kind and _called_a_firm(head)):
                return ORGANISATION, None
            if entity is not None:
                return self._of_entity(entity, speaker)
            if speaker.mention is not None and self.resolver.is_organisation(speaker):
                return ORGANISATION, None
        return self._of_mention(speaker)

    def _of_entity(self, entity: Entity, speaker: ParsedSpeaker) -> tuple[str | None, str | None]:
        # Read once per entity: an entity named hundreds of times speaks hundreds of times.
        if id(entity) not in self.of_entities:
            self.of_entities[id(entity)] = self._entity_kind(entity)
        found = self.of_entities[id(entity)]
        return found if found is not None else self._of_mention(speaker)

    def _entity_kind(self, entity: Entity) -> tuple[str | None, str | None] | None:
        """The kind and gender of `entity` from all its names and votes; None where they do not tell."""
        votes = self.votes.get(id(entity), {})
        roles = {r for m in entity.mentions for r in m.roles}
        if entity.kind == "org":
            return ORGANISATION, None
        if entity.kind == "person" or votes or any(map(person_noun, roles)):
            return PERSON, _weighed(votes.values())
        if id(entity) in self.speaks_as_body or roles & ORG_NOUNS:
            return ORGANISATION, None
        return None

    def _joint(self, speaker: ParsedSpeaker) -> tuple[str | None, str | None]:
        """'Ann Moreau and Omar Haddad': people together are people of no one gender. Names with an
        organisation among them and no person ('British Airways and Iberia'), or that the mention
        calls firms ('three carriers - Alpha, Beta and Gamma -', 'technology firms Alpha and
        Beta'), are organisations, whatever the recogniser took one of them for; but people the
        article names as people ('Ann Lee and Tom Hale ... the groups that booked them') stay
        people, whatever plural a mention of them has."""
        parts = [p.strip() for p in speaker.name.replace(" and ", ", ").split(",") if p.strip()]
        if all(p in self.by_name and _named_as_person(self.by_name[p]) for p in parts):
            return PERSON, UNKNOWN
        kinds = {self.by_name[p].kind if p in self.by_name else "" for p in parts}
        shown = {_shown_kind(self.by_name[p]) if p in self.by_name else "" for p in parts}
        if "org" in kinds and "person" not in shown or speaker.mention is not None and \
                any(descriptions.is_company_plural(t) for t in speaker.mention):
            return ORGANISATION, None
        return (PERSON, UNKNOWN) if "person" in kinds else (None, None)

    def _of_mention(self, speaker: ParsedSpeaker) -> tuple[str | None, str | None]:
        """A speaker the article names no entity for: what the mention's head word makes plain
        ('a spokeswoman', 'she', 'the agency'); nothing when it is a document or 'it'."""
        head = self._head(speaker)
        if head is None:
            return None, None
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # "relatives, who have said": the relatives
        word = head.lower_
        if head.head.lower_ in ("read", "reads") and word in ("one", "another"):
            return None, None  # "“Vote for change,” read one": what reads out is a sign or a message
        gender, _ = _gender_of_head(head)
        if gender:
            return PERSON, gender
        gender = _honorific_before(speaker, head)
        if gender:
            return PERSON, gender
        if speaker.mention.text == speaker.name and is_capital(speaker.name.split()) and \
                head.dep_ in SUBJECT_DEPS:
            return ORGANISATION, None  # "Beijing warned that ...": the government that sits there
        if head.tag_ in ("NNP", "NNPS") and not person_noun(word):
            gender = self._gendered_noun_in(speaker)  # a parse that took "Department" for the head
            if gender:
                return PERSON, gender
        if word == "they":
            return self._kind_of_group_before(head)
        if descriptions.is_document(head) or word in ("it", "them"):
            return None, None
        # "many aid organisations", "most big phone makers": a plural only bodies are called by
        if descriptions.is_org_noun(head) or word in ORG_NOUNS or descriptions.is_company_plural(head):
            return ORGANISATION, None
        if _people(word) or descriptions.person_gender(head) is not None:
            return PERSON, _pronoun_of_own_clause(head) or UNKNOWN
        return None, None

    def _kind_of_group_before(self, they: Token) -> tuple[str | None, str | None]:
        """'Dozens of people were missing, and the toll would rise, they said': an unnamed "they"
        is of the kind of the nearest plural noun subject before it, in its sentence or the one
        before, outside quotations (people, or bodies: 'Some charities ... they'); of none where
        that subject is neither ('the reports ... they') or there is none."""
        if self.resolver._continues_people_subject(they):
            return PERSON, UNKNOWN  # "Acme shut it. Dozens of miners stood at the gate. ... they said"
        t, sentence_of = columns(self.doc), self.resolver.sentence_of
        # what "they" say is no antecedent of theirs: 'The cuts would close shelters, they said'
        said = {tok.i for c in they.head.children if c.dep_ in ("ccomp", "parataxis") for tok in c.subtree}
        j = they.i - 1
        while j >= 0 and sentence_of[j] >= sentence_of[they.i] - 1:
            if t.dep[j] in SUBJECT_DEPS and t.tag[j] in ("NNS", "NNPS") and t.idx[j] not in self.resolver.quoted \
                    and j not in said:
                noun = self.doc[j]
                if descriptions.is_company_plural(noun) or noun.lower_ in ORG_NOUNS:
                    return ORGANISATION, None
                return (PERSON, UNKNOWN) if _listed_people(noun.lower_) else (None, None)
            j -= 1
        return None, None

    def _gendered_noun_in(self, speaker: ParsedSpeaker) -> str | None:
        """'A Department for Work and Pensions spokeswoman': the last noun of an unnamed
        speaker's mention, when it is a gendered one."""
        span = speaker.mention
        nouns = [t for t in span if t.tag_ in ("NN", "NNS")]
        return (_gender_of_head(nouns[-1])[0] or None) if nouns else None

    def _head(self, speaker: ParsedSpeaker) -> Token | None:
        if speaker.mention is None:
            return None
        span = speaker.mention
        return span.root if span is not None and len(span) else None


def _pronoun_of_own_clause(head: Token) -> str | None:
    """'One employee, who asked not to be named because she signed a severance agreement, said':
    the gender of the "she" or "he" that is a subject in the unnamed person's own relative
    clause, where that clause has no subject pronoun of the other gender."""
    genders = {PRONOUN_GENDER[t.lower_] for c in head.children if c.dep_ == "relcl" for t in c.subtree
               if t.dep_ in SUBJECT_DEPS and t.lower_ in ("she", "he")}
    return genders.pop() if len(genders) == 1 else None


def _made_by_body(head: Token, entity: Entity) -> bool:
    """'Ashdown's latest report said': a document speaks for its maker (conventions.md), and a
    maker that nothing shows to be a person (a gender, a title, a person's role) is a body,
    whatever the recogniser took its name for. So is a paper its noun heads ('The Maariv newspaper
    said', 'the newspaper said')."""
    if not (descriptions.is_document(head) or head.lower_ in descriptions.PRESS_NOUNS) or entity.gender:
        return False
    return not any(m.title or any(map(person_noun, set(m.roles) - FIRM_ROLES)) for m in entity.mentions)


def _shown_kind(entity: Entity) -> str:
    """An entity's kind as the article shows it: a person only by a gender, a title or a
    person's role, not where the recogniser alone took it for one ('Rio Tinto and BHP': beside
    an organisation, such a name is one too)."""
    if entity.kind != "person" or entity.gender:
        return entity.kind
    shown = any(m.title or any(map(person_noun, set(m.roles) - FIRM_ROLES)) for m in entity.mentions)
    return entity.kind if shown else ""


def _named_as_person(entity: Entity) -> bool:
    """A person as the article shows one (a gender, a title, a person's role), or a person's
    name to the recogniser that opens with a known given name before a surname ('Ben Carson'):
    firms listed together are not named so ('Northwind and Bluesky', 'Tarmac')."""
    given = len(entity.words) > 1 and entity.words[0].lower() in GIVEN_NAMES
    return _shown_kind(entity) == "person" or entity.kind == "person" and given


def _called_a_firm(head: Token) -> bool:
    """'Microsoft ... The software giant said', 'the iPod maker': a word a firm is called by,
    which makes a name of no known kind that it refers to an organisation."""
    word = head.lower_
    return head.tag_ == "NN" and (word in FIRM_ROLES or word in GENERIC_ORG_NOUNS or word in COMPANY_EPITHETS)


def _people(word: str) -> bool:
    """'a source', 'officials', 'Cuban exiles', 'many Cuban Americans', 'Republicans', 'families of
    the victims', 'the mayor's allies': plainly people."""
    singular = descriptions.singular(word)
    return word in UNNAMED_PEOPLE or person_noun(word) or person_noun(singular) or word in PEOPLE_NOUNS \
        or singular in PEOPLE_NOUNS or singular in DEMONYMS or party_members(word)


def _listed_people(word: str) -> bool:
    """A plural the word lists give for people ('ministers', 'relatives', 'Democrats'), not one
    only an agent ending makes ('transformers ... as they charge our phones' are no one)."""
    singular = descriptions.singular(word)
    return word in UNNAMED_PEOPLE or word in PEOPLE_NOUNS or singular in PEOPLE_NOUNS or singular in DEMONYMS \
        or party_members(word) or any(w in ROLE_NOUNS or w in TITLES or w in FAMILY_NOUNS for w in (word, singular))


def _honorific_before(speaker: ParsedSpeaker, head: Token) -> str | None:
    """'Lord Wexley, Minister for Transport', 'Mrs Okafor': an honorific written right before the
    name that heads a mention the article ties to no entity says the person's gender."""
    span = speaker.mention
    before = head.i - 1
    if not head.text[:1].isupper() or before < span.start:
        return None
    word = head.doc[before].lower_
    return next((g for g, words in HONORIFICS.items() if word in words or word.rstrip(".") in words), None)


def _opens_sentence(t, i: int) -> bool:
    """'Clinton met with his aides': in a sentence left unparsed (no arcs), a name that starts
    it, after any title, is taken for its subject; a hyphen glued inside the name ("Kerri-Ann
    MacPhee has worked") is a word of it."""
    start = i
    while start > 0 and not t.sent_start[start] and t.tag[start - 1] in ("NNP", "NNPS", "", "HYPH"):
        glued = t.text[start - 1] == "-" and start > 1 and not t.whitespace[start - 2] and not t.whitespace[start - 1]
        if t.text[start - 1][:1].islower() or t.is_punct[start - 1] and not glued:
            break
        start -= 1
    return t.sent_start[start]


def _noun_said_of(t, end: int) -> int | None:
    """The gendered noun of a description set after a name ending at token `end`: in
    apposition, after any age ('Lemieux, 34, a father of two', 'Basri, the centre's
    chairwoman') or after 'is', 'was', 'became' ('Kaur is a grandmother of five', 'Lee became
    the first woman to ...'). Read from the words,
    as the sentence may be left unparsed; a preposition or a clause first ('a friend of
    the woman', 'who met the mother') ends the description, and a possessor ('the boy's
    coach') is not its noun; two nouns of one description may be joined ('the president and
    chairwoman of the bank')."""
    i = end
    if i + 2 < len(t) and t.text[i] == "," and t.text[i + 1].isdigit() and t.text[i + 2] == ",":
        i += 2  # the age
    i = _past_party_and_state(t, i)  # 'Rep. Carl Hadley, R-Ohio, chairman of ...'
    if i + 2 < len(t) and t.text[i] == "," and t.lower[i + 1] in GENDER_OF_NOUN and t.lower[i + 1] == t.text[i + 1] \
            and t.lower[i + 2] == "of":
        return i + 1  # 'Hadley, chairman of the committee': an office held, with no article
    if i + 2 < len(t) and t.text[i] == "," and t.lower[i + 1] == "who" and t.lower[i + 2] in PREDICATE_VERBS:
        i += 2  # 'Podesta, who is now chairman of the campaign'
    if i + 1 < len(t) and t.lower[i] in PREDICATE_VERBS:
        i += 1
        while i < len(t) and t.lower[i] in STANDING_ADVERBS:
            i += 1
        first = i + 1 if i < len(t) and t.lower[i] in DESCRIPTION_DETERMINERS else i  # 'is chairman of'
    elif i + 1 < len(t) and t.text[i] == "," and t.lower[i + 1] in DESCRIPTION_DETERMINERS:
        first = i + 2
    else:
        return None
    for j in range(first, min(first + DESCRIPTION_WORDS, len(t))):
        word = t.lower[j]
        possessor = j + 1 < len(t) and t.lower[j + 1] in POSSESSIVE_S  # 'the boy's coach'
        if (word in GENDERED_NOUNS[FEMALE] or word in GENDERED_NOUNS[MALE]) and not possessor:
            return j
        if word == "and" and _joins_roles(t, j):
            continue
        if not (word.isalpha() and word == t.text[j] or word in ("'s", "’s", "-")) or word in DESCRIPTION_ENDS:
            return None
    return None


# An American legislator's party and state after the name: 'R-Ohio', 'D-N.Y.', 'I-Vt.'.
PARTY_LETTERS = ("R", "D", "I")
PARTY_TAG_TOKENS = 5


def _past_party_and_state(t, i: int) -> int:
    """The comma that closes a party-and-state tag set off after a name ending before token `i`
    (', R-Ohio,', ', D-N.Y.,'), as the wires write a member of Congress; else `i`."""
    if not (i + 3 < len(t) and t.text[i] == "," and t.text[i + 1] in PARTY_LETTERS and t.text[i + 2] == "-"):
        return i
    for j in range(i + 3, min(i + 3 + PARTY_TAG_TOKENS, len(t))):
        if t.text[j] == ",":
            return j
    return i


def _plural_noun_before(t, start: int) -> int | None:
    """The plural gendered noun that leads into a list of names ending in the name starting at
    token `start`: 'brothers John and Brian Meza', 'the sisters Ann, Bea and Cy Lund'. Each name
    of the list is one of them; a possessor ("the sisters' lawyer, Tom Lee") or any other word
    between ends the list. The noun may open the sentence in capitals ('Sisters Ruth and Clare
    Ambrose run it')."""
    j = start - 1
    while j >= 0 and (t.text[j][:1].isupper() and t.tag[j] in ("NNP", "NNPS", "") or t.text[j] == ","
                      or t.lower[j] == "and") and not (t.sent_start[j] and _gendered_plural(t.lower[j])):
        j -= 1
    if j < 0 or t.sent_start[j + 1] and j + 1 < start:
        return None
    word = t.lower[j]
    plural = (t.tag[j] in ("NNS", "") or t.sent_start[j]) and _gendered_plural(word)
    return j if plural and _singular(word) in GENDER_OF_NOUN else None


def _gendered_plural(word: str) -> bool:
    """'brothers', 'sisters', 'women': the plural of a noun that says its people's gender."""
    return _singular(word) != word and _singular(word) in GENDER_OF_NOUN


def _singular(word: str) -> str:
    """'brothers' -> 'brother', 'women' -> 'woman'; other words as they are."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _joins_roles(t, j: int) -> bool:
    """'the president and chairwoman of the bank': "and" between two nouns of one
    description; in 'the mayor and her husband' a second description, of someone else, starts."""
    return 0 < j < len(t) - 1 and t.tag[j - 1] == "NN" and t.tag[j + 1] == "NN" and t.text[j + 1].islower()


def _title_start(t, mention) -> int:
    """Where a name mention starts with its title written before it ("her son, Const. Ryan
    Hale": the title's word), so that a description set before the title reaches the name."""
    start, title = mention.start, mention.title.split()
    while title and start > 0 and t.lower[start - 1] == title[-1]:
        start, title = start - 1, title[:-1]
    return start


def _noun_set_before(t, start: int) -> int | None:
    """The gendered noun of a description set before a name starting at token `start`, between
    commas, that opens its sentence or follows a verb of saying: 'The chairman of the Bar
    Council, Guy Mansfield, warned', '..., said Clinton's spokesman, Brian Fallon.' Its noun is
    the last before any preposition: in 'The lawyer for the widow, Tom Lee' the widow is
    someone else, as is the possessor in 'The chairman's wife, Ann Lee'."""
    if start < 3 or t.text[start - 1] != ",":
        return None
    first = start - 1
    while first > 0 and not t.sent_start[first] and t.lower[first - 1] not in DESCRIPTION_OPENERS:
        first -= 1
        if start - first > PHRASE_BEFORE or t.text[first] in (",", ";", ":") or t.tag[first].startswith("VB"):
            return None
    opening = t.lower[first] in DESCRIPTION_DETERMINERS or t.lower[first] in ("his", "her") or \
        t.text[first][:1].isupper() and first + 1 < start and _possessor(t, first)
    end = next((j for j in range(first, start - 1) if t.lower[j] in DESCRIPTION_ENDS), start - 1)
    noun = end - 1
    if not opening or noun <= first or t.text[noun] != t.lower[noun] or _possessor(t, noun):
        return None
    return noun if t.lower[noun] in GENDERED_NOUNS[FEMALE] or t.lower[noun] in GENDERED_NOUNS[MALE] else None


def _opens_phrase(t, start: int) -> bool:
    """A sentence that opens with a phrase set before its subject: a preposition ("In his
    speech, ...", "Two days after his win, ..."), or a participle ("Asked about her plans, ...",
    "Speaking to reporters, ..."), whose unstated subject is the sentence's."""
    word = t.lower[start]
    # "One month after announcing his support, Rubio ...", "Shortly before her death, ..."
    timed = any(t.lower[j] in TIME_PREPOSITIONS for j in range(start + 1, min(start + 3, len(t))))
    return word in LEADING_PREPOSITIONS or timed or t.tag[start] in ("VBG", "VBN") or \
        not t.tag[start] and word.endswith("ing") and word not in ING_NOUNS


def _subject_or_possessive(t, i: int) -> bool:
    """'he', 'she' (always subjects), 'his' and a possessive 'her' ('her lawyer'); an object
    ('told her', 'him') may be anyone's. Read from the words where the sentence has no parse."""
    word = t.lower[i]
    if word in ("he", "she", "his"):
        return True
    if t.dep[i]:
        return t.dep[i] == "poss"
    following = t.lower[i + 1] if i + 1 < len(t) else ""
    return word == "her" and following.isalpha() and following not in NOT_AFTER_POSSESSIVE


def _initial_in_name(token: Token) -> bool:
    """'Virgie M. Rollins': an initial after a given name, not the honorific 'M.'."""
    before = token.nbor(-1) if token.i > 0 else None
    initial = len(token.text) == 1 or len(token.text) == 2 and token.text[1] == "."
    return initial and before is not None and before.text[:1].isupper() and before.tag_ == "NNP"


def _possessor(t, i: int) -> bool:
    """Token `i` is followed by a possessive 's (not "'s" for "is": 'Lee's going')."""
    after = i + 1 < len(t) and t.lower[i + 1] in ("'s", "’s", "'")
    return after and (t.tag[i + 1] == "POS" or not t.tag[i + 1])


def _opens_after_quote(t, i: int) -> bool:
    """Token `i` opens its sentence, or follows a closing quotation mark with only
    punctuation between ('..., Sullivan," she said')."""
    j = i - 1
    while j >= 0 and t.is_punct[j] and t.text[j] not in QUOTE_MARKS:
        j -= 1
    return t.sent_start[i] or j >= 0 and t.text[j] in QUOTE_MARKS


def _new_subject_before(t, i: int) -> bool:
    """A noun subject earlier in the pronoun's sentence: the sentence is about someone or
    something else, which the pronoun more likely means than a name from the sentence before.
    A body's noun ('the school district told him') is no one a he or she may mean."""
    j = i
    while j > 0 and not t.sent_start[j]:
        j -= 1
        if t.dep[j] in SUBJECT_DEPS and t.tag[j] in ("NN", "NNS") and t.lower[j] not in ORG_NOUNS:
            return True
    return False


def _owned_by_noun(t, i: int) -> bool:
    """'a 61-year-old woman and her grandson', 'a father with his two sons': a his or her right
    after a noun of its gender and "and" or "with" is that person's, someone the article leaves
    unnamed, not a name's from before (whom the resolver, knowing no noun, may give it to)."""
    word = t.lower[i]
    if word not in ("his", "her") or i < 2 or t.lower[i - 1] not in ("and", "with"):
        return False
    return t.lower[i - 2] in GENDERED_NOUNS[PRONOUN_GENDER[word]]


# Where a mark that `_inside_quote_marks` counts may start: a double mark, a backtick, and an
# apostrophe that another follows (the first of "''"). Where none lies in the stretch, every count is 0.
COUNTED_MARK = re.compile("[“”\"`]|'(?=')")


@functools.lru_cache(maxsize=64)
def _counted_marks(text: str) -> list[int]:
    """The positions of `COUNTED_MARK` in an article, found once for all its pronouns."""
    return [m.start() for m in COUNTED_MARK.finditer(text)]


def _inside_quote_marks(text: str, idx: int, since: int = 0) -> bool:
    """A pronoun between quotation marks that the quote finder did not take for a quote ('he
    will be a prisoner if he comes' in marks) is the quoted speaker's, about someone else.
    Marks are counted from the paragraph's start, or from `since` where it is later."""
    start = max(since, text.rfind("\n", 0, idx) + 1)  # quotes reopen each paragraph
    marks = _counted_marks(text)
    k = bisect_left(marks, start)
    if k == len(marks) or marks[k] >= idx:
        return False  # no mark counted below between the start and the pronoun: none is open
    before = text[start:idx]
    opened = before.count("“") + before.count("``") - before.count("”") - before.count("''")
    return opened > 0 or before.count('"') % 2 == 1


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause `token` stands in: of the nearest verb above it that has one
    ('Vance, who calls herself ...': 'who' stands for the name it hangs on)."""
    head = token.head
    while True:
        # "found himself defending": the parser may make the reflexive a subject itself
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i != token.i), None)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
                return head.head
            return subject if subject.lower_ not in PRONOUN_GENDER else None
        if head.head.i == head.i or head.pos_ == "VERB" and head.dep_ not in ("xcomp", "conj", "advcl") \
                and not (token.head.i == head.i and token.dep_ in SUBJECT_DEPS):
            return None
        head = head.head


def _of_subject(token: Token) -> bool:
    return token.head.dep_ in SUBJECT_DEPS


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
