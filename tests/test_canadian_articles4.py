"""Canadian news as it is written, a fourth set: whole articles of the sections the earlier sets
had little of.

Each article is our own writing in the style of CBC, CTV, Global News, the Toronto Star, the
Canadian Press or a Postmedia paper, ten to sixteen paragraphs long, with the record
conventions.md asks for of EVERY quote in it (name, kind, gender as written, channel, outlet,
said_on), all written before any was run. The sections: transit and infrastructure (a provincial
transit agency, a regional one, a city's transit commission, a contractor and a consortium),
utilities and Crown corporations, grocery prices, a wildfire and the agencies that answer it,
agriculture, a school board and a university, a labour dispute where a union local and an
employer trade statements, housing, curling, and an obituary of an arts founder where a
profile's standing "says" (null) sits beside a fresh "says" of CBC's house style (the default
window). The channels and times these stories use: "said in a statement to CBC News", "told The
Canadian Press in an email", "said in a release Thursday", "told reporters Wednesday", "in a post
on X", "said during a technical briefing", "told CTV News Toronto", "told Global News", "told the
Star", "wrote in a memo to staff obtained by", "said at a board meeting Wednesday", "last week",
"earlier this month", a day in the clause before the words; and page furniture (bylines,
captions, credits, "READ MORE", "With files from"). Bodies of no well-known name are bodies by
the grammar that shows it (the consortium building the line, X said in a statement, the company).

A quote is named by words of it; lines that are not quotes must give none.
"""
from __future__ import annotations

import pytest

from test_canadian import Q, body, fresh, person
from test_canadian_articles import article_differences, unnamed
from test_canadian_placing import article_params


F1, F2, F3, F4 = fresh("2025-10-16"), fresh("2025-11-06"), fresh("2025-09-26"), fresh("2026-01-15")
F5, F6, F7, F8 = fresh("2025-11-20"), fresh("2025-10-03"), fresh("2025-09-05"), fresh("2025-09-12")
F9, F10, F11, F12 = (fresh("2025-11-13"), fresh("2026-03-05"), fresh("2026-02-02"),
                     fresh("2026-01-23"))

ARTICLES = [
    # CBC Toronto, a light rail delay: a provincial transit agency in the lede and in a release,
    # its chief at a technical briefing, a consortium named by an appositive in a statement to
    # CBC News, a mayor on X and then to CBC Toronto, a minister to reporters Thursday, a rider's
    # fresh "says" in CBC's house style, a caption, "READ MORE" and "With files from".
    ("cbc-light-rail-delay", "2025-10-16",
     "Sadia Rahman · CBC News · Posted: Oct 16, 2025 4:00 AM EDT\n\n"
     "The opening of the Hurontario light rail line in Mississauga has been pushed back again, "
     "Metrolinx said Wednesday.\n\n"
     "In a release Wednesday afternoon, the provincial transit agency said testing had found "
     "problems with the signalling system and that the line would not open before the spring.\n\n"
     "Metrolinx CEO Colin Hartwell said during a technical briefing Wednesday that the builder "
     "had fallen months behind on its fixes.\n\n"
     "\"We are not going to open a line that isn't ready. Riders deserve a train that works on "
     "day one,\" Hartwell said.\n\n"
     "A light rail vehicle sits in the maintenance yard in Mississauga on Tuesday. (Sadia "
     "Rahman/CBC)\n\n"
     "Mosaic Transit Partners, the consortium building the line, said in a statement to CBC News "
     "that it was \"working closely with Metrolinx\" to finish the work.\n\n"
     "Mississauga Mayor Joanne Whitfield wrote in a post on X that the delay was "
     "\"unacceptable\" for a city that has waited a decade.\n\n"
     "\"Our residents were promised a train in 2024. It's almost 2026,\" she told CBC Toronto on "
     "Wednesday.\n\n"
     "READ MORE: Why Ontario's transit projects keep running late\n\n"
     "Transportation Minister Priya Venkatesan said the province would hold the builder to "
     "account.\n\n"
     "\"Taxpayers are not going to pay for somebody else's mistakes,\" Venkatesan told reporters "
     "Thursday at Queen's Park.\n\n"
     "Tomasz Nowicki, who commutes from Brampton to a warehouse job near the line, says he has "
     "stopped counting the delays.\n\n"
     "\"First it was 2022, then 2024. I'll believe it when I'm on it,\" Nowicki says.\n\n"
     "With files from Lina Osei",
     [("pushed back again", body("Metrolinx", channel=None, said_on="2025-10-15")),
      ("problems with the signalling", body("Metrolinx", channel="press release",
                                            said_on="2025-10-15")),
      ("fallen months behind", person("Colin Hartwell", "unknown", channel="news conference",
                                      said_on="2025-10-15")),
      ("a line that isn't ready", person("Colin Hartwell", "unknown", channel=None, said_on=F1)),
      ("working closely with Metrolinx", body("Mosaic Transit Partners", channel="statement",
                                              said_on=F1)),
      ("unacceptable", person("Joanne Whitfield", "female", channel="Twitter", said_on=F1)),
      ("promised a train in 2024", person("Joanne Whitfield", "female", channel="interview",
                                          outlet="CBC Toronto", said_on="2025-10-15")),
      ("hold the builder to account", person("Priya Venkatesan", "unknown", channel=None,
                                             said_on=F1)),
      ("somebody else's mistakes", person("Priya Venkatesan", "unknown", channel=None,
                                          said_on="2025-10-16")),
      ("stopped counting the delays", person("Tomasz Nowicki", "male", channel=None,
                                             said_on=F1)),
      ("believe it when I'm on it", person("Tomasz Nowicki", "male", channel=None,
                                           said_on=F1))]),

    # Global News BC, a sinkhole over a SkyTrain tunnel: a regional transit agency's fresh
    # "says" in the lede, its spokesperson to Global News, a joint venture named by an
    # appositive and then "the company said", a councillor to reporters Wednesday, a homeowner,
    # a ministry's email to Global News, "last week".
    ("global-skytrain-sinkhole", "2025-11-06",
     "By Jesse Moran · Global News · Posted November 6, 2025 6:12 pm\n\n"
     "Work on the Lougheed SkyTrain extension has stopped after a sinkhole opened above a tunnel "
     "in Burnaby, TransLink says.\n\n"
     "The sinkhole, about four metres across, appeared on Tuesday night on a residential street "
     "near the construction site.\n\n"
     "TransLink spokesperson Dilpreet Sandhu told Global News that no one was hurt and that "
     "crews had filled the hole with concrete by Wednesday morning.\n\n"
     "\"Safety is the only thing that matters right now. We will not restart until engineers "
     "sign off,\" Sandhu said.\n\n"
     "Cascadia Tunnel Constructors, the joint venture digging the tunnels, said in a statement "
     "that it had \"paused all boring activity\" while it reviewed the ground conditions.\n\n"
     "The company said its machine was about 40 metres past the spot where the street "
     "collapsed.\n\n"
     "A crew fills a sinkhole on a residential street in Burnaby, B.C., on Wednesday. (Jesse "
     "Moran/Global News)\n\n"
     "Burnaby Coun. Teresa Ng said residents on the street had complained about cracks in their "
     "driveways for weeks.\n\n"
     "\"People called the hotline in September. Nobody came out until the road fell in,\" Ng "
     "told reporters Wednesday.\n\n"
     "Homeowner Gurpreet Bains said his foundation had shifted by two centimetres.\n\n"
     "\"I can't sleep in my own house. Who pays for this?\" Bains said.\n\n"
     "In an email to Global News, the Ministry of Transportation and Transit said the province "
     "had asked for an independent review.\n\n"
     "TransLink said last week that the extension remained on budget and on schedule for 2028.",
     [("Work on the Lougheed SkyTrain extension", body("TransLink", channel=None, said_on=F2)),
      ("no one was hurt", person("Dilpreet Sandhu", "unknown", channel="interview",
                                 outlet="Global News", said_on=F2)),
      ("engineers sign off", person("Dilpreet Sandhu", "unknown", channel=None, said_on=F2)),
      ("paused all boring activity", body("Cascadia Tunnel Constructors", channel="statement",
                                          said_on=F2)),
      ("about 40 metres past", body("Cascadia Tunnel Constructors", channel=None, said_on=F2)),
      ("cracks in their driveways", person("Teresa Ng", "unknown", channel=None, said_on=F2)),
      ("until the road fell in", person("Teresa Ng", "unknown", channel=None,
                                        said_on="2025-11-05")),
      ("foundation had shifted", person("Gurpreet Bains", "male", channel=None, said_on=F2)),
      ("Who pays for this", person("Gurpreet Bains", "male", channel=None, said_on=F2)),
      ("independent review", body("Ministry of Transportation and Transit", channel="email",
                                  said_on=F2)),
      ("on budget and on schedule", body("TransLink", channel=None,
                                         said_on=("2025-10-27", "2025-11-02")))]),

    # The London Free Press, a transit strike threat: a union local in the lede and in a release
    # Thursday, its president "in the release", a city's transit commission answering in a
    # statement posted to its website, its manager to CTV News London, a mayor's memo to council
    # (no channel), a university's statement, a student.
    ("lfp-transit-strike-notice", "2025-09-26",
     "Marcus Feeney · The London Free Press · Published Sep 26, 2025\n\n"
     "London bus riders could be walking next week after Amalgamated Transit Union Local 741 "
     "said Thursday that talks with the London Transit Commission had broken down.\n\n"
     "The local, which represents about 700 drivers and mechanics, said in a release Thursday "
     "that its members would walk off the job at 12:01 a.m. Monday unless the commission "
     "improved its offer.\n\n"
     "\"Our members kept this city moving through a pandemic and they are done being taken for "
     "granted,\" local president Darlene Kowalski said in the release.\n\n"
     "The London Transit Commission fired back hours later.\n\n"
     "In a statement posted to its website, the commission said its offer of 11 per cent over "
     "four years was \"fair and in line with other Ontario transit systems.\"\n\n"
     "Kelly Paquette, the commission's general manager, told CTV News London that the union's "
     "demands would add $9 million a year to the budget.\n\n"
     "\"We want a deal. We don't want a strike. But we also answer to taxpayers,\" Paquette "
     "said.\n\n"
     "A London Transit bus on Dundas Street on Thursday. (Colin Dewar/The London Free Press)\n\n"
     "Kowalski said the commission had not moved on wages since July.\n\n"
     "\"They keep telling the public they want a deal. At the table, it's a different story,\" "
     "she said.\n\n"
     "Mayor Ray Castellano wrote in a memo to council obtained by The Free Press that the city "
     "would run extra shuttles for people with disabilities.\n\n"
     "Western University said in a statement that students should plan other ways to get to "
     "campus.\n\n"
     "Aaliyah Grant, 19, a Fanshawe College student, said she relies on the bus to get to her "
     "classes and her part-time job.\n\n"
     "\"If they strike, I'm basically stuck,\" Grant said.",
     [("talks with the London Transit Commission", body("Amalgamated Transit Union Local 741",
                                                         channel=None, said_on="2025-09-25")),
      ("walk off the job", body("Amalgamated Transit Union Local 741", channel="press release",
                                said_on="2025-09-25")),
      ("taken for granted", person("Darlene Kowalski", "female", channel="press release",
                                   said_on="2025-09-25")),
      ("fair and in line", body("London Transit Commission", channel="statement",
                                said_on=("2025-09-25", "2025-09-26"))),
      ("$9 million a year", person("Kelly Paquette", "unknown", channel="interview",
                                   outlet="CTV News London", said_on=F3)),
      ("answer to taxpayers", person("Kelly Paquette", "unknown", channel=None, said_on=F3)),
      ("not moved on wages", person("Darlene Kowalski", "female", channel=None, said_on=F3)),
      ("a different story", person("Darlene Kowalski", "female", channel=None, said_on=F3)),
      ("extra shuttles", person("Ray Castellano", "unknown", channel=None, said_on=F3)),
      ("plan other ways", body("Western University", channel="statement", said_on=F3)),
      ("relies on the bus", person("Aaliyah Grant", "female", channel=None, said_on=F3)),
      ("basically stuck", person("Aaliyah Grant", "female", channel=None, said_on=F3))]),

    # The Canadian Press, an ice storm: a utility in the lede and in "an update Thursday
    # morning" (no label), its chief at a technical briefing and then on his own, a minister to
    # reporters Wednesday, a warden "on Tuesday" and by email to The Canadian Press, a regulator,
    # a farmer, a CP photo credit and "With files from".
    ("cp-ice-storm-outages", "2026-01-15",
     "TORONTO — Tens of thousands of homes in eastern Ontario were still without power three "
     "days after an ice storm brought down lines across the region, Hydro One said.\n\n"
     "The utility said in an update Thursday morning that about 48,000 customers remained in "
     "the dark, down from a peak of 210,000 on Monday.\n\n"
     "Hydro One president David Lebeau said during a technical briefing Wednesday that crews "
     "had replaced more than 900 broken poles.\n\n"
     "\"This is the worst damage we have seen to our system since the 1998 ice storm,\" Lebeau "
     "said.\n\n"
     "He said most customers would be reconnected by the weekend, but some rural homes could "
     "wait until next Wednesday.\n\n"
     "A Hydro One crew works to restore power near Perth, Ont., on Wednesday, Jan. 14, 2026. THE "
     "CANADIAN PRESS/Nadia Ostrowski\n\n"
     "Energy Minister Arun Mathur told reporters Wednesday that the province would cover the "
     "cost of hotel rooms for people who had been without heat for more than 48 hours.\n\n"
     "Lanark County Warden Sheila Fortier said on Tuesday that the county had opened four "
     "warming centres.\n\n"
     "\"People are sleeping in their coats. We have seniors on farms who can't get out their "
     "laneways,\" Fortier told The Canadian Press in an email.\n\n"
     "The Ontario Energy Board said it would review how utilities handled the storm.\n\n"
     "Frank Morrissey, a dairy farmer near Almonte, said he had been running his barn on a "
     "generator since Monday.\n\n"
     "\"The cows don't care that the power's out. They still need milking twice a day,\" he "
     "said.\n\n"
     "— With files from Kerry Bouchard in Ottawa",
     [("Tens of thousands of homes", body("Hydro One", channel=None, said_on=F4)),
      ("48,000 customers", body("Hydro One", channel=None, said_on="2026-01-15")),
      ("900 broken poles", person("David Lebeau", "male", channel="news conference",
                                  said_on="2026-01-14")),
      ("the worst damage", person("David Lebeau", "male", channel=None, said_on=F4)),
      ("reconnected by the weekend", person("David Lebeau", "male", channel=None, said_on=F4)),
      ("cost of hotel rooms", person("Arun Mathur", "unknown", channel=None,
                                     said_on="2026-01-14")),
      ("four warming centres", person("Sheila Fortier", "unknown", channel=None,
                                      said_on="2026-01-13")),
      ("sleeping in their coats", person("Sheila Fortier", "unknown", channel="email",
                                         said_on=F4)),
      ("how utilities handled", body("Ontario Energy Board", channel=None, said_on=F4)),
      ("barn on a generator", person("Frank Morrissey", "male", channel=None, said_on=F4)),
      ("need milking", person("Frank Morrissey", "male", channel=None, said_on=F4))]),

    # CBC News, Canada Post closing rural offices: a Crown corporation's fresh "says", "The Crown
    # corporation said in a statement to CBC News", "the statement said", a union and its
    # president to CBC News, a minister in the House of Commons Wednesday, a mayor on CBC's
    # Information Morning, an unnamed spokesperson "earlier this month".
    ("cbc-canada-post-rural-offices", "2025-11-20",
     "Dara MacPhee · CBC News · Posted: Nov 20, 2025 6:00 AM AST\n\n"
     "Canada Post says it will close 40 rural post offices in Atlantic Canada next year as it "
     "tries to stem losses that reached $1.3 billion last year.\n\n"
     "The Crown corporation said in a statement to CBC News that most of the offices served "
     "fewer than 50 customers a day.\n\n"
     "\"Canadians are sending fewer letters every year, and we have to adjust our network to "
     "match,\" the statement said.\n\n"
     "The Canadian Union of Postal Workers said the closures would cut off communities that have "
     "no bank, no pharmacy and poor internet.\n\n"
     "\"For a lot of seniors, the post office is how their pension cheque arrives,\" union "
     "president Marc-Olivier Gagné told CBC News.\n\n"
     "The post office in Canso, N.S., is one of 40 on the list. (Dara MacPhee/CBC)\n\n"
     "Public Services Minister Andrea Kozak said in the House of Commons on Wednesday that the "
     "government had not approved the closures.\n\n"
     "\"No decision has been made, and we expect Canada Post to consult the communities,\" Kozak "
     "said.\n\n"
     "Guysborough Mayor Dorothy Reid-MacKay told CBC's Information Morning on Thursday that "
     "residents learned of the plan from a sign taped to the door.\n\n"
     "\"Nobody from Canada Post called us. Not once,\" she said.\n\n"
     "READ MORE: Canada Post losses deepen as parcel volumes fall\n\n"
     "A Canada Post spokesperson said earlier this month that the corporation was also looking "
     "at fewer delivery days in cities.",
     [("close 40 rural post offices", body("Canada Post", channel=None, said_on=F5)),
      ("fewer than 50 customers", body("Canada Post", channel="statement", said_on=F5)),
      ("sending fewer letters", body("Canada Post", channel="statement", said_on=F5)),
      ("cut off communities", body("Canadian Union of Postal Workers", channel=None,
                                   said_on=F5)),
      ("pension cheque", person("Marc-Olivier Gagné", "unknown", channel="interview",
                                outlet="CBC News", said_on=F5)),
      ("not approved the closures", person("Andrea Kozak", "unknown", channel="parliament",
                                           said_on="2025-11-19")),
      ("No decision has been made", person("Andrea Kozak", "unknown", channel=None,
                                           said_on=F5)),
      ("a sign taped to the door", person("Dorothy Reid-MacKay", "female", channel="interview",
                                          outlet="CBC", said_on="2025-11-20")),
      ("Not once", person("Dorothy Reid-MacKay", "female", channel=None, said_on=F5)),
      ("fewer delivery days", unnamed(channel=None, said_on=("2025-11-01", "2025-11-20")))]),

    # Toronto Star, food prices: a statistics agency "said Tuesday", a grocer of no well-known
    # name by its relative clause and "the company said in a statement" over two sentences, a
    # chain's named spokesperson to the Star, an unnamed spokesperson for a chain, an economist,
    # a bureau's report of a year (null), a shopper.
    ("star-grocery-prices", "2025-10-03",
     "Food prices in Canada rose 4.1 per cent over the past year, Statistics Canada said "
     "Tuesday, as beef and coffee led the increase.\n\n"
     "Northway Foods, which runs 210 supermarkets in Ontario and Quebec, said its own costs from "
     "suppliers had risen faster than its shelf prices.\n\n"
     "\"We are not the ones setting the price of beef,\" the company said in a statement. \"We "
     "pay more, and we pass on as little of it as we can.\"\n\n"
     "Geneviève Poulin, a spokesperson for Metro Inc., told the Star that the chain had cut "
     "prices on 300 items this fall.\n\n"
     "A spokesperson for Sobeys said the chain does not comment on its pricing.\n\n"
     "Food economist Rachel Ouimet, who teaches at the University of Guelph, said beef and coffee "
     "were being driven by drought and tariffs rather than by grocers' margins.\n\n"
     "\"Shoppers want someone to blame, and the grocer is the face they see,\" Ouimet said.\n\n"
     "Shoppers at a grocery store in Toronto on Wednesday. (Nour Haddad/Toronto Star)\n\n"
     "The Competition Bureau said in a 2023 report that the largest grocers' margins had edged "
     "up during the pandemic.\n\n"
     "Manuel Ortiz, 71, said he now buys meat only once a week.\n\n"
     "\"I used to buy a roast on Sunday. Now it's chicken thighs, if they're on sale,\" Ortiz "
     "said outside a store in Scarborough.",
     [("rose 4.1 per cent", body("Statistics Canada", channel=None, said_on="2025-09-30")),
      ("risen faster than its shelf prices", body("Northway Foods", channel=None, said_on=F6)),
      ("the price of beef", body("Northway Foods", channel="statement", said_on=F6)),
      ("pass on as little", body("Northway Foods", channel="statement", said_on=F6)),
      ("cut prices on 300 items", person("Geneviève Poulin", "unknown", channel="interview",
                                         outlet="Star", said_on=F6)),
      ("does not comment", unnamed(channel=None, said_on=F6)),
      ("driven by drought", person("Rachel Ouimet", "unknown", channel=None, said_on=F6)),
      ("someone to blame", person("Rachel Ouimet", "unknown", channel=None, said_on=F6)),
      ("margins had edged up", body("Competition Bureau", channel="report", said_on=None)),
      ("meat only once a week", person("Manuel Ortiz", "male", channel=None, said_on=F6)),
      ("chicken thighs", person("Manuel Ortiz", "male", channel=None, said_on=F6))]),

    # CTV News Vancouver, a wildfire: "officials said Friday", a wildfire service, a fire
    # centre's information officer to CTV News, a regional district in a post on X, a Crown
    # utility and its spokesperson by email, a minister to reporters Friday, a Chief.
    ("ctv-lytton-wildfire", "2025-09-05",
     "An out-of-control wildfire near Lytton, B.C., doubled in size overnight, forcing the "
     "evacuation of about 300 properties, officials said Friday.\n\n"
     "The BC Wildfire Service said the Nicoamen River fire was now estimated at 2,400 "
     "hectares.\n\n"
     "Fire information officer Aidan Kerr of the Kamloops Fire Centre said gusty winds had "
     "pushed the fire over a ridge on Thursday evening.\n\n"
     "\"We're expecting another difficult day. The winds aren't going to let up until the "
     "weekend,\" Kerr told CTV News.\n\n"
     "The Thompson-Nicola Regional District issued an evacuation order Thursday night for "
     "properties along Highway 8.\n\n"
     "In a post on X, the regional district said an emergency support centre had opened at the "
     "Merritt civic centre.\n\n"
     "Smoke rises from the Nicoamen River fire on Thursday. (BC Wildfire Service)\n\n"
     "BC Hydro said the fire had damaged a transmission line, leaving about 1,800 customers "
     "without power.\n\n"
     "\"Our crews can't get in until the fire service tells us it's safe,\" BC Hydro "
     "spokesperson Mora Schnell said in an email.\n\n"
     "Emergency Management Minister Harman Gill told reporters Friday that the province was "
     "ready to ask Ottawa for military help if it was needed.\n\n"
     "Chief Rosalie Joe of the Lytton First Nation said her community had not recovered from "
     "the 2021 fire.\n\n"
     "\"Our people are tired. Every summer we pack our bags,\" she said.",
     [("doubled in size overnight", unnamed(channel=None, said_on="2025-09-05")),
      ("2,400 hectares", body("BC Wildfire Service", channel=None, said_on=F7)),
      ("over a ridge", person("Aidan Kerr", "unknown", channel=None, said_on=F7)),
      ("another difficult day", person("Aidan Kerr", "unknown", channel="interview",
                                       outlet="CTV News", said_on=F7)),
      ("emergency support centre", body("Thompson-Nicola Regional District", channel="Twitter",
                                        said_on=F7)),
      ("damaged a transmission line", body("BC Hydro", channel=None, said_on=F7)),
      ("crews can't get in", person("Mora Schnell", "unknown", channel="email", said_on=F7)),
      ("military help", person("Harman Gill", "unknown", channel=None, said_on="2025-09-05")),
      ("not recovered", person("Rosalie Joe", "female", channel=None, said_on=F7)),
      ("pack our bags", person("Rosalie Joe", "female", channel=None, said_on=F7))]),

    # The Canadian Press, the canola harvest: a ministry "said Thursday in its weekly crop
    # report", "the ministry said", a specialist, a council's release "earlier this month", a
    # farmer to The Canadian Press by phone, "On Tuesday," before a minister's words, a federal
    # department by email, a producers' association's president, a CP photo credit and tagline.
    ("cp-canola-harvest", "2025-09-12",
     "REGINA — Saskatchewan farmers are bringing in one of the smallest canola crops in a decade "
     "after a dry summer, the Saskatchewan Ministry of Agriculture said Thursday in its weekly "
     "crop report.\n\n"
     "The ministry said 61 per cent of the crop was in the bin, ahead of the five-year "
     "average.\n\n"
     "Crops extension specialist Matt Struthers said yields in the southwest were running about "
     "a third below normal.\n\n"
     "\"There were fields out there that never got a proper rain from seeding to swathing,\" "
     "Struthers said.\n\n"
     "The Canola Council of Canada said in a release earlier this month that Chinese tariffs on "
     "canola meal and oil had already cost growers about $1 billion.\n\n"
     "Lorne Kessler, who grows canola and durum near Kindersley, said he had cut his fertilizer "
     "order for next year.\n\n"
     "\"You get a small crop and a bad price in the same year. That's the one that hurts,\" "
     "Kessler told The Canadian Press by phone.\n\n"
     "A combine harvests canola near Kindersley, Sask., on Wednesday, Sept. 10, 2025. THE "
     "CANADIAN PRESS/Jana Wirth\n\n"
     "On Tuesday, Agriculture Minister Nolan Kuzyk said the province would extend the deadline "
     "for crop insurance claims.\n\n"
     "Agriculture and Agri-Food Canada said in an email that officials were \"in regular "
     "contact\" with their Chinese counterparts.\n\n"
     "Ray Demchuk, president of the Agricultural Producers Association of Saskatchewan, said "
     "farmers would need help before spring.\n\n"
     "This report by The Canadian Press was first published Sept. 12, 2025.",
     [("smallest canola crops", body("Saskatchewan Ministry of Agriculture", channel="report",
                                     said_on="2025-09-11")),
      ("61 per cent of the crop", body("Saskatchewan Ministry of Agriculture", channel=None,
                                       said_on=F8)),
      ("a third below normal", person("Matt Struthers", "unknown", channel=None, said_on=F8)),
      ("seeding to swathing", person("Matt Struthers", "unknown", channel=None, said_on=F8)),
      ("cost growers about $1 billion", body("Canola Council of Canada",
                                             channel="press release",
                                             said_on=("2025-09-01", "2025-09-12"))),
      ("fertilizer order", person("Lorne Kessler", "male", channel=None, said_on=F8)),
      ("a small crop and a bad price", person("Lorne Kessler", "male", channel="interview",
                                              outlet="The Canadian Press", said_on=F8)),
      ("crop insurance claims", person("Nolan Kuzyk", "unknown", channel=None,
                                       said_on="2025-09-09")),
      ("in regular contact", body("Agriculture and Agri-Food Canada", channel="email",
                                  said_on=F8)),
      ("help before spring", person("Ray Demchuk", "unknown", channel=None, said_on=F8))]),

    # CTV News Toronto, a school board and a university: a board's fresh "says", its director
    # "at the board meeting Wednesday", a trustee to CTV News Toronto, a teachers' federation's
    # statement, a ministry's email to CTV News, a university, a provost's memo to staff
    # obtained by CTV News (no channel) and "wrote", a faculty association's president.
    ("ctv-school-board-university-cuts", "2025-11-13",
     "The Toronto District School Board says it will cut 120 teaching positions next year to "
     "close a $24-million deficit.\n\n"
     "Trustees voted 14-8 at a board meeting Wednesday night to approve the cuts, which will "
     "mostly fall on secondary schools.\n\n"
     "Director of education Clara Whitmore-Osei said at the board meeting Wednesday that the "
     "board had \"run out of places to cut that don't touch classrooms.\"\n\n"
     "Trustee Ahmed Farouk, who voted against the plan, said the cuts would mean larger "
     "classes.\n\n"
     "\"We are balancing a budget on the backs of Grade 9 students,\" Farouk told CTV News "
     "Toronto.\n\n"
     "The Ontario Secondary School Teachers' Federation said in a statement that it would fight "
     "the cuts.\n\n"
     "The Ministry of Education said in an email to CTV News that the board's funding had risen "
     "every year since 2018.\n\n"
     "Toronto District School Board headquarters on Yonge Street. (CTV News Toronto)\n\n"
     "Separately, York University said it would pause admissions to 20 programs, citing a drop "
     "in international students.\n\n"
     "Provost Daniel Ashcroft wrote in a memo to staff obtained by CTV News that the university "
     "faced a shortfall of more than $100 million.\n\n"
     "\"These decisions are painful, and they are necessary,\" Ashcroft wrote.\n\n"
     "Parveen Rao, president of the York University Faculty Association, said the union learned "
     "of the plan from the memo.",
     [("cut 120 teaching positions", body("Toronto District School Board", channel=None,
                                          said_on=F9)),
      ("run out of places to cut", person("Clara Whitmore-Osei", "unknown", channel=None,
                                          said_on="2025-11-12")),
      ("mean larger classes", person("Ahmed Farouk", "unknown", channel=None, said_on=F9)),
      ("the backs of Grade 9 students", person("Ahmed Farouk", "unknown", channel="interview",
                                               outlet="CTV News Toronto", said_on=F9)),
      ("fight the cuts", body("Ontario Secondary School Teachers' Federation",
                              channel="statement", said_on=F9)),
      ("funding had risen", body("Ministry of Education", channel="email", said_on=F9)),
      ("pause admissions", body("York University", channel=None, said_on=F9)),
      ("shortfall of more than", person("Daniel Ashcroft", "unknown", channel=None,
                                        said_on=F9)),
      ("painful, and they are necessary", person("Daniel Ashcroft", "unknown", channel=None,
                                                 said_on=F9)),
      ("learned of the plan", person("Parveen Rao", "unknown", channel=None, said_on=F9))]),

    # Global News Calgary, housing: a mayor "said Wednesday" and "told reporters after the vote"
    # of a Wednesday vote, a non-profit's chief executive (named as "Its chief executive") in a
    # release, a developer of no well-known name, a councillor, a Crown corporation "last week",
    # a renter to Global News.
    ("global-calgary-office-homes", "2026-03-05",
     "Calgary city council on Wednesday approved a plan to turn a vacant downtown office tower "
     "into 180 affordable homes.\n\n"
     "Mayor Ingrid Solberg said Wednesday that the project would open in 2028.\n\n"
     "\"Every empty office floor downtown is a home we haven't built yet,\" Solberg told "
     "reporters after the vote.\n\n"
     "Calgary Housing Company, the city's non-profit landlord, will run the building. Its chief "
     "executive, Marcus Obi, said in a release that 60 of the units would rent for less than "
     "$900 a month.\n\n"
     "Strand Properties, which owns the tower, said it was \"proud to be part of the "
     "solution.\"\n\n"
     "The vacant office tower at 7th Avenue and 4th Street S.W. in Calgary. (Global News)\n\n"
     "Coun. Brenda Loewen, who voted against the plan, said the city was paying too much for "
     "each unit.\n\n"
     "\"At $410,000 a door, we could build new and get more homes for the money,\" Loewen "
     "said.\n\n"
     "Canada Mortgage and Housing Corporation said last week that housing starts in Calgary had "
     "fallen 12 per cent in February.\n\n"
     "Jasmine Whitehorse, 34, who has been on the city's housing wait list for two years, said "
     "she would apply as soon as the list opens.\n\n"
     "\"I'm paying $1,900 for a one-bedroom. I have a son. Something has to give,\" Whitehorse "
     "told Global News.\n\n"
     "With files from The Canadian Press",
     [("open in 2028", person("Ingrid Solberg", "unknown", channel=None, said_on="2026-03-04")),
      ("a home we haven't built yet", person("Ingrid Solberg", "unknown", channel=None,
                                             said_on="2026-03-04")),
      ("less than $900 a month", person("Marcus Obi", "unknown", channel="press release",
                                        said_on=F10)),
      ("part of the solution", body("Strand Properties", channel=None, said_on=F10)),
      ("paying too much", person("Brenda Loewen", "unknown", channel=None, said_on=F10)),
      ("$410,000 a door", person("Brenda Loewen", "unknown", channel=None, said_on=F10)),
      ("housing starts", body("Canada Mortgage and Housing Corporation", channel=None,
                              said_on=("2026-02-23", "2026-03-01"))),
      ("apply as soon as", person("Jasmine Whitehorse", "female", channel=None, said_on=F10)),
      ("Something has to give", person("Jasmine Whitehorse", "female", channel="interview",
                                       outlet="Global News", said_on=F10))]),

    # Edmonton Journal (Postmedia), a curling final of Sunday in a Monday paper: a skip's words
    # "after the game" about "tonight", the losing skip's reaction, a curling body's release
    # Monday, a third to Postmedia, a caption crediting the body.
    ("journal-curling-final", "2026-02-02",
     "Kyle Brandt · Edmonton Journal · Published Feb 02, 2026\n\n"
     "Jenna Brassard's rink won the Alberta women's curling championship on Sunday, beating "
     "defending champion Kim Olafson 7-5 in Red Deer.\n\n"
     "Brassard made a draw to the button with her last rock in the 10th end to score two.\n\n"
     "\"I've thrown that shot a thousand times in practice. Tonight it finally counted,\" "
     "Brassard said after the game.\n\n"
     "Olafson said her team had given the game away in the sixth end.\n\n"
     "\"We had them where we wanted them and we missed two easy ones,\" Olafson said.\n\n"
     "Skip Jenna Brassard celebrates her win in Red Deer on Sunday. (Curling Alberta)\n\n"
     "Curling Alberta said in a release Monday that a record 41,000 fans attended the week.\n\n"
     "Brassard's third, Megan Tkachuk, told Postmedia the team had talked about the Scotties all "
     "season.\n\n"
     "\"We kept saying all year that we just needed to get to the final,\" Tkachuk said.\n\n"
     "The rink will represent Alberta at the Scotties Tournament of Hearts in Mississauga later "
     "this month.",
     [("Tonight it finally counted", person("Jenna Brassard", "female", channel=None,
                                            said_on="2026-02-01")),
      ("given the game away", person("Kim Olafson", "female", channel=None,
                                     said_on=("2026-02-01", "2026-02-02"))),
      ("two easy ones", person("Kim Olafson", "female", channel=None,
                               said_on=("2026-02-01", "2026-02-02"))),
      ("record 41,000 fans", body("Curling Alberta", channel="press release",
                                  said_on="2026-02-02")),
      ("talked about the Scotties", person("Megan Tkachuk", "unknown", channel="interview",
                                           outlet="Postmedia",
                                           said_on=("2026-02-01", "2026-02-02"))),
      ("get to the final", person("Megan Tkachuk", "unknown", channel=None,
                                  said_on=("2026-02-01", "2026-02-02")))]),

    # CBC Manitoba, an obituary of a theatre founder: her family "said Thursday", her daughter's
    # statement and "the statement said", a collaborator's fresh "says" (the default window) and
    # a successor's habit in "says he always" (null), her words in an interview of a year (null),
    # an arts council on Facebook, a mayor on X on Wednesday.
    ("cbc-theatre-founder-obituary", "2026-01-23",
     "Nadine Ferris · CBC News · Posted: Jan 23, 2026 5:00 AM CST\n\n"
     "Ruth Okonjo-Baptiste, who founded one of Winnipeg's first community theatres in a church "
     "basement in 1971, has died at 88, her family said Thursday.\n\n"
     "Okonjo-Baptiste died Tuesday at St. Boniface Hospital, her daughter, Adaeze Baptiste, said "
     "in a statement.\n\n"
     "\"Mom believed a theatre was anyone with a story and a room to tell it in,\" the statement "
     "said.\n\n"
     "Born in Lagos, Okonjo-Baptiste came to Manitoba in 1964 to study nursing. She founded the "
     "Basement Players seven years later with $200 and a borrowed piano.\n\n"
     "In a 2011 interview with CBC Radio, Okonjo-Baptiste said the theatre had survived on bake "
     "sales and stubbornness.\n\n"
     "Denis Chartrand, who directed more than 30 shows with her, says she never turned an actor "
     "away.\n\n"
     "\"She gave me my first role when I was 14. I couldn't act, and she knew it,\" Chartrand "
     "says.\n\n"
     "Ruth Okonjo-Baptiste in the Basement Players' rehearsal hall in 2015. (Basement "
     "Players)\n\n"
     "The company's artistic director today, Tomás Reyes, says he always casts the first person "
     "who walks in the door in at least a small part.\n\n"
     "The Winnipeg Arts Council said in a post on Facebook that the city had lost \"a builder.\"\n\n"
     "Mayor Hal Sorensen wrote in a post on X on Wednesday that flags at city hall would fly at "
     "half-mast.\n\n"
     "A celebration of life will be held at the West End Cultural Centre on Feb. 7.",
     [("has died at 88", Q(name=None, channel=None, said_on="2026-01-22")),
      ("died Tuesday", person("Adaeze Baptiste", "female", channel="statement", said_on=F12)),
      ("a room to tell it in", person("Adaeze Baptiste", "female", channel="statement",
                                      said_on=F12)),
      ("bake sales and stubbornness", person("Ruth Okonjo-Baptiste", "female",
                                             channel="interview", said_on=None)),
      ("never turned an actor away", person("Denis Chartrand", "unknown", channel=None,
                                            said_on=F12)),
      ("my first role", person("Denis Chartrand", "unknown", channel=None, said_on=F12)),
      ("casts the first person", person("Tomás Reyes", "male", channel=None, said_on=None)),
      ("a builder", body("Winnipeg Arts Council", channel="Facebook", said_on=F12)),
      ("fly at half-mast", person("Hal Sorensen", "unknown", channel="Twitter",
                                  said_on="2026-01-21"))]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG = {
    "cbc-light-rail-delay": "kind and name: a one-word body of no organisation's word ('Metrolinx "
                            "said Wednesday') is read a person, so 'the provincial transit agency' "
                            "after it (a description with modifiers, not a bare noun) is tied to "
                            "no one",
    "journal-curling-final": "name and kind: a caption's 'Skip' (a curling role, also a given "
                             "name) is kept as a word of the name; 'Brassard's third, Megan "
                             "Tkachuk,' (a team position after a possessive) is not read as the "
                             "apposition that names the speaker",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_canadian_article_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
