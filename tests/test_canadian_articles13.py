"""Canadian news as it is written, a thirteenth set: kinds of story the earlier sets lack.

Each article is our own writing in the style of the CBC, CTV, Global News, The Canadian Press,
the Globe and Mail, the Toronto Star or a local paper, eight to fourteen paragraphs long with
three or more people or bodies quoted, and the record conventions.md asks for of EVERY quote in it
(name, kind, gender as written, channel, said_on), all written before any was run: a Bank of
Canada rate decision with the governor's news conference and economists' notes, a Statistics
Canada jobs report, a post-tropical storm's clean-up, a federal byelection night, a national
inquiry's report with families, a Nunavut story with words given through an interpreter, a Grey
Cup game with its scrums, a Waterloo tech company's layoffs told in a memo, a food bank's demand
report, a coroner's inquest jury's recommendations, a measles outbreak with a medical officer of
health, and a Quebec strike story with words translated from French.
"""
from __future__ import annotations

import pytest

import saidwhen

from test_canadian import ANY, Q, body, fresh, person
from test_canadian_articles import article_differences
from test_canadian_placing import article_params


def unnamed(kind, **rest) -> Q:
    return Q(name=None, kind=kind, **rest)


ARTICLES = [
    # The Canadian Press: a rate decision on Wednesday; the governor at his news conference, the
    # deputy, the bank's statement, economists' note to clients and interview, a business lobby.
    ("cp-bank-of-canada-rate-hold", "2025-12-10",
     "OTTAWA — The Bank of Canada held its key interest rate at 2.25 per cent on Wednesday and "
     "signalled it is in no hurry to move again.\n\n"
     "\"We think the policy rate is at about the right level to keep inflation close to two per "
     "cent,\" Governor Graham Ashcroft told a news conference in Ottawa after the announcement.\n\n"
     "In its rate statement, the central bank said the economy had grown faster than expected in "
     "the third quarter but that final demand was flat.\n\n"
     "Ashcroft said the governing council had discussed another cut but agreed that holding was "
     "the right call with core inflation near three per cent.\n\n"
     "Asked whether rates could rise next year, he said it was \"too early to say\" where the "
     "next move would be.\n\n"
     "Senior deputy governor Claire Bouchard said the bank was watching how U.S. tariffs would hit "
     "exporters next year.\n\n"
     "\"Some of the damage is still ahead of us,\" she said.\n\n"
     "\"The bank is telling us it's done,\" said Royce Tan, chief economist at Laurentian Wealth, "
     "in a note to clients.\n\n"
     "Priya Raman, an economist at Northshore Bank, said in an interview with CBC News that she "
     "expected the bank to hold through March.\n\n"
     "The Canadian Federation of Independent Business said in a statement that small firms needed "
     "lower rates, not a pause.\n\n"
     "\"Owners are borrowing at eight, nine per cent on lines of credit,\" said Corinne Mabry, the "
     "federation's chief economist.\n\n"
     "The bank's next decision is Jan. 28.",
     [("no hurry to move again", body("Bank of Canada", channel=None, said_on="2025-12-10")),
      ("about the right level", person("Graham Ashcroft", "male", channel="news conference",
                                       said_on="2025-12-10")),
      ("grown faster than expected", body("Bank of Canada", channel="statement",
                                          said_on=fresh("2025-12-10"))),
      ("discussed another cut", person("Graham Ashcroft", "male", channel=None,
                                       said_on=fresh("2025-12-10"))),
      ("too early to say", person("Graham Ashcroft", "male", channel=None,
                                  said_on=fresh("2025-12-10"))),
      ("U.S. tariffs", person("Claire Bouchard", "female", channel=None,
                              said_on=fresh("2025-12-10"))),
      ("still ahead of us", person("Claire Bouchard", "female", channel=None,
                                   said_on=fresh("2025-12-10"))),
      ("telling us it's done", person("Royce Tan", "unknown", channel="report",
                                      said_on=fresh("2025-12-10"))),
      ("hold through March", person("Priya Raman", "female", channel="interview",
                                    outlet="CBC News", said_on=fresh("2025-12-10"))),
      ("lower rates, not a pause", body("Canadian Federation of Independent Business",
                                        channel="statement", said_on=fresh("2025-12-10"))),
      ("lines of credit", person("Corinne Mabry", "unknown", channel=None,
                                 said_on=fresh("2025-12-10")))]),

    # CBC News: the monthly jobs report on a Friday; the agency's lede and survey, an economist,
    # a laid-off worker in CBC's present "says", the minister to reporters, a party's release.
    ("cbc-statcan-jobs-report", "2025-11-07",
     "Canada's economy added 41,000 jobs in October, Statistics Canada said Friday, a surprise "
     "gain that pushed the unemployment rate down to 6.9 per cent.\n\n"
     "Most of the gains were in part-time work, the agency said in its monthly labour force "
     "survey.\n\n"
     "Youth unemployment stayed at 14.1 per cent.\n\n"
     "\"It's a good headline, but I wouldn't read too much into one month,\" said Andrew Kwan, a "
     "senior economist with Pinecrest Securities.\n\n"
     "Kwan said the survey's monthly swings were often larger than the change it reported.\n\n"
     "In Ontario, manufacturing lost 12,000 jobs, most of them in auto parts.\n\n"
     "Lana Petrovic, who was laid off from a parts plant in Windsor in August, says she has "
     "applied for 60 jobs since.\n\n"
     "\"Every posting wants three years of experience in something else,\" Petrovic says.\n\n"
     "Employment Minister Harjit Lall told reporters in Ottawa that the government's training "
     "programs were working.\n\n"
     "The Conservative Party said in a news release that the numbers hid a crisis for young "
     "people.\n\n"
     "The labour force survey for November will be released Dec. 5.",
     [("added 41,000 jobs", body("Statistics Canada", channel=None, said_on="2025-11-07")),
      ("part-time work", body("Statistics Canada", channel="report",
                              said_on=fresh("2025-11-07"))),
      ("good headline", person("Andrew Kwan", "unknown", channel=None,
                               said_on=fresh("2025-11-07"))),
      ("monthly swings", person("Andrew Kwan", "unknown", channel=None,
                                said_on=fresh("2025-11-07"))),
      ("applied for 60 jobs", person("Lana Petrovic", "female", channel=None,
                                     said_on=fresh("2025-11-07"))),
      ("three years of experience", person("Lana Petrovic", "female", channel=None,
                                           said_on=fresh("2025-11-07"))),
      ("training programs were working", person("Harjit Lall", "unknown", channel=None,
                                                said_on=fresh("2025-11-07"))),
      ("crisis for young people", body("Conservative Party", channel="press release",
                                       said_on=fresh("2025-11-07")))]),

    # CBC Nova Scotia: the third day after a post-tropical storm; the premier on Monday and to
    # reporters, the utility's statement Tuesday and its executive at a Monday briefing, a
    # resident, a mayor on Facebook, the weather agency.
    ("cbc-ns-post-tropical-cleanup", "2025-09-23",
     "HALIFAX — About 90,000 Nova Scotia Power customers were still without power Tuesday "
     "morning, three days after post-tropical storm Lorna tore through the province on "
     "Saturday.\n\n"
     "Premier Gordon MacInnis said Monday the province would ask Ottawa for disaster financial "
     "assistance.\n\n"
     "\"This was the worst storm since Fiona and we will need help to clean it up,\" MacInnis "
     "told reporters at the provincial emergency operations centre.\n\n"
     "He said 300 soldiers would help clear roads in Cape Breton.\n\n"
     "Nova Scotia Power said in a statement Tuesday that it expected to restore 95 per cent of "
     "customers by Thursday night.\n\n"
     "The utility's vice-president of operations, Jenna Coady, said crews from New Brunswick, "
     "Quebec and Maine had arrived.\n\n"
     "\"Some of these poles snapped like matchsticks,\" Coady said at a briefing Monday "
     "afternoon.\n\n"
     "In Sydney, Rick Gillis spent Sunday cutting up a maple that fell across his driveway.\n\n"
     "\"We had no water, no power, no phone. My neighbour had a generator and that's what kept us "
     "going,\" said Gillis, 71.\n\n"
     "Cape Breton Regional Municipality Mayor Cheryl Rooney said in a Facebook post that 14 "
     "comfort centres were open.\n\n"
     "Environment Canada said the storm brought gusts of 140 km/h to the Cape Breton "
     "Highlands.",
     [("disaster financial assistance", person("Gordon MacInnis", "male", channel=None,
                                               said_on="2025-09-22")),
      ("worst storm since Fiona", person("Gordon MacInnis", "male", channel=None,
                                         said_on=fresh("2025-09-23"))),
      ("300 soldiers", person("Gordon MacInnis", "male", channel=None,
                              said_on=fresh("2025-09-23"))),
      ("95 per cent of customers", body("Nova Scotia Power", channel="statement",
                                        said_on="2025-09-23")),
      ("crews from New Brunswick", person("Jenna Coady", "unknown", channel=None,
                                          said_on=fresh("2025-09-23"))),
      ("snapped like matchsticks", person("Jenna Coady", "unknown", channel="news conference",
                                         said_on="2025-09-22")),
      ("no water, no power", person("Rick Gillis", "male", channel=None,
                                    said_on=fresh("2025-09-23"))),
      ("14 comfort centres", person("Cheryl Rooney", "unknown", channel="Facebook",
                                    said_on=fresh("2025-09-23"))),
      ("gusts of 140 km/h", body("Environment Canada", channel=None,
                                 said_on=fresh("2025-09-23")))]),

    # The Canadian Press: a byelection won on Monday night, told on Tuesday; the winner to her
    # supporters at the hall, the runner-up to CP, Elections Canada, a party leader on X, a
    # political scientist.
    ("cp-byelection-night-rural-manitoba", "2025-06-17",
     "WINNIPEG — Conservative candidate Karen Olafson won the federal byelection in Assiniboine "
     "Valley on Monday night, holding the rural Manitoba riding for her party with 58 per cent of "
     "the vote.\n\n"
     "\"Tonight the people of this riding sent a message to Ottawa,\" Olafson told about 200 "
     "supporters at a community hall in Neepawa.\n\n"
     "She said voters were tired of paying more for groceries and gas.\n\n"
     "Liberal candidate Ravi Dhaliwal finished second with 29 per cent.\n\n"
     "\"We moved the needle in a place where we have never been competitive,\" Dhaliwal told The "
     "Canadian Press.\n\n"
     "NDP candidate Simone Belanger, who won eight per cent, conceded shortly after 10 p.m.\n\n"
     "Elections Canada said turnout was 31 per cent, down from 62 per cent in the general "
     "election.\n\n"
     "Conservative Leader Martin Greaves wrote on X that the result was \"a warning to the "
     "government.\"\n\n"
     "Political scientist Joanne Sutherland of the University of Manitoba said byelections "
     "usually favour the opposition.\n\n"
     "\"A byelection is the cheapest protest vote there is,\" she said.\n\n"
     "The Prime Minister's Office would not comment on the result.",
     [("sent a message to Ottawa", person("Karen Olafson", "female", channel="speech",
                                          said_on="2025-06-16")),
      ("groceries and gas", person("Karen Olafson", "female", channel=None,
                                   said_on=("2025-06-16", "2025-06-17"))),
      ("moved the needle", person("Ravi Dhaliwal", "unknown", channel="interview",
                                  outlet="The Canadian Press",
                                  said_on=("2025-06-16", "2025-06-17"))),
      ("turnout was 31 per cent", body("Elections Canada", channel=None,
                                       said_on=("2025-06-16", "2025-06-17"))),
      ("a warning to the government", person("Martin Greaves", "unknown", channel="Twitter",
                                             said_on=("2025-06-16", "2025-06-17"))),
      ("favour the opposition", person("Joanne Sutherland", "female", channel=None,
                                       said_on=fresh("2025-06-17"))),
      ("cheapest protest vote", person("Joanne Sutherland", "female", channel=None,
                                       said_on=fresh("2025-06-17")))]),

    # CBC News: a national inquiry's final report on Thursday; the chief commissioner at the
    # news conference, a mother after the release, the minister's statement, the RCMP by email,
    # a grand chief with a partial quote and a run-on quote.
    ("cbc-custody-deaths-inquiry-report", "2025-10-02",
     "OTTAWA — The national inquiry into deaths in police custody released its final report on "
     "Thursday with 85 recommendations, among them a civilian agency to investigate police in "
     "every province and territory.\n\n"
     "\"Too many families were told nothing for months, sometimes years,\" chief commissioner "
     "Hélène Garneau told a news conference in Ottawa.\n\n"
     "Police services investigated their own officers in 60 per cent of the 412 deaths the "
     "inquiry reviewed.\n\n"
     "Garneau said the commission had heard from 340 families over three years.\n\n"
     "She said governments had six months to respond.\n\n"
     "Doreen Bighetty's son Marcus died in an RCMP cell in Thompson, Man., in 2019.\n\n"
     "\"I read the first page and I had to stop. They wrote his name right,\" Bighetty said after "
     "the release, holding a photo of her son.\n\n"
     "Bighetty said she would travel to Winnipeg next week to meet the province's justice "
     "minister.\n\n"
     "Public Safety Minister Aaron Whitlock said in a statement that the government would study "
     "the report \"carefully and quickly.\"\n\n"
     "The RCMP said in an email it had already begun reviewing the recommendations that concern "
     "it.\n\n"
     "Grand Chief Leona Sinclair of the Southern Chiefs' Organization said the report must not "
     "\"sit on a shelf like the last one.\"\n\n"
     "\"We have had enough reports,\" said Sinclair. \"We need a date.\"",
     [("told nothing for months", person("Hélène Garneau", "female", channel="news conference",
                                          said_on=fresh("2025-10-02"))),
      ("340 families", person("Hélène Garneau", "female", channel=None,
                              said_on=fresh("2025-10-02"))),
      ("six months to respond", person("Hélène Garneau", "female", channel=None,
                                       said_on=fresh("2025-10-02"))),
      ("read the first page", person("Doreen Bighetty", "female", channel=None,
                                     said_on="2025-10-02")),
      ("travel to Winnipeg", person("Doreen Bighetty", "female", channel=None,
                                    said_on=fresh("2025-10-02"))),
      ("carefully and quickly", person("Aaron Whitlock", "unknown", channel="statement",
                                       said_on=fresh("2025-10-02"))),
      ("begun reviewing", body("RCMP", channel="email", said_on=fresh("2025-10-02"))),
      ("sit on a shelf", person("Leona Sinclair", "unknown", channel=None,
                                said_on=fresh("2025-10-02"))),
      ("enough reports", person("Leona Sinclair", "unknown", channel=None,
                                said_on=fresh("2025-10-02"))),
      ("We need a date", person("Leona Sinclair", "unknown", channel=None,
                                said_on=fresh("2025-10-02")))]),

    # CBC North: a caribou ban; hunters in the lede's present "say", an elder through an
    # interpreter at Tuesday's council, the department's statement, the minister in the
    # legislature, a mayor in Inuinnaqtun after an interview, an Inuit association.
    ("cbc-north-caribou-interpreter", "2025-04-09",
     "IQALUIT — Hunters in Kugluktuk say a ban on harvesting the Bathurst caribou herd should be "
     "eased, after a winter in which some families went without country food.\n\n"
     "Elder Jimmy Kapakatoak, speaking in Inuinnaqtun through an interpreter, told the hamlet "
     "council on Tuesday that he had not hunted caribou in four years.\n\n"
     "\"My grandchildren do not know the taste of it,\" he said through the interpreter.\n\n"
     "The territory's Department of Environment said in a statement that the herd had fallen to "
     "about 8,000 animals, from 470,000 in 1986.\n\n"
     "Environment Minister Pauloosie Keenainak said in the legislature Tuesday that the ban would "
     "stay until the herd recovers.\n\n"
     "Keenainak said the government had paid for 40 hunters to travel to other herds this "
     "winter.\n\n"
     "In an interview with CBC News, Kugluktuk Mayor Annie Hakongak said the hamlet would write "
     "to the minister again.\n\n"
     "\"We are not asking to take them all. We are asking to take some,\" Hakongak said in "
     "Inuinnaqtun. Her words were translated by CBC.\n\n"
     "The Kitikmeot Inuit Association said it supports a limited harvest for elders.",
     [("should be eased", unnamed("person", channel=None, said_on=fresh("2025-04-09"))),
      ("not hunted caribou", person("Jimmy Kapakatoak", "male", channel=None,
                                    said_on="2025-04-08")),
      ("taste of it", person("Jimmy Kapakatoak", "male", channel=None,
                             said_on=("2025-04-08", "2025-04-09"))),
      ("8,000 animals", body("Department of Environment", channel="statement",
                             said_on=fresh("2025-04-09"))),
      ("until the herd recovers", person("Pauloosie Keenainak", "unknown", channel="parliament",
                                         said_on="2025-04-08")),
      ("40 hunters", person("Pauloosie Keenainak", "unknown", channel=None,
                            said_on=fresh("2025-04-09"))),
      ("write to the minister", person("Annie Hakongak", "female", channel="interview",
                                       outlet="CBC News", said_on=fresh("2025-04-09"))),
      ("take them all", person("Annie Hakongak", "female", channel=None,
                               said_on=fresh("2025-04-09"))),
      ("limited harvest", body("Kitikmeot Inuit Association", channel=None,
                               said_on=fresh("2025-04-09")))]),

    # The Canadian Press: the Grey Cup on Sunday night; the quarterback's scrum, the winning
    # coach, a losing receiver at his locker, the other coach in French, the commissioner before
    # the game, the team's statement.
    ("cp-grey-cup-scrums", "2025-11-16",
     "WINNIPEG — Devon Marchetti threw for 311 yards and two touchdowns as the Saskatchewan "
     "Roughriders beat the Montreal Alouettes 28-24 in the Grey Cup on Sunday night.\n\n"
     "\"I've been dreaming about this since I was six years old,\" Marchetti said in a scrum on "
     "the field, confetti still falling.\n\n"
     "Marchetti said his offensive line gave him \"all day\" on the winning drive.\n\n"
     "Head coach Brent Hollis said the defence won the game on the final series.\n\n"
     "\"We bent all night. We didn't break when it mattered,\" Hollis said.\n\n"
     "Alouettes receiver Tyrell Okonkwo, who caught nine passes, sat at his locker long after the "
     "game.\n\n"
     "\"It's going to hurt for a while. It should,\" Okonkwo told reporters.\n\n"
     "Montreal coach Jean-Philippe Roy said in French that his team had \"given everything.\"\n\n"
     "Before the game, CFL commissioner Amanda Kerr said the league would name next year's host "
     "city in January.\n\n"
     "The Roughriders said in a statement that the team's parade would be held Tuesday in "
     "Regina.",
     [("dreaming about this", person("Devon Marchetti", "male", channel="news conference",
                                     said_on="2025-11-16")),
      ("all day", person("Devon Marchetti", "male", channel=None, said_on="2025-11-16")),
      ("final series", person("Brent Hollis", "unknown", channel=None, said_on="2025-11-16")),
      ("bent all night", person("Brent Hollis", "unknown", channel=None, said_on="2025-11-16")),
      ("hurt for a while", person("Tyrell Okonkwo", "male", channel=None,
                                  said_on="2025-11-16")),
      ("given everything", person("Jean-Philippe Roy", "male", channel=None,
                                  said_on="2025-11-16")),
      ("next year's host city", person("Amanda Kerr", "unknown", channel=None,
                                       said_on="2025-11-16")),
      ("parade would be held", body("Saskatchewan Roughriders", channel="statement",
                                    said_on="2025-11-16"))]),

    # The Waterloo Region Record: layoffs told on Tuesday; the company's confirmation, the
    # chief executive's memo of Monday (no label: an internal memo), an unnamed employee, the
    # mayor, a researcher, the company's release of last month.
    ("record-waterloo-tech-layoffs", "2025-03-04",
     "WATERLOO, Ont. — Waterloo software company Brightline Systems is laying off 240 employees, "
     "about a fifth of its staff, the company confirmed Tuesday.\n\n"
     "In a memo to staff sent Monday morning, chief executive Nadia Ferris said the company had "
     "\"hired ahead of demand\" during the pandemic.\n\n"
     "\"This is the hardest decision I have made since we founded Brightline,\" Ferris wrote in "
     "the memo, which was obtained by The Record.\n\n"
     "She said affected employees would receive 16 weeks of pay plus two weeks for each year of "
     "service.\n\n"
     "One employee, who asked not to be named because she signed a severance agreement, said the "
     "layoffs were announced in a 12-minute video call.\n\n"
     "\"We found out with everyone else. My badge stopped working at noon,\" she said.\n\n"
     "Mayor Dorothy McCabe said the city would work with Communitech to help the workers find "
     "jobs.\n\n"
     "Ian Moffatt, who studies the tech sector at the University of Waterloo, said \"the "
     "companies that grew fastest are now shrinking fastest.\"\n\n"
     "Brightline said in a news release last month that its revenue fell 18 per cent in 2024.",
     [("laying off 240 employees", body("Brightline Systems", channel=None,
                                        said_on="2025-03-04")),
      ("hired ahead of demand", person("Nadia Ferris", "female", channel=None,
                                       said_on="2025-03-03")),
      ("hardest decision", person("Nadia Ferris", "female", channel=None,
                                  said_on="2025-03-03")),
      ("16 weeks of pay", person("Nadia Ferris", "female", channel=None,
                                 said_on=fresh("2025-03-04"))),
      ("12-minute video call", unnamed("person", gender="female", channel=None,
                                       said_on=fresh("2025-03-04"))),
      ("badge stopped working", unnamed("person", gender="female", channel=None,
                                        said_on=fresh("2025-03-04"))),
      ("work with Communitech", person("Dorothy McCabe", "unknown", channel=None,
                                       said_on=fresh("2025-03-04"))),
      ("shrinking fastest", person("Ian Moffatt", "unknown", channel=None,
                                   said_on=fresh("2025-03-04"))),
      ("revenue fell 18 per cent", body("Brightline Systems", channel="press release",
                                        said_on=("2025-02-01", "2025-02-28")))]),

    # CBC Toronto: a provincial food bank network's yearly report; the report and its director,
    # the report's present "says", a pantry coordinator in CBC's "says", a client, the
    # ministry's statement, an MPP to reporters.
    ("cbc-food-bank-demand-report", "2025-10-28",
     "TORONTO — Visits to Ontario food banks reached a record 6.2 million in the past year, up 21 "
     "per cent, according to a report released Tuesday by Feed Ontario.\n\n"
     "\"We are seeing people with full-time jobs lining up before we open,\" said Carla Mendes, "
     "the executive director of Feed Ontario.\n\n"
     "Mendes said rent was the main reason, with most clients spending more than half their "
     "income on housing.\n\n"
     "The report says one in four food bank users is a child.\n\n"
     "At the Parkdale Community Pantry in Toronto, volunteer co-ordinator Hassan Yusuf says the "
     "line now stretches around the block on Thursdays.\n\n"
     "\"We used to close at two. Now we close when the food runs out,\" he says.\n\n"
     "Diane Proulx, a 64-year-old retired personal support worker, said she started using the "
     "pantry in June.\n\n"
     "\"I worked my whole life. I never thought I'd be here,\" Proulx said.\n\n"
     "The Ministry of Children, Community and Social Services said in a statement that it had "
     "raised disability support rates by 6.5 per cent.\n\n"
     "NDP MPP Laura Kessler told reporters at Queen's Park that the numbers were \"a report card "
     "on this government.\"",
     [("record 6.2 million", body("Feed Ontario", channel="report", said_on="2025-10-28")),
      ("full-time jobs", person("Carla Mendes", "unknown", channel=None,
                                said_on=fresh("2025-10-28"))),
      ("rent was the main reason", person("Carla Mendes", "unknown", channel=None,
                                          said_on=fresh("2025-10-28"))),
      ("one in four", body("Feed Ontario", channel="report", said_on=fresh("2025-10-28"))),
      ("around the block", person("Hassan Yusuf", "male", channel=None, said_on=None)),
      ("food runs out", person("Hassan Yusuf", "male", channel=None,
                               said_on=fresh("2025-10-28"))),
      ("started using the pantry", person("Diane Proulx", "female", channel=None,
                                          said_on=fresh("2025-10-28"))),
      ("worked my whole life", person("Diane Proulx", "female", channel=None,
                                      said_on=fresh("2025-10-28"))),
      ("6.5 per cent", body("Ministry of Children, Community and Social Services",
                            channel="statement", said_on=fresh("2025-10-28"))),
      ("report card", person("Laura Kessler", "unknown", channel=None,
                             said_on=fresh("2025-10-28")))]),

    # The Canadian Press: an inquest jury's verdict of Wednesday, told on Thursday; the jury's
    # recommendations, the mother outside the courthouse, coroner's counsel's closing of
    # Monday, the shelter's statement, a deputy grand chief, an office that speaks for a
    # minister.
    ("cp-inquest-jury-recommendations", "2025-05-15",
     "THUNDER BAY, Ont. — A coroner's inquest jury has made 31 recommendations after hearing how "
     "a 19-year-old man died in a Thunder Bay shelter in 2022.\n\n"
     "The five-person jury delivered its verdict on Wednesday, ruling the death of Caleb "
     "Morriseau accidental.\n\n"
     "Among its recommendations, the jury said the province should fund overdose-prevention staff "
     "at every shelter that takes people under 25.\n\n"
     "Morriseau's mother, Gloria Morriseau, said outside the courthouse that the recommendations "
     "were \"a start.\"\n\n"
     "\"Nobody checked on my boy for six hours. Six hours,\" she said.\n\n"
     "Coroner's counsel Megan Lindqvist told the jury in her closing submissions on Monday that "
     "the shelter had no written policy on checking residents.\n\n"
     "The shelter's operator, Hope Street Ministries, said in a statement it had already adopted "
     "12 of the recommendations.\n\n"
     "Deputy Grand Chief Thomas Kakegamic of Nishnawbe Aski Nation said the jury had listened to "
     "the family.\n\n"
     "\"This jury did what the system would not. It listened,\" Kakegamic said.\n\n"
     "The Solicitor General's office said it would respond within six months, as required.",
     [("overdose-prevention staff", unnamed("organisation", channel="court",
                                            said_on="2025-05-14")),
      ("a start", person("Gloria Morriseau", "female", channel=None,
                         said_on=("2025-05-14", "2025-05-15"))),
      ("checked on my boy", person("Gloria Morriseau", "female", channel=None,
                                   said_on=("2025-05-14", "2025-05-15"))),
      ("no written policy", person("Megan Lindqvist", "female", channel="court",
                                   said_on="2025-05-12")),
      ("adopted 12", body("Hope Street Ministries", channel="statement",
                          said_on=fresh("2025-05-15"))),
      ("listened to the family", person("Thomas Kakegamic", "unknown", channel=None,
                                        said_on=fresh("2025-05-15"))),
      ("what the system would not", person("Thomas Kakegamic", "unknown", channel=None,
                                            said_on=fresh("2025-05-15"))),
      ("respond within six months", unnamed("organisation", channel=None,
                                            said_on=fresh("2025-05-15")))]),

    # CTV London: a measles outbreak on Thursday; the lede's "the region's medical officer of
    # health said Thursday" tied to the doctor named next, her news conference, the unit's
    # release, the province's agency, a mother to CTV News, a specialist in an interview.
    ("ctv-measles-outbreak-moh", "2025-02-20",
     "LONDON, Ont. — The number of measles cases in southwestern Ontario has climbed to 48, the "
     "region's medical officer of health said Thursday, and most are children who were not "
     "vaccinated.\n\n"
     "Dr. Farah Qureshi, medical officer of health for the Middlesex-London Health Unit, told a "
     "news conference that 41 of the cases were in children under 12.\n\n"
     "\"Measles is not a mild illness. Three of these children have been in hospital,\" Qureshi "
     "said.\n\n"
     "She said the health unit would run extra vaccination clinics on Saturday and Sunday.\n\n"
     "The health unit said in a news release that anyone who was at the Westmount Mall food court "
     "on Feb. 14 should check their vaccination records.\n\n"
     "Public Health Ontario said 112 cases had been reported across the province since "
     "January.\n\n"
     "Melissa Harding, whose two sons are too young for their second dose, said she has kept them "
     "home from daycare since Monday.\n\n"
     "\"I check their foreheads every hour,\" Harding told CTV News.\n\n"
     "Dr. Noor Rahim, a pediatric infectious disease specialist in London, said in an interview "
     "that the outbreak was \"completely predictable.\"\n\n"
     "Rahim said vaccination rates among kindergarten students in the region had fallen to 82 per "
     "cent.",
     [("climbed to 48", person("Farah Qureshi", "female", channel=None, said_on="2025-02-20")),
      ("children under 12", person("Farah Qureshi", "female", channel="news conference",
                                   said_on=fresh("2025-02-20"))),
      ("not a mild illness", person("Farah Qureshi", "female", channel=None,
                                    said_on=fresh("2025-02-20"))),
      ("extra vaccination clinics", person("Farah Qureshi", "female", channel=None,
                                           said_on=fresh("2025-02-20"))),
      ("Westmount Mall", body("Middlesex-London Health Unit", channel="press release",
                              said_on=fresh("2025-02-20"))),
      ("112 cases", body("Public Health Ontario", channel=None, said_on=fresh("2025-02-20"))),
      ("home from daycare", person("Melissa Harding", "female", channel=None,
                                   said_on=fresh("2025-02-20"))),
      ("foreheads every hour", person("Melissa Harding", "female", channel="interview",
                                      outlet="CTV News", said_on=fresh("2025-02-20"))),
      ("completely predictable", person("Noor Rahim", "unknown", channel="interview",
                                        outlet=ANY, said_on=fresh("2025-02-20"))),
      ("82 per cent", person("Noor Rahim", "unknown", channel=None,
                             said_on=fresh("2025-02-20")))]),

    # CBC Montreal: a daycare strike notice on Wednesday, words given in French; the lede's
    # "their union said" tied to the federation named next, its president at a news conference,
    # the minister to reporters, a father, an association's statement, an MNA on Facebook.
    ("cbc-quebec-daycare-strike-french", "2025-09-11",
     "MONTREAL — Educators in Quebec's public daycares will walk off the job for three days next "
     "week unless the province improves its offer, their union said Wednesday.\n\n"
     "\"Educators are exhausted. They are leaving the network every week,\" Valérie Grenier, "
     "president of the Fédération des éducatrices du Québec, said in French at a news conference "
     "in Montreal.\n\n"
     "Grenier said 1,300 educators had left the network since January. Her remarks were "
     "translated by CBC News.\n\n"
     "Families Minister Josée Paradis told reporters in Quebec City that the government's offer "
     "of 17.4 per cent over five years was \"generous and fair.\"\n\n"
     "\"We have made the largest offer in the history of the network,\" Paradis said in "
     "French.\n\n"
     "Olivier Turcotte, whose daughter attends a daycare in Verdun, said he would have to take "
     "unpaid leave.\n\n"
     "\"I have no one else. My parents live in Gaspé,\" he said, speaking in French.\n\n"
     "The Association québécoise des CPE said in a statement that it supported the educators but "
     "asked the union to spare children with special needs.\n\n"
     "Parti Québécois MNA Sylvain Tremblay wrote on Facebook that the government had \"let the "
     "network rot.\"",
     [("walk off the job", body("Fédération des éducatrices du Québec", channel=None,
                                said_on="2025-09-10")),
      ("Educators are exhausted", person("Valérie Grenier", "female", channel="news conference",
                                         said_on=fresh("2025-09-11"))),
      ("1,300 educators", person("Valérie Grenier", "female", channel=None,
                                 said_on=fresh("2025-09-11"))),
      ("generous and fair", person("Josée Paradis", "unknown", channel=None,
                                   said_on=fresh("2025-09-11"))),
      ("largest offer", person("Josée Paradis", "unknown", channel=None,
                               said_on=fresh("2025-09-11"))),
      ("unpaid leave", person("Olivier Turcotte", "male", channel=None,
                              said_on=fresh("2025-09-11"))),
      ("no one else", person("Olivier Turcotte", "male", channel=None,
                             said_on=fresh("2025-09-11"))),
      ("spare children", body("Association québécoise des CPE", channel="statement",
                              said_on=fresh("2025-09-11"))),
      ("let the network rot", person("Sylvain Tremblay", "unknown", channel="Facebook",
                                     said_on=fresh("2025-09-11")))]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
# "survey" as a channel noun made survey respondents' "47% said" reports and "a survey found that"
# a quote on the judged fresh articles (round 14's second reader), so it waits for a rule that
# reads the survey as the speaker's own ("the agency said in its monthly survey").
SURVEY_AS_VEHICLE = ("channel: 'the agency said in its monthly labour force survey' names the "
                     "agency's own survey as the vehicle (report); the survey alone is no channel "
                     "noun, since respondents' answers and a survey's findings are no one's report")


STILL_WRONG: dict[str, str] = {
    "cp-byelection-night-rural-manitoba": "channel: 'told about 200 supporters at a community hall' is a "
                                          "speech at an election-night gathering; only 'told supporters' "
                                          "with a named occasion (a rally, a victory party) reads so, and "
                                          "a hall alone names no occasion (doubtful: conventions.md makes "
                                          "'told supporters' with no event null)",
    "cp-inquest-jury-recommendations": "channel: what an inquest jury 'said' among its recommendations is "
                                       "its verdict in a hearing (court); the jury as speaker names no "
                                       "vehicle the rules read (doubtful: a verdict's recommendations "
                                       "are also a written document)",
    "cbc-statcan-jobs-report": SURVEY_AS_VEHICLE,
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_canadian_article_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


def records(text: str, date: str = "2025-04-24") -> list[tuple]:
    """(name, kind, gender, channel) of each quote the article gives."""
    out = []
    for q in saidwhen.extract(text, date=date).quotes:
        s = q.speaker
        out.append((s.name if s else None, s.kind if s else None, s.gender if s else None, q.channel))
    return out


# What the articles' first run showed, as sentences of their own.

@pytest.mark.parametrize("second", [
    "The health unit said in a news release that the clinic would open on Saturday.",
    "The unit said the clinic would open on Saturday.",
])
def test_the_health_unit_is_the_health_unit_named_before(second):
    text = ("Dr. Ana Ruiz, medical officer of health for the Grey Bruce Health Unit, said 12 cases "
            "were confirmed.\n\n" + second)
    assert records(text)[-1][:2] == ("Grey Bruce Health Unit", "organisation")


@pytest.mark.parametrize("cue", ["said on the field, confetti still falling",
                                 "told reporters at the rink, her voice breaking"])
def test_a_scene_set_off_after_the_cue_is_not_what_was_said(cue):
    text = ("Ruth Okonjo scored twice in the final on Sunday.\n\n"
            f"\"I have waited my whole life for this,\" Okonjo {cue}.")
    quotes = saidwhen.extract(text, date="2025-04-24").quotes
    assert [q.text for q in quotes] == ["\"I have waited my whole life for this,\""]
    assert quotes[0].speaker.mention is not None


def test_a_clause_after_the_cue_is_still_what_was_said():
    text = "Ruth Okonjo said, the team having lost twice, that the coach would stay."
    assert "the coach would stay" in saidwhen.extract(text, date="2025-04-24").quotes[0].text


@pytest.mark.xfail(strict=True, reason=SURVEY_AS_VEHICLE)
def test_words_given_in_a_survey_have_it_for_their_vehicle():
    text = ("Statistics Canada said Friday that the economy added 20,000 jobs.\n\n"
            "Most of the gains were in construction, the agency said in its monthly labour force survey.")
    assert records(text)[-1] == ("Statistics Canada", "organisation", None, "report")


def test_she_after_one_unnamed_employee_is_that_employee():
    text = ("Chief executive Ana Ruiz said the firm had grown too fast.\n\n"
            "One employee, who asked not to be named, said the news came in a video call.\n\n"
            "\"My badge stopped working at noon,\" she said.")
    assert records(text)[-1][:3] == (None, "person", "female")


@pytest.mark.parametrize("text, gender", [
    ("A worker, who asked not to be named because she fears losing her job, said the line was "
     "shut down.", "female"),
    ("A neighbour, who said he saw the fire start, said the family got out.", "male"),
    ("A nurse who treated the man said the burns were severe.", "unknown"),
])
def test_an_unnamed_person_s_own_relative_clause_gives_their_gender(text, gender):
    assert records(text)[-1][:3] == (None, "person", gender)


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Children, Community and Social Services said in a statement that rates would "
     "rise.", "Ministry of Children, Community and Social Services"),
    ("The Department of Agriculture, Food and Rural Affairs said farmers would get help.",
     "Department of Agriculture, Food and Rural Affairs"),
])
def test_a_ministry_named_by_fields_set_off_by_commas_after_of_is_one_body(text, name):
    assert records(text)[0][:2] == (name, "organisation")


def test_a_ministry_listed_with_other_bodies_is_still_itself():
    text = "The Department of Justice, Health Canada and the RCMP said the review would go on."
    # three bodies (a field, "Canada", is no field): no one body runs on over the commas
    assert not records(text)[0][0].startswith("Department of Justice, Health")


def test_an_inquest_jury_speaks_as_a_body():
    text = ("A coroner's inquest jury made 14 recommendations on Wednesday.\n\n"
            "The jury said the province should fund night staff at every shelter.")
    assert records(text)[-1][:2] == (None, "organisation")


@pytest.mark.parametrize("text, name", [
    ("The Association québécoise des CPE said in a statement that it backed the educators.",
     "Association québécoise des CPE"),
    ("The Fédération canadienne des municipalités du Québec said the roads would be fixed.",
     "Fédération canadienne des municipalités du Québec"),
])
def test_a_french_body_s_name_runs_on_over_an_adjective_of_place(text, name):
    assert records(text)[0][:2] == (name, "organisation")


@pytest.mark.parametrize("union", ["Ontario Nurses' Association", "Fédération des infirmières du Québec"])
def test_the_lead_s_own_union_is_the_union_named_next(union):
    text = (f"TORONTO — Nurses at three hospitals will walk off the job on Monday, their union said.\n\n"
            f"\"We have no choice,\" said Ana Ruiz, president of the {union}.\n\n"
            f"The hospitals' association said talks would go on.")
    assert records(text)[0][:2] == (union, "organisation")


def test_the_lead_s_own_union_is_no_body_that_is_no_union():
    text = ("TORONTO — Nurses at three hospitals will walk off the job on Monday, their union said.\n\n"
            "\"We have no choice,\" said Ana Ruiz, a nurse at Lakeshore General Hospital.")
    assert records(text)[0][0] is None


def test_the_union_after_a_union_s_french_name_is_that_union():
    text = ("The Syndicat des cols bleus de Montréal said the strike would start Monday.\n\n"
            "The union said in a statement that talks had failed.")
    assert records(text)[-1][:2] == ("Syndicat des cols bleus de Montréal", "organisation")



def test_a_dash_the_tagger_reads_as_a_participle_is_no_scene():
    # "the law should be re-drafted": the tagger may read the hyphen alone as a participle that
    # the cue governs, a subtree of punctuation only
    import spacy
    from spacy.tokens import Doc
    from saidwhen.quotes.attribution import absolute_phrase
    doc = Doc(spacy.blank("en").vocab, words=["He", "said", "-"], tags=["PRP", "VBD", "VBN"], deps=["nsubj", "ROOT", "ccomp"],
              heads=[1, 1, 1])
    assert absolute_phrase(doc[2]) is False
