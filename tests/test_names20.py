"""The speaker's name on news of other countries, written first (round 20).

Issue 12's held-out news from other countries names one speaker in six wrong: no name reached
although the article names the speaker, another person or body named, or the right one with
wrong bounds. These forty-five passages are our own writing in the house styles of papers of
Ireland, India, Pakistan, Malaysia, Nigeria, Kenya, South Africa, Australia, New Zealand and the
UK; each holds one of the kinds seen to go wrong on fresh news:

- police and armies as those papers write them: "Gardaí", "jawans", "cops" (officers, unnamed),
  and bodies by their acronyms ("the PSNI", "the ADF", "the AFP" of Australia, "the SAPS", "the
  ISPR", "the Met");
- newspapers with "The" in their names ("The Hindu", "The Irish Times") and a board named in
  Irish ("An Bord Pleanála"); conventions.md drops an organisation's leading "the", and the
  scorer compares names without it, so the tests do too;
- surnames with particles and abbreviations ("St. Pierre", "van der Berg", "Van der Berg"
  opening a sentence, "du Plessis", "Du Toit", "bin Faisal", "Ní Bhriain", "Nic Aodha",
  "Ó Súilleabháin", "Mac Giolla Rí", "Te Kani") and a place with "St" ("the MP for St Helens");
- stacks of honorifics ("Shri", "Smt.", "Datuk Seri Dr.", "Tun Dr.", "Rt. Hon.", "Engr.",
  "Alhaji Dr.", "Prof.", "Hon.", "Justice (retd)", "Pandit", "Padma Shri awardee");
- a pronoun several sentences or a paragraph from its name, runs of quotes after the speaker is
  introduced, a Malay given name written alone ("Azmi");
- bodies speaking as "the company", "the ministry", "the board", "the council", "the
  department", "the agency", "the paper";
- the interviewer or the person spoken about next to the speaker.

Every quote's full record (content span, speaker name as conventions.md writes it, the mention
that names the speaker, said_on window, channel and outlet) was written before any passage was
run (commit 77b8d64, before any rule). A window is (earliest, latest). Each quote is found by a key
of its own words.

First run (main a91e203), 141 records written first in 48 passages: content 139, name 115, mention
133, said_on 140, channel 133; 105 right in every field (one record was not found because its key,
"salaried class", was words of the question, not of the quote: the key was changed to "next
budget" after the run, its expected values not). After the rules of branch names20: content 140,
name 139, mention 137, said_on 141, channel 134; 129 right in every field.
"""
from __future__ import annotations

import pytest

import saidwhen

from written_first import R, passage_params, r, record_differences


def p(*sentences: str) -> str:
    return " ".join(sentences)


D = "2026-11-18"  # a Wednesday: every passage's date
F = ("2026-11-15", D)  # fresh news with no time of its own
SUN, MON, TUE = "2026-11-15", "2026-11-16", "2026-11-17"
SINCE_TUE = (TUE, D)

PASSAGES = [
    # --- Police and armies as the papers of other countries write them -------------------------
    ("ie-gardai", p(
        "Gardaí are investigating the death of a man in his 40s whose body was found in a house in "
        "Tallaght, Co Dublin, on Tuesday morning.",
        "Gardaí said a post-mortem examination would take place on Wednesday.",
        "“We are appealing to anyone who was in the Kilnamanagh area on Monday night to come "
        "forward,” a Garda spokesperson said.",
        "Local councillor Sinéad Ní Bhriain said the community was in shock.",
        "“This is a quiet estate where everybody knows everybody,” Ms Ní Bhriain said."), [
        r("post-mortem", "a post-mortem examination would take place on Wednesday", None, "Gardaí", F),
        r("appealing to anyone", "“We are appealing to anyone who was in the Kilnamanagh area on Monday "
          "night to come forward,”", None, "a Garda spokesperson", F),
        r("in shock", "the community was in shock", "Sinéad Ní Bhriain", "Local councillor Sinéad Ní Bhriain", F),
        r("quiet estate", "“This is a quiet estate where everybody knows everybody,”", "Sinéad Ní Bhriain",
          "Ms Ní Bhriain", F),
    ]),
    ("ni-psni", p(
        "Police in Northern Ireland have arrested two men after a pipe bomb was found outside a house in "
        "north Belfast.",
        "The Police Service of Northern Ireland (PSNI) said the device had been made safe by Army "
        "technical officers.",
        "“This was a reckless act that could have killed a child,” Detective Inspector Ruth McCandless "
        "said.",
        "The PSNI said the men, aged 23 and 31, were being questioned at Musgrave Serious Crime Suite."), [
        r("made safe", "the device had been made safe by Army technical officers",
          "Police Service of Northern Ireland", "The Police Service of Northern Ireland (PSNI)", F),
        r("reckless act", "“This was a reckless act that could have killed a child,”", "Ruth McCandless",
          "Detective Inspector Ruth McCandless", F),
        r("aged 23", "the men, aged 23 and 31, were being questioned at Musgrave Serious Crime Suite",
          "Police Service of Northern Ireland", "The PSNI", F),
    ]),
    ("au-adf", p(
        "The Australian Defence Force has grounded its fleet of Black Hawk helicopters after a crack was "
        "found in a rotor hub during routine maintenance at Oakey.",
        "“Out of an abundance of caution, all aircraft of the type will remain on the ground until "
        "inspections are complete,” the ADF said in a statement on Tuesday.",
        "Defence Minister Richard Marles told the ABC the grounding would not affect flood relief in "
        "Queensland."), [
        r("abundance of caution", "“Out of an abundance of caution, all aircraft of the type will remain on "
          "the ground until inspections are complete,”", "Australian Defence Force", "the ADF", TUE,
          "statement"),
        r("flood relief", "the grounding would not affect flood relief in Queensland", "Richard Marles",
          "Defence Minister Richard Marles", F, "interview", "ABC"),
    ]),
    ("in-jawans", p(
        "Two jawans of the Border Security Force were injured when militants fired on a patrol near the "
        "Line of Control in Poonch district on Tuesday.",
        "“The jawans returned fire and the militants fled towards the forest,” a BSF spokesperson said.",
        "Jawans said the firing lasted nearly twenty minutes.",
        "Inspector General Shri Ashok Kumar Yadav said the area had been cordoned off."), [
        r("returned fire", "“The jawans returned fire and the militants fled towards the forest,”", None,
          "a BSF spokesperson", SINCE_TUE),
        r("lasted nearly", "the firing lasted nearly twenty minutes", None, "Jawans", SINCE_TUE),
        r("cordoned off", "the area had been cordoned off", "Ashok Kumar Yadav",
          "Inspector General Shri Ashok Kumar Yadav", SINCE_TUE),
    ]),
    ("uk-the-met", p(
        "A man has been charged with attempted murder after a stabbing at a bus stop in Croydon on Monday "
        "evening, the Metropolitan Police said.",
        "The victim, a 19-year-old man, is in a stable condition in hospital.",
        "“This was a shocking attack in broad daylight,” Det Ch Insp Angela Forsyth said.",
        "The Met said the man, 24, would appear at Croydon Magistrates' Court on Wednesday."), [
        r("attempted murder", "A man has been charged with attempted murder after a stabbing at a bus stop "
          "in Croydon on Monday evening", "Metropolitan Police", "the Metropolitan Police", (MON, D)),
        r("shocking attack", "“This was a shocking attack in broad daylight,”", "Angela Forsyth",
          "Det Ch Insp Angela Forsyth", F),
        r("Croydon Magistrates", "the man, 24, would appear at Croydon Magistrates' Court on Wednesday",
          "Metropolitan Police", "The Met", F),
    ]),
    ("za-saps", p(
        "Eleven suspects have been arrested after a cash-in-transit heist on the R21 near Kempton Park.",
        "Police spokesperson Colonel Dimakatso Sello said the suspects were found with explosives and "
        "rifles.",
        "“These are dangerous men who will not hesitate to shoot,” Sello said.",
        "The SAPS said the suspects would appear in the Benoni Magistrate's Court on Thursday."), [
        r("explosives and rifles", "the suspects were found with explosives and rifles", "Dimakatso Sello",
          "Police spokesperson Colonel Dimakatso Sello", F),
        r("will not hesitate", "“These are dangerous men who will not hesitate to shoot,”", "Dimakatso Sello",
          "Sello", F),
        r("Benoni", "the suspects would appear in the Benoni Magistrate's Court on Thursday", "SAPS",
          "The SAPS", F),
    ]),
    ("au-afp", p(
        "The Australian Federal Police has charged a Sydney man with importing 400 kilograms of cocaine "
        "hidden in a shipment of tiles.",
        "“This is one of the largest seizures at Port Botany this year,” AFP Commander Hannah Lowry said.",
        "The AFP said the man, 38, would face Parramatta Local Court on Wednesday."), [
        r("largest seizures", "“This is one of the largest seizures at Port Botany this year,”",
          "Hannah Lowry", "AFP Commander Hannah Lowry", F),
        r("Parramatta", "the man, 38, would face Parramatta Local Court on Wednesday",
          "Australian Federal Police", "The AFP", F),
    ]),
    ("nz-police-fire", p(
        "Police are investigating a fire that destroyed a church in Hamilton overnight.",
        "Detective Senior Sergeant Ngaire Tapsell said the fire was being treated as suspicious.",
        "“We would like to hear from anyone who saw a grey ute in the area,” she said.",
        "Fire and Emergency New Zealand (FENZ) said crews had been called at 2.40am."), [
        r("treated as suspicious", "the fire was being treated as suspicious", "Ngaire Tapsell",
          "Detective Senior Sergeant Ngaire Tapsell", F),
        r("grey ute", "“We would like to hear from anyone who saw a grey ute in the area,”", "Ngaire Tapsell",
          "she", F),
        r("2.40am", "crews had been called at 2.40am", "Fire and Emergency New Zealand",
          "Fire and Emergency New Zealand (FENZ)", F),
    ]),
    ("pk-ispr", p(
        "Six soldiers were martyred in an attack on a check post in North Waziristan on Tuesday night, the "
        "Inter-Services Public Relations (ISPR) said on Wednesday.",
        "Four of the attackers were killed in the exchange of fire.",
        "“Such cowardly acts will not deter the resolve of the security forces,” the ISPR said."), [
        r("Six soldiers", "Six soldiers were martyred in an attack on a check post in North Waziristan on "
          "Tuesday night", "Inter-Services Public Relations", "the Inter-Services Public Relations (ISPR)", D),
        r("cowardly acts", "“Such cowardly acts will not deter the resolve of the security forces,”",
          "Inter-Services Public Relations", "the ISPR", SINCE_TUE),
    ]),
    ("in-mumbai-cops", p(
        "A 28-year-old man was arrested in Andheri for allegedly cheating over 200 job seekers, the Mumbai "
        "Police said on Tuesday.",
        "Cops said the accused collected Rs 25,000 from each victim promising jobs in Dubai.",
        "“He used fake offer letters on the letterhead of a real company,” Senior Inspector Smt. Rekha "
        "Pawar of the DN Nagar police station said."), [
        r("allegedly cheating", "A 28-year-old man was arrested in Andheri for allegedly cheating over 200 "
          "job seekers", "Mumbai Police", "the Mumbai Police", TUE),
        r("Rs 25,000", "the accused collected Rs 25,000 from each victim promising jobs in Dubai", None,
          "Cops", F),
        r("fake offer letters", "“He used fake offer letters on the letterhead of a real company,”",
          "Rekha Pawar", "Senior Inspector Smt. Rekha Pawar of the DN Nagar police station", F),
    ]),

    # --- Newspapers with "The" in their names; a board named in Irish ---------------------------
    ("in-the-hindu", p(
        "The Hindu reported on Monday that the Tamil Nadu government would extend its breakfast scheme to "
        "aided schools.",
        "“The order will be issued before the end of the month,” the newspaper said, citing officials in "
        "the School Education Department.",
        "School Education Minister Smt. Kavitha Raman said she had not seen the report."), [
        r("breakfast scheme", "that the Tamil Nadu government would extend its breakfast scheme to aided "
          "schools", "Hindu", "The Hindu", MON, "report"),
        r("order will be issued", "“The order will be issued before the end of the month,”", "Hindu",
          "the newspaper", F),
        r("not seen the report", "she had not seen the report", "Kavitha Raman",
          "School Education Minister Smt. Kavitha Raman", F),
    ]),
    ("ie-irish-times", p(
        "The Irish Times reported on Tuesday that the Health Service Executive (HSE) would cap spending on "
        "agency staff at €300 million next year.",
        "In a statement, the HSE said it did not comment on leaked documents.",
        "“Every euro spent on agency nurses is a euro not spent on permanent posts,” Fórsa official Eoin "
        "Mac Giolla Rí said."), [
        r("cap spending", "that the Health Service Executive (HSE) would cap spending on agency staff at "
          "€300 million next year", "Irish Times", "The Irish Times", TUE, "report"),
        r("leaked documents", "it did not comment on leaked documents", "Health Service Executive", "the HSE",
          F, "statement"),
        r("Every euro", "“Every euro spent on agency nurses is a euro not spent on permanent posts,”",
          "Eoin Mac Giolla Rí", "Fórsa official Eoin Mac Giolla Rí", F),
    ]),
    ("ie-an-bord-pleanala", p(
        "An Bord Pleanála has refused permission for a 600-bed hotel at Dublin Port, overruling Dublin City "
        "Council.",
        "In its decision, the board said the scale of the building would “dominate the skyline of the "
        "docklands.”",
        "The developer, Liffey Quays Ltd, said it was considering a judicial review."), [
        r("dominate the skyline", "the scale of the building would “dominate the skyline of the docklands.”",
          "An Bord Pleanála", "the board", F),
        r("judicial review", "it was considering a judicial review", "Liffey Quays Ltd",
          "The developer, Liffey Quays Ltd", F),
    ]),

    # --- Surnames with particles and abbreviations ---------------------------------------------
    ("au-st-pierre", p(
        "Western Bulldogs coach Luke St. Pierre says his side must fix its defence before the finals.",
        "“We leaked too many goals from turnovers,” St. Pierre said after Saturday's loss to Geelong.",
        "“That's on me as much as the players.”",
        "The club's football manager, Dean van der Berg, said no player would be dropped."), [
        r("fix its defence", "his side must fix its defence before the finals", "Luke St. Pierre",
          "Western Bulldogs coach Luke St. Pierre", F),
        r("leaked too many", "“We leaked too many goals from turnovers,”", "Luke St. Pierre", "St. Pierre",
          ("2026-11-14", D)),
        r("on me as much", "“That's on me as much as the players.”", "Luke St. Pierre", None,
          ("2026-11-14", D)),
        r("no player", "no player would be dropped", "Dean van der Berg",
          "The club's football manager, Dean van der Berg", F),
    ]),
    ("za-van-der-berg", p(
        "Eskom will implement stage 2 load shedding from 16:00 on Wednesday after the failure of two "
        "generating units at Kusile, the power utility said.",
        "Eskom's chief operating officer, Pieter van der Berg, said the units would return to service by "
        "the weekend.",
        "“We understand the frustration of South Africans,” Van der Berg told reporters in Johannesburg.",
        "“But we would rather shed load than risk a total blackout.”",
        "Energy analyst Thandeka du Plessis said the utility had cut maintenance too far."), [
        r("stage 2", "Eskom will implement stage 2 load shedding from 16:00 on Wednesday after the failure of "
          "two generating units at Kusile", "Eskom", "the power utility", F),
        r("return to service", "the units would return to service by the weekend", "Pieter van der Berg",
          "Eskom's chief operating officer, Pieter van der Berg", F),
        r("frustration", "“We understand the frustration of South Africans,”", "Pieter van der Berg",
          "Van der Berg", F),
        r("shed load", "“But we would rather shed load than risk a total blackout.”", "Pieter van der Berg",
          None, F),
        r("cut maintenance", "the utility had cut maintenance too far", "Thandeka du Plessis",
          "Energy analyst Thandeka du Plessis", F),
    ]),
    ("pk-bin-faisal", p(
        "Saudi Arabia's Minister of Investment, Khalid bin Faisal Al-Rashid, said in Islamabad on Tuesday "
        "that the kingdom would invest $5 billion in the Reko Diq copper project.",
        "“Pakistan is a brother and a partner,” Mr bin Faisal said.",
        "Special Assistant to the Prime Minister Dr. Sania Tariq said the first tranche would arrive in "
        "March."), [
        r("$5 billion", "that the kingdom would invest $5 billion in the Reko Diq copper project",
          "Khalid bin Faisal Al-Rashid", "Saudi Arabia's Minister of Investment, Khalid bin Faisal Al-Rashid",
          TUE),
        r("brother and a partner", "“Pakistan is a brother and a partner,”", "Khalid bin Faisal Al-Rashid",
          "Mr bin Faisal", SINCE_TUE),
        r("first tranche", "the first tranche would arrive in March", "Sania Tariq",
          "Special Assistant to the Prime Minister Dr. Sania Tariq", F),
    ]),
    ("ie-ni-bhriain-nic-aodha", "\n\n".join([
        "Fewer people were in emergency accommodation in October than in September, for a third month in "
        "a row.",
        "Minister for Housing Cathal Ó Súilleabháin said the fall showed that new rules for tenancies were "
        "working.",
        "Sinn Féin's housing spokeswoman, Deirdre Nic Aodha, said the figures still showed more than 14,000 "
        "people in hotels and hostels. “That is not a success by any measure,” Ms Nic Aodha said.",
        "The Simon Communities said families were spending longer in emergency accommodation than a year "
        "ago.",
        "Speaking in Cork, he said he would bring a memo to Cabinet next week on vacant properties. “We "
        "have 160,000 empty homes in this country and I want every one of them back in use,” he said."]), [
        r("new rules for tenancies", "the fall showed that new rules for tenancies were working",
          "Cathal Ó Súilleabháin", "Minister for Housing Cathal Ó Súilleabháin", F),
        r("14,000", "the figures still showed more than 14,000 people in hotels and hostels",
          "Deirdre Nic Aodha", "Sinn Féin's housing spokeswoman, Deirdre Nic Aodha", F),
        r("not a success", "“That is not a success by any measure,”", "Deirdre Nic Aodha", "Ms Nic Aodha", F),
        r("spending longer", "families were spending longer in emergency accommodation than a year ago",
          "Simon Communities", "The Simon Communities", F),
        r("memo to Cabinet", "he would bring a memo to Cabinet next week on vacant properties",
          "Cathal Ó Súilleabháin", "he", F),
        r("160,000", "“We have 160,000 empty homes in this country and I want every one of them back in "
          "use,”", "Cathal Ó Súilleabháin", "he", F),
    ]),
    ("nz-te-kani", p(
        "Te Pāti Māori MP Hana-Rāwhiti Te Kani said the Government's changes to the Treaty clauses in "
        "health law would be fought in every marae.",
        "“Our people were not asked, and they will not be silent,” Te Kani said.",
        "Health Minister Simon Bridgewater said consultation had been wide."), [
        r("every marae", "the Government's changes to the Treaty clauses in health law would be fought in "
          "every marae", "Hana-Rāwhiti Te Kani", "Te Pāti Māori MP Hana-Rāwhiti Te Kani", F),
        r("not be silent", "“Our people were not asked, and they will not be silent,”", "Hana-Rāwhiti Te Kani",
          "Te Kani", F),
        r("consultation", "consultation had been wide", "Simon Bridgewater", "Health Minister Simon Bridgewater",
          F),
    ]),
    ("za-du-toit", p(
        "Agri SA president Johannes du Toit said the drought in the Western Cape would cut the wheat crop by "
        "a third.",
        "“Farmers have not seen a season like this since 2017,” Du Toit said.",
        "Sakeliga economist Marike de Villiers-Ras said bread prices would rise by March."), [
        r("by a third", "the drought in the Western Cape would cut the wheat crop by a third",
          "Johannes du Toit", "Agri SA president Johannes du Toit", F),
        r("since 2017", "“Farmers have not seen a season like this since 2017,”", "Johannes du Toit", "Du Toit",
          F),
        r("bread prices", "bread prices would rise by March", "Marike de Villiers-Ras",
          "Sakeliga economist Marike de Villiers-Ras", F),
    ]),
    ("uk-st-helens", p(
        "Oliver McAteer, the Labour MP for St Helens South, said the closure of the glassworks would cost "
        "900 jobs.",
        "“This town was built on glass,” Mr McAteer said.",
        "The company said it had lost money on the site for five years."), [
        r("900 jobs", "the closure of the glassworks would cost 900 jobs", "Oliver McAteer",
          "Oliver McAteer, the Labour MP for St Helens South", F),
        r("built on glass", "“This town was built on glass,”", "Oliver McAteer", "Mr McAteer", F),
        r("lost money", "it had lost money on the site for five years", None, "The company", F),
    ]),

    # --- Stacks of honorifics ------------------------------------------------------------------
    ("my-datuk-seri-dr", p(
        "Deputy Prime Minister Datuk Seri Dr. Ahmad Faizal bin Hamzah said the government would table "
        "amendments to the Road Transport Act in the Dewan Rakyat next month.",
        "“No more will drunk drivers walk away with a fine,” he told a press conference at Parliament on "
        "Tuesday.",
        "Malaysian Institute of Road Safety Research director-general Datuk Prof. Siti Aishah Mohd Yusof "
        "welcomed the move.",
        "“Enforcement must come with the law,” she said."), [
        r("table amendments", "the government would table amendments to the Road Transport Act in the Dewan "
          "Rakyat next month", "Ahmad Faizal bin Hamzah",
          "Deputy Prime Minister Datuk Seri Dr. Ahmad Faizal bin Hamzah", F),
        r("drunk drivers", "“No more will drunk drivers walk away with a fine,”", "Ahmad Faizal bin Hamzah",
          "he", TUE, "news conference"),
        r("Enforcement must", "“Enforcement must come with the law,”", "Siti Aishah Mohd Yusof", "she", F),
    ]),
    ("my-azmi", p(
        "Selangor police chief Datuk Azmi Abu Kassim said 12 people had been detained over a Macau scam "
        "syndicate that posed as bank officers.",
        "“The syndicate targeted retirees who lived alone,” he said at a press conference at the state police "
        "headquarters in Shah Alam yesterday.",
        "Azmi said the syndicate had cheated victims of RM3.2 million since January."), [
        r("12 people", "12 people had been detained over a Macau scam syndicate that posed as bank officers",
          "Azmi Abu Kassim", "Selangor police chief Datuk Azmi Abu Kassim", F),
        r("targeted retirees", "“The syndicate targeted retirees who lived alone,”", "Azmi Abu Kassim", "he",
          TUE, "news conference"),
        r("RM3.2 million", "the syndicate had cheated victims of RM3.2 million since January",
          "Azmi Abu Kassim", "Azmi", F),
    ]),
    ("my-tun-dr", p(
        "Former prime minister Tun Dr. Hamzah Yusof said the ringgit's fall was the result of years of poor "
        "policy.",
        "“You cannot blame the Americans for everything,” Dr. Hamzah told reporters after Friday prayers in "
        "Putrajaya.",
        "Finance Ministry secretary-general Datuk Johan Mahmood said the ringgit would recover."), [
        r("poor policy", "the ringgit's fall was the result of years of poor policy", "Hamzah Yusof",
          "Former prime minister Tun Dr. Hamzah Yusof", F),
        r("blame the Americans", "“You cannot blame the Americans for everything,”", "Hamzah Yusof",
          "Dr. Hamzah", ("2026-11-13", D)),
        r("would recover", "the ringgit would recover", "Johan Mahmood",
          "Finance Ministry secretary-general Datuk Johan Mahmood", F),
    ]),
    ("in-shri-smt", p(
        "Delhi Chief Minister Smt. Meenakshi Arora on Tuesday promised free bus travel for school students "
        "in the capital.",
        "“No child should miss school because of a bus fare,” the Chief Minister said in Rohini.",
        "Leader of Opposition Shri Vijender Mehta said the scheme was a pre-election gimmick."), [
        r("No child", "“No child should miss school because of a bus fare,”", "Meenakshi Arora",
          "the Chief Minister", SINCE_TUE),
        r("gimmick", "the scheme was a pre-election gimmick", "Vijender Mehta",
          "Leader of Opposition Shri Vijender Mehta", F),
    ]),
    ("in-padma-shri", p(
        "Padma Shri awardee and classical singer Pandit Raghunath Deshpande, 84, died in Pune on Tuesday.",
        "His son, Dr. Anand Deshpande, said he passed away peacefully in his sleep.",
        "“Baba sang till the very last week,” he said."), [
        r("peacefully", "he passed away peacefully in his sleep", "Anand Deshpande",
          "His son, Dr. Anand Deshpande", SINCE_TUE),
        r("very last week", "“Baba sang till the very last week,”", "Anand Deshpande", "he", SINCE_TUE),
    ]),
    ("ng-engr-alhaji-dr", p(
        "The Lagos State Government has banned commercial motorcycles on 12 more highways from December 1.",
        "The Commissioner for Transportation, Engr. Olawale Adeyemi-Bankole, said the ban followed a rise in "
        "crashes.",
        "“We lost 41 lives on these roads in three months,” Adeyemi-Bankole said.",
        "The chairman of the motorcycle riders' association, Alhaji Dr. Yusuf Garba Dambatta, said his "
        "members would go to court.",
        "“Our people have families to feed,” he said."), [
        r("rise in crashes", "the ban followed a rise in crashes", "Olawale Adeyemi-Bankole",
          "The Commissioner for Transportation, Engr. Olawale Adeyemi-Bankole", F),
        r("41 lives", "“We lost 41 lives on these roads in three months,”", "Olawale Adeyemi-Bankole",
          "Adeyemi-Bankole", F),
        r("go to court", "his members would go to court", "Yusuf Garba Dambatta",
          "The chairman of the motorcycle riders' association, Alhaji Dr. Yusuf Garba Dambatta", F),
        r("families to feed", "“Our people have families to feed,”", "Yusuf Garba Dambatta", "he", F),
    ]),
    ("ng-rt-hon", p(
        "The Speaker of the House of Representatives, Rt. Hon. Chinedu Okonkwo-Ibe, has said the 2027 budget "
        "will be passed before Christmas.",
        "Speaking at plenary on Tuesday, Okonkwo-Ibe said committees had finished their defence sessions.",
        "“No ministry will be allowed to hold the budget to ransom,” the Speaker said."), [
        r("before Christmas", "the 2027 budget will be passed before Christmas", "Chinedu Okonkwo-Ibe",
          "The Speaker of the House of Representatives, Rt. Hon. Chinedu Okonkwo-Ibe", None),
        r("defence sessions", "committees had finished their defence sessions", "Chinedu Okonkwo-Ibe",
          "Okonkwo-Ibe", TUE, "parliament"),
        r("to ransom", "“No ministry will be allowed to hold the budget to ransom,”", "Chinedu Okonkwo-Ibe",
          "the Speaker", SINCE_TUE),
    ]),
    ("ke-prof-cs", p(
        "Interior Cabinet Secretary Prof. Daniel Kiprono Chebet has ordered the reopening of 14 schools closed "
        "by banditry in the Kerio Valley.",
        "Speaking in Eldoret on Tuesday, Prof. Chebet said police would camp at every school.",
        "“No child in Kerio Valley will sit at home because of bandits,” the CS said.",
        "Elgeyo-Marakwet Woman Representative Hon. Caroline Jepkorir said residents had lost faith in "
        "promises."), [
        r("camp at every school", "police would camp at every school", "Daniel Kiprono Chebet", "Prof. Chebet",
          TUE),
        r("sit at home", "“No child in Kerio Valley will sit at home because of bandits,”",
          "Daniel Kiprono Chebet", "the CS", SINCE_TUE),
        r("lost faith", "residents had lost faith in promises", "Caroline Jepkorir",
          "Elgeyo-Marakwet Woman Representative Hon. Caroline Jepkorir", F),
    ]),
    ("pk-justice-retd", p(
        "The Punjab government has set up a commission headed by Justice (retd) Khalid Mahmood Cheema to "
        "probe the smog emergency in Lahore.",
        "Provincial Information Minister Sadia Anwar Malik said the commission would report within 30 days.",
        "“Those who burnt crops in defiance of the ban will face the law,” Malik said at a press conference "
        "in Lahore."), [
        r("within 30 days", "the commission would report within 30 days", "Sadia Anwar Malik",
          "Provincial Information Minister Sadia Anwar Malik", F),
        r("burnt crops", "“Those who burnt crops in defiance of the ban will face the law,”",
          "Sadia Anwar Malik", "Malik", F, "news conference"),
    ]),

    # --- A pronoun far from its name; runs of quotes --------------------------------------------
    ("uk-pronoun-far", p(
        "Dame Harriet Colquhoun, the chair of the Commons Treasury Committee, said the Bank of England had "
        "moved too slowly on inflation.",
        "The committee's report was published on Tuesday after a year-long inquiry.",
        "Economists at three City banks had warned of the same problem last year.",
        "The Bank declined to comment.",
        "“We are not in the business of blaming individuals,” she said.",
        "“But the institution must learn.”"), [
        r("too slowly", "the Bank of England had moved too slowly on inflation", "Harriet Colquhoun",
          "Dame Harriet Colquhoun, the chair of the Commons Treasury Committee", F),
        r("blaming individuals", "“We are not in the business of blaming individuals,”", "Harriet Colquhoun",
          "she", F),
        r("must learn", "“But the institution must learn.”", "Harriet Colquhoun", None, F),
    ]),
    ("pk-run-of-quotes", p(
        "Finance Minister Senator Zubair Ahmed Lodhi told a post-budget press conference in Islamabad on "
        "Tuesday that the government would not raise the petroleum levy again this year.",
        "“We have heard the people,” Lodhi said.",
        "“The IMF programme is on track. The next tranche will come in January. There is no need for new "
        "taxes.”",
        "Asked about the salaried class, he said relief would come in the next budget.",
        "“I cannot promise more than I can deliver.”"), [
        r("petroleum levy", "that the government would not raise the petroleum levy again this year",
          "Zubair Ahmed Lodhi", "Finance Minister Senator Zubair Ahmed Lodhi", TUE, "news conference"),
        r("heard the people", "“We have heard the people,”", "Zubair Ahmed Lodhi", "Lodhi", SINCE_TUE),
        r("IMF programme", "“The IMF programme is on track. The next tranche will come in January. There is "
          "no need for new taxes.”", "Zubair Ahmed Lodhi", None, SINCE_TUE),
        r("next budget", "relief would come in the next budget", "Zubair Ahmed Lodhi", "he", SINCE_TUE),
        r("cannot promise", "“I cannot promise more than I can deliver.”", "Zubair Ahmed Lodhi", None,
          SINCE_TUE),
    ]),
    ("ke-run-after-widow", p(
        "Mary Atieno, the widow of boda boda rider Samuel Otieno, said she had waited five months for an "
        "inquest into his death.",
        "“Nobody from the police has come to tell me anything,” Atieno said.",
        "“I have three children. They ask me every day what happened to their father.”",
        "The Independent Policing Oversight Authority (IPOA) said its investigation was complete."), [
        r("five months", "she had waited five months for an inquest into his death", "Mary Atieno",
          "Mary Atieno, the widow of boda boda rider Samuel Otieno", F),
        r("tell me anything", "“Nobody from the police has come to tell me anything,”", "Mary Atieno",
          "Atieno", F),
        r("three children", "“I have three children. They ask me every day what happened to their father.”",
          "Mary Atieno", None, F),
        r("investigation was complete", "its investigation was complete",
          "Independent Policing Oversight Authority", "The Independent Policing Oversight Authority (IPOA)", F),
    ]),

    # --- Bodies speaking as "the company", "the ministry", "the board" ---------------------------
    ("ng-the-company", p(
        "Okpella Cement Plc has raised the price of a 50kg bag of cement to N9,500, the company said in a "
        "filing to the Nigerian Exchange on Tuesday.",
        "It blamed the naira's fall against the dollar.",
        "“Our input costs have risen by more than 60 per cent in a year,” the company said.",
        "The Cement Distributors Association said builders would pay the price."), [
        r("N9,500", "Okpella Cement Plc has raised the price of a 50kg bag of cement to N9,500",
          "Okpella Cement Plc", "the company", TUE, "report"),
        r("input costs", "“Our input costs have risen by more than 60 per cent in a year,”",
          "Okpella Cement Plc", "the company", SINCE_TUE),
        r("builders would pay", "builders would pay the price", "Cement Distributors Association",
          "The Cement Distributors Association", F),
    ]),
    ("ke-the-ministry", p(
        "The Ministry of Health has suspended the licences of 14 private hospitals over fraudulent claims "
        "to the Social Health Authority.",
        "“These facilities billed for patients who were never admitted,” the ministry said in a statement "
        "on Tuesday.",
        "KMPDU secretary-general Dr. Otieno Wafula said the union supported the crackdown."), [
        r("never admitted", "“These facilities billed for patients who were never admitted,”",
          "Ministry of Health", "the ministry", TUE, "statement"),
        r("supported the crackdown", "the union supported the crackdown", "Otieno Wafula",
          "KMPDU secretary-general Dr. Otieno Wafula", F),
    ]),
    ("za-the-board", p(
        "The South African Sugar Board will cut the health levy paid by growers from April, it said on "
        "Tuesday.",
        "Cane growers in KwaZulu-Natal have lost R1.2 billion since the levy was introduced.",
        "“Growers cannot carry this cost alone,” the board said."), [
        r("health levy", "The South African Sugar Board will cut the health levy paid by growers from April",
          "South African Sugar Board", "it", TUE),
        r("carry this cost", "“Growers cannot carry this cost alone,”", "South African Sugar Board",
          "the board", SINCE_TUE),
    ]),
    ("za-the-department", p(
        "The Department of Basic Education says the 2026 matric results will be released on January 13.",
        "More than 880,000 candidates wrote the exams.",
        "“Marking has gone smoothly in all nine provinces,” the department said."), [
        r("matric results", "the 2026 matric results will be released on January 13",
          "Department of Basic Education", "The Department of Basic Education", F),
        r("Marking has gone", "“Marking has gone smoothly in all nine provinces,”",
          "Department of Basic Education", "the department", F),
    ]),
    ("au-the-company", p(
        "Regional carrier Southern Skies Airlines will stop flying to eight country towns from February, "
        "chief executive Mark Hollings said on Tuesday.",
        "The company blamed a shortage of pilots.",
        "“We have tried everything to keep these routes going,” the company said.",
        "Minister for Regional Transport Kate Dunlevy said the decision was “a kick in the guts” for the "
        "bush."), [
        r("eight country towns", "Regional carrier Southern Skies Airlines will stop flying to eight country "
          "towns from February", "Mark Hollings", "chief executive Mark Hollings", TUE),
        r("tried everything", "“We have tried everything to keep these routes going,”",
          "Southern Skies Airlines", "the company", F),
        r("kick in the guts", "the decision was “a kick in the guts” for the bush", "Kate Dunlevy",
          "Minister for Regional Transport Kate Dunlevy", F),
    ]),
    ("uk-the-council", p(
        "Birmingham City Council will close 12 libraries and two swimming pools next year.",
        "The local authority said it had to save £300 million by 2028.",
        "“These are decisions no council wants to make,” council leader Cllr Yasmin Akhtar said.",
        "“We will keep the doors open wherever volunteers come forward,” the council said in a statement."), [
        r("save £300 million", "it had to save £300 million by 2028", "Birmingham City Council",
          "The local authority", F),
        r("no council wants", "“These are decisions no council wants to make,”", "Yasmin Akhtar",
          "council leader Cllr Yasmin Akhtar", F),
        r("doors open", "“We will keep the doors open wherever volunteers come forward,”",
          "Birmingham City Council", "the council", F, "statement"),
    ]),
    ("ng-the-agency", p(
        "The National Agency for Food and Drug Administration and Control (NAFDAC) has recalled a brand of "
        "cough syrup found to contain diethylene glycol.",
        "“Parents should stop using the product at once,” the agency said.",
        "Pharmacists in Kano said the syrup had been on sale for a year."), [
        r("stop using", "“Parents should stop using the product at once,”",
          "National Agency for Food and Drug Administration and Control", "the agency", F),
        r("on sale for a year", "the syrup had been on sale for a year", None, "Pharmacists in Kano", F),
    ]),
    ("nz-health-nz", p(
        "Health New Zealand says it will recruit 300 overseas nurses before winter to ease pressure on "
        "emergency departments.",
        "Chief executive Dr Mere Tūhoe-Walker said the first 80 would arrive in March.",
        "“Our emergency departments cannot go through another winter like the last one,” she said.",
        "The New Zealand Nurses Organisation said the plan ignored the nurses already here.",
        "“Pay them properly and they will stay,” NZNO kaiwhakahaere Aroha Te Huia said."), [
        r("recruit 300", "it will recruit 300 overseas nurses before winter to ease pressure on emergency "
          "departments", "Health New Zealand", "Health New Zealand", F),
        r("first 80", "the first 80 would arrive in March", "Mere Tūhoe-Walker",
          "Chief executive Dr Mere Tūhoe-Walker", F),
        r("another winter", "“Our emergency departments cannot go through another winter like the last one,”",
          "Mere Tūhoe-Walker", "she", F),
        r("ignored the nurses", "the plan ignored the nurses already here", "New Zealand Nurses Organisation",
          "The New Zealand Nurses Organisation", F),
        r("Pay them properly", "“Pay them properly and they will stay,”", "Aroha Te Huia",
          "NZNO kaiwhakahaere Aroha Te Huia", F),
    ]),

    # --- The interviewer or the person spoken about ---------------------------------------------
    ("uk-interviewer", p(
        "The Business Secretary, Jonathan Reyes, told BBC Radio 4's Today programme that the steelworks "
        "would not close.",
        "Asked by presenter Nick Ashworth whether jobs were safe, Mr Reyes said: “I can't give a guarantee "
        "on every job, but I can give a guarantee on the plant.”",
        "Unite's regional secretary, Alan Pritchard, said workers had heard such promises before."), [
        r("would not close", "that the steelworks would not close", "Jonathan Reyes",
          "The Business Secretary, Jonathan Reyes", F, "interview", "BBC Radio 4"),
        r("guarantee on the plant", "“I can't give a guarantee on every job, but I can give a guarantee on "
          "the plant.”", "Jonathan Reyes", "Mr Reyes", F),
        r("such promises", "workers had heard such promises before", "Alan Pritchard",
          "Unite's regional secretary, Alan Pritchard", F),
    ]),
    ("in-interviewer", p(
        "In an interview with this newspaper's Ritu Sharma, Union Minister of State for Power Shri Prakash "
        "Naidu said the grid would meet peak demand this summer.",
        "“We have added 18 GW of solar since March,” Shri Naidu said."), [
        r("peak demand", "the grid would meet peak demand this summer", "Prakash Naidu",
          "Union Minister of State for Power Shri Prakash Naidu", F, "interview"),
        r("18 GW", "“We have added 18 GW of solar since March,”", "Prakash Naidu", "Shri Naidu", F),
    ]),
    ("ke-host", p(
        "Appearing on NTV's Fixing the Nation on Sunday night, Treasury CS Mbugua Njenga told host Ann "
        "Wanjiru that the Finance Bill would not touch bread.",
        "“Bread stays zero-rated, full stop,” Njenga said.",
        "Wanjiru pressed him on the fuel levy."), [
        r("touch bread", "that the Finance Bill would not touch bread", "Mbugua Njenga",
          "Treasury CS Mbugua Njenga", SUN, "interview", "NTV"),
        r("zero-rated", "“Bread stays zero-rated, full stop,”", "Mbugua Njenga", "Njenga", SUN),
    ]),
    ("ke-spoken-about", p(
        "Nyeri Senator Wambui Gakuru said President Omondi had lied to farmers.",
        "“The President promised fertiliser at Sh2,500 a bag and farmers are paying Sh6,000,” Gakuru said "
        "at a rally in Othaya.",
        "State House spokesperson Hussein Mwangi dismissed the claims.",
        "“The senator knows the subsidy reached 1.2 million farmers,” he said."), [
        r("lied to farmers", "President Omondi had lied to farmers", "Wambui Gakuru",
          "Nyeri Senator Wambui Gakuru", F),
        r("Sh2,500", "“The President promised fertiliser at Sh2,500 a bag and farmers are paying Sh6,000,”",
          "Wambui Gakuru", "Gakuru", F, "speech"),
        r("1.2 million farmers", "“The senator knows the subsidy reached 1.2 million farmers,”",
          "Hussein Mwangi", "he", F),
    ]),
    ("za-spoken-about", p(
        "Sharks coach Neil Pretorius said he had spoken to flyhalf Curwin van Wyk about his form.",
        "“Curwin knows he has to kick better, and he will,” Pretorius said.",
        "Van Wyk missed four of six kicks at goal in Saturday's defeat to Leinster."), [
        r("spoken to flyhalf", "he had spoken to flyhalf Curwin van Wyk about his form", "Neil Pretorius",
          "Sharks coach Neil Pretorius", F),
        r("kick better", "“Curwin knows he has to kick better, and he will,”", "Neil Pretorius", "Pretorius", F),
    ]),
    ("au-spoken-about-quote", p(
        "Greens senator Talia Ngata-Brown said the Prime Minister had broken his word on the climate "
        "target.",
        "“He told Pacific leaders one thing in Tonga and told Parliament another,” she said.",
        "A spokesman for the Prime Minister said the target had not changed."), [
        r("broken his word", "the Prime Minister had broken his word on the climate target",
          "Talia Ngata-Brown", "Greens senator Talia Ngata-Brown", F),
        r("one thing in Tonga", "“He told Pacific leaders one thing in Tonga and told Parliament another,”",
          "Talia Ngata-Brown", "she", F),
        r("had not changed", "the target had not changed", None, "A spokesman for the Prime Minister", F),
    ]),
    ("ie-presenter", p(
        "Tánaiste Niamh Ó Briain told RTÉ's Morning Ireland that the Government would not reverse the "
        "energy credit cut.",
        "Presenter Colm Ó Dálaigh put it to her that pensioners would suffer most.",
        "“Pensioners will get more from the fuel allowance than they lose on the credit,” Ms Ó Briain "
        "said."), [
        r("energy credit", "that the Government would not reverse the energy credit cut", "Niamh Ó Briain",
          "Tánaiste Niamh Ó Briain", F, "interview", "RTÉ"),
        r("fuel allowance", "“Pensioners will get more from the fuel allowance than they lose on the "
          "credit,”", "Niamh Ó Briain", "Ms Ó Briain", F),
    ]),
    ("pk-host-and-guest", p(
        "Speaking on Geo News programme Capital Talk, hosted by Nadia Hussain, former foreign secretary "
        "Tehmina Qazi said the talks with Kabul had stalled.",
        "“Nobody in Kabul is picking up the phone,” Qazi said."), [
        r("had stalled", "the talks with Kabul had stalled", "Tehmina Qazi",
          "former foreign secretary Tehmina Qazi", F, "television", "Geo News"),
        r("picking up the phone", "“Nobody in Kabul is picking up the phone,”", "Tehmina Qazi", "Qazi", F),
    ]),
]


# Words found as a quote that the records written first left out, neither expected nor wrong to
# find: a presenter's question reported in an "Asked by ... whether" phrase (conventions.md does
# not settle whether a question put to the speaker is the asker's quote).
DOUBTFUL = ("whether jobs were safe",)

# What the rules still get wrong, kept as cases so that a fix shows (strict: a pass fails).
STILL_WRONG: dict[str, str] = {
    "in-mumbai-cops": "content: 'Cops said the accused collected Rs 25,000 from each victim promising jobs in "
                      "Dubai' ends before the participle 'promising ...'",
    "in-the-hindu": "channel: 'the newspaper said, citing officials' after the paper's report is given 'report' "
                    "(the records written first gave none: a new attribution)",
    "pk-bin-faisal": "mention: 'Special Assistant to the Prime Minister Dr. Sania Tariq' is cut to 'Dr. Sania Tariq' "
                     "(the name is right)",
    "za-du-toit": "mention: 'Agri SA president Johannes du Toit' is cut to 'Toit' (the tagger reads 'Johannes' as "
                  "a plural noun; the name is right)",
    "ng-rt-hon": "channel: 'Speaking at plenary on Tuesday' is no parliament",
    "nz-health-nz": "name: 'NZNO kaiwhakahaere Aroha Te Huia said' after the quote: the parser reads the Māori "
                    "role 'kaiwhakahaere' as an adverb of the quotation's verb and the cue as a sentence of its "
                    "own, and the quote goes to the union named before",
    "uk-interviewer": "channel: 'Mr Reyes said:' after 'Asked by presenter ...' in a radio interview carries the "
                      "interview, which the records written first gave to the first attribution only",
    "in-interviewer": "channel: 'In an interview with this newspaper's Ritu Sharma' is no interview; mention: "
                      "the office 'Union Minister of State for Power' is left out of the mention",
    "ke-host": "outlet: 'Appearing on NTV's Fixing the Nation' gives the interview but no outlet",
    "au-spoken-about-quote": "name: 'she said' after 'Greens senator Talia Ngata-Brown said' is nobody's: the "
                             "given name 'Talia' says no gender, and one mention is below the floor that an "
                             "unknown gender must reach",
    "pk-host-and-guest": "channel: 'Speaking on Geo News programme Capital Talk' is an interview, not television "
                         "(as the records written first have it), and is carried to 'Qazi said', a new attribution",
}


@pytest.mark.parametrize("text, expected", passage_params(PASSAGES, STILL_WRONG))
def test_names20_passage(text: str, expected: list[R]):
    assert record_differences(text, D, expected, doubtful=DOUBTFUL) == []


# The rules of branch names20 (docs/extracting.md), one sentence each of our own writing, and the
# sentences they must leave alone: the speaker's name and the mention that names it.
NAMES = [
    # Capitalised plurals for officers and soldiers in other countries' papers are people, unnamed.
    ("rule-gardai", "Gardaí said the driver had been taken to Beaumont Hospital.", "taken to Beaumont",
     None, "Gardaí"),
    ("rule-jawans", "Jawans said the patrol came under fire at dawn.", "came under fire", None, "Jawans"),
    ("guard-garda-siochana", "The Garda Síochána said the road would stay closed.", "stay closed",
     "Garda Síochána", "The Garda Síochána"),
    # Honorifics of other countries' papers are titles.
    ("rule-shri", "Union Minister Shri Anil Mehra said the dam was safe.", "dam was safe", "Anil Mehra",
     "Union Minister Shri Anil Mehra"),
    ("rule-smt-abbreviated", "“The wells are dry,” Smt. Lakshmi Iyer said.", "wells are dry", "Lakshmi Iyer",
     "Smt. Lakshmi Iyer"),
    ("rule-engr", "Engr. Tunde Bakare said the bridge would reopen in May.", "bridge would reopen",
     "Tunde Bakare", "Engr. Tunde Bakare"),
    ("rule-cllr", "Cllr Fiona Grady said the bins would be collected weekly.", "collected weekly",
     "Fiona Grady", "Cllr Fiona Grady"),
    ("rule-cs-kenya", "Treasury CS Peter Mwangi Kamau said the levy would stay.", "levy would stay",
     "Peter Mwangi Kamau", "Treasury CS Peter Mwangi Kamau"),
    # A saint's word after a given name opens a surname; a title that is a given name after a role.
    ("rule-st-surname", "Goalkeeper Marc St. Laurent said the team had lost its nerve.", "lost its nerve",
     "Marc St. Laurent", "Goalkeeper Marc St. Laurent"),
    ("guard-st-place", "A spokesman for St. Vincent Hospital said the ward was full.", "ward was full", None,
     "A spokesman for St. Vincent Hospital"),
    ("rule-dean-after-role", "The school's principal, Dean van Rooyen, said classes would resume.",
     "classes would resume", "Dean van Rooyen", "The school's principal, Dean van Rooyen"),
    # A mention opening with a name and a description in apposition names the one it opens with.
    ("rule-name-before-apposition", "Grace Wanjiku, the mother of boda boda rider Peter Kamau, said she was "
     "still waiting.", "still waiting", "Grace Wanjiku", "Grace Wanjiku, the mother of boda boda rider Peter Kamau"),
    ("guard-name-before-apposition", "Ann Lee, the mother of Tom Lee, said he was innocent.", "he was innocent",
     "Ann Lee", "Ann Lee, the mother of Tom Lee"),
    # A patronymic with its particle is the person whose name holds it.
    ("rule-bin-patronymic", "Mohammed bin Rashid Al Maktoum opened the port. Mr bin Rashid said it would "
     "grow.", "it would grow", "Mohammed bin Rashid Al Maktoum", "Mr bin Rashid"),
    # A given name read as a common noun before a cue is the titled person named with it.
    ("rule-malay-given-name", "Datuk Azmi Abu Kassim led the raid in Klang. Azmi said nine people were held.",
     "nine people were held", "Azmi Abu Kassim", "Azmi"),
    ("guard-police-after-titled-name", "Datuk Azmi Abu Kassim led the raid in Klang. Police said nine people "
     "were held.", "nine people were held", None, "Police"),
    # A body named with "and" whose first part the parser made a conjunct is one speaker.
    ("rule-body-with-and", "A man was hurt. “Come forward,” she said. Fire and Emergency New Zealand (FENZ) "
     "said crews were called at 3am.", "crews were called", "Fire and Emergency New Zealand",
     "Fire and Emergency New Zealand (FENZ)"),
    ("guard-two-people-with-and", "Ann Moreau and Omar Haddad said the deal was done.", "deal was done",
     "Ann Moreau and Omar Haddad", "Ann Moreau and Omar Haddad"),
    # A capitalised word opening a sentence, read as a common noun, is the name the tagger reads elsewhere.
    ("rule-name-read-as-noun", "Eskom will cut power to Soweto from Monday, the utility said. Eskom's "
     "spokesman, Sikonathi Mantshantsha, said bills were unpaid.", "cut power", "Eskom", "the utility"),
    ("guard-police-capitalised", "Police said the road was closed. Sergeant Ana Rewi said the crash was "
     "fatal.", "road was closed", None, "Police"),
    # A quotation with no cue after "..., he said." goes on with the speaker that quote was given.
    ("rule-follow-on-of-a-cue", "During an interview with Dara Kelly that aired Monday, Sean Brennan spoke "
     "about the border. Kelly asked Brennan how long it would take. “Two years, maybe three,” he told Kelly. "
     "“It's not a question of money,” he said. “It will get done.”", "It will get done", "Sean Brennan", None),
    # A hyphenated word's parts spell a bracketed acronym.
    ("rule-hyphenated-acronym", "The Inter-Services Public Relations (ISPR) spoke first. “We will respond,” the "
     "ISPR said.", "We will respond", "Inter-Services Public Relations", "the ISPR"),
    # An acronym in capitals ending in S read as a plural noun is a body's name.
    ("rule-acronym-in-s", "Nine suspects were held. The SAPS said they would appear in court on Friday.",
     "appear in court", "SAPS", "The SAPS"),
    ("guard-plural-acronym", "MPs said the bill was rushed.", "bill was rushed", None, "MPs"),
    # The Irish article opening an Irish body's name is its first word.
    ("rule-an-post", "An Post said it would close 20 rural offices.", "rural offices", "An Post", "An Post"),
    ("rule-an-garda-siochana", "An Garda Síochána said the road would stay closed.", "stay closed",
     "An Garda Síochána", "An Garda Síochána"),
    ("guard-an-article", "An official said the road would stay closed.", "stay closed", None, "An official"),
]


def quote_of(text: str, key: str):
    return next(q for q in saidwhen.extract(text, date=D).quotes if key in q.text)


@pytest.mark.parametrize("text, key, name, mention", [pytest.param(*case[1:], id=case[0]) for case in NAMES])
def test_the_speaker_s_name_and_mention(text: str, key: str, name: str | None, mention: str):
    speaker = quote_of(text, key).speaker
    assert (speaker.name if speaker else None, speaker.mention.text if speaker and speaker.mention else None) == \
        (name, mention)
