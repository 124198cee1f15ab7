"""Present-tense cues that report a standing view, not words said on a day.

A story tells what was said on its day in the past tense ("said"). "Critics say
the plan will fail", "She says he is unfit", "The company insists it did nothing
wrong" report what someone holds, not words said on one day: such a quote has no
said_on (conventions.md: habitual forms; "X says ..." in a profile). Three
exceptions: the lede ("Ana Silva says she is done with politics" opens a story
about words said now); a document's words ("the report says", "the Associated
Press reports", "says a narrator" of an ad), which stay as written on their day;
a live blog, its entries under lines that give only their time ("7:15 p.m."),
whose "says" is the "said" of a story told as it happens; and a report in the house
style of papers and radio that write "says" for what a source told them (most of its
cues in the present), whose "says" before a quotation in marks is fresh words, the
default window as "said" has (conventions.md), unless the verb or the speaker is of a
standing position ("exiles say", "the ministry maintains") or the words report a habit
("she says she always walks to work"). That holds for a paraphrase too ("Silva says the mill
was insured", a broadcast's "Mr. Annan says he has sent an envoy"); but where the report names
no day of the last few before the article date ("on Thursday", "today", "this week"), as an
analysis or a profile does, a paraphrase that judges ("She says he is unfit", "the secret is
cold butter") is what someone holds, said on no one day. In a dated report told in the past
a quotation in marks with "says" is fresh words too ("'We will rebuild,' Moreau says." in a
report of Tuesday's fire, conventions.md); its paraphrases stay views, as such a report's
"says" mostly gives a position ("The administration says the military is on the hunt"), but
for those of the officials, police and sources who give the news as it breaks ("police say
the man fled", "Pentagon officials say the goal is 40,000 troops"): fresh words, unless they
judge ("police say the clinic is a danger") or hold a charge ("authorities allege"). A
broadcast's "says" that ends its paragraph before the speaker's own words, in the first person
and with no cue ("McLaughlin says the party will challenge the move. ¶ We're going to fight
it."), introduces a sound bite recorded for the report: fresh words too.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Token

from .channels import channel_at
from ..lexicon import ORG_NAME_WORDS, OWN_VOICE
from ..lexicon import ADVISORY_PROGRESSIVES, CHARACTERISING_FORMS, FINDING_FORMS, HABIT_DETERMINERS, HABITUAL, KEPT_UP, SELF_NAMES
from ..lexicon import (SPEAKING_DOCUMENTS as DOCUMENTS, BE_FORMS as BE, HABIT_HAVE_FORMS as HAVE,
                       BROADCASTERS, FIRST_PERSON, FRESH_PRESENT_VERBS, FUTURE_WORDS, GROUP_QUANTIFIERS, INFORMANTS,
                       MINDS_PAST, MODALS, NEWS_SAYING, ONE_SPEAKER_PRONOUNS, SPEECH_FORMS, STANDING_VERBS,
                       WRITTEN_EARLIER)
from .layout import INDIRECT, QUOTED, Layout
from ..quotes.soundbites import SIGN_OFF as SIGNED_OFF
from .outlets import names_outlet
from .story import RECENT_DAYS, recent_day
from .when import finite, present

# The lede ends with the first paragraph of at least this many words: headlines and
# datelines above it are shorter.
LEDE_WORDS = 12
# A profile's or a feature's lede is the first sentence of at least this many words (shorter:
# a headline or a dateline); one that tells a scene at least this many years before the article
# date tells a life story.
FEATURE_LEDE_WORDS = 8
LIFE_STORY_YEARS = 10
# A state held this many years or more ("for 41 years", "since 1979") is a life story's.
LIFE_SPAN_YEARS = 5
DECADES = "PXE"  # the tagger's value for decades of no number told ("for decades")
# A profile opens on its subject's age ("At 19, ..."): a number in this range.
AGE_RANGE = (5, 110)
# A day a weekday names reaches this many days back ("on Friday" in a Thursday paper).
WEEKDAY_REACH = 6
MONTHS_OF_A_YEAR = 12
COMPARING_PREPOSITIONS = ("in", "since", "for")  # "the largest in a decade", "the most since 2008"
# A line that gives only a time of day: the head of a live blog's entry.
TIME_STAMP = re.compile(r"^\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon|midnight)\.?\s*$", re.I | re.M)
# A report is written in the present ("Moreau says") when at least this share of its cues,
# and two at the least, are in the present tense.
PRESENT_STYLE_SHARE = 0.5
PRESENT_STYLE_CUES = 2
# A broadcast reporter's sign-off: a transcript, told in the radio's and television's "says".
SIGN_OFF = SIGNED_OFF
# A broadcast's lead-in to its correspondent's report ("Correspondent Ann Grey reports from
# Nairobi.", "ABC's Martha Dean reports from Brussels.", "Steve Hurst has that.", "The World's
# Nancy Marshall has our story."): a transcript
# as its sign-off tells, a report of news whether or not it names a day.
_REPORTER = r"[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z'-]+"
LEAD_IN = re.compile(r"\b[Cc]orrespondent %s reports\b|'s %s reports\b|\b%s reports from [A-Z]"
                     r"|\b%s has (?:that|the story|our story|more|details|this report|our report)(?: from [A-Z][\w. ]+)?\.(?:\s|$)"
                     % ((_REPORTER,) * 4))


# A review's "says" are a profile's from its first sentence (the index before the first).
REVIEW_FROM_THE_START = -1
# A book's credit line in a review: publisher, pages and often price in brackets after its title
# ("Lake Effect (Turnstone Press, 112 pages, $20)"): the genre of a review, whose present "says"
# give what the author and others hold, as a profile's do.
BOOK_CREDIT = re.compile(r"\([^()\n]{2,80}?,\s*\d{2,4}\s+(?:pages|pp\.?)\b[^()\n]{0,40}\)")


class ReportingTense:
    """Which present-tense cues of one article report words said now."""

    def __init__(self, layout: Layout, text: str, cues: Sequence[Token] = ()):
        self._lede_end = _lede_end(layout)
        self._headline_end = _headline_end(text)
        self._live = TIME_STAMP.search(text) is not None  # a live blog, told as it happens
        if _printed_interview(text):
            # The reporter's cues only: an interviewee's "I think", "I say" in the answers of a
            # printed interview are the speaker's own words, not the paper's way of telling.
            cues = [cue for cue in cues if not _own_voice(cue)]
        in_present = sum(present(cue) for cue in cues)
        # a broadcast's report, signed off or led in to: news, whether or not it names a day
        self._broadcast = SIGN_OFF.search(text) is not None or LEAD_IN.search(text) is not None
        # Told in the present, the house style of papers and broadcasts: see the module's doc.
        self._says_style = in_present >= max(PRESENT_STYLE_CUES, PRESENT_STYLE_SHARE * len(cues)) \
            or self._broadcast
        self._dated = _dated_news(layout)  # names a day of the last few: a report of news
        self._news_lede = _news_lede(layout)  # opens on a deed just done: a report of news
        # a dated report whose lede tells news (not a feature's or a profile's lede)
        self._news_report = self._dated and _news_report(layout)
        # a profile or a feature: no day of the news, and a lede that tells a life story
        # (a day named only for someone's saying, "the federation's president said on Tuesday",
        # is an aside of a profile: it makes no report of news of one that opens on a life story)
        # a review (a book's credit line) is read as a profile from its first sentence on, whatever
        # day it names (a launch "on Thursday" is no day of news)
        self._feature = REVIEW_FROM_THE_START if BOOK_CREDIT.search(text) and not self._broadcast \
            else None if _dated_news(layout, by_a_deed=True) or self._broadcast \
            else _feature_lede(layout)  # its lede's sentence
        self._layout = layout

    def habitual(self, cue: Token, kind: str = "indirect", documented: bool = False,
                 said_next: bool = False) -> bool:
        """A present-tense cue that reports a standing view, not words said now. One in a
        relative clause ("critics who say ...") describes its speaker, in any story. `kind`
        is the quote's ("direct", "indirect" or "mixed"); `documented`, whether its attribution
        names a document the words are in ("In a new report, the commission says"), whose
        words stay as written on their day; `said_next`, whether the same speaker's words go on
        in the next sentence with a plain past "said" ("Reed says the plan is dead. He said the
        council ..."): the present sums up the words the report then gives as said now."""
        if not present(cue) or documented:
            return False
        verb = finite(cue)
        # One named speaker of a report of news (the lead's decision of round 12): see `_one_named`
        one = self._news_report and verb.i == cue.i and _one_named(verb) and not self._author_of_a_book(verb)
        if _their_term(verb):
            return True  # "in what it calls “the data solutions” business", even in the lede
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return not _document(verb)
        if self._feature is not None and self._layout.sentence_of(cue) > self._feature and not self._live:
            return not _document(verb)  # a profile's "says" after its lede: what the speaker holds
        if self._live or self._broadcast and _own_voice(cue) and self._bite_after_says(cue):
            # a live blog's present is now; so is a sound bite's own "um, I think" in a broadcast,
            # heard as the speaker the report has just given a "says" says it for the report
            # ("Zogby says it's a familiar story. ¶ There is, ... um I think, a sense of ...")
            return False
        if cue.i < self._lede_end:
            # The lede's present tells the news, but a group spoken of as such ("Critics say the
            # target was never more than a slogan", "experts say it may be years before ...")
            # holds a view (conventions.md) below the headline too; a headline's or its deck's
            # "Candidates say" sums up the story's fresh words, and a named speaker's "calls",
            # "insists" or "thinks" in the lede is the news
            return cue.idx > self._headline_end and _a_group(verb) and not _document(verb)
        if kind == "indirect":
            # A paraphrase in a report told in the present: fresh words, but in one that names no
            # recent day (an analysis, a profile) a judgement ("She says he is unfit") is a view.
            in_news = self._says_style and (self._dated or self._broadcast or not _judgement(verb))
            # In a report of news told in the past, those who give the news as it breaks tell
            # fresh words in the present ("police say the man fled", "officials say the mayor
            # will ask for money"), as the reporter's "said"; their judgement stays a view
            in_news = in_news or (self._dated and _news_giver(verb) and not _judgement(verb))
            # ... and anyone's paraphrase there of their own deed, done, under way or to come ("The
            # board says it will post updates", "Lowe says she is not planning to leave"): fresh
            # words of the report, as "said" would be; a state in the present ("the military is
            # on the hunt") and others' deeds ("his family assumed he was a citizen") stay views
            in_news = in_news or (self._dated and self._deed_reported(verb))
            # A broadcast's "says" that introduces the speaker's own words, heard next ("X says
            # the party will fight. ¶ We are going to fight it."): words given for the report
            in_news = in_news or self._sound_bite_after(cue)
            # ... and one named speaker's, whatever deed the clause tells (another's, done or to
            # come: "Metrolinx says the line will be back by Monday"), but not a state now ("the
            # administration says the military is on the hunt") nor a standing quality of the
            # speaker ("Lowe says he is a patient man")
            in_news = in_news or (one and not self._own_quality(verb) and not self._state_now(verb))
        else:
            in_news = self._says_style or self._dated or self._news_lede
        in_news = in_news or said_next
        # A verb that says what something is ("Brewer calls security “a priority” for women. “...,”
        # she said in an interview.") holds a view in the present, but where the same speaker's
        # words go on with a past "said" it sums up the words given now, as "says" would; what
        # someone "calls for" (no object: "she calls for $275 billion") is a position held
        standing = _standing(verb) and not (said_next and _characterises(verb))
        if in_news and not standing and not self._habit_reported(verb):
            return False
        return not _document(verb)

    @staticmethod
    def held_before(cue: Token) -> bool:
        """A past verb of a mind whose subject is a group spoken of as such ("Conservatives
        thought this term would be different", "Farmers hoped for rain"): what a group held before
        the news, a view given on no day, not words said on the story's day."""
        verb = finite(cue)
        return verb.i == cue.i and verb.tag_ == "VBD" and verb.lower_ in MINDS_PAST and _a_group(verb)

    def _bite_after_says(self, cue: Token) -> bool:
        """Whether the cue's paragraph is a sound bite right after a paragraph that ends on a
        present verb of saying the report gives ("James Zogby ... says it's a familiar story."):
        the words of the one just introduced, given for the report; not a recording the narrative
        tells of ("someone said a prayer. ¶ TWA eight hundred center, I think that was him.")."""
        layout = self._layout
        k = layout.sentence_of(cue)
        if k == 0 or layout.paragraph(layout.sentence(k - 1).start_char) == layout.paragraph(cue.idx):
            return False
        return any(layout.cued[t.i] and t.pos_ == "VERB" and t.tag_ == "VBZ" and t.lower_ in SPEECH_FORMS
                   for t in layout.sentence(k - 1))

    def _sound_bite_after(self, cue: Token) -> bool:
        """Whether the cue's sentence ends its paragraph and the next paragraph opens with the
        speaker's words, in the first person, with no cue: a sound bite of a broadcast."""
        layout = self._layout
        k = layout.sentence_of(cue) + 1
        if k >= layout.n_sentences:
            return False
        bite = layout.sentence(k)
        words = [t for t in bite if not t.is_space]
        if not words or layout.paragraph(words[0].idx) == layout.paragraph(cue.idx):
            return False
        # by the words: a sound bite is not parsed; its own "I think" may be read as a cue
        cues = [t for t in bite
                if layout.cued[t.i] and not (t.i > bite.start and t.nbor(-1).lower_ in FIRST_PERSON)]
        return not cues and any(t.lower_ in FIRST_PERSON for t in bite)

    def _deed_reported(self, verb: Token) -> bool:
        """Whether the clause the cue reports tells the speaker's own deed, not a standing state:
        a past ("she was sent away"), a perfect ("he has stopped counting"), a progressive ("it
        is considering a challenge") or a future ("it will post updates"), its subject a pronoun
        for the speaker. A quality given with "be" or "have" is a judgement ("it was a
        mistake", "the campaign has no regrets") unless the clause sets it at a time ("she was
        late twice last week")."""
        subject = _named_one(next((c for c in verb.children if c.dep_ == "nsubj"), None))
        if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.tag_ == "DT":
            return False  # "those who back her opponents say": a group as such, of no one named
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
            # the speaker's own deed only ("she was sent away", "it will post updates"): another's
            # ("his family assumed he was a citizen", "the council will vote again in March",
            # "courses have closed since 2006") may be a view or a standing figure
            # ("it" only for a body's own: "they say it would have made sense" is no one's)
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" and
                       (c.lower_ != "it" or subject.pos_ != "PRON") for c in clause.children):
                continue
            modals = {a.lower_ for a in aux if a.lower_ in MODALS}
            deed = (clause.tag_ == "VBD"  # "the city ignored"; "would have made" is no deed done
                    or clause.tag_ == "VBN" and not modals and any(a.lower_ in HAVE or a.tag_ == "VBD" for a in aux)
                    or modals and modals <= FUTURE_WORDS and not any(a.lower_ in HAVE for a in aux)
                    or clause.tag_ == "VBG" and any(a.lower_ in BE for a in aux))
            if not deed:
                continue
            if _judgement(verb) and not any(self._layout.timex_at.get(t.i) is not None for t in clause.subtree):
                continue
            return True
        return False

    def _own_quality(self, verb: Token) -> bool:
        """Whether the clause the cue reports gives the speaker a standing quality: "he says he is
        a patient man", "she says she is a night owl" ("be" with a noun, its subject a pronoun for
        the speaker), at no time the clause names."""
        return any(c.dep_ == "ccomp" and c.lower_ in BE and any(g.dep_ == "attr" for g in c.children)
                   and any(g.dep_ == "nsubj" and g.tag_ == "PRP" and g.lower_ != "it" for g in c.children)
                   and not any(self._layout.timex_at.get(t.i) is not None for t in c.subtree)
                   for c in verb.children)

    def _author_of_a_book(self, verb: Token) -> bool:
        """Whether the cue's subject is a pronoun after a sentence that names a book or a memoir
        (`lexicon/written-earlier.txt`): "... were made in a book published this week by Philippe
        Sands. He also says ...", the book's words, of no day."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        k = self._layout.sentence_of(verb)
        if subject is None or subject.pos_ != "PRON" or k == 0:
            return False
        return any(t.lower_ in WRITTEN_EARLIER for t in self._layout.sentence(k - 1))

    @staticmethod
    def _state_now(verb: Token) -> bool:
        """Whether the clause the cue reports tells a state now, with "be" or "have" in the
        present as its verb ("the military is on the hunt", "the demands are exorbitant", "it is
        time to say sorry"): a position held, as the dev sets read it, not words of the day (a time
        in the clause may be of something else it tells: "as bin Laden was five years ago"); so is a
        quality told in the past ("it was a mistake"), a past of the mind ("his neighbours assumed",
        `lexicon/minds-past.txt`) and what would have been ("it would have made more sense"). Not
        "be" with an infinitive of a time to come ("the worst of the storm is still to come")."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            aux = [a.lower_ for a in c.children if a.dep_ == "aux"]
            if c.tag_ in ("VBZ", "VBP") and (c.lower_ in BE and not _to_come(c) or c.lower_ in HAVE) \
                    or c.lower_ in MINDS_PAST \
                    or c.tag_ == "VBD" and c.lower_ in BE and any(g.dep_ in ("attr", "acomp") for g in c.children) \
                    or any(a in MODALS for a in aux) and any(a in HAVE for a in aux):
                return True  # a state now, a quality in the past ("was a mistake"), a mind, what would have been
        return False

    def _habit_reported(self, verb: Token) -> bool:
        """Whether the clause the cue reports tells a habit: "she says she always walks to
        work", "he says he calls his mother every day". Read in the reporter's words only: a
        quotation's own "every month" ("He adds: “We had net sales every month until this
        month.”") tells what the speaker spoke of, not that the speaking is a habit."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if any(a.dep_ == "aux" and a.lower_ in FUTURE_WORDS for a in clause.children):
                continue  # a plan told ("it will post updates each evening"), not a habit
            if (self._broadcast or self._says_style) and not any(c.dep_ in ("nsubj", "nsubjpass") and
                                                                 c.tag_ == "PRP" for c in clause.children):
                continue  # others' habit in a broadcast's news ("he says the same villages are
                # flooded every year") or in a report told in "says" ("she says the bears now lose
                # a week on the ice every decade"): news, not the speaker's own way of life
            for tok in clause.subtree:
                if self._layout.quoted[tok.i] == QUOTED:
                    continue
                if tok.dep_ in ("advmod", "npadvmod") and tok.lower_ in HABITUAL:
                    return True
                timex = self._layout.timex_at.get(tok.i)
                if timex is not None and timex.type == "SET":
                    return True
        return False


def _characterises(verb: Token) -> bool:
    """Whether the cue says what something is, its object named ("calls the issue of security “a
    priority”", `lexicon/characterising-verbs.txt`), not what is asked for ("calls for $275 billion")."""
    return verb.lower_ in CHARACTERISING_FORMS and any(c.dep_ == "dobj" for c in verb.children)


def _to_come(be: Token) -> bool:
    """Whether "be" with an infinitive tells a time to come, not a state now: "the worst of the
    storm is still to come", "the bridge is to reopen in May" (no quality nor kind given)."""
    return not any(c.dep_ in ("attr", "acomp") for c in be.children) and \
        any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            for c in be.children)


def _dated_news(layout: Layout, by_a_deed: bool = False) -> bool:
    """A news report of days just past: its narrative (or a paraphrase in it) names a day of
    the few up to the article date ("on Thursday", "today"); not the speakers' own words.
    `by_a_deed`: only a day of something done, not the day of a saying ("X said on Tuesday") nor
    one in a paraphrase ("says young athletes today want results too quickly")."""
    if layout.date is None:
        return False
    this_week = "{}-W{:02d}".format(*layout.date.isocalendar()[:2])
    return any(layout.quoted[i] != QUOTED and (recent_day(timex, layout.date) or timex.value == this_week)
               and not (by_a_deed and (layout.quoted[i] == INDIRECT or _of_a_saying(layout, layout.doc[i])))
               for i, timex in layout.timex_at.items())


def _of_a_saying(layout: Layout, tok: Token) -> bool:
    """Whether a time dates a cue of saying ("Athletics Kenya's president said on Tuesday")."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    # on the verb itself: the time's own word, or its phrase ("on Tuesday", "Tuesday night")
    near = [tok, *tok.ancestors][:4]
    return verb is not None and bool(layout.cued[verb.i]) and any(t.head.i == verb.i for t in near)


def _news_lede(layout: Layout) -> bool:
    """Whether the lede tells a deed just done, in the past or the present perfect, at no time
    named ("Firefighters spent the night pumping out homes", "Parents have been told the school
    will close"): the opening of a report of news, as broadcasters and the British and Canadian
    papers write it with no day; not a profile's present ("At 71, she still opens the pantry
    every morning"), nor a story that opens on a time of its own ("When the mill closed in
    2009, ..."), whose dated news `_dated_news` reads."""
    for k in range(layout.n_sentences):
        sentence = layout.sentence(k)
        if sum(1 for t in sentence if t.is_alpha) < LEDE_WORDS:
            continue
        verb = _told_before(sentence.root)
        perfect = verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in HAVE
                                              for c in verb.children)
        if verb.tag_ != "VBD" and not perfect and not _warning_now(verb) and not _news_now(verb, sentence):
            return False
        return not any(layout.timex_at.get(t.i) is not None and layout.timex_at[t.i].type in ("DATE", "TIME")
                       and not _of_the_week(layout.timex_at[t.i], layout.date) for t in sentence)
    return False


def _told_before(root: Token) -> Token:
    """The news a lede gives before its present verb of saying or showing ("Rough sleeping in
    Dublin has risen by a fifth, new figures show", "..., officials say"): the clause it
    reports, whose tense tells whether a deed was just done; else the lede's own verb."""
    if root.tag_ not in ("VBZ", "VBP") or not (root.lower_ in SPEECH_FORMS or root.lower_ in FINDING_FORMS):
        return root
    return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)


def _warning_now(verb: Token) -> bool:
    """Whether the lede's verb is one of saying or forecasting in the present progressive: "Public
    health is warning people who visited the clinic", "Police are asking for witnesses",
    "Environment Canada is forecasting 40 mm of rain" (lexicon/advisory-progressives.txt): news
    given as it is told (an advisory, an appeal, a forecast), not a profile's present ("she still
    opens the pantry")."""
    return verb.tag_ == "VBG" and (verb.lower_ in SPEECH_FORMS or verb.lower_ in ADVISORY_PROGRESSIVES) and \
        any(c.dep_ == "aux" and c.lower_ in BE and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _news_now(verb: Token, sentence) -> bool:
    """Whether the lede tells in the present what a deed just done set off, "after" it: "A Denver
    woman is suing the city after she was hit by a cruiser", "Tenants are being told to leave
    after engineers found cracks", "The city is launching a review after complaints", "A council
    is to spend £2m after a surge in complaints": the peg of a report of news, not a profile's
    present ("She is still swimming every morning, three years after a stroke")."""
    if verb.tag_ == "VBG" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being"
                                                         for c in verb.children)):
        now = any(c.dep_ == "aux" and c.lower_ in BE and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    else:
        now = verb.lower_ in BE and verb.tag_ in ("VBZ", "VBP") and _to_come(verb)
    # not a state kept up or a habit: "is still swimming every morning, three years after a stroke"
    return now and any(t.lower_ == "after" and t.dep_ in ("prep", "mark") for t in sentence) and \
        not any(t.lower_ in KEPT_UP or t.lower_ in HABITUAL or t.lower_ in HABIT_DETERMINERS for t in sentence)


def _of_the_week(timex, date: dt.date | None) -> bool:
    """Whether a time of a news lede is of the news still: one `_of_the_news` gives (a day of the
    last few, this week or month, a time to come: "a flood watch through Wednesday") or a day a
    weekday names, up to six days back ("after a traveller arrived on Friday"); not the time of
    a story of its own ("When the mill closed in 2009")."""
    if date is None:
        return False
    if _of_the_news(timex, date):
        return True
    value = timex.value or ""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.timedelta(0) <= date - day <= dt.timedelta(days=WEEKDAY_REACH)


def _news_report(layout: Layout) -> bool:
    """Whether the lede (its first long sentence) tells news of the days just past: a deed done,
    in the past or the present perfect, or anything on a day of the last few ("Trains ran at half
    speed on Monday", "The province has cut its grant", "The city is moving ahead after a vote on
    Monday"), and no time but those days, this week or this month; or a present "says" of the
    news ("Metrolinx says a fix is still a month away"): not a profile's state held
    for years ("has run the pantry for thirty years"), nor a feature's scene of long ago ("On a
    wet morning in March 1987, he walked in"), nor a feature's present ("Weeds cover the greens")."""
    if layout.date is None:
        return False
    for k in range(layout.n_sentences):
        sentence = layout.sentence(k)
        if sum(1 for t in sentence if t.is_alpha) < LEDE_WORDS:
            continue
        verb = sentence.root
        if present(verb) and verb.lower_ in NEWS_SAYING and layout.cued[verb.i]:
            return True  # news told in the present: "Metrolinx says a fix is still a month away"
        compared = {id(layout.timex_at[t.i]) for t in sentence if t.i in layout.timex_at and _in_a_comparison(t)}
        times = {id(x): x for x in (layout.timex_at.get(t.i) for t in sentence)
                 if x is not None and id(x) not in compared}.values()
        if not all(_of_the_news(x, layout.date) for x in times):
            return False
        recent = [x for x in times if recent_day(x, layout.date)]
        perfect = verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in HAVE
                                              for c in verb.children)
        return verb.tag_ == "VBD" or perfect or any(recent_day(x, layout.date) for x in recent)
    return False


def _in_a_comparison(tok: Token) -> bool:
    """Whether a time measures how rare the news is, not when it happened: "the largest in more
    than a decade", "the most for any May since 2008", "its first loss in 20 years" (a time
    after "in", "since" or "for" that hangs on a superlative or on "first", or on a noun one
    qualifies). The news it compares is still of the days just past."""
    prep = next((a for a in [tok, *tok.ancestors][:4] if a.dep_ == "prep" and a.lower_ in COMPARING_PREPOSITIONS),
                None)
    if prep is None:
        return False
    head = prep.head
    return head.tag_ in ("JJS", "RBS") or head.lower_ == "first" or \
        any(c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ == "first") for c in head.children)


def _feature_lede(layout: Layout) -> int | None:
    """Whether the lede (the first sentence of at least `FEATURE_LEDE_WORDS` words) tells a life
    story, as a profile or a feature opens: a state held over years in the present perfect, with
    its span of years (`_years_held`: "has run the pantry for thirty years", "still opens the pantry
    every morning, as she has for 22 years", "has been making blankets since 1911", "For
    17 years, she has been the only nurse"), or a scene of long ago ("On a wet morning in March
    1987, he walked into the boatyard"). Its present "says" give what the speaker holds, said
    on no day (conventions.md: a profile's "says" is null), where the story names no day of the
    news (`_dated_news`). A time that measures how rare the news is ("have moved 31 bears so far
    this fall, the most since 2012": `_in_a_comparison`) is no span held. The lede's sentence,
    where it does; else None."""
    date = layout.date
    for k in range(layout.n_sentences):
        sentence = layout.sentence(k)
        if sum(1 for t in sentence if t.is_alpha) < FEATURE_LEDE_WORDS:
            continue
        verb = sentence.root
        # a time that measures how rare the news is ("the most since 2012") is no span held
        compared = {id(layout.timex_at[t.i]) for t in sentence if t.i in layout.timex_at and _in_a_comparison(t)}
        times = [x for x in (layout.timex_at.get(t.i) for t in sentence) if x is not None and id(x) not in compared]
        if date is not None and not layout.cued[verb.i] and (_at_an_age(sentence, verb) or _routine(verb, times)
                                                           or _age_back_then(verb)):
            # "At 19, Mia Chen is the youngest ranger"; "Dana Pruitt starts every shift by ...";
            # "When her father first took her out on his boat, she was six years old."
            return k
        if date is None or not times or layout.cued[verb.i]:
            return None
        perfect = verb.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" and c.lower_ in HAVE for c in verb.children)
        long_ago = str(date.year - LIFE_STORY_YEARS)
        # "has run ... for thirty years"; "still opens ... every morning, as she has for 22 years"
        held = perfect or verb.tag_ in ("VBZ", "VBP")
        if held and any(_years_held(layout, x, date) for x in times) \
                or verb.tag_ == "VBD" and any(x.type == "DATE" and x.value[:4].isdigit() and x.value[:4] <= long_ago
                                              for x in times):
            return k
        return None
    return None


def _at_an_age(sentence, verb: Token) -> bool:
    """Whether a lede in the present opens on its subject's age: "At 19, Mia Chen is the youngest
    ranger in the park", "At 71, she still opens the pantry every morning", as a profile opens
    (a number alone after "At", no time of day nor a place)."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.lower_ != "at" or first.head.i != verb.i or verb.tag_ not in ("VBZ", "VBP"):
        return False
    objects = [c for c in first.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].tag_ == "CD" and objects[0].is_digit \
        and AGE_RANGE[0] <= int(objects[0].text) <= AGE_RANGE[1] and not list(objects[0].children)


def _age_back_then(verb: Token) -> bool:
    """Whether a lede in the past gives a person's age then: "When her father first took her out
    on his lobster boat, she was six years old", a childhood scene that opens a life story ("be"
    in the past with an age, a number of units before its adjective); the person a name or a
    person's pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ != "VBD" or verb.lower_ not in BE or not _a_person(subject):
        return False
    return any(c.dep_ == "acomp" and any(u.dep_ == "npadvmod" and any(n.dep_ == "nummod" and n.tag_ == "CD"
                                                                       for n in u.children)
                                         for u in c.children)
               for c in verb.children)


def _a_person(subject: Token | None) -> bool:
    """Whether a subject is a name or a pronoun for one person (not "it")."""
    return subject is not None and (subject.tag_ == "NNP" or subject.tag_ == "PRP" and subject.lower_ != "it"
                                    and subject.lower_ in ONE_SPEAKER_PRONOUNS)


def _routine(verb: Token, times) -> bool:
    """Whether a lede in the present tells a named person's routine: "Dana Pruitt starts every
    shift at the shelter by checking the dogs", "She opens the gym each morning" (the verb's
    object made a habit by `lexicon/habit-determiners.txt`, or a time that recurs), as a profile
    opens; its subject a name or a person's pronoun, not a thing ("Trains run every hour")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ not in ("VBZ", "VBP") or not _a_person(subject):
        return False
    return any(x.type == "SET" for x in times) or \
        any(c.dep_ in ("dobj", "npadvmod") and any(d.dep_ == "det" and d.lower_ in HABIT_DETERMINERS
                                                   for d in c.children)
            for c in verb.children)


def _years_held(layout: Layout, timex, date: dt.date) -> bool:
    """Whether the time gives a span of years, as a life story tells one: "for 41 years", "for
    a decade", "since 1979" (at least `LIFE_SPAN_YEARS`); not the news's "three weeks without
    hot water", "since March"."""
    value = timex.value or ""
    if timex.type == "DURATION":
        # "for decades" (decades of no number told): more years than a life story needs
        return value == DECADES or value.startswith("P") and value.endswith("Y") and value[1:-1].isdigit() \
            and int(value[1:-1]) >= LIFE_SPAN_YEARS
    if not (timex.type == "DATE" and value[:4].isdigit() and int(value[:4]) <= date.year - LIFE_SPAN_YEARS):
        return False
    tok = next((layout.doc[i] for i, x in layout.timex_at.items() if x is timex), None)
    return tok is not None and any(t.dep_ == "prep" and t.lower_ == "since" for t in [tok, *tok.ancestors][:3])


def _of_the_news(timex, date) -> bool:
    """Whether a time of the lede is of news: a day of the last few, this week, this month or
    this year, or a time to come ("at the end of the year"); not a past beyond those days ("in
    March 1987", "last year") nor a span ("for thirty years")."""
    value = timex.value or ""
    this_week = "{}-W{:02d}".format(*date.isocalendar()[:2])
    cutoff = (date - dt.timedelta(days=RECENT_DAYS)).isoformat()
    return bool(recent_day(timex, date)) or value == this_week or bool(value) and date.isoformat().startswith(value) \
        or value[:4].isdigit() and value >= cutoff[:len(value)] or _span_of_the_news(timex)


def _span_of_the_news(timex) -> bool:
    """Whether a time is a span of days, weeks or months under a year ("will close for at least
    eight weeks", "three weeks without hot water"): the news's, not a life story's years."""
    value = timex.value or ""
    return timex.type == "DURATION" and value[:1] == "P" and value[-1:] in ("D", "W", "M") \
        and value[1:-1].isdigit() and (value[-1] != "M" or int(value[1:-1]) < MONTHS_OF_A_YEAR)


def _named_one(subject: Token | None) -> Token | None:
    """'One of the hikers, Mélanie Girard of Canmore, says': the parser makes the number the
    subject and the name set off after it its apposition; the name is the one speaker."""
    if subject is None or subject.tag_ != "CD" or subject.lower_ != "one":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)


def _one_named(verb: Token) -> bool:
    """Whether the cue is a verb that gives words (`lexicon/fresh-present-verbs.txt`: "says",
    "tells", "adds") and its subject one speaker the report names or describes: a name ("Tom
    Reed", "Metrolinx", "the RCMP"), a singular noun with a determiner, a possessive or a number
    ("the mayor", "a spokesperson", "one mother"), or "he", "she", "it" for one of them. Not a
    group as such ("critics", "some residents", "they"), nor the speaker of a cue in a clause
    that describes a thing ("the $27bn Russia says Yukos owes"), even where the parser makes it
    the root: a noun or a number right before the subject."""
    subject = _named_one(next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if subject is None or verb.dep_ in ("relcl", "acl", "advcl") or verb.lower_ not in FRESH_PRESENT_VERBS:
        return False  # "as the Conservatives claim", "he also accuses it of stealing jobs"
    if any(c.dep_ == "conj" for c in subject.children) and not _one_body_of_fields(subject):
        return False  # "Sanders and his supporters argue": more than one
    start = subject.left_edge.i
    before = next((t for t in reversed(subject.doc[max(0, start - 3):start]) if not t.is_space), None)
    if before is not None and before.pos_ in ("NOUN", "PROPN", "NUM"):
        return False  # a clause that describes what comes before, with no "that" (the parser may not say)
    if subject.pos_ == "PRON":
        return subject.lower_ in ONE_SPEAKER_PRONOUNS
    if subject.pos_ == "PROPN":
        return True
    return subject.tag_ == "NN" and any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in GROUP_QUANTIFIERS
                                        for c in subject.children)


def _one_body_of_fields(subject: Token) -> bool:
    """'Immigration, Refugees and Citizenship Canada says': the fields of one department's
    name, which the parser reads as conjuncts; capitalised nouns only, and the last closes the
    name with a word of a body's (org-name-words.txt: "Canada", "Department")."""
    words = [t for t in subject.subtree if t.text not in (",", "and")]
    return all(t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() for t in words) and len(words) > 2 \
        and subject.doc[subject.right_edge.i].lower_ in ORG_NAME_WORDS


def _judgement(verb: Token) -> bool:
    """Whether the cue reports a judgement: "be" with a quality or a kind ("he is unfit", "the
    numbers are wrong", "it was a mistake") or "have" of a state ("the city has no choice"), not
    an event ("the mill was insured", "talks are going well", "she has sent an envoy"), nor what
    there is ("police say there were two gunmen": "there" with "be" tells that something exists
    or happened, and gives no quality of anything)."""
    return any(c.dep_ == "ccomp" and (c.lower_ in BE and any(g.dep_ in ("acomp", "attr") for g in c.children)
                                      and not any(g.dep_ == "expl" for g in c.children)
                                      or c.lower_ in HAVE and any(g.dep_ == "dobj" for g in c.children))
               for c in verb.children)


def _their_term(verb: Token) -> bool:
    """A present cue that gives the name someone has for a thing: "what it calls “the data
    solutions” business", "what she describes as “a fair budget”". The name they go by, as
    "calls herself" is (conventions.md: null), not words said on a day; and the name someone
    goes by, "describes itself as a “trusted community resource”", "calls herself “a fixer”"."""
    return any(c.dep_ == "dobj" and (c.lower_ == "what" or c.lower_ in SELF_NAMES) for c in verb.children) and \
        any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _news_giver(verb: Token) -> bool:
    """Whether the cue's subject is of those who give the news as it breaks ("officials", "law
    enforcement sources", "Pentagon officials"): words given for the story, not a view held."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in INFORMANTS


def _standing(verb: Token) -> bool:
    """A present-tense cue for a position held: a verb of holding ("maintains", "insists"), or
    a group spoken of as such, a plural without a determiner ("exiles say", "critics argue",
    "landlords' groups say");
    not the members of a named body, who give words as it does ("Air Force fliers say"), nor
    those who give the news ("officials say", "police say")."""
    return verb.lower_ in STANDING_VERBS or _a_group(verb)


def _a_group(verb: Token) -> bool:
    """Whether the cue's subject is a group spoken of as such: a plural without a determiner
    ("exiles say", "critics argue", "landlords' groups say") or a quantifier ("some say", "many
    NASA watchers say"); not those who give the news ("officials say", "police say")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ not in INFORMANTS and (
            subject.lower_ in GROUP_QUANTIFIERS
            or any(c.dep_ in ("amod", "det") and c.lower_ in GROUP_QUANTIFIERS for c in subject.children)):
        return True  # "some say", "many NASA watchers say": a group as such, even of a named body
    return subject is not None and subject.tag_ == "NNS" and subject.lower_ not in INFORMANTS and \
        not any(c.dep_ in ("det", "poss", "nummod") and not _bare_plural(c)
                or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in subject.children)


def _bare_plural(owner: Token) -> bool:
    """"Landlords' groups say", "parents' groups argue": an owner that is itself a plural with
    no determiner of its own keeps the group one spoken of as such; not "the city's officials"."""
    return owner.dep_ == "poss" and owner.tag_ == "NNS" and \
        not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in owner.children)


def _headline_end(text: str) -> int:
    """The character where the headline's block ends: the first blank line (a headline and its
    deck, "Independents alone won't decide N.H.;\nCandidates will need ..., analysts say."), else
    the first line break. A text with none has no headline in it (a wire's copy or a brief sent as
    one block, "AEP INDUSTRIES Inc. directors authorized ..."): its block ends before it starts, so
    a group's view in its lede ("Critics argue that ...") is a view, as below any headline."""
    blank = text.find("\n\n")
    if blank >= 0:
        return blank
    line = text.find("\n")
    return line if line >= 0 else -1


def _lede_end(layout: Layout) -> int:
    """The first token after the article's lede: the end of the paragraph of its first long
    sentence, but no later than the sentence after that one, for a wire or a transcript
    written as one block of text is not all lede. A text too short to have one (a brief) opens
    with its lede all the same: its first sentence ("The province has spent $1 billion on the
    program. Critics say it has done little." reports a view after its lede)."""
    for k in range(layout.n_sentences):
        sentence = layout.sentence(k)
        if sum(1 for t in sentence if t.is_alpha) >= LEDE_WORDS:
            after_next = layout.sentence(k + 1).end if k + 1 < layout.n_sentences else sentence.end
            return min(layout.paragraph_end(sentence.start), after_next)
    return layout.sentence(0).end if layout.n_sentences else len(layout.doc)


def _document(verb: Token) -> bool:
    """Whether the cue's subject is a text or a news outlet ("the study says", "the Associated
    Press reports", "the report, which notes ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return (subject.lower_ in DOCUMENTS or channel_at(subject) is not None
            or names_outlet(list(subject.subtree)))


# The labels of a printed question-and-answer interview, at the start of a line ("Q: ...", "A: ...").
QUESTION_LABEL = re.compile(r"(?m)^[ \t]*[\"“]?Q[:.][ \t]")
ANSWER_LABEL = re.compile(r"(?m)^[ \t]*[\"“]?A[:.][ \t]")
LABELS_AT_LEAST = 2  # of each, as speakers.resolve.pronouns reads the layout


def _printed_interview(text: str) -> bool:
    return len(QUESTION_LABEL.findall(text)) >= LABELS_AT_LEAST and len(ANSWER_LABEL.findall(text)) >= LABELS_AT_LEAST


def _own_voice(cue: Token) -> bool:
    """A cue whose subject is the first or second person ("I think", "we say", "do you think"):
    the words of one who speaks, not of the reporter who tells what others said."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in OWN_VOICE for c in finite(cue).children)
