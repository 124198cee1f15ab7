"""Channels in Canadian and international news, written before any was run (issue 12, round 12).

Issue 12's held-out quotes come from news of many countries, Canada's broadcasters and papers
among them. These articles and passages are our own writing in the styles of CBC, CTV, Global,
The Canadian Press, the Globe, the Star and Postmedia, and of the US, UK, Australian and Indian
press and the wires, with the record of every quote by conventions.md: a Canadian programme
("said on Rosemary Barton Live", "told CBC Radio's The Current", "on Global's The West Block"),
"told The Canadian Press", statements and emails to an outlet, a written response, a news
release, posts and videos, question period and the House, committees, news conferences and
scrums, rallies, rulings and filings, reports, letters, podcasts and books; and the traps: a
channel named in an earlier paragraph and a later "X said" (null), "told reporters" (null), a town
hall (null), and channel nouns that are no vehicle ("report card", "statement of claim", "press
secretary").

Every article is dated Wednesday 19 November 2025 (FRESH: Sunday 16 to Wednesday 19 November).
Paragraphs are split by blank lines. Each quote is found by words of its own; only the fields
given are checked (an outlet only where the text names it plainly).

The outlets first written for a broadcaster's programme ("CBC Radio's The House", "CTV's Question
Period", "Global's The West Block", "Fox News' “America's Newsroom”", "ABC's Insiders", "CNN's
State of the Union") were the programme; the project's tests give the broadcaster that owns it
("NBC" for "NBC's “Meet the Press”", "BBC Radio 4" for "BBC Radio 4's Today programme",
tests/test_channels_world.py), so they were mended to the broadcaster after the first run. The
programme named alone ("Rosemary Barton Live", "The Current") stays the outlet; "CBC Radio's
Metro Morning" (first written "Metro Morning") is CBC Radio's by the same reading.
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-11-19"
FRESH = ("2025-11-16", "2025-11-19")
THU, FRI, SAT, SUN = "2025-11-13", "2025-11-14", "2025-11-15", "2025-11-16"
MON, TUE, WED = "2025-11-17", "2025-11-18", "2025-11-19"


def person(name, gender=ANY, **rest) -> Q:
    """A person's quote; the gender is checked only where given."""
    return Q(name=name, kind="person", gender=gender, **rest)


def body(name, **rest) -> Q:
    return Q(name=name, kind="organisation", **rest)


def ch(channel, **rest) -> Q:
    """A quote checked for its channel (and what else is given) only."""
    return Q(channel=channel, **rest)


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


ARTICLES = [
    # CBC, national politics: a Sunday show, question period, the House, reporters on the Hill,
    # a statement to CBC News and a Saturday radio programme.
    ("ca-cbc-sunday-show-and-question-period", DATE, article(
        "OTTAWA — Finance Minister Karen Holt says the federal government will not bring in a new "
        "tax on grocery chains, despite pressure from the NDP and some Liberal backbenchers.",
        "“We are not going to tax our way to cheaper groceries,” Holt said on Rosemary Barton Live "
        "on Sunday. “That money ends up on the shelf price.”",
        "NDP finance critic Marc Tremblay called the position “a gift to the biggest companies in "
        "the country.”",
        "During question period on Tuesday, Tremblay pressed the minister again. “Families are "
        "choosing between rent and food,” he said. “What is the minister waiting for?”",
        "“The member knows we have cut taxes for nine million Canadians,” Holt replied in the "
        "House of Commons.",
        "Conservative Leader Pierre Lavoie told reporters on Parliament Hill that the Liberals had "
        "“run out of ideas.”",
        "“They spent ten years promising relief that never came,” Lavoie said.",
        "In a statement to CBC News, the Retail Council of Canada said a tax on grocers “would be "
        "passed on to consumers within weeks.”",
        "Loblaw did not respond to a request for comment.",
        "Holt is expected to table the fall economic statement on Dec. 4.",
        "Speaking to CBC Radio's The House on Saturday, the parliamentary budget officer, Yves "
        "Gagnon, said the deficit would be “well above” $60 billion this year.",
    ), [
        ("tax our way", person("Karen Holt", channel="interview", outlet="Rosemary Barton Live",
                               said_on=SUN)),
        ("shelf price", person("Karen Holt", channel="interview")),
        ("gift to the biggest", person("Marc Tremblay", channel=None)),
        ("rent and food", person("Marc Tremblay", "male", channel="parliament", said_on=TUE)),
        ("minister waiting", person("Marc Tremblay", channel="parliament")),
        ("nine million", person("Karen Holt", channel="parliament")),
        ("run out of ideas", person("Pierre Lavoie", channel=None, said_on=FRESH)),
        ("ten years promising", person("Pierre Lavoie", channel=None)),
        ("within weeks", body("Retail Council of Canada", channel="statement")),
        ("well above", person("Yves Gagnon", channel="interview", outlet="CBC Radio", said_on=SAT)),
    ]),
    # The Canadian Press, a provincial story: the wire's own interview, a written response, a
    # post on X, a scrum at the legislature, a later "X said", and a "report card" that is none.
    ("ca-cp-wildfire-alerts", DATE, article(
        "EDMONTON — Alberta's forestry minister says the province will review how it warns rural "
        "residents about wildfires after a fire destroyed 40 homes near Slave Lake last month.",
        "“We owe those families answers, and they are going to get them,” Todd Reimer told The "
        "Canadian Press in an interview Tuesday.",
        "Reimer said the review would look at the province's emergency alert app, which some "
        "residents said did not send a warning until flames were visible from their homes.",
        "“My phone buzzed when the neighbour's garage was already burning,” said Darlene Moss, who "
        "lost her house.",
        "In a written response, the Alberta Emergency Management Agency said the alert was issued "
        "“within minutes” of the fire crossing Highway 2.",
        "NDP wildfire critic Sarah Kaur said the government was “grading its own homework.”",
        "“The minister should call an independent inquiry, full stop,” Kaur said in a post on X.",
        "Premier Dana Whitlock, speaking in a scrum with reporters at the legislature on Monday, "
        "said she had “full confidence” in Reimer.",
        "“Todd is doing the work,” Whitlock said.",
        "The review's findings are due in March.",
        "“It's a report card they wrote themselves,” Moss said of the province's annual wildfire "
        "review.",
    ), [
        ("owe those families", person("Todd Reimer", channel="interview",
                                      outlet="The Canadian Press", said_on=TUE)),
        ("phone buzzed", person("Darlene Moss", channel=None)),
        ("within minutes", body("Alberta Emergency Management Agency", channel="statement")),
        ("grading its own", person("Sarah Kaur", channel=None)),
        ("independent inquiry", person("Sarah Kaur", channel="Twitter")),
        ("full confidence", person("Dana Whitlock", channel="news conference", said_on=MON)),
        ("doing the work", person("Dana Whitlock", channel=None)),
        ("report card", person("Darlene Moss", channel=None)),
    ]),
    # The Globe and Mail, a court story: a ruling, a later "she wrote", a court filing, a news
    # conference, the paper's own interview, a news release.
    ("ca-globe-encampment-ruling", DATE, article(
        "An Ontario Superior Court judge has struck down a Toronto bylaw that banned encampments "
        "in city parks, ruling that it violated the Charter rights of people without shelter.",
        "“The city cannot punish people for sleeping outside when there is nowhere else for them "
        "to sleep,” Justice Anne Kowalski wrote in her ruling, released Monday.",
        "“The evidence before me is that the shelter system was full on most nights of 2024,” she "
        "wrote.",
        "In a court filing, the city argued the bylaw was “a reasonable limit on the use of shared "
        "public space.”",
        "“We respect the court, but we believe this decision goes too far,” Mayor Olivia Chen said "
        "at a news conference at city hall on Tuesday. “We will be filing an appeal.”",
        "Lawyer Priya Raman, who represented the encampment residents, told The Globe and Mail in "
        "an interview that her clients were “relieved but exhausted.”",
        "“Nobody wants to live in a tent in November,” Raman said.",
        "The ruling does not apply to city sidewalks or to private land.",
        "The Canadian Civil Liberties Association, which intervened in the case, said in a news "
        "release that the decision “should be read closely by every city in the country.”",
        "Housing advocates plan a rally outside city hall on Thursday.",
    ), [
        ("nowhere else for them", person("Anne Kowalski", channel="court", said_on=MON)),
        ("shelter system was full", person("Anne Kowalski", "female", channel=None)),
        ("reasonable limit", ch("report")),
        ("goes too far", person("Olivia Chen", channel="news conference", said_on=TUE)),
        ("filing an appeal", person("Olivia Chen", channel="news conference", said_on=TUE)),
        ("relieved but exhausted", person("Priya Raman", channel="interview",
                                          outlet="The Globe and Mail")),
        ("live in a tent", person("Priya Raman", channel=None)),
        ("read closely", body("Canadian Civil Liberties Association", channel="press release")),
    ]),
    # CTV, health: a Sunday show whose quotation goes on in the next paragraph, an email to CTV
    # News (the medium wins), a spokesperson's email, a Commons committee, a letter, and a press
    # secretary who is no vehicle.
    ("ca-ctv-question-period-and-emails", DATE, article(
        "Health Minister Marie Gauthier says Ottawa is prepared to withhold health transfers from "
        "provinces that allow private clinics to charge patients for medically necessary care.",
        "“The Canada Health Act is not a suggestion,” Gauthier said in an interview on CTV's "
        "Question Period that aired Sunday.",
        "“If a province lets clinics bill patients, the money comes off their transfer. It's that "
        "simple.”",
        "Alberta's health minister, Glen Parsons, rejected the threat. “We will not be lectured by "
        "Ottawa on how to shorten wait times,” Parsons said in an email to CTV News on Monday.",
        "A spokesperson for Ontario Health Minister Nadia Rizzo said in an email that the province "
        "“follows the Canada Health Act in every respect.”",
        "“Patients are the ones caught in the middle,” said Dr. Alan Fitch, president of the "
        "Canadian Medical Association.",
        "Fitch told a Commons committee on Nov. 4 that surgical wait lists were “the longest they "
        "have ever been.”",
        "In a letter to Gauthier dated Oct. 30, Quebec's health minister wrote that the province "
        "“will defend its jurisdiction.”",
        "“The minister looks forward to the conversation,” said Gauthier's press secretary, Luc "
        "Bernier.",
    ), [
        ("not a suggestion", person("Marie Gauthier", channel="interview", outlet="CTV")),
        ("that simple", person("Marie Gauthier", channel="interview")),
        ("lectured by Ottawa", person("Glen Parsons", channel="email", said_on=MON)),
        ("every respect", person(None, channel="email")),
        ("caught in the middle", person("Alan Fitch", channel=None)),
        ("longest they", person("Alan Fitch", channel="parliament", said_on="2025-11-04")),
        ("defend its jurisdiction", ch("letter", said_on="2025-10-30")),
        ("looks forward", person("Luc Bernier", channel=None)),
    ]),
    # Global News: The West Block, a later "he said", a rally and the crowd told, a party's
    # statement, a video posted to social media and the words "in the video".
    ("ca-global-west-block-and-rally", DATE, article(
        "Conservative MP Jason Kerr says his party will force a vote on the carbon tax rebate "
        "before Christmas.",
        "“Canadians deserve to know where every member stands,” Kerr told Mercedes Stephenson on "
        "Global's The West Block on Sunday.",
        "Kerr said the vote would come on an opposition day motion. “We'll see who blinks,” he "
        "said.",
        "Prime Minister Daniel Ashford, speaking at a rally in Brampton, Ont., on Saturday night, "
        "told supporters the Conservatives had “no plan for the climate and no plan for the "
        "economy.”",
        "“They want to take us backward,” Ashford told the crowd of about 1,500. “We're not going "
        "back.”",
        "The Bloc Québécois said in a statement that it would vote against any motion that "
        "“interferes with Quebec's own carbon market.”",
        "Green Leader Emma Hart posted a video to social media on Monday calling the debate “a "
        "distraction from the fires burning outside our windows.”",
        "“We had the hottest summer on record, and Parliament is fighting about a rebate,” Hart "
        "said in the video.",
        "A Northfield Research poll released Tuesday found 41 per cent of Canadians support the "
        "rebate.",
        "“People like getting the cheque, but they don't like the tax,” said Northfield chief "
        "executive Ravi Mehta.",
    ), [
        ("every member stands", person("Jason Kerr", channel="interview", outlet="Global",
                                       said_on=SUN)),
        ("who blinks", person("Jason Kerr", channel=None)),
        ("no plan for the climate", person("Daniel Ashford", channel="speech", said_on=SAT)),
        ("take us backward", person("Daniel Ashford", channel="speech")),
        ("not going", person("Daniel Ashford", channel="speech")),
        ("own carbon market", body("Bloc Québécois", channel="statement")),
        ("distraction from the fires", person("Emma Hart", channel="social media", said_on=MON)),
        ("hottest summer", person("Emma Hart", channel="social media")),
        ("getting the cheque", person("Ravi Mehta", channel=None)),
    ]),
    # The Toronto Star, city hall: a town hall (null), the mayor's podcast, the Star's own
    # interview, a report released Tuesday, reporters at city hall.
    ("ca-star-budget-town-hall-podcast", DATE, article(
        "Toronto's budget chief says a property tax increase of at least 6 per cent is “all but "
        "certain” next year.",
        "Coun. Shelley Grant made the remarks at a town hall in Scarborough on Monday night, where "
        "about 200 residents packed a community centre gym.",
        "“I'm not going to stand here and promise you a freeze,” Grant said during the town hall. "
        "“That would be a lie.”",
        "Mayor Rachel Osei, speaking on her weekly podcast, City Matters, said Tuesday she would "
        "“look at every line” of the budget before agreeing to any number.",
        "“Nothing is decided until council decides it,” Osei said.",
        "In an interview with the Star, Coun. Mike Duarte, who chairs the transit committee, said "
        "the TTC would need an extra $80 million “just to keep the buses we have on the road.”",
        "“Every year we patch it and every year the hole gets bigger,” Duarte said.",
        "A report released Tuesday by the Toronto Region Board of Trade warned that the city faces "
        "“a structural deficit that no single tax increase can close.”",
        "“I'll read it this weekend,” Osei told reporters at city hall on Wednesday.",
    ), [
        ("all but", ch(None)),
        ("promise you a freeze", person("Shelley Grant", channel=None)),
        ("would be a lie", person("Shelley Grant", channel=None)),
        ("look at every line", person("Rachel Osei", channel="podcast", said_on=TUE)),
        ("Nothing is decided", person("Rachel Osei", channel=None)),
        ("buses we have", person("Mike Duarte", channel="interview")),
        ("hole gets bigger", person("Mike Duarte", channel=None)),
        ("structural deficit", ch("report", said_on=TUE)),
        ("this weekend", person("Rachel Osei", channel=None, said_on=WED)),
    ]),
    # AP, Washington: Senate testimony, a later "he said" at the hearing, a post on X, a cable
    # programme in quotation marks, a union's statement, the AP's own phone interview.
    ("us-ap-senate-hearing-controllers", DATE, article(
        "WASHINGTON (AP) — The head of the Federal Aviation Administration told senators Tuesday "
        "that the agency needs at least 3,000 more air traffic controllers to end the flight "
        "delays that have snarled airports this fall.",
        "“We are asking controllers to do the impossible, and they are doing it every day,” "
        "Administrator Lisa Monroe testified before the Senate Commerce Committee.",
        "Sen. Tom Reyes, a Texas Republican, pressed Monroe on overtime costs. “You've had two "
        "years and a budget increase,” he said. “What changed?”",
        "Monroe later said in a post on X that the hearing had been “productive.”",
        "Transportation Secretary Ken Abbott said on Fox News' “America's Newsroom” on Wednesday "
        "that the funding request would be “on the Hill before Thanksgiving.”",
        "The National Air Traffic Controllers Association said in a statement that staffing had "
        "been “a crisis for a decade.”",
        "“Nobody in the tower is surprised by any of this,” Rick Dalton, a controller at Newark, "
        "told The Associated Press by phone.",
        "Dalton said he worked six-day weeks for most of the summer. “You go home and you sleep, "
        "and then you come back,” he said.",
        "The FAA said delays at Newark averaged 47 minutes in October.",
    ), [
        ("do the impossible", person("Lisa Monroe", channel="parliament")),
        ("budget increase", person("Tom Reyes", channel=None)),
        ("What changed", person("Tom Reyes", channel=None)),
        ("productive", person("Lisa Monroe", channel="Twitter")),
        ("before Thanksgiving", person("Ken Abbott", channel="interview",
                                       outlet="Fox News", said_on=WED)),
        ("crisis for a decade", body("National Air Traffic Controllers Association",
                                     channel="statement")),
        ("surprised by any", person("Rick Dalton", channel="interview",
                                    outlet="The Associated Press")),
        ("you sleep", person("Rick Dalton", channel=None)),
    ]),
    # A UK paper: the Commons, a shadow minister, the Today programme, a charity's report, a
    # department's spokesperson, a letter and words "she added in the letter".
    ("uk-commons-today-and-letter", DATE, article(
        "The Home Secretary has defended plans to house asylum seekers on former military sites, "
        "telling MPs the policy would save £1bn a year.",
        "Speaking in the House of Commons on Monday, Helen Drake said: “This government will not "
        "apologise for spending taxpayers' money wisely.”",
        "Labour's shadow home secretary, Sam Whitby, said the sites were “unsafe and unlawful”.",
        "On BBC Radio 4's Today programme on Tuesday, Mr Whitby said: “We have seen the inspection "
        "reports. People are sleeping in rooms with asbestos.”",
        "The Refugee Council said in a report published on Tuesday that conditions at one site "
        "were “not fit for human habitation”.",
        "A Home Office spokesperson said: “We take the welfare of those in our care extremely "
        "seriously.”",
        "Ms Drake is due to give evidence to the Home Affairs Select Committee next week.",
        "In a letter to the committee chair published on Wednesday, she wrote that the sites were "
        "“temporary and proportionate”.",
        "“I will be happy to answer every question members put to me,” she added in the letter.",
    ), [
        ("spending taxpayers", person("Helen Drake", channel="parliament", said_on=MON)),
        ("unsafe and unlawful", person("Sam Whitby", channel=None)),
        ("inspection reports", person("Sam Whitby", channel="interview", said_on=TUE)),
        ("human habitation", body("Refugee Council", channel="report", said_on=TUE)),
        ("extremely seriously", person(None, channel=None)),
        ("temporary and proportionate", person("Helen Drake", channel="letter", said_on=WED)),
        ("happy to answer", person("Helen Drake", channel="letter")),
    ]),
    # An Australian report: a press conference, a question asked with no vehicle named, ABC's
    # Insiders, talkback radio, a media release, a Facebook post and a later "X said".
    ("au-press-conference-insiders-2gb", DATE, article(
        "The Prime Minister has ruled out changes to negative gearing before the next election, "
        "days after the Treasurer refused to rule them in or out.",
        "“It is not our policy and it will not be our policy,” Michael Hendry told a press "
        "conference in Canberra on Monday.",
        "Asked whether Treasurer Julia Carr agreed, Mr Hendry said: “The Treasurer and I are on "
        "exactly the same page.”",
        "Ms Carr told ABC's Insiders on Sunday that the government was “looking at everything” to "
        "improve housing affordability.",
        "Opposition Leader Grant Fowler said the two had been “caught out”. “They can't even agree "
        "with each other,” he told 2GB radio.",
        "The Property Council said in a media release that any change would “hit mum and dad "
        "investors hardest”.",
        "Greens housing spokesman Max Chandler wrote in a post on Facebook that the government had "
        "“betrayed renters”.",
        "“Labor has chosen landlords over renters,” Senator Chandler said.",
    ), [
        ("not our policy", person("Michael Hendry", channel="news conference", said_on=MON)),
        ("same page", person("Michael Hendry", channel=None)),
        ("looking at everything", person("Julia Carr", channel="interview", outlet="ABC",
                                         said_on=SUN)),
        ("caught out", person("Grant Fowler", channel=None)),
        ("agree with each other", person("Grant Fowler", channel="interview", outlet="2GB")),
        ("mum and dad", body("Property Council", channel="press release")),
        ("betrayed renters", person("Max Chandler", channel="Facebook")),
        ("landlords over renters", person("Max Chandler", channel=None)),
    ]),
    # An Indian report: PTI's interview, a party's press conference, a later "X said", a post on
    # X, NDTV, and the Lok Sabha.
    ("in-pti-ndtv-lok-sabha", DATE, article(
        "NEW DELHI: Union Road Transport Minister Arvind Kulkarni on Tuesday said the government "
        "would complete the Delhi-Mumbai expressway by March 2026.",
        "“Ninety per cent of the work is done, and the remaining stretches will be finished on "
        "schedule,” Kulkarni told PTI in an interview.",
        "Congress spokesperson Pawan Rao said at a press conference at the party headquarters that "
        "the project was “years behind and thousands of crores over budget”.",
        "“The minister keeps announcing deadlines that he keeps missing,” Rao said.",
        "In a post on X, Kulkarni hit back, saying the opposition “never built a single kilometre” "
        "when in power.",
        "Speaking to NDTV on Wednesday, Maharashtra Chief Minister Sunita Pawar said the state had "
        "handed over “every acre of land the Centre asked for”.",
        "The Comptroller and Auditor General had flagged cost overruns on two stretches of the "
        "expressway last year.",
        "Kulkarni said in the Lok Sabha on Monday that “not one rupee” had been wasted.",
    ), [
        ("Ninety per cent", person("Arvind Kulkarni", channel="interview", outlet="PTI")),
        ("years behind", person("Pawan Rao", channel="news conference")),
        ("keeps missing", person("Pawan Rao", channel=None)),
        ("single kilometre", person("Arvind Kulkarni", channel="Twitter")),
        ("every acre", person("Sunita Pawar", channel="interview", outlet="NDTV", said_on=WED)),
        ("not one rupee", person("Arvind Kulkarni", channel="parliament", said_on=MON)),
    ]),
]

PASSAGES = [
    ("ca-told-metro-morning", DATE,
     "“We heard from hundreds of parents,” trustee Leah Ng told CBC Radio's Metro Morning on "
     "Tuesday.",
     [("hundreds of parents", person("Leah Ng", channel="interview", outlet="CBC Radio",
                                     said_on=TUE))]),
    ("ca-told-the-current", DATE,
     "Health Minister Raj Mehta told The Current that the shortage “will get worse before it gets "
     "better.”",
     [("get worse", person("Raj Mehta", channel="interview", outlet="The Current"))]),
    ("ca-said-on-power-and-politics", DATE,
     "“The province has no plan,” Liberal MPP Anne Roy said on CBC's Power & Politics.",
     [("no plan", person("Anne Roy", channel="interview"))]),
    ("ca-statement-to-cbc-news", DATE,
     "In a statement to CBC News, the RCMP said officers “acted in accordance with their "
     "training.”",
     [("accordance", body("RCMP", channel="statement"))]),
    ("ca-spokesperson-said-in-an-email", DATE,
     "A spokesperson for the minister said in an email that the file was “under active review.”",
     [("active review", person(None, channel="email"))]),
    ("ca-email-to-ctv-news", DATE,
     "In an email to CTV News, Metrolinx said the line would open “in the second half of 2026.”",
     [("second half", body("Metrolinx", channel="email"))]),
    ("ca-written-response", DATE,
     "“We will not be commenting further while the matter is before the courts,” the company said "
     "in a written response.",
     [("commenting further", ch("statement"))]),
    ("ca-news-release-tuesday", DATE,
     "The city said in a news release Tuesday that the water main was repaired “ahead of "
     "schedule.”",
     [("ahead of", ch("press release", said_on=TUE))]),
    ("ca-post-on-x", DATE,
     "“Proud of this team,” Mayor Joe Ricci wrote in a post on X on Monday.",
     [("Proud of this team", person("Joe Ricci", channel="Twitter", said_on=MON))]),
    ("ca-video-posted-to-social-media", DATE,
     "In a video posted to social media, Chief Dana Blake said the force was “sorry for the pain” "
     "it had caused.",
     [("sorry for the pain", person("Dana Blake", channel="social media"))]),
    ("ca-during-question-period", DATE,
     "During question period, Immigration Minister Farah Qureshi said the targets were "
     "“responsible and realistic.”",
     [("responsible and realistic", person("Farah Qureshi", channel="parliament"))]),
    ("ca-in-the-house-of-commons", DATE,
     "“This is a government in denial,” Bloc MP Luc Morin said in the House of Commons on "
     "Tuesday.",
     [("in denial", person("Luc Morin", channel="parliament", said_on=TUE))]),
    ("ca-told-a-commons-committee", DATE,
     "Chief Electoral Officer Paul Dumont told a Commons committee on Thursday that foreign "
     "interference was “a persistent threat.”",
     [("persistent threat", person("Paul Dumont", channel="parliament", said_on=THU))]),
    ("ca-testified-before-the-senate-committee", DATE,
     "The former ambassador, Claire Lemieux, testified before the Senate committee that the talks "
     "had been “doomed from the start.”",
     [("doomed", person("Claire Lemieux", channel="parliament"))]),
    ("ca-news-conference-in-ottawa", DATE,
     "“Our investigation is ongoing,” Supt. Karen Yip said at a news conference in Ottawa on "
     "Monday.",
     [("investigation is ongoing", person("Karen Yip", channel="news conference", said_on=MON))]),
    ("ca-told-reporters-on-the-hill", DATE,
     "“We're going to get this done,” the minister told reporters on Parliament Hill.",
     [("get this done", ch(None))]),
    ("ca-in-a-scrum", DATE,
     "“It's a good deal for Canada,” Trade Minister Ian Kwan said in a scrum after the meeting.",
     [("good deal", person("Ian Kwan", channel="news conference"))]),
    ("ca-during-a-town-hall", DATE,
     "“I hear your frustration,” the MP said during a town hall in Moncton on Tuesday.",
     [("your frustration", ch(None, said_on=TUE))]),
    ("ca-told-a-rally", DATE,
     "“We are going to win this riding,” Premier Dale Farris told a rally in Vaughan on Saturday.",
     [("win this riding", person("Dale Farris", channel="speech", said_on=SAT))]),
    ("ca-in-a-court-filing", DATE,
     "The province argued in a court filing that the strike was “illegal on its face.”",
     [("illegal on its face", ch("report"))]),
    ("ca-said-in-his-ruling", DATE,
     "“The Crown has not proven its case,” Justice Mark Olsen said in his ruling Tuesday.",
     [("not proven", person("Mark Olsen", channel="court", said_on=TUE))]),
    ("ca-report-released-tuesday", DATE,
     "The auditor general said in a report released Tuesday that the program was “poorly managed "
     "from the outset.”",
     [("poorly managed", ch("report", said_on=TUE))]),
    ("ca-letter-to-the-premier", DATE,
     "In a letter to the premier, the mayors wrote that the cuts would “devastate rural transit.”",
     [("rural transit", ch("letter"))]),
    ("ca-on-his-podcast", DATE,
     "“We got it wrong,” former minister Jean Picard said on his podcast.",
     [("got it wrong", person("Jean Picard", channel="podcast"))]),
    ("ca-in-his-book", DATE,
     "In his book, released this fall, former prime minister Robert Lang writes that the pipeline "
     "decision was “the hardest of my career.”",
     [("hardest of my career", person("Robert Lang", channel="book", said_on=None))]),
    ("ca-earlier-paragraph-then-x-said", DATE, article(
        "Dr. Amy Clarke told CTV's Your Morning on Monday that the clinic “will close by "
        "spring.”",
        "“It breaks my heart,” Clarke said."),
     [("close by", person("Amy Clarke", channel="interview", said_on=MON)),
      ("breaks my heart", person("Amy Clarke", channel=None))]),
    ("ca-statement-follow-on", DATE,
     "“We were not consulted,” Chief Norma Bear said in a statement. “Not once, not ever.”",
     [("not consulted", person("Norma Bear", channel="statement")),
      ("not ever", person("Norma Bear", channel="statement"))]),
    ("ca-report-card-is-no-report", DATE,
     "“This report card should embarrass every school board,” said analyst Tom Lee of the "
     "Atlantic Policy Centre.",
     [("embarrass every", person("Tom Lee", channel=None))]),
    ("ca-statement-of-claim-is-no-statement", DATE,
     "Lawyer Ian Sousa, who filed the statement of claim on Monday, said the family wanted "
     "“answers, not money.”",
     [("answers, not money", person("Ian Sousa", channel=None))]),
    ("ca-press-secretary-is-no-press", DATE,
     "“The prime minister has been clear,” said press secretary Anna Dubois.",
     [("been clear", person("Anna Dubois", channel=None))]),
    ("ca-told-reporters-follow-on", DATE,
     "“It's premature,” the minister told reporters Tuesday. “Let the process work.”",
     [("premature", ch(None, said_on=TUE)), ("process work", ch(None))]),
    ("ca-said-in-an-interview", DATE,
     "“I didn't expect to win,” Sandra Lopez said in an interview.",
     [("expect to win", person("Sandra Lopez", channel="interview"))]),
    ("ca-told-cbc-news", DATE,
     "“I was scared for my kids,” Emily Tran told CBC News.",
     [("scared for my kids", person("Emily Tran", channel="interview", outlet="CBC News"))]),
    ("ca-earlier-statement-then-body-said", DATE, article(
        "In a statement, the school board said it was “reviewing the matter.”",
        "“We take this seriously,” the board said."),
     [("reviewing the matter", ch("statement")), ("take this seriously", ch(None))]),
    ("uk-told-the-bbc", DATE,
     "“This is a scandal,” the Labour MP Rosie Hart told the BBC.",
     [("a scandal", person("Rosie Hart", channel="interview", outlet="BBC"))]),
    ("au-told-sky-news", DATE,
     "“We're not going anywhere,” Ms Lane told Sky News on Tuesday.",
     [("going anywhere", ch("interview", outlet="Sky News", said_on=TUE))]),
    ("in-told-ani", DATE,
     "“The bill will be passed in this session,” Minister Anil Desai told ANI.",
     [("passed in this session", person("Anil Desai", channel="interview", outlet="ANI"))]),
    ("us-said-on-state-of-the-union", DATE,
     "“I don't regret it,” Sen. Mary Cole said on CNN's State of the Union.",
     [("don't regret", person("Mary Cole", channel="interview", outlet="CNN"))]),
    ("wire-told-reuters-anonymously", DATE,
     "“Prices will stay high through winter,” an OPEC delegate told Reuters, speaking on "
     "condition of anonymity.",
     [("through winter", person(None, channel="interview", outlet="Reuters"))]),
    ("ca-speech-to-a-club", DATE,
     "In a speech to the Economic Club of Canada on Tuesday, Bank of Canada Governor Claire Roy "
     "said rates were “in the right place.”",
     [("right place", person("Claire Roy", channel="speech", said_on=TUE))]),
    ("ca-press-conference-at-queens-park", DATE,
     "Speaking at a press conference at Queen's Park, Premier Dale Farris said: “Nobody is getting "
     "a raise this year.”",
     [("getting a raise", person("Dale Farris", channel="news conference"))]),
    ("ca-video-posted-to-facebook", DATE,
     "“Our members are exhausted,” union president Jo Kent said in a video posted to Facebook.",
     [("members are exhausted", person("Jo Kent", channel="Facebook"))]),
]

# Written with the rules, after the first run: each 'rule-' case fails without its rule; each
# 'guard-' case passes with and without it ('also-': passes on main too, by another rule).
WITH_THE_RULES = [
    ("rule-said-in-a-written-response", DATE,
     "“We will not be commenting further while the matter is before the courts,” the company said "
     "in a written response.",
     [("commenting further", ch("statement"))]),
    ("rule-in-a-written-reply-to-an-outlet", DATE,
     "In a written reply to questions from The Canadian Press, the ministry said the program was "
     "“working as intended.”",
     [("working as intended", ch("statement"))]),
    ("guard-a-written-response-spoken-of", DATE,
     "The ministry said a written response to the audit was due by Friday, calling the audit "
     "“thorough and fair.”",
     [("thorough and fair", ch(None))]),
    ("rule-told-reporters-at-the-legislature", DATE,
     "“I have full confidence in him,” Premier Dana Whitlock told reporters at the legislature on "
     "Monday.",
     [("full confidence", person("Dana Whitlock", channel=None, said_on=MON))]),
    ("rule-a-scrum-at-the-legislature", DATE,
     "“I have full confidence in him,” Premier Dana Whitlock said in a scrum with reporters at the "
     "legislature on Monday.",
     [("full confidence", person("Dana Whitlock", channel="news conference", said_on=MON))]),
    ("rule-a-news-conference-at-the-legislature", DATE,
     "Speaking at a news conference at the legislature, Premier Dana Whitlock said she had “full "
     "confidence” in the minister.",
     [("full", person("Dana Whitlock", channel="news conference"))]),
    ("guard-said-in-the-legislature", DATE,
     "“We are not done,” Premier Dale Farris said in the legislature on Tuesday.",
     [("not done", person("Dale Farris", channel="parliament", said_on=TUE))]),
    ("guard-told-the-legislature", DATE,
     "“We are not done,” Premier Dale Farris told the legislature on Tuesday.",
     [("not done", person("Dale Farris", channel="parliament", said_on=TUE))]),
    ("rule-a-scene-of-a-surname-then-he-said", DATE, article(
        "NDP critic Marc Tremblay called it “a gift.”",
        "During question period on Tuesday, Tremblay pressed the minister again. “Families are "
        "choosing between rent and food,” he said."),
     [("rent and food", person("Marc Tremblay", channel="parliament", said_on=TUE))]),
    ("guard-a-scene-of-a-surname-then-another-speaker", DATE, article(
        "NDP critic Marc Tremblay called it “a gift.”",
        "During question period on Tuesday, Tremblay pressed the minister again. “Families are "
        "choosing between rent and food,” said Ann Roy."),
     [("rent and food", person("Ann Roy", channel=None))]),
    ("rule-in-the-video-posted", DATE, article(
        "Ann Roy posted a video to social media on Monday urging people to “show up.”",
        "“Every vote counts,” Roy said in the video."),
     [("show up", person("Ann Roy", channel="social media", said_on=MON)),
      ("Every vote counts", person("Ann Roy", channel="social media", said_on=MON))]),
    ("also-in-the-message-posted", DATE, article(
        "Ann Roy posted a message on Facebook on Monday urging people to “show up.”",
        "“Every vote counts,” Roy said in the message."),
     [("Every vote counts", person("Ann Roy", channel="Facebook", said_on=MON))]),
    ("rule-responding-to-the-ruling", DATE,
     "Responding to the ruling, a ministry spokesperson said: “We will study the decision "
     "carefully.”",
     [("study the decision", person(None, channel=None))]),
    ("also-in-response-to-the-report", DATE,
     "“Nobody was hurt,” Chief Dana Blake said Tuesday in response to the report.",
     [("Nobody was hurt", person("Dana Blake", channel=None, said_on=TUE))]),
    ("rule-reacting-to-a-speech", DATE,
     "Reacting to the premier's speech, Opposition Leader Ann Roy said: “It was all slogans.”",
     [("all slogans", person("Ann Roy", channel=None))]),
    ("rule-responding-in-a-statement", DATE,
     "Responding to the report in a statement, Chief Dana Blake said: “Nobody was hurt.”",
     [("Nobody was hurt", person("Dana Blake", channel="statement"))]),
    ("rule-commenting-on-the-report", DATE,
     "Commenting on the report, Mayor Joe Ricci said: “We have known this for years.”",
     [("known this for years", person("Joe Ricci", channel=None))]),
    ("rule-criticising-the-statement", DATE,
     "Criticising the province's statement, union president Jo Kent said: “Nobody believes it.”",
     [("Nobody believes it", person("Jo Kent", channel=None))]),
    ("guard-a-statement-welcoming-the-ruling", DATE,
     "In a statement welcoming the ruling, the union said the decision was “long overdue.”",
     [("long overdue", ch("statement"))]),
    ("guard-comments-to-an-outlet", DATE,
     "“This is bad,” Maeve Ross said in comments to Reuters.",
     [("This is bad", person("Maeve Ross", channel="interview", outlet="Reuters"))]),
    ("guard-commented-on-a-platform", DATE,
     "“This is bad,” Maeve Ross commented on Facebook.",
     [("This is bad", person("Maeve Ross", channel="Facebook"))]),
    ("guard-replied-to-the-committee", DATE,
     "Dumont replied to the committee: “The threat is persistent.”",
     [("threat is persistent", ch("parliament"))]),
    ("guard-another-speaker-in-the-video", DATE, article(
        "Ann Roy posted a video to social media on Monday urging people to “show up.”",
        "“Every vote counts,” said Tom Lee, who appeared in the video."),
     [("Every vote counts", person("Tom Lee", channel=None))]),
]

# Cases still wrong, each with why (a strict xfail: it must start passing to be taken off).
# On main 671525e, 118 of the 127 quotes written first had the channel written here (one of them
# not found at all); after this round's rules 124 of 127, and these cases are left:
STILL_WRONG: dict[str, str] = {
    "au-press-conference-insiders-2gb":
        "quote finding, not channel: the two words “betrayed renters” after 'wrote in a post on "
        "Facebook that the government had' are taken for no quote, so the post is a narrative "
        "scene and the next paragraph's own 'Senator Chandler said' gets Facebook; and the "
        "tokeniser splits the call sign '2GB' into a number and a unit ('GB' as outlet)",
    "ca-email-to-ctv-news":
        "kind, not channel: 'Metrolinx said' gets no kind",
}


@pytest.mark.parametrize("text, expected, date",
                         list(article_params(ARTICLES + PASSAGES + WITH_THE_RULES, STILL_WRONG)))
def test_canada_channels(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
