"""The channel set up across a whole article: where it holds for later quotes, and where it ends.

Issue 12's held-out quotes mostly MISS a channel. Short passages fit our rules (test_channels_world);
what they do not test is a channel set up in one paragraph and holding for quotes after it (a
follow-on quote, a "she said" in the paragraph of the scene, a quotation running over paragraphs,
"in the same interview", "she wrote" after an email), or ending (a new scene; a later paragraph's
own "X said", which conventions.md gives null even where the words plainly come from the same
interview; "outside court"). Every article and passage here is our own writing in the style of news
from the US, the UK, Ireland, Canada, Australia, India, South Africa and the wire services, written
with the record of each quote by conventions.md before any was run.

Every article is dated Thursday 10 April 2025 (FRESH: a fresh quote with no time of its own may
fall anywhere from Monday 7 to Thursday 10 April). Paragraphs are split by blank lines. Each quote
is found by words of its own; only the fields given are checked.
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q, body
from test_canadian_placing import article_differences, article_params

DATE = "2025-04-10"
FRESH = ("2025-04-07", "2025-04-10")
MON, TUE, WED, THU = "2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"
SAT, SUN = "2025-04-05", "2025-04-06"


def person(name, gender=ANY, **rest) -> Q:
    """A person's quote; the gender is checked only where given."""
    return Q(name=name, kind="person", gender=gender, **rest)


def ch(channel, **rest) -> Q:
    """A quote checked for its channel (and what else is given) only."""
    return Q(channel=channel, **rest)


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


ARTICLES = [
    # A profile built on one interview (US paper): the interview holds in its paragraph, is tied
    # again by "Later in the interview", and a later paragraph's own "she said" is null.
    ("us-profile-one-interview", DATE, article(
        "Ana Ruiz spoke to The Journal from her kitchen in Tucson on Tuesday, three weeks after "
        "the county closed the clinic where she had worked for 22 years. “I keep waking up at five "
        "as if I had somewhere to be,” she said. “The dog thinks I've lost my mind.”",
        "The county has said the clinic cost $4 million a year to run and saw fewer patients every "
        "year.",
        "Ruiz, a nurse, disputes that. “The numbers went down because they cut our hours,” she "
        "said.",
        "Later in the interview, Ruiz said she had applied for jobs in Phoenix. “I'm not ready to "
        "stop,” she said.",
        "County Supervisor Tom Baird said in a statement on Wednesday that the decision “was made "
        "with a heavy heart” and that patients would be referred to a hospital in Marana.",
        "Baird did not respond to a request for comment on Thursday.",
        "“Nobody asked us,” said Maria Soto, 71, who drove 40 minutes to the clinic every month. "
        "“Not once.”",
        "The clinic's building will be sold at auction in June, the county said.",
    ), [
        ("waking up at five", person("Ana Ruiz", "female", channel="interview", said_on=TUE)),
        ("lost my mind", person("Ana Ruiz", "female", channel="interview")),
        ("cut our hours", person("Ana Ruiz", "female", channel=None)),
        ("applied for jobs", person("Ana Ruiz", "female", channel="interview")),
        ("not ready to stop", person("Ana Ruiz", "female", channel="interview")),
        ("heavy heart", person("Tom Baird", channel="statement", said_on=WED)),
        ("Nobody asked us", person("Maria Soto", channel=None)),
        ("Not once", person("Maria Soto", channel=None)),
    ]),
    # A press conference, then a court scene, then words outside court (UK regional paper).
    ("uk-press-conference-then-court", DATE, article(
        "Police have arrested a second man over the death of a teenager in Moss Side, Greater "
        "Manchester Police said on Wednesday.",
        "At a press conference at force headquarters, Detective Chief Inspector Helen Marsh said "
        "officers were “following every line of inquiry”. “We know people in the community have "
        "information,” she said. “I would ask them to come forward, even anonymously.”",
        "Earlier, a 19-year-old man appeared at Manchester Crown Court charged with murder.",
        "Prosecutor David Lang told the court the victim had been stabbed “at least four times” "
        "outside a shop on Claremont Road. “This was a targeted attack,” Mr Lang said.",
        "The defendant was remanded in custody and will appear again on 2 May.",
        "Outside court, the victim's uncle, Samuel Okoro, said the family was “broken”.",
        "“He was a boy who loved football and his mum,” he said.",
    ), [
        ("every line of inquiry", person("Helen Marsh", channel="news conference")),
        ("have information", person("Helen Marsh", "female", channel="news conference")),
        ("come forward", person("Helen Marsh", "female", channel="news conference")),
        ("at least four times", person("David Lang", channel="court")),
        ("targeted attack", person("David Lang", "male", channel="court")),
        ("broken", person("Samuel Okoro", channel=None)),
        ("loved football", person("Samuel Okoro", "male", channel=None)),
    ]),
    # A rally speech whose quotation runs over two paragraphs (the first with no closing mark), an
    # opponent's statement, and the wire's own phone interview (AP).
    ("wire-rally-quote-runs-over-paragraphs", DATE, article(
        "DES MOINES, Iowa (AP) — State Sen. Laura Whitfield opened her campaign for governor on "
        "Wednesday night with a rally at a packed union hall.",
        "“They told us this state couldn't change,” Whitfield told the crowd of about 800. “They "
        "told us to wait our turn. Well, I'm done waiting.",
        "“I'm done waiting for a fair wage. I'm done waiting for roads that don't crack every "
        "winter.”",
        "Whitfield's opponent, Gov. Ray Dunning, said in a statement that she had “no record to "
        "run on.”",
        "Dunning's campaign manager, Alex Porter, told The Associated Press by phone on Thursday "
        "that the governor would hold his own rally in Cedar Rapids on Saturday.",
        "“We'll let the voters decide who has a record,” Porter said.",
    ), [
        ("couldn't change", person("Laura Whitfield", channel="speech", said_on=WED)),
        ("wait our turn", person("Laura Whitfield", channel="speech")),
        ("fair wage", person("Laura Whitfield", channel="speech")),
        ("no record to", person("Ray Dunning", channel="statement")),
        ("own rally", person("Alex Porter", channel="interview", said_on=THU)),
        ("voters decide", person("Alex Porter", channel=None)),
    ]),
    # Radio: a minister on a morning programme, a caller to a phone-in, and the Dáil (Irish paper).
    ("ie-radio-phone-in-and-dail", DATE, article(
        "The Minister for Housing, Declan Byrne, has said the State will build 40,000 homes this "
        "year, despite figures showing completions fell in the first quarter.",
        "Speaking on RTÉ Radio 1's Morning Ireland, Mr Byrne said the fall was “a blip, not a "
        "trend”. “We have more cranes in Dublin than at any time since 2007,” he said.",
        "Listeners to the Liveline phone-in were less convinced.",
        "One caller, a teacher from Athlone, told Liveline: “I'm 38 and I'm still in my childhood "
        "bedroom.”",
        "Sinn Féin's housing spokesperson, Eoin Ó Broin, said in the Dáil on Wednesday that the "
        "minister was “living in a parallel universe”.",
        "A spokeswoman for the Department of Housing said the figures would be revised in May.",
    ), [
        ("a blip", person("Declan Byrne", channel="interview")),
        ("more cranes", person("Declan Byrne", "male", channel="interview")),
        ("childhood bedroom", ch("interview", outlet="Liveline")),
        ("parallel universe", person("Eoin Ó Broin", channel="parliament", said_on=WED)),
    ]),
    # A statement quoted in pieces, then an analyst told a news site (South African paper).
    ("za-statement-in-pieces", DATE, article(
        "Eskom said on Tuesday that it would suspend load shedding from Wednesday morning after "
        "returning three units at Kusile to service.",
        "In a statement, the power utility said the system had “sufficient capacity to meet "
        "demand for the rest of the week”.",
        "“Eskom will continue to monitor the system closely and will communicate any changes,” "
        "the statement read.",
        "Energy analyst Chris Yelland told News24 the announcement was “welcome but fragile”.",
        "“We have seen this movie before,” Yelland said.",
        "The Minister of Electricity is expected to brief the media on Thursday.",
    ), [
        ("suspend load shedding", body("Eskom", channel=None, said_on=TUE)),
        ("sufficient capacity", ch("statement")),
        ("monitor the system", ch("statement")),
        ("welcome but fragile", person("Chris Yelland", channel="interview", outlet="News24")),
        ("this movie before", person("Chris Yelland", channel=None)),
    ]),
    # An email exchange (Canadian paper): "wrote in an email", "in an email response", then "she
    # wrote" after it.
    ("ca-email-exchange", DATE, article(
        "TORONTO — The University of Toronto will review how it handles complaints of harassment "
        "after a former graduate student went public with her account last week.",
        "In an email to the Star on Tuesday, university spokesperson Karen Lau wrote that the "
        "review would be “independent and thorough.” “We take every complaint seriously,” Lau "
        "wrote.",
        "The former student, Priya Menon, 29, said in an email response to questions that she had "
        "waited two years for the university to act.",
        "“I was told to be patient. I was patient,” she wrote. “Patience got me nothing.”",
        "Menon's lawyer did not respond to an email.",
        "Ontario's Minister of Colleges and Universities, Nolan Quinn, told reporters at Queen's "
        "Park that he had asked for a briefing.",
        "“This is not acceptable anywhere, least of all at a university,” Quinn said.",
    ), [
        ("independent and thorough", person("Karen Lau", channel="email", said_on=TUE)),
        ("every complaint seriously", person("Karen Lau", channel="email")),
        ("waited two years", person("Priya Menon", channel="email")),
        # written "email" at first; conventions.md: a later paragraph's own attribution ("she
        # wrote") gets null, even where the words plainly come from the same email
        ("told to be patient", person("Priya Menon", "female", channel=None)),
        ("got me nothing", person("Priya Menon", "female", channel=None)),
        ("asked for a briefing", person("Nolan Quinn", channel=None)),
        ("least of all", person("Nolan Quinn", channel=None)),
    ]),
    # Social posts quoted in turn (Indian paper).
    ("in-social-posts-in-turn", DATE, article(
        "NEW DELHI: A war of words broke out on social media on Monday after the Delhi government "
        "announced an odd-even scheme for vehicles from next week.",
        "Chief minister Rekha Gupta posted on X that the scheme was “a temporary measure to protect "
        "the health of our children”.",
        "Former chief minister Atishi hit back within the hour. “The government slept for six "
        "months and now wakes up in panic,” she wrote on X.",
        "In a post on Instagram, Congress leader Devender Yadav said the scheme was “a photo "
        "opportunity”. “Where are the buses?” he wrote.",
        "Environment minister Manjinder Singh Sirsa told ANI that the government would add 1,000 "
        "buses by June.",
        "“Delhi will breathe again,” he said.",
    ), [
        ("temporary measure", person("Rekha Gupta", channel="Twitter")),
        ("slept for six months", person("Atishi", "female", channel="Twitter")),
        ("photo opportunity", person("Devender Yadav", channel="Instagram")),
        ("Where are the buses", person("Devender Yadav", "male", channel="Instagram")),
        ("1,000 buses", person("Manjinder Singh Sirsa", channel="interview", outlet="ANI")),
        ("breathe again", person("Manjinder Singh Sirsa", "male", channel=None)),
    ]),
    # Evidence to an inquiry over several paragraphs (Australian paper).
    ("au-inquiry-evidence", DATE, article(
        "A former NSW Health executive has told an inquiry into the state's ambulance service that "
        "managers ignored repeated warnings about response times.",
        "Giving evidence on Wednesday, Dr Susan Kerr said she had raised the alarm in at least "
        "three emails in 2022. “I was told it was a resourcing issue,” Dr Kerr said. “It was not "
        "dealt with.”",
        "Under questioning from counsel assisting, she told the inquiry that she had not taken "
        "her concerns to the minister. “In hindsight, I should have,” she said.",
        "Outside the hearing, the Health Services Union's NSW secretary, Gerard Hayes, said the "
        "evidence was “damning”.",
        "The inquiry continues on Monday, when the ambulance commissioner is due to appear.",
    ), [
        ("raised the alarm", person("Susan Kerr", channel="court", said_on=WED)),
        ("resourcing issue", person("Susan Kerr", channel="court")),
        ("not dealt with", person("Susan Kerr", channel="court")),
        ("to the minister", person("Susan Kerr", "female", channel="court")),
        # written "court" at first; conventions.md: a quote with its own "she said" after an
        # occasion named behind the verb ("she told the inquiry that ...") is null
        ("should have", person("Susan Kerr", "female", channel=None)),
        ("damning", person("Gerard Hayes", channel=None)),
    ]),
    # Documents: an internal memo obtained by the agency (no label), a report, court papers, an
    # email (Reuters).
    ("wire-memo-report-filing", DATE, article(
        "WASHINGTON (Reuters) - A federal agency knew for at least two years that its flood maps "
        "understated the risk to thousands of homes, according to an internal memo obtained by "
        "Reuters.",
        "“Our current maps do not reflect observed rainfall since 2015,” the memo said.",
        "The agency's inspector general reached a similar conclusion in a report released on "
        "Tuesday. “The agency has not established a schedule for updating its maps,” the report "
        "said.",
        "Homeowners in Louisiana sued the agency last year. Their lawyers argued in a court filing "
        "on Monday that the memo showed the agency had “chosen silence over safety.”",
        "A spokesperson for the agency said in an email that it does not comment on pending "
        "litigation.",
        "“We are committed to accurate flood risk information,” the spokesperson said.",
    ), [
        ("observed rainfall", ch(None)),
        ("a schedule for updating", ch("report", said_on=TUE)),
        ("silence over safety", ch("report", said_on=MON)),
        ("pending litigation", ch("email")),
        ("accurate flood risk", ch(None)),
    ]),
    # Another outlet's interviews, an earlier speech recalled, a report (UK paper).
    ("uk-other-outlets-and-recalled-speech", DATE, article(
        "The Chancellor, Rachel Reeves, has ruled out raising income tax in the autumn budget, "
        "telling the Financial Times that working people “will not pay more”.",
        "Her words echo those of her predecessor, Jeremy Hunt, who said last year in a speech in "
        "Manchester that “the tax burden is too high”.",
        "Speaking to the BBC on Sunday, Ms Reeves said: “I have been very clear about this.”",
        "In comments to Reuters, a Treasury source said the Chancellor was “looking at every "
        "option” on spending.",
        "The shadow chancellor, Mel Stride, said the promise was “worthless”. “She said exactly "
        "the same thing before the last budget,” he told Times Radio.",
        "The Institute for Fiscal Studies said in a report on Wednesday that taxes were already at "
        "their highest level since the 1940s.",
    ), [
        ("will not pay more", person("Rachel Reeves", channel="interview", outlet="Financial Times")),
        ("tax burden", person("Jeremy Hunt", channel="speech", said_on=None)),
        ("very clear", person("Rachel Reeves", channel="interview", outlet="BBC", said_on=SUN)),
        ("every option", ch("interview", outlet="Reuters")),
        ("worthless", person("Mel Stride", channel=None)),
        ("exactly the same thing", person("Mel Stride", "male", channel="interview",
                                          outlet="Times Radio")),
        ("highest level", body("Institute for Fiscal Studies", channel="report", said_on=WED)),
    ]),
    # No channel written anywhere, with words that look like channels (Australian local paper).
    ("au-no-channel-all-through", DATE, article(
        "Residents of Ballarat's east say a plan to close the town's last post office branch will "
        "leave older people stranded.",
        "“Half of the people on this street don't drive,” said Jan Morris, 68, who has lived in "
        "Mount Pleasant for 40 years. “Where are they meant to go?”",
        "Australia Post said the branch had lost money for six years.",
        "Local speech pathologist Dev Sharma said many of his clients relied on the branch to "
        "collect their pension letters.",
        "“It's not just a shop,” Mr Sharma said. “It's where people see each other.”",
        "Ballarat mayor Tracey Hargreaves said council would “fight this all the way”.",
    ), [
        ("Half of the people", person("Jan Morris", channel=None)),
        ("meant to go", person("Jan Morris", channel=None)),
        ("lost money", body("Australia Post", channel=None)),
        ("pension letters", person("Dev Sharma", channel=None)),
        ("not just a shop", person("Dev Sharma", "male", channel=None)),
        ("see each other", person("Dev Sharma", "male", channel=None)),
        ("all the way", person("Tracey Hargreaves", channel=None)),
    ]),
    # A Sunday show, a cable panel, a podcast and a post (US paper).
    ("us-sunday-show-panel-podcast-post", DATE, article(
        "Appearing on CNN's “State of the Union” on Sunday, Sen. Mark Tillis said the tariffs "
        "would “crush family farms.” “I've told the White House that directly,” Tillis said.",
        "The White House did not respond to a request for comment.",
        "On a panel on MSNBC later that day, Democratic strategist Jane Wu said Republicans were "
        "“finally waking up.”",
        "Former press secretary Tom Banks said on his podcast, “The Briefing Room,” that the "
        "tariffs would be gone by the fall.",
        "“Nobody in that building wants this fight,” Banks said.",
        "Tillis later wrote on X: “Farmers can't wait until the fall.”",
    ), [
        ("family farms", person("Mark Tillis", channel="interview", outlet="CNN", said_on=SUN)),
        ("told the White House", person("Mark Tillis", channel="interview", said_on=SUN)),
        ("finally waking up", person("Jane Wu", channel="interview", outlet="MSNBC")),
        ("gone by the fall", person("Tom Banks", channel="podcast")),
        ("wants this fight", person("Tom Banks", channel=None)),
        ("can't wait until", person("Mark Tillis", channel="Twitter")),
    ]),
]

PASSAGES = [
    ("us-same-interview-next-paragraph", DATE, article(
        "In an interview with The Post on Monday, Mayor Lena Ortiz said the city would hire 200 "
        "officers.",
        "In the same interview, Ortiz said she would not seek a third term."),
     [("200 officers", person("Lena Ortiz", channel="interview", said_on=MON)),
      ("third term", person("Lena Ortiz", channel="interview", said_on=MON))]),
    ("us-told-times-follow-on", DATE,
     "“We were blindsided,” Councilman Jorge Vega told The New York Times. “Nobody called.”",
     [("blindsided", person("Jorge Vega", channel="interview", outlet="The New York Times")),
      ("Nobody called", person("Jorge Vega", channel="interview"))]),
    ("us-said-by-phone", DATE,
     "“The water is still rising,” Sheriff Dan Pruitt said by phone on Wednesday.",
     [("still rising", person("Dan Pruitt", channel="interview", said_on=WED))]),
    ("us-statement-emailed", DATE,
     "“We disagree with the verdict and will appeal,” the company said in a statement emailed to "
     "reporters.",
     [("will appeal", ch("statement"))]),
    ("us-told-reporters-alone", DATE,
     "“We'll see what happens,” the president told reporters on Tuesday.",
     [("see what happens", ch(None, said_on=TUE))]),
    ("us-town-hall-is-none", DATE,
     "“I hear you,” Rep. Ann Kline said at a town hall in Boise on Monday.",
     [("I hear you", person("Ann Kline", channel=None))]),
    ("uk-told-bbc-then-said-next-paragraph", DATE, article(
        "The Health Secretary, Wes Streeting, told BBC Breakfast that waiting lists were “coming "
        "down”.",
        "“There is a long way to go,” Mr Streeting said."),
     [("coming down", person("Wes Streeting", channel="interview", outlet="BBC Breakfast")),
      ("long way to go", person("Wes Streeting", channel=None))]),
    ("uk-letter-quoted-in-pieces", DATE,
     "In a letter to the council, the residents' association said the plan was “ill-conceived”. "
     "“No one living here was consulted,” the letter said.",
     [("ill-conceived", ch("letter")),
      ("No one living here", ch("letter"))]),
    ("uk-wrote-in-the-guardian", DATE,
     "Writing in the Guardian, the former minister Jo Bell said the cuts were “a false economy”.",
     [("false economy", person("Jo Bell", channel=None))]),
    ("uk-commons-speech", DATE,
     "Opening the debate in the Commons, the Home Secretary said the bill would “restore order "
     "to our borders”.",
     [("restore order", ch("parliament"))]),
    ("ie-told-the-irish-times", DATE,
     "“It was the hardest decision of my life,” Ms Kelly told The Irish Times.",
     [("hardest decision", person("Kelly", "female", channel="interview", outlet="The Irish Times"))]),
    ("ie-said-on-newstalk", DATE,
     "Speaking on Newstalk, the Taoiseach said there would be no snap election.",
     [("snap election", ch("interview", outlet="Newstalk"))]),
    ("ca-told-cbc-news", DATE,
     "Premier Doug Ford told CBC News on Tuesday that he would not back down on the tariffs.",
     [("back down", person("Doug Ford", channel="interview", outlet="CBC News", said_on=TUE))]),
    ("ca-question-period", DATE,
     "During question period on Wednesday, Conservative MP Ann Roy called the deal “a betrayal”.",
     [("a betrayal", person("Ann Roy", channel="parliament", said_on=WED))]),
    ("ca-news-release", DATE,
     "In a news release, the RCMP said the man was “known to police”.",
     [("known to police", ch("press release"))]),
    ("au-told-the-abc", DATE,
     "“We are ready,” the premier told the ABC on Wednesday.",
     [("We are ready", ch("interview", outlet="ABC", said_on=WED))]),
    ("au-senate-estimates-follow-on", DATE,
     "Appearing before Senate estimates on Tuesday, the department's secretary said the program "
     "was “on track”. “We expect to meet every milestone,” she said.",
     [("on track", ch("parliament", said_on=TUE)),
      ("every milestone", ch("parliament", said_on=TUE))]),
    ("in-told-pti", DATE,
     "“The guilty will not be spared,” the chief minister told PTI on Monday.",
     [("not be spared", ch("interview", outlet="PTI", said_on=MON))]),
    ("in-tweeted", DATE,
     "Congress MP Shashi Tharoor tweeted: “A sad day for Parliament.”",
     [("sad day", person("Shashi Tharoor", channel="Twitter"))]),
    ("za-told-eyewitness-news", DATE,
     "“The taps have been dry for a week,” resident Thandi Mokoena told Eyewitness News.",
     [("taps have been dry", person("Thandi Mokoena", channel="interview"))]),
    ("za-testified-commission", DATE,
     "Testifying before the Madlanga commission on Tuesday, the former police commissioner said "
     "he had “never seen such interference”.",
     [("such interference", ch("court", said_on=TUE))]),
    ("wire-in-comments-to-reuters", DATE,
     "In comments to Reuters on Tuesday, the minister said the talks had “stalled”.",
     [("stalled", ch("interview", outlet="Reuters", said_on=TUE))]),
    ("wire-according-to-filing", DATE,
     "The company expects revenue of $2 billion this year, according to a filing with the "
     "Securities and Exchange Commission.",
     [("$2 billion", ch("report"))]),
    ("wire-recalled-speech-last-year", DATE,
     "“We will never give up an inch,” the general said in a speech last year.",
     [("give up an inch", ch("speech", said_on=None))]),
    ("any-no-channel-two-speakers", DATE,
     "“It was chaos,” said Paul Ngata, who was at the bus stop. His neighbour, Rita Singh, "
     "agreed. “Nobody knew where to go,” she said.",
     [("chaos", person("Paul Ngata", channel=None)),
      ("where to go", person("Rita Singh", "female", channel=None))]),
]

# Written with the rules, after the first run: each 'rule-' case fails without its rule.
WITH_THE_RULES = [
    ("rule-an-adverb-before-the-opening-phrase", DATE,
     "Earlier at the briefing, Mayor Derek Hale said the budget was balanced. “We cut where it "
     "hurt least,” he said.",
     [("budget was balanced", person("Derek Hale", channel="news conference")),
      ("hurt least", person("Derek Hale", channel="news conference"))]),
    ("guard-an-adverb-before-a-phrase-of-no-occasion", DATE,
     "Later in the day, Mayor Derek Hale said the budget was balanced. “We cut where it hurt "
     "least,” he said.",
     [("budget was balanced", person("Derek Hale", channel=None)),
      ("hurt least", person("Derek Hale", channel=None))]),
    ("rule-a-panel-on-a-broadcaster", DATE,
     "Speaking on a panel on Sky News, the economist Ruth Lee said rates would fall.",
     [("rates would fall", person("Ruth Lee", channel="interview", outlet="Sky News"))]),
    ("rule-a-segment-on-a-broadcaster", DATE,
     "In a segment on NDTV, trade minister Arjun Rao said the talks had “gone well”. “We are "
     "close,” he said.",
     [("gone well", person("Arjun Rao", channel="interview", outlet="NDTV")),
      ("We are", person("Arjun Rao", channel="interview", outlet="NDTV"))]),
    ("rule-told-supporters-at-a-victory-party", DATE,
     "“Let's finish the job,” Gov. Ray Dunning told hundreds of supporters at a victory party in "
     "Ames. “We are going on to November, and we are going to win.”",
     [("finish the job", person("Ray Dunning", channel="speech")),
      ("going to win", person("Ray Dunning", channel="speech"))]),
    ("rule-at-an-election-night-party", DATE,
     "Speaking at an election-night party in Ames, Ray Dunning said the result was “a clear "
     "mandate”.",
     [("clear mandate", person("Ray Dunning", channel="speech"))]),
    ("guard-a-political-party", DATE,
     "“We are the party of working people,” Ray Dunning said, adding that the party would win.",
     [("working people", person("Ray Dunning", channel=None))]),
    ("rule-the-judge-spoken-of-is-no-court", DATE,
     "Tom Reed has been angry for months. He also suggested action against the judge: "
     "“Somebody ought to look into him.”",
     [("look into him", person("Tom Reed", channel=None))]),
    ("rule-said-of-the-jury", DATE,
     "Reed said of the jury: “They never had a chance to hear the truth.”",
     [("hear the truth", ch(None))]),
    ("guard-told-the-jury", DATE,
     "“I saw him run,” the witness, Ana Diaz, told the jury on Tuesday.",
     [("saw him run", person("Ana Diaz", channel="court", said_on=TUE))]),
    ("guard-said-before-the-judge", DATE,
     "“I am sorry,” Tom Reed said before the judge on Tuesday.",
     [("I am sorry", person("Tom Reed", channel="court"))]),
    ("rule-asked-on-a-broadcaster", DATE,
     "Asked on CNN whether he would run again, Sen. Tom Reed said: “Not this time.”",
     [("Not this time", person("Tom Reed", channel="interview", outlet="CNN"))]),
    ("rule-was-asked-on-a-programme", DATE,
     "The minister, Alan Hill, was asked on the Today programme why the chief executive had "
     "been allowed to resign. He replied: “It was time for him to move on.”",
     [("time for him to move on", person("Alan Hill", channel="interview", outlet="Today"))]),
    ("rule-a-question-put-on-a-programme-is-a-scene", DATE,
     "On Radio Milltown's breakfast show, Alan Hill was asked why the chief executive had been "
     "allowed to resign. He replied: “It was time for him to move on.”",
     [("time for him to move on", person("Alan Hill", channel="interview"))]),
    ("guard-asked-on-a-day", DATE,
     "Tom Reed was asked on Monday why he had left. “I was tired,” he said.",
     [("I was tired", person("Tom Reed", channel=None, said_on=MON))]),
    ("rule-a-side-named-before-by-surname", DATE,
     "The trial of a Leeds man accused of arson opened on Monday. Crown prosecutor Ruth Akande "
     "told the jury the fire was set deliberately. “He wanted the insurance money,” Ms Akande "
     "said.",
     [("insurance money", person("Ruth Akande", channel="court"))]),
    ("guard-a-minister-named-before-by-surname", DATE,
     "The trial of a Leeds man accused of arson opened on Monday. Defence minister Tom Reed "
     "visited the barracks nearby. “Morale is high,” Reed said.",
     [("Morale is high", person("Tom Reed", channel=None))]),
    ("guard-a-side-outside-court", DATE,
     "The trial opened on Monday. Crown prosecutor Ruth Akande told the jury the fire was set "
     "deliberately. Outside court, Ms Akande said: “We are confident.”",
     [("We are confident", person("Ruth Akande", channel=None))]),
    ("guard-a-panel-on-a-subject", DATE,
     "Ruth Lee said on a panel on climate change that rates would fall.",
     [("rates would fall", person("Ruth Lee", channel=None))]),
]

# Cases still wrong, each with why (a strict xfail: it must start passing to be taken off).
# On main 95269b5, 91 of the 105 quotes had the channel first written here (2 of them not found
# at all) and 12 of the 37 cases failed; with the 3 expectations mended by conventions.md above,
# main has 94 of 105. After this round's rules 101 of 105 (the 4 left: 2 quotes not found, the
# unnamed speaker's follow-up, the opinion piece), and these cases are left:
STILL_WRONG: dict[str, str] = {
    "uk-press-conference-then-court": "names, not channel: 'Outside court, the victim's uncle, "
                                      "Samuel Okoro, said' gets no name (an organisation), and "
                                      "his 'he said' goes to the prosecutor",
    "wire-rally-quote-runs-over-paragraphs": "name, not channel (both right): 'Alex Porter, told "
                                             "The Associated Press by phone' gives the agency "
                                             "told as the speaker",
    "za-statement-in-pieces": "name, not channel: 'Eskom said on Tuesday that ...' gets no name",
    "us-sunday-show-panel-podcast-post": "quote finding: 'said on his podcast, “The Briefing "
                                         "Room,” that ...' takes the podcast's title in "
                                         "quotation marks for the quote and loses the "
                                         "that-clause",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES + PASSAGES + WITH_THE_RULES, STILL_WRONG)))
def test_article_channels(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
