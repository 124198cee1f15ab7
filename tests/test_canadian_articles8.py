"""Canadian news as it is written, an eighth set: hard news as the Canadian Press and the web desks
of CBC, CTV and Global write it.

Each article is our own writing, eight to fourteen short paragraphs with three or more people or
bodies quoted, and the record conventions.md asks for of EVERY quote in it (name, kind, gender as
written, channel, said_on), all written before any was run. They hold the furniture of the wire
and the web desk: the attribution first or last ("said X, the ...", "X said in a statement"),
"according to ...", partial quotes inside a sentence, words read out without quotation marks
("Police say the man was ..."), "This story will be updated", photo captions and credits, "With
files from", "This report by The Canadian Press was first published", "CBC News has learned".
Subjects: a court sentencing, a question period exchange in Ottawa, a provincial budget, a
quarterly earnings call, a council vote, an RCMP news release on an arrest, a weather warning, an
NHL trade and the coach's scrum, an emergency room closure, a byelection night, a school board
dispute, a Supreme Court of Canada ruling, a strike vote, a wildfire evacuation order.

A quote is named by words of it; lines that are not quotes must give none.
"""
from __future__ import annotations

import pytest

from test_canadian import Q, body, fresh, person
from test_canadian_articles import article_differences, unnamed
from test_canadian_placing import article_params


ARTICLES = [
    # The Canadian Press, a sentencing: the judge's words inside a sentence of the lede, the
    # accused "told the court", a Crown's argument of a month, a victim impact statement read
    # in court, the defence lawyer outside the courthouse, a photo credit, CP's closing line.
    ("cp-impaired-driving-sentence", "2025-12-04",
     "SASKATOON — A Saskatoon man who struck and killed a cyclist while impaired by fentanyl has "
     "been sentenced to six years in prison.\n\n"
     "Court of King's Bench Justice Miriam Sokolowski handed down the sentence Wednesday, calling "
     "Dale Pruden's driving that night \"a choice made over and over again.\"\n\n"
     "Pruden, 34, pleaded guilty in June to impaired driving causing death in the death of "
     "Aleksandra Novak, a 29-year-old nurse who was cycling home from a night shift in August "
     "2024.\n\n"
     "\"Nothing I say here will bring her back,\" Pruden told the court before the sentence was "
     "read. \"I think about her every day.\"\n\n"
     "At a hearing in October, Crown prosecutor Lana Whitecalf argued that Pruden's two earlier "
     "impaired driving convictions called for eight years.\n\n"
     "In a victim impact statement read in court Wednesday, Novak's sister, Kasia Novak, said "
     "the family had stopped celebrating birthdays.\n\n"
     "\"She was the person who showed up for everyone,\" she said.\n\n"
     "Aleksandra Novak in a photo provided by her family. (Submitted by Kasia Novak)\n\n"
     "Sokolowski said she accepted that Pruden's remorse was genuine, but that it could not "
     "outweigh his record.\n\n"
     "Outside the courthouse, defence lawyer Grant Ellery said his client would not appeal.\n\n"
     "\"He knew he was going to jail. He is ready to do the time,\" Ellery said.\n\n"
     "Pruden will also be barred from driving for 10 years after his release.\n\n"
     "This report by The Canadian Press was first published Dec. 4, 2025.",
     [("a choice made over and over", person("Miriam Sokolowski", "female", channel="court",
                                             said_on="2025-12-03")),
      ("Nothing I say here", person("Dale Pruden", "male", channel="court",
                                    said_on="2025-12-03")),
      ("about her every day", person("Dale Pruden", "male", channel="court",
                                     said_on="2025-12-03")),
      ("two earlier impaired driving", person("Lana Whitecalf", "unknown", channel="court",
                                              said_on="2025-10")),
      ("stopped celebrating birthdays", person("Kasia Novak", "female", channel="court",
                                               said_on="2025-12-03")),
      ("showed up for everyone", person("Kasia Novak", "female", channel=None,
                                        said_on=fresh("2025-12-04"))),
      ("remorse was genuine", person("Miriam Sokolowski", "female", channel=None,
                                     said_on=fresh("2025-12-04"))),
      ("would not appeal", person("Grant Ellery", "male", channel=None,
                                  said_on=fresh("2025-12-04"))),
      ("ready to do the time", person("Grant Ellery", "male", channel=None,
                                      said_on=fresh("2025-12-04")))]),

    # CBC News, question period: a leader's words "in the House of Commons", the reply, a
    # minister who "told reporters" after it, a union's statement, its president by his acronym
    # title, a house leader who told CBC News, a caption, "With files from".
    ("cbc-question-period-job-cuts", "2025-12-03",
     "Catherine Lévesque · CBC News · Posted: Dec 03, 2025 5:00 AM EST\n\n"
     "The federal government's plan to cut 40,000 public service jobs dominated question period "
     "on Tuesday, as the Opposition accused Prime Minister Michel Lavoie of breaking a campaign "
     "promise.\n\n"
     "\"The prime minister looked Canadians in the eye and said no cuts. Now it is 40,000,\" "
     "Conservative Leader Heather Quinn said in the House of Commons.\n\n"
     "Lavoie replied that the reductions would come through attrition and retirements.\n\n"
     "\"Not one Canadian will lose a service they count on,\" he said.\n\n"
     "Prime Minister Michel Lavoie rises during question period on Parliament Hill in Ottawa on "
     "Tuesday. (Adrian Wyld/The Canadian Press)\n\n"
     "Treasury Board President Anita Sharma told reporters after question period that "
     "departments have until March to submit their plans.\n\n"
     "\"This is about spending smarter, not spending less on what matters,\" Sharma said.\n\n"
     "The Public Service Alliance of Canada, which represents about 230,000 federal workers, said "
     "in a statement that it would fight every cut.\n\n"
     "\"Attrition is a word that means someone else does the same work with fewer hands,\" PSAC "
     "national president Tom Delaney said.\n\n"
     "Quinn said her party would force a vote on the cuts next week.\n\n"
     "Government House Leader Jean-Marc Roy told CBC News the government had the votes to defeat "
     "it.\n\n"
     "With files from The Canadian Press",
     [("of breaking a campaign promise", Q(name=None, kind="organisation", channel="parliament",
                                           said_on="2025-12-02")),
      ("looked Canadians in the eye", person("Heather Quinn", "female", channel="parliament",
                                             said_on="2025-12-02")),
      ("through attrition and retirements", person("Michel Lavoie", "male", channel=None,
                                                   said_on=fresh("2025-12-03"))),
      ("service they count on", person("Michel Lavoie", "male", channel=None,
                                       said_on=fresh("2025-12-03"))),
      ("until March to submit", person("Anita Sharma", "unknown", channel=None,
                                       said_on=fresh("2025-12-03"))),
      ("spending smarter", person("Anita Sharma", "unknown", channel=None,
                                  said_on=fresh("2025-12-03"))),
      ("fight every cut", body("Public Service Alliance of Canada", channel="statement",
                               said_on=fresh("2025-12-03"))),
      ("with fewer hands", person("Tom Delaney", "unknown", channel=None,
                                  said_on=fresh("2025-12-03"))),
      ("force a vote", person("Heather Quinn", "female", channel=None,
                              said_on=fresh("2025-12-03"))),
      ("the votes to defeat", person("Jean-Marc Roy", "unknown", channel="interview",
                                     outlet="CBC News", said_on=fresh("2025-12-03")))]),

    # Global News, a provincial budget: the budget itself as a document, the finance minister
    # in the legislature and at the lock-up's news conference, "according to the budget", the
    # Opposition critic, a business group's statement, a taxpayers' group director.
    ("global-nova-scotia-budget", "2026-02-27",
     "HALIFAX — Nova Scotia is projecting a deficit of $1.2 billion for the coming year, its "
     "largest ever, as the province spends more on health care and housing.\n\n"
     "Finance Minister Colleen MacLellan tabled the budget in the legislature on Thursday.\n\n"
     "\"We are not going to balance the books on the backs of patients,\" MacLellan told the "
     "house.\n\n"
     "According to the budget, health spending will rise by nine per cent to $7.4 billion.\n\n"
     "Earlier, at a news conference in the budget lock-up, MacLellan said the province expects to "
     "return to balance within four years.\n\n"
     "\"That is a plan, not a wish,\" she said.\n\n"
     "Finance Minister Colleen MacLellan holds up a copy of the budget in Halifax on Thursday, "
     "Feb. 26, 2026. THE CANADIAN PRESS/Darren Calabrese\n\n"
     "NDP finance critic Omar Siddiqui said the budget does little for renters.\n\n"
     "\"People are paying half their income in rent and this budget shrugs,\" Siddiqui said.\n\n"
     "The Halifax Chamber of Commerce said in a statement that it was \"deeply concerned\" about "
     "the size of the deficit.\n\n"
     "Devin Clarke, Atlantic director of the Canadian Taxpayers Federation, called the deficit "
     "\"a bill our kids will pay.\"\n\n"
     "With files from The Canadian Press",
     [("on the backs of patients", person("Colleen MacLellan", "female", channel="parliament",
                                          said_on="2026-02-26")),
      ("rise by nine per cent", Q(name=None, channel="report", said_on="2026-02-26")),
      ("return to balance", person("Colleen MacLellan", "female", channel="news conference",
                                   said_on="2026-02-26")),
      ("a plan, not a wish", person("Colleen MacLellan", "female", channel=None,
                                    said_on=fresh("2026-02-27"))),
      ("little for renters", person("Omar Siddiqui", "unknown", channel=None,
                                    said_on=fresh("2026-02-27"))),
      ("this budget shrugs", person("Omar Siddiqui", "unknown", channel=None,
                                    said_on=fresh("2026-02-27"))),
      ("deeply concerned", body("Halifax Chamber of Commerce", channel="statement",
                                said_on=fresh("2026-02-27"))),
      ("a bill our kids will pay", person("Devin Clarke", "unknown", channel=None,
                                          said_on=fresh("2026-02-27")))]),

    # The Canadian Press, a quarterly report: the company "said Wednesday", its chief executive
    # and finance chief on a conference call with analysts (no channel), analysts' notes and
    # reports, a
    # union's words, the closing price.
    ("cp-railway-quarterly-earnings", "2025-11-06",
     "CALGARY — Prairie Pacific Railway Ltd. says its third-quarter profit fell 12 per cent as a "
     "strike at West Coast ports cut into grain and container traffic.\n\n"
     "The railway said Wednesday it earned $842 million in the quarter ended Sept. 30, down "
     "from $957 million a year earlier.\n\n"
     "\"This was a quarter where events outside our yards set the pace,\" chief executive Lauren "
     "Beaudry said on a conference call with analysts.\n\n"
     "Beaudry said volumes had recovered since the ports reopened in late September.\n\n"
     "Chief financial officer Paul Hennessey told analysts the company still expects full-year "
     "earnings per share to grow by high single digits.\n\n"
     "In a note to clients, RBC Dominion Securities analyst Walter Chan said the guidance looked "
     "\"achievable but not comfortable.\"\n\n"
     "Desjardins analyst Sophie Grenier wrote in a report that the grain harvest should lift "
     "volumes in the fourth quarter.\n\n"
     "The Teamsters Canada Rail Conference, which represents the railway's engineers and "
     "conductors, said in a statement that crews were being asked to work longer trains with "
     "fewer people.\n\n"
     "Prairie Pacific shares closed down 2.1 per cent at $104.18 on the Toronto Stock Exchange.\n\n"
     "This report by The Canadian Press was first published Nov. 6, 2025.",
     [("profit fell 12 per cent", body("Prairie Pacific Railway Ltd.", channel=None,
                                       said_on=fresh("2025-11-06"))),
      ("earned $842 million", body("Prairie Pacific Railway Ltd.", channel=None,
                                   said_on="2025-11-05")),
      ("outside our yards", person("Lauren Beaudry", "unknown", channel=None,
                                   said_on=fresh("2025-11-06"))),
      ("volumes had recovered", person("Lauren Beaudry", "unknown", channel=None,
                                       said_on=fresh("2025-11-06"))),
      ("high single digits", person("Paul Hennessey", "unknown", channel=None,
                                    said_on=fresh("2025-11-06"))),
      ("achievable but not comfortable", person("Walter Chan", "unknown", channel="report",
                                                said_on=fresh("2025-11-06"))),
      ("lift volumes", person("Sophie Grenier", "unknown", channel="report",
                              said_on=fresh("2025-11-06"))),
      ("longer trains with fewer people", body("Teamsters Canada Rail Conference",
                                               channel="statement",
                                               said_on=fresh("2025-11-06")))]),

    # CBC News, a council vote: "voted 9-4", the mayor's words after the vote, two councillors
    # on either side, a residents' group read out without marks ("the group says"), a
    # developer's emailed statement, "This story will be updated".
    ("cbc-council-rezoning-vote", "2025-11-20",
     "CBC News · Posted: Nov 20, 2025 6:00 AM CST\n\n"
     "Winnipeg city council has approved a 24-storey apartment tower at the edge of Osborne "
     "Village after a debate that stretched past midnight.\n\n"
     "Council voted 9-4 on Wednesday to rezone the former bowling alley site on River Avenue.\n\n"
     "\"We need homes, and we need them where the buses already run,\" Mayor Tanya Morrisseau "
     "said after the vote.\n\n"
     "Coun. Brent Lafleur, who voted against the tower, said the neighbourhood's sewers were "
     "never built for 400 more units.\n\n"
     "\"Nobody is against housing. We are against flooding basements,\" he said.\n\n"
     "Coun. Anjali Rao said the city's own engineers had found the sewers could handle it.\n\n"
     "The Osborne Village Residents Association says it is considering a court challenge. The "
     "group says the city ignored more than 600 written objections.\n\n"
     "Riverside Developments said in an emailed statement that construction could begin next "
     "fall.\n\n"
     "This story will be updated.",
     [("where the buses already run", person("Tanya Morrisseau", "unknown", channel=None,
                                             said_on="2025-11-19")),
      ("never built for 400 more units", person("Brent Lafleur", "male", channel=None,
                                                said_on=fresh("2025-11-20"))),
      ("against flooding basements", person("Brent Lafleur", "male", channel=None,
                                            said_on=fresh("2025-11-20"))),
      ("engineers had found", person("Anjali Rao", "unknown", channel=None,
                                     said_on=fresh("2025-11-20"))),
      ("considering a court challenge", body("Osborne Village Residents Association",
                                             channel=None, said_on=fresh("2025-11-20"))),
      ("600 written objections", body("Osborne Village Residents Association", channel=None,
                                      said_on=fresh("2025-11-20"))),
      ("construction could begin", body("Riverside Developments", channel="statement",
                                        said_on=fresh("2025-11-20")))]),

    # Global News, an RCMP news release: "RCMP say" in the lede, "according to a news release",
    # a corporal's words in the release, "Police say the man was ...", a mayor who told Global
    # News, a caption.
    ("global-rcmp-arrest-release", "2025-11-21",
     "A 41-year-old man from Nanaimo, B.C., has been charged in connection with a string of "
     "break-ins at rural churches on Vancouver Island, RCMP say.\n\n"
     "According to a news release issued Thursday, officers arrested the man at a home in "
     "Ladysmith on Tuesday after a two-month investigation.\n\n"
     "\"These were places people gather to grieve and to celebrate. The community felt every one "
     "of these break-ins,\" Cpl. Melissa Tran said in the release.\n\n"
     "Police say the man was found with a trailer holding brass candlesticks, two sound systems "
     "and a stained-glass panel.\n\n"
     "Tran said investigators believe the man acted alone.\n\n"
     "An RCMP vehicle outside a home in Ladysmith, B.C. (Global News)\n\n"
     "Ladysmith Mayor Frank Duchesne told Global News the arrest was a relief.\n\n"
     "\"People were locking church doors for the first time in a hundred years,\" Duchesne "
     "said.\n\n"
     "The man is scheduled to appear in Nanaimo provincial court on Dec. 3.",
     [("string of break-ins", body("RCMP", channel=None, said_on=fresh("2025-11-21"))),
      ("after a two-month investigation", Q(name=None, channel="press release",
                                            said_on="2025-11-20")),
      ("places people gather", person("Melissa Tran", "unknown", channel="press release",
                                      said_on="2025-11-20")),
      ("with a trailer holding", body("RCMP", channel=None, said_on=fresh("2025-11-21"))),
      ("acted alone", person("Melissa Tran", "unknown", channel=None,
                             said_on=fresh("2025-11-21"))),
      ("arrest was a relief", person("Frank Duchesne", "unknown", channel="interview",
                                     outlet="Global News", said_on=fresh("2025-11-21"))),
      ("locking church doors", person("Frank Duchesne", "unknown", channel=None,
                                      said_on=fresh("2025-11-21")))]),

    # CTV News, a weather warning: "Environment Canada says" with no marks, a warning's words,
    # the meteorologist "said in an interview", a city's roads manager, a police reminder, the
    # Ontario Provincial Police on X.
    ("ctv-snow-squall-warning", "2025-12-02",
     "CTV News Barrie\nPublished Dec. 2, 2025 6:45 a.m. EST\n\n"
     "Snow squalls could drop up to 40 centimetres of snow on parts of Simcoe County by Wednesday "
     "morning, Environment Canada says.\n\n"
     "The weather agency issued a snow squall warning early Tuesday for Barrie, Orillia and "
     "Midland.\n\n"
     "\"Travel may be hazardous due to sudden changes in the weather,\" the warning said. "
     "\"Visibility may be suddenly reduced to near zero.\"\n\n"
     "Environment Canada meteorologist Gerald Cheng said in an interview that the squalls would "
     "form off Georgian Bay as cold air crossed the open water.\n\n"
     "\"One town gets a dusting and the next gets buried,\" Cheng said. \"That is what makes "
     "these so dangerous.\"\n\n"
     "The city's manager of roads, Nadia Kowalczyk, said plows had been out since 3 a.m.\n\n"
     "\"Give them room. They cannot clear a road with a car stuck in the middle of it,\" she "
     "said.\n\n"
     "Ontario Provincial Police said on X that Highway 400 was closed northbound at Highway 89 "
     "after a collision involving a transport truck.\n\n"
     "A plow clears Bayfield Street in Barrie on Tuesday morning. (CTV News/Rob Cooper)",
     [("up to 40 centimetres", body("Environment Canada", channel=None,
                                    said_on=fresh("2025-12-02"))),
      ("Travel may be hazardous", body("Environment Canada", channel=None,
                                       said_on="2025-12-02")),
      ("suddenly reduced to near zero", body("Environment Canada", channel=None,
                                             said_on="2025-12-02")),
      ("form off Georgian Bay", person("Gerald Cheng", "unknown", channel="interview",
                                       said_on=fresh("2025-12-02"))),
      ("gets a dusting", person("Gerald Cheng", "unknown", channel=None,
                                said_on=fresh("2025-12-02"))),
      ("makes these so dangerous", person("Gerald Cheng", "unknown", channel=None,
                                          said_on=fresh("2025-12-02"))),
      ("plows had been out", person("Nadia Kowalczyk", "female", channel=None,
                                    said_on=fresh("2025-12-02"))),
      ("Give them room", person("Nadia Kowalczyk", "female", channel=None,
                                said_on=fresh("2025-12-02"))),
      ("closed northbound", body("Ontario Provincial Police", channel="Twitter",
                                 said_on=fresh("2025-12-02")))]),
    # Sportsnet, an NHL trade and the coach's scrum: the team's release, the general manager on a
    # video call, the traded player on Instagram, the coach after the game "Tuesday night", a
    # captain, the coach's words read out ("Hartley said the lines will stay").
    ("sportsnet-trade-and-scrum", "2025-11-26",
     "The Ottawa Senators have traded defenceman Nikolai Petrenko to the Seattle Kraken for a "
     "second-round pick and forward Jake Morrow, the team announced Tuesday.\n\n"
     "\"Nikolai gave this organization five good years and we thank him for that,\" general "
     "manager Sandra Oduya said in a news release.\n\n"
     "Speaking to reporters on a video call, Oduya said the deal was about getting faster up "
     "front.\n\n"
     "Petrenko posted a thank-you to fans on Instagram an hour after the trade. \"Ottawa will "
     "always be home for my family,\" he wrote.\n\n"
     "Hours later, the Senators lost 4-1 to the Boston Bruins at Canadian Tire Centre.\n\n"
     "\"We looked like a team that had a long day, and that's on me,\" head coach Greg Hartley "
     "said after the game. \"I didn't have them ready tonight.\"\n\n"
     "Hartley said the lines will stay as they are until Morrow arrives from Seattle.\n\n"
     "Captain Luc Béliveau said losing Petrenko hurt.\n\n"
     "\"He was the guy who kept the room loose. You don't replace that with a trade call,\" "
     "Béliveau said.\n\n"
     "Ottawa Senators head coach Greg Hartley speaks to reporters after a game in Ottawa. (Sean "
     "Kilpatrick/The Canadian Press)\n\n"
     "The Senators play the Montreal Canadiens on Thursday.",
     [("traded defenceman", body("Ottawa Senators", channel=None, said_on="2025-11-25")),
      ("five good years", person("Sandra Oduya", "unknown", channel="press release",
                                 said_on=fresh("2025-11-26"))),
      ("getting faster up front", person("Sandra Oduya", "unknown", channel="news conference",
                                         said_on=fresh("2025-11-26"))),
      ("always be home", person("Nikolai Petrenko", "male", channel="Instagram",
                                said_on="2025-11-25")),
      ("had a long day", person("Greg Hartley", "unknown", channel=None,
                                said_on="2025-11-25")),
      ("ready tonight", person("Greg Hartley", "unknown", channel=None, said_on="2025-11-25")),
      ("lines will stay", person("Greg Hartley", "unknown", channel=None,
                                 said_on=("2025-11-25", "2025-11-26"))),
      ("losing Petrenko hurt", person("Luc Béliveau", "unknown", channel=None,
                                      said_on=("2025-11-25", "2025-11-26"))),
      ("kept the room loose", person("Luc Béliveau", "unknown", channel=None,
                                     said_on=("2025-11-25", "2025-11-26")))]),

    # CBC News, an emergency room closure: "CBC News has learned", an internal memo (no
    # channel), the health authority's statement, a doctor "who asked not to be named", the
    # town's mayor, the minister's press secretary, a caption.
    ("cbc-er-closure-learned", "2025-11-25",
     "Jonathan Villeneuve · CBC News · Posted: Nov 25, 2025 4:00 AM AST\n\n"
     "CBC News has learned that the emergency department at the Miramichi Regional Hospital will "
     "close overnight for at least three weeks starting Friday.\n\n"
     "An internal memo sent to staff on Monday says the department cannot fill 11 of its "
     "overnight nursing shifts.\n\n"
     "Horizon Health Network, which runs the hospital, sent CBC News a statement late Monday.\n\n"
     "\"This is not a decision we take lightly, and it is temporary,\" the statement said.\n\n"
     "A physician at the hospital, who asked not to be named because staff were told not to "
     "speak to reporters, said patients would now have to drive 150 kilometres to Moncton at "
     "night.\n\n"
     "\"Somebody is going to have a heart attack on that highway,\" the physician said.\n\n"
     "Miramichi Mayor Adam Lordon said he found out from a resident who works at the hospital.\n\n"
     "\"Nobody from Horizon picked up the phone to tell this city,\" he said.\n\n"
     "Jordan Leblanc, press secretary to Health Minister Claire Arseneault, said the minister "
     "would meet Horizon's leaders this week.\n\n"
     "The Miramichi Regional Hospital. (Shane Fowler/CBC)",
     [("cannot fill 11", Q(name=None, channel=None, said_on="2025-11-24")),
      ("not a decision we take lightly", body("Horizon Health Network", channel="statement",
                                              said_on="2025-11-24")),
      ("drive 150 kilometres", unnamed(gender="unknown", channel=None,
                                       said_on=fresh("2025-11-25"))),
      ("have a heart attack", unnamed(gender="unknown", channel=None,
                                      said_on=fresh("2025-11-25"))),
      ("found out from a resident", person("Adam Lordon", "male", channel=None,
                                           said_on=fresh("2025-11-25"))),
      ("picked up the phone", person("Adam Lordon", "male", channel=None,
                                     said_on=fresh("2025-11-25"))),
      ("meet Horizon's leaders", person("Jordan Leblanc", "unknown", channel=None,
                                        said_on=fresh("2025-11-25")))]),

    # CTV News, a byelection night: the winner's victory speech, her opponent's concession to
    # supporters, a party leader's post on X, "according to Elections Canada", a political
    # scientist who told CTV News.
    ("ctv-byelection-night", "2025-11-18",
     "CTV News Edmonton\nPublished Nov. 18, 2025 12:15 a.m. MST\n\n"
     "The Liberals have taken Edmonton Griesbach from the Conservatives in a federal byelection, "
     "the first time the party has held the riding since 1993.\n\n"
     "Liberal candidate Priya Sandhu won with 44 per cent of the vote, according to preliminary "
     "results from Elections Canada.\n\n"
     "\"Tonight Edmonton sent a message that it wants a government that builds,\" Sandhu told "
     "cheering supporters at a community hall on 118 Avenue on Monday night.\n\n"
     "She thanked her parents, who she said had driven a taxi in the city for 30 years.\n\n"
     "Conservative candidate Kyle Brennan conceded shortly after 10 p.m.\n\n"
     "\"We ran a campaign we can be proud of,\" Brennan told his supporters. \"We will be "
     "back.\"\n\n"
     "Prime Minister Michel Lavoie congratulated Sandhu in a post on X, calling the win \"a vote "
     "for getting things done.\"\n\n"
     "Turnout was 31 per cent, according to Elections Canada.\n\n"
     "University of Alberta political scientist Emma Fitzgerald told CTV News that byelection "
     "turnout that low makes it hard to read a national trend.\n\n"
     "Priya Sandhu celebrates with supporters in Edmonton on Monday, Nov. 17, 2025. (CTV News "
     "Edmonton)",
     [("44 per cent of the vote", body("Elections Canada", channel=None,
                                       said_on=fresh("2025-11-18"))),
      ("a government that builds", person("Priya Sandhu", "female", channel="speech",
                                          said_on="2025-11-17")),
      ("driven a taxi", person("Priya Sandhu", "female", channel=None,
                               said_on="2025-11-17")),
      ("can be proud of", person("Kyle Brennan", "male", channel=None, said_on="2025-11-17")),
      ("We will be back", person("Kyle Brennan", "male", channel=None, said_on="2025-11-17")),
      ("getting things done", person("Michel Lavoie", "unknown", channel="Twitter",
                                     said_on=fresh("2025-11-18"))),
      ("Turnout was 31 per cent", body("Elections Canada", channel=None,
                                       said_on=fresh("2025-11-18"))),
      ("hard to read a national trend", person("Emma Fitzgerald", "unknown",
                                               channel="interview", outlet="CTV News",
                                               said_on=fresh("2025-11-18")))]),

    # Global News, a school board dispute: a board's chair at a meeting, trustees on two sides, a
    # parents' group, the education minister's office "in an email", "the board says" with no
    # marks, "With files from".
    ("global-school-board-trustees", "2025-11-13",
     "The Ottawa-Carleton District School Board is facing calls for a provincial review after a "
     "meeting on Wednesday night ended with two trustees walking out.\n\n"
     "Board chair Denise Fortin adjourned the meeting after trustees Mark Saunders and Ellen "
     "Choi left the room during a vote on school bus cuts.\n\n"
     "\"I won't sit there and pretend this board is listening to parents,\" Saunders told Global "
     "News on Thursday.\n\n"
     "Choi said she had asked three times for the vote to be delayed until the board published "
     "its transportation figures.\n\n"
     "Fortin said the walkout was \"disrespectful to every family that came out tonight.\"\n\n"
     "The board says the cuts would save $4.2 million and affect about 2,000 students who live "
     "within 1.6 kilometres of their schools.\n\n"
     "Karen Oyelaran, who leads the parents' group Safe Routes Ottawa, said parents were told of "
     "the cuts in a two-line email.\n\n"
     "\"My kids would have to cross Baseline Road. Nobody on that board has walked it,\" she "
     "said.\n\n"
     "In an email, a spokesperson for Education Minister Robert Kwan said the ministry was "
     "\"monitoring the situation closely.\"\n\n"
     "With files from Global News' Amira Haddad",
     [("pretend this board is listening", person("Mark Saunders", "unknown",
                                                 channel="interview", outlet="Global News",
                                                 said_on="2025-11-13")),
      ("asked three times", person("Ellen Choi", "female", channel=None,
                                   said_on=fresh("2025-11-13"))),
      ("disrespectful to every family", person("Denise Fortin", "unknown", channel=None,
                                               said_on="2025-11-12")),
      ("save $4.2 million", body("Ottawa-Carleton District School Board", channel=None,
                                 said_on=fresh("2025-11-13"))),
      ("two-line email", person("Karen Oyelaran", "female", channel=None,
                                said_on=fresh("2025-11-13"))),
      ("cross Baseline Road", person("Karen Oyelaran", "female", channel=None,
                                     said_on=fresh("2025-11-13"))),
      ("monitoring the situation", unnamed(channel="email", said_on=fresh("2025-11-13")))]),

    # The Canadian Press, a Supreme Court of Canada ruling: the court "ruled Friday", a justice
    # "wrote for the majority", a dissent, the province's attorney general in a statement, a
    # civil liberties group's lawyer who told The Canadian Press.
    ("cp-supreme-court-ruling", "2025-11-14",
     "OTTAWA — The Supreme Court of Canada has ruled that Quebec police cannot search a "
     "cellphone seized at the border without a warrant once it has left the hands of customs "
     "officers.\n\n"
     "In a 5-4 decision released Friday, the court found that a search of Rémi Gagnon's phone by "
     "Sûreté du Québec investigators in 2021 violated his Charter rights.\n\n"
     "\"A phone is not a suitcase,\" Justice Nadia Kassam wrote for the majority. \"It holds the "
     "whole of a life.\"\n\n"
     "Writing for the four dissenting judges, Justice Paul Lemieux said the majority had made "
     "border investigations \"needlessly difficult.\"\n\n"
     "Gagnon, 38, had been convicted of importing child sexual abuse material. The ruling orders "
     "a new trial.\n\n"
     "Quebec's Attorney General Sophie Tremblay said in a statement that the province would study "
     "the decision.\n\n"
     "Cara Zwibel, a lawyer with the Canadian Civil Liberties Association, which intervened in "
     "the case, told The Canadian Press the ruling was \"a clear line that police can follow.\"\n\n"
     "\"It says your phone is your home. That's a good day,\" she said.\n\n"
     "This report by The Canadian Press was first published Nov. 14, 2025.",
     [("cannot search a cellphone", body("Supreme Court of Canada", channel="court",
                                         said_on=None)),
      ("violated his Charter rights", body("Supreme Court of Canada", channel="court",
                                           said_on="2025-11-14")),
      ("not a suitcase", person("Nadia Kassam", "unknown", channel="court",
                                said_on="2025-11-14")),
      ("whole of a life", person("Nadia Kassam", "unknown", channel="court",
                                 said_on="2025-11-14")),
      ("needlessly difficult", person("Paul Lemieux", "unknown", channel="court",
                                      said_on="2025-11-14")),
      ("study the decision", person("Sophie Tremblay", "unknown", channel="statement",
                                    said_on=fresh("2025-11-14"))),
      ("clear line that police", person("Cara Zwibel", "female", channel="interview",
                                        outlet="The Canadian Press",
                                        said_on=fresh("2025-11-14"))),
      ("your phone is your home", person("Cara Zwibel", "female", channel=None,
                                         said_on=fresh("2025-11-14")))]),

    # CBC News, a strike vote: the union's release of Sunday with its percentage, its president
    # at a news conference, the employer's statement, a nurse on a picket line read out with no
    # marks ("says"), the province's labour minister, "This story will be updated".
    ("cbc-nurses-strike-vote", "2025-11-10",
     "CBC News · Posted: Nov 10, 2025 5:00 AM CST\n\n"
     "Saskatchewan's registered nurses have voted 94 per cent in favour of a strike, their union "
     "says.\n\n"
     "The Saskatchewan Union of Nurses announced the result in a news release Sunday.\n\n"
     "\"Nurses did not want this. Nurses are exhausted,\" union president Tracy Zambory said at "
     "a news conference in Regina on Sunday. \"But we are done being ignored.\"\n\n"
     "Zambory said the union would give 48 hours' notice before any job action.\n\n"
     "The Saskatchewan Health Authority said in a statement that it was \"disappointed\" and "
     "remained ready to bargain.\n\n"
     "Angela Reimer, an emergency nurse at Regina General Hospital, says she has worked a double "
     "shift at least once a week since the summer.\n\n"
     "\"I love my job. I don't love being the only RN on a floor of 30,\" she said.\n\n"
     "Labour Minister Don Pelletier told reporters on Monday the government hopes to avoid a "
     "strike.\n\n"
     "This story will be updated.",
     [("94 per cent in favour", body("Saskatchewan Union of Nurses", channel="press release",
                                     said_on=fresh("2025-11-10"))),
      ("Nurses did not want this", person("Tracy Zambory", "unknown",
                                          channel="news conference", said_on="2025-11-09")),
      ("done being ignored", person("Tracy Zambory", "unknown", channel="news conference",
                                    said_on="2025-11-09")),
      ("48 hours' notice", person("Tracy Zambory", "unknown", channel=None,
                                  said_on=fresh("2025-11-10"))),
      ("disappointed", body("Saskatchewan Health Authority", channel="statement",
                                said_on=fresh("2025-11-10"))),
      ("double shift", person("Angela Reimer", "female", channel=None, said_on=None)),
      ("I love my job", person("Angela Reimer", "female", channel=None,
                               said_on=fresh("2025-11-10"))),
      ("hopes to avoid a strike", person("Don Pelletier", "unknown", channel=None,
                                         said_on="2025-11-10"))]),

    # CTV News, a wildfire evacuation order: the regional district's order, the fire service's
    # information officer, an evacuee at a reception centre, the premier at a news conference,
    # "Officials say" with no marks, a caption.
    ("ctv-wildfire-evacuation-order", "2025-08-14",
     "CTV News Vancouver\nPublished Aug. 14, 2025 7:30 a.m. PDT\n\n"
     "More than 2,400 people have been ordered out of their homes near Peachland, B.C., as a "
     "wildfire burning in the hills above Okanagan Lake grew to 3,800 hectares overnight.\n\n"
     "The Regional District of Central Okanagan issued the evacuation order at 9 p.m. "
     "Wednesday.\n\n"
     "\"If you are on this order, leave now. Do not wait to see the flames,\" the regional "
     "district said.\n\n"
     "B.C. Wildfire Service information officer Marc Lafrenière said gusts of up to 50 km/h "
     "pushed the fire downslope toward homes.\n\n"
     "\"The behaviour we saw last night was extreme. Crews had to pull back,\" he said.\n\n"
     "Officials say no homes have been lost.\n\n"
     "Evacuee Brenda Tsang spent the night at a reception centre in West Kelowna with her two "
     "dogs.\n\n"
     "\"I grabbed the passports and the dog food. That's it,\" she said.\n\n"
     "Premier Daniel Whitehorse told a news conference in Victoria on Thursday that the province "
     "had asked Ottawa for help from the Canadian Armed Forces.\n\n"
     "Smoke rises from the wildfire above Peachland, B.C., on Wednesday. (CTV News)",
     [("leave now", body("Regional District of Central Okanagan", channel=None,
                         said_on=fresh("2025-08-14"))),
      ("see the flames", body("Regional District of Central Okanagan", channel=None,
                              said_on=fresh("2025-08-14"))),
      ("pushed the fire downslope", person("Marc Lafrenière", "male", channel=None,
                                           said_on=fresh("2025-08-14"))),
      ("behaviour we saw last night", person("Marc Lafrenière", "male", channel=None,
                                             said_on=fresh("2025-08-14"))),
      ("no homes have been lost", Q(name=None, channel=None, said_on=fresh("2025-08-14"))),
      ("grabbed the passports", person("Brenda Tsang", "female", channel=None,
                                       said_on=fresh("2025-08-14"))),
      ("Canadian Armed Forces", person("Daniel Whitehorse", "unknown",
                                       channel="news conference", said_on="2025-08-14"))]),

]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "cbc-question-period-job-cuts": "channel: 'dominated question period on Tuesday, as the "
                                    "Opposition accused ...': the sitting is named in the main "
                                    "clause, not the cue's, and 'the Opposition' gets no kind",
    "ctv-snow-squall-warning": "name: 'the warning said' after 'The weather agency issued a snow "
                               "squall warning' is not given to Environment Canada, the "
                               "warning's maker",
    "sportsnet-trade-and-scrum": "name: 'Ottawa Senators' is read as senators of a place (members, "
                                 "unnamed), so 'the team announced' names nobody; quote: 'said "
                                 "losing Petrenko hurt' (a gerund clause with a past 'hurt') is "
                                 "not found",
    "global-school-board-trustees": "said_on: 'every family that came out tonight' ties the words "
                                    "to Wednesday night's meeting, read as the article date; 'The "
                                    "board says the cuts would save' (another subject's future, "
                                    "as in test_canadian_articles6's cbc-transit-line-delays)",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_canadian_article_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


# The rules the articles' first run called for, each in sentences of our own: the case, and a
# guard that the rule leaves alone.
DAY = "2025-11-20"
RULES = [
    ("note-to-clients-opening-a-paragraph", DAY,
     "The bank said Tuesday it earned $2 billion in the quarter.\n\n"
     "In a note to clients, analyst Rhea Bassi said the results were \"cleaner than expected.\"",
     [("earned $2 billion", Q(channel=None)),
      ("cleaner than expected", person("Rhea Bassi", channel="report"))]),
    ("according-to-the-budget", DAY,
     "According to the spring budget, the province will borrow $3 billion next year.",
     [("will borrow $3 billion", Q(name=None, channel="report"))]),
    ("guard-defended-the-budget", DAY,
     "At a news conference on Wednesday, Reeve Tom Ikeda defended the budget. \"We had no "
     "choice,\" Ikeda said.",
     [("had no choice", person("Tom Ikeda", channel="news conference", said_on="2025-11-19"))]),
    ("budget-tabled-then-told-the-house", DAY,
     "Finance Minister Dana Loewen tabled the budget in the legislature on Wednesday.\n\n"
     "\"Nobody will pay more at the pharmacy,\" Loewen told the house.",
     [("pay more at the pharmacy", person("Dana Loewen", channel="parliament"))]),
    ("told-the-house", DAY,
     "\"Nobody will pay more at the pharmacy,\" Finance Minister Dana Loewen told the house on "
     "Wednesday.",
     [("pay more at the pharmacy", person("Dana Loewen", channel="parliament"))]),
    ("guard-told-the-house-owner", DAY,
     "\"The fire started in the kitchen,\" fire Capt. Joe Amaral told the house owner.",
     [("started in the kitchen", person("Joe Amaral", channel=None))]),
    ("speaking-to-reporters-on-a-video-call", DAY,
     "Speaking to reporters on a video call, general manager Ivo Petersen said the team needed "
     "more speed.",
     [("needed more speed", person("Ivo Petersen", channel="news conference"))]),
    ("guard-speaking-to-analysts-on-a-call", DAY,
     "Speaking to analysts on a conference call, chief executive Ivo Petersen said demand was "
     "softening.",
     [("demand was softening", person("Ivo Petersen", channel=None))]),
    ("posted-to-fans-on-instagram", DAY,
     "Goaltender Sam Ostrowski posted a message to fans on Instagram after the trade. \"Thank "
     "you, Winnipeg,\" he wrote.",
     [("Thank you, Winnipeg", person("Sam Ostrowski", "male", channel="Instagram"))]),
    ("guard-followers-on-instagram", DAY,
     "Sam Ostrowski, who has 80,000 followers on Instagram, met reporters after practice. \"I am "
     "ready,\" he said.",
     [("I am ready", person("Sam Ostrowski", "male", channel=None))]),
    ("told-cheering-supporters", DAY,
     "\"This riding wants change,\" Noor Haddad told cheering supporters at a legion hall.",
     [("wants change", person("Noor Haddad", channel="speech"))]),
    ("guard-told-supporters", DAY,
     "Noor Haddad told supporters that the riding wanted change.",
     [("wanted change", person("Noor Haddad", channel=None))]),
    ("a-builder-s-firm-is-a-body", DAY,
     "Harbourview Developments said in a statement that the tower would open in 2028.",
     [("would open in 2028", body("Harbourview Developments", channel="statement"))]),
    ("the-court-found-that", DAY,
     "In a decision released Wednesday, the appeal court found that the search of the truck "
     "was unlawful.",
     [("search of the truck was unlawful", Q(name=None, kind="organisation", channel="court",
                                             said_on="2025-11-19"))]),
    ("guard-police-found-that", DAY,
     "\"We need more officers,\" Chief Ada Brandt said. Police found that the door had been "
     "forced.",
     [("more officers", person("Ada Brandt"))]),
    ("according-to-results-from-a-body", DAY,
     "Turnout was 38 per cent, according to preliminary results from Elections Canada.",
     [("Turnout was 38 per cent", body("Elections Canada"))]),
]


@pytest.mark.parametrize("text, expected, date", list(article_params(RULES, {})))
def test_canadian_hard_news_rules(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
