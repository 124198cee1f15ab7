"""Canadian news as it is written, a twenty-fourth set: kinds of story the earlier sets lack.

Twelve articles of our own writing in the style of The Canadian Press, CBC, CTV, the Globe and
Mail, the Ottawa Citizen, the Chronicle Herald and the Winnipeg Free Press, 8 to 15 paragraphs
each, with the record conventions.md asks for of EVERY quote (name, kind, gender as written,
channel, outlet, said_on) and the text that names the speaker (its mention), all written before
any was run: a Mann Cup lacrosse game, a council docking a councillor's pay on an integrity
commissioner's report, a jury's manslaughter verdict, a First Nation and a province running a park
together, a regulator's pipeline toll decision, a long home-care feature, a poetry review, a
landslide in an atmospheric river, hearings of Quebec's environmental review board, a Canada Day
citizenship ceremony, a former premier's death and the tributes, and a search for two fishermen
called off. Each expected quote is (words of it, the record, the mention): a mention of None is a
follow-on quote's (none of its own), ANY one not checked.
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q, body, fresh, person
from test_canadian_articles import article_differences
from test_canadian_placing import article_params, mention_of, mention_params
from test_canadian20 import records


WRITTEN = [
    # The Canadian Press, Victoria: a Mann Cup lacrosse game, written Sunday of Saturday night's
    # game; both coaches, a goaltender "after the game", a veteran whose "has said" is undated,
    # a scorer back as "the 24-year-old", players' words not tied to the night get [game, paper].
    ("cp-mann-cup-lacrosse-game-five", "2026-09-13",
     "VICTORIA — Jordan Kowalchuk scored twice in the final four minutes as the Victoria Shamrocks beat "
     "the Peterborough Lakers 11-9 on Saturday night to take a 3-2 lead in the Mann Cup final.\n\n"
     "The Shamrocks had trailed 9-7 after two periods before a crowd of 2,800 at the Q Centre.\n\n"
     "\"We just kept telling each other to shoot low and get bodies in front,\" Kowalchuk said. \"Their "
     "goalie was seeing everything up high.\"\n\n"
     "Lakers goaltender Matt Deruyter made 47 saves, several of them from point-blank range in the second "
     "period.\n\n"
     "\"I'll take the blame for the last two. I should have had the first one, no question,\" Deruyter "
     "said after the game.\n\n"
     "Victoria head coach Dave Ashcroft said the turning point came when his team killed off a five-minute "
     "major early in the third.\n\n"
     "\"That kill changed the building. You could feel it,\" Ashcroft said. \"Our guys blocked three shots "
     "in a row and the place went crazy.\"\n\n"
     "Peterborough coach Lorne Brisbois was blunt about his team's third period.\n\n"
     "\"We stopped moving the ball. We got cute, we held it, and they made us pay,\" Brisbois told "
     "reporters. \"We've been here before. We'll be fine.\"\n\n"
     "Game 6 is Tuesday in Peterborough, Ont.\n\n"
     "Veteran Shamrocks defender Tyler Ngata, 36, who has said this will be his last season, played "
     "through a hand injury.\n\n"
     "\"It's sore, but it's the Mann Cup. Nobody sits out a Mann Cup game,\" he said.\n\n"
     "Kowalchuk, who leads all scorers in the series with 14 goals, credited his linemates.\n\n"
     "\"Those two do all the dirty work. I just stand there and shoot,\" the 24-year-old said with a grin.",
     [("shoot low", person("Jordan Kowalchuk", "male", channel=None, said_on=("2026-09-12", "2026-09-13")),
       "Kowalchuk"),
      ("seeing everything up high", person("Jordan Kowalchuk", "male", channel=None,
                                           said_on=("2026-09-12", "2026-09-13")), None),
      ("take the blame", person("Matt Deruyter", "unknown", channel=None, said_on="2026-09-12"), "Deruyter"),
      ("turning point", person("Dave Ashcroft", "male", channel=None, said_on=("2026-09-12", "2026-09-13")),
       "Victoria head coach Dave Ashcroft"),
      ("That kill changed", person("Dave Ashcroft", "male", channel=None, said_on=("2026-09-12", "2026-09-13")),
       "Ashcroft"),
      ("blocked three shots", person("Dave Ashcroft", "male", channel=None,
                                     said_on=("2026-09-12", "2026-09-13")), None),
      ("stopped moving the ball", person("Lorne Brisbois", "male", channel=None,
                                         said_on=("2026-09-12", "2026-09-13")), "Brisbois"),
      ("been here before", person("Lorne Brisbois", "male", channel=None, said_on=("2026-09-12", "2026-09-13")),
       None),
      ("his last season", person("Tyler Ngata", "male", channel=None, said_on=None), ANY),
      ("It's sore", person("Tyler Ngata", "male", channel=None, said_on=("2026-09-12", "2026-09-13")), "he"),
      ("dirty work", person("Jordan Kowalchuk", "male", channel=None, said_on=("2026-09-12", "2026-09-13")),
       "the 24-year-old")]),

    # Ottawa Citizen: council docks a councillor's pay on an integrity commissioner's report,
    # written Thursday of Wednesday's meeting; councillors by ward before and after the name
    # ("Kanata South Coun.", "Coun. Bruce Dobbin (Osgoode)"), "told council", a commissioner who
    # "wrote" in a report tabled last week, a developer's statement, the mayor "told reporters".
    ("citizen-council-docks-councillor-pay", "2026-10-15",
     "OTTAWA — City council voted 17-7 on Wednesday to dock Coun. Marc-André Pilon two weeks' pay after "
     "the city's integrity commissioner found he had used his office to help a developer friend skip the "
     "line for a building permit.\n\n"
     "In a report tabled last week, integrity commissioner Helen Okafor wrote that Pilon's conduct \"fell "
     "well short of what residents are entitled to expect\" of an elected official.\n\n"
     "Pilon, the councillor for Carlsbad Ward since 2018, apologized to council before the vote but said "
     "he had never received \"a dime\" from anyone.\n\n"
     "\"I made a phone call I should not have made. I own that,\" Pilon told council. \"But I have never "
     "asked for, and never taken, anything in return.\"\n\n"
     "Kanata South Coun. Priya Venkatesan, who moved the motion, said a reprimand alone would have sent "
     "the wrong message.\n\n"
     "\"If the penalty is a stern letter, then the rules are a suggestion,\" she said.\n\n"
     "Others thought the penalty went too far. Coun. Bruce Dobbin (Osgoode) said the report found no "
     "evidence that Pilon had profited.\n\n"
     "\"We're treating a mistake like a crime. I'm not comfortable with that,\" Dobbin said.\n\n"
     "Mayor Catherine Lemieux voted for the penalty but said afterward she hoped council could \"turn the "
     "page.\"\n\n"
     "\"This has taken up a lot of oxygen, and we have a budget to pass,\" Lemieux told reporters after "
     "the meeting.\n\n"
     "The developer, Northgate Homes, said in a statement that it had followed every city process and had "
     "\"no knowledge\" of the councillor's call.\n\n"
     "It is the second time in three years that council has docked a member's pay. Under the Municipal "
     "Act, the most council can take is 90 days' pay.",
     [("fell well short", person("Helen Okafor", "unknown", channel="report",
                                 said_on=("2026-10-05", "2026-10-11")), "integrity commissioner Helen Okafor"),
      ("a dime", person("Marc-André Pilon", "male", channel=None, said_on="2026-10-14"), ANY),
      ("I made a phone call", person("Marc-André Pilon", "male", channel=None, said_on="2026-10-14"), "Pilon"),
      ("never asked for", person("Marc-André Pilon", "male", channel=None, said_on="2026-10-14"), None),
      ("reprimand alone", person("Priya Venkatesan", "female", channel=None,
                                 said_on=("2026-10-14", "2026-10-15")), ANY),
      ("stern letter", person("Priya Venkatesan", "female", channel=None, said_on=("2026-10-14", "2026-10-15")),
       "she"),
      # second look (after the first run): "Others thought ..." is a group's view the project takes
      # as a quote of no one on no day (placing.habit.held_before); my expectations had left it out
      ("the penalty went too far", Q(name=None, channel=None, said_on=None), ANY),
      ("found no evidence", person("Bruce Dobbin", "unknown", channel=None, said_on=("2026-10-14", "2026-10-15")),
       ANY),
      ("treating a mistake like a crime", person("Bruce Dobbin", "unknown", channel=None,
                                                 said_on=("2026-10-14", "2026-10-15")), "Dobbin"),
      ("turn the", person("Catherine Lemieux", "female", channel=None, said_on=("2026-10-14", "2026-10-15")),
       "Mayor Catherine Lemieux"),
      ("a lot of oxygen", person("Catherine Lemieux", "female", channel=None, said_on="2026-10-14"), "Lemieux"),
      ("followed every city process", body("Northgate Homes", channel="statement", said_on=fresh("2026-10-15")),
       ANY)]),

    # The Canadian Press, Brampton: a jury's manslaughter verdict, written Friday of Thursday's
    # verdict; the accused's testimony (past perfect, no day), the judge "telling" the jurors, the
    # victim's mother and father sharing a surname outside the courthouse, Crown and defence.
    ("cp-manslaughter-jury-verdict", "2026-02-20",
     "BRAMPTON, Ont. — A jury has found a Mississauga man guilty of manslaughter but not guilty of "
     "second-degree murder in the death of a 19-year-old delivery driver who was struck in a parking lot "
     "two years ago.\n\n"
     "The jury in Ontario Superior Court deliberated for three days before returning its verdict Thursday "
     "against Dwayne Castellano, 31.\n\n"
     "Castellano had testified that he panicked when Arjun Malhotra reached into his car during an "
     "argument over a parking spot, and that he never meant to hit him.\n\n"
     "Justice Rosalind Achebe thanked the jurors, telling them they had carried \"one of the heaviest "
     "responsibilities a citizen can be asked to carry.\"\n\n"
     "Outside the courthouse, Malhotra's mother, Sunita Malhotra, held a photo of her son in his "
     "graduation gown.\n\n"
     "\"He went to work to deliver a pizza. He never came home. Nothing the jury said today changes that,\" "
     "she said through tears.\n\n"
     "Her husband, Vikram Malhotra, said the family was relieved the jury had found Castellano "
     "responsible.\n\n"
     "\"We wanted the truth said out loud in a courtroom, and today it was,\" he said.\n\n"
     "Crown attorney Neil Ferreira told reporters the Crown would seek a sentence in the range of eight to "
     "10 years.\n\n"
     "\"A car is a weapon when it is used the way it was used that night,\" Ferreira said.\n\n"
     "Defence lawyer Amelia St-Onge said her client was \"devastated\" and had always accepted that his "
     "actions caused Malhotra's death.\n\n"
     "\"Mr. Castellano would give anything to undo that night,\" she said. \"He will speak for himself at "
     "the sentencing hearing.\"\n\n"
     "A sentencing hearing is scheduled for March 12.",
     [("he panicked", person("Dwayne Castellano", "male", channel="court", said_on=None), "Castellano"),
      ("heaviest", person("Rosalind Achebe", "unknown", channel="court", said_on="2026-02-19"),
       "Justice Rosalind Achebe"),
      ("deliver a pizza", person("Sunita Malhotra", "female", channel=None, said_on="2026-02-19"), "she"),
      ("relieved the jury", person("Vikram Malhotra", "male", channel=None, said_on=("2026-02-19", "2026-02-20")),
       "Her husband, Vikram Malhotra"),
      ("truth said out loud", person("Vikram Malhotra", "male", channel=None, said_on="2026-02-19"), "he"),
      ("seek a sentence", person("Neil Ferreira", "unknown", channel=None, said_on=("2026-02-19", "2026-02-20")),
       "Crown attorney Neil Ferreira"),
      ("A car is a weapon", person("Neil Ferreira", "unknown", channel=None,
                                   said_on=("2026-02-19", "2026-02-20")), "Ferreira"),
      ("devastated", person("Amelia St-Onge", "female", channel=None, said_on=("2026-02-19", "2026-02-20")),
       "Defence lawyer Amelia St-Onge"),
      ("give anything", person("Amelia St-Onge", "female", channel=None, said_on=("2026-02-19", "2026-02-20")),
       "she"),
      ("speak for himself", person("Amelia St-Onge", "female", channel=None,
                                   said_on=("2026-02-19", "2026-02-20")), None)]),

    # CBC British Columbia, Prince George: a First Nation and the province to run a park jointly,
    # written Tuesday of Monday's signing; the chief at the ceremony (speech) then back by surname,
    # a minister's title with commas, "he told the gathering" (speech), an elder's granddaughter who
    # translates, an outfitters' association's statement and its president "told CBC News", "The
    # province says".
    ("cbc-bc-first-nation-park-co-management", "2026-06-09",
     "PRINCE GEORGE, B.C. — A First Nation in northern B.C. and the province will jointly manage a "
     "provincial park on the nation's traditional territory under an agreement signed Monday.\n\n"
     "Under the deal, the Kwaskayi First Nation will share decisions on campsites, trails and hunting in "
     "the 41,000-hectare Mackenzie Lakes Provincial Park, which was created in 1987 without the nation's "
     "consent.\n\n"
     "\"For 40 years our people needed a permit to camp where our grandparents were born,\" Chief Rose "
     "Alec said at a signing ceremony on the lakeshore. \"That ends today.\"\n\n"
     "Alec said the nation's guardians program would hire six people this summer to patrol the park and "
     "monitor the lakes' trout.\n\n"
     "B.C.'s minister of water, land and resource stewardship, Tom Sandhu, said the agreement was \"how "
     "parks should have been run from the start.\"\n\n"
     "\"The nation knows this land better than any ministry ever will,\" he told the gathering.\n\n"
     "Elder Lucy Prince, 84, spoke in the Kwaskayi language, and her granddaughter, Tara Prince, "
     "translated.\n\n"
     "\"She wants the young ones to pick berries on that hill, the way she did with her mother,\" Tara "
     "Prince said.\n\n"
     "Not everyone welcomed the deal. The Northern B.C. Guide Outfitters Association said in a statement "
     "that it was \"disappointed\" it had not been consulted on changes to hunting rules.\n\n"
     "Association president Glen Hartley told CBC News the group was not opposed to sharing the park but "
     "wanted \"a seat at the table, same as everyone else.\"\n\n"
     "The province says the park will remain open to the public and no fees will change this year.\n\n"
     "The agreement is the fourth of its kind in B.C. since 2022.",
     [("needed a permit", person("Rose Alec", "unknown", channel="speech", said_on="2026-06-08"),
       "Chief Rose Alec"),
      ("That ends today", person("Rose Alec", "unknown", channel="speech", said_on="2026-06-08"), None),
      ("guardians program", person("Rose Alec", "unknown", channel=None, said_on=("2026-06-08", "2026-06-09")),
       "Alec"),
      ("how parks should have been run", person("Tom Sandhu", "male", channel=None,
                                                said_on=("2026-06-08", "2026-06-09")), ANY),
      ("knows this land", person("Tom Sandhu", "male", channel="speech", said_on="2026-06-08"), "he"),
      ("pick berries", person("Tara Prince", "female", channel=None, said_on=("2026-06-08", "2026-06-09")),
       "Tara Prince"),
      ("disappointed", body("Northern B.C. Guide Outfitters Association", channel="statement",
                            said_on=fresh("2026-06-09")), "The Northern B.C. Guide Outfitters Association"),
      ("seat at the table", person("Glen Hartley", "unknown", channel="interview", outlet="CBC News",
                                   said_on=fresh("2026-06-09")), "Association president Glen Hartley"),
      ("remain open to the public", body("B.C.", channel=None, said_on=fresh("2026-06-09")), "The province")]),
]
WRITTEN += [
    # The Globe and Mail, Calgary: a regulator's toll decision, written Thursday; "producers say"
    # in the lede (a standing position), the regulator in a decision released Wednesday, the
    # pipeline company's spokesperson by e-mail, its CEO "told analysts on a conference call" (no
    # label) then "he said, adding", the producers' association with a relative clause and its
    # vice-president, an analyst's note to clients then "Mr. Kapur wrote".
    ("globe-pipeline-toll-decision", "2026-11-19",
     "CALGARY — The Canada Energy Regulator has approved a 14-per-cent increase in the tolls that oil "
     "shippers pay on the Western Mainline pipeline, a decision producers say will cost them hundreds of "
     "millions of dollars over the next five years.\n\n"
     "In a 96-page decision released Wednesday, the regulator said the higher tolls were \"just and "
     "reasonable\" given the $4.2-billion cost overrun on the line's expansion.\n\n"
     "Prairie Crest Pipelines Inc., which owns the line, welcomed the decision.\n\n"
     "\"The panel recognized that the expansion was built to serve shippers, and that the costs were "
     "prudently incurred,\" company spokesperson Megan Holloway said in an e-mail.\n\n"
     "Chief executive Farid Mansour told analysts on a conference call Thursday morning that the decision "
     "\"removes the single largest uncertainty\" hanging over the company.\n\n"
     "\"We can now return capital to shareholders with confidence,\" he said, adding that Prairie Crest "
     "would raise its quarterly dividend by 3 per cent.\n\n"
     "Shares of Prairie Crest rose 4.6 per cent to $38.15 on the Toronto Stock Exchange.\n\n"
     "The Canadian Association of Petroleum Producers, which had opposed the increase before the "
     "regulator, said the decision rewards a company for \"building over budget.\"\n\n"
     "\"Shippers are being asked to pay for mistakes they didn't make,\" said Dana Whitlock, the "
     "association's vice-president of markets. \"Every dollar in tolls is a dollar not invested in "
     "Alberta.\"\n\n"
     "Analyst Rohan Kapur of ATB Capital Markets wrote in a note to clients that the outcome was better "
     "than the market had expected.\n\n"
     "\"We had modelled a 10-per-cent increase; 14 per cent adds roughly 25 cents a share to our 2027 "
     "earnings estimate,\" Mr. Kapur wrote.\n\n"
     "The association said it is reviewing the decision and has not ruled out an appeal to the Federal "
     "Court of Appeal.",
     [("hundreds of millions", Q(name=None, channel=None, said_on=None), "producers"),
      ("just and", body("Canada Energy Regulator", channel="court", said_on="2026-11-18"), "the regulator"),
      ("panel recognized", person("Megan Holloway", "unknown", channel="email", said_on=fresh("2026-11-19")),
       "company spokesperson Megan Holloway"),
      ("single largest uncertainty", person("Farid Mansour", "male", channel=None, said_on="2026-11-19"),
       "Chief executive Farid Mansour"),
      ("return capital", person("Farid Mansour", "male", channel=None, said_on=fresh("2026-11-19")), "he"),
      ("raise its quarterly dividend", person("Farid Mansour", "male", channel=None, said_on=fresh("2026-11-19")),
       "he"),
      ("building over budget", body("Canadian Association of Petroleum Producers", channel=None,
                                    said_on=fresh("2026-11-19")), ANY),
      ("mistakes they didn't make", person("Dana Whitlock", "unknown", channel=None, said_on=fresh("2026-11-19")),
       "Dana Whitlock, the association's vice-president of markets"),
      ("dollar not invested", person("Dana Whitlock", "unknown", channel=None, said_on=fresh("2026-11-19")), None),
      ("better than the market", person("Rohan Kapur", "male", channel="report", said_on=fresh("2026-11-19")),
       "Analyst Rohan Kapur of ATB Capital Markets"),
      ("modelled a 10-per-cent", person("Rohan Kapur", "male", channel=None, said_on=fresh("2026-11-19")),
       "Mr. Kapur"),
      ("reviewing the decision", body("Canadian Association of Petroleum Producers", channel=None,
                                      said_on=fresh("2026-11-19")), "The association")]),

    # The Chronicle Herald, Halifax: a long home-care feature told in "said", written Saturday; a
    # couple sharing a surname (the wife speaks first, "her husband, Ron," speaks last by his whole
    # name), "Care providers say" (a standing claim), an agency head with a long apposition then
    # "She said", a worker, a geriatrician "Dr.", a minister "in an interview" then "she said", a
    # critic.
    ("herald-home-care-waitlist-feature", "2026-11-21",
     "HALIFAX — Every morning at 7:30, Gail Fitzgerald listens for the car in the driveway.\n\n"
     "Some days it comes. Some days it doesn't, and her husband, Ron, who has Parkinson's disease, waits "
     "in bed until she can find a neighbour strong enough to help him up.\n\n"
     "\"You learn not to count on anything,\" Fitzgerald, 74, said at the kitchen table of their home in "
     "Dartmouth. \"They send who they can send. Sometimes that's nobody.\"\n\n"
     "More than 1,100 Nova Scotians are on the wait list for home care, and hundreds more, like the "
     "Fitzgeralds, are approved for care but receive only part of it. "
     "Care providers say the problem is staffing.\n\n"
     "\"We have the clients. We don't have the people,\" said Janet Oyelaran, the executive director of "
     "Coastal Home Support, a non-profit agency that sends workers into about 600 homes in the Halifax "
     "area. She said her agency had 40 vacant positions last month.\n\n"
     "Home-support workers in the province earn about $21 an hour and are paid 50 cents a kilometre for "
     "travel between clients.\n\n"
     "Kerri-Ann MacPhee has worked in home care for 16 years. She drives about 250 kilometres a week "
     "between clients in Lunenburg County.\n\n"
     "\"I love the work. I love my clients. But I put more on my gas card than I put in my RRSP,\" MacPhee "
     "said.\n\n"
     "Dr. Amir Sadeghi, a geriatrician at the QEII Health Sciences Centre, said patients who cannot get "
     "home care end up in hospital beds they do not need.\n\n"
     "\"I have patients who are medically ready to go home, sometimes for weeks, and they can't, because "
     "there is no one there to help them in the morning,\" he said. \"That's a hospital bed an emergency "
     "patient can't have.\"\n\n"
     "Seniors and Long-Term Care Minister Paula Henneberry said in an interview that the province raised "
     "wages by 9 per cent last year and would announce a travel allowance \"in the coming weeks.\"\n\n"
     "\"I won't pretend we're where we need to be. We're not. But the trend is going the right way,\" she "
     "said.\n\n"
     "NDP health critic Omar Barakat said the government had been promising a fix for six years.\n\n"
     "Back in Dartmouth, Ron Fitzgerald said he did not blame the workers.\n\n"
     "\"The girls who come are wonderful. It's not their fault there's not enough of them,\" he said.",
     [("count on anything", person("Gail Fitzgerald", "female", channel=None, said_on=fresh("2026-11-21")),
       "Fitzgerald, 74"),
      ("who they can send", person("Gail Fitzgerald", "female", channel=None, said_on=fresh("2026-11-21")), None),
      ("problem is staffing", Q(name=None, channel=None, said_on=None), "Care providers"),
      ("We have the clients", person("Janet Oyelaran", "female", channel=None, said_on=fresh("2026-11-21")), ANY),
      ("40 vacant positions", person("Janet Oyelaran", "female", channel=None, said_on=fresh("2026-11-21")),
       "She"),
      ("I love the work", person("Kerri-Ann MacPhee", "female", channel=None, said_on=fresh("2026-11-21")),
       "MacPhee"),
      ("end up in hospital beds", person("Amir Sadeghi", "male", channel=None, said_on=fresh("2026-11-21")),
       "Dr. Amir Sadeghi, a geriatrician at the QEII Health Sciences Centre"),
      ("medically ready", person("Amir Sadeghi", "male", channel=None, said_on=fresh("2026-11-21")), "he"),
      ("hospital bed an emergency", person("Amir Sadeghi", "male", channel=None, said_on=fresh("2026-11-21")),
       None),
      ("raised wages", person("Paula Henneberry", "female", channel="interview", outlet=None,
                              said_on=fresh("2026-11-21")), "Seniors and Long-Term Care Minister Paula Henneberry"),
      ("won't pretend", person("Paula Henneberry", "female", channel=None, said_on=fresh("2026-11-21")), "she"),
      ("promising a fix", person("Omar Barakat", "unknown", channel=None, said_on=fresh("2026-11-21")),
       "NDP health critic Omar Barakat"),
      ("did not blame the workers", person("Ron Fitzgerald", "male", channel=None, said_on=fresh("2026-11-21")),
       "Ron Fitzgerald"),
      ("girls who come", person("Ron Fitzgerald", "male", channel=None, said_on=fresh("2026-11-21")), "he")]),

    # Winnipeg Free Press: a review of a poetry collection quoting its author and her editor in a
    # profile's "says" (no time), a poem that "says more" than novels (no speech), the launch
    # announced for Thursday.
    ("freepress-poetry-collection-review", "2026-03-22",
     "WINNIPEG — Halfway through Tamsin Redcloud's new collection, there is a poem made entirely of the "
     "names of streets in the North End, in the order a bus would take them. It should not work. It "
     "does.\n\n"
     "Redcloud's third book, Lake Effect (Turnstone Press, 112 pages, $20), is her most assured yet: 48 "
     "poems about winter, grief and the city she has lived in all her life.\n\n"
     "\"I wanted to write a book that a bus driver could read on his break,\" Redcloud says. \"Not a book "
     "for other poets.\"\n\n"
     "The collection opens with her father's death in 2023 and moves, season by season, through the year "
     "that followed.\n\n"
     "\"Grief doesn't go in a straight line, so I didn't want the book to, either,\" she says.\n\n"
     "Some of the strongest pieces are the shortest. The eight-line Minus Forty says more about a Winnipeg "
     "January than most novels manage.\n\n"
     "Redcloud, who teaches creative writing at the University of Winnipeg, says she wrote much of the "
     "book on her phone, in the parking lot of her father's care home.\n\n"
     "Her editor at Turnstone, Denise Lavallée, says she knew after reading the first 10 pages that the "
     "press would publish it.\n\n"
     "\"It has that thing you can't teach. Every line earns its place,\" Lavallée says.\n\n"
     "Not every poem lands. A long sequence about the Red River floods leans too hard on the river as a "
     "metaphor, and by the fifth section the reader has gotten the point.\n\n"
     "But these are small complaints about a book this alive.\n\n"
     "Redcloud launches Lake Effect at McNally Robinson Booksellers on Thursday at 7 p.m.",
     [("bus driver could read", person("Tamsin Redcloud", "female", channel=None, said_on=None), "Redcloud"),
      ("for other poets", person("Tamsin Redcloud", "female", channel=None, said_on=None), None),
      ("Grief doesn't go", person("Tamsin Redcloud", "female", channel=None, said_on=None), "she"),
      ("on her phone", person("Tamsin Redcloud", "female", channel=None, said_on=None),
       "Redcloud, who teaches creative writing at the University of Winnipeg"),
      ("first 10 pages", person("Denise Lavallée", "female", channel=None, said_on=None),
       "Her editor at Turnstone, Denise Lavallée"),
      ("thing you can't teach", person("Denise Lavallée", "female", channel=None, said_on=None), "Lavallée")]),

    # CBC British Columbia, Hope: a landslide closes a highway in an atmospheric river, written
    # Tuesday; a ministry's lede "says", its spokesperson "at a briefing in Hope on Monday", a
    # minister "told reporters in Victoria" then "she said", the federal weather agency's "says",
    # a meteorologist, a mayor, a federal minister "said on X", a trucking association and its
    # president "told CBC News".
    ("cbc-bc-highway-landslide-atmospheric-river", "2026-11-17",
     "HOPE, B.C. — Highway 1 through the Fraser Canyon will stay closed for at least a week after a "
     "landslide buried a section of the road north of Yale during Sunday's atmospheric river, the B.C. "
     "Ministry of Transportation and Transit says.\n\n"
     "No one was hurt, but about 40 vehicles were trapped between the slide and a second, smaller one for "
     "several hours Sunday night before crews cleared a lane to let them out.\n\n"
     "\"The slope is still moving. Until our geotechnical engineers tell us it's safe, nobody is going to "
     "be working underneath it,\" ministry spokesperson Colin Ruddick said at a briefing in Hope on "
     "Monday.\n\n"
     "Transportation Minister Helena Wright told reporters in Victoria that the province was looking at "
     "whether the Coquihalla Highway could take the extra truck traffic.\n\n"
     "\"We're not going to send thousands of trucks up the Coquihalla if it's going to be the next thing "
     "to close,\" she said.\n\n"
     "Environment and Climate Change Canada says another 50 to 80 millimetres of rain are forecast for the "
     "Fraser Valley and the canyon by Wednesday.\n\n"
     "\"This is the third atmospheric river this month. The ground simply has nowhere left to put the "
     "water,\" said meteorologist Bobby Sekhon.\n\n"
     "Hope Mayor Victor Smith said his town had opened its recreation centre to stranded drivers and "
     "housed 120 people Sunday night.\n\n"
     "\"People brought blankets, people brought soup. That's what small towns do,\" Smith said.\n\n"
     "Federal Emergency Preparedness Minister Claire Doucette said on X that Ottawa was \"ready to help\" "
     "and had been in touch with the province.\n\n"
     "The B.C. Trucking Association said the closure would cost the industry about $2 million a day.\n\n"
     "\"Our drivers are going to be on the road two extra hours each way,\" association president "
     "Narinder Gill told CBC News.\n\n"
     "The Fraser Canyon route was also closed for weeks after the floods of 2021.",
     [("stay closed for at least a week", body("B.C. Ministry of Transportation and Transit", channel=None,
                                               said_on=fresh("2026-11-17")),
       "the B.C. Ministry of Transportation and Transit"),
      ("slope is still moving", person("Colin Ruddick", "unknown", channel="news conference",
                                       said_on="2026-11-16"), "ministry spokesperson Colin Ruddick"),
      ("Coquihalla Highway could take", person("Helena Wright", "female", channel=None,
                                               said_on=fresh("2026-11-17")), "Transportation Minister Helena Wright"),
      ("thousands of trucks", person("Helena Wright", "female", channel=None, said_on=fresh("2026-11-17")), "she"),
      ("millimetres of rain", body("Environment and Climate Change Canada", channel=None,
                                   said_on=fresh("2026-11-17")), "Environment and Climate Change Canada"),
      ("third atmospheric river", person("Bobby Sekhon", "unknown", channel=None, said_on=fresh("2026-11-17")),
       "meteorologist Bobby Sekhon"),
      ("recreation centre", person("Victor Smith", "male", channel=None, said_on=fresh("2026-11-17")),
       "Hope Mayor Victor Smith"),
      ("brought blankets", person("Victor Smith", "male", channel=None, said_on=fresh("2026-11-17")), "Smith"),
      ("ready to help", person("Claire Doucette", "unknown", channel="Twitter", said_on=fresh("2026-11-17")),
       "Federal Emergency Preparedness Minister Claire Doucette"),
      ("$2 million a day", body("B.C. Trucking Association", channel=None, said_on=fresh("2026-11-17")),
       "The B.C. Trucking Association"),
      ("two extra hours", person("Narinder Gill", "unknown", channel="interview", outlet="CBC News",
                                 said_on=fresh("2026-11-17")), "association president Narinder Gill")]),
]
WRITTEN += [
    # CBC Montreal, Sept-Îles: hearings of Quebec's environmental review board into a dam, written
    # Thursday of Wednesday's first hearing; unnamed Innu leaders in the lede "told the board" (a
    # hearing), a chief who "told the commissioners in French", Hydro-Québec's project director with
    # a follow-on, the board's commissioner in a relative clause, a Québec solidaire MNA, a
    # minister's office (unnamed) in a statement, an outfitters' group named in French.
    ("cbc-quebec-dam-review-hearings", "2026-10-15",
     "SEPT-ÎLES, Que. — Innu leaders told Quebec's environmental review board on Wednesday that "
     "Hydro-Québec's proposed dam on the rivière Noire-Caribou would flood hunting grounds their families "
     "have used for generations.\n\n"
     "The Bureau d'audiences publiques sur l'environnement, known as the BAPE, opened three weeks of "
     "public hearings into the $7-billion project at a hotel in Sept-Îles.\n\n"
     "\"The river is not a battery. It is where our grandfathers are buried,\" Chief Anne-Marie Vollant of "
     "the Innu council of Ka-Uapishit told the commissioners in French.\n\n"
     "Hydro-Québec's project director, Stéphane Gagnon-Roy, said the utility had changed the design twice "
     "to shrink the area that would be flooded, which now stands at 210 square kilometres.\n\n"
     "\"We have heard the concerns, and we will keep listening,\" Gagnon-Roy said. \"But Quebec will need "
     "a great deal more electricity by 2035, and that power has to come from somewhere.\"\n\n"
     "The hearings are chaired by BAPE commissioner Isabelle Thériault-Roy, who said the board would "
     "deliver its report to the environment minister by the end of March.\n\n"
     "Québec solidaire MNA Camille Desrosiers-Lapointe said the government had already made up its "
     "mind.\n\n"
     "\"The CAQ talks about consultation, but the contracts for the turbines are already signed,\" she "
     "said.\n\n"
     "In a statement, the office of Economy and Energy Minister François-Xavier Bédard said the minister "
     "would \"respect the BAPE process\" and would not comment until the report was tabled.\n\n"
     "A group of outfitters, the Association des pourvoyeurs de la Côte-Nord, said Thursday that at least "
     "nine hunting and fishing camps would be under water if the dam is built.",
     [("flood hunting grounds", Q(name=None, channel="court", said_on="2026-10-14"), "Innu leaders"),
      ("not a battery", person("Anne-Marie Vollant", "unknown", channel="court", said_on="2026-10-14"), ANY),
      ("changed the design twice", person("Stéphane Gagnon-Roy", "unknown", channel=None,
                                          said_on=("2026-10-14", "2026-10-15")),
       "Hydro-Québec's project director, Stéphane Gagnon-Roy"),
      ("heard the concerns", person("Stéphane Gagnon-Roy", "unknown", channel=None,
                                    said_on=("2026-10-14", "2026-10-15")), "Gagnon-Roy"),
      ("has to come from somewhere", person("Stéphane Gagnon-Roy", "unknown", channel=None,
                                            said_on=("2026-10-14", "2026-10-15")), None),
      ("deliver its report", person("Isabelle Thériault-Roy", "unknown", channel=None,
                                    said_on=("2026-10-14", "2026-10-15")), ANY),
      ("made up its", person("Camille Desrosiers-Lapointe", "female", channel=None, said_on=fresh("2026-10-15")),
       "Québec solidaire MNA Camille Desrosiers-Lapointe"),
      ("talks about consultation", person("Camille Desrosiers-Lapointe", "female", channel=None,
                                          said_on=fresh("2026-10-15")), "she"),
      ("respect the BAPE process", Q(name=None, channel="statement", said_on=fresh("2026-10-15")), ANY),
      ("nine hunting and fishing camps", body("Association des pourvoyeurs de la Côte-Nord", channel=None,
                                              said_on="2026-10-15"), ANY)]),

    # CTV Atlantic, Halifax: a Canada Day citizenship ceremony, written the day itself; a
    # citizenship judge's address, a husband and wife sharing a surname (each named whole), an MP,
    # a widower, the federal department's "says", the museum's chief executive.
    ("ctv-canada-day-citizenship-ceremony", "2026-07-01",
     "HALIFAX — Fifty-two people from 19 countries became Canadian citizens Wednesday at a Canada Day "
     "ceremony at the Canadian Museum of Immigration at Pier 21.\n\n"
     "Citizenship judge Margaret Tsang led the new citizens through the oath, first in English and then in "
     "French.\n\n"
     "\"Today you are not giving up who you were. You are adding to who we are,\" Tsang told them in her "
     "address.\n\n"
     "Among the new citizens were Yusuf and Amina Haidari, who fled Afghanistan with their three children "
     "in 2021 and settled in Halifax.\n\n"
     "\"In Kabul, my daughters could not go to school. Here, my oldest wants to be an engineer,\" Yusuf "
     "Haidari said after the ceremony, his youngest son on his shoulders.\n\n"
     "Amina Haidari said the family had studied for the citizenship test together at the kitchen "
     "table.\n\n"
     "\"The children knew more answers than we did,\" she said, laughing.\n\n"
     "Halifax MP Derek LeBlanc said the ceremony was \"the best part of this job.\"\n\n"
     "Rafael Quintero, 67, came to Nova Scotia from Colombia in 2015 to be closer to his daughter, a nurse "
     "in Dartmouth.\n\n"
     "\"I waited a long time for this paper. My wife did not live to see it, so I am holding it for both "
     "of us,\" he said.\n\n"
     "Immigration, Refugees and Citizenship Canada says more than 3,000 people are taking the oath at about "
     "30 ceremonies across the country on Canada Day.\n\n"
     "The museum's chief executive, Alan Fairweather, said Pier 21 was a fitting place for the ceremony, "
     "since about one million immigrants arrived in Canada through it between 1928 and 1971.",
     [("not giving up who you were", person("Margaret Tsang", "female", channel="speech", said_on="2026-07-01"),
       "Tsang"),
      ("could not go to school", person("Yusuf Haidari", "male", channel=None, said_on="2026-07-01"),
       "Yusuf Haidari"),
      ("studied for the citizenship test", person("Amina Haidari", "female", channel=None,
                                                  said_on=fresh("2026-07-01")), "Amina Haidari"),
      ("knew more answers", person("Amina Haidari", "female", channel=None, said_on=fresh("2026-07-01")), "she"),
      ("best part of this job", person("Derek LeBlanc", "unknown", channel=None, said_on=fresh("2026-07-01")),
       "Halifax MP Derek LeBlanc"),
      ("waited a long time", person("Rafael Quintero", "male", channel=None, said_on=fresh("2026-07-01")), "he"),
      ("more than 3,000 people", body("Immigration, Refugees and Citizenship Canada", channel=None,
                                      said_on=fresh("2026-07-01")), "Immigration, Refugees and Citizenship Canada"),
      ("fitting place", person("Alan Fairweather", "unknown", channel=None, said_on=fresh("2026-07-01")),
       "The museum's chief executive, Alan Fairweather")]),

    # The Canadian Press, Edmonton: a former premier's death and the tributes, written Sunday; his
    # family (unnamed) in a statement and "the statement said", the premier "said on X" then
    # "Petrowski wrote" (its own attribution), an old rival with a relative clause then "she told
    # The Canadian Press", his own words "In a 2011 interview" (a year only), the prime minister's
    # statement, "the family said" again.
    ("cp-former-premier-dies-tributes", "2026-03-22",
     "EDMONTON — Gordon Makowsky, who as premier of Alberta from 1994 to 2001 balanced the province's "
     "budget after a decade of deficits, has died. He was 88.\n\n"
     "His family said in a statement that Makowsky died peacefully Saturday at a hospice in St. Albert, "
     "with his wife of 61 years, Irene, and their four children at his side.\n\n"
     "\"Dad never stopped being curious about this province and the people in it. He read three "
     "newspapers a day until the end,\" the statement said.\n\n"
     "Premier Lorne Petrowski said on X that Makowsky \"gave his whole working life to Alberta.\"\n\n"
     "\"Whatever your politics, you knew where Gord stood, and you knew he would tell you to your face,\" "
     "Petrowski wrote.\n\n"
     "Makowsky, a grain farmer from near Vegreville, was first elected to the legislature in 1979 and "
     "served as agriculture minister before winning the party's leadership in 1994.\n\n"
     "Former NDP leader Gwen Tkachuk, who sat across from him in the legislature for six years, said they "
     "had disagreed on \"nearly everything\" but remained friends.\n\n"
     "\"He sent me flowers when my mother died, and a rude note when I won my seat back. Both were "
     "handwritten,\" she told The Canadian Press.\n\n"
     "His government's cuts to hospitals and schools in its first two years drew large protests at the "
     "legislature.\n\n"
     "In a 2011 interview, Makowsky said the cuts were \"the hardest thing I ever did, and I'd do them "
     "again.\"\n\n"
     "Prime Minister Mark Ellison said in a statement that Makowsky was \"a builder, and a straight "
     "shooter.\"\n\n"
     "A state memorial will be held in Edmonton, the family said.",
     [("died peacefully", Q(name=None, channel="statement", said_on=fresh("2026-03-22")), "His family"),
      ("never stopped being curious", Q(name=None, channel="statement", said_on=fresh("2026-03-22")), ANY),
      ("whole working life", person("Lorne Petrowski", "unknown", channel="Twitter", said_on=fresh("2026-03-22")),
       "Premier Lorne Petrowski"),
      ("Whatever your politics", person("Lorne Petrowski", "unknown", channel=None, said_on=fresh("2026-03-22")),
       "Petrowski"),
      ("nearly everything", person("Gwen Tkachuk", "female", channel=None, said_on=fresh("2026-03-22")),
       "Former NDP leader Gwen Tkachuk, who sat across from him in the legislature for six years"),
      ("sent me flowers", person("Gwen Tkachuk", "female", channel="interview", outlet="The Canadian Press",
                                 said_on=fresh("2026-03-22")), "she"),
      ("hardest thing I ever did", person("Gordon Makowsky", "male", channel="interview", outlet=None,
                                          said_on=None), "Makowsky"),
      ("straight", person("Mark Ellison", "unknown", channel="statement", said_on=fresh("2026-03-22")),
       "Prime Minister Mark Ellison"),
      ("state memorial", Q(name=None, channel=None, said_on=fresh("2026-03-22")), ANY)]),

    # CBC Newfoundland and Labrador, St. John's: a search for two fishermen called off, written
    # Tuesday; the rescue centre "said Monday", its spokesperson with a follow-on then back by
    # surname, the RCMP, a daughter whose surname holds her father's, an uncle and nephew sharing a
    # surname (spoken about), a mayor, a union leader's statement, an MHA.
    ("cbc-nl-fishermen-search-called-off", "2026-10-27",
     "ST. JOHN'S, N.L. — The search for two fishermen missing off Newfoundland's south coast has been "
     "called off, the Joint Rescue Coordination Centre in Halifax said Monday.\n\n"
     "Family members have identified the men as Wayne Bungay, 58, and his nephew Corey Bungay, 29, both "
     "of Harbour Breton. Their 12-metre boat set out Friday morning and was last heard from that "
     "evening.\n\n"
     "\"Our thoughts are with the families and the community of Harbour Breton,\" said Lt.-Cmdr. Natalie "
     "Brière, a spokesperson for the rescue centre. \"Suspending a search is never an easy decision.\"\n\n"
     "Brière said a Cormorant helicopter, a Hercules aircraft, two Coast Guard ships and a dozen fishing "
     "boats had searched more than 6,000 square kilometres since Saturday.\n\n"
     "The RCMP said the case has been handed to its Bay d'Espoir detachment as a missing persons "
     "investigation.\n\n"
     "Wayne Bungay's daughter, Tina Bungay-Crewe, said the family was \"not ready to give up\" and that "
     "local fishermen planned to keep searching on their own.\n\n"
     "\"Dad has fished these waters for 40 years. If anyone could get through a night out there, it's "
     "him,\" she told CBC News. \"We just want to bring them home.\"\n\n"
     "Harbour Breton Mayor Georgina Ollerhead said the town of 1,600 was \"holding its breath.\"\n\n"
     "\"Everybody here knows somebody who didn't come back from the water. We've been through this "
     "before, and we'll get through it together,\" she said.\n\n"
     "Fish, Food and Allied Workers union president Colleen Rideout said in a statement that the union was "
     "working with the families.\n\n"
     "Local MHA Jim Keeping said he would ask the province to help pay for a private search.\n\n"
     "\"If the family wants to keep looking, money shouldn't be the reason they stop,\" Keeping said.",
     [("called off", body("Joint Rescue Coordination Centre", channel=None, said_on="2026-10-26"), ANY),
      ("Our thoughts are with", person("Natalie Brière", "unknown", channel=None, said_on=fresh("2026-10-27")),
       ANY),
      ("never an easy decision", person("Natalie Brière", "unknown", channel=None, said_on=fresh("2026-10-27")),
       None),
      ("Cormorant helicopter", person("Natalie Brière", "unknown", channel=None, said_on=fresh("2026-10-27")),
       "Brière"),
      ("Bay d'Espoir detachment", body("RCMP", channel=None, said_on=fresh("2026-10-27")), "The RCMP"),
      ("not ready to give up", person("Tina Bungay-Crewe", "female", channel=None, said_on=fresh("2026-10-27")),
       "Wayne Bungay's daughter, Tina Bungay-Crewe"),
      ("fished these waters", person("Tina Bungay-Crewe", "female", channel="interview", outlet="CBC News",
                                     said_on=fresh("2026-10-27")), "she"),
      ("bring them home", person("Tina Bungay-Crewe", "female", channel="interview", outlet="CBC News",
                                 said_on=fresh("2026-10-27")), None),
      ("holding its breath", person("Georgina Ollerhead", "female", channel=None, said_on=fresh("2026-10-27")),
       "Harbour Breton Mayor Georgina Ollerhead"),
      ("Everybody here knows", person("Georgina Ollerhead", "female", channel=None,
                                      said_on=fresh("2026-10-27")), "she"),
      ("working with the families", person("Colleen Rideout", "unknown", channel="statement",
                                           said_on=fresh("2026-10-27")), ANY),
      ("private search", person("Jim Keeping", "male", channel=None, said_on=fresh("2026-10-27")),
       "Local MHA Jim Keeping"),
      ("money shouldn't be the reason", person("Jim Keeping", "male", channel=None, said_on=fresh("2026-10-27")),
       "Keeping")]),
]


ARTICLES = [(case_id, date, text, [(words, want) for words, want, _ in expected])
            for case_id, date, text, expected in WRITTEN]
MENTIONS = [(case_id, date, text, [(words, want, mention) for words, want, mention in expected
                                   if mention is not ANY and mention is not None])
            for case_id, date, text, expected in WRITTEN]
FOLLOW_ONS = [(case_id, words) for case_id, _, _, expected in WRITTEN
              for words, _, mention in expected if mention is None]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "cbc-bc-first-nation-park-co-management": "said_on: 'he told the gathering' is the signing ceremony's audience, "
                                              "but no rule ties a gathering told to the occasion named a paragraph "
                                              "before, so the words take the article's date, not Monday's",
    "globe-pipeline-toll-decision": "said_on: the lede's 'a decision producers say will cost them' is dated (a lede's "
                                    "group is read as giving fresh news, as 'organizers say' in test_canadian23; "
                                    "treating a dateline's first block as no headline broke those, and was withdrawn); "
                                    "my expectation (a group's view, null, as 'critics say') is doubtful. "
                                    "channel: 'In a 96-page decision released Wednesday, the regulator said' gives no "
                                    "channel; my expectation (a regulator's ruling as court) is doubtful: conventions.md "
                                    "names rulings in a hearing or trial",
    "cbc-quebec-dam-review-hearings": "channel: 'told the commissioners in French' at a review board's hearing is no "
                                      "court (the lede's 'told Quebec's environmental review board' is); name: the "
                                      "tagger reads the French 'pourvoyeurs' as a verb, so 'A group of outfitters, the "
                                      "Association des pourvoyeurs de la Côte-Nord, said' leaves the cue without a subject",
}

MENTIONS_STILL_WRONG: dict[str, str] = {
    "cbc-quebec-dam-review-hearings:made up its": "the tagger reads the party name's 'solidaire' as a verb, so the "
                                                  "mention starts at 'MNA'",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_canadian_article_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


@pytest.mark.parametrize("text, date, words, mention", list(mention_params(MENTIONS, MENTIONS_STILL_WRONG)))
def test_the_speaker_s_mention(text: str, date: str, words: str, mention):
    assert mention_of(text, date, words) == mention


@pytest.mark.parametrize("case_id, words", FOLLOW_ONS)
def test_a_follow_on_quote_has_no_mention_of_its_own(case_id, words):
    _, date, text, _ = next(a for a in ARTICLES if a[0] == case_id)
    assert mention_of(text, date, words) is None


# What the articles' first run showed, as sentences of their own.

def test_minutes_counted_in_a_game_are_no_record_of_a_meeting():
    text = ("VICTORIA — Ann Reed scored twice in the final four minutes as the Shamrocks won on Saturday night.\n\n"
            '"We kept shooting low," Reed said.')
    assert records(text, "2026-09-13")[0][4] is None


def test_the_minutes_of_a_meeting_are_still_a_report():
    text = "In the minutes of its meeting, the board said the plan was dead."
    assert records(text, "2026-09-13")[0][4] == "report"


def test_a_hyphened_given_name_opening_a_plain_sentence_is_whole():
    text = ("Home-support workers earn about $21 an hour.\n\n"
            "Kerri-Ann MacPhee has worked in home care for 16 years. She drives 250 kilometres a week.\n\n"
            '"I love the work," MacPhee said.')
    assert records(text, "2026-11-21")[0][1:4] == ("Kerri-Ann MacPhee", "person", "female")


def test_a_compound_rank_before_a_name_is_a_title():
    text = '"Our thoughts are with the families," said Lt.-Cmdr. Natalie Brière, a spokesperson for the centre.'
    assert records(text, "2026-10-27")[0][1:3] == ("Natalie Brière", "person")


@pytest.mark.parametrize("title, name", [
    ("Seniors and Long-Term Care Minister Paula Henneberry", "Paula Henneberry"),
    ("Culture, Media and Sport Secretary Tessa Jowell", "Tessa Jowell"),
    ("Fish, Food and Allied Workers union president Colleen Rideout", "Colleen Rideout"),
])
def test_fields_of_a_department_or_body_before_a_title_are_the_title(title, name):
    assert records(f"{title} said in a statement that the plan would go ahead.", "2026-11-21")[0][1] == name


def test_a_country_before_a_titled_name_still_speaks_with_it():
    text = "Britain, France and German Chancellor Angela Merkel said the talks would go on."
    assert records(text, "2026-11-21")[0][1] == "Britain, France and Angela Merkel"


def test_an_absolute_phrase_after_the_cue_is_no_part_of_the_mention():
    text = '"My oldest wants to be an engineer," Yusuf Haidari said after the ceremony, his son on his shoulders.'
    assert mention_of(text, "2026-07-01", "engineer") == "Yusuf Haidari"


def test_a_name_closing_a_long_role_set_off_by_commas_holds_the_role():
    text = ("B.C.'s minister of water, land and resource stewardship, Tom Sandhu, said the agreement was "
            "overdue.")
    assert records(text, "2026-06-09")[0][1] == "Tom Sandhu"


def test_a_name_apposed_to_a_noun_inside_the_role_is_that_noun_s():
    text = "A lawyer for the victim's mother, Ann Reed, said the deal was fair."
    assert records(text, "2026-06-09")[0][1] is None


def test_a_review_with_a_book_s_credit_line_reads_says_as_a_profile():
    text = ("WINNIPEG — Ann Reed's third book, Lake Effect (Turnstone Press, 112 pages, $20), is her best yet.\n\n"
            '"I wanted to write a book a bus driver could read," Reed says.')
    assert records(text, "2026-03-22")[0][6] is None


def test_a_department_named_by_its_fields_is_one_speaker_of_fresh_news():
    text = ("HALIFAX — Fifty-two people became Canadian citizens Wednesday.\n\n"
            "Immigration, Refugees and Citizenship Canada says more than 3,000 people are taking the oath at "
            "about 30 ceremonies across the country on Canada Day.")
    assert records(text, "2026-07-01")[0][6] is not None


def test_two_people_joined_in_a_present_lede_are_still_two():
    text = ("HALIFAX — Fifty-two people became Canadian citizens Wednesday.\n\n"
            "Critics and Mr. Reed say the test is too hard.")
    assert records(text, "2026-07-01")[0][6] is None


def test_the_province_is_the_abbreviated_province_the_story_names():
    text = ("PRINCE GEORGE, B.C. — A First Nation in northern B.C. and the province will manage a park.\n\n"
            "The province says the park will remain open to the public.")
    assert records(text, "2026-06-09")[0][1:3] == ("B.C.", "organisation")


def test_the_dateline_s_abbreviated_province_is_no_government():
    text = "HALIFAX, N.S. — The ferry will not sail this week.\n\nThe province said the ship needs repairs."
    assert records(text, "2026-06-09")[0][1] is None


def test_words_at_an_occasion_a_gerund_names_fall_on_the_deed_s_day():
    text = ("PRINCE GEORGE, B.C. — A First Nation will manage a park under an agreement signed Monday.\n\n"
            "Chief Rose Alec said at a signing ceremony that the guardians would hire six people.")
    assert records(text, "2026-06-09")[0][6] == "2026-06-08"


def test_a_singular_noun_with_a_before_a_plural_subject_is_no_part_of_it():
    text = ("CALGARY — The regulator has approved a 14-per-cent toll increase, a decision producers say will cost "
            "them millions of dollars.")
    assert mention_of(text, "2026-11-19", "millions") == "producers"

