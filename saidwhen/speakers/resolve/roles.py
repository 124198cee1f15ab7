"""Steps that read a description by its role: "the actress", "Connecticut's tax commissioner",
"the French president", as whom the article gave that role, else whom the passage is about."""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ...lexicon import (ANY_PERSON_NOUNS, BROADCAST_ROLES, COUNSEL_NOUNS, COUNTERPART_OFFICES, GOVERNING_PARTIES, JUDGES, LESSER_RANKS,
                        ORG_NAME_WORDS, PAST_HOLDERS,
                        PEOPLE_COUNTRIES, PERSON_PRONOUNS, ROLE_NOUNS, SPEAKING_FOR, TITLES, TRIAL_COUNSEL,
                        UNNAMED_PEOPLE)
from .. import descriptions, ties
from ..descriptions import DEFINITE
from ..entities import HONORIFICS, Entity
from ..lexicon import person_noun
from ..names import NameMention
from ..salience import INDEFINITE, SUBJECT_DEPS
from .grammar import another_government, counted, of_a_body, of_document, opens_paragraph, possessed

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

    from . import SpeakerMention

DESCRIPTION_REACH = 250
LEAD_REACH = 80  # tokens after a lead's description within which its speaker is named
LEAD_KIN_REACH = 300  # ... and a lead's relative ("his sister says"), named by the kin noun
ROLE_REACH = 6  # words between a name and the role noun beside it: "Ann Lee, the man's lawyer"
SHARED_SENTENCES = 1  # sentences apart within which two people given one role leave "the <role>" neither's


class Roles:
    """The steps of Resolver that read roles (mixed into it: `self` is the Resolver)."""

    def _is_possessed_role(self, m: SpeakerMention) -> bool:
        """'Connecticut's tax commissioner': a role a possessive makes definite. Where the
        article gave nobody that role, 'the charity's director' may still be the one the
        passage is about (a definite description, below); 'Acme's director' is nobody."""
        if not (possessed(m.head) and descriptions.person_gender(m.head) is not None):
            return False
        return bool(self._possessed(m.head, m.start, m.end)) or m.first_word not in DEFINITE

    def _possessed_role(self, m: SpeakerMention) -> str | None:
        """'Connecticut's tax commissioner' -> whom the article gives that role."""
        return self._possessed(m.head, m.start, m.end)

    def _is_pronoun_possessed_role(self, m: SpeakerMention) -> bool:
        """'Her granddaughter said', 'his lawyer said': a person's role a possessive pronoun
        makes definite (named only where the article named it so, below)."""
        return m.head.tag_ == "NN" and descriptions.person_gender(m.head) is not None and \
            any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in m.head.children)

    def _pronoun_possessed_role(self, m: SpeakerMention) -> str | None:
        """'Her granddaughter, Shayla Kakegamic, 24, came home ... Her granddaughter said': the
        one the article named in apposition to the same words, the last so named before; else
        nobody (conventions.md: 'her lawyers' unnamed unless the article names them)."""
        word = m.head.lower_
        owner = next(c.lower_ for c in m.head.children if c.dep_ == "poss")
        given = self.by_role.get(word, [])
        for k in range(bisect_left(self.role_starts.get(word, []), m.head.i) - 1, -1, -1):
            start, entity, _ = given[k]  # the name's head: back over its words to its start
            while start > 0 and self.doc[start - 1].tag_ in ("NNP", "NNPS"):
                start -= 1
            if start >= 3 and self.doc[start - 1].text == "," and self.doc[start - 2].lower_ == word and \
                    self.doc[start - 3].lower_ == owner:
                return entity.name
        head = m.head
        if head.sent.start == self.lead and head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT":
            # 'A family ... will stay, their lawyer says. ¶ The family's lawyer, Idris Fofanah,
            # said': the lead's speaker is the one the article next names with the very noun
            named = self._given_the_noun_next(word, m.end)
            if named is None:
                return None
            token = next(t for t, e, _ in self.by_role[word] if t >= m.end and e is named)
            return named.name if self._owner_in_lead(word, token) else None
        named = self._only_counsel_before(word, m.head.i) if word in COUNSEL_NOUNS else None
        if named is None:
            # '"...," her lawyer said. ¶ The lawyer, Paul Ng, said ...': taken up and named later
            later = self._named_later_as(m) or self._taken_up_next(m)
            named = later.name if later is not None and later.kind == "person" else None
        return named

    def _only_counsel_before(self, word: str, before: int) -> str | None:
        """'Andrea Mills is represented by lawyer Paul Ng ... "My client is innocent," her lawyer
        said': the one person the article named with the counsel noun before, near (within a
        description's reach), where it named no other so; nobody where that one argues a side that
        is not the accused's ('Crown lawyer Ann Lee': the prosecution's), is a named one's
        ('Clinton's lawyer Cheryl Mills ... His lawyer said'), or where it named two lawyers."""
        given = [g for g in self.by_role.get(word, [])[:bisect_left(self.role_starts.get(word, []), before)]
                 if g[1].name]
        holders = {id(e) for _, e, _ in given}
        if len(holders) != 1 or any(roles & TRIAL_COUNSEL for _, _, roles in given) or \
                before - given[-1][0] > DESCRIPTION_REACH or any(self._counsel_of_a_name(word, t) for t, _, _ in given):
            return None
        return given[0][1].name

    def _counsel_of_a_name(self, word: str, token: int) -> bool:
        """Whether the counsel noun `word` beside the name ending at `token` is owned by a name
        ('Clinton's lawyer Cheryl Mills', 'a lawyer for Acme, Ann Lee'): that one's, and a later
        'his lawyer' may be anyone else's."""
        for noun in self.doc[token].sent:
            if noun.lower_ == word and abs(noun.i - token) <= ROLE_REACH:
                owners = [c for c in noun.children if c.dep_ == "poss"] + \
                    [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                     if g.dep_ == "pobj"]
                return any(o.tag_ != "PRP$" for o in owners)
        return False

    def _owner_in_lead(self, word: str, token: int) -> bool:
        """Whether the owner of the role noun `word` named beside the name ending at `token`
        ("the family's lawyer", "a lawyer for the family") is one the lead spoke of ("A family
        ..., their lawyer says"); "The Crown's lawyer, Ann Lee," is someone else's."""
        lead = {t.lower_ for t in self.doc[self.lead].sent}
        for noun in self.doc[token].sent:
            if noun.lower_ != word or abs(noun.i - token) > ROLE_REACH:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"] + \
                [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
            return all(o.lower_ in lead for o in owners)
        return True

    def _is_definite_description(self, m: SpeakerMention) -> bool:
        """'the Russian', 'the Glasgow MP', 'the actress': a role, title, nationality or age."""
        return m.first_word in DEFINITE and self._describes(m.head)

    def _described(self, m: SpeakerMention) -> str | None:
        """'the actress' -> whom the article gave that role, else whom the passage is about."""
        if self._left_unnamed_before(m.head):
            return None
        called = self._called(m.head) or self._holder_named_after_body(m)
        if called is None and m.head.lower_ in SPEAKING_FOR and possessed(m.head):
            return None  # "the prime minister's official spokesman": the owner's, unnamed
        return called.name if called else self._description(m.head, m.end, m.content)

    def _left_unnamed_before(self, head: Token) -> bool:
        """'..., a law enforcement official said Friday. ¶ ..., the official said.': "the" takes
        up the speaker last written with the very noun, and where that one was left unnamed ("a",
        "one", "another" and no name), so is this one, whoever else the passage is about."""
        word = head.lower_
        earlier = [h for h in self.speaker_heads if h < head.i and head.i - h <= DESCRIPTION_REACH and
                   self.doc[h].lower_ == word and self.doc[h].tag_ == head.tag_]
        if not earlier:
            return False
        tok = self.doc[max(earlier)]
        return tok.left_edge.lower_ in INDEFINITE | {"one"} and \
            self.name(tok, tok.left_edge.i, tok.i + 1) is None

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

    def _is_definite(self, m: SpeakerMention) -> bool:
        """'the rookie', 'the pair': any other definite phrase may describe someone."""
        return m.first_word in DEFINITE

    def _described_or_going_on(self, m: SpeakerMention) -> str | None:
        """'the rookie' as `_described` reads it; where that names nobody, a noun for a person
        that is no role the article gave ('"We went the other way," said the former top aide')
        is the named person who spoke just before: "the" marks someone the reader knows."""
        named = self._described(m)
        word = m.head.lower_
        if named is not None or descriptions.person_gender(m.head) is not None or m.head.tag_ != "NN" or \
                not (person_noun(word) or word in UNNAMED_PEOPLE):
            return named  # "the plan said", "the crowd": no one who spoke
        speaker = self._speaker_going_on(m.head)
        if speaker is not None and word in UNNAMED_PEOPLE and _offices(speaker):
            return None  # 'Senator Tom Hale said ... “We will win,” the aide said': his aide
        return speaker.name if speaker is not None else None

    def _speaker_going_on(self, head: Token) -> Entity | None:
        """The named person who spoke last before `head`, in its sentence or the one before, or
        before a run of their own quoted sentences ('Sharapova said: “...” “...” The tournament
        debutant added:')."""
        here = self.sentence_of[head.i]
        before = [h for h in self.speaker_heads if h < head.i and
                  (self.sentence_of[h] >= here - 1 or self._only_quoted_between(h, head.sent.start))]
        if not before:
            return None
        named = self.person(self.doc[max(before)])
        return next((e for e in self.entities if e.name == named and e.kind != "org"), None) if named else None

    def _untitled_speaker_going_on(self, head: Token) -> Entity | None:
        """'Mr Straw said of the Tory leader: “...” The Foreign Secretary told the BBC': a title the
        article gives nobody (but the opposition's counterpart: "Shadow foreign secretary Michael
        Ancram"), opening the sentence right after a named person's quotation, is that person,
        named with no office of their own; news writing goes on with an epithet."""
        role = descriptions.word_of(head)
        holders = [e for _, e, roles in self.by_role.get(role, []) if descriptions.COUNTERPART not in roles]
        if role not in TITLES or role in JUDGES or holders or head.left_edge.i != head.sent.start or \
                self.doc[head.left_edge.i].lower_ != "the":
            return None  # a judge hears another's case: "Ann Lee said ... The judge said" is not Lee
        # only right after the speaker's own quotation: "Tom Lee said the crop failed. The prime
        # minister said" brings in someone else
        before = [h for h in self.speaker_heads if h < head.i]
        if not before or not self._only_quoted_between(max(before), head.sent.start):
            return None
        speaker = self._speaker_going_on(head)
        gender = descriptions.person_gender(head) or ""
        offices = {w for w in _offices(speaker) if w in TITLES or w in ROLE_NOUNS} if speaker is not None else set()
        return speaker if speaker is not None and not offices and \
            (not gender or speaker.gender in ("", gender)) else None

    def _only_quoted_between(self, speaker: int, start: int) -> bool:
        """Whether every word from the end of the sentence of token `speaker` to token `start`
        lies in a quotation."""
        words = [t for t in self.doc[self.doc[speaker].sent.end:start] if not (t.is_punct or t.is_space)]
        return bool(words) and all(t.idx in self.quoted for t in words)

    def _describes(self, head: Token) -> bool:
        """A definite phrase whose head is a role, a title, a nationality, an age, or a noun the
        article tied to someone, describes them even when written in capitals."""
        if descriptions.person_gender(head) is not None:
            return True
        if descriptions.is_document(head):
            # "The book, Ledger of Promises, went on sale ... the book says": a document's own
            # title is no speaker; it speaks for whoever made it (`Bodies._owned_by`).
            return False
        return not another_government(head) and self._with_role(descriptions.word_of(head), head.i) is not None

    def _description(self, head: Token, end: int, content: tuple[int, int]) -> str | None:
        """'The rookie', 'the utility', 'the pair', 'the report': whom the article tied the
        description to, else the person or organisation the passage is about."""
        if self._shared_role(head):
            return None
        # A document's own title ("The book, Ledger of Promises,") is no speaker (`_describes`).
        tied = None if descriptions.is_document(head) else \
            self._holder(descriptions.word_of(head), head) or self._holder_right_after(head)
        if tied is not None and tied.kind == "person" and descriptions.is_org_noun(head) and \
                descriptions.is_bare(head) and not any(head.lower_ in m.roles for m in tied.mentions):
            # "Board chair Amanda Sokol says ... The board says": a body's noun alone is the
            # body, not the person whose title it qualifies ("board chair", "union president");
            # a name the article called by the noun itself ("Ford, the US car company") keeps it.
            tied = None
        if tied is not None and self._another_holder(tied, head):
            tied = self._holder_of_qualified(descriptions.word_of(head), head) or self._placed_holder(head)
            return tied.name if tied is not None else None
        if tied is not None:
            return tied.name
        gender = descriptions.person_gender(head)
        if head.lower_ in descriptions.PAIR_NOUNS:
            return self._named_together(head.i)
        if head.tag_ == "NNS":
            document = of_document(head)
            if document is not None:  # "the results of the latest Quinnipiac poll": the poll's, not people
                owner = self._owner(document)
                return owner.name if owner else None
            return self._named_together(head.i, role=descriptions.singular(head.lower_)) or \
                (self._subjects_named_together(head.i) if counted(head) else None)
        if gender is not None:
            entity = self._office_read_before(head) or self._untitled_speaker_going_on(head) or \
                self._last_subject(head.i, gender) or \
                self._salient(head.i, gender, reach=DESCRIPTION_REACH, outside=content)
            introduced = entity is None
            entity = entity or self._introduced_after(head.i, end, content)
            if entity is not None and self._of_another_age(entity, descriptions.age_of(head)):
                # "Ann Lee, 84, ... Tom Lee has been driving water to her house. “...,” the
                # 19-year-old said": an age the article gave someone else is not theirs.
                age = descriptions.age_of(head)
                others = [r for r in self.references[:bisect_left(self.starts, head.i)]
                          if not self._of_another_age(r.entity, age)]
                entity = self._salient(head.i, gender, others, reach=DESCRIPTION_REACH, outside=content)
            if entity is not None and self._named_in(entity, content):
                # "Jonathan Baume ... spoke of rivalry. But the chancellor said Mr Baume was never
                # at the meetings": whom the words name is not who says them, where the passage is
                # about someone else too (a lead may report its own protagonist by name).
                others = [r for r in self.references[:bisect_left(self.starts, head.i)] if r.entity is not entity]
                entity = self._salient(head.i, gender, others, reach=DESCRIPTION_REACH, outside=content) or entity
            if entity is not None and self._described_otherwise(entity, head):
                # "A lawmaker ... is calling for Donald Trump to be banned after the U.S.
                # presidential candidate suggested ...": someone left unnamed as a lawmaker is
                # not the candidate; the person named is.
                named = [r for r in self.references[:bisect_left(self.starts, head.i)] if r.entity.name]
                entity = self._salient(head.i, gender, named, reach=DESCRIPTION_REACH, outside=content)
            if entity is not None and entity is self._acted_on(head):
                return None  # "Ruiz was called “a menace” by the judge": the judge is not Ruiz
            if entity is not None and self._counterpart_of(entity, head):
                # "Shadow chancellor Hugh Darby attacked the plan. The chancellor said": not Darby
                others = [r for r in self.references[:bisect_left(self.starts, head.i)]
                          if not self._counterpart_of(r.entity, head)]
                entity = self._salient(head.i, gender, others, reach=DESCRIPTION_REACH, outside=content)
            if entity is not None and descriptions.word_of(head) in JUDGES and not _offices(entity) & JUDGES and \
                    not any(t.lower_ in PAST_HOLDERS for t in head.lefts):
                # a judge hears others' cases; 'the former chief justice' hears none now
                return self._only_holder(descriptions.word_of(head))
            if entity is not None and self._another_holder(entity, head):
                placed = self._placed_holder(head)  # "President George Bush ... the French president said": not Bush
                return placed.name if placed is not None else None
            if entity is not None and descriptions.peoples(head) and _another_office(entity, head):
                return None  # "President Tom Varga ... The Russian foreign minister said": not Varga
            if entity is not None and self._of_another_party(entity, head):
                member = self._last_of_party(head)  # "Republican Ann Lee ... the Democratic front-runner": not Lee
                return member.name if member is not None else None
            if entity is not None and of_a_body(head) and _offices(entity) and \
                    descriptions.word_of(head) not in _offices(entity) and \
                    not (introduced and not _offices(entity) & ROLE_NOUNS.keys()):
                # "Defense Secretary Ash Carter ... the deputy head of China's delegation"; but a lead
                # that names its protagonist only after ("The top commander of the rebels said ...
                # Gen. Tom Reyes said") gives him a rank, no office of a body that is another's
                return None
            if entity is not None and descriptions.word_of(head) in TITLES:
                self._offices_read.setdefault(_office_key(head), entity)
            return entity.name if entity else None
        outlet = self._outlet_speaking_on(head) or self._outlet_spoke_before(head)  # "the paper" after a paper spoke
        if outlet is not None:
            return outlet
        if descriptions.is_document(head):
            owner = self._owner_before(head) or self._body_that_spoke(head)
            return owner.name if owner else None
        if descriptions.is_org_noun(head):
            return self._body_named_before_kind(head) or self._whose_shares(head) or self._org_speaking_on(head) or \
                self._named_with_qualifier(head) or \
                self._salient_org(head.i, head.lower_, bare=descriptions.is_bare(head)) or \
                self._written_with_owner(head) or self._body_read(head) or self._body_just_the_subject(head)
        return None

    def _shared_role(self, head: Token) -> bool:
        """'Lawyer Ben Holt represents one man, and lawyer Ann Lee the other. “...,” the lawyer
        said': a bare role ("the lawyer", "the senator") that the article gave last to two named
        people with the same words, in one sentence or the next, right before the description (within two sentences)
        and with neither written again before it, tells neither from the other: unnamed
        (conventions.md), not the nearer of the two."""
        if not descriptions.is_bare(head):
            return False
        role = descriptions.word_of(head)
        given = [(token, entity, roles) for token, entity, roles in
                 self.by_role.get(role, [])[:bisect_left(self.role_starts.get(role, []), head.i)]
                 if entity.name and entity.kind != "org"]
        if not given:
            return False
        last_token, last, words = given[-1]
        # Given the role the same way: "Chief Ann Lee ... Grand Chief Tom Hale" are told apart by
        # the rank (`_holder_with`), "lawyer Ann Lee ... lawyer Tom Hale" are not.
        other = next(((t, e) for t, e, w in reversed(given) if e is not last and e.name != last.name and w == words),
                     None)
        given_in = self.sentence_of[last_token]
        if other is None or given_in - self.sentence_of[other[0]] > SHARED_SENTENCES or \
                self.sentence_of[head.i] - given_in > SHARED_SENTENCES + 1:
            return False  # far on, the passage has moved to whom it is about
        since = self.references[bisect_left(self.starts, last_token + 1):bisect_left(self.starts, head.i)]
        return not any(r.entity in (last, other[1]) and r.sentence > self.sentence_of[last_token] for r in since)

    def _of_another_party(self, entity: Entity, head: Token) -> bool:
        """'Republican Ann Lee ... the Democratic front-runner': a description that names a party
        is not someone the article writes with another party and never with this one; nor is
        "the Conservative", a party's member alone."""
        wanted = _parties([*head.lefts, head])
        if not wanted:
            return False
        written = set().union(*(_parties(_written_with(self.doc, m)) for m in entity.mentions))
        return bool(written) and not wanted <= written

    def _last_of_party(self, head: Token) -> Entity | None:
        """The person named last before `head` whom the article writes with every party the
        description names."""
        wanted = _parties([*head.lefts, head])
        for ref in reversed(self.references[:bisect_left(self.starts, head.i)]):
            entity = ref.entity
            if entity.kind != "org" and entity.name and \
                    wanted <= set().union(*(_parties(_written_with(self.doc, m)) for m in entity.mentions)):
                return entity
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

    def _placed_holder(self, head: Token) -> Entity | None:
        """'President Marc Duval of France ... the French president': the one holder of the bare
        title whom the article places in the country of the description's people, with the
        title's own grammar ("of France" after the name, "France's" before the title, or in an
        apposition: "Marc Duval, president of France,"); no one where two holders are placed so,
        or none is (a president who flew to Lyon is not France's)."""
        countries = {PEOPLE_COUNTRIES[p] for p in descriptions.peoples(head) if p in PEOPLE_COUNTRIES}
        if len(countries) != 1:
            return None
        names = [name.split() for name in countries.pop().split("|")]  # "united states | america"
        holders = {id(e): e for _, e, _ in self.by_role.get(descriptions.word_of(head), []) if e.name}
        placed = [e for e in holders.values()
                  if any(_placed_in(self.doc, m, country) for m in e.mentions for country in names)]
        return placed[0] if len(placed) == 1 else None

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

    def _named_in(self, entity: Entity, content: tuple[int, int]) -> bool:
        """Whether the quote's words (tokens [start, end)) name `entity` as the subject of a clause:
        one who reports on himself says "he" ('he would take the title of Lord Kinnock'), a name
        that does something in the words is someone else ('said Mr Fallon was impugning ...')."""
        return any(self.by_token[i][0] is entity and self.doc[i].dep_ in SUBJECT_DEPS
                   for i in range(*content) if i in self.by_token)

    def _office_read_before(self, head: Token) -> Entity | None:
        """'Tony Blair has said ... The prime minister said ... Mr Bush was sworn in. ... the
        prime minister said': an office the article gave nobody by name is, written the same way
        again, the person it was read as before (quotes are read in text order), not whoever was
        the subject last."""
        return self._offices_read.get(_office_key(head)) if descriptions.word_of(head) in TITLES else None

    def _described_otherwise(self, entity: Entity, head: Token) -> bool:
        """Whether `entity` is someone the story leaves unnamed under another noun than the
        description's ('a lawmaker' for 'the candidate'; 'a cashier' for 'the woman' may be the
        same person, so only a noun of another role: one that is no mere person or gender)."""
        if entity.name:
            return False
        noun = next((self.doc[i].lower_ for i, e in self.unnamed if e is entity), "")
        word = descriptions.word_of(head)
        # Someone's spokesman is no one else under another noun ('the prime minister' is not
        # the prime minister's spokesman), though "spokesman" says a gender.
        return bool(noun) and noun != word and \
            (noun in SPEAKING_FOR or not _any_person(noun) and not _any_person(word))

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
        if tied is None:
            subject = self._person_subject_before(head.i)
            if subject is not None and self._epithet_of(head, subject):
                tied = subject
            elif subject is None and opens_paragraph(self.doc, start):
                tied = self._introduced_next(head.i, end)
        return tied.name if tied else None

    def _person_subject_before(self, at: int) -> Entity | None:
        """The person the article names as the subject of the sentence before the one of token
        `at`: "Jonny Wilkinson looks set to miss ... ¶ England's World Cup-winning fly-half
        said" goes on about him, and the person named next introduces no one it describes."""
        here = self.sentence_of[at]
        for ref in reversed(self.references[:bisect_left(self.starts, at)]):
            if self.sentence_of[ref.token] < here - 1:
                return None
            if self.sentence_of[ref.token] == here - 1 and ref.entity.kind == "person" and \
                    self.doc[ref.token].dep_ in SUBJECT_DEPS:
                return ref.entity
        return None

    def _epithet_of(self, head: Token, subject: Entity) -> bool:
        """"Jonny Wilkinson looks set to miss ... England's World Cup-winning fly-half said": news
        writing names the one a story is about, then goes on with an epithet of the place or team
        he plays for and what sets him apart ('World Cup-winning', 'new'). A bare role ("Acme's
        director") may be someone else, and one owned by a person ("Hale's coach") or speaking for
        one ("the prime minister's official spokesman") is."""
        if head.lower_ in SPEAKING_FOR or _another_office(subject, head):
            return False  # "President Tom Varga ... Iraq's foreign minister said": not Varga
        owners = [c for c in head.children if c.dep_ == "poss"]
        marked = any(c.dep_ == "amod" and c.i < head.i for c in head.children)
        owned_by = [self._named(o) for o in owners]
        return marked and bool(owners) and not any(o is subject or o is not None and o.kind == "person"
                                                   for o in owned_by)

    def _role_given_after(self, role: str, end: int) -> Entity | None:
        """The person given the role by name just after `end`; not someone a later sentence
        leaves unnamed under the same noun ("a judge should chair it" is any judge)."""
        given = self.by_role.get(role, [])
        for token, entity, _ in given[bisect_left(self.role_starts.get(role, []), end):]:
            if token >= end + LEAD_REACH:
                return None
            if entity.name:
                return entity
        return None

    def _introduced_next(self, before: int, end: int) -> Entity | None:
        """The person first named as the subject of the first name in a later sentence; a body
        named on the way, not as a subject (the hospital she went to), is passed over."""
        here = self.sentence_of[before]
        passed = set()  # sentences of the broadcast's own journalist: "Correspondent Paul Ndiaye reports from Abidjan"
        for ref in self.references[bisect_left(self.starts, end):]:
            if ref.token >= end + LEAD_REACH:
                return None
            if self.sentence_of[ref.token] in (here, *passed) or self.doc[ref.token].lower_ in PERSON_PRONOUNS:
                continue
            if ref.entity.kind == "org" and self.doc[ref.token].dep_ not in SUBJECT_DEPS:
                continue  # "She took her son to Red River Hospital": where the story goes, no one
            if _the_broadcast_s_own(self.doc[ref.token]):
                passed.add(self.sentence_of[ref.token])  # who tells, not who is told of
                continue
            new = ref.entity.kind != "org" and bool(ref.entity.mentions) and ref.entity.first >= end
            return ref.entity if new and self.doc[ref.token].dep_ in SUBJECT_DEPS else None
        return None

    def _holder(self, role: str, head: Token) -> Entity | None:
        """Who the article gave the role of the description headed by `head`. 'The health
        minister' is the one given that title ('Health Minister Ana Ruiz') over the minister
        named last; where nobody was, the kind of role is left aside ('union president Tom
        Vell' for 'Tom Vell, president of the union'), never a capitalised qualifier. 'The
        former president' is the one called so, where the article called one so, over the
        president named last, and 'the president' one not called so; where nobody was given
        the role so, whoever was given it."""
        if another_government(head):
            return None
        past = descriptions.is_past(head)
        return self._holder_with(role, head, past) or self._holder_with(role, head, None)

    def _holder_with(self, role: str, head: Token, past: bool | None) -> Entity | None:
        qualifiers = descriptions.qualifiers(head)
        kinds = descriptions.kinds_of_role(head)
        age = descriptions.age_of(head)
        counterpart = descriptions.is_counterpart(head)
        if (role in TITLES or role in ROLE_NOUNS) and self._given_bare(role):
            # "Chief Norman Kakegamic ... Grand Chief Alvin Moose ... the chief said": Kakegamic;
            # "the grand chief said": Moose. A role too: "Head coach Dana Birch ... Assistant
            # coach Leo Marsh ... the coach said" is Birch.
            ranks = frozenset(t.lower_ for t in head.lefts if t.lower_ in LESSER_RANKS)
            if ranks:
                return self._with_role(role, head.i, qualifiers | ranks, past, age, counterpart=counterpart)
            if not kinds and not qualifiers:
                return self._with_role(role, head.i, past=past, age=age, bare=True, counterpart=counterpart)
        return (self._with_role(role, head.i, qualifiers | kinds, past, age, counterpart=counterpart) if kinds else None) or \
            self._with_role(role, head.i, qualifiers, past, age, counterpart=counterpart)

    def _given_bare(self, role: str) -> bool:
        """Whether the article gave a title both bare ('Chief Norman Kakegamic') and with a lesser
        rank before it ('Grand Chief Alvin Moose'; lexicon/lesser-ranks.txt)."""
        ranked = [bool(roles & LESSER_RANKS) for _, _, roles in self.by_role.get(role, [])]
        return any(ranked) and not all(ranked)

    def _with_role(self, role: str, before: int, qualifiers: frozenset[str] = frozenset(),
                   past: bool | None = None, age: int | None = None, bare: bool = False,
                   counterpart: bool | None = None) -> Entity | None:
        """Who the article gave this role: 'actress Nora Quist', 'Ms. Ortiz, the minister,',
        'Hydro One, the utility'. A qualified role ('the Glasgow Kelvin MP') needs the same
        qualifiers: 'Labour MP Oona King' is another MP. Given `past`, only one given the role
        as held before ('Former President Ann Lee') or, if false, one given it as held now.
        Given an `age` ('the 19-year-old'), not one the article gave another age ('Ann Lee, 84,');
        `bare`, not one given the title with a lesser rank ('Grand Chief'). Given `counterpart`,
        only one given it as the opposition's counterpart ('shadow chancellor Ann Lee') or, if
        false, one not given it so."""
        # Back from `before`, among the places this role was given: a long article gives hundreds.
        given = self.by_role.get(role, [])
        for k in range(bisect_left(self.role_starts.get(role, []), before) - 1, -1, -1):
            _, entity, roles = given[k]
            if qualifiers <= roles and (past is None or (descriptions.PAST in roles) == past) and \
                    not self._of_another_age(entity, age) and not (bare and roles & LESSER_RANKS) and \
                    (counterpart is None or (descriptions.COUNTERPART in roles) == counterpart):
                return entity
        return None

    def _of_another_age(self, entity: Entity, age: int | None) -> bool:
        """Whether the article gave `entity` an age other than `age` ('Mary Lee, 84,' is not 'the
        19-year-old'); an age not given either way tells nothing."""
        if age is None:
            return False
        return any((given := ties.stated_age(self.doc, m.end)) is not None and given != age
                   for m in entity.mentions)

    def _counterpart_of(self, entity: Entity, head: Token) -> bool:
        """Whether the article gave `entity` the description's office only as the opposition's
        counterpart of it where the description names the office itself ('shadow chancellor
        Ann Lee' for 'the chancellor'), or only as the office where it names the counterpart."""
        wanted = descriptions.is_counterpart(head)
        word = descriptions.word_of(head)
        given = [roles for _, e, roles in self.by_role.get(word, []) if e is entity]
        if not given and not wanted and word in TITLES:
            # "Shadow home secretary David Davis ... the prime minister pledged": one the article
            # gives only a shadow office holds no office of the government's
            given = [roles for _, e, roles in self.with_roles if e is entity and any(r in TITLES for r in roles)]
        return bool(given) and all((descriptions.COUNTERPART in roles) != wanted for roles in given)

    def _holder_right_after(self, head: Token) -> Entity | None:
        """'“...,” the economy minister said. “...,” said economy minister Ken Sato.': a role
        nobody was given before, written the same way (its words before the noun too) as the
        title of a person in the description's sentence or the next, is theirs; a bare "the
        minister" may be any minister named next."""
        role, key = descriptions.word_of(head), _office_key(head)
        if len(key) < 2 or another_government(head):
            return None
        here = self.sentence_of[head.i]
        given = self.by_role.get(role, [])
        for token, entity, _ in given[bisect_left(self.role_starts.get(role, []), head.i + 1):]:
            if self.sentence_of[token] > here + 1:
                break
            start = next((m.start for m in entity.mentions if m.end - 1 == token), None)
            if start is None or start < len(key) or entity.kind != "person" or not entity.name:
                continue
            shadowed = start > len(key) and self.doc[start - len(key) - 1].lower_ in COUNTERPART_OFFICES
            if tuple(t.lower_ for t in self.doc[start - len(key):start]) == key and \
                    shadowed == (key[0] in COUNTERPART_OFFICES):
                return entity  # not "the culture secretary ... shadow culture secretary Tom Bray"
        return None

    def _introduced_after(self, before: int, end: int, content: tuple[int, int]) -> Entity | None:
        """'Violent games need warnings, the trade secretary has said. Patricia Hewitt ...': a
        news lead describes its speaker and names her in the next sentence. Only where nobody
        was named before the description, a dateline's place ("O'SMACH, Cambodia (AP)_") or a
        headline's line before the lead aside."""
        if any(self.lead <= r.token < before and not content[0] <= r.token < content[1] for r in self.references):
            return None
        here = self.sentence_of[before]
        later = [r for r in self.references if end <= r.token < end + LEAD_REACH and
                 self.sentence_of[r.token] > here and self.doc[r.token].lower_ not in PERSON_PRONOUNS
                 and (r.entity.kind == "person" or not r.entity.kind and len(r.entity.words) > 1)]
        # The subject introduces the speaker: "Speaking at the trial of Ann Lee, Tom Ruiz said".
        later.sort(key=lambda r: self.doc[r.token].dep_ not in SUBJECT_DEPS)
        return later[0].entity if later else None


PARTY_REACH = 4  # words before a name, and of an apposition after it, that may name its party


def _parties(tokens) -> set[str]:
    """The parties capitalised words name ('Democratic', 'Republican', 'Labour', 'Tory'), as
    their members are written ('democrat')."""
    out = set()
    for tok in tokens:
        word = tok.lower_
        word = word[:-2] if word.endswith("ic") and word[:-2] in GOVERNING_PARTIES else word
        if tok.text[:1].isupper() and word in GOVERNING_PARTIES:
            out.add(word)
    return out


def _written_with(doc: Doc, mention: NameMention) -> list[Token]:
    """The words written with a name: before it, up to a word that ends a noun phrase's
    modifiers ('Republican front-runner Ann Lee', "Labour's Ann Lee"; not "said Democrat Ann
    Lee"), and its apposition after it ('Ann Lee, the Republican front-runner,')."""
    out = []
    for tok in reversed(doc[max(0, mention.start - PARTY_REACH - len(mention.title.split())):mention.start]):
        if tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PUNCT", "CCONJ") and tok.tag_ != "HYPH":
            break
        out.append(tok)
    if mention.end < len(doc) and doc[mention.end].text == ",":
        for tok in doc[mention.end + 1:mention.end + 2 + PARTY_REACH]:
            if tok.is_punct and tok.tag_ != "HYPH":
                break
            out.append(tok)
    return out


def _office_key(head: Token) -> tuple[str, ...]:
    """An office as written, its words before the head included: 'the prime minister', 'the
    former prime minister' and 'the foreign minister' are three."""
    return (*(t.lower_ for t in head.lefts if t.dep_ not in ("det", "poss", "punct")), head.lower_)


def _offices(entity: Entity) -> set[str]:
    """The roles and titles the article gave `entity`, honorifics ("Mr", "Dr") aside."""
    return {w for m in entity.mentions for w in offices_given(m)}


def offices_given(mention: NameMention) -> set[str]:
    """The roles and titles one name is written with, honorifics ("Mr", "Dr") aside."""
    words = {*mention.roles, *mention.title.split()}
    return {w for w in words if w.rstrip(".") not in HONORIFICS and w not in HONORIFICS}


def _another_office(entity: Entity, head: Token) -> bool:
    """Whether the description names an office of its own kind ('foreign minister') that the
    article gave `entity` none of, where it gave them another ('President Tom Varga'): a wire
    story names each government's officers by their own office. An office with no kind ('the
    premier') may be the same one written another way ('Prime Minister')."""
    word = descriptions.word_of(head)
    offices = {w.lower() for w in _offices(entity)}
    kinds = {t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound") and t.text.islower()}
    return word in TITLES and bool(offices) and word not in offices and bool(kinds) and not kinds & offices


def _any_person(word: str) -> bool:
    """'the woman', 'the man', 'the person', 'the 24-year-old': a noun any person may be called,
    not a role that tells one from another."""
    return ROLE_NOUNS.get(word) in ("m", "f") or word in ANY_PERSON_NOUNS


APPOSITION_REACH = 3  # words of an apposition's title before its "of": ", the deputy prime minister of"


def _placed_in(doc: Doc, mention: NameMention, country: list[str]) -> bool:
    """Whether the title or name of `mention` places its holder in `country` (lower-cased
    words): "President Marc Duval of France", "France's President Marc Duval", "Marc Duval,
    president of France,", "Marc Duval, France's president,"."""
    def country_at(i: int) -> bool:
        words = [t.lower_ for t in doc[i:i + len(country)]]
        return words == country and doc[i].text[:1].isupper()

    def of_country(i: int) -> bool:  # after "of": "France", "the United States"
        return country_at(i) or doc[i].lower_ == "the" and country_at(i + 1)

    def owned_at(i: int) -> bool:  # "France's": the country, then its possessive mark
        return i >= 0 and country_at(i) and i + len(country) < len(doc) and doc[i + len(country)].tag_ == "POS"

    titled = mention.start - len(mention.title.split()) - len(country) - 1
    if mention.title and owned_at(titled):
        return True
    k = mention.end
    if k + 1 < len(doc) and doc[k].lower_ == "of" and of_country(k + 1):
        return True
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    if owned_at(k) or k < len(doc) and doc[k].lower_ == "the" and owned_at(k + 1):
        return True
    for j in range(k, min(k + APPOSITION_REACH + 1, len(doc) - 1)):
        if doc[j].lower_ == "of":
            return of_country(j + 1)
        if doc[j].is_punct:
            return False
    return False


def _the_broadcast_s_own(name: Token) -> bool:
    """A name with a broadcast's role written before it ("Correspondent Paul Ndiaye reports from
    Abidjan", broadcast-roles.txt): the report's own journalist, led in after its first
    sentence, whom a lead's "Ivory Coast's military leader says" never describes."""
    return any(c.dep_ == "compound" and c.i < name.i and c.lower_ in BROADCAST_ROLES for c in name.children)
