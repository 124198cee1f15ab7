"""Scenes: the reporter's sentences that say where and when what follows was said.

"In a recent Instagram post, Teigen shared photos ..." and "About a month
later, Teigen penned a moving Medium essay ..." set the channel and the time of
the quotes after them. A platform named as a topic ("Teigen has been candid on
social media about ...") or as a thing someone has ("her Twitter account") sets
no scene: the channel must be where something was said, posted or published.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..parsing.positions import ParsedQuote, ParsedSpeaker
from ..records import SaidOn
from ..speakers.lexicon import person_noun
from .channels import BEFORE_AFTER, RANK, Channel, channel_in, posts_a_result
from .outlets import outlet_named
from .clauses import saying_times, scene_clause, subject_of
from .events import EventTimes
from .layout import QUOTED, Layout
from ..lexicon import AWAITING, BACK_REFERENCE, MONTHS_AND_DAYS, HABITUAL, INTERVIEWING, REVISING, SPEAKING, PROGRESSIVE_SPEAKING
from ..lexicon import (POSTED_TO, NOT_SAID, SCENE_PREPOSITIONS as PREPOSITIONS, STATIVE, CONTENT_VERBS,
                       OCCASION_PHRASE_PREPOSITIONS as OCCASION_PREPOSITIONS, SCENE_PERSONAL_PRONOUNS as PERSONAL,
                       POSTED_NOUNS as PUBLISHED)
from .when import MODALS, Timing, timing_in
from ..lexicon import AUDIENCE_VERBS, ORG_NAME_WORDS, PERSON_PRONOUNS, TELLING
from ..lexicon import DOCUMENT_CHANNELS as DOCUMENTS, INTERVIEWED, MET_FOR, SCENE_OPENERS, TESTIMONY_OPENERS
from ..quotes.cues import direct_lemma

MAX_CLIMB = 6
# The recogniser's labels of a body that speaks as itself, which a scene's later "it" may be.
BODY_ENTITIES = ("ORG", "GPE", "NORP")
# A scene's "he" or "she" refers to a name given at most this many sentences before it.
MAX_ANTECEDENT_SENTENCES = 6


@dataclass(frozen=True, slots=True)
class Setting:
    """Where and when something was said, as far as the text has told, and about whom."""

    channel: Channel | None
    timing: Timing
    paragraph: int
    name: str | None = None  # the speaker of the quote that left this setting
    from_quote: bool = False  # left by a quote, not set by a scene
    subject: Token | None = None  # who a scene is about; None: anyone
    back_reference: bool = False  # "Smith made the comments at ...": reaches back to the quote before
    antecedent: Token | None = None  # the name a pronoun subject refers to ("Sanders" for "he")
    addressee: str | None = None  # whom the words were told to ("told O'Reilly"), where named
    # The channel was named in a phrase opening a quote's sentence ("In an interview with the
    # Clarion, Ruiz said"): it goes on with the speaker's quotes in that paragraph only.
    opening: bool = False
    # The channel the quote that left this setting named of its own ("said in the letter, dated
    # Monday"), which a later "the letter" of the same speaker names again.
    said_in: Channel | None = None
    # The gender of an unnamed person whose quote opened the scene ("During an appearance on CNN,
    # the senator said"): a pronoun's later quote in the paragraph is theirs.
    unnamed: str | None = None
    # The paragraph of the first quote that took the interview a scene set ("Klein spoke with
    # Breitbart News. ¶ “...,” Klein said."): quotes of their own attribution in later
    # paragraphs are not given it (placing._interview_of_the_scene).
    scene_paragraph: int | None = None

    def fits(self, quote: ParsedQuote) -> bool:
        """Whether the quote can belong to this setting: said by the same speaker."""
        speaker = quote.speaker
        if speaker is None:
            return False
        if self.from_quote:
            if self.unnamed is not None and self.name is None and speaker.name is None and _pronoun(speaker):
                # "During an appearance on CNN, the senator said ... “...,” she said": the senator
                pronoun = speaker.mention.root.lower_
                return pronoun in PERSON_PRONOUNS and self.unnamed in ("unknown", speaker.gender)
            return self.name is not None and self.name == speaker.name
        if self.subject is None:
            # A report set as a scene is what others then speak of: "The report cited an internal
            # inquiry. 'It sheds light on lax security,' said Tom Reed" is not said in it.
            return not (self.channel is not None and self.channel.label == "report" and speaker.kind == "person")
        if self.subject.lower_ == "it" and speaker.kind == "person":
            return False  # "It plans video conferencing": a thing's scene, not a person's words
        if self.antecedent is not None and not _pronoun(speaker):
            # "He gave a floor speech. ... 'It worked,' Mr. Welch said": he is Sanders, not Welch;
            # "He and Bob Goodlatte both condemned it in statements": Goodlatte too
            names = [self.antecedent, *(c for c in self.subject.conjuncts if c.pos_ == "PROPN")]
            return any(_named(name, speaker) for name in names)
        return _same_person(self.subject, speaker)


def scene_in(layout: Layout, sentence: Span, events: EventTimes, saying: bool = False) -> Setting | None:
    """The scene a narrative sentence sets, if it sets one; `saying`: the sentence introduces a
    quotation itself, after a colon, so its time is a saying's whatever its verb."""
    if _addresses_the_reader(sentence.root):
        return None  # "Listen to our interview with Silva in the podcast below": no one spoke in it
    if not saying and _attributes_the_quote_before(layout, sentence):
        # '"... resign!" the party's nominee, Tom Reed, tweeted Sunday.': the cue of the quotation
        # it follows, which no quote took; its channel is that quotation's, no one else's scene
        return None
    if not saying and _reports_words(sentence.root):
        # "The rise was sensible, Mr Reed told the BBC. ... he said": an attribution of its own
        # (whose words no quote took), not a scene; a later "he said" starts its own
        return None
    words, channel_words = scene_clause(layout, sentence)
    channel = channel_in(channel_words, keep=lambda c: c.outlet is not None or _said_through(sentence.doc[c.token])
                         or (c.occasion and (_was_at(sentence.doc[c.token]) or _met_for(sentence.doc[c.token])))
                         or _opening_occasion(sentence, c))
    back = any(t.lower_ in BACK_REFERENCE and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and not _revisited(t)
               for t in words) or _was_speaking(sentence.root)
    speaking = saying or (sentence.root.lower_ in SPEAKING and not posts_a_result(sentence.root))
    interviewee = _interviewee(sentence.root) if channel is None else None
    if interviewee is not None:
        # "CNN anchor Ana Silva interviewed Tom Reed": the interview of the one interviewed
        subject = subject_of(words)
        outlet = outlet_named(list(subject.subtree)) if subject is not None else None
        channel = Channel("interview", outlet, sentence.root.i, RANK["interview"])
    if channel is None and not back and not speaking:
        return None
    timing = _timing(layout, words, channel, events, sentence)
    if channel is None and not timing.known:
        return None
    subject = interviewee if interviewee is not None else _who(words, channel)
    antecedent = _antecedent(layout, subject) if subject is not None and subject.lower_ in PERSONAL else None
    return Setting(channel, timing, layout.paragraph(sentence.start_char),
                   subject=subject, back_reference=back, antecedent=antecedent)


def _met_for(noun: Token) -> bool:
    """"Cormier and his rival met for their only televised debate on Thursday", "Reed sat down
    for an interview on Monday": an occasion that people came together for (met-for.txt) is
    where they spoke, as one they were at; not one still to come ("will meet for a debate")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    verb = noun.head.head
    return verb.lower_ in MET_FOR and _happened(verb)


def _opening_occasion(sentence: Span, channel: Channel) -> bool:
    """An occasion or a document named in a phrase that opens a narrative sentence, before its
    first comma and its main verb, as `placing._opens_a_scene` reads one in a quote's sentence:
    "In an interview in Amherst last week, Ayotte would not rule out ...", "Reached by text
    message on Sunday, Finn declined to discuss ...", "At the news conference, Mr. Nadir
    brimmed with ...". The reporter sets there where the speaker talked, whatever the verb after
    it tells of them (a refusal, a mood), which `_happened` would not take for an act of saying.
    A medium only after a participle of being reached ("Reached by text message"): "In a text
    message" is a document's phrase as "In a letter" is. Not a verb still to come ("In an
    interview next week, Reed will ...")."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if len(words) > 1 and words[0].dep_ == "cc":
        words = words[1:]  # "But in an interview, ..."
    if len(words) > 1 and words[0].pos_ == "ADV" and words[1].lower_ in SCENE_OPENERS:
        words = words[1:]  # "Later in the interview, ..."
    first = words[0] if words else None
    if first is None or first.lower_ not in SCENE_OPENERS or first.lower_ in TESTIMONY_OPENERS:
        return False
    if not (channel.occasion or channel.label in DOCUMENTS or first.lower_ in INTERVIEWED):
        return False
    comma = next((t.i for t in sentence if t.text == "," and t.i > first.i), None)
    root = sentence.root
    if comma is None or not first.i <= channel.token < comma < root.i or root.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in root.children)


def _attributes_the_quote_before(layout: Layout, sentence: Span) -> bool:
    """A sentence that opens right after a quotation's closing mark, in its paragraph, with a verb
    of saying or posting for its main verb and a subject: the quotation's own attribution."""
    start, root = sentence.start, sentence.root
    if start == 0 or layout.quoted[start - 1] != QUOTED or not sentence.doc[start - 1].is_quote:
        return False
    if layout.paragraph(sentence.doc[start - 1].idx) != layout.paragraph(sentence.start_char):
        return False
    if root.pos_ in ("NOUN", "PROPN"):
        # the parser may read "the party's nominee, Tom Reed, tweeted" as a noun and its modifier
        return any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > root.i and direct_lemma(c.lower_) is not None
                   for c in root.children)
    return root.pos_ == "VERB" and direct_lemma(root.lower_) is not None \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _reports_words(root: Token) -> bool:
    """A sentence whose main verb tells or says a clause of words to someone ("..., Reed told
    the Herald", "Reed told CNN that ...") reports them: it is an attribution, not a scene."""
    if root.pos_ != "VERB" or (root.lower_ not in TELLING and direct_lemma(root.lower_) is None):
        return False
    # (a clause as the parser hangs it, whatever it tags its verb: "Kopp purports to be ...")
    # or a clause before it the parser left loose ("dep", "parataxis"), which the cue ends
    # not a passive: "Reed was asked on the Today programme why ..." tells the question put to
    # him there, a scene for his answer
    return any(c.dep_ == "ccomp" or c.dep_ in ("dep", "parataxis") and c.i < root.i for c in root.children) \
        and any(c.dep_ == "nsubj" for c in root.children)


def _interviewee(root: Token) -> Token | None:
    """The one a journalist interviewed, where the sentence tells an interview that happened
    ("CNN anchor Ana Silva interviewed Tom Reed"; not "will interview")."""
    if root.lower_ not in INTERVIEWING or not _happened(root):
        return None
    interviewed = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
    if interviewed is not None and interviewed.pos_ == "NOUN":
        # "interviewed presidential candidate and proud progressive Bernie Sanders": the name
        named = next((c for c in interviewed.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"), None)
        return named or interviewed
    return interviewed


def _revisited(noun: Token) -> bool:
    """"walked back his comments", "apologized for the remarks": words come back to on another
    occasion than the one they were said at."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lower_ not in REVISING:
        return False
    return not verb.lower_.startswith("walk") or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def _was_speaking(root: Token) -> bool:
    """"She was speaking on CBC's Power & Politics", "He was talking at a news conference": the
    past progressive of speaking, after words just reported, tells the occasion they were said
    at, as "She made the comments on ..." does."""
    return root.tag_ == "VBG" and root.lower_ in PROGRESSIVE_SPEAKING and \
        any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in root.children)


def _antecedent(layout: Layout, pronoun: Token) -> Token | None:
    """The name a scene's "he" or "she" refers to: the nearest proper name of the reporter's
    (not one quoted) before it that is a subject or an owner ("Mr. Sanders's proudest
    moments"), in its sentence or the few before."""
    first = layout.sentence(max(0, layout.sentence_of(pronoun) - MAX_ANTECEDENT_SENTENCES)).start
    for i in range(pronoun.i - 1, first - 1, -1):
        tok = layout.doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass", "poss") and tok.pos_ == "PROPN" and layout.quoted[i] != QUOTED:
            return tok
    return None


def _who(words: list[Token], channel: Channel | None) -> Token | None:
    """Who the scene is about: its subject, unless that is what was said ("The comments came
    during a news conference", "A statement was released on Tuesday"): then anyone. A court
    or a committee as subject ("the court ruled") is who the scene is about."""
    subject = subject_of(words)
    if subject is None or subject.lower_ in BACK_REFERENCE:
        return None
    if channel is not None and subject.i == channel.token and channel.rank == 0:
        return None
    return subject


def narrative_time(layout: Layout, sentence: Span) -> Timing:
    """The day or month a narrative sentence names anywhere in it."""
    doc = sentence.doc  # by index: a Token is made only for the words of a time
    return timing_in(layout, [doc[i] for i in range(sentence.start, sentence.end) if i in layout.timex_at])


def _timing(layout: Layout, words: list[Token], channel: Channel | None, events: EventTimes,
            sentence: Span) -> Timing:
    """The channel's own time ("a Medium essay published last month"), else the sentence's,
    else the time of an event it names again ("the news of the pregnancy loss"). Times that
    describe who the scene is about ("Silva, the 2012 champion, ...") or what was spoken about
    ("a rally about the Feb. 1 vote") are not the scene's (clauses.saying_times)."""
    root = sentence.root
    if channel is not None:
        phrase = _phrase(sentence.doc[channel.token])
        timing = timing_in(layout, phrase, times=saying_times(layout, root, phrase))
        if timing.said_on is not None:
            text = sentence.doc[phrase[0].i:phrase[-1].i + 1].text.strip(" ,;:")
            return Timing(SaidOn(timing.said_on.value, text))
    timing = timing_in(layout, words, times=saying_times(layout, root, words))
    return timing if timing.known else events.timing(words, sentence.start)


def _phrase(tok: Token) -> list[Token]:
    """The phrase a channel is named in: "In a recent Instagram post"."""
    while tok.dep_ in ("compound", "poss", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        tok = tok.head
    return list(tok.subtree)


def _said_through(tok: Token) -> bool:
    """Whether the channel word names where something was said, posted or published."""
    if tok.pos_ in ("VERB", "AUX"):
        return _happened(tok)
    noun = tok
    while noun.dep_ in ("compound", "poss", "amod", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    if noun is not tok and noun.lower_ in POSTED_TO:
        return noun.dep_ == "pobj" and _happened(_host(noun))
    if noun is not tok and noun.lower_ not in PUBLISHED:
        return False  # "Facebook shares", "a TikTok ban"
    if noun is tok and tok.pos_ == "PROPN" and tok.dep_ != "pobj":
        # a platform as doer or thing done to: "Twitter suspended", "joined TikTok"; but an
        # audience addressed by its name was spoken to: "Silva addressed the Empire Club"
        return tok.dep_ == "dobj" and tok.head.lower_ in AUDIENCE_VERBS and _happened(tok.head)
    if noun.dep_ == "pobj" and noun.head.lower_ not in PREPOSITIONS:
        return False
    if noun.dep_ == "nsubj" and noun.head.lower_ in CONTENT_VERBS:
        return False  # "But his sweeping statement contained no details": what it held, not where
    return _happened(_host(noun))


def _was_at(noun: Token) -> bool:
    """"In an interview on Monday, Park was upbeat", "Park was defiant at a news conference":
    someone was at an occasion of speaking, which is where the words that follow were said. A
    state, not an act, so `_happened` does not see it; "was not at the debate" is no scene."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPOSITIONS:
        return False
    host = noun.head.head
    if host.pos_ == "ADJ" and host.dep_ == "acomp":
        host = host.head  # "was upbeat in an interview": the phrase hangs on the adjective
    if host.lower_ not in STATIVE - {"have", "has", "had", "having"}:
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in host.children)


def _host(noun: Token) -> Token:
    """The verb (or adjective) a noun phrase hangs on, through "the news of the loss on ..."."""
    tok = noun
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX", "ADJ"):
            break
        if tok is not noun and tok.lower_ in NOT_SAID and not (tok.dep_ == "pobj" and tok.head.lower_ == "to"):
            break  # "has 3 million followers on X"; not "posted a message to fans on X", whom it was for
        tok = tok.head
    return tok


def _happened(verb: Token) -> bool:
    """A verb of an act that happened: not having or being, not negated, not habitual, not
    one still to come ("will headline a fundraiser on Monday", "faces a trial later this year")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in STATIVE or verb.lower_ in AWAITING:
        return False
    if _stamps_a_page(verb):
        return False
    if _bounds_another(verb):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in HABITUAL)
                   or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children)


def _stamps_a_page(verb: Token) -> bool:
    """A web page's time stamp under its byline ("Posted: Sep 25, 2025 4:00 AM", "Posted June 19,
    2025 2:15 pm"): a capitalised participle opening its line or its part of the byline, with no
    one doing it, followed at once by a month; no post."""
    if not verb.is_title or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and "\n" not in before.text_with_ws and not before.is_punct:
        return False
    following = next((t for t in verb.doc[verb.i + 1:verb.i + 3] if not t.is_punct), None)
    return following is not None and following.lower_ in MONTHS_AND_DAYS and following.is_title


def _addresses_the_reader(root: Token) -> bool:
    """An imperative to the reader: a bare verb with no subject ("Subscribe to our podcast")."""
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children)


def _bounds_another(verb: Token) -> bool:
    """An act named only to set the time of the sentence's own ("Before delivering a statement
    to MPs, Reed visited a school", "after he spoke at the rally"): what follows was not said in it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in BEFORE_AFTER:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BEFORE_AFTER for c in verb.children)


def _agrees(subject: Token, pronoun: str) -> bool:
    """"The ministry issued a statement. ... it said", "The mayor sent a letter. ... she wrote":
    a pronoun speaker is the description the scene was about where they agree; "he" after
    "the campaign sent an email" is someone else."""
    singular, person = subject.tag_ in ("NN", "NNP"), person_noun(subject.lower_)
    if pronoun == "it":
        return singular and not person
    if pronoun in ("he", "she"):
        return singular and person
    return pronoun == "they" and (subject.tag_ == "NNS" or not person)


def _pronoun(speaker: ParsedSpeaker) -> bool:
    return speaker.mention is not None and speaker.mention.root.pos_ == "PRON"


def _named(name: Token, speaker: ParsedSpeaker) -> bool:
    """A word of a name ("Sanders") is the speaker's, by their name or their mention."""
    mention = speaker.mention.text.lower().split() if speaker.mention else []
    return name.lower_ in set((speaker.name or "").lower().split()) | set(mention)


def _same_person(subject: Token, speaker: ParsedSpeaker) -> bool:
    if subject.pos_ == "PRON":
        mention = speaker.mention.text.lower() if speaker.mention else ""
        return mention not in ("he", "she", "they", "it") or mention == subject.lower_
    mention = speaker.mention.text.lower().split() if speaker.mention else []
    if subject.is_title and subject.lower_ in (speaker.name or "").lower().split():
        # "During question period, Tremblay pressed the minister. “...,” he said": he is
        # Tremblay by his name, though the parser may tag the surname as no proper noun
        return True
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subject.pos_ != "PROPN" and named is not None:
        return _same_person(named, speaker)  # "the union's president, Ana Silva, ...": Silva
    if subject.pos_ != "PROPN" or _titled_description(subject):
        # "the ministry" for "the ministry said", not for "panel chairman X"
        if speaker.mention is not None and speaker.mention.root.pos_ == "PRON":
            return _agrees(subject, speaker.mention.root.lower_)
        return bool(mention) and mention[-1] == subject.lower_
    if mention == ["it"] and (subject.ent_type_ in BODY_ENTITIES or subject.lower_ in ORG_NAME_WORDS):
        # "Kenya's Ministry of Health released a statement. ¶ “...,” it said.": "it" is the body
        # the scene is about, as it is a description's ("The ministry issued a statement")
        return True
    return subject.lower_ in set((speaker.name or "").lower().split()) | set(mention)


def _titled_description(subject: Token) -> bool:
    """'The Prime Minister took calls on ABC Radio Sydney': an office written in capitals with
    "the" and no name is a description, as "the premier" is, though the tagger reads it as a
    proper noun."""
    return person_noun(subject.lower_) and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        and not any(c.dep_ in ("appos", "flat") for c in subject.children)

