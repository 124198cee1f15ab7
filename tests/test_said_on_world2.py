"""When words were said, in sections of the news beyond hard politics, from many countries.

Issue 12's held-out quotes come from news of many countries and every section. Each passage here is
our own writing in one press's style and one section (sport, business, courts, culture, science,
obituaries, travel, profiles, live blogs): a weekday across a week boundary from the article date,
"on Monday night", "late Tuesday", "overnight", "last week", "earlier this month", "in the spring", a
past year or a decade in a background clause that must not move a fresh quote's day, a statistic's
quarter, a feature's present "says" after a dated scene, standing positions ("has said", "had said",
"has long argued"), words from a book, report or letter of a past date, a live blog's timestamps, an
obituary quoting the dead from years ago, a ruling "released Friday" and the judge's words in it. The
expected speaker name, channel and said_on of every quote were set by conventions.md before any of
them was run.

Most passages are dated Tuesday 4 November 2025 (FRESH: a fresh quote with no time of its own may
fall from Saturday 1 to Tuesday 4 November); a Monday paper is dated 3 November (MON_FRESH). A case's
id starts with the press it imitates: us, uk, ca (Canada), au (Australia), in (India), ie
(Ireland), za (South Africa), wire.
"""
from __future__ import annotations

import pytest

from test_canadian import Q
from test_canadian_placing import article_differences, article_params

DATE = "2025-11-04"  # a Tuesday
FRESH = ("2025-11-01", DATE)
MON, SUN, SAT = "2025-11-03", "2025-11-02", "2025-11-01"
FRI, THU, WED = "2025-10-31", "2025-10-30", "2025-10-29"
MONDAY_PAPER = MON
MON_FRESH = ("2025-10-31", MONDAY_PAPER)
LAST_WEEK = ("2025-10-27", SUN)
THIS_MONTH = ("2025-11-01", DATE)
OVERNIGHT = (MON, DATE)


def said(said_on, name, channel=None) -> Q:
    return Q(said_on=said_on, name=name, channel=channel)


ARTICLES = [
    # Sport -------------------------------------------------------------------------------------
    ("uk-sport-weekday-across-the-week-boundary", DATE,
     "Rovers manager Gareth Lowe said on Friday that his side would not panic after a third "
     "straight defeat. “We have been here before and we got out of it,” Lowe said.",
     [("would not panic", said(FRI, "Gareth Lowe")), ("got out of it", said(FRI, "Gareth Lowe"))]),
    ("au-sport-after-sundays-win", DATE,
     "The Swans moved into the top four with a 14-point win over the Lions on Sunday.\n\n"
     "“That was as good as we have played all year,” coach Dean Hollis said after the game. "
     "“The boys were outstanding tonight.”",
     [("as good as we have played", said(SUN, "Dean Hollis")),
      ("outstanding tonight", said(SUN, "Dean Hollis"))]),
    ("ca-sport-on-monday-night", DATE,
     "The Oilers lost 4-1 to the Flames on Monday night. “We did not show up,” defenceman "
     "Kyle Brandt said.",
     [("did not show up", said((MON, DATE), "Kyle Brandt"))]),
    ("in-sport-a-decade-in-a-relative-clause", DATE,
     "MUMBAI: Ravi Deshmukh, who captained the junior side in the 2010s, was named coach of the "
     "state team. “It is a big honour and a big responsibility,” Deshmukh told reporters.",
     [("big honour", said(FRESH, "Ravi Deshmukh"))]),
    ("ie-sport-a-year-in-a-background-clause-between-dashes", DATE,
     "Kilkenny manager Seán Doherty — whose side last lifted the cup in 2015 — said the players "
     "were ready. “There is no fear in this group,” he said.",
     [("no fear in this group", said(FRESH, "Seán Doherty"))]),
    ("za-sport-late-saturday", MON_FRESH[1],
     "JOHANNESBURG — The Springboks arrived home late on Saturday after their tour of Europe. "
     "“The public support has been amazing,” captain Thabo Nkosi said at the airport.",
     [("public support has been amazing", said(SAT, "Thabo Nkosi"))]),
    ("us-sport-has-long-argued-then-tuesday", DATE,
     "Commissioner Greg Adler has long argued that the league needs a team in Europe. “We are "
     "closer than ever,” Adler said Tuesday.",
     [("needs a team in Europe", said(None, "Greg Adler")),
      ("closer than ever", said(DATE, "Greg Adler"))]),
    ("uk-sport-told-bbc-sport-last-week", DATE,
     "Last week, Callum Reid told BBC Sport he was “nowhere near” retiring.",
     [("nowhere near", said(LAST_WEEK, "Callum Reid", "interview"))]),

    # Business ----------------------------------------------------------------------------------
    ("wire-business-a-statistics-quarter", DATE,
     "LONDON, Nov 4 (Reuters) - Northbank's profit fell 12 percent in the third quarter, the "
     "lender said on Tuesday. “The quarter was hurt by higher costs,” chief executive Anna Field "
     "said.",
     [("hurt by higher costs", said(DATE, "Anna Field"))]),
    ("au-business-a-quarter-and-no-day", DATE,
     "Harbour Retail said sales grew 3.1 per cent in the September quarter, the slowest pace "
     "since 2020. “Shoppers are still cautious,” managing director Lisa Tran said.",
     [("still cautious", said(FRESH, "Lisa Tran"))]),
    ("us-business-late-tuesday-in-a-wednesday-paper", "2025-11-05",
     "Cobalt Motors said late Tuesday that it would cut 2,000 jobs. “These are hard decisions,” "
     "the company said in a statement.",
     [("hard decisions", said(DATE, "Cobalt Motors", "statement"))]),
    ("in-business-earlier-this-month", DATE,
     "Earlier this month, the Reserve Bank governor Arvind Rao said that inflation was “well "
     "within the band”.",
     [("well within the band", said(THIS_MONTH, "Arvind Rao"))]),
    ("ca-business-has-said-then-monday", DATE,
     "The bank has said it expects rates to fall next year. On Monday, chief economist Marie "
     "Gagnon said: “The path is now clearer.”",
     [("expects rates to fall", Q(said_on=None)),
      ("path is now clearer", said(MON, "Marie Gagnon"))]),
    ("uk-business-a-year-in-a-complement-that-is-background", DATE,
     "Shares in Dunmore fell after the group warned that profits would be lower than in 2019, "
     "when the chain had 400 shops. “Trading has been tough,” chief executive Neil Barr said.",
     [("Trading has been tough", said(FRESH, "Neil Barr"))]),
    ("wire-business-the-1990s-before-arguing", DATE,
     "Economists expect exports, which shrank through much of the 1990s, to grow this year. "
     "Officials played down the risks, arguing that “the recovery is broad and durable”.",
     [("broad and durable", said(FRESH, None))]),
    # ... but a past year in the cue's own sentence may be where the words were given.
    ("wire-a-man-who-in-a-year-tried-claiming", DATE,
     "The analyst pointed to a farmer from Ohio who in 2012 tried to block a pipeline with his "
     "tractors, claiming he wanted “to stop them taking the land my father left me”.",
     [("taking the land my father left me", said(None, None))]),
    ("za-business-overnight", DATE,
     "The rand weakened overnight after the budget. “Markets did not like what they heard,” said "
     "Sipho Mahlangu, an analyst at Ridge Capital.",
     [("did not like what they heard", said(OVERNIGHT, "Sipho Mahlangu"))]),

    # Courts ------------------------------------------------------------------------------------
    ("ca-courts-a-ruling-released-friday", DATE,
     "In a decision released Friday, Justice Anne Moreau of the Ontario Superior Court dismissed "
     "the claim. “The plaintiffs have not shown any loss,” Moreau wrote.",
     [("not shown any loss", said(FRI, "Anne Moreau", "court"))]),
    ("au-courts-sentenced-on-monday", DATE,
     "A Brisbane man was sentenced on Monday to six years in jail for the attack. “Your "
     "conduct was cowardly,” Judge Peter Hanlon told him.",
     [("conduct was cowardly", said(MON, "Peter Hanlon", "court"))]),
    ("us-courts-had-said-earlier", DATE,
     "The defence had said before the trial that it would call no witnesses. On Monday, lawyer "
     "Rosa Kim told the jury: “You have heard only one side.”",
     [("only one side", said(MON, "Rosa Kim", "court"))]),
    ("in-courts-the-bench-observed-on-monday", DATE,
     "NEW DELHI: The Supreme Court on Monday pulled up the state for the delay. “This cannot go "
     "on,” the court observed.",
     [("cannot go on", said(MON, "Supreme Court", "court"))]),
    ("ie-courts-a-letter-of-a-past-date-read-in-court", DATE,
     "In a letter dated March 3, 2022, read to the court, the accused wrote that he was "
     "“sorry for everything”.",
     [("sorry for everything", said("2022-03-03", None, "letter"))]),
    ("uk-courts-the-hearing-heard-yesterday", DATE,
     "Southwark Crown Court heard yesterday that the firm had ignored warnings. Prosecutor "
     "James Webb said: “They knew, and they did nothing.”",
     [("they did nothing", said(MON, "James Webb", "court"))]),

    # Culture -----------------------------------------------------------------------------------
    ("uk-culture-a-memoir-of-the-1980s", DATE,
     "In her memoir, which covers her years in the band in the 1980s, the singer Carla Vance "
     "writes: “We were young and we were broke.”",
     [("young and we were broke", said(None, "Carla Vance", "book"))]),
    ("us-culture-premiere-on-saturday", DATE,
     "The film premiered Saturday at the Lakeside festival. “I never thought anyone would see "
     "it,” director Owen Maddox told the crowd.",
     [("anyone would see it", said(SAT, "Owen Maddox", "speech"))]),
    ("au-culture-in-the-spring", DATE,
     "In the spring, the artist Mia Kovac told ABC Radio she was “done with big galleries”.",
     [("done with big galleries", said(None, "Mia Kovac", "interview"))]),
    ("ca-culture-a-profiles-present", DATE,
     "Jean Tremblay has run the Saint-Roch bookshop since 1987. “People still want to hold a "
     "book,” he says. “That has not changed.”",
     [("hold a book", said(None, "Jean Tremblay")), ("has not changed", said(None, "Jean Tremblay"))]),
    ("in-culture-said-on-sunday-at-the-launch", DATE,
     "Speaking at the launch of his novel on Sunday, author Vikram Sethi said: “Every family has "
     "a secret.”",
     [("Every family has a secret", Q(said_on=SUN, name="Vikram Sethi"))]),
    ("ie-culture-a-review-and-the-actor-last-week", DATE,
     "The Abbey's new production opened last week to strong reviews. “It is the best part I "
     "have had,” said lead actor Niamh Brennan.",
     [("best part I have had", said((LAST_WEEK[0], DATE), "Niamh Brennan"))]),

    # Science -----------------------------------------------------------------------------------
    ("uk-science-a-study-published-on-monday", DATE,
     "A study published on Monday in the journal Nature found that bees can count to four. "
     "“We were surprised by how consistent they were,” said lead author Dr Helen Marsh.",
     [("surprised by how consistent", said((MON, DATE), "Helen Marsh"))]),
    ("us-science-a-report-of-june", DATE,
     "A report released in June by the National Academies concluded that the dam was “at serious "
     "risk of failure”.",
     [("serious risk of failure", said("2025-06", "National Academies", "report"))]),
    ("au-science-says-in-a-fresh-report", DATE,
     "Scientists have found a new species of gecko in far north Queensland.\n\n"
     "“It was hiding in plain sight,” says researcher Tom Wilde.",
     [("hiding in plain sight", said(FRESH, "Tom Wilde"))]),
    ("in-science-isro-said-on-sunday", DATE,
     "BENGALURU: The launch of the weather satellite went as planned on Sunday, ISRO said. “All "
     "systems are normal,” ISRO chairman V Raman said.",
     [("All systems are normal", said((SUN, DATE), "V Raman"))]),
    ("za-science-a-2019-study-quoted", DATE,
     "A 2019 study by the University of Cape Town warned that the city's water use was “not "
     "sustainable”. Professor Lindiwe Dube said on Monday: “Nothing we found then has changed.”",
     [("not sustainable", said(None, "University of Cape Town", "report")),
      ("Nothing we found then", said(MON, "Lindiwe Dube"))]),

    # Obituaries --------------------------------------------------------------------------------
    ("uk-obituary-the-dead-in-a-1998-interview", DATE,
     "The broadcaster Margaret Hale, who has died aged 88, once told the Guardian in 1998 that "
     "radio was “the most intimate medium there is”.",
     [("most intimate medium", said(None, "Margaret Hale", "interview"))]),
    ("us-obituary-said-in-2004", DATE,
     "Frank Doyle, who built the Doyle's diner chain, died Sunday. He was 91. “I never wanted to "
     "be rich, just busy,” he said in 2004.",
     [("just busy", said(None, "Frank Doyle"))]),
    ("ie-obituary-family-tribute", DATE,
     "The poet Brendan Keane has died at the age of 79. In a statement on Monday, his family "
     "said he was “a gentle man who loved words”.",
     [("gentle man who loved words", said(MON, None, "statement"))]),
    ("ca-obituary-told-the-paper-in-the-1970s", DATE,
     "In the 1970s, Hélène Roy told the Gazette that hockey “belongs to everyone”. Roy died "
     "Saturday in Quebec City.",
     [("belongs to everyone", said(None, "Hélène Roy", "interview"))]),
    ("au-obituary-premier-said-today", DATE,
     "Former senator Ray Dunstan, who served in parliament from 1983 to 2001, has died. "
     "“He was a true servant of the people,” the Premier, Kate Morrow, said today.",
     [("true servant of the people", said(DATE, "Kate Morrow"))]),

    # Travel ------------------------------------------------------------------------------------
    ("uk-travel-feature-present-after-a-dated-scene", DATE,
     "On a grey morning in October, I met Ewan Ross at the harbour in Stornoway. He has "
     "fished these waters since he was 15. “The sea gives and the sea takes,” he says.",
     [("sea gives and the sea takes", said(None, "Ewan Ross"))]),
    ("au-travel-tourism-minister-last-week", DATE,
     "Tourism Minister Paul Carr said last week that visitor numbers had “bounced back”.",
     [("bounced back", said(LAST_WEEK, "Paul Carr"))]),
    ("in-travel-statement-on-wednesday-across-the-week", DATE,
     "The Ministry of Railways said in a statement on Wednesday that the new train would run "
     "twice a week.",
     [("run twice a week", said(WED, "Ministry of Railways", "statement"))]),

    # Profiles ----------------------------------------------------------------------------------
    ("us-profile-says-of-a-habit", DATE,
     "Dana Pruitt starts every shift at the shelter by checking the dogs. “They know my car,” "
     "she says.",
     [("They know my car", said(None, "Dana Pruitt"))]),
    ("za-profile-said-at-the-time-in-2010", DATE,
     "When Kagiso Molefe opened her first clinic in 2010, she said at the time that it was “a "
     "dream come true”.",
     [("dream come true", said(None, "Kagiso Molefe"))]),
    ("ca-profile-has-long-maintained", DATE,
     "Dr. Paul Leclerc has long maintained that rural hospitals are “the backbone of the "
     "system”.",
     [("backbone of the system", said(None, "Paul Leclerc"))]),

    # Live blogs --------------------------------------------------------------------------------
    ("uk-live-blog-timestamps", DATE,
     "10.42am: The Chancellor has arrived at the Treasury.\n\n"
     "11.05am: Speaking to reporters outside, she said: “Today is about growth.”",
     [("about growth", said(DATE, None))]),
    ("au-live-blog-the-premier-this-morning", DATE,
     "9.15am: The Premier, Kate Morrow, spoke to ABC Radio this morning. “We will have more to "
     "say later today,” she said.",
     [("more to say later today", said(DATE, "Kate Morrow"))]),

    # Hard news with the brief's time words -----------------------------------------------------
    ("us-on-monday-night-a-governor", DATE,
     "Gov. Nora Bell signed the budget on Monday night. “It is not perfect, but it is done,” "
     "Bell said.",
     [("it is done", said((MON, DATE), "Nora Bell"))]),
    ("uk-overnight-police-said", DATE,
     "Two men were arrested overnight after a stabbing in Bristol, police said. “There is no "
     "wider threat,” Superintendent Jo Marsh said.",
     [("no wider threat", said(OVERNIGHT, "Jo Marsh"))]),
    ("ca-thursday-in-a-tuesday-paper", DATE,
     "OTTAWA — The minister told the House of Commons on Thursday that the plan was “fully "
     "funded”. Finance Minister Claire Dubois said: “We will not raise taxes.”",
     [("fully funded", Q(said_on=THU, channel="parliament")), ("will not raise taxes", said((THU, DATE), "Claire Dubois"))]),
    ("in-told-the-lok-sabha-in-the-monsoon-session", DATE,
     "The minister, Meera Joshi, who told the Lok Sabha in 2023 that the scheme would be "
     "extended, said on Monday: “We have kept our word.”",
     [("kept our word", said(MON, "Meera Joshi"))]),
    ("ie-told-rte-on-sunday", DATE,
     "Tánaiste Conor Walsh told RTÉ's This Week programme on Sunday that the deal was “close”.",
     [("close", said(SUN, "Conor Walsh", "interview"))]),
    ("za-a-letter-sent-last-week", DATE,
     "In a letter sent last week to the minister, the union said the plan was “an insult to "
     "workers”.",
     [("insult to workers", said(LAST_WEEK, None, "letter"))]),
    ("wire-had-said-on-friday", DATE,
     "The ministry had said on Friday that talks would resume. “We remain hopeful,” a "
     "spokesman said on Tuesday.",
     [("We remain hopeful", said(DATE, None))]),
    ("us-a-past-speech-in-2016-in-a-complement", DATE,
     "Mayor Alan Price said Monday that he still believed what he said in 2016, that the "
     "city “cannot grow without housing.” “Nothing has changed,” he said.",
     [("cannot grow without housing", said(None, "Alan Price")),
      ("Nothing has changed", said(MON, "Alan Price"))]),
    ("uk-has-said-is-a-standing-position", DATE,
     "The government has said it will not bring back the tax. A Treasury spokesman said: “Our "
     "position is clear.”",
     [("will not bring back the tax", Q(said_on=None)),
      ("position is clear", said(FRESH, None))]),
    ("wire-a-decade-in-a-that-clause-then-arguing", DATE,
     "Analysts said the economy, which grew slowly in the 2000s, faced new risks. The central "
     "bank disagreed, arguing that “growth will pick up next year”.",
     [("growth will pick up", said(FRESH, None))]),
    ("au-said-on-wednesday-a-week-back", DATE,
     "Opposition Leader Sam Kerr said on Wednesday the bill was “dead in the water”.",
     [("dead in the water", said(WED, "Sam Kerr"))]),
    ("ca-in-the-spring-she-said", DATE,
     "In the spring, Mayor Lise Fortin said the bridge would open by Christmas. On Monday she "
     "said: “It will be late.”",
     [("bridge would open by Christmas", said(None, "Lise Fortin")),
      ("It will be late", said(MON, "Lise Fortin"))]),
    ("in-pti-dateline-a-past-day", DATE,
     "Kolkata, Nov 3 (PTI) The chief minister said on Sunday that the state “will not bow” to "
     "pressure.",
     [("will not bow", said(SUN, None))]),
    ("in-obituary-a-post-on-x-on-monday", DATE,
     "MUMBAI: The actor Suresh Kapoor, who starred in more than 200 films from the 1960s on, "
     "died on Sunday. Prime Minister Rajan Mehta said in a post on X on Monday that Kapoor was "
     "“a legend of Indian cinema”.",
     [("legend of Indian cinema", said(MON, "Rajan Mehta", "Twitter"))]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG = {
    "us-a-past-speech-in-2016-in-a-complement": "quote span, then said_on: the marked words after "
                                                "'what he said in 2016,' are taken into the "
                                                "indirect quote of 'said Monday' (a span cut at "
                                                "the opening mark), so no quote of the 2016 words "
                                                "is left to leave undated",
    "au-live-blog-the-premier-this-morning": "name, not said_on: the 'she said' after 'The "
                                             "Premier, Kate Morrow, spoke to ABC Radio' is left "
                                             "unnamed (a live blog's timestamp line opens the "
                                             "paragraph before the subject)",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(ARTICLES, STILL_WRONG)))
def test_said_on_name_and_channel_of_sections_of_news_from_many_countries(text, expected, date):
    assert article_differences(text, expected, date) == []
