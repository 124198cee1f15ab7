"""The day of the words in whole news articles of many papers, written first (round 18).

Issue 12's held-out quotes miss said_on three ways: null where fresh news takes a window (the
default, or the event's), a day of an event other than the words, a day where the text gives none.
These twelve articles are our own writing, each in one paper's manner; the said_on window, channel
and speaker's name of every quote were set by conventions.md before any of them was run:

- a Scottish sentencing: the sheriff's words passing sentence, her verdict last month, the
  accused's evidence at his September trial, reactions outside court and after the hearing;
- a Polish presidential runoff in a Reuters copy: a victory speech late on Sunday, a concession
  speech and its words added, a post on X on Monday, reactions, a campaign's promise, an
  analyst's "says";
- a Swedish truck maker's results: a conference call with analysts on Tuesday, "the same call",
  an interim report, an analyst's "says", a note to clients, a "has said repeatedly";
- an Irish obituary: a president's tribute, interviews of 1994, 2009 and 2011, a review "at the
  time", a theatre's statement on Sunday, a daughter on the radio on Monday;
- a rugby report: post-match words, a captain's reaction, words before the match on Thursday, a
  broadcaster told on Friday, an injury news on Sunday;
- floods in Pakistan: an authority on Tuesday, a news conference on Monday, "On Tuesday, he said",
  a chief minister whose visit was on Sunday, an advisory on Monday night, a farmer, a post on X, a
  minister in 2023;
- a long-running water story: officials on Thursday, "on Monday", "last week", "earlier this
  month", "in 2019", "this week", a lawsuit filed in March, a news conference on Thursday;
- a profile of a running coach told in the present: every "says" a standing present, an
  interview of 2012, a federation's "on Tuesday", a pupil who "calls" him something;
- an op-ed quoted: the piece of Saturday and its words on, a treasurer on Sunday and on a Sunday
  programme, a reaction, a body's standing "says", a Senate committee in 2017;
- a prisons inspector's report published on Tuesday: "In her annual report", "The report found",
  the author on the radio on Wednesday and her words after, a minister in the Commons, a reaction,
  a ministry's statement;
- a bridge collapse in India: reactions from the day of the collapse to the paper's, a statement on
  Wednesday night, a letter of March 2025, a commandant on Thursday evening, a minister's "says";
- a fire in a broadcaster's present-tense report: "says" of fresh words, "according to", a
  company's statement on Wednesday, police's "say", a group's standing "say".

A window is (earliest, latest); fresh(date) is the default window of fresh news. Paragraphs are
split by blank lines. Each quote is found by words of its own; only the fields given are checked.
"""
from __future__ import annotations

import pytest

from test_canadian import Q, fresh
from test_canadian_placing import article_differences, article_params
from test_world16 import article, w  # a quote checked for its said_on and channel; paragraphs


SC = "2026-10-21"  # a Wednesday
PL = "2026-04-13"  # a Monday
SE = "2026-07-30"  # a Thursday
IE = "2026-03-03"  # a Tuesday
NZ = "2026-09-21"  # a Monday
PK = "2026-08-26"  # a Wednesday
US = "2026-05-15"  # a Friday
KE = "2026-06-10"  # a Wednesday
AU = "2026-02-09"  # a Monday
UK = "2026-11-19"  # a Thursday
IN = "2026-09-04"  # a Friday
CA = "2026-01-29"  # a Thursday


ARTICLES = [
    # Scotland, a sentencing on Tuesday in a Wednesday paper.
    ("sc-sentencing", SC, article(
        "A former care home manager who stole more than £200,000 from elderly residents has been "
        "jailed for five years.",
        "Graham Tulloch, 58, took money from the bank accounts of 14 residents of the Hillview care "
        "home in Falkirk over six years, Edinburgh Sheriff Court heard on Tuesday.",
        "Passing sentence, Sheriff Moira Grant told Tulloch that he had “betrayed the trust of "
        "people who could no longer look after their own affairs.”",
        "“You took their savings and you took their dignity,” she said.",
        "When she found him guilty last month, the sheriff said the evidence against him was "
        "“overwhelming and, frankly, depressing.”",
        "Tulloch, who had denied the charges, told the court during his trial in September that he "
        "had only “borrowed” the money and always meant to repay it.",
        "His solicitor, Ewan Baird, said outside court that his client was considering an appeal "
        "against the length of the sentence.",
        "Margaret Fyfe, whose mother lost £38,000, said the sentence was too short. “Five years is "
        "nothing. My mother did not live to see this day,” she said.",
        "In a statement after the sentencing, Police Scotland said the families had shown "
        "“remarkable patience and courage.”",
    ), [
        ("betrayed the trust", w("2026-10-20", "court", name="Moira Grant")),
        ("took their dignity", w(("2026-10-20", SC), None, name="Moira Grant")),
        ("overwhelming and, frankly", w(("2026-09-01", "2026-09-30"), "court", name="Moira Grant")),
        ("meant to repay it", w(("2026-09-01", "2026-09-30"), "court", name="Graham Tulloch")),
        ("considering an appeal", w(("2026-10-20", SC), None, name="Ewan Baird")),
        ("sentence was too short", w(("2026-10-20", SC), None, name="Margaret Fyfe")),
        ("Five years is nothing", w(("2026-10-20", SC), None, name="Margaret Fyfe")),
        ("remarkable patience", w(("2026-10-20", SC), "statement", name="Police Scotland")),
    ]),
    # Poland, a presidential runoff on Sunday in a Reuters copy of Monday.
    ("pl-runoff", PL, article(
        "WARSAW, April 13 (Reuters) - Conservative historian Piotr Nowak narrowly won Poland's "
        "presidential runoff on Sunday, beating the liberal mayor of Gdańsk, Ewa Zielińska, by fewer "
        "than 300,000 votes, according to a count of 99 percent of ballots released early on Monday.",
        "“Tonight Poland chose to stay together, and I will also be the president of those who did "
        "not vote for me,” Nowak told cheering supporters in Kraków late on Sunday.",
        "“The result is painful, but it is the result, and I congratulate my opponent,” Zielińska "
        "said in a concession speech to her supporters in Gdańsk.",
        "“I will not go away. Poland will need an opposition that knows how to count,” she added.",
        "Outgoing President Marek Wiśniewski congratulated Nowak in a post on X on Monday morning, "
        "writing that the campaign had been “hard, sometimes too hard.”",
        "European Commission President Sofia Brandt said in a statement that she looked forward to "
        "working with Nowak “on a Europe that is safe and strong.”",
        "Turnout was 71.2 percent, the highest in a presidential runoff since 1995, the National "
        "Electoral Commission said.",
        "During the campaign, Nowak promised to veto any law that “takes power from Warsaw and gives "
        "it to Brussels.”",
        "Tomasz Kowal, an analyst at Polityka Insight, says the narrow result will make it hard for "
        "Nowak to claim a mandate.",
    ), [
        ("chose to stay together", w("2026-04-12", "speech", name="Piotr Nowak")),
        ("congratulate my opponent", w(("2026-04-12", PL), "speech", name="Ewa Zielińska")),
        ("knows how to count", w(("2026-04-12", PL), None, name="Ewa Zielińska")),
        ("sometimes too hard", w(PL, "Twitter", name="Marek Wiśniewski")),
        ("safe and strong", w(("2026-04-12", PL), "statement", name="Sofia Brandt")),
        ("Turnout was 71.2 percent", w(fresh(PL), None, name="National Electoral Commission")),
        ("gives it to Brussels", w(None, None, name="Piotr Nowak")),
        ("claim a mandate", w(fresh(PL), None, name="Tomasz Kowal")),
    ]),
    # Sweden, a truck maker's half-year report on Tuesday in a Thursday paper.
    ("se-results", SE, article(
        "STOCKHOLM — Shares in Nordvik fell 9 per cent on Wednesday after the Swedish truck maker "
        "cut its full-year delivery forecast on Tuesday and warned that US tariffs would cost it "
        "about SKr4bn this year.",
        "Chief executive Lena Holmgren told analysts on a conference call on Tuesday that the company "
        "had been “too optimistic about how quickly North American customers would come back.”",
        "“We are not changing the strategy. We are changing the timetable,” she said.",
        "Finance director Per Ekström said on the same call that the company would cut 1,200 jobs in "
        "Sweden and Belgium by the end of next year.",
        "Nordvik's second-quarter operating profit fell 31 per cent to SKr5.2bn, the company said in "
        "its interim report.",
        "Erik Lund, an analyst at Carnegie in Stockholm, says the forecast cut was “overdue, but "
        "smaller than the market feared.”",
        "In a note to clients on Wednesday, analysts at Morgan Stanley wrote that the tariff bill "
        "could “double next year if nothing changes.”",
        "Holmgren has said repeatedly that Nordvik will not move production of its heavy trucks out "
        "of Sweden.",
    ), [
        ("too optimistic", w("2026-07-28", None, name="Lena Holmgren")),
        ("changing the timetable", w("2026-07-28", None, name="Lena Holmgren")),
        ("cut 1,200 jobs", w("2026-07-28", None, name="Per Ekström")),
        ("operating profit fell 31", w("2026-07-28", "report", name="Nordvik")),
        ("smaller than the market feared", w(fresh(SE), None, name="Erik Lund")),
        ("double next year", w("2026-07-29", "report", name=None)),
        ("will not move production", w(None, None, name="Lena Holmgren")),
    ]),
    # Ireland, an obituary in a Tuesday paper.
    ("ie-obituary", IE, article(
        "The novelist and playwright Máire Ní Bhriain, whose plays about Connemara women filled the "
        "Abbey Theatre for three decades, has died at her home in Galway. She was 86.",
        "President Séamus Doherty said on Monday that she had “given a language and a stage to "
        "people who had been told they had neither.”",
        "Born in Carna in 1939, she left school at 14 to work in a fish factory. “I learned more "
        "about drama on the factory floor than I ever did in a theatre,” she told The Irish Times in "
        "1994.",
        "Her first play, The Salt Road, opened at the Peacock in 1968. A critic for this newspaper "
        "wrote at the time that it was “the most unsettling evening in a Dublin theatre since "
        "O'Casey.”",
        "In a 2009 interview with RTÉ, she said she had never written a line in English that she did "
        "not first hear in Irish.",
        "She was often asked why she had never left Galway. “Why would I? Everything I need to write "
        "about walks past my window,” she said in an interview with this newspaper in 2011.",
        "Abbey Theatre director Niamh Carolan said in a statement on Sunday that the theatre's "
        "lights would be dimmed on Tuesday night in her memory. “She wrote the women we had never "
        "seen on our stage,” Carolan said.",
        "Her daughter, Aoife Ní Riada, told RTÉ Radio 1 on Monday that her mother had been working "
        "on a new play “until the very last week.”",
        "She is survived by her husband, the painter Colm Ó Riada, and by two daughters.",
    ), [
        ("given a language and a stage", w("2026-03-02", None, name="Séamus Doherty")),
        ("on the factory floor", w(None, "interview", outlet="The Irish Times",
                                   name="Máire Ní Bhriain")),
        ("most unsettling evening", w(None, None, name=None)),
        ("never written a line", w(None, "interview", outlet="RTÉ", name="Máire Ní Bhriain")),
        ("walks past my window", w(None, "interview", name="Máire Ní Bhriain")),
        ("lights would be dimmed", w("2026-03-01", "statement", name="Niamh Carolan")),
        ("never seen on our stage", w(("2026-03-01", IE), None, name="Niamh Carolan")),
        ("until the very last week", w("2026-03-02", "interview", outlet="RTÉ Radio 1",
                                       name="Aoife Ní Riada")),
    ]),
    # New Zealand, a Test on Saturday night in a Monday paper.
    ("nz-rugby", NZ, article(
        "The All Blacks kept their Rugby Championship hopes alive with a 27-24 win over South Africa "
        "in Wellington on Saturday night, thanks to a late penalty from replacement first five-eighth "
        "Tama Rewiti.",
        "“I just tried to keep my head down and hit it like it was training,” Rewiti said after the "
        "match.",
        "All Blacks coach Daniel Harper said his side had been “lucky to get out of jail tonight.” "
        "“We gave away too many penalties and we know it,” he said.",
        "Springbok captain Johan Venter was less gracious. “We were the better side for 70 minutes. "
        "That is rugby,” he said.",
        "Before the match, Harper had said on Thursday that his team needed “to be brave with the "
        "ball, not reckless with it.”",
        "Venter told SuperSport on Friday that the Springboks had “come to New Zealand to win, not to "
        "learn.”",
        "The teams meet again in Johannesburg on Saturday. Harper said on Sunday that hooker Sam "
        "Tipene would miss that match with a hamstring injury. “Sam is gutted, but he will be back "
        "for the end of the tournament,” Harper said.",
    ), [
        ("like it was training", w("2026-09-19", None, name="Tama Rewiti")),
        ("get out of jail tonight", w("2026-09-19", None, name="Daniel Harper")),
        ("too many penalties", w("2026-09-19", None, name="Daniel Harper")),
        ("better side for 70 minutes", w(("2026-09-19", NZ), None, name="Johan Venter")),
        ("brave with the ball", w("2026-09-17", None, name="Daniel Harper")),
        ("to win, not to learn", w("2026-09-18", "interview", outlet="SuperSport",
                                   name="Johan Venter")),
        ("miss that match", w("2026-09-20", None, name="Daniel Harper")),
        ("Sam is gutted", w(("2026-09-20", NZ), None, name="Daniel Harper")),
    ]),
    # Pakistan, floods since Sunday in a Wednesday paper.
    ("pk-floods", PK, article(
        "LAHORE: At least 64 people have died in floods across Punjab since heavy monsoon rains began "
        "on Sunday, the Provincial Disaster Management Authority (PDMA) said on Tuesday.",
        "PDMA director general Imran Qureshi told a news conference in Lahore on Monday that the "
        "Ravi had reached “a level we have not seen since 1988.”",
        "On Tuesday, he said the water was “starting to fall in the north but still rising in the "
        "south.”",
        "Chief Minister Ayesha Malik, who visited relief camps in Narowal on Sunday, said the "
        "government would pay compensation to every family that had lost a house. “No one will be "
        "left behind,” she said.",
        "The Pakistan Meteorological Department warned in an advisory on Monday night that more rain "
        "was “likely over the next 72 hours.”",
        "In Shakargarh, farmer Ghulam Rasool said he had watched the water take his cattle on Sunday "
        "night. “I had 12 buffaloes. Now I have two,” he said.",
        "Prime Minister Shahid Rana wrote on X on Wednesday that federal teams had been sent to "
        "“every affected district.”",
        "Floods in 2022 killed more than 1,700 people in Pakistan. Climate minister Zara Hussain "
        "said in 2023 that the country was “paying for a crisis it did not cause.”",
    ), [
        ("64 people have died", w("2026-08-25", None,
                                  name="Provincial Disaster Management Authority")),
        ("not seen since 1988", w("2026-08-24", "news conference", name="Imran Qureshi")),
        ("starting to fall", w("2026-08-25", None, name="Imran Qureshi")),
        ("pay compensation", w(fresh(PK), None, name="Ayesha Malik")),
        ("No one will be left behind", w(fresh(PK), None, name="Ayesha Malik")),
        ("over the next 72 hours", w("2026-08-24", "report",
                                     name="Pakistan Meteorological Department")),
        ("take his cattle", w(fresh(PK), None, name="Ghulam Rasool")),
        ("Now I have two", w(fresh(PK), None, name="Ghulam Rasool")),
        ("every affected district", w(PK, "Twitter", name="Shahid Rana")),
        ("crisis it did not cause", w(None, None, name="Zara Hussain")),
    ]),
    # The US, a city's lead pipes in their third year, in a Friday AP copy.
    ("us-water", US, article(
        "MILLBROOK, Mich. (AP) — Residents of Millbrook will have to keep drinking bottled water for "
        "at least three more months, state officials said Thursday, as the city's fight over lead "
        "pipes dragged into its third year.",
        "Liesl Jordan, director of the state's environment department, said on Monday that the city "
        "had replaced 2,100 of its 5,800 lead service lines.",
        "Last week, Mayor Terrence Holt said the work was “behind schedule but not behind budget.”",
        "Earlier this month, Holt wrote in a letter to the governor that the city needed “another $40 "
        "million and another year.”",
        "The problems began in 2019, when tests found lead at three times the federal limit. The "
        "state's health director at the time, Ray Castillo, said in 2019 that the water was “safe to "
        "drink if you run your tap.”",
        "Castillo, now retired, says he regrets those words. “I trusted numbers I should have "
        "questioned,” he told The Associated Press this week.",
        "Dolores Whitfield, 71, has been collecting water from a church in the city since 2021. “I'm "
        "tired of being patient,” she said.",
        "A lawsuit filed by residents in federal court in March alleges that the state “knew and did "
        "nothing.”",
        "“We are not going to walk away from Millbrook,” Gov. Karen Whitmore said at a news "
        "conference in Lansing on Thursday.",
    ), [
        ("three more months", w("2026-05-14", None, name=None)),
        ("replaced 2,100", w("2026-05-11", None, name="Liesl Jordan")),
        ("not behind budget", w(("2026-05-04", "2026-05-10"), None, name="Terrence Holt")),
        ("another $40 million", w(("2026-05-01", US), "letter", name="Terrence Holt")),
        ("if you run your tap", w(None, None, name="Ray Castillo")),
        ("regrets those words", w(("2026-05-11", US), None, name="Ray Castillo")),
        ("should have questioned", w(("2026-05-11", US), "interview",
                                     outlet="The Associated Press", name="Ray Castillo")),
        ("tired of being patient", w(fresh(US), None, name="Dolores Whitfield")),
        ("knew and did nothing", w(("2026-03-01", "2026-03-31"), "report")),
        ("walk away from Millbrook", w("2026-05-14", "news conference", name="Karen Whitmore")),
    ]),
    # Kenya, a profile of a coach told in the present.
    ("ke-profile", KE, article(
        "At 67, Joseph Kiprotich still wakes at 4.30 every morning to time the runners who pound the "
        "red dirt roads around Iten.",
        "He has coached three Olympic champions and more than 40 men and women who have run a "
        "marathon in under two hours and ten minutes, yet he has never owned a stopwatch that cost "
        "more than 500 shillings.",
        "“A watch does not make anyone fast. The hills make them fast,” he says.",
        "Kiprotich says young athletes today want results too quickly. “They see the money on their "
        "phones, and they want it next year,” he says.",
        "In 2012, after one of his athletes failed a drug test, he told the Daily Nation that he felt "
        "“like a father who has lost a son.”",
        "Athletics Kenya president Paul Kiptanui said on Tuesday that the federation would name its "
        "new high-altitude camp after Kiprotich.",
        "His former pupil Mary Chepkoech, the 2024 Olympic champion, calls him “the quietest man in "
        "Iten, and the hardest.”",
        "“He never shouted at us once. He just looked at the watch,” she says.",
        "He has no plans to stop. “When my legs stop, the watch stops,” he says, and laughs.",
    ), [
        ("hills make them fast", w(None, None, name="Joseph Kiprotich")),
        ("results too quickly", w(None, None, name="Joseph Kiprotich")),
        ("money on their phones", w(None, None, name="Joseph Kiprotich")),
        ("lost a son", w(None, "interview", outlet="Daily Nation", name="Joseph Kiprotich")),
        ("high-altitude camp", w("2026-06-09", None, name="Paul Kiptanui")),
        ("quietest man in Iten", w(None, None, name="Mary Chepkoech")),
        ("looked at the watch", w(None, None, name="Mary Chepkoech")),
        ("the watch stops", w(None, None, name="Joseph Kiprotich")),
    ]),
    # Australia, an op-ed of Saturday quoted in a Monday paper.
    ("au-op-ed", AU, article(
        "Former Reserve Bank governor Philip Lowden has called on the federal government to scrap "
        "negative gearing for investors who own more than two properties, in a rare intervention in "
        "the housing debate.",
        "In an opinion piece in The Australian Financial Review on Saturday, Lowden wrote that the "
        "tax break had become “a subsidy for the already comfortable, paid for by the young.”",
        "“No serious economist would design this system from scratch,” he wrote.",
        "Treasurer Anita Kourakis said on Sunday that the government had “no plans” to change "
        "negative gearing.",
        "Asked about the article on the ABC's Insiders, she said: “Philip is entitled to his view, and "
        "it is a view he has held for a long time.”",
        "Opposition housing spokesman Michael Drury said Lowden's piece was “the most honest thing "
        "written about housing in years.”",
        "The Property Council of Australia says investors provide a third of the country's rental "
        "homes.",
        "Lowden has argued for the change since at least 2017, when he told a Senate committee that "
        "negative gearing was “a policy looking for a purpose.”",
    ), [
        ("paid for by the young", w("2026-02-07", None, name="Philip Lowden")),
        ("design this system from scratch", w("2026-02-07", None, name="Philip Lowden")),
        ("no plans", w("2026-02-08", None, name="Anita Kourakis")),
        ("entitled to his view", w(("2026-02-08", AU), "interview", name="Anita Kourakis")),
        ("most honest thing", w(("2026-02-07", AU), None, name="Michael Drury")),
        ("a third of the country's rental", w(None, None, name="Property Council of Australia")),
        ("looking for a purpose", w(None, "parliament", name="Philip Lowden")),
    ]),
    # England, a prisons inspector's report published on Tuesday, in a Thursday paper.
    ("uk-prisons-report", UK, article(
        "England's prisons are so overcrowded that inmates are being released with nowhere to sleep, "
        "according to a report by the chief inspector of prisons published on Tuesday.",
        "In her annual report, Sarah Whitcombe said that one in five men leaving prison in the last "
        "year had no fixed address on the day of release.",
        "The report found that staff shortages meant some prisoners spent “23 hours a day behind "
        "their doors, week after week.”",
        "Speaking to BBC Radio 4's Today programme on Wednesday, Whitcombe said the government had "
        "been warned “again and again, by me and by my predecessors.”",
        "“I do not write these reports for them to sit on a shelf,” she said.",
        "The prisons minister, Tom Aldridge, said in the Commons on Tuesday afternoon that the "
        "government accepted “the seriousness of the findings.” He said 14,000 new places would be "
        "built by 2031.",
        "Andrea Coombs of the Howard League for Penal Reform said the report was “the bleakest I have "
        "read in 20 years.”",
        "The Ministry of Justice said in a statement on Wednesday that it would respond to the "
        "report's 22 recommendations “in full and in public.”",
    ), [
        ("released with nowhere to sleep", w("2026-11-17", "report")),
        ("no fixed address", w("2026-11-17", "report", name="Sarah Whitcombe")),
        ("behind their doors", w("2026-11-17", "report")),
        ("again and again", w("2026-11-18", "interview", outlet="BBC Radio 4",
                              name="Sarah Whitcombe")),
        ("sit on a shelf", w("2026-11-18", None, name="Sarah Whitcombe")),
        ("seriousness of the findings", w("2026-11-17", "parliament", name="Tom Aldridge")),
        ("14,000 new places", w("2026-11-17", None, name="Tom Aldridge")),
        ("bleakest I have read", w(("2026-11-17", UK), None, name="Andrea Coombs")),
        ("in full and in public", w("2026-11-18", "statement", name="Ministry of Justice")),
    ]),
    # India, a bridge that fell on Wednesday, in a Friday paper.
    ("in-bridge", IN, article(
        "PATNA: Rescue teams on Thursday recovered two more bodies from the Gandak river, taking the "
        "toll from Wednesday's collapse of a bridge near Gopalganj to 11.",
        "Bihar chief minister Rakesh Sinha, who visited the site on Thursday, said the engineers "
        "responsible would be “punished, whoever they are.” “This was not an accident. This was "
        "negligence,” Sinha told reporters at the site.",
        "The state's road construction department said in a statement on Wednesday night that the "
        "bridge, opened in 2021, had been inspected “as recently as June.”",
        "Ram Prasad Yadav, whose son was on a motorcycle on the bridge when it fell, said: “I heard "
        "the noise from my field. I knew at once.”",
        "Opposition leader Kavita Mishra said in a post on X that the government had “ignored three "
        "warnings in two years.”",
        "In a letter dated March 14, 2025, the district magistrate had warned the department that "
        "cracks in two of the bridge's pillars were “widening visibly.”",
        "National Disaster Response Force commandant Vikas Rathore said on Thursday evening that the "
        "search would continue “until every missing person is found.”",
        "Union road transport minister Suresh Nair says the Centre will send a team of experts to "
        "find out why the bridge fell.",
    ), [
        ("whoever they are", w(("2026-09-02", IN), None, name="Rakesh Sinha")),
        ("This was negligence", w(("2026-09-02", IN), None, name="Rakesh Sinha")),
        ("as recently as June", w("2026-09-02", "statement")),
        ("I knew at once", w(("2026-09-02", IN), None, name="Ram Prasad Yadav")),
        ("ignored three warnings", w(("2026-09-02", IN), "Twitter", name="Kavita Mishra")),
        ("widening visibly", w("2025-03-14", "letter", name=None)),
        ("every missing person", w("2026-09-03", None, name="Vikas Rathore")),
        ("team of experts", w(fresh(IN), None, name="Suresh Nair")),
    ]),
    # Canada, a fire on Tuesday night in a broadcaster's present-tense report of Thursday.
    ("ca-fire", CA, article(
        "Dozens of residents of a Winnipeg apartment block are staying in hotels after a fire tore "
        "through the top two floors of the building on Tuesday night.",
        "Fire crews were called to the six-storey building on Ellice Avenue just after 10 p.m., "
        "according to the Winnipeg Fire Paramedic Service.",
        "District chief Carla Janzen says crews found heavy smoke on the fifth floor and had to carry "
        "two people down the stairs.",
        "“It was a tough fight. The wind was pushing the fire back into the building,” Janzen says.",
        "Tenant Marcus Obi says he woke to the alarm and the smell of smoke. “I grabbed my cat and my "
        "laptop, and that's it. Everything else is gone,” he says.",
        "The building's owner, Redbrick Properties, says it is working to find tenants longer-term "
        "housing.",
        "In a statement on Wednesday, the company said the building would be closed “for at least "
        "several months.”",
        "Winnipeg police say the cause of the fire is not yet known.",
        "Landlords' groups say older buildings in the city need help to pay for sprinklers.",
    ), [
        ("six-storey building", w(fresh(CA), None, name="Winnipeg Fire Paramedic Service")),
        ("heavy smoke", w(fresh(CA), None, name="Carla Janzen")),
        ("a tough fight", w(fresh(CA), None, name="Carla Janzen")),
        ("woke to the alarm", w(fresh(CA), None, name="Marcus Obi")),
        ("Everything else is gone", w(fresh(CA), None, name="Marcus Obi")),
        ("longer-term housing", w(fresh(CA), None, name="Redbrick Properties")),
        ("several months", w("2026-01-28", "statement", name="Redbrick Properties")),
        ("not yet known", w(fresh(CA), None)),
        ("pay for sprinklers", w(None, None, name=None)),
    ]),
]


# The rules this round added, each with a sentence of our own that shows it (rule-) and one that
# shows where it stops (guard-). Dated Thursday 19 November 2026 (UK above).
WITH_THE_RULES = [
    # A document named again with a possessive is the one the quote before was said in, on its day.
    ("rule-in-her-report", UK,
     "A report by the chief inspector of prisons, published on Tuesday, found that jails were full. In "
     "her report, Sarah Whitcombe said that staff were “exhausted.”",
     [("staff were", w("2026-11-17", "report", name="Sarah Whitcombe"))]),
    ("guard-in-a-report", UK,
     "A report by the chief inspector of prisons, published on Tuesday, found that jails were full. In "
     "a report, the charity Nacro said that staff were “exhausted.”",
     [("staff were", w(UK, "report", name="Nacro"))]),
    # A profile stays one where the only day of the news is someone's saying ...
    ("rule-a-profile-with-a-day-of-someone-s-saying", UK,
     "At 67, Joseph Kiprotich still wakes at 4.30 every morning to time his runners. “The hills make "
     "them fast,” he says. Athletics Kenya's president said on Tuesday that a camp would be named "
     "after him.",
     [("hills make them fast", w(None, None, name="Joseph Kiprotich")),
      ("a camp would be named", w("2026-11-17", None))]),
    # ... but not where the story tells a deed of the news's days.
    ("guard-a-profile-with-a-deed-of-the-news", UK,
     "At 67, Joseph Kiprotich still wakes at 4.30 every morning to time his runners. “The hills make "
     "them fast,” he says. On Tuesday, a camp was named after him.",
     [("hills make them fast", w(fresh(UK), None, name="Joseph Kiprotich"))]),
    # A group spoken of by a bare plural owner is a group as such: its present is a view.
    ("rule-landlords-groups-say", UK,
     "Rents rose by 9% in a year, figures released on Tuesday show. Landlords' groups say older "
     "buildings need help to pay for repairs.",
     [("need help to pay", w(None, None, name=None))]),
    ("guard-the-city-s-landlords-say", UK,
     "Rents rose by 9% in a year, figures released on Tuesday show. The city's landlords say older "
     "buildings need help to pay for repairs.",
     [("need help to pay", w(fresh(UK), None))]),
    # A verb the parser misread as an object's predicate ("hopes") dates nothing: the game's day stands.
    ("rule-kept-their-hopes-alive", UK,
     "The Rams kept their title hopes alive with a win over the Bulls on Saturday night. “We never "
     "gave up,” coach Ben Ortiz said after the game.",
     [("never gave up", w("2026-11-14", None, name="Ben Ortiz"))]),
    # A place in capitals and a colon before a lede with its own attribution is a dateline.
    ("rule-a-dateline-with-a-colon", UK,
     "KARACHI: At least 12 people were hurt when a gas cylinder exploded in a market, police said on "
     "Tuesday.",
     [("At least 12 people", w("2026-11-17", None, name=None))]),
    # Words said speaking after the game, in a concession speech, or right after conceding: the
    # event's day, a week back.
    ("rule-speaking-after-the-game", UK,
     "The Rams beat the Bulls on Friday. Speaking after the game, Ben Ortiz said: “We never gave up.”",
     [("never gave up", w("2026-11-13", None, name="Ben Ortiz"))]),
    ("rule-in-her-concession-speech", UK,
     "Voters went to the polls on Saturday. “The people have spoken,” Ana Silva said in her concession "
     "speech.",
     [("people have spoken", w("2026-11-14", "speech", name="Ana Silva"))]),
    ("rule-conceded-defeat", UK,
     "Voters went to the polls on Saturday. Ana Silva conceded defeat. “The people have spoken,” she "
     "said.",
     [("people have spoken", w("2026-11-14", None, name="Ana Silva"))]),
    ("guard-conceded-on-a-day-of-its-own", UK,
     "Voters went to the polls on Saturday. Ana Silva conceded on Tuesday. “The people have spoken,” "
     "she said.",
     [("people have spoken", w("2026-11-17", None, name="Ana Silva"))]),
    # During a campaign: weeks, no day; during a debate: the debate's day.
    ("rule-during-the-campaign", UK,
     "Voters went to the polls on Saturday. During the campaign, Ana Silva promised to cut rates.",
     [("cut rates", w(None, None, name="Ana Silva"))]),
    ("guard-during-the-debate", UK,
     "The debate was held on Saturday. During the debate, Ana Silva promised to cut rates.",
     [("cut rates", w("2026-11-14", "debate", name="Ana Silva"))]),
    # "since at least 2017, when ...": the saying is in 2017, a year (no day); "at least 2017
    # troops" counts troops.
    ("rule-since-at-least-a-year-when", UK,
     "Tom Reed has argued for the change since at least 2017, when he told a committee that the tax "
     "was “a policy looking for a purpose.”",
     [("looking for a purpose", w(None, "parliament", name="Tom Reed"))]),
    ("guard-at-least-a-count", UK,
     "The army sent at least 2017 troops to the border, Tom Reed said.",
     [("2017 troops", w(fresh(UK), None, name="Tom Reed"))]),
    # A quotation right after a passive verb in another's reported clause is that clause's.
    ("rule-warned-again-and-again", UK,
     "Reed said the council had been warned “again and again.”",
     [("again and again", w(fresh(UK), None, name="Reed"))]),
    ("guard-the-mayor-warned", UK,
     "Mayor Tom Reed warned “we will not pay.”",
     [("we will not pay", w(fresh(UK), None, name="Tom Reed"))]),
    # "On the first day" of an event named before: the day it began, where that is past the
    # days of fresh news; within them, the story's day as ever.
    ("rule-on-the-first-day", UK,
     "The trial began on Nov. 2. On the first day, prosecutor Ana Silva told the jury the case was "
     "“simple.”",
     [("the case was", w("2026-11-02", "court", name="Ana Silva"))]),
    ("guard-on-the-first-day-of-the-week-s-trial", UK,
     "The trial began on Monday. On the first day, prosecutor Ana Silva told the jury the case was "
     "“simple.”",
     [("the case was", w("2026-11-16", "court", name="Ana Silva"))]),
]


STILL_WRONG: dict[str, str] = {
    "sc-sentencing": "channel only: 'Passing sentence, Sheriff Moira Grant told Tulloch' and 'When she found him "
                     "guilty last month, the sheriff said' get no channel (a sheriff is a judge in Scotland, a "
                     "police officer in the US; 'passing sentence' is no occasion the rules read); every said_on "
                     "is right",
    "se-results": "name only: 'Finance director Per Ekström said' is left unnamed (the parser takes 'Per' for the "
                  "preposition)",
    "ie-obituary": "names and one channel: the dead novelist's 'she told The Irish Times in 1994' goes to the "
                   "president quoted before her, two more 'she said' of hers are left unnamed, and 'A critic for "
                   "this newspaper wrote' is read as a report; every said_on is right",
    "us-water": "channel only: 'A lawsuit ... alleges' is court by the lexicon (channel-nouns.txt: lawsuit = court), "
                "where we read conventions.md's 'a court filing summarised as a report' as report",
    "au-op-ed": "said_on and channel: 'The Property Council of Australia says investors provide a third of the "
                "country's rental homes' (a body's standing figure) is dated by the lead's decision of round 12 "
                "(one named speaker's present in a report of news is fresh words); 'Asked about the article on "
                "the ABC's Insiders, she said' gets no interview (the programme hangs on 'the article')",
    "in-bridge": "quote and name: 'had warned the department that cracks ... were “widening visibly.”' is parsed "
                 "with 'that' opening a relative clause of 'the department', so no quote is found; 'Ram Prasad "
                 "Yadav, whose son was on a motorcycle on the bridge when it fell, said:' is left unnamed",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES + WITH_THE_RULES, STILL_WRONG)))
def test_saidon18(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []
