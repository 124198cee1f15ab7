"""Names of many traditions in news of other countries, written first (round 18).

Issue 12's held-out news from other countries gets one speaker name in five or six wrong: the
entity's bounds and type, no name reached, another entity. These twelve articles are our own
writing in the styles of the English-language press of other countries and of the international
wires; their speakers carry names of many traditions with the titles that go with them:

- a Mexican football club's coach fired: Spanish double surnames with "de la", "de los", "del",
  "y"; a club spokesman named; a supporters' group; an outlet told;
- Amazon deforestation figures: Portuguese names with "dos", "da", "e" and the suffixes "Neto"
  and "Filho"; a governor on X; an NGO and its spokeswoman;
- an OPEC+ decision: Arabic names with "bin", "al-", "Al-", "Abu" and the titles "Prince" and
  "Sheikh"; a prince referred to later by his given name; a ministry speaking;
- a Malaysian corruption charge: "Dato' Sri", "Datuk Seri", "Tan Sri", "Datuk", "bin", "Wan", a
  Sikh name, a Chinese-Malaysian name referred to later by family name;
- a Nigerian fuel price: "Comrade", "Chief", "Alhaji", "Mr", "Mrs", hyphenated Yoruba and Igbo
  surnames, the Special Adviser's long title;
- a Korean shipyard strike: family name first, referred to later by family name; two speakers
  named Kim; a company's filing; a ministry's spokesperson; an analyst's note;
- Hong Kong housing: English given names before Chinese names ("Erica Leung Wing-see"), the
  "Chief Executive" and "Secretary for Housing" titles;
- an Indian derailment: initials ("K. S. Rao", "M. Lakshmi"), "Minister of State for Railways",
  "Cabinet Secretary", "Mr. Rao", an agency told;
- Dutch house prices: "van der", "ter", "van den", "Van der Linden" opening a sentence, a
  hyphenated married name, a Belgian "De Smet", the central bank "De Nederlandsche Bank";
- a Kazakh grain export cap: Russian patronymics, a ministry's press secretary, a Russian agency
  told, a feminine surname beside the masculine one;
- an Indonesian smelter explosion: mononyms ("Sugianto", "Wibisono", "Nurhayati", "Untung"), a
  governor, an NGO's spokeswoman, "PT" companies, police unnamed;
- Zimbabwe's tobacco auctions: given names that are common words ("Honest", "Justice",
  "Precious", "Gift", "Never"), a "Minister of State for ... Provincial Affairs", a central bank's
  spokesperson, a board named by its acronym.

Every quote's full record (content span, speaker name as conventions.md writes it, the mention
that names the speaker, said_on window, channel and outlet) was written before any of the
articles was run. A window is (earliest, latest). Each quote is found by a key of its own words.
"""
from __future__ import annotations

import pytest

import saidwhen

from test_world16 import article
from written_first import R, r, record_differences


MX = "2026-10-20"  # a Tuesday
BR = "2026-08-06"  # a Thursday
GULF = "2026-11-30"  # a Monday
MY = "2026-09-24"  # a Thursday
NG = "2026-06-03"  # a Wednesday
KR = "2026-07-16"  # a Thursday
HK = "2026-05-21"  # a Thursday
IN = "2026-08-27"  # a Thursday
NL = "2026-02-10"  # a Tuesday
KZ = "2026-04-15"  # a Wednesday
ID = "2026-12-02"  # a Wednesday
ZW = "2026-03-18"  # a Wednesday

ARTICLES = [
    ("mx-club-coach", MX, article(
        "MEXICO CITY (AP) — Club Deportivo Halcones de Querétaro fired coach Rodrigo Sánchez de la "
        "Fuente on Monday, a day after a 4-0 home loss to Tigres left the team last in Liga MX with "
        "three rounds left in the Apertura tournament.",
        "The club's president, María José Ortega Villaseñor, said in a statement on Monday night "
        "that the board had “lost faith in the direction of the team.”",
        "“Rodrigo gave us three years of honest work, and we will always be grateful to him,” "
        "Ortega Villaseñor said.",
        "Sánchez de la Fuente, a 52-year-old Spaniard who won the league title with Halcones in "
        "2024, was the fourth coach to lose his job in the tournament. His agent, Javier Núñez del "
        "Castillo, told the sports daily Récord that the coach was “at peace” and would “rest "
        "before thinking about the next job.”",
        "The defeat on Sunday was the team's seventh in a row, and fans threw cushions onto the "
        "field in the second half. Captain Luis Fernando de los Santos apologized to the crowd "
        "after the final whistle.",
        "“We did not compete tonight, and that is on the players, not on the coach,” de los Santos "
        "said.",
        "The club's sporting director, Ana Lucía Gómez-Pardo, will take charge of training until a "
        "replacement is named, a club spokesman, Iván de la Torre Ruiz, said on Tuesday.",
        "He said the club had spoken to “three or four candidates, Mexican and foreign.”",
        "Former national team coach Manuel Ibarra y Cordero told ESPN on Monday that Halcones had "
        "“changed coaches but not the problem.” The club has spent more than $40 million on "
        "players since its title, most of it on forwards who have scored 11 goals between them.",
        "The supporters' group La Barra Azul said on social media that it would protest outside "
        "the stadium before Saturday's game against Toluca.",
        "Halcones, founded in 1950, have never been relegated, but a points table that counts the "
        "last three seasons puts them second from bottom. The league suspended relegation in 2020 "
        "and has said it will not bring it back before 2027.",
    ), [
        r("lost faith", "that the board had “lost faith in the direction of the team.”",
          "María José Ortega Villaseñor", "The club's president, María José Ortega Villaseñor",
          "2026-10-19", "statement"),
        r("honest work", "“Rodrigo gave us three years of honest work, and we will always be grateful "
          "to him,”", "María José Ortega Villaseñor", "Ortega Villaseñor", ("2026-10-19", MX), None),
        r("at peace", "that the coach was “at peace” and would “rest before thinking about the next "
          "job.”", "Javier Núñez del Castillo", "His agent, Javier Núñez del Castillo",
          ("2026-10-19", MX), "interview", "Récord"),
        r("did not compete", "“We did not compete tonight, and that is on the players, not on the "
          "coach,”", "Luis Fernando de los Santos", "de los Santos", "2026-10-18", None),
        r("take charge of training", "The club's sporting director, Ana Lucía Gómez-Pardo, will take "
          "charge of training until a replacement is named", "Iván de la Torre Ruiz",
          "a club spokesman, Iván de la Torre Ruiz", MX, None),
        r("three or four", "the club had spoken to “three or four candidates, Mexican and foreign.”",
          "Iván de la Torre Ruiz", "He", ("2026-10-19", MX), None),
        r("changed coaches", "that Halcones had “changed coaches but not the problem.”",
          "Manuel Ibarra y Cordero", "Former national team coach Manuel Ibarra y Cordero",
          "2026-10-19", "interview", "ESPN"),
        r("protest outside", "that it would protest outside the stadium before Saturday's game "
          "against Toluca", "La Barra Azul", "The supporters' group La Barra Azul",
          ("2026-10-19", MX), "social media"),
        # missed when the records were written; added after the first run (a "has said": no day)
        r("bring it back", "it will not bring it back before 2027", "Liga MX", "The league", None, None),
    ]),
    ("br-amazon-deforestation", BR, article(
        "BRASÍLIA (Reuters) — Deforestation in Brazil's Amazon rose 18% in the 12 months to July, "
        "the first annual increase in four years, according to satellite data released on "
        "Wednesday by the national space research institute, INPE.",
        "Environment Minister Ana Paula dos Santos Moreira told a news conference in Brasília on "
        "Wednesday that the rise was driven by fires in Pará and Mato Grosso and was “not a return "
        "to the chainsaw.”",
        "“Fire is the new frontier of deforestation, and we are hiring 2,000 more firefighters,” "
        "dos Santos Moreira said.",
        "Luiz Carlos da Costa Neto, a senior researcher at INPE, said the institute's DETER system "
        "had recorded 9,340 square kilometres of clearing, an area larger than Puerto Rico.",
        "Most of the loss was in a strip of the southern Amazon where cattle ranches and soy farms "
        "have pushed into forest along the BR-163 highway. Fires there burned for weeks during a "
        "drought that left rivers at record lows.",
        "The governor of Pará, Hélder Vasconcelos Filho, said on X that his state had cut clearing "
        "on public lands and that the increase was the work of “criminals from outside Pará.”",
        "The Climate Observatory, a network of environmental groups, said in a statement that the "
        "figures were “a warning the government cannot ignore.” Its spokeswoman, Mariana de Souza e "
        "Silva, told Reuters that ranchers were “testing the government” before next year's "
        "election.",
        "President Luiz Inácio Lula da Silva has promised to end illegal deforestation by 2030, and "
        "clearing fell by half in his first two years back in office. Brazil's agribusiness lobby "
        "has pushed Congress to loosen the rules on land titles in the region.",
        "INPE's annual figures come from its PRODES system, which uses sharper images than DETER "
        "and is published each November.",
        "“Nobody here wants to burn, but the dry season is longer every year,” said João Batista "
        "dos Reis, who farms 3,000 hectares near Sinop in Mato Grosso.",
    ), [
        r("chainsaw", "that the rise was driven by fires in Pará and Mato Grosso and was “not a return "
          "to the chainsaw.”", "Ana Paula dos Santos Moreira",
          "Environment Minister Ana Paula dos Santos Moreira", "2026-08-05", "news conference"),
        r("new frontier", "“Fire is the new frontier of deforestation, and we are hiring 2,000 more "
          "firefighters,”", "Ana Paula dos Santos Moreira", "dos Santos Moreira",
          ("2026-08-05", BR), None),
        r("9,340", "the institute's DETER system had recorded 9,340 square kilometres of clearing, an "
          "area larger than Puerto Rico", "Luiz Carlos da Costa Neto",
          "Luiz Carlos da Costa Neto, a senior researcher at INPE", ("2026-08-05", BR), None),
        r("public lands", "that his state had cut clearing on public lands and that the increase was "
          "the work of “criminals from outside Pará.”", "Hélder Vasconcelos Filho",
          "The governor of Pará, Hélder Vasconcelos Filho", ("2026-08-05", BR), "Twitter"),
        r("cannot ignore", "that the figures were “a warning the government cannot ignore.”",
          "Climate Observatory", "The Climate Observatory, a network of environmental groups",
          ("2026-08-05", BR), "statement"),
        r("testing the government", "that ranchers were “testing the government” before next year's "
          "election", "Mariana de Souza e Silva", "Its spokeswoman, Mariana de Souza e Silva",
          ("2026-08-05", BR), "interview", "Reuters"),
        r("wants to burn", "“Nobody here wants to burn, but the dry season is longer every year,”",
          "João Batista dos Reis",
          "João Batista dos Reis, who farms 3,000 hectares near Sinop in Mato Grosso",
          ("2026-08-03", BR), None),
    ]),
    ("gulf-opec-cuts", GULF, article(
        "RIYADH — Saudi Arabia and seven other OPEC+ producers agreed on Sunday to extend their "
        "voluntary output cuts of 1.6 million barrels a day until the end of March, the Ministry of "
        "Energy said in a statement.",
        "Energy Minister Prince Khalid bin Mishaal Al Saud told reporters after the online meeting "
        "that the group would “do whatever is needed to keep the market balanced.”",
        "“Those who bet against this group have lost money before,” Prince Khalid said.",
        "Brent crude rose 2.3% to $84.60 a barrel in early trading on Monday. Prices had fallen for "
        "three weeks on signs of weaker demand in China and rising output from producers outside "
        "the group, among them Brazil, Guyana and the United States.",
        "Sheikh Hamdan bin Rashid al-Nuaimi, the UAE's minister of energy and infrastructure, said "
        "in a post on X that the Emirates “stands firmly with the consensus.”",
        "Rania al-Khatib, head of oil research at Gulf Advisory Partners in Dubai, said the "
        "extension was “expected but still bullish.” Al-Khatib said Brent could test $90 a barrel "
        "if Libyan output fell again.",
        "Kuwaiti Oil Minister Tariq Abdullah Al-Roumi told the state news agency KUNA on Monday "
        "that the decision showed the group's “unity and discipline.”",
        "A spokesman for Iraq's oil ministry, Abu Bakr al-Hashimi, said Baghdad would compensate for "
        "past overproduction “month by month.” Iraq and Kazakhstan have both pumped above their "
        "quotas for most of the year, a sore point with Riyadh, which has carried the largest share "
        "of the cuts.",
        "OPEC+ pumps about 40% of the world's crude. Its members have held back more than 5 million "
        "barrels a day in all since late 2022, in a series of cuts agreed at meetings in Vienna and "
        "online. Saudi Arabia needs prices near $90 to balance its budget, by most estimates, as it "
        "spends heavily on giant projects at home.",
        "The group's next full ministerial meeting is set for June in Vienna.",
    ), [
        r("1.6 million", "Saudi Arabia and seven other OPEC+ producers agreed on Sunday to extend their "
          "voluntary output cuts of 1.6 million barrels a day until the end of March",
          "Ministry of Energy", "the Ministry of Energy", ("2026-11-29", GULF), "statement"),
        r("whatever is needed", "that the group would “do whatever is needed to keep the market "
          "balanced.”", "Khalid bin Mishaal Al Saud",
          "Energy Minister Prince Khalid bin Mishaal Al Saud", "2026-11-29", None),
        r("bet against", "“Those who bet against this group have lost money before,”",
          "Khalid bin Mishaal Al Saud", "Prince Khalid", ("2026-11-29", GULF), None),
        r("stands firmly", "that the Emirates “stands firmly with the consensus.”",
          "Hamdan bin Rashid al-Nuaimi",
          "Sheikh Hamdan bin Rashid al-Nuaimi, the UAE's minister of energy and infrastructure",
          ("2026-11-29", GULF), "Twitter"),
        r("still bullish", "the extension was “expected but still bullish.”", "Rania al-Khatib",
          "Rania al-Khatib, head of oil research at Gulf Advisory Partners in Dubai",
          ("2026-11-29", GULF), None),
        r("test $90", "Brent could test $90 a barrel if Libyan output fell again", "Rania al-Khatib",
          "Al-Khatib", ("2026-11-29", GULF), None),
        r("unity and discipline", "that the decision showed the group's “unity and discipline.”",
          "Tariq Abdullah Al-Roumi", "Kuwaiti Oil Minister Tariq Abdullah Al-Roumi", GULF,
          "interview", "KUNA"),
        r("month by month", "Baghdad would compensate for past overproduction “month by month.”",
          "Abu Bakr al-Hashimi", "A spokesman for Iraq's oil ministry, Abu Bakr al-Hashimi",
          ("2026-11-29", GULF), None),
    ]),
    ("my-bribery-charge", MY, article(
        "KUALA LUMPUR — Former deputy minister Dato' Sri Mohd Azlan bin Ismail was charged in the "
        "Sessions Court here on Wednesday with three counts of accepting bribes totalling RM2.4 "
        "million over a flood-mitigation contract in Pahang.",
        "Mohd Azlan, 58, pleaded not guilty to all three charges, which carry a jail term of up to "
        "20 years and a fine of at least five times the bribe, before Judge Rozilah Abdul Karim.",
        "Deputy public prosecutor Wan Nur Aisyah Wan Ahmad told the court that the prosecution would "
        "call 31 witnesses.",
        "His lawyer, Datuk Harjinder Singh Gill, argued that his client had “never missed a day in "
        "court in his life” and should be released on his own recognisance.",
        "The judge set bail at RM300,000 with one surety and ordered him to surrender his passport.",
        "Outside the court, Mohd Azlan told reporters the charges were “politically motivated” and "
        "that he would “clear my name.”",
        "The Malaysian Anti-Corruption Commission (MACC) said in a statement on Wednesday night that "
        "the charges followed a two-year investigation into contracts awarded by the Pahang state "
        "government.",
        "MACC chief commissioner Tan Sri Zulkifli Abdul Rahman said on Thursday that no one was "
        "“above the law, whatever their title.”",
        "Law Minister Datuk Seri Norhayati Kassim said in Parliament on Thursday that the "
        "government would not interfere in the case.",
        "Opposition MP Lim Wei Jie (Bukit Mertajam) said the case showed why party financing needed "
        "a law of its own. “Every ringgit should be traceable,” Lim said.",
        "Mohd Azlan was deputy minister of natural resources from 2018 to 2022 and remains a member "
        "of his party's supreme council. The flood-mitigation project, worth RM180 million, was meant "
        "to protect 12,000 homes along the Pahang River, which burst its banks in 2021 and again last "
        "year. Work on it stopped in 2023.",
        "The case will be mentioned again on Nov 12.",
    ), [
        r("31 witnesses", "that the prosecution would call 31 witnesses", "Wan Nur Aisyah Wan Ahmad",
          "Deputy public prosecutor Wan Nur Aisyah Wan Ahmad", "2026-09-23", "court"),
        r("never missed a day", "that his client had “never missed a day in court in his life” and "
          "should be released on his own recognisance", "Harjinder Singh Gill",
          "His lawyer, Datuk Harjinder Singh Gill", "2026-09-23", "court"),
        r("politically motivated", "the charges were “politically motivated” and that he would "
          "“clear my name.”", "Mohd Azlan bin Ismail", "Mohd Azlan", "2026-09-23", None),
        r("two-year investigation", "that the charges followed a two-year investigation into "
          "contracts awarded by the Pahang state government", "Malaysian Anti-Corruption Commission",
          "The Malaysian Anti-Corruption Commission (MACC)", "2026-09-23", "statement"),
        r("above the law", "that no one was “above the law, whatever their title.”",
          "Zulkifli Abdul Rahman", "MACC chief commissioner Tan Sri Zulkifli Abdul Rahman", MY, None),
        r("not interfere", "that the government would not interfere in the case", "Norhayati Kassim",
          "Law Minister Datuk Seri Norhayati Kassim", MY, "parliament"),
        r("party financing", "the case showed why party financing needed a law of its own",
          "Lim Wei Jie", "Opposition MP Lim Wei Jie (Bukit Mertajam)", ("2026-09-23", MY), None),
        r("traceable", "“Every ringgit should be traceable,”", "Lim Wei Jie", "Lim",
          ("2026-09-23", MY), None),
    ]),
    ("ng-fuel-price", NG, article(
        "ABUJA — The Nigeria Labour Congress (NLC) has given the Federal Government seven days to "
        "reverse Monday's 40 per cent increase in the pump price of petrol or face a nationwide "
        "strike.",
        "NLC President, Comrade Bamidele Ogunleye, told journalists in Abuja on Tuesday that workers "
        "could “no longer carry the burden of the government's mistakes.”",
        "NNPC's chief corporate communications officer, Olufunke Adeyemi-Bakare, said in a "
        "statement that the new price of N1,150 a litre “reflects the true cost of supply.”",
        "Queues returned to filling stations in Abuja, Lagos and Kano on Tuesday, and commercial "
        "bus drivers raised fares by as much as half.",
        "In Kano, the chairman of the Independent Petroleum Marketers Association, Alhaji Musa "
        "Danjuma Bello, said many filling stations had shut “because nobody can afford to fill the "
        "tanks.”",
        "A former petroleum minister, Chief Emeka Okonkwo-Eze, told Channels Television on Tuesday "
        "night that the government had “removed the subsidy twice and the pain three times.”",
        "The Special Adviser to the President on Media and Publicity, Mr Tunde Bakare-Olaniyan, said "
        "in Abuja on Wednesday that the President “feels the pain of Nigerians” but would not "
        "return to “a subsidy regime that enriched a few.”",
        "The Federal Government removed the petrol subsidy in May 2023, and the price has been set by "
        "the market since late 2024, when the Dangote refinery in Lagos began selling petrol to "
        "marketers. The naira has lost more than two thirds of its value against the dollar over the "
        "same period, pushing up the cost of imported fuel.",
        "Petrol prices have more than quadrupled since the subsidy was scrapped in 2023, and "
        "inflation stood at 24.5 per cent in April, according to the National Bureau of Statistics.",
        "“I now spend half of my profit on transport,” said Mrs Blessing Okafor, who sells "
        "foodstuff at Wuse Market.",
        "Okafor said she had stopped bringing her two children to the market.",
    ), [
        r("burden", "that workers could “no longer carry the burden of the government's mistakes.”",
          "Bamidele Ogunleye", "NLC President, Comrade Bamidele Ogunleye", "2026-06-02", None),
        r("true cost", "that the new price of N1,150 a litre “reflects the true cost of supply.”",
          "Olufunke Adeyemi-Bakare",
          "NNPC's chief corporate communications officer, Olufunke Adeyemi-Bakare",
          ("2026-06-01", NG), "statement"),
        r("fill the tanks", "many filling stations had shut “because nobody can afford to fill the "
          "tanks.”", "Musa Danjuma Bello",
          "the chairman of the Independent Petroleum Marketers Association, Alhaji Musa Danjuma Bello",
          ("2026-06-01", NG), None),
        r("pain three times", "that the government had “removed the subsidy twice and the pain three "
          "times.”", "Emeka Okonkwo-Eze", "A former petroleum minister, Chief Emeka Okonkwo-Eze",
          "2026-06-02", "interview", "Channels Television"),
        r("feels the pain", "that the President “feels the pain of Nigerians” but would not return to "
          "“a subsidy regime that enriched a few.”", "Tunde Bakare-Olaniyan",
          "The Special Adviser to the President on Media and Publicity, Mr Tunde Bakare-Olaniyan",
          NG, None),
        r("half of my profit", "“I now spend half of my profit on transport,”", "Blessing Okafor",
          "Mrs Blessing Okafor, who sells foodstuff at Wuse Market", ("2026-05-31", NG), None),
        r("two children", "she had stopped bringing her two children to the market", "Blessing Okafor",
          "Okafor", ("2026-05-31", NG), None),
        # missed when the records were written; added after the first run
        r("quadrupled", "Petrol prices have more than quadrupled since the subsidy was scrapped in 2023, and "
          "inflation stood at 24.5 per cent in April", "National Bureau of Statistics",
          "the National Bureau of Statistics", ("2026-05-31", NG), None),
    ]),
    ("kr-shipyard-strike", KR, article(
        "SEOUL (Yonhap) — About 9,000 workers at Daesan Heavy Industries walked off the job on "
        "Wednesday at the company's shipyard on Geoje Island, the first full strike at South Korea's "
        "third-largest shipbuilder in 11 years.",
        "“We have built the ships that made this company rich, and now we want our share,” Kim "
        "Tae-ho, head of the company's union, told a rally of several thousand workers at the "
        "shipyard gate on Wednesday.",
        "The union is seeking a 7.4 percent pay rise and the rehiring of 240 subcontracted welders "
        "laid off during the pandemic. Talks broke down last week after 19 rounds.",
        "Daesan said in a regulatory filing on Thursday that the strike could delay delivery of four "
        "liquefied natural gas carriers.",
        "Its vice president for human resources, Park Min-jung, told Yonhap News Agency that the "
        "company's offer of 4.1 percent was “the best in the industry this year.”",
        "“We cannot pay wages with ships we have not delivered,” Park said.",
        "Labor Minister Kim Soo-ah met shipbuilding executives in Seoul on Thursday. “A long strike "
        "will hurt the workers and the company alike,” Kim said at the meeting.",
        "Choi Eun-ji, a spokesperson for the Ministry of Employment and Labor, said mediators from "
        "the National Labor Relations Commission would meet both sides on Friday.",
        "Lee Jong-hoon, an analyst at Hanbit Securities, wrote in a note to clients that a strike of "
        "more than two weeks would cut the shipbuilder's third-quarter operating profit by about 15 "
        "percent.",
        "The yard on Geoje Island has been building ships since 1973 and once employed more than "
        "40,000 people.",
        "Daesan, which employs about 22,000 people including subcontractors, booked orders worth $9.8 "
        "billion last year. Its shares fell 3.2 percent on Thursday.",
        "South Korean shipbuilders hold orders for more than three years of work, most of it for "
        "gas carriers and container ships, but many yards are short of skilled welders.",
    ), [
        r("want our share", "“We have built the ships that made this company rich, and now we want our "
          "share,”", "Kim Tae-ho", "Kim Tae-ho, head of the company's union", "2026-07-15", "speech"),
        r("delay delivery", "that the strike could delay delivery of four liquefied natural gas "
          "carriers", "Daesan Heavy Industries", "Daesan", KR, "report"),
        r("best in the industry", "that the company's offer of 4.1 percent was “the best in the "
          "industry this year.”", "Park Min-jung",
          "Its vice president for human resources, Park Min-jung", ("2026-07-15", KR), "interview",
          "Yonhap News Agency"),
        r("cannot pay wages", "“We cannot pay wages with ships we have not delivered,”", "Park Min-jung",
          "Park", ("2026-07-15", KR), None),
        r("long strike", "“A long strike will hurt the workers and the company alike,”", "Kim Soo-ah",
          "Kim", KR, None),
        r("mediators", "mediators from the National Labor Relations Commission would meet both sides "
          "on Friday", "Choi Eun-ji",
          "Choi Eun-ji, a spokesperson for the Ministry of Employment and Labor",
          ("2026-07-15", KR), None),
        r("third-quarter", "that a strike of more than two weeks would cut the shipbuilder's "
          "third-quarter operating profit by about 15 percent", "Lee Jong-hoon",
          "Lee Jong-hoon, an analyst at Hanbit Securities", ("2026-07-15", KR), "report"),
    ]),
    ("hk-public-housing", HK, article(
        "HONG KONG — The government will double its target for light public housing to 60,000 flats "
        "by 2030, Chief Executive Raymond Tse Kwok-leung said on Tuesday, as the wait for a public "
        "rental flat reached its longest in 25 years.",
        "Speaking before the weekly Executive Council meeting, Tse said the average wait of 6.1 years "
        "was “a number no family should have to live with.”",
        "Light public housing, prefabricated blocks built on vacant government land, was first "
        "promised in 2022 as a stopgap for families in subdivided flats. About 220,000 people live in "
        "such units, many of them smaller than a parking space.",
        "Secretary for Housing Erica Leung Wing-see told lawmakers on Wednesday that the first 8,000 "
        "of the new flats would be ready by next March.",
        "“We are building in 18 months what used to take five years,” Leung said.",
        "Yeung Siu-fung, a lawmaker from the Democratic Alliance for the Betterment and Progress of "
        "Hong Kong (DAB), said on a Commercial Radio programme on Thursday that the flats were “too "
        "small for families with teenagers.”",
        "Mandy Ho Mei-ling, a community organiser at the Concern Group for Subdivided Flat "
        "Residents, said many families had given up on public housing altogether. “They tell me the "
        "queue is a lottery with no draw,” Ho said.",
        "The waiting time for a public rental flat peaked at 6.1 years in March, up from 5.3 years two "
        "years earlier, as land shortages delayed larger estates. The housing authority has moved to "
        "prefabricated building methods, with modules made in factories in mainland China and stacked "
        "on site.",
        "Critics of the scheme have pointed to its cost, about HK$800,000 a flat, and to the distance "
        "of several sites from jobs in the city centre.",
        "The government will open applications for the first blocks in Tuen Mun and Kai Tak in "
        "September.",
    ), [
        r("60,000 flats", "The government will double its target for light public housing to 60,000 "
          "flats by 2030", "Raymond Tse Kwok-leung", "Chief Executive Raymond Tse Kwok-leung",
          "2026-05-19", None),
        r("no family should", "the average wait of 6.1 years was “a number no family should have to "
          "live with.”", "Raymond Tse Kwok-leung", "Tse", ("2026-05-19", HK), None),
        r("first 8,000", "that the first 8,000 of the new flats would be ready by next March",
          "Erica Leung Wing-see", "Secretary for Housing Erica Leung Wing-see", "2026-05-20",
          "parliament"),
        r("18 months", "“We are building in 18 months what used to take five years,”",
          "Erica Leung Wing-see", "Leung", ("2026-05-20", HK), None),
        r("too small", "that the flats were “too small for families with teenagers.”", "Yeung Siu-fung",
          "Yeung Siu-fung, a lawmaker from the Democratic Alliance for the Betterment and Progress of "
          "Hong Kong (DAB)", HK, "interview", "Commercial Radio"),
        r("given up", "many families had given up on public housing altogether", "Mandy Ho Mei-ling",
          "Mandy Ho Mei-ling, a community organiser at the Concern Group for Subdivided Flat Residents",
          ("2026-05-19", HK), None),
        r("lottery", "“They tell me the queue is a lottery with no draw,”", "Mandy Ho Mei-ling", "Ho",
          ("2026-05-19", HK), None),
    ]),
    ("in-derailment", IN, article(
        "BHUBANESWAR — Eleven passengers were killed and 46 injured when three coaches of the "
        "Howrah-bound Mahanadi Express derailed near Balasore in Odisha early on Wednesday, "
        "officials said.",
        "Minister of State for Railways K. S. Rao, who visited the site on Wednesday evening, told "
        "reporters that a preliminary inquiry pointed to “a fault in the signalling at the loop "
        "line.”",
        "“The Commissioner of Railway Safety will report within a month, and anyone found negligent "
        "will be punished,” Mr. Rao said.",
        "Rescue teams of the National Disaster Response Force worked through the night to cut "
        "passengers out of the mangled coaches, and the injured were taken to hospitals in Balasore "
        "and Cuttack.",
        "The Cabinet Secretary, Alok Ranjan Tripathi, said in a statement on Thursday that an ex "
        "gratia of ₹10 lakh would be paid to the family of each person killed.",
        "Chief Minister Pradeep Kumar Swain said in the Assembly on Thursday that the State would "
        "bear the cost of treating the injured at SCB Medical College in Cuttack.",
        "East Coast Railway's Chief Public Relations Officer, Biswajit Mohapatra, told PTI that 14 "
        "trains had been diverted and that services on the line would resume by Friday.",
        "“I was thrown against the window, and then everything was dark,” said M. Lakshmi, 34, a "
        "teacher travelling to Kharagpur with her son.",
        "Congress MP P. R. Natarajan posted on X that the government had spent “on bullet trains "
        "and saved on signals.”",
        "The Mahanadi Express, which runs daily between Puri and Howrah, was carrying about 1,100 "
        "passengers. The derailment blocked both lines of the main route between Kolkata and Chennai "
        "for more than 20 hours, and several long-distance trains were cancelled on Wednesday and "
        "Thursday.",
        "Trains on the section were running at reduced speed on Thursday while engineers checked the "
        "track and the signals.",
        "It was the third derailment in the State in two years.",
    ), [
        r("Eleven passengers", "Eleven passengers were killed and 46 injured when three coaches of the "
          "Howrah-bound Mahanadi Express derailed near Balasore in Odisha early on Wednesday", None,
          "officials", ("2026-08-26", IN), None),
        r("loop line", "that a preliminary inquiry pointed to “a fault in the signalling at the loop "
          "line.”", "K. S. Rao",
          "Minister of State for Railways K. S. Rao, who visited the site on Wednesday evening",
          ("2026-08-26", IN), None),
        r("Commissioner of Railway Safety", "“The Commissioner of Railway Safety will report within a "
          "month, and anyone found negligent will be punished,”", "K. S. Rao", "Mr. Rao",
          ("2026-08-26", IN), None),
        r("ex gratia", "that an ex gratia of ₹10 lakh would be paid to the family of each person "
          "killed", "Alok Ranjan Tripathi", "The Cabinet Secretary, Alok Ranjan Tripathi", IN,
          "statement"),
        r("bear the cost", "that the State would bear the cost of treating the injured at SCB Medical "
          "College in Cuttack", "Pradeep Kumar Swain", "Chief Minister Pradeep Kumar Swain", IN,
          "parliament"),
        r("14 trains", "that 14 trains had been diverted and that services on the line would resume by "
          "Friday", "Biswajit Mohapatra",
          "East Coast Railway's Chief Public Relations Officer, Biswajit Mohapatra",
          ("2026-08-26", IN), "interview", "PTI"),
        r("thrown against", "“I was thrown against the window, and then everything was dark,”",
          "M. Lakshmi", "M. Lakshmi, 34, a teacher travelling to Kharagpur with her son",
          ("2026-08-26", IN), None),
        r("bullet trains", "that the government had spent “on bullet trains and saved on signals.”",
          "P. R. Natarajan", "Congress MP P. R. Natarajan", ("2026-08-26", IN), "Twitter"),
    ]),
    ("nl-house-prices", NL, article(
        "AMSTERDAM — Dutch house prices could fall by as much as 10 percent if mortgage rates rise "
        "another percentage point, De Nederlandsche Bank (DNB) said on Monday in its twice-yearly "
        "Financial Stability Overview.",
        "The central bank's president, Pieter van der Linden, told a news conference in Amsterdam "
        "that households with interest-only mortgages were “the weakest link in the chain.”",
        "“We are not predicting a crash, but we would be failing in our job if we did not point to "
        "the risk,” Van der Linden said.",
        "Prices rose 9 percent last year to a record average of 470,000 euros, driven by a shortage "
        "of some 400,000 homes and by buyers' rising incomes. About a quarter of Dutch mortgage debt "
        "is still interest-only, a legacy of loans written before 2013.",
        "Minister of Housing and Spatial Planning Sanne de Groot-Verhoeven told broadcaster NOS on "
        "Tuesday that the government would not tighten mortgage rules “in the middle of a housing "
        "shortage.”",
        "A spokesman for ING, Joost ter Horst, said the bank's arrears on interest-only loans "
        "remained “below 0.3 percent and stable.”",
        "DNB has warned of the risk in interest-only loans for more than a decade. Since 2013, new "
        "buyers can deduct mortgage interest from their taxable income only if they repay the loan in "
        "full within 30 years, which has made interest-only loans rare among younger households.",
        "Mortgage rates in the Netherlands have risen by about two percentage points since early 2022.",
        "Homeowners' group Vereniging Eigen Huis said in a statement that DNB was “frightening people "
        "who pay their mortgages every month.”",
        "Member of parliament Thijs van den Broek of the Farmer-Citizen Movement (BBB) said in "
        "parliament on Tuesday that the central bank was “scaring young buyers out of the market.”",
        "“The Belgian market has the same pressure but fewer interest-only loans,” said Els De Smet, "
        "chief economist at Flanders Bank in Brussels.",
    ), [
        r("10 percent", "Dutch house prices could fall by as much as 10 percent if mortgage rates rise "
          "another percentage point", "De Nederlandsche Bank", "De Nederlandsche Bank (DNB)",
          "2026-02-09", "report"),
        r("weakest link", "that households with interest-only mortgages were “the weakest link in the "
          "chain.”", "Pieter van der Linden", "The central bank's president, Pieter van der Linden",
          ("2026-02-09", NL), "news conference"),
        r("predicting a crash", "“We are not predicting a crash, but we would be failing in our job if "
          "we did not point to the risk,”", "Pieter van der Linden", "Van der Linden",
          ("2026-02-09", NL), None),
        r("tighten mortgage", "that the government would not tighten mortgage rules “in the middle of a "
          "housing shortage.”", "Sanne de Groot-Verhoeven",
          "Minister of Housing and Spatial Planning Sanne de Groot-Verhoeven", NL, "interview", "NOS"),
        r("0.3 percent", "the bank's arrears on interest-only loans remained “below 0.3 percent and "
          "stable.”", "Joost ter Horst", "A spokesman for ING, Joost ter Horst", ("2026-02-09", NL),
          None),
        r("frightening", "that DNB was “frightening people who pay their mortgages every month.”",
          "Vereniging Eigen Huis", "Homeowners' group Vereniging Eigen Huis", ("2026-02-09", NL),
          "statement"),
        r("scaring young buyers", "that the central bank was “scaring young buyers out of the market.”",
          "Thijs van den Broek",
          "Member of parliament Thijs van den Broek of the Farmer-Citizen Movement (BBB)", NL,
          "parliament"),
        r("Belgian market", "“The Belgian market has the same pressure but fewer interest-only loans,”",
          "Els De Smet", "Els De Smet, chief economist at Flanders Bank in Brussels",
          ("2026-02-09", NL), None),
    ]),
    ("kz-wheat-cap", KZ, article(
        "ASTANA — Kazakhstan will cap wheat exports at 6 million tonnes until the autumn harvest to "
        "keep bread prices stable, Agriculture Minister Aidar Serikovich Zhumabekov said on Tuesday.",
        "Speaking at a government meeting chaired by Prime Minister Daulet Abenov, Zhumabekov said "
        "grain stocks had fallen to “the lowest level since 2012.”",
        "Kazakhstan, one of the world's ten largest wheat exporters, sells most of its grain to "
        "Central Asian neighbours, Afghanistan and China. A drought in the north cut last year's "
        "harvest by almost a third.",
        "The ministry's press secretary, Gulnara Maratovna Iskakova, told Interfax-Kazakhstan on "
        "Wednesday that the cap would not apply to flour.",
        "Grain Union of Kazakhstan chairman Viktor Pavlovich Lebedev said the decision would cost "
        "farmers “at least $300 million in lost sales.”",
        "Russian Deputy Agriculture Minister Andrei Valeryevich Sokolov told the RIA Novosti news "
        "agency that Russia was “ready to fill any gap” in Central Asian markets.",
        "The cap will be reviewed in August, when the first results of the new harvest are in. Exports "
        "of wheat and flour brought in about $2.1 billion last year. Millers in the south of the "
        "country have raised prices by a fifth since January, and the government has sold wheat from "
        "state reserves at a discount to keep the price of a loaf of bread below 200 tenge.",
        "Kazakhstan banned wheat exports for several months in 2022 after Russia's invasion of Ukraine "
        "disrupted trade in the Black Sea, a move that pushed up prices in Central Asia and "
        "Afghanistan.",
        "In Tashkent, a spokesman for Uzbekistan's Ministry of Economy, Sherzod Akmalovich Rakhimov, "
        "said flour mills had enough grain for two months.",
        "Bread prices in Astana rose by 12 percent in the first three months of the year.",
        "“If the price of flour goes up again, I will have to let two bakers go,” said Saule "
        "Abenova, who runs a bakery in Karaganda.",
    ), [
        r("6 million tonnes", "Kazakhstan will cap wheat exports at 6 million tonnes until the autumn "
          "harvest to keep bread prices stable", "Aidar Serikovich Zhumabekov",
          "Agriculture Minister Aidar Serikovich Zhumabekov", "2026-04-14", None),
        r("lowest level", "grain stocks had fallen to “the lowest level since 2012.”",
          "Aidar Serikovich Zhumabekov", "Zhumabekov", ("2026-04-14", KZ), None),
        r("apply to flour", "that the cap would not apply to flour", "Gulnara Maratovna Iskakova",
          "The ministry's press secretary, Gulnara Maratovna Iskakova", KZ, "interview",
          "Interfax-Kazakhstan"),
        r("lost sales", "the decision would cost farmers “at least $300 million in lost sales.”",
          "Viktor Pavlovich Lebedev", "Grain Union of Kazakhstan chairman Viktor Pavlovich Lebedev",
          ("2026-04-14", KZ), None),
        r("fill any gap", "that Russia was “ready to fill any gap” in Central Asian markets",
          "Andrei Valeryevich Sokolov", "Russian Deputy Agriculture Minister Andrei Valeryevich Sokolov",
          ("2026-04-14", KZ), "interview", "RIA Novosti"),
        r("two months", "flour mills had enough grain for two months", "Sherzod Akmalovich Rakhimov",
          "a spokesman for Uzbekistan's Ministry of Economy, Sherzod Akmalovich Rakhimov",
          ("2026-04-14", KZ), None),
        r("two bakers", "“If the price of flour goes up again, I will have to let two bakers go,”",
          "Saule Abenova", "Saule Abenova, who runs a bakery in Karaganda", ("2026-04-12", KZ), None),
    ]),
    ("id-smelter-blast", ID, article(
        "JAKARTA — Fourteen workers were killed and 38 injured when a furnace exploded at a nickel "
        "smelter in Central Sulawesi on Monday night, police said on Tuesday.",
        "Central Sulawesi police spokesman Sugianto said investigators had questioned the smelter's "
        "shift supervisors.",
        "PT Sulawesi Nikel Perkasa, which operates the smelter, said in a statement that it had "
        "halted production at all four furnaces and would “cooperate fully” with investigators.",
        "Governor Rahmat Lamadjido, who visited the injured at a hospital in Palu on Tuesday, said "
        "the provincial government would review the smelter's permit.",
        "Indonesia has the world's largest nickel reserves and banned exports of the raw ore in "
        "2020 to force miners to build smelters at home. Dozens have since gone up on Sulawesi and "
        "Halmahera, most of them with Chinese partners.",
        "Police cordoned off the plant's furnace area on Tuesday as forensic teams examined the damage. "
        "The smelter, which began production in 2022, employs about 5,000 people, many of them from "
        "other islands, and produces nickel pig iron for stainless steel makers in China.",
        "The provincial capital, Palu, lies about 400 kilometres from the industrial park, and the most "
        "seriously injured were flown there by helicopter overnight.",
        "Manpower Minister Wibisono told reporters at the State Palace on Wednesday that inspectors "
        "had found “serious violations” of safety rules at the plant in an audit last year.",
        "“If the company ignored our findings, it will answer for it,” Wibisono said.",
        "Nurhayati, a spokeswoman for the labour group Indonesian Workers' Safety Watch, said it was "
        "the sixth deadly accident at a Sulawesi smelter since 2023. “Every time, the companies "
        "promise an investigation, and every time the furnaces are back on within a week,” she said.",
        "“I heard a sound like thunder and then the roof was on fire,” said Untung, 29, a welder "
        "who was treated for burns.",
    ), [
        r("Fourteen workers", "Fourteen workers were killed and 38 injured when a furnace exploded at a "
          "nickel smelter in Central Sulawesi on Monday night", None, "police", "2026-12-01", None),
        r("shift supervisors", "investigators had questioned the smelter's shift supervisors",
          "Sugianto", "Central Sulawesi police spokesman Sugianto", ("2026-11-30", ID), None),
        r("cooperate fully", "that it had halted production at all four furnaces and would “cooperate "
          "fully” with investigators", "PT Sulawesi Nikel Perkasa",
          "PT Sulawesi Nikel Perkasa, which operates the smelter", ("2026-11-30", ID), "statement"),
        r("review the smelter", "the provincial government would review the smelter's permit",
          "Rahmat Lamadjido",
          "Governor Rahmat Lamadjido, who visited the injured at a hospital in Palu on Tuesday",
          ("2026-12-01", ID), None),
        r("serious violations", "that inspectors had found “serious violations” of safety rules at the "
          "plant in an audit last year", "Wibisono", "Manpower Minister Wibisono", ID, None),
        r("answer for it", "“If the company ignored our findings, it will answer for it,”", "Wibisono",
          "Wibisono", ("2026-11-30", ID), None),
        r("sixth deadly", "it was the sixth deadly accident at a Sulawesi smelter since 2023",
          "Nurhayati",
          "Nurhayati, a spokeswoman for the labour group Indonesian Workers' Safety Watch",
          ("2026-11-30", ID), None),
        r("every time the furnaces", "“Every time, the companies promise an investigation, and every "
          "time the furnaces are back on within a week,”", "Nurhayati", "she", ("2026-11-30", ID),
          None),
        r("like thunder", "“I heard a sound like thunder and then the roof was on fire,”", "Untung",
          "Untung, 29, a welder who was treated for burns", ("2026-11-30", ID), None),
    ]),
    ("zw-tobacco-season", ZW, article(
        "HARARE — Zimbabwe's tobacco auction season opened on Wednesday with prices averaging "
        "US$3.10 a kilogram, below the US$3.40 farmers were paid last year, the Tobacco Industry and "
        "Marketing Board (TIMB) said.",
        "Officially opening the season at the Boka floors in Harare, the Minister of State for "
        "Harare Metropolitan Provincial Affairs and Devolution, Honest Marufu, told farmers that the "
        "government would pay a US$0.20 a kilogram incentive on tobacco delivered before April.",
        "“Tobacco is still our green gold, and no farmer will be left behind,” Marufu said.",
        "Tobacco is Zimbabwe's second-largest export after gold, and more than 140,000 small-scale "
        "farmers grow it, most of them under contracts with merchants who lend them seed and "
        "fertiliser against the crop.",
        "But Justice Mupfumira, a farmer from Mvurwi who sold 42 bales on the first day, said the "
        "prices did not cover the cost of fertiliser.",
        "“We borrowed in dollars and we are being paid late,” he said.",
        "Precious Chikowore, who farms with her husband near Karoi, said she would hold back half of "
        "her crop until prices improved.",
        "Zimbabwe Farmers' Union president Gift Mbano told the state-owned Herald newspaper that "
        "contractors were “squeezing growers at both ends.”",
        "This year's crop is expected to reach 280 million kilograms, close to last year's record, "
        "after good rains in most growing areas. Many farmers travel for days to Harare to sell their "
        "bales, sleeping at the auction floors while they wait for their turn. Small-scale farmers "
        "grow about three quarters of the crop.",
        "Growers have complained for years that merchants grade their leaf too harshly and deduct "
        "loans and levies before paying them, leaving many with little cash after a long season's work.",
        "Reserve Bank of Zimbabwe (RBZ) spokesperson Never Zvobgo said on Wednesday that growers "
        "would receive 70 percent of their earnings in US dollars.",
    ), [
        r("US$3.10", "Zimbabwe's tobacco auction season opened on Wednesday with prices averaging "
          "US$3.10 a kilogram, below the US$3.40 farmers were paid last year",
          "Tobacco Industry and Marketing Board", "the Tobacco Industry and Marketing Board (TIMB)",
          ZW, None),
        r("incentive", "that the government would pay a US$0.20 a kilogram incentive on tobacco "
          "delivered before April", "Honest Marufu",
          "the Minister of State for Harare Metropolitan Provincial Affairs and Devolution, Honest "
          "Marufu", ZW, "speech"),
        r("green gold", "“Tobacco is still our green gold, and no farmer will be left behind,”",
          "Honest Marufu", "Marufu", ZW, None),
        r("cost of fertiliser", "the prices did not cover the cost of fertiliser", "Justice Mupfumira",
          "Justice Mupfumira, a farmer from Mvurwi who sold 42 bales on the first day", ZW, None),
        r("borrowed in dollars", "“We borrowed in dollars and we are being paid late,”",
          "Justice Mupfumira", "he", ZW, None),
        r("hold back half", "she would hold back half of her crop until prices improved",
          "Precious Chikowore", "Precious Chikowore, who farms with her husband near Karoi", ZW, None),
        r("both ends", "that contractors were “squeezing growers at both ends.”", "Gift Mbano",
          "Zimbabwe Farmers' Union president Gift Mbano", ZW, "interview", "Herald"),
        r("70 percent", "that growers would receive 70 percent of their earnings in US dollars",
          "Never Zvobgo", "Reserve Bank of Zimbabwe (RBZ) spokesperson Never Zvobgo", ZW, None),
    ]),
]


# Words of quotes found that are neither expected nor wrong to find: a lede's figures "according to
# satellite data released ... by the national space research institute" (data cited, whose
# speaker conventions.md does not settle).
DOUBTFUL = ("rose 18% in the 12 months",)


# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "mx-club-coach": "said_on: the captain's 'we did not compete tonight' after 'apologized to the crowd after the "
                     "final whistle' of Sunday's game is dated Monday, the day of the story's firing; name: 'The "
                     "league ... has said' after the lede's Liga MX names nobody (a body named in the lede is "
                     "not what 'the league' is tied to)",
    "br-amazon-deforestation": "quote finding: 'Lula ... has promised to end illegal deforestation by 2030' (a "
                               "commitment, no words said) is found as a quote",
    "my-bribery-charge": "channel: a lawyer who 'argued that' in a story of a court's hearing, after the prosecutor "
                         "'told the court', is given no channel (court's scene is not carried to a new attribution)",
    "hk-public-housing": "channel: 'told lawmakers on Wednesday' (Hong Kong's Legislative Council) is no parliament; "
                         "quote finding: 'Light public housing ... was first promised in 2022' is found as a quote",
    "in-derailment": "channel: 'said in the Assembly on Thursday' (a state's assembly by its own name alone) is no "
                     "parliament",
    "nl-house-prices": "channel: 'said on Monday in its twice-yearly Financial Stability Overview' (a report by its "
                       "capitalised title) is no report",
    "zw-tobacco-season": "channel: 'Officially opening the season at the Boka floors, the Minister ... told farmers' "
                         "is no speech (an occasion opened by a participle); mention: 'Reserve Bank of Zimbabwe "
                         "(RBZ) spokesperson Never Zvobgo' is cut to the name",
}


def _articles():
    for case_id, date, text, expected in ARTICLES:
        marks = ([pytest.mark.xfail(strict=True, reason=STILL_WRONG[case_id])]
                 if case_id in STILL_WRONG else [])
        yield pytest.param(text, date, expected, id=case_id, marks=marks)


@pytest.mark.parametrize("text, date, expected", list(_articles()))
def test_world18_article(text: str, date: str, expected: list[R]):
    assert record_differences(text, date, expected, doubtful=DOUBTFUL) == []


# The rules this set brought, one sentence each, and the sentences they must leave alone: the
# speaker's name and the mention that names it.
D = "2026-11-18"  # a Wednesday
NAMES = [
    # Particles of Spanish and Portuguese surnames: "de los", "y", "e" inside a name.
    ("rule-de-los", "Captain Luis Fernando de los Santos apologized. “We were poor,” de los Santos said.",
     "were poor", "Luis Fernando de los Santos", "de los Santos"),
    ("rule-y-between-surnames", "“They changed coaches,” said Manuel Ibarra y Cordero, a former coach.",
     "changed coaches", "Manuel Ibarra y Cordero", "Manuel Ibarra y Cordero, a former coach"),
    ("rule-e-between-surnames", "Its spokeswoman, Mariana de Souza e Silva, said ranchers were waiting.",
     "ranchers were waiting", "Mariana de Souza e Silva", "Its spokeswoman, Mariana de Souza e Silva"),
    # A particle the parser reads as a verb ("dos" as "does") is still a word of the name.
    ("rule-particle-read-as-a-verb", "“We lost the harvest,” said Mark Batista dos Reis.",
     "lost the harvest", "Mark Batista dos Reis", "Mark Batista dos Reis"),
    ("rule-particle-opening-the-subject", "Ana Paula dos Santos Moreira, the minister, spoke on Monday. "
     "“Fire is the frontier,” dos Santos Moreira said.",
     "Fire is the frontier", "Ana Paula dos Santos Moreira", "dos Santos Moreira"),
    ("rule-particle-after-an-unknown-given-name", "“We need rain,” said Joost ter Horst, a farmer.",
     "need rain", "Joost ter Horst", "Joost ter Horst, a farmer"),
    # Honorifics of Arab, Malaysian and Nigerian papers are titles, no part of the name.
    ("rule-sheikh", "“We stand with the group,” said Sheikh Hamdan bin Rashid al-Nuaimi.",
     "stand with the group", "Hamdan bin Rashid al-Nuaimi", "Sheikh Hamdan bin Rashid al-Nuaimi"),
    ("rule-tan-sri", "MACC chief commissioner Tan Sri Zulkifli Abdul Rahman said no one was above the law.",
     "above the law", "Zulkifli Abdul Rahman", "MACC chief commissioner Tan Sri Zulkifli Abdul Rahman"),
    ("rule-dato-sri", "Former minister Dato' Sri Mohd Azlan bin Ismail said he was innocent.",
     "he was innocent", "Mohd Azlan bin Ismail", "Former minister Dato' Sri Mohd Azlan bin Ismail"),
    ("guard-sri-as-a-given-name", "“We will cut spending,” said Sri Mulyani Indrawati.",
     "cut spending", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
    ("guard-tan-as-a-surname", "“We will cut spending,” said Tan Wei Ming.",
     "cut spending", "Tan Wei Ming", "Tan Wei Ming"),
    ("rule-office-then-titled-holder", "NLC President, Comrade Bamidele Ogunleye, said workers were tired.",
     "workers were tired", "Bamidele Ogunleye", "NLC President, Comrade Bamidele Ogunleye"),
    # A subject the parser hangs on the place of an opening phrase is the cue's subject.
    ("rule-subject-after-an-opening-place", "In Kano, the chairman of the marketers' association, Alhaji Musa "
     "Bello, said stations had shut.", "stations had shut", "Musa Bello",
     "the chairman of the marketers' association, Alhaji Musa Bello"),
    # "Al-Khatib" opening a sentence is "al-Khatib"; "Prince Khalid" is the prince named in full.
    ("rule-al-capitalised", "Rania al-Khatib, an analyst, spoke first. Al-Khatib said prices could rise.",
     "prices could rise", "Rania al-Khatib", "Al-Khatib"),
    ("rule-prince-by-given-name", "Prince Khalid bin Mishaal Al Saud spoke first. “We will act,” Prince Khalid "
     "said.", "We will act", "Khalid bin Mishaal Al Saud", "Prince Khalid"),
    # Hong Kong names: an English given name, the family name, the Chinese given name.
    ("rule-hong-kong-family-name", "Mandy Ho Mei-ling, an organiser, spoke first. “The queue is long,” Ho said.",
     "queue is long", "Mandy Ho Mei-ling", "Ho"),
    # A Korean given name's second syllable the tagger reads as an interjection ("Soo-ah").
    ("rule-korean-syllable", "Kim Tae-ho led the rally. Minister Kim Soo-ah met executives. “Talk,” Kim said.",
     "Talk", "Kim Soo-ah", "Kim"),
    # Offices written with "for", initials opening the holder's name, fields joined by "and".
    ("rule-secretary-for", "Secretary for Housing Erica Leung Wing-see said the flats were ready.",
     "flats were ready", "Erica Leung Wing-see", "Secretary for Housing Erica Leung Wing-see"),
    ("rule-minister-of-state-for", "Minister of State for Railways K. S. Rao, who visited the site, told "
     "reporters that the signal failed.", "signal failed", "K. S. Rao",
     "Minister of State for Railways K. S. Rao, who visited the site"),
    ("rule-fields-joined-by-and", "Minister of Housing and Spatial Planning Sanne de Groot-Verhoeven said rules "
     "would stay.", "rules would stay", "Sanne de Groot-Verhoeven",
     "Minister of Housing and Spatial Planning Sanne de Groot-Verhoeven"),
    # Portuguese generations; the holder of an office of a place, hung on the place.
    ("rule-filho", "The governor of Pará, Hélder Vasconcelos Filho, said crime had fallen.",
     "crime had fallen", "Hélder Vasconcelos Filho", "The governor of Pará, Hélder Vasconcelos Filho"),
    # "Justice" is a given name where an apposition makes its bearer a farmer, a title before a judge.
    ("rule-justice-as-a-given-name", "Justice Mupfumira, a farmer from Mvurwi, said prices were low.",
     "prices were low", "Justice Mupfumira", "Justice Mupfumira, a farmer from Mvurwi"),
    ("guard-justice-a-judge", "Justice Mupfumira, a High Court judge, said the law was clear.",
     "law was clear", "Mupfumira", "Justice Mupfumira, a High Court judge"),
]

CHANNELS = [
    # A word before a name that qualifies the noun after it types no outlet ("the weekly ... meeting").
    ("rule-weekly-meeting", "Speaking before the weekly Executive Council meeting, Tse said the wait was long.",
     "wait was long", None, None),
    ("guard-the-weekly-der-spiegel", "“We will fight,” he told the weekly Der Spiegel.",
     "We will fight", "interview", "Der Spiegel"),
    # A news agency named before its kind.
    ("rule-news-agency", "Andrei Sokolov told the RIA Novosti news agency that Russia was ready.",
     "Russia was ready", "interview", "RIA Novosti"),
    ("rule-justice-a-farmer-is-no-court", "Justice Mupfumira, a farmer from Mvurwi, said prices were low.",
     "prices were low", None, None),
]


def quote_of(text: str, key: str):
    return next(q for q in saidwhen.extract(text, date=D).quotes if key in q.text)


@pytest.mark.parametrize("text, key, name, mention", [pytest.param(*case[1:], id=case[0]) for case in NAMES])
def test_the_speaker_s_name_and_mention(text: str, key: str, name: str | None, mention: str):
    speaker = quote_of(text, key).speaker
    assert (speaker.name if speaker else None, speaker.mention.text if speaker and speaker.mention else None) == \
        (name, mention)


@pytest.mark.parametrize("text, key, channel, outlet", [pytest.param(*case[1:], id=case[0]) for case in CHANNELS])
def test_the_channel(text: str, key: str, channel: str | None, outlet: str | None):
    quote = quote_of(text, key)
    assert (quote.channel, quote.outlet) == (channel, outlet)


def test_a_person_joined_to_an_office_by_and_is_no_field_of_it():
    """'The Minister of Finance and Tom Hart said': a known given name after the "and" opens a
    person's name, not more of the office's fields ("Housing and Spatial Planning")."""
    from saidwhen.parsing.language import parse
    from saidwhen.speakers.names import name_mentions
    mentions = name_mentions(parse("The Minister of Finance and Tom Hart said the farms were safe."))
    assert [(m.words, m.title) for m in mentions if "Hart" in m.words] == [(("Tom", "Hart"), "")]
