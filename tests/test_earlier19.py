"""said_on when the words are older than the news, or tied to another event's day (round 19).

Issue 12's held-out quotes miss said_on three ways: null where fresh news takes a window, a day of
an event other than the words, a day given to words the text dates nowhere. These passages are our
own writing, one to five sentences each, in the manner of papers of many countries and sections;
the said_on window, speaker name and channel of every quote were set by conventions.md before any
of them was run:

- words older than the news with no day of their own: "initially", "first", "once", "previously",
  "in the past", "long", "earlier in the campaign", "had said", "had told", "used to say", "would
  often say", "Before the X, Y ..., suggesting", old posts, messages and videos shared again: null;
- "at the time" and "then" after an event told just before: that event's day or month, or null
  where the event has only a year or no time at all;
- a day in the sentence that belongs to another clause or event than the saying ("said the blaze
  that broke out last Friday ...", "Saturday's derailment", "the agreement, signed on Feb. 2"): the
  saying is fresh news, the default window;
- a day in a participial or relative clause of the cue ("in comments made Tuesday during a
  speech", "in an interview published on Monday by ...", "in a speech she gave on Monday");
- a narrative time set earlier in the paragraph ("Late last month, ... toured a farm ... At a town
  hall that evening, he said"; "In January, the board met ... At that meeting, ...");
- reactions to an event: the window from the event's day to the paper's;
- past perfect against simple past: "had warned that ..." with no day is older than the news
  (null), "had said on Monday" is Monday, "said the talks had failed" is fresh.

Every passage is dated Thursday 12 March 2026 (DATE). A window is (earliest, latest); a day is
checked as that day. Paragraphs are split by blank lines. Each quote is found by words of its own.
The expected values were written before the first run; the first run's count is in
docs/extracting.md (branch `earlier19`).
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q
from test_canadian_placing import article_differences, article_params

DATE = "2026-03-12"  # a Thursday
FRESH = ("2026-03-09", DATE)
LAST_FRI, SAT, SUN, MON, TUE, WED = ("2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09",
                                     "2026-03-10", "2026-03-11")
FEBRUARY = ("2026-02-01", "2026-02-28")
JANUARY = ("2026-01-01", "2026-01-31")
NOVEMBER = ("2025-11-01", "2025-11-30")
THIS_MONTH = ("2026-03-01", DATE)
NONE = None


def e(said_on, name=ANY, channel=None, **rest) -> Q:
    """A quote's said_on (a window, a day or None), its speaker's name and its channel."""
    day = (said_on, said_on) if isinstance(said_on, str) else said_on
    return Q(said_on=day, name=name, channel=channel, **rest)


def p(*sentences_or_paragraphs: str) -> str:
    return "\n\n".join(sentences_or_paragraphs)


ARTICLES = [
    # Words older than the news, with no day of their own --------------------------------------
    ("uk-a-council-had-initially-said", DATE, p(
        "Bristol City Council has dropped its plan to shut three branch libraries.",
        "The council had initially said the branches were “too costly to keep open” but changed "
        "course after a petition gathered 12,000 signatures."),
     [("too costly to keep open", e(NONE, "Bristol City Council"))]),
    ("us-after-first-saying-in-a-letter", DATE, p(
        "The Phoenix school district will keep its four-day week, Superintendent Lena Ortiz said "
        "Wednesday, after first saying in a letter to parents that the schedule would end “as soon "
        "as the budget allows.”"),
     [("as soon as the budget allows", e(NONE, "Lena Ortiz", "letter"))]),
    ("au-a-late-senator-once-said", DATE, p(
        "The Tasmanian government on Tuesday opened 40,000 hectares of old forest to logging.",
        "The late senator Margaret Dunne once said the island's forests were “worth more standing "
        "than sawn.”"),
     [("worth more standing than sawn", e(NONE, "Margaret Dunne"))]),
    ("ca-previously-said-and-wednesday", DATE, p(
        "Hydro-Québec previously said the outage was caused by “a failure at a single "
        "substation.”",
        "On Wednesday, the utility said the cause was “still under investigation” and that crews "
        "had restored power to 90 per cent of homes."),
     [("a failure at a single substation", e(NONE, "Hydro-Québec")),
      ("still under investigation", e(WED, "Hydro-Québec"))]),
    ("in-in-the-past-officials", DATE, p(
        "Two people died when a train hit a tractor at an unmanned level crossing near Nagpur on "
        "Tuesday.",
        "In the past, railway officials said such crossings would be gone “within five years.”"),
     [("within five years", e(NONE, None))]),
    ("ng-a-central-bank-has-long-argued", DATE, p(
        "The naira fell to a record low against the dollar on Wednesday.",
        "The Central Bank of Nigeria has long argued that a weaker currency would “make our "
        "exports competitive.”"),
     [("make our exports competitive", e(NONE, "Central Bank of Nigeria"))]),
    ("us-earlier-in-the-campaign", DATE, p(
        "Mayoral candidate Rosa Mendez on Monday dropped her pledge to freeze transit fares.",
        "Earlier in the campaign, Mendez had promised to “freeze every fare for four years.”"),
     [("freeze every fare for four years", e(NONE, "Rosa Mendez"))]),
    ("ng-a-spokesman-had-said", DATE, p(
        "Police in Lagos arrested a second suspect in the killing of a market trader on Tuesday.",
        "Police spokesman Ade Bello had said the attack was “not a random act.”"),
     [("not a random act", e(NONE, "Ade Bello"))]),
    ("uk-a-manager-had-told-friends", DATE, p(
        "Paul Kerr, who stepped down as Rovers manager on Monday, had told friends he was “running "
        "on empty.”"),
     [("running on empty", e(NONE, "Paul Kerr"))]),
    ("se-a-grandfather-used-to-say", DATE, p(
        "Ingrid Berg sold the family farm in Dalarna on Friday after four generations.",
        "Her grandfather, Tomas Berg, used to say: “Never sell the land, whatever the bank "
        "offers.”"),
     [("Never sell the land", e(NONE, "Tomas Berg"))]),
    ("au-a-coach-would-often-say", DATE, p(
        "Former Broncos coach Wayne Dillon died in Brisbane on Tuesday, aged 81.",
        "He would often say that “defence wins you the games that matter.”"),
     [("defence wins you the games", e(NONE, "Wayne Dillon"))]),
    ("sd-before-the-ceasefire-suggesting", DATE, p(
        "Gen. Ahmed Saleh welcomed the ceasefire in Darfur on Tuesday.",
        "Before the ceasefire, the general took a harder line, suggesting that talks with the "
        "rebels were “a waste of everyone's time.”"),
     [("a waste of everyone's time", e(NONE, "Ahmed Saleh"))]),
    ("uk-old-posts-shared-again", DATE, p(
        "Old posts in which the candidate, Jack Turner, called farmers “lazy people living off "
        "subsidies” were shared widely on Tuesday."),
     [("lazy people living off subsidies", e(NONE, "Jack Turner"))]),
    ("fr-old-messages-circulate-after-an-attack", DATE, p(
        "A man drove a van into a crowd in Nice on Sunday, injuring nine people.",
        "Messages from 2017 in which the Ardent Front urged followers to “strike wherever you "
        "live” circulated again after the attack."),
     [("strike wherever you live", e(NONE, "Ardent Front"))]),
    ("pl-a-video-from-2021", DATE, p(
        "A video from 2021, in which the mayor of Gdansk, Piotr Nowak, says cyclists should “stay "
        "off the main roads,” was shared widely on Monday."),
     [("stay off the main roads", e(NONE, "Piotr Nowak"))]),
    ("ke-when-the-virus-first-appeared", DATE, p(
        "Kenya confirmed 40 new cases of the fever on Wednesday.",
        "When the virus first appeared in the region, the health ministry said the risk to the "
        "public was “very low.”"),
     [("very low", e(NONE, None))]),
    ("us-once-told-a-magazine", DATE, p(
        "The singer Dana Cole, who announced her retirement on Monday, once told Rolling Stone "
        "that touring was “the only job I ever wanted.”"),
     [("the only job I ever wanted", e(NONE, "Dana Cole", "interview", outlet="Rolling Stone"))]),
    ("in-told-a-paper-last-year", DATE, p(
        "The minister, Pooja Nair, told The Hindu in an interview last year that the scheme would "
        "“pay for itself within a decade.”"),
     [("pay for itself within a decade", e(NONE, "Pooja Nair", "interview", outlet="The Hindu"))]),

    # "At the time" and "then" -----------------------------------------------------------------
    ("fr-at-the-time-a-month", DATE, p(
        "In November, the city removed a statue of a slave trader from the harbour.",
        "The mayor, Claire Dubois, said at the time that the statue “belonged in a museum, not a "
        "square.”"),
     [("belonged in a museum", e(NOVEMBER, "Claire Dubois"))]),
    ("us-at-the-time-a-day", DATE, p(
        "On Feb. 3, Brava Home recalled 40,000 electric kettles.",
        "A spokeswoman said at the time that “no injuries have been reported.”"),
     [("no injuries have been reported", e("2026-02-03", None))]),
    ("uk-at-the-time-a-year", DATE, p(
        "The band split in 2019.",
        "Guitarist Owen Price said at the time that the group had “run out of songs.”"),
     [("run out of songs", e(NONE, "Owen Price"))]),
    ("ca-at-the-time-no-time", DATE, p(
        "When the paper mill in Kapuskasing closed, the union said at the time that 400 jobs were "
        "“gone for good.”"),
     [("gone for good", e(NONE, None))]),
    ("nl-said-then-a-month", DATE, p(
        "The club sacked its coach in January.",
        "Its chairman, Dirk Janssen, said then that results had been “unacceptable for a club of "
        "this size.”"),
     [("unacceptable for a club of this size", e(JANUARY, "Dirk Janssen"))]),
    ("pk-and-then-told-reporters", DATE, p(
        "Health Minister Aisha Khan toured the flooded ward on Tuesday and then told reporters: "
        "“This is not good enough.”"),
     [("This is not good enough", e(TUE, "Aisha Khan"))]),
    ("au-at-the-time-after-a-fall", DATE, p(
        "The Mercury Mining share price fell by a third on Feb. 24 after a dam failure at its "
        "Pilbara site.",
        "Chief executive Sam Hollis told analysts at the time that the damage was “contained.”"),
     [("contained", e("2026-02-24", "Sam Hollis"))]),

    # A day that belongs to another clause or event -------------------------------------------
    ("ca-the-blaze-that-broke-out-last-friday", DATE, p(
        "Fire chief Dan Roy said the blaze that broke out last Friday at a recycling plant in "
        "Hamilton was “deliberately set.”"),
     [("deliberately set", e(FRESH, "Dan Roy"))]),
    ("au-saturday-s-derailment", DATE, p(
        "Transport officials said Saturday's derailment near Ballarat was caused by “a buckled "
        "section of track.”"),
     [("a buckled section of track", e(FRESH, None))]),
    ("us-said-tuesday-of-a-vote-on-friday", DATE, p(
        "Senator Lisa Grant said on Tuesday that the vote on Friday would be “the closest of my "
        "career.”"),
     [("the closest of my career", e(TUE, "Lisa Grant"))]),
    ("ke-an-agreement-signed-on-feb-2", DATE, p(
        "Kenya's trade minister, Joseph Mwangi, said the agreement, signed on Feb. 2 in Nairobi, "
        "would “open the border to trade by summer.”"),
     [("open the border to trade by summer", e(FRESH, "Joseph Mwangi"))]),
    ("pt-the-next-sentence-s-day", DATE, p(
        "Rents in Lisbon rose 11 per cent last year, “faster than anywhere in Europe,” the housing "
        "economist Rui Faria said.",
        "On Friday, the government raised the minimum wage by 6 per cent."),
     [("faster than anywhere in Europe", e(FRESH, "Rui Faria"))]),
    ("ie-a-crash-on-friday-and-a-garda-s-words", DATE, p(
        "Gardaí said the driver of the car that crashed in Athlone last Friday was “travelling at "
        "more than twice the limit.”"),
     [("travelling at more than twice the limit", e(FRESH, None))]),

    # A day in a participial or relative clause of the cue ---------------------------------------
    ("mx-comments-made-tuesday-during-a-speech", DATE, p(
        "Senator Elena Rivera said the tariffs would “hit every kitchen table in the country,” in "
        "comments made Tuesday during a speech to farmers in Sinaloa."),
     [("hit every kitchen table", e(TUE, "Elena Rivera", "speech"))]),
    ("be-an-interview-published-on-monday", DATE, p(
        "In an interview published on Monday by the newspaper Le Soir, Prime Minister Luc Peeters "
        "said the strike was “a strike against the future.”"),
     [("a strike against the future", e(MON, "Luc Peeters", "interview", outlet="Le Soir"))]),
    ("ca-a-speech-she-gave-on-monday", DATE, p(
        "“We will not be bullied by anyone,” Mayor Harjit Kaur said in a speech she gave on Monday "
        "in Brampton."),
     [("We will not be bullied", e(MON, "Harjit Kaur", "speech"))]),
    ("us-a-letter-she-sent-last-friday", DATE, p(
        "In a letter that she sent to the board last Friday, trustee Maria Lopez said the budget "
        "was “built on wishful thinking.”"),
     [("built on wishful thinking", e(LAST_FRI, "Maria Lopez", "letter"))]),

    # A narrative time set earlier in the paragraph --------------------------------------------
    ("us-late-last-month-a-town-hall", DATE, p(
        "Late last month, Governor Tom Avery toured a flooded farm outside Dubuque. At a town hall "
        "in the town that evening, he said: “Nobody here asked for this water.”"),
     [("Nobody here asked for this water", e(FEBRUARY, "Tom Avery"))]),
    ("co-the-address-of-march-3", DATE, p(
        "On the evening of March 3, President Mateo Herrera addressed the nation.",
        "In the address, he said the army would “never again turn its guns on its own people.”"),
     [("never again turn its guns", e("2026-03-03", "Mateo Herrera", "speech"))]),
    ("uk-last-friday-he-told-the-players", DATE, p(
        "Last Friday, Harlow Town manager Steve Quinn gathered his players in the dressing room. "
        "He told them the season was “not over yet.”"),
     [("not over yet", e(LAST_FRI, "Steve Quinn"))]),
    ("ch-in-january-at-that-meeting", DATE, p(
        "In January, the board of the World Rowing Federation met in Lausanne. At that meeting, "
        "its president, Anna Keller, warned that the sport was “losing a generation.”"),
     [("losing a generation", e(JANUARY, "Anna Keller"))]),
    ("ng-two-days-later", DATE, p(
        "A bomb exploded in a market in Maiduguri last Friday.",
        "Two days later, the governor, Ibrahim Musa, said the city would “not bow to terror.”"),
     [("not bow to terror", e(SUN, "Ibrahim Musa"))]),
    ("se-the-next-day", DATE, p(
        "A ferry ran aground off Gotland on Monday.",
        "The next day, the operator's chief executive, Anna Lind, said the crew had “done "
        "everything right.”"),
     [("done everything right", e(TUE, "Anna Lind"))]),
    ("nz-a-statement-that-day", DATE, p(
        "A light plane crashed near Taupo on Feb. 20, killing both people on board.",
        "The flying school said in a statement that day that it was “devastated.”"),
     [("devastated", e("2026-02-20", None, "statement"))]),

    # Reactions to an event --------------------------------------------------------------------
    ("za-a-rate-rise-on-tuesday-and-an-economist", DATE, p(
        "The South African Reserve Bank raised its key rate by half a point on Tuesday.",
        "“Families will feel this by winter,” said economist Nadia Rahman."),
     [("Families will feel this by winter", e((TUE, DATE), "Nadia Rahman"))]),
    ("pe-a-quake-on-saturday-and-a-resident", DATE, p(
        "An earthquake of magnitude 6.1 struck southern Peru on Saturday.",
        "“The walls just folded like paper,” said Lucia Quispe, a resident of Arequipa."),
     [("The walls just folded", e((SAT, DATE), "Lucia Quispe"))]),
    ("de-said-after-tuesday-s-announcement", DATE, p(
        "Union leader Frank Weber said after Tuesday's announcement of 2,000 job cuts that the "
        "company had “betrayed its own workers.”"),
     [("betrayed its own workers", e((TUE, DATE), "Frank Weber"))]),

    # Past perfect against simple past ----------------------------------------------------------
    ("dk-said-monday-she-had-told-the-king", DATE, p(
        "Prime Minister Mette Holm said on Monday that she had told the king of the plan “weeks "
        "before anyone else.”"),
     [("weeks before anyone else", e(MON, "Mette Holm"))]),
    ("uk-had-warned-in-a-letter-on-feb-10", DATE, p(
        "The seawall at Dawlish gave way on Sunday.",
        "Harbour engineers had warned in a letter to the council on Feb. 10 that the wall was "
        "“close to failing.”"),
     [("close to failing", e("2026-02-10", None, "letter"))]),
    ("uk-had-warned-with-no-day", DATE, p(
        "The footbridge over the River Usk collapsed on Sunday.",
        "Engineers had warned that its cables were “badly corroded.”"),
     [("badly corroded", e(NONE, None))]),
    ("ng-said-the-talks-had-failed", DATE, p(
        "Union leader Sam Okoro said the talks had failed because the government “never came to "
        "negotiate.”"),
     [("never came to negotiate", e(FRESH, "Sam Okoro"))]),
    ("lb-had-said-on-monday", DATE, p(
        "Minister Omar Haddad had said on Monday that the border would reopen “within days.”"),
     [("within days", e(MON, "Omar Haddad"))]),
    ("af-recalled-the-war", DATE, p(
        "“I was 12 when the war came to our village,” Farid Ahmadi recalled."),
     [("I was 12 when the war came", e(FRESH, "Farid Ahmadi"))]),
    ("in-earlier-this-month", DATE, p(
        "Earlier this month, the minister, Pooja Nair, said the scheme would reach “every district "
        "by June.”"),
     [("every district by June", e(THIS_MONTH, "Pooja Nair"))]),
    ("us-earlier-police-said", DATE, p(
        "A gunman opened fire at a shopping centre in Tulsa, wounding three people.",
        "Earlier, police spokesman Ray Hunt said the suspect had been “taken into custody without "
        "a struggle.”"),
     [("taken into custody without a struggle", e(FRESH, "Ray Hunt"))]),
]

# Written after the rules, one behaviour each: what the rules read, and what they leave.
WITH_THE_RULES = [
    ("rule-an-archived-interview", DATE, p(
        "In an archived interview with the BBC, the actor Tom Reyes said acting was “mostly "
        "waiting around.”"),
     [("mostly waiting around", e(NONE, "Tom Reyes", "interview", outlet="BBC"))]),
    ("guard-first-said-with-a-day", DATE, p(
        "Police first said on Tuesday that the gunman was “carrying a rifle.”"),
     [("carrying a rifle", e(TUE, None))]),
    ("guard-a-time-clause-with-a-day", DATE, p(
        "When the storm hit on Monday, the mayor, Ann Cole, said the town was “ready for the "
        "worst.”"),
     [("ready for the worst", e(MON, "Ann Cole"))]),
    ("guard-an-earlier-statement", DATE, p(
        "A lorry overturned on the M6 near Preston.",
        "In an earlier statement, police said the driver was “a local man in his forties.”"),
     [("a local man in his forties", e(FRESH, None, "statement"))]),
    ("guard-comments-about-a-vote", DATE, p(
        "Senator Paul Hart said the levy would “kill small farms,” in comments about Tuesday's "
        "vote."),
     [("kill small farms", e(FRESH, "Paul Hart"))]),
    ("guard-a-place-after-the-marks", DATE, p(
        "Senator Paul Hart said the levy would “kill small farms,” in the north of the state."),
     [("kill small farms", e(FRESH, "Paul Hart"))]),
]

STILL_WRONG: dict[str, str] = {
    "se-a-grandfather-used-to-say": "name: 'Her grandfather, Tomas Berg, used to say:' gets no "
    "name (said_on is right: null)",
    "sd-before-the-ceasefire-suggesting": "said_on: 'Before the ceasefire, the general took a "
    "harder line, suggesting ...' takes the day of the lede's welcome (Tuesday); a stance before "
    "an event is no day, but 'Before the vote, X told reporters' in a fresh story is the vote's "
    "day, and no rule yet tells the two apart",
    "us-once-told-a-magazine": "said_on: the parser hangs 'on Monday' of the subject's relative "
    "clause ('who announced her retirement on Monday') on 'told', so 'once told Rolling Stone' "
    "takes Monday",
    "be-an-interview-published-on-monday": "outlet: 'by the newspaper Le Soir' is no outlet "
    "(said_on and channel right)",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES + WITH_THE_RULES, STILL_WRONG)))
def test_earlier19(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
