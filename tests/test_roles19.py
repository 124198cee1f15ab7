"""A speaker written as a role noun or a body's noun ("the lawyer", "the chief executive", "the
company", "the league") is the one the article gave that role or kind, not the name nearest it.

Forty short passages of our own writing, news of several countries, each with the speaker name
and mention (conventions.md: Speaker) of every quote, written before any was run. A role is given
in apposition ("Ann Lee, the sprinter's lawyer"), before the name ("lawyer Ann Lee", "Kenteris'
lawyer Ann Lee") or as a body's officer ("Acme's chief executive, Ann Lee"); a body's noun ("the
company", "the ministry") is the body of that kind named before, never just a place or a body of
another kind; where two were given the role, or none was, the description stays unnamed.
The first run named 38 of the 47 speakers right and gave 42 mentions right; the rules of branch
roles19 (docs/extracting.md) name 41.
"""
from __future__ import annotations

import pytest

import saidwhen

# (case id, text, [(words of the quote, expected name, expected mention text)])
PASSAGES = [
    ("uk-lawyer-apposition",
     "Sprinter Dele Okafor will appeal against his four-year doping ban. Marcus Hale, the athlete's "
     "lawyer, met officials of UK Anti-Doping in London on Tuesday. Its chief executive, Jane Pryor, "
     "has defended the tests. \"We will show that the chain of custody was broken,\" the lawyer said.",
     [("chain of custody", "Marcus Hale", "the lawyer")]),
    ("us-attorney-premodifier",
     "Defense attorney Rosa Delgado asked a Phoenix judge on Monday to throw out the confession of "
     "her client, Tyler Banks. Prosecutor Glen Whitaker opposed the motion. \"My client was "
     "questioned for eleven hours without food,\" the attorney said.",
     [("eleven hours", "Rosa Delgado", "the attorney")]),
    ("gr-possessive-lawyer",
     "Greek sprinter Nikos Daskalos missed a second drugs test, officials said. Daskalos' lawyer "
     "Petros Vlachos told reporters the athlete had been in hospital. Meanwhile the federation's "
     "president, Yannis Moraitis, called for calm. \"He has the documents from the hospital and "
     "we will hand them over,\" the lawyer said.",
     [("documents from the hospital", "Petros Vlachos", "the lawyer")]),
    ("au-chief-executive",
     "Shares in Southern Cross Freight fell 12 per cent on Thursday. The company's chief executive, "
     "Warren Tilley, blamed fuel costs. Transport Minister Catherine King said the government was "
     "watching the sector. \"We have not lost a single customer this year,\" the chief executive "
     "said.",
     [("single customer", "Warren Tilley", "the chief executive")]),
    ("ke-the-company-after-place",
     "Safaricom will raise the price of its data bundles from next month. Subscribers in Nairobi, "
     "Mombasa and Kisumu will pay about 10 per cent more. \"The cost of running our network has "
     "risen sharply,\" the company said in a statement.",
     [("cost of running", "Safaricom", "the company")]),
    ("uk-the-league-after-club",
     "The Premier League has opened an inquiry into spending at Burnley. The club was promoted last "
     "season. \"We will not comment while the process is ongoing,\" the league said.",
     [("not comment", "Premier League", "the league")]),
    ("in-the-ministry-after-firm",
     "India's Ministry of Railways has cancelled a contract with Bharat Signal Systems after a "
     "derailment in Odisha. The firm had installed the signals on the line. \"Safety cannot wait for "
     "an inquiry,\" the ministry said.",
     [("Safety cannot wait", "Ministry of Railways", "the ministry")]),
    ("ca-the-union-after-employer",
     "The Canadian Union of Postal Workers has served strike notice on Canada Post. The Crown "
     "corporation delivers mail to 17 million addresses. \"Our members have been without a contract "
     "for a year,\" the union said.",
     [("without a contract", "Canadian Union of Postal Workers", "the union")]),
    ("us-the-board-after-company",
     "The National Transportation Safety Board said on Friday it had found cracks in the tail of a "
     "plane operated by Delta Air Lines. The airline grounded three jets. \"The cracks were found "
     "during a routine check,\" the board said.",
     [("routine check", "National Transportation Safety Board", "the board")]),
    ("au-two-lawyers-unnamed",
     "Two Sydney men accused of fraud appeared in court on Wednesday. Lawyer Ben Cartwright "
     "represents Sam Lowe, and lawyer Priya Nair represents Tom Fenwick. \"This case will take "
     "months to prepare,\" the lawyer said.",
     [("months to prepare", None, "the lawyer")]),
    ("ca-spokesperson-unnamed",
     "Ontario's Ministry of Health has ordered a review of emergency room closures. Health Minister "
     "Sylvia Jones visited a hospital in Walkerton. \"The review will report by spring,\" a spokesperson "
     "for the ministry said.",
     [("report by spring", None, "a spokesperson for the ministry")]),
    ("in-the-paper",
     "The Hindu reported on Sunday that the state would delay its elections. Chief Minister M. K. "
     "Raja denied the report. \"Our sources inside the election office are clear,\" the paper said.",
     [("sources inside", "The Hindu", "the paper")]),
    ("ke-the-group",
     "Al-Shabaab said it carried out the attack on a police post in Garissa. The Kenya Defence "
     "Forces sent troops to the area. \"Our fighters returned safely,\" the militant group said.",
     [("returned safely", "Al-Shabaab", "the militant group")]),
    ("uk-the-minister-not-nearest",
     "Schools Minister Helen Ward met teachers' leader Paul Whiteman on Monday. Whiteman asked for "
     "a pay rise of 8 per cent. \"The money is simply not there this year,\" the minister said.",
     [("simply not there", "Helen Ward", "the minister")]),
    ("ca-the-coach",
     "Head coach Martin St. Pierre praised goalie Jonas Lindqvist after Saturday's shutout. "
     "Lindqvist stopped 38 shots. \"He gave us a chance every night this week,\" the coach said.",
     [("chance every night", "Martin St. Pierre", "the coach")]),
    ("us-the-senator-two",
     "Senator Maria Cantwell and Senator Patty Murray both toured the flooded valley on Sunday. "
     "\"We need federal money here within days,\" the senator said.",
     [("federal money", None, "the senator")]),
    ("au-the-premier",
     "Premier Chris Minns announced a new rail line for western Sydney. Opposition leader Mark "
     "Speakman called it a stunt. \"Construction will start next year,\" the premier said.",
     [("Construction will start", "Chris Minns", "the premier")]),
    ("uk-the-firm-after-town",
     "Carpet maker Brintons will close its factory in Kidderminster, with the loss of 200 jobs. "
     "The town has made carpets for more than two centuries. \"This was the hardest decision we "
     "have ever made,\" the firm said.",
     [("hardest decision", "Brintons", "the firm")]),
    ("ke-the-club",
     "Gor Mahia have sacked their coach after a run of five defeats. The Kenyan champions lost 3-0 "
     "to AFC Leopards on Sunday. \"We thank him for his service,\" the club said.",
     [("thank him", "Gor Mahia", "the club")]),
    ("in-the-airline",
     "IndiGo cancelled 60 flights out of Delhi on Tuesday because of fog. Passengers at Indira "
     "Gandhi International Airport waited for hours. \"Safety of our passengers comes first,\" the "
     "airline said.",
     [("Safety of our passengers", "IndiGo", "the airline")]),
    ("uk-the-charity",
     "The charity Shelter says 300,000 people in England are homeless. The Department for "
     "Levelling Up disputed the figure. \"Behind every number is a family without a home,\" the "
     "charity said.",
     [("Behind every number", "Shelter", "the charity")]),
    ("au-the-regulator",
     "The Australian Competition and Consumer Commission will sue Qantas over cancelled flights. "
     "The airline sold tickets for flights it had already cancelled, the regulator alleges. "
     "\"Consumers were misled on a massive scale,\" the regulator said.",
     [("misled on a massive scale", "Australian Competition and Consumer Commission",
       "the regulator")]),
    ("ca-the-bank-after-city",
     "The Bank of Canada held its key rate at 5 per cent on Wednesday. Economists in Toronto had "
     "expected the pause. \"Inflation is still too high,\" the bank said.",
     [("still too high", "Bank of Canada", "the bank")]),
    ("uk-the-mp-apposition",
     "Jess Phillips, the MP for Birmingham Yardley, has called for more refuge places. Home "
     "Secretary James Cleverly said money had been set aside. \"Women are being turned away every "
     "night,\" the MP said.",
     [("turned away every night", "Jess Phillips", "the MP")]),
    ("us-striker-vs-keeper",
     "Striker Alex Morgan scored twice as San Diego beat Portland 3-1. Goalkeeper Bella Bixby "
     "conceded three goals for the first time this season. \"It felt good to finish those chances,\" "
     "the striker said.",
     [("finish those chances", "Alex Morgan", "the striker")]),
    ("ke-the-governor",
     "Nairobi Governor Johnson Sakaja met traders at Gikomba market on Monday. Their chairman, "
     "Peter Kamau, asked for new stalls. \"We will rebuild the market within six months,\" the "
     "governor said.",
     [("rebuild the market", "Johnson Sakaja", "the governor")]),
    ("in-the-chief-minister-after-another",
     "Chief Minister Pinarayi Vijayan met Prime Minister Narendra Modi in Delhi on Friday. Vijayan "
     "asked for flood aid. \"Kerala needs the money before the monsoon,\" the chief minister said.",
     [("before the monsoon", "Pinarayi Vijayan", "the chief minister")]),
    ("ca-role-after-verb",
     "Tom Becker, who coaches the Regina Pats, said his team was tired. Defenceman Ryan Grant missed "
     "the game with a sore knee. \"We had nothing left in the third period,\" the coach said.",
     [("team was tired", "Tom Becker", "Tom Becker"),
      ("nothing left", "Tom Becker", "the coach")]),
    ("uk-the-council",
     "Bristol City Council will cut bus subsidies in April. The operator, First Bus, said some "
     "routes would end. \"We have no choice after ten years of cuts,\" the council said.",
     [("some routes would end", "First Bus", "The operator, First Bus"),
      ("no choice", "Bristol City Council", "the council")]),
    ("us-the-department",
     "The Department of Justice sued Apple on Thursday, saying the company had shut out rivals. "
     "\"Apple has built a wall around its customers,\" the department said.",
     [("built a wall", "Department of Justice", "the department")]),
    ("au-the-union-vs-company",
     "The Maritime Union of Australia will strike at DP World's ports from Monday. The company "
     "said it had made a fair offer. \"Our members will not accept a pay cut,\" the union said.",
     [("fair offer", "DP World", "The company"),
      ("pay cut", "Maritime Union of Australia", "the union")]),
    ("ke-the-commission",
     "The Independent Electoral and Boundaries Commission has extended voter registration by a "
     "week. Opposition leader Raila Odinga welcomed the move. \"No eligible Kenyan should be left "
     "out,\" the commission said.",
     [("No eligible Kenyan", "Independent Electoral and Boundaries Commission", "the commission")]),
    ("uk-the-spokesman-named",
     "A Downing Street spokesman, Tom Hewitt, said the Prime Minister would travel to Brussels. "
     "Opposition parties asked for a vote. \"The trip was planned weeks ago,\" the spokesman said.",
     [("travel to Brussels", "Tom Hewitt", "Tom Hewitt"),
      ("planned weeks ago", "Tom Hewitt", "the spokesman")]),
    ("ca-the-company-two-firms",
     "Rogers and Bell both raised their wireless prices this month. Customers in Halifax were "
     "angry. \"Our network costs more to run each year,\" the company said.",
     [("costs more to run", None, "the company")]),
    ("in-the-court",
     "The Supreme Court of India on Monday struck down the electoral bonds scheme. Finance Minister "
     "Nirmala Sitharaman said the government would study the ruling. \"Voters have a right to know "
     "who funds parties,\" the court said.",
     [("study the ruling", "Nirmala Sitharaman", "Nirmala Sitharaman"),
      ("right to know", "Supreme Court of India", "the court")]),
    ("us-the-ceo-possessive",
     "Boeing's chief executive, Dave Calhoun, will step down at the end of the year. Airline "
     "bosses had asked to meet Stan Deal, who runs the jet business. \"The eyes of the world are on "
     "us,\" the chief executive said.",
     [("eyes of the world", "Dave Calhoun", "the chief executive")]),
    ("au-the-professor",
     "Professor Fiona Stanley, an expert in child health, spoke at the launch. Health Minister Mark "
     "Butler said the program would cost $40 million. \"Every child deserves this start,\" the "
     "professor said.",
     [("cost $40 million", "Mark Butler", "Mark Butler"),
      ("Every child", "Fiona Stanley", "the professor")]),
    ("ke-the-doctors-union",
     "The Kenya Medical Practitioners, Pharmacists and Dentists Union has called off its strike. "
     "The Ministry of Health agreed to pay arrears. \"Doctors will return to work on Monday,\" the "
     "union said.",
     [("return to work", "Kenya Medical Practitioners, Pharmacists and Dentists Union", "the union")]),
    ("uk-the-agency-none-given",
     "Flooding closed roads across Yorkshire on Sunday. Residents of York were told to leave. "
     "\"More rain is expected overnight,\" the agency said.",
     [("More rain", None, "the agency")]),
    ("us-the-director-appositive",
     "Anne Kuhn, the museum's director, said the painting would go on show in May. The mayor of "
     "Chicago, Brandon Johnson, attended the unveiling. \"We waited thirty years for this loan,\" "
     "the director said.",
     [("go on show", "Anne Kuhn", "Anne Kuhn"),
      ("thirty years", "Anne Kuhn", "the director")]),
]


def record_of(text: str) -> list:
    return saidwhen.extract(text, date="2024-03-12").quotes


def found(text: str, words: str):
    """The quote holding `words`, or None where none was found."""
    return next((q for q in record_of(text) if words in q.text), None)


# Why what stays wrong does (strict xfails): not the reading of roles this file is about.
TITLED_MENTION = ("the mention of a named speaker spans its title or apposition ('Finance Minister Ann Lee', "
                  "'Ann Lee, the museum's director'), not the name as written alone")
CUT_BODY_NAME = "a body's name with 'and' or commas inside is cut at its last part ('Consumer Commission')"
STILL_WRONG: dict[str, str] = {
    "in-the-paper:sources inside":
        "'the paper' is now the paper that reported three sentences before, named 'Hindu': a body's "
        "leading 'The' is dropped from a paper's own name not in outlet-names.txt",
    "uk-the-mp-apposition:turned away every night":
        "'the MP for Birmingham Yardley' is read as the title of a person 'Yardley', and 'MP' in capitals is "
        "no apposition's head noun, so Jess Phillips is not given the role",
    "au-the-regulator:misled on a massive scale": CUT_BODY_NAME,
    "ke-the-commission:No eligible Kenyan": CUT_BODY_NAME,
    "ke-the-doctors-union:return to work": CUT_BODY_NAME,
    "ca-role-after-verb:team was tired": TITLED_MENTION,
    "uk-the-spokesman-named:travel to Brussels": TITLED_MENTION,
    "in-the-court:study the ruling": TITLED_MENTION,
    "au-the-professor:cost $40 million": TITLED_MENTION,
    "us-the-director-appositive:go on show": TITLED_MENTION,
}


def params():
    for case_id, text, expected in PASSAGES:
        for words, name, mention in expected:
            key = f"{case_id}:{words}"
            marks = [pytest.mark.xfail(strict=True, reason=STILL_WRONG[key])] if key in STILL_WRONG else []
            yield pytest.param(text, words, name, mention, id=key, marks=marks)


@pytest.mark.parametrize("text, words, name, mention", list(params()))
def test_speaker_name_and_mention(text: str, words: str, name: str | None, mention: str):
    quote = found(text, words)
    assert quote is not None
    got_name = quote.speaker.name if quote.speaker else None
    got_mention = quote.speaker.mention.text if quote.speaker and quote.speaker.mention else None
    assert (got_name, got_mention) == (name, mention)


# Written after the first run, one per rule of branch roles19 (docs/extracting.md), with cases the
# passages above do not hold.

def names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in record_of(text)]


def test_a_role_two_were_given_in_one_sentence_is_neither_s():
    text = ("Two Winnipeg nurses were suspended on Friday. Union representative Ann Kowalski spoke "
            "for one, and union representative Dev Sandhu for the other. \"Both of them will appeal "
            "this week,\" the representative said.")
    assert names(text)[-1] is None


def test_a_role_two_were_given_is_the_one_written_again_since():
    text = ("Lawyer Ben Cartwright represents Sam Lowe, and lawyer Priya Nair represents Tom "
            "Fenwick. Nair asked for more time on Monday. \"We have not seen the bank records,\" "
            "the lawyer said.")
    assert names(text)[-1] == "Priya Nair"


def test_an_office_s_adjective_picks_the_holder_given_the_title_with_it():
    text = ("Chief Minister Eva Lawler met Prime Minister Anthony Albanese in Darwin on Friday. They "
            "discussed housing. \"The Territory needs 2,000 homes by 2030,\" the chief minister said.")
    assert names(text) == ["Eva Lawler"]


def test_a_body_s_noun_read_once_as_a_body_goes_on_with_it():
    text = ("The Competition Bureau will take Rogers to court over hidden fees. The telecom "
            "charged customers for services they never ordered, the watchdog alleges. \"Canadians "
            "were misled for years,\" the watchdog said.")
    assert names(text)[-2:] == ["Competition Bureau", "Competition Bureau"]


def test_the_paper_goes_on_with_the_outlet_that_reported_a_few_sentences_back():
    text = ("The Daily Nation reported on Sunday that the county would miss its budget deadline. "
            "Governor Anyang' Nyong'o denied the report. His office called it false. \"Our sources "
            "in the treasury are clear,\" the paper said.")
    assert names(text)[-1] == "Daily Nation"


def test_a_book_s_own_title_is_not_who_speaks_in_it():
    text = ("Former Kenyan finance minister Grace Wanjiru has published a memoir of her years in "
            "office. The book, Ledger of Promises, went on sale in Nairobi on Monday. \"The "
            "treasury was run like a family shop,\" the book says.")
    assert names(text)[-1] != "Ledger"
