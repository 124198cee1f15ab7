"""Placing quotes in time and channel: when each was said (`said_on`) and where (`channel`).

A quote is placed by, in this order: its own attribution ("said in a statement
on Wednesday", "told CNN", "tweeted"); the scene the reporter set just before
it ("In a recent Instagram post, Teigen shared ..."); the quote before it, when
the same speaker goes on in the same scene; and, for a quote reported as said
now ("says", a plain "said"), the day of the game or event the story reports,
else the article date. A follow-on quote is placed with the quote it continues.
Where the text tells nothing, nothing is guessed: a present-tense "critics say"
after the lede reports a standing view, said on no one day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..parsing.positions import ParsedQuote
from ..parsing.words import columns
from ..quotes.cues import direct_lemma, speech_lemma
from ..lexicon import CONTINUING_CUES, DOCUMENT_AGAIN_DETERMINERS, DOCUMENT_AUTHORS, DOCUMENT_NOUNS, NEWS_SAYING, SPEAKING_DOCUMENTS
from ..records import Article, SaidOn, Timex
from .channels import OUTLET_RANK, TOPIC, Channel, channel_at, channel_in, letter_of_its_writers, letter_written_to
from .clauses import attribution, saying_times, swallowed
from .events import EventTimes
from .habit import ReportingTense
from .layout import QUOTED, Layout
from .outlets import names_outlet, outlet_named
from .parties import counsel_channel, party_channel
from .scenes import Setting, narrative_time, scene_in
from .story import RECENT_DAYS, WEEK_DAYS, StoryDays
from .ties import after_the_events_deed, at_the_event, tied
from .when import (NOTHING, Timing, afterwards, calendar_value, around_an_event, before_a_span, finite, fresh, in_a_past_year, in_the_past,
                   last_day_of, news_saying, opening_time, present, through_a_deed, time_clause, timing_in,
                   VAGUE, at_a_first_time, in_an_old_text)
from ..lexicon import DOCUMENT_CHANNELS as DOCUMENTS, FURTHER_TEXTS, GESTURES, INTERVIEWED, MONTHS_AND_DAYS, PROGRAMMES, SCENE_OPENERS, TESTIMONY_OPENERS
from ..lexicon import BACK_REFERENCE, CALLS, PERSON_PRONOUNS, REFLEXIVES, COURT_WORDS, TELLING, WRITTEN_EARLIER
from ..lexicon import inflections

# The forms of the verb whose words need a text ("he wrote"), and the channels, besides the
# documents and the platforms, that are texts one writes in.
WRITING = frozenset(inflections("write"))
WRITTEN_TEXTS = ("blog", "book", "social media", "text message", "Medium")

__all__ = ["place"]

# A scene, or a quote's setting, reaches quotes at most this many paragraphs further on:
# the same paragraph, or the next one after a paragraph of narrative in between.
MAX_PARAGRAPHS = 2
# A scene reaches back to the quote before it (a lede's "X says ...") at most this far.
MAX_BACK = 1
# Words climbed from the noun a clause "in which" someone said hangs on to the channel it stands
# for: the noun, its preposition, the noun or verb above ("an interview to the Post in which").
WHICH_REACH = 5
# How many steps (an object, a phrase's object and its preposition) from the noun a clause "in
# which" hangs on up to the verb whose phrases may name where that noun was.
WHICH_VERB_STEPS = 2


def place(doc: Doc, quotes: list[ParsedQuote], times: list[Timex], article: Article) -> list[ParsedQuote]:
    """The quotes with `channel`, `outlet` and `said_on` filled where the text supports them."""
    if not quotes:
        return list(quotes)
    layout = Layout(doc, article.text, quotes, times, article.date)
    cues = [q.cue[0] for q in quotes if q.cue is not None]
    return _Placer(layout, ReportingTense(layout, article.text, cues)).placed(quotes)


class _Placer:
    """Walks an article's quotes in order, carrying the setting from one to the next."""

    def __init__(self, layout: Layout, tense: ReportingTense):
        self.layout = layout
        self.tense = tense
        self.events = EventTimes(layout)
        self.story = StoryDays(layout)
        self.out: list[ParsedQuote] = []
        self.carried: Setting | None = None  # the setting the previous quote left
        self.after = 0  # the first sentence after the previous quote
        self.group = 0  # the index in `out` of the last quote with a cue
        self.group_timing = NOTHING  # what that quote's attribution said of its time
        self.group_present = False  # whether its cue is in the present tense ("says")
        self.scenes: dict[int, Setting | None] = {}  # the scene of each sentence looked at
        # The document or outlet that spoke in the last quote with a cue ("Mr Crosby's statement
        # said", "The Herald reported"), the paragraph of that quote's end, its speaker's name and
        # the time its attribution told ("A report published on Monday says").
        self.document: tuple[Channel, int, str | None, Timing] | None = None
        # The quotes (indices in `out`) said in a scene's interview whose record names none
        # (`_interview_of_the_scene`): their vehicle is known, and no later scene reaches back to them.
        self.unnamed_interview: set[int] = set()

    def placed(self, quotes: list[ParsedQuote]) -> list[ParsedQuote]:
        self.story.speakers = {q.cue[0].i: q.speaker.name for q in quotes if q.cue is not None and q.speaker}
        self.said_next = _said_next(self.layout, quotes) | _says_as_in_marks(quotes, self.tense)
        for quote in quotes:
            if quote.cue is None:
                self._follow(quote)
            else:
                self._place(quote)
            self.after = self.layout.sentence_of(quote.words[-1][-1]) + 1
        self._look_back(self.layout.n_sentences)
        return self.out

    def _place(self, quote: ParsedQuote) -> None:
        layout = self.layout
        cue = quote.cue[0]
        first = layout.doc[min(quote.words[0].start, quote.cue.start)]  # of the quote or its cue
        paragraph = layout.paragraph(min(quote.start, cue.idx))
        self._look_back(layout.sentence_of(first))
        scene, broken = self._scene(first, paragraph)
        context = scene if scene is not None or broken else self._carried_to(cue, paragraph)
        own = self._own(cue, quote)
        if own.channel is None and (goes_on := self._document_goes_on(quote, paragraph)) is not None:
            # "Mr Crosby's statement said: ... It added: ...", "... its authors write": on its day
            own = replace(own, channel=goes_on[0], timing=own.timing if own.timing.known else goes_on[1])
        if (dated := self._document_again(own, cue, paragraph, quote)) is not None:
            own = replace(own, timing=dated)  # "In a news release issued Sunday, ... ¶ ..., the release said"
        if (own.channel is None or own.channel.generic) \
                and (again := self._named_again_by_its_noun(quote, cue, paragraph)) is not None:
            # "... said in a Facebook video on Monday ... ¶ “...,” he said in the video.": that video, then
            own = replace(own, channel=again, timing=own.timing if own.timing.known else self.carried.timing)
        elif own.channel is not None and own.channel.generic and (platform := self._another_of_its_posts(quote, own.channel, paragraph)):
            # "wrote on X: “...” ¶ “...,” he wrote in a second post": on X too
            own = replace(own, channel=platform)
        if own.channel is None and (text := self._text_goes_on(quote, cue, paragraph)) is not None:
            # "Reed posted on Facebook, urging ... “...,” he wrote.": that post, when it was written
            own = replace(own, channel=text, timing=own.timing if own.timing.known else self.carried.timing)
        fits = context is not None and (context.fits(quote) or _names_again(own, context))
        # "told CNN on Thursday ... told O'Reilly": another interview, not on the story's day
        elsewhere = fits and _other_party(own.addressee, _heard_by(context))
        # "In a new report, the commission says ...": the document's words, as "the report says"
        documented = _documented(own.channel, layout.doc)
        if not (fits and fresh(cue) and not self.tense.habitual(cue, quote.kind, documented, cue.i in self.said_next)):
            context = None  # someone else's scene; or "she has often said", not said in it
        channel = own.channel or (context.channel if context is not None else None)
        fresh_day = None if _written_earlier(channel) or _court_papers(channel, layout.doc) \
            else self._fresh_day(quote, cue, documented, elsewhere)
        setting, placed = _settled(quote, cue, own, context, layout, fresh_day,
                                   opening=_opens_a_scene(layout, own.channel, cue))
        if own.channel is None and context is not None and placed.channel == "interview":
            adds = speech_lemma(cue.lower_) in CONTINUING_CUES and bool(self.out) and self.out[-1].channel == "interview" \
                and quote.speaker is not None and self.out[-1].speaker is not None \
                and quote.speaker.name == self.out[-1].speaker.name
            setting, placed = _interview_of_the_scene(layout, quote, context, setting, placed, adds)
            if placed.channel is None:
                self.unnamed_interview.add(len(self.out))
        if placed.channel is None and own.channel is None and (prev := self._added_in_its_sentence(quote, cue)):
            # "In an interview, Lazar said ... and added, “...”": the quote's own sentence names the vehicle
            placed = replace(placed, channel=prev.channel, outlet=prev.outlet)
        self.group, self.group_timing = len(self.out), own.timing
        self.group_present = present(cue)
        spoke = own.channel is not None and own.channel.label in DOCUMENTS \
            and _speaks_itself(own.channel, cue, layout.doc)
        name = quote.speaker.name if quote.speaker else None
        self.document = (own.channel, layout.paragraph(quote.end - 1), name, own.timing) if spoke else None
        self.out.append(placed)
        if finite(cue).dep_ != "relcl":
            # "Blair, who last year denied X, said Y": what describes the speaker of Y, said at
            # another time, sets nothing for the quotes after it
            self.carried = setting

    def _added_in_its_sentence(self, quote: ParsedQuote, cue: Token) -> ParsedQuote | None:
        """The quote right before, where this one's cue is a verb of going on ("added",
        "continued") in the same sentence as that quote's cue and by the same named speaker
        ("Lazar said in an interview ... and added, “...”"): the sentence that names the vehicle
        is this quote's own (conventions.md). In the sentence after ("“...,” Reed told ITV. “...,”
        he added") "he added" starts an attribution of its own and takes none."""
        if not self.out or speech_lemma(cue.lower_) not in CONTINUING_CUES:
            return None
        prev, layout = self.out[-1], self.layout
        if prev.channel is None or prev.cue is None or quote.speaker is None or prev.speaker is None \
                or not quote.speaker.name or quote.speaker.name != prev.speaker.name:
            return None
        return prev if layout.sentence_of(cue) == layout.sentence_of(prev.cue[0]) else None

    def _document_goes_on(self, quote: ParsedQuote, paragraph: int) -> tuple[Channel, Timing] | None:
        """The document or outlet whose words the quote before gave ("Mr Crosby's statement
        said: ...", "The Herald reported that ..."), and the time its attribution told, where
        this quote's speaker is "it" or the document's authors ("its authors write"), in the same
        paragraph or the next: "It added: ..." goes on in that statement or report; not "It is
        predicted that ...", whose "it" is no one."""
        if self.document is None:
            return None
        channel, where, name, timing = self.document
        mention = quote.speaker.mention if quote.speaker is not None else None
        if mention is None or not 0 <= paragraph - where <= 1:
            return None
        root = mention.root
        if root.lower_ in DOCUMENT_AUTHORS and any(c.dep_ in ("poss", "det") and c.lower_ in ("its", "the")
                                                   for c in root.children):
            if _an_author_speaking(root, quote):
                return None  # "Its author, Professor Ruth Abbott, said ...": the person, now
            return channel, timing  # "... says a report. “...,” its authors write."
        if mention.text.lower() != "it" or root.dep_ != "nsubj" or quote.speaker.name != name:
            return None  # "It is predicted that ...": no one's words; or "it" is someone else
        return channel, timing

    def _document_again(self, own: Setting, cue: Token, paragraph: int, quote: ParsedQuote) -> Timing | None:
        """The time of the document the quote before was said in, where this quote's speaker is
        that document named again ("In a news release issued Sunday evening, the RCMP said ...
        ¶ ..., the release said"), or the document its words are said in ("According to a news
        release issued Thursday, ... ¶ ..., Cpl. X said in the release"), in the same paragraph or
        the next, and its own attribution tells no time: the release was issued when the quote
        before says."""
        carried = self.carried
        if carried is None or carried.said_in is None or own.channel is None or own.timing.known:
            return None
        if own.channel.label != carried.said_in.label or own.channel.label not in DOCUMENTS \
                or not carried.timing.known or not 0 <= paragraph - carried.paragraph <= 1:
            return None
        named = self.layout.doc[own.channel.token]
        # said in it by its maker, or by someone where it was no one's named ("According to a news
        # release ..."); not "In the letter, Reed said" of Silva's letter
        in_it = _said_in(named, cue) and (carried.name is None or carried.fits(quote))
        if not (_speaks_itself(own.channel, cue, self.layout.doc) or in_it) or \
                not any(c.dep_ in ("det", "poss") and c.lower_ in DOCUMENT_AGAIN_DETERMINERS for c in named.children):
            return None  # "Reed said in a statement", "A statement said": another one; "In her report": that one
        return carried.timing

    def _named_again_by_its_noun(self, quote: ParsedQuote, cue: Token, paragraph: int) -> Channel | None:
        """The vehicle the same speaker's quote before was said in, where this quote's own
        attribution names it again by its noun with "the" ("said in a Facebook video on Monday ...
        ¶ “...,” he said in the video"; "in a post on X ... she wrote in the post"), in the same
        paragraph or the next: a noun that names no channel alone ("video", "post") is the one
        just named."""
        carried = self.carried
        if carried is None or carried.said_in is None or not carried.fits(quote) \
                or not 0 <= paragraph - carried.paragraph <= 1:
            return None
        before = _channel_noun(self.layout.doc[carried.said_in.token])
        for prep in finite(cue).children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lower_ == before.lower_ \
                        and noun.i != before.i and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                                                       for c in noun.children):
                    return carried.said_in
        return None

    def _another_of_its_posts(self, quote: ParsedQuote, generic: Channel, paragraph: int) -> Channel | None:
        """The platform the same speaker's quote before was posted on, where this quote's
        attribution names one more post by a word of another (further-texts.txt: "wrote on X: “...”
        ¶ “...,” he wrote in a second post", "in a follow-up post"), in the same paragraph or the
        next; a post named without one ("in a post") may be anywhere."""
        carried = self.carried
        if carried is None or carried.said_in is None or not carried.said_in.platform or not carried.fits(quote) \
                or not 0 <= paragraph - carried.paragraph <= 1:
            return None
        noun = self.layout.doc[generic.token]
        further = any(c.dep_ in ("amod", "det", "compound", "advmod") and c.lower_ in FURTHER_TEXTS for c in noun.children)
        return carried.said_in if further else None

    def _text_goes_on(self, quote: ParsedQuote, cue: Token, paragraph: int) -> Channel | None:
        """The text the quote before named, where this quote's cue writes and its speaker is the
        same, in the same paragraph: "Bergen posted on Facebook on Tuesday, urging residents to
        come. “We need every voice,” he wrote." is the post. Words need a text to be written in,
        and the one just named is it; not a "said", which may be spoken anywhere after, nor a
        quote in another paragraph (a later "X wrote" of its own is not tied to it)."""
        carried = self.carried
        if carried is None or carried.said_in is None or cue.lower_ not in WRITING:
            return None
        # the paragraph of the quote before's last word (its end may lie past the break)
        if not self.out or self.layout.paragraph(self.out[-1].end - 1) != paragraph or not carried.fits(quote):
            return None  # the same named speaker: two unnamed ones may be anyone
        text = carried.said_in
        return text if text.label in DOCUMENTS or text.label in WRITTEN_TEXTS or text.platform else None

    def _fresh_day(self, quote: ParsedQuote, cue: Token, documented: bool = False,
                   elsewhere: bool = False) -> SaidOn | None:
        """The day of a quote reported as said now: the story's day, else (or where it was told
        to another party than the story's, `elsewhere`) the article date."""
        if self.layout.date is None or not fresh(cue) or \
                self.tense.habitual(cue, quote.kind, documented, cue.i in self.said_next) \
                or self.tense.held_before(cue):
            return None
        if (afterwards(cue) or through_a_deed(cue)) and in_a_past_year(self.layout, cue):
            return None  # "She moved in 1998. She later said ...": said then, on no day told
        if not news_saying(cue) or _text_speaks(cue):
            # "In 2008 the party launched a referendum. Its leaflet argued ...": said then, on no
            # day told; "In March, the firm got an offer. Its board urged ...": in that month;
            # "In May, the court sent the case back. ..., the unsigned opinion said": a text's
            # words were written when the narrative tells, as its "argued" would be
            opening = opening_time(self.layout, cue, self.layout.date - dt.timedelta(days=RECENT_DAYS))
            if opening.known:
                return opening.said_on
        if before_a_span(cue):
            return None  # "said before the series that ...": before an event of weeks, on no day told
        # "During the investigation, Reed acknowledged ...": at that event, in the past it is told of
        around = around_an_event(self.layout, cue, self.layout.date - dt.timedelta(days=RECENT_DAYS))
        if around.known:
            return around.said_on
        if elsewhere:
            return SaidOn(self.layout.date.isoformat(), quote.cue.text)
        if (earlier := self.story.earlier_event(cue.i)) is not None and tied(self.layout, quote, cue, earlier[0], earlier[2]):
            return earlier[1]  # "The Hawks lost on Thursday night. ¶ Coach X said ...": the game's day
        if (at_the_event(cue) or after_the_events_deed(self.layout, quote)) \
                and (event_day := self.story.narrative_day_at(cue.i)) is not None:
            return event_day  # "Council passed the budget on Wednesday. ... X said after the vote"
        story_day = self.story.day_at(cue.i, quote.speaker.name if quote.speaker else None)
        return story_day or SaidOn(self.layout.date.isoformat(), quote.cue.text)

    def _own(self, cue: Token, quote: ParsedQuote) -> Setting:
        """Channel and time from the attribution itself, or from its phrase that the reported
        clause took in ("said the vote was rigged in a tweet Tuesday")."""
        words, channel_words = attribution(self.layout, cue)
        if quote.kind == "indirect" and (on_cue := _time_on_the_cue(self.layout, cue, words)):
            words = sorted(words + on_cue, key=lambda t: t.i)  # "urged the mayor last year not to ..."
        times = saying_times(self.layout, cue, words)
        timing = timing_in(self.layout, words, cue, times=times)
        tail = swallowed(self.layout, quote.words[-1]) if quote.kind == "indirect" else []
        if tail and not timing.known:
            timing = timing_in(self.layout, tail)
        channel_words = channel_words if channel_in(channel_words) else channel_words + tail
        party = party_channel(finite(cue))  # (read once: the press's tail and the channel below ask it)
        if quote.kind == "indirect" and not channel_in(channel_words) and party is None:
            # (a newspaper that says reports: "The newspaper said ..., in a lecture" was another's)
            channel_words = channel_words + _press_occasion_tail(self.layout, quote.words[-1])
        aired = None if quote.kind == "direct" or channel_in(channel_words) else _aired_tail(quote.words[-1], cue)
        if (after := _after_the_marks(self.layout, quote, cue)):
            # 'said the tariffs would “hit every table,” in comments made Tuesday during a speech'
            about = {t.i for p in after if p.dep_ == "prep" and p.lower_ in TOPIC for t in p.subtree}
            timing = timing if timing.known else timing_in(self.layout, [t for t in after if t.i not in about], cue)
            channel_words = channel_words if channel_in(channel_words) else channel_words + after
        if not timing.known and (of_which := _time_of_which(self.layout, finite(cue))):
            # "one call on Sunday, in which organizers claimed", "a video from 1999, in which he admitted"
            timing = timing_in(self.layout, of_which, cue)
        if not timing.known and time_clause(words):
            # "When she revealed the news of the loss, she wrote ...": at that event's time
            timing = self.events.timing(words, words[0].i)
            if not timing.known and at_a_first_time(words):
                timing = VAGUE  # "When the virus first appeared, the ministry said": before the news
        if not timing.known:
            timing = self.events.occasion_timing(finite(cue))  # "said at a signing ceremony"
        if not timing.known and in_an_old_text(cue):
            timing = VAGUE  # "Old posts in which the candidate called farmers ...": long before
        channel = channel_in(channel_words) or aired or party or _in_which(finite(cue)) \
            or counsel_channel(self.layout, finite(cue)) or letter_written_to(finite(cue)) \
            or letter_of_its_writers(finite(cue)) \
            or _document_of_participle(cue) or _reached(self.layout, finite(cue), timing) \
            or _reached_by_an_outlet(finite(cue)) or _posted_text_of_participle(cue)
        documented = _documented(channel, self.layout.doc) or _dated_channel(channel, times, self.layout.doc) \
            or _dated_document(finite(cue), times)
        if present(cue) and in_the_past(timing, self.layout.date) and not documented:
            # "Last September, Babar says he called ...": the call's time; but "The report,
            # released Tuesday, says" gives the document's words on its day, and "In an
            # interview on Thursday, Moreau says" the interview's
            timing = NOTHING
        return Setting(channel, timing, 0, addressee=_addressee(cue))

    def _scene(self, first: Token, paragraph: int) -> tuple[Setting | None, bool]:
        """The nearest scene set in the narrative between the previous quote and this one (whose
        first word, of the quote or its cue, is `first`, in `paragraph`), and whether the
        narrative moved on to another day or month before it (no setting carries)."""
        layout = self.layout
        for k in range(layout.sentence_of(first) - 1, self.after - 1, -1):
            sentence = layout.sentence(k)
            if paragraph - layout.paragraph(sentence.start_char) > MAX_PARAGRAPHS:
                break
            if scene := self._scene_at(k):
                return scene, False
            if self._moves_on(sentence):
                return None, True
        return None, False

    def _moves_on(self, sentence: Span) -> bool:
        """A narrative sentence set on another day or month than the quotes before it."""
        if not self.layout.is_narrative(sentence):
            return False
        said_on = narrative_time(self.layout, sentence).said_on
        carried = self.carried.timing.said_on if self.carried else None
        return said_on is not None and (carried is None or carried.value != said_on.value)

    def _scene_at(self, k: int) -> Setting | None:
        if k not in self.scenes:
            sentence = self.layout.sentence(k)
            narrative = self.layout.is_narrative(sentence)
            self.scenes[k] = scene_in(self.layout, sentence, self.events) if narrative else None
        return self.scenes[k]

    def _look_back(self, until: int) -> None:
        """Give the quote before the first scene after it, where that scene reaches back to it."""
        if not self.out:
            return
        for k in range(self.after, until):
            sentence = self.layout.sentence(k)
            if self.layout.paragraph(sentence.start_char) - self.layout.paragraph(self.out[-1].end) > MAX_BACK:
                return
            if scene := self._scene_at(k):
                if self._reaches_back(scene):
                    self._reach_back(scene)
                return

    def _carried(self, paragraph: int) -> Setting | None:
        carried = self.carried
        if carried is None or paragraph - carried.paragraph > MAX_PARAGRAPHS:
            return None
        if carried.opening and paragraph != carried.paragraph:
            # "In an interview last month, Reed said ... ¶ “...,” Reed said.": the interview set
            # up in the paragraph does not reach the next one; its time is read as before
            return replace(carried, channel=None, opening=False)
        return carried

    def _carried_to(self, cue: Token, paragraph: int) -> Setting | None:
        """The setting the quote before leaves to this one, but none to a present "says" from a
        past "said" on a past day or month: "Latham told the hearings in March that ... ¶ Latham
        says he accepts the findings. “...,” he says." reports what he says now, not at the
        hearings (words of March would be "said")."""
        carried = self._carried(paragraph)
        if carried is not None and present(cue) and not self.group_present \
                and in_the_past(carried.timing, self.layout.date):
            return None
        return carried

    def _follow(self, quote: ParsedQuote) -> None:
        """A follow-on quote was said where and when the quote it continues was."""
        prev = self.out[-1] if self.out else None
        if prev is not None and self._labelled_run(prev, quote):
            self.out.append(replace(quote, channel=prev.channel, outlet=prev.outlet, said_on=prev.said_on))
            return
        if prev is None or quote.speaker is None or prev.speaker is None or prev.speaker.name != quote.speaker.name:
            introduced = self._introduced(quote)
            if introduced.said_on is None and prev is not None and self._goes_on(prev, quote):
                # "“...,” experts Tom Reed and Ana Silva wrote in September. “...”": the next
                # sentence of the paragraph goes on with the same words, whoever the speakers'
                # stage named (one of a pair, or no one)
                introduced = replace(introduced, said_on=prev.said_on)
                if introduced.channel is None and (quote.speaker is None or prev.speaker is None):
                    # "In a speech to the centre Mr Straw said: “... ¶ “...”": the same words
                    # go on in the vehicle they were given in, where no speaker was found to
                    # tell them apart (a named other speaker's words are not carried)
                    introduced = replace(introduced, channel=prev.channel, outlet=prev.outlet)
            self.out.append(introduced)
            self.carried = None
            return
        self.out.append(replace(quote, channel=prev.channel, outlet=prev.outlet, said_on=prev.said_on))
        if self.carried is not None:
            end = quote.end - 1 if self.carried.opening else quote.end  # as in _settled
            self.carried = replace(self.carried, paragraph=self.layout.paragraph(end))

    def _introduced(self, quote: ParsedQuote) -> ParsedQuote:
        """A quote with no cue that continues no one, introduced by the sentence before it
        ("Cruz tweeted a warning. “Remember in November ...”"): placed by the scene that
        sentence sets for its speaker, on that scene's day or, where it names none, as fresh
        words are. Where no scene introduces it, nothing is told of when it was said."""
        first = self.layout.doc[quote.words[0].start]
        scene, _ = self._scene(first, self.layout.paragraph(quote.start))
        if scene is None and _labelled(self.layout, quote, by_name=False):
            # "During question period on Wednesday, Sunak defended the record: “...”": the
            # sentence the quotation ends sets its scene itself
            scene = scene_in(self.layout, self.layout.sentence(self.layout.sentence_of(first)), self.events,
                             saying=True)
        if scene is None and self.layout.date is not None and _labelled(self.layout, quote):
            # "- Milltown boss Ana Silva: “We had chances.”", a report's quotes after a game:
            # words given now, as a plain "said" is
            said_on = self.story.day_at(first.i) or SaidOn(self.layout.date.isoformat(), "the article date")
            return replace(quote, said_on=said_on)
        if scene is None and self.layout.date is not None and self._gesture_before(quote, first):
            # "Betsy Ebeling shook her head. “Tom's much better about it than I am.”": words given
            # as she made it, as fresh as the narrative around them
            said_on = self.story.day_at(first.i) or SaidOn(self.layout.date.isoformat(), "the article date")
            return replace(quote, said_on=said_on)
        if scene is None or not scene.fits(quote) or scene.timing.vague or self.layout.date is None:
            return quote
        if scene.timing.said_on is None and _written_earlier(scene.channel):
            return replace(quote, channel=scene.channel.label, outlet=scene.channel.outlet)
        channel = scene.channel
        # What it rests on: the channel the sentence before names, else the speaker it names.
        rests_on = channel.label if channel else quote.speaker.name or "the article date"
        said_on = (scene.timing.said_on or self.story.day_at(first.i)
                   or SaidOn(self.layout.date.isoformat(), rests_on))
        return replace(quote, channel=channel.label if channel else None,
                       outlet=channel.outlet if channel else None, said_on=said_on)

    def _gesture_before(self, quote: ParsedQuote, first: Token) -> bool:
        """Whether the sentence right before the quotation, in its paragraph, tells only of a
        gesture its speaker makes ("Silva shook her head.", "He paused."), or of words they give,
        in its paragraph or the one the quotation opens ("Silva praised the crews. ¶ “...”"), at
        no time of its own."""
        layout, k = self.layout, self.layout.sentence_of(first)
        if k == 0 or quote.speaker is None:
            return False
        sentence = layout.sentence(k - 1)
        root = sentence.root
        here, before = layout.paragraph(quote.start), layout.paragraph(sentence.start_char)
        if root.lower_ in GESTURES:
            if before != here:
                return False
        elif not _speech_act(root) or not (before == here or (before == here - 1 and self._opens_paragraph(first))):
            return False  # "Reed praised the crews. ¶ “They never stopped.”": the praise, given
        if not layout.is_narrative(sentence) or any(i in layout.timex_at for i in range(sentence.start, sentence.end)):
            return False  # "Silva shook her head in 1998.": a gesture of another time
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        if subject.pos_ == "PRON":
            return subject.lower_ in ("he", "she")
        return subject.pos_ == "PROPN" and subject.lower_ in (quote.speaker.name or "").lower().split()

    def _opens_paragraph(self, first: Token) -> bool:
        """Whether the quotation whose first word is `first` opens its paragraph."""
        i = first.i - 1
        while i >= 0 and (self.layout.doc[i].is_punct or self.layout.doc[i].is_space):
            i -= 1
        return i < 0 or self.layout.paragraph(self.layout.doc[i].idx) != self.layout.paragraph(first.idx)

    def _goes_on(self, prev: ParsedQuote, quote: ParsedQuote) -> bool:
        """A quotation with no cue that opens the sentence right after the one the quote before
        it ends in (its attribution), in the same paragraph: "“...,” Reed said. “...”"."""
        layout = self.layout
        first, last = layout.doc[quote.words[0].start], layout.doc[prev.words[-1][-1].i]
        if layout.paragraph(prev.end - 1) != layout.paragraph(quote.start):
            return False
        if prev.cue is None:
            return self._named_after(prev, quote)
        return layout.sentence_of(first) == layout.sentence_of(last) + 1

    def _named_after(self, prev: ParsedQuote, quote: ParsedQuote) -> bool:
        """"“...?” Reed pressed. “...?”": between the two quotations stands only the reporter's
        bare attribution, this quote's speaker as the subject of a verb that is no cue and takes
        nothing after it ("pressed"): the quotation before is that speaker's too (the parser may
        end a sentence before the attribution), and this one continues it."""
        if quote.speaker is None or not quote.speaker.name:
            return False
        layout, last = self.layout, prev.words[-1][-1].i
        gap = [t for t in layout.doc[last + 1:quote.words[0].start] if not (t.is_punct or t.is_space)]
        if not gap or any(layout.quoted[t.i] == QUOTED for t in gap):
            return False
        names = set(quote.speaker.name.lower().split())
        verbs = [t for t in gap if t.pos_ in ("VERB", "AUX")]
        if len(verbs) != 1 or any(t.dep_ not in ("nsubj", "compound", "advmod") and t.i != verbs[0].i for t in gap):
            return False
        return any(t.dep_ == "nsubj" and t.head.i == verbs[0].i and t.lower_ in names for t in gap)

    def _labelled_run(self, prev: ParsedQuote, quote: ParsedQuote) -> bool:
        """A quotation that goes on, in its paragraph, from one placed with no cue and no
        speaker found for either (one a label introduced, and those after it): placed with it."""
        return (prev.cue is None and prev.speaker is None and quote.speaker is None and prev.said_on is not None
                and self.layout.paragraph(prev.end) == self.layout.paragraph(quote.start))

    def _reaches_back(self, scene: Setting) -> bool:
        """A scene reaches back to the quote before it when that quote named no channel and is
        the article's lede, told in the present ("Teigen says ..." before "In a recent Instagram
        post, ..."), or when the scene refers back to it ("Smith made the comments at ...")."""
        if not self.out or (scene.channel is None and scene.timing.said_on is None):
            return False
        prev = self.out[self.group]
        if prev.channel is not None or self.group in self.unnamed_interview or not scene.fits(prev):
            return False
        if scene.paragraph - self.layout.paragraph(prev.end) > MAX_BACK:
            return False
        return (self.group == 0 and self.group_present) or scene.back_reference

    def _reach_back(self, scene: Setting) -> None:
        keep_time = self.group_timing.known or scene.timing.said_on is None
        channel = scene.channel
        for j in range(self.group, len(self.out)):
            q = self.out[j]
            said_on = q.said_on if keep_time else scene.timing.said_on
            self.out[j] = replace(q, channel=channel.label if channel else None,
                                  outlet=channel.outlet if channel else None, said_on=said_on)


def _said_next(layout: Layout, quotes: list[ParsedQuote]) -> set[int]:
    """The cues in the present ("Reed says the plan is dead.", "Silva claims she knew at once.")
    whose speaker's words go on in the very next sentence with a plain past "said", "told" or
    "added" ("He said the council ...", "“I felt it go,” she said."): a report told in the past
    sums up in the present the words it then gives as said now (the house style of British
    papers and broadcasts), so the summary is as fresh as they are. Not a present that tells of
    who the speaker is ("Silva says she identifies as a Liberal", "Reed says he is a socialist
    at heart"): who someone is was said on no day, whatever the next sentence says."""
    found = set()
    for k, quote in enumerate(quotes):
        if quote.cue is None or not present(quote.cue[0]) or quote.speaker is None or not quote.speaker.name:
            continue
        if _own_standing(finite(quote.cue[0])):
            continue
        following = layout.sentence_of(quote.words[-1][-1]) + 1
        for later in quotes[k + 1:]:
            if later.cue is None:
                continue
            if layout.sentence_of(later.cue[0]) != following:
                break
            verb = finite(later.cue[0])
            # the sentence's own verb ("He said ..."), not one of a clause of another deed in it ("...
            # because they said"); the parser may hang a cue after a quotation on the quotation's verb
            own = verb.dep_ not in ("advcl", "relcl", "acl") and not any(c.dep_ == "mark" for c in verb.children)
            if later.speaker is not None and later.speaker.name == quote.speaker.name and own \
                    and verb.tag_ == "VBD" and news_saying(later.cue[0]) and fresh(later.cue[0]):
                found.add(quote.cue[0].i)
            break
    return found


def _says_as_in_marks(quotes: list[ParsedQuote], tense) -> set[int]:
    """The present cues of a paraphrase ("Lindgren says rising costs have made families think
    twice") by a speaker whose words in marks the report also gives with a "says" of fresh words
    ("“We used to have a waiting list,” says Tara Lindgren"): a paper that writes "says" for what
    this source told it writes it for the source's paraphrases too (conventions.md), so they are
    as fresh as the quotation; not a clause of who the speaker is ("she says she is a night
    owl"), nor a profile's "says" (`ReportingTense.habitual` reads those first)."""
    def says(q: ParsedQuote) -> bool:  # the house style's verb, not "writes" of a column or "asks" of an email
        return q.cue is not None and q.speaker is not None and present(q.cue[0]) and q.cue[0].lower_ in ("says", "say")

    told = {q.speaker.name for q in quotes
            if q.kind == "direct" and says(q) and q.speaker.name and not tense.habitual(q.cue[0], q.kind)}
    return {q.cue[0].i for q in quotes
            if q.kind != "direct" and says(q) and q.speaker.name in told and not _own_standing(finite(q.cue[0]))}


def _own_standing(verb: Token) -> bool:
    """Whether the clause a present cue reports names who the speaker is, in the simple present:
    its subject a pronoun of a person, its verb a present with no modal, and what it names a noun
    the subject is or counts as ("she identifies as an independent", "he is a socialist at heart",
    "he describes himself as a moderate"). Not a feeling or a view of the matter at hand ("he
    is surprised that ...", "he agrees with the ruling", "she opposes the plan"), nor a past ("she
    knew at once"), which may sum up the words said next."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.tag_ not in ("VBZ", "VBP") or any(c.tag_ == "MD" for c in clause.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in PERSON_PRONOUNS for c in clause.children):
            continue
        # "as" names what the subject is only where the verb takes no other object ("she serves
        # as", "he describes himself as"): "he sees the cuts as a betrayal" judges the matter
        of_another = any(c.dep_ == "dobj" and c.lower_ not in REFLEXIVES for c in clause.children)
        if any(c.dep_ in ("attr", "oprd") and c.pos_ in ("NOUN", "PROPN") for c in clause.children) or \
                (not of_another and any(c.dep_ == "prep" and c.lower_ == "as" and
                                        any(g.dep_ == "pobj" for g in c.children) for c in clause.children)):
            return True
    return False


def _settled(quote: ParsedQuote, cue: Token, own: Setting, context: Setting | None,
             layout: Layout, fresh_day: SaidOn | None, opening: bool = False) -> tuple[Setting, ParsedQuote]:
    """The quote placed from its own attribution and the setting around it, and the setting it
    leaves; `fresh_day` where neither tells when; `opening`: the attribution's channel is an
    occasion named in a phrase opening the sentence, which sets the scene as a narrative
    sentence would."""
    channel = _channel(own, context)
    timing = _timing(own, context, channel, layout.doc)
    again = _named_again_as_before(own.channel, context, layout.doc)  # "the letter" of the quote before
    if timing is not own.timing and _earlier_attribution(context, layout, quote) and not again:
        timing = NOTHING
    said_on = timing.said_on if timing.known else fresh_day
    name = quote.speaker.name if quote.speaker else None
    # A channel the attribution named stays with its quote (and the quotes that continue it):
    # a later "X said" of its own is not tied to it. One the scene set goes on with the scene,
    # and so does one a phrase opening the sentence set ("In an interview with the Clarion, ...").
    carried = channel if channel is not None and (channel is not own.channel or opening) else None
    opening = carried is not None and (carried is own.channel or (context is not None and context.opening))
    # An opening phrase's scene holds in the paragraph of the quote's last word (its end is
    # the offset after it, which may lie past the paragraph's break).
    paragraph = layout.paragraph(quote.end - 1 if opening else quote.end)
    speaker = quote.speaker
    unnamed = (speaker.gender or "unknown") if opening and name is None and speaker is not None \
        and speaker.kind == "person" else None
    setting = Setting(carried, timing, paragraph, name=name, from_quote=True, said_in=channel,
                      addressee=_heard_by(context) if own.addressee is None else own.addressee, opening=opening,
                      unnamed=unnamed)
    return setting, replace(quote, channel=channel.label if channel else None,
                            outlet=channel.outlet if channel else None, said_on=said_on)


def _interview_of_the_scene(layout: Layout, quote: ParsedQuote, context: Setting, setting: Setting,
                            placed: ParsedQuote, adds: bool = False) -> tuple[Setting, ParsedQuote]:
    """"Klein spoke with Breitbart News about Clinton. ¶ “...,” Klein said. ¶ “...,” Klein said.":
    the interview a scene set is the vehicle of the words that follow it, in the paragraph of the
    first quote that takes it; a later paragraph's "X said" starts an attribution of its own,
    which names no vehicle (conventions.md: null, even when it plainly comes from the same
    interview). The setting goes on as before (its time too); only the record's channel is left out.
    A quote that `adds` to the one just before, which kept the interview ("“...,” she added"), is
    part of the same statement and keeps it, in its own paragraph as well."""
    here = layout.paragraph(quote.end - 1)
    first = here if adds or not context.from_quote else context.scene_paragraph
    setting = replace(setting, scene_paragraph=first)
    if first is not None and here != first:
        placed = replace(placed, channel=None, outlet=None)
    return setting, placed


def _speech_act(verb: Token) -> bool:
    """A verb in the past tense that tells of words given ("praised", "criticized", "warned"),
    whose words the quotation after it gives; not one in a perfect or with a modal ("has long
    praised", "would warn"), which tells of no one occasion."""
    return verb.tag_ == "VBD" and direct_lemma(verb.lower_) is not None and \
        not any(c.dep_ == "aux" for c in verb.children)


def _an_author_speaking(author: Token, quote: ParsedQuote) -> bool:
    """Whether a document's author is named beside the noun ("Its author, Professor Ruth Abbott,
    said") and the cue is one of speaking ("said", "told"), not writing ("its authors write"):
    a named person who speaks of the document gives words of their own, on their own day, not
    more of its text."""
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in author.children)
    return named and quote.cue is not None and speech_lemma(quote.cue[0].lower_) in NEWS_SAYING


def _said_in(named: Token, cue: Token) -> bool:
    """Whether the document noun `named` is what the cue's verb says its words in: "said in the
    release", "wrote in the memo"."""
    prep = named.head
    return named.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i == finite(cue).i


def _speaks_itself(channel: Channel, cue: Token, doc: Doc) -> bool:
    """Whether the channel is who speaks: named in the subject of the cue's verb or after
    "according to" ("The ministry's statement said", "The Herald reported", "according to the
    report"), not where someone spoke ("Reed said in a statement")."""
    verb = finite(cue)
    named = doc[channel.token]
    heads = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    if verb.lower_ == "according":
        heads |= {g.i for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"}
    return any(t.i in heads for t in (named, *named.ancestors))


def _opens_a_scene(layout: Layout, channel: Channel | None, cue: Token) -> bool:
    """An occasion (an interview, a news conference, a speech, a debate) or a document (a
    statement, a letter, an email, a report, a press release) named in a phrase of the
    reporter's that opens the cue's sentence, before its first comma: "In an interview with the
    Clarion, Ruiz said ...", "Speaking on Radio Milltown's The House, ...", "In a written
    statement, the minister said ...". The reporter sets the scene of what follows there; "Ruiz
    said in an interview" names the channel of its own words only, and so does a quotation that
    opens with such words ("“In an interview, I ...,” she said"). A conjunction or an adverb may
    come before the phrase ("But, speaking to the committee, Reed said"; "Later in the interview,
    Ruiz said")."""
    if channel is None:
        return False
    sentence = cue.sent
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if len(words) > 1 and words[0].dep_ == "cc":
        words = words[1:]  # "But, speaking to the Treasury Committee, Brown said"
    if len(words) > 1 and words[0].pos_ == "ADV" and words[1].lower_ in SCENE_OPENERS:
        words = words[1:]  # "Later in the interview, Ruiz said": the same occasion, further on
    first = words[0] if words else None
    if first is None or first.lower_ not in SCENE_OPENERS:
        return False
    if first.lower_ in TESTIMONY_OPENERS and channel.label != "court":
        return False  # "Under cross-examination, ...", not "Under the deal outlined in a statement, ..."
    if not (channel.occasion or _a_sitting(layout, channel, first) or channel.label in DOCUMENTS):
        return False
    comma = next((t.i for t in sentence if t.text == "," and t.i > first.i), None)
    if comma is None or comma > cue.i:
        comma = _subject_start(cue)  # "In a letter to the chairman he wrote: ...", with no comma
    if comma is None or not first.i <= channel.token < comma < cue.i:  # "Testifying on Tuesday, ..."
        return False
    if _told_after_a_call(layout, channel, first, comma):
        return False
    return not any(layout.quoted[sentence.start:comma])


def _told_after_a_call(layout: Layout, channel: Channel, first: Token, comma: int) -> bool:
    """"Reached by phone on Tuesday, Reed told the Clarion ...": the opening phrase names only
    the call the speaker was reached by, and the outlet of the interview is the one the verb
    told, after it: the interview is the attribution's own, as in "Reed told the Clarion by
    phone", and a later "he said" of its own is not tied to it. "Reached by the Clarion" (the
    outlet in the phrase) and "Reached by phone, Reed said" (no outlet told) set the scene."""
    if channel.outlet is None or layout.doc[channel.token].lower_ not in CALLS:
        return False
    return outlet_named(list(layout.doc[first.i:comma])) is None


def _subject_start(cue: Token) -> int | None:
    """Where the subject of the cue's verb begins, when it comes before the cue."""
    subject = next((c for c in finite(cue).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.left_edge.i if subject is not None and subject.i < cue.i else None


def _a_sitting(layout: Layout, channel: Channel, first: Token) -> bool:
    """An occasion of parliament or of a court, which goes on for a while as a news conference
    does: a time spent "during" or "at" it ("During question period, ...", "At a committee
    hearing, ...", "During a debate in the House, ...", "At the trial, ..."), or a sitting named
    by a common noun ("In question period, ..."); not the house as a place ("In the House of
    Commons, ..."). A court's is the trial itself, or the testifying of the speaker ("Taking the
    stand, ...", "Testifying on Tuesday, ..."); not a part of it ("At the trial's end, ...")."""
    named = layout.doc[channel.token]
    if channel.label == "court":
        return named.i == first.i or (named.head.i == first.i and named.dep_ in ("pobj", "dobj"))
    if channel.label != "parliament":
        return False
    # "Speaking to the Treasury Committee, ...": the speaking there is the sitting
    return first.lower_ in ("during", "at") or named.pos_ == "NOUN" or first.tag_ == "VBG"


def _press_occasion_tail(layout: Layout, words: Span) -> list[Token]:
    """A news conference that ends a reported clause, with nothing after it but its time and
    place, is where the clause was said: in "Reed said the plan was dead at a news conference on
    Tuesday" the parser hangs the phrase on "was". Not where the clause tells of what is to come
    there ("said the plan would be unveiled at a news conference on Tuesday")."""
    doc, end = words.doc, words.end
    while end > words.start and doc[end - 1].is_punct:
        end -= 1
    t = columns(doc)
    for i in range(words.start, end):
        if t.dep[i] != "prep":
            continue  # (both tests below are of a preposition's phrase: a Token is made for one only)
        tok = doc[i]
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is not None and _set_off_at_the_end(tok, end) and \
                not any(t.lower_ in BACK_REFERENCE for t in doc[words.start:tok.i]):
            # "claimed the law would breed vice, in an interview on BBC Radio 4.": an occasion
            # set off by a comma at the clause's end is where the clause was said
            phrase = list(tok.subtree)
            channel = channel_in(phrase)
            if channel is not None and channel.occasion:
                return phrase
        if tok.dep_ != "prep" or tok.lower_ not in ("at", "during") or noun is None:
            continue
        channel = channel_at(noun)
        if channel is None or channel.label != "news conference" or _to_come(tok.head):
            continue
        after = doc[noun.i + 1:end]
        if all(t.i in layout.timex_at or t.lower_ in ("on", "in") or t.pos_ == "PROPN" or t.text == ","
               for t in after):
            return [noun]
    return []


def _after_the_marks(layout: Layout, quote: ParsedQuote, cue: Token) -> list[Token]:
    """A phrase set off after the closing quotation mark of words a cue before them reports, that
    runs to the sentence's end and names the words or their vehicle: 'Rivera said the tariffs
    would “hit every kitchen table,” in comments made Tuesday during a speech to farmers.' The
    parser hangs it on a verb of the quoted clause; it tells where and when the words were said.
    Not a phrase of anything else ("..., in the country's north"), nor one before the quote."""
    doc = layout.doc
    last = quote.words[-1]
    if cue.i >= last.start:
        return []
    # The closing mark, sought from the quote's end: the words before it need no Token each.
    mark = next((t.i for t in reversed(last) if t.is_quote), None)
    if mark is None:
        return []
    i = mark + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].is_quote) and doc[i].text not in (".", "!", "?"):
        i += 1
    if i >= len(doc) or doc[i].dep_ != "prep" or doc[i].lower_ not in ("in", "during", "at"):
        return []
    prep = doc[i]
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    end = layout.sentence(layout.sentence_of(prep)).end
    while end > prep.i and (doc[end - 1].is_punct or doc[end - 1].is_quote):
        end -= 1
    if noun is None or prep.right_edge.i < end - 1 or \
            not (noun.lower_ in BACK_REFERENCE or channel_at(noun) is not None):
        return []
    return list(doc[prep.i:end])


def _aired_tail(words: Span, cue: Token) -> Channel | None:
    """A broadcast or a programme of an outlet's, dated by its day, that ends a reported clause
    is where the clause was said: in "Lee said that he had no idea if she knew it at the time on
    Wednesday's broadcast of CNN's New Day" the parser hangs the phrase on a verb deep in the
    clause. Not where it hangs on the clause's own verb ("said the ad aired on Monday's broadcast
    of CNN's New Day"), tells of what is to come ("would run on ...") or names no day ("the
    incident that sparked complaints on US TV's most-watched broadcast")."""
    doc, end = words.doc, words.end
    while end > words.start and (doc[end - 1].is_punct or doc[end - 1].is_quote):
        end -= 1
    clause = {c.i for c in finite(cue).children if c.dep_ == "ccomp"}
    t = columns(doc)
    for i in range(words.start, end):
        if t.dep[i] != "prep" or t.lower[i] != "on":
            continue  # (read from the columns: a Token is made only for a phrase of "on")
        tok = doc[i]
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lower_ not in PROGRAMMES:
            continue
        if not any(t.lower_ in MONTHS_AND_DAYS for left in noun.lefts for t in left.subtree):
            continue  # an airing of its day ("Wednesday's broadcast"), not "US TV's most-watched broadcast"
        if tok.right_edge.i < end - 1 or tok.head.i in clause or _to_come(tok.head):
            continue
        outlet = outlet_named(list(noun.subtree))
        if outlet is not None:
            return Channel("interview", outlet, noun.i, OUTLET_RANK)
    return None


def _set_off_at_the_end(prep: Token, end: int) -> bool:
    """A phrase of "in", "at", "during" or "on" after a comma that runs to the clause's end, hung
    on a verb of the clause (the caller leaves out a clause that tells of words, whose occasion
    it may be: "said Syria had signalled it in remarks made by its ambassador, in a lecture")."""
    doc = prep.doc
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "on") and prep.i > 0 \
        and doc[prep.i - 1].text == "," and prep.right_edge.i >= end - 1 \
        and prep.head.pos_ in ("VERB", "AUX") and prep.head.dep_ not in ("acl", "relcl")


def _channel_noun(tok: Token) -> Token:
    """The noun a channel was named in: "video" of "a Facebook video", "post" of "a post on X",
    and the thing put on it of "posted a video to social media" and of "a video posted to the
    band's Facebook page"."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to") and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to") and tok.head.head.dep_ == "acl" \
            and tok.head.head.head.pos_ == "NOUN":
        tok = tok.head.head.head  # the thing the participle put there
    elif tok.pos_ == "VERB":  # the channel read at the verb of posting: what it posted
        tok = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), tok)
    return tok


def _to_come(verb: Token) -> bool:
    """A verb of what is to come: "would be unveiled", "will announce", "to be named"."""
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _documented(channel: Channel | None, doc: Doc) -> bool:
    """A channel that is a document, whose words stay as written on its day: "the report says",
    "In court documents filed Tuesday, Moreau alleges", "The lawsuit, filed Tuesday, alleges"."""
    return channel is not None and (channel.label in DOCUMENTS or doc[channel.token].lower_ in DOCUMENT_NOUNS)


def _reached(layout: Layout, verb: Token, timing: Timing) -> Channel | None:
    """The interview or occasion a clause on the speaker tells they spoke in, which the parser
    hangs on the subject: "The mayor's office, when contacted by Reuters, said", "Lee, who spoke
    to the Courier on Monday, said". Not one of another time than the saying's ("Lee, who told
    CNN in 2019 that she would run, said on Monday she would not")."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for clause in subject.children:
            if clause.dep_ not in ("relcl", "acl") or not (clause.lower_ in INTERVIEWED or clause.lower_ in TELLING):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that") for c in clause.children):
                continue  # "Lee, whom the mayor told ...": someone else's words
            words = [t for t in clause.subtree if not layout.quoted[t.i]]
            channel = channel_in(words)
            if channel is None or not channel.occasion:
                continue
            theirs = timing_in(layout, words)
            if timing.known and theirs.known and not _same_time(timing, theirs):
                continue
            return channel
    return None


def _reached_by_an_outlet(verb: Token) -> Channel | None:
    """An interview with the outlet that, in a clause on the cue, reached or asked the speaker
    ("When The Press reached him on Friday, Reid said", "When the newspaper contacted her, ...
    she said"): the active form of "when reached by The Press" (interviewed.txt). The one reached
    is a pronoun, not someone else ("When the Herald asked the council, Reid said")."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lower_ not in INTERVIEWED:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        reached = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if subject is None or reached is None or reached.pos_ != "PRON":
            continue
        words = list(subject.subtree)
        if names_outlet(words):
            return Channel("interview", outlet_named(words, bare=True), subject.i, OUTLET_RANK)
    return None


def _document_of_participle(cue: Token) -> Channel | None:
    """'have signed a letter to the editor warning that ...', 'issued a statement on Tuesday
    saying ...': a participle of saying that the parser hangs on the verb, past the document's
    phrases, gives the words of the document that verb's object is (a document's noun,
    document-channels.txt), as it does where the parser hangs it on the noun; so does an outlet
    told ("told Newsmax that ..., adding, “...”"). Not "joined the gun debate, announcing"."""
    verb = finite(cue)
    if verb is cue or cue.tag_ != "VBG":
        return None
    document = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < cue.i), None)
    channel = channel_at(document) if document is not None else None
    # a text issued or an outlet told ("told Newsmax ..., adding"); not a debate joined or a
    # lawsuit filed, whose words are another's reading
    return channel if channel is not None and (channel.label in DOCUMENTS or channel.outlet) else None


def _posted_text_of_participle(cue: Token) -> Channel | None:
    """"Trump posted a message on Twitter reading “Thank you Georgia”": a participle of saying
    that the parser hangs on a posted thing's noun gives the words of that thing, so the platform
    it was posted on, named in the noun's phrase or on the verb it is the object of ("shared a
    note on Instagram saying ..."), is theirs. A platform only: "a message to staff saying"
    names none."""
    noun = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    inside = {t.i for t in cue.subtree}
    words = [t for t in noun.subtree if t.i not in inside]
    if noun.dep_ == "dobj":
        words += [t for p in noun.head.children if p.dep_ == "prep" and p.i not in inside for t in p.subtree]
    return channel_in(words, keep=lambda c: c.platform)


def _in_which(verb: Token) -> Channel | None:
    """The channel a relative clause of saying is in: "held a news conference Tuesday in which
    she said", "a letter, in which he wrote"."""
    if verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children):
        return None
    return channel_in(_which_heads(verb.head) + _between_object_and_clause(verb))


def _between_object_and_clause(clause: Token) -> list[Token]:
    """Where the clause hangs on a verb's object or on a phrase of the verb (its time), the verb
    and its phrases before the clause, which name where that object was: "posted a video on
    Facebook on Sunday in which he called ..." (the parser hangs "on Facebook" on "posted", and
    the clause on the video or on Sunday)."""
    tok = clause.head
    for _ in range(WHICH_VERB_STEPS):
        if tok.pos_ == "VERB" or tok.dep_ not in ("dobj", "pobj", "prep") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ != "VERB" or tok is clause.head or not _same_subject(clause, tok):
        return []
    return [tok] + [t for c in tok.children if tok.i < c.i < clause.i for t in c.subtree]


def _same_subject(clause: Token, verb: Token) -> bool:
    """Whether the clause's speaker is the one who did what the verb tells, by a pronoun or the
    same word: "Reed posted a video in which he called ..."; not "the campaign emailed a video of
    Trump from 1999, in which Trump called ...", whose words were not given by email."""
    speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker is not None and doer is not None and \
        (speaker.tag_ == "PRP" or speaker.lower_ == doer.lower_)


def _time_of_which(layout: Layout, verb: Token) -> list[Token]:
    """The time of what a relative clause of saying was said in, where "which" stands for it:
    the time it is named with ("held a news conference on Monday in which she said", "one call
    on Sunday in which organizers claimed", "a video from 1999, in which he admitted"): the words
    of that time, as the saying's own; none where the clause is no "in which" of saying."""
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        verb = verb.head  # "in which he called himself ... and admitted that ...": the same clause
    if verb.dep_ != "relcl" or \
            not any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children):
        return []
    if any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children):
        return []  # "the case, in which students have alleged ...": a present perfect, of no day
    timex_at = layout.timex_at
    noun = verb.head
    # the noun the clause hangs on, or the one its phrase belongs to ("an interview to the
    # Clarion in which"); no further: "his handling of the case, in which" is not the handling's
    heads = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else [])
    if (published := _published_by(noun)) is not None:
        # "an interview published Monday by the Courier, in which": the parser hangs the clause on
        # the outlet; the participle between names the interview's time
        if times := _own_time(timex_at, published):
            return times
        heads.append(published.head)
    for head in (t for t in heads if t.pos_ in ("NOUN", "PROPN", "NUM")):
        if head.i in timex_at:
            return [head]  # the parser may hang the clause on the time itself
        # its own phrases; or, where the parser hung them on the verb it is the object of, those
        # between it and the clause ("held a news conference on Monday in which")
        near = [*head.children] + ([c for c in head.head.children if head.i < c.i < verb.i]
                                   if head.dep_ == "dobj" else [])
        for child in near:
            if child.dep_ in ("npadvmod", "compound", "amod", "nummod", "poss") and child.i in timex_at:
                return [child]
            if child.dep_ == "prep" and child.i < verb.i:
                found = [g for g in child.children if g.dep_ == "pobj" and g.i in timex_at]
                if found:
                    return found
    return []


def _published_by(noun: Token) -> Token | None:
    """The participle a noun is the agent or object of a phrase of, where that participle
    describes a noun before it ("an interview published Monday by the Courier", "a video posted
    on Sunday on YouTube"), else None."""
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("agent", "prep"):
        return None
    participle = noun.head.head
    return participle if participle.dep_ == "acl" and participle.tag_ == "VBN" else None


def _own_time(timex_at: dict[int, Timex], verb: Token) -> list[Token]:
    """The time a verb is named with by its own phrases ("published Monday", "posted on
    Sunday"): its words, or none."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") and child.i in timex_at:
            return [child]
        if child.dep_ == "prep" and (found := [g for g in child.children if g.dep_ == "pobj" and g.i in timex_at]):
            return found
    return []


def _which_heads(noun: Token) -> list[Token]:
    """What "which" may stand for: the noun the clause hangs on, and the nouns above it that the
    parser may have passed over ("an interview to The Washington Post in which she said", "the
    interviews he gave to the Post in which she said": the interview, told to the Post)."""
    heads = [noun]
    while len(heads) < WHICH_REACH and noun.dep_ in ("pobj", "prep", "agent", "dative", "relcl", "acl") \
            and noun.head.i != noun.i:
        noun = noun.head
        heads.append(noun)
    # "The Washington Post" from its first word; a name's words all ("the New York Daily News",
    # whose "New" hangs on "York")
    return [t for head in heads for t in
            (head.doc[head.left_edge.i:head.i + 1] if head.pos_ == "PROPN" else (*head.lefts, head))]


def _dated_channel(channel: Channel | None, times: list[Token], doc: Doc) -> bool:
    """A time of the saying that is the channel's own: "In an interview on Thursday"."""
    if channel is None:
        return False
    phrase = {t.i for t in doc[channel.token].subtree}
    return any(t.i in phrase for t in times)


def _dated_document(verb: Token, times: list[Token]) -> bool:
    """A document that speaks with a time of its own, which no channel names: "A campaign ad
    released Thursday accuses ...": its words are as written on its day, as a report's are."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in DOCUMENT_NOUNS:
        return False
    own = {t.i for t in subject.subtree}
    return any(t.i in own for t in times)


def _court_papers(channel: Channel | None, doc: Doc) -> bool:
    """Papers of a court case ("according to court documents", "court filings show"): filed on a
    day the text does not tell, so with no time of their own their said_on is none, neither the
    story's day nor the fresh-news window; papers told as filed ("court documents filed Tuesday",
    "a court document filed by the state attorney") are left to that filing."""
    if channel is None or channel.label != "report":
        return False
    noun = doc[channel.token]
    if any(c.dep_ == "acl" for c in noun.children):
        return False  # "a court document filed by the state attorney": the filing told as news
    return noun.lower_ in DOCUMENT_NOUNS and any(c.dep_ in ("compound", "amod") and c.lower_ in COURT_WORDS
                                                 for c in noun.children)


def _written_earlier(channel: Channel | None) -> bool:
    """Words of a book or a memoir: written on a day the text does not tell ("she wrote in her
    memoir"), unless the attribution or the scene names it ("in a book published Tuesday")."""
    return channel is not None and channel.label in WRITTEN_EARLIER


def _labelled(layout: Layout, quote: ParsedQuote, by_name: bool = True) -> bool:
    """A quotation introduced by a label that ends in a colon right before it, with no verb of
    saying: "- Pikes coach Tom Reed: “It wasn't our day.”" (the name a noun before the colon);
    with `by_name` False, whatever ends before the colon, in the quotation's own sentence."""
    i = quote.words[0].start - 1
    while i >= 0 and layout.doc[i].is_quote:
        i -= 1
    if i < 1 or layout.doc[i].text != ":":
        return False
    if not by_name:
        return layout.sentence_of(layout.doc[i]) == layout.sentence_of(layout.doc[quote.words[0].start])
    return layout.doc[i - 1].pos_ in ("PROPN", "NOUN")


def _text_speaks(cue: Token) -> bool:
    """Whether the cue's subject is a text ("the opinion said", "the ruling said"), whose words
    are written once, not given to the reporter for the story."""
    subject = next((c for c in finite(cue).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in SPEAKING_DOCUMENTS


def _time_on_the_cue(layout: Layout, cue: Token, words: list[Token]) -> list[Token]:
    """A time that dates the cue itself but lies inside the reported words' span, which opens
    right after a cue that takes an object before its clause: "urged the mayor last year not to
    close the clinic", "warned investors on Monday to expect losses". Only a time that hangs on
    the cue ("last year") or a day or month that is the object of a phrase on it ("on Monday"),
    not one inside what was said ("urged the mayor to close the clinic by 2019") nor what is
    spoken of ("warned of a 2008 crash", "blamed spending over the past year for the fall")."""
    verb = finite(cue)
    have = {t.i for t in words}
    found = []
    for child in verb.children:
        if child.i <= cue.i or child.i in have:
            continue
        if child.dep_ in ("npadvmod", "advmod") and child.i in layout.timex_at:
            found.extend(t for t in child.subtree if t.i not in have)
        elif child.dep_ == "prep" and any(g.dep_ == "pobj" and g.i in layout.timex_at
                                          and calendar_value(layout.timex_at[g.i], layout.date) is not None
                                          for g in child.children):
            # a day or month ("on Tuesday"); a phrase of a year may give a span of what is
            # spoken of ("blamed spending over the past year for the fall")
            found.extend(t for t in child.subtree if t.i not in have)
    return found


def _names_again(own: Setting, context: Setting) -> bool:
    """The attribution names again the document the scene set: "The ministry released a
    statement on Monday. ... the statement said"."""
    mine, theirs = own.channel, context.channel
    return mine is not None and theirs is not None and mine.rank == 0 and mine.label == theirs.label


def _channel(own: Setting, context: Setting | None) -> Channel | None:
    """The attribution's channel; the setting's where the attribution names none, or only a
    medium that the setting's platform makes precise ("wrote in the caption" of an Instagram post)."""
    mine, theirs = own.channel, context.channel if context else None
    if theirs is None or (mine is not None and not (mine.generic and theirs.platform)):
        return mine
    if own.timing.known and not _same_time(own.timing, context.timing):
        return mine  # said at another time than the scene: another occasion
    return theirs


def _earlier_attribution(context: Setting | None, layout: Layout, quote: ParsedQuote) -> bool:
    """A quote of its own attribution in a later paragraph than the quote whose setting it
    would carry, set before the days of fresh news ("X said on Jan. 12 ... ¶ “...,” X said." in
    a February paper): nothing ties its words to that day, so they are fresh news. Not where the
    setting carries a scene's channel: the scene goes on."""
    if context is None or not context.from_quote or context.channel is not None or layout.date is None:
        return False
    if layout.paragraph(quote.start) <= context.paragraph:
        return False
    said_on = context.timing.said_on
    if said_on is not None and _goes_on_in_the_next(context, layout, quote, said_on):
        return False
    if said_on is None:
        return context.timing.vague
    last = said_on.value if len(said_on.value) == 10 else last_day_of(said_on.value)
    return last is not None and dt.date.fromisoformat(last) < layout.date - dt.timedelta(days=RECENT_DAYS)


def _goes_on_in_the_next(context: Setting, layout: Layout, quote: ParsedQuote, said_on: SaidOn) -> bool:
    """"In a letter sent on Friday, Olsen said ... ¶ “...,” he wrote.": the quote in the next
    paragraph whose speaker is a pronoun for the one of the quote before goes on with it, on its
    day, where that day lies in the week before the article date (a day written further back
    starts nothing that a later paragraph's words are tied to)."""
    speaker = quote.speaker
    if speaker is None or speaker.mention is None or speaker.mention.root.pos_ != "PRON" \
            or not speaker.name or speaker.name != context.name:
        return False
    if layout.paragraph(quote.start) - context.paragraph != 1 or len(said_on.value) != 10:
        return False
    return (layout.date - dt.date.fromisoformat(said_on.value)).days <= WEEK_DAYS


def _timing(own: Setting, context: Setting | None, channel: Channel | None, doc: Doc) -> Timing:
    if own.timing.known:
        return own.timing
    if context is None:
        return NOTHING
    if channel is not None and channel is own.channel and not _same_label(channel, context.channel) \
            and not _named_again_as_before(channel, context, doc):
        return NOTHING  # a channel of its own: another occasion than the scene's
    if _other_party(own.addressee, _heard_by(context)):
        return NOTHING  # "told CNN on Thursday ... told O'Reilly": another interview
    return context.timing


def _named_again_as_before(channel: Channel | None, context: Setting | None, doc: Doc) -> bool:
    """"Gonzalez said in the letter, dated Monday. ¶ In the letter, Gonzalez said ...": "the
    letter" of the same speaker's next quote is the one their quote before named, and was
    written when it was; "in a letter" is another."""
    before = context.said_in if context is not None and context.from_quote else None
    return channel is not None and before is not None and before.label == channel.label and \
        any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in doc[channel.token].children)


def _addressee(cue: Token) -> str | None:
    """Whom the cue's words were told to, where the attribution names one: "told O'Reilly"."""
    verb = finite(cue)
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN":
            return " ".join(t.text for t in c.subtree if t.pos_ == "PROPN")
    return None


def _heard_by(setting: Setting | None) -> str | None:
    """Whom the words of a setting were told to, where its attribution named one. Not the
    outlet of a scene's interview: "she appeared on Fox News ... told O'Reilly" is one."""
    return setting.addressee if setting is not None else None


def _other_party(mine: str | None, theirs: str | None) -> bool:
    """Two named addressees that are not the same ("CNN" and "O'Reilly"; not "Fox" and "Fox News")."""
    return mine is not None and theirs is not None and mine not in theirs and theirs not in mine


def _same_time(a: Timing, b: Timing) -> bool:
    return a.said_on is not None and b.said_on is not None and a.said_on.value == b.said_on.value


def _same_label(a: Channel | None, b: Channel | None) -> bool:
    return a is not None and b is not None and a.label == b.label
