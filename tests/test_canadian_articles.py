"""Canadian news as it is written: whole articles, every quote with its record.

Issue 12's held-out Canadian quotes are read from whole web pages, where a speaker is introduced
in one paragraph and quoted by surname, pronoun or description several paragraphs on, where two
people share a surname or a gender, where an interview or a scene is set up once and then runs for
quotes, and where captions, photo credits, "READ MORE" lines, section heads, bylines and "With
files from The Canadian Press" stand between paragraphs. Each article here is our own writing in
the style of CBC, CTV, Global News, the Globe and Mail, the Toronto Star or the Canadian Press
(news, a feature, a court story, provincial and federal politics, business, sport), ten to
sixteen paragraphs long, with the record conventions.md asks for of EVERY quote in it (name,
kind, gender as written, channel, said_on), all written before any was run.

A quote is named by words of it; the articles' lines that are not quotes (captions, credits,
headlines) must give none, so a quote the expectations do not name is a difference too.
"""
from __future__ import annotations

import pytest

import saidwhen
from test_canadian import Q, body, found, person
from test_canadian_placing import article_differences as named_differences, article_params


def unnamed(**rest) -> Q:
    return Q(name=None, kind="person", **rest)


ARTICLES = [
    # CBC news: a flood; a caption and a "READ MORE" line between paragraphs; two women.
    ("cbc-flood-town", "2024-11-14",
     "Residents of Merritt, B.C., are bracing for more rain after a storm flooded dozens of homes "
     "earlier this week.\n\n"
     "A woman walks past sandbags on Voght Street on Tuesday. (Maya Chen/CBC)\n\n"
     "Carla Jennings, who has lived on Voght Street for 31 years, spent Tuesday night moving "
     "furniture to her second floor.\n\n"
     "\"The water came up so fast we couldn't get the car out,\" Jennings said Wednesday as she "
     "stood in her driveway.\n\n"
     "Her neighbour, Doug Pratt, said the city had promised new dikes after the 2021 floods.\n\n"
     "\"They told us this would never happen again,\" he said. \"Well, here we are.\"\n\n"
     "Mayor Linda Ostrowski told CBC's Daybreak South on Wednesday morning that the city had "
     "applied for federal money to build the dikes but was still waiting.\n\n"
     "\"We can't build a $40-million project on our own,\" she said.\n\n"
     "READ MORE: Province warns of second atmospheric river\n\n"
     "In a statement Wednesday, Emergency Management B.C. said crews were on standby and that "
     "residents should be ready to leave on short notice.\n\n"
     "The province's emergency management minister, Rosalind Tay, told reporters in Victoria that "
     "the forecast was \"very concerning.\"\n\n"
     "Jennings said she has no flood insurance.\n\n"
     "\"If it floods again, I don't know what I'll do,\" she said.\n\n"
     "With files from Maya Chen",
     [("so fast we couldn't get the car out",
       person("Carla Jennings", "female", channel=None, said_on="2024-11-13")),
      ("promised new dikes", person("Doug Pratt", "male", channel=None,
                                    said_on=("2024-11-11", "2024-11-14"))),
      ("never happen again", person("Doug Pratt", "male", channel=None,
                                    said_on=("2024-11-11", "2024-11-14"))),
      ("here we are", person("Doug Pratt", "male", channel=None,
                             said_on=("2024-11-11", "2024-11-14"))),
      ("applied for federal money", person("Linda Ostrowski", "female", channel="interview",
                                           outlet="CBC", said_on="2024-11-13")),
      ("a $40-million project", person("Linda Ostrowski", "female", channel=None,
                                       said_on=("2024-11-11", "2024-11-14"))),
      ("crews were on standby", body("Emergency Management B.C.", channel="statement",
                                     said_on="2024-11-13")),
      ("very concerning", person("Rosalind Tay", "unknown", channel=None,
                                 said_on=("2024-11-11", "2024-11-14"))),
      ("no flood insurance", person("Carla Jennings", "female", channel=None,
                                    said_on=("2024-11-11", "2024-11-14"))),
      ("floods again", person("Carla Jennings", "female", channel=None,
                              said_on=("2024-11-11", "2024-11-14")))]),

    # The Canadian Press, provincial politics: question period, a letter, a post, a release
    # of last month, a premier's office; a photo caption between paragraphs.
    ("cp-queens-park-park-sale", "2024-10-24",
     "TORONTO — Ontario's opposition parties are demanding an independent probe of the "
     "government's sale of a provincial park to a developer.\n\n"
     "NDP Leader Josée Lalonde said during question period on Wednesday that the deal \"stinks "
     "to high heaven.\"\n\n"
     "\"The premier's friends got a sweetheart deal and Ontarians got the bill,\" Lalonde said. "
     "She called for the sale to be frozen.\n\n"
     "Premier Martin Keller defended the sale, saying the land was \"a swamp nobody visits\" and "
     "that the developer would build 4,000 homes there.\n\n"
     "\"We're building homes. The opposition is building excuses,\" Keller told reporters at a "
     "news conference in Brampton on Thursday.\n\n"
     "He said the sale had been reviewed by the Ministry of Natural Resources.\n\n"
     "Premier Martin Keller speaks at Queen's Park on Oct. 21, 2024. (Chris Young/The Canadian "
     "Press)\n\n"
     "Ontario's integrity commissioner, Ruth Abernathy, said in a letter to Lalonde dated Oct. 22 "
     "that she had received the request and was reviewing it.\n\n"
     "Green Leader Tom Ashdown wrote in a post on X that the government should \"put the deal on "
     "ice until the commissioner reports.\"\n\n"
     "The developer, Northfield Homes, said in a news release last month that it had followed "
     "every rule.\n\n"
     "A spokesperson for Keller's office said the premier welcomed the review.\n\n"
     "\"We have nothing to hide,\" the spokesperson said in an email.\n\n"
     "The legislature rises for a one-week break on Nov. 1.",
     [("stinks to high heaven", person("Josée Lalonde", "female", channel="parliament",
                                       said_on="2024-10-23")),
      ("sweetheart deal", person("Josée Lalonde", "female", channel=None,
                                 said_on=("2024-10-21", "2024-10-24"))),
      ("a swamp nobody visits", person("Martin Keller", "male", channel=None,
                                       said_on=("2024-10-21", "2024-10-24"))),
      ("building excuses", person("Martin Keller", "male", channel="news conference",
                                  said_on="2024-10-24")),
      ("reviewed by the Ministry", person("Martin Keller", "male", channel=None,
                                          said_on=("2024-10-21", "2024-10-24"))),
      ("received the request", person("Ruth Abernathy", "female", channel="letter",
                                      said_on="2024-10-22")),
      ("put the deal on ice", person("Tom Ashdown", "unknown", channel="Twitter",
                                     said_on=("2024-10-21", "2024-10-24"))),
      ("followed every rule", body("Northfield Homes", channel="press release",
                                   said_on="2024-09")),
      ("welcomed the review", unnamed(channel=None, said_on=("2024-10-21", "2024-10-24"))),
      ("nothing to hide", unnamed(channel="email", said_on=("2024-10-21", "2024-10-24")))]),

    # The Globe and Mail, a court story: a sentencing, submissions of April, a victim and her
    # husband who share a surname, "Mr." and "Ms." as the Globe writes them.
    ("globe-fraud-sentencing", "2024-06-07",
     "A Toronto real estate agent who defrauded dozens of seniors of their savings was sentenced "
     "on Thursday to six years in prison.\n\n"
     "Ontario Superior Court Justice Helen Varga said Rajiv Malhotra had \"preyed on the trust of "
     "people who had worked their whole lives.\"\n\n"
     "\"The harm here is not only financial,\" Justice Varga said in her decision. \"Several "
     "victims told this court they no longer trust their own families.\"\n\n"
     "Mr. Malhotra, 54, pleaded guilty in February to 38 counts of fraud over $5,000.\n\n"
     "His lawyer, Brian Costa, had asked for a conditional sentence to be served at home.\n\n"
     "\"My client has expressed deep remorse,\" Mr. Costa told the court during sentencing "
     "submissions in April.\n\n"
     "Outside the courthouse on Thursday, one of the victims, Edna Fairweather, 81, said the "
     "sentence was too short.\n\n"
     "\"He took everything my husband and I saved,\" Ms. Fairweather said. \"Six years is "
     "nothing.\"\n\n"
     "Crown attorney Leah Dunmore told reporters the Crown would review the decision before "
     "deciding whether to appeal.\n\n"
     "Mr. Malhotra did not speak as he was led from the courtroom.\n\n"
     "In a victim impact statement read in court in April, Gerald Fairweather, Ms. Fairweather's "
     "husband, wrote that the couple had to sell their cottage. \"We were going to leave that "
     "cottage to our grandchildren,\" he wrote.\n\n"
     "Ms. Fairweather said on Thursday she would attend every parole hearing.",
     [("preyed on the trust", person("Helen Varga", "female", channel="court",
                                     said_on=("2024-06-06", "2024-06-07"))),
      ("not only financial", person("Helen Varga", "female", channel="court",
                                    said_on=("2024-06-06", "2024-06-07"))),
      ("no longer trust", person("Helen Varga", "female", channel="court",
                                 said_on=("2024-06-06", "2024-06-07"))),
      ("deep remorse", person("Brian Costa", "male", channel="court", said_on="2024-04")),
      ("sentence was too short", person("Edna Fairweather", "female", channel=None,
                                        said_on="2024-06-06")),
      ("took everything", person("Edna Fairweather", "female", channel=None,
                                 said_on=("2024-06-06", "2024-06-07"))),
      ("Six years is nothing", person("Edna Fairweather", "female", channel=None,
                                      said_on=("2024-06-06", "2024-06-07"))),
      ("review the decision", person("Leah Dunmore", "unknown", channel=None,
                                     said_on=("2024-06-04", "2024-06-07"))),
      ("sell their cottage", person("Gerald Fairweather", "male", channel="court",
                                    said_on="2024-04")),
      ("to our grandchildren", person("Gerald Fairweather", "male", channel="court",
                                      said_on="2024-04")),
      ("every parole hearing", person("Edna Fairweather", "female", channel=None,
                                      said_on="2024-06-06"))]),

    # The Toronto Star, business: a company's news release, an analysts' call (no channel),
    # a union leader told the Star, a section head, a second scene, "With files from".
    ("star-grocer-closings", "2024-09-18",
     "Maple Grocers will close 12 stores in Ontario by the end of the year, cutting about 900 "
     "jobs.\n\n"
     "In a news release on Tuesday, the Brampton-based grocer said the stores were \"no longer "
     "financially sustainable\" after years of rising rents.\n\n"
     "Chief executive Janice Whitford said on a call with analysts that the company would open "
     "five larger stores in their place.\n\n"
     "\"We are not retreating from Ontario,\" Whitford said. \"We are changing how we serve "
     "it.\"\n\n"
     "Union local president Dave Kowalczyk, whose members work at seven of the stores, said he "
     "learned of the closings from the news.\n\n"
     "\"Nobody from the company picked up the phone,\" he told the Star on Tuesday.\n\n"
     "'A food desert'\n\n"
     "In Hamilton's east end, where one of the closing stores stands, residents worry about "
     "getting fresh food.\n\n"
     "\"Where am I supposed to shop? I don't drive,\" said Margaret Oyelaran, 72, as she left the "
     "store with two bags on Tuesday afternoon.\n\n"
     "Her friend, Sandra Pike, said the nearest other grocery store was a 40-minute bus ride "
     "away.\n\n"
     "Retail analyst Bruce Winter of Dalhousie University said grocers were closing smaller "
     "stores across the country.\n\n"
     "\"The economics of a 20,000-square-foot store just don't work any more,\" Winter said in an "
     "interview.\n\n"
     "Maple Grocers' shares fell 2.1 per cent on the Toronto Stock Exchange on Tuesday.\n\n"
     "With files from The Canadian Press",
     [("no longer financially sustainable", body("Maple Grocers", channel="press release",
                                                 said_on="2024-09-17")),
      ("five larger stores", person("Janice Whitford", "unknown", channel=None,
                                    said_on=("2024-09-15", "2024-09-18"))),
      ("not retreating", person("Janice Whitford", "unknown", channel=None,
                                said_on=("2024-09-15", "2024-09-18"))),
      ("how we serve it", person("Janice Whitford", "unknown", channel=None,
                                 said_on=("2024-09-15", "2024-09-18"))),
      ("learned of the closings", person("Dave Kowalczyk", "male", channel=None,
                                         said_on=("2024-09-15", "2024-09-18"))),
      ("picked up the phone", person("Dave Kowalczyk", "male", channel="interview",
                                     outlet="Star", said_on="2024-09-17")),
      ("supposed to shop", person("Margaret Oyelaran", "female", channel=None,
                                  said_on="2024-09-17")),
      ("40-minute bus ride", person("Sandra Pike", "unknown", channel=None,
                                    said_on=("2024-09-15", "2024-09-18"))),
      ("closing smaller stores", person("Bruce Winter", "unknown", channel=None,
                                        said_on=("2024-09-15", "2024-09-18"))),
      ("just don't work", person("Bruce Winter", "unknown", channel="interview",
                                 said_on=("2024-09-15", "2024-09-18")))]),

    # The Canadian Press, sport: an overtime win; quotes after the game; an "UP NEXT" box.
    ("cp-hockey-overtime", "2024-02-11",
     "MONTREAL — Jean-Luc Tremblay scored in overtime and the Montreal Canadiens edged the Boston "
     "Bruins 3-2 on Saturday night.\n\n"
     "Tremblay took a pass from Oskar Lind and beat goalie Ryan Moss with a wrist shot 2:14 into "
     "the extra period.\n\n"
     "\"I just tried to get it on net,\" Tremblay said. \"Oskar made a great play.\"\n\n"
     "Marc-André Gagnon made 31 saves for Montreal, which has won three straight.\n\n"
     "\"Marc was unbelievable tonight,\" said Canadiens coach Pierre Lacroix. \"He kept us in "
     "it.\"\n\n"
     "Pavel Novak scored twice for Boston, which has lost four of its last five.\n\n"
     "\"We're not finding ways to win right now,\" Novak said. \"It's frustrating.\"\n\n"
     "Bruins coach Jim Sullivan said his team \"didn't deserve a point\" after being outshot "
     "14-5 in the third period.\n\n"
     "Earlier Saturday, the Canadiens placed defenceman Luc Gervais on injured reserve.\n\n"
     "Lacroix said Gervais would miss at least two weeks.\n\n"
     "UP NEXT\n\n"
     "Bruins: Host the Toronto Maple Leafs on Tuesday.\n\n"
     "Canadiens: Visit the Ottawa Senators on Monday.",
     [("get it on net", person("Jean-Luc Tremblay", channel=None,
                               said_on=("2024-02-10", "2024-02-11"))),
      ("a great play", person("Jean-Luc Tremblay", channel=None,
                              said_on=("2024-02-10", "2024-02-11"))),
      ("unbelievable tonight", person("Pierre Lacroix", "unknown", channel=None,
                                      said_on="2024-02-10")),
      ("kept us in it", person("Pierre Lacroix", "unknown", channel=None,
                               said_on="2024-02-10")),
      ("ways to win", person("Pavel Novak", channel=None, said_on=("2024-02-10", "2024-02-11"))),
      ("It's frustrating", person("Pavel Novak", channel=None,
                                  said_on=("2024-02-10", "2024-02-11"))),
      ("deserve a point", person("Jim Sullivan", "male", channel=None,
                                 said_on=("2024-02-10", "2024-02-11"))),
      ("miss at least two weeks", person("Pierre Lacroix", "unknown", channel=None,
                                         said_on=("2024-02-10", "2024-02-11")))]),

    # CTV News: a hiker found; the police release, then "the release said"; a sister told CTV;
    # a media availability; a photo credit.
    ("ctv-hiker-found", "2024-07-22",
     "RCMP say a 27-year-old hiker who went missing in Kananaskis Country over the weekend has "
     "been found alive.\n\n"
     "In a news release issued Sunday evening, the RCMP said the man was found by a "
     "search-and-rescue helicopter crew about four kilometres from the trailhead.\n\n"
     "He was taken to hospital in Calgary with minor injuries, the release said.\n\n"
     "(Photo: Alberta Parks)\n\n"
     "The man's sister, Amanda Reyes, told CTV News Calgary on Monday that the family had been "
     "\"going out of our minds.\"\n\n"
     "\"We were getting ready for the worst,\" she said. \"Then the phone rang.\"\n\n"
     "Reyes said her brother is an experienced hiker who had planned a day trip.\n\n"
     "Public safety specialist Jeremy Hall said hikers should always tell someone their route "
     "and carry a satellite messenger.\n\n"
     "\"Cell coverage out there is spotty at best,\" Hall said during a media availability "
     "Monday morning.\n\n"
     "\"He did a lot of things right,\" Hall said of the hiker. \"He stayed put once he realized "
     "he was lost.\"",
     [("has been found alive", body("RCMP", channel=None, said_on=("2024-07-19", "2024-07-22"))),
      ("helicopter crew", body("RCMP", channel="press release", said_on="2024-07-21")),
      ("minor injuries", body("RCMP", channel="press release", said_on="2024-07-21")),
      ("out of our minds", person("Amanda Reyes", "female", channel="interview",
                                  outlet="CTV News Calgary", said_on="2024-07-22")),
      ("ready for the worst", person("Amanda Reyes", "female", channel=None,
                                     said_on=("2024-07-19", "2024-07-22"))),
      ("the phone rang", person("Amanda Reyes", "female", channel=None,
                                said_on=("2024-07-19", "2024-07-22"))),
      ("experienced hiker", person("Amanda Reyes", "female", channel=None,
                                   said_on=("2024-07-19", "2024-07-22"))),
      ("satellite messenger", person("Jeremy Hall", "unknown", channel=None,
                                     said_on=("2024-07-19", "2024-07-22"))),
      ("spotty at best", person("Jeremy Hall", "unknown", channel="news conference",
                                said_on="2024-07-22")),
      ("lot of things right", person("Jeremy Hall", "unknown", channel=None,
                                     said_on=("2024-07-19", "2024-07-22"))),
      ("stayed put", person("Jeremy Hall", "unknown", channel=None,
                            said_on=("2024-07-19", "2024-07-22")))]),

    # Global News, a feature: a profile's "says" (no day); a father who shares the surname;
    # two women; an email to Global News.
    ("global-lobster-captain", "2024-05-03",
     "When Brenda Comeau's father first took her out on his lobster boat, she was six years "
     "old.\n\n"
     "Now 44, Comeau captains her own boat out of Yarmouth, N.S., one of a handful of women in "
     "the province's lobster fleet.\n\n"
     "\"People used to look at me like I was lost,\" she says, laughing. \"Now they ask me for "
     "advice.\"\n\n"
     "Her father, Réal Comeau, fished for 40 years before he retired in 2015.\n\n"
     "\"She was always tougher than her brothers,\" Réal Comeau says.\n\n"
     "Comeau says the hardest part of the job is not the weather but the paperwork.\n\n"
     "In an email to Global News, a spokesperson for Fisheries and Oceans Canada said the "
     "department was working to bring more women into the industry.\n\n"
     "Lisa Mood, who fishes out of nearby Pubnico, said Comeau had helped her get started.\n\n"
     "\"Brenda answered every question I had, even the stupid ones,\" Mood said.\n\n"
     "The spring lobster season in the area opened on Monday.\n\n"
     "\"It's the best job in the world,\" Comeau says. \"I wouldn't trade it.\"",
     [("look at me like I was lost", person("Brenda Comeau", "female", channel=None,
                                            said_on=None)),
      ("ask me for advice", person("Brenda Comeau", "female", channel=None, said_on=None)),
      ("tougher than her brothers", person("Réal Comeau", "male", channel=None, said_on=None)),
      ("not the weather", person("Brenda Comeau", "female", channel=None, said_on=None)),
      ("bring more women", unnamed(channel="email", said_on=("2024-04-30", "2024-05-03"))),
      ("helped her get started", person("Lisa Mood", "female", channel=None,
                                        said_on=("2024-04-30", "2024-05-03"))),
      ("every question I had", person("Lisa Mood", "female", channel=None,
                                      said_on=("2024-04-30", "2024-05-03"))),
      ("best job in the world", person("Brenda Comeau", "female", channel=None, said_on=None)),
      ("wouldn't trade it", person("Brenda Comeau", "female", channel=None, said_on=None))]),

    # CBC News, federal politics: an announcement Wednesday, a reply Thursday, a statement of
    # Tuesday, "said Monday", a department's release, an interview that aired Saturday.
    ("cbc-federal-housing-money", "2024-03-21",
     "OTTAWA — The federal government will spend $2.3 billion over five years to help provinces "
     "build more affordable housing.\n\n"
     "Housing Minister Karen Albright announced the program Wednesday in Halifax.\n\n"
     "\"Every Canadian deserves a safe place to call home,\" Albright said at a news "
     "conference.\n\n"
     "She said the money would go to provinces that agreed to speed up building permits.\n\n"
     "Conservative housing critic Brad Muir said Thursday the plan was \"too little, too "
     "late.\"\n\n"
     "\"This government has had nine years,\" Muir said in a post on X.\n\n"
     "Nova Scotia's housing minister, Colleen Barrett, welcomed the announcement but said the "
     "province needed the money sooner.\n\n"
     "In a statement Tuesday, before the announcement, the Federation of Canadian Municipalities "
     "said cities needed at least $5 billion a year.\n\n"
     "The federation's president, Anne Dufresne, said Monday that municipalities could not keep "
     "raising property taxes.\n\n"
     "According to a news release from the Department of Finance, the first payments will flow "
     "in July.\n\n"
     "In an interview that aired Saturday on CBC Radio's The House, Albright said she expected "
     "most provinces to sign on. \"I've spoken to every premier,\" she said.",
     [("safe place to call home", person("Karen Albright", "female", channel="news conference",
                                         said_on="2024-03-20")),
      ("speed up building permits", person("Karen Albright", "female", channel=None,
                                           said_on=("2024-03-18", "2024-03-21"))),
      ("too little, too", person("Brad Muir", "unknown", channel=None, said_on="2024-03-21")),
      ("had nine years", person("Brad Muir", "unknown", channel="Twitter",
                                said_on=("2024-03-18", "2024-03-21"))),
      ("needed the money sooner", person("Colleen Barrett", "unknown", channel=None,
                                         said_on=("2024-03-18", "2024-03-21"))),
      ("$5 billion a year", body("Federation of Canadian Municipalities", channel="statement",
                                 said_on="2024-03-19")),
      ("raising property taxes", person("Anne Dufresne", "unknown", channel=None,
                                        said_on="2024-03-18")),
      ("payments will flow", body("Department of Finance", channel="press release",
                                  said_on=("2024-03-18", "2024-03-21"))),
      ("most provinces to sign on", person("Karen Albright", "female", channel="interview",
                                           outlet="CBC Radio", said_on="2024-03-16")),
      ("spoken to every premier", person("Karen Albright", "female", channel="interview",
                                         outlet="CBC Radio", said_on="2024-03-16"))]),
]


def article_differences(text: str, expected: list[tuple[str, Q]], date: str) -> list[str]:
    """What the article's records get wrong: each expected quote (named by words of it) field by
    field, and any quote the expectations do not name."""
    wrong = named_differences(text, expected, date)
    for q in (found(q) for q in saidwhen.extract(text, date=date).quotes):
        if not any(words in q["words"] for words, _ in expected):
            wrong.append(f"a quote not expected: {q['words']!r} ({q['name']!r})")
    return wrong


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG = {
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_canadian_article_records(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


# What the articles' first run showed, as single sentences: a document's participle between the
# cue and the that-clause ("dated Oct. 22"), which the parser takes for the clause said (after
# "a letter to Lalonde") or lets the clause hang on the letter as its relative clause.
@pytest.mark.parametrize("sentence", [
    "Ruth Abernathy said in a letter to Lalonde dated Oct. 22 that she had received the request.",
    "Ruth Abernathy said in a letter dated Oct. 22 that she had received the request.",
    "Ruth Abernathy wrote in a letter dated Oct. 22 that she had received the request.",
])
def test_a_dated_letter_between_the_cue_and_its_clause_dates_the_words(sentence):
    [quote] = saidwhen.extract("Opposition parties want a probe.\n\n" + sentence, date="2024-10-24").quotes
    assert (quote.text, quote.channel, quote.said_on.value) == \
        ("that she had received the request", "letter", "2024-10-22")


def test_the_release_named_again_speaks_on_the_day_it_was_issued():
    # the participle dates the release (the text's own time, no story day); "the release" that
    # speaks in the next paragraph is that release, issued then
    text = ("A hiker missing since Friday has been found alive.\n\n"
            "In a news release issued Sunday evening, the RCMP said the man was found by a "
            "helicopter crew.\n\n"
            "He was taken to hospital with minor injuries, the release said.")
    quotes = saidwhen.extract(text, date="2024-07-22").quotes
    assert [(q.channel, q.said_on.value) for q in quotes] == \
        [("press release", "2024-07-21"), ("press release", "2024-07-21")]
