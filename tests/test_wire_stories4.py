"""Wire and newspaper stories of 1989-2000 of everyday kinds (issue 12's held-out wires, round 13):
whole stories, every quote with its record (name, kind, gender as written, channel, said_on) by
conventions.md, all written before any was run.

Each story is our own writing in the manner of the AP, Reuters, UPI, AFP, the New York Times, the
Wall Street Journal and the Washington Post of the time: "today" for the dateline's day (and a
Times dateline of the day before the paper, where "today" and "yesterday" count from the
dateline); "Mr.", "Mrs." and "Ms." second references; officials "who spoke on condition of
anonymity" and "who asked not to be identified"; "a spokesman for the company", named in
apposition or not; a company's results with analysts; a summit; a trial (testimony, the defence's
opening statement "last week", a judge's ruling); a train wreck and a ferry disaster; an election
abroad ("told AFP by telephone", a rally the night before); a vote in Congress; a transit strike
(a mediator first described, then named); a market day; a succession at a company; an apartment
fire in a morning paper ("early yesterday", a hospital's spokeswoman speaking of the mother).

A quote is named by words of it; a quote the expectations do not name is a difference too. A field
the conventions leave open for a case is ANY, with the reason beside it. (After the first run, three
expectations were corrected, in their own commit: the Fed chairman is male, "chairman" being a
gendered noun of the article (lexicon/male-nouns.txt, as round 12's stories found); police whose
kind is left open have their gender left open too (gender is a person's field); and the defence
lawyer's reported question "asked Mrs. X whether ..." is a quote of his, as the project reads a
question asked (tests/test_speakers_resolve.py).)
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q, fresh
from test_canadian_articles import article_differences
from test_canadian_placing import article_params


def who(name, gender="unknown", channel=None, said_on=ANY, outlet=ANY) -> Q:
    """A person's record: name (None when unnamed), gender, channel and said_on."""
    return Q(name=name, kind="person", gender=gender, channel=channel, said_on=said_on, outlet=outlet)


def body(name, channel=None, said_on=ANY) -> Q:
    return Q(name=name, kind="organisation", channel=channel, said_on=said_on)


ARTICLES = [
    # AP, a carmaker's quarter (a Thursday): "said today"; the chairman's statement and its second
    # quote; "the company said"; "a spokesman for the company, X, said" and "He said"; analysts of
    # named firms, one a woman by "She said"; a union leader in another city; the chairman again
    # "told reporters" (no label) with his own "he".
    ("ap-carmaker-quarter", "1991-10-24",
     "DETROIT (AP) _ Halvorsen Motor Corp. said today that it lost $212 million in the third "
     "quarter, its worst showing since 1982, and that it would close two assembly plants next "
     "year.\n\n"
     "``These are painful decisions, but they are the right decisions,'' Chairman Robert K. "
     "Lindgren said in a statement. ``We cannot keep building cars nobody is buying.''\n\n"
     "The company said about 5,400 workers at the plants in Kenosha, Wis., and Tarrytown, N.Y., "
     "would be laid off.\n\n"
     "A spokesman for the company, Dale W. Hurst, said the plants would run until June. He said no "
     "decision had been made on a third plant in Ohio.\n\n"
     "Analysts had expected a loss of about $150 million.\n\n"
     "``The numbers are worse than anybody thought, and the worst may not be over,'' said Maryann "
     "Costa, an auto analyst with PaineWebber Inc. in New York. She said Halvorsen's share of the "
     "market had fallen for six straight months.\n\n"
     "Another analyst, Leonard T. Fisk of Salomon Brothers Inc., said the closings were ``long "
     "overdue.''\n\n"
     "Owen Bieler, president of the United Auto Workers, said in Washington that the union would "
     "``fight these closings with everything we have.''\n\n"
     "Lindgren told reporters at the company's headquarters that he expected Halvorsen to return "
     "to profit in 1993.\n\n"
     "Halvorsen's shares fell 62 1/2 cents to $21.75 in trading today on the New York Stock "
     "Exchange.",
     [("lost $212 million", body("Halvorsen Motor Corp.", said_on="1991-10-24")),
      ("painful decisions", who("Robert K. Lindgren", "male", channel="statement", said_on=fresh("1991-10-24"))),
      ("cars nobody is buying", who("Robert K. Lindgren", "male", channel="statement",
                                    said_on=fresh("1991-10-24"))),
      ("5,400 workers", body("Halvorsen Motor Corp.", said_on=fresh("1991-10-24"))),
      ("run until June", who("Dale W. Hurst", "male", said_on=fresh("1991-10-24"))),
      ("third plant in Ohio", who("Dale W. Hurst", "male", said_on=fresh("1991-10-24"))),
      ("worse than anybody thought", who("Maryann Costa", "female", said_on=fresh("1991-10-24"))),
      ("six straight months", who("Maryann Costa", "female", said_on=fresh("1991-10-24"))),
      ("long overdue", who("Leonard T. Fisk", said_on=fresh("1991-10-24"))),
      ("everything we have", who("Owen Bieler", said_on=fresh("1991-10-24"))),
      ("return to profit", who("Robert K. Lindgren", "male", said_on=fresh("1991-10-24")))]),

    # Reuters, a summit's last day (a Tuesday): unnamed officials after the lede; a prime minister
    # at a news conference, then "Mrs. X said"; a chancellor; the host president, "his"; a
    # Japanese official on condition of anonymity; Moscow's spokesman "on Tuesday".
    ("reuters-houston-summit", "1990-07-10",
     "HOUSTON, July 10 (Reuter) - Leaders of the seven richest industrial nations agreed on "
     "Tuesday to give the Soviet Union technical help but put off any decision on cash aid, "
     "officials said.\n\n"
     "``We are not going to write a blank cheque,'' British Prime Minister Margaret Thorne told a "
     "news conference at the end of the three-day meeting.\n\n"
     "Mrs. Thorne said Moscow must first show that its reforms were ``real and lasting.''\n\n"
     "West German Chancellor Werner Albrecht, who had pressed for a $15 billion package, said he "
     "was ``not in the least disappointed.''\n\n"
     "President Garrison, the summit's host, said the seven had ``done a good week's work in three "
     "days.'' His aides said he would telephone Soviet President Mikhail Gorbunov on Wednesday.\n\n"
     "A senior Japanese official, who spoke on condition of anonymity, said Tokyo would not lend "
     "money to Moscow until a dispute over four islands north of Japan was settled.\n\n"
     "In Moscow, Foreign Ministry spokesman Yuri Gremitsky said on Tuesday that the Soviet Union "
     "``did not come to Houston with a begging bowl.''",
     [("agreed on Tuesday", who(None, said_on=fresh("1990-07-10"))),
      ("blank cheque", who("Margaret Thorne", "female", channel="news conference", said_on=fresh("1990-07-10"))),
      ("real and lasting", who("Margaret Thorne", "female", said_on=fresh("1990-07-10"))),
      ("least disappointed", who("Werner Albrecht", "male", said_on=fresh("1990-07-10"))),
      ("good week's work", who("Garrison", "male", said_on=fresh("1990-07-10"))),
      ("telephone Soviet President", who(None, said_on=fresh("1990-07-10"))),
      ("four islands", who(None, said_on=fresh("1990-07-10"))),
      ("begging bowl", who("Yuri Gremitsky", "male", said_on="1990-07-10"))]),

    # AP, a trial (a Wednesday): a witness first described ("a former bank officer testified
    # today"), then named; "Mrs. X"; the defence lawyer's opening statement "last week"; the judge
    # ("she said" after her ruling); the prosecutor outside the courthouse.
    ("ap-savings-trial", "1993-05-19",
     "LOS ANGELES (AP) _ A former bank officer testified today that she shredded loan documents on "
     "the orders of her boss the week before federal examiners arrived.\n\n"
     "``He told me to get rid of everything with his initials on it,'' said the witness, Linda S. "
     "Marcus, 34, who was a loan officer at Pacific Western Savings until 1991.\n\n"
     "Her former boss, Harold J. Brenner, 61, is charged with 23 counts of bank fraud and "
     "conspiracy.\n\n"
     "Under cross-examination, Brenner's lawyer, Michael T. Oakes, asked Mrs. Marcus whether she had "
     "been promised leniency. She said the government had promised her ``nothing at all.''\n\n"
     "Oakes told the jury in his opening statement last week that Mrs. Marcus had ``every reason to "
     "lie.''\n\n"
     "U.S. District Judge Ellen R. Whitaker denied a defense motion to strike the testimony. ``The "
     "jury can weigh it,'' she said.\n\n"
     "Outside the courthouse, the chief prosecutor, Assistant U.S. Attorney Gregory Paine, told "
     "reporters the government expected to rest its case next week.",
     [("shredded loan documents", who("Linda S. Marcus", "female", channel="court", said_on="1993-05-19")),
      # "said the witness": its own attribution names no vehicle; left open
      ("get rid of everything", who("Linda S. Marcus", "female", channel=ANY, said_on=fresh("1993-05-19"))),
      # a question asked is the asker's words (added after the first run); its vehicle and day left open
      ("promised leniency", who("Michael T. Oakes", "male", channel=ANY, said_on=ANY)),
      # the sentence before names the cross-examination; left open
      ("nothing at all", who("Linda S. Marcus", "female", channel=ANY, said_on=fresh("1993-05-19"))),
      ("every reason to lie", who("Michael T. Oakes", "male", channel="court",
                                  said_on=("1993-05-10", "1993-05-16"))),
      # her ruling is the sentence before; left open
      ("jury can weigh it", who("Ellen R. Whitaker", "female", channel=ANY, said_on=fresh("1993-05-19"))),
      ("rest its case", who("Gregory Paine", said_on=fresh("1993-05-19")))]),

    # AP, a train wreck (a Wednesday): "officials said" after the lede; a Coast Guard petty officer;
    # "a spokeswoman for X, Y, said"; the railroad's statement; the governor "this afternoon" at a
    # news conference; a survivor, "Mrs. X said"; the Coast Guard; the president in Washington.
    ("ap-bayou-train-wreck", "1993-09-22",
     "MOBILE, Ala. (AP) _ An Amtrak train plunged off a bridge into a bayou before dawn today, "
     "killing at least 40 people, officials said.\n\n"
     "``It's the worst thing I've ever seen,'' said Coast Guard Petty Officer Dana Whitley, who "
     "helped pull survivors from the water.\n\n"
     "A spokeswoman for the National Transportation Safety Board, Judith Lang, said investigators "
     "would look at whether a barge had struck the bridge in the fog.\n\n"
     "Amtrak said in a statement that the train was carrying 206 passengers and crew.\n\n"
     "Gov. Carl Beasley said at a news conference this afternoon that he had asked for federal "
     "help.\n\n"
     "A survivor, Ruth Ann Tierney of Jacksonville, Fla., said she woke up to water pouring through "
     "the window. ``I just kept pushing my daughter up toward the air,'' Mrs. Tierney said.\n\n"
     "The Coast Guard said the search would go on through the night.\n\n"
     "President Garrison said in Washington that he was ``deeply saddened'' by the accident.",
     [("plunged off a bridge", who(None, said_on=fresh("1993-09-22"))),
      ("worst thing I've ever seen", who("Dana Whitley", said_on=fresh("1993-09-22"))),
      ("barge had struck", who("Judith Lang", "female", said_on=fresh("1993-09-22"))),
      ("206 passengers", body("Amtrak", channel="statement", said_on=fresh("1993-09-22"))),
      ("federal help", who("Carl Beasley", "male", channel="news conference", said_on="1993-09-22")),
      ("water pouring", who("Ruth Ann Tierney", "female", said_on=fresh("1993-09-22"))),
      ("pushing my daughter", who("Ruth Ann Tierney", "female", said_on=fresh("1993-09-22"))),
      ("through the night", body("Coast Guard", said_on=fresh("1993-09-22"))),
      ("deeply saddened", who("Garrison", "male", said_on=fresh("1993-09-22")))]),

    # AFP, an election abroad (a Monday): the electoral board "on Monday"; the winner to a rally
    # "late on Sunday" (a speech), a man of two surnames; his rival; a party's spokesman "told AFP
    # by telephone" (an interview with the article's own agency); observers' preliminary report;
    # a minister and "he said"; a voter.
    ("afp-argentina-election", "1995-05-15",
     "BUENOS AIRES, May 15 (AFP) - President Carlos Ruiz Ocampo won a second term in Sunday's "
     "election with 49.8 percent of the vote, the National Electoral Board said on Monday.\n\n"
     "``The people have chosen stability,'' Ruiz Ocampo told thousands of cheering supporters at a "
     "rally outside the presidential palace late on Sunday.\n\n"
     "His main rival, Senator Ernesto Villalba, conceded defeat but said the campaign had been "
     "``deeply unequal.''\n\n"
     "A spokesman for Villalba's party, Raul Achaval, told AFP by telephone that the party would "
     "not challenge the results.\n\n"
     "Observers from the Organization of American States said in a preliminary report that the "
     "vote had been ``free and orderly.''\n\n"
     "Economy Minister Felipe Marchetti said the result would reassure foreign investors. ``The "
     "markets voted too,'' he said.\n\n"
     "``I voted for him because prices stopped rising,'' said Elena Quiroga, 58, a retired teacher "
     "in the suburb of Quilmes.\n\n"
     "Ruiz Ocampo, 64, said on Monday that he would name his new cabinet within two weeks.",
     [("second term", body("National Electoral Board", said_on="1995-05-15")),
      ("chosen stability", who("Carlos Ruiz Ocampo", "male", channel="speech", said_on="1995-05-14")),
      ("deeply unequal", who("Ernesto Villalba", said_on=fresh("1995-05-15"))),
      ("not challenge the results", who("Raul Achaval", "male", channel="interview", outlet="AFP",
                                        said_on=fresh("1995-05-15"))),
      ("free and orderly", who(None, channel="report", said_on=fresh("1995-05-15"))),
      ("reassure foreign investors", who("Felipe Marchetti", "male", said_on=fresh("1995-05-15"))),
      ("markets voted too", who("Felipe Marchetti", "male", said_on=fresh("1995-05-15"))),
      ("prices stopped rising", who("Elena Quiroga", said_on=fresh("1995-05-15"))),
      ("new cabinet", who("Carlos Ruiz Ocampo", "male", said_on="1995-05-15"))]),

    # The Washington Post, a Sunday morning paper after a Saturday vote in Congress: the Speaker
    # "(D-Wash.)" and his "said he would" in a relative clause; the majority leader "during the
    # debate"; the minority leader "in an interview" (the paper's own); the press secretary "in a
    # statement last night"; a congresswoman's "she"; the ambassador; an official unnamed.
    ("wapo-war-powers-vote", "1991-01-13",
     "The House and Senate voted yesterday to give President Garrison the authority to use force "
     "against Iraq if it does not leave Kuwait by Tuesday.\n\n"
     "``This is the most important vote any of us will ever cast,'' said House Speaker Thomas R. "
     "Foyle (D-Wash.), who opposed the resolution.\n\n"
     "Senate Majority Leader Graham J. Whitcombe (D-Maine) said during the debate that the country "
     "was ``rushing into a war it does not need to fight.''\n\n"
     "Sen. Robert J. Dunning (R-Kan.), the minority leader, said in an interview that the vote ``sends "
     "a message that Baghdad cannot misread.''\n\n"
     "White House press secretary Wendell Pryce said in a statement last night that the president "
     "was ``gratified by the support of the Congress.''\n\n"
     "Rep. Nancy L. Kittredge (D-Colo.), who voted against the resolution, said she feared "
     "``thousands of body bags.''\n\n"
     "Iraq's ambassador, Abdul Karim al-Rawi, told reporters at the embassy that Iraq would ``not "
     "kneel.''\n\n"
     "A senior administration official, who spoke on condition of anonymity, said the president had "
     "not decided when to act.",
     [("most important vote", who("Thomas R. Foyle", said_on=fresh("1991-01-13"))),
      # a debate of Congress: parliament or debate, left open
      ("rushing into a war", who("Graham J. Whitcombe", channel=ANY, said_on=fresh("1991-01-13"))),
      ("cannot misread", who("Robert J. Dunning", channel="interview", said_on=fresh("1991-01-13"))),
      ("gratified", who("Wendell Pryce", channel="statement", said_on="1991-01-12")),
      ("body bags", who("Nancy L. Kittredge", "female", said_on=fresh("1991-01-13"))),
      ("not kneel", who("Abdul Karim al-Rawi", said_on=fresh("1991-01-13"))),
      ("when to act", who(None, said_on=fresh("1991-01-13")))]),

    # UPI, a transit strike (a Monday): a mediator first described, named later ("The mediator, X
    # of ..., said she"); a union local's president and two quotes; the authority's spokesman
    # unnamed; the authority's statement "released Monday night"; a commuter; the mayor "told
    # KDKA-TV" (an interview).
    ("upi-transit-strike", "1993-11-22",
     "PITTSBURGH (UPI) -- Talks to end a 12-day strike by 2,900 bus drivers and mechanics broke "
     "down Monday, and a federal mediator said no new sessions were scheduled.\n\n"
     "``They walked out on us,'' said Richard Mazur, president of Local 85 of the Amalgamated "
     "Transit Union. ``We were ready to talk all night.''\n\n"
     "A spokesman for the Port Authority of Allegheny County, which runs the buses, said the "
     "agency's last offer ``is still on the table.''\n\n"
     "The authority said in a statement released Monday night that the union's demands would cost "
     "$40 million over three years.\n\n"
     "The mediator, Ann Castellano of the Federal Mediation and Conciliation Service, said she would "
     "call both sides back ``when there is something to talk about.''\n\n"
     "``I've spent $90 on cabs,'' said Dolores Pinkney, 41, a nurse's aide who rides two buses to "
     "work. ``Somebody has to give.''\n\n"
     "Mayor Helen Dravecky told KDKA-TV that the city ``cannot go on like this.''",
     [("no new sessions", who("Ann Castellano", "female", said_on=fresh("1993-11-22"))),
      ("walked out on us", who("Richard Mazur", said_on=fresh("1993-11-22"))),
      ("talk all night", who("Richard Mazur", said_on=fresh("1993-11-22"))),
      ("still on the table", who(None, "male", said_on=fresh("1993-11-22"))),
      ("$40 million", body("Port Authority of Allegheny County", channel="statement", said_on="1993-11-22")),
      ("something to talk about", who("Ann Castellano", "female", said_on=fresh("1993-11-22"))),
      ("$90 on cabs", who("Dolores Pinkney", said_on=fresh("1993-11-22"))),
      ("Somebody has to give", who("Dolores Pinkney", said_on=fresh("1993-11-22"))),
      ("go on like this", who("Helen Dravecky", channel="interview", outlet="KDKA-TV",
                              said_on=fresh("1993-11-22")))]),

    # AP, a market day (a Wednesday): an analyst in St. Louis; "Traders said"; "Analysts said" with
    # a report inside; an investment officer and "He said he expected"; the Fed chairman to a
    # Senate committee "today"; a trader who asked not to be named; a company's warning "Tuesday
    # night" ("after the company said").
    ("ap-stocks-slip", "1989-11-15",
     "NEW YORK (AP) _ Stock prices slipped today in slow trading as worries about the economy "
     "kept buyers away. The Dow Jones average of 30 industrials fell 12.33 to 2,642.45.\n\n"
     "``People are just nervous about Christmas,'' said Arnold Kagan, technical analyst at A.G. "
     "Edwards & Sons in St. Louis.\n\n"
     "Traders said the market was also hurt by a late drop in bond prices.\n\n"
     "Analysts said a government report showing a 0.9 percent fall in October retail sales added "
     "to the gloom.\n\n"
     "``The consumer is tapped out,'' said Peter R. Kellner, chief investment officer at First "
     "Albany Corp. He said he expected ``a rough holiday season'' for retailers.\n\n"
     "Federal Reserve Chairman Alan Greenwald told the Senate Banking Committee today that "
     "inflation remained ``the principal threat'' to the economy.\n\n"
     "``The dollar is drifting,'' said a currency trader at a major New York bank who asked not to "
     "be named.\n\n"
     "Shares of Coastal Holdings fell 3 1/4 to 18 after the company said Tuesday night that its "
     "fourth-quarter earnings would fall short of forecasts.",
     [("nervous about Christmas", who("Arnold Kagan", said_on=fresh("1989-11-15"))),
      ("late drop in bond prices", who(None, said_on=fresh("1989-11-15"))),
      ("added to the gloom", who(None, said_on=fresh("1989-11-15"))),
      ("tapped out", who("Peter R. Kellner", "male", said_on=fresh("1989-11-15"))),
      ("rough holiday season", who("Peter R. Kellner", "male", said_on=fresh("1989-11-15"))),
      ("principal threat", who("Alan Greenwald", "male", channel="parliament", said_on="1989-11-15")),
      ("dollar is drifting", who(None, said_on=fresh("1989-11-15"))),
      ("fall short of forecasts", body("Coastal Holdings", said_on="1989-11-14"))]),

    # The Wall Street Journal, a succession (a Thursday): the company's "said its chairman ...
    # will retire"; "Mr. X, 64 years old, said in an interview"; "Ms. Y"; his quote of her; the
    # results; an analyst and "Mr. Yee said"; "A spokesman for the company said".
    ("wsj-succession", "1996-02-08",
     "DALLAS -- Varnell Instruments Inc. said its chairman and chief executive officer, Walter B. "
     "Haskins, will retire at the end of the year and be succeeded by its president, Joan M. "
     "Driscoll.\n\n"
     "Mr. Haskins, 64 years old, said in an interview that he had planned the move ``for at least "
     "two years'' and that it had nothing to do with the company's weak results.\n\n"
     "Ms. Driscoll, 51, joined the company in 1979 and has run its chip business since 1990. "
     "``Joan knows this company better than anybody, including me,'' Mr. Haskins said.\n\n"
     "Varnell also said its fourth-quarter net income fell 31% to $18.2 million, or 42 cents a "
     "share, from $26.4 million, or 61 cents a share, a year earlier.\n\n"
     "``The succession is a plus, but the quarter was a disappointment,'' said Lawrence K. Yee, an "
     "analyst at Montgomery Securities in San Francisco. Mr. Yee said he had lowered his 1996 "
     "estimate to $1.90 a share from $2.25.\n\n"
     "A spokesman for the company said Ms. Driscoll wasn't available for comment.\n\n"
     "In New York Stock Exchange composite trading yesterday, Varnell shares fell $1.375 to "
     "$27.50.",
     [("will retire at the end", body("Varnell Instruments Inc.", said_on=fresh("1996-02-08"))),
      ("planned the move", who("Walter B. Haskins", "male", channel="interview", said_on=fresh("1996-02-08"))),
      ("nothing to do with", who("Walter B. Haskins", "male", channel="interview", said_on=fresh("1996-02-08"))),
      ("better than anybody", who("Walter B. Haskins", "male", said_on=fresh("1996-02-08"))),
      ("net income fell", body("Varnell Instruments Inc.", said_on=fresh("1996-02-08"))),
      ("succession is a plus", who("Lawrence K. Yee", "male", said_on=fresh("1996-02-08"))),
      ("lowered his 1996 estimate", who("Lawrence K. Yee", "male", said_on=fresh("1996-02-08"))),
      ("available for comment", who(None, "male", said_on=fresh("1996-02-08")))]),

    # The New York Times from a summit, a dateline of the day before the paper (March 20 in a paper
    # of the 21st): "today" and "yesterday" count from the dateline; "Mr." for two presidents;
    # "Mrs." for the Secretary of State; a Russian official unnamed; a statement from Moscow.
    ("nyt-helsinki-summit", "1997-03-21",
     "HELSINKI, Finland, March 20 - President Garrison and President Viktor Lazarev of Russia "
     "agreed today to cut their nuclear arsenals further, but Mr. Lazarev said Russia still "
     "``firmly opposes'' the expansion of NATO to the east.\n\n"
     "``We have agreed to disagree, and that is not nothing,'' Mr. Garrison said at a joint news "
     "conference in the Finnish presidential palace.\n\n"
     "Secretary of State Catherine W. Ashford told reporters today that the two sides had "
     "``narrowed but not closed'' the gap on arms control. Mrs. Ashford said she would go to Moscow "
     "next month.\n\n"
     "A senior Russian official, who spoke on condition of anonymity, said Moscow had been promised "
     "a voice ``in every decision that matters to us.''\n\n"
     "In Moscow, the Communist leader, Gennadi P. Zorin, said in a statement that the agreement was "
     "``a capitulation.''\n\n"
     "The White House press secretary, Michael D. Curran, said yesterday that Mr. Garrison's knee, "
     "injured in a fall last week, would not keep him from the talks.",
     [("firmly opposes", who("Viktor Lazarev", "male", said_on=fresh("1997-03-21"))),
      ("agreed to disagree", who("Garrison", "male", channel="news conference", said_on=fresh("1997-03-21"))),
      ("narrowed but not closed", who("Catherine W. Ashford", "female", said_on="1997-03-20")),
      ("go to Moscow", who("Catherine W. Ashford", "female", said_on=fresh("1997-03-21"))),
      ("every decision", who(None, said_on=fresh("1997-03-21"))),
      ("capitulation", who("Gennadi P. Zorin", channel="statement", said_on=fresh("1997-03-21"))),
      ("keep him from the talks", who("Michael D. Curran", said_on="1997-03-19"))]),

    # AFP, a ferry disaster (a Thursday): "police said Thursday" after the lede (police unnamed,
    # kind left open); a police official "told AFP by telephone, asking not to be named"; a
    # survivor's "he"; a minister to parliament; the national news agency; the prime minister's
    # "she".
    ("afp-ferry-capsizes", "1994-09-29",
     "DHAKA, Sept 29 (AFP) - At least 180 people drowned when an overcrowded ferry capsized in a "
     "storm on the Meghna river late Wednesday, police said Thursday.\n\n"
     "``The boat was carrying at least three times the number of people allowed,'' a police "
     "official in Chandpur told AFP by telephone, asking not to be named.\n\n"
     "A survivor, Abdul Karim, 35, said he swam for two hours before reaching the bank. ``I lost my "
     "wife and two sons,'' he said.\n\n"
     "Shipping Minister Nazmul Huda Chowdhury told parliament on Thursday that the ferry's owner "
     "had been arrested.\n\n"
     "The state-run news agency BSS said the government had ordered an inquiry.\n\n"
     "Prime Minister Rashida Khanam, who flew over the site by helicopter, said she had ordered the "
     "navy to join the search.",
     # police as a service, kind left open
     [("180 people drowned", Q(name=None, kind=ANY, gender=ANY, channel=None, said_on="1994-09-29")),
      ("three times the number", who(None, channel="interview", outlet="AFP", said_on=fresh("1994-09-29"))),
      ("swam for two hours", who("Abdul Karim", "male", said_on=fresh("1994-09-29"))),
      ("lost my wife", who("Abdul Karim", "male", said_on=fresh("1994-09-29"))),
      ("owner had been arrested", who("Nazmul Huda Chowdhury", channel="parliament", said_on="1994-09-29")),
      # an agency's "said": report or none, as the dev gold reads it
      ("ordered an inquiry", body("BSS", channel=ANY, said_on=fresh("1994-09-29"))),
      ("join the search", who("Rashida Khanam", "female", said_on=fresh("1994-09-29")))]),

    # The Washington Post, an apartment fire (a Monday morning paper, "early yesterday"): fire
    # officials after the lede; "Battalion Chief X, a fire department spokesman, said" then "X
    # said"; a hospital spokeswoman speaking of the mother (the mother is no speaker); a neighbor
    # and "Mrs. X said"; the owner's statement; a housing inspector who asked not to be identified;
    # the mayor; "A spokesman for the company, reached at his home, said he".
    ("wapo-apartment-fire", "1996-12-16",
     "Fire swept through a three-story apartment building in Northeast Washington early yesterday, "
     "killing two children and leaving 40 people homeless, D.C. fire officials said.\n\n"
     "Battalion Chief Raymond O. Tucker, a fire department spokesman, said the fire apparently "
     "started at a space heater in a second-floor bedroom.\n\n"
     "``By the time our first engine got there, the whole back of the building was burning,'' "
     "Tucker said.\n\n"
     "The children's mother, Denise Harmon, 27, was treated for smoke inhalation at Washington "
     "Hospital Center and released, a hospital spokeswoman said.\n\n"
     "A neighbor, Gladys M. Whitaker, 68, said she heard screaming at about 4 a.m. ``I saw that "
     "young mother on the ledge, holding the baby out to the firemen,'' Mrs. Whitaker said.\n\n"
     "The building's owner, Capitol Properties Inc., said in a statement that the building had "
     "passed a city inspection in March.\n\n"
     "But a city housing inspector, who asked not to be identified, said the building had been "
     "cited twice this year for broken smoke detectors.\n\n"
     "A spokesman for the company, reached at his home, said he could not comment on the "
     "inspection.\n\n"
     "Mayor Walter E. Hampton, who visited the scene yesterday afternoon, said the city would find "
     "housing for the families.",
     [("Fire swept through", who(None, said_on=fresh("1996-12-16"))),
      ("space heater", who("Raymond O. Tucker", "male", said_on=fresh("1996-12-16"))),
      ("whole back of the building", who("Raymond O. Tucker", "male", said_on=fresh("1996-12-16"))),
      ("treated for smoke inhalation", who(None, "female", said_on=fresh("1996-12-16"))),
      ("heard screaming", who("Gladys M. Whitaker", "female", said_on=fresh("1996-12-16"))),
      ("holding the baby", who("Gladys M. Whitaker", "female", said_on=fresh("1996-12-16"))),
      ("passed a city inspection", body("Capitol Properties Inc.", channel="statement",
                                        said_on=fresh("1996-12-16"))),
      ("broken smoke detectors", who(None, said_on=fresh("1996-12-16"))),
      ("could not comment", who(None, "male", said_on=fresh("1996-12-16"))),
      ("find housing", who("Walter E. Hampton", said_on=fresh("1996-12-16")))]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "ap-savings-trial": "name: the lede's 'A former bank officer testified today that she ...' is not tied "
                        "to 'the witness, Linda S. Marcus' named the paragraph after",
    "ap-bayou-train-wreck": "kind: 'Amtrak said in a statement' (a one-word body named as a noun's "
                            "modifier before, 'An Amtrak train') is given no kind",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_wire_story_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


# What the stories' first run showed, as single sentences -------------------------------------

def _records(text: str, date: str = "1997-03-21") -> list[tuple]:
    import saidwhen
    return [(q.speaker.name if q.speaker else None, q.speaker.gender if q.speaker else None, q.channel,
             q.said_on.value if q.said_on else None)
            for q in saidwhen.extract(text, date=date).quotes]


def test_today_and_yesterday_under_a_dateline_of_the_day_before_count_from_the_dateline():
    # a morning paper's story written the day before: its "today" is the dateline's day
    found = _records("OSLO, Norway, March 20 - The prime minister, Kari Lunde, said today that the talks "
                     "would go on.\n\nHer spokesman, Per Holm, said yesterday that no deal was near.\n\n"
                     "Mrs. Lunde said last night that she was tired.")
    assert [r[3] for r in found] == ["1997-03-20", "1997-03-19", "1997-03-19"]


def test_a_dateline_of_the_paper_s_own_day_or_none_leaves_today_the_paper_s():
    # guards: no day in the dateline, the dateline's day the article's, a weekday, a sentence's date
    assert _records("OSLO, Norway (AP) _ Kari Lunde said today that the talks would go on.")[0][3] == "1997-03-21"
    assert _records("OSLO, Norway, March 21 - Kari Lunde said today that the talks would go on.")[0][3] \
        == "1997-03-21"
    # a weekday counts from the dateline's day as well: a story filed Thursday the 20th cannot tell
    # of the Friday after it, so its "said Friday" is the Friday before
    assert _records("OSLO, Norway, March 20 - Kari Lunde said Friday that the talks would go on.")[0][3] \
        == "1997-03-14"
    assert _records("On March 20, the minister spoke. Kari Lunde said today that the talks would go "
                    "on.")[0][3] == "1997-03-21"


def test_a_spokesman_for_a_body_left_unnamed_is_the_name_in_apposition_after_it():
    # the parser hangs the name on "party" (a body's noun, no body's name): the spokesman is named
    found = _records("LIMA, Peru, May 15 (AFP) - The count went on.\n\nA spokesman for Echeverria's party, "
                     "Jorge Pena, told AFP by telephone that the party would not challenge the results.", "1995-05-15")
    assert found[-1][:3] == ("Jorge Pena", "male", "interview")


def test_a_spokesman_for_a_body_named_in_apposition_is_left_unnamed():
    # guard: the name in apposition to the body's noun is the body's, no person
    found = _records("LIMA, Peru (AFP) - A spokesman for the party, the Popular Front, said on Monday that it "
                     "would appeal.", "1995-05-15")
    assert found[-1][0] is None


def test_a_speaker_left_unnamed_by_a_role_is_the_one_named_with_the_role_paragraphs_on():
    found = _records("TOLEDO, Ohio (UPI) -- Talks to end the strike broke down Monday, and a federal mediator "
                     "said no new sessions were scheduled.\n\n``We were ready to talk all night,'' said Tom "
                     "Reed, president of the union local.\n\nThe company said its offer stood.\n\nThe mediator, "
                     "Ann Kowal of the Federal Mediation and Conciliation Service, said she would call both "
                     "sides back.", "1993-11-22")
    assert [r[:2] for r in found] == [("Ann Kowal", "female"), ("Tom Reed", "unknown"), (None, None),
                                      ("Ann Kowal", "female")]


def test_someone_else_written_with_the_role_and_other_words_is_not_the_one_left_unnamed():
    # guards: "the mediator for the city" adds words the description lacks; "another mediator"
    # is someone else before the one named
    for later in ("The mediator for the city, Ann Kowal, said she would call both sides back.",
                  "Another mediator, Tom Reed, said he was hopeful. The mediator, Ann Kowal, said she "
                  "would call both sides back."):
        found = _records("TOLEDO, Ohio (UPI) -- Talks broke down Monday, and a federal mediator said no new "
                         "sessions were scheduled.\n\nThe company said its offer stood.\n\n" + later, "1993-11-22")
        assert found[0][0] is None


def test_the_company_in_a_clause_of_a_sentence_about_a_firm_s_shares_is_that_firm():
    # an analyst's firm named before is typed a body, the firm whose shares fell is not
    text = ("NEW YORK (AP) _ Stocks fell. ``People are nervous,'' said Ruth Ober, an analyst at Kemble & "
            "Sons in Boston.\n\nShares of Pemberton Holdings fell 2 to 31 after the company said Tuesday "
            "night that it would cut its dividend.")
    assert _records(text, "1989-11-15")[-1][0] == "Pemberton Holdings"


def test_the_company_in_a_clause_of_a_sentence_about_prices_is_read_as_before():
    # guard: no firm's shares in the sentence; the company is the story's
    text = ("NEW YORK (AP) _ Kemble & Sons cut its prices. ``People are nervous,'' said Ruth Ober, an "
            "analyst.\n\nPrices fell after the company said Tuesday night that it would cut more.")
    assert _records(text, "1989-11-15")[-1][0] == "Kemble & Sons"
