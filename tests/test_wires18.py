"""Wire, newspaper and broadcast stories of 1989-2000 of the held-out kinds (issue 12's wires,
round 18): twelve whole stories of our own, every quote with its full record (content, speaker
name, kind, gender as written, mention, channel, outlet, said_on) by conventions.md, all written
before saidwhen was run on any of them.

The stories are in the manner of Xinhua (a state visit "held talks here today", a provincial
press conference with "according to statistics released by"), the Voice of America (an election
report in "says" with a correspondent's sign-off and "tells VOA"), the AP (a flood story of
"told reporters" and "according to"; a basketball game "Wednesday night"), AP Worldstream (a
diplomat expelled: a ministry's statement, spokesmen on both sides, an agency citing officials,
"a television interview Tuesday night"), the New York Times (a tobacco trial dated the day before
the paper: testimony, cross-examination, an opening statement "last month", a ruling "yesterday";
a veto threat with a letter "last Friday" and "according to the Congressional Budget Office"), the
Wall Street Journal (a carrier's quarter with analysts, a chairman's statement, a union's letter
"last week"), and CNN, ABC and PRI transcripts (an anchor's lead-in, a correspondent's "says",
labelled turns, unmarked sound bites, "told CNN", a host's lead-in and a correspondent's sign-off).

Each expected quote is (content, record, mention): the content is the quote's exact span as the
scorer's exact match reads it (a direct quote's marked stretch, marks included; an indirect
quote's reported clause, "that" included, without the closing full stop); the mention is the
speaker's mention as the gold sets write it, counted right where it overlaps the one found (as
the scorer counts it), None for a follow-on. A field the conventions leave open is ANY, with the
reason beside it.
"""
from __future__ import annotations

import pytest

import saidwhen

from test_canadian import ANY, Q, fresh, found, said_on_meets
from test_canadian_placing import article_params
from test_wire_stories3 import body, who  # a person's record and a body's, as the wire sets write them


ARTICLES = [
    # Xinhua, a state visit (a Wednesday): "held talks here today" and "the two leaders pledged";
    # "He pointed out"; "expressed the hope that"; a spokesman "told a regular press conference"
    # and "Sun said"; "According to sources with" a ministry.
    ("xinhua-state-visit", "1999-03-17",
     "BEIJING, March 17 (Xinhua) -- Chinese President Jiang Weiguo held talks here today with "
     "visiting Romanian President Ion Dragomir, and the two leaders pledged to raise bilateral trade "
     "to one billion U.S. dollars by 2002.\n\n"
     "Jiang said that China and Romania enjoy a traditional friendship, and that the friendly "
     "cooperation between the two countries has withstood the test of time.\n\n"
     "He pointed out that China is willing to work with Romania to expand cooperation in "
     "agriculture, energy and telecommunications.\n\n"
     "Dragomir said Romania appreciates China's position on the Kosovo issue and hopes that the "
     "crisis can be solved through peaceful negotiations.\n\n"
     "The Romanian president expressed the hope that the two sides would sign an agreement on "
     "avoiding double taxation during his visit.\n\n"
     "Before the talks, Jiang hosted a welcoming ceremony for Dragomir in the Great Hall of the "
     "People.\n\n"
     "Also today, Chinese Foreign Ministry spokesman Sun Yuxiang told a regular press conference "
     "that China has always held that the Kosovo issue is Yugoslavia's internal affair.\n\n"
     "\"Any military action against a sovereign state without the authorization of the U.N. "
     "Security Council would be a violation of international law,\" Sun said.\n\n"
     "According to sources with the Ministry of Foreign Trade and Economic Cooperation, trade "
     "between China and Romania reached 280 million U.S. dollars last year.",
     [("to raise bilateral trade to one billion U.S. dollars by 2002",
       Q(name="Jiang Weiguo and Ion Dragomir", kind="person", gender="unknown", channel=None,
         said_on="1999-03-17"), "the two leaders"),
      ("that China and Romania enjoy a traditional friendship, and that the friendly cooperation "
       "between the two countries has withstood the test of time",
       who("Jiang Weiguo", "male", said_on="1999-03-17"), "Jiang"),
      ("that China is willing to work with Romania to expand cooperation in agriculture, energy and "
       "telecommunications", who("Jiang Weiguo", "male", said_on="1999-03-17"), "He"),
      ("Romania appreciates China's position on the Kosovo issue and hopes that the crisis can be "
       "solved through peaceful negotiations", who("Ion Dragomir", "male", said_on="1999-03-17"), "Dragomir"),
      ("that the two sides would sign an agreement on avoiding double taxation during his visit",
       who("Ion Dragomir", "male", said_on="1999-03-17"), "The Romanian president"),
      ("that China has always held that the Kosovo issue is Yugoslavia's internal affair",
       who("Sun Yuxiang", "male", channel="news conference", said_on="1999-03-17"),
       "Chinese Foreign Ministry spokesman Sun Yuxiang"),
      ("\"Any military action against a sovereign state without the authorization of the U.N. "
       "Security Council would be a violation of international law,\"",
       who("Sun Yuxiang", "male", said_on="1999-03-17"), "Sun"),
      ("trade between China and Romania reached 280 million U.S. dollars last year",
       Q(name=None, channel=None, said_on=fresh("1999-03-17")),
       "sources with the Ministry of Foreign Trade and Economic Cooperation")]),

    # Xinhua, a provincial press conference (a Tuesday): "a provincial official said here today";
    # an official in apposition "told a press conference" and "He said"; his direct quote;
    # statistics released by a bureau named only by a description; a governor who "urged" local
    # officials "last week" and "Ji said" after it.
    ("xinhua-harvest", "1998-06-23",
     "NANJING, June 23 (Xinhua) -- East China's Jiangsu Province expects a bumper harvest of summer "
     "grain this year despite heavy rains in May, a provincial official said here today.\n\n"
     "Wang Jianguo, deputy director of the provincial agriculture department, told a press "
     "conference that the province's summer grain output is expected to reach 10.5 million tons, up "
     "three percent from last year.\n\n"
     "He said the increase was mainly due to improved seeds and timely irrigation.\n\n"
     "\"The peasants' enthusiasm for growing grain is high,\" Wang said.\n\n"
     "According to statistics released by the provincial statistics bureau, the per capita income "
     "of rural residents in Jiangsu rose by 8.2 percent in the first five months of the year.\n\n"
     "Provincial Governor Ji Yunzhong, inspecting wheat fields in northern Jiangsu last week, urged "
     "local officials to make sure that farmers are paid in full for the grain they sell to the "
     "state.\n\n"
     "Ji said the province would spend 500 million yuan this year on flood control projects along "
     "the Yangtze River.",
     [("East China's Jiangsu Province expects a bumper harvest of summer grain this year despite "
       "heavy rains in May", who(None, said_on="1998-06-23"), "a provincial official"),
      ("that the province's summer grain output is expected to reach 10.5 million tons, up three "
       "percent from last year", who("Wang Jianguo", "male", channel="news conference", said_on="1998-06-23"),
       "Wang Jianguo, deputy director of the provincial agriculture department"),
      ("the increase was mainly due to improved seeds and timely irrigation",
       who("Wang Jianguo", "male", said_on="1998-06-23"), "He"),
      ("\"The peasants' enthusiasm for growing grain is high,\"",
       who("Wang Jianguo", "male", said_on="1998-06-23"), "Wang"),
      # a document of a body the text names by a description only: unnamed, a report
      ("the per capita income of rural residents in Jiangsu rose by 8.2 percent in the first five "
       "months of the year", Q(name=None, channel="report", said_on=fresh("1998-06-23")),
       "the provincial statistics bureau"),
      ("local officials to make sure that farmers are paid in full for the grain they sell to the state",
       who("Ji Yunzhong", said_on=("1998-06-15", "1998-06-21")), "Provincial Governor Ji Yunzhong"),
      # the governor's next words are not tied to the tour: from last week to the article date
      ("the province would spend 500 million yuan this year on flood control projects along the "
       "Yangtze River", who("Ji Yunzhong", said_on=("1998-06-15", "1998-06-23")), "Ji")]),

    # VOA, an election report in "says" (a Tuesday): a council's "says"; its president's "says";
    # "Mr. X says" and "He tells VOA" with a marked sound bite after it; a rally on Sunday where
    # the winner "urged"; his "He says"; observers' verdict on this vote (fresh); analysts' view
    # (left open); the sign-off.
    ("voa-election-count", "1996-10-29",
     "Nicaragua's Supreme Electoral Council says it will announce the final results of the October "
     "20th presidential election by the end of the week. Opposition parties are demanding a recount. "
     "Correspondent Maria Lopez reports from Managua.\n\n"
     "With more than 95 percent of the ballots counted, former Managua mayor Arnoldo Ruiz holds a "
     "lead of about 11 points over Sandinista leader Daniel Morales. Council president Rosa Marina "
     "Zelaya says the delays are the result of problems with the transport of ballot boxes from "
     "remote areas, not fraud.\n\n"
     "But Mr. Morales says his party has evidence of irregularities at hundreds of polling stations. "
     "He tells VOA the Sandinistas will not accept the results until the ballots are counted "
     "again.\n\n"
     "\"We are not going to let them steal this election the way they stole the municipal "
     "elections. We want every vote counted.\"\n\n"
     "Mr. Ruiz, speaking at a rally in Managua Sunday, urged his supporters to remain calm. He says "
     "he will govern for all Nicaraguans, including those who voted against him.\n\n"
     "International observers, led by former U.S. President Jimmy Carter, say the vote was generally "
     "free and fair, despite some problems with the voter lists.\n\n"
     "Analysts in Managua say the dispute could delay the inauguration, which is scheduled for "
     "January.\n\n"
     "Maria Lopez, VOA News, Managua.",
     [("it will announce the final results of the October 20th presidential election by the end of "
       "the week", body("Supreme Electoral Council", said_on=fresh("1996-10-29")),
       "Nicaragua's Supreme Electoral Council"),
      ("the delays are the result of problems with the transport of ballot boxes from remote areas, "
       "not fraud", who("Rosa Marina Zelaya", said_on=fresh("1996-10-29")),
       "Council president Rosa Marina Zelaya"),
      ("his party has evidence of irregularities at hundreds of polling stations",
       who("Daniel Morales", "male", said_on=fresh("1996-10-29")), "Mr. Morales"),
      ("the Sandinistas will not accept the results until the ballots are counted again",
       who("Daniel Morales", "male", channel="interview", outlet="VOA", said_on=fresh("1996-10-29")), "He"),
      ("\"We are not going to let them steal this election the way they stole the municipal "
       "elections. We want every vote counted.\"",
       who("Daniel Morales", "male", channel="interview", outlet="VOA", said_on=fresh("1996-10-29")), None),
      ("his supporters to remain calm", who("Arnoldo Ruiz", "male", channel="speech", said_on="1996-10-27"),
       "Mr. Ruiz"),
      ("he will govern for all Nicaraguans, including those who voted against him",
       who("Arnoldo Ruiz", "male", said_on=fresh("1996-10-29")), "He"),
      ("the vote was generally free and fair, despite some problems with the voter lists",
       Q(name=None, channel=None, said_on=fresh("1996-10-29")), "International observers"),
      # an analysts' forecast: fresh words or a standing view; the text does not settle which
      ("the dispute could delay the inauguration, which is scheduled for January",
       Q(name=None, channel=None, said_on=ANY), "Analysts in Managua")]),

    # AP, a flood (a Tuesday): "officials said" after the lead's Tuesday; a governor's "said" and
    # his "told reporters"; the weather service; a spokeswoman and "she said"; farmers; a farmer's
    # inverted cue and his follow-on; "According to the state Department of Agriculture"; a
    # hydrologist's inverted cue.
    ("ap-iowa-flood", "1990-07-10",
     "CEDAR RAPIDS, Iowa (AP) _ The Cedar River crested at nearly 8 feet above flood stage Tuesday, "
     "and officials said the worst of the flooding in eastern Iowa appeared to be over.\n\n"
     "Gov. Martin Hale toured the area by helicopter and said he would ask President Bush to declare "
     "12 counties federal disaster areas.\n\n"
     "``I've never seen anything like it. Whole towns are under water,'' Hale told reporters after "
     "landing at the Cedar Rapids airport.\n\n"
     "The National Weather Service said more rain was expected Wednesday and Thursday, but not "
     "enough to cause the river to rise again.\n\n"
     "Red Cross spokeswoman Linda Barr said about 2,000 people had spent Monday night in shelters. "
     "``Most of them just want to know when they can go home,'' she said.\n\n"
     "Farmers said the flooding had ruined thousands of acres of corn and soybeans. ``This was going "
     "to be the best crop we've had in years,'' said Dale Kessler, who farms 600 acres near Vinton. "
     "``Now it's gone.''\n\n"
     "According to the state Department of Agriculture, crop losses could top $200 million.\n\n"
     "The river is expected to fall below flood stage by Sunday, said Ron Teague, a hydrologist with "
     "the weather service in Davenport.",
     [("the worst of the flooding in eastern Iowa appeared to be over", who(None, said_on="1990-07-10"),
       "officials"),
      ("he would ask President Bush to declare 12 counties federal disaster areas",
       who("Martin Hale", "male", said_on="1990-07-10"), "Gov. Martin Hale"),
      ("``I've never seen anything like it. Whole towns are under water,''",
       who("Martin Hale", "male", said_on="1990-07-10"), "Hale"),
      ("more rain was expected Wednesday and Thursday, but not enough to cause the river to rise again",
       body("National Weather Service", said_on=fresh("1990-07-10")), "The National Weather Service"),
      ("about 2,000 people had spent Monday night in shelters",
       who("Linda Barr", "female", said_on=fresh("1990-07-10")), "Red Cross spokeswoman Linda Barr"),
      ("``Most of them just want to know when they can go home,''",
       who("Linda Barr", "female", said_on=fresh("1990-07-10")), "she"),
      ("the flooding had ruined thousands of acres of corn and soybeans",
       who(None, said_on=fresh("1990-07-10")), "Farmers"),
      ("``This was going to be the best crop we've had in years,''",
       who("Dale Kessler", said_on=fresh("1990-07-10")), "Dale Kessler"),
      ("``Now it's gone.''", who("Dale Kessler", said_on=fresh("1990-07-10")), None),
      ("crop losses could top $200 million",
       body("Department of Agriculture", said_on=fresh("1990-07-10")), "the state Department of Agriculture"),
      ("The river is expected to fall below flood stage by Sunday",
       who("Ron Teague", said_on=fresh("1990-07-10")), "Ron Teague")]),

    # AP Worldstream, a diplomat expelled (a Wednesday): a country "accusing him of"; the ministry
    # "said in a statement"; its spokesman "told reporters"; the other side's spokesman "said" and
    # "called"; his words "told a daily briefing"; an agency citing officials; a security chief "in
    # a television interview Tuesday night" and "He said" after it.
    ("apw-diplomat-expelled", "2000-05-24",
     "MOSCOW (AP) _ Russia on Wednesday ordered a U.S. diplomat to leave the country within 10 days, "
     "accusing him of trying to buy military secrets.\n\n"
     "The Foreign Ministry said in a statement that the diplomat, a second secretary at the U.S. "
     "Embassy, had been caught ``red-handed'' Tuesday evening as he received classified documents "
     "from a Russian citizen.\n\n"
     "Foreign Ministry spokesman Andrei Sokolov told reporters the expulsion was ``a necessary "
     "measure'' and would not harm relations between the two countries.\n\n"
     "In Washington, State Department spokesman Daniel Prentice said the diplomat had done nothing "
     "wrong and called the expulsion ``unjustified.''\n\n"
     "``We will respond appropriately,'' Prentice told a daily briefing, without saying whether "
     "Washington would expel a Russian diplomat in return.\n\n"
     "The Interfax news agency, citing unidentified security officials, said the diplomat had been "
     "under surveillance for several months.\n\n"
     "Sergei Yermakov, secretary of the Security Council, said in a television interview Tuesday "
     "night that foreign intelligence services had stepped up their activity in Russia.\n\n"
     "He said that more than 20 foreign agents had been caught last year.",
     [("him of trying to buy military secrets", body("Russia", said_on="2000-05-24"), "Russia"),
      ("that the diplomat, a second secretary at the U.S. Embassy, had been caught ``red-handed'' "
       "Tuesday evening as he received classified documents from a Russian citizen",
       body("Foreign Ministry", "statement", fresh("2000-05-24")), "The Foreign Ministry"),
      ("the expulsion was ``a necessary measure'' and would not harm relations between the two countries",
       who("Andrei Sokolov", "male", said_on=fresh("2000-05-24")), "Foreign Ministry spokesman Andrei Sokolov"),
      ("the diplomat had done nothing wrong", who("Daniel Prentice", "male", said_on=fresh("2000-05-24")),
       "State Department spokesman Daniel Prentice"),
      # a second verb of the same subject: the gold sets write its mention either way
      ("the expulsion ``unjustified.''", who("Daniel Prentice", "male", said_on=fresh("2000-05-24")), ANY),
      ("``We will respond appropriately,''",
       who("Daniel Prentice", "male", channel="news conference", said_on=fresh("2000-05-24")), "Prentice"),
      # an agency citing officials: the agency relays (tb-placed) or speaks; either is read
      ("the diplomat had been under surveillance for several months",
       Q(name=ANY, channel=ANY, said_on=fresh("2000-05-24")), ANY),
      ("that foreign intelligence services had stepped up their activity in Russia",
       who("Sergei Yermakov", "male", channel="television", said_on="2000-05-23"), "Sergei Yermakov"),
      ("that more than 20 foreign agents had been caught last year",
       who("Sergei Yermakov", "male", said_on="2000-05-23"), "He")]),

    # The New York Times, a trial dated the day before the paper (March 10 in the paper of March
    # 11): a lede's witness named in the next paragraph by the same noun; "told the jury";
    # "testified"; a lawyer's suggestion under cross-examination; an opening statement "last
    # month"; the attorney general outside the courtroom; "in a telephone interview"; a ruling
    # "yesterday"; lawyers for both sides.
    ("nyt-tobacco-trial", "1998-03-11",
     "MINNEAPOLIS, March 10 -- A former research director for a cigarette maker testified today that "
     "company executives ordered him to stop studies that showed nicotine was addictive.\n\n"
     "The former research director, Dr. Victor Halloran, who worked at the company's laboratory in "
     "Richmond, Va., from 1976 to 1984, told the jury that he had been warned not to put his "
     "findings in writing.\n\n"
     "\"I was told that if it wasn't on paper, it didn't exist,\" Dr. Halloran testified.\n\n"
     "Under cross-examination, a lawyer for the company, Robert Weil, suggested that Dr. Halloran "
     "had left the company because he was passed over for a promotion.\n\n"
     "The company's chief lawyer, Mary Ellen Rusk, said in her opening statement last month that "
     "the company had never hidden the risks of smoking from the public.\n\n"
     "Outside the courtroom, the state's Attorney General, Hubert Olson, said the testimony was \"the "
     "smoking gun we have been talking about for four years.\"\n\n"
     "A spokesman for the company, Thomas Reilly, said in a telephone interview from Richmond that "
     "Dr. Halloran's account was \"full of inaccuracies.\"\n\n"
     "Judge Kenneth J. Fitzgerald ruled yesterday that the jury could see 39,000 pages of internal "
     "company documents.\n\n"
     "The trial, which began in January, is expected to last until May, lawyers for both sides said.",
     [("that company executives ordered him to stop studies that showed nicotine was addictive",
       who("Victor Halloran", "male", channel="court", said_on="1998-03-10"),
       "A former research director for a cigarette maker"),
      ("that he had been warned not to put his findings in writing",
       who("Victor Halloran", "male", channel="court", said_on="1998-03-10"), "Dr. Victor Halloran"),
      ("\"I was told that if it wasn't on paper, it didn't exist,\"",
       who("Victor Halloran", "male", channel="court", said_on="1998-03-10"), "Dr. Halloran"),
      ("that Dr. Halloran had left the company because he was passed over for a promotion",
       who("Robert Weil", channel="court", said_on="1998-03-10"), "a lawyer for the company, Robert Weil"),
      ("that the company had never hidden the risks of smoking from the public",
       who("Mary Ellen Rusk", "female", channel="court", said_on=("1998-02-01", "1998-02-28")),
       "The company's chief lawyer, Mary Ellen Rusk"),
      ("the testimony was \"the smoking gun we have been talking about for four years.\"",
       who("Hubert Olson", said_on="1998-03-10"), "the state's Attorney General, Hubert Olson"),
      ("that Dr. Halloran's account was \"full of inaccuracies.\"",
       who("Thomas Reilly", "male", channel="interview", said_on=fresh("1998-03-11")),
       "A spokesman for the company, Thomas Reilly"),
      ("that the jury could see 39,000 pages of internal company documents",
       who("Kenneth J. Fitzgerald", channel="court", said_on="1998-03-09"), "Judge Kenneth J. Fitzgerald"),
      ("The trial, which began in January, is expected to last until May",
       who(None, said_on=fresh("1998-03-11")), "lawyers for both sides")]),

    # The Wall Street Journal, a carrier's quarter (a Thursday paper): the company "said" and "The
    # Seattle-based carrier said"; its chairman "said in a statement"; analysts; an analyst of a
    # named firm, "he", "Mr. X said"; another analyst unnamed; a spokeswoman, "She declined"; a
    # union's letter "last week".
    ("wsj-airline-quarter", "1989-10-19",
     "Pacific Coastal Airlines Inc. said its third-quarter net income fell 38% because of higher fuel "
     "prices and a fare war on its West Coast routes.\n\n"
     "The Seattle-based carrier said net was $14.2 million, or 61 cents a share, compared with $22.9 "
     "million, or 98 cents a share, a year earlier. Revenue rose 6% to $612 million.\n\n"
     "In composite trading on the New York Stock Exchange yesterday, Pacific Coastal shares fell "
     "$1.125 to $24.50.\n\n"
     "Chairman Walter G. Brandt said in a statement that the company expected \"continued pressure on "
     "yields\" through the end of the year, but that it would not cut service to any city.\n\n"
     "Analysts said the results were worse than expected. Kevin Murphy, an analyst with Morgan "
     "Stanley & Co., said he had expected earnings of about 80 cents a share. \"The fare war is "
     "hurting them more than anyone thought,\" Mr. Murphy said.\n\n"
     "Another analyst, who asked not to be identified, said Pacific Coastal could become a takeover "
     "target if its stock continued to fall.\n\n"
     "A company spokeswoman said Pacific Coastal had no plans to sell itself. She declined to comment "
     "on reports that the company had held talks with Delta Air Lines.\n\n"
     "Separately, the airline's pilots union said in a letter to employees last week that it would "
     "seek a 12% raise when its contract expires in January.",
     [("its third-quarter net income fell 38% because of higher fuel prices and a fare war on its "
       "West Coast routes", body("Pacific Coastal Airlines Inc.", said_on=fresh("1989-10-19")),
       "Pacific Coastal Airlines Inc."),
      ("net was $14.2 million, or 61 cents a share, compared with $22.9 million, or 98 cents a share, "
       "a year earlier", body("Pacific Coastal Airlines Inc.", said_on=fresh("1989-10-19")),
       "The Seattle-based carrier"),
      ("that the company expected \"continued pressure on yields\" through the end of the year, but "
       "that it would not cut service to any city",
       who("Walter G. Brandt", "male", channel="statement", said_on=fresh("1989-10-19")),
       "Chairman Walter G. Brandt"),
      ("the results were worse than expected", who(None, said_on=fresh("1989-10-19")), "Analysts"),
      ("he had expected earnings of about 80 cents a share",
       who("Kevin Murphy", "male", said_on=fresh("1989-10-19")), "Kevin Murphy"),
      ("\"The fare war is hurting them more than anyone thought,\"",
       who("Kevin Murphy", "male", said_on=fresh("1989-10-19")), "Mr. Murphy"),
      ("Pacific Coastal could become a takeover target if its stock continued to fall",
       who(None, said_on=fresh("1989-10-19")), "Another analyst"),
      ("Pacific Coastal had no plans to sell itself",
       who(None, "female", said_on=fresh("1989-10-19")), "A company spokeswoman"),
      ("that it would seek a 12% raise when its contract expires in January",
       Q(name=None, kind="organisation", channel="letter", said_on=("1989-10-09", "1989-10-15")),
       "the airline's pilots union")]),

    # CNN, a transcript (a Thursday): the anchor's "says" and lead-in; the correspondent's "told the
    # council today" and the speaker's labelled turn; "The United States says"; an ambassador's
    # "says" and his labelled turn; "told CNN" and "He says"; the sign-off.
    ("cnn-oil-for-food", "1998-02-05",
     "JUDY WOODS, CNN ANCHOR: The U.N. Security Council is expected to vote next week on a plan to let "
     "Iraq sell more oil to pay for food and medicine. Secretary-General Anwar Sadiq says the plan is "
     "needed to ease the suffering of ordinary Iraqis. CNN's Richard Cole reports from the United "
     "Nations.\n\n"
     "RICHARD COLE, CNN CORRESPONDENT: The plan would more than double the amount of oil Iraq can "
     "sell every six months, to $5.2 billion. Sadiq told the council today that children in Iraq are "
     "dying of hunger and disease.\n\n"
     "ANWAR SADIQ, U.N. SECRETARY-GENERAL: We cannot punish a whole people for the actions of its "
     "government. That is not what the sanctions were meant to do.\n\n"
     "COLE: The United States says it will support the plan, but only if the United Nations keeps "
     "tight control over how the money is spent. U.S. Ambassador Bill Hartley says Iraq has used oil "
     "money to build palaces for its leaders.\n\n"
     "BILL HARTLEY, U.S. AMBASSADOR TO THE U.N.: Saddam Hussein has the money to feed his people. He "
     "chooses to spend it on himself.\n\n"
     "COLE: Iraq's ambassador to the U.N., Karim Jaafar, told CNN his government has not decided "
     "whether to accept the plan. He says the real problem is the sanctions themselves.\n\n"
     "Richard Cole, CNN, United Nations.",
     [("the plan is needed to ease the suffering of ordinary Iraqis",
       who("Anwar Sadiq", said_on=fresh("1998-02-05")), "Secretary-General Anwar Sadiq"),
      # words to the council: a meeting of a body, no label of the conventions for sure
      ("that children in Iraq are dying of hunger and disease",
       who("Anwar Sadiq", channel=ANY, said_on="1998-02-05"), "Sadiq"),
      ("We cannot punish a whole people for the actions of its government. That is not what the "
       "sanctions were meant to do.", who("Anwar Sadiq", channel=ANY, said_on="1998-02-05"), ANY),
      ("it will support the plan, but only if the United Nations keeps tight control over how the "
       "money is spent", body("United States", said_on=fresh("1998-02-05")), "The United States"),
      ("Iraq has used oil money to build palaces for its leaders",
       who("Bill Hartley", said_on=fresh("1998-02-05")), "U.S. Ambassador Bill Hartley"),
      ("Saddam Hussein has the money to feed his people. He chooses to spend it on himself.",
       who("Bill Hartley", said_on=fresh("1998-02-05")), ANY),
      ("his government has not decided whether to accept the plan",
       who("Karim Jaafar", "male", channel="interview", outlet="CNN", said_on=fresh("1998-02-05")),
       "Iraq's ambassador to the U.N., Karim Jaafar"),
      ("the real problem is the sanctions themselves",
       who("Karim Jaafar", "male", said_on=fresh("1998-02-05")), "He")]),

    # ABC, a report without labels (a Thursday): the unions' threat; a leader's "says" and his
    # unmarked sound bite; an aide's "says"; bankers' reaction to today's talks; an economist's
    # "says"; the sign-off.
    ("abc-korea-labor", "1998-01-15",
     "In South Korea today, the government and the country's biggest labor unions agreed to talks on "
     "layoffs, a day after thousands of workers marched in Seoul. ABC's Karen Ellis reports.\n\n"
     "The unions say they will go on strike next month if companies begin mass layoffs. Union leader "
     "Park Sung-ho says workers should not pay for the mistakes of bankers and politicians.\n\n"
     "We did not make this crisis. Why should we be the first to lose our jobs?\n\n"
     "President-elect Kim Tae-jun met with union and business leaders today. An aide to Mr. Kim says "
     "he wants an agreement before he takes office next month.\n\n"
     "Foreign bankers in Seoul say the talks are a good sign. Economist Lee Min-jae says investors "
     "want to see that Korea can cut costs without riots in the streets.\n\n"
     "Karen Ellis, ABC News, Seoul.",
     [("they will go on strike next month if companies begin mass layoffs",
       Q(name=None, channel=None, said_on=fresh("1998-01-15")), "The unions"),
      ("workers should not pay for the mistakes of bankers and politicians",
       who("Park Sung-ho", said_on=fresh("1998-01-15")), "Union leader Park Sung-ho"),
      ("We did not make this crisis. Why should we be the first to lose our jobs?",
       who("Park Sung-ho", said_on=fresh("1998-01-15")), None),
      ("he wants an agreement before he takes office next month",
       who(None, said_on=fresh("1998-01-15")), "An aide to Mr. Kim"),
      # a reaction to today's talks: [the talks' day, the article date]
      ("the talks are a good sign", who(None, said_on="1998-01-15"), "Foreign bankers in Seoul"),
      ("investors want to see that Korea can cut costs without riots in the streets",
       who("Lee Min-jae", said_on=fresh("1998-01-15")), "Economist Lee Min-jae")]),

    # PRI's The World (a Thursday): the host's "Police ... say" and lead-in; a police spokesman's
    # "says"; a chief constable "told a news conference this afternoon"; "The group says" and its
    # statement "issued in Dublin on Tuesday"; a shopkeeper's labelled turn after no cue; a prime
    # minister's "says", "He spoke to Irish radio this morning" and his labelled turn; the sign-off.
    ("pri-omagh-arrests", "1998-08-20",
     "DAVID HALE, HOST: This is The World. I'm David Hale. Police in Northern Ireland say they have "
     "arrested five men in connection with Saturday's car bombing in the town of Omagh, which killed "
     "28 people. The World's Anne McCarthy reports from Belfast.\n\n"
     "ANNE McCARTHY: The men were arrested in raids in County Armagh early this morning. A police "
     "spokesman says they are being questioned at a police station in Belfast. Chief Constable Ian "
     "Dunlop told a news conference this afternoon that the investigation was making progress, but "
     "he would not say whether the men belonged to a splinter group calling itself the Real IRA.\n\n"
     "The group says it planted the bomb but did not mean to kill civilians. In a statement issued in "
     "Dublin on Tuesday, it said it had given a warning 40 minutes before the blast.\n\n"
     "Many people here don't believe that. Omagh shopkeeper Brian Devlin lost his sister in the "
     "blast.\n\n"
     "BRIAN DEVLIN: They knew what they were doing. They knew the town would be full of people on a "
     "Saturday afternoon.\n\n"
     "McCARTHY: Irish Prime Minister Sean Costello says his government will introduce tough new laws "
     "against the bombers. He spoke to Irish radio this morning.\n\n"
     "SEAN COSTELLO: We will not allow a small band of fanatics to drag this island back into the "
     "past.\n\n"
     "McCARTHY: For The World, I'm Anne McCarthy in Belfast.",
     [("they have arrested five men in connection with Saturday's car bombing in the town of Omagh, "
       "which killed 28 people", Q(name=None, channel=None, said_on=fresh("1998-08-20")), "Police in Northern Ireland"),
      ("they are being questioned at a police station in Belfast",
       who(None, "male", said_on=fresh("1998-08-20")), "A police spokesman"),
      ("that the investigation was making progress",
       who("Ian Dunlop", "male", channel="news conference", said_on="1998-08-20"), "Chief Constable Ian Dunlop"),
      ("it planted the bomb but did not mean to kill civilians",
       body("Real IRA", said_on=fresh("1998-08-20")), "The group"),
      ("it had given a warning 40 minutes before the blast",
       body("Real IRA", "statement", "1998-08-18"), "it"),
      ("They knew what they were doing. They knew the town would be full of people on a Saturday "
       "afternoon.", who("Brian Devlin", "male", said_on=fresh("1998-08-20")), ANY),
      # "Irish radio": the medium named, no outlet; radio or an interview
      ("his government will introduce tough new laws against the bombers",
       who("Sean Costello", "male", channel=ANY, said_on="1998-08-20"), "Irish Prime Minister Sean Costello"),
      ("We will not allow a small band of fanatics to drag this island back into the past.",
       who("Sean Costello", "male", channel=ANY, said_on="1998-08-20"), ANY)]),

    # AP, a basketball game "Wednesday night" (a Thursday): the scorer's words and follow-on; a
    # coach's "said" and "tonight"; a player's "He said"; the general manager "before the game";
    # a forward's "said" and "he said".
    ("ap-blazers-sonics", "1999-11-04",
     "PORTLAND, Ore. (AP) _ Marcus Hill scored 31 points and the Portland Trail Blazers beat the "
     "Seattle SuperSonics 104-96 Wednesday night for their fifth straight win.\n\n"
     "``We're starting to figure out who we are,'' Hill said. ``Everybody knows their role now.''\n\n"
     "Seattle coach Dan Ricks said his team played well for three quarters but ``ran out of gas'' in "
     "the fourth.\n\n"
     "``We didn't make shots tonight, and that's the story of the game,'' Ricks said.\n\n"
     "Portland center Tomas Varga, who missed the last two games with a sprained ankle, had 14 "
     "rebounds. He said the ankle felt fine.\n\n"
     "Before the game, Trail Blazers general manager Ron Sandler told reporters that the team was "
     "close to signing forward Andre Mills to a contract extension.\n\n"
     "Mills, who scored 12 points, said he wanted to stay in Portland. ``This is home,'' he said.",
     [("``We're starting to figure out who we are,''",
       who("Marcus Hill", said_on=("1999-11-03", "1999-11-04")), "Hill"),
      ("``Everybody knows their role now.''", who("Marcus Hill", said_on=("1999-11-03", "1999-11-04")), None),
      ("his team played well for three quarters but ``ran out of gas'' in the fourth",
       who("Dan Ricks", "male", said_on=("1999-11-03", "1999-11-04")), "Seattle coach Dan Ricks"),
      ("``We didn't make shots tonight, and that's the story of the game,''",
       who("Dan Ricks", "male", said_on="1999-11-03"), "Ricks"),
      ("the ankle felt fine", who("Tomas Varga", "male", said_on=("1999-11-03", "1999-11-04")), "He"),
      ("that the team was close to signing forward Andre Mills to a contract extension",
       who("Ron Sandler", said_on="1999-11-03"), "Trail Blazers general manager Ron Sandler"),
      ("he wanted to stay in Portland", who("Andre Mills", "male", said_on=("1999-11-03", "1999-11-04")),
       "Mills"),
      ("``This is home,''", who("Andre Mills", "male", said_on=("1999-11-03", "1999-11-04")), "he")]),

    # The New York Times, a veto threat dated the day before the paper (June 13 in the paper of June
    # 14): "The White House said today"; the press secretary "told reporters at his daily briefing";
    # "said in an interview yesterday" and "Mr. X said"; a letter "last Friday" with "urged" and
    # "the letter said"; a senator's "said" and "she said"; "According to the Congressional Budget
    # Office".
    ("nyt-estate-tax-veto", "2000-06-14",
     "WASHINGTON, June 13 -- The White House said today that the president would veto a Republican "
     "bill to repeal the estate tax, setting up another confrontation with Congress over taxes.\n\n"
     "\"This bill gives the biggest tax breaks to the wealthiest 2 percent of Americans,\" the White "
     "House press secretary, Martin Kessel, told reporters at his daily briefing.\n\n"
     "The House passed the bill last week by 279 to 136, with 65 Democrats joining the Republicans. "
     "The Senate is expected to take it up next month.\n\n"
     "Representative Harold Keene, the Texas Republican who wrote the bill, said in an interview "
     "yesterday that the president was \"on the wrong side of the American people.\" Mr. Keene said "
     "his party would try to override the veto.\n\n"
     "In a letter to House members last Friday, a coalition of farm and small business groups urged "
     "lawmakers to stand firm. \"Family farms are being sold to pay the tax man,\" the letter said.\n\n"
     "Senator Ruth Ames, Democrat of Washington, said she expected the bill to fail in the Senate. "
     "\"They don't have the votes, and they know it,\" she said.\n\n"
     "According to the Congressional Budget Office, repealing the tax would cost the Treasury $105 "
     "billion over 10 years.",
     # (written first with the participle "setting up another confrontation ..." inside: it is the
     # reporter's comment on the announcement, not the White House's words; corrected after the run)
     [("that the president would veto a Republican bill to repeal the estate tax",
       body("White House", said_on="2000-06-13"), "The White House"),
      ("\"This bill gives the biggest tax breaks to the wealthiest 2 percent of Americans,\"",
       who("Martin Kessel", "male", channel="news conference", said_on="2000-06-13"),
       "the White House press secretary, Martin Kessel"),
      ("that the president was \"on the wrong side of the American people.\"",
       who("Harold Keene", "male", channel="interview", said_on="2000-06-12"), "Representative Harold Keene"),
      ("his party would try to override the veto",
       who("Harold Keene", "male", said_on=("2000-06-12", "2000-06-14")), "Mr. Keene"),
      ("lawmakers to stand firm", Q(name=None, channel="letter", said_on="2000-06-09"),
       "a coalition of farm and small business groups"),
      ("\"Family farms are being sold to pay the tax man,\"",
       Q(name=None, channel="letter", said_on="2000-06-09"), "the letter"),
      ("she expected the bill to fail in the Senate",
       who("Ruth Ames", "female", said_on=fresh("2000-06-14")), "Senator Ruth Ames"),
      ("\"They don't have the votes, and they know it,\"",
       who("Ruth Ames", "female", said_on=fresh("2000-06-14")), "she"),
      # a body's estimate: a report of it or its word; when it was made the text does not say
      ("repealing the tax would cost the Treasury $105 billion over 10 years",
       body("Congressional Budget Office", channel=ANY, said_on=ANY), "the Congressional Budget Office")]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "xinhua-state-visit": "gender: 'during his visit' inside the president's own reported clause is his, and "
                          "the only pronoun of him; pronouns inside a reported clause are not read",
    "xinhua-harvest": "said_on: the time of a participle between the subject and the cue ('inspecting wheat "
                      "fields ... last week, urged') does not date the saying ('speaking ... last week' does)",
    "voa-election-count": "said_on: observers' verdict on this vote in a broadcast's 'say' is read by the "
                          "group rule (a standing view, null)",
    "apw-diplomat-expelled": "kind: 'Russia ... accusing him of' gives the country no kind (its mention runs "
                             "over the dateline); 'in a television interview' is read as an interview, the "
                             "medium stated; 'without saying whether' read as a quote",
    "abc-korea-labor": "said_on: bankers' reaction to today's talks in a broadcast's 'say' is read by the "
                       "group rule (a standing view, null)",
    "pri-omagh-arrests": "name: 'a splinter group calling itself the Real IRA' names no body ('Real' is no "
                         "name word to the tagger) and 'The group' goes to another; 'he would not say "
                         "whether' read as a quote",
}
# Quote bounds still wrong (the content test), by "case id:first four words".
BOUNDS_STILL_WRONG: dict[str, str] = {
    "apw-diplomat-expelled:that the diplomat, a": "the parser hangs what follows the closing mark ('Tuesday "
                                                "evening as he received ...') on the cue: the clause ends at the mark",
    "apw-diplomat-expelled:the diplomat had done": "'said X and called Y': the parser joins the second cue to "
                                               "the reported clause, one quote for both",
    "apw-diplomat-expelled:the expulsion ``unjustified.''": "as above: 'called the expulsion ...' is no quote of its own",
}

_EDGE = set(" \t\n\r.,;:!?\"'“”‘’«»()[]—–-`")


def _trim(text: str) -> str:
    """A span's text without the spaces, punctuation and marks at its edges (as the scorer's exact
    match reads spans)."""
    start, end = 0, len(text)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return text[start:end]


def _matched(text: str, quotes, content: str):
    """The quote found that covers more than 0.3 of the expected content (the scorer's hit)."""
    start = text.index(content)
    want = set(range(start, start + len(content)))
    best, share = None, 0.3
    for q in quotes:
        got = {i for part in q.content for i in range(part.start, part.end)}
        if len(got & want) / len(want) > share:
            best, share = q, len(got & want) / len(want)
    return best


def _mention_overlaps(text: str, q, mention, near: int) -> bool:
    """Whether the mention found overlaps an occurrence of the expected one within the quote's
    reach (400 characters either side of the quote), or both are none."""
    got = q.speaker.mention if q.speaker else None
    if mention is None or got is None:
        return mention is None and got is None
    at = text.find(mention)
    while at >= 0:
        if abs(at - near) < 400 and got.start < at + len(mention) and at < got.end:
            return True
        at = text.find(mention, at + 1)
    return False


def record_differences(text: str, expected, date: str) -> list[str]:
    """What the article's records get wrong, field by field (content matched as the scorer matches
    it), and any quote the expectations do not name."""
    quotes = saidwhen.extract(text, date=date).quotes
    wrong, used = [], set()
    for content, want, mention in expected:
        q = _matched(text, quotes, content)
        if q is None:
            wrong.append(f"not found: {content[:50]!r}")
            continue
        used.add(id(q))
        got = found(q)
        for field, value in want._asdict().items():
            if value is ANY:
                continue
            ok = said_on_meets(got[field], value) if field == "said_on" else got[field] == value
            if not ok:
                wrong.append(f"{content[:40]!r}: {field} {got[field]!r}, expected {value!r}")
        if mention is not ANY and not _mention_overlaps(text, q, mention, text.index(content)):
            got_m = q.speaker.mention.text if q.speaker and q.speaker.mention else None
            wrong.append(f"{content[:40]!r}: mention {got_m!r}, expected {mention!r}")
    wrong += [f"a quote not expected: {q.text!r}" for q in quotes if id(q) not in used]
    return wrong


def bounds_differences(text: str, expected, date: str) -> list[str]:
    """Expected quotes whose content span, found, is not exactly the expected one."""
    quotes = saidwhen.extract(text, date=date).quotes
    wrong = []
    for content, _, _ in expected:
        q = _matched(text, quotes, content)
        if q is not None:
            got = " | ".join(part.text for part in q.content)
            if _trim(got) != _trim(content):
                wrong.append(f"content {got!r}, expected {content!r}")
    return wrong


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_wire_story_records(text: str, expected, date: str):
    assert record_differences(text, expected, date) == []


def _bounds_params():
    for case_id, date, text, expected in ARTICLES:
        for content, want, mention in expected:
            key = f"{case_id}:{' '.join(content.split()[:4])}"
            marks = ([pytest.mark.xfail(strict=True, reason=BOUNDS_STILL_WRONG[key])]
                     if key in BOUNDS_STILL_WRONG else [])
            yield pytest.param(text, content, date, id=key, marks=marks)


@pytest.mark.parametrize("text, content, date", list(_bounds_params()))
def test_wire_story_quote_bounds(text: str, content: str, date: str):
    assert bounds_differences(text, [(content, None, None)], date) == []


# What the first run showed, as single sentences of our own, one rule a case.

def records_of(text: str, date: str) -> list[tuple]:
    """(name, kind, gender, channel, outlet, said_on, words) of each quote of the text, in order."""
    out = []
    for q in saidwhen.extract(text, date=date).quotes:
        s = q.speaker
        out.append((s.name if s else None, s.kind if s else None, s.gender if s else None, q.channel, q.outlet,
                    q.said_on.value if q.said_on else None, q.text))
    return out


@pytest.mark.parametrize("gathering", ["a regular press conference", "a news briefing", "a rally in Lagos",
                                       "a meeting of party members"])
def test_a_that_clause_after_a_gathering_told_is_what_was_said(gathering):
    # the parser reads "that China has always held ..." as a relative clause of the gathering
    found = records_of(f"Spokesman Sun Yuxiang told {gathering} that China has always held that the issue is "
                     "an internal affair.", "1999-03-17")
    assert [r[6] for r in found] == ["that China has always held that the issue is an internal affair"]


@pytest.mark.parametrize("sentence", ["Ann Lee told a conference that was held in Paris about the plan.",
                                      "Ann Lee told a rally that drew 5,000 people about the plan."])
def test_a_gathering_s_own_relative_clause_is_no_report(sentence):
    # guard: "that" is the clause's subject: the gathering's relative clause
    assert records_of(sentence, "1999-03-17") == []


@pytest.mark.parametrize("sentence, words", [
    ("The Romanian president expressed the hope that the two sides would sign an agreement.",
     "that the two sides would sign an agreement"),
    ("Li voiced concern that the region is unstable.", "that the region is unstable"),
    ("The minister reiterated China's position that Taiwan is part of China.", "that Taiwan is part of China"),
])
def test_a_view_voiced_with_its_that_clause_is_said(sentence, words):
    assert [r[6] for r in records_of(sentence, "1999-03-17")] == [words]


@pytest.mark.parametrize("sentence", ["She expressed concern about the plan.",
                                      "Concern was expressed that prices would rise."])
def test_a_view_voiced_with_no_clause_or_no_one_is_no_quote(sentence):
    assert records_of(sentence, "1999-03-17") == []


def test_statistics_a_body_released_are_its_report():
    found = records_of("According to statistics released by the provincial statistics bureau, rural incomes "
                     "rose by 8.2 percent.", "1998-06-23")
    assert found[0][3] == "report"


def test_a_spokesman_s_name_whose_first_word_is_a_paper_s_is_a_person_s():
    found = records_of("Foreign Ministry spokesman Sun Yuxiang said China opposes the bombing. \"It is wrong,\" "
                     "Sun said.", "1999-03-17")
    assert [r[:3] for r in found] == [("Sun Yuxiang", "person", "male")] * 2


def test_a_turn_label_is_no_subject_of_the_turn_s_verb():
    text = ("JUDY WOODS, CNN ANCHOR: The council meets today. CNN's Richard Cole reports.\n\n"
            "COLE: Iraq's ambassador to the U.N., Karim Jaafar, told CNN his government has not decided.")
    assert records_of(text, "1998-02-05")[-1][:5] == ("Karim Jaafar", "person", "male", "interview", "CNN")


def test_a_body_written_of_after_a_host_s_label_is_not_the_label():
    text = ("DAVID HALE, HOST: This is The World. The group says it planted the bomb but did not mean to kill "
            "civilians.")
    assert records_of(text, "1998-08-20")[-1][0] != "HOST"


def test_a_surname_the_tagger_reads_as_a_plural_noun_is_the_person_named_before():
    text = ("Ron Sandler said the team was close to signing forward Andre Mills.\n\nMills, who scored 12 "
            "points, said he wanted to stay in Portland. ``This is home,'' he said.")
    assert [r[0] for r in records_of(text, "1999-11-04")] == ["Ron Sandler", "Andre Mills", "Andre Mills"]


def test_a_player_named_after_his_position_is_a_person_where_he_follows():
    text = ("``We didn't make shots tonight,'' Seattle coach Dan Ricks said.\n\nPortland center Tomas Varga, "
            "who missed two games with a sprained ankle, had 14 rebounds. He said the ankle felt fine.")
    assert records_of(text, "1999-11-04")[-1][:3] == ("Tomas Varga", "person", "male")


def test_an_outlet_told_ends_where_the_clause_s_subject_begins():
    found = records_of("Mr. Morales says his party has evidence. He tells VOA the Sandinistas will not accept "
                     "the results.", "1996-10-29")
    assert found[-1][3:5] == ("interview", "VOA")


def test_a_reported_clause_the_parser_split_after_a_relative_clause_runs_on():
    found = records_of("A former research director testified today that company executives ordered him to "
                     "stop studies that showed nicotine was addictive.", "1998-03-11")
    assert found[0][6].endswith("showed nicotine was addictive")


def test_a_condition_joined_to_the_cue_is_part_of_the_words():
    found = records_of("The United States says it will support the plan, but only if the United Nations keeps "
                     "tight control.", "1998-02-05")
    assert found[0][6] == "it will support the plan, but only if the United Nations keeps tight control"


def test_a_labelled_turn_of_someone_the_report_named_is_a_sound_bite():
    text = ("DAVID HALE, HOST: Police say they arrested five men. The World's Anne McCarthy reports from "
            "Belfast.\n\nANNE McCARTHY: Omagh shopkeeper Brian Devlin lost his sister in the blast.\n\n"
            "BRIAN DEVLIN: They knew what they were doing.\n\nMcCARTHY: For The World, I'm Anne McCarthy "
            "in Belfast.")
    assert ("Brian Devlin", "They knew what they were doing.") in [(r[0], r[6]) for r in records_of(text, "1998-08-20")]


def test_a_labelled_turn_of_the_broadcast_s_own_is_no_sound_bite():
    # guard: the correspondent, led in and labelled, reports; her turn is no one's bite
    text = ("DAVID HALE, HOST: Police say they arrested five men. The World's Anne McCarthy reports from "
            "Belfast.\n\nANNE McCARTHY: The men were arrested in raids early this morning.\n\n"
            "DAVID HALE, HOST: We will have more later.")
    assert not any("raids" in r[6] or "more later" in r[6] for r in records_of(text, "1998-08-20"))


def test_a_document_cited_before_a_quote_is_no_vehicle_of_it():
    # fresh draw: "citing statistics about ..." is what he spoke of, not where
    text = ("Sanders went out of his way in talking to reporters to praise the economy, citing statistics "
            "about the outlook he inherited.\n\n\"We have come a long way,\" he said.")
    assert records_of(text, "2016-01-28")[-1][3] is None


def test_an_interviewer_s_question_in_a_labelled_transcript_is_no_sound_bite():
    # fresh draw: the host named before asks; his question is no one's quote
    text = ("Governor Mary Fallin spoke to Jake Tapper on Sunday.\n\nJAKE TAPPER: Trump released a video.\n\n"
            "FALLIN: I think he is trying.\n\nTAPPER: Do you think Donald Trump has campaigned as a racial "
            "healer?\n\nFALLIN: I think he is trying to campaign as a racial healer.")
    assert not any(r[6].startswith("Do you think") for r in records_of(text, "2016-07-10"))


def test_a_surname_read_as_a_plural_before_going_on_is_no_name():
    # fresh draw: "Sanders continued to portray her" is no saying; the name stays Bernie Sanders's
    text = ("Bernie Sanders wants more debates. Sanders continued to portray her as hiding.\n\nTop Sanders "
            "strategists acknowledged as much.\n\nFriday, he told the New York Daily News that Clinton was "
            "hiding.")
    assert records_of(text, "2016-04-05")[-1][0] == "Bernie Sanders"


def test_a_plural_that_is_a_word_inside_a_body_s_name_is_no_surname():
    # guard: "Police said" after "The Edmonton Police Service said" is the police, not a person
    text = ("The Edmonton Police Service said it accepted the findings.\n\nPolice said the officer had 11 "
            "years of service.")
    assert records_of(text, "2025-04-16")[-1][0] != "Police" or records_of(text, "2025-04-16")[-1][1] != "person"
