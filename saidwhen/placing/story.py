"""The story's day: the day of the game, hearing or event a news story reports.

"The Gulls beat the Pikes 7-4 on Saturday night." in a Sunday paper, and then
"“We finally played sixty minutes,” the coach said.": words said after an
event the story tells belong to the event's day, or to a window from it to the
article date. Either way the event's day is the better answer than the article
date for a quote that names no time of its own. A story's day is a day its
narrative names for something that happened (a verb in the past, in a main
clause, the reporter's own or a paraphrase of what someone said) at most a few
days before the article date; the quote takes the last one named before it, or
the first one the story names if none comes before.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Token

from ..parsing.texts import text_of
from ..records import SaidOn, Timex
from ..timexes.dateline import written_on
from .clauses import words_held_to
from .layout import INDIRECT, QUOTED, Layout
from .when import DAY, calendar_value
from ..lexicon import (INDEFINITE_DETERMINERS, NEWS_SAYING, NOT_THE_EVENT, PERFECT_AUXILIARIES, TOPIC_PREPOSITIONS,
                       RULING_FORMS, WEEKDAYS)

# The default window of fresh news reaches this many days before the article date:
# any day in it is as right as the article date for a quote not tied to an event.
RECENT_DAYS = 3
# An event further back, in the week a weekday names, dates only the words the text ties to it
# (placing/ties.py): "The Hawks lost on Thursday night. “We had no legs,” coach X said." in a
# Tuesday paper; a day written out ("Oct. 20") may lie up to a month back.
WEEK_DAYS = 6
DATED_DAYS = 31
# Clauses that describe a person or thing in passing ("Ali, who died Friday"): background.
DESCRIPTIVE = {"relcl", "acl", "appos"}
PAST = {"VBD", "VBN"}
# Clauses of a verb with no tense of its own, that takes its time from the verb above.
NON_FINITE_CLAUSES = {"pcomp", "advcl", "xcomp"}
MAX_CLIMB = 16
# A dateline is a first paragraph of at most this many words: "WASHINGTON, August 13 (Xinhua) --".
DATELINE_WORDS = 8
# A turn of a question-and-answer interview: a paragraph led by its speaker's name and a colon
# ("Andrew Westphal: Just yesterday we ..."), a name of at most four capitalised words.
TURN = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]", re.MULTILINE)
# Turns of at least this many speakers make an article a question-and-answer interview.
TURN_SPEAKERS = 2


class StoryDays:
    """The days one article's narrative sets its events on, in text order."""

    def __init__(self, layout: Layout):
        self._layout = layout
        self._starts: list[int] = []  # the token where each day is named
        self._days: list[SaidOn] | None = None
        self._asides: list[int | None] = []  # the cue of a day named for someone's saying after the lead
        self._back: list[bool] = []  # a day a paraphrase goes back to before the story's (`_told_back`)
        self._earlier: list[tuple[int, SaidOn, Token]] = []  # events further back: token, day, verb
        # The speaker's name of each quote by its cue's first token, where the placer tells.
        self.speakers: dict[int, str | None] = {}

    def day_at(self, token: int, speaker: str | None = None) -> SaidOn | None:
        """The story's day for a quote at `token`: the last one named before it, else the first;
        where the narrative names none, the day of the wire's dateline. A day named after the
        lead for another speaker's saying, before the day the story had reached ("Albright paid
        tribute Tuesday ... the FBI said Monday that ... “...,” she told the staff"), dates that
        speaker's words, not the story the quotes of others go back to. The day they go back to is
        the narrative's own: another speaker's later day before it ("The Mirror said on Tuesday
        ...") is an aside too, and the story had not reached it ("met Blair on Monday ... The
        Mirror said on Tuesday ... Speaking on Monday, Musharraf said ... Blair said"); where the
        narrative names no day of its own before, the latest the asides had reached is the story's."""
        days = self._built()
        if not days:
            return self._dateline_day()
        k = max(bisect.bisect_right(self._starts, token) - 1, 0)
        while k > 0 and self._back[k] and self._layout.sentence_of(self._layout.doc[self._starts[k]]) != \
                self._layout.sentence_of(self._layout.doc[token]):
            k -= 1  # what led up to the event dates the words that name it, not those said after
        if not self._another_speakers_aside(k, speaker):
            return days[k]
        told = k - 1
        while told >= 0 and self._another_speakers_aside(told, speaker):
            told -= 1
        if told >= 0:
            return days[told] if days[told].value > days[k].value else days[k]
        while k > 0 and days[k - 1].value > days[k].value:
            k -= 1
        return days[k]

    def narrative_day_at(self, token: int) -> SaidOn | None:
        """The last day before `token` the narrative names for an event of its own, passing over
        the days named for others' sayings after the lead ("Council passed the budget on
        Wednesday. ... X told a radio station on Thursday ..."): the day of the event words "said
        after the vote" follow."""
        days = self._built()
        k = bisect.bisect_right(self._starts, token) - 1
        while k >= 0 and self._asides[k] is not None:
            k -= 1
        return days[k] if k >= 0 else None

    def earlier_event(self, token: int) -> tuple[int, SaidOn, Token] | None:
        """The event further back than the default window that the narrative named last before
        `token` (its time's token, its day and its verb), where no event of the last few days
        was named after it: the scene the words at `token` may be tied to."""
        self._built()
        k = bisect.bisect_left(self._earlier, token, key=lambda e: e[0]) - 1
        if k < 0:
            return None
        start = self._earlier[k][0]
        recent = bisect.bisect_left(self._starts, token) - 1
        return None if recent >= 0 and self._starts[recent] > start else self._earlier[k]

    def _another_speakers_aside(self, k: int, speaker: str | None) -> bool:
        cue = self._asides[k]
        said_by = self.speakers.get(cue) if cue is not None else None
        return said_by is not None and speaker is not None and said_by != speaker

    def _told_back(self, i: int, timex: Timex, value: str, lead: int) -> bool:
        """"A seat was decided by lot on Wednesday, the clerk said. ... She said the recount on
        Tuesday confirmed the tie. ... Lachance said he felt relief": a day someone's paraphrase
        names after the lead, before the first day the story told (its event), tells what led up to
        it: it dates the words of its own sentence ("The recount confirmed the tie on Tuesday
        night, according to the Herald"), while the words said after it still follow the event."""
        return self._layout.quoted[i] == INDIRECT and bool(self._days) and value < self._days[0].value \
            and self._layout.paragraph(timex.start) > lead

    def _dateline_day(self) -> SaidOn | None:
        """The day a wire's dateline gives ("WASHINGTON, August 13 (Xinhua) --" above a story
        dated the 14th): the day it reports from, where it is one of the last few.

        It reads the dateline record (timexes/dateline.py) for where the first paragraph ends, and
        decides on its own: a short first paragraph with a day of the recent window, a place in
        capitals before it or not ("August 13 (Xinhua) --"), since only quotes with no day of
        their own take it; the pipeline's re-tagging moves every time of the text, and so asks
        more of the record (a place before the day, one to three days before the paper)."""
        layout = self._layout
        if (written := written_on(layout.dateline, layout.date)) is not None:
            # "WASHINGTON, Nov. 4 (AP) — The Pentagon will ..." in a paper of the 6th: the story was
            # written on the 4th, and its words that name no day of their own were said by then
            return SaidOn(written.isoformat(), layout.dateline.timex.text)
        if len(layout.doc) == 0 or sum(1 for t in layout.doc[:layout.paragraph_end(0)] if t.is_alpha) > DATELINE_WORDS:
            return None  # a first paragraph of a story, not a dateline
        for _, timex in sorted(layout.timex_at.items()):
            if timex.start >= layout.dateline.paragraph_end:
                return None
            if value := recent_day(timex, layout.date):
                return SaidOn(value, timex.text)
        return None

    def _built(self) -> list[SaidOn]:
        if self._days is None:
            layout = self._layout
            seen: set[int] = set()
            self._days = []
            text = text_of(layout.doc)
            turns = _turns(text, layout)
            lead = _lead_paragraph(layout)
            for i, timex in sorted(layout.timex_at.items()):
                if timex.start in seen or layout.quoted[i] == QUOTED:
                    continue  # the speaker's own words: "we play Saturday" dates no event told
                if layout.paragraph(timex.start) in turns:
                    continue  # an answer's "yesterday" in an interview: the day before it was given
                seen.add(timex.start)
                label = _an_entry_label(text, timex)
                value = recent_day(_weekday_gone(timex, layout.date) if label else timex, layout.date)
                if not value and (earlier := _earlier_day(timex, layout.date)) \
                        and (_an_event(layout.doc[i]) or _a_main_clause_misread(layout.doc[i])) \
                        and not _a_topic(layout.doc[i]) and not _of_a_noun(layout, i, timex) \
                        and not _perfect(_finite_verb(layout.doc[i])) and not _any_such_day(layout, i):
                    self._earlier.append((i, SaidOn(earlier, timex.text), _finite_verb(layout.doc[i])))
                if value and label:
                    self._starts.append(i)  # "Monday: ...": a timeline's entry, told of that day
                    self._days.append(SaidOn(value, timex.text))
                    self._asides.append(None)
                    self._back.append(False)
                elif value and _an_event(layout.doc[i]):
                    self._back.append(self._told_back(i, timex, value, lead))
                    self._starts.append(i)
                    self._days.append(SaidOn(value, timex.text))
                    verb = _finite_verb(layout.doc[i])
                    # someone's saying: a verb of the news's saying, or a court's or a judge's
                    # ruling that is a quote's cue ("Judge Helen Marsh ruled Tuesday that ...")
                    aside = layout.paragraph(timex.start) > lead and (
                        verb.lower_ in NEWS_SAYING or verb.lower_ in RULING_FORMS and verb.i in self.speakers)
                    self._asides.append(verb.i if aside else None)
            # "Stocks rebounded yesterday, ... three days after Friday's plunge": a sentence that
            # names a day of the last few dates its event by it; the day further back is background
            recent = {layout.sentence_of(layout.doc[i]) for i in self._starts}
            self._earlier = [e for e in self._earlier if layout.sentence_of(layout.doc[e[0]]) not in recent]
        return self._days


def _an_entry_label(text: str, timex: Timex) -> bool:
    """A day that opens its paragraph as a label, a colon after it, as a timeline or a day-by-day
    account writes its entries ("Monday: “We will not cross a picket line,” the union's leader
    told members."): what the entry tells, quotes and all, is of that day."""
    line = text.rfind("\n", 0, timex.start) + 1
    return text.startswith(":", timex.end) and not text[line:timex.start].strip()


def _weekday_gone(timex: Timex, date: dt.date | None) -> Timex:
    """A timeline's weekday label, which the tagger may read as one to come from the tense of the
    entry's words ("Monday: “We will not ...”"): an entry tells what happened, on the most recent
    such day on or before the article date."""
    words = timex.text.lower().split()
    if date is None or not words or words[0] not in WEEKDAYS or not DAY.match(timex.value):
        return timex
    day = dt.date.fromisoformat(timex.value[:10])
    return replace(timex, value=(day - dt.timedelta(days=7)).isoformat()) if 0 < (day - date).days <= 7 else timex


def _lead_paragraph(layout: Layout) -> int:
    """The paragraph of the story's lead: the first longer than a dateline."""
    doc, k = layout.doc, 0
    while k < len(doc):
        end = layout.paragraph_end(k)
        if sum(1 for t in doc[k:end] if t.is_alpha) > DATELINE_WORDS:
            return layout.paragraph(doc[k].idx)
        k = max(end, k + 1)
    return 0


def _turns(text: str, layout: Layout) -> set[int]:
    """The paragraphs that are turns of a question-and-answer interview, where the article is
    one: the words of whoever speaks in them, not the narration. A label or two ("Update:")
    from one speaker alone makes no interview, nor do a timeline's days ("Monday:")."""
    found = [(m.group(1), m.start(1)) for m in TURN.finditer(text)]
    if found:  # "Monday: ...", "Wednesday: ...": a timeline's days, no speakers
        times = {timex.start for timex in layout.timex_at.values()}
        found = [(name, layout.paragraph(start)) for name, start in found if start not in times]
    if len({name for name, _ in found}) < TURN_SPEAKERS:
        return set()
    return {paragraph for _, paragraph in found}


def recent_day(timex: Timex, date: dt.date | None) -> str | None:
    """The day `timex` names, if it lies in the few days up to the article date."""
    if date is None or not DAY.match(timex.value):
        return None  # "now", "currently": the article date, no event's day
    value = calendar_value(timex, date)
    if not value or len(value) != 10:
        return None
    days_before = (date - dt.date.fromisoformat(value)).days
    return value if 0 <= days_before <= RECENT_DAYS else None


def _earlier_day(timex: Timex, date: dt.date | None) -> str | None:
    """The day `timex` names, where it lies before the default window: a weekday's within the
    week, a day written out with its number within a month."""
    if date is None or not DAY.match(timex.value):
        return None
    value = calendar_value(timex, date)
    if not value or len(value) != 10:
        return None
    days_before = (date - dt.date.fromisoformat(value)).days
    reach = DATED_DAYS if any(c.isdigit() for c in timex.text) else WEEK_DAYS
    return value if RECENT_DAYS < days_before <= reach else None


def _a_main_clause_misread(tok: Token) -> bool:
    """"An inquest in Leeds heard on Thursday that ...", parsed as a noun with a participle
    hanging on it and no verb of its own: a sentence has a verb, so the participle is its main
    verb, in the past. (For the events further back only; the last few days' keep their rule.)"""
    verb = _finite_verb(tok)
    return verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" \
        and verb.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _perfect(verb: Token | None) -> bool:
    """"has endured a difficult week ... on Friday": a perfect tells no one day's event."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children)


def _any_such_day(layout: Layout, i: int) -> bool:
    """"used to listen to his sermons on a Friday night": any such day, none in particular."""
    return i > 0 and layout.doc[i - 1].lower_ in INDEFINITE_DETERMINERS or layout.doc[i].lower_ in INDEFINITE_DETERMINERS


def _of_a_noun(layout: Layout, i: int, timex: Timex) -> bool:
    """"after Friday's plunge": a day in the possessive dates its noun, not the verb's event."""
    doc = layout.doc
    return any(t.dep_ == "poss" or t.tag_ == "POS" for t in doc[i:min(i + 4, len(doc))] if t.idx < timex.end + 2)


def _a_topic(tok: Token) -> bool:
    """Whether the time at `tok` is what someone spoke about ("Asked about Friday's vote"),
    under a topic preposition on its way up to its verb."""
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in TOPIC_PREPOSITIONS:
            return True
    return False


def _an_event(tok: Token) -> bool:
    """Whether the time at `tok` dates something that happened, told in the simple past in a
    main clause: "beat the Pikes on Saturday", "was charged Tuesday", "remarks after meeting
    his cabinet on Tuesday"; not "who died Friday", "had lost on Thursday", "will play Sunday"."""
    verb = _finite_verb(tok)
    if verb is None or verb.tag_ not in PAST or _of_words_held(tok):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_THE_EVENT for c in verb.children):
        return False
    return not any(t.dep_ in DESCRIPTIVE for t in [verb, *verb.ancestors])


def _of_words_held(tok: Token) -> bool:
    """Whether the time at `tok` is right on a noun of words said before that a verb not of
    saying takes ("As Hale stood by his remark Monday that ...", "defending her comments on
    Tuesday about ..."): the day of those words, not an event of the story (`clauses.words_held_to`)."""
    if tok.dep_ == "npadvmod":
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        noun = tok.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and words_held_to(noun)


def _finite_verb(tok: Token) -> Token | None:
    """The nearest verb above `tok` with a tense: through "after meeting ..." to "repeated"."""
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and not _non_finite(tok) and not _object_misread(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _object_misread(verb: Token) -> bool:
    """"kept their hopes alive with a win on Saturday night", parsed with "hopes" a verb in the
    present that is the object's predicate: a verb with no subject of its own there is a noun the
    parser misread, and the time is the verb's above it."""
    return verb.dep_ == "oprd" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _non_finite(verb: Token) -> bool:
    """"after meeting ...", "threatened to walk out ... Thursday night": "to" marks an infinitive,
    which takes its time from the verb above; "will" or "can" give a tense of its own."""
    return verb.tag_ in ("VBG", "VB") and verb.dep_ in NON_FINITE_CLAUSES \
        and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
