"""Grouping names into entities (saidwhen.speakers.entities): which names are one person or
organisation, and the canonical name of each."""
from __future__ import annotations

import pytest

from saidwhen.speakers.entities import _cased_alike
from saidwhen.speakers.names import NameMention
from speakers_support import speakers


def test_a_surname_resolves_to_the_fullest_name_in_the_article():
    text = "Karen Whitfield runs the shelter. “We are full every night,” Whitfield said."
    assert speakers(text) == [("Karen Whitfield", "Whitfield")]


def test_an_acronym_in_brackets_names_the_organisation_before_it():
    text = ("The Canadian Transit Workers Union (CTWU) called a strike. "
            "The CTWU said the talks had failed.")
    assert [name for name, _ in speakers(text)] == ["Canadian Transit Workers Union"]


@pytest.mark.parametrize(("text", "name"), [
    # A list inside a body's name: the capitals before the comma spell the acronym too.
    ("The Office of Roads, Rail and Transit (ORRT), which licenses carriers, met on Friday. "
     "The ORRT said the rules would change.", "Office of Roads, Rail and Transit"),
    # Nothing before the comma spells it: the name is cut there, and the acronym keeps its letters
    # rather than naming the list's last part ('Radio' is an organisation's word).
    ("The Board of Harbours, Radio and Television (BHRTX) met on Friday. "
     "The BHRTX said the rules would change.", "BHRTX"),
])
def test_an_acronym_after_a_name_with_a_list_in_it_spans_the_list(text, name):
    assert [found for found, _ in speakers(text)] == [name]


def test_a_bare_surname_is_the_family_member_the_story_is_about():
    text = ("Senator Tom Varga spoke on Monday. Varga thanked voters. Varga praised his staff. "
            "His brother, Leo Varga, attended. “We won,” Varga said.")
    assert [name for name, _ in speakers(text)] == ["Tom Varga"]


def test_a_given_name_of_the_other_gender_is_another_person():
    text = ("Mr. Okoye spoke first. His wife, Grace Okoye, spoke later.\n\n"
            "“We have work to do,” Mr. Okoye said.")
    assert [name for name, _ in speakers(text)] == ["Okoye"]


def test_a_name_that_opens_with_a_surname_is_not_that_person():
    text = ("Senator Maria Calder spoke in Leeds on Monday. Staff of the Calder Foundation handed "
            'out leaflets. "Nobody should go hungry," Calder said.')
    assert speakers(text) == [("Maria Calder", "Calder")]


def test_two_departments_sharing_a_word_stay_two():
    text = ("The Transport Department and the Finance Department met on Monday. Officials at the "
            "Transport Department refused to comment.\n\nThe Finance Department said the budget "
            "would not change.")
    assert [name for name, _ in speakers(text)] == ["Finance Department"]


def test_an_acronym_in_brackets_takes_the_expanded_name():
    text = ("The Coalition for Safer Streets (CSS) held a rally on Sunday. CSS said the city "
            "had ignored its letters for a year.")
    assert speakers(text) == [("Coalition for Safer Streets", "CSS")]


def test_an_acronym_after_or_takes_the_name_before_it():
    text = ("The Nordic Farmers’ Alliance, or NBF, was founded in 2001. The NBF said the "
            "new tariff would ruin small dairies.")
    assert speakers(text) == [("Nordic Farmers’ Alliance", "The NBF")]


def test_an_acronym_whose_capitals_spell_a_name_in_the_article_takes_that_name():
    text = ("The report came from the Office for Road Safety. ORS said the number of crashes "
            "had fallen by a third.")
    assert speakers(text) == [("Office for Road Safety", "ORS")]


def test_an_organisation_loses_a_leading_the_but_a_newspaper_keeps_it():
    text = ("The Harbour Authority Board met on Friday.\n\n“Fees will rise,” said The Harbour "
            "Authority Board.\n\n“Fees should not rise,” wrote The Coastal Times.")
    assert [name for name, _ in speakers(text)] == ["Harbour Authority Board", "The Coastal Times"]


def test_a_surname_shared_by_mother_and_son_goes_to_the_mother_who_speaks():
    text = ("Ann Moreau said her son Luc would join the team next year. Luc Moreau is 19.\n\n"
            '"He has worked so hard for this," Moreau said.')
    assert [name for name, _ in speakers(text)] == ["Ann Moreau", "Ann Moreau"]


def test_a_surname_goes_to_the_speaker_not_the_relative_named_after_her():
    text = ("Rita Lopes, mother of fallen firefighter Dan Lopes, spoke at the memorial.\n\n"
            '"Nobody told us the truth," Lopes said.')
    assert speakers(text) == [("Rita Lopes", "Lopes")]


def test_a_given_name_a_quote_adds_to_a_surname_completes_the_name():
    text = ('Edu said: "I get on well with Pierre Dumont and always have." Last month Dumont said '
            "he was hopeful that Edu would stay.")
    assert [name for name, _ in speakers(text)][-1] == "Pierre Dumont"


def test_an_organisation_s_name_goes_on_through_for_and_a_place_named_before():
    text = ("New members will lift Europe's growth in 2005. The Baltic states will see 4% growth, "
            "the Nordic Trade Commission for Europe said. The global economy will slow, it said.")
    assert [name for name, _ in speakers(text)] == ["Nordic Trade Commission for Europe"] * 2


def test_a_surname_is_the_person_with_a_generational_suffix_and_juniors_are_not_seniors():
    text = ("During the service, pastor Marcus Dell III asked the crowd to stand. In his tribute, "
            "Dell said the city had lost its voice. Dell's father, the Rev. Marcus Dell Jr., led "
            "the prayers. “He taught me everything,” Marcus Dell III said.")
    # "asked the crowd to stand" is a call, a quote of its own
    assert [name for name, _ in speakers(text)] == ["Marcus Dell III"] * 3


def test_a_surname_written_without_its_al_is_the_same_person():
    text = ("Omar el-Badri met Ahmad al-Sayegh on Monday. “We will not negotiate,” Sayegh said. "
            "“We have waited long enough,” al-Sayegh added.")
    assert [n for n, _ in speakers(text)] == ["Ahmad al-Sayegh"] * 2


def test_a_king_named_by_his_given_name_is_not_the_man_who_shares_it_as_a_surname():
    text = ("Rafiq Nasser, the country's president, rejected the offer on Monday. "
            "Nasser said the talks were over.\n\n"
            "King Nasser of the neighbouring kingdom flew to Geneva on Tuesday.\n\n"
            "“Our port stays open,” Nasser said.")
    assert speakers(text)[-1] == ("Nasser", "Nasser")


def test_a_bare_surname_is_not_the_child_the_article_calls_by_his_given_name():
    text = ("Tomas Varga, 6, has lived with his aunt in Milltown since March. "
            "Tomas likes the school there.\n\n"
            "His father, Andras Varga, flew in from Budapest on Monday.\n\n"
            "Varga said he wanted to take his son home.")
    assert speakers(text)[-1][0] == "Andras Varga"


def test_an_award_named_after_a_person_is_not_that_person():
    text = ("Jack Adams coached the club for years. The Jack Adams Award went to Lee Marsh on "
            "Friday. “It is an honour,” Adams said.")
    assert [name for name, _ in speakers(text)] == ["Jack Adams"]


def test_a_surname_does_not_join_an_award_named_after_it():
    text = "The Adams Cup went to Lee Marsh on Friday. “It is an honour,” Adams said."
    assert [name for name, _ in speakers(text)] == ["Adams"]


def test_a_company_s_bare_name_is_the_company_not_its_division():
    text = ("Acme Corp. makes power tools. Acme Research, its laboratory, published a study on "
            "Monday. “The results are clear,” Acme said.")
    assert [name for name, _ in speakers(text)] == ["Acme Corp."]


def test_a_division_named_in_full_keeps_its_own_name():
    text = ("Acme Corp. makes power tools. “The results are clear,” said Acme Research, its "
            "laboratory.")
    assert [name for name, _ in speakers(text)] == ["Acme Research"]


def test_a_longer_name_after_a_company_s_short_name_is_another_body():
    text = ("Acme said profits rose. Acme Research, its laboratory, published a study on Monday. "
            "“The results are clear,” Acme said.")
    assert [name for name, _ in speakers(text)] == ["Acme"]


@pytest.mark.parametrize("text, name", [
    ("Southwest cut fares on Monday. Southwest Airlines said demand was strong. “We are full,” "
     "Southwest said.", "Southwest Airlines"),
    ("Freddy spoke first. Dana Marsh spoke next. Freddy Marsh, her brother, was last.\n\n"
     "“We are here,” Freddy said.", "Freddy Marsh"),
    ("Tran visits Ottawa\n\nTran Quoc Binh arrived on Monday. “We want more trade,” Tran said.",
     "Tran Quoc Binh"),
])
def test_a_short_name_followed_by_a_company_word_a_family_s_surname_or_after_a_headline_is_the_same(text, name):
    assert [n for n, _ in speakers(text)][-1] == name


@pytest.mark.parametrize("given", ["Terry", "Jamie", "Alex"])
def test_a_given_name_women_and_men_both_bear_does_not_part_it_from_a_later_honorific(given):
    text = (f'The council voted on the plan on Tuesday. {given} Vance, who chairs the housing committee, '
            'opened the debate.\n\n"We cannot wait another winter," Ms. Vance said.')
    assert speakers(text) == [(f"{given} Vance", "Ms. Vance")]


def test_a_given_name_of_one_gender_still_parts_it_from_an_honorific_of_the_other():
    text = ('Robert Vance opened the debate on Tuesday.\n\n'
            '"We cannot wait another winter," Mrs. Vance said.')
    assert speakers(text) == [("Vance", "Mrs. Vance")]


@pytest.mark.parametrize("text, name", [
    ("Harbour & Sons cut its prices on Monday. Harbour & Sons said sales fell by 4%.", "Harbour & Sons"),
    ("Lund & Moreau cut its prices on Monday. L&M said sales fell by 4%.", "Lund & Moreau"),
    ("Lund & Moreau (L&M) cut its prices on Monday. L&M said sales fell by 4%.", "Lund & Moreau"),
])
def test_an_ampersand_joins_a_firm_s_name_and_its_acronym_spells_it(text, name):
    assert [found for found, _ in speakers(text)] == [name]


def test_two_papers_sharing_only_their_last_word_stay_two():
    text = ("The Valley Evening Times broke the story on Monday. The Harbour Times said the mayor had "
            "known for a month.")
    assert speakers(text) == [("The Harbour Times", "The Harbour Times")]



def test_a_firm_is_not_the_division_named_with_its_name():
    text = ("Harlow Trucks, the group's truck division, lost money last year. Harlow said it would "
            "cut 900 jobs in Turin.")
    assert [name for name, _ in speakers(text)] == ["Harlow"]


def test_a_company_named_with_words_before_the_suffix_of_another_is_its_subsidiary():
    text = ("Northwind Motors Corp. said sales fell by 3 percent. Its finance arm, Northwind Motors Credit "
            "Corp., said that loans rose by 5 percent. NMCC said that rates would stay low.")
    assert [name for name, _ in speakers(text)] == [
        "Northwind Motors Corp.", "Northwind Motors Credit Corp.", "Northwind Motors Credit Corp."]


@pytest.mark.parametrize("text", [
    "Donald Trump Jr. spoke in Ohio. Donald Trump spoke in Iowa. Trump Jr. said the race was close. "
    "Trump said it was over.",
    "Donald Trump spoke in Iowa. Donald Trump Jr. spoke in Ohio. Trump Jr. said the race was close. "
    "Trump said it was over.",
])
def test_a_father_and_his_junior_named_in_full_stay_two_and_the_bare_surname_is_the_father(text):
    assert [name for name, _ in speakers(text)] == ["Donald Trump Jr.", "Donald Trump"]


def test_a_relative_only_spoken_about_is_not_the_one_the_shared_surname_names():
    text = ("Ann Moreau said her son Luc Moreau had left the firm in May. "
            "Moreau said the firm would not comment.")
    assert [name for name, _ in speakers(text)] == ["Ann Moreau", "Ann Moreau"]


def test_a_relative_named_in_an_apposition_after_the_name_is_spoken_about():
    # The story is about her; her husband comes in as "Paul Kessler, her husband," just before
    # her words, which the surname alone attributes.
    text = ("Dana Kessler has run the bakery since 1998. She took it over when Paul Kessler, her "
            "husband, retired. “I never wanted to sell,” Kessler said.")
    assert speakers(text)[-1] == ("Dana Kessler", "Kessler")


def test_a_relative_named_so_after_the_name_who_speaks_goes_on_with_the_surname():
    text = ("Ann Reed was killed on the road on Friday. Tom Reed, her brother, said she was kind "
            "to everyone. “We will sue,” Reed said.")
    assert [name for name, _ in speakers(text)] == ["Tom Reed", "Tom Reed"]


def test_honorifics_part_a_man_and_a_woman_who_share_a_surname():
    text = ("Mr. Asif Khan and Ms. Sara Khan run the shop. Mr. Khan said sales were down. "
            "Ms. Khan said they would recover.")
    assert [name for name, _ in speakers(text)] == ["Asif Khan", "Sara Khan"]


@pytest.mark.parametrize("text, name", [
    ("Melba Acosta Febo, the board's chair, spoke first. Ms. Acosta said the vote was set.", "Melba Acosta Febo"),
    ("Ms. Acosta spoke first. Melba Acosta Febo, the board's chair, said the vote was set.", "Melba Acosta Febo"),
    ("Ana Acosta Febo chaired the board. Acosta said the vote was set.", "Ana Acosta Febo"),
])
def test_a_name_with_two_surnames_is_written_with_the_first_alone(text, name):
    assert [found for found, _ in speakers(text)] == [name]


def test_the_middle_word_of_a_name_is_no_surname_without_a_known_given_name_or_an_honorific():
    text = "The New York Times published the letter. York said the paper was wrong."
    assert [name for name, _ in speakers(text)] == ["York"]


def test_a_given_name_only_quotations_use_does_not_part_a_candidate_from_his_surname():
    text = ("Senator Paul Ostrander came to Milltown on Friday. At the urging of his wife, Nora "
            "Ostrander, he has been touring the state.\n\n"
            "The crowd chanted “We love you, Paul” as he spoke.\n\n"
            "“We can win this seat,” Ostrander said.")
    assert speakers(text)[-1] == ("Paul Ostrander", "Ostrander")


def test_a_given_name_the_narrative_uses_still_parts_a_child_from_the_surname():
    text = ("Tomas Varga, 6, has lived with his aunt since March. The aunt says Tomas is happy.\n\n"
            "His mother, Lena Varga, flew in on Monday.\n\n"
            "Varga said she wanted to take her son home.")
    assert speakers(text)[-1][0] == "Lena Varga"


def test_an_honorific_makes_a_lone_word_a_surname_not_the_given_name_of_another():
    text = ("The party dropped Martin Flight as its candidate. Mr Flight said he would fight on.\n\n"
            "At a news conference, Mr Martin said the rules had been followed.")
    assert speakers(text) == [("Martin Flight", "Mr Flight"), ("Martin", "Mr Martin")]


def test_a_given_name_written_alone_without_honorific_still_joins_the_name():
    text = ("Martin Flight spoke on Monday. Flight said the race was close. "
            "“I am sure of it,” Martin said.")
    assert [name for name, _ in speakers(text)][-1] == "Martin Flight"


def test_a_relative_who_just_spoke_goes_on_with_the_shared_surname():
    text = ("Former premier Marc Duval died in Quebec City on Thursday at the age of 80.\n\n"
            "His son Luc Duval said the family was grateful for the messages. "
            "“He was a great father,” Duval said.")
    assert speakers(text) == [("Luc Duval", "His son Luc Duval"), ("Luc Duval", "Duval")]


@pytest.mark.parametrize("text", [
    # the relative spoke, but the story went back to the father before the surname
    ("Former premier Marc Duval died on Thursday. His son Luc Duval said the family was grateful.\n\n"
     "Marc Duval led the province for 15 years. “We changed the constitution,” Duval said in 1982."),
    # the relative was named, but did not speak
    ("Former premier Marc Duval died on Thursday. His son Luc Duval was at his side.\n\n"
     "“We changed the constitution,” Duval said in 1982."),
    # the relative spoke, but paragraphs of other speakers came between
    ("Former premier Marc Duval died on Thursday. His son Luc Duval said the family was grateful.\n\n"
     "Mayor Ann Lee said the city would mourn. Flags were lowered at noon. The funeral is on Monday.\n\n"
     "“We changed the constitution,” Duval said in 1982."),
])
def test_a_relative_who_spoke_earlier_does_not_take_the_surname_from_the_one_the_story_is_about(text):
    assert speakers(text)[-1][0] == "Marc Duval"


def test_a_relative_quoted_in_full_leaves_the_bare_surname_to_the_story_s_person():
    # a profile writes the father's whole name to tell him from its subject, whom it calls by
    # the surname alone; her "Comeau says" in the next paragraph is hers
    text = ("Now 44, Brenda Comeau captains her own boat. Comeau started at six.\n\n"
            "Her father, Real Comeau, fished for 40 years.\n\n"
            "\"She was always tougher than her brothers,\" Real Comeau says.\n\n"
            "Comeau says the hardest part of the job is the paperwork.")
    assert speakers(text)[-1] == ("Brenda Comeau", "Comeau")


def test_the_story_s_person_named_later_as_a_relative_s_relative_keeps_the_surname():
    # "the ex-wife of Tom Varga" names him as her relative, but the story introduced him first
    text = ("Senator Tom Varga is running for the Senate. Varga denies the reports.\n\n"
            "The ex-wife of Tom Varga filed four police reports against him during their marriage. "
            "Varga has called them lies.\n\n"
            "Ana Varga, his ex-wife, wrote in an email that she stood by them. Varga married again in 2015. "
            "Friends say the campaign has suffered.\n\n"
            "\"I will win this race,\" Varga said on Tuesday.")
    assert speakers(text)[-1] == ("Tom Varga", "Varga")


def test_a_victim_named_once_then_as_a_mother_s_son_is_still_the_one_spoken_about():
    text = ("Four Americans died in the attack, among them information officer Sean Varga.\n\n"
            "Patricia Varga, mother of victim Sean Varga, rejected the claim.\n\n"
            "\"She lied to me,\" Varga said.")
    assert speakers(text)[-1] == ("Patricia Varga", "Varga")


@pytest.mark.parametrize("text, firm", [
    ("Gadget news.\n\nThe Harbix HX400 series players have always been able to record video.\n\n"
     "Harbix said the focus for the device is to be the second gadget in people's pockets.", "Harbix"),
    ("Travel news.\n\nThe names of those on board Skyjet Flight SK41 are surfacing.\n\n"
     "The pilot had logged 6,300 hours, Skyjet said on Thursday.", "Skyjet"),
    ("Phone news.\n\nOrvell said its phones would play music. The Orvell Zing V3 sold well.\n\n"
     "Sales of the phone doubled, Orvell said.", "Orvell"),
])
def test_a_model_or_flight_number_after_a_firm_s_name_is_not_the_firm(text, firm):
    assert [name for name, _ in speakers(text)] and {name for name, _ in speakers(text)} == {firm}


def test_the_speaker_of_a_quotation_is_named_in_full_where_the_marks_before_it_pair_wrongly():
    # BBC style: each paragraph of a quotation opens with a mark and only the last closes, so
    # counting marks puts the next speaker inside the quotation; a speaker is never quoted words.
    text = ('United lost on Saturday. Striker Dan Cole said: "No-one is to blame. "It happens to '
            'everyone. Freddie Lund is likely to play in an emergency role. Club boss Ostap Brandt '
            'said: "We need a second striker. "Those three will be involved." Lund is also out. '
            'Brandt added: "It is a bad sprain."')
    assert [name for name, _ in speakers(text)][-3:] == ["Ostap Brandt"] * 3


def test_a_fuller_name_quoted_words_use_still_does_not_name_the_speaker():
    text = ('“Nobody trusts Crooked Brandt any more,” Dan Cole said on Monday.\n\n'
            '“We will win this seat,” Brandt said.')
    assert [name for name, _ in speakers(text)] == ["Dan Cole", "Brandt"]


@pytest.mark.parametrize("text, name", [
    ('“The sale saved forty jobs,” said Ann Lee of administrators Ann Lee & Partners. “We hope to '
     'sell the rest,” Ms Lee said.', "Ann Lee"),
    ("Tom Hart of Tom Hart & Sons spoke on Monday. “The yard will stay open,” Hart said.", "Tom Hart"),
])
def test_a_firm_an_ampersand_joins_to_a_person_s_name_does_not_take_the_name(text, name):
    assert [found for found, _ in speakers(text)][-1] == name


@pytest.mark.parametrize("text, name", [
    ("Juan Carlos Ruiz Toledo, the consul in Leeds, will be the new ambassador. “I am ready,” "
     "Ruiz said.", "Juan Carlos Ruiz Toledo"),
    ("Maria Ostrova Lund Berg chaired the board. “The vote is set,” Lund said.", "Lund"),
])
def test_two_given_names_before_two_surnames_are_written_with_the_first_surname_alone(text, name):
    assert [found for found, _ in speakers(text)] == [name]


def test_a_name_in_capitals_is_read_as_its_mixed_case_form_unless_it_is_a_given_name():
    mentions = [NameMention(0, 2, ("Mary", "Kessler")), NameMention(5, 6, ("Brightwater",)),
                NameMention(9, 11, ("BRIGHTWATER", "Ltd.")), NameMention(14, 17, ("MARY", "for", "Mayor"))]
    assert [m.words for m in _cased_alike(mentions)][2:] == [("Brightwater", "Ltd."), ("MARY", "for", "Mayor")]


def test_a_given_name_inside_a_body_s_name_does_not_stop_the_surname_naming_her():
    # "Ann" in the foundation's name is no sign the article calls her by her given name, as
    # a child's would be: it calls her "Mrs. Varga" throughout.
    text = ("Ann Varga has yet to say how her office would handle donors.\n\n"
            "For years the Tom, Ann and Lisa Varga Foundation thrived on gifts. Mrs. Varga leads it.\n\n"
            "An envoy wrote to Mrs. Varga about a visit by Lisa Varga and her husband. "
            "Mrs. Varga replied, ''It is good news.''")
    assert speakers(text) == [("Ann Varga", "Mrs. Varga")]
