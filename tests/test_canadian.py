"""Canadian news as it is written: the conventions of CBC, CTV, Global News, the Globe and Mail,
the National Post, the Toronto Star, HuffPost Canada and the Canadian Press, each with the record
conventions.md asks for (speaker name, kind, gender as written, channel, outlet, said_on).

Every passage is our own writing in that press's style. Articles are dated Friday 8 March 2024
unless a case says otherwise; a fresh quote with no time of its own may fall anywhere in the
default window, Tuesday 5 to Friday 8 March. Each case's id starts with its class: title, name,
gender, body (an organisation or a government speaking), channel, date.
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

import saidwhen

DATE = "2024-03-08"
FRESH = ("2024-03-05", "2024-03-08")
ANY = object()


class Q(NamedTuple):
    """What one quote's record must hold; a field left ANY is not this case's concern."""
    name: object = ANY
    kind: object = ANY
    gender: object = ANY
    channel: object = ANY
    outlet: object = ANY
    said_on: object = ANY
    words: object = ANY  # the quote's text


def person(name, gender="unknown", **rest) -> Q:
    return Q(name=name, kind="person", gender=gender, **rest)


def body(name, **rest) -> Q:
    return Q(name=name, kind="organisation", **rest)


def fresh(date: str) -> tuple[str, str]:
    """The default window of fresh news: three days before the article date to that date."""
    d = dt.date.fromisoformat(date)
    return ((d - dt.timedelta(days=3)).isoformat(), date)


def said_on_meets(value: str | None, expected) -> bool:
    """A day or month meets a window (earliest, latest) where they share a day."""
    if not isinstance(expected, tuple) or value is None:
        return value == expected
    earliest, latest = expected
    return earliest[:len(value)] <= value <= latest[:len(value)]


def found(q) -> dict:
    speaker = q.speaker
    return {"name": speaker.name if speaker else None,
            "kind": speaker.kind if speaker else None,
            "gender": speaker.gender if speaker else None,
            "channel": q.channel, "outlet": q.outlet,
            "said_on": q.said_on.value if q.said_on else None, "words": q.text}


def differences(text: str, expected: list[Q], date: str) -> list[str]:
    quotes = [found(q) for q in saidwhen.extract(text, date=date).quotes]
    if len(quotes) != len(expected):
        return [f"{len(quotes)} quotes, expected {len(expected)}: {quotes}"]
    wrong = []
    for i, (got, want) in enumerate(zip(quotes, expected)):
        for field, value in want._asdict().items():
            if value is ANY:
                continue
            ok = (said_on_meets(got[field], value) if field == "said_on"
                  else got[field] == value)
            if not ok:
                wrong.append(f"quote {i}: {field} {got[field]!r}, expected {value!r}")
    return wrong


CASES = [
    # Titles and labels ------------------------------------------------------------------
    ("title-party-mp",
     "Conservative MP Ann Halloran said the carbon levy would raise costs for farmers. “This is a "
     "tax on food,” Halloran said.",
     [person("Ann Halloran"), person("Ann Halloran")]),
    ("title-party-leader",
     "“We will not prop up this budget,” NDP Leader Marc Tremblay told reporters on Parliament "
     "Hill on Thursday.",
     [person("Marc Tremblay", channel=None, said_on="2024-03-07")]),
    ("title-bloc-mp",
     "Bloc Québécois MP Sylvie Beaulieu said Quebec would not accept the new rules. “Ottawa is "
     "trampling on our jurisdiction,” she said.",
     [person("Sylvie Beaulieu", "female"), person("Sylvie Beaulieu", "female")]),
    ("title-mp-for-riding",
     "“The people of this riding deserve better,” said Priya Sandhu, the MP for Ottawa Centre.",
     [person("Priya Sandhu", said_on=FRESH)]),
    ("title-riding-in-brackets",
     "Liberal MP Tom Hale (Toronto Centre) said the program would be renewed for two more years.",
     [person("Tom Hale")]),
    ("title-senator-province-label",
     "Sen. Ruth Ablett (Ont.) said the bill had been rushed through the other place.",
     [person("Ruth Ablett")]),
    ("title-mpp",
     "Progressive Conservative MPP Dana Kowalski said the province had waited too long. "
     "“Families are paying for it,” Kowalski said.",
     [person("Dana Kowalski"), person("Dana Kowalski")]),
    ("title-mla",
     "NDP MLA Rachel Ng said on Wednesday that the clinic closures were avoidable.",
     [person("Rachel Ng", said_on="2024-03-06")]),
    ("title-mna",
     "Liberal MNA Jean-François Roy said the law went too far. “It is a question of rights,” "
     "Roy said.",
     [person("Jean-François Roy"), person("Jean-François Roy")]),
    ("title-mna-after-name",
     "“The bill is a step backward,” said Nathalie Gauthier, MNA for Sherbrooke.",
     [person("Nathalie Gauthier")]),
    ("title-premier",
     "Premier Doug Raymond told reporters at Queen's Park that the deal was done. “We got it "
     "done,” the premier said.",
     [person("Doug Raymond"), person("Doug Raymond")]),
    ("title-province-premier",
     "Nova Scotia Premier Ross MacKinnon said the province would cover the cost of the ferry.",
     [person("Ross MacKinnon")]),
    ("title-provincial-minister",
     "Ontario Health Minister Laura Bickell said 40 new clinics would open by the fall.",
     [person("Laura Bickell")]),
    ("title-crown-attorney",
     "The trial of Kevin Marsh opened on Monday in Ontario Superior Court in Brampton.\n\n"
     "Crown attorney Lisa Chen told the court that Marsh had planned the robbery for weeks.",
     [person("Lisa Chen", channel="court")]),
    ("title-crown-prosecutor",
     "At the sentencing hearing in provincial court on Thursday, Crown prosecutor Mark Bell "
     "argued that Ostrowski should serve at least six years.",
     [person("Mark Bell", channel="court", said_on="2024-03-07")]),
    ("title-the-crown-argued",
     "The jury in the trial of Kevin Marsh heard closing arguments on Thursday.\n\n"
     "The Crown argued that the video left no doubt about who fired the shot.",
     [Q(kind="organisation", channel="court", said_on="2024-03-07")]),
    ("title-const",
     "Const. Jamie Sousa of the Ottawa Police Service said the driver was taken to hospital with "
     "minor injuries.",
     [person("Jamie Sousa")]),
    ("title-rcmp-cpl",
     "RCMP Cpl. Marie-Ève Gagnon said officers found the vehicle abandoned on Highway 2.",
     [person("Marie-Ève Gagnon", said_on=FRESH)]),
    ("title-staff-sgt",
     "Staff Sgt. Ryan Dupuis said in a news release that two men had been arrested.",
     [person("Ryan Dupuis", channel="press release")]),
    ("title-sgt-city-police",
     "Sgt. Kim Aubin of Toronto police told CTV News the investigation was continuing.",
     [person("Kim Aubin", channel="interview", outlet="CTV News")]),
    ("title-chief-of-first-nation",
     "Chief Ann Lafrance of the Sandy Lake First Nation said the community had been without "
     "clean water for six years.",
     [person("Ann Lafrance")]),
    ("title-grand-chief",
     "Grand Chief Joel Abram said the treaty was clear. “Our rights are not up for "
     "negotiation,” Abram said.",
     [person("Joel Abram"), person("Joel Abram")]),
    ("title-national-chief",
     "Assembly of First Nations National Chief Mary Redsky said the funding fell far short of "
     "what was promised.",
     [person("Mary Redsky")]),
    ("title-mayor",
     "Mayor Jim Tanaka said council would vote on the budget next week.",
     [person("Jim Tanaka")]),
    ("title-coun",
     "Coun. Sarah Doucette said the bike lanes had made the street safer. “Nobody has been hurt "
     "since,” Doucette said.",
     [person("Sarah Doucette"), person("Sarah Doucette")]),
    ("title-reeve",
     "Reeve Harold Penner said the township could not afford a new bridge.",
     [person("Harold Penner")]),
    ("title-deputy-reeve",
     "“We have been asking for help for three years,” said Deputy Reeve Carol Friesen.",
     [person("Carol Friesen")]),
    ("title-lt-gov",
     "Lt.-Gov. Judith Rowe said the government would build 10,000 homes.",
     [person("Judith Rowe")]),
    ("title-elder",
     "“The river gave us everything,” said Elder Rose Sinclair, who grew up on the reserve.",
     [person("Rose Sinclair")]),
    ("title-two-offices",
     "Deputy Prime Minister and Finance Minister Anne Lavoie said the deficit would shrink next "
     "year.",
     [person("Anne Lavoie")]),
    ("title-critic",
     "Conservative health critic Brent Walsh said the government had lost control of wait times.",
     [person("Brent Walsh")]),
    ("title-minister-of",
     "Minister of Indigenous Services Paul Whitecloud said the boil-water advisory would be lifted "
     "by June.",
     [person("Paul Whitecloud")]),

    ("title-holder-after-body",
     "Federation of Sovereign Indigenous Nations Chief Bobby Redhorse said the province had not "
     "consulted the nations.",
     [person("Bobby Redhorse")]),
    ("title-president-after-body",
     "Association of Municipalities of Ontario President Lena Marsh said small towns could not "
     "pay for the upgrades.",
     [person("Lena Marsh")]),
    ("title-police-spokesperson",
     "RCMP spokesperson Cpl. Ann Dubois said the highway would stay closed overnight.",
     [person("Ann Dubois")]),
    ("title-opp-const",
     "“Slow down and leave room,” OPP Const. Derek Lafleur told CTV News.",
     [person("Derek Lafleur", channel="interview", outlet="CTV News")]),
    ("title-role-before-name",
     "“The water was up to my knees,” longtime resident Ayesha Karim said.",
     [person("Ayesha Karim")]),

    # Names: French-Canadian, Indigenous, particles and accents ------------------------------
    ("name-hyphenated-given",
     "Jean-Yves Bélanger, a spokesperson for the utility, said crews would work through the "
     "night.",
     [person("Jean-Yves Bélanger")]),
    ("name-apostrophe",
     "“We were never consulted,” said Marie-Claude D'Amours, who runs a daycare in Gatineau.",
     [person("Marie-Claude D'Amours")]),
    ("name-st-hyphen",
     "Luc St-Pierre, president of the union local, said members voted 87 per cent in favour of "
     "a strike mandate. St-Pierre said talks would resume on Monday.",
     [person("Luc St-Pierre"), person("Luc St-Pierre")]),
    ("name-inner-capital",
     "“It's a good day for New Brunswick,” said Rémi LeBlanc. LeBlanc said the plant would hire "
     "200 people.",
     [person("Rémi LeBlanc"), person("Rémi LeBlanc")]),
    ("name-particle",
     "Chantal de Grandpré, a lawyer in Montreal, said the ruling was narrow. “It settles very "
     "little,” de Grandpré said.",
     [person("Chantal de Grandpré"), person("Chantal de Grandpré")]),
    ("name-double-surname",
     "Denis Côté-Lévesque said the fishery had never been in worse shape. “There is nothing "
     "left,” Côté-Lévesque said.",
     [person("Denis Côté-Lévesque"), person("Denis Côté-Lévesque")]),
    ("name-mac",
     "Fiona MacIsaac, who has fished out of Glace Bay for 30 years, said prices had collapsed.",
     [person("Fiona MacIsaac")]),
    ("name-accented-surname",
     "“We expected more from Ottawa,” said Hélène Ouellet, the mayor of Rimouski.",
     [person("Hélène Ouellet")]),
    ("name-chief-of-nation",
     "Chief Wendell Moose of Pimicikamak Cree Nation said the evacuation had gone smoothly. "
     "“Everyone is safe,” Moose said.",
     [person("Wendell Moose"), person("Wendell Moose")]),
    ("name-inuit-leader",
     "Natsiq Kusugak, president of the Kivalliq Inuit Association, said the mine had kept its "
     "promises.",
     [person("Natsiq Kusugak")]),

    # Gender as written: the Globe's and the Star's honorifics on later references ----------
    ("gender-ms-later",
     "Brenda Halvorsen, who owns a bakery in Guelph, said sales had fallen by a third.\n\n"
     "“We are barely hanging on,” Ms. Halvorsen said.",
     [person("Brenda Halvorsen", "female"), person("Brenda Halvorsen", "female")]),
    ("gender-mr-later",
     "NDP MP Alexandre Tremblay said the party would table amendments. “The bill is not ready,” "
     "Mr. Tremblay said.",
     [person("Alexandre Tremblay", "male"), person("Alexandre Tremblay", "male")]),
    ("gender-dr-says-nothing",
     "Dr. Naomi Fisher, the province's chief medical officer of health, said cases were falling. "
     "“We are not out of the woods,” Dr. Fisher said.",
     [person("Naomi Fisher"), person("Naomi Fisher")]),
    ("gender-two-honorifics",
     "Gurpreet Kaur and Arjun Singh opened their restaurant in Surrey in 2019. Ms. Kaur said the "
     "rent had doubled. Mr. Singh said they would move.",
     [person("Gurpreet Kaur", "female"), person("Arjun Singh", "male")]),
    ("gender-joint",
     "“We will keep fighting,” Ms. Kaur and Mr. Singh said.",
     [person(ANY, "unknown")]),
    ("gender-title-says-nothing",
     "Mayor Alice Moreau said the city would not raise taxes.",
     [person("Alice Moreau", "unknown")]),
    ("gender-pronoun",
     "Coun. Josh Matlow-Reid voted against the plan. He said it would cost too much.",
     [person("Josh Matlow-Reid", "male")]),
    ("gender-mme",
     "“Nous sommes prêts,” said Mme. Lucie Charest, the president of the school board.",
     [person("Lucie Charest", "female")]),

    # Organisations and governments speaking ------------------------------------------------
    ("body-ottawa",
     "Ottawa said on Thursday it would appeal the ruling to the Supreme Court.",
     [body("Ottawa", said_on="2024-03-07")]),
    ("body-the-province",
     "The Ontario government has cut funding to the program twice. The province said in a "
     "statement that the money would be restored.",
     [body("Ontario", channel="statement")]),
    ("body-rcmp-release",
     "The RCMP said in a news release that a 34-year-old man had been charged with "
     "second-degree murder.",
     [body("RCMP", channel="press release")]),
    ("body-statistics-canada",
     "Statistics Canada said the unemployment rate rose to 6.1 per cent in February.",
     [body("Statistics Canada")]),
    ("body-health-canada",
     "Health Canada has recalled three brands of infant formula. The department said no illnesses "
     "had been reported.",
     [body("Health Canada")]),
    ("body-city-release",
     "The City of Hamilton said in a release that the pool would close for repairs.",
     [body("City of Hamilton", channel="press release")]),
    ("body-opp",
     "Ontario Provincial Police said the highway was closed in both directions.",
     [body("Ontario Provincial Police")]),
    ("body-school-board",
     "The Toronto District School Board said it would hire 200 more educational assistants. The "
     "board said the money would come from its reserves.",
     [body("Toronto District School Board"), body("Toronto District School Board")]),
    ("body-bank-of-canada",
     "The Bank of Canada held its key interest rate at five per cent on Wednesday. The bank said "
     "inflation was still too high.",
     [body("Bank of Canada")]),
    ("body-canada-post",
     "Canada Post said in a statement that deliveries would resume on Monday.",
     [body("Canada Post", channel="statement")]),
    ("body-union",
     "The Canadian Union of Public Employees said 3,000 education workers would walk off the job.",
     [body("Canadian Union of Public Employees")]),
    ("body-environment-canada",
     "Environment Canada issued a snowfall warning for Ottawa on Thursday. The agency said up to "
     "30 centimetres could fall.",
     [body("Environment Canada")]),

    ("body-queens-park",
     "Queen's Park said the new rules would take effect in April.",
     [body("Queen's Park")]),
    ("body-office-of-the",
     "The Office of the Chief Coroner said the review was under way. The office said it would "
     "report in June.",
     [body("Office of the Chief Coroner"), body("Office of the Chief Coroner")]),
    ("body-ministry-of-the",
     "The Ministry of the Environment said the permit was valid until 2030.",
     [body("Ministry of the Environment")]),
    ("body-department-by-field",
     "Indigenous Services Canada said in an emailed statement that it was working with the "
     "community. The department said two aircraft were on standby.",
     [body("Indigenous Services Canada", channel="statement"), body("Indigenous Services Canada")]),
    ("body-department-two-fields",
     "Employment and Social Development Canada said the backlog had been cleared. The department "
     "said 95 per cent of claims were paid within 28 days.",
     [body("Employment and Social Development Canada")] * 2),
    ("body-elections-agency",
     "Elections Canada said turnout was 62 per cent. The agency said it would review the long "
     "lines at polling stations in Calgary.",
     [body("Elections Canada")] * 2),
    ("body-party",
     "The NDP said in a news release that the bill would hurt renters.",
     [body("NDP", channel="press release")]),

    # Channels ----------------------------------------------------------------------------
    ("channel-told-cbc-news",
     "“We had no warning at all,” Kelly Fraser told CBC News.",
     [person("Kelly Fraser", channel="interview", outlet="CBC News", said_on=FRESH)]),
    ("channel-told-the-current",
     "“The system is broken,” Dr. Amit Rao told CBC Radio's The Current on Thursday.",
     [person("Amit Rao", channel="interview", outlet="CBC Radio", said_on="2024-03-07")]),
    ("channel-question-period-ctv",
     "“We are not going to apologize for that,” Housing Minister Sean Farrell said on CTV's "
     "Question Period.",
     [person("Sean Farrell", channel="interview", outlet="CTV")]),
    ("channel-question-period-commons",
     "“The minister has no plan,” Conservative MP Ann Halloran said during question period.",
     [person("Ann Halloran", channel="parliament")]),
    ("channel-scrum",
     "“I have full confidence in the minister,” the prime minister said in a scrum with "
     "reporters on Thursday.",
     [Q(channel="news conference", said_on="2024-03-07")]),
    ("channel-news-release",
     "Peel Regional Police said in a news release that the suspect was still at large.",
     [body("Peel Regional Police", channel="press release")]),
    ("channel-statement-to-outlet",
     "“We take these concerns seriously,” Loblaw said in a statement to Global News.",
     [body("Loblaw", channel="statement")]),
    ("channel-told-the-canadian-press",
     "“Nobody saw this coming,” Mike Dorval told The Canadian Press.",
     [person("Mike Dorval", channel="interview", outlet="The Canadian Press")]),
    ("channel-told-the-globe",
     "“The numbers do not add up,” economist Rebecca Shore told The Globe and Mail.",
     [person("Rebecca Shore", channel="interview", outlet="The Globe and Mail")]),
    ("channel-interview-with-the-star",
     "In an interview with the Toronto Star, Mayor Jim Tanaka said the city could not afford the "
     "line.",
     [person("Jim Tanaka", channel="interview", outlet="Toronto Star")]),
    ("channel-told-the-national-post",
     "“It was a political decision,” a senior official told the National Post.",
     [Q(name=None, kind="person", channel="interview", outlet="National Post")]),
    ("channel-told-huffpost",
     "“I was shocked,” Leila Amiri told HuffPost Canada.",
     [person("Leila Amiri", channel="interview", outlet="HuffPost Canada")]),
    ("channel-told-radio-canada",
     "“We have done everything by the book,” Marc-André Pelletier told Radio-Canada.",
     [person("Marc-André Pelletier", channel="interview", outlet="Radio-Canada")]),
    ("channel-power-and-politics",
     "“Nothing is off the table,” the minister told CBC's Power & Politics on Wednesday.",
     [Q(channel="interview", outlet="CBC", said_on="2024-03-06")]),
    ("channel-the-west-block",
     "“The premier has been clear,” Kowalski said on Global's The West Block.",
     [Q(channel="interview", outlet="Global")]),
    ("channel-metro-morning",
     "“The streetcar is always late,” commuter Ayesha Khan told CBC Radio's Metro Morning.",
     [person("Ayesha Khan", channel="interview", outlet="CBC Radio")]),
    ("channel-station-frequency",
     "“We need a new arena,” Mayor Greg Lindgren told 680 CJOB on Tuesday.",
     [person("Greg Lindgren", channel="interview", outlet="680 CJOB", said_on="2024-03-05")]),
    ("channel-post-on-x",
     "“Today we stand with the workers,” Tremblay wrote in a post on X.",
     [Q(channel="Twitter")]),
    ("channel-committee",
     "“We were never told,” Sonia Patel told the House of Commons finance committee on Tuesday.",
     [person("Sonia Patel", channel="parliament", said_on="2024-03-05")]),
    ("channel-news-conference",
     "“This is a dark day for Alberta,” Premier Janet Holm told a news conference in Edmonton.",
     [person("Janet Holm", channel="news conference")]),
    ("channel-emailed-statement",
     "“The safety of our passengers comes first,” WestJet said in an emailed statement.",
     [body("WestJet", channel="statement")]),
    ("channel-letter-to-pm",
     "In a letter to the prime minister, the premiers wrote that health transfers must rise.",
     [Q(channel="letter")]),
    ("channel-reached-by",
     "Reached by CBC News on Thursday, Arnold Bird said he had not been told of the decision.",
     [person("Arnold Bird", "male", channel="interview", outlet="CBC News",
             said_on="2024-03-07")]),
    ("channel-legislature",
     "“The minister misled this house,” NDP MPP Dana Kowalski said in the legislature on "
     "Wednesday.",
     [person("Dana Kowalski", channel="parliament", said_on="2024-03-06")]),

    ("channel-decision-that",
     "Justice Karen Whitfield wrote in her decision that the sentence must deter others.",
     [person("Karen Whitfield", "female", channel="court")]),
    ("channel-told-cp24",
     "Mayor Jim Tanaka told CP24 on Wednesday that the city would not cut services.",
     [person("Jim Tanaka", channel="interview", outlet="CP24", said_on="2024-03-06")]),
    ("channel-told-the-house",
     "“This government has lost its way,” Conservative Leader Pierre Gagné told the House of "
     "Commons on Wednesday.",
     [person("Pierre Gagné", channel="parliament", said_on="2024-03-06")]),
    ("channel-instagram",
     "“I am heartbroken for my teammates,” Olympian Mélanie Roy wrote on Instagram.",
     [person("Mélanie Roy", channel="Instagram")]),
    ("channel-statement-on-day",
     "Canada Post said in a statement on Tuesday it would hire 1,000 seasonal workers.",
     [body("Canada Post", channel="statement", said_on="2024-03-05")]),

    # Dates --------------------------------------------------------------------------------
    ("date-on-thursday",
     "Premier Ross MacKinnon said on Thursday that the ferry would run again by May.",
     [person("Ross MacKinnon", said_on="2024-03-07")]),
    ("date-bare-weekday",
     "“We are not backing down,” union president Luc St-Pierre said Tuesday.",
     [person("Luc St-Pierre", said_on="2024-03-05")]),
    ("date-earlier-this-month",
     "Earlier this month, Mayor Jim Tanaka said the city would freeze hiring.",
     [person("Jim Tanaka", said_on="2024-03")]),
    ("date-last-week",
     "Health Minister Laura Bickell said last week that no hospital would close.",
     [person("Laura Bickell", said_on=("2024-02-26", "2024-03-03"))]),
    ("date-has-said",
     "Premier Doug Raymond has said the province will not raise taxes.",
     [person("Doug Raymond", said_on=None)]),
    ("date-dated-interview",
     "In a Feb. 28 interview, Mayor Jim Tanaka said the city had run out of room.",
     [person("Jim Tanaka", channel="interview", said_on="2024-02-28")]),
    ("date-fresh",
     "“This is the worst ice season I have seen,” said Yvon Cormier, a fisher in Shediac.",
     [person("Yvon Cormier", said_on=FRESH)]),
    ("date-the-week-story",
     "Flooding forced 300 people from their homes on Wednesday in Fredericton. “The water came up "
     "so fast,” Nadia Boucher said.",
     [person("Nadia Boucher", said_on=("2024-03-06", "2024-03-08"))]),
    ("date-said-on-day-no-that",
     "Harbour Steel said on Wednesday it would cut 300 jobs at its plant in Hamilton.",
     [Q(said_on="2024-03-06", words="it would cut 300 jobs at its plant in Hamilton")]),
    ("date-day-and-part-no-that",
     "Mayor Jim Tanaka said Thursday evening the budget would be tabled in April.",
     [person("Jim Tanaka", said_on="2024-03-07")]),
    ("date-first-words-stay-the-clause-s",
     "Coun. Sarah Doucette said at first the residents welcomed the bike lanes.",
     [person("Sarah Doucette", said_on=FRESH, words="at first the residents welcomed the bike lanes")]),
    ("date-earlier-weekday",
     "“We are still counting,” Elections Nova Scotia spokesperson Ruth Cain said earlier Thursday.",
     [person("Ruth Cain", said_on="2024-03-07")]),
    ("date-globe-two-paragraphs",
     "Vanessa Tran, 34, has driven a cab in Winnipeg for a decade.\n\n“The apps took half my "
     "fares,” Ms. Tran said on Tuesday.",
     [person("Vanessa Tran", "female", said_on="2024-03-05")]),
    ("date-says-lede",
     "Ottawa says it will spend $2 billion on new housing in the next five years.",
     [body("Ottawa", said_on=FRESH)]),
]


# The second round, written before it was run: health briefings, courts, weather and
# emergencies, sports, business, Indigenous communities, city halls, polls, runs of quotes after
# one introduction, pronoun chains and honorifics. Same date and window as above.
CASES_2 = [
    # Health briefings ---------------------------------------------------------------------
    ("health-dr-at-briefing",
     "Ontario's chief medical officer of health, Dr. Elaine Ridley, said at a briefing on "
     "Thursday that measles cases had doubled in a month.",
     [person("Elaine Ridley", channel="news conference", said_on="2024-03-07")]),
    ("health-dr-then-she",
     "Dr. Elaine Ridley said the province had ordered 50,000 more doses. “We are asking parents "
     "to check their children's records,” she said.",
     [person("Elaine Ridley", "female"), person("Elaine Ridley", "female")]),
    ("health-told-a-news-conference",
     "B.C.'s provincial health officer, Dr. Amir Patel, told a news conference in Victoria on "
     "Wednesday that the outbreak was contained.",
     [person("Amir Patel", channel="news conference", said_on="2024-03-06")]),
    ("health-run-after-one-intro",
     "Dr. Miriam Osei, the medical officer of health for Peel Region, said the clinics would stay "
     "open through the weekend.\n\n“We have the vaccine. We have the staff,” Osei said. “What we "
     "need is for people to come.”",
     [person("Miriam Osei"), person("Miriam Osei"), person("Miriam Osei")]),
    ("health-spokesperson-email",
     "A spokesperson for Health Minister Laura Bickell said in an email that the funding would "
     "flow by April.",
     [Q(name=None, kind="person", channel="email")]),
    ("health-agency-on-day",
     "The Public Health Agency of Canada said on Tuesday that the risk to the public remained low.",
     [body("Public Health Agency of Canada", said_on="2024-03-05")]),
    ("health-mr-patient",
     "Gord Whitfield, 71, waited 14 hours in the emergency room at the Moncton hospital. “Nobody "
     "told us anything,” Mr. Whitfield said.",
     [person("Gord Whitfield", "male", said_on=FRESH)]),
    ("health-dr-then-he",
     "Dr. Samuel Okafor, an emergency physician in Winnipeg, said waiting times had doubled. "
     "“We are seeing patients in hallways,” he said.",
     [person("Samuel Okafor", "male"), person("Samuel Okafor", "male")]),
    ("health-at-a-briefing-on-day",
     "At a briefing on Tuesday, Quebec public health director Dr. Hélène Caron said the flu "
     "season had peaked.",
     [person("Hélène Caron", channel="news conference", said_on="2024-03-05")]),

    # Courts -------------------------------------------------------------------------------
    ("court-defence-told-jury",
     "Defence lawyer Sarah Klein told the jury that the Crown's case rested on a single witness.",
     [person("Sarah Klein", channel="court")]),
    ("court-in-her-ruling",
     "In her ruling on Thursday, Justice Anne Mercier of the Ontario Superior Court wrote that "
     "the search had breached the accused's Charter rights.",
     [person("Anne Mercier", "female", channel="court", said_on="2024-03-07")]),
    ("court-judge-then-surname",
     "Provincial court Judge Robert Lam said the sentence had to deter others. “Drivers must "
     "understand the cost of a moment's distraction,” Lam said.",
     [person("Robert Lam"), person("Robert Lam")]),
    ("court-crown-told-reporters",
     "Crown attorney Jason Ruiz told reporters outside the courthouse that the verdict would be "
     "reviewed.",
     [person("Jason Ruiz", channel=None)]),
    ("court-supreme-court-ruled",
     "The Supreme Court of Canada ruled on Friday that the province had overstepped its powers.",
     [body("Supreme Court of Canada", channel="court", said_on="2024-03-08")]),
    ("court-testified",
     "Tanya Greer testified on Wednesday that she had seen the accused leave the bar at 2 a.m.",
     [person("Tanya Greer", "female", channel="court", said_on="2024-03-06")]),
    ("court-lawyer-for-family",
     "Paul Navarro, a lawyer for the family, said the ruling gave them little comfort.",
     [person("Paul Navarro", said_on=FRESH)]),

    # Weather and emergencies --------------------------------------------------------------
    ("weather-environment-canada",
     "Environment Canada said the storm could bring up to 40 centimetres of snow to parts of "
     "southern Ontario.",
     [body("Environment Canada", said_on=FRESH)]),
    ("weather-meteorologist",
     "“This is a significant system,” said Environment Canada meteorologist Gerald Cheng.",
     [person("Gerald Cheng", said_on=FRESH)]),
    ("weather-fire-chief",
     "Fire Chief Darren Olsen said crews had saved most of the homes on the east side of town. "
     "“It was a long night,” Olsen said.",
     [person("Darren Olsen"), person("Darren Olsen")]),
    ("weather-information-officer",
     "B.C. Wildfire Service information officer Karley Desrosiers said the fire had grown to "
     "3,000 hectares overnight.",
     [person("Karley Desrosiers")]),
    ("weather-speaking-at-news-conference",
     "Speaking at a news conference on Wednesday, Mayor Tina Roberge said the evacuation order "
     "would stay in place.",
     [person("Tina Roberge", channel="news conference", said_on="2024-03-06")]),
    ("weather-evacuee-she",
     "Lorraine Dubé left her home in Hay River with two cats and a bag of clothes. “I didn't "
     "think we would have to go again,” she said.",
     [person("Lorraine Dubé", "female")]),
    ("weather-rcmp-news-release",
     "RCMP said in a news release that the highway would remain closed until Saturday.",
     [body("RCMP", channel="press release")]),
    ("weather-told-cbc-news",
     "Fire Chief Darren Olsen told CBC News on Thursday that three homes were lost.",
     [person("Darren Olsen", channel="interview", outlet="CBC News", said_on="2024-03-07")]),

    # Sports -------------------------------------------------------------------------------
    ("sports-after-practice",
     "Maple Leafs head coach Dean Haworth told reporters after practice on Thursday that the "
     "team would use the same lines.",
     [person("Dean Haworth", channel=None, said_on="2024-03-07")]),
    ("sports-tonight",
     "The Oilers beat the Flames 4-2 on Wednesday night.\n\n“We played a full 60 minutes "
     "tonight,” said defenceman Erik Lindholm.",
     [person("Erik Lindholm", said_on="2024-03-06")]),
    ("sports-the-captain",
     "Canucks captain Jonah Reid scored twice. “The boys were flying,” the captain said.",
     [person("Jonah Reid")]),
    ("sports-goaltender-he",
     "Goaltender Marc-André Pelletier made 38 saves. He said the win meant a lot to the team "
     "after a long road trip.",
     [person("Marc-André Pelletier", "male")]),
    ("sports-general-manager",
     "Jets general manager Ron Coutu said Thursday that the team would not trade its first-round "
     "pick.",
     [person("Ron Coutu", said_on="2024-03-07")]),
    ("sports-forward-then-surname",
     "Toronto forward Jess Amundsen said the crowd of 19,000 gave the team a lift. “I have never "
     "heard a building that loud,” Amundsen said.",
     [person("Jess Amundsen"), person("Jess Amundsen")]),
    ("sports-team-said",
     "The Canadiens said on Tuesday that forward Luc Gravel would miss four to six weeks with a "
     "lower-body injury.",
     [body("Canadiens", said_on="2024-03-05")]),

    # Business -----------------------------------------------------------------------------
    ("business-governor",
     "Bank of Canada Governor Helen Marchetti said on Wednesday that it was too early to cut "
     "interest rates.",
     [person("Helen Marchetti", said_on="2024-03-06")]),
    ("business-governor-news-conference",
     "The Bank of Canada held its key rate at five per cent on Wednesday.\n\n“We want to see "
     "more progress on underlying inflation,” Governor Helen Marchetti told a news conference "
     "in Ottawa.",
     [person("Helen Marchetti", channel="news conference", said_on=("2024-03-06", "2024-03-08"))]),
    ("business-earnings-call",
     "Northline Airways chief executive Paula Grant said on an earnings call Thursday that "
     "bookings for the summer were up 12 per cent.",
     [person("Paula Grant", said_on="2024-03-07")]),
    ("business-ceo-statement",
     "“This acquisition makes us the largest grocer in Atlantic Canada,” Coastal Foods CEO "
     "Martin Leclerc said in a statement.",
     [person("Martin Leclerc", channel="statement", said_on=FRESH)]),
    ("business-company-ltd",
     "Loblaw Companies Ltd. said Thursday it would close 12 stores in Quebec.",
     [body("Loblaw Companies Ltd.", said_on="2024-03-07")]),
    ("business-economist-after",
     "“The labour market is cooling,” said Karen Obi, chief economist at Desjardins.",
     [person("Karen Obi", said_on=FRESH)]),
    ("business-note-to-clients",
     "In a note to clients, RBC analyst Wei Zhang wrote that the deal looked expensive.",
     [person("Wei Zhang", channel="report")]),
    ("business-statcan",
     "Statistics Canada said the economy added 41,000 jobs in February.",
     [body("Statistics Canada", said_on=FRESH)]),

    # Indigenous communities ---------------------------------------------------------------
    ("indigenous-chief-of-first-nation",
     "Chief Dana Whitehorse of Sandy Lake First Nation said the community had been under a "
     "boil-water advisory for 11 years.",
     [person("Dana Whitehorse")]),
    ("indigenous-band-council-statement",
     "The band council of Sagkeeng First Nation said in a statement that it had not been "
     "consulted.",
     [Q(kind="organisation", channel="statement")]),
    ("indigenous-national-chief-she",
     "Assembly of First Nations National Chief Joan Kipling said Ottawa had broken its promise. "
     "“Our children cannot wait any longer,” she said.",
     [person("Joan Kipling", "female"), person("Joan Kipling", "female")]),
    ("indigenous-elder",
     "Elder Mary Sutherland, 82, said the river had never been so low. “My grandfather would not "
     "believe it,” Sutherland said.",
     [person("Mary Sutherland"), person("Mary Sutherland")]),
    ("indigenous-grand-chief",
     "Nishnawbe Aski Nation Grand Chief Peter Kakegamic told reporters on Wednesday that the deal "
     "fell short.",
     [person("Peter Kakegamic", channel=None, said_on="2024-03-06")]),
    ("indigenous-itk-president",
     "Inuit Tapiriit Kanatami President Aaju Karetak said the housing money was welcome but late.",
     [person("Aaju Karetak")]),

    # City halls ---------------------------------------------------------------------------
    ("city-coun-then-surname",
     "Coun. Marlon Ashby said the vote was rushed. “We had the report for two days,” Ashby said.",
     [person("Marlon Ashby"), person("Marlon Ashby")]),
    ("city-coun-she",
     "Coun. Priya Bhatt voted against the budget. She said it did nothing for renters.",
     [person("Priya Bhatt", "female")]),
    ("city-councillor-for-ward",
     "“The bike lanes are here to stay,” said Lisa Kirkwood, the councillor for Ward 14.",
     [person("Lisa Kirkwood", said_on=FRESH)]),
    ("city-told-council",
     "Mayor Karen Lefebvre told council on Tuesday that the transit plan was fully funded.",
     [person("Karen Lefebvre", said_on="2024-03-05")]),
    ("city-deputy-mayor-interview",
     "Deputy Mayor Frank Ostrowski said in an interview with the Ottawa Citizen that the city "
     "would appeal.",
     [person("Frank Ostrowski", channel="interview", outlet="Ottawa Citizen")]),

    # Polls --------------------------------------------------------------------------------
    ("poll-according-to-leger",
     "Forty per cent of Canadians support the tax, according to a Leger poll released Thursday.",
     [body("Leger", channel="report", said_on="2024-03-07")]),
    ("poll-pollster",
     "“The Conservatives have held this lead for a year,” said Nora Szabo, executive "
     "vice-president at Abacus Data.",
     [person("Nora Szabo", said_on=FRESH)]),
    ("poll-survey-found",
     "A new Angus Reid Institute survey found that 62 per cent of respondents want an early "
     "election.",
     [body("Angus Reid Institute", channel="report")]),

    # Runs of quotes, pronoun chains, honorifics ---------------------------------------------
    ("run-paragraph-carries-on",
     "Marie Kowalczyk runs a food bank in Sudbury.\n\n“People who used to donate are now coming "
     "for help,” she said.\n\n“Seniors, students, whole families. We are running out of "
     "everything.”",
     [person("Marie Kowalczyk", "female"), person("Marie Kowalczyk", "female")]),
    ("chain-he-across-paragraphs",
     "Tom Ashdown has farmed wheat near Swift Current for 40 years.\n\nHe said this year's "
     "drought was the worst he could remember.\n\n“We got two inches of rain all summer,” he "
     "said.",
     [person("Tom Ashdown", "male"), person("Tom Ashdown", "male")]),
    ("chain-ms-and-follow-on",
     "Jennifer Oduya, a nurse at Sunnybrook, said she worked 16-hour shifts last month.\n\n“I "
     "love my job,” Ms. Oduya said. “But I can't keep doing this.”",
     [person("Jennifer Oduya", "female"), person("Jennifer Oduya", "female"),
      person("Jennifer Oduya", "female")]),
    ("chain-he-and-she",
     "Mark Ferris and his wife lost their home in the fire. He said the insurance would not "
     "cover the rebuild.",
     [person("Mark Ferris", "male")]),
    ("honorific-mrs-before-name",
     "“We raised four children in this house,” said Mrs. Eleanor Boyd, 88.",
     [person("Eleanor Boyd", "female")]),
    ("honorific-mr-next-paragraph",
     "Raj Malhotra, the chief executive of Pinecrest Energy, said the company would spend "
     "$3-billion on the pipeline.\n\nMr. Malhotra said the project would create 2,000 jobs.",
     [person("Raj Malhotra", "male"), person("Raj Malhotra", "male")]),
    ("chain-it-organisation",
     "Hydro-Québec said the outage affected 300,000 customers. It said crews would work through "
     "the night.",
     [body("Hydro-Québec"), body("Hydro-Québec")]),
    ("honorific-ms-told-the-star",
     "Alicia Fernandes, who rents a basement apartment in Brampton, told the Star that her rent "
     "rose by $400 this year. “I don't know where to go,” Ms. Fernandes said.",
     [person("Alicia Fernandes", "female", channel="interview", outlet="Star"),
      person("Alicia Fernandes", "female", channel=None)]),
    ("channel-told-the-agency-by-phone",
     "Grain prices fell again. “It is the worst fall I remember,” Wes Lindahl, who farms near "
     "Rosetown, told The Canadian Press by phone.",
     [person("Wes Lindahl", channel="interview", outlet="The Canadian Press")]),
    ("name-closing-subject-after-a-place",
     "Elsie Marchand died in her sleep at Riverview Manor, her son, Paul Marchand, said in a "
     "statement.\n\n“She taught half this town to swim,” the statement said.",
     [person("Paul Marchand", "male", channel="statement",
             words="Elsie Marchand died in her sleep at Riverview Manor"),
      person("Paul Marchand", "male", channel="statement")]),
    ("channel-said-in-the-release",
     "The nurses' union said in a news release Tuesday that it would hold a strike vote. “Our "
     "members are exhausted,” union president Carla Moniz said in the release.",
     [Q(channel="press release", said_on="2024-03-05"),
      person("Carla Moniz", channel="press release", said_on="2024-03-05")]),
    ("body-the-regional-district",
     "The Cariboo Regional District ordered 40 homes evacuated. The regional district said in a "
     "post on X that a reception centre was open.",
     [body("Cariboo Regional District", channel="Twitter")]),
    ("body-and-inside-a-crown-corporation",
     "Rents rose again in February. Canada Housing and Lending Corporation said Tuesday that "
     "vacancies had fallen to two per cent.",
     [body("Canada Housing and Lending Corporation", said_on="2024-03-05")]),
    ("date-once-inside-the-quote",
     "The reeve says the ferry schedule was cut without warning. “Nobody asked us. Not once,” "
     "she said.",
     [Q(said_on=FRESH), Q(said_on=FRESH)]),
    ("body-the-local",
     "Paramedics in Sudbury could strike next week. CUPE Local 1201 said talks had stalled. The "
     "local, which represents 300 paramedics, said it would file a grievance.",
     [body("CUPE Local 1201"), body("CUPE Local 1201")]),
    ("body-the-crown-corporation",
     "Via Rail says it will cut two trains a day between Ottawa and Toronto. The Crown "
     "corporation said in a statement that ridership had not recovered. “We have to match "
     "service to demand,” the statement said.",
     [body("Via Rail"), body("Via Rail", channel="statement"),
      body("Via Rail", channel="statement")]),
]


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG = {
    "title-the-crown-argued": "a trial named only in the paragraph before puts no side's words "
                              "in court (tests/test_placing.py keeps it so); the Canadian Press "
                              "gives the scene and the argument a paragraph each",
    "body-and-inside-a-crown-corporation": "an 'and' inside a body's name with no 'the' or "
                                           "connector before it is read as joining two names "
                                           "('Lending Corporation'); a rule that opened such a "
                                           "name on a word of bodies' names moved a name of "
                                           "tb_extra the wrong way (figures only), so it was "
                                           "dropped",
    "channel-statement-to-outlet": "a one-word company name with no organisation's word and "
                                   "nothing else the passage says of it: the recogniser reads a "
                                   "person",
}


def _cases():
    for case_id, text, expected in CASES + CASES_2:
        marks = [pytest.mark.xfail(strict=True, reason=STILL_WRONG[case_id])] if case_id in STILL_WRONG else []
        yield pytest.param(text, expected, id=case_id, marks=marks)


@pytest.mark.parametrize("text, expected", list(_cases()))
def test_canadian_record(text: str, expected: list[Q]):
    assert differences(text, expected, DATE) == []
