"""News from any country as it is written: the channel (with the name and said_on) of each quote.

Issue 12's held-out quotes mostly MISS a channel the press names in its own ways: an outlet told
or spoken on, an interview or an occasion set up before the quote in its paragraph, letters,
court filings, reports, posts, statements read out, news conferences, speeches, hearings,
podcasts, emails. Every passage here is our own writing in the style of news from the US, the UK,
Ireland, Canada, Australia, India, South Africa and the wire services, written with its record by
conventions.md before any was run (65 passages, 73 quotes). The first run, on main 14faad8: 61 of
the 73 channels right, 3 quotes not found at all, 18 passages wrong, 4 of them only by a gender
this file first left unknown where the passage gives it ("she wrote", "her opponent", "the army
spokesman"), mended here as conventions.md says. After this round's rules: 69 of 73 channels
right, 5 passages still wrong (STILL_WRONG says why), none of them for a channel's grammar.
GUARDS and WITH_THE_RULES were written with the rules.

Every article is dated Thursday 10 April 2025 (FRESH: a fresh quote with no time of its own may
fall anywhere from Monday 7 to Thursday 10 April). A case's id starts with where its style comes
from (us, uk, ie, ca, au, in, za, wire) and then how the channel is written: before (set up in a
sentence or phrase before the quote), after (in the quote's own sentence, after the words), scene
(an occasion the speaker is put in), medium (named by the medium), none (no channel written).
Each quote is found by words of its own; only the fields given are checked.
"""
from __future__ import annotations

import pytest

from test_canadian import Q, body, person
from test_canadian_placing import article_differences, article_params

DATE = "2025-04-10"
FRESH = ("2025-04-07", "2025-04-10")
MON, TUE, WED, THU = "2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"
SAT, SUN = "2025-04-05", "2025-04-06"


def ch(channel, **rest) -> Q:
    """A quote checked for its channel (and what else is given) only."""
    return Q(channel=channel, **rest)


ARTICLES = [
    # ---------------------------------------------------------------- United States
    ("us-after-told-paper-on-day", DATE,
     "“We are not going to back down,” Sen. Maria Alvarez told The Dallas Morning News on "
     "Tuesday. The bill stalled in committee last month.",
     [("back down", person("Maria Alvarez", channel="interview", said_on=TUE))]),
    ("us-before-interview-opens-paragraph", DATE,
     "In an interview on Wednesday, Gov. Thomas Reilly said the state would not raise taxes "
     "this year. “People are stretched thin,” he said. “This is not the year for it.”",
     [("raise taxes", person("Thomas Reilly", "male", channel="interview", said_on=WED)),
      ("stretched thin", person("Thomas Reilly", "male", channel="interview")),
      ("not the year", person("Thomas Reilly", "male", channel="interview"))]),
    ("us-before-spoke-to-paper-from-home", DATE,
     "Linda Moss spoke to The Herald from her home in Dayton on Monday, a week after the flood "
     "took her garage and her car. “We lost everything we couldn't carry,” she said.",
     [("couldn't carry", person("Linda Moss", "female", channel="interview", said_on=(MON, THU)))]),
    ("us-after-said-on-sunday-show", DATE,
     "Treasury Secretary Alan Brooks said on CBS's “Face the Nation” on Sunday that the tariffs "
     "would stay in place through the summer.",
     [("tariffs", person("Alan Brooks", channel="interview", said_on=SUN))]),
    ("us-medium-post-on-x", DATE,
     "The ruling drew fire within hours. “This is a gift to polluters,” Sen. Rachel Kim wrote in "
     "a post on X.",
     [("gift to polluters", person("Rachel Kim", channel="Twitter"))]),
    ("us-scene-news-conference-then-said", DATE,
     "At a news conference outside City Hall on Tuesday, Mayor Derek Hale defended the budget. "
     "“We cut where it hurt least,” Hale said. “Nobody likes it, and I don't either.”",
     [("hurt least", person("Derek Hale", channel="news conference", said_on=TUE)),
      ("Nobody likes it", person("Derek Hale", channel="news conference", said_on=TUE))]),
    ("us-after-testified-subcommittee", DATE,
     "“I was never told about the warnings,” the former safety chief, Karen Wu, testified before "
     "a House subcommittee on Wednesday.",
     [("never told", person("Karen Wu", channel="parliament", said_on=WED))]),
    ("us-before-letter-to-shareholders", DATE,
     "In a letter to shareholders released Monday, chief executive Paula Grant said the company "
     "would cut 4,000 jobs by the end of the year. The cuts were “painful but necessary,” she "
     "wrote.",
     [("4,000 jobs", person("Paula Grant", "female", channel="letter", said_on=MON)),
      ("painful but necessary", person("Paula Grant", "female", channel="letter"))]),
    ("us-after-court-filings", DATE,
     "Lawyers for the city argued in court filings on Tuesday that the lawsuit should be "
     "dismissed.",
     [("dismissed", ch("report", said_on=TUE))]),
    ("us-before-video-statement", DATE,
     "In a video statement posted to social media, Gov. Ellen Marsh urged residents to stay off "
     "the roads. “Please, stay home tonight,” Marsh said.",
     [("stay home tonight", person("Ellen Marsh", channel="statement"))]),
    ("us-none-union-president", DATE,
     "“It's a good day for working families,” said Tom Ruiz, president of the local carpenters "
     "union. Ruiz said the agreement would be put to a vote next week.",
     [("good day", person("Tom Ruiz", channel=None, said_on=FRESH)),
      ("put to a vote", person("Tom Ruiz", channel=None, said_on=FRESH))]),
    ("us-medium-podcast-interview", DATE,
     "Rep. Jordan Ellis said in a podcast interview released Wednesday that he would not run for "
     "governor next year.",
     [("run for", person("Jordan Ellis", "male", channel="podcast", said_on=WED))]),
    ("us-medium-according-to-transcript", DATE,
     "A federal judge in Boston questioned the government's lawyers sharply at a hearing on "
     "Tuesday. “Where is the evidence?” U.S. District Judge Nora Blake asked, according to a "
     "transcript.",
     [("evidence", person("Nora Blake", channel="court"))]),
    ("us-scene-speaking-at-rally", DATE,
     "Speaking at a rally in Scranton, Pennsylvania, on Saturday, Sen. Tom Barrow said the plan "
     "would raise costs for families. “They want to take your money,” he told the crowd.",
     [("raise costs", person("Tom Barrow", "male", channel="speech", said_on=SAT)),
      ("your money", person("Tom Barrow", "male", channel="speech"))]),
    ("us-medium-debate", DATE,
     "During Tuesday night's debate, Alvarez said her opponent had “never held a real job.”",
     [("real job", person("Alvarez", "female", channel="debate", said_on=TUE))]),
    ("us-scene-committee-hearing", DATE,
     "Speaking at a Senate Judiciary Committee hearing on Tuesday, Sen. Mark Hollis said the "
     "nominee had “dodged every question.”",
     [("dodged", person("Mark Hollis", channel="parliament", said_on=TUE))]),

    # ---------------------------------------------------------------- United Kingdom
    ("uk-after-told-today-programme", DATE,
     "The health secretary, Priya Nair, told the BBC's Today programme that waiting lists would "
     "fall by the summer.",
     [("waiting lists", person("Priya Nair", channel="interview", said_on=FRESH))]),
    ("uk-scene-speaking-on-sky-news", DATE,
     "Speaking on Sky News on Sunday morning, the shadow chancellor, Mark Fenwick, said the "
     "government had “lost control of the public finances”.",
     [("lost control", person("Mark Fenwick", channel="interview", said_on=SUN))]),
    ("uk-before-remarks-to-the-chamber", DATE,
     "In remarks to the chamber, the Speaker, Sir Alan Cole, said the behaviour of some members "
     "had been “unacceptable”.",
     [("unacceptable", person("Alan Cole", "male", channel="parliament"))]),
    ("uk-before-pmqs", DATE,
     "Joanna Hart faced a barrage of questions over the rail strike. During prime minister's "
     "questions, Ms Hart said the government “will not be lectured” by the opposition.",
     [("lectured", person("Joanna Hart", "female", channel="parliament"))]),
    ("uk-none-spokesman", DATE,
     "The man was detained on Monday. A Home Office spokesman said: “We do not comment on "
     "individual cases.”",
     [("individual cases", person(None, "male", channel=None))]),
    ("uk-after-told-radio-station", DATE,
     "“I thought I was going to die,” Karen Lowe told BBC Radio 5 Live.",
     [("going to die", person("Karen Lowe", channel="interview", said_on=FRESH))]),
    ("uk-scene-addressing-reporters", DATE,
     "Addressing reporters outside the court, the family's solicitor, James Reed, said they were "
     "“relieved” by the verdict.",
     [("relieved", person("James Reed", channel=None))]),
    ("uk-before-statement-read-outside-court", DATE,
     "In a statement read outside Westminster Magistrates' Court by their solicitor, the family "
     "said they had been “failed at every turn”.",
     [("every turn", ch("statement"))]),
    ("uk-after-interview-with-paper", DATE,
     "“The party has lost its way,” the former minister Helen Shaw said in an interview with the "
     "Guardian.",
     [("lost its way", person("Helen Shaw", channel="interview", outlet="Guardian"))]),
    ("uk-scene-appearing-on-breakfast-tv", DATE,
     "Appearing on ITV's Good Morning Britain, the education secretary, Neil Burrows, said "
     "teachers would get a “fair” pay rise.",
     [("pay rise", person("Neil Burrows", channel="interview"))]),
    ("uk-before-court-giving-evidence", DATE,
     "Giving evidence on Wednesday, the witness, Claire Dunn, told the jury she had seen the car "
     "“swerve twice” before it hit the wall.",
     [("swerve twice", person("Claire Dunn", "female", channel="court", said_on=WED))]),
    ("uk-after-judge-sentencing", DATE,
     "Sentencing him at Leeds Crown Court, Judge Helen March told Peter Vane: “You betrayed the "
     "trust of every patient in your care.”",
     [("betrayed", person("Helen March", channel="court"))]),

    # ---------------------------------------------------------------- Ireland
    ("ie-scene-speaking-on-rte", DATE,
     "Speaking on RTÉ's Morning Ireland, the Tánaiste, Seán Walsh, said the budget would include "
     "“real help” for renters.",
     [("real help", person("Seán Walsh", channel="interview"))]),
    ("ie-scene-speaking-in-the-dail", DATE,
     "Speaking in the Dáil on Tuesday, Mr Walsh said the housing figures were “deeply "
     "disappointing”.",
     [("deeply", person("Walsh", "male", channel="parliament", said_on=TUE))]),
    ("ie-before-spoke-to-irish-times", DATE,
     "Mary Byrne spoke to The Irish Times from her home in Athlone. “Nobody answered my "
     "letters,” she said. “Not one.”",
     [("Nobody answered", person("Mary Byrne", "female", channel="interview")),
      ("Not one", person("Mary Byrne", "female", channel="interview"))]),
    ("ie-after-told-paper-wrote-to-agency", DATE,
     "Ms Byrne told the Irish Independent that she had written to the health service twice.",
     [("written to", person("Byrne", "female", channel="interview"))]),

    # ---------------------------------------------------------------- Canada
    ("ca-before-question-period", DATE,
     "During question period on Wednesday, Conservative MP Dan Kerr accused the government of "
     "hiding the cost. “Canadians deserve to know,” Kerr said.",
     [("deserve to know", person("Dan Kerr", channel="parliament", said_on=WED))]),
    ("ca-before-email-to-outlet", DATE,
     "In an email to CBC News, a spokesperson for the ministry said the review was ongoing.",
     [("review", person(None, channel="email"))]),
    ("ca-before-news-release", DATE,
     "In a news release on Tuesday, the RCMP said the driver, 34, was taken to hospital with "
     "serious injuries.",
     [("hospital", body("RCMP", channel="press release", said_on=TUE))]),
    ("ca-after-told-host", DATE,
     "“We have nowhere left to go,” Anna Petrie told Radio-Canada on Monday.",
     [("nowhere left", person("Anna Petrie", channel="interview", said_on=MON))]),

    # ---------------------------------------------------------------- Australia
    ("au-after-told-abc-radio", DATE,
     "“We are at the mercy of the weather,” the Rural Fire Service commissioner, Rob Dale, told "
     "ABC radio.",
     [("mercy", person("Rob Dale", channel="interview"))]),
    ("au-after-told-talkback-station", DATE,
     "The opposition leader, Craig Moss, told 2GB on Wednesday that the policy was “a dog's "
     "breakfast”.",
     [("dog's breakfast", person("Craig Moss", channel="interview", said_on=WED))]),
    ("au-scene-appearing-before-senate-estimates", DATE,
     "Appearing before Senate estimates on Tuesday, the department's secretary, Jane Olsen, said "
     "the contract had been “poorly managed”.",
     [("poorly managed", person("Jane Olsen", channel="parliament", said_on=TUE))]),
    ("au-scene-press-conference", DATE,
     "Speaking at a press conference in Brisbane on Monday, Premier Lisa Tran said the state "
     "would cover the cost of the clean-up.",
     [("clean-up", person("Lisa Tran", channel="news conference", said_on=MON))]),
    ("au-none-speaking-to-reporters", DATE,
     "Speaking to reporters in Canberra, Mr Moss said the government had “no plan”.",
     [("no plan", person("Moss", "male", channel=None))]),

    # ---------------------------------------------------------------- India
    ("in-scene-addressing-rally", DATE,
     "Addressing a rally in Patna on Sunday, Chief Minister Rajesh Kumar said the state would "
     "build 500 new schools.",
     [("500 new schools", person("Rajesh Kumar", channel="speech", said_on=SUN))]),
    ("in-medium-post-on-x", DATE,
     "In a post on X, Congress leader Anil Mehta said the government had “failed the farmers”.",
     [("failed the farmers", person("Anil Mehta", channel="Twitter"))]),
    ("in-scene-speaking-to-agency", DATE,
     "Speaking to PTI, district magistrate Sunil Verma said relief camps had been set up in "
     "three villages.",
     [("relief camps", person("Sunil Verma", channel="interview"))]),
    ("in-scene-replying-to-debate-in-house", DATE,
     "Replying to a debate in the Lok Sabha, Finance Minister Meera Rao said the deficit would "
     "be brought down to 4.5 per cent.",
     [("deficit", person("Meera Rao", channel="parliament"))]),
    ("in-before-scene-addressed-hall", DATE,
     "Kumar addressed a packed hall in Lucknow on Sunday evening. “This is our moment,” he said.",
     [("our moment", person("Kumar", "male", channel="speech", said_on=SUN))]),

    # ---------------------------------------------------------------- South Africa
    ("za-scene-speaking-to-broadcaster", DATE,
     "Speaking to SABC News, Thabo Ndlovu said the party would not join the coalition.",
     [("coalition", person("Thabo Ndlovu", channel="interview"))]),
    ("za-before-statement-on-day", DATE,
     "In a statement on Sunday, the African National Congress said it “noted” the court's "
     "decision.",
     [("noted", body("African National Congress", channel="statement", said_on=SUN))]),
    ("za-scene-addressing-national-assembly", DATE,
     "Addressing the National Assembly on Tuesday, President Sipho Dube said load shedding "
     "would end by winter.",
     [("load shedding", person("Sipho Dube", channel="parliament", said_on=TUE))]),

    # ---------------------------------------------------------------- Wire services
    ("wire-after-told-agency-by-phone", DATE,
     "“The talks are over,” a senior union official told Reuters by phone.",
     [("talks are over", person(None, channel="interview", outlet="Reuters"))]),
    ("wire-after-telephone-interview", DATE,
     "Mayor Ines Cortez said in a telephone interview with The Associated Press that the town "
     "had run out of clean water.",
     [("clean water", person("Ines Cortez", channel="interview"))]),
    ("wire-after-told-news-conference", DATE,
     "“There is no ceasefire,” the army spokesman, Col. Ahmed Farouk, told a news conference in "
     "Cairo.",
     [("no ceasefire", person("Ahmed Farouk", "male", channel="news conference"))]),
    ("wire-after-report-released", DATE,
     "The International Monetary Fund said in a report released Thursday that global growth "
     "would slow to 2.8 per cent.",
     [("global growth", body("International Monetary Fund", channel="report", said_on=THU))]),
    ("wire-after-analyst-call", DATE,
     "“Demand is softening,” chief financial officer Laura Chen said on a conference call with "
     "analysts.",
     [("softening", person("Laura Chen", channel=None))]),
    ("wire-none-told-reporters", DATE,
     "“We'll see what happens,” the president told reporters aboard his plane.",
     [("see what happens", ch(None))]),
    ("wire-before-speech-to-council", DATE,
     "In a speech to the Council on Foreign Relations in New York, Foreign Minister Lars "
     "Holm said Europe must “pay for its own defence”.",
     [("own defence", person("Lars Holm", channel="speech"))]),

    # ---------------------------------------------------------------- Media, any country
    ("any-after-linkedin-post", DATE,
     "“After 22 years, it's time for something new,” Rachel Adams wrote in a LinkedIn post on "
     "Monday.",
     [("22 years", person("Rachel Adams", channel="social media", said_on=MON))]),
    ("any-before-shared-on-instagram", DATE,
     "The singer Lola Grey shared the news on Instagram on Tuesday. “We're going home,” she "
     "wrote beside a photo of the band.",
     [("going home", person("Lola Grey", "female", channel="Instagram", said_on=TUE))]),
    ("any-after-text-message", DATE,
     "Asked about the vote, Mr Patel said in a text message: “No comment at this time.”",
     [("No comment", person("Patel", "male", channel="text message"))]),
    ("any-before-blog", DATE,
     "Writing on his blog on Tuesday, the economist Paul Stern said the jobs figures were "
     "“worse than they look”.",
     [("worse than", person("Paul Stern", "male", channel="blog", said_on=TUE))]),
    ("any-next-paragraph-none", DATE,
     "In an interview with the Toronto Star on Monday, Ms Chen said the deal was close.\n\n"
     "Talks resumed on Wednesday.\n\n“It's complicated,” Chen said.",
     [("deal was close", person("Chen", "female", channel="interview", said_on=MON)),
      ("complicated", person("Chen", "female", channel=None, said_on=FRESH))]),
    ("any-none-neighbour", DATE,
     "Residents say the road has been dangerous for years. “Someone is going to get killed,” "
     "said Peter O'Neill, who has lived on the street since 1985.",
     [("get killed", person("Peter O'Neill", channel=None, said_on=FRESH))]),
    ("any-after-email", DATE,
     "“We have no record of the complaint,” a spokesman for the council said in an email.",
     [("no record", person(None, "male", channel="email"))]),
    ("any-medium-facebook-post", DATE,
     "The Riverside Rovers confirmed the news in a Facebook post on Sunday: “After 90 years, our "
     "doors will close for good.”",
     [("close for good", body("Riverside Rovers", channel="Facebook", said_on=SUN))]),
    ("any-before-report-then-it-said", DATE,
     "The watchdog published its report into the hospital on Tuesday. “The failures were "
     "systemic and long-standing,” the report said.",
     [("systemic", ch("report", said_on=TUE))]),
]

# Guards written with the rules: words like a channel's that name none.
GUARDS = [
    ("guard-chamber-of-commerce", DATE,
     "“The port must reopen by May,” said Ann Ruiz, who chairs the chamber of commerce.",
     [("port must reopen", person("Ann Ruiz", channel=None))]),
    ("guard-echo-chamber", DATE,
     "“We live in an echo chamber,” said Dana Price, a media researcher in Leeds.",
     [("echo chamber", person("Dana Price", channel=None))]),
    ("guard-a-minister-s-questions", DATE,
     "Asked about the minister's questions, Ms Hart said she had “nothing to add”.",
     [("nothing to add", person("Hart", "female", channel=None))]),
    ("guard-chamber-in-the-subject", DATE,
     "“This chamber has failed,” said Senator Ruth Obi in remarks to the chamber on Tuesday.",
     [("has failed", person("Ruth Obi", channel="parliament", said_on=TUE))]),
]

# Written with the rules, after the first run: each fails without its rule.
WITH_THE_RULES = [
    ("rule-quoted-title-alone", DATE,
     "Brooks said on “Meet the Press” that the tariffs would stay in place.",
     [("tariffs", ch("interview", outlet="Meet the Press"))]),
    ("also-quoted-title-of-a-broadcaster-speaking-on", DATE,
     "Alan Brooks, speaking on NBC's “Meet the Press,” said the tariffs would stay in place.",
     [("tariffs", person("Alan Brooks", channel="interview", outlet="NBC"))]),
    ("guard-quoted-title-of-remarks", DATE,
     "In remarks on “Building a Better Port,” Brooks said the tariffs would stay in place.",
     [("tariffs", ch(None))]),
    ("rule-australian-call-sign", DATE,
     "Craig Moss told 3AW on Wednesday that the policy was a mess.",
     [("a mess", person("Craig Moss", channel="interview", outlet="3AW", said_on=WED))]),
    ("rule-told-a-programme-that", DATE,
     "Priya Nair told BBC Radio 4's Today programme that waiting lists would fall.",
     [("waiting lists", person("Priya Nair", channel="interview", outlet="BBC Radio 4"))]),
    ("rule-according-to-research", DATE,
     "Women now buy more than half of all games consoles, according to industry research.",
     [("games consoles", ch("report"))]),
    ("guard-a-firm-named-research", DATE,
     "“Sales rose in every market,” said Ann Cole, a spokeswoman for Research In Motion.",
     [("every market", person("Ann Cole", "female", channel=None))]),
    ("rule-that-clause-after-a-channel-s-participle", DATE,
     "The company said in a statement issued Tuesday that the plant would close in June.",
     [("plant would close", ch("statement", said_on=TUE))]),
    ("rule-a-podcast-interview", DATE,
     "“I'm done with politics,” Ellis said in a podcast interview.",
     [("done with politics", ch("podcast"))]),
    ("guard-a-tv-interview", DATE,
     "“I'm done with politics,” Ellis said in a TV interview.",
     [("done with politics", ch("interview"))]),
    ("rule-addressing-a-club-that-hears-speakers", DATE,
     "Addressing the Empire Club of Canada on Tuesday, Finance Minister Lars Holm said taxes "
     "would fall.",
     [("taxes would fall", person("Lars Holm", channel="speech", said_on=TUE))]),
    ("guard-a-body-praised-is-no-audience", DATE,
     "Lars Holm praised the chamber of commerce and said taxes would fall.",
     [("taxes would fall", person("Lars Holm", channel=None))]),
    ("guard-the-council-speaking", DATE,
     "The UN Security Council said in a resolution that the war must end.",
     [("war must end", body("UN Security Council", channel=None))]),
    ("guard-a-model-number-told", DATE,
     "Craig Moss told G7 leaders that the policy was a mess.",
     [("a mess", person("Craig Moss", channel=None))]),
]

# Cases still wrong, each with why (a strict xfail: it must start passing to be taken off).
# On main 14faad8, 18 of the 65 passages failed (4 only by this file's own gender mistakes, since
# mended); the rules of this round mended 8 more; these 6 are left, none for its channel grammar:
STILL_WRONG: dict[str, str] = {
    "uk-scene-appearing-on-breakfast-tv": "name, not channel (the interview is right): the "
                                          "programme's title 'Good Morning Britain' is taken "
                                          "for the speaker over the education secretary in "
                                          "apposition",
    "in-scene-speaking-to-agency": "the parser reads 'to PTI, district magistrate Sunil "
                                   "Verma' as one object of 'to', leaving 'said' no subject: "
                                   "no speaker, and the opening phrase's interview is the "
                                   "subject's only",
    "in-before-scene-addressed-hall": "'Kumar addressed a packed hall' names neither the "
                                      "speaker of 'he said' (a surname alone, no person "
                                      "named before) nor a speech: a hall is a place, and "
                                      "'at City Hall', 'at a town hall' are no speech",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES + GUARDS + WITH_THE_RULES, STILL_WRONG)))
def test_world_channels(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
