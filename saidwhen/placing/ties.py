"""Words the text ties to an event further back than the default window.

conventions.md (said_on): quotes after a game or event belong to its day "when the text ties the
words to it"; a bare reaction keeps the default window ("The Gulls beat the Pikes on Friday.
“We were ready,” X said." in a Tuesday paper). The event lies before the three days of fresh news
but in the week a weekday names (story.py `earlier_event`), in the sentence before the quote's
or up to two paragraphs before it, no event of the last few days told between. What ties the
words to it:

- the quote's own words name the day they are said on: "“We were hungry tonight,” X said" after
  a game on Friday night (lexicon/event-day-words.txt);
- the speaker's role is the event's: "Coach Ben Ortiz said" after the game, "The coroner, Mark
  Dale, said" after the inquest (lexicon/event-roles.txt);
- the attribution says the words came after or at the event: "told reporters at the end of the
  summit" (lexicon/event-nouns.txt);
- the event's subject is the speaker, and the quote's is a pronoun that goes on with them: "Rosa
  Diaz appeared before the committee on Thursday. ¶ She said ...", "In a letter sent on Friday,
  X said ... ¶ “...,” he wrote."
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import EVENT_DAY_WORDS, EVENT_DEEDS, EVENT_NOUNS, EVENT_ROLES, EVENT_SPEECHES, PROGRESSIVE_SPEAKING
from ..parsing.positions import ParsedQuote
from .layout import Layout

# The event may be told this many paragraphs before the quote's.
MAX_PARAGRAPHS = 2
# Prepositions of an attribution that set its words after or at an event ("said after the game").
AT_OR_AFTER = ("after", "at")


def tied(layout: Layout, quote: ParsedQuote, cue: Token, time_token: int, verb: Token | None) -> bool:
    """Whether the text ties `quote` (cue `cue`) to the event whose time is at `time_token`."""
    if layout.sentence_of(layout.doc[time_token]) >= layout.sentence_of(cue):
        return False  # a time in the attribution's own sentence: the attribution decided it
    if layout.paragraph(cue.idx) - layout.paragraph(layout.doc[time_token].idx) > MAX_PARAGRAPHS:
        return False
    return _names_its_day(layout, quote) or at_the_event(cue) or _role_of(layout, quote, time_token, cue) \
        or _goes_on_with(quote, verb) or after_the_events_deed(layout, quote)


def _names_its_day(layout: Layout, quote: ParsedQuote) -> bool:
    """"“Tonight was about effort,” X said.": the quote's own words name the day they are said on."""
    for span in quote.words:
        for tok in span:
            timex = layout.timex_at.get(tok.i)
            if timex is not None and timex.text.lower() in EVENT_DAY_WORDS:
                return True
    return False


def at_the_event(cue: Token) -> bool:
    """"told reporters at the end of the summit", "said after the game"; so too a participle of
    speaking that opens the attribution ("Speaking after the game, X said") and an event's own
    speech ("said in her concession speech", "in his victory speech": the night of the vote)."""
    phrases = [*cue.children, *(p for c in cue.children if _speaking_participle(c) for p in c.children)]
    for prep in phrases:
        if prep.dep_ == "prep" and prep.lower_ in AT_OR_AFTER:
            if any(t.lower_ in EVENT_NOUNS and t.pos_ == "NOUN" for t in prep.subtree):
                return True
        if prep.dep_ == "prep" and prep.lower_ == "in" and any(_an_events_speech(t) for t in prep.children):
            return True
    return False


def _speaking_participle(clause: Token) -> bool:
    """"Speaking after the game, ...": a participle of speaking set on the cue."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lower_ in PROGRESSIVE_SPEAKING


def _an_events_speech(noun: Token) -> bool:
    """"her concession speech", "his victory address": the speech of the event the story tells."""
    return noun.dep_ == "pobj" and noun.lower_ in ("speech", "address", "remarks") and \
        any(c.dep_ in ("compound", "amod") and c.lower_ in EVENT_SPEECHES for c in noun.children)


def _role_of(layout: Layout, quote: ParsedQuote, start: int, cue: Token) -> bool:
    """Whether the speaker is named with a role at the event between it and the quote: "coach
    Dan Price", "The coroner, Ruth Owen, recorded ... ¶ “...,” she said", "Judge Ann Cole"."""
    speaker = quote.speaker
    if speaker is None:
        return False
    if speaker.mention is not None and _with_a_role(speaker.mention.root):
        return True
    if not speaker.name:
        return False
    surname = speaker.name.split()[-1]
    end = layout.sentence(layout.sentence_of(cue)).end
    sentence = layout.sentence(layout.sentence_of(layout.doc[start]))
    return any(t.text == surname and _with_a_role(t) for t in layout.doc[sentence.start:end])


def _with_a_role(tok: Token) -> bool:
    near = [tok, tok.head, tok.head.head, *tok.children]
    return any(t.lower_ in EVENT_ROLES and t.pos_ in ("NOUN", "PROPN") and _a_role_as_written(t) for t in near)


def _a_role_as_written(tok: Token) -> bool:
    """"Town's captain", "Coach Ben Ortiz" opening its sentence, "Judge Ann Cole"; not "Captain
    Ian Farquhar" inside a sentence, a rank."""
    return EVENT_ROLES[tok.lower_] == "title" or tok.text == tok.lower_ or tok.is_sent_start


def _goes_on_with(quote: ParsedQuote, verb: Token | None) -> bool:
    """"Rosa Diaz appeared ... on Thursday. ¶ She said ...": the event's subject is the speaker
    and the quote's is a pronoun."""
    speaker = quote.speaker
    if verb is None or speaker is None or not speaker.name or speaker.mention is None \
            or speaker.mention.root.pos_ != "PRON":
        return False
    surname = speaker.name.split()[-1]
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(t.text == surname for t in c.subtree)
               for c in verb.children)


def after_the_events_deed(layout: Layout, quote: ParsedQuote) -> bool:
    """"Ana Silva conceded defeat in a speech to supporters. ¶ “The people have spoken,” she
    said.": the sentence right before the quote tells its speaker doing a deed of the event's
    night (lexicon/event-deeds.txt) at no time of its own; the words are that deed's."""
    speaker = quote.speaker
    first = layout.sentence_of(layout.doc[quote.words[0].start])
    if speaker is None or not speaker.name or first == 0:
        return False
    before = layout.sentence(first - 1)
    root = before.root
    if root.lower_ not in EVENT_DEEDS or any(t.i in layout.timex_at for t in before):
        return False
    surname = speaker.name.split()[-1]
    return any(c.dep_ == "nsubj" and any(t.text == surname for t in c.subtree) for c in root.children)
