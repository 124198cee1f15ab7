"""Steps that read organisations and documents: "Oxfam's report", "the company", "the Trump
campaign", "it said" after a company, as the body that speaks or the one that issued the text."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...quotes.attribution import past_dateline, stranded_subject
from ...lexicon import KINDS_AFTER_NAMES
from ...lexicon import BODIES_OVER_A_BODY, DIVISIONS, ORG_NAME_WORDS, SHARE_NOUNS
from ...lexicon import (BARE_BODY_ACRONYMS, BARE_BODY_FOREIGN_WORDS, BARE_BODY_NOUNS, BODY_VARIATIONS, GOVERNMENT_BODIES, WATCHDOG_NOUNS, COMPANY_EPITHETS, COUNTRY_LETTERS, DOCUMENT_VERBS, FIRM_ROLES, GENERIC_ORG_NOUNS, GOVERNMENTS,
                        MADE_DOCUMENTS, OBTAINING_PARTICIPLES, ORG_NOUNS, OUTLET_NAMES, OUTLET_REPORTED, PARTY_NAMES, PEOPLE_COUNTRIES,
                        PERSON_PRONOUNS, STATE_OWNERS)
from .. import descriptions
from ..descriptions import DEFINITE
from ..entities import Entity
from ..kinds import given_name_only
from ..lexicon import person_noun
from ..salience import INDEFINITE, SUBJECT_DEPS, _named_so, government_body, no_firm_for
from .grammar import bracketed, of_document, past_a_clause, place_qualifier, shares_of
from .groups import GROUP_REACH
from .roles import DESCRIPTION_REACH

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Span, Token

    from ..salience import Reference
    from . import SpeakerMention

# Countries as news writes them: 'US', 'UK', and the country of each people ('Britain').
COUNTRIES = frozenset({w.lower() for w in COUNTRY_LETTERS} |
                      {name.strip() for names in PEOPLE_COUNTRIES.values() for name in names.split("|")})

OUTLET_SENTENCES = 4  # sentences back in which an outlet spoke that "the paper" goes on with
SPOKE_SENTENCES = 2  # sentences back in which a body spoke whose document "the report" is
EPITHET_SENTENCES = 1  # sentences back in which a company epithet's company is the subject
TRADE_ENDINGS = ("er", "or")  # "miner", "operator": a trade a person may ply too
LEDE_WORDS = 12  # the lede is the first sentence of at least this many words (headlines are shorter)


class Bodies:
    """The steps of Resolver that read organisations and documents (mixed into it: `self` is
    the Resolver)."""

    def _is_document_or_org(self, m: SpeakerMention) -> bool:
        """'Oxfam's report', 'Variety trade magazine', 'the company', 'early results of the exit
        poll' (a part of a document)."""
        return descriptions.is_document(m.head) or descriptions.is_org_noun(m.head) or _of_document(m.head)

    def _is_shared_body_word(self, m: SpeakerMention) -> bool:
        """'the Bank' after "the Bank of Canada" and "the Bank of England": a mention that is only
        "the" and an organisation's noun in capitals, which begins or ends the names of two bodies
        the article gives, is no name of either but the noun "the bank" (conventions.md: a
        description the article ties to one organisation gets its name), read as `_owned_by` reads it."""
        hit = self.by_token.get(m.head.i)
        if m.first_word not in DEFINITE or (m.start + 1, m.start + 2) != (m.head.i, m.end) or hit is None or \
                len(hit[1].words) != 1 or not descriptions.is_org_noun(m.head):
            return False
        word = m.head.text
        bodies = [e for e in self.entities
                  if e.kind == "org" and len(e.words) > 1 and word in (e.words[0], e.words[-1])]
        return len(bodies) > 1

    def _is_company_epithet(self, m: SpeakerMention) -> bool:
        """'Tessaro Corp. fell 1/8 to 22. The semiconductor concern said ...': business news
        names a company, then calls it by what it is ('the German giant', 'the jewelry store
        operator', 'the Vancouver-based miner'), a description the article ties to that
        company (conventions.md). A trade a person may ply ('the miner') only right after the
        company was a subject: the miner of a mine disaster is a person. The nouns any
        organisation is called by ('the company', 'the bank') are read by `_is_document_or_org`."""
        if m.first_word not in DEFINITE or not _reads_as_company(m.head):
            return False
        return self._company_before(m.head) is not None or _firm_word(m.head) or _placed_trade(m.head)

    def _company_epithet(self, m: SpeakerMention) -> str | None:
        """The company just named as a subject, else ('the thrift', 'the concern': a firm's
        word, no trade) the company the story is about, as 'the company' is."""
        company = self._company_before(m.head)
        if company is not None:
            return company.name
        if not _firm_word(m.head):  # a placed trade: the firm the lead is about, as wires write it
            lead = self._lead_company()
            return lead.name if lead is not None else None
        story = self._salient_org(m.head.i, "company", bare=descriptions.is_bare(m.head))
        return None if story is None or story.lower() in COUNTRIES else story

    def _lead_company(self) -> Entity | None:
        """The body that is the subject of the story's lead: 'Tony Lama Co. said that Equus has
        proposed ...' is about Tony Lama, whoever is named more often after."""
        for ref in self.references:
            tok = self.doc[ref.token]
            if tok.sent.start == self.lead and tok.dep_ in SUBJECT_DEPS and tok.idx not in self.quoted:
                return ref.entity if _a_body(ref.entity) else None
        return None

    def _company_before(self, head: Token) -> Entity | None:
        """The company that is the subject nearest before `head`, in its sentence or the one
        before, or the company in a person subject's title ('Qantas chief Alan Joyce said ...
        The carrier said'); None where that subject is a person of no company (or nobody the
        article names) or a government's body ("Loblaw said ... Statistics Canada said ... The
        company said" is no agency's)."""
        here = self.sentence_of[head.i]
        for ref in reversed(self.references[:bisect_left(self.starts, head.i)]):
            if ref.sentence < here - EPITHET_SENTENCES:
                break
            tok = self.doc[ref.token]
            if tok.dep_ not in SUBJECT_DEPS or tok.idx in self.quoted:
                continue
            if government_body(ref.entity):
                return None  # "Statistics Canada said ... The company said": no company
            return ref.entity if _a_body(ref.entity) else self._employer_in_title(tok)
        return self._opening_unparsed(head)

    def _employer_in_title(self, subject: Token) -> Entity | None:
        """'Qantas chief Alan Joyce', 'Ryanair chief executive Michael O'Leary': the
        organisation named in the subject's phrase before the person's name."""
        start = self.name_start(subject.i)
        if start is None:
            return None
        for i in range(subject.left_edge.i, start):
            hit = self.by_token.get(i)
            if hit is not None and _a_body(hit[0]):
                return hit[0]
        return None

    def _opening_unparsed(self, head: Token) -> Entity | None:
        """'Intel eased 1/8 to 31 7/8. The semiconductor concern said': only the sentences near a
        quote are parsed, and no name is found in one that is not; a name the article gives
        elsewhere that opens the sentence before is its subject, as in news."""
        if head.sent.start == 0:
            return None
        before = self.doc[head.sent.start - 1].sent
        first = next((t for t in before if not t.is_space), None)
        if first is None or first.dep_ or first.idx in self.quoted:
            return None
        opening = [t.text for t in self.doc[first.i:before.end]]
        named = [e for e in self.entities if e.words and opening[:len(e.words)] == list(e.words)]
        entity = max(named, key=lambda e: len(e.words), default=None)
        return entity if entity is not None and _a_body(entity) else None

    def _owned_by(self, m: SpeakerMention) -> str | None:
        """'Oxfam's report' -> 'Oxfam'; 'the Trump campaign' -> 'Trump campaign'."""
        named = self._owned(m.head, m.start, m.end) or self._firm_just_named(m) or self._body_named_next(m) or \
            self._lead_body_named_next(m.head) or self._body_its_people_call(m)
        if named is not None and m.first_word in DEFINITE and descriptions.is_bare(m.head) and \
                descriptions.is_org_noun(m.head) and not descriptions.is_document(m.head):
            # "The Competition Commission will sue ..., the regulator alleges. “...,” the
            # regulator said": a body's noun once read as a body goes on with it, where nothing
            # else names it (`_body_read`), as a title read once does (`_office_read_before`).
            self._bodies_read[m.head.lower_] = named
        return named

    def _body_its_people_call(self, m: SpeakerMention) -> str | None:
        """'The Public Service Alliance of Canada said ... ¶ “...,” said Maryse Thibault, the union's
        national president. ¶ The union said ...', 'The Association of Professional Flight
        Attendants said ... union President Denise Hollis said ... according to the union': the
        article itself calls the body that spoke by the noun, in the title of one of its people
        after it, so "the" and that noun go on with it (conventions.md: a description the article
        ties to a named organisation gets its name). The last body that spoke, in this sentence
        or the three before, only."""
        head = m.head
        if head.tag_ != "NN" or m.first_word not in DEFINITE or not descriptions.is_bare(head):
            return None
        here = self.sentence_of[head.i]
        reach = here - SPOKE_SENTENCES - 1
        for h in sorted((h for h in self.speaker_heads if h < m.start and self.sentence_of[h] >= reach), reverse=True):
            named = self._named(self.doc[h])
            if named is None or named.kind != "org" or government_body(named):
                continue  # a government's body is no union, firm or league of its people
            called = any(t.lower_ == head.lower_ and t.dep_ in ("poss", "compound") and
                         (person_noun(t.head.lower_) or person_noun(t.nbor().lower_))
                         for t in self.doc[h + 1:m.start])
            return named.name if called else None
        return None

    def _body_named_next(self, m: SpeakerMention) -> str | None:
        """'An emergency department will close ..., the hospital said Wednesday. ¶ Huron Shores
        Health Alliance said in a news release ...', 'Nurses have voted to strike, their union
        says. ¶ The Saskatchewan Union of Nurses announced the result': a lede (the first long
        sentence) that gives its body only by a noun, before any body is named, names it as the
        subject of the sentence after (news writes the speaker's full name second); a shorter
        sentence's noun is no lede's ("Crews closed the bridge. The department said ... The
        Department of Roads later said" may be another department). A body named there for the first
        time only, and only where nothing before the noun named any."""
        if m.head.tag_ != "NN" or not (m.first_word in DEFINITE or self.doc[m.start].tag_ == "PRP$") or \
                descriptions.is_document(m.head) or m.head.sent != self._lede():
            return None
        after = bisect_left(self.starts, m.start)
        if any(ref.entity.kind == "org" for ref in self.references[:after]):  # a place may come first
            return None
        following = self.sentence_of[m.head.i] + 1
        for ref in self.references[after:]:
            if ref.sentence > following:
                break
            hit = self.by_token.get(ref.token)
            tok = self.doc[hit[1].start:hit[1].end].root if hit else self.doc[ref.token]  # "Union of Nurses"
            if ref.sentence == following and ref.entity.kind == "org" and _a_body(ref.entity) and \
                    tok.dep_ in SUBJECT_DEPS and tok.idx not in self.quoted and \
                    all(r.sentence == following for r in self.references
                        if r.entity is ref.entity and r.token < ref.token):
                return ref.entity.name
        return None

    def _firm_just_named(self, m: SpeakerMention) -> str | None:
        """'Nokia cut prices. The Finnish firm said': where nothing else names it, a firm's
        noun goes on with the body that was the subject just before ('Yukos filed for
        bankruptcy. The embattled oil firm said'), as a company epithet does."""
        if m.first_word not in DEFINITE or m.head.tag_ != "NN" or m.head.lower_ not in GENERIC_ORG_NOUNS:
            return None
        company = self._company_before(m.head)
        return None if company is None or company.name.lower() in COUNTRIES else company.name

    def _lede(self) -> Span | None:
        """The article's first sentence of LEDE_WORDS words or more (read once per article)."""
        if not hasattr(self, "_lede_read"):
            self._lede_read = next((s for s in self.doc.sents if sum(t.is_alpha for t in s) >= LEDE_WORDS),
                                   None)
        return self._lede_read

    def _nearby_org(self, before: int, content: tuple[int, int] | None = None) -> str | None:
        """'It said' and 'they said' name the organisation that was just the subject, if one was.

        Given the `content` of the quote "it" speaks, a body named in that content or in another
        speaker's words is spoken about ('The regulator said ... The Union, in particular, was
        bringing in new rules, it noted'; 'the bank said Leeds was "a city in which Norvex owns
        no property." It also said ...'): "it" goes on with the body that spoke before, where one
        did within reach; else with the body so named, as before. Another's words are those
        inside quotation marks, and the subject of the words a speaker's verb reports ('the bank
        said Norvex was ...') in this sentence or the one before, or further back once a body
        was passed over (a parse may miss a name in between)."""
        passed = None
        here = self.sentence_of[before]
        for ref in reversed(self.references[:bisect_left(self.starts, before)]):
            if before - ref.token > GROUP_REACH:
                return passed
            name = self._org_subject(ref, before)
            if name is None:
                continue
            if content is not None and (content[0] <= ref.token < content[1] or self.doc[ref.token].idx in self.marked or
                                        (passed is not None or ref.sentence >= here - 1) and self._reported_subject(ref.token)):
                passed = passed or name
                continue
            if passed is not None and ref.token not in self.speaker_heads:
                return passed
            return name
        return passed

    def _reported_subject(self, at: int) -> bool:
        """Whether the name at token `at` is the subject of the words a speaker's verb reports
        ('the bank said Leeds was ...')."""
        tok = self.doc[at]
        verb = tok.head
        return tok.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp" and \
            any(c.i in self.speaker_heads for c in verb.head.children if c.dep_ in SUBJECT_DEPS)

    def _org_subject(self, ref: Reference, before: int) -> str | None:
        """The body `ref` names where it is one "it" or "they" before token `before` may
        refer to (`_nearby_org`), else None."""
        tok = self.doc[ref.token]  # "sports car maker Brennheim may join ..., it insists"
        subject = tok.dep_ in SUBJECT_DEPS or tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS
        entity = ref.entity
        if entity.kind == "org" and (subject or shares_of(tok)):
            return entity.name
        # "Sony has said ... it said": a name of no known kind that said something in this
        # sentence or the one before, and that "it" goes on with, is a body, never a person
        # (who is "he" or "she"); not what was described ('Hopes and Fears was described as').
        # So is the subject of a clause that holds the "it" ('Tessaro is launching a phone
        # that it says will change the market').
        # A name typed a person on no sign of the article's own (no he or she, no title; a
        # gender guessed from a given name at most: "Harwell Homes said", "Henry Harwell
        # said ... “...,” it added") is such a body too, when it spoke.
        # Only the "it" right after the quotation it speaks, and a name no role makes a person
        # ('said Rana Obi, a designer. It said' is another body's).
        guessed = entity.kind == "person" and ref.token in self.speaker_heads and before > 0 and \
            self.doc[before - 1].is_quote and not any(person_noun(r) for m in entity.mentions for r in m.roles)
        if (entity.kind == "" or guessed) and tok.dep_ == "nsubj" and self.doc[before].lower_ == "it" and \
                (ref.token in self.speaker_heads and ref.sentence >= self.sentence_of[before] - 1 or
                 tok.head in self.doc[before].ancestors) and entity.name and not entity.relative and \
                (not entity.gender or guessed and given_name_only(entity)):
            return entity.name
        return None

    def _whose_shares(self, head: Token) -> str | None:
        """'Shares of Coastal Holdings fell 3 1/4 after the company said ...': "the company" as
        the subject of a clause hung on the verb of a sentence about a firm's shares is that
        firm, whatever firm the story named before (an analyst's, a rival). So is the firm that
        is itself the subject, as a markets story writes its shares ("Datronics Corp. fell 6 1/8
        after the company said ...")."""
        if head.lower_ not in GENERIC_ORG_NOUNS or not descriptions.is_bare(head) or \
                head.dep_ not in SUBJECT_DEPS or head.head.dep_ != "advcl":
            return None
        main = head.head.head
        for subject in (c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i < head.i):
            for tok in subject.subtree:
                hit = self.by_token.get(tok.i)
                if hit is None or not (shares_of(tok) or tok.dep_ == "poss" and tok.head.lower_ in SHARE_NOUNS
                                       or tok.i == subject.i):
                    continue
                entity = hit[0]
                if entity.kind == "org" or entity.kind == "" and len(entity.words) > 1 and not entity.gender:
                    return entity.name
        return None

    def _org_speaking_on(self, head: Token) -> str | None:
        """'..., according to the National Golf Foundation. Almost 650 courses have closed, the
        group says': a generic noun right after an organisation spoke goes on with that speaker,
        not with the organisation the story opened with (a bare description only, and only
        from the speaker of this sentence or the one before)."""
        generic = head.lower_ in GENERIC_ORG_NOUNS
        bare = descriptions.is_bare(head)
        if not (generic or head.lower_ in ORG_NOUNS) or not bare and head.tag_ != "NN":
            return None
        here = self.sentence_of[head.i]
        before = [h for h in self.speaker_heads if h < head.i and self.sentence_of[h] >= here - 1]
        if not before:
            return None
        named = self._named(self.doc[max(before)])
        if not bare:
            # "Metrolinx says ... The provincial transit agency said": a description with words
            # before its noun goes on with a body of one word that spoke just before, whose name
            # cannot say what it is; any other is left to what its words name.
            one_word = named is not None and named.kind == "org" and len(named.words) == 1 and \
                named.words[0].lower() not in ORG_NAME_WORDS and self.doc[head.left_edge.i].lower_ in DEFINITE
            return named.name if one_word else None
        # "WestJet told reporters ... The company said", "Metrolinx said ... The agency said": a
        # name of one word, of no known kind, that spoke just before, is the body the noun goes
        # on with (a person's first mention has a given name: "Luc Marchand said ... the
        # company" is his employer). Any other noun ("the agency") only so: it is a
        # government's, not whichever company the story is about.
        untyped = named is not None and named.kind == "" and len(named.words) == 1 and not named.gender
        # "Ontario's Ministry of Indigenous Affairs said ... The ministry said": a body whose own
        # name holds the noun goes on, over another the noun may stand for ("Health Canada").
        # Its head noun only: "the university" is no "University Faculty Association".
        called = named is not None and named.kind == "org" and head.lower_ == _head_noun(named.words)
        # "Loblaw said ... Statistics Canada said ... The company said": a business's noun goes on
        # with no government body, but with the company before it (`_salient_org`).
        # Nor with a body whose name says it is no business ("The Bakery Workers Union called the
        # closure a betrayal. The company said": not-firms.txt).
        generic = generic and not (named is not None and (government_body(named) or no_firm_for(head.lower_, named)))
        return named.name if named is not None and (named.kind == "org" and generic or untyped or called) else None

    def _body_just_the_subject(self, head: Token) -> str | None:
        """'Metrolinx has pushed back the opening again. ¶ The provincial transit agency said',
        'The Halifax Regional Centre for Education said ... ¶ The board said': where no body the
        article names is named so, "the" and a noun a story uses in place of a body's name
        (body-variations.txt), with or without words before it, go on with the organisation
        that is the subject nearest before, in this sentence or the one before. Not where that
        subject is a person or no body, nor where a possessive qualifies the noun ('the pilots'
        union' is another's)."""
        watchdog = head.lower_ in WATCHDOG_NOUNS
        if not (watchdog or head.lower_ in BODY_VARIATIONS) or head.tag_ != "NN" or self.doc[head.left_edge.i].lower_ not in DEFINITE or \
                any(t.dep_ == "poss" or t.tag_ == "POS" for t in head.lefts):
            return None
        here = self.sentence_of[head.i]
        for ref in reversed(self.references[:bisect_left(self.starts, head.left_edge.i)]):
            if ref.sentence < here - 1:
                return None
            start = self.name_start(ref.token)  # "The Halifax Regional Centre for Education": "Centre"
            if self.doc[ref.token].idx in self.quoted or \
                    not any(t.dep_ in SUBJECT_DEPS for t in self.doc[min(start or ref.token, ref.token):ref.token + 1]):
                continue
            words = [w.lower() for w in ref.entity.words]
            public = bool(words) and words[-1] in ORG_NOUNS and words[-1] not in GENERIC_ORG_NOUNS
            # "The Department of State released ... The law enforcement agency said": a body whose
            # own name calls it by another such noun is not the one this noun is used for
            other = not watchdog and any(w != head.lower_ and (w in BODY_VARIATIONS or w in GOVERNMENT_BODIES)
                                         for w in words)
            return ref.entity.name if _a_body(ref.entity) and (public or not watchdog) and not other else None
        return None

    def _body_that_spoke(self, head: Token) -> Entity | None:
        """'..., the National Audit Office said. The report said': "the" and a document noun
        alone, where no document of that noun was named with its maker, right after an
        organisation spoke (in this sentence or the two before), is that organisation's
        document, as its words are. A report, a study, a survey or a poll only (made-documents.txt),
        and not after a person, who may be speaking of anyone's report."""
        if head.tag_ != "NN" or not descriptions.is_bare(head) or head.lower_ not in MADE_DOCUMENTS:
            return None
        here = self.sentence_of[head.i]
        before = [h for h in self.speaker_heads if h < head.i and self.sentence_of[h] >= here - SPOKE_SENTENCES]
        if not before:
            return None
        speaker = self.doc[max(before)]
        if speaker.lower_ == "it":  # "The NAO urged ... It said ... The report said"
            body = self._nearby_org(speaker.i)
            return next((e for e in self.entities if e.kind == "org" and e.name == body), None) if body else None
        named = self._named(speaker)
        return named if named is not None and named.kind == "org" and _a_body(named) else None

    def _body_named_before_kind(self, head: Token) -> str | None:
        """'The IG Metall union said', 'the Likud party said': "the", a body's own name and the
        noun of its kind (generic-org-nouns.txt, kinds-after-names.txt) is that body, written
        right before its noun as the noun's modifier; not a person's name ("the Trump company"
        is his firm) and not a committee or an office of a body (no such noun is listed)."""
        if head.lower_ not in GENERIC_ORG_NOUNS and head.lower_ not in KINDS_AFTER_NAMES or head.i == 0 or \
                self.doc[head.left_edge.i].lower_ != "the":
            return None
        hit = self.by_token.get(head.i - 1)
        if hit is None or hit[0].kind != "org" or not hit[0].name or hit[1].end != head.i:
            return None
        modifiers = self.doc[hit[1].start:head.i]
        return hit[0].name if all(t.head.i in range(hit[1].start, head.i + 1) for t in modifiers) and \
            hit[1].start == head.left_edge.i + 1 else None

    def _named_with_qualifier(self, head: Token) -> str | None:
        """'Both the Canadian Medical Association and the Ontario Nurses' Association oppose the
        plan. The nurses' association said': a description whose words before its noun are
        written in the name of one organisation named before it, noun and all, is that one,
        not the one the story is most about; with none so, the one whose name holds the
        qualifiers and no organisation's noun ("Nova Scotia Health ... the health authority")."""
        qualifiers = {_bare_word(t.lower_) for t in head.lefts if t.tag_ not in ("DT", "PRP$", "POS")}
        qualifiers.discard("")
        if not qualifiers or any(t.dep_ == "poss" and t.tag_ in ("NNP", "NNPS") for t in head.lefts):
            return None
        named = [e for e in self.entities if e.kind == "org" and e.name and any(m.end <= head.i for m in e.mentions)]
        fits = {e.name for e in named if {head.lower_, *qualifiers} <= {_bare_word(w.lower()) for w in e.words}}
        if not fits and all(t.tag_ in ("NN", "NNS") for t in head.lefts if t.tag_ not in ("DT", "PRP$", "POS")):
            # "Nova Scotia Health says ... The health authority said": a body whose name holds the
            # field the description's common nouns give, but no organisation's noun, which the
            # description's noun says it is (not an adjective: "the Canadian company").
            fits = {e.name for e in named if set(qualifiers) <= {_bare_word(w.lower()) for w in e.words}
                    and not any(w.lower() in ORG_NOUNS for w in e.words)}
        return next(iter(fits)) if len(fits) == 1 else None

    def _outlet_speaking_on(self, head: Token) -> str | None:
        """'Vedomosti newspaper reported that ... The paper added', '..., Screen Daily has said.
        ..., according to the trade weekly': "the" and a press noun right after an outlet spoke
        (in this sentence or the one before) go on with that outlet, named before its noun or
        by a name no pronoun or family tie made a person's."""
        if head.lower_ not in descriptions.PRESS_NOUNS or self.doc[head.left_edge.i].lower_ not in DEFINITE:
            return None
        here = self.sentence_of[head.i]
        before = [h for h in self.speaker_heads if h < head.i and self.sentence_of[h] >= here - 1]
        if not before:
            return None
        speaker = self.doc[max(before)]
        if speaker.lower_ in descriptions.PRESS_NOUNS:  # "Vedomosti newspaper": its noun says what it is
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in speaker.children):
                return None  # "a Harbourton newspaper": a paper of that town, not one so named
            named = self._owner(speaker)
            return named.name if named is not None and named.name else None
        named = self._named(speaker)
        return named.name if named is not None and named.name and _a_body(named) else None

    def _outlet_spoke_before(self, head: Token) -> str | None:
        """'Marca criticises the defender for ... Xavi was worthy of Maradona, the paper beams',
        'The Clarion reported on Sunday that ... The mayor denied the report. “...,” the paper
        said': "the" and a press noun alone go on with the outlet that spoke last, a few
        sentences back, where no other body spoke since (people may have: the ones the paper
        reported on) and no other outlet was named. An outlet by its known name (outlet-names.txt) or by a verb of an
        outlet's reporting ("reported"; outlet-reported.txt)."""
        if head.lower_ not in descriptions.PRESS_NOUNS or not descriptions.is_bare(head) or \
                self.doc[head.left_edge.i].lower_ not in DEFINITE:
            return None
        here = self.sentence_of[head.i]
        for h in sorted((h for h in self.speaker_heads if h < head.i), reverse=True):
            if self.sentence_of[h] < here - OUTLET_SENTENCES:
                return None
            named = self._named(self.doc[h])
            if named is None or named.kind == "person" or not named.name:
                continue  # a person the paper reported on, or someone it left unnamed
            known = " ".join(named.words) in OUTLET_NAMES or self.doc[h].head.lower_ in OUTLET_REPORTED
            # "CNN was quick to push back ... In a statement, the network said": another outlet
            # named since, speaking or not, may be the one meant.
            since = self.references[bisect_left(self.starts, h + 1):bisect_left(self.starts, head.i)]
            other = any(r.entity is not named and " ".join(r.entity.words) in OUTLET_NAMES for r in since)
            return named.name if known and not named.gender and not other else None
        return None

    def _written_with_owner(self, head: Token) -> str | None:
        """'The Sanders campaign says it raised $21 million ... The campaign says': a body the
        article named by its owner's name before its noun, which conventions.md keeps as its
        name ("Sanders campaign", as `_owned` names it), when no organisation was named so;
        anywhere before, as a campaign is the story's for its whole length."""
        for tok in reversed(self.doc[:head.i]):
            if tok.lower_ != head.lower_ or tok.idx in self.quoted:
                continue
            compound = [t for t in tok.children if t.dep_ == "compound" and t.tag_ in ("NNP", "NNPS")]
            named = self._named(compound[-1]) if compound else None
            if named is None:
                continue
            if head.lower_ not in descriptions.PRESS_NOUNS:
                return f"{self.doc[compound[0].i:tok.i].text} {tok.lower_}"
            # "The Haaretz newspaper said ... The newspaper said": a paper is its own name, as in
            # `_owned`; "a Baton Rouge newspaper" only says where one is.
            if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
                return named.name
        return None

    def _lead_body_named_next(self, head: Token) -> str | None:
        """'Educators will walk off the job, their union said Wednesday. ¶ "...," said Ana Ruiz,
        president of the Daycare Workers' Federation': a lead's body that a possessive pronoun
        makes definite, the subject of its main verb, is the first organisation the article names
        after it, in the next two sentences, with a name that says it is such a body."""
        if head.sent.start != self.lead or head.dep_ not in SUBJECT_DEPS or head.head.dep_ != "ROOT" or \
                not descriptions.is_org_noun(head) or \
                not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
            return None
        here = self.sentence_of[head.i]
        after = sorted(((m.start, e) for e in self.entities if e.kind != "person" and e.name for m in e.mentions
                        if m.start > head.i and self.sentence_of[m.start] <= here + 2), key=lambda x: x[0])
        if any(_named_so(e, head.lower_) for e in self.entities if e.kind == "org" and e.name and
               any(m.start < head.i for m in e.mentions)):
            return None  # one named so before is the salient one's to give
        return next((e.name for _, e in after if _named_so(e, head.lower_)), None)

    def _owned(self, head: Token, start: int, end: int) -> str | None:
        """'Oxfam's report', 'Variety trade magazine': a document speaks for whoever issued it,
        an organisation noun with a name before it is named so. 'Ryan's office' speaks for
        Ryan and is not him (null); 'the Trump campaign' is named 'Trump campaign'."""
        qualifier = place_qualifier(head) or self._country_owner(head)
        if qualifier is not None:
            qualified = self._qualified_org(qualifier, head.i)
            return qualified.name if qualified is not None else None
        if any(c.dep_ == "compound" and c.lower_ in STATE_OWNERS for c in head.children):
            # "The Crown corporation said": a kind of body, the one the story named
            return self._description(head, end, (0, 0)) if self.doc[start].lower_ in DEFINITE else None
        owner = self._owner(head)
        if owner is not None and _acronym_of_a_kind(head, owner):
            owner = None
        if owner is None and start == head.i and head.lower_ in BARE_BODY_NOUNS:
            return self._body_named_with(head)
        if owner is None:
            return self._description(head, end, (0, 0)) if self.doc[start].lower_ in DEFINITE else None
        if owner.kind == "" and descriptions.is_org_noun(head):
            placed = self._body_of_place(owner, head)
            if placed is not None:
                return placed
        # "the Labour party", "the Labour government": a party named by its one word is no owner
        # of the noun after it but is written with it, as the article writes it.
        if descriptions.is_document(head) or _of_document(head) or owner.kind == "org" and not _a_party(owner) or \
                head.lower_ in descriptions.PRESS_NOUNS:
            return owner.name
        compound = [t for t in head.children if t.dep_ == "compound" and t.tag_ in ("NNP", "NNPS")]
        if not compound:
            return None
        first = compound[0].i  # "the Stanley Cup committee": the whole name before the noun, not "Cup"
        while first > compound[0].left_edge.i and self.doc[first - 1].tag_ in ("NNP", "NNPS"):
            first -= 1
        if head.lower_ in DIVISIONS:
            return self.doc[first:head.i].text  # "Acme's Acme Labs unit": the part speaks by its own name
        return f"{self.doc[first:head.i].text} {head.lower_}"

    def _body_of_place(self, owner: Entity, head: Token) -> str | None:
        """"Alberta's police watchdog says ... The Alberta Serious Incident Response Team said in
        a report": a body's noun owned by a place of no known kind, in a lead that names the
        body only in the sentence after, is the first body named there whose name opens with
        the place's. The noun then goes on with it ("The watchdog said", `_body_read`)."""
        n = len(owner.words)
        here = self.sentence_of[head.i]
        for ref in self.references[bisect_left(self.starts, head.i):]:
            if ref.sentence > here + 1:
                break
            entity = ref.entity
            if entity.kind == "org" and len(entity.words) > n and entity.words[:n] == owner.words:
                self._bodies_read.setdefault(head.lower_, entity.name)
                return entity.name
        return None

    def _body_read(self, head: Token) -> str | None:
        """'The watchdog said': a bare body's noun that a place's description before it named
        (`_body_of_place`), where nothing else names it."""
        return self._bodies_read.get(head.lower_) if descriptions.is_bare(head) else None

    def _body_named_with(self, head: Token) -> str | None:
        """'Peel Regional Police say ... police said in a news release': a noun written alone
        as the speaker (bare-body-nouns.txt) is the body named last before it with that noun in
        its name, not one over it ("Edmonton Police Commission", bodies-over-a-body.txt), or named
        by an acronym of such a body ("RCMP say ... Police say", bare-body-acronyms.txt); with none,
        nobody."""
        acronyms = BARE_BODY_ACRONYMS.get(head.lower_, frozenset())
        # "Sûreté du Québec ... police said": the noun in the name's own language
        own = {head.lower_} | BARE_BODY_FOREIGN_WORDS.get(head.lower_, frozenset())
        for ref in reversed(self.references[:bisect_left(self.starts, head.i)]):
            entity = ref.entity
            if entity.kind == "org" and (own & {w.lower() for w in entity.words} and
                                         entity.words[-1].lower() not in BODIES_OVER_A_BODY or
                                         len(entity.words) == 1 and entity.words[0].lower().replace(".", "") in acronyms):
                return entity.name
        return None

    def _is_document_named_before(self, m: SpeakerMention) -> bool:
        """'An IAAF statement said: “...” The statement continued': "the" and a document noun
        alone, where the text named the same document with who issued it a little before."""
        return m.first_word in DEFINITE and m.end - m.start == 2 and descriptions.is_document(m.head) and \
            self._owner_before(m.head) is not None

    def _named_document_owner(self, m: SpeakerMention) -> str | None:
        """Who issued the document named before: 'The statement continued' is the IAAF's."""
        owner = self._owner_before(m.head)
        return owner.name if owner is not None else None

    def _country_owner(self, head: Token) -> Token | None:
        """'The US regulator', 'the UK's financial watchdog': a country written as the owner of an
        organisation noun says where the body is; the body is not the country ('the Ontario
        government' and 'Canada's government' are: a government speaks by its place's name)."""
        if head.lower_ in GOVERNMENTS or descriptions.is_document(head) or head.lower_ in descriptions.PRESS_NOUNS:
            return None
        for tok in descriptions.owner_heads(head):
            named = self._named(tok)
            if named is not None:
                return tok if named.name.replace(".", "").lower() in COUNTRIES else None
        return None

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
        if _of_document(head):
            return self._owner(of_document(head))  # "early results of the exit poll conducted by ..."
        if not descriptions.is_document(head):
            return None
        return self._agent_owner(head) or self._pronoun_owner(head)

    def _agent_owner(self, head: Token) -> Entity | None:
        """'research carried out by Acme Labs', 'a study written by Ann Lee': who made a
        document, named whole after the "by" of its participle ('the Securities and Exchange
        Commission', whose name the article may have cut at its "and", is no owner then). Not
        who got hold of it or reported it ('documents obtained by Reuters', 'reported by The
        Post')."""
        if any(c.dep_ == "poss" for c in head.children):
            return None  # "Acme contended in its letter, written by Ann Lee": Acme's, not its writer's
        for verb in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                     c.lower_ not in OBTAINING_PARTICIPLES and c.lower_ != "reported"):
            for agent in (o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
                hit = self.by_token.get(agent.i)
                proper = [t.i for t in agent.subtree if t.tag_ in ("NNP", "NNPS") and t.i <= agent.i]
                if hit is not None and proper and hit[1].start <= min(proper):
                    return hit[0]
                if hit is None:
                    maker = self._maker_after_trade(agent)
                    if maker is not None:
                        return maker
        return None

    def _maker_after_trade(self, trade: Token) -> Entity | None:
        """'a report published by UK-based research consultancy Analysys', 'figures gathered by
        industry watchdog, Ofcom,': a maker written by its trade, a common noun, with its name
        in apposition after it (the parser may make a name set off by commas its "conj"; one
        joined by "and" or "or" is a second maker, and names none here). A body's name only:
        'by a lawyer, Ann Lee,' is a person."""
        if trade.tag_ not in ("NN", "NNS") or trade.idx in self.quoted or \
                any(t.dep_ == "cc" for t in trade.subtree):  # "by security firm Mirapoint and ... the Radicati Group"
            return None
        for child in trade.children:
            if child.i in self.by_token and child.idx not in self.quoted and not bracketed(child) and \
                    not past_a_clause(child) and (child.dep_ == "appos" or child.dep_ == "conj" and
                                                  self.doc[child.left_edge.i - 1].text == ","):
                named = self.by_token[child.i][0]
                return named if _a_body(named) and self.by_token[child.i][1].start > trade.i else None
        return None

    def _pronoun_owner(self, head: Token) -> Entity | None:
        """'Her lawsuit said', 'his statement': a document is its issuer's, the person its
        possessive pronoun was read to refer to ('her lawyers', people, speak for her and are
        not her: conventions.md)."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
        return self.pronoun_entity.get(poss.i) if poss is not None else None

    def _owner_before(self, head: Token) -> Entity | None:
        """'Oxfam says in a report ... The report said': the last time the text wrote the same
        noun, the subject of the verb it was issued in, or its owner, issued it; where it never
        did, the last document with an owner ('A study by Gartner says ... said the report')."""
        same = self._document_owner(head, lambda tok: tok.lower_ == head.lower_)
        written = any(t.lower_ == head.lower_ for t in self.doc[max(0, head.i - DESCRIPTION_REACH):head.i])
        if same is not None or written:
            return same or self._maker_named_earlier(head)
        # Not figures or data: "searches of Clinton data ... The complaint alleged" is not Clinton's.
        return self._document_owner(head, lambda tok: descriptions.is_document(tok) and
                                    not descriptions.is_compiled_numbers(tok)) or self._maker_named_earlier(head)

    def _maker_named_earlier(self, head: Token) -> Entity | None:
        """'..., says a report from analysts Gartner. The report predicts ... [three paragraphs]
        But the report suggests': a story about one poll, survey or report calls it "the report"
        all along, however far it was named; the last time the noun came with a maker names it,
        unless a document of the same noun with no maker was brought in since ('a new report').
        A report, a study, a survey or a poll only (made-documents.txt): letters and statements
        come from many hands in one story."""
        if self.doc[head.left_edge.i].lower_ != "the" or head.lower_ not in MADE_DOCUMENTS:
            return None  # "This story has been updated": the article itself
        for tok in reversed(self.doc[:head.i]):
            if tok.lower_ != head.lower_ or tok.tag_ not in ("NN", "NNS") or tok.idx in self.quoted:
                continue
            owner = self._owner(tok)
            if owner is not None:
                return owner
            if self.doc[tok.left_edge.i].lower_ in INDEFINITE:
                return None
        return None

    def _document_owner(self, head: Token, fits: Callable[[Token], bool]) -> Entity | None:
        doc = self.doc
        for tok in reversed(doc[max(0, head.i - DESCRIPTION_REACH):head.i]):
            if not fits(tok) or tok.tag_ not in ("NN", "NNS"):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                    any(c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS for c in tok.children):
                # "In his new book, Lawless World, Philippe Sands suggests": whoever says it in
                # their own document, which the pronoun, read before its name, may not reach.
                issuer = self._person_issuer(tok.head.head)
                if issuer is not None:
                    return issuer
            owner = self._owner(tok) or (self._passive_maker(tok.head) if tok.dep_ == "nsubjpass" else None)
            if owner is not None:
                return owner
            if tok.dep_ == "dobj" and tok.head.lower_ in DOCUMENT_VERBS:
                # "Marion Vale has filed a lawsuit", "Acme released a report": whoever made it.
                maker = self._issuer(tok.head)
                if maker is not None:
                    return maker
            opening = _opening_in(tok)
            if opening is not None:
                # "Oxfam says in a report", "in a news release, the RCMP said", "in a written
                # statement": the document is the subject's; in "Powell's office said in a
                # statement" the office's, which speaks for Powell and is not him.
                return self._issuer(opening.head)
        return None

    def _passive_maker(self, verb: Token) -> Entity | None:
        """'An email was sent from its director, Jeremy Vance, to the members', 'a letter was
        written by Ann Lee': who sent or wrote a document that is the subject of a passive, named
        after its "by" or "from"; not who got hold of it ('was obtained by Reuters')."""
        if verb.lower_ in OBTAINING_PARTICIPLES or verb.lower_ == "reported":
            return None
        for prep in (c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from"):
            for maker in (o for o in prep.children if o.dep_ == "pobj" and o.idx not in self.quoted):
                named = self._named(maker)
                if named is not None and named.name:
                    return named
        return None

    def _described_body(self, subject: Token) -> Entity | None:
        """'The Crown corporation said in a statement': a definite body's noun as the issuer is
        the body the description is tied to, as its own words are."""
        if subject.lower_ not in ORG_NOUNS or self.doc[subject.left_edge.i].lower_ not in DEFINITE:
            return None
        name = self._owned(subject, subject.left_edge.i, subject.i + 1)
        return next((e for e in self.entities if e.kind == "org" and e.name == name), None) if name else None

    def _person_issuer(self, verb: Token) -> Entity | None:
        """Who issued a document of their own ("In his new book, ..., Philippe Sands suggests"): the
        verb's subject where it is a person, else the first person the sentence names outside
        quotes (not the book's title the parser may take for its subject: "Lawless World")."""
        issuer = self._issuer(verb)
        if issuer is not None and issuer.kind == "person":
            return issuer
        return next((self.by_token[t.i][0] for t in verb.sent if t.i in self.by_token and t.idx not in self.quoted
                     and self.by_token[t.i][0].kind == "person"), None)

    def _issuer(self, verb: Token) -> Entity | None:
        """Who issued a document written 'in' a text of `verb`: its subject, as named."""
        # "..., her daughter, Ada Baptiste, said in a statement": a subject the parser hung on
        # the noun before it
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or stranded_subject(verb)
        if subject is not None:
            # "ISLAMABAD, July 15 (Xinhua) -- Afghan President Ann Lee said in a statement": the
            # dateline's place the parser took for a subject issues nothing
            subject = past_dateline(subject, verb)
        if subject is not None and subject.lower_ in PERSON_PRONOUNS:
            return self.pronoun_entity.get(subject.i)  # "she is seeking $25m in the suit"
        if subject is not None:
            return None if subject.idx in self.quoted else self._named(subject) or self._described_body(subject)
        # The parser hung the "in" on no verb with a subject: the sentence's first name outside quotes.
        names = [self.by_token[t.i][0] for t in self.doc[verb.sent.start:verb.i]
                 if t.i in self.by_token and t.idx not in self.quoted]
        return names[0] if names else None


def _opening_in(tok: Token) -> Token | None:
    """The "in" right before a document's noun phrase: "in a report", "in a news release", "in a
    written statement" (a determiner, then only nouns or adjectives that qualify the noun)."""
    doc = tok.doc
    first = next((k for k in range(tok.i - 1, -1, -1) if doc[k].dep_ not in ("compound", "amod")
                  or doc[k].head.i != tok.i), None)
    if first is None or first < 1 or doc[first].tag_ not in ("DT", "PRP$") or doc[first].head.i != tok.i:
        return None
    return doc[first - 1] if doc[first - 1].lower_ == "in" else None


ACRONYM_OF_A_KIND = 4  # letters at most of an acronym that says what a body does ('IT', 'HR', 'PR')


def _acronym_of_a_kind(head: Token, owner: Entity) -> bool:
    """'their shared IT provider says': a noun a possessive pronoun owns is theirs; an acronym in
    capitals before it that the article writes nowhere else says what kind of body it is, not
    whose ('the UN agency', with no possessive, is the UN's)."""
    return owner.kind == "org" and len(owner.mentions) == 1 and owner.name.isalpha() and owner.name.isupper() \
        and len(owner.name) <= ACRONYM_OF_A_KIND and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)


def _a_party(entity: Entity) -> bool:
    """Whether the entity is a party named by its one word ('Labour', 'the NDP')."""
    return len(entity.words) == 1 and entity.words[0].lower() in PARTY_NAMES


def _of_document(head: Token) -> bool:
    """'early results of the exit poll', 'the findings of a study': a plural that is part of a
    document speaks for the document's maker, as the document would."""
    return head.tag_ == "NNS" and of_document(head) is not None


def _reads_as_company(head: Token) -> bool:
    """'the German giant', 'the thrift', 'the jewelry store operator': a singular noun only a firm
    is called by (firm-roles.txt, generic-org-nouns.txt, company-epithets.txt). A trade in
    general is not: 'the Democratic frontrunner' is a person."""
    word = head.lower_
    return head.tag_ == "NN" and word not in ORG_NOUNS and \
        (word in FIRM_ROLES or word in GENERIC_ORG_NOUNS or word in COMPANY_EPITHETS)


def _a_body(entity: Entity) -> bool:
    """An organisation, or a name of no known kind that no pronoun or family tie made a person;
    not a country ("China has blocked the site. The search giant said")."""
    if not entity.name or entity.name.lower() in COUNTRIES:
        return False
    return entity.kind == "org" or entity.kind == "" and not entity.gender and not entity.relative


def _placed_trade(head: Token) -> bool:
    """'The Kearny, N.J.-based maker of hair accessories', 'The El Paso, Texas, maker of boots':
    business news places a firm by its seat before its trade; a trade so placed is the firm's
    (a person's home is not written so), as a firm's own word is."""
    words = head.doc[head.left_edge.i:head.i]
    based = any(t.lower_.endswith("-based") or t.lower_ == "based" for t in words)
    seat = any(t.text == "," and t.i > 0 and head.doc[t.i - 1].tag_ == "NNP" for t in words)
    return based or seat


def _firm_word(head: Token) -> bool:
    """'the giant', 'the thrift', 'the concern': a word only a firm is called by, no trade a
    person may ply ('the operator', 'the miner')."""
    word = head.lower_
    return (word in FIRM_ROLES or word in GENERIC_ORG_NOUNS or word in COMPANY_EPITHETS) and \
        not word.endswith(TRADE_ENDINGS)


def _bare_word(word: str) -> str:
    """A word of a name or a description without its possessive mark: "nurses'" -> "nurses"."""
    return word.removesuffix("'s").removesuffix("’s").rstrip("'’")


def _head_noun(words: tuple[str, ...]) -> str:
    """The noun a body's name is headed by, in lower case: the word before its first "of" or
    "for" ("Ministry of Indigenous Affairs": ministry), else its last ("Grand River University
    Faculty Association": association)."""
    lowered = [w.lower() for w in words]
    k = next((i for i, w in enumerate(lowered) if w in ("of", "for") and i > 0), len(lowered))
    return lowered[k - 1]
