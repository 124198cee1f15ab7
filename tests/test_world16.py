"""News of other countries and sections, written first: channels and said_on (round 16).

Issue 12's held-out quotes from news beyond Canada and beyond hard politics miss channels (an outlet
told, an occasion set up before the words, letters, rulings, posts) and said_on windows (fresh news
left null, a day of another event than the words). These twelve articles are our own writing in the
styles of papers and wires of Ireland, India, South Africa, Nigeria, Australia, New Zealand, Kenya,
Singapore, the UK, France (seen from London), Brazil and the EU; the said_on window, channel (with
its outlet where the text names one) and the speaker's name of every quote were set by
conventions.md before any of them was run:

- an Irish budget: a minister told a radio programme, the Dáil opened by a phrase, a report of last
  month, a present "says" in a fresh report;
- an Indian state election: a rally told, the crowd told, a party's press release, a post on X;
- a South African inquiry: testimony told the commission, cross-examination, the chair at the close
  of the day's hearing, a statement, "last month's hearing";
- a Nigerian central bank decision: a news conference told, the governor's own later "said",
  analysts' note to clients, an interview with a broadcaster;
- an Australian Test: a captain's present "says" reached back by "made the comments at", "told Fox
  Sports", a board's statement, a coach told a radio programme;
- a New Zealand memorial: a prime minister told the crowd, a mayor told reporters, a post on
  Facebook;
- a Kenyan ruling on a levy: the judge's ruling, a lawyer's statement after it, a minister told a
  television station, an employers' head "says";
- a Singapore chipmaker's results: a statement to the exchange, an earnings call, an opening of a
  plant, analysts' note;
- a UK doctors' strike: a letter to members and "in the letter", Radio 4's Today programme,
  "earlier this week";
- a French election seen from London: a debate, "Speaking on France 2 television";
- a Brazilian transfer: an Instagram post, a club's statement, told a newspaper, a news conference;
- an EU fishing deal: a news conference in Brussels, a post on X, a statement.

A window is (earliest, latest); FRESH(date) is the default window of fresh news. Paragraphs are
split by blank lines. Each quote is found by words of its own; only the fields given are checked.
"""
from __future__ import annotations

import pytest

from test_canadian import Q, fresh
from test_canadian_placing import article_differences, article_params


def w(said_on, channel, **rest) -> Q:
    """A quote checked for its said_on window and channel (and what else is given)."""
    day = (said_on, said_on) if isinstance(said_on, str) else said_on
    return Q(said_on=day, channel=channel, **rest)


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


IE = "2026-10-07"  # a Wednesday
NG = "2026-11-25"  # a Wednesday
IN = "2026-11-14"  # a Saturday
ZA = "2026-12-03"  # a Thursday
AU = "2026-12-08"  # a Tuesday
NZ = "2026-02-23"  # a Monday
KE = "2026-11-19"  # a Thursday
SG = "2026-11-13"  # a Friday
UK = "2026-12-02"  # a Wednesday
FR = "2026-04-17"  # a Friday
BR = "2026-08-29"  # a Saturday
EU = "2026-12-12"  # a Saturday

ARTICLES = [
    # Ireland, the day after the budget: a radio programme told (its owner the outlet), the Dáil
    # opened by a phrase for the quote of its sentence, a backbencher's plain "said", a report of
    # last month, and the minister's present "says" in a fresh report.
    ("ie-budget", IE, article(
        "DUBLIN — Minister for Finance Siobhán Kehoe defended her budget on Wednesday morning, a day "
        "after she announced it in the Dáil.",
        "The €9.4 billion package cuts the middle rate of the Universal Social Charge by one "
        "percentage point and raises the State pension by €12 a week.",
        "“This is a budget for people who get up early and come home late,” Kehoe told RTÉ's "
        "Morning Ireland.",
        "Opposing the budget in the Dáil on Tuesday night, Sinn Féin's finance spokesman, Ciarán "
        "Mulvey, said it offered “nothing for renters.” “Renters were promised relief and they got "
        "a footnote,” he said.",
        "Orla Brennan, a Fianna Fáil TD who chairs the Oireachtas finance committee, said the cut "
        "in the charge was “long overdue.”",
        "The Irish Fiscal Advisory Council warned in a report last month that the Government was "
        "relying on corporation tax receipts that “may not last.”",
        "Kehoe says she has read the council's warning. “I take it seriously, but I will not run "
        "this country on fear,” she says.",
        "The Finance Bill will be published next week.",
    ), [
        ("get up early", w(IE, "interview", outlet="RTÉ", name="Siobhán Kehoe")),
        ("nothing for renters", w("2026-10-06", "parliament", name="Ciarán Mulvey")),
        ("got a footnote", w("2026-10-06", None, name="Ciarán Mulvey")),
        ("long overdue", w(fresh(IE), None, name="Orla Brennan")),
        ("may not last", w(("2026-09-01", "2026-09-30"), "report",
                           name="Irish Fiscal Advisory Council")),
        ("run this country on fear", w(fresh(IE), None, name="Siobhán Kehoe")),
    ]),
    # India, a state election: a rally told on Friday and the crowd told after it, a party's press
    # release opened by a phrase, its leader's post on X, an unnamed official, an academic.
    ("in-state-election", IN, article(
        "PATNA, India — Bihar Chief Minister Ramesh Kumar Yadav told a rally in Gaya on Friday that "
        "his alliance would win “more than 150 seats” in this month's state election.",
        "Tens of thousands of people waited in the heat for more than two hours for the chief "
        "minister, who arrived by helicopter.",
        "“They gave you speeches. We gave you roads,” Yadav told the crowd.",
        "In a press release on Saturday, the opposition Lok Jan Morcha accused the government of "
        "hiding the state's jobless figures for three years. “The youth of Bihar deserve the "
        "truth,” the party said.",
        "Its leader, Anjali Prasad, wrote in a post on X that the chief minister was “flying over "
        "the problems he created.”",
        "The Election Commission said it had received 312 complaints of breaches of the model code "
        "of conduct since the polls were called. “Every complaint will be examined,” a commission "
        "official said.",
        "Sanjay Mishra, who teaches political science at Patna University, said the contest was "
        "“closer than either side admits.”",
        "Voting will take place in two phases, on Nov. 20 and Nov. 27, and results will be "
        "declared on Dec. 1.",
    ), [
        ("more than 150 seats", w("2026-11-13", "speech", name="Ramesh Kumar Yadav")),
        ("We gave you roads", w("2026-11-13", "speech", name="Ramesh Kumar Yadav")),
        ("deserve the truth", w(IN, "press release", name="Lok Jan Morcha")),
        ("flying over the problems", w(fresh(IN), "Twitter", name="Anjali Prasad")),
        ("Every complaint will be examined", w(fresh(IN), None, name=None)),
        ("closer than either side", w(fresh(IN), None, name="Sanjay Mishra")),
    ]),
    # South Africa, a judicial commission of inquiry: testimony told the commission, a quote after
    # "Under cross-examination" in its paragraph, the chair at the close of the day's hearing, a
    # statement the next day, a lawyer at last month's hearing.
    ("za-inquiry-testimony", ZA, article(
        "JOHANNESBURG — A former procurement chief at the state power utility told a judicial "
        "commission of inquiry on Wednesday that she had been ordered to sign contracts worth R2.3 "
        "billion without reading them.",
        "“I was told that if I asked questions, I would not have a job by Friday,” Nomvula Dlamini "
        "told the commission.",
        "Under cross-examination by the utility's counsel, Dlamini conceded that she had not "
        "reported the instruction to the police. “I was afraid, and I was wrong to be afraid,” she "
        "said.",
        "At the close of Wednesday's hearing, the commission's chairperson, retired Judge Thandi "
        "Mokoena, said the utility's former chief executive would be called “in due course.”",
        "In a statement on Thursday, the utility said it was “co-operating fully” with the "
        "commission and had suspended two managers.",
        "The former chief executive, Sipho Maseko, has denied wrongdoing. His lawyer, Anton Visser, "
        "told last month's hearing that Maseko would “welcome the chance to set the record "
        "straight.”",
        "The commission sits again on Monday.",
    ), [
        ("not have a job by Friday", w("2026-12-02", "court", name="Nomvula Dlamini")),
        ("wrong to be afraid", w("2026-12-02", "court", name="Nomvula Dlamini")),
        ("in due course", w("2026-12-02", "court", name="Thandi Mokoena")),
        ("co-operating fully", w(ZA, "statement")),
        ("set the record", w(("2026-11-01", "2026-11-30"), "court", name="Anton Visser")),
    ]),
    # Nigeria, a central bank's rate decision: a news conference told, the governor's own "said" in
    # the next paragraph (no channel; a reaction window from the decision's day), analysts' note
    # to clients (a report), an interview with a broadcaster.
    ("ng-central-bank", NG, article(
        "LAGOS, Nigeria — Nigeria's central bank raised its benchmark interest rate by 50 basis "
        "points to 28 per cent on Tuesday, its first increase in a year, as inflation rose for a "
        "third straight month.",
        "Governor Olumide Adeyemi told a news conference in Abuja after the two-day meeting of the "
        "Monetary Policy Committee that the bank would “not allow inflation expectations to "
        "drift.”",
        "“We would rather act early than act twice,” Adeyemi said, adding that nine of the "
        "committee's 12 members had voted for the rise.",
        "Analysts at Cordros Securities wrote in a note to clients on Wednesday that the move was "
        "“a signal more than a squeeze.”",
        "Chidi Okafor, chief executive of the Lagos brokerage Harbour Capital, said in an interview "
        "with Arise TV that the rise would “hurt small businesses before it helps anyone.”",
        "The naira, which has lost almost a third of its value against the dollar this year, "
        "firmed slightly on the official market on Wednesday.",
        "The committee meets again in January.",
    ), [
        ("inflation expectations to drift", w("2026-11-24", "news conference",
                                              name="Olumide Adeyemi")),
        ("act early than act twice", w(("2026-11-24", NG), None, name="Olumide Adeyemi")),
        ("signal more than a squeeze", w(NG, "report")),
        ("hurt small businesses", w(("2026-11-24", NG), "interview", outlet="Arise TV",
                                    name="Chidi Okafor")),
    ]),
    # Australia, a Test match: the captain's present "says" in the lede, reached back by "made the
    # comments at his after-play press conference on Monday evening"; his next "he said" (the
    # scene that sentence sets, the day of play or after); a bowler told Fox Sports; a board's statement; a coach
    # told a radio programme on Monday night.
    ("au-cricket-test", AU, article(
        "ADELAIDE — Australia captain Josh Whitmore says his side's collapse on the fourth day of "
        "the second Test against England was “the worst hour of cricket I've been part of.”",
        "Whitmore made the comments at his after-play press conference on Monday evening, after "
        "Australia lost seven wickets for 41 runs to be bowled out for 198.",
        "“We didn't respect the new ball and we paid for it,” he said.",
        "England fast bowler Ollie Pryce, who took five wickets, told Fox Sports the pitch had "
        "“started to talk” after lunch.",
        "Cricket Australia said in a statement on Tuesday that fast bowler Liam Crase had a side "
        "strain and would “miss the rest of the series.”",
        "“It's not over until it's over,” Australia coach Andrew Bell told ABC Radio's Grandstand "
        "on Monday night.",
        "England lead by 289 runs with eight second-innings wickets in hand going into the final "
        "day.",
    ), [
        ("worst hour of cricket", w("2026-12-07", "news conference", name="Josh Whitmore")),
        # mended after the first run: first written None (conventions.md's "a later 'X said'
        # that starts its own attribution"), but "Whitmore made the comments at his after-play
        # press conference on Monday evening" is a narrative sentence that sets the scene, and a
        # scene carries to its speaker's quotes after it (docs/extracting.md "Scenes carry";
        # test_channels_missed's ca-interview-set-up-before reads "she added" so)
        ("respect the new ball", w(("2026-12-07", AU), "news conference", name="Josh Whitmore")),
        ("started to talk", w(("2026-12-07", AU), "interview", outlet="Fox Sports",
                              name="Ollie Pryce")),
        ("miss the rest of the series", w(AU, "statement", name="Cricket Australia")),
        ("not over until", w("2026-12-07", "interview", name="Andrew Bell")),
    ]),
    # New Zealand, an anniversary at a memorial on Sunday, in a Monday paper: a prime minister
    # told the crowd, her next "she said" (no channel, the memorial's day: "today" in the words);
    # a mayor told reporters afterwards; a survivor; a commission's post on Facebook on Monday.
    ("nz-quake-memorial", NZ, article(
        "CHRISTCHURCH, New Zealand — Hundreds of people gathered at the Canterbury Earthquake "
        "National Memorial on Sunday to mark 15 years since the quake that killed 185 people.",
        "Prime Minister Helen Carrick told the crowd that the city had “rebuilt more than "
        "buildings.”",
        "“We stand here today because you refused to leave,” she said, her voice breaking.",
        "Mayor Tania Ruru read the names of the dead. Afterwards she told reporters the "
        "anniversary was “harder than last year, not easier.”",
        "Grant Whitely, who was pulled from the rubble of an office building after 26 hours, said "
        "he comes every year. “I come for the ones who didn't get out,” he said.",
        "In a post on Facebook on Monday, the Earthquake Commission said it had settled all but 12 "
        "of the city's “last and hardest” claims.",
        "The memorial wall lists each of the 185 names.",
    ), [
        ("rebuilt more than", w("2026-02-22", "speech", name="Helen Carrick")),
        ("you refused to leave", w("2026-02-22", None, name="Helen Carrick")),
        ("harder than last year", w("2026-02-22", None, name="Tania Ruru")),
        ("didn't get out", w(("2026-02-22", NZ), None, name="Grant Whitely")),
        ("last and hardest", w(NZ, "Facebook", name="Earthquake Commission")),
    ]),
    # Kenya, a court ruling on a levy: the judge's words in her ruling, a lawyer's statement after
    # it, a minister told a television station on Wednesday night, his own later "said", an
    # employers' head's present "says" in a fresh report.
    ("ke-levy-ruling", KE, article(
        "NAIROBI, Kenya — Kenya's High Court on Wednesday struck down a 1.5 per cent housing levy "
        "on salaries, ruling that the government had introduced it without adequate public "
        "participation.",
        "“A tax imposed in the dark cannot stand in the light of the Constitution,” Justice Miriam "
        "Odhiambo said in her ruling.",
        "The judge suspended her order for 30 days to allow the government to appeal.",
        "Peter Kiprono, the lawyer who brought the petition on behalf of a group of teachers, said "
        "in a statement after the ruling that it was “a victory for every payslip in Kenya.”",
        "Finance Cabinet Secretary David Kamau told Citizen TV on Wednesday night that the "
        "government would appeal “within days.”",
        "“We respect the court, but we also have houses to build,” Kamau said.",
        "The levy has raised about 60 billion shillings since it was introduced last year, "
        "according to the Treasury.",
        "Rose Wanjiku, who heads the Federation of Kenya Employers, says members are “relieved but "
        "confused.”",
    ), [
        ("imposed in the dark", w("2026-11-18", "court", name="Miriam Odhiambo")),
        ("every payslip", w(("2026-11-18", KE), "statement", name="Peter Kiprono")),
        ("within days", w("2026-11-18", "interview", outlet="Citizen TV", name="David Kamau")),
        ("houses to build", w(("2026-11-18", KE), None, name="David Kamau")),
        ("relieved but confused", w(fresh(KE), None, name="Rose Wanjiku")),
    ]),
    # Singapore, a chipmaker's results: a statement to the exchange late on Thursday, an earnings
    # call with analysts on Friday (no channel), words at Thursday's opening of a plant, analysts'
    # note (a report).
    ("sg-chipmaker-results", SG, article(
        "SINGAPORE — Shares of Lumora Technologies rose 6 per cent on Friday after the "
        "Singapore-based chipmaker reported a 34 per cent jump in third-quarter profit.",
        "In a statement to the Singapore Exchange late on Thursday, the company said demand from "
        "data centres had been “stronger than any quarter in our history.”",
        "Chief executive Daniel Teo told analysts on an earnings call on Friday morning that the "
        "company would “double our capacity in Johor by 2028.”",
        "“We are not chasing the cycle. We are building for the decade,” Teo said at Thursday's "
        "opening of the company's new plant in Johor.",
        "Chief financial officer Grace Lim said margins would be “under some pressure” in the "
        "fourth quarter as the company paid for the expansion.",
        "Analysts at Maybank Securities wrote in a note that the results were “a clean beat.”",
        "The stock has more than doubled this year.",
    ), [
        ("stronger than any quarter", w("2026-11-12", "statement", name="Lumora Technologies")),
        ("double our capacity", w(SG, None, name="Daniel Teo")),
        ("chasing the cycle", w("2026-11-12", None, name="Daniel Teo")),
        ("under some pressure", w(fresh(SG), None, name="Grace Lim")),
        ("a clean beat", w(fresh(SG), "report")),
    ]),
    # The UK, a doctors' strike: a letter to members opened by a phrase, "he wrote in the letter",
    # a minister told BBC Radio 4's Today programme, her next paragraph's "said" (no channel),
    # "earlier this week" in a Wednesday paper.
    ("uk-doctors-strike", UK, article(
        "LONDON — Resident doctors in England will strike for five days from next Monday after "
        "talks with the government broke down, their union said on Tuesday night.",
        "In a letter to members on Tuesday, the chairman of the British Medical Association's "
        "resident doctors committee, Dr Amir Farouk, wrote that the government had “walked away "
        "from the table.”",
        "“Nobody goes into medicine to stand on a picket line,” he wrote in the letter.",
        "Health Secretary Rachel Hume told BBC Radio 4's Today programme on Wednesday that the "
        "strike was “unnecessary and unaffordable.”",
        "“The offer on the table is the best this government can make,” she said.",
        "NHS England's national medical director, Professor Sarah Kingsley, said earlier this week "
        "that hospitals would “prioritise emergency care.”",
        "The last strike, in July, led to the cancellation of about 54,000 appointments.",
    ), [
        ("walked away", w("2026-12-01", "letter", name="Amir Farouk")),
        ("picket line", w("2026-12-01", "letter", name="Amir Farouk")),
        ("unnecessary and unaffordable", w(UK, "interview", outlet="BBC Radio 4",
                                           name="Rachel Hume")),
        ("best this government can make", w(fresh(UK), None, name="Rachel Hume")),
        ("prioritise emergency care", w(("2026-11-30", UK), None, name="Sarah Kingsley")),
    ]),
    # France seen from London: a televised debate on Wednesday night (two quotes told and said
    # during it), a candidate speaking on a channel the next evening, a spokesman's plain "said".
    ("fr-election-from-london", FR, article(
        "LONDON — The two candidates left in France's presidential race clashed over immigration "
        "and energy prices in a televised debate on Wednesday night, watched by more than 16 "
        "million people.",
        "“You have no plan, only a grievance,” centrist candidate Claire Vautrin told her rival "
        "during the debate.",
        "Her opponent, Julien Marchetti of the National Rally, said during the debate that France "
        "had “lost control of its borders.”",
        "Speaking on France 2 television on Thursday evening, Vautrin said she had “never felt "
        "more confident.”",
        "In London, where about 150,000 French citizens are registered to vote, the Foreign Office "
        "declined to comment.",
        "“The British government will work with whoever the French people choose,” a Downing "
        "Street spokesman said.",
        "Polls give Vautrin a lead of about six points before the run-off on April 26.",
    ), [
        ("only a grievance", w("2026-04-15", "debate", name="Claire Vautrin")),
        ("lost control of its borders", w("2026-04-15", "debate", name="Julien Marchetti")),
        ("never felt more confident", w("2026-04-16", "interview", outlet="France 2",
                                        name="Claire Vautrin")),
        ("whoever the French people choose", w(fresh(FR), None, name=None)),
    ]),
    # Brazil, a transfer: an Instagram post on Friday night, a club's statement with no day (the
    # transfer's day or after), its president told a newspaper, the buying club's coach at a news
    # conference on Thursday, a fan on Saturday.
    ("br-football-transfer", BR, article(
        "RIO DE JANEIRO — Flamengo striker Lucas Andrade completed a €42 million move to Chelsea on "
        "Friday, ending weeks of talks between the clubs.",
        "“Flamengo will always be my home. Today I leave as a fan,” Andrade wrote in an Instagram "
        "post on Friday night.",
        "In a statement, Flamengo said the fee was the highest it had ever received and thanked the "
        "player for “four unforgettable years.”",
        "Club president Rodrigo Bastos told the newspaper O Globo that the money would “pay for a "
        "training centre our young players deserve.”",
        "Chelsea's head coach, Tom Hadley, said at a news conference on Thursday that Andrade would "
        "“add something we haven't got.”",
        "Andrade, 22, scored 31 goals for Flamengo last season.",
        "“He is the best young forward in South America, and we are sad, but that is football,” "
        "said Ana Beatriz Costa, a fan outside the Maracanã on Saturday.",
    ), [
        ("always be my home", w("2026-08-28", "Instagram", name="Lucas Andrade")),
        ("four unforgettable years", w(("2026-08-28", BR), "statement", name="Flamengo")),
        ("training centre our young", w(("2026-08-28", BR), "interview", outlet="O Globo",
                                        name="Rodrigo Bastos")),
        ("add something", w("2026-08-27", "news conference", name="Tom Hadley")),
        ("best young forward", w(fresh(BR), None, name="Ana Beatriz Costa")),
    ]),
    # The EU, a fishing deal reached early on Friday: a commissioner told a news conference in
    # Brussels, a minister wrote on X on Friday, a group's statement, a minister's plain "said".
    ("eu-fishing-deal", EU, article(
        "BRUSSELS — European Union fisheries ministers agreed early on Friday on next year's catch "
        "limits for the Atlantic and the North Sea after two days of talks that ran through the "
        "night.",
        "“This is a deal that keeps boats at sea and fish in the water,” the EU's fisheries "
        "commissioner, Elena Marinou, told a news conference in Brussels.",
        "The deal cuts the quota for North Sea cod by 12 per cent but raises those for mackerel "
        "and herring.",
        "Ireland's marine minister, Declan Foley, wrote on X on Friday that Irish fleets had "
        "“fought off the worst of the proposed cuts.”",
        "The environmental group Oceana said in a statement that ministers had “once again "
        "ignored the science.”",
        "Denmark's fisheries minister, Mette Holm, said the talks had been “the hardest in years.”",
        "The limits take effect on Jan. 1.",
    ), [
        ("keeps boats at sea", w("2026-12-11", "news conference", name="Elena Marinou")),
        ("fought off the worst", w("2026-12-11", "Twitter", name="Declan Foley")),
        ("ignored the science", w(("2026-12-11", EU), "statement", name="Oceana")),
        ("hardest in years", w(fresh(EU), None, name="Mette Holm")),
    ]),
]


# Passages written with the rules this branch adds: each `rule-` case fails on main (fa327cd) and
# passes here; each `guard-` case passes on both. Dated Wednesday 2 December 2026.
WITH_THE_RULES = [
    # A commission told is one of inquiry where its own words or the story's before it say so
    # (inquiry-commissions.txt): testimony, a court's.
    ("rule-told-the-commission-of-an-inquiry-named-before", UK, article(
        "A judicial commission of inquiry into the port's contracts heard its first witness on "
        "Tuesday.",
        "“I signed what I was given,” the port's former finance chief, Lerato Khumalo, told the "
        "commission.",
    ), [("signed what I was given", w(fresh(UK), "court", name="Lerato Khumalo"))]),
    ("rule-told-the-royal-commission", UK,
     "“Nobody checked the wiring,” electrician Sam Ortiz told the royal commission.",
     [("checked the wiring", w(fresh(UK), "court", name="Sam Ortiz"))]),
    ("guard-told-the-european-commission", UK,
     "“We will not wait for Brussels,” the minister, Ana Reed, told the European Commission.",
     [("wait for Brussels", w(fresh(UK), None, name="Ana Reed"))]),
    ("guard-told-the-planning-commission", UK,
     "“The tower is too tall,” resident Ana Reed told the planning commission.",
     [("too tall", w(fresh(UK), None, name="Ana Reed"))]),
    # A note by analysts (economists, strategists) is their written commentary: a report, as a
    # note to clients is (note-writers.txt); a note by anyone else names no channel.
    ("rule-analysts-wrote-in-a-note", UK,
     "Analysts at Harbour Capital wrote in a note that the profit was “a clean beat.”",
     [("a clean beat", w(fresh(UK), "report"))]),
    ("rule-in-a-note-economists-said", UK,
     "In a note on Tuesday, economists at Northgate Bank said the cut was “too little, too late.”",
     [("too little", w("2026-12-01", "report"))]),
    ("guard-a-chief-executive-wrote-in-a-note", UK,
     "“This was a hard year,” the chief executive, Ana Reed, wrote in a note.",
     [("hard year", w(fresh(UK), None, name="Ana Reed"))]),
    # A participle that opens the sentence, done in a sitting of parliament, puts that sentence's
    # words there; a later "she said" starts its own attribution and gets no channel
    # (conventions.md: "A later 'X said' that starts its own attribution gets null"), though its
    # day is the sitting's.
    ("rule-a-participle-in-the-dail", UK,
     "Defending the plan in the Dáil on Tuesday, the minister, Orla Keane, said it was “fair.” "
     "“Nobody is left behind,” she said.",
     [("fair", w("2026-12-01", "parliament", name="Orla Keane")),
      ("Nobody is left behind", w("2026-12-01", None, name="Orla Keane"))]),
    ("guard-heading-into-the-commons", UK,
     "Heading into the Commons on Tuesday, the minister, Orla Keane, said the bill was “fair.”",
     [("fair", w("2026-12-01", None, name="Orla Keane"))]),
    ("guard-waiting-outside-the-dail", UK,
     "Waiting outside the Dáil on Tuesday, the nurse, Orla Keane, said the plan was “unfair.”",
     [("unfair", w("2026-12-01", None, name="Orla Keane"))]),
    # A broadcaster's name that ends in its number ("France 2", "Rai 3") typed as an outlet by
    # the word after it is the outlet told or spoken on.
    ("rule-speaking-on-a-numbered-channel", UK,
     "Speaking on Rai 3 television on Tuesday, the minister, Lucia Ferri, said the deal was "
     "“done.”",
     [("done", w("2026-12-01", "interview", outlet="Rai 3", name="Lucia Ferri"))]),
    ("rule-told-a-numbered-channel", UK,
     "The candidate, Marc Roussel, told France 3 television that he was “ready.”",
     [("ready", w(fresh(UK), "interview", outlet="France 3", name="Marc Roussel"))]),
    # The members of Ireland's Dáil and of the European Parliament told, as MPs are, and
    # Scotland's parliament and Northern Ireland's assembly called by their buildings.
    ("rule-told-tds", UK,
     "“The cuts are fair,” the minister, Orla Keane, told TDs on Tuesday.",
     [("cuts are fair", w("2026-12-01", "parliament", name="Orla Keane"))]),
    ("rule-told-meps", UK,
     "“The quotas are fair,” the commissioner, Elena Marinou, told MEPs in Strasbourg.",
     [("quotas are fair", w(fresh(UK), "parliament", name="Elena Marinou"))]),
    ("rule-told-holyrood", UK,
     "“The ferries will sail,” the minister, Fiona Kerr, told Holyrood on Tuesday.",
     [("ferries will sail", w("2026-12-01", "parliament", name="Fiona Kerr"))]),
    ("guard-told-reporters-at-holyrood", UK,
     "The minister, Fiona Kerr, told reporters at Holyrood that the ferries would “sail.”",
     [("sail", w(fresh(UK), None, name="Fiona Kerr"))]),
    ("guard-outside-stormont", UK,
     "The nurse, Ciara Boyle, said outside Stormont that the pay offer was “an insult.”",
     [("an insult", w(fresh(UK), None, name="Ciara Boyle"))]),
    # Broadcasters and papers of sport and of other countries told (outlet-names.txt).
    ("rule-told-espn", UK,
     "“We were poor,” the coach, Tom Reed, told ESPN.",
     [("We were poor", w(fresh(UK), "interview", outlet="ESPN", name="Tom Reed"))]),
    ("rule-told-sky-sports-after-the-match", UK,
     "“We were poor,” the manager, Tom Reed, told Sky Sports after the match.",
     [("We were poor", w(fresh(UK), "interview", outlet="Sky Sports", name="Tom Reed"))]),
    ("rule-told-l-equipe", UK,
     "“I will stay,” the striker, Hugo Lenoir, told L'Équipe.",
     [("I will stay", w(fresh(UK), "interview", outlet="L'Équipe", name="Hugo Lenoir"))]),
    ("rule-told-the-daily-nation", UK,
     "“The levy is dead,” the lawyer, Peter Kiprono, told the Daily Nation.",
     [("levy is dead", w(fresh(UK), "interview", outlet="Daily Nation", name="Peter Kiprono"))]),
    ("rule-told-dw", UK,
     "“The border stays open,” the minister, Jana Vogel, told DW.",
     [("border stays open", w(fresh(UK), "interview", outlet="DW", name="Jana Vogel"))]),
    ("rule-told-france-24", UK,
     "“The junta must go,” the opposition leader, Amadou Sy, told France 24 on Monday.",
     [("junta must go", w("2026-11-30", "interview", outlet="France 24", name="Amadou Sy"))]),
    ("rule-told-tvnz", UK,
     "“The road will reopen by Easter,” the mayor, Kiri Walker, told TVNZ.",
     [("reopen by Easter", w(fresh(UK), "interview", outlet="TVNZ", name="Kiri Walker"))]),
    ("rule-told-the-age", UK,
     "“The tram line is years late,” the minister, Jo Pratt, told the Age on Monday.",
     [("years late", w("2026-11-30", "interview", outlet="Age", name="Jo Pratt"))]),
    ("guard-in-the-age-of-austerity", UK,
     "“We were poor,” the coach, Tom Reed, said in the age of austerity.",
     [("We were poor", w(fresh(UK), None, name="Tom Reed"))]),
    ("guard-watching-espn", UK,
     "“We were poor,” the fan, Tom Reed, said, watching ESPN in a bar.",
     [("We were poor", w(fresh(UK), None, name="Tom Reed"))]),
    # Words said on the steps of a court or a parliament were said outside it (outside-places.txt).
    ("rule-said-on-the-steps-of-the-high-court", UK,
     "“We will appeal,” the man's lawyer, Tom Reed, said on the steps of the High Court.",
     [("We will appeal", w(fresh(UK), None, name="Tom Reed"))]),
    ("guard-told-the-court", UK,
     "“We took every step we could,” the lawyer, Tom Reed, told the court.",
     [("every step", w(fresh(UK), "court", name="Tom Reed"))]),
    # A trial's closing submissions, as Commonwealth courts call its closing arguments.
    ("rule-in-her-closing-submissions", UK,
     "In her closing submissions on Tuesday, the prosecutor, Ana Reed, said the accused was "
     "“a liar.”",
     [("a liar", w("2026-12-01", "court", name="Ana Reed"))]),
    # (main read this one as a submission filed with the committee, a report; closing
    # submissions are spoken at the end of its hearing: the sitting's)
    ("rule-closing-submissions-to-a-committee", UK,
     "In his closing submissions to the select committee, the minister, Tom Reed, said the bill "
     "was “sound.”",
     [("sound", w(fresh(UK), "parliament", name="Tom Reed"))]),
    # "said at the time" after last month's event, early in the next month: that month, as
    # after "in October" (the month ended within the week, but wholly before the paper's).
    ("rule-said-at-the-time-of-last-month", UK,
     "MUMBAI — India's central bank cut its key rate last month. “Growth needs support,” "
     "governor Tom Rao said at the time.",
     [("Growth needs support", w(("2026-11-01", "2026-11-30"), None, name="Tom Rao"))]),
    ("guard-said-at-the-time-of-this-month", UK,
     "MUMBAI — The bank cut its key rate this month. “Growth needs support,” governor Tom Rao "
     "said at the time.",
     [("Growth needs support", w(None, None, name="Tom Rao"))]),
    # An interview given or granted to an outlet is an interview with it, the outlet by its name.
    ("rule-gave-an-interview-to-an-outlet", UK,
     "The union leader, Ana Reed, gave an interview to Le Monde on Monday. “We will strike,” she "
     "said.",
     [("We will strike", w("2026-11-30", "interview", outlet="Le Monde", name="Ana Reed"))]),
    ("rule-an-interview-given-to-an-outlet", UK,
     "“We will strike,” the union leader, Ana Reed, said in an interview given to the Hindustan "
     "Times.",
     [("We will strike", w(fresh(UK), "interview", outlet="Hindustan Times", name="Ana Reed"))]),
    ("guard-gave-a-speech-to-staff", UK,
     "The union leader, Ana Reed, gave a speech to Le Monde staff on Monday. “We will strike,” she "
     "said.",
     [("We will strike", w("2026-11-30", "speech", outlet=None, name="Ana Reed"))]),
    # A charge sheet is the charges filed with a court, as an indictment is.
    ("rule-according-to-a-charge-sheet", UK,
     "According to the charge sheet, the accused “acted with clear intent.”",
     [("acted with clear intent", w(fresh(UK), "court"))]),
    ("guard-police-filed-a-charge-sheet", UK,
     "Police filed a charge sheet on Monday. “We have a strong case,” the inspector, Ravi Rao, "
     "told reporters.",
     [("strong case", w("2026-11-30", None, name="Ravi Rao"))]),
    # A news conference as Indian and Australian papers call it, a campaign's roadshow, a
    # gathering told and a public meeting addressed (a speech).
    ("rule-told-a-press-meet", UK,
     "“We will win all 40 seats,” the chief minister, Ravi Rao, told a press meet in Patna.",
     [("all 40 seats", w(fresh(UK), "news conference", name="Ravi Rao"))]),
    ("rule-during-a-media-interaction", UK,
     "“We will win all 40 seats,” the chief minister, Ravi Rao, said during a media interaction "
     "on Tuesday.",
     [("all 40 seats", w("2026-12-01", "news conference", name="Ravi Rao"))]),
    ("rule-told-a-media-conference", UK,
     "“The budget is back in the black,” the treasurer, Jim Reed, told a media conference in "
     "Canberra.",
     [("back in the black", w(fresh(UK), "news conference", name="Jim Reed"))]),
    ("rule-at-a-doorstop-interview", UK,
     "“The budget is back in the black,” the treasurer, Jim Reed, said at a doorstop interview "
     "in Canberra.",
     [("back in the black", w(fresh(UK), "news conference", name="Jim Reed"))]),
    ("rule-at-a-roadshow", UK,
     "“We will win all 40 seats,” the chief minister, Ravi Rao, said at a roadshow in Gaya.",
     [("all 40 seats", w(fresh(UK), "speech", name="Ravi Rao"))]),
    ("rule-told-a-gathering", UK,
     "“Your markets will be rebuilt,” the governor, Musa Bello, told a gathering of traders in "
     "Kano.",
     [("markets will be rebuilt", w(fresh(UK), "speech", name="Musa Bello"))]),
    ("rule-addressing-a-public-meeting", UK,
     "“We will win all 40 seats,” the chief minister, Ravi Rao, said while addressing a public "
     "meeting in Gaya.",
     [("all 40 seats", w(fresh(UK), "speech", name="Ravi Rao"))]),
    ("guard-told-reporters-at-a-roadshow", UK,
     "“We will win all 40 seats,” the chief minister, Ravi Rao, told reporters at a roadshow in "
     "Gaya.",
     [("all 40 seats", w(fresh(UK), None, name="Ravi Rao"))]),
    ("guard-at-a-gathering", UK,
     "“Your markets will be rebuilt,” the governor, Musa Bello, said at a gathering of traders.",
     [("markets will be rebuilt", w(fresh(UK), None, name="Musa Bello"))]),
    ("guard-addressing-concerns-raised-at-a-meeting", UK,
     "“We will win all 40 seats,” the chief minister, Ravi Rao, said, addressing concerns raised "
     "at a meeting.",
     [("all 40 seats", w(fresh(UK), None, name="Ravi Rao"))]),
    # A lede whose news comes before its present verb of showing ("X has risen, new figures
    # show") tells a deed just done, as "X has risen" alone does: its report's "says" is fresh.
    ("rule-a-lede-of-figures-that-show", UK, article(
        "The number of people sleeping rough in Dublin has risen by a fifth, new figures show.",
        "“Every night we turn people away,” says Ana Byrne, who runs a shelter on Gardiner "
        "Street.",
    ), [("turn people away", w(fresh(UK), None, name="Ana Byrne"))]),
    ("guard-a-profile-s-lede", UK, article(
        "At 71, Ana Byrne still walks to the shelter she runs on Gardiner Street every morning.",
        "“I love the walk,” says Byrne.",
    ), [("love the walk", w(None, None, name="Ana Byrne"))]),
    ("guard-told-a-numbered-road", UK,
     "The driver, Marc Roussel, told Route 66 Diner staff that he was “ready.”",
     [("ready", w(fresh(UK), None, name="Marc Roussel"))]),
]


STILL_WRONG: dict[str, str] = {
    "in-state-election": "speaker, not channel: 'the party said' after 'the opposition Lok Jan Morcha' (a party's "
                         "name with no word 'Party' in it) is tied to no one, so the press release's scene, "
                         "which needs the same speaker, is not carried; with 'it said' both are right",
    "au-cricket-test": "mention, not channel: 'England fast bowler Ollie Pryce, who took five wickets' in the "
                       "article is cut to the mention 'England' (the name 'England'; alone the sentence gives "
                       "Ollie Pryce); channels and days are right",
    "fr-election-from-london": "said_on of the parse: 'The two candidates left in France's presidential race "
                               "clashed ... in a televised debate on Wednesday night' is parsed with 'left' as the "
                               "main verb, so the debate's day is no event of the story and 'during the debate' "
                               "gets Thursday (with 'still in' for 'left in' it is Wednesday)",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES + WITH_THE_RULES, STILL_WRONG)))
def test_world16(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
