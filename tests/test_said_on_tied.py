"""said_on of words the text ties to a dated event four to six days back.

conventions.md (said_on): "quotes after a game or event belong to the game or event day when the
text ties the words to it"; otherwise fresh news keeps its default window (three days before the
article date to it), and a reaction told later keeps its own day. The lead's reading (round 13):
the three-day reach of a story's day stays for a bare reaction ("The Gulls beat the Pikes on
Monday. “We were ready,” X said." in a Friday paper keeps the default window), but words the text
ties to the dated event take its day however far back it lies in the week a weekday names:
(a) the cue's sentence sets the scene ("At Friday's inquest, the coroner said", "told the court on
Friday", "said after Thursday night's game"); (b) the quote's own words say "tonight", "today",
"this afternoon" in a story whose event is that day's; (c) the speaker's role is the event's (the
judge, coroner or witness of the hearing the paragraph before reports; the coach after "the game
on Thursday night"); (d) a follow-on quote of such a quote; (e) "She said ..." in the paragraph
right after a dated scene with that speaker; (f) "he wrote" in the paragraph after the day of an
email or letter he sent; where nothing between them changes the scene.

Each passage is our own writing, its expected said_on set by those rules before it was run.
Passages are dated Tuesday 4 November 2025: Friday is four days back, Thursday five, Wednesday six;
a fresh quote may fall from Saturday 1 to Tuesday 4 November (FRESH).
"""
from __future__ import annotations

import pytest

from test_canadian import Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-11-04"  # a Tuesday
FRESH = ("2025-11-01", DATE)
WED, THU, FRI, SUN, MON = "2025-10-29", "2025-10-30", "2025-10-31", "2025-11-02", "2025-11-03"


def on(said_on) -> Q:
    return Q(said_on=said_on)


ARTICLES = [
    # (a) The cue's sentence sets the scene ------------------------------------------------------
    ("a-at-friday-s-inquest", DATE,
     "A cyclist killed on the A38 near Plymouth had no lights on his bike.\n\n"
     "At Friday's inquest in Plymouth, the coroner, Helen Marsh, said the driver could not have "
     "seen him in time.",
     [("could not have seen", on(FRI))]),
    ("a-told-the-court-on-thursday", DATE,
     "A Regina couple accused of starving their son went on trial last week.\n\n"
     "A paediatrician, Dr. Ian Cole, told the court on Thursday that the boy had been underfed for "
     "months.",
     [("underfed for months", on(THU))]),
    ("a-said-after-thursday-night-s-game", DATE,
     "The Comets have lost five of their last six games.\n\n"
     "“We let one slip away again,” coach Dana Reyes said after Thursday night's game against the "
     "Rangers.",
     [("slip away again", on(THU))]),
    ("a-speaking-at-wednesday-s-meeting", DATE,
     "Repairs to Harbour Road will not start until next year.\n\n"
     "Speaking at Wednesday's council meeting, Mayor Tom Briggs said the road would be repaved next "
     "summer.",
     [("repaved next summer", on(WED))]),
    ("a-at-a-hearing-on-friday", DATE,
     "A Halifax landlord who ignored repeated fire orders will pay a $40,000 fine.\n\n"
     "“Tenants were put at risk for profit,” Judge Ann Cole said at the sentencing hearing on "
     "Friday.",
     [("put at risk", on(FRI))]),

    # (b) The quote's own words say the event's "tonight", "today", "this afternoon" -------------
    ("b-tonight-after-a-friday-night-game", DATE,
     "The Comets beat the Rangers 4-2 on Friday night at the Civic Centre.\n\n"
     "“We were hungry tonight,” said Joe Marks, who scored twice.",
     [("hungry tonight", on(FRI))]),
    ("b-today-at-a-thursday-march", DATE,
     "Thousands of people marched through central Madrid on Thursday to protest against rising "
     "rents.\n\n"
     "“We are here today because we cannot pay,” said Lucia Ferrer, a nurse.",
     [("here today", on(THU))]),
    ("b-this-afternoon-after-a-wednesday-race", DATE,
     "Kate Lowe won the 10,000 metres in Oslo on Wednesday in a championship record.\n\n"
     "“I felt strong this afternoon, even in the wind,” Lowe said.",
     [("strong this afternoon", on(WED))]),
    ("b-tonight-in-a-later-paragraph", DATE,
     "The Owls held on to beat the Hawks 2-1 on Thursday night.\n\n"
     "Goalie Sam Ruiz made 41 saves.\n\n"
     "“Tonight the guys in front of me blocked everything,” Ruiz said.",
     [("blocked everything", on(THU))]),

    # (c) The speaker's role is the event's ------------------------------------------------------
    ("c-the-judge-after-a-friday-verdict", DATE,
     "A Truro jury found a fishing skipper guilty of manslaughter at the crown court on Friday.\n\n"
     "Judge Sarah Penn said the skipper had gambled with his crew's lives.",
     [("gambled with his crew", on(FRI))]),
    ("c-the-coroner-of-a-thursday-inquest", DATE,
     "An inquest in Leeds heard on Thursday that a teenager drowned in the canal after a night out.\n\n"
     "The coroner, Mark Dale, said there had been no lifebuoy on that stretch of the towpath.",
     [("no lifebuoy", on(THU))]),
    ("c-the-coach-after-the-game-on-thursday-night", DATE,
     "The Hawks lost 3-1 to the Owls in the game on Thursday night.\n\n"
     "Coach Ben Ortiz said his team had “no legs in the third period.”",
     [("no legs", on(THU))]),
    ("c-a-witness-at-a-wednesday-trial", DATE,
     "The fraud trial of a former mayor of Laval opened in Montreal on Wednesday.\n\n"
     "A witness, the city's former accountant Lise Roy, said the invoices had been altered.",
     [("invoices had been altered", on(WED))]),

    # (d) A follow-on quote of a tied quote -------------------------------------------------------
    ("d-a-follow-on-of-a-tonight-quote", DATE,
     "The Comets beat the Rangers 4-2 on Friday night.\n\n"
     "“We were hungry tonight,” captain Joe Marks said. “Everybody skated.”",
     [("hungry tonight", on(FRI)), ("Everybody skated", on(FRI))]),
    ("d-a-follow-on-of-the-coroner", DATE,
     "An inquest in Leeds heard on Thursday that a teenager drowned in the canal.\n\n"
     "“This death was avoidable,” the coroner, Mark Dale, said. “A single lifebuoy could have saved "
     "him.”",
     [("death was avoidable", on(THU)), ("single lifebuoy", on(THU))]),

    # (e) "She said" in the paragraph after a dated scene with that speaker ---------------------------
    ("e-she-said-after-a-committee-on-thursday", DATE,
     "Finance Minister Rosa Diaz appeared before the Senate banking committee on Thursday to defend "
     "the budget.\n\n"
     "She said the deficit would fall by half within three years.",
     [("fall by half", on(THU))]),
    ("e-he-said-after-a-friday-meeting", DATE,
     "Police Chief Omar Bell met residents of Eastview at a packed community hall on Friday "
     "evening.\n\n"
     "He said officers would patrol the park on foot.",
     [("patrol the park", on(FRI))]),
    ("e-her-quote-after-a-wednesday-address", DATE,
     "Dr. Nina Shah addressed the hospital board on Wednesday about emergency wait times.\n\n"
     "“We are at breaking point,” she said.",
     [("breaking point", on(WED))]),

    # (f) "He wrote" in the paragraph after a letter's or email's day --------------------------------
    ("f-a-letter-sent-on-friday", DATE,
     "In a letter sent to parents on Friday, principal Mark Olsen said the school would close early "
     "on Fridays.\n\n"
     "“I know this is hard for working families,” he wrote.",
     [("close early", on(FRI)), ("working families", on(FRI))]),
    ("f-an-email-on-thursday", DATE,
     "In an email to council members on Thursday, Mayor Jill Park asked them to delay the vote.\n\n"
     "“We need more time to read the report,” she wrote.",
     [("more time to read", on(THU))]),
    ("f-a-memo-on-wednesday", DATE,
     "In a memo to staff on Wednesday, chief executive Dan Wu said the plant would close in March.\n\n"
     "“This is the hardest decision I have made,” he wrote.",
     [("would close in March", on(WED)), ("hardest decision", on(WED))]),

    # Guards ---------------------------------------------------------------------------------------
    ("g-a-bare-reaction-after-a-friday-game", DATE,
     "The Gulls beat the Pikes 5-3 on Friday.\n\n"
     "“We were ready,” Lise Park said.",
     [("We were ready", on(FRESH))]),
    ("g-a-bare-reaction-after-a-thursday-march", DATE,
     "Thousands of people marched through Lisbon on Thursday against rising rents.\n\n"
     "“The government has to listen,” said Ana Costa, a teacher.",
     [("has to listen", on(FRESH))]),
    ("g-a-later-reaction-with-its-own-day", DATE,
     "A judge struck down the city's ban on street vendors on Thursday.\n\n"
     "On Monday, Mayor Ruth Kim said the ruling was fair.",
     [("ruling was fair", on(MON))]),
    ("g-speaking-on-monday-after-a-friday-game", DATE,
     "The Hawks lost 4-0 to the Owls on Friday night.\n\n"
     "Speaking on Monday, coach Ben Ortiz said his players were “embarrassed.”",
     [("embarrassed", on(MON))]),
    ("g-a-scene-that-moves-on", DATE,
     "The Hawks beat the Lions 98-91 on Thursday night.\n\n"
     "On Sunday, the team flew to Denver for a four-game road trip.\n\n"
     "“We have to stay humble,” coach Dan Price said.",
     [("stay humble", on((SUN, DATE)))]),
    ("g-a-hearing-then-another-day", DATE,
     "Health Minister Claire Dubé appeared before the health committee on Thursday.\n\n"
     "On Monday, the ministry released new figures on surgical wait times.\n\n"
     "She said the backlog had fallen by a third.",
     [("backlog had fallen", on((MON, DATE)))]),
    ("g-asked-about-thursday-s-loss", DATE,
     "The Hawks host the Owls on Wednesday.\n\n"
     "Asked about Thursday's loss to the Lions, coach Dan Price said his players had moved on.",
     [("moved on", on(FRESH))]),
    ("g-an-event-more-than-six-days-back", DATE,
     "The Harbour Street mill closed last Tuesday after 90 years.\n\n"
     "“It feels like losing a family member,” said Ann Lee, who worked there for 31 years.",
     [("family member", on(FRESH))]),
    ("g-an-explicit-day-two-weeks-back-and-a-bare-reaction", DATE,
     "The Gulls beat the Pikes 5-3 on Oct. 20.\n\n"
     "“We were ready,” Lise Park said.",
     [("We were ready", on(FRESH))]),
    ("g-a-captain-by-rank", DATE,
     "Hunts rode out across Dorset on Friday for the first time since the ban.\n\n"
     "“We are not going away,” said the hunt master, Captain Tom Rowe.",
     [("not going away", on(FRESH))]),
    ("g-a-perfect-is-no-day-s-event", DATE,
     "Rovers manager Gary Hale has endured a difficult week since a 4-0 defeat on Friday.\n\n"
     "“We have to move on,” he told the Evening Post.",
     [("move on", on(FRESH))]),
    ("g-any-friday-night", DATE,
     "Ann Lee used to sing in the church choir on a Friday night.\n\n"
     "She said: “Those were the best nights of my life.”",
     [("best nights", on(FRESH))]),
    ("g-tonight-of-another-game", DATE,
     "The Hawks, who lost to the Lions on Thursday, host the Owls tonight.\n\n"
     "“We need a win tonight,” coach Dan Price said.",
     [("need a win", on(FRESH))]),
]

STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_said_on_of_words_tied_to_an_event(text, expected, date):
    assert article_differences(text, expected, date) == []
