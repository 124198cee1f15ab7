"""Round 14's leftovers, written first: passages of our own for the grammars the round's helpers
left (their reports' "left" parts), with the records conventions.md asks for.

1. a participle or absolute phrase set off between the cue and its "that" ("said, his voice
   breaking, that ..."): the words said start at "that", the phrase is the scene;
2. a story's first sentence after a dateline ("MONTREAL — ..."): the dateline is no part of the
   words;
3. an outlet that reports ("Le Monde reported", "The Globe and Mail reported") speaks as itself
   with channel `report` (conventions.md: "news outlets' reports ('TechCrunch reported')");
   "told Le Monde" is an `interview` on that outlet;
4. a plural common noun at a sentence's start after a dateline ("Hunters in Kugluktuk say"),
   capitalised only by its place, is unnamed people, while a team's plural name ("Rangers say")
   stays a name;
5. an unnamed speaker's scene set in a narrative sentence ("The premier took calls on <station>
   Tuesday. '...,' she said") gives the scene's vehicle, as it does for a named speaker.

Every passage is dated Wednesday 18 March 2026. Each quote is found by words of its own; only the
fields given are checked; a quote the expectations do not name is an error.
"""
from __future__ import annotations

import pytest

from test_canadian import ANY, Q, body, person
from test_canadian_articles import article_differences

DATE = "2026-03-18"
FRESH = ("2026-03-15", DATE)
LAST_WEEK = ("2026-03-09", "2026-03-15")


def unnamed(kind, **rest) -> Q:
    return Q(name=None, kind=kind, **rest)


PASSAGES = [
    # 1. A participle or absolute phrase between the cue and its "that".
    ("absolute-voice-breaking-unnamed",
     "The town lost 40 homes in Sunday's flood.\n\n"
     "The mayor said, his voice breaking, that the town would rebuild.",
     [("town would rebuild", unnamed("person", words="that the town would rebuild",
                                     said_on=FRESH, channel=None))]),
    ("absolute-voice-breaking-named",
     "The town lost 40 homes in Sunday's flood.\n\n"
     "Mayor Ruth Okafor said, her voice breaking, that the town would rebuild every home.",
     [("rebuild every home", person("Ruth Okafor", "female",
                                    words="that the town would rebuild every home",
                                    said_on=FRESH, channel=None))]),
    ("participle-pointing-at-the-gate",
     "The plant closed on Monday.\n\n"
     "Union president Dan Pelletier said, pointing at the gate, that the workers had been "
     "betrayed.",
     [("had been betrayed", person("Dan Pelletier", words="that the workers had been betrayed",
                                   said_on=FRESH))]),
    ("absolute-after-a-day",
     "The Stingers lost the final 4-1.\n\n"
     "Coach Marie Tremblay said Saturday, her players still on the ice, that the loss would "
     "sting for weeks.",
     [("sting for weeks", person("Marie Tremblay", "female",
                                 words="that the loss would sting for weeks",
                                 said_on="2026-03-14"))]),
    ("absolute-after-told-reporters",
     "The ethics report landed on Tuesday.\n\n"
     "Finance Minister Paul Grenier told reporters, his hands shaking, that he had done nothing "
     "wrong.",
     [("done nothing wrong", person("Paul Grenier", "male",
                                    words="that he had done nothing wrong", channel=None))]),
    ("participle-after-an-interview",
     "Finance Minister Paul Grenier faces calls to quit.\n\n"
     "Grenier said in an interview with CBC News, looking tired, that he would not resign.",
     [("would not resign", person("Paul Grenier", "male", words="that he would not resign",
                                  channel="interview", outlet="CBC News"))]),
    # guards: an absolute phrase inside the words said; an adverb set off before "that"
    ("guard-absolute-inside-the-words",
     "Mayor Ruth Okafor toured the east end on Tuesday.\n\n"
     "Okafor said the flood, its waters still rising, had reached the hospital.",
     [("reached the hospital", person("Ruth Okafor",
                                      words="the flood, its waters still rising, had reached "
                                            "the hospital"))]),
    ("guard-however-before-that",
     "Union president Dan Pelletier met the company on Tuesday.\n\n"
     "Pelletier said, however, that the talks would resume on Friday.",
     [("talks would resume", person("Dan Pelletier",
                                    words="that the talks would resume on Friday"))]),

    # 2. The first sentence after a dateline.
    ("dateline-their-union",
     "MONTREAL — Daycare workers will strike next week, their union said Tuesday.",
     [("will strike next week", unnamed("organisation",
                                        words="Daycare workers will strike next week",
                                        said_on="2026-03-17"))]),
    ("dateline-a-company",
     "HALIFAX — The ferry will stay out of service until May, Marine Atlantic said Monday.",
     [("out of service", body("Marine Atlantic",
                              words="The ferry will stay out of service until May",
                              said_on="2026-03-16"))]),
    ("dateline-a-mayor",
     "WINNIPEG — The city will freeze property taxes this year, Mayor Lena Brandt said Friday.",
     [("freeze property taxes", person("Lena Brandt",
                                       words="The city will freeze property taxes this year",
                                       said_on="2026-03-13"))]),
    ("dateline-a-direct-quote",
     "CALGARY — \"We were ready for this,\" the fire chief said Monday.",
     [("ready for this", unnamed("person", words="\"We were ready for this,\"",
                                 said_on="2026-03-16"))]),
    ("dateline-province-and-police",
     "REGINA, Sask. — A man has been charged with arson after a fire at a church, police said "
     "Tuesday.",
     [("charged with arson", Q(words="A man has been charged with arson after a fire at a church",
                               said_on="2026-03-17"))]),

    # 3. An outlet that reports, and an outlet told.
    ("le-monde-reported",
     "PARIS — Le Monde reported Tuesday that the minister would resign.",
     [("would resign", body("Le Monde", channel="report", said_on="2026-03-17"))]),
    ("the-globe-and-mail-reported",
     "The premier is under pressure.\n\n"
     "The Globe and Mail reported Monday that the premier had met the lobbyist twice.",
     [("met the lobbyist", body("Globe and Mail", channel="report", said_on="2026-03-16"))]),
    ("le-devoir-reported",
     "The contract has drawn questions.\n\n"
     "Le Devoir reported that the contract was worth $40 million.",
     [("worth $40 million", body("Le Devoir", channel="report"))]),
    ("radio-canada-reported",
     "Workers gathered outside the plant.\n\n"
     "Radio-Canada reported Friday that the plant would close in June.",
     [("close in June", body("Radio-Canada", channel="report", said_on="2026-03-13"))]),
    ("the-star-reported-last-week",
     "The hospital has a new chief.\n\n"
     "The Toronto Star reported last week that the hospital had cut 40 beds.",
     [("cut 40 beds", body("Toronto Star", channel="report", said_on=LAST_WEEK))]),
    ("told-le-monde",
     "France's labour minister, Claire Dubois, faces a strike.\n\n"
     "Dubois told Le Monde that she would not resign.",
     [("would not resign", person("Claire Dubois", "female", channel="interview",
                                  outlet="Le Monde"))]),

    # 4. A plural common noun after a dateline, and teams' plural names.
    ("dateline-hunters-in",
     "IQALUIT — Hunters in Kugluktuk say the caribou herd is shrinking.",
     [("herd is shrinking", unnamed("person"))]),
    ("dateline-farmers-in",
     "WINNIPEG — Farmers in southern Manitoba say the drought has cut their yields in half.",
     [("cut their yields", unnamed("person"))]),
    ("dateline-parents-from",
     "IQALUIT — Parents from Pangnirtung say the school needs more teachers.",
     [("more teachers", unnamed("person"))]),
    ("dateline-nurses-in",
     "SUDBURY, Ont. — Nurses in the city's hospitals say they are exhausted.",
     [("are exhausted", unnamed("person"))]),
    ("guard-dateline-a-team",
     "GLASGOW — Rangers say they will appeal the ban on their captain.",
     [("appeal the ban", body("Rangers"))]),
    ("guard-a-team-in-a-sentence",
     "The ban was announced on Monday.\n\n"
     "The Rangers say they will appeal it.",
     [("appeal it", body("Rangers"))]),
    ("guard-dateline-people-of-a-country",
     "OTTAWA — Canadians in Florida say the exchange rate has cut their winter short.",
     [("exchange rate", unnamed("person"))]),

    # 5. An unnamed speaker's scene in a narrative sentence.
    ("unnamed-took-calls-on-a-station",
     "The Prime Minister took calls on ABC Radio Sydney on Tuesday. “Power prices will come "
     "down,” he told listeners.",
     [("Power prices", unnamed("person", channel="interview", outlet="ABC Radio Sydney",
                               said_on="2026-03-17"))]),
    ("unnamed-took-calls-next-paragraph",
     "The premier took calls on CBC Radio's Ontario Today on Tuesday.\n\n"
     "\"We will fix the clinics,\" she said.",
     [("fix the clinics", unnamed("person", channel="interview", outlet="CBC Radio",
                                  said_on="2026-03-17"))]),
    ("unnamed-spoke-on-a-station",
     "The opposition leader spoke on Newstalk ZB on Monday morning. \"The budget is a con,\" "
     "she said.",
     [("budget is a con", unnamed("person", channel="interview", outlet="Newstalk ZB",
                                  said_on="2026-03-16"))]),
    ("unnamed-appeared-on-a-programme",
     "The health minister appeared on CTV's Question Period on Sunday. \"The wait lists are "
     "too long,\" he said.",
     [("wait lists", unnamed("person", channel="interview", outlet="CTV",
                             said_on="2026-03-15"))]),
    ("guard-another-speaker-after-the-scene",
     "The premier took calls on CBC Radio's Ontario Today on Tuesday.\n\n"
     "\"It is a mess,\" opposition leader Tom Ashby said later.",
     [("It is a mess", person("Tom Ashby", channel=None))]),
    ("guard-named-took-calls",
     "Premier Anne Kowalski took calls on ABC Radio Sydney on Tuesday. “Power prices will come "
     "down,” she told listeners.",
     [("Power prices", person("Anne Kowalski", "female", channel="interview",
                              outlet="ABC Radio Sydney"))]),
]


# What the rules still get wrong, by passage id, with the reason (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "dateline-a-company": "kind: 'Marine Atlantic' gets no kind (a firm's name with no company word; "
                          "bodies' kinds, not this item's: the dateline is left out right)",
    "the-star-reported-last-week": "name: 'The Toronto Star' keeps its 'The' at a sentence's start "
                                   "(conventions.md: no leading 'the'); the channel is right",
    "dateline-nurses-in": "name: 'SUDBURY, Ont. — Nurses ...' gives 'Ont' (the province's abbreviation in "
                          "the dateline taken for the speaker; the parser makes 'Nurses' its apposition)",
    "guard-dateline-a-team": "name: 'GLASGOW — Rangers say' gives no name (the tagger reads 'Rangers' as "
                             "a common plural after the dash; wrong on main too)",
}


def _params():
    for case_id, text, expected in PASSAGES:
        marks = ([pytest.mark.xfail(strict=True, reason=STILL_WRONG[case_id])]
                 if case_id in STILL_WRONG else [])
        yield pytest.param(text, expected, id=case_id, marks=marks)


@pytest.mark.parametrize("text, expected", list(_params()))
def test_round14_leftover_passage(text, expected):
    assert article_differences(text, expected, DATE) == []



@pytest.mark.parametrize("sentence, scene", [
    ("The mayor said, his voice breaking, that the town would rebuild.", True),
    ("Mr. Tan was responding to questions about complaints by the minister of finance, Ruth A. "
     "Kell, that the company's huge losses were being hidden from its investors.", False),
])
def test_a_name_set_off_before_that_is_no_scene(sentence, scene):
    # the changed-records check: a name in apposition between commas before "that" (no
    # participle, no possessive) is the one whose warnings the clause tells, no scene of the cue's
    from saidwhen.parsing.language import parse
    from saidwhen.quotes.indirect import _past_a_scene
    doc = parse(sentence)
    cue = next(t for t in doc if t.lower_ in ("said", "responding"))
    reach = _past_a_scene(cue)
    assert (reach is not None and doc[reach[0]].lower_ == "that") == scene
