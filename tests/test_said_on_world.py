"""When words were said, in news from the US, the UK, Canada, Australia, India and the wires.

Issue 12's held-out quotes miss said_on in three ways: null where fresh news takes a window (the
default, or an event's), a day from an event other than the words, and a day where the text gives
none. Each passage here is our own writing in one press's style (a day named the paragraph before,
an event's day that is not the words', words at an event whose day is written, present cues in
fresh reports and in profiles, standing positions, past words recalled, "earlier this week", "over
the weekend", "last night", a statement issued late Friday in a Monday paper, datelines, books,
reports, rulings, testimony), its said_on and channel set by conventions.md before any was run.

Most passages are dated Wednesday 12 March 2025 (FRESH: a fresh quote with no time of its own may
fall from Sunday 9 to Wednesday 12 March); a Monday paper is dated 10 March (MON_FRESH). A case's
id starts with the press it imitates: us, uk, ca (Canada), au (Australia), in (India), wire.
"""
from __future__ import annotations

import pytest

from test_canadian import Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-03-12"  # a Wednesday
FRESH = ("2025-03-09", DATE)
SUN, MON, TUE = "2025-03-09", "2025-03-10", "2025-03-11"
THU, FRI, SAT = "2025-03-06", "2025-03-07", "2025-03-08"
MONDAY_PAPER = "2025-03-10"
MON_FRESH = ("2025-03-07", MONDAY_PAPER)
TUESDAY_PAPER = "2025-03-11"
WEEKEND = (SAT, SUN)
EARLIER_THIS_WEEK = (MON, TUE)
THIS_WEEK = (MON, DATE)


def said(said_on, channel=None) -> Q:
    return Q(said_on=said_on, channel=channel)


ARTICLES = [
    # The United States ---------------------------------------------------------------------
    ("us-vote-the-paragraph-before-words-after-it", DATE,
     "On Tuesday the Riverton City Council voted 5-2 to close the Elm Street branch library.\n\n"
     "“This is a sad day for the east side,” Mayor Dana Whitfield said after the vote. “We "
     "simply did not have the money.”",
     [("sad day for the east side", said(TUE)), ("did not have the money", said(TUE))]),
    ("us-vote-the-paragraph-before-words-not-tied", DATE,
     "The Pike County school board voted Monday night to end bus service for students who live "
     "within two miles of their school.\n\n"
     "“Parents are going to have to figure this out on their own,” said Luis Ortega, who has two "
     "children at Pike Elementary.",
     [("figure this out on their own", said((MON, DATE)))]),
    ("us-arrested-monday-his-lawyer-said", DATE,
     "A former county treasurer was arrested Monday on charges that she took $2 million from a "
     "pension fund.\n\n"
     "“She will plead not guilty, and we look forward to our day in court,” her lawyer, Paul "
     "Briggs, said.",
     [("plead not guilty", said((MON, DATE)))]),
    ("us-a-vote-to-come-is-not-the-words-day", DATE,
     "The Senate is expected to vote on the bill on Friday. “We have the votes, and we will pass "
     "it,” Sen. Karen Holt, a Democrat from Oregon, told reporters.",
     [("we will pass it", said(FRESH))]),
    ("us-at-thursdays-hearing", DATE,
     "At Thursday's hearing, Judge Ellen Park asked why the city had waited so long to act. "
     "“Three years is not a reasonable time,” she said.",
     [("not a reasonable time", said(THU, "court"))]),
    ("us-ap-dateline-news-conference", DATE,
     "WASHINGTON (AP) — The Federal Reserve kept its key interest rate unchanged on Wednesday. "
     "“The economy remains strong, but inflation is still too high,” Chair Robert Lane said at a "
     "news conference.",
     [("inflation is still too high", said(DATE, "news conference"))]),
    ("us-a-profiles-says-is-no-day", DATE,
     "At 71, Maria Delgado still opens the Westside food pantry at six every morning, as she has "
     "for 22 years. “I tell people I will retire when there is no one left to feed,” Delgado "
     "says. “So, never.”",
     [("no one left to feed", said(None)), ("So, never", said(None))]),
    ("us-at-the-time-after-a-year", DATE,
     "Sen. Joan Mercer first proposed the wage plan in 2019. “Nobody who works full time should "
     "live in poverty,” she said at the time.",
     [("live in poverty", said(None))]),
    ("us-this-morning-at-a-briefing", DATE,
     "“We are asking everyone to stay off the roads,” Gov. Ruth Keller said this morning at a "
     "briefing in Albany.",
     [("stay off the roads", said(DATE, "news conference"))]),
    ("us-on-the-stand-tuesday", DATE,
     "On the stand Tuesday, the former accountant told jurors he had moved the money at his "
     "boss's direction. “I did what I was told,” Daniel Price testified.",
     [("I did what I was told", said(TUE, "court"))]),
    ("us-has-long-argued-then-fresh-words", DATE,
     "Rep. Tom Alvarez has long argued that the tax credit helps only the wealthy. “It is a gift "
     "to people who do not need one,” Alvarez said Tuesday.",
     [("helps only the wealthy", said(None)), ("gift to people", said(TUE))]),
    ("us-an-op-ed-book-argues", DATE,
     "In her new book, the economist Lena Ford argues that small cities should stop chasing "
     "factories. “The jobs are not coming back,” she writes.",
     [("jobs are not coming back", said(None, "book"))]),

    # The United Kingdom --------------------------------------------------------------------
    ("uk-broadcast-says-in-a-fresh-report", DATE,
     "Firefighters spent the night pumping water out of homes in the Cumbrian village of "
     "Appleby after the river burst its banks.\n\n"
     "“We lost everything downstairs,” says resident Peter Hale. “The insurance will not cover "
     "half of it.”",
     [("lost everything downstairs", said(FRESH)), ("insurance will not cover", said(FRESH))]),
    ("uk-tells-the-bbc-in-a-fresh-report", DATE,
     "Parents at a Leeds primary school have been told it will close at the end of term.\n\n"
     "“We were not told anything until the letter came,” one mother tells BBC News.",
     [("not told anything", said(FRESH, "interview"))]),
    ("uk-maintains-is-a-standing-position", DATE,
     "The Home Office maintains that the scheme is lawful. “The policy is fair and firm,” a Home "
     "Office spokesperson said.",
     [("the scheme is lawful", said(None)), ("fair and firm", said(FRESH))]),
    ("uk-last-night-at-a-dinner", DATE,
     "Prime Minister Alan Hart last night defended the cuts. “We have made the hard choices so "
     "that our children do not have to,” he told a party dinner in Manchester.",
     [("hard choices", said(TUE, "speech"))]),
    ("uk-a-statement-issued-late-friday-in-a-monday-paper", MONDAY_PAPER,
     "In a statement issued late on Friday, Thames Valley Police said the man had been released "
     "on bail. “Our inquiries are continuing,” the statement said.",
     [("released on bail", said(FRI, "statement")), ("inquiries are continuing",
                                                      said(FRI, "statement"))]),
    ("uk-speaking-on-tuesday-after-an-inquiry-in-january", DATE,
     "The inquiry heard in January that the warnings had been ignored. Speaking on Tuesday, Dr "
     "Helen Carr, who gave evidence to the inquiry, said: “Nothing has changed since then.”",
     [("Nothing has changed", said(TUE))]),
    ("uk-a-memoir-published-last-year", DATE,
     "Lady Ann Pryce writes in her memoir, published last year, that she was “never once asked "
     "what I thought” by the party's leaders.",
     [("never once asked", said(None, "book"))]),
    ("uk-a-report-published-monday", DATE,
     "A report published on Monday by the Institute for Fiscal Studies says households will be "
     "£1,200 worse off by 2027. “The squeeze on living standards is not over,” its authors "
     "write.",
     [("worse off by 2027", said(MON, "report")), ("squeeze on living standards",
                                                    said(MON, "report"))]),
    ("uk-earlier-this-week-told-mps", DATE,
     "Earlier this week, Health Secretary Mark Dunn told MPs that waiting lists were falling.",
     [("waiting lists were falling", said(EARLIER_THIS_WEEK, "parliament"))]),
    ("uk-words-of-2009-then-this-week", DATE,
     "When the steelworks closed in 2009, union leader Bill Harper called it “the end of the "
     "town as we know it”. Speaking this week, he said: “I was wrong. The town is still "
     "here.”",
     [("end of the town", said(None)), ("I was wrong", said(THIS_WEEK))]),

    # Canada -------------------------------------------------------------------------------
    ("ca-cp-dateline-says-then-told-reporters-tuesday", DATE,
     "OTTAWA — Finance Minister Chantal Roy says the federal deficit will be smaller than "
     "forecast.\n\n“We are on track,” Roy told reporters Tuesday on Parliament Hill.",
     [("deficit will be smaller", said(FRESH)), ("We are on track", said(TUE))]),
    ("ca-cbc-says-tenant", DATE,
     "Tenants of a Winnipeg apartment building have gone three weeks without hot water.\n\n"
     "“My kids take cold showers before school,” says tenant Amira Yusuf.",
     [("cold showers", said(FRESH))]),
    ("ca-over-the-weekend-then-saturday-in-a-monday-paper", MONDAY_PAPER,
     "Premier Doug Lindsay said over the weekend that he would not call an early election. "
     "“People want us to get on with the job,” he said Saturday in Sudbury.",
     [("early election", said(WEEKEND)), ("get on with the job", said(SAT))]),
    ("ca-a-fire-friday-words-monday", DATE,
     "Fire destroyed a seniors' home in Kamloops, B.C., on Friday. No one was hurt.\n\n"
     "“The staff got every resident out in under five minutes,” Fire Chief Ken Boyd said "
     "Monday.",
     [("every resident out", said(MON))]),
    ("ca-a-ruling-released-tuesday", DATE,
     "In a ruling released Tuesday, Justice Marie Fortin wrote that the province had “failed "
     "in its duty to consult.”",
     [("duty to consult", said(TUE, "court"))]),
    ("ca-has-long-maintained-then-an-interview", DATE,
     "The Cree Nation council has long maintained that the land was never surrendered. “This "
     "was always our land,” Chief Ray Sutherland said in an interview with CBC News.",
     [("never surrendered", said(None)), ("always our land", said(FRESH, "interview"))]),
    ("ca-question-period-monday", DATE,
     "During question period on Monday, Conservative MP Anne Leblanc accused the government of "
     "hiding the cost of the program. “Canadians deserve the truth,” she said.",
     [("deserve the truth", said(MON, "parliament"))]),
    ("ca-last-year-told-the-star", DATE,
     "Last year, Lindsay told the Toronto Star that the highway would be finished by 2026.",
     [("finished by 2026", said(None, "interview"))]),
    ("ca-after-tuesday-nights-game", DATE,
     "“It was a playoff game for us,” Canucks coach Rick Moore said after Tuesday night's 4-3 "
     "overtime win over Calgary.",
     [("playoff game for us", said(TUE))]),
    ("ca-an-email-on-sunday", DATE,
     "In an email on Sunday, a spokesperson for the minister said the file was under review.",
     [("under review", said(SUN, "email"))]),

    # Australia ----------------------------------------------------------------------------
    ("au-abc-says-then-mr-said", DATE,
     "Graziers in western Queensland are selling stock as the drought enters its third year.\n\n"
     "Longreach grazier Bob Keane says he has sold half his herd. “There is nothing left to eat "
     "out there,” Mr Keane said.",
     [("sold half his herd", said(FRESH)), ("nothing left to eat", said(FRESH))]),
    ("au-aap-told-reporters-on-wednesday", DATE,
     "NSW Premier Chris Dalton says the state will build 10,000 homes on public land. “This is "
     "the biggest housing package in the state's history,” Mr Dalton told reporters in Sydney on "
     "Wednesday.",
     [("10,000 homes", said(FRESH)), ("biggest housing package", said(DATE))]),
    ("au-senate-estimates-on-tuesday", DATE,
     "Appearing before Senate estimates on Tuesday, the head of the Bureau of Meteorology, Dr "
     "Karen Wells, said the agency had been warned about the outage.",
     [("warned about the outage", said(TUE, "parliament"))]),
    ("au-statement-late-friday-lawyer-monday", MONDAY_PAPER,
     "The Australian Federal Police issued a statement late on Friday saying a 34-year-old man "
     "had been charged. On Monday, his lawyer said he would fight the charges.",
     [("had been charged", said(FRI, "statement")), ("fight the charges", said(MONDAY_PAPER))]),
    ("au-a-flood-sunday-words-tuesday", DATE,
     "The flood peaked in Lismore on Sunday. “We are not out of the woods yet,” the State "
     "Emergency Service's Tim Black said on Tuesday.",
     [("out of the woods", said(TUE))]),
    ("au-have-repeatedly-said-then-monday", DATE,
     "The Greens have repeatedly said the mine should never have been approved. “It is a climate "
     "bomb,” Greens leader Sarah Finch said on Monday.",
     [("never have been approved", said(None)), ("climate bomb", said(MON))]),
    ("au-after-saturdays-grand-final", "2025-03-09",
     "“I'm so proud of how the boys played tonight,” coach Mick Harlow said after Saturday's "
     "grand final win.",
     [("how the boys played", said(SAT))]),
    ("au-coroners-findings-thursday", DATE,
     "In her findings handed down on Thursday, Coroner Jane Blake said the death was "
     "preventable. “These warnings were ignored for years,” she wrote.",
     [("death was preventable", said(THU, "court")), ("ignored for years", said(THU, "court"))]),
    ("au-told-abc-radio-this-morning", DATE,
     "Mr Dalton told ABC Radio Sydney this morning that the trains would run on time.",
     [("run on time", said(DATE, "interview"))]),
    ("au-reuters-said-on-tuesday-then-a-statement", DATE,
     "SYDNEY (Reuters) - Qantas said on Tuesday it would cut 500 jobs. “This is a difficult but "
     "necessary decision,” chief executive Alan Reid said in a statement.",
     [("cut 500 jobs", said(TUE)), ("difficult but necessary", said(FRESH, "statement"))]),

    # India --------------------------------------------------------------------------------
    ("in-pti-dateline-on-wednesday-addressing-a-function", DATE,
     "New Delhi, Mar 12 (PTI) Union Home Minister Rakesh Verma on Wednesday said the government "
     "would bring a new law on cyber crime. “No criminal will escape,” he said while addressing "
     "a function here.",
     [("new law on cyber crime", said(DATE)), ("No criminal will escape", said(DATE, "speech"))]),
    ("in-told-toi-on-tuesday", DATE,
     "“We have not received a single rupee of the promised relief,” farmer Suresh Patil told TOI "
     "on Tuesday.",
     [("single rupee", said(TUE, "interview"))]),
    ("in-had-said-last-month", DATE,
     "The chief minister had said last month that the bridge would open by March.",
     [("bridge would open", said("2025-02"))]),
    ("in-high-court-on-tuesday-a-bench-said", DATE,
     "The Bombay High Court on Tuesday pulled up the civic body over potholes. “Citizens cannot "
     "be left to fend for themselves,” a bench of Justices A K Menon and R S Dalvi said.",
     [("fend for themselves", said(TUE, "court"))]),
    ("in-alleged-then-asked-at-a-press-conference", DATE,
     "Congress leader Priya Nair alleged that the scheme was a scam. “Where has the money gone?” "
     "she asked at a press conference in Lucknow.",
     [("Where has the money gone", said(FRESH, "news conference"))]),
    ("in-arrested-sunday-police-said-tuesday", DATE,
     "The accused was arrested on Sunday from his home in Pune, police said on Tuesday.",
     [("arrested on Sunday", said(TUE))]),
    ("in-a-report-tabled-last-year", DATE,
     "A CAG report tabled in Parliament last year had said the project was running three years "
     "late.",
     [("three years late", said(None, "report"))]),
    ("in-addressing-a-rally-last-night", DATE,
     "Addressing a rally in Patna last night, Ravi Sinha said the alliance would win 200 seats.",
     [("win 200 seats", said(TUE, "speech"))]),
    ("in-posted-on-x-on-monday", DATE,
     "“Proud of our scientists,” Prime Minister Arjun Mehta posted on X on Monday.",
     [("Proud of our scientists", said(MON, "Twitter"))]),
    ("in-speaking-to-reporters-after-a-meeting-monday", DATE,
     "Speaking to reporters after meeting the Governor on Monday, Sinha said his party had the "
     "numbers.",
     [("had the numbers", said(MON))]),

    # The wires ----------------------------------------------------------------------------
    ("wire-reuters-people-familiar-on-wednesday", DATE,
     "LONDON, March 12 (Reuters) - Britain's biggest lender is preparing to cut 3,000 jobs, two "
     "people familiar with the matter said on Wednesday.",
     [("cut 3,000 jobs", said(DATE))]),
    ("wire-afp-told-afp-by-telephone", DATE,
     "“The shelling has not stopped for three days,” a resident of the city told AFP by "
     "telephone.",
     [("shelling has not stopped", said(FRESH, "interview"))]),
    ("wire-ap-fired-in-2021-said-at-the-time", DATE,
     "Reed, who was fired in 2021, said at the time that he had done nothing wrong.",
     [("done nothing wrong", said(None))]),
    ("wire-talks-monday-after-the-talks", DATE,
     "Foreign ministers met in Geneva on Monday. After the talks, the Turkish foreign minister "
     "told a news conference: “We have made progress.”",
     [("made progress", said(MON, "news conference"))]),
    ("wire-a-statement-on-sunday-in-a-monday-paper", MONDAY_PAPER,
     "The company said in a statement on Sunday that it had found no evidence of a breach.",
     [("no evidence of a breach", said(SUN, "statement"))]),
    ("wire-ap-an-interview-tuesday", DATE,
     "“We are not going anywhere,” Ortiz said in an interview Tuesday with The Associated "
     "Press.",
     [("not going anywhere", said(TUE, "interview"))]),
    ("wire-earlier-tuesday-in-a-tuesday-paper", TUESDAY_PAPER,
     "Earlier Tuesday, the defence ministry said two drones had been shot down over the border "
     "region.",
     [("two drones", said(TUESDAY_PAPER))]),
    ("wire-speaking-at-the-un-on-tuesday", DATE,
     "Speaking at the United Nations General Assembly on Tuesday, the president said the war "
     "had to end.",
     [("war had to end", said(TUE, "speech"))]),
    ("wire-arrested-in-january-lawyer-tuesday", DATE,
     "He was arrested in January. His lawyer, Lisa Grant, said Tuesday that he would plead not "
     "guilty.",
     [("plead not guilty", said(TUE))]),
    ("wire-last-year-he-told", DATE,
     "Last year he told the Financial Times that the bank had no plans to sell the unit.",
     [("no plans to sell", said(None, "interview"))]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG = {
    "uk-maintains-is-a-standing-position": "said_on: a present cue of the lede opens a story about "
                                           "words said now, whatever its verb; reading a verb of a "
                                           "position held ('maintains', 'insists', 'thinks') as "
                                           "no day even in the lede changed 6 records of 460 "
                                           "unjudged articles: 4 right to wrong (BBC sport's "
                                           "'X insists' ledes give what a player has just told "
                                           "the BBC; 'what he thinks should be' in a lede of a "
                                           "speech), 2 doubtful, so it was taken out",
    "in-high-court-on-tuesday-a-bench-said": "speaker, then said_on and channel: 'a bench of "
                                             "Justices A K Menon and R S Dalvi said' is found as "
                                             "no cue (names of initials joined by 'and' after "
                                             "'Justices'), so the quote has no attribution to "
                                             "place ('the court said' gets Tuesday and court)",
    "au-coroners-findings-thursday": "channel, not said_on: a coroner's findings are read as a "
                                     "report (findings.txt), not a court's ruling",
    "wire-speaking-at-the-un-on-tuesday": "channel, not said_on: 'Speaking at the United Nations "
                                          "General Assembly' names an assembly, not an occasion "
                                          "of a speech",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_said_on_and_channel_of_news_from_any_country(text, expected, date):
    assert article_differences(text, expected, date) == []
