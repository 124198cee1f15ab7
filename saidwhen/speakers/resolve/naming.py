"""Steps that read a mention by the names in it: a name, a name in apposition, a proper noun
no name was found in, and someone left unnamed ("a spokesman")."""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ...lexicon import CAPITALISED_PEOPLE, DESCRIPTION_DETERMINERS, FAMILY_NOUNS, GIVEN_NAMES, ORG_NOUNS, POST_NOMINALS, PRESS_NOUNS, SPEAKING_FOR, TITLES
from .. import descriptions
from ..descriptions import DEFINITE
from ..entities import Entity
from ..lexicon import person_noun
from ..names import demonym, party_member, party_members, people_of_a_place, plural_acronym
from ..salience import INDEFINITE, SUBJECT_DEPS
from .grammar import bracketed, one_of_many, past_a_clause, placed_around, proper_name
from .roles import DESCRIPTION_REACH, LEAD_KIN_REACH, LEAD_REACH, offices_given

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Token

    from . import SpeakerMention

# Phrases of a description read down to the noun the holder's name hangs on: 'the head of the
# investigation in Nairobi, ...'.
MAX_PHRASES = 3


# What bars a role from being read with the name that ends its phrase: a determiner, a number,
# a conjunct (dependency labels).
LONG_ROLE_BARS = ("det", "nummod", "conj")


PLACE_PREPOSITIONS = frozenset(("from", "in"))


class Naming:
    """The steps of Resolver that read names (mixed into it: `self` is the Resolver)."""

    def _is_one_of_many(self, m: SpeakerMention) -> bool:
        """'One Iowa Republican', 'an Ontario Liberal': a member of a party or a people."""
        return one_of_many(m.head)

    def _apposition(self, m: SpeakerMention) -> str | None:
        """'an Ontario Liberal, Ana Ruiz,': named only by a name in apposition, or, in a news
        lead, by the protagonist the next sentence names ('A Saskatchewan Party MLA crossed the
        floor Wednesday, saying ... ¶ Donna Kerr, the MLA for ...', `_protagonist`)."""
        named = self._appositive(m.head) or self._protagonist(m)
        return named.name if named else None

    def _is_unnamed(self, m: SpeakerMention) -> bool:
        """'An Acme Corp. spokesman', 'another resident': someone the article leaves unnamed,
        whatever names the phrase holds, unless it ends in one ('a flabbergasted Noah') or its
        head is one, an apposition after it ('said a buoyant Gen. Tom Reyes, commander of ...')."""
        return m.first_word in INDEFINITE and not self._ends_in_name(m) and not self._person_head(m.head)

    # "A nurse in Moncton", "a farmer from Lethbridge": where someone unnamed is from; not "a
    # spokesman for Acme", "an official at the ministry", whose body the phrase names
    def _ends_in_name(self, m: SpeakerMention) -> bool:
        """'a flabbergasted Noah': the phrase ends in a name; not one a preposition hangs on the
        description ('A retired letter carrier from Thunder Bay', 'a nurse in Moncton'): a place
        that qualifies someone still unnamed; nor a member's letters after a body's name ('A
        Saskatchewan Party MLA', 'a Liberal MP'): one of its members, unnamed."""
        last = self.doc[m.end - 1]
        if m.end - 1 not in self.by_token:
            return False
        hit = self.by_token[m.end - 1]
        if last.text in POST_NOMINALS and hit[0].kind != "person":
            return False  # "A Saskatchewan Party MLA": a party's member, unnamed, not the party
        before = self.doc[hit[1].start - 1]
        return not (hit[0].kind not in ("person", "org") and last.dep_ in ("pobj", "compound") and
                    before.lower_ in PLACE_PREPOSITIONS and before.i > m.head.i)

    def _person_head(self, head: Token) -> bool:
        """Whether the phrase's head is a person's name (not a role a body's name runs into)."""
        hit = self.by_token.get(head.i)
        return hit is not None and head.tag_ == "NNP" and hit[0].kind == "person"

    def _unnamed(self, m: SpeakerMention) -> str | None:
        """Nobody, unless named in apposition ('a lawyer, Tom Reyes,'), a document's owner
        ('a statement from Acme' is Acme's), or a news lead's protagonist, named next."""
        named = self._appositive(m.head) or self._called(m.head) or \
            (self._owner(m.head) if descriptions.is_document(m.head) else None) or self._protagonist(m) or \
            self._named_next_as(m) or self._named_later_as(m) or self._taken_up_next(m)
        return named.name if named else None

    def _is_one_taken_up(self, m: SpeakerMention) -> bool:
        """'"...," one resident said. ¶ That resident, Colin Baptiste, lost his garage': "one"
        leaves the speaker unnamed as "a" does, until the next sentence names them."""
        return m.first_word == "one" and self._taken_up_next(m) is not None

    def _one_taken_up(self, m: SpeakerMention) -> str | None:
        named = self._taken_up_next(m)
        return named.name if named else None

    def _taken_up_next(self, m: SpeakerMention) -> Entity | None:
        """'"It sounded like a train," a resident said. ¶ The resident, Colin Baptiste, lost the
        roof of his garage.': someone left unnamed by a role whom the very next sentence takes up
        as its subject, opening it with "the" or "that" and the very noun, and names in
        apposition, whether or not they speak there; written with words the description lacks
        ('The resident next door, Ann Lee,'), someone else."""
        head = m.head
        if head.tag_ != "NN" or not person_noun(head.lower_) or head.sent.end + 1 >= len(self.doc):
            return None
        later = self.doc[head.sent.end + 1]
        opening = self.doc[head.sent.end]
        if later.lower_ != head.lower_ or opening.lower_ not in DEFINITE or later.dep_ not in SUBJECT_DEPS or \
                later.left_edge.i != opening.i:
            return None
        apposed = {t.i for c in later.children if c.dep_ == "relcl" or c.dep_ == "appos" and c.i in self.by_token
                   for t in c.subtree}
        own = {t.lower_ for t in later.subtree if t.i not in apposed and not t.is_punct and t.i != opening.i}
        if not own <= {t.lower_ for t in self.doc[m.start:m.end]}:
            return None  # 'The resident next door, Ann Lee,': words the description lacks, someone else
        named = self._appositive(later)
        return named if named is not None and named.kind == "person" else None

    def _named_later_as(self, m: SpeakerMention) -> Entity | None:
        """'Talks broke down Monday, and a federal mediator said no new sessions were scheduled.
        ... The mediator, Ann Castellano of ..., said she would call': a wire leaves a speaker
        unnamed by a role and names them paragraphs on, when they speak again, taking the role up
        with "the" and the name in apposition. The next speaker written with that noun is the
        one; written with words the description lacks ('the mediator for the city'), or without
        "the" ('another mediator'), someone else."""
        role = m.head.lower_
        if not person_noun(role) or m.head.tag_ != "NN":
            return None
        words = {t.lower_ for t in self.doc[m.start:m.end]}
        for h in sorted(h for h in self.speaker_heads if m.end <= h < m.end + DESCRIPTION_REACH):
            later = self.doc[h]
            if later.lower_ != role:
                continue
            named = {t.i for c in later.children if c.dep_ in ("appos", "relcl") for t in c.subtree}
            own = {t.lower_ for t in later.subtree if t.i not in named and not t.is_punct and t.i != later.left_edge.i}
            if later.left_edge.lower_ != "the" or not own <= words:
                return None
            return self._appositive(later)
        return None

    def _named_next_as(self, m: SpeakerMention) -> Entity | None:
        """'A Pentagon spokesman said the troops would stay. “We will keep our forces there,” said
        spokesman Kenneth Bacon.': someone left unnamed by a role is the person the next sentence
        first names, speaking, with that very role, when the words written with the role there
        are the description's own or none ('fire department spokesman Tom Reed' is not 'a police
        spokesman'). Not someone named before: the article would have named them again."""
        role = m.head.lower_
        if not person_noun(role) or m.head.tag_ != "NN":
            return None
        here = self.sentence_of[m.head.i]
        words = {t.lower_ for t in self.doc[m.start:m.end]}
        for ref in self.references[bisect_left(self.starts, m.end):]:
            sentence = self.sentence_of[ref.token]
            if sentence > here + 1:
                return None
            entity = ref.entity
            if sentence == here or entity.kind == "org" or not entity.mentions or entity.first < m.end:
                continue
            first = entity.mentions[0]
            if self._speaks_as(role, entity, here + 1):
                return entity  # '... said the spokeswoman, Mary Beth Olander.'
            speaks = any(first.start <= h < first.end for h in self.speaker_heads)
            titled = role in offices_given(first) and placed_around(self.doc, first, role) <= words
            return entity if speaks and titled and self.sentence_of[first.start] == here + 1 else None
        return None

    def _speaks_as(self, role: str, entity: Entity, sentence: int) -> bool:
        """'"...," said the spokeswoman, Mary Beth Olander.': in `sentence`, a speaker written as
        the definite `role` with `entity`'s name in apposition, as a wire names the one it left
        unnamed by that role the sentence before."""
        return any(self.sentence_of[h] == sentence and self.doc[h].lower_ == role and
                   self.doc[h].left_edge.lower_ == "the" and self._appositive(self.doc[h]) is entity
                   for h in self.speaker_heads)

    def _protagonist(self, m: SpeakerMention) -> Entity | None:
        """'Taking the stand, a friend of the gunman said Friday that she regretted it. Ana Ruiz,
        22, has pleaded innocent ...': a wire lead describes its protagonist and names her as
        the subject of the next sentence. Where she speaks there too, only a name the article
        gives no other role is the one described ('A Winnipeg mother says ... Keisha Morrison
        says'); a new speaker with an office or role of their own is someone else ('A spokesman
        said ... Ana Ruiz, a witness, said'; 'Mayor Tom Reed says')."""
        head = m.head
        # "REGINA — A Saskatchewan Party MLA crossed ...": the parser may hang the subject on the
        # dateline in capitals as its apposition, and make the dateline the subject
        subject = head.head if head.dep_ == "appos" and head.head.i == head.sent.start and head.head.is_upper \
            else head
        if head.sent.start != self.lead or not person_noun(head.lower_) or \
                subject.dep_ not in SUBJECT_DEPS or subject.head.dep_ != "ROOT":
            return None  # "..., angering a sheriff who says ...": not whom the lead is about
        described = self._given_the_noun_next(descriptions.word_of(head), m.end)
        if described is not None:
            return described
        entity = self._introduced_next(m.head.i, m.end)
        if entity is None:
            return None
        first = next(r.token for r in self.references if r.entity is entity)
        speaks = first in self.speaker_heads or self.doc[first].head.i in self.speaker_heads
        said, named = descriptions.person_gender(head), entity.gender
        if said and named and said != named:
            return None  # 'A Regina mother says ... Tom Kovac, 15, broke his leg': her son, not she
        own = offices_given(entity.mentions[0]) - {descriptions.word_of(head)}
        if head.lower_ not in SPEAKING_FOR:
            # 'A Winnipeg woman says ... Melissa Tran, 38, said': an age is no role of her own
            # beside the lead's man, woman or mother ('A spokesman says ... Ana Ruiz, 22,' is not)
            own -= {descriptions.AGE}
        return None if speaks and own else entity

    def _given_the_noun_next(self, noun: str, end: int) -> Entity | None:
        """'A Winnipeg mother says ... Jane Roe, a mother of two, said', 'A senior doctor has
        warned ... Dr Ann Lee said': the person the lead describes is the first the article then
        names with that very noun, in apposition or as a title, whatever else it calls them; not
        when someone else is first given the noun unnamed ('another mother, who asked ...')."""
        given = self.by_role.get(noun, [])
        # a relative ("his sister says") is told of at more length before being named than a
        # role is: the article names the one it means by the very kin noun, however far on
        reach = LEAD_KIN_REACH if noun in FAMILY_NOUNS else LEAD_REACH
        for token, entity, _ in given[bisect_left(self.role_starts.get(noun, []), end):]:
            if token >= end + reach or not entity.name:
                return None
            return entity if entity.kind == "person" else None
        return None

    def _is_named(self, m: SpeakerMention) -> bool:
        """'Whitfield', 'his mother, Ann Lee': the head is a name, or has one in apposition."""
        return self._named(m.head) is not None or self._title_opened_by(m.head) is not None

    def _names(self, m: SpeakerMention) -> str | None:
        """'Whitfield' -> 'Karen Whitfield'; 'Mr. Grassley and Mr. Leahy' -> both."""
        opening = self._name_before_apposition(m) or self._holder_closing_body(m)
        if (titled := self._title_opened_by(m.head)) is not None:
            return titled.name  # "Seniors and Long-Term Care Minister Paula Henneberry said"
        named = self._named(opening) if opening is not None else self._named(m.head)
        apposed = self._apposed(m.head, named)
        return joined_names([*self._named_before_and(m), self._not_spoken_about(named, m.head, m.content),
                             *self._named_conjuncts(m.head), *(self._listed_with(apposed) if apposed else [])])

    def _title_opened_by(self, head: Token) -> Entity | None:
        """'Seniors and Long-Term Care Minister Paula Henneberry said', 'Fish, Food and Allied
        Workers union president Colleen Rideout said': where the parser makes the first field of a
        department's or a body's name the subject and the named person its conjunct, the head and
        the words up to the name's title (an "and", commas, capitalised words, hyphens, and a
        lower-case noun of a body right before the title: org-nouns.txt) are that title: the
        speaker is the person named after it, alone. The head must be no entity of a kind."""
        if head.i in self.by_token and self.by_token[head.i][0].kind or not head.text[:1].isupper():
            return None  # a person or a body of its own ("Britain, France and Chancellor X said") speaks too
        # the named person is a conjunct of the head, or its apposition where the parser hung it so
        conj = next((t for t in reversed([*head.conjuncts, *(c for c in head.children if c.dep_ == "appos")])
                     if t.i > head.i), None)
        hit = self.by_token.get(conj.i) if conj is not None else None
        if hit is None or hit[0].kind != "person" or not hit[1].title:
            return None
        opens = hit[1].start - len(hit[1].title.split())
        between = [t.text for t in self.doc[head.i + 1:opens]]
        if between and between[-1] in ORG_NOUNS:
            between.pop()  # "Allied Workers union president": the body's own noun
        fields = [w for w in between if w not in (",", "-", "and")]
        if "and" not in between or not all(w[:1].isupper() for w in fields) or \
                any(self.by_token.get(t.i, (None,))[0] is not None and self.by_token[t.i][0].kind == "person"
                    for t in self.doc[head.i + 1:opens]):
            return None
        return hit[0]

    def _holder_closing_body(self, m: SpeakerMention) -> Token | None:
        """'Consumers Federation of Kenya secretary general Stephen Otieno said': where the parser
        heads the subject on the body and hangs the rest on its "of", the person's name that closes
        the mention, right after the role the article gave it, with no comma between, is who
        speaks, not the body whose office it is."""
        hit, last = self.by_token.get(m.head.i), self.by_token.get(m.end - 1)
        if hit is None or last is None or hit[0].kind != "org" or last[0].kind != "person" or \
                last[1].end != m.end or not last[1].roles and not last[1].title or last[1].start <= m.head.i:
            return None
        between = self.doc[m.head.i + 1:last[1].start]
        # "The Association of Lowden Nurses and Premier Ann Lee said": two speakers, joined
        return self.doc[m.end - 1] if not any(t.is_punct or t.dep_ == "cc" or t.lower_ in ("and", "or", "&")
                                              for t in between) else None

    def _name_before_apposition(self, m: SpeakerMention) -> Token | None:
        """'Mary Atieno, the widow of boda boda rider Samuel Otieno, said': where the parser makes
        a name inside the apposition the cue's subject (a noun read as a verb breaks the phrase), the
        mention that opens with a person's name, a comma and a description ("the", "a", "an";
        description-determiners.txt) names the one it opens with, not the one the description
        is of. The head's own name, where it is the opening one, is read as before."""
        hit = self.by_token.get(m.start)
        if hit is None or hit[0].kind != "person" or hit[1].start != m.start:
            return None
        end = hit[1].end
        if not end + 1 < m.head.i or self.doc[end].text != "," or \
                self.doc[end + 1].lower_ not in DESCRIPTION_DETERMINERS:
            return None
        return self.doc[end - 1]

    def _listed_with(self, first: Token) -> list[Entity]:
        """'Five retailers - Kestrel, Varta, Woolworth Stores, Brill and House of Lund -': the
        names after the first of a list in apposition, read from the words (commas and a
        conjunction between names only), however the parser hung a long list; else its conjuncts."""
        out, i = [], first.i
        while i <= first.right_edge.i:
            hit = self.by_token.get(i)
            if hit is not None:
                out.append(hit[0])
                i = hit[1].end
            elif self.doc[i].text == "," or self.doc[i].tag_ == "CC":
                i += 1
            else:
                return self._named_conjuncts(first)
        return out[1:] if len(out) > 2 else self._named_conjuncts(first)

    def _apposed(self, head: Token, named: Entity) -> Token | None:
        """'Two objectors, Ann Moss and Tom Hale, said': the name in apposition that names a head
        that is no name, whose conjuncts are named with it (a joint speaker stays whole)."""
        if head.i in self.by_token:
            return None
        return next((c for c in head.children if c.dep_ == "appos" and c.i in self.by_token
                     and self.by_token[c.i][0] is named), None)

    def _named_before_and(self, m: SpeakerMention) -> list[Entity]:
        """'Republican Trump and Democrat Clinton said': the parser may hang the first of two
        people, each named with a title of their own, on the second; a person named right before
        the "and" that opens the head's own name or title is a speaker too (in 'Culture, Media and
        Sport Secretary Tessa Jowell' the words before are no person's name)."""
        hit = self.by_token.get(m.head.i)
        if hit is None or hit[0].kind != "person":
            return []
        opens = hit[1].start - len(hit[1].title.split())
        before = self.by_token.get(opens - 2)
        if opens - 2 < m.start or self.doc[opens - 1].lower_ != "and" or before is None or \
                before[1].end != opens - 1 or before[0].kind != "person" or before[0] is hit[0]:
            return []
        return [before[0]]

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
        'Minister', is one only after other words); a people ("Some Kenyans") or a party's member
        that a place qualifies ("The South Carolina Republican") describes, and is none."""
        head = m.head
        return head.tag_ in ("NNP", "NNPS") and head.text[:1].isupper() and \
            (head.lower_ not in TITLES or m.start < head.i) and not plural_acronym(head.text) and \
            not (party_members(head.text) and m.first_word != "the") and not demonym(head.text) and \
            not (party_member(head.text) and m.first_word == "the") and not people_of_a_place(head) and \
            head.lower_ not in CAPITALISED_PEOPLE  # "Gardaí said": officers, capitalised as Irish papers write them

    def _is_firm_word_mistagged(self, m: SpeakerMention) -> bool:
        """'Diversified Investment Group Inc. said ... ¶ Diversified, the holding company for a
        thrift, said': a firm's first word the tagger read as a verb or an adjective ("Allied",
        "Consolidated", "United") before an apposition, so that no name was found there."""
        head = m.head
        return m.start == head.i and head.tag_ not in ("NNP", "NNPS") and head.text[:1].isupper() and \
            head.text[1:].islower() and head.i not in self.by_token and self._firm_of_word(head) is not None

    def _firm_of_word(self, head: Token) -> Entity | None:
        """The one organisation named before `head` by a longer name whose first word `head` is."""
        firms = {id(e): e for e in self.entities if e.kind == "org" and len(e.words) > 1 and
                 e.words[0] == head.text and e.mentions and e.mentions[0].start < head.i}
        return next(iter(firms.values())) if len(firms) == 1 else None

    def _firm_word(self, m: SpeakerMention) -> str | None:
        firm = self._firm_of_word(m.head)
        return firm.name if firm else None

    def _is_family_plural(self, m: SpeakerMention) -> bool:
        """'The Levesques said': the plural of a surname that two people or more of the article
        share is those people together."""
        return m.first_word == "the" and len(self._family_of(m.head)) > 1

    def _family(self, m: SpeakerMention) -> str | None:
        """'The Levesques' -> 'Sarah Levesque and Daniel Levesque', in the order first named."""
        return joined_names(self._family_of(m.head))

    def _family_of(self, head: Token) -> list[Entity]:
        """The people the article names with the surname that `head` is the plural of."""
        text = head.text
        if head.tag_ not in ("NNP", "NNPS") or not text[:1].isupper() or not text.endswith("s"):
            return []
        surnames = {text[:-1], text[:-2]} if text.endswith("es") else {text[:-1]}
        people = [e for e in self.entities if e.kind == "person" and len(e.words) > 1 and e.words[-1] in surnames]
        return sorted(people, key=lambda e: e.mentions[0].start if e.mentions else 0)

    def _proper_noun(self, m: SpeakerMention) -> str | None:
        """'Obama on Climate Change' -> 'Obama': the run of proper nouns as written."""
        return proper_name(m.head)

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
            return self._person_of_body(head, hit[1].end) or self._outlet_of_body(head, hit[1].end) or hit[0]
        if head.text[:1].isupper() and head.text in self.by_word and (head.tag_ in ("NN", "NNP", "NNS", "NNPS") or
                                                                      _capitals(head.text)) \
                and not (party_members(head.text) and head.doc[head.left_edge.i].lower_ != "the") \
                and not (party_member(head.text) and head.i > head.left_edge.i + 1):
            return self.by_word[head.text]  # but "Democrats said" are members, not "the Democrats",
            # nor is "the Florida Republican" the Republican Party: one member, of a place
        return self._appositive(head) or self._role_before_name(head) or self._described_twice(head) or \
            self._named_after_long_role(head) or self._name_closing_the_role(head)

    def _name_closing_the_role(self, head: Token) -> Entity | None:
        """'B.C.'s minister of water, land and resource stewardship, Tom Sandhu, said': a role whose
        own list holds commas, after which the parser hung the name inside the role (as the last
        of its list) instead of in apposition; a person named last in the subject, set off by
        commas and closing it right before the verb, is who holds the role."""
        verb = head.head
        if head.dep_ != "nsubj" or not head.tag_.startswith("NN") or not person_noun(head.lower_) or verb.i <= head.i:
            return None
        end = verb.i - 1 if self.doc[verb.i - 1].text == "," else verb.i
        hit = self.by_token.get(end - 1)
        if hit is None or hit[0].kind != "person" or hit[1].end != end or not head.i < hit[1].start - 1 or \
                self.doc[hit[1].start - 1].text != "," or end - 1 > head.right_edge.i:
            return None
        # a name in apposition to a noun inside the role is that noun's ("a lawyer for the
        # victim's mother, Ann Reed,"): only one the parser took for a word of the role's list
        return hit[0] if self.doc[end - 1].dep_ in ("pobj", "conj") else None

    def _person_of_body(self, head: Token, end: int) -> Entity | None:
        """'Civic Polls’ Dana Holt, a pollster, released data': the parser may head the phrase with
        the body and hang its person on it in apposition; the person right after the body's
        plural possessive mark, named with a known given name, is who speaks."""
        if head.i != end - 1 or end + 1 >= len(self.doc) or self.doc[end].text not in ("'", "’"):
            return None
        hit = self.by_token.get(end + 1)
        if hit is None or hit[1].start != end + 1 or hit[0].kind == "org" or \
                hit[1].words[0].lower() not in GIVEN_NAMES:
            return None
        person = self.doc[hit[1].end - 1]
        return hit[0] if person.dep_ == "appos" and person.head.i == head.i else None

    def _outlet_of_body(self, head: Token, end: int) -> Entity | None:
        """'The Communist Party daily Granma said': the parser may head the phrase with the body
        that owns the outlet (reading "daily" as an adverb) and hang the outlet's name on it in
        apposition, or make it a second subject; the name right after an outlet's noun is who
        speaks."""
        if head.i != end - 1 or end + 1 >= len(self.doc) or self.doc[end].lower_ not in PRESS_NOUNS:
            return None
        hit = self.by_token.get(end + 1)
        if hit is None or hit[1].start != end + 1:
            return None
        outlet = self.doc[hit[1].end - 1]  # in apposition, or a second subject of the same verb
        hung = outlet.dep_ == "appos" and outlet.head.i == head.i or \
            outlet.dep_ == head.dep_ == "nsubj" and outlet.head.i == head.head.i
        return hit[0] if hung else None

    def _role_before_name(self, head: Token) -> Entity | None:
        """'according to curator Elaine Marsh': the parser may part a role from the name it
        heads; a role right before a name that the name was given is that person."""
        hit = self.by_token.get(head.i + 1)
        return hit[0] if hit is not None and hit[1].start == head.i + 1 and head.lower_ in hit[1].roles else None

    def _named_after_long_role(self, head: Token) -> Entity | None:
        """'Executive director of the Boston chapter of the Council on Fair Housing Maria Delgado
        said', 'Nursing student at Ridgeview College Lena Park said': a role with no determiner
        whose own phrase ends, with no comma, in a person's full name right before its verb is
        that person; the parser hangs the name on the last noun of the role's phrase. Not a share
        ("47 percent of Cuban Americans": a number, a people's plural), nor a role the parser joins
        to others ("Minister for Children, Young People and Families Ann Lee": their names would
        be read as speakers beside her)."""
        if head.i + 1 >= len(self.doc) or any(c.dep_ in LONG_ROLE_BARS for c in head.children) or \
                not (person_noun(head.lower_) or head.lower_ in TITLES):
            return None
        last = head.right_edge
        hit = self.by_token.get(last.i)
        if hit is None or hit[1].end != last.i + 1 or hit[1].start <= head.i + 1 or len(hit[1].words) < 2 \
                or last.tag_ != "NNP" \
                or hit[0].kind != "person" or last.i + 1 != head.head.i or self.doc[hit[1].start - 1].is_punct:
            return None
        return hit[0]

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
                    and not bracketed(child) and not past_a_clause(child):
                return self.by_token[child.i][0]
        return self._described_in_apposition(head) or self._holder_after_body(head)

    def _described_in_apposition(self, head: Token) -> Entity | None:
        """'The chair of the judges, the historian Margaret Foyle,': the name after a description
        in apposition (a person's noun with its article), which the parser hangs on that noun."""
        for child in head.children:
            if child.dep_ == "appos" and child.tag_ == "NN" and person_noun(child.lower_) \
                    and child.i not in self.by_token and child.idx not in self.quoted and not past_a_clause(child):
                for name in child.children:
                    if name.dep_ == "appos" and name.i > child.i and name.i in self.by_token \
                            and name.idx not in self.quoted and self._kind_at(name.i) == "person":
                        return self.by_token[name.i][0]
        return None

    def _holder_after_body(self, head: Token) -> Entity | None:
        """'the secretary general of the Harbour Council, Ann Lee,', 'a spokesman for Acme, Tom
        Vell,', 'the MP for Beloeil, Luc Thibault,': the parser may hang the holder's name on the
        body an office is of or speaks for, or on a member's riding; neither has a person in
        apposition, nor has a body's noun the article leaves unnamed ('a spokesman for
        Villalba's party, Raul Achaval,')."""
        if not person_noun(head.lower_):
            return None
        # "The Bloc MP for Beloeil-Chambly, Luc Thibault,": a member's riding, whatever kind its
        # name reads as, is a place that has no person in apposition either
        riding = head.text in POST_NOMINALS
        bodies = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  for o in p.children if o.dep_ == "pobj" and
                  (self._kind_at(o.i) not in (None, "person") or riding and p.lower_ == "for" or
                   self._kind_at(o.i) is None and o.tag_ == "NN" and descriptions.is_org_noun(o) or
                   # "the chair of the judges, Ann Lee,": many people, whom one name is not
                   self._kind_at(o.i) is None and o.tag_ == "NNS" and person_noun(o.lower_) or
                   # "the governor of Pará, Hélder Vasconcelos Filho,": an office's place, named by no entity
                   p.lower_ == "of" and o.tag_ == "NNP" and o.i not in self.by_token)]
        for body in bodies:
            for child in body.children:
                if child.dep_ == "appos" and child.idx not in self.quoted and self._kind_at(child.i) == "person":
                    return self.by_token[child.i][0]
            if (described := self._described_in_apposition(body)) is not None:
                return described  # "the chair of the judges, the historian Ann Lee,"
        return self._holder_after_phrases(head)

    def _holder_after_phrases(self, head: Token) -> Entity | None:
        """'The head of the FBI investigation in Nairobi, Kenneth Piernick, said': past two
        phrases the parser hangs the holder's name on the last noun (a place, an inquiry); the
        name in apposition there, closing the description before its comma, is the holder, where
        no person stands in the phrases between ('the wife of the mayor of Lagos, Ann Lee,' may
        be the mayor)."""
        tok = head
        for depth in range(MAX_PHRASES):
            objects = [o for p in tok.children if p.dep_ == "prep" and p.i > tok.i
                       for o in p.children if o.dep_ == "pobj"]
            if not objects:
                return None
            tok = objects[-1]
            if self._kind_at(tok.i) == "person" or person_noun(tok.lower_) or tok.tag_ in ("PRP", "PRP$"):
                return None
            if depth == 0:
                continue  # one phrase down is the body's own apposition (above)
            named = next((c for c in tok.children if c.dep_ == "appos" and c.idx not in self.quoted
                          and self._kind_at(c.i) == "person"), None)
            if named is not None:
                after = named.right_edge.i + 1
                closes = after == head.right_edge.i + 1 or after < len(self.doc) and self.doc[after].text == ","
                return self.by_token[named.i][0] if closes else None
        return None

    def _kind_at(self, i: int) -> str | None:
        """The kind of the entity whose name holds token `i` ("" where the article does not
        tell); None where no name does."""
        hit = self.by_token.get(i)
        return hit[0].kind if hit else None


def joined_names(entities: list[Entity]) -> str:
    """One name, or several as a reader writes them: 'A and B', 'A, B and C'."""
    names = list(dict.fromkeys(e.name for e in entities if e.name)) or [""]
    names = [name for name in names if not any(_opens_with_and(other, name) for other in names)] or names
    if len(names) == 1:
        return names[0]
    # conventions.md writes each body without its leading "the": "Sunday Times and Evening Post"
    names = [name[4:] if name.startswith("The ") and len(name) > 4 else name for name in names]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _opens_with_and(longer: str, name: str) -> bool:
    """'Fire' of 'Fire and Emergency New Zealand': a body named with "and" inside, whose first part
    the parser made a conjunct of its own, is one speaker; the part is no second name."""
    return longer.startswith(name + " and ")


def _capitals(word: str) -> bool:
    """'WHO', 'ICE': a word in capitals, two letters at least, is an acronym whatever the tagger
    read it as (a question word, a noun), so that "WHO said" is the body the article named so."""
    return len(word) > 1 and word.isalpha() and word.isupper()
