"""Wire, newspaper and broadcast stories of 1989-2000 of the held-out kinds (issue 12's wires,
round 20): twelve whole stories of our own, every quote with its full record (content, speaker
name, kind, gender as written, mention, channel, outlet, said_on) by conventions.md, all written
before saidwhen was run on any of them (one quote added after, marked so).

New kinds beside rounds 17 and 18's: UPI's Senate story ("Sen. X, D-Ore., said in a floor speech",
"Rep. X, R-Wash." in a telephone interview, a department's statement "issued Monday", groups that
"have said for years"); a Reuters OPEC story (an agency "quoted ... as saying", analysts "said in a
report", dealers); an AP governor's drought order ("told The Associated Press in a telephone
interview", older words "in a speech to farmers last March 12", farm groups' standing "say"); a
Xinhua story from a neighbour's capital (a president's statement "read over state-run Radio Kabul",
"The statement said", "told Xinhua by telephone", "according to reports reaching here", the radio
itself); a New York Times obituary ("said his daughter", "In a 1979 interview with The New York
Times", a judge remembering a colleague, testimony "on March 4, 1959", a memoir's title in marks);
a Wall Street Journal acquisition ("In an interview, ... said", "said in a statement", people
familiar with the talks, "said yesterday"); a VOA feature in "says" (a profile: null days); an
AP state supreme court ruling ("wrote for the 4-3 majority", "said in a dissent", an attorney
general's office); a Reuters interview with another outlet ("told the daily La Repubblica",
"was quoted as saying", "told Reuters in Tirana on Tuesday", "said in a television interview on
Tuesday night"); an AP commuter crash ("according to the Federal Aviation Administration",
officials "speaking on condition of anonymity", "told The Milwaukee Journal Sentinel on
Tuesday"); Xinhua's premier and a paper's editorial ("An editorial in today's People's Daily
said", "The editorial said", "in answer to a question from a Xinhua reporter"); a VOA broadcast
report (a lead's description named after the correspondent's lead-in, "said in a broadcast on
state radio Tuesday night", "According to the French news agency, AFP", "A government statement
read on state television said").

Each expected quote is (content, record, mention) as in test_wires18.py. The stories are 250-290
words with their background paragraphs (BACKGROUND, below).
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q, fresh
from test_canadian_placing import article_params
from test_wire_stories3 import body, who
from test_wires18 import bounds_differences, record_differences, records_of


ARTICLES = [
    # UPI, the Senate (a Tuesday): "Sen. X, D-Ore., said in a floor speech"; "told reporters after the
    # vote"; "Rep. X, R-Wash." in a telephone interview; a department's statement "issued Monday"; a
    # spokesman who declined to be identified; groups that "have said for years"; a lawyer for a fund;
    # an opponent in apposition "said Tuesday".
    ("upi-timber-senate", "1989-11-14",
     "WASHINGTON (UPI) -- Senate Democrats moved Tuesday to block a Bush administration plan to sell "
     "timber from old-growth forests in the Pacific Northwest, setting up a clash with lawmakers from "
     "the region.\n\n"
     "Sen. Mark Holloway, D-Ore., said in a floor speech that the plan would wipe out thousands of jobs "
     "in towns that have nothing else.\n\n"
     "\"I will not stand by while this administration sells off the last of our ancient forests to the "
     "highest bidder,\" Holloway told reporters after the vote.\n\n"
     "Rep. Dale Whitcomb, R-Wash., whose district includes several mill towns, disagreed.\n\n"
     "\"The senator from Oregon does not speak for the people who work in those mills,\" Whitcomb said "
     "in a telephone interview.\n\n"
     "The Interior Department, in a statement issued Monday, said the sales were required by a 1988 law "
     "and would be conducted under strict environmental guidelines.\n\n"
     "A department spokesman, who declined to be identified, said the sales would go ahead next month "
     "unless Congress acted.\n\n"
     "Environmental groups have said for years that the forests are the last home of the northern "
     "spotted owl.\n\n"
     "\"This is a fight about whether we keep any of these forests at all,\" said Andrea Kessler, a "
     "lawyer for the Sierra Club Legal Defense Fund in Seattle.\n\n"
     "Holloway's chief opponent in the Senate, Sen. Robert Tillman, R-Idaho, said Tuesday he would offer "
     "an amendment to protect the sales.\n\n"
     "\"We made a promise to the timber communities in 1988, and I intend to keep it,\" Tillman said.",
     [("that the plan would wipe out thousands of jobs in towns that have nothing else",
       who("Mark Holloway", ANY, channel="parliament", said_on="1989-11-14"), "Sen. Mark Holloway"),
      ("\"I will not stand by while this administration sells off the last of our ancient forests to "
       "the highest bidder,\"", who("Mark Holloway", ANY, said_on="1989-11-14"), "Holloway"),
      ("\"The senator from Oregon does not speak for the people who work in those mills,\"",
       who("Dale Whitcomb", ANY, channel="interview", said_on=fresh("1989-11-14")), "Whitcomb"),
      ("the sales were required by a 1988 law and would be conducted under strict environmental "
       "guidelines", body("Interior Department", channel="statement", said_on="1989-11-13"),
       "The Interior Department"),
      ("the sales would go ahead next month unless Congress acted",
       who(None, "male", said_on=fresh("1989-11-14")), "A department spokesman"),
      # present perfect of a group: no day, and no name
      ("that the forests are the last home of the northern spotted owl",
       Q(name=None, channel=None, said_on=None), "Environmental groups"),
      ("\"This is a fight about whether we keep any of these forests at all,\"",
       who("Andrea Kessler", said_on=fresh("1989-11-14")), "Andrea Kessler"),
      ("he would offer an amendment to protect the sales",
       who("Robert Tillman", ANY, said_on="1989-11-14"), "Sen. Robert Tillman"),
      ("\"We made a promise to the timber communities in 1988, and I intend to keep it,\"",
       who("Robert Tillman", ANY, said_on=fresh("1989-11-14")), "Tillman")]),

    # Reuters, OPEC (a Wednesday): a minister "told reporters after the meeting that"; "he said";
    # a minister in apposition; an analyst "of" a broker in London; analysts at a centre "said in a
    # report"; an agency "quoted ... as saying"; dealers.
    ("reuters-opec-geneva", "1990-05-23",
     "GENEVA, May 23 (Reuter) - OPEC oil ministers ended a three-day meeting on Wednesday without "
     "agreeing to cut output, and oil prices fell in New York and London.\n\n"
     "Saudi Oil Minister Khalid al-Rashed told reporters after the meeting that his country would not "
     "cut its production alone.\n\n"
     "\"We have done our share. Others must now do theirs,\" he said.\n\n"
     "Venezuela's energy minister, Rafael Montilla, said the cartel would meet again in July if prices "
     "kept falling.\n\n"
     "\"The market has called OPEC's bluff,\" said Lawrence Baird, an oil analyst at Shearson Lehman "
     "Hutton in London.\n\n"
     "Analysts at the Centre for Global Energy Studies said in a report that world oil demand would grow "
     "by less than one percent this year.\n\n"
     "The official Iraqi News Agency quoted Oil Minister Adnan Hamdi as saying that Baghdad would press "
     "for a price of 25 dollars a barrel.\n\n"
     "Benchmark Brent crude for July delivery fell 45 cents to $16.10 a barrel in late trading, dealers "
     "said.",
     [("that his country would not cut its production alone",
       who("Khalid al-Rashed", "male", said_on="1990-05-23"), "Saudi Oil Minister Khalid al-Rashed"),
      ("\"We have done our share. Others must now do theirs,\"",
       who("Khalid al-Rashed", "male", said_on=fresh("1990-05-23")), "he"),
      ("the cartel would meet again in July if prices kept falling",
       who("Rafael Montilla", said_on=fresh("1990-05-23")), "Rafael Montilla"),
      ("\"The market has called OPEC's bluff,\"", who("Lawrence Baird", said_on=fresh("1990-05-23")),
       "Lawrence Baird"),
      ("that world oil demand would grow by less than one percent this year",
       Q(name=None, channel="report", said_on=fresh("1990-05-23")),
       "Analysts at the Centre for Global Energy Studies"),
      # an agency's report of his words: the report or no label, open
      ("that Baghdad would press for a price of 25 dollars a barrel",
       who("Adnan Hamdi", channel=ANY, said_on=fresh("1990-05-23")), "Oil Minister Adnan Hamdi"),
      ("Benchmark Brent crude for July delivery fell 45 cents to $16.10 a barrel in late trading",
       Q(name=None, channel=None, said_on=fresh("1990-05-23")), "dealers")]),

    # AP, a governor's drought order (a Wednesday): "Gov." "declared ... Tuesday" and "said at a news
    # conference"; a director "said Wednesday"; a mayor "told The Associated Press in a telephone
    # interview"; "said X, a spokeswoman for"; older words "in a speech to farmers last March 12";
    # farm groups "say".
    ("ap-drought-governor", "1991-02-06",
     "SACRAMENTO, Calif. (AP) -- Gov. Thomas Reardon declared a drought emergency Tuesday and asked "
     "Californians to cut their use of water by a quarter.\n\n"
     "\"We are in the fifth year of a drought, and we have to act as if it will last a sixth,\" Reardon "
     "said at a news conference in the Capitol.\n\n"
     "State Water Resources Director David Kennard said Wednesday that the state's reservoirs held about "
     "half their normal amount for early February.\n\n"
     "Mayor Arturo Vela of Fresno told The Associated Press in a telephone interview that farmers in his "
     "area had already left thousands of acres unplanted.\n\n"
     "\"People are going to see the price of lettuce go through the roof,\" said Jill Benson, a "
     "spokeswoman for the Metropolitan Water District of Southern California.\n\n"
     "In a speech to farmers in Modesto last March 12, Reardon had promised that the state would never "
     "ration water to agriculture.\n\n"
     "Farm groups say the order goes too far.",
     [# not written before the first run: the gold sets keep "asked X to do" (train-placed's "asked
      # the congregation to stand"), so the governor's request found is his words of Tuesday
      ("Californians to cut their use of water by a quarter",
       who("Thomas Reardon", ANY, said_on="1991-02-05"), "Gov. Thomas Reardon"),
      ("\"We are in the fifth year of a drought, and we have to act as if it will last a sixth,\"",
       who("Thomas Reardon", ANY, channel="news conference", said_on=("1991-02-05", "1991-02-06")), "Reardon"),
      ("that the state's reservoirs held about half their normal amount for early February",
       who("David Kennard", said_on="1991-02-06"), "State Water Resources Director David Kennard"),
      ("that farmers in his area had already left thousands of acres unplanted",
       who("Arturo Vela", "male", channel="interview", outlet="The Associated Press",
           said_on=fresh("1991-02-06")), "Mayor Arturo Vela of Fresno"),
      ("\"People are going to see the price of lettuce go through the roof,\"",
       who("Jill Benson", "female", said_on=fresh("1991-02-06")), "Jill Benson"),
      ("that the state would never ration water to agriculture",
       who("Thomas Reardon", ANY, channel="speech", said_on="1990-03-12"), "Reardon"),
      # a group's standing view: no day, no name
      ("the order goes too far", Q(name=None, said_on=None), "Farm groups")]),

    # Xinhua, a neighbour's capital (a Wednesday): a president's statement "read over state-run Radio
    # Kabul this evening"; "The statement said"; a party's spokesman "told Xinhua by telephone from";
    # a foreign minister "who met ... here today, said"; "according to reports reaching here"; the
    # radio itself.
    ("xinhua-kabul-radio", "1992-07-15",
     "ISLAMABAD, July 15 (Xinhua) -- Afghan Interim President Abdul Karim Nuristani said in a statement "
     "read over state-run Radio Kabul this evening that all armed groups must hand over their heavy "
     "weapons to the government by the end of the month.\n\n"
     "The statement said that the government would treat any group that refused as an enemy of the "
     "nation.\n\n"
     "A spokesman for the Islamic Unity Party, Mohammad Yasin, told Xinhua by telephone from Peshawar "
     "that his party would not give up its weapons as long as former communists remain in the "
     "government.\n\n"
     "Pakistani Foreign Minister Javed Hussain, who met the Afghan ambassador here today, said that "
     "Pakistan hoped the Afghan parties would settle their differences through dialogue.\n\n"
     "According to reports reaching here, fighting continued in the southern suburbs of Kabul for the "
     "third day.\n\n"
     "Radio Kabul said that 12 people were killed when rockets hit the city's main bazaar on "
     "Tuesday.",
     [("that all armed groups must hand over their heavy weapons to the government by the end of the "
       "month", who("Abdul Karim Nuristani", channel="statement", said_on="1992-07-15"),
       "Afghan Interim President Abdul Karim Nuristani"),
      ("that the government would treat any group that refused as an enemy of the nation",
       who("Abdul Karim Nuristani", channel="statement", said_on="1992-07-15"), "The statement"),
      ("that his party would not give up its weapons as long as former communists remain in the government",
       who("Mohammad Yasin", ANY, channel="interview", outlet="Xinhua", said_on=fresh("1992-07-15")),
       "Mohammad Yasin"),
      ("that Pakistan hoped the Afghan parties would settle their differences through dialogue",
       who("Javed Hussain", said_on="1992-07-15"), "Pakistani Foreign Minister Javed Hussain"),
      ("fighting continued in the southern suburbs of Kabul for the third day",
       Q(name=None, channel="report", said_on=fresh("1992-07-15")), "reports reaching here"),
      # the radio's own news: a body; its vehicle (the radio or its report) left open
      ("that 12 people were killed when rockets hit the city's main bazaar on Tuesday",
       body("Radio Kabul", channel=ANY, said_on=fresh("1992-07-15")), "Radio Kabul")]),

    # The New York Times, an obituary (a Tuesday paper): the cause "said his daughter"; "In a 1979
    # interview with The New York Times"; a judge who worked with him; a saying he "liked to" use;
    # testimony "on March 4, 1959"; a memoir of 1984.
    ("nyt-obituary-lawyer", "1993-09-28",
     "Harold Brenner, a labor lawyer who spent four decades suing the trustees of union pension funds, "
     "died yesterday at his home in Scarsdale, N.Y. He was 81.\n\n"
     "The cause was heart failure, said his daughter, Ruth Brenner Kaplan.\n\n"
     "Mr. Brenner made his name in 1958, when he represented a group of retired truck drivers whose "
     "pensions had vanished. In a 1979 interview with The New York Times, Mr. Brenner said he had taken "
     "the case because nobody else in town would touch it.\n\n"
     "\"He never sent a bill to a man who could not pay it,\" said Judge Irene Castillo of Federal "
     "District Court in Manhattan, who worked as his associate in the 1950's.\n\n"
     "Testifying before a Senate subcommittee on March 4, 1959, Mr. Brenner said the trustees had looted "
     "the fund down to the last dime.\n\n"
     "He wrote in his 1984 memoir, \"Counsel for the Damned,\" that he regretted only one case, which he "
     "did not name.\n\n"
     "Besides his daughter, he is survived by his wife of 55 years, the former Esther Glick, and two "
     "grandsons.",
     [("The cause was heart failure", who("Ruth Brenner Kaplan", "female", said_on=fresh("1993-09-28")),
       "his daughter, Ruth Brenner Kaplan"),
      # a year only: no day
      ("he had taken the case because nobody else in town would touch it",
       who("Harold Brenner", "male", channel="interview", outlet="The New York Times", said_on=None),
       "Mr. Brenner"),
      ("\"He never sent a bill to a man who could not pay it,\"",
       who("Irene Castillo", said_on=fresh("1993-09-28")), "Judge Irene Castillo"),
      # testimony to a Senate subcommittee: the hearing's label is open (parliament or court)
      ("the trustees had looted the fund down to the last dime",
       who("Harold Brenner", "male", channel=ANY, said_on="1959-03-04"), "Mr. Brenner"),
      ("that he regretted only one case, which he did not name",
       who("Harold Brenner", "male", channel="book", said_on=None), "He")]),

    # The Wall Street Journal, an acquisition (a Thursday paper, "yesterday"): the company "said";
    # "In an interview, Hartwell's chairman ..., said"; "Mr. X said"; a president "said in a
    # statement"; people familiar with the talks; an analyst "with ... Inc."; the company "said
    # yesterday it expects".
    ("wsj-dairy-merger", "1994-03-10",
     "NEW YORK -- Hartwell Foods Inc. agreed to acquire Midland Dairy Co. for about $640 million in "
     "cash, a move that would make it the nation's third-largest dairy processor.\n\n"
     "Hartwell said the price, $28 a share, represents a premium of 34% over Midland's closing price "
     "Tuesday.\n\n"
     "In an interview, Hartwell's chairman and chief executive officer, Gerald P. Sloane, said the "
     "combined company would close two of Midland's seven plants.\n\n"
     "\"We're buying a brand that people trust,\" Mr. Sloane said.\n\n"
     "Midland's president, Carol Ann Rudd, said in a statement that the board had unanimously approved "
     "the agreement.\n\n"
     "People familiar with the talks said Hartwell had first approached Midland last fall.\n\n"
     "\"It's a good fit, and the price isn't crazy,\" said Diane Kessler, an analyst with Prudential "
     "Securities Inc.\n\n"
     "In New York Stock Exchange composite trading yesterday, Midland shares rose $6.375 to $27.50.\n\n"
     "Hartwell said yesterday it expects to take a one-time charge of about $45 million in its quarter "
     "ending in June.",
     [("the price, $28 a share, represents a premium of 34% over Midland's closing price Tuesday",
       body("Hartwell Foods Inc.", said_on=fresh("1994-03-10")), "Hartwell"),
      ("the combined company would close two of Midland's seven plants",
       who("Gerald P. Sloane", "male", channel="interview", said_on=fresh("1994-03-10")), "Gerald P. Sloane"),
      ("\"We're buying a brand that people trust,\"", who("Gerald P. Sloane", "male", said_on=fresh("1994-03-10")),
       "Mr. Sloane"),
      ("that the board had unanimously approved the agreement",
       who("Carol Ann Rudd", channel="statement", said_on=fresh("1994-03-10")), "Carol Ann Rudd"),
      ("Hartwell had first approached Midland last fall", Q(name=None, said_on=fresh("1994-03-10")),
       "People familiar with the talks"),
      ("\"It's a good fit, and the price isn't crazy,\"", who("Diane Kessler", said_on=fresh("1994-03-10")),
       "Diane Kessler"),
      ("it expects to take a one-time charge of about $45 million in its quarter ending in June",
       body("Hartwell Foods Inc.", said_on="1994-03-09"), "Hartwell")]),
]

ARTICLES += [
    # VOA, a feature in "says" (no day, no lead-in): a doctor's habits and her clinic's story, her
    # administrator, officials' standing view, a question she "asks". A profile's "says" is null.
    ("voa-feature-clinic", "1995-06-20",
     "Dr. Esther Wanjiru starts work at six every morning, before the line outside her clinic in the "
     "village of Kapsowar reaches the road.\n\n"
     "She says she sees as many as 80 patients a day, most of them mothers and small children suffering "
     "from malaria.\n\n"
     "\"Some walk for two days to get here. I cannot send them away,\" she says.\n\n"
     "Dr. Wanjiru says she opened the clinic in 1988, a year after her younger sister died in childbirth "
     "on the way to a hospital in Eldoret.\n\n"
     "The clinic runs on donations from churches in Kenya and abroad. Its administrator, Peter Kiprono, "
     "says the money never lasts the year.\n\n"
     "\"We buy medicine in January, and by September the shelves are empty,\" he says.\n\n"
     "Health officials in Nairobi say rural clinics like this one treat more people than the country's "
     "district hospitals.\n\n"
     "Dr. Wanjiru says she has no plans to retire.\n\n"
     "\"When I stop, who will come?\" she asks.",
     [("she sees as many as 80 patients a day, most of them mothers and small children suffering from "
       "malaria", who("Esther Wanjiru", "female", said_on=None), "She"),
      ("\"Some walk for two days to get here. I cannot send them away,\"",
       who("Esther Wanjiru", "female", said_on=None), "she"),
      ("she opened the clinic in 1988, a year after her younger sister died in childbirth on the way to a "
       "hospital in Eldoret", who("Esther Wanjiru", "female", said_on=None), "Dr. Wanjiru"),
      ("the money never lasts the year", who("Peter Kiprono", "male", said_on=None), "Peter Kiprono"),
      ("\"We buy medicine in January, and by September the shelves are empty,\"",
       who("Peter Kiprono", "male", said_on=None), "he"),
      ("rural clinics like this one treat more people than the country's district hospitals",
       Q(name=None, said_on=None), "Health officials in Nairobi"),
      ("she has no plans to retire", who("Esther Wanjiru", "female", said_on=None), "Dr. Wanjiru"),
      ("\"When I stop, who will come?\"", who("Esther Wanjiru", "female", said_on=None), "she")]),

    # AP, a state supreme court (a Wednesday): the court "ruled Tuesday that"; a justice "wrote for
    # the 4-3 majority"; another "said in a dissent"; "Gov." "said Wednesday"; "said at a news
    # conference"; a coalition's head "told reporters on the courthouse steps"; an attorney general's
    # office's statement (unnamed); legislative leaders who "have said".
    ("ap-ohio-court-schools", "1996-04-03",
     "COLUMBUS, Ohio (AP) -- The Ohio Supreme Court ruled Tuesday that the state's method of paying for "
     "public schools violates the state constitution because it leaves poor districts far behind rich "
     "ones.\n\n"
     "\"A child in a poor district has the same claim on the state as a child in a rich one,\" Justice "
     "Margaret Dunleavy wrote for the 4-3 majority.\n\n"
     "Justice Carl Hoffner said in a dissent that the majority had taken over a job the constitution "
     "gives to the legislature.\n\n"
     "Gov. Richard Tate said Wednesday he would ask the court to reconsider.\n\n"
     "\"We will comply with the law, but we believe the court has overstepped,\" Tate said at a news "
     "conference.\n\n"
     "William Perry, who heads the coalition of 500 school districts that brought the suit, told "
     "reporters on the courthouse steps that the ruling was a victory for every child in Ohio.\n\n"
     "Attorney General Susan Garrity's office said in a statement that it was reviewing the decision.\n\n"
     "Legislative leaders have said they cannot raise taxes to close the gap.",
     [("that the state's method of paying for public schools violates the state constitution because it "
       "leaves poor districts far behind rich ones",
       body("Ohio Supreme Court", channel="court", said_on="1996-04-02"), "The Ohio Supreme Court"),
      ("\"A child in a poor district has the same claim on the state as a child in a rich one,\"",
       who("Margaret Dunleavy", channel="court", said_on=("1996-04-02", "1996-04-03")),
       "Justice Margaret Dunleavy"),
      ("that the majority had taken over a job the constitution gives to the legislature",
       who("Carl Hoffner", channel="court", said_on=("1996-04-02", "1996-04-03")), "Justice Carl Hoffner"),
      ("he would ask the court to reconsider", who("Richard Tate", ANY, said_on="1996-04-03"),
       "Gov. Richard Tate"),
      ("\"We will comply with the law, but we believe the court has overstepped,\"",
       who("Richard Tate", ANY, channel="news conference", said_on=fresh("1996-04-03")), "Tate"),
      ("that the ruling was a victory for every child in Ohio",
       who("William Perry", said_on=("1996-04-02", "1996-04-03")), "William Perry"),
      # an office speaks for its head: unnamed
      ("that it was reviewing the decision",
       Q(name=None, channel="statement", said_on=("1996-04-02", "1996-04-03")),
       "Attorney General Susan Garrity's office"),
      ("they cannot raise taxes to close the gap", Q(name=None, said_on=None), "Legislative leaders")]),

    # Reuters, an interview with another outlet (a Wednesday): "said in an interview published on
    # Wednesday"; "told the daily La Repubblica"; "he was quoted as saying"; "told Reuters in Tirana
    # on Tuesday"; a ministry's statement; "said in a television interview on Tuesday night";
    # diplomats.
    ("reuters-rome-albania", "1997-10-08",
     "ROME, Oct 8 (Reuters) - Italy will not send more troops to Albania unless the Albanian government "
     "disarms the gangs that control much of the south, Foreign Minister Giulio Farina said in an "
     "interview published on Wednesday.\n\n"
     "Farina told the daily La Repubblica that the 1,200 Italian soldiers still in Albania had done what "
     "they were sent to do.\n\n"
     "\"We have done our part. Now it is for the Albanians to do theirs,\" he was quoted as saying.\n\n"
     "Albania's prime minister, Arben Kola, told Reuters in Tirana on Tuesday that his government needed "
     "at least six more months of help.\n\n"
     "The Defence Ministry said in a statement that the soldiers would remain until December.\n\n"
     "Opposition leader Gianfranco Rota said in a television interview on Tuesday night that the mission "
     "had become an open-ended commitment.\n\n"
     "Diplomats in Tirana said security had improved outside the capital but remained poor in the "
     "south.",
     [("Italy will not send more troops to Albania unless the Albanian government disarms the gangs that "
       "control much of the south",
       who("Giulio Farina", "male", channel="interview", said_on=fresh("1997-10-08")),
       "Foreign Minister Giulio Farina"),
      ("that the 1,200 Italian soldiers still in Albania had done what they were sent to do",
       who("Giulio Farina", "male", channel="interview", outlet="La Repubblica", said_on=fresh("1997-10-08")),
       "Farina"),
      ("\"We have done our part. Now it is for the Albanians to do theirs,\"",
       who("Giulio Farina", "male", channel=ANY, said_on=fresh("1997-10-08")), "he"),
      ("that his government needed at least six more months of help",
       who("Arben Kola", ANY, channel="interview", outlet="Reuters", said_on="1997-10-07"), "Arben Kola"),
      ("that the soldiers would remain until December",
       body("Defence Ministry", channel="statement", said_on=fresh("1997-10-08")), "The Defence Ministry"),
      ("that the mission had become an open-ended commitment",
       who("Gianfranco Rota", channel="television", said_on="1997-10-07"), "Opposition leader Gianfranco Rota"),
      ("security had improved outside the capital but remained poor in the south",
       Q(name=None, channel=None, said_on=fresh("1997-10-08")), "Diplomats in Tirana")]),

    # AP, a commuter plane crash (a Wednesday): a board member "said at a news briefing Tuesday night";
    # "Pike said"; "According to" an agency; officials speaking on condition of anonymity; a chief
    # executive "told The Milwaukee Journal Sentinel on Tuesday"; a spokeswoman in apposition; a
    # witness.
    ("ap-commuter-crash", "1998-12-02",
     "MILWAUKEE (AP) -- Investigators recovered the cockpit voice recorder Tuesday from the wreckage of a "
     "commuter plane that crashed in a field near Oconomowoc, killing all 14 people aboard.\n\n"
     "Vernon Pike, a member of the National Transportation Safety Board, said at a news briefing Tuesday "
     "night that the recorder was damaged but that its tape appeared to be intact.\n\n"
     "\"We are not ruling anything out at this point,\" Pike said.\n\n"
     "According to the Federal Aviation Administration, the plane had passed a routine inspection in "
     "October.\n\n"
     "Two federal officials familiar with the investigation, speaking on condition of anonymity, said the "
     "crew had reported ice on the wings minutes before the crash.\n\n"
     "Lakeshore Air's chief executive, Martin Gale, told The Milwaukee Journal Sentinel on Tuesday that "
     "the pilot had flown the route for nine years.\n\n"
     "A spokeswoman for the airline, Karen Dorsey, said the company was cooperating fully with "
     "investigators.\n\n"
     "\"It just dropped out of the sky,\" said Tim Harlan, who was driving on Interstate 94 when the plane "
     "went down.",
     [("that the recorder was damaged but that its tape appeared to be intact",
       who("Vernon Pike", channel="news conference", said_on="1998-12-01"), "Vernon Pike"),
      ("\"We are not ruling anything out at this point,\"", who("Vernon Pike", said_on=fresh("1998-12-02")),
       "Pike"),
      ("the plane had passed a routine inspection in October",
       body("Federal Aviation Administration", said_on=fresh("1998-12-02")), "the Federal Aviation Administration"),
      ("the crew had reported ice on the wings minutes before the crash",
       Q(name=None, channel=None, said_on=fresh("1998-12-02")), "Two federal officials"),
      ("that the pilot had flown the route for nine years",
       who("Martin Gale", channel="interview", outlet="The Milwaukee Journal Sentinel", said_on="1998-12-01"),
       "Martin Gale"),
      ("the company was cooperating fully with investigators",
       who("Karen Dorsey", "female", said_on=fresh("1998-12-02")), "Karen Dorsey"),
      ("\"It just dropped out of the sky,\"", who("Tim Harlan", said_on=fresh("1998-12-02")), "Tim Harlan")]),

    # Xinhua, a premier's meeting and a paper's editorial (a Wednesday): "met with ... here this
    # afternoon"; "Zhang said that"; "Anan said ... and thanked"; "An editorial in today's People's
    # Daily said"; "The editorial said"; a spokesman "in answer to a question from a Xinhua reporter".
    ("xinhua-editorial-premier", "1999-08-11",
     "BEIJING, August 11 (Xinhua) -- Chinese Premier Zhang Liwei met with visiting Thai Foreign Minister "
     "Anan Srisuk here this afternoon.\n\n"
     "Zhang said that China attaches great importance to its relations with Thailand and is ready to "
     "work with the Thai side to push forward cooperation in trade and tourism.\n\n"
     "Anan said Thailand firmly adheres to the one-China policy and thanked China for its help during the "
     "Asian financial crisis.\n\n"
     "An editorial in today's People's Daily said that the Chinese people have the determination and the "
     "ability to safeguard the country's sovereignty and territorial integrity.\n\n"
     "The editorial said any attempt to split Taiwan from China is doomed to failure.\n\n"
     "A spokesman for the Taiwan Affairs Office of the State Council, in answer to a question from a "
     "Xinhua reporter, said that the mainland would never renounce the use of force.",
     [("that China attaches great importance to its relations with Thailand and is ready to work with the "
       "Thai side to push forward cooperation in trade and tourism",
       who("Zhang Liwei", said_on="1999-08-11"), "Zhang"),
      ("Thailand firmly adheres to the one-China policy", who("Anan Srisuk", said_on="1999-08-11"), "Anan"),
      ("that the Chinese people have the determination and the ability to safeguard the country's "
       "sovereignty and territorial integrity",
       body("People's Daily", channel="report", said_on="1999-08-11"), ANY),
      ("any attempt to split Taiwan from China is doomed to failure",
       body("People's Daily", channel="report", said_on="1999-08-11"), ANY),
      ("that the mainland would never renounce the use of force",
       Q(name=None, channel="interview", outlet="Xinhua", said_on=fresh("1999-08-11")),
       "A spokesman for the Taiwan Affairs Office of the State Council")]),

    # VOA, a broadcast report (a Wednesday): a lead in "says" tied to a named general; parties "say";
    # "said in a broadcast on state radio Tuesday night"; "He says"; "he said"; "says" of an
    # opposition leader; "According to the French news agency, AFP"; a government statement "read on
    # state television"; a sign-off.
    ("voa-ivory-coast", "2000-01-19",
     "Ivory Coast's military leader says elections will be held by October, but opposition parties say "
     "they want a date set now. Correspondent Paul Ndiaye reports from Abidjan.\n\n"
     "General Koffi Yao, who seized power in a coup on Christmas Eve, said in a broadcast on state radio "
     "Tuesday night that a new constitution would be put to a referendum in July.\n\n"
     "He says the army has no wish to stay in power any longer than it must.\n\n"
     "\"We did not come to stay. We came to clean the house,\" he said.\n\n"
     "Opposition leader Ibrahim Diallo says his party will take part in the vote only if the electoral "
     "lists are revised.\n\n"
     "According to the French news agency, AFP, soldiers fired into the air Tuesday to break up a "
     "demonstration by civil servants demanding back pay.\n\n"
     "A government statement read on state television said the nighttime curfew in Abidjan would be "
     "lifted on Friday.\n\n"
     "Paul Ndiaye, VOA News, Abidjan.",
     [("elections will be held by October", who("Koffi Yao", "male", said_on=fresh("2000-01-19")),
       "Ivory Coast's military leader"),
      ("they want a date set now", Q(name=None, said_on=fresh("2000-01-19")), "opposition parties"),
      ("that a new constitution would be put to a referendum in July",
       who("Koffi Yao", "male", channel="radio", said_on="2000-01-18"), "General Koffi Yao"),
      ("the army has no wish to stay in power any longer than it must",
       who("Koffi Yao", "male", said_on=fresh("2000-01-19")), "He"),
      ("\"We did not come to stay. We came to clean the house,\"",
       who("Koffi Yao", "male", said_on=fresh("2000-01-19")), "he"),
      ("his party will take part in the vote only if the electoral lists are revised",
       who("Ibrahim Diallo", "male", said_on=fresh("2000-01-19")), "Opposition leader Ibrahim Diallo"),
      ("soldiers fired into the air Tuesday to break up a demonstration by civil servants demanding back pay",
       body("AFP", channel="report", said_on=("2000-01-18", "2000-01-19")), "AFP"),
      ("the nighttime curfew in Abidjan would be lifted on Friday",
       Q(name=None, channel="statement", said_on=fresh("2000-01-19")), "A government statement")]),
]


# Each story ends with the background paragraphs a wire story closes on (no quotes in them: the
# records above are all the story's), before a broadcast's sign-off. Written after the first run,
# which read the stories without them; with them every record stays as it was.
BACKGROUND = {
 "upi-timber-senate": "The timber sales at issue cover about 1.2 billion board feet in national forests in Oregon and Washington, enough to keep dozens of small mills running for a year. Logging in the region has fallen by a third since 1987, when the first lawsuits over the owl reached federal court.",
 "reuters-opec-geneva": "OPEC's 13 members pumped an estimated 23.5 million barrels a day in April, more than a million barrels above the ceiling they agreed in November. Kuwait and the United Arab Emirates have been producing well above their quotas for most of the past year, to the anger of Iraq and Iran.\n\nThe organisation's next scheduled meeting is in late July, also in Geneva. Brent has lost nearly five dollars a barrel since the start of the year, and the OPEC reference basket of seven crudes fell below $15 last week for the first time since 1988.",
 "ap-drought-governor": "The order takes effect March 1 and runs through the end of the year unless the legislature ends it sooner. Cities that miss the target could lose state water deliveries from the State Water Project, which supplies about two-thirds of the state's population.\n\nRainfall in Northern California since October has been less than half the average, and the snowpack in the Sierra Nevada, which feeds the state's largest reservoirs, stood at about a fifth of normal at the end of January. Shasta Lake, the largest reservoir in the state, was at 29 percent of capacity.",
 "xinhua-kabul-radio": "The interim government took power in Kabul in late April after the fall of the former regime, but several of the parties that fought the Soviet-backed government for 14 years still hold positions around the capital.\n\nMore than 1,000 people have been killed in the fighting since May, and tens of thousands of residents have fled to the eastern city of Jalalabad and to refugee camps in Pakistan, which shelter about three million Afghans. Shops in the centre of Kabul were closed for a second day and the airport remained shut to civilian flights. The United Nations has appealed for 180 million dollars in emergency aid for the returning refugees.",
 "nyt-obituary-lawyer": "Mr. Brenner was born on the Lower East Side of Manhattan to a family of garment workers and graduated from City College and Columbia Law School. He served in the Army in the Pacific during World War II and opened a two-room practice on lower Broadway in 1947.\n\nThe Senate hearings of 1959 led to changes in federal law governing pension trusts, and in the decades that followed he brought more than 200 suits on behalf of retired workers in New York, New Jersey and Pennsylvania.",
 "wsj-dairy-merger": "Hartwell, based in Minneapolis, had sales of $2.1 billion last year, mostly from frozen foods and cheese. Midland, of Des Moines, Iowa, sells milk and ice cream under its own name in nine Midwestern states and had sales of about $880 million.\n\nThe acquisition requires approval by federal antitrust regulators and by Midland shareholders, and the companies expect it to be completed by the end of June. The dairy industry has been consolidating for several years as supermarket chains press processors for lower prices. Hartwell's shares closed at $41.25, down 50 cents.",
 "voa-feature-clinic": "Kapsowar lies in the hills above the Kerio Valley, about 300 kilometers northwest of Nairobi. The nearest district hospital is a four-hour journey by road, and in the long rains the road is often closed for weeks at a time.\n\nThe clinic has two nurses, a laboratory assistant and a single room with six beds. A generator donated by a church in Norway runs for three hours each evening, long enough to keep vaccines cold and to light the ward while the nurses make their rounds. Most patients pay nothing, and those who can pay bring eggs, maize or a chicken.",
 "ap-ohio-court-schools": "The lawsuit was filed in 1991 on behalf of students in Perry County and other rural and urban districts, which rely heavily on local property taxes. Spending per pupil in Ohio ranges from about $3,000 in the poorest districts to more than $10,000 in the wealthiest.\n\nThe ruling gives the General Assembly one year to design a new system. Ohio is the 14th state whose highest court has struck down a school funding system since the early 1970s. Ohio's 611 school districts enroll about 1.8 million children.",
 "reuters-rome-albania": "Italy led a multinational force of about 7,000 troops that went to Albania in April to secure aid deliveries after the collapse of pyramid investment schemes plunged the country into anarchy. Most of the force left in August after elections brought a new government to power.\n\nThe Italian parliament must vote on any extension of the mission beyond the end of the year. Thousands of Albanians crossed the Adriatic to Italy in small boats during the spring, and Italian coast guard vessels still patrol the strait. Albania, with a population of about 3.3 million, is the poorest country in Europe.",
 "ap-commuter-crash": "The twin-engine turboprop left Chicago's O'Hare International Airport at 6:10 p.m. Monday and was scheduled to land in Madison about 45 minutes later. It went down in a snow-covered soybean field about 30 miles west of Milwaukee.\n\nTwelve passengers and two crew members were aboard. The county medical examiner's office finished recovering the victims' remains late Tuesday. Investigators planned to move the wreckage to a hangar in Milwaukee for examination later this week. The airline operates 22 flights a day from Chicago to cities in Wisconsin, Michigan and Iowa.",
 "xinhua-editorial-premier": "Anan arrived in Beijing on Monday for a four-day official visit to China at the invitation of his Chinese counterpart. He is scheduled to travel to Shanghai and the southwestern city of Kunming before returning home on Friday.\n\nChina and Thailand established diplomatic relations in 1975. Trade between the two countries reached 3.5 billion U.S. dollars last year, and Thailand is one of China's major trading partners in Southeast Asia. The two sides also signed an agreement on cooperation in science and technology. Thai tourists made more than 200,000 visits to China last year, and Chinese visitors to Thailand numbered nearly 800,000, making China one of the fastest-growing sources of tourists for the Thai economy.",
 "voa-ivory-coast": "The soldiers who took power on December 24th overthrew President Amadou Kone, who fled to Togo and later to France. The coup was the first in Ivory Coast's history, and it shook one of the most stable countries in West Africa.\n\nThe country is the world's largest producer of cocoa, and cocoa prices have fallen sharply since the coup. International donors suspended some of their aid after the takeover, and the European Union is reviewing its programs in the country. Ivory Coast has about 15 million people, a quarter of them immigrants from neighboring countries.",
}


def _with_background(case_id: str, text: str) -> str:
    background = BACKGROUND[case_id]
    if case_id.startswith("voa-ivory"):  # the sign-off stays last
        body, sign_off = text.rsplit("\n\n", 1)
        return f"{body}\n\n{background}\n\n{sign_off}"
    return f"{text}\n\n{background}"


ARTICLES = [(case_id, date, _with_background(case_id, text), expected) for case_id, date, text, expected in ARTICLES]

STILL_WRONG = {
    "reuters-rome-albania": "\"said in a television interview on Tuesday night\" is read as an interview with no "
                            "outlet, not the medium (round 18's xfail; train-placed writes interview for \"a TV "
                            "interviewer\", accepting television: the gold sets disagree)",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_wire_story_records(text: str, expected, date: str):
    assert record_differences(text, expected, date) == []


def _bounds_params():
    for case_id, date, text, expected in ARTICLES:
        for content, _, _ in expected:
            yield pytest.param(text, content, date, id=f"{case_id}:{' '.join(content.split()[:4])}")


@pytest.mark.parametrize("text, content, date", list(_bounds_params()))
def test_wire_story_quote_bounds(text: str, content: str, date: str):
    assert bounds_differences(text, [(content, None, None)], date) == []


# What the first run showed, as single sentences of our own, one rule a case.

def test_a_floor_speech_is_said_in_the_chamber():
    found = records_of("Sen. Ann Hale, D-Ore., said in a floor speech that the plan would cost jobs.", "1989-11-14")
    assert found[0][3] == "parliament"


def test_a_work_s_title_in_marks_after_its_noun_is_no_quote():
    found = records_of("Reed wrote in his 1984 memoir, \"Counsel for the Damned,\" that he regretted only one case.",
                     "1993-09-28")
    assert [(r[3], r[6]) for r in found] == [("book", "that he regretted only one case")]


def test_a_judge_remembering_the_dead_in_an_obituary_speaks_outside_court():
    found = records_of("Tom Reed, a labor lawyer, died yesterday. He was 81.\n\n\"He never sent a bill to a man who "
                     "could not pay it,\" said Judge Ann Bell of Federal District Court in Manhattan.", "1993-09-28")
    assert found[0][3] is None


@pytest.mark.parametrize("text", [
    "Reed was convicted in May. \"It is a sad day,\" said Judge Ann Bell.",
    "U.S. District Judge Ray Dube said the order was plainly unlawful.",
])
def test_a_judge_speaking_elsewhere_than_an_obituary_speaks_in_court(text):
    assert records_of(text, "1993-09-28")[0][3] == "court"


def test_a_statement_said_after_a_dateline_is_its_issuer_s():
    text = ("ISLAMABAD, July 15 (Xinhua) -- Afghan President Ali Karimi said in a statement read over Radio Kabul "
            "that all groups must disarm.\n\nThe statement said that the government would treat any group that "
            "refused as an enemy.")
    assert [r[0] for r in records_of(text, "1992-07-15")] == ["Ali Karimi"] * 2


def test_a_paper_s_editorial_speaks_for_the_paper():
    text = ("An editorial in today's People's Daily said that the people are determined.\n\n"
            "The editorial said any attempt to split the country is doomed to failure.")
    assert [r[:2] + r[3:4] for r in records_of(text, "1999-08-11")] == [("People's Daily", "organisation", "report")] * 2


@pytest.mark.parametrize("opening", ["A spokesman, in answer to a question from a Xinhua reporter, said",
                                     "Answering questions from Xinhua reporters, Lee said"])
def test_an_answer_to_an_outlet_s_reporter_is_an_interview(opening):
    found = records_of(f"{opening} that the plan was dead.", "1999-08-11")
    assert found[0][3:5] == ("interview", "Xinhua")


def test_questions_answered_from_others_are_no_interview():
    # guard: voters are no outlet
    assert records_of("Answering questions from voters, Lee said the plan was dead.", "1999-08-11")[0][3] is None


def test_a_statement_read_on_television_is_the_subject_of_its_cue():
    # the parser reads "read" as a verb whose subject is the statement, leaving "said" none
    found = records_of("A government statement read on state television said the curfew would be lifted on Friday.",
                     "2000-01-19")
    assert found[0][3] == "statement" and found[0][6] == "the curfew would be lifted on Friday"


def test_a_lead_s_description_is_never_the_correspondent_led_in():
    text = ("Ivory Coast's military leader says elections will be held by October. Correspondent Paul Ndiaye "
            "reports from Abidjan.\n\nGeneral Koffi Yao said in a broadcast on state radio Tuesday night that a "
            "new constitution would be put to a referendum.")
    assert records_of(text, "2000-01-19")[0][0] == "Koffi Yao"


def test_a_verbless_apposition_ends_the_reported_clause():
    found = records_of("She says she sees as many as 80 patients a day, most of them mothers and small children.",
                     "1995-06-20")
    assert [r[6] for r in found] == ["she sees as many as 80 patients a day, most of them mothers and small children"]


def test_the_speaker_s_next_act_in_the_past_is_no_part_of_a_present_clause():
    found = records_of("Anan said Thailand firmly adheres to the one-China policy and thanked China for its help.",
                     "1999-08-11")
    assert [r[6] for r in found] == ["Thailand firmly adheres to the one-China policy"]


def test_a_past_act_inside_a_past_clause_stays_in_it():
    # guard: the clause is in the past, its conjunct may be the reported subject's
    found = records_of("Lee said the board met Tuesday and urged the mayor to resign.", "1999-08-11")
    assert found[0][6] == "the board met Tuesday and urged the mayor to resign"
