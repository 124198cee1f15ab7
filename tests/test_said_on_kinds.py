"""said_on across kinds of stories: present cues in reports and features, events' days.

conventions.md (said_on): a present "says" is read by what it reports: words freshly given in a
news report of any section (a sport preview, a market report, a court story, a weather warning,
a health advisory), in the house style that writes "says" for what a source told the paper, take
the default window as "said" does; a profile's, a feature's or a review's "says" of someone's
life, work or habits is a view held, null. A time in what the words report ("The vote is
Thursday", "the fire started Wednesday", a date inside the quotation) or in what describes the
speaker dates no saying. A day set by the scene ("At Tuesday's meeting"), the document ("in a
statement Friday") or the interview ("in an interview last week": the previous Monday to Sunday)
dates the words, and relative days count from the article's own date: "over the weekend" in a
Monday paper is that Saturday and Sunday, "earlier this week" in a Saturday paper the days from
Monday, "yesterday" in a Monday paper the Sunday. A weekly paper's words take the day it gives. A
story's update or correction note dates no quotation. Words recalled years later, dated by a year
only, are null. In a story of a court case spanning days, each quote takes the day the text
gives it.

Each passage is our own writing in one press's style, its expected said_on set by those rules
before it was run. Passages are dated Tuesday 4 November 2025 unless a case says otherwise. A
case's id starts with the press it imitates: ca (Canada), us, uk, au (Australia), wire.
"""
from __future__ import annotations

import pytest

from test_canadian import Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-11-04"  # a Tuesday
FRESH = ("2025-11-01", DATE)
WED, THU, FRI, SAT, SUN, MON = ("2025-10-29", "2025-10-30", "2025-10-31", "2025-11-01",
                                "2025-11-02", "2025-11-03")
SINCE_SUN = (SUN, DATE)
SINCE_MON = (MON, DATE)
SINCE_THU = (THU, DATE)
LAST_WEEK = ("2025-10-27", "2025-11-02")
OCTOBER = "2025-10"
MONDAY_PAPER = MON
FRESH_MONDAY = ("2025-10-31", MON)
WEEKEND = (SAT, SUN)
THURSDAY_PAPER = "2025-11-06"
FRESH_THURSDAY = (MON, THURSDAY_PAPER)
WEDNESDAY_PAPER = "2025-11-05"
FRESH_WEDNESDAY = (SUN, WEDNESDAY_PAPER)
SATURDAY_PAPER = "2025-11-08"
FRESH_SATURDAY = ("2025-11-05", SATURDAY_PAPER)
THIS_WEEK_BEFORE_SATURDAY = (MON, "2025-11-07")
NONE = None


def on(said_on) -> Q:
    return Q(said_on=said_on)


ARTICLES = [
    # Present cues in reports of many sections: fresh words, the default window --------------------
    ("ca-a-sport-preview-says", THURSDAY_PAPER,
     "The Milltown Millers open their playoff series against the Rapids on Friday night at the "
     "Civic Centre.\n\n"
     "The Millers lost both of their regular-season meetings with Rapids.\n\n"
     "“We know what they do well, and we have to take it away,” head coach Dana Ruiz says.\n\n"
     "Goalie Sam Kerr, who missed practice Wednesday with the flu, is expected to start.",
     [("take it away", on(FRESH_THURSDAY))]),
    ("us-a-market-report-says", DATE,
     "Shares of Harlow Motors fell 8 percent on Monday after the carmaker cut its sales forecast "
     "for the year.\n\n"
     "“Investors were not ready for a cut this deep,” says Priya Nair, an analyst at Crane "
     "Securities.\n\n"
     "The company blamed higher steel prices.",
     [("not ready for a cut", on(SINCE_MON))]),
    ("ca-a-court-story-says", DATE,
     "A Halifax man accused of setting fire to his neighbour's garage will stand trial in March, a "
     "judge ruled Monday.\n\n"
     "“The evidence is strong enough to go to a jury,” Crown attorney Leah Boudreau says.",
     [("strong enough to go", on(SINCE_MON))]),
    ("ca-a-weather-warning-says", DATE,
     "Up to 30 centimetres of snow could fall on the Ottawa Valley by Wednesday morning.\n\n"
     "“Travel could become hazardous due to sudden reductions in visibility,” Environment Canada "
     "says in a special weather statement.",
     [("Travel could become", on(FRESH))]),
    ("ca-a-health-advisory-with-days-in-the-words", DATE,
     "Ottawa Public Health is warning people who visited a west-end walk-in clinic that they may "
     "have been exposed to measles.\n\n"
     "“Anyone who was at the clinic on Oct. 28 or 29 should check their vaccination records,” says "
     "Dr. Rita Alvarez, the city's associate medical officer of health.",
     [("check their vaccination", on(FRESH))]),
    ("uk-a-hospital-warning-says", DATE,
     "Hospitals in the north-east have asked patients to stay away from A&E unless their "
     "condition is urgent.\n\n"
     "“Our emergency departments are under extreme pressure this week,” says Dr Sarah Pike, the "
     "trust's medical director.",
     [("extreme pressure", on(FRESH))]),
    ("us-a-flood-watch-says", DATE,
     "The National Weather Service has issued a flood watch for much of eastern Kansas through "
     "Wednesday.\n\n"
     "“Two to four inches of rain is possible in a short time,” says meteorologist Chris Dorn of "
     "the service's Topeka office.",
     [("Two to four inches", on(FRESH))]),
    ("au-a-sport-preview-says", DATE,
     "The Swans will be without co-captain Luke Barr for Saturday's qualifying final against the "
     "Giants after he failed a fitness test.\n\n"
     "“It's a blow, but we've got depth,” coach Mark Hale says.",
     [("we've got depth", on(FRESH))]),
    ("wire-a-market-report-says", DATE,
     "NEW YORK (AP) — Oil prices slid Tuesday as traders weighed rising U.S. stockpiles.\n\n"
     "“The market is oversupplied and everybody knows it,” says Tom Reilly, an energy strategist "
     "at Baxter & Co.",
     [("oversupplied", on(FRESH))]),
    ("au-a-health-alert-says", DATE,
     "NSW Health has issued a measles alert after an infectious traveller arrived at Sydney Airport "
     "on Friday.\n\n"
     "“Symptoms can take up to 18 days to appear,” says Dr Jeremy Lam, the director of health "
     "protection.",
     [("up to 18 days", on(FRESH))]),
    ("us-an-obituary-said", DATE,
     "Walter Brandt, who ran the hardware store on Main Street for 52 years, died Saturday at his "
     "home. He was 88.\n\n"
     "“He knew every customer by name,” said his daughter, Ellen Brandt.",
     [("every customer by name", on(FRESH))]),
    ("us-a-governor-signs-and-says", DATE,
     "Gov. Ann Lee signed the state budget on Monday after a three-week standoff with "
     "lawmakers.\n\n"
     "“This budget protects our schools,” Lee says.",
     [("protects our schools", on(SINCE_MON))]),
    ("ca-a-fire-on-sunday-says", DATE,
     "A fire destroyed the Legion hall in Gander early Sunday. No one was hurt.\n\n"
     "“We lost 70 years of history in one night,” says branch president Gord Mills.",
     [("70 years of history", on(SINCE_SUN))]),

    # Profiles, features and reviews told in the present: a view held, null ------------------------
    ("ca-a-baker-s-profile-says", DATE,
     "For 30 years, Marie Tremblay has opened her bakery in Rimouski at four in the morning.\n\n"
     "She still kneads the dough by hand.\n\n"
     "“The machines make it too perfect,” she says.",
     [("too perfect", on(NONE))]),
    ("uk-a-trainer-s-feature-says", DATE,
     "Every morning before dawn, Jim Clarke walks his six racehorses along the sands at Redcar. He "
     "has trained horses here since 1988.\n\n"
     "“The sea air does them more good than any vet,” he says.",
     [("sea air", on(NONE))]),
    ("au-a-young-ranger-s-profile-says", DATE,
     "At 19, Mia Chen is the youngest ranger in Kakadu National Park.\n\n"
     "She grew up in Darwin and spent her school holidays camping with her grandfather.\n\n"
     "“I never wanted an office job,” she says.",
     [("office job", on(NONE))]),
    ("uk-a-film-review-says", DATE,
     "Lena Fischer's second film is a quiet, unhurried study of grief, set in a fishing village on "
     "the Baltic coast.\n\n"
     "“I wanted to make a film where nothing much happens and everything changes,” Fischer says.\n\n"
     "It mostly succeeds.",
     [("nothing much happens", on(NONE))]),
    ("us-a-teacher-s-feature-says", DATE,
     "Rosa Delgado has taught chemistry at Lincoln High School since 1996.\n\n"
     "Her students call her Doc.\n\n"
     "“If they leave here curious, I've done my job,” she says.",
     [("leave here curious", on(NONE))]),

    # A day that belongs to the event spoken about, not the words -----------------------------------
    ("ca-the-vote-is-thursday-in-the-words", DATE,
     "Milltown council is split over a plan to ban gas-powered leaf blowers.\n\n"
     "“The vote is Thursday, and I think we have the support,” Coun. Anne Roy said.",
     [("have the support", on(FRESH))]),
    ("us-the-fire-started-wednesday", DATE,
     "A fire that destroyed a lumber yard in Pine Bluff burned for nearly a week.\n\n"
     "“It started Wednesday in a storage shed and it just kept going,” Fire Chief Bill Ortiz "
     "said.",
     [("storage shed", on(FRESH))]),
    ("uk-a-match-on-saturday-ahead", THURSDAY_PAPER,
     "Rovers go into the derby without their top scorer.\n\n"
     "“Saturday is the biggest game of our season,” said the manager, Gary Hale.",
     [("biggest game", on(FRESH_THURSDAY))]),
    ("au-a-speaker-whose-son-was-born-on-friday", DATE,
     "Parents have complained about staffing at the Royal Hobart Hospital's maternity ward.\n\n"
     "Ms Reid, whose son was born there on Friday, said: “There was one midwife for the whole "
     "floor.”",
     [("one midwife", on(FRESH))]),
    ("ca-a-storm-on-thursday-night-and-an-update", DATE,
     "The storm that cut power to 40,000 homes hit the coast on Thursday night.\n\n"
     "Crews have restored all but 2,000.\n\n"
     "“We expect everyone back on by Wednesday,” said Jen Kwan, a spokesperson for the utility.",
     [("everyone back on", on(SINCE_THU))]),
    ("us-the-trial-begins-next-week", DATE,
     "Jury selection in the fraud trial of a former county treasurer begins next week.\n\n"
     "“We are ready for Monday,” prosecutor Dana Wells said.",
     [("ready for Monday", on(FRESH))]),

    # A day set by a scene, a document, an interview -------------------------------------------------
    ("ca-at-tuesday-s-meeting-then-he-said", THURSDAY_PAPER,
     "At Tuesday's meeting, Coun. Ray Dunn said the ward needs a new arena.\n\n"
     "“The old one is falling apart,” he said.",
     [("needs a new arena", on("2025-11-04")), ("falling apart", on("2025-11-04"))]),
    ("us-in-a-statement-friday", DATE,
     "Hollis Foods will close its bottling plant in Akron next spring.\n\n"
     "“This was a difficult decision,” the company said in a statement Friday.",
     [("difficult decision", on(FRI))]),
    ("uk-in-an-interview-last-week", DATE,
     "The chancellor has ruled out a return to austerity.\n\n"
     "“There will be no return to the cuts of the past,” she said in an interview last week.",
     [("no return to the cuts", on(LAST_WEEK))]),
    ("au-told-radio-yesterday", DATE,
     "The Premier has defended the cost of the new stadium.\n\n"
     "Mr Hale told radio 3AW yesterday: “Every dollar will come back to Victoria.”",
     [("Every dollar", on(MON))]),
    ("ca-a-news-release-monday", DATE,
     "Police in Moncton have charged a 34-year-old man with arson.\n\n"
     "In a news release Monday, the RCMP said the man was arrested without incident.",
     [("arrested without incident", on(MON))]),
    ("us-a-town-hall-on-saturday", DATE,
     "At a town hall in Dayton on Saturday, Rep. Jo Park told voters she would oppose the "
     "bill.\n\n"
     "“It's bad for Ohio,” she said.",
     [("oppose the bill", on(SAT)), ("bad for Ohio", on(SAT))]),
    ("uk-a-letter-to-parents-on-friday", DATE,
     "A secondary school in Leeds will close for two days to repair its roof.\n\n"
     "In a letter to parents on Friday, the head teacher, Mrs Ann Shaw, said: “The safety of our "
     "pupils comes first.”",
     [("safety of our pupils", on(FRI))]),

    # Relative days in papers of a Monday, a Wednesday and a Saturday ---------------------------------
    ("ca-over-the-weekend-in-a-monday-paper", MONDAY_PAPER,
     "Police are looking for a driver who struck a cyclist on Dundas Street.\n\n"
     "“We are asking anyone with dashcam video to come forward,” Const. Lee Park said over the "
     "weekend.",
     [("dashcam video", on(WEEKEND))]),
    ("us-last-month-in-a-monday-paper", MONDAY_PAPER,
     "The city will not raise property taxes next year, the mayor has promised.\n\n"
     "“Not one cent,” Mayor Jim Cole said in an interview last month.",
     [("Not one cent", on(OCTOBER))]),
    ("uk-yesterday-in-a-monday-paper", MONDAY_PAPER,
     "The Prime Minister has promised more money for flood defences.\n\n"
     "Speaking in Carlisle yesterday, he said: “No town should be left to wait.”",
     [("left to wait", on(SUN))]),
    ("uk-earlier-this-week-in-a-saturday-paper", SATURDAY_PAPER,
     "Ministers are under pressure to delay the new exam timetable.\n\n"
     "Earlier this week the education secretary said: “We will not move the dates.”",
     [("not move the dates", on(THIS_WEEK_BEFORE_SATURDAY))]),
    ("au-on-thursday-in-a-saturday-paper", SATURDAY_PAPER,
     "The state's housing target is slipping.\n\n"
     "Speaking on Thursday, Ms Kovac said: “We will build those homes.”",
     [("build those homes", on("2025-11-06"))]),
    ("us-no-day-in-a-saturday-paper", SATURDAY_PAPER,
     "The county will reopen the Elm Street bridge to traffic next month.\n\n"
     "“The repairs are ahead of schedule,” county engineer Pat Moss said.",
     [("ahead of schedule", on(FRESH_SATURDAY))]),
    ("ca-earlier-monday-in-a-monday-paper", MONDAY_PAPER,
     "Classes are cancelled at two Saint John schools because of a broken water main.\n\n"
     "“We hope to reopen by Wednesday,” district spokesperson Kim Doiron said earlier Monday.",
     [("reopen by Wednesday", on(MON))]),
    ("wire-over-the-weekend-in-a-tuesday-paper", DATE,
     "LONDON (Reuters) - Britain's finance minister defended plans to raise fuel duty.\n\n"
     "“Nobody enjoys paying more,” she told a party conference over the weekend.",
     [("enjoys paying more", on(WEEKEND))]),

    # Weekly papers -----------------------------------------------------------------------------------
    ("ca-a-weekly-at-the-oct-28-meeting", THURSDAY_PAPER,
     "Harbour Grace council has approved a new splash pad for the town park.\n\n"
     "At the Oct. 28 council meeting, Mayor Lise Park said: “This is for the families.”",
     [("for the families", on("2025-10-28"))]),
    ("ca-a-weekly-told-last-week", THURSDAY_PAPER,
     "The Kinsmen Club's haunted house raised $4,000 for the food bank.\n\n"
     "“People came from all over the county,” organizer Dale Fry told the Gazette last week.",
     [("all over the county", on(LAST_WEEK))]),

    # Updates and corrections --------------------------------------------------------------------------
    ("us-an-updated-story", WEDNESDAY_PAPER,
     "The state auditor has found that the parks department overspent by $3 million.\n\n"
     "“We will review every finding,” Mayor Lou Hart said.\n\n"
     "This story was updated Wednesday with comment from the mayor.",
     [("review every finding", on(FRESH_WEDNESDAY))]),
    ("ca-a-correction-note", DATE,
     "Correction: An earlier version of this story gave the wrong day for the school board vote. "
     "It was held on Thursday.\n\n"
     "Trustees voted 7-2 to close Riverside Elementary.\n\n"
     "“It is a loss for the neighbourhood,” trustee Amy Roth said.",
     [("loss for the neighbourhood", on(SINCE_THU))]),

    # Words recalled years later ----------------------------------------------------------------------
    ("us-recalled-in-a-2009-interview", DATE,
     "The Granger mill closed 40 years ago this week.\n\n"
     "“Nobody said a word on the way out,” Hart said in a 2009 interview.",
     [("Nobody said a word", on(NONE))]),
    ("ca-in-1998-she-told-the-paper", DATE,
     "Mary Oakes, the first woman elected mayor of Lunenburg, has died at 91.\n\n"
     "In 1998, she told the Bulletin: “I was never brave, just stubborn.”",
     [("never brave", on(NONE))]),
    ("uk-decades-later-he-would-say", DATE,
     "The pit closed in 1985.\n\n"
     "Decades later, the last manager, John Pike, would say: “We all knew it was coming.”",
     [("knew it was coming", on(NONE))]),

    # A court case spanning days -----------------------------------------------------------------------
    ("ca-a-trial-over-days", DATE,
     "The murder trial of a Saint John man opened on Wednesday.\n\n"
     "On Thursday, the victim's sister told the jury: “He was afraid of him.”\n\n"
     "In her closing address Monday, Crown prosecutor Jane Ode said: “The evidence points one "
     "way.”\n\n"
     "The defence will address the jury on Wednesday.",
     [("afraid of him", on(THU)), ("points one way", on(MON))]),
    ("uk-the-court-heard-yesterday", DATE,
     "A man stole £40,000 from a village church over six years, a court heard yesterday.\n\n"
     "Prosecuting, Mr Neil Ford said: “He treated the collection plate as his wallet.”\n\n"
     "The trial continues.",
     [("collection plate", on(MON))]),
    ("au-a-sentence-after-a-hearing-of-two-days", DATE,
     "A plea hearing for a Cairns man who ran a fake charity was held over two days last "
     "week.\n\n"
     "On Monday, Justice Ray Tan jailed him for three years. “This was a cruel fraud,” he said.",
     [("cruel fraud", on(MON))]),
    ("wire-a-witness-on-the-third-day", DATE,
     "NEW YORK (AP) — A former accountant testified Monday, the third day of the fraud trial of a "
     "hedge fund founder, that she was told to delete emails.\n\n"
     "“I was scared,” she told jurors.",
     [("delete emails", on(MON)), ("I was scared", on(MON))]),

    # Added with the rules (after the 50 above were run on main) --------------------------------------
    ("us-the-weather-service-warns-of-more-to-come", DATE,
     "Heavy rain flooded streets across Mobile on Monday and closed two schools.\n\n"
     "“Stay off the roads tonight,” Mayor Tina Hall said.\n\n"
     "The weather service warns that more rain is still to come.",
     [("more rain is still to come", on(SINCE_MON))]),
    ("ca-a-closure-for-weeks-and-the-city-says", SATURDAY_PAPER,
     "The Elm Street pool will close for six weeks starting Monday, the city announced "
     "Friday.\n\n"
     "Inspectors found a leak in the main drain, parks director Omar Haddad said.\n\n"
     "The city says a new liner has been ordered and the pool should reopen in January.",
     [("new liner has been ordered", on(FRESH_SATURDAY))]),
    ("ca-a-profile-opens-on-a-routine", DATE,
     "Ray Okafor opens the Northside boxing gym each morning before the sun is up. “Nobody else "
     "wants the keys,” he says.",
     [("wants the keys", on(NONE))]),
    ("us-a-profile-opens-on-a-childhood-age", DATE,
     "When his grandmother first sat him at her piano, Leon Marsh was four years old.\n\n"
     "Now he teaches 40 students a week from a studio above a hardware store in Tulsa.\n\n"
     "“Every kid can learn, if you let them go slowly,” he says.",
     [("Every kid can learn", on(NONE))]),
    ("wire-a-month-opens-the-paragraph", "1991-06-12",
     "The chain's troubles are not new.\n\n"
     "In April, the company closed 40 stores in the Midwest. It also cut its dividend in half. "
     "Several large holders demanded that the board sell the drugstore unit.",
     [("sell the drugstore unit", on("1991-04"))]),
    ("ca-a-speech-some-years-before-the-mine-closed", DATE,
     "Elk Lake has lost half its people since the mine shut.\n\n"
     "“This town will outlive the mine,” Mayor Ann Kerr said in a speech a few years before it "
     "closed in 2019.",
     [("outlive the mine", on(NONE))]),
    ("ca-a-letter-to-a-named-minister-dated", DATE,
     "The province wants more money from Ottawa.\n\n"
     "In a letter to Gauthier dated Oct. 24, Alberta's premier wrote that the province “cannot "
     "build homes on promises.”",
     [("build homes on promises", on("2025-10-24"))]),
    ("ca-a-rain-forecast-says", DATE,
     "Environment Canada is forecasting up to 40 millimetres of rain for Halifax by Wednesday.\n\n"
     "“Localized flooding is possible in low-lying areas,” says meteorologist Ian Hubbard.",
     [("Localized flooding", on(FRESH))]),
]

STILL_WRONG: dict[str, str] = {
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_said_on_of_kinds_of_stories(text, expected, date):
    assert article_differences(text, expected, date) == []
