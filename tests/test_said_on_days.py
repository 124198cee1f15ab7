"""said_on: the day of the words, not of the event.

conventions.md (said_on): explicit time tied to the statement decides ("said Saturday", "late
Tuesday", "in a statement early Wednesday", "yesterday" and "last night" counted from the
article's own date, "this morning" and "tonight" the article's day, "this week" its Monday to the
article's day, "last week" the previous Monday to Sunday, "last month" that month). A day named
once early in a story dates the event; the quotes after it, not tied to another time, are
reactions: [event day, article date]; where two events on two days are told, each quote takes
the day its own paragraph ties it to. A day inside the quotation is the event's, not the words'.
Present perfect and standing positions ("has said", "has repeatedly said", "has long argued")
are null; words dated by a year only ("told X in 2019", "said last year") are null, "said at
the time" takes the time the story gives. Words not yet said ("is expected to say") have no
day; prepared remarks released in advance were written by the day of their release. A timeline
or live blog dates each entry by the day it gives. A dateline's day is the day the story was
written: weekdays count back from it.

Each passage is our own writing in one press's style, its expected said_on set by those rules
before it was run. Passages are dated Thursday 6 November 2025 unless a case says otherwise. A
case's id starts with the press it imitates: ca (Canada), us, uk, au (Australia), wire.
"""
from __future__ import annotations

import pytest

from test_canadian import Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-11-06"  # a Thursday
FRESH = ("2025-11-03", DATE)
FRI, SAT, SUN, MON, TUE, WED = ("2025-10-31", "2025-11-01", "2025-11-02", "2025-11-03",
                                "2025-11-04", "2025-11-05")
SINCE_FRI = (FRI, DATE)
SINCE_MON = (MON, DATE)
SINCE_TUE = (TUE, DATE)
THIS_WEEK = (MON, DATE)
LAST_WEEK = ("2025-10-27", "2025-11-02")
LAST_THURSDAY = "2025-10-30"
WEEKEND = (SAT, SUN)
OCTOBER = "2025-10"
THIS_MONTH = ("2025-11-01", DATE)
FRIDAY_PAPER = "2025-11-07"
SATURDAY_PAPER = "2025-11-08"
MONDAY_PAPER = "2025-11-03"
NONE = None


def on(said_on) -> Q:
    return Q(said_on=said_on)


ARTICLES = [
    # A day named once early; the quotes paragraphs later --------------------------------------
    ("ca-a-council-vote-and-a-councillor-after-it", DATE,
     "On Tuesday, Kingston city council voted 9-4 to close two outdoor rinks this winter.\n\n"
     "The rinks cost the city about $180,000 a year to flood and staff.\n\n"
     "Residents of the north end have fought the closing since the spring.\n\n"
     "“We just took away the one free thing kids in this ward had,” Coun. Rob Haines said after "
     "the vote.",
     [("one free thing", on(TUE))]),
    ("us-a-board-approves-on-friday-and-parents-react", DATE,
     "The Cedar Falls school board on Friday approved a plan to start high school classes an hour "
     "later next fall.\n\n"
     "The change will cost about $400,000 a year in extra bus routes.\n\n"
     "“My son will finally get some sleep,” said parent Laura Quinn.",
     [("finally get some sleep", on(SINCE_FRI))]),
    ("uk-a-home-secretary-tells-mps-and-a-rival-replies", DATE,
     "On Tuesday, the Home Secretary announced that 12 asylum hotels would close by March.\n\n"
     "“These hotels were never meant to be permanent,” she told MPs.\n\n"
     "The shadow home secretary, Tom Reddy, said: “This is a promise we have heard before.”",
     [("never meant to be permanent", on(TUE)),
      ("heard before", on(SINCE_TUE))]),
    ("au-a-budget-handed-down-and-a-treasurer-says-later", DATE,
     "The Queensland Treasurer handed down the state budget on Tuesday with a $2.1 billion "
     "deficit.\n\n"
     "Spending on hospitals rises by 9 per cent.\n\n"
     "The Opposition leader, Kate Moss, said the budget was a “credit card with no limit”.",
     [("credit card with no limit", on(SINCE_TUE))]),

    # Two events on two days in one story ------------------------------------------------------
    ("us-a-rally-saturday-and-the-governor-sunday", MONDAY_PAPER,
     "Thousands of teachers marched on the Capitol in Denver on Saturday to demand higher pay.\n\n"
     "“We are done waiting,” organizer Maria Sosa told the crowd.\n\n"
     "On Sunday, Gov. Hal Brooks responded in a statement.\n\n"
     "“I share their goal, but the money has to come from somewhere,” Brooks said.",
     [("done waiting", on(SAT)),
      ("money has to come from somewhere", on(SUN))]),
    ("ca-a-fire-monday-and-a-news-conference-wednesday", DATE,
     "A fire destroyed a furniture warehouse in Moncton on Monday.\n\n"
     "“Everything we built in 20 years is gone,” owner Luc Gallant said Monday as he watched "
     "crews pour water on the ruins.\n\n"
     "At a news conference Wednesday, fire chief Dana Wells said the blaze was set on purpose.\n\n"
     "“We have ruled out every accidental cause,” Wells said.",
     [("built in 20 years", on(MON)),
      ("ruled out every accidental cause", on(WED))]),
    ("uk-a-match-saturday-and-a-sacking-monday", DATE,
     "Rovers lost 4-0 at home to Wanderers on Saturday, their sixth defeat in a row.\n\n"
     "“We were second to every ball,” the manager, Paul Kerr, said after the game.\n\n"
     "On Monday the club sacked Kerr.\n\n"
     "“Results have not been good enough,” the chairman, Ian Ford, said in a statement.",
     [("second to every ball", on(SAT)),
      ("not been good enough", on(MON))]),
    ("au-a-storm-friday-and-a-clean-up-sunday", MONDAY_PAPER,
     "A storm tore roofs off dozens of homes in Toowoomba on Friday night.\n\n"
     "On Sunday, volunteers joined the clean-up.\n\n"
     "“I have never seen this street look like this,” volunteer Jo Pratt said as she carried "
     "branches to a trailer.",
     [("never seen this street", on(SUN))]),

    # Times of the day -----------------------------------------------------------------------
    ("us-thursday-night-in-a-friday-paper", FRIDAY_PAPER,
     "The Senate passed the farm bill 61-38.\n\n"
     "“This bill keeps family farms in business,” Sen. Amy Hart said Thursday night.",
     [("family farms in business", on(DATE))]),
    ("us-late-tuesday", DATE,
     "The city's transit workers reached a tentative deal with the city.\n\n"
     "“Nobody got everything they wanted,” union president Carl Dean said late Tuesday.",
     [("Nobody got everything", on(TUE))]),
    ("ca-a-statement-early-wednesday", DATE,
     "Ontario Provincial Police have charged a 34-year-old man after a crash on Highway 401.\n\n"
     "“Speed was a factor,” police said in a statement early Wednesday.",
     [("Speed was a factor", on(WED))]),
    ("uk-tonight-in-a-broadcast-report", DATE,
     "The Prime Minister has promised more money for flood defences in Yorkshire.\n\n"
     "Speaking tonight in Leeds, he said: “No town should have to go through this twice.”",
     [("go through this twice", on(DATE))]),
    ("au-this-morning-on-radio", DATE,
     "The Premier has ruled out a second airport for Perth.\n\n"
     "“It is not on the table,” she told ABC Radio Perth this morning.",
     [("not on the table", on(DATE))]),
    ("uk-yesterday-in-a-thursday-paper", DATE,
     "Ministers are to scrap the planned rise in fuel duty.\n\n"
     "The Chancellor said yesterday: “Drivers have paid enough.”",
     [("Drivers have paid enough", on(WED))]),
    ("uk-yesterday-in-a-monday-paper", MONDAY_PAPER,
     "Train drivers will strike for three days next week.\n\n"
     "“The public will understand why we are doing this,” the union's general secretary said "
     "yesterday.",
     [("public will understand", on(SUN))]),
    ("uk-last-night", DATE,
     "The row over the hospital's closure deepened.\n\n"
     "“This is a betrayal of the whole town,” the local MP, Sue Grant, said last night.",
     [("betrayal of the whole town", on(WED))]),
    ("uk-this-week", DATE,
     "The head of the NHS has warned of a hard winter.\n\n"
     "“We are already seeing the first waves of flu,” he told the Health Service Journal this "
     "week.",
     [("first waves of flu", on(THIS_WEEK))]),
    ("us-earlier-in-a-running-story", DATE,
     "Firefighters were still battling a wildfire north of Ventura on Thursday.\n\n"
     "Earlier, the county sheriff told reporters: “We will not let people back in until it is "
     "safe.”",
     [("not let people back in", on(FRESH))]),
    ("us-a-day-named-for-the-article-s-own-day", DATE,
     "Chicago's mayor proposed a $17 billion budget.\n\n"
     "“This budget is honest about what we owe,” Mayor Jan Lowe said Thursday.",
     [("honest about what we owe", on(DATE))]),
    ("wire-speaking-on-tuesday-evening", DATE,
     "BRUSSELS (Reuters) - European Union ministers failed to agree on new fishing quotas.\n\n"
     "“We are further apart than we were a month ago,” the Irish minister, Sean Burke, said on "
     "Tuesday evening.",
     [("further apart", on(TUE))]),
    ("us-in-a-radio-interview-wednesday-morning", DATE,
     "The governor defended the state's new voting maps.\n\n"
     "“Every map draws a line somewhere,” Gov. Paul Rowe said in a radio interview Wednesday "
     "morning.",
     [("draws a line somewhere", on(WED))]),

    # Standing positions: no day --------------------------------------------------------------
    ("us-has-said", DATE,
     "Senator Ruth Blake is expected to decide on a run for governor by January.\n\n"
     "“I will not be rushed,” Blake has said.",
     [("not be rushed", on(NONE))]),
    ("ca-has-repeatedly-said", DATE,
     "The federal government has not set a date for the new ferry.\n\n"
     "“The ferry will be built,” Transport Minister Paul Denis has repeatedly said.",
     [("ferry will be built", on(NONE))]),
    ("uk-has-long-argued", DATE,
     "The think tank published its report on housing.\n\n"
     "Its director, Jane Ross, has long argued that “the green belt is the wrong thing to "
     "protect.”",
     [("wrong thing to protect", on(NONE))]),
    ("ca-has-long-argued-then-said-tuesday", DATE,
     "The Conservatives' housing critic has long argued that municipal fees drive up prices.\n\n"
     "“Cut the fees and you cut the price of a house,” she said Tuesday.",
     [("cut the price of a house", on(TUE))]),

    ("us-a-network-describes-itself-as", DATE,
     "A US TV network is editing a British film to avoid showing a nude scene after complaints "
     "from viewers.\n\n"
     "The network describes itself as a “trusted community resource” serving millions each week.",
     [("trusted community resource", on(NONE))]),

    # Words of the past -----------------------------------------------------------------------
    ("ca-said-at-the-time-of-a-month", DATE,
     "The paper mill in Dryden closed in March 2019, putting 300 people out of work.\n\n"
     "“This is the darkest day this town has seen,” the mayor, Greg Wilson, said at the time.\n\n"
     "Six years later, the site is still empty.",
     [("darkest day", on("2019-03"))]),
    ("us-told-an-outlet-in-2019", DATE,
     "Harris has never hidden her ambitions.\n\n"
     "“I want to run the state someday,” she told the Sacramento Bee in 2019.",
     [("run the state someday", on(NONE))]),
    ("uk-said-last-year", DATE,
     "The council is to sell the town hall.\n\n"
     "Its leader said last year: “We will never sell the town hall.”",
     [("never sell the town hall", on(NONE))]),
    ("ca-recalled-in-a-fresh-report", DATE,
     "Former players gathered at the arena on Wednesday to mark 50 years since the team's first "
     "championship.\n\n"
     "“We drove to every game in a school bus with no heat,” recalled Bill Doucette, 74.",
     [("school bus with no heat", on(SINCE_TUE))]),
    ("us-recalled-in-a-2010-interview", DATE,
     "The director, who died Sunday, rarely spoke about her first film.\n\n"
     "“We had no money and no idea,” she recalled in a 2010 interview.",
     [("no money and no idea", on(NONE))]),

    # Words to come ----------------------------------------------------------------------------
    ("us-is-expected-to-say", DATE,
     "The president will address the nation Friday night.\n\n"
     "He is expected to say that “the economy is turning a corner.”",
     [("turning a corner", on(NONE))]),
    ("us-prepared-remarks-released-wednesday", DATE,
     "Treasury Secretary Ann Marsh will speak to bankers in New York on Friday.\n\n"
     "“Our banks are strong, but they are not immune,” Marsh will say, according to excerpts "
     "of her speech released by the Treasury on Wednesday.",
     [("not immune", on(WED))]),

    # Timelines and live blogs ------------------------------------------------------------------
    ("ca-a-live-blog-with-times", DATE,
     "Live updates: Flooding in the Fraser Valley\n\n"
     "10:15 a.m.: Abbotsford Mayor Jo Kim says the Sumas dike is holding for now.\n\n"
     "11:40 a.m.: “We are asking everyone on Cole Road to leave now,” Kim told reporters.",
     [("everyone on Cole Road", on(DATE))]),
    ("us-a-timeline-of-days", DATE,
     "How the strike unfolded:\n\n"
     "Monday: “We will not cross a picket line,” union leader Rosa Vance told members.\n\n"
     "Wednesday: The company offered a 4 percent raise. “That is our final offer,” spokesman Tim "
     "Holt said.",
     [("cross a picket line", on(MON)),
      ("our final offer", on(WED))]),

    # Statements and interviews of other days ---------------------------------------------------
    ("us-a-statement-issued-late-friday-in-a-saturday-paper", SATURDAY_PAPER,
     "The hospital chain will close its maternity ward in Dalton.\n\n"
     "“We could not find enough staff to keep it safe,” the company said in a statement issued "
     "late Friday.",
     [("enough staff to keep it safe", on(FRIDAY_PAPER))]),
    ("ca-told-cbc-last-week", DATE,
     "The province has paused its plan to merge school boards.\n\n"
     "“We need to hear from parents first,” Education Minister Lyne Roy told CBC News last "
     "week.",
     [("hear from parents first", on(LAST_WEEK))]),
    ("ca-told-an-outlet-last-month", DATE,
     "The chief has not spoken publicly since the report.\n\n"
     "“I am not going anywhere,” he told the Winnipeg Free Press last month.",
     [("not going anywhere", on(OCTOBER))]),
    ("us-last-thursday-in-a-thursday-paper", DATE,
     "The county's jail has failed another state inspection.\n\n"
     "“We are fixing what we can with what we have,” Sheriff Dan Ortiz said last Thursday.",
     [("fixing what we can", on(LAST_THURSDAY))]),
    ("ca-on-the-weekend-in-a-thursday-paper", DATE,
     "The premier is under fire for his comments on nurses.\n\n"
     "“I stand by every word,” he told reporters on the weekend.",
     [("stand by every word", on(WEEKEND))]),
    ("us-earlier-this-month", DATE,
     "The company is cutting 200 jobs.\n\n"
     "“These are hard choices,” CEO Mark Lin wrote in a memo to staff earlier this month.",
     [("hard choices", on(THIS_MONTH))]),
    ("wire-a-dateline-of-another-day", DATE,
     "WASHINGTON, Oct. 30 (AP) — The Pentagon will send two more warships to the Gulf.\n\n"
     "“It is a message, not a threat,” a Pentagon spokesman said Wednesday.",
     [("message, not a threat", on("2025-10-29"))]),
    ("wire-a-dateline-of-another-day-no-weekday", DATE,
     "LONDON, Oct. 31 (Reuters) - Britain's biggest bank will close 90 branches.\n\n"
     "“Customers have moved online,” the bank said.",
     [("moved online", on(("2025-10-28", "2025-10-31")))]),

    ("wire-an-inline-dateline-two-days-back", DATE,
     "OTTAWA, Nov. 4 (CP) — The federal government will buy four new icebreakers for the Arctic.\n\n"
     "“The North cannot wait another decade,” the minister said.",
     [("cannot wait another decade", on(("2025-11-01", TUE)))]),
    ("ca-a-timeline-of-dated-entries", DATE,
     "The road to the lockout:\n\n"
     "Oct. 31: The league tabled what it called its last offer.\n\n"
     "Nov. 3: “We are not signing this,” the players' association said in a statement.\n\n"
     "Nov. 5: The league locked out its players.",
     [("not signing this", on(MON))]),
    ("ca-said-after-the-vote-past-another-s-radio-day", DATE,
     "Regina's school board has voted to close three rural schools.\n\n"
     "Trustees approved the plan 6-3 on Tuesday night after four hours of debate.\n\n"
     "Board chair Lena Ward told CKRM on Wednesday that the decision was the hardest of her "
     "career.\n\n"
     "Trustee Ian Bell, who voted against the plan, said after the vote that rural families had "
     "been ignored.",
     [("rural families had been ignored", on(TUE))]),
    # A document named with its day, then its words "said in the release" --------------------------
    ("ca-said-in-the-release-of-a-day-named-before", DATE,
     "Police in Lethbridge have charged a woman with stealing more than $60,000 from a minor "
     "hockey association.\n\n"
     "According to a news release issued Monday, the woman was the association's treasurer for "
     "six years.\n\n"
     "“Volunteers trusted her with their money,” Staff Sgt. Ken Obi said in the release.",
     [("trusted her with their money", on(MON))]),
    ("us-wrote-in-the-letter-dated-before", DATE,
     "Parents at Lincoln Elementary were told of the closing in a letter sent home Monday.\n\n"
     "“We know this is hard news,” the principal, Dee Hart, wrote in the letter.",
     [("hard news", on(MON))]),
    ("ca-a-plan-set-out-in-a-memo-on-monday", DATE,
     "The hospital will close its birthing unit for the winter.\n\n"
     "The closing was set out in a memo to staff on Monday.\n\n"
     "“We cannot staff the unit safely,” chief nursing officer Rae Lund wrote in the memo.",
     [("staff the unit safely", on(MON))]),
    # An appeal told in the present progressive opens a report of news: its "says" is fresh --------
    ("ca-a-mother-pleading-for-help-says", DATE,
     "The mother of a Surrey teenager who has been missing for a week is pleading for help to find "
     "him.\n\n"
     "“Please, if you have seen Kyle, call the police,” she says.",
     [("if you have seen Kyle", on(FRESH))]),
    ("uk-a-family-appealing-for-witnesses-says", DATE,
     "The family of a cyclist who was seriously hurt in a hit-and-run in Leicester is appealing to "
     "drivers for dashcam footage.\n\n"
     "“Someone out there saw what happened,” his brother says.",
     [("Someone out there saw", on(FRESH))]),
    # A lede in the present of what a deed just done set off ("after ..."): a report of news -----
    ("us-a-woman-is-suing-after-she-was-hit-says", DATE,
     "A Denver woman is suing the city after she was struck by a police cruiser while crossing "
     "Colfax Avenue.\n\n"
     "“She still cannot walk without a cane,” says her lawyer, Tim Voss.",
     [("walk without a cane", on(FRESH))]),
    ("ca-tenants-are-being-told-to-leave-says", DATE,
     "Tenants of a Moncton apartment building are being told to leave after engineers found cracks "
     "in its foundation.\n\n"
     "“We have 48 hours to find somewhere to live,” says tenant Marc Leblanc.",
     [("48 hours to find", on(FRESH))]),
    ("uk-a-council-is-to-spend-after-complaints-says", DATE,
     "A council in Cumbria is to spend £2m repairing potholes after a surge in complaints from "
     "drivers.\n\n"
     "Councillor Jane Birch says: “The roads are in the worst state I have seen.”",
     [("worst state I have seen", on(FRESH))]),
    ("ca-a-union-is-calling-for-nurses-says", DATE,
     "The union representing Manitoba nurses is calling for the province to hire 500 more nurses "
     "before winter.\n\n"
     "“Our members are exhausted,” says union president Darlene Jackson.",
     [("members are exhausted", on(FRESH))]),
    ("ca-a-swimmer-still-swims-after-a-stroke-says", DATE,
     "Joan Pike is still swimming in Lake Muskoka every morning, three years after a stroke left "
     "her unable to walk.\n\n"
     "“The water does not care how old you are,” she says.",
     [("does not care how old", on(NONE))]),
    # A day inside the quote is the event's -----------------------------------------------------
    ("ca-a-vote-on-friday-in-the-quote", DATE,
     "The union at the port has rejected the latest offer.\n\n"
     "“Members will vote on a strike on Friday,” union president Kim Lau said.",
     [("vote on a strike on Friday", on(FRESH))]),
    ("us-a-fire-monday-night-in-the-quote-said-wednesday", DATE,
     "Investigators have found the cause of the apartment fire.\n\n"
     "“The fire started Monday night in a kitchen on the second floor,” Fire Marshal Lee Cho said "
     "Wednesday.",
     [("started Monday night", on(WED))]),
    ("uk-the-day-of-a-match-in-the-quote", DATE,
     "The manager has told his players to forget the league.\n\n"
     "“Saturday is the only game that matters now,” he said.",
     [("only game that matters", on(FRESH))]),

    # More days tied to the words --------------------------------------------------------------
    ("ca-said-tuesday-after-an-announcement-monday", DATE,
     "On Monday, the company announced it would move its head office to Calgary.\n\n"
     "“We were not consulted at all,” the Halifax mayor, Andy Fillmore, said Tuesday.",
     [("not consulted at all", on(TUE))]),
    ("us-at-tuesday-s-news-conference", DATE,
     "The police chief apologized to the family of a man shot by officers.\n\n"
     "“We failed him,” Chief Ray Mills said at Tuesday's news conference.",
     [("We failed him", on(TUE))]),
    ("au-told-a-station-on-monday-a-day-before-the-vote", DATE,
     "Senator Jane Hume had warned she would cross the floor.\n\n"
     "“I cannot vote for this bill,” she told 2GB on Monday, a day before the vote.",
     [("cannot vote for this bill", on(MON))]),
    ("wire-by-telephone-no-day", DATE,
     "NAIROBI (Reuters) - Floods have cut the main road to the port of Mombasa.\n\n"
     "“Trucks are stuck for 40 kilometres,” a police spokesman said by telephone.",
     [("stuck for 40 kilometres", on(FRESH))]),
    ("uk-told-mps-on-wednesday-after-a-report-monday", DATE,
     "A report published on Monday found that rail fares had risen faster than wages.\n\n"
     "The Transport Secretary told MPs on Wednesday: “Fares will be frozen next year.”",
     [("Fares will be frozen", on(WED))]),
]

STILL_WRONG: dict[str, str] = {
    "wire-a-dateline-of-another-day": "said_on: a dateline a week before the paper ('WASHINGTON, "
    "Oct. 30 (AP) —' in a paper of Nov. 6) is not read as the day the story was written: the "
    "dateline rule reaches three days back (timexes/dateline.MAX_DAYS_BEFORE, a Sunday paper's "
    "Friday copy), and its re-tagging moves every time of the story; 'said Wednesday' counts "
    "back from the paper's date",
    "wire-a-dateline-of-another-day-no-weekday": "said_on: the same dateline a week back; the "
    "default window is the paper's",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_said_on_of_the_words(text, expected, date):
    assert article_differences(text, expected, date) == []
