"""Wire and newspaper stories of 1989-2000 of the held-out kinds (issue 12's wires, round 17):
whole stories, every quote with its record (name, kind, gender as written, channel, said_on) by
conventions.md, all written before any was run.

Each story is our own writing in the manner of Xinhua, the Voice of America, CNN and ABC news
transcripts, the Wall Street Journal, the AP and AP Worldstream, Reuters and the New York Times of
the time: an official statement story ("said here today", "at the regular weekly press
conference", a statement issued the day before); a radio report in "says" throughout with a
standing "experts say" and a sign-off; a transcript with an anchor, a correspondent and recorded
speaker turns; a markets story with analysts, a company spokesman and "last month"; an AP state
story of "said Tuesday" and "said in a speech Monday night"; a Reuters story of newspaper and
radio interviews ("told the newspaper Le Monde", "told Europe 1 radio on Sunday", "quoted ... as
saying"); officials "who asked not to be named"; spokesmen speaking for a ministry and a company;
a Times story dated the day before the paper, with a company's statement "issued late
yesterday"; a leader's meeting with a delegation; a trial (testimony, an opening statement "last
week", a ruling "Tuesday").

A quote is named by words of it; a quote the expectations do not name is a difference too. A field
the conventions leave open for a case is ANY, with the reason beside it.
"""
from __future__ import annotations

import pytest

import saidwhen

from test_canadian import ANY, Q, fresh
from test_canadian_articles import article_differences
from test_canadian_placing import article_params
from test_wire_stories3 import body, who  # a person's record and a body's, as the wire sets write them


ARTICLES = [
    # Xinhua, an official statement story (a Thursday): "said here today"; "at the regular weekly
    # press conference"; "He said"; a statement issued on Wednesday by a named office and "The
    # statement said"; a premier meeting a visiting minister "this afternoon"; "told reporters".
    ("xinhua-spokesman", "1998-03-05",
     "BEIJING, March 5 (Xinhua) -- Chinese Foreign Ministry spokesman Zhu Qizhen said here today "
     "that China firmly opposes any attempt to use the U.N. Human Rights Commission to interfere "
     "in its internal affairs.\n\n"
     "At the regular weekly press conference, Zhu said that a draft resolution sponsored by a few "
     "Western countries \"distorts the facts and is doomed to failure.\"\n\n"
     "He said that the Chinese government has always attached great importance to the protection "
     "of human rights and that the Chinese people enjoy extensive democratic rights under the "
     "law.\n\n"
     "In a statement issued on Wednesday, the Information Office of the State Council said that "
     "China had made \"remarkable progress\" in building its legal system since 1978.\n\n"
     "The statement said that more than 300 laws had been adopted in the past two decades.\n\n"
     "Meanwhile, Premier Li Zhaoxing, meeting with visiting Dutch Foreign Minister Hans van Dijk in "
     "the Great Hall of the People this afternoon, said that China is ready to hold dialogue on "
     "human rights with European countries \"on the basis of equality and mutual respect.\"\n\n"
     "Van Dijk said the Netherlands values its relations with China and hopes to expand "
     "cooperation in trade, science and culture.\n\n"
     "Li said he believed that the two countries would push their relations into the 21st "
     "century.\n\n"
     "Zhu also told reporters that Vice Premier Qian Jiaxin will pay an official visit to Brazil "
     "and Argentina later this month.",
     [("firmly opposes any attempt", who("Zhu Qizhen", "male", said_on="1998-03-05")),
      ("doomed to failure", who("Zhu Qizhen", "male", channel="news conference", said_on="1998-03-05")),
      ("attached great importance", who("Zhu Qizhen", "male", said_on="1998-03-05")),
      ("remarkable progress", body("Information Office of the State Council", "statement", "1998-03-04")),
      ("more than 300 laws", body("Information Office of the State Council", "statement", "1998-03-04")),
      ("ready to hold dialogue", who("Li Zhaoxing", "male", said_on="1998-03-05")),
      ("values its relations", who("Hans van Dijk", said_on="1998-03-05")),
      ("21st century", who("Li Zhaoxing", "male", said_on="1998-03-05")),
      ("official visit to Brazil", who("Zhu Qizhen", "male", said_on="1998-03-05"))]),

    # VOA, a report in "says" throughout (a Wednesday): unnamed officials in the lead; a society
    # named, then its spokesman in apposition and "Mr. X says"; weather experts' standing view
    # (null); a president "who toured the area Tuesday"; opposition leaders' standing criticism
    # (null) and a named member's fresh words, "He says"; the correspondent's sign-off.
    ("voa-floods", "1998-10-14",
     "Officials in Kenya say at least 40 people have been killed by floods in the west of the "
     "country after more than a week of heavy rain.\n\n"
     "The Kenya Red Cross Society says thousands of people have fled their homes along the Nzoia "
     "River, and it is appealing for blankets, tents and medicine.\n\n"
     "A spokesman for the society, Omar Haji, says rescue teams are using boats to reach villages "
     "cut off by the water. Mr. Haji says more rain is expected for at least another week.\n\n"
     "Weather experts say the heavy rains are linked to the warming of the Pacific Ocean known as "
     "El Nino.\n\n"
     "President Daniel Kiprono, who toured the area Tuesday, says the government will provide food "
     "and shelter to everyone who has lost a home.\n\n"
     "But opposition leaders say the government has failed to repair the roads and drainage "
     "channels that were damaged in last year's floods. Opposition member of parliament Peter "
     "Odhiambo says the same villages are flooded every year and nothing is done. He says he will "
     "raise the matter in parliament next week.\n\n"
     "Alex Mwangi, VOA News, Nairobi.",
     [("at least 40 people", Q(name=None, said_on=fresh("1998-10-14"))),
      ("thousands of people have fled", body("Kenya Red Cross Society", said_on=fresh("1998-10-14"))),
      ("using boats", who("Omar Haji", "male", said_on=fresh("1998-10-14"))),
      ("another week", who("Omar Haji", "male", said_on=fresh("1998-10-14"))),
      ("linked to the warming", Q(name=None, said_on=None)),
      ("food and shelter", who("Daniel Kiprono", said_on=fresh("1998-10-14"))),
      ("failed to repair", Q(name=None, said_on=None)),
      ("nothing is done", who("Peter Odhiambo", "male", said_on=fresh("1998-10-14"))),
      ("raise the matter", who("Peter Odhiambo", "male", said_on=fresh("1998-10-14")))]),

    # CNN, a transcript (a Thursday): the anchor's lead with "the government says"; the
    # correspondent's "says"; a minister's recorded turn (a direct quote without marks or cue);
    # traders' fresh words; an IMF spokesman; a White House spokesman's "said" and his recorded
    # turn; the correspondent's sign-off.
    ("cnn-rupiah", "1998-01-08",
     "LINDA CARR, CNN ANCHOR: Indonesia's currency fell to a new low today, and the government "
     "says it will cut spending on big projects to win more help from the International Monetary "
     "Fund. CNN's Paul Reyes reports from Jakarta.\n\n"
     "PAUL REYES, CNN CORRESPONDENT: The rupiah lost another 10 percent in morning trading. "
     "Finance Minister Bambang Sudarsono says the cuts will save some $2 billion.\n\n"
     "BAMBANG SUDARSONO, INDONESIAN FINANCE MINISTER: We are serious. We will do what the fund "
     "asks of us, and we will do it quickly.\n\n"
     "REYES: On the streets of the capital, shoppers lined up to buy rice and cooking oil. Traders "
     "say prices have doubled since last week. An IMF spokesman in Washington said the fund's "
     "managing director would come to Jakarta next week.\n\n"
     "Paul Reyes, CNN, Jakarta.\n\n"
     "CARR: In Washington, the president spoke with President Suharto by telephone this morning. "
     "White House spokesman Dan Whitaker said the president urged Suharto to carry out the reforms "
     "\"fully and promptly.\"\n\n"
     "DAN WHITAKER, WHITE HOUSE SPOKESMAN: The president made clear that the United States stands "
     "ready to help, but that Indonesia has to help itself.",
     [("cut spending on big projects", Q(kind="organisation", said_on=fresh("1998-01-08"))),
      ("save some $2 billion", who("Bambang Sudarsono", said_on=fresh("1998-01-08"))),
      ("We are serious", who("Bambang Sudarsono", said_on=fresh("1998-01-08"))),
      ("prices have doubled", who(None, said_on=fresh("1998-01-08"))),
      ("managing director would come", who(None, "male", said_on=fresh("1998-01-08"))),
      ("fully and promptly", who("Dan Whitaker", "male", said_on=fresh("1998-01-08"))),
      ("stands ready to help", who("Dan Whitaker", "male", said_on=fresh("1998-01-08")))]),

    # The Wall Street Journal, a markets story (a Wednesday paper on Tuesday's trading):
    # "yesterday"; a strategist, "Mr. X cautioned"; traders; a company whose shares fell "after the
    # company said"; a company spokesman in apposition; an analyst of a named firm, "he"; a
    # spokeswoman who "declined to comment" (no quote); a chairman "last month"; a bond trader.
    ("wsj-stocks", "1989-11-08",
     "Stock prices climbed yesterday as investors cheered a drop in short-term interest rates, but "
     "takeover stocks remained under pressure.\n\n"
     "The Dow Jones Industrial Average rose 22.36 points to 2625.33 in active trading.\n\n"
     "\"The market is telling you that the worst of the selling is over,\" said Harold Tisch, chief "
     "market strategist at Shearson Lehman Hutton Inc. But Mr. Tisch cautioned that stocks remain "
     "vulnerable to \"bad news from the junk-bond market.\"\n\n"
     "Traders said program trading played only a small part in yesterday's rise.\n\n"
     "Among the day's losers, Ualco Corp. fell 3 1/8 to 41 1/2 after the company said its "
     "third-quarter earnings would fall short of analysts' estimates. A Ualco spokesman, Robert "
     "Fenn, said the shortfall reflected \"weaker than expected demand\" for industrial coatings.\n\n"
     "Peter Anastos, an analyst with Kidder, Peabody & Co., said he had cut his estimate of "
     "Ualco's 1989 earnings to $3.10 a share from $3.65.\n\n"
     "Brightwater Industries rose 2 3/4 to 57 on renewed takeover speculation. A Brightwater "
     "spokeswoman declined to comment. Brightwater's chairman, Samuel Rubin, said last month that "
     "the company \"is not for sale at any price.\"\n\n"
     "In the bond market, prices of Treasury securities rose. \"The Fed is easing, and everybody "
     "knows it,\" said Carla Moretti, a government bond trader at Mabon, Nugent & Co.",
     [("worst of the selling", who("Harold Tisch", "male", said_on=("1989-11-07", "1989-11-08"))),
      ("junk-bond market", who("Harold Tisch", "male", said_on=("1989-11-07", "1989-11-08"))),
      ("program trading", who(None, said_on=("1989-11-07", "1989-11-08"))),
      ("fall short of analysts", body("Ualco Corp.", said_on=fresh("1989-11-08"))),
      ("weaker than expected demand", who("Robert Fenn", "male", said_on=fresh("1989-11-08"))),
      ("cut his estimate", who("Peter Anastos", "male", said_on=fresh("1989-11-08"))),
      ("not for sale", who("Samuel Rubin", "male", said_on=("1989-10-01", "1989-10-31"))),
      ("The Fed is easing", who("Carla Moretti", said_on=("1989-11-07", "1989-11-08")))]),

    # AP, a state budget story (a Tuesday): "said Tuesday" and "told reporters at a Capitol news
    # conference"; a speaker's speech "Monday night" and his own quote after it; a Senate leader
    # "said Tuesday" and again; the comptroller's office (someone speaking for another: unnamed);
    # a budget director, "She said".
    ("ap-state-budget", "1990-08-21",
     "SPRINGFIELD, Ill. (AP) _ Gov. James R. Thornton said Tuesday he will call the Legislature "
     "into special session next month to close a $400 million gap in the state budget.\n\n"
     "``We don't have the money, and we're not going to print it,'' Thornton told reporters at a "
     "Capitol news conference.\n\n"
     "Thornton said he would ask lawmakers to put off a pay raise scheduled for state workers in "
     "January.\n\n"
     "House Speaker Daniel Madden, a Democrat, said in a speech Monday night to the Illinois "
     "Education Association in Peoria that he would oppose any cuts in aid to schools.\n\n"
     "``The governor is trying to balance the budget on the backs of our children,'' Madden "
     "said.\n\n"
     "Senate Republican leader Roger Kessler said Tuesday that Thornton's plan ``doesn't go far "
     "enough.'' Kessler, of Wood Dale, said Republicans would offer their own plan next week.\n\n"
     "The state comptroller's office said Tuesday that unpaid bills had reached $612 million.\n\n"
     "Budget director Ann Morrow said the state would run out of cash by December without action. "
     "She said the administration had already frozen hiring.",
     [("special session", who("James R. Thornton", "male", said_on="1990-08-21")),
      ("print it", who("James R. Thornton", "male", channel="news conference", said_on="1990-08-21")),
      ("put off a pay raise", who("James R. Thornton", "male", said_on="1990-08-21")),
      ("oppose any cuts", who("Daniel Madden", "male", channel="speech", said_on="1990-08-20")),
      ("backs of our children", who("Daniel Madden", "male", said_on=("1990-08-20", "1990-08-21"))),
      ("go far enough", who("Roger Kessler", said_on="1990-08-21")),
      ("their own plan", who("Roger Kessler", said_on="1990-08-21")),
      ("$612 million", Q(name=None, said_on="1990-08-21")),
      ("run out of cash", who("Ann Morrow", "female", said_on="1990-08-21")),
      ("frozen hiring", who("Ann Morrow", "female", said_on="1990-08-21"))]),

    # Reuters, a minister's newspaper interview (a Monday): "told the newspaper Le Monde", "said in
    # the interview, published in Monday's editions", "He said"; another minister "speaking to
    # reporters in Bonn, said on Monday"; "In an interview with the weekly Der Spiegel"; an agency
    # that "quoted X as saying" (neither speaker nor channel); a spokeswoman in apposition "on
    # Monday"; a prime minister who "told Europe 1 radio on Sunday".
    ("reuters-le-monde", "1998-09-14",
     "PARIS, Sept 14 (Reuters) - French Foreign Minister Jacques Morel told the newspaper Le Monde "
     "that the European Union must give diplomacy \"one last chance\" in Kosovo before backing NATO "
     "air strikes against Yugoslavia.\n\n"
     "\"We are not at war with the Serbian people, and we must not behave as if we were,\" Morel "
     "said in the interview, published in Monday's editions.\n\n"
     "He said Paris had told Belgrade that time was running out.\n\n"
     "German Foreign Minister Dieter Hansen, speaking to reporters in Bonn, said on Monday that "
     "Germany shared France's view.\n\n"
     "In an interview with the weekly Der Spiegel, German Defence Minister Volker Brandt said Bonn "
     "would take part in any NATO operation.\n\n"
     "The Yugoslav news agency Tanjug quoted President Slobodan Milosevic as saying Serbia would "
     "\"never accept foreign troops on its soil.\"\n\n"
     "A French Foreign Ministry spokeswoman, Claire Vallet, said on Monday that Morel would travel "
     "to Belgrade later this week.\n\n"
     "Prime Minister Michel Aubert told Europe 1 radio on Sunday that France would \"not stand by\" "
     "if civilians were massacred.",
     [("one last chance", who("Jacques Morel", "male", channel="interview", outlet="Le Monde",
                              said_on=fresh("1998-09-14"))),
      ("not at war", who("Jacques Morel", "male", channel="interview", said_on=fresh("1998-09-14"))),
      ("time was running out", who("Jacques Morel", "male", said_on=fresh("1998-09-14"))),
      ("shared France's view", who("Dieter Hansen", said_on="1998-09-14")),
      ("take part in any NATO", who("Volker Brandt", channel="interview", outlet="Der Spiegel",
                                    said_on=fresh("1998-09-14"))),
      # the agency that relays is neither speaker nor channel (tb-placed: null, report accepted)
      ("foreign troops", Q(name="Slobodan Milosevic", kind="person", channel=ANY, said_on=fresh("1998-09-14"))),
      ("travel to Belgrade", who("Claire Vallet", "female", said_on="1998-09-14")),
      # "told <named outlet>" is an interview; the radio is as good a label (tb-placed accepts it)
      ("not stand by", who("Michel Aubert", channel=ANY, said_on="1998-09-13"))]),

    # AP, unnamed officials (a Wednesday): "a State Department official said Wednesday", "The
    # official, who asked not to be named, said", "the official said"; a spokesman "at the daily
    # briefing"; an army officer "speaking on condition of anonymity" who "denied that", "he said";
    # a group's report "last month"; a congressional aide "who asked not to be identified"; a
    # committee chairman.
    ("ap-unnamed-official", "2000-02-16",
     "WASHINGTON (AP) _ The United States will send a team of investigators to Colombia next week "
     "to look into reports that army officers helped right-wing paramilitary groups, a State "
     "Department official said Wednesday.\n\n"
     "The official, who asked not to be named, said the team would meet with Colombia's defense "
     "minister and with human rights groups in Bogota.\n\n"
     "``We take these reports very seriously,'' the official said.\n\n"
     "State Department spokesman Thomas Garvey told reporters at the daily briefing that Washington "
     "had raised the matter with the Colombian government.\n\n"
     "In Bogota, a senior army officer, speaking on condition of anonymity, denied that soldiers had "
     "worked with the paramilitaries. ``Those are lies spread by the guerrillas,'' he said.\n\n"
     "Human Rights Watch said in a report released last month that army units in at least three of "
     "Colombia's 18 brigade zones had worked with the paramilitaries.\n\n"
     "A congressional aide who asked not to be identified said lawmakers would hold hearings on the "
     "aid package in March.\n\n"
     "Rep. Carl Hadley, R-Ohio, chairman of the House International Relations Committee, said the "
     "administration should ``get the facts first and send the money second.''",
     [("team of investigators", who(None, said_on="2000-02-16")),
      ("meet with Colombia's defense minister", who(None, said_on="2000-02-16")),
      ("very seriously", who(None, said_on="2000-02-16")),
      ("raised the matter", who("Thomas Garvey", "male", channel="news conference", said_on="2000-02-16")),
      ("soldiers had worked", who(None, "male", said_on=fresh("2000-02-16"))),
      ("lies spread by the guerrillas", who(None, "male", said_on=fresh("2000-02-16"))),
      ("brigade zones", body("Human Rights Watch", "report", ("2000-01-01", "2000-01-31"))),
      ("hold hearings", who(None, said_on=fresh("2000-02-16"))),
      ("get the facts first", who("Carl Hadley", "male", said_on=fresh("2000-02-16")))]),

    # AP Worldstream, spokesmen for a ministry and a company (a Wednesday): a ministry "said
    # Wednesday", its spokesman in apposition, "The ministry said in a statement"; a company and its
    # spokesman in an inverted cue; a central bank's spokesman "who declined to give his name"; a
    # deputy prime minister "told reporters" and his quote; an agency quoting an unnamed official.
    ("apw-ministry-spokesman", "1998-06-10",
     "MOSCOW (AP) _ The Russian Finance Ministry said Wednesday it had canceled this week's auction "
     "of government bonds because of turmoil on financial markets.\n\n"
     "A ministry spokesman, Vladimir Petrov, said the auction would be held next week ``if "
     "conditions allow.''\n\n"
     "The ministry said in a statement that the government would meet all its debt payments on "
     "time.\n\n"
     "Gazprom, the natural gas monopoly, said it would pay 1.5 billion rubles in back taxes by the "
     "end of the month. ``We have always paid what we owe,'' said company spokesman Sergei "
     "Orlov.\n\n"
     "A spokesman for the Central Bank, who declined to give his name, said the bank had spent $500 "
     "million over two days to defend the ruble.\n\n"
     "First Deputy Prime Minister Oleg Zverev told reporters that the government would not "
     "devalue the ruble. ``There will be no devaluation,'' Zverev said.\n\n"
     "The Interfax news agency quoted an unidentified Central Bank official as saying that "
     "interest rates could rise again this week.",
     [("canceled this week's auction", body("Russian Finance Ministry", said_on="1998-06-10")),
      ("if conditions allow", who("Vladimir Petrov", "male", said_on="1998-06-10")),
      ("meet all its debt payments", body("Russian Finance Ministry", "statement", "1998-06-10")),
      ("1.5 billion rubles", body("Gazprom", said_on=fresh("1998-06-10"))),
      ("paid what we owe", who("Sergei Orlov", "male", said_on=fresh("1998-06-10"))),
      ("defend the ruble", who(None, "male", said_on=fresh("1998-06-10"))),
      ("not devalue the ruble", who("Oleg Zverev", said_on=fresh("1998-06-10"))),
      ("no devaluation", who("Oleg Zverev", said_on=fresh("1998-06-10"))),
      # the agency that relays is neither speaker nor channel (tb-placed: null, report accepted)
      ("interest rates could rise", Q(name=None, kind="person", channel=ANY, said_on=fresh("1998-06-10")))]),

    # The New York Times, a story dated the day before the paper (Nov. 18 in the paper of Nov. 19):
    # "the Justice Department announced" today; a company's statement "issued late yesterday" and
    # "The statement said"; an official "at a news conference here" and "Ms. X said"; a company
    # spokesman "in a telephone interview"; a senator's statement "yesterday" and "Mr. X said".
    ("nyt-settlement", "1998-11-19",
     "WASHINGTON, Nov. 18 -- The maker of the nation's best-selling heartburn drug agreed today to "
     "pay $110 million to settle charges that it had overbilled Medicaid, the Justice Department "
     "said.\n\n"
     "The company, Halden Pharmaceuticals Inc. of Princeton, N.J., said in a statement issued late "
     "yesterday that it had \"done nothing wrong\" and had agreed to settle \"to avoid the cost and "
     "distraction of a long legal fight.\"\n\n"
     "The statement said the company would take a charge of 35 cents a share in the fourth "
     "quarter.\n\n"
     "Assistant Attorney General Ellen Marks said at a news conference here that the settlement "
     "was the largest ever paid by a drug company to Medicaid.\n\n"
     "\"This sends a message to every company that bills the taxpayers,\" Ms. Marks said.\n\n"
     "A spokesman for Halden, Richard Delaney, said in a telephone interview that the company's "
     "products were \"safe, effective and fairly priced.\"\n\n"
     "Senator Walter B. Crane, Republican of Iowa, who had called for the inquiry, said in a "
     "statement yesterday that the settlement \"does not end the matter.\" Mr. Crane said he would "
     "hold hearings early next year.",
     [("agreed today to pay", body("Justice Department", said_on="1998-11-18")),
      ("done nothing wrong", body("Halden Pharmaceuticals Inc.", "statement", "1998-11-17")),
      ("35 cents a share", body("Halden Pharmaceuticals Inc.", "statement", "1998-11-17")),
      ("largest ever paid", who("Ellen Marks", "female", channel="news conference", said_on="1998-11-18")),
      ("sends a message", who("Ellen Marks", "female", said_on="1998-11-18")),
      ("fairly priced", who("Richard Delaney", "male", channel="interview", said_on=fresh("1998-11-19"))),
      ("does not end the matter", who("Walter B. Crane", "male", channel="statement", said_on="1998-11-17")),
      ("hold hearings early", who("Walter B. Crane", "male", said_on=("1998-11-17", "1998-11-19")))]),

    # ABC, a broadcast in "says" with quoted sound bites (a Thursday): the alliance "says"; its
    # spokesman "says" and his bite; Yugoslav officials (left open: a fresh claim or a standing
    # one); a secretary "told the Senate Armed Services Committee today"; a senator's "says"; the
    # correspondents' sign-offs.
    ("abc-air-war", "1999-04-22",
     "NATO's air war against Yugoslavia is a month old today, and the alliance says it is ready to "
     "send more planes. ABC's Martha Dean reports from Brussels.\n\n"
     "NATO spokesman Peter Daniels says the bombing has cut Yugoslavia's fuel supplies by half.\n\n"
     "\"We are hitting them harder every night, and we will keep hitting them until they stop,\" "
     "Daniels says.\n\n"
     "But Yugoslav officials say the raids have killed hundreds of civilians.\n\n"
     "Martha Dean, ABC News, Brussels.\n\n"
     "In Washington, Defense Secretary Alan Pryor told the Senate Armed Services Committee today "
     "that ground troops are \"not under consideration.\" Senator Ruth Barlow of Arizona says the "
     "administration is \"fooling itself\" if it thinks bombs alone will win.\n\n"
     "Tom Reilly, ABC News, the Pentagon.",
     [("send more planes", body("NATO", said_on=fresh("1999-04-22"))),
      ("fuel supplies", who("Peter Daniels", "male", said_on=fresh("1999-04-22"))),
      ("hitting them harder", who("Peter Daniels", "male", said_on=fresh("1999-04-22"))),
      # conventions.md: fresh words or a standing position; the text does not settle which
      ("killed hundreds", Q(name=None, said_on=ANY)),
      # testimony to a committee of Congress: no label of the conventions names it for sure
      ("not under consideration", who("Alan Pryor", channel=ANY, said_on="1999-04-22")),
      ("fooling itself", who("Ruth Barlow", said_on=fresh("1999-04-22")))]),

    # Xinhua, a leader meets a delegation (a Tuesday): "said here today"; "During the meeting, X
    # said"; the delegation's head, "He said that"; a foreign minister who "told the Chinese
    # visitors" earlier in the day; a ministry's statement issued on Monday.
    ("xinhua-delegation", "1999-07-13",
     "HANOI, July 13 (Xinhua) -- Vietnamese Prime Minister Nguyen Van Long said here today that "
     "Vietnam attaches great importance to developing its traditional friendship with China.\n\n"
     "Long made the remarks while meeting with a delegation of the Chinese People's Association "
     "for Friendship with Foreign Countries.\n\n"
     "During the meeting, Long said the two countries should \"look to the future\" and settle their "
     "remaining border issues through friendly consultations.\n\n"
     "Chen Weiming, president of the association, said the Chinese people cherish their friendship "
     "with the Vietnamese people. He said that China is willing to work with Vietnam to push "
     "bilateral ties to a new high.\n\n"
     "Earlier in the day, Vietnamese Foreign Minister Le Van Binh told the Chinese visitors that "
     "Vietnam would continue to follow an independent foreign policy.\n\n"
     "In a statement issued on Monday, the Vietnamese Foreign Ministry said that the land border "
     "treaty with China would be signed before the end of the year.",
     [("attaches great importance", who("Nguyen Van Long", said_on="1999-07-13")),
      ("look to the future", who("Nguyen Van Long", said_on="1999-07-13")),
      ("cherish their friendship", who("Chen Weiming", "male", said_on="1999-07-13")),
      ("new high", who("Chen Weiming", "male", said_on="1999-07-13")),
      ("independent foreign policy", who("Le Van Binh", said_on="1999-07-13")),
      ("border treaty", body("Vietnamese Foreign Ministry", "statement", "1999-07-12"))]),

    # AP, a trial (a Wednesday): a witness's testimony "Wednesday" and his words "told the jury";
    # the defence lawyer's opening statement "last week"; his question under cross-examination and
    # the answer; a judge's ruling "Tuesday"; the prosecutor outside the courthouse.
    ("ap-bribery-trial", "1991-12-04",
     "BOSTON (AP) _ A former city housing official, Walter Dunne, testified Wednesday that he took "
     "$30,000 in cash from a developer in exchange for approving building permits.\n\n"
     "``I knew it was wrong, and I took it anyway,'' Dunne told the jury in U.S. District Court.\n\n"
     "Dunne is the government's chief witness against developer Francis X. Coyle, 61, who is "
     "charged with bribery and mail fraud.\n\n"
     "Coyle's lawyer, Martin Shea, told jurors in his opening statement last week that Dunne was "
     "``a liar who will say anything to stay out of prison.''\n\n"
     "Under cross-examination, Shea asked Dunne whether the government had promised him a lighter "
     "sentence. Dunne said it had not.\n\n"
     "U.S. District Judge Helen Marsh ruled Tuesday that the jury could hear tapes of telephone "
     "calls between the two men.\n\n"
     "Outside the courthouse, U.S. Attorney Paul Kearney told reporters the case was ``about a city "
     "for sale.''",
     [("took $30,000", who("Walter Dunne", "male", channel="court", said_on="1991-12-04")),
      ("I knew it was wrong", who("Walter Dunne", "male", channel="court", said_on="1991-12-04")),
      ("a liar who will say anything", who("Martin Shea", "male", channel="court",
                                           said_on=("1991-11-25", "1991-12-01"))),
      ("lighter sentence", who("Martin Shea", "male", channel="court", said_on="1991-12-04")),
      # the answer's vehicle is the cross-examination named in the sentence before
      ("it had not", who("Walter Dunne", "male", channel=ANY, said_on="1991-12-04")),
      ("hear tapes", who("Helen Marsh", channel="court", said_on="1991-12-03")),
      ("city for sale", who("Paul Kearney", said_on="1991-12-04"))]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "ap-unnamed-official": "gender: an unnamed officer's 'he said' after his paraphrase genders that quote, not "
                           "the paraphrase before it ('a senior army officer ... denied that ...')",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_wire_story_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


def _records(text: str, date: str) -> list[tuple]:
    """(name, gender, channel, said_on, words) of each quote of the text, in order."""
    out = []
    for q in saidwhen.extract(text, date=date).quotes:
        s = q.speaker
        out.append((s.name if s else None, s.gender if s else None, q.channel,
                    q.said_on.value if q.said_on else None, q.text))
    return out


def test_a_place_and_time_to_come_at_the_clause_s_end_are_not_the_saying_s():
    # "in parliament next week" tells where and when the matter is to be raised
    found = _records("Floods killed 40 people on Tuesday, officials said.\n\nPeter Odhiambo said he will raise "
                     "the matter in parliament next week.", "1998-10-14")
    assert found[-1][2:4] == (None, "1998-10-13")  # the story's Tuesday, no month of next week


def test_a_channel_and_day_past_at_the_clause_s_end_are_still_the_saying_s():
    # guard: "in a tweet Tuesday" ends the clause as the saying's vehicle and day
    found = _records("Floods killed 40 people, officials said.\n\nTom Baird said the members were cowards in a "
                     "tweet Tuesday.", "1998-10-14")
    assert found[-1][2:4] == ("Twitter", "1998-10-13")


def test_a_ruling_on_an_earlier_day_does_not_move_the_story_s_day():
    found = _records("BOSTON (AP) _ A former official testified Wednesday that he took cash.\n\nJudge Helen Marsh "
                     "ruled Tuesday that the jury could hear the tapes.\n\nOutside the courthouse, prosecutor "
                     "Paul Kearney told reporters the case was ``about a city for sale.''", "1991-12-04")
    assert [r[3] for r in found] == ["1991-12-04", "1991-12-03", "1991-12-04"]


@pytest.mark.parametrize("firm, name", [
    ("Halden Pharmaceuticals Inc. of Princeton, N.J.,", "Halden Pharmaceuticals Inc."),
    ("Marlow Corp. of El Paso, Texas,", "Marlow Corp."),
    # guards: "of" before a comma-less place stays in the name; "of" before the suffix is the name's
    ("Aluminum Co. of America", "Aluminum Co. of America"),
    ("Bank of Boston Corp.", "Bank of Boston Corp."),
])
def test_a_firm_s_seat_after_its_suffix_is_not_its_name(firm, name):
    assert _records(f"{firm} said that it had done nothing wrong.", "1998-11-19")[0][0] == name


def test_a_monitoring_group_named_watch_is_a_body():
    [found] = saidwhen.extract("Human Rights Watch said in a report that army units had worked with the "
                               "paramilitaries.", date="2000-02-16").quotes
    assert (found.speaker.name, found.speaker.kind) == ("Human Rights Watch", "organisation")


def test_traders_give_the_news_of_a_market_as_it_breaks():
    found = _records("Indonesia's currency fell to a new low today, dealers said.\n\nTraders say prices have "
                     "doubled since last week. Paul Reyes, CNN, Jakarta.", "1998-01-08")
    assert found[-1][3] is not None


@pytest.mark.parametrize("between", [", R-Ohio,", ", D-N.Y.,", ","])
def test_an_office_after_a_party_and_state_tag_genders_the_member(between):
    found = _records("WASHINGTON (AP) _ Aid was cut, officials said.\n\nRep. Carl Hadley" + between +
                     " chairman of the House International Relations Committee, said the administration "
                     "should wait.", "2000-02-16")
    assert found[-1][:2] == ("Carl Hadley", "male")


@pytest.mark.parametrize("acronym, noun", [("NATO", "alliance"), ("OPEC", "cartel")])
def test_a_body_known_by_its_acronym_is_the_noun_the_wires_call_it_by(acronym, noun):
    found = _records(f"{acronym} ministers met in Vienna today. The {noun} said it was ready to act.", "1999-04-22")
    assert found[-1][0] == acronym


def test_a_first_person_paragraph_after_a_says_in_a_signed_off_broadcast_is_the_speaker_s_sound_bite():
    text = ("Indonesia's currency fell to a new low today. Paul Reyes reports from Jakarta.\n\n"
            "The rupiah lost another 10 percent. Finance Minister Bambang Sudarsono says the cuts will "
            "save $2 billion.\n\nWe are serious. We will do what the fund asks of us.\n\n"
            "Shoppers lined up to buy rice. Paul Reyes, CNN, Jakarta.")
    found = _records(text, "1998-01-08")
    assert [(r[0], r[4][:14]) for r in found] == [("Bambang Sudarsono", "the cuts will "),
                                                  ("Bambang Sudarsono", "We are serious")]


def test_a_first_person_paragraph_of_a_written_story_is_no_sound_bite():
    # guard: no sign-off, no broadcast: a paragraph of the reporter's or a letter's own
    text = ("The rupiah lost another 10 percent. Finance Minister Bambang Sudarsono says the cuts will "
            "save $2 billion.\n\nWe asked the ministry for the figures. Our request went unanswered.")
    assert len(_records(text, "1998-01-08")) == 1


def test_a_labelled_turn_of_someone_else_is_no_sound_bite():
    # guard: the anchor's labelled turn after a correspondent's "says" is the anchor's own report
    text = ("CARR, ANCHOR: Indonesia's currency fell today.\n\nREYES, CORRESPONDENT: Finance Minister "
            "Bambang Sudarsono says the cuts will save $2 billion.\n\nCARR, ANCHOR: We will have more "
            "on that later.")
    assert not any("more on that" in r[4] for r in _records(text, "1998-01-08"))


def test_a_broadcast_led_in_to_its_correspondent_is_news_though_it_names_no_day():
    text = ("The United Nations says it is sending food to southern Sudan. Correspondent Ann Grey reports "
            "from Nairobi.\n\nThe World Food Program says 100,000 people face hunger. Rebel leader John "
            "Garang says his forces did not attack civilians.\n\nMr. Garang says he is ready to talk.")
    assert _records(text, "1998-03-05")[-1][3] == "1998-03-05"


def test_a_says_of_a_judgement_in_a_written_analysis_stays_a_view():
    # guard: no lead-in, no sign-off, no day: an analysis's "says" of a judgement is held, not said
    text = ("The economy of the region has been slowing for years, and many fear worse.\n\nEconomist Ann "
            "Grey says the plan is hopeless. Banker Tom Reed says the currency is weak. Analyst Joe Lund "
            "says the budget is a mess.")
    assert _records(text, "1998-03-05")[-1][3] is None
