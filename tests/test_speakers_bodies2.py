"""Bodies' names, kinds, a body's noun and its members (round 14): fifty short passages of our own
writing, most in the styles of Canadian news, each with the speaker record (name, kind, gender, and
where it matters the mention) that conventions.md asks for of EVERY quote in it, all written before
any was run.

The classes:
- a body's name that holds "and", "of", "&", a possessive or a hyphen, and a place-and-hyphen
  modifier before a name ("Leeds-based") that is no part of it;
- an acronym given in brackets and used alone later (the expanded name);
- "the company", "the agency", "the league", "the ministry" some sentences after the body's name,
  with a second body named between;
- a body's board, a union local, a division or a subsidiary that speaks;
- a club named by its plural nickname;
- a government named by its capital or by its place;
- a group of people ("prosecutors", "residents") against a body ("the police service");
- spokespersons left unnamed, and the kind of a one-word body;
- guards that must not change.

A quote is named by words of it; a quote that no expectation names is an error.
"""
from __future__ import annotations

import pytest

import saidwhen

from test_canadian import Q, body, person
from test_canadian_articles import article_differences
from test_canadian_placing import article_params, mention_of, mention_params


def unnamed(kind: str) -> Q:
    return Q(name=None, kind=kind)


D = "2025-03-12"

# (case id, article date, text, [(words of a quote, record, mention or None when not checked)])
PASSAGES = [
    # ---- a body's name with "and", "of", "&", a possessive, a hyphen ----
    ("and-federal-department", D,
     "Snow crab fishing in the gulf will open a week late this spring.\n\n"
     "Fisheries and Oceans Canada said the ice had not cleared from the fishing grounds.",
     [("ice had not cleared", body("Fisheries and Oceans Canada"), None)]),
    ("and-company-two-surnames", D,
     "The soap maker will shut its plant in Brockton by the end of the year.\n\n"
     "Hallam and Creed said the 140 workers would be offered jobs at its plant in Ohio.",
     [("140 workers would be offered", body("Hallam and Creed"), None)]),
    ("and-ministry-two-fields", D,
     "The province will spend $40 million on new group homes.\n\n"
     "The Ministry of Children and Family Development said the first homes would open in the fall.",
     [("first homes would open", body("Ministry of Children and Family Development"), None)]),
    ("and-association-of", D,
     "Drivers can expect to pay more for gas this long weekend.\n\n"
     "The Canadian Association of Fuel Retailers and Distributors said prices would rise by "
     "four cents a litre.",
     [("rise by four cents", body("Canadian Association of Fuel Retailers and Distributors"), None)]),
    ("of-bank", D,
     "Mortgage rates will fall again next month, economists expect.\n\n"
     "The Bank of Lowden said in a report that inflation had slowed for a third month.",
     [("inflation had slowed", body("Bank of Lowden"), None)]),
    ("of-university", D,
     "Classes were cancelled on Tuesday after a water main broke under the science building.\n\n"
     "The University of Northern Ridge said classes would resume on Thursday.",
     [("classes would resume", body("University of Northern Ridge"), None)]),
    ("ampersand-law-firm", D,
     "A class action over the fees was filed in Halifax on Monday.\n\n"
     "Tate & Doyle LLP said more than 3,000 customers had joined the suit.",
     [("3,000 customers had joined", body("Tate & Doyle LLP"), None)]),
    ("possessive-shelter", D,
     "Demand for beds has doubled since the fall.\n\n"
     "Lowden Women's Shelter said it had turned away 40 women in February alone.",
     [("turned away 40 women", body("Lowden Women's Shelter"), None)]),
    ("possessive-saint-hospital", D,
     "A nurse was hurt in an assault in the emergency department on Sunday.\n\n"
     "St. Agatha's Hospital said security had been added at every entrance.",
     [("security had been added", body("St. Agatha's Hospital"), None)]),
    ("possessive-trade-union", D,
     "Ferry service to the islands could stop next week.\n\n"
     "The Marine Engineers' Union said its members would walk off the job on Monday if no deal "
     "was reached.",
     [("walk off the job", body("Marine Engineers' Union"), None)]),
    ("hyphen-name-inside", D,
     "Parcels will be late across the Maritimes this week.\n\n"
     "Trans-Maritime Couriers said a fire at its Moncton hub had destroyed two sorting lines.",
     [("destroyed two sorting lines", body("Trans-Maritime Couriers"), None)]),
    ("hyphen-based-modifier", D,
     "A British textile maker is buying a mill in Cornwall, Ont.\n\n"
     "Leeds-based Harlan Weaving said the deal would close in May.",
     [("deal would close in May", body("Harlan Weaving"), None)]),
    ("hyphen-owned-modifier", D,
     "Three new wind farms will be built on the peninsula.\n\n"
     "Province-owned Lowden Power said the farms would supply 20,000 homes.",
     [("supply 20,000 homes", body("Lowden Power"), None)]),
    ("hyphen-french-body", D,
     "Wait times in emergency rooms grew longer over the holidays.\n\n"
     "The Centre intégré de santé de Trois-Rivières said its nurses had worked 600 hours of "
     "overtime in one week.",
     [("600 hours of overtime", body("Centre intégré de santé de Trois-Rivières"), None)]),

    # ---- an acronym in brackets, used alone later ----
    ("acronym-commission-later", D,
     "The Lowden Transit Commission (LTC) will cut bus service on six routes.\n\n"
     "The routes carry fewer than 200 riders a day. The LTC said the buses would move to routes "
     "that were full.",
     [("buses would move to routes", body("Lowden Transit Commission"), None)]),
    ("acronym-union-later", D,
     "The Northern Nurses Union (NNU) filed a grievance over overtime on Friday.\n\n"
     "\"Our members are exhausted,\" the NNU said in a statement.",
     [("members are exhausted", body("Northern Nurses Union"), None)]),
    ("acronym-league-noun-later", D,
     "The Prairie Junior Hockey League (PJHL) has suspended a coach for 10 games.\n\n"
     "The coach pushed a referee during Saturday's game in Estevan. The league said the suspension "
     "would start on Friday.",
     [("suspension would start", body("Prairie Junior Hockey League"), "The league")]),

    # ---- the body's noun sentences after its name, a second body named between ----
    ("noun-company-after-union", D,
     "Kestrel Foods Inc. will close its bakery in Truro in June.\n\n"
     "The bakery employs 90 people. Unifor, which represents them, called the closure a betrayal.\n\n"
     "The company said the workers would be offered jobs at its plant in Moncton.",
     [("offered jobs at its plant", body("Kestrel Foods Inc."), "The company")]),
    ("noun-agency-after-city", D,
     "The Lowden Conservation Authority has closed three trails after the flood.\n\n"
     "The City of Lowden also closed two parks along the river. The authority said the trails "
     "would stay closed until the bridges were inspected.",
     [("bridges were inspected", body("Lowden Conservation Authority"), "The authority")]),
    ("noun-league-after-team", D,
     "The Western Basketball League has fined the Regina Rams $10,000.\n\n"
     "The Rams played an ineligible player in two games last month. The league said the team had "
     "been warned in January.",
     [("had been warned in January", body("Western Basketball League"), "The league")]),
    ("noun-ministry-after-board", D,
     "The Ontario Ministry of Education will pay for new ventilation in 300 schools.\n\n"
     "The Lowden District School Board asked for the money last year. The ministry said the work "
     "would be done by September.",
     [("done by September", body("Ontario Ministry of Education"), "The ministry")]),
    ("noun-board-of-trust", D,
     "The board of the Lowden Harbour Trust met on Tuesday to vote on the new fees.\n\n"
     "The board said the fees would pay for dredging the channel.",
     [("pay for dredging", body("Lowden Harbour Trust"), "The board")]),
    ("noun-company-board-possessive", D,
     "Northwind Mining's board has rejected a takeover offer from a rival.\n\n"
     "The board said the offer undervalued the company's copper mines.",
     [("undervalued the company", body("Northwind Mining"), "The board")]),

    # ---- a union local, a division, a subsidiary ----
    ("union-local-named", D,
     "Workers at the Oshawa parts plant have voted to strike.\n\n"
     "Unifor Local 1090 said 92 per cent of its members had voted in favour.",
     [("92 per cent of its members", body("Unifor Local 1090"), None)]),
    ("subsidiary-in-apposition", D,
     "Flights out of Gander were cancelled on Monday because of fog.\n\n"
     "Kestrel Air, a subsidiary of Kestrel Group, said passengers would be rebooked on Tuesday.",
     [("passengers would be rebooked", body("Kestrel Air"), None)]),
    ("division-named-by-apposition", D,
     "Northwind Energy will build a solar farm near Medicine Hat.\n\n"
     "Its renewables division, Northwind Solar, said the farm would be running by 2027.",
     [("running by 2027", body("Northwind Solar"), None)]),

    # ---- a club named by its plural nickname ----
    ("club-plural-after-full-name", D,
     "The Lowden Otters have signed goaltender Matt Reyes to a two-year deal.\n\n"
     "The Otters said Reyes would join the team next week.",
     [("would join the team", body("Lowden Otters"), None)]),
    ("club-plural-in-statement", D,
     "The Halifax Herons have fired head coach Dan Pike after a 2-14 start.\n\n"
     "\"We thank Dan for his work,\" the Herons said in a statement.",
     [("thank Dan for his work", body("Halifax Herons"), None)]),

    # ---- a government by its capital, its place ----
    ("capital-for-government", D,
     "Canada will appeal the trade panel's ruling on softwood lumber.\n\n"
     "Ottawa said the ruling ignored the facts of the market.",
     [("ignored the facts", body("Ottawa"), None)]),
    ("province-for-government", D,
     "The province will not pay for the new arena in Lowden.\n\n"
     "Manitoba said in a statement that the city had not asked for the money in time.",
     [("had not asked for the money", body("Manitoba"), None)]),
    ("government-of-province", D,
     "The Government of Nova Scotia will raise the minimum wage on April 1.\n\n"
     "The province said the wage would rise to $16.50 an hour.",
     [("rise to $16.50", body("Nova Scotia"), "The province")]),

    # ---- a group of people against a body ----
    ("group-prosecutors", D,
     "A Lowden man has been charged with fraud over a home renovation scheme.\n\n"
     "Prosecutors said he took deposits from 30 homeowners and never did the work.",
     [("took deposits from 30", unnamed("person"), "Prosecutors")]),
    ("group-residents", D,
     "A landslide closed the only road into Bear Creek on Tuesday.\n\n"
     "Residents said they had warned the town about the slope for years.",
     [("warned the town about the slope", unnamed("person"), "Residents")]),
    ("body-police-service", D,
     "A man was arrested after a break-in at a pharmacy on Main Street.\n\n"
     "The Lowden Police Service said the man was found with stolen drugs.",
     [("found with stolen drugs", body("Lowden Police Service"), None)]),
    ("group-police-plain", D,
     "A woman was hurt in a crash on Highway 7 on Sunday.\n\n"
     "Police said the road was icy at the time.",
     [("road was icy", Q(name=None), "Police")]),

    # ---- spokespersons unnamed ----
    ("spokesperson-for-company", D,
     "Harlan Weaving will lay off 60 workers at its Cornwall mill.\n\n"
     "A spokesperson for Harlan Weaving said the layoffs were temporary.",
     [("layoffs were temporary", unnamed("person"), None)]),
    ("spokesperson-company-word", D,
     "Northwind Mining has paused work at its mine after a worker was hurt.\n\n"
     "A company spokesperson said the worker was in stable condition.",
     [("in stable condition", unnamed("person"), None)]),
    ("spokesperson-of-ministry", D,
     "The province has delayed the new rules for short-term rentals.\n\n"
     "A spokesperson for the Ministry of Housing said the rules would take effect in July.",
     [("take effect in July", unnamed("person"), None)]),

    # ---- the kind of a one-word body ----
    ("one-word-with-apposition", D,
     "Commuters west of the city face another week of delays.\n\n"
     "Transvia, the regional transit agency, said the signal repairs would take until Friday.",
     [("signal repairs would take", body("Transvia"), None)]),
    ("one-word-company-shares", D,
     "Shares of Quillora fell 12 per cent on Wednesday.\n\n"
     "Quillora said its quarterly sales had dropped for the first time in five years.",
     [("quarterly sales had dropped", body("Quillora"), None)]),
    ("one-word-it-said", D,
     "Brightpath has recalled 40,000 space heaters sold in Canada.\n\n"
     "Brightpath said the heaters could overheat. The heaters were sold at hardware stores.",
     [("heaters could overheat", body("Brightpath"), None)]),

    # ---- guards: what must not change ----
    ("guard-person-named-and", D,
     "Two city councillors want the bike lanes moved.\n\n"
     "Coun. Ann Lee and Coun. Ravi Shah said the lanes had made Main Street more dangerous.",
     [("made Main Street more dangerous", Q(name="Ann Lee and Ravi Shah", kind="person"), None)]),
    ("guard-minister-of-is-person", D,
     "The federal government will fund a new bridge in Fredericton.\n\n"
     "Minister of Transport Lena Pell said the bridge would open in 2028.",
     [("bridge would open in 2028", person("Lena Pell"), None)]),
    ("guard-body-and-person-apart", D,
     "Lowden Hydro raised its rates on Monday.\n\n"
     "Lowden Hydro and Mayor Rhonda Kalu said the rise was needed to fix old lines.",
     [("rise was needed", Q(name="Lowden Hydro and Rhonda Kalu"), None)]),
    ("possessive-market-named-after-person", D,
     "The grocer will open three stores in Saskatoon.\n\n"
     "Sobel's Market said the stores would hire 200 people.",
     [("hire 200 people", body("Sobel's Market"), None)]),
    ("guard-team-then-coach", D,
     "The Regina Rams lost 4-1 to the Lowden Otters on Saturday.\n\n"
     "\"We were not ready,\" Rams coach Paul Grady said.",
     [("We were not ready", person("Paul Grady"), None)]),
    ("guard-union-president", D,
     "Teachers in the region will vote on a strike next week.\n\n"
     "Maryse Thibault, president of the Lowden Teachers' Union, said the vote would be held "
     "online.",
     [("vote would be held online", person("Maryse Thibault"), None)]),
    ("guard-the-company-after-one-body", D,
     "Harlan Weaving will close its mill in Cornwall.\n\n"
     "The company said the mill had lost money for four years.",
     [("lost money for four years", body("Harlan Weaving"), "The company")]),
    ("guard-ceo-of-company", D,
     "Northwind Mining will buy a rival for $2 billion.\n\n"
     "Chief executive Rosa Kim said the deal would double the company's copper output.",
     [("double the company's copper", person("Rosa Kim"), None)]),
    ("guard-the-city-said", D,
     "The City of Lowden will close the Elm Street bridge for repairs.\n\n"
     "The city said the bridge would reopen in November.",
     [("reopen in November", body("City of Lowden"), "The city")]),
    ("guard-spokesperson-named", D,
     "Kestrel Foods Inc. has recalled its frozen pies.\n\n"
     "Company spokesperson Dana Price said no illnesses had been reported.",
     [("no illnesses had been reported", person("Dana Price"), None)]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "noun-company-after-union": "name 'Unifor': 'The company said' takes the body that was the subject of "
                                "the sentence before, a union whose name holds no union word (knowledge, no "
                                "grammar, as ctv-via-rail-strike)",
    "government-of-province": "name null: 'The Government of Nova Scotia' is read as one body's name, so "
                              "no place's government is named for 'the province'; whether the name is "
                              "'Nova Scotia' (a government speaking as its place) or 'Government of Nova "
                              "Scotia' (the body as the article names it) is doubtful",
    "one-word-it-said": "kind None: a one-word company name that recalls heaters and speaks shows nothing "
                        "a surname would not (class E; 'Okonkwo said in a statement' must stay no body)",
    "possessive-market-named-after-person": "name null: 'Sobel's Market' is cut at the possessive; a "
                                            "possessive before an organisation's word is as often a "
                                            "place's body ('Ontario's Ministry of Health', 'Canada's "
                                            "Competition Bureau'), so no rule tells a founder's",
}


@pytest.mark.parametrize("text, expected, date", list(article_params(
    [(c, d, t, [(w, q) for w, q, _ in e]) for c, d, t, e in PASSAGES], STILL_WRONG)))
def test_speakers_bodies2(text: str, expected: list[tuple[str, Q]], date: str):
    assert article_differences(text, expected, date) == []


MENTIONS_STILL_WRONG: dict[str, str] = {
}


@pytest.mark.parametrize("text, date, words, mention",
                         list(mention_params(PASSAGES, MENTIONS_STILL_WRONG)))
def test_speakers_bodies2_mention(text: str, date: str, words: str, mention: str):
    assert mention_of(text, date, words) == mention


# Written with the rule for a province named alone (speakers/kinds.py `_seat`): a province or a
# territory that speaks stands for its government, as a country or a capital does; it is no
# person whatever the recogniser calls it.
@pytest.mark.parametrize("text, kind", [
    ("The province will not pay for the new arena in Lowden. Manitoba said in a statement that the "
     "city had asked too late.", "organisation"),
    ("Ferries to the island will run twice a day this summer. Nova Scotia said the schedule would "
     "be posted on Friday.", "organisation"),
    ("Ottawa said it would appeal the ruling.", "organisation"),
])
def test_a_province_named_alone_speaks_as_its_government(text, kind):
    quote = saidwhen.extract(text, date=D).quotes[0]
    assert quote.speaker.kind == kind


# Written with the rule for a body's participle (body-participles.txt; speakers/kinds.py
# `_based_somewhere`): "-owned", "-run", "-listed" right before a name make it a body's, as
# "-based" did; not where a role stands between, nor for a person's given name.
@pytest.mark.parametrize("text, record", [
    ("Province-owned Lowden Power said the farms would supply 20,000 homes.",
     ("Lowden Power", "organisation")),
    ("Family-run Birch Hollow Orchards said the frost had killed half its blossoms.",
     ("Birch Hollow Orchards", "organisation")),
    ("State-run Radio Lowden said the station would go off the air at midnight.",
     ("Radio Lowden", "organisation")),
    ("Toronto-based artist Ann Lee said the mural would take a month.", ("Ann Lee", "person")),
])
def test_an_owner_s_participle_before_a_name_makes_a_body(text, record):
    quote = saidwhen.extract(text, date=D).quotes[0]
    assert (quote.speaker.name, quote.speaker.kind) == record


# Written with the rule for a firm's part (divisions.txt read by speakers/kinds.py): a name that
# the article calls a division, an arm or a subsidiary is a body's, as one it calls an agency is.
@pytest.mark.parametrize("text, record", [
    ("Northwind Energy will build a solar farm. Its renewables division, Northwind Solar, said the "
     "farm would be running by 2027.", ("Northwind Solar", "organisation")),
    ("Harlow Foods, a division of Kestrel Group, said the plant would stay open.",
     ("Harlow Foods", "organisation")),
    ("Ann Lee, who runs the company's trucking division, said the drivers were ready.",
     ("Ann Lee", "person")),
])
def test_a_name_called_a_division_is_a_body(text, record):
    quote = saidwhen.extract(text, date=D).quotes[0]
    assert (quote.speaker.name, quote.speaker.kind) == record


# Written with the rule for an "and" between a body's members (speakers/names.py
# `_and_between_members`): after an organisation's word and "of", two plurals of members joined by
# "and" are one body's name; a person or another body after the "and" is not.
@pytest.mark.parametrize("text, name", [
    ("The Canadian Association of Fuel Retailers and Distributors said prices would rise.",
     "Canadian Association of Fuel Retailers and Distributors"),
    ("The Federation of Dairy Farmers and Processors said the quota was too low.",
     "Federation of Dairy Farmers and Processors"),
    ("The Association of Lowden Nurses and Premier Ann Lee said the deal was fair.",
     "Association of Lowden Nurses"),
    ("The Association of Lowden Nurses and Unifor said the deal was fair.",
     "Association of Lowden Nurses"),
])
def test_an_and_between_a_body_s_members_keeps_the_name_whole(text, name):
    quote = saidwhen.extract(text, date=D).quotes[0]
    assert quote.speaker.name == name


# Written with the rule for a police force named by its acronym (bare-body-acronyms.txt;
# resolve/bodies.py `_body_named_with`): a bare "police" as the speaker is the force the story
# named last, by a name with "Police" in it or by a force's acronym; with none named, nobody.
@pytest.mark.parametrize("text, name", [
    ("Two men have been charged after a break-in at a hardware store in Selkirk, RCMP say.\n\n"
     "Police say the men were found with stolen tools in their truck.", "RCMP"),
    ("The OPP closed Highway 11 after a crash on Sunday.\n\n"
     "Police said the road would stay closed for hours.", "OPP"),
    ("The OPP closed Highway 11 on Sunday. Lowden Regional Police later took over the scene.\n\n"
     "Police said the road would stay closed for hours.", "Lowden Regional Police"),
    ("A woman was hurt in a crash on Highway 11 on Sunday.\n\n"
     "Police said the road would stay closed for hours.", None),
])
def test_bare_police_is_the_force_the_story_named(text, name):
    quote = next(q for q in saidwhen.extract(text, date=D).quotes if "road" in q.text or "men were" in q.text)
    assert quote.speaker.name == name


# Written with the rule for a French body's adjective (speakers/names.py `_in_french_body`): one or
# two lower-case adjectives after the body's first word ("Centre hospitalier", "Institut national")
# do not end its French name, which runs on through its links to the capitalised place.
@pytest.mark.parametrize("text, name", [
    ("The Centre hospitalier de l'Université de Montréal said the ward was full.",
     "Centre hospitalier de l'Université de Montréal"),
    ("The Institut national de santé publique du Québec said the ward was full.",
     "Institut national de santé publique du Québec"),
    ("The Centre intégré de santé de Laval said the ward was full.", "Centre intégré de santé de Laval"),
    ("Société de transport de Montréal said the buses were late.", "Société de transport de Montréal"),
])
def test_a_french_body_s_adjective_stays_in_its_name(text, name):
    assert saidwhen.extract(text, date=D).quotes[0].speaker.name == name


# Written with "delegate" among the role nouns (role-nouns.txt): an unnamed delegate is a person.
@pytest.mark.parametrize("text, kind", [
    ("“We will not cut output,” a Gulf delegate told reporters.", "person"),
    ("“We will not cut output,” one of the delegates said.", "person"),
])
def test_an_unnamed_delegate_is_a_person(text, kind):
    assert saidwhen.extract(text, date=D).quotes[0].speaker.kind == kind


# Written with the rule for a nationality that opens a body's name (speakers/names.py
# `_demonym_opening_body`): after "the", a nationality the tagger reads as an adjective stays in
# the name when the capitalised words after it end in an organisation's word; "the Canadian
# singer Ann Lee" is hers, a description.
@pytest.mark.parametrize("text, name", [
    ("The Canadian Civil Liberties Association said the ruling was wrong.",
     "Canadian Civil Liberties Association"),
    ("The ruling was appealed. The Canadian Civil Liberties Association said it was wrong.",
     "Canadian Civil Liberties Association"),
    ("The Canadian singer Ann Lee said the tour was over.", "Ann Lee"),
])
def test_a_nationality_opening_a_body_s_name_stays_in_it(text, name):
    assert saidwhen.extract(text, date=D).quotes[0].speaker.name == name


# Found in the changed-records check and mended (resolve/groups.py `_two_named_before`): a firm
# and its division named in one sentence ("Lynxware, a division of Kestrel Audio") are not the
# two firms a later "the two firms" counts; which two it means is then left unnamed, as before.
def test_a_firm_and_its_division_are_not_two_firms():
    text = ("Two US firms are building voice control for music players.\n\n"
            "Kestrel Audio and Bellwin are developing the software. Bellwin supplies song data for "
            "jukeboxes. \"Speech is a natural fit,\" said Alan Parr, vice president of Lynxware, a "
            "division of Kestrel Audio. The two firms did not say if they were developing the "
            "software for other languages.")
    quote = next(q for q in saidwhen.extract(text, date=D).quotes if "other languages" in q.text)
    assert quote.speaker.name != "Lynxware and Kestrel Audio"


# Written with the rule for a business's noun (firm-nouns.txt, not-firms.txt; speakers/salience.py
# `no_firm_for`, read by resolve/bodies.py `_org_speaking_on` and the story's organisations): "the
# company" goes on with the business named before, not with a body whose own name says it is a
# union, an association or a chamber, however near that body spoke; with no such name between, as
# before.
@pytest.mark.parametrize("text, name", [
    ("Kestrel Foods Inc. will close its bakery in Truro in June.\n\n"
     "The Bakery Workers Union called the closure a betrayal. The company said the workers would be "
     "offered jobs at its plant in Moncton.", "Kestrel Foods Inc."),
    ("Kestrel Foods Inc. will close its bakery in Truro in June.\n\n"
     "The Truro Chamber of Commerce called the closure a blow. The company said the workers would be "
     "offered jobs at its plant in Moncton.", "Kestrel Foods Inc."),
    ("Kestrel Foods Inc. will close its bakery in Truro in June.\n\n"
     "Harlow Mills Ltd. called the closure a blow. The company said the workers would be offered "
     "jobs at its plant in Moncton.", "Harlow Mills Ltd."),
    ("Kestrel Foods Inc. will close its bakery in Truro in June.\n\n"
     "The Bakery Workers Union called the closure a betrayal. The union said its members would "
     "fight the closure.", "Bakery Workers Union"),
    ("Harbour Savings and Loan Association said it would close six branches. The company said the "
     "branches had lost money for years.", "Harbour Savings and Loan Association"),
])
def test_the_company_is_no_union_nor_chamber_named_between(text, name):
    quote = saidwhen.extract(text, date=D).quotes[-1]
    assert quote.speaker.name == name
