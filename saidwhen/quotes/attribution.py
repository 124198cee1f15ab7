"""Finding the attribution of a quotation in the parse: the cue verb and its subject.

"“...,” she wrote." and "Smith told reporters: “...”" put the cue right after
or right before the quoted stretch; these functions look there, and only
accept a verb when everything between it and the quotation belongs to the
attribution itself (its subject, adverbs, objects and punctuation), so that
"the song “Wild,” in which she revealed ..." is not taken for an attribution.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import ABBREVIATED_TITLES, CHANNEL_NOUNS, DAY_WORDS, DOCUMENT_NOUNS, MONTHS_AND_DAYS, TIME_UNITS
from ..lexicon import INVERTED_ADDRESSING_VERBS as INVERTED_ADDRESSING, NAME_HONORIFICS as HONORIFICS
from ..lexicon import QUOTING_FORMS, POINTING_BACK, POINTING_MANNER, ADDRESSING_VERBS as ADDRESSING, POLL_SHARES as SHARES, WRITINGS
from ..lexicon import ASKED_PARTICIPLES as ASKED, TRANSCRIPT_LABELS, WORD_BEARERS
from ..lexicon import MINISTRY_FIELDS, TITLES, BE_FORMS, PERSON_PRONOUNS, AUXILIARIES
from ..lexicon import OUTLET_NOUNS, TITLE_CASE_SMALL_WORDS, ON_AIR, ON_TOPICS, INTERVIEW_CARRIED, INTERVIEWS, TOLD
from ..lexicon import OUTLET_ARTICLES, TITLED_WORKS, HEADLINE_LABELS
from ..parsing.marks import CLOSING_MARK_TOKENS, OPENING_MARK_TOKENS as QUOTE_OPENINGS
from .cues import direct_lemma
from ..parsing.texts import bare_turns, text_of

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Children of a cue that may stand between it and the quotation it introduces.
ATTRIBUTION_DEPS = {"advmod", "aux", "auxpass", "neg", "punct", "dobj", "dative", "prep", "npadvmod",
                    "prt", "cc", "advcl", "agent", "attr", "acomp", "oprd", "xcomp", "ccomp"}
SENTENCE_END = {".", "!", "?"}
DASHES = {"―", "—", "–", "--", "-"}
CLOSING_MARKS = CLOSING_MARK_TOKENS | {"'"}  # and a straight single mark
LABEL_WORDS = 8  # the most words of a name, with its role, before a colon that labels a quote
# The words a label may hold: a name's proper nouns (numbers too: 'Radio Four') and the role before
# it ('Ashford coach Tom Keel', "Ashford's new coach Tom Keel").
LABEL_TAGS = ("NNP", "NNPS", "NN", "NNS", "JJ", "CD", "HYPH", "POS")
ROUND_UP_WORDS = 4  # the fewest words of a quotation after a round-up's label: a sentence, not a title
# A turn of a transcript: a quoted paragraph opened by a name in capitals and a colon.
TURN_WORDS = 3
TURN = re.compile(r"^[\"“]([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):", re.M)
# A turn of a printed exchange labelled with its speaker's name as written, in quotation marks or
# not: '"Chris Matthews: Seriously ...', 'Lopez: Well, no ...'.
NAMED_TURN = re.compile(r"^[\"“]?([A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):[ \t]", re.M)
# Tokens between a quotation and its cue: ',” Ivo Geijsen, an analyst with Bank Oyens & Van Eeghen, told'.
MAX_AFTER = 30
# The words of a speaker's name or role after an inverted cue that opens its sentence.
MAX_INVERTED = 10
NAME_PHRASE_POS = {"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "NUM", "SPACE"}


def subject_of(verb: Token) -> Token | None:
    """The head of the verb's subject, looking through "went on to say" and "said and added"."""
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted
    reporter = _reporting_verb_above(verb)
    if reporter is not None:
        verb = reporter
    cue = verb
    for _ in range(3):
        # "Fletcher was described as a “professional” by his friend Ann Lee": the agent of a
        # passive cue speaks, and its subject is the one spoken about (not the agent of a verb
        # above it: "Officials were angered by the deal and predicted ..." is the officials').
        agent = _passive_agent(verb) if verb.i == cue.i else None
        if agent is not None:
            return agent
        if verb.i == cue.i and _told(verb):
            return None  # "Bradshaw was told it was an offence": the one told is no speaker
        inverted = inverted_inside(verb) if verb.i == cue.i else None
        if inverted is not None:
            return inverted
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and not _turn_label(child):
                return past_dateline(_antecedent(_name_after_fields(_name_after_title(child, verb)), verb), verb)
            if child.dep_ == "agent":
                return next((t for t in child.children if t.dep_ == "pobj"), None)
        misread = _count_before(verb) or _subject_misread(verb) \
            or (stranded_subject(verb) if verb.i == cue.i and verb.dep_ == "conj" else None)
        if misread is not None:
            return misread
        up = _governing_verb(verb)
        if up is None:
            break
        verb = up
    return (_named_before_asked(cue) or _apposed_before(cue) or _aged_name_before(cue) or _relative_before(cue)
            or _age_before(cue) or _set_off_before(cue) or stranded_subject(cue))


def _named_before_asked(cue: Token) -> Token | None:
    """'Reed, asked about the remarks, said ...': the parser may make the name before the
    participle of asking set off by commas that participle's subject (or, a surname it does not
    know, an adverb of it) and leave the cue none; the one asked says the words. Read before the
    other readings: a place in the participle's phrase ('Reed, reached at her cottage near
    Huntsville, Ont., said'), whose province the parser sets beside it, would pass for the
    speaker. Where the parser takes the participle for a verb in the past whose clause the cue
    governs, its subject must be the name right before its comma."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    for clause in cue.children:
        if clause.dep_ not in ("advcl", "ccomp") or clause.lower_ not in ASKED or clause.i < 2 \
                or doc[clause.i - 1].text != "," or clause.i > cue.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
        if subject is not None and (clause.dep_ == "advcl" or subject.tag_ == "NNP" and subject.i == clause.i - 2):
            return subject
        if clause.dep_ != "advcl":
            continue
        name = doc[clause.i - 2]  # a name alone opening the sentence: "Fitzhugh, asked ..."
        if name.i == name.sent.start and name.is_title and name.head.i == clause.i:
            return name
    return None


def _name_after_fields(subject: Token) -> Token:
    """'Energy, Mines and Resources Minister Paul Sidhu said': the parser may make the ministry's
    first field the subject and the minister's name its conjunct; the name is the subject, the
    fields before its title (ministry-fields.txt) only the ministry's. Only where the fields open
    the sentence: after a quotation the speaker's phrase must run up to it, which the fields cut."""
    if subject.lower_ not in MINISTRY_FIELDS or not subject.text[:1].isupper() or subject.i != subject.sent.start:
        return subject
    for name in subject.subtree:
        if name.dep_ != "conj" or name.tag_ != "NNP":
            continue
        title = next((c for c in name.lefts if c.dep_ == "compound" and c.lower_ in TITLES), None)
        if title is not None and all(t.lower_ in MINISTRY_FIELDS or t.text == ","
                                     for t in subject.doc[subject.i:title.i]):
            return name
    return subject


def _name_after_title(subject: Token, verb: Token) -> Token:
    """'“...,” medical officer of health Dr. Priya Rao said': the parser may split a title in
    lower case from the name right after it and make both subjects of the cue; the name is the
    subject, its title only a description of it."""
    name = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > subject.i), None)
    if name is None or subject.tag_ not in ("NN", "NNS") or name.tag_ != "NNP" \
            or name.left_edge.i != subject.right_edge.i + 1 or name.i > verb.i \
            or not all(t.text.islower() and (t.tag_ in ROLE_TAGS or t.lower_ == "of") for t in _own_words(subject)):
        return subject
    return name


def _own_words(subject: Token) -> list[Token]:
    """The subject's own phrase: its subtree, less a quotation before it that the parser hung on
    it ('“...,” trustee Leah Ng said' with the quoted clause under "trustee")."""
    quoted = {t.i for c in subject.lefts if c.dep_ in ("ccomp", "punct") for t in c.subtree}
    return [t for t in subject.subtree if t.i not in quoted]


def stranded_subject(verb: Token) -> Token | None:
    """'Okonjo died Tuesday at Grace Hospital, her daughter, Ada Baptiste, said in a statement.':
    the parser may hang a closing cue's subject on the last noun of the words before it as its
    apposition, and join the cue, left with no subject, to the verb of those words. A noun set
    off by commas right before the cue, which closes the sentence with nothing of its own but a
    time, a place or a vehicle, is the cue's subject, not the subject of the verb it is joined
    to (the one who died). So too where the parser joined the words to the line above them and
    left the cue the root of its sentence."""
    doc, clause = verb.doc, verb.head
    if verb.dep_ == "ROOT":  # the words before joined to a line above them (a byline's)
        clause = doc[verb.sent.start]
    elif verb.dep_ != "conj" or clause.i >= verb.i \
            or any(c.dep_ in ("cc", "preconj") and clause.i < c.i < verb.i for c in clause.children):
        return None
    if verb.i < 2 or doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    after = [c for c in verb.children if c.i > verb.i]
    if any(not (c.is_punct or c.dep_ in ("prep", "advmod") or time_of_saying(c))
           for c in after):
        return None
    last = max((t.i for c in after for t in c.subtree if not t.is_punct), default=verb.i)
    if any(not (t.is_punct or t.is_space) for t in doc[last + 1:verb.sent.end]):
        return None
    subject = next((t for t in doc[clause.i + 1:verb.i - 1] if t.dep_ == "appos" and t.head.i < t.i
                    and max(g.i for g in t.subtree if not g.is_punct) == verb.i - 2), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.head.dep_ not in ("pobj", "dobj") \
            or subject.left_edge.i <= clause.i or doc[subject.left_edge.i - 1].text != ",":
        return None
    return subject


def time_of_saying(tok: Token) -> bool:
    """A phrase of time the parser hangs on a cue as a noun ("said Monday", "said yesterday",
    "said this week", "told reporters Tuesday night"): when the words were said, no object."""
    if tok.dep_ != "npadvmod":
        return False
    word = tok.lower_
    return word in MONTHS_AND_DAYS or word in DAY_WORDS \
        or word in TIME_UNITS and any(c.dep_ in ("det", "amod", "compound") for c in tok.lefts)


def inverted_inside(verb: Token) -> Token | None:
    """'The contrast, said Ann Moreau, would be clear': the subject of a cue set off by commas
    inside the words it reports, which follows the cue up to the next comma. The parser reads
    such a cue two ways: as an aside to the clause after it (its subject after it, rightly), or
    as the main verb, with the reported clause's subject for its own and the name after it for
    the subject of the clause it reports. A comma between a subject and its verb only closes a
    phrase that a comma opened after the subject: where the subject before the cue holds no
    comma, the comma sets off the cue. The mention ranker leaves this subject to the rules."""
    doc = verb.doc
    j = verb.i - 1
    if j > 0 and doc[j].text in CLOSING_MARKS:
        j -= 1  # '"The contrast," said Ann Moreau, "would be clear."'
    if j < 1 or doc[j].text != ",":
        return None
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        name = next((c for c in verb.rights if c.dep_ in SUBJECT_DEPS), None)
        return name if name is not None and _set_off_after(name, verb, verb.head) else None
    before = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    if before is None or before.right_edge.i >= j or any(t.text == "," for t in doc[before.left_edge.i:j]):
        return None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    name = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    return name if name is not None and _set_off_after(name, verb, clause) else None


def _set_off_after(name: Token, verb: Token, clause: Token) -> bool:
    """Whether the phrase of `name` opens right after `verb` and a comma closes it before `clause`."""
    doc = verb.doc
    end = name.right_edge.i
    if name.left_edge.i != verb.i + 1 or name.pos_ not in ("PROPN", "NOUN", "PRON") or end >= clause.i:
        return False
    return doc[end].text == "," or doc[end + 1].text == ","


def _subject_misread(verb: Token) -> Token | None:
    """Three misreadings of a subject. 'Ann Moreau, who runs the cafe, tweeted': a verb in a
    past or present tense that the parser hangs on the name as a modifier (which a finite verb
    never is) has it for its subject. 'Dale Jordan, later claiming ..., said': a subject the
    parser gives to a gerund before the verb, which has none, is the verb's; so is the one it
    gives to a gerund it takes for the verb's subject clause ('Voters going to the polls said')."""
    head = verb.head
    if verb.dep_ == "acl" and (verb.tag_ in ("VBD", "VBZ", "VBP") or _past_read_as_participle(verb)) \
            and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        return head
    for child in verb.lefts:
        if child.dep_ in ("advcl", "csubj") and child.tag_ == "VBG":
            subject = next((c for c in child.lefts if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject
    return _name_as_modifier(verb) or _honoured_name_in_phrase(verb)


def _honoured_name_in_phrase(verb: Token) -> Token | None:
    """'In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader:': with no comma
    after an opening phrase, the parser may run a body's name into the honoured name after it and
    make that name the phrase's object, leaving the cue no subject; a name written with an
    honorific (name-honorifics.txt) right before the cue, inside such a phrase, is who speaks."""
    doc = verb.doc
    if verb.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name, honorific = doc[verb.i - 1], doc[verb.i - 2]
    if name.tag_ != "NNP" or name.dep_ != "pobj" or honorific.lower_.rstrip(".") not in HONORIFICS or \
            honorific.head.i != name.i:
        return None
    return name if honorific.i > name.left_edge.i else None


def _name_as_modifier(verb: Token) -> Token | None:
    """'Gagné said the tax would go': a surname the parser does not know (accented ones most)
    opening the sentence right before the cue, hung on it as a modifier; a name is no adverb."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.head.i != verb.i or name.dep_ not in ("advmod", "npadvmod", "dep") or \
            name.tag_ not in ("NNP", "NNPS") or name.lower_ in MONTHS_AND_DAYS:
        return None
    return name if name.left_edge.i == verb.sent.start else None


def _past_read_as_participle(verb: Token) -> bool:
    """'Donald Trump, who is running, tweeted on Friday to say ...': a verb of saying in "-ed"
    right after a relative clause set off by commas after the name, which the parser tags a
    participle. Not one that has its receiver for a subject in the passive ('Trump, asked about
    it, said'), nor one with an agent, nor one with no relative clause before it ('Pinchuk,
    described as ...', a participle)."""
    doc = verb.doc
    lemma = direct_lemma(verb.lower_)
    relative = any(c.dep_ == "relcl" and c.i < verb.i for c in verb.head.children)
    return verb.tag_ == "VBN" and verb.lower_.endswith("ed") and lemma is not None and lemma not in ADDRESSING \
        and relative and verb.i > 0 and doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)


def _count_before(verb: Token) -> Token | None:
    """'About 6 in 10 say ...', 'Less than a third agreed': a poll's share that opens the
    clause is its subject, which the parser hangs on the verb as a number or a measure."""
    for child in verb.lefts:
        if child.dep_ in ("nummod", "npadvmod", "quantmod") \
                and (child.like_num or child.tag_ == "CD" or child.lower_ in SHARES):
            return child
    return None


def _relative_before(verb: Token) -> Token | None:
    """'Ann Moreau, whose cafe serves the crews, said ...': a relative clause set off by commas
    between the subject and the cue, which the parser took for a clause the cue reports, with
    the subject for its own. The subject opens that clause and a comma and "who" or "whose"
    (maybe after an adverb: 'Dale Jordan, meanwhile, who ...') follow it."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.lefts:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WP", "WDT")), None)
        if subject is None or subject.left_edge.i != clause.left_edge.i:
            return None
        k = subject.i + 1
        while k < clause.i and (doc[k].text == "," or doc[k].dep_ == "advmod" and doc[k].tag_ == "RB"):
            k += 1
        return subject if k < clause.i and doc[k - 1].text == "," and doc[k].tag_ in ("WP", "WP$") else None
    return None


def _set_off_before(verb: Token) -> Token | None:
    """'Sen. Ann Moreau (D-Ill.), noting the size of the crowd, said', 'Tom Keel, who backed
    the plan, last week said', 'Dale Jordan, head of the group - which has endorsed her -
    said': a speaker whose sentence opens with the name, then a relative clause or a participle
    set off by a comma or a dash and closed by one right before the cue (or before the cue's own
    time or adverb). The parser hangs the cue inside that phrase, or the phrase's verb over
    the cue, and the cue has no subject; the phrase's noun before the comma or dash is the
    speaker, where the words before it are one noun phrase whose head is that name's."""
    doc = verb.doc
    j = verb.i - 1
    for child in reversed(list(verb.lefts)):
        if child.right_edge.i != j or child.dep_ not in ("advmod", "npadvmod", "prep", "neg", "aux"):
            break
        j = child.left_edge.i - 1  # 'last week said', 'on Monday said': the cue's own time
    if j < 2 or not (doc[j].text == "," or doc[j].text in DASHES):
        return None
    first, openings = j, []
    while first > 0 and not _ends_sentence_before(doc, first - 1):
        first -= 1
        if doc[first].text == "," or doc[first].text in DASHES:
            openings.append(first)
    while first < j and (doc[first].dep_ in ("cc", "advmod") or doc[first].is_space):
        first += 1  # 'But Sen. Moreau, ...'
    for k in reversed(openings):  # the first opening of a clause, nearest the name
        if k > first and doc[k + 1].tag_ in ("WP", "WP$", "WDT", "VBG"):
            return _phrase_head(doc, first, k)
    return None


def _ends_sentence_before(doc: Doc, k: int) -> bool:
    tok = doc[k]
    return tok.text in SENTENCE_END or tok.text in "“”\"" or "\n" in tok.text or "\n" in tok.whitespace_


def _phrase_head(doc: Doc, first: int, end: int) -> Token | None:
    """The head of the noun phrase over tokens [first, end), if they make one (a name, a
    pronoun or a noun with its descriptions) with nothing else in it."""
    heads = [t for t in doc[first:end] if not (t.is_punct or t.is_space) and not first <= t.head.i < end
             or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return heads[0]


def _told(verb: Token) -> bool:
    """Whether a cue of addressing is passive with no agent ("was told", "were assured")."""
    return direct_lemma(verb.lower_) in ADDRESSING and any(c.dep_ == "auxpass" for c in verb.children)


def _age_before(verb: Token) -> Token | None:
    """'The 31-year-old insisted he ...': the parser may leave an age that stands for a person
    hanging on the cue; its last word ("old") heads the speaker mention."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].head.i == verb.i and doc[j].dep_ in ("aux", "advmod", "neg"):
        j -= 1
    if j < 4 or doc[j].lower_ != "old" or doc[j - 1].text != "-" or doc[j - 2].lower_ not in ("year", "years"):
        return None
    first = doc[j].left_edge.i
    if doc[first].lower_ not in ("the", "a", "an") and first > 0:
        first -= 1  # the parser may hang the determiner on the cue too
    return doc[j] if doc[first].lower_ in ("the", "a", "an") and doc[j].head.i == verb.i else None


def _aged_name_before(verb: Token) -> Token | None:
    """'Outside the plant in Oakville, Tony Ferreira, 52, said ...': a name with its age set off by
    commas, right before a cue the parser left without a subject, hung on the place before it as
    an apposition; the name speaks, not the place."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].head.i == verb.i and doc[j].dep_ in ("aux", "advmod", "neg"):
        j -= 1
    if j < 3 or doc[j].text != "," or doc[j - 2].text != ",":
        return None
    age, name = doc[j - 1], doc[j - 1].head
    if not (age.tag_ == "CD" and age.text.isdigit() and 0 < int(age.text) < 120):
        return None
    if name.i != j - 3 or name.tag_ != "NNP" or age.dep_ != "appos" or name.sent.start != verb.sent.start:
        return None
    return name


def _passive_agent(verb: Token) -> Token | None:
    """The head of the "by" phrase that does what a passive verb says: the parser's agent, or
    a "by" right after the quoted words that it hung on them ("described as a “consummate
    professional” by his friend Ann Lee"; not "by saying", which tells how)."""
    doc = verb.doc
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((t for t in verb.subtree if t.i > verb.i + 1 and t.lower_ == "by" and t.dep_ == "prep"
                      and doc[t.i - 1].text in CLOSING_MARKS), None)
    by = next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
    return by if by is not None and by.pos_ in ("NOUN", "PROPN", "PRON") else None


def _apposed_before(verb: Token) -> Token | None:
    """'..., his wife, former president Bill Clinton said': a cue left without a subject
    where the phrase right before it is an apposition, which the parser hung on the noun
    before it. Past a comma ('Cohen, Democrat of Tennessee, told') that phrase describes the
    apposition before it, which is the speaker."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].head.i == verb.i and doc[j].dep_ in ("aux", "advmod", "neg") or doc[j].is_space):
        j -= 1
    comma = j >= 0 and doc[j].text == ","
    j -= comma
    if j < 0 or doc[j].pos_ not in ("NOUN", "PROPN") or doc[j].sent.start != verb.sent.start:
        return None
    tok = doc[j]
    for _ in range(8):
        if tok.dep_ in ("compound", "flat", "conj") and tok.head.i > tok.i - 20:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    if tok.dep_ != "appos" or tok.i > verb.i:
        return None
    return tok.head if comma and (tok.head.dep_ == "appos" or _named_before(tok)) else tok


def _named_before(apposition: Token) -> bool:
    """'“...,” Gene Sperling, a top adviser, said': the parser may hang the name after a quote on
    a word inside it; a name right before the comma that opens the apposition is the one it
    describes all the same."""
    head, first = apposition.head, apposition.left_edge.i
    return head.tag_ in ("NNP", "NNPS") and head.i == first - 2 and head.doc[first - 1].text == ","


def _quoted_as(verb: Token) -> Token | None:
    """'The Star quoted Ana Ruiz as saying ...': the one quoted says it, not the one quoting; in
    the wires' passive, '... , he was quoted as saying (by Xinhua)', the subject is the one quoted."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lower_ not in QUOTING_FORMS:
        return None
    if _quoted_in_a_text(prep.head, verb):
        return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _quoted_in_a_text(quoted: Token, verb: Token) -> bool:
    """'In a 2006 press release, Ruiz boasted ... “...,” Ruiz is quoted as saying.': a present
    passive with no one quoting tells how a text in hand quotes him (the one named before, whose
    words these go on), not words a wire reports fresh ('he was quoted as saying', '... by
    Xinhua'): no cue of its own."""
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in quoted.children)
    agent = any(c.dep_ == "agent" or c.lower_ == "by" for c in [*quoted.children, *verb.children])
    return present and not agent


def past_dateline(subject: Token, verb: Token) -> Token:
    """'RENO, Nev. (AP) — Donald Trump said ...': a paragraph that opens with a place in capitals
    and a dash opens with a dateline, which the parser may take for the subject; the speaker is
    the phrase after the dash (an apposition of the place, or the verb's next subject)."""
    doc = subject.doc
    start = subject.left_edge.i
    opens = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    if not opens or not subject.text.isupper() or len(subject.text) < 2:
        return subject
    # the AP of 1989-2000 wrote its dateline's dash as an underscore: 'MOSCOW (AP) _ Russia ...'
    dash = next((t for t in doc[subject.i + 1:min(verb.i, subject.right_edge.i + 2)] if t.text in DASHES or t.text == "_"),
                None)
    if dash is None:
        return subject
    after = [c for c in subject.rights if c.i > dash.i and c.dep_ == "appos"]
    after += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and dash.i < c.i < verb.i]
    return after[0] if after else subject


def _asked_aside(verb: Token) -> bool:
    """'President Hale, asked whether he was pleased, replied: “...”': the parser may take the
    participle set off by commas for the main verb, with the speaker for its subject, and hang
    the cue after the second comma on it as its clause; the one asked says the words."""
    head, doc = verb.head, verb.doc
    if head.lower_ not in ASKED or head.tag_ not in ("VBD", "VBN") or head.i > verb.i or \
            doc[verb.i - 1].text != "," or doc[head.i - 1].text != ",":
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children)


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject also says what `verb` reports: 'said and added', 'went on to
    say', 'are more likely to say' (through the adjective), 'after saying' (a gerund under a preposition), 'fired back a response saying'
    (a gerund describing the object)."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ in ("conj", "xcomp", "advcl"):
        return head
    if verb.dep_ == "relcl":
        return _verb_of_the_occasion(verb)
    if verb.dep_ == "acomp":  # 'voters are more likely to say': the subject of "are"
        return head
    if verb.dep_ == "ccomp" and _asked_aside(verb):
        return head
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    outer = head.head.head  # 'In addition to stating ..., Ann Moreau has vowed': a gerund two prepositions down
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "pobj" and outer.dep_ == "prep" \
            and outer.head.pos_ in ("VERB", "AUX"):
        return outer.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.head.pos_ == "VERB" and _sent_in(head):
        return head.head.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and _sent_to(head):
        return head.head.head
    return None


def _verb_of_the_occasion(verb: Token) -> Token | None:
    """'He went out of his way to say that ...', 'The judge pointed to a previous case to say',
    'used the occasion to say': an infinitive of saying with no subject of its own tells what
    the subject of the verb above did, though the parser hangs it on that verb's object as a
    relative clause. Not on a subject or a complement ('the first to say', 'a reason to say' as
    a subject), nor where the verb has someone else to speak ('gave him a chance to say'), nor
    under "have" or "be" ('has a way to claim the nomination', 'had no reason to say'), which
    tell of a means or a right, not of words given."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    tok = verb.head
    while tok.dep_ in ("pobj", "prep", "dobj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.i == verb.head.i or tok.pos_ != "VERB" or tok.lower_ in AUXILIARIES \
            or any(c.dep_ in ("dative", "iobj") for c in tok.children):
        return None  # 'has a way to claim', 'had no reason to say': a means or a right, no deed
    return tok


def _sent_in(noun: Token) -> bool:
    """'shot back in an article stating': a gerund on the writing the words went out in says
    what the verb's subject wrote; not 'pointed to reports saying'."""
    return noun.head.lower_ in ("in", "with", "via", "through") and _writing(noun)


def _sent_to(noun: Token) -> bool:
    """'sent a text message to supporters saying': the parser hangs the gerund on those the
    writing went to; what it says is the sender's, the subject of the verb whose object is
    the writing."""
    to = noun.head
    sender = to.head
    return to.lower_ == "to" and to.dep_ in ("dative", "prep") and sender.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and _writing(c) for c in sender.children)


def _writing(noun: Token) -> bool:
    word = noun.lower_
    return word in DOCUMENT_NOUNS or word in CHANNEL_NOUNS or word in WRITINGS


def _reporting_verb_above(verb: Token) -> Token | None:
    """'Flynn said the two had a "scorching", adding: ...': the parser hangs "adding" inside
    the reported clause, but whoever adds is whoever said."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    tok = verb.head
    for _ in range(3):
        if tok.dep_ != "ccomp" or tok.head.i == tok.i:
            return None
        if direct_lemma(tok.head.lower_):
            return tok.head
        tok = tok.head
    return None


def _antecedent(subject: Token, verb: Token) -> Token:
    """'the council, which said ...': a relative pronoun stands for the noun it follows, even
    where the parser hangs the clause elsewhere ('Culture, Media and Sport Secretary Tessa
    Jowell who said')."""
    if subject.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return subject
    doc = subject.doc
    before = doc[subject.i - 2] if subject.i > 1 and doc[subject.i - 1].text == "," else doc[subject.i - 1]
    if subject.i > 0 and before.tag_ in ("NNP", "NNPS") and before.i > verb.head.i:
        return _all_named(_described(before, verb.head) if subject.lower_ == "who" else before, verb)
    return _all_named(_described(verb.head, verb.head) if subject.lower_ == "who" else verb.head, verb)


def _all_named(noun: Token, verb: Token) -> Token:
    """'Govs. Ann Lee and Tom Hart, who say ...': a plural verb ("say", not "says") makes the
    relative pronoun stand for every name joined with the last one, not that one alone."""
    while verb.tag_ == "VBP" and noun.dep_ == "conj" and noun.pos_ == "PROPN" and noun.head.pos_ == "PROPN":
        noun = noun.head
    return noun


def _described(noun: Token, attached: Token) -> Token:
    """'Ann Moreau, an analyst at Acme, who said': "who" after the name that ends a description
    stands for the one described, where the parser hangs the clause on the nearest name, the
    object of the description's preposition. Climbs out of appositions (the same one) and out
    of prepositions when an apposition follows ('a reaction from Ann Moreau, who said' stays),
    or when it reaches the noun the parser `attached` the clause to ('Ann Moreau, 24, from
    Leeds, who said')."""
    tok = described = noun
    for _ in range(8):
        if tok.i == attached.i and tok.i != noun.i:
            return tok
        if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = described = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    return described


def is_cue_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and direct_lemma(token.lower_) is not None


def puts_it(token: Token) -> bool:
    """'“...,” as Ann Moreau put it', 'The plan, as Ann Moreau put it, “is a promise kept.”': the
    idiom attributes the quoted words next to it as a cue does (not 'put it on the shelf',
    which has no "as")."""
    return token.lower_ in ("put", "puts") and token.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def after(doc: Doc, first: int, last: int) -> tuple[Token, Token | None] | None:
    """An attribution right after a quotation over tokens [first, last]: ',” she said.'"""
    i = last + 1
    while i < len(doc) and (doc[i].is_punct and doc[i].text not in "“‘\"'" or doc[i].text == " "):
        i += 1
    if i >= len(doc) or _embedded(doc, first):
        return None
    if _sentence_closed_before(doc, last, i):
        return _taken_up_after(doc, i)
    for j in range(i, min(len(doc), i + MAX_AFTER)):
        tok = doc[j]
        if "\n" in tok.text or tok.text in SENTENCE_END or tok.text in "“\"":
            break
        if j == i and is_cue_verb(tok) and tok.dep_ == "ROOT":
            named = _name_after_inverted(tok)
            if named is not None:
                return tok, named
        if (is_cue_verb(tok) or puts_it(tok)) \
                and (tok.dep_ not in ("relcl", "acl") or _finite_clause(tok) or _hung_in_quote(tok, first, last)) \
                and not _reports_clause_after(tok, interrupted=doc[last - 1].text == ","):
            subject = _subject_outside(tok, first, last)
            if subject is None and j > i and doc[last - 1].text in (",", "?", "!"):
                # '“...,” Tom Keel, 49, told the Courier': the parser may hang the name between the
                # quotation and its cue on the quote's verb and leave the cue no subject; a noun
                # phrase alone between them is who speaks, where the quotation ends as words
                # handed on do (not a title: '“Broad City” star asked ...').
                subject = _phrase_head(doc, i, j)
                named = _name_apposed_to_role(doc, i, j) if subject is None else None
                if named is not None:
                    return tok, named
            subject = _split_subject(tok, subject, last)
            if subject is None and j == i and doc[last - 1].text == ",":
                subject = _speaker_after_inverted(doc, tok)
            if _subject_between(doc, i, j, tok, subject):
                return tok, subject or _inverted_object(tok, right_after=j == i)
    return _closing_sentence(doc, first, last, i)


def _speaker_after_inverted(doc: Doc, cue: Token) -> Token | None:
    """'“The risk,” said Ann Lee, an economist at the bank, “is that ...”', '“Debate recap,”
    tweeted Rubio spokesman Alex Conant.': a cue inverted right after a quotation's closing
    marks reports it, and the noun phrase after the cue is who speaks. The parser may read that
    phrase otherwise: as the subject of the quotation's verb after the break (a quotation broken
    off after its own subject), or hang the cue on it as a modifier, and leave the cue no subject.
    The phrase that fills all the room between the cue and the comma before the quotation's
    resumption, or the end of the sentence, is the speaker's; its head, or None."""
    for k in range(cue.i + 2, min(len(doc), cue.i + MAX_AFTER)):
        tok = doc[k]
        if tok.text in QUOTE_OPENINGS or tok.text == "\"":  # a straight mark opens where it follows a comma
            return _phrase_head(doc, cue.i + 1, k - 1) if doc[k - 1].text == "," else None
        if tok.text in SENTENCE_END or "\n" in tok.text:
            return _phrase_head(doc, cue.i + 1, k) or _name_ending(doc, cue.i + 1, k)
        if tok.text in CLOSING_MARKS:
            return None
    return None


def _name_ending(doc: Doc, first: int, end: int) -> Token | None:
    """'mused Blaze co-host Stu Burguiere.': a role and a name with nothing else in tokens
    [first, end), which the parser split into several pieces; the name's last word, or None."""
    words = [t for t in doc[first:end] if not t.is_space]
    if not words or words[-1].tag_ != "NNP" or not words[-1].text[:1].isupper() or \
            not all(t.tag_ in ROLE_WORD_TAGS or t.tag_ == "HYPH" or t.text == "-" for t in words):
        return None
    return words[-1]


def _name_apposed_to_role(doc: Doc, first: int, end: int) -> Token | None:
    """'“...,” the company's vice-president of community relations, Dale Forsythe, said': a role
    and the name set off after it, all between the quotation and its cue, name the one who
    speaks, where the parser, splitting the hyphened role, hung its pieces and the name on the
    quotation's verb. The name's last word, where [first, end) is a description (determiners,
    possessives, nouns, adjectives, hyphens, "of") and then a name between commas; else None."""
    words = [t for t in doc[first:end] if not t.is_space]
    if len(words) < 5 or words[-1].text != "," or words[0].tag_ not in ROLE_OPENING_TAGS:
        return None
    comma = max(k for k, t in enumerate(words[:-1]) if t.text == ",") if any(
        t.text == "," for t in words[:-1]) else None
    if comma is None or comma < 1 or comma + 1 >= len(words) - 1:
        return None
    role, name = words[:comma], words[comma + 1:-1]
    if not all(t.tag_ == "NNP" and t.text[:1].isupper() for t in name) or \
            not any(t.tag_ in ("NN", "NNS") for t in role) or \
            not all(t.tag_ in ROLE_WORD_TAGS or t.text == "-" or t.lower_ in ("of", "for") for t in role):
        return None
    return name[-1]


def _split_subject(cue: Token, subject: Token | None, last: int) -> Token | None:
    """'“...,” Unifor Local 444 president Dave Kirby told CBC News': the parser may split a
    union local's name and its officer's name into two subjects of the cue (reading "Local" as
    an adjective); the second, a name, is the speaker, and the first only the body in its title
    (`_subject_between` takes both in)."""
    if subject is None or subject.i <= last or subject.i > cue.i:
        return subject
    later = [c for c in cue.children if c.dep_ == "nsubj" and subject.i < c.i < cue.i]
    if len(later) != 1 or later[0].tag_ != "NNP" or not (subject.tag_ == "NNP" or _lower_case_title(subject)) \
            or subject.right_edge.i + 1 != later[0].left_edge.i:
        return subject
    return later[0]


def _lower_case_title(subject: Token) -> bool:
    """'“...,” the designer Clara Beaumont said': the parser may split a title in lower case,
    with its article, from the name after it and make both subjects of the cue; the title is
    only a description of the name (a noun and the words of its own phrase: "the fashion
    designer", "a former minister")."""
    return subject.tag_ in ("NN", "NNS") and all(
        t.text.islower() and (t.tag_ in ROLE_TAGS or t.dep_ == "det") for t in _own_words(subject))


def _name_after_inverted(cue: Token) -> Token | None:
    """'“...,” said Ann Moreau, a lawyer who heads the Bar Council.', '“...,” said her friend, Tom
    Keel, who recalled ...': a cue right after the quotation's marks, before its speaker, reports
    the quotation; no clause of its own can follow it there. The parser may still read a verb
    after the name as a clause the cue reports (the relative clause's, or a word of an
    organisation's name: "Correct the Record"), and take the name for that clause's subject or
    leave it the cue's. Where that clause's words come after the whole phrase of a name that
    opens right after the cue, the name is the quotation's speaker."""
    clause = next((c for c in cue.rights if c.dep_ == "ccomp" and is_clause(c)), None)
    if clause is None:
        return None
    own = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    name = own if own is not None and own.i > cue.i else \
        next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if name is None or name.left_edge.i != cue.i + 1 or name.pos_ not in ("PROPN", "NOUN") \
            or name.right_edge.i >= clause.i:
        return None
    # A comma right after the name or its phrase sets off who the speaker is ("said Tom Keel, who
    # ...", "said Ann Moreau, a lawyer who ...", "said her friend at the club, Tom Keel, who");
    # without one the words after it may be what was said of someone ("said Tom Keel would win").
    doc = cue.doc
    edge = name.right_edge.i
    return name if "," in (doc[name.i + 1].text, doc[edge].text, doc[edge + 1].text) else None


def _hung_in_quote(verb: Token, first: int, last: int) -> bool:
    """'“This is a contest in which ..., the lively side gains ground,” he said.': the parser may
    hang the cue with its subject on a noun of the quote over tokens [first, last] as a relative
    clause with no relative pronoun; none reaches across the comma and the closing mark."""
    doc = verb.doc
    return verb.dep_ == "relcl" and first <= verb.head.i <= last and doc[last - 1].text == "," \
        and any(c.dep_ == "nsubj" and c.i > last and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _finite_clause(verb: Token) -> bool:
    """'“...,” Ash wrote in the email': a verb in a tense with a subject of its own heads a
    clause, though the parser hangs it on a noun of the quote as a modifier (a finite verb never
    is one); a relative clause has its "which" or "that" for the subject."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _taken_up_after(doc: Doc, i: int) -> tuple[Token, Token] | None:
    """'“Every winter we lose a family.” So says Ann Lee, who runs the store.': the sentence after
    a closed quotation opens with a word that takes it up (lexicon/pointing-back.txt) and the
    sentence's own cue, inverted before its speaker and reporting no clause of its own."""
    if doc[i].lower_ not in POINTING_BACK or i + 2 >= len(doc):
        return None
    cue = doc[i + 1]
    if cue.dep_ != "ROOT" or doc[i].head.i != cue.i or not is_cue_verb(cue) or \
            any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    return (cue, subject) if subject is not None and subject.left_edge.i == i + 2 else None


def _closing_sentence(doc: Doc, first: int, last: int, i: int) -> tuple[Token, Token] | None:
    """'“It seems extremely unlikely” that Sanders can catch up, said Steve Elmendorf, a
    strategist.': a quotation the sentence carries on past its marks, and a cue after a comma
    that ends the sentence with its speaker. The quoted words are part of what the cue reports
    (the cue is above their last word in the parse), and nothing between holds a quotation mark."""
    for j in range(i, min(len(doc), i + MAX_AFTER)):
        tok = doc[j]
        if "\n" in tok.text or tok.text in SENTENCE_END or tok.text in "“”\"":
            return None
        if not is_cue_verb(tok):
            continue
        subject = subject_of(tok)
        word = next((t for t in reversed(doc[first:last + 1]) if not t.is_punct), doc[last])
        if tok.dep_ != "ROOT" or subject is None or subject.i <= last or not _above(tok, word):
            return None
        opening = min(tok.i, subject.left_edge.i)
        if doc[opening - 1].text != "," or not _carried_on(doc[i:opening - 1], word, tok, first, last) \
                or not _ends_with(tok, subject):
            return None
        return tok, subject
    return None


def _carried_on(between: Span, word: Token, cue: Token, first: int, last: int) -> bool:
    """Whether the quotation over tokens [first, last] holds the clause the cue reports (its
    verb is quoted: not '“Very few” of the Americans complied, an official said', whose words
    the whole sentence reports) and the words `between` it and the cue's phrase carry that
    clause on (they hang under it, as the quote's last `word` does): not a name the parser cut
    off from the cue ('“...,” Ann Moreau, the chairwoman, recalled' read with "chairwoman" for
    the subject)."""
    top = word
    while top.head.i != cue.i and top.head.i != top.i:
        top = top.head
    if not first <= top.i <= last or top.pos_ not in ("VERB", "AUX"):
        return False
    words = [t for t in between if not (t.is_punct or t.is_space)]
    return bool(words) and all(_above(top, t) for t in words)


def _above(cue: Token, word: Token) -> bool:
    """Whether `cue` is among the heads of `word`."""
    return any(t.i == cue.i for t in word.ancestors)


def _ends_with(cue: Token, subject: Token) -> bool:
    """Whether the cue's sentence ends with the cue and its subject, and at most a time or
    place of the cue's ('said Ann Moreau on Monday'), no clause of its own."""
    doc = cue.doc
    k = max(cue.i, subject.right_edge.i) + 1
    while k < len(doc) and not (doc[k].text in SENTENCE_END or "\n" in doc[k].text):
        tok = doc[k]
        if not (tok.is_punct or tok.is_space or any(t.i == cue.i for t in tok.ancestors)
                and not any(t.dep_ in ("ccomp", "xcomp", "advcl") for t in _path_up(tok, cue))):
            return False
        k += 1
    return True


def _path_up(tok: Token, top: Token) -> list[Token]:
    """`tok` and its heads below `top`."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _subject_outside(cue: Token, first: int, last: int) -> Token | None:
    """The cue's subject, never a name inside the quotation over tokens [first, last]: the
    parser can hang a name the quote ends on under the cue as a second subject ('“... the
    arrival of Juan Gonzalez in Miami,” said Ann Moreau'); the one outside the marks says it."""
    subject = subject_of(cue)
    if subject is not None and subject.i > cue.i and _quoted_title(subject):
        return _apposed_before(cue) or subject
    if subject is not None and subject.i < first:
        # 'His last word: “...,” he said': the parser may make the words that lead in to the
        # quotation a second subject of its cue; the one between the quotation and the cue says it.
        return next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and last < c.i < cue.i), subject)
    if subject is None or not first <= subject.i <= last:
        return subject
    return next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i > last), None) or _apposed_before(cue)


def _quoted_title(subject: Token) -> bool:
    """'“...,” Ann Moreau, a senator, said on “Morning Show.”': the parser may take a programme's
    title in quotation marks after the cue for its subject, and hang the name on the quote."""
    doc, start = subject.doc, subject.left_edge.i
    return doc[start].text in QUOTE_OPENINGS or start > 0 and doc[start - 1].text in QUOTE_OPENINGS


def _inverted_object(cue: Token, right_after: bool = False) -> Token | None:
    """'“...,” answer Ann Moreau and Omar Haddad': after an inverted cue the parser takes
    speakers joined by "and" for its object, and at times a single name that ends the
    sentence ('“...,” added Kiplagat.', where the name was given before): what a quotation's
    cue says is the quotation, so a name after it is who speaks. So is any noun phrase the
    parser makes the object of a cue `right_after` the quotation's marks, where it opens right
    after the cue and ends its sentence or is set off by a comma ('“...,” read one.', '“...?”
    asked the boy, who ...')."""
    lemma = direct_lemma(cue.lower_)
    if lemma in ADDRESSING and not (right_after and lemma in INVERTED_ADDRESSING):
        return None  # '“...,” told Reuters and CNN': the object is who was told; '“...,” warned Lee.' speaks
    for child in cue.rights:
        if child.dep_ in ("dobj", "dative") and child.tag_ in ("NNP", "NNPS") and child.i - cue.i <= 4 \
                and (any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children) or _ends_sentence(child)):
            return child
        # the parser may read the name as the cue's attribute ('“...,” warned Dunne.')
        if right_after and child.dep_ in ("dobj", "dative", "attr") and child.left_edge.i == cue.i + 1 \
                and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET") and _phrase_closes(child):
            return child
    return None


def _phrase_closes(head: Token) -> bool:
    """Whether a comma follows `head` or its phrase, or its phrase ends the sentence."""
    doc, end = head.doc, head.right_edge.i + 1
    return doc[head.i + 1].text == "," if head.i + 1 < len(doc) and doc[head.i + 1].text == "," \
        else end == len(doc) or doc[end].text in SENTENCE_END or doc[end].text == "," or "\n" in doc[end].text


def _ends_sentence(name: Token) -> bool:
    """A name right after its cue with nothing after it in its sentence but its full stop."""
    doc, end = name.doc, name.i + 1
    return all(t.i < name.i and t.tag_ in ("NNP", "NNPS") for t in name.lefts) and \
        (end == len(doc) or doc[end].text in SENTENCE_END or doc[end].text == "\n")


def according_after(doc: Doc, first: int, last: int) -> tuple[Token, Token | None] | None:
    """'“The vaccine is safe,” according to Dr. Omar Haddad': the quotation's source follows it.

    Returns the word "according" and the head of the source.
    """
    i = last + 1
    while i < len(doc) and (doc[i].is_punct and doc[i].text not in "“‘\"'" or doc[i].is_space):
        i += 1
    if i + 1 >= len(doc) or _sentence_closed_before(doc, last, i) or _embedded(doc, first):
        return None
    return _according(doc[i])


def according_before(doc: Doc, first: int) -> tuple[Token, Token | None] | None:
    """'According to Dr. Haddad, “the vaccine is safe.”': the source opens the sentence."""
    j = first - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or doc[j].text != ",":
        return None
    for tok in reversed(doc[max(0, j - MAX_AFTER):j]):
        if tok.text in SENTENCE_END or "\n" in tok.text or tok.text in "”\"":
            return None
        if tok.lower_ == "according":
            return _according(tok)
    return None


def _according(tok: Token) -> tuple[Token, Token | None] | None:
    doc = tok.doc
    if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    return tok, next((t for t in doc[tok.i + 1].children if t.dep_ == "pobj"), None)


def _sentence_closed_before(doc: Doc, last: int, nxt: int) -> bool:
    """'... timing.” Gov. Smith said it would ...': a full stop inside the marks ends the sentence
    (inside a wire's doubled apostrophes too: "... are old.'' The campaign did not elaborate.").

    After "?" or "!" an attribution may follow ('“Why?” she asked.'); after "." only a
    lower-case one does, as the period would otherwise have been a comma.
    """
    closing = doc[last]
    # a wire's doubled apostrophe ('' in NYT copy) closes as a curly mark does
    inside = doc[last - 1] if (closing.text in CLOSING_MARKS) and last > 0 else closing
    return inside.text == "." and not doc[nxt].text[:1].islower()


def _embedded(doc: Doc, first: int) -> bool:
    """'the anthem “A Change Is Gonna Come,” she added ...': a quoted title inside a sentence.

    A quotation an attribution follows opens its sentence, or comes after a
    comma, colon or dash; right after a word, it is a name or a title.
    """
    if first == 0:
        return False
    prev = doc[first - 1]
    return prev.is_alpha and not doc[first].is_sent_start and direct_lemma(prev.lower_) is None


# A programme's title in quotation marks after what it was said on or for: "on the podcast",
# "for Sunday's", "on CBS's" (a medium's noun, outlet-nouns.txt, or an owner's possessive).
TITLE_AFTER = re.compile(r"\b(?:on|for)\s+(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+)?(?:%s)|[\w.&-]+['’]s)\s*$"
                         % "|".join(sorted(OUTLET_NOUNS)), re.I)
# ... or right after "on" of appearing, speaking or airing (on-air.txt, interview-carried.txt; not
# "on" of a topic, on-topics.txt: "insisted on “Fair Play”"),
# a day or a time between ("said in an interview aired Monday on “New Day.”", "appearing on
# “Good Morning America”"), or right after a verb of telling ("told “Fox and Friends” on Monday").
TITLE_ON_AIR = re.compile(r"\b(?:(?:%s)(?:\s+(?:%s)){0,2}\s+on|%s)\s*$" % (
    "|".join(sorted((ON_AIR | INTERVIEW_CARRIED) - ON_TOPICS)), "|".join(sorted(MONTHS_AND_DAYS | DAY_WORDS)),
    "|".join(sorted(TOLD))), re.I)
# ... or in apposition to a work's noun ("his 1984 memoir, “Counsel for the Damned,” that ...",
# titled-works.txt): the work's title.
TITLE_OF_WORK = re.compile(r"\b(?:%s),\s*$" % "|".join(sorted(TITLED_WORKS)), re.I)
TITLE_WORDS = 6
TITLE_REACH = 60  # characters before the opening mark that hold "on the podcast", "for Sunday's"


def programme_title(text: str, start: int, end: int) -> bool:
    """'Weiner said in May on the podcast “Here’s the Thing.”', "Mr. Reed said on CBS's ''Face
    the Nation.''": the words between the marks at `start` (the opening mark) and `end` (past the
    closing one), a few in title case (every word capitalised or a small word), after what they
    were said on, are a programme's title, neither a quotation nor a clause the cue reports
    (placing.outlets reads the title as the interview's outlet); so are those in apposition to a
    work's noun ("in his 1984 memoir, “Counsel for the Damned,” that ..."), the work's title."""
    opening = 2 if text.startswith("''", start) or text.startswith("``", start) else 1
    words = text[start + opening:end].strip(" .,'’”\"").split()
    before = text[max(0, start - TITLE_REACH):start]
    if not words or len(words) > TITLE_WORDS or not (TITLE_AFTER.search(before) or TITLE_ON_AIR.search(before)
                                                     or TITLE_OF_WORK.search(before)):
        return False
    return all(w[:1].isupper() or w.lower() in TITLE_CASE_SMALL_WORDS for w in words)


def _in_programme_title(clause: Token) -> bool:
    """A clause the parser read in a programme's title in marks ("said on CBS's ''Face the
    Nation.''"): the cue reports the quotation before it, not the title."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    while first < last and doc[first].is_quote:
        first += 1  # the parser may hang the opening mark on the title's word
    if first == 0 or not doc[first - 1].is_quote:
        return False
    end = last + 1
    while end < len(doc) and (doc[end].is_punct and not doc[end].is_quote):
        end += 1
    if end >= len(doc) or not doc[end].is_quote:
        return False
    return programme_title(text_of(doc), doc[first - 1].idx, doc[end].idx + len(doc[end].text))


def _reports_clause_after(cue: Token, interrupted: bool = False) -> bool:
    """'The network said it would ...': a cue with its own clause reports that, not the quote before.
    Where the quote before ends on a comma (`interrupted`) and the cue has its subject, a clause
    that opens a quotation ('“We will win,” Keel said, “and we will win big.”') is the rest of
    the quote the cue interrupts, not a clause of its own; not after a question ('was asked, “...?”
    He answered, “...”') nor after a cue with no subject ('on “Morning Joe,” adding, “...”')."""
    rest = interrupted and any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    return any(c.dep_ == "ccomp" and c.i > cue.i and is_clause(c) and not (rest and _opens_quotation(c))
               and not absolute_phrase(c) and not _in_programme_title(c) and not _interview_aired(c)
               and not title_article(c) for c in cue.children)


def title_article(clause: Token) -> bool:
    """'told the German weekly Die Zeit': another language's article that opens a title
    (outlet-articles.txt), capitalised in mid-sentence, which the parser read as a verb ("die")
    and its clause as the one the cue reports."""
    return clause.text in OUTLET_ARTICLES and not clause.is_sent_start and clause.i + 1 < len(clause.doc) \
        and clause.doc[clause.i + 1].is_title



def _interview_aired(clause: Token) -> bool:
    """'said in an interview with CNN's Ana Silva aired Monday on “New Day”': the parser may read
    the participle of an interview carried (interview-carried.txt) as a clause the cue reports;
    with no subject of its own it only tells where the interview ran."""
    return clause.lower_ in INTERVIEW_CARRIED and not any(c.dep_ in SUBJECT_DEPS for c in clause.children) \
        and any(t.lower_ in INTERVIEWS for t in clause.doc[clause.sent.start:clause.i])


def absolute_phrase(clause: Token) -> bool:
    """'“...,” he said, confetti still falling', 'she said, her voice breaking': a noun and a
    participle with no auxiliary, set off by a comma after the cue, tell the scene the words
    were said in, not what was said; the parser may still hang them on the cue as its clause."""
    if clause.tag_ not in ("VBG", "VBN"):
        return False
    start = next((t.i for t in clause.subtree if not t.is_punct), clause.i)  # the parser may hang the comma on it
    # its noun may be read as the participle's subject or as a compound on it ("her voice breaking")
    return start > 0 and clause.doc[start - 1].text == "," \
        and any(c.i < clause.i and c.pos_ in ("NOUN", "PROPN", "PRON") for c in clause.lefts) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _opens_quotation(clause: Token) -> bool:
    """Whether a quotation mark opens right before the clause's first word, after the comma that
    closes the cue ('Keel said, “and ...'; a wire's double marks, which also close, open where
    glued to that word: ", ''and we ..."). After a colon the cue introduces a quotation of its own
    ('Sir Paul said: "There is ..."')."""
    doc = clause.doc
    start = clause.left_edge.i
    # a wire's `` mark is two tokens of one backtick each (", ``and we ...")
    wire = start >= 3 and doc[start - 1].text == doc[start - 2].text == "`"
    comma = start - 3 if wire else start - 2
    if comma < 0 or doc[comma].text != ",":
        return False
    mark = doc[start - 1]
    return wire or mark.text in QUOTE_OPENINGS or mark.text == "''" and not mark.whitespace_


def is_clause(head: Token) -> bool:
    """A clause has a verb, or a subject: '..., said coach Mike Friday' parsed as a clause has neither."""
    return head.tag_.startswith(("VB", "MD")) or any(c.dep_ in SUBJECT_DEPS for c in head.children)


def _subject_between(doc: Doc, start: int, end: int, cue: Token, subject: Token | None) -> bool:
    """True if only the cue's `subject` (the one outside the quote: the parser may give the cue
    a word of the quote for a second subject, '“My apologies,” Quick said'), adverbs and
    auxiliaries stand in [start, end)."""
    lo, hi = (subject.left_edge.i, subject.right_edge.i) if subject is not None else (-1, -1)
    if subject is not None:
        own = lo
        lo, hi = _noun_phrase_around(doc, lo, hi, cue)
        hi = _set_off_after_subject(doc, hi, end)
        # a body's name split off before its officer's title; a title in lower case before the name
        body = next((c for c in cue.children if c.dep_ == "nsubj" and c.right_edge.i + 1 in (lo, own)
                     and (c.tag_ == "NNP" or _lower_case_title(c)) and subject.tag_ == "NNP"), None)
        lo = min(lo, body.left_edge.i) if body is not None else lo
    if _quoted_as(cue) is not None:  # "“...,” the paper quoted Ann Lee as saying"
        lo, hi = cue.head.head.left_edge.i, cue.i
    # "“...,” when Clinton blasted him": a subordinate clause is not an attribution.
    return all(lo <= t.i <= hi or t.is_space or t.is_punct and t.text not in "“”\""
               or t.head.i == cue.i and t.dep_ in ("advmod", "aux", "neg") and t.tag_ not in ("WRB", "IN")
               or t.head.i == cue.i and t.dep_ == "mark" and t.lower_ == "as"  # '“...,” as she put it'
               for t in doc[start:end])


ROLE_TAGS = ("NN", "NNS", "NNP", "JJ", "HYPH")
# A role set off before a name after the quotation: "the company's vice-president, Ann Reed,"
ROLE_OPENING_TAGS = ("DT", "PRP$")
ROLE_WORD_TAGS = ("DT", "PRP$", "POS", "NN", "NNS", "NNP", "JJ", "HYPH")


def _set_off_after_subject(doc: Doc, hi: int, end: int) -> int:
    """'“...,” Blunt, after a long pause, said': a phrase set off by commas between the subject's
    phrase (ending at `hi`) and the cue at `end` tells of the speaker or of the saying, whatever
    the parser hangs it on; it belongs to the attribution unless it holds a quotation mark or a
    clause with a subject of its own ('Blunt, the senator said,'). The end of what the subject
    covers, so extended."""
    if hi < 0 or hi + 1 >= end - 1 or doc[hi + 1].text != "," or doc[end - 1].text != ",":
        return hi
    phrase = doc[hi + 2:end - 1]
    if any(t.text in QUOTE_OPENINGS or t.text in CLOSING_MARKS or t.text == "\"" for t in phrase) \
            or any(t.dep_ in SUBJECT_DEPS and t.tag_ not in ("WP", "WDT") for t in phrase):
        return hi
    return end - 1


def _noun_phrase_around(doc: Doc, lo: int, hi: int, cue: Token) -> tuple[int, int]:
    """The subject over [lo, hi] with the words of its noun phrase that the parser hung on the
    cue instead: a role written before the name with no determiner ('“...,” commuter Ayesha
    Khan told') or the rest of a name it split ('union president Luc St-Pierre said', with
    "president" and "Pierre" both the cue's subjects). Such a word describes the one who speaks,
    and so does an abbreviated title right before the name, wherever the parser hung it."""
    def ours(k: int) -> bool:
        if k == lo - 1 and doc[k].text in ABBREVIATED_TITLES:
            return True  # '“...,” Coun. Amir Haddad told', "Coun." hung on the quote's verb
        return doc[k].tag_ in ROLE_TAGS and (doc[k].head.i == cue.i or lo <= doc[k].head.i <= hi)

    while lo > 0 and ours(lo - 1):
        lo -= 1
    # '“...,” medical officer of health Dr. Priya Rao said': a title in lower case with words of
    # its own ("of health"), right after the quotation's closing mark and before the name, is
    # the name's, wherever the parser hung it (a second subject, or on the quote's verb).
    k = lo - 1
    while k > 0 and doc[k].text.islower() and (doc[k].tag_ in ROLE_TAGS or doc[k].lower_ == "of"):
        k -= 1
    if k < lo - 1 and doc[k].is_quote and doc[lo - 1].tag_ in ("NN", "NNS") and doc[k + 1].lower_ != "of" \
            and doc[lo].tag_ in ("NNP", "NNPS"):
        lo = k + 1
    while hi + 1 < cue.i and ours(hi + 1):
        hi += 1
    if lo > 0 and doc[lo - 1].dep_ == "det" and doc[lo - 1].head.i == cue.i:
        lo -= 1  # '“...,” the 34-year-old said': the parser hung the subject's determiner on the cue
    return lo, hi


def signature(doc: Doc, last: int) -> Token | None:
    """'“...” ― Jorge Falcon': a name after a dash at the end of the line signs the quote.

    Returns the last word of the name; such a quote has a speaker but no cue.
    """
    i = last + 1
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    if i >= len(doc) or doc[i].text not in DASHES:
        return None
    j = i + 1
    while j < len(doc) and (doc[j].tag_ in ("NNP", "NNPS") or doc[j].text == "." and j > i + 1
                            and not _next_sentence_on_line(doc, j) or doc[j].is_space and "\n" not in doc[j].text):
        j += 1
    name_end = j
    while name_end > i + 1 and (doc[name_end - 1].text == "." or doc[name_end - 1].is_space):
        name_end -= 1
    at_line_end = j >= len(doc) or "\n" in doc[j].text or "\n" in doc[j - 1].whitespace_ \
        or doc[j].text in (".", ",")
    return doc[name_end - 1] if name_end > i + 1 and at_line_end else None


def _next_sentence_on_line(doc: Doc, stop: int) -> bool:
    """'“...” - Hillary Clinton. Clinton has often said ...': a full stop after the signing name
    with a sentence going on after it on the same line ends the name (a fact-check's way of
    quoting a claim); the next sentence's words are no part of it."""
    nxt = stop + 1
    return nxt < len(doc) and bool(doc[stop].whitespace_) and "\n" not in doc[stop].whitespace_ \
        and doc[nxt].text[:1].isupper()


def transcript_turn(doc: Doc, first: int) -> Token | None:
    """'"PENCE: Well, look, ...': in a transcript the quoted paragraph opens with its speaker's
    name in capitals and a colon. Returns the last word of the name, or None.

    A transcript holds turns of two speakers at least, so a lone 'UPDATE:' opening a quoted
    paragraph names no one.
    """
    i = first + (doc[first].text in QUOTE_OPENINGS)
    j = i
    while j < len(doc) and j - i < TURN_WORDS and len(doc[j].text) > 1 and doc[j].text.isupper():
        j += 1
    if j == i:
        return _named_turn(doc, first, i)
    if j >= len(doc) or doc[j].text != ":" or j - i == 1 and doc[i].lower_ in HEADLINE_LABELS:
        return None  # '"VIDEO: ...': a label of what follows, no one who speaks
    text = text_of(doc)
    if doc[first].idx > 0 and text[doc[first].idx - 1] != "\n":
        return None
    return doc[j - 1] if len({m.group(1) for m in TURN.finditer(text)}) > 1 else None


def bare_turn_speaker(speaker: Token) -> Token | None:
    """'FALLIN: Well, I think the whole nation needs to work together.': in a transcript printed
    without quotation marks each paragraph opens with its speaker's name in capitals and a colon,
    and the "I" of a turn is the one its label names, not the writer. Returns the label's last
    word, or None; a transcript holds turns of two labels at least."""
    if speaker.lower_ != "i":
        return None
    doc = speaker.doc
    text = text_of(doc)
    start = text.rfind("\n", 0, speaker.idx) + 1
    label = next((m for m in bare_turns(text) if m.start() == start), None)
    if label is None:
        return None
    words = doc.char_span(start, label.end(1), alignment_mode="expand")
    # a label the tagger read as a common noun ("TAPPER") is no name the resolver can take
    return words[-1] if words is not None and len(words) and words[-1].tag_ == "NNP" else None


def _named_turn(doc: Doc, first: int, i: int) -> Token | None:
    """'"Chris Matthews: Seriously, about this ...' in a transcript whose other turns open their
    lines with names as written ("Ann Lee: ...", "Lee: ..."): a full name of two proper nouns
    at least (one word may be a note's label, "Note:"), the article holding turns of two
    labels at least. Returns the last word of the name, or None."""
    j = i
    while j < len(doc) and j - i < TURN_WORDS and doc[j].tag_ == "NNP" and doc[j].text[:1].isupper() \
            and doc[j].text[1:].islower():
        j += 1
    if j - i < 2 or j >= len(doc) or doc[j].text != ":":
        return None
    text = text_of(doc)
    if doc[first].idx > 0 and text[doc[first].idx - 1] != "\n":
        return None
    return doc[j - 1] if len({m.group(1) for m in NAMED_TURN.finditer(text)}) > 1 else None


def exchange_turn(doc: Doc, first: int) -> tuple[Token, Token | None] | None:
    """'Q: “Will you sign it this week?”' and 'A: “I will.”': a printed exchange labels its
    turns with a letter and a colon at the start of the line (`lexicon/transcript-labels.txt`),
    no name. The question is the reporters' (no speaker); the answer is the one whom the story
    quotes last before the exchange: the named subject of the nearest cue before the line.
    Returns the colon, which is the cue, and that subject (None for a question)."""
    j = first - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 1 or doc[j].text != ":" or not _opens_label(doc, j - 1):
        return None
    role = TRANSCRIPT_LABELS.get(doc[j - 1].text)
    if role is None:
        return None
    if role == "question":
        return doc[j], None
    answerer = next((t for t in reversed(doc[:j - 1]) if t.dep_ == "nsubj" and t.tag_ in ("NNP", "NNPS")
                     and is_cue_verb(t.head)), None)
    return doc[j], answerer


def _turn_label(tok: Token) -> bool:
    """'COLE: Iraq's ambassador to the U.N., Karim Jaafar, told CNN ...': a transcript's turn label
    (words in capitals that open a line and end at a colon) that the parser takes for a subject of
    the turn's first verb says who speaks the turn, not who did what the verb tells."""
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    colon = last if doc[last].text == ":" else last + 1
    if colon >= len(doc) or doc[colon].text != ":" or colon == first:
        return False
    words = [t for t in doc[first:colon] if t.is_alpha]
    return bool(words) and all(t.text.isupper() for t in words) and _opens_label(doc, first)


def labelled(doc: Doc, first: int) -> tuple[Token, Token] | None:
    """'Pollsters agree - Carl Bialik: “One of the biggest ...”': a name before a colon right
    before the quote, as a headline drops the verb, in round-ups of what others wrote. Only a
    name of proper nouns that opens its line or sentence or follows a dash or "More from" ('More
    from Jones:'), so that 'doesn't surprise pollster Dan Shaw:' is left to the rules of cues.
    The name may carry its role before it ('- Ashford coach Tom Keel: “...”', 'Radio Four
    controller Ann Lee: “...”'), as a round-up of reactions writes it.
    Returns the colon, which is the cue, and the head of the name."""
    j = first - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 1 or doc[j].text != ":" or doc[j - 1].tag_ not in ("NNP", "NNPS"):
        return None
    k = _label_start(doc, j)
    if doc[k].lower_ == "and":
        return None
    if not _opens_label(doc, k) and not (doc[k - 1].lower_ == "from" and doc[k - 2].lower_ == "more"):
        return None  # 'was from Mexico: “...”' is no label
    return doc[j], _label_head(doc, k, j)


def round_up_item(doc: Doc, first: int, last: int) -> Token | None:
    """'- Ashford coach Tom Keel “We were poor today. ...”': an item of a round-up of reactions,
    a line opened by a dash that names the speaker, with the role before the name, and goes
    straight on to the words with no colon and no verb. Only a noun phrase that ends in a proper
    noun right before the mark and a quotation of a sentence's length, so that a bullet fact with
    a phrase in marks ('- Sales at the Ashford store rose “sharply”') is no quote.
    Returns the head of the name; such a quote has a speaker but no cue."""
    j = first - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 1 or doc[j].tag_ not in ("NNP", "NNPS") or "\n" in doc[j].whitespace_:
        return None
    k = _label_start(doc, j + 1)
    dash = doc[k - 1] if k > 0 else None
    if dash is None or dash.text not in DASHES or doc[k].lower_ == "and" or \
            dash.i > 0 and "\n" not in doc[dash.i - 1].text and "\n" not in doc[dash.i - 1].whitespace_:
        return None
    if sum(t.is_alpha for t in doc[first:last + 1]) < ROUND_UP_WORDS:
        return None  # a title in marks after a name ('- Ann Lee “Lost Roads”')
    return _label_head(doc, k, j + 1)


def _label_start(doc: Doc, j: int) -> int:
    """The first word of a label that ends before the token `j`: proper nouns, the role words
    before them and "and" between two names, on one line."""
    k = j - 1
    while k > 0 and j - k < LABEL_WORDS and (doc[k - 1].tag_ in LABEL_TAGS or doc[k - 1].lower_ == "and") \
            and "\n" not in doc[k - 1].whitespace_ and not _spaced_dash(doc, k - 1):
        k -= 1
    while k < j - 1 and doc[k].tag_ in ("POS", "HYPH"):
        k += 1  # a label opens on a word, not on a possessive's ending
    return k


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash that sets a label off ('HEADING - Ann Lee:'), not a hyphen inside a word ('Cup-winning')."""
    return doc[i].text in DASHES and (bool(doc[i].whitespace_) or i > 0 and bool(doc[i - 1].whitespace_))


def _label_head(doc: Doc, k: int, j: int) -> Token:
    """The head of the name that ends a label [k, j): the last proper noun, or the one it joins
    ('Ann Lee and Tom Keel' speak together); a role before the name is not its head."""
    head = doc[j - 1]
    while k <= head.head.i < j and (head.dep_ == "conj" or head.dep_ in ("compound", "flat")
                                    and head.head.tag_ in ("NNP", "NNPS")):
        head = head.head
    return head


def _opens_label(doc: Doc, k: int) -> bool:
    """Whether the token `k` opens its line or sentence, or follows a dash."""
    return k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_ or \
        doc[k - 1].text in SENTENCE_END or doc[k - 1].text in DASHES


def quoting_before(doc: Doc, first: int) -> tuple[Token, Token | None] | None:
    """'To quote the minister, “Every dollar ...”': the one the writer quotes, named as the object
    of "to quote" that opens the sentence and ends with a comma before the quotation, speaks."""
    j = first - 1
    if j < 2 or doc[j].text != ",":
        return None
    s0 = doc[j].sent.start
    while s0 < j and doc[s0].is_space:
        s0 += 1
    if s0 + 2 >= j or doc[s0].lower_ != "to" or doc[s0 + 1].lower_ not in QUOTING_FORMS:
        return None
    verb = doc[s0 + 1]
    named = next((c for c in verb.children if c.dep_ == "dobj" and c.i < j), None)
    return (verb, named) if named is not None else None


def told_next(doc: Doc, first: int, last: int) -> tuple[Token, Token | None] | None:
    """'“We lost everything.” ¶ So said Tom Keel on Monday.', '... ¶ That was how Ann Lee described
    the fire.': a quotation that closes its paragraph as a sentence of its own (the paragraph's
    only one, or after a sentence of the reporter's), no cue beside it, is said by the
    subject of the cue in the next paragraph's first sentence where that sentence opens by
    pointing back at it (`lexicon/pointing-back.txt`): the cue right after the pointer ("So
    said"), or after the pointer's copula and a word of manner (`lexicon/pointing-manner.txt`:
    "That was how", "That is what"). The first cue of the sentence decides."""
    if first > 0 and "\n" not in doc[first - 1].text and doc[first - 1].text not in SENTENCE_END:
        return None  # 'He called it “...”': words inside the reporter's sentence
    k = last + 1
    if k >= len(doc) or "\n" not in doc[k].text:
        return None
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ not in POINTING_BACK:
        return None
    if is_cue_verb(doc[k + 1]):
        start = k + 1
    elif doc[k + 1].lower_ in BE_FORMS and doc[k + 2].lower_ in POINTING_MANNER:
        start = k + 3
    else:
        return None
    sent_end = doc[k].sent.end
    for j in range(start, min(sent_end, start + MAX_INVERTED)):
        tok = doc[j]
        if is_cue_verb(tok):  # the first cue decides: one with a clause of its own reports that
            subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i > k + 1), None)
            own = any(c.dep_ == "ccomp" for c in tok.children)
            return (tok, subject) if subject is not None and not own else None
    return None


def before(doc: Doc, first: int) -> tuple[Token, Token | None] | None:
    """An attribution right before the token `first`: 'Smith said: “...' or 'she told CNN, “...'"""
    j = first - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0:
        return None
    if "\n" in doc[j].text:
        return _ending_colon(doc, j)
    if doc[j].text not in (":", ",") and not is_cue_verb(doc[j]):
        return None
    if doc[j].text not in (":", ",") and _inside_reported_words(doc[j]):
        return None
    hit = _cue_leftwards(doc, j)
    return hit if hit is not None and hit[1] is not None else _inverted_opening(doc, j) or hit


def _inside_reported_words(verb: Token) -> bool:
    """'Whitcombe said the government had been warned “again and again, by me”', 'said the search
    would continue “until every missing person is found”': a verb right before the quotation,
    with no comma or colon between, that is itself in the clause another verb of saying reports,
    takes the quotation into that clause: the words are the outer speaker's, not the verb's. Only
    a verb in the passive (its subject is the one told) or with a modal (a deed to come, no
    saying): "said the minister told him “we will win”" may quote the minister."""
    if not any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "ccomp" and tok.head.i < verb.i and is_cue_verb(tok.head):
            return True
        tok = tok.head
    return False


def _ending_colon(doc: Doc, j: int) -> tuple[Token, Token | None] | None:
    """A quotation opening a paragraph, introduced by 'She added:' at the end of the one before."""
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    return _cue_leftwards(doc, j)


def _cue_leftwards(doc: Doc, j: int) -> tuple[Token, Token | None] | None:
    """The cue of 'Smith told reporters on Monday:' ending at token `j`, within its sentence.

    The parser's sentence may start at the colon, so the walk stops at what
    ends a sentence in the text itself: a full stop, a closing mark, a line break.
    """
    colon = doc[j].text == ":"
    for k in range(j, max(-1, j - MAX_AFTER), -1):
        tok = doc[k]
        if k < j and (tok.text in SENTENCE_END or tok.text in "”\"" or "\n" in tok.text):
            return None
        if (is_cue_verb(tok) or puts_it(tok) or colon and _finite_verb(tok)
                or colon and _manner_told(tok) and not any(is_cue_verb(t) for t in doc[k + 1:j])) \
                and _attribution_between(doc, k + 1, j + 1, tok):
            return tok, subject_of(tok)
    return None


def _inverted_opening(doc: Doc, j: int) -> tuple[Token, Token | None] | None:
    """'Replied State Department spokesman Tom Reed, “...”', 'Added Smith: “...”': a sentence
    that opens with the cue, its speaker's name after it and a comma or colon before the quote.
    The parser takes the capitalised cue for the first word of the name, so it is read by its
    form: an inflected cue (not a gerund, which opens a clause of its own) and a name or a
    noun phrase alone up to the comma."""
    if doc[j].text not in (":", ","):
        return None
    k = j - 1
    while k > 0 and j - k <= MAX_INVERTED and doc[k - 1].text not in SENTENCE_END \
            and doc[k - 1].text not in CLOSING_MARKS and "\n" not in doc[k - 1].text:
        k -= 1
    cue, phrase = doc[k], doc[k + 1:j]
    lemma = direct_lemma(cue.lower_)
    if k >= j - 1 or not cue.is_title or lemma is None or cue.lower_ in (lemma, lemma + "ing") \
            or k > 0 and doc[k - 1].text not in SENTENCE_END | CLOSING_MARKS and "\n" not in doc[k - 1].text:
        return None
    if any(t.pos_ not in NAME_PHRASE_POS for t in phrase) or phrase[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    # the phrase's head: the first of its words that hangs outside it ('Ann Moreau, the leader')
    heads = [t for t in phrase if t.pos_ in ("PROPN", "NOUN") and not k < t.head.i < j or t.head.i == t.i]
    return cue, heads[0] if heads else phrase[-1]


def _finite_verb(tok: Token) -> bool:
    """'McCaskill scolded him: “...”': before a colon any verb of saying-like use introduces the
    quote; not one inside a clause of its own ('apologized for what happened: “...”'). A verb made
    finite by 'do' counts ('X did not mince words:')."""
    if tok.dep_ in ("pcomp", "relcl", "acl", "csubj"):
        return False
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in tok.children) \
        or tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children)
    return finite and tok.pos_ == "VERB" and subject_of(tok) is not None


def _manner_told(tok: Token) -> bool:
    """'She was blunt afterwards:': before a colon, a person's manner told by a copula, an
    adjective for its complement and, for its subject, a person's pronoun or a name (not 'The
    message was clear:', 'It was simple:'), introduces that person's words, unless a cue of
    another's comes between ('Paris was subdued, with its minister telling parliament:')."""
    if tok.dep_ in ("pcomp", "relcl", "acl", "csubj") or tok.lower_ not in BE_FORMS \
            or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in tok.children):
        return False
    subject = subject_of(tok)
    return subject is not None and (subject.lower_ in PERSON_PRONOUNS or subject.pos_ == "PROPN"
                                    and subject.lower_ not in MONTHS_AND_DAYS)  # not 'Monday was quiet:'


def _attribution_between(doc: Doc, start: int, end: int, cue: Token) -> bool:
    """True if every token in [start, end) belongs to the cue's own clause."""
    subject = subject_of(cue)
    subject_span = (subject.left_edge.i, subject.right_edge.i) if subject is not None else (-1, -1)
    for tok in doc[start:end]:
        if tok.i == cue.i or subject_span[0] <= tok.i <= subject_span[1] or tok.is_space:
            continue
        if tok.is_punct and tok.text not in "“”\"":
            continue
        if not _under(tok, cue):
            return False
    return True


def _under(tok: Token, cue: Token) -> bool:
    """True if `tok` hangs from the cue through attribution-like relations."""
    while tok.head.i != tok.i:
        if tok.head.i == cue.i:
            return tok.dep_ in ATTRIBUTION_DEPS or tok.dep_ in SUBJECT_DEPS
        tok = tok.head
    return False


def bears_words(subject: Token) -> bool:
    """Whether a cue's subject is a common noun of a thing that bears words but does not speak
    (`lexicon/word-bearers.txt`: 'A sign on the door read “Closed”', 'a banner said “Thank
    you”'): what follows is its lettering, no quote. Not one with an owner ("Labour's new
    posters say inflation is at its lowest"): the owner speaks through it."""
    word = subject.lower_[:-1] if subject.tag_ == "NNS" and subject.lower_.endswith("s") else subject.lower_
    return subject.tag_ in ("NN", "NNS") and word in WORD_BEARERS and not any(c.dep_ == "poss" for c in subject.children)
