"""When a quote was said: a time expression's calendar day or month, and the reading of tense.

`said_on` is a day (2021-02-05) or a month (2020-10). A time that names
neither (a year, "in the past", a decade) places the quote no better than not
at all, and it also tells that the quote is not fresh: such a quote gets no
date rather than the article date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..parsing.words import columns
from ..quotes.cues import direct_lemma
from ..records import SaidOn, Timex
from .layout import QUOTED, Layout
from ..lexicon import OUTLET_REPORTED
from ..lexicon import AFTERWARDS, FIRST_TIMES, OLD_TEXTS, HABITUAL, SPEAKING_FORMS, TIME_CLAUSE, UNDATED, WEEKDAYS
from ..lexicon import RECENT, BEFORE_AFTER as BOUNDS, PERFECT_AUXILIARIES as PERFECT, HABIT_VERBS, MODALS, TO_COME
from ..lexicon import BACK_THEN as THEN, BEFORE_AN_EVENT, EVENT_OPENERS, FIRST_DAYS, NEWS_SAYING, SPAN_EVENTS, OPENING_CONJUNCTIONS
from ..lexicon import SPANNING_PREPOSITIONS as SPANS, BE_FORMS as BE
from ..lexicon import ON_RECORD, MONTHS_AND_DAYS

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# A year, or the digits of a decade or century ("198" for the 1980s, "201X" for the 2010s).
YEAR_OR_DECADE = re.compile(r"^(\d{2,4})(?!\d)")
SEASON = re.compile(r"-(SP|SU|FA|WI)$")
QUARTER = re.compile(r"-(Q[1-4]|H[12])$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
# Mods that put the time before or after the one named: no day or month to give.
OPEN_MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN"}
MAX_BOUND = 4
# A time that sets the scene opens its sentence: at most a preposition before it ("In 2008,").
SCENE_OPENING = 1
# A scene a time opens goes on for at most this many sentences after it, told in the past.
SCENE_SENTENCES = 2
# clauses that describe a thing or give what was said or thought: a time in them is no past of the story
BACKGROUND_CLAUSES = ("relcl", "acl", "appos", "ccomp")
# The words a "then" before them describes ("then mayor", "then-secretary of state"), not dates.
DESCRIBED = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}


@dataclass(frozen=True, slots=True)
class Timing:
    """What a stretch of text tells of when something was said: a day or month, too vague, or nothing."""

    said_on: SaidOn | None = None
    vague: bool = False

    @property
    def known(self) -> bool:
        return self.said_on is not None or self.vague


NOTHING = Timing()
VAGUE = Timing(vague=True)


def timing_in(layout: Layout, words: list[Token], cue: Token | None = None,
              times: list[Token] | None = None) -> Timing:
    """The first time among `words` (or among `times`, the words of times to read, in the order
    to read them) that gives a day or month; else whether one of them, or "at the time" in
    `words`, places them at a past time too vague for one (not one in a phrase that only bounds
    the saying of `cue`)."""
    vague = False
    for tok, timex in _timexes(layout, words if times is None else times):
        value = calendar_value(timex, layout.date)
        if value is None and cue is not None and fresh(cue):
            value = _weekday_before(tok, timex, layout.date)
        if value:
            return Timing(SaidOn(value, timex.text))
        # "After a close call a few weeks ago, he said ...": a bound, not when it was said
        vague = vague or (_vague(timex, layout.date) and not _bound(tok, cue))
    if not vague and cue is not None and _said_then(cue):
        return _at_that_time(layout, cue)
    if vague or _then(words) or (cue is not None and _some_time_before(layout, words)):
        return VAGUE
    return NOTHING


def _some_time_before(layout: Layout, words: list[Token]) -> bool:
    """Whether the attribution sets the saying an uncounted span before or after a past event:
    "said X in an interview several months before he took the post in April", "some years after
    the mill closed": a time in the past, on no day or month told (conventions.md: null)."""
    for tok in words:
        timex = layout.timex_at.get(tok.i)
        if timex is None or timex.type != "DURATION" or "X" not in (timex.value or "") or tok.dep_ != "npadvmod":
            continue
        event = tok.head
        if event.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in BOUNDS for c in event.children):
            return True
    return False


def _said_then(cue: Token) -> bool:
    """"..., he said then": a "then" after the verb of saying is the time the narrative named,
    not the next step of it ("then said", "later said": `afterwards`), nor a "then" that
    describes someone ("recalled Tom Reed, then mayor of Milltown", hung on the verb)."""
    verb = finite(cue)
    doc = verb.doc
    return any(c.dep_ == "advmod" and c.lower_ == "then" and c.i > verb.i and not _describes(doc, c.i + 1)
               for c in verb.children)


def _describes(doc: Doc, i: int) -> bool:
    """Whether the word at `i`, after a "then", is what it describes: "then mayor", "then-mayor"."""
    return i < len(doc) and (doc[i].pos_ in DESCRIBED or doc[i].text in ("-", "–"))


def _at_that_time(layout: Layout, cue: Token) -> Timing:
    """The time "then" stands for: the last the narrative names before the cue, in its paragraph
    or the one before ("Reed made the same claim at a Dec. 4 rally. ¶ “...,” he said then"): its
    day or month, VAGUE for a past year or coarser. Where the narrative names none, "then" is a
    past too vague for a day, as "at the time" is."""
    found = _last_time_before(layout, cue)
    if found is None:
        return VAGUE
    value = calendar_value(found[1], layout.date)
    if value is not None:
        return Timing(SaidOn(value, found[1].text))
    return VAGUE if _vague(found[1], layout.date) else NOTHING


def calendar_value(timex: Timex, date: dt.date | None) -> str | None:
    """The day or month `timex` names, as YYYY-MM-DD or YYYY-MM; None for any other time."""
    if timex.type not in ("DATE", "TIME") or timex.mod in OPEN_MODS:
        return None
    value = timex.value
    if value == "PRESENT_REF" and date:
        return date.isoformat()
    if value == "PAST_REF" and date and timex.text.lower() in RECENT:
        return date.isoformat()[:7]
    if m := DAY.match(value):
        value = m.group(0)
    elif m := WEEK.match(value):
        value = _week_month(int(m.group(1)), int(m.group(2)), weekend=bool(m.group(3)))
    elif not MONTH.match(value):
        return None
    return value if value and not _after(value, date) else None


def _weekday_before(tok: Token, timex: Timex, date: dt.date | None) -> str | None:
    """A weekday alone that dates a saying ("said, speaking on Thursday", "said Thursday"),
    read as one still to come from the participle's tense: words are said on or before the
    article date, so it is the most recent such day (conventions.md, said_on). Not "next
    Thursday", nor a day of something else ("ahead of Monday's vote")."""
    words = timex.text.lower().split()
    if date is None or not words or words[0] in ("next", "this", "coming") or not DAY.match(timex.value):
        return None
    if not (tok.dep_ == "npadvmod" or (tok.dep_ == "pobj" and tok.head.lower_ == "on")):
        return None
    if not any(w in WEEKDAYS for w in words[:2]):
        return None
    day = dt.date.fromisoformat(timex.value[:10])
    return (day - dt.timedelta(days=7)).isoformat() if 0 < (day - date).days <= 7 else None


def fresh(cue: Token) -> bool:
    """Whether the cue reports the quote as said now: "says", a plain "said", "according to",
    a refusal ("would not say"), a wire's "the agency quoted Li as saying"; not "has said", "had
    said", "would say", "once said", "was once quoted as saying", "is expected to say"."""
    verb = finite(cue)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.i != verb.head.i:
        verb = verb.head.head  # "quoted Li as saying": as fresh as the quoting
    children = list(verb.children)
    refused = any(c.dep_ == "neg" for c in children)  # "would not say whether ...": now
    blocking = PERFECT | {"used"} if refused else PERFECT | MODALS
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in blocking for c in children) or _contracted_perfect(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL | UNDATED and not _quoted_apart(c, verb) for c in children):
        return False  # "once said"; not the words' own '"Not once," she said'
    if any(_first_time(c, cue) for c in cue.children) and cue.lower_ not in OUTLET_REPORTED:
        # "after first saying", "police initially said": a saying before the news; not an
        # outlet's "first reported", which broke the news, nor "First, officials said ...", a step
        return False
    if any(c.dep_ == "prep" and any(g.dep_ == "advmod" and g.lower_ in UNDATED and verb.i < g.i < c.i
                                    for g in c.children) for c in children):
        # "he told me once over the fence": the parser hangs "once" on the phrase after the cue;
        # not "Winn-Dixie, once among the most profitable grocers, said", which describes the speaker
        return False
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ON_RECORD for g in c.children)
           for c in children) and verb.i != cue.i:
        return False  # "is on record as saying": words on record from some time not told
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in children):
        return False  # "is pledging to", "are calling for": a stand kept up, not words of a day
    if verb.lower_ in HABIT_VERBS | TO_COME and verb is not cue:
        return False  # "as she likes to say", "he tends to say", "she is expected to say"
    if verb.tag_ == "VB" and verb.dep_ in ("acl", "relcl") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "announced plans to travel to Ohio to explain ...": words still to come
    return True


def _quoted_apart(word: Token, verb: Token) -> bool:
    """Whether a quotation mark stands between `word` and `verb`: the word is of the quote's
    words, which the parser may hang on the cue ('"Not once," she said')."""
    low, high = sorted((word.i, verb.i))
    return any(t.is_quote for t in word.doc[low + 1:high])


def _contracted_perfect(verb: Token) -> bool:
    """"he’s said", "they’d told": a contracted perfect right before the verb, which the parser
    may not take for an auxiliary (with a curly apostrophe it tags "’s" a verb of its own)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.lower_[:1] in ("'", "’") and before.lower_ in PERFECT \
        and verb.tag_ in ("VBN", "VBD") and not _firm_s_possessive(before)


def _firm_s_possessive(mark: Token) -> bool:
    """"McDonald's said": a possessive the tagger read so after a proper name is a firm's name
    written as its founder's shop, no "has" (news writes "has" out after a name)."""
    return mark.tag_ == "POS" and mark.i > 0 and mark.doc[mark.i - 1].tag_ in ("NNP", "NNPS")


def afterwards(cue: Token) -> bool:
    """A cue set after the time the story last named: "later said", "then told"; not "said then"."""
    return not _said_then(cue) and any(c.dep_ == "advmod" and c.lower_ in AFTERWARDS for c in finite(cue).children)


def news_saying(cue: Token) -> bool:
    """A cue by which a report gives words said for it: "said", "told", "added"; not
    "argued", "predicted", "blamed", that also tell the words of a past told in the narrative."""
    return finite(cue).lower_ in NEWS_SAYING


def through_a_deed(cue: Token) -> bool:
    """A participle cue hung on a deed the narrative tells ("launched a referendum, calling for
    ..."): the words were given in the deed, as dated as the story of it."""
    verb = finite(cue)
    return cue.tag_ == "VBG" and cue.dep_ == "advcl" and verb is not cue and verb.lower_ not in SPEAKING_FORMS


def in_a_past_year(layout: Layout, cue: Token) -> bool:
    """Whether the last time the narrative names before `cue`, in its paragraph or the one
    before, is a past year or coarser ("She moved to Milltown in 1998. She later said ..."):
    the story is then told of that past, not of the days up to the article date."""
    found = _last_time_before(layout, cue, story_only=True)
    return found is not None and calendar_value(found[1], layout.date) is None and _vague(found[1], layout.date)


def _background(tok: Token, timex: Timex, date: dt.date | None, cue: Token) -> bool:
    """A time that tells no past of the story: one inside a clause of a sentence before the
    cue's that describes a thing or gives what someone said or thought ("the economy, which grew
    slowly in the 2000s, ...", "warned that profits would be lower than in 2019", an aside
    between dashes the parser hangs as a complement), or the period of a figure just reported
    ("sales rose in the third quarter"). The story goes on in the days of the news around it.
    In the cue's own sentence such a clause may be where the words were given ("comments he made
    in 2006 saying ...", "a man who in 2010 tried ..., claiming ..."), though the parser hangs the
    participle on the main verb: there it dates them as any time before the cue does."""
    if _figures_period(timex, date):
        return True
    return tok.sent.start != cue.sent.start and \
        any(t.dep_ in BACKGROUND_CLAUSES for t in (tok, *tok.ancestors) if t.i != t.sent.root.i)


def opening_time(layout: Layout, cue: Token, first_fresh: dt.date) -> Timing:
    """The time that opens the cue's sentence or the one before it in its paragraph ("In 2008,
    the party launched ...", "In March, the company received an offer"), where it is the last
    the narrative names before the cue and lies before `first_fresh`, the first day of fresh
    news: the past the narrative is told of, a year (vague) or a day or month. NOTHING for any
    other, and for a figure's "a year ago" or a paragraph of last year's figures before it."""
    found = _last_time_before(layout, cue)
    if found is None:
        return NOTHING
    tok, timex = found
    if any(t.dep_ == "prep" and t.lower_ in SPANS for t in (tok, *tok.ancestors) if t.idx < timex.start):
        return NOTHING  # "Through Oct. 19, funds returned 0.85%": the span of a figure
    # "But in 2000, researchers disclosed ...": a conjunction before the phrase opens no scene of its own
    if _figures_period(timex, layout.date):
        return NOTHING  # "In the third quarter, profit fell 12%. The bank blamed ...": results just given
    opening = [t for t in tok.sent if t.idx < timex.start and not (t.is_punct or t.lower_ in OPENING_CONJUNCTIONS)]
    if len(opening) > SCENE_OPENING \
            or not _scene_goes_on(layout, layout.sentence_of(tok), layout.sentence_of(cue)) \
            or layout.paragraph(tok.idx) != layout.paragraph(cue.idx):
        return NOTHING
    return _past_of_the_narrative(timex, layout.date, first_fresh)


def _scene_goes_on(layout: Layout, opened: int, k: int) -> bool:
    """Whether the scene the sentence `opened` sets goes on to the cue's sentence `k`: the same
    sentence or the next, or up to `SCENE_SENTENCES` on where each between tells the narrative
    on in the simple past ("In March, the company received an offer. It also considered a
    restructuring. A group of holders urged ..."), with no time of its own."""
    if k - opened <= 1:
        return True
    if k - opened > SCENE_SENTENCES:
        return False
    for between in range(opened + 1, k):
        sentence = layout.sentence(between)
        if sentence.root.tag_ != "VBD" or any(t.i in layout.timex_at for t in sentence):
            return False
    return True


def around_an_event(layout: Layout, cue: Token, first_fresh: dt.date) -> Timing:
    """The time of the event that a phrase opening the cue's sentence sets the saying in, where
    the phrase names the event with no time of its own ("During the investigation, Reed
    acknowledged ...", "Within hours of the talks, Reed told ..."): the last time the narrative
    names before the phrase, in its paragraph or the one before, where it lies before
    `first_fresh`, the first day of fresh news (a past year: vague). NOTHING for any other: an
    event of the days of fresh news ("During the vote on Tuesday, ...") leaves the saying fresh."""
    opener = _event_opener(layout, finite(cue))
    found = _last_time_before(layout, opener) if opener is not None else None
    # "During the campaign, Nowak promised ...": an event of weeks or more, said on no day told
    span = VAGUE if opener is not None and _a_span(opener) else NOTHING
    if found is None or any(t.dep_ in ("acl", "relcl", "appos") for t in (found[0], *found[0].ancestors)):
        return span  # "Reed, elected in 1998, ...": a time that describes someone tells no story
    if layout.date and found[1].value.startswith(str(layout.date.year)) and calendar_value(found[1], layout.date) is None:
        return span  # "Outlook for 2016." in a 2016 paper: this year, which holds the fresh days too
    past = _past_of_the_narrative(found[1], layout.date, first_fresh, weeks=True)
    if span.known and past.said_on is not None and len(past.said_on.value) == 10:
        return span  # "The vote was on Sunday. During the campaign, ...": weeks before that day
    return past if past.known else span


def _on_its_first_day(prep: Token) -> bool:
    """"On the first day, ...", "On its opening day, ...": the first day of the event the
    narrative just named, set as an event with no time of its own."""
    return prep.lower_ == "on" and any(
        day.dep_ == "pobj" and day.lower_ == "day" and any(c.dep_ == "amod" and c.lower_ in FIRST_DAYS for c in day.children)
        and any(c.dep_ in ("det", "poss") for c in day.children) for day in prep.children)


def before_a_span(cue: Token) -> bool:
    """"Adams said before the series that his batters needed time", "Ahead of the season, the
    coach said": a phrase on the cue's verb that sets the words before an event of weeks or more
    (`lexicon/span-events.txt`) gives them no day: they were said before it began, on a day
    the text does not tell (not "before the vote", an event of a day, whose day it is)."""
    for prep in finite(cue).children:
        if prep.dep_ not in ("prep", "advmod") or prep.lower_ not in BEFORE_AN_EVENT:
            continue
        heads = [prep] + [c for c in prep.children if c.dep_ == "prep"]  # "ahead of", "prior to"
        if any(_a_span(head) for head in heads):
            return True
    return False


def _a_span(opener: Token) -> bool:
    """"During the campaign", "Throughout his tenure": the phrase names an event of weeks or more."""
    return any(t.dep_ == "pobj" and t.lower_ in SPAN_EVENTS for t in opener.children)


def _event_opener(layout: Layout, verb: Token) -> Token | None:
    """The preposition opening `verb`'s sentence ("And during the investigation, ...") of a
    phrase on the verb that names an event and gives it no day, month or year of its own (a
    span, "within hours of the talks", gives none)."""
    first = next((t for t in verb.sent if not (t.is_punct or t.dep_ == "cc")), None)
    if first is None or first.dep_ != "prep" or first.head.i != verb.i:
        return None
    if first.lower_ not in EVENT_OPENERS and not _on_its_first_day(first):
        return None
    phrase = list(first.subtree)
    if any(layout.timex_at[t.i].type != "DURATION" for t in phrase if t.i in layout.timex_at):
        return None
    return first if any(t.dep_ == "pobj" and t.pos_ == "NOUN" for t in phrase) else None


def _past_of_the_narrative(timex: Timex, date: dt.date | None, first_fresh: dt.date, weeks: bool = False) -> Timing:
    """A time the narrative names, as the past it is told of: its day or month where that lies
    before `first_fresh`, VAGUE for a past year or coarser, NOTHING for a time of fresh news."""
    value = calendar_value(timex, date)
    if value is None:
        return VAGUE if _vague(timex, date) else NOTHING
    # an event named a week back ("The inquiry opened last week. On its first day, ..."), with
    # `weeks`: that week's month; not in an opening phrase's "last week's attack", its topic
    last = value if len(value) == 10 else (_last_of_week(timex) if weeks else None) or last_day_of(value)
    return Timing(SaidOn(value, timex.text)) if last is not None and last < first_fresh.isoformat() else NOTHING


def _last_of_week(timex: Timex) -> str | None:
    """The Sunday of a week the narrative names ("The inquiry opened last week."), whose month
    stands for it: a week wholly past is a past of the narrative, though its month goes on."""
    m = WEEK.match(timex.value or "")
    if not m:
        return None
    try:
        return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7).isoformat()
    except ValueError:
        return None


def _last_time_before(layout: Layout, cue: Token, story_only: bool = False) -> tuple[Token, Timex] | None:
    """The last time of the narrative (not of quoted words) before `cue`, in its paragraph or the
    one before; with `story_only`, the last that tells the story's past (not `_background`)."""
    paragraph = layout.paragraph(cue.idx)
    for i in range(cue.i - 1, -1, -1):
        tok = layout.doc[i]
        if paragraph - layout.paragraph(tok.idx) > 1:
            break
        timex = layout.timex_at.get(i)
        if timex is not None and layout.quoted[i] != QUOTED \
                and not (story_only and _background(tok, timex, layout.date, cue)):
            return tok, timex
    return None


def last_day_of(month: str) -> str | None:
    """The last day of a month given as YYYY-MM."""
    try:
        first = dt.date.fromisoformat(month + "-01")
    except ValueError:
        return None
    return ((first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)).isoformat()


def present(cue: Token) -> bool:
    """A cue in the present tense: "says", "tells", "writes"."""
    return finite(cue).tag_ in ("VBZ", "VBP")


def _first_time(adverb: Token, verb: Token) -> bool:
    """An adverb of a first time set right before `verb`, nothing but auxiliaries between
    ("initially said", "had first appeared"): not a sentence's opening step ("First, officials
    said ...", "Initially, the company said it will close ...", "First his wife announced")."""
    return adverb.dep_ == "advmod" and adverb.lower_ in FIRST_TIMES and adverb.i < verb.i \
        and all(t.dep_ in ("aux", "auxpass", "neg") for t in verb.doc[adverb.i + 1:verb.i])


def at_a_first_time(words: list[Token]) -> bool:
    """An attribution set by a time clause at something's first time ("When the virus first
    appeared in the region, the ministry said"): a past before the news, on no day told."""
    return any(t.lower_ in TIME_CLAUSE and t.dep_ in ("mark", "advmod") and t.head.dep_ == "advcl"
               and any(_first_time(c, t.head) for c in t.head.children)
               for t in words)


def in_an_old_text(cue: Token) -> bool:
    """Whether the cue says its words in a text the article calls old: a relative clause "in
    which" on it ("Old posts in which the candidate called farmers ...", however the parser hangs
    the cue inside that clause), or its own "in" phrase ("in an archived interview, she said")."""
    verb = finite(cue)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                g.dep_ == "pobj" and _called_old(g) for g in prep.children):
            return True
    for clause in [verb, *verb.ancestors]:
        if clause.dep_ == "relcl" and _called_old(clause.head) and any(
                c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in clause.children):
            return True
    return False


def _called_old(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in OLD_TEXTS for c in noun.children)


def time_clause(words: list[Token]) -> bool:
    """An attribution set at an event by a clause of its own: "when she was elected", "after he lost"."""
    return any(t.lower_ in TIME_CLAUSE and t.dep_ in ("mark", "advmod") and t.head.dep_ == "advcl"
               for t in words)


def finite(cue: Token) -> Token:
    """"saying" and "to say" take the tense of the verb they hang on ("wrote, saying")."""
    verb = cue
    for _ in range(3):
        if verb.tag_ not in ("VBG", "VB") or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            break
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children):
            break
        verb = verb.head
    if verb is not cue and cue.tag_ == "VBG" and verb.dep_ == "ccomp" and \
            (verb.head.lower_ in SPEAKING_FORMS or verb.head.tag_ == "VBD" and direct_lemma(verb.head.lower_)):
        # "He said the unit could grow, adding: ...", "She stated, “It would have been worse,”
        # adding ...": the parser may hang the participle on the reported clause or quotation; it
        # takes the tense of the verb that reports it, not the words' "could" or "would have".
        return verb.head
    if verb is not cue and cue.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBG" \
            and direct_lemma(verb.head.lower_) is not None and verb.head.head.tag_ in ("VBD", "VBZ", "VBP"):
        # "wrote to the mayor, demanding that the mill be reopened and saying ...": a participle
        # joined to the first one's reported clause goes with the first one, on the finite verb it
        # hangs on (not "was hearing a candidate acknowledging ... and promising")
        return finite(verb.head)
    return verb


def in_the_past(timing: Timing, date: dt.date | None) -> bool:
    """Whether `timing` places words before the article date's day (or month, for a month)."""
    if timing.vague:
        return True
    if timing.said_on is None or date is None:
        return False
    value = timing.said_on.value
    return value < (date.isoformat() if len(value) == 10 else date.isoformat()[:7])


def _bound(tok: Token, cue: Token | None) -> bool:
    """A time in a phrase put before the saying that bounds it ("After a close call weeks ago,
    he said") rather than dates it; not one after the verb it hangs on ("continued until
    resigning in 2014, claiming ...")."""
    if cue is None:
        return False
    return any(a.lower_ in BOUNDS and a.dep_ in ("prep", "mark") and a.i == a.sent.start
               and a.right_edge.i < cue.i for a in list(tok.ancestors)[:MAX_BOUND])


def _timexes(layout: Layout, words: list[Token]) -> list[tuple[Token, Timex]]:
    seen, out = set(), []
    for tok in words:
        timex = layout.timex_at.get(tok.i)
        if timex is not None and _modifier(tok, timex):
            continue  # "a summer associate", "a spring cleaning": a kind of thing, not a time
        if timex is not None and _period_of_a_figure(layout, tok, timex):
            continue  # "had estimated third-quarter earnings": the figure's period
        if timex is not None and _spoken_of(layout, tok, timex):
            continue  # "2004 was a stellar year": the time the sentence tells of, not when
        if timex is not None and _unreal(tok):
            continue  # "as hollow as it might have done six months ago": nothing happened then
        if timex is not None and _word_of_a_title(layout, tok, timex):
            continue  # "told Rural Affairs Tonight on Sunday": a programme's name, not a time
        if timex is not None and timex.start not in seen:
            seen.add(timex.start)
            out.append((tok, timex))
    return out


def _word_of_a_title(layout: Layout, tok: Token, timex: Timex) -> bool:
    """A time word capitalised inside a run of capitalised words, as a programme's or a
    paper's title writes it ("told Rural Affairs Tonight", "World News Tonight"): prose writes
    "tonight" and "today" in lower case, so the capital makes it a word of the name. Not a day's
    or a month's name, which is capitalised anyway ("Monday Night Football" is Monday's)."""
    # Read by index from the columns: asked for every time word, it made a Token of each word
    # of its sentence. `_capitalised` is spaCy's is_title and is_alpha, on the same text.
    t = columns(tok.doc)
    start = t.sentence_start(tok.i)
    own = [i for i in range(start, t.sentence_end(tok.i)) if layout.timex_at.get(i) is timex]
    first = own[0]
    if first == start or t.lower[first] in MONTHS_AND_DAYS or not all(_capitalised(t.text[i]) for i in own):
        return False
    before = first - 1
    return _capitalised(t.text[before]) and before != start and t.lower[before] not in MONTHS_AND_DAYS


def _capitalised(word: str) -> bool:
    """A word in title case and of letters only ("Tonight", not "TONIGHT" nor "9pm")."""
    return word.istitle() and word.isalpha()


def _spoken_of(layout: Layout, tok: Token, timex: Timex) -> bool:
    """A time that is the subject of "be" ("2004 was a “stellar year”", "Last year was the
    warmest"): what is said of it happened over it, and nothing is dated by it (unlike "Monday
    saw the firm announce ...")."""
    while tok.head.i != tok.i and layout.timex_at.get(tok.head.i) is timex:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lower_ in BE


def _unreal(tok: Token) -> bool:
    """A time in a clause of what did not happen: a modal with "have" ("as it might have done
    six months ago", "would have voted on Monday"), an unreal past that dates nothing said."""
    for verb in list(tok.ancestors)[:MAX_BOUND]:
        if verb.pos_ in ("VERB", "AUX"):
            aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
            return "have" in aux and any(a in MODALS for a in aux)
    return False


def _period_of_a_figure(layout: Layout, tok: Token, timex: Timex) -> bool:
    """A quarter or a half that modifies a noun ("third-quarter earnings", "a first-half loss"):
    the period the figure covers, never when anything was said."""
    if QUARTER.search(timex.value) is None:
        return False
    own = [t for t in tok.sent if layout.timex_at.get(t.i) is timex]
    return any(t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN"
               and layout.timex_at.get(t.head.i) is not timex for t in own)


def _modifier(tok: Token, timex: Timex) -> bool:
    return tok.dep_ == "compound" and SEASON.search(timex.value) is not None and len(timex.text) == len(tok.text)


def _vague(timex: Timex, date: dt.date | None) -> bool:
    """A past time coarser than a month: a year, a decade, "in the past"; or a past day or
    month whose limits are open ("before May"). Not a day or month still to come ("ahead of
    Monday's vote" in a Friday article): it tells of a plan, nothing of when words were said."""
    if timex.type not in ("DATE", "TIME") or timex.value in ("PRESENT_REF", "FUTURE_REF"):
        return False
    if timex.value == "PAST_REF" or timex.value.startswith("XXXX"):
        return True  # "in the past"; "the day before" that could not be placed
    fine = DAY.match(timex.value) or MONTH.match(timex.value)
    if fine and _after(fine.group(0), date):
        return False
    # a year, or a decade or century ("the 1980s" is 198): from its first year
    year = YEAR_OR_DECADE.match(timex.value)
    if not year:
        return False
    first_year = int(year.group(1)) * 10 ** (4 - len(year.group(1)))
    return not (date and first_year > date.year)


def _figures_period(timex: Timex, date: dt.date | None) -> bool:
    """A quarter or half of this year or the last ("in the third quarter", "the first half of
    2024" in a 2025 paper): the period of figures a company or a government has just reported,
    not a past the story is told of; a quarter of years before ("the first quarter of 2004" in a
    2021 paper) is as much a past as its year."""
    found = QUARTER.search(timex.value)
    year = YEAR_OR_DECADE.match(timex.value)
    if not found or not year or len(year.group(1)) != 4:
        return False
    return date is None or int(year.group(1)) >= date.year - 1


def _then(words: list[Token]) -> bool:
    lowered = [t.lower_ for t in words]
    # The phrases are compared only where one's first word stands, not at every word.
    return any(tuple(lowered[i:i + len(p)]) == p for i, word in enumerate(lowered) if word in THEN_OPENERS
               for p in THEN)


THEN_OPENERS = frozenset(p[0] for p in THEN)  # the first word of each phrase of `_then`


def _week_month(year: int, week: int, weekend: bool = False) -> str | None:
    """The month holding most days of ISO week `week` (or its Saturday, for its weekend)."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    days = range(5, 6) if weekend else range(7)
    months = Counter((monday + dt.timedelta(days=d)).strftime("%Y-%m") for d in days)
    return months.most_common(1)[0][0]


WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")


def yet_to_come(timex: Timex, date: dt.date | None) -> bool:
    """A time that begins after the article date ("next week", "tomorrow", "in March" of a
    February paper): when something is to happen, never when words reported were said. A week
    counts from its Monday; a value that is no calendar time ("PRESENT_REF", "P3D") is not."""
    if date is None:
        return False
    if timex.value == "FUTURE_REF":
        return True
    week = WEEK_VALUE.match(timex.value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1) > date
        except ValueError:
            return False
    if not re.match(r"^\d{4}-\d{2}(?:-\d{2})?$", timex.value):
        return False
    return _after(timex.value, date)


def _after(value: str, date: dt.date | None) -> bool:
    """A day or month that begins after the article date: not when anything reported was said."""
    if date is None:
        return False
    first = value + "-01" if len(value) == 7 else value
    try:
        return dt.date.fromisoformat(first) > date
    except ValueError:
        return True
