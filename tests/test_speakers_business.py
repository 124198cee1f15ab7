"""Business and technology news: firms that speak together, and what they are as written."""
from __future__ import annotations

import pytest

import saidwhen
from speakers_support import speakers


def _speaker(text: str, n: int = -1) -> tuple[str | None, str | None]:
    """(name, kind) of the n-th quote's speaker."""
    speaker = saidwhen.extract(text).quotes[n].speaker
    return speaker.name, speaker.kind


@pytest.mark.parametrize("text, name", [
    ("Three carriers - Northwind Air, Bluesky Airways and Tarmac - said they would raise fares "
     "in the spring.", "Northwind Air, Bluesky Airways and Tarmac"),
    ("The big three mobile operators - Vodafone, O2 and Orange - said they would cut prices.",
     "Vodafone, O2 and Orange"),
    ("Technology firms Northwind and Bluesky said the rules were unclear to most buyers.",
     "Northwind and Bluesky"),
])
def test_firms_listed_together_are_one_joint_organisation(text, name):
    assert _speaker(text) == (name, "organisation")


def test_two_firms_joined_by_and_are_two_names_not_one():
    text = ("Kestrel Systems and Varta Holdings, the firms that own Acme, welcomed the deal. "
            "“It is good news,” the companies said in a joint statement.")
    assert _speaker(text) == ("Kestrel Systems and Varta Holdings", "organisation")
    assert _speaker("British Airways and Iberia said fares would rise in the spring.") == \
        ("British Airways and Iberia", "organisation")


def test_both_companies_are_the_firms_just_named_together():
    text = ("Northwind and Bluesky agreed to merge on Monday. "
            "Both companies said the deal would close in May.")
    assert _speaker(text) == ("Northwind and Bluesky", "organisation")


def test_the_companies_name_nobody_after_people_named_together():
    text = ("Ann Lee and Tom Hale met on Monday. “We agreed,” she said. "
            "The companies said the deal would close in May.")
    assert speakers(text)[-1] == (None, "The companies")


def test_a_body_s_own_and_still_joins_its_name():
    assert _speaker("The Society of Motor Manufacturers and Traders said the sales had fallen "
                    "sharply in May.")[0] == "Society of Motor Manufacturers and Traders"


def test_people_listed_together_stay_people():
    text = "Ann Lee and Tom Hale said they would appeal the ruling."
    assert _speaker(text) == ("Ann Lee and Tom Hale", "person")


def test_people_named_together_stay_people_whatever_plural_the_mention_has():
    # The parser hangs "say" on the relative clause of "the business groups"; the pair it
    # names are still two people.
    text = ("Ann Reed, Tom Hale and Mark Lane spoke at events all summer. Reed, Hale and Lane have "
            "all described their paid talks as old commitments to the business groups that booked "
            "them and say they no longer accept new offers.")
    assert _speaker(text) == ("Ann Reed, Tom Hale and Mark Lane", "person")


@pytest.mark.parametrize("text, name", [
    ("Halvard, which makes chips, said profits would rise sharply this year.", "Halvard"),
    ("Staff at the Oslo offices of Varta Lund were told of the cuts on Monday. Varta Lund said the "
     "cuts were needed to save the business.", "Varta Lund"),
    ("According to a report by Ashdown Partners, prices will fall sharply this year.", "Ashdown Partners"),
    ("Kestrel Capital said the shares were cheap.", "Kestrel Capital"),
])
def test_what_business_news_writes_of_a_name_makes_it_an_organisation(text, name):
    assert _speaker(text) == (name, "organisation")


def test_who_opens_its_clause_keeps_a_person():
    assert _speaker("Tom Reyes, who runs the shop, said profits would rise sharply this year.") == \
        ("Tom Reyes", "person")


def test_it_in_a_clause_under_a_firm_s_verb_is_that_firm():
    text = "Nokia is launching a phone that it says will change the market."
    assert _speaker(text) == ("Nokia", "organisation")


@pytest.mark.parametrize("text", [
    "Fares will fall next year. Ryanair chief executive Michael O'Leary said fares would fall. "
    "The airline said it would add routes.",
    "“Fares will fall,” said Ryanair chief executive Michael O'Leary. The airline said it would add routes.",
])
def test_a_firm_named_before_its_chief_executive_is_the_firm_its_noun_goes_on_with(text):
    assert speakers(text)[0][0] == "Michael O'Leary"
    assert _speaker(text) == ("Ryanair", "organisation")


@pytest.mark.parametrize("text", [
    "The report, by consultancy Ashdown, said prices would fall sharply this year.",
    "Ashdown's latest report said prices would fall sharply this year.",
])
def test_a_report_speaks_for_the_body_that_made_it(text):
    assert _speaker(text) == ("Ashdown", "organisation")


def test_a_report_by_a_person_the_article_shows_speaks_for_that_person():
    assert _speaker("Ann Lee's report said prices would fall sharply this year.") == ("Ann Lee", "person")


def test_bodies_that_share_a_plural_noun_after_and_are_one_name():
    assert _speaker("The State and Homeland Security Departments said the visas would be granted.") == \
        ("State and Homeland Security Departments", "organisation")


def test_a_name_that_ends_in_a_web_address_is_an_organisation():
    assert _speaker("Lastminute.com said sales rose sharply over the summer.") == ("Lastminute.com", "organisation")


def test_a_brokerage_is_a_firm_the_story_goes_on_with():
    assert _speaker("Greystone, a Toronto brokerage, said the shares were cheap.") == ("Greystone", "organisation")
    assert _speaker("Greystone sold its stake on Monday. The brokerage said the shares were cheap.") == \
        ("Greystone", "organisation")


@pytest.mark.parametrize("text, name", [
    ("Microsoft released a patch on Tuesday. The software giant said the flaw was serious.", "Microsoft"),
    ("Apple sold 4.5 million iPods. The iPod maker said demand was strong.", "Apple"),
    ("Nokia cut prices. The Finnish firm said margins would fall.", "Nokia"),
    ("Sony delayed the launch. The Japanese electronics group said supplies were short.", "Sony"),
])
def test_what_business_news_calls_a_firm_goes_on_with_the_firm_just_named(text, name):
    assert _speaker(text) == (name, "organisation")


def test_the_firm_after_a_person_is_no_one_the_text_names():
    assert speakers("Ann Lee cut prices. The firm said margins would fall.")[-1] == (None, "The firm")


def test_the_carrier_after_a_chief_is_the_company_in_the_chief_s_title():
    text = "Qantas chief Alan Joyce said fuel costs had risen. The carrier said it would cut 500 jobs."
    assert speakers(text) == [("Alan Joyce", "Qantas chief Alan Joyce"), ("Qantas", "The carrier")]


def test_a_firm_s_suffix_in_lower_case_ends_its_name():
    assert _speaker("Varta Group plc said profits would rise sharply this year.") == \
        ("Varta Group plc", "organisation")
    assert _speaker("Kestrel Holdings Ltd and Varta Group plc said in a joint statement that they would "
                    "merge.") == ("Kestrel Holdings Ltd and Varta Group plc", "organisation")


def test_the_banks_are_the_banks_listed_after_their_noun():
    text = ("The two banks - Kestrel Bank and Varta - said they had agreed to merge. "
            "“This is a good deal,” the banks said.")
    assert _speaker(text) == ("Kestrel Bank and Varta", "organisation")


def test_a_name_only_the_recogniser_calls_a_person_beside_a_firm_is_a_firm_too():
    assert _speaker("Rio Tinto and BHP said they would appeal the ruling.") == ("Rio Tinto and BHP", "organisation")
    assert _speaker("Tom Hale and the Harbour Authority said they would appeal the ruling.")[1] == "person"


@pytest.mark.parametrize("text, name", [
    ("Marks & Spencer said sales had fallen over Christmas.", "Marks & Spencer"),
    ("Dow Jones amp Co. said it extended its offer for Telerate Inc. common stock.", "Dow Jones amp Co."),
])
def test_an_ampersand_as_written_or_as_timebank_lost_it_joins_one_firm_s_name(text, name):
    assert _speaker(text) == (name, "organisation")


@pytest.mark.parametrize("text, name", [
    ("Five retailers - Kestrel, Varta, Woolworth Stores, Brill and House of Lund - said sales had fallen.",
     "Kestrel, Varta, Woolworth Stores, Brill and House of Lund"),
    ("Four casinos -- Bally, Caesars, Harrah and Stardust -- said they would appeal the ruling.",
     "Bally, Caesars, Harrah and Stardust"),
])
def test_a_long_list_of_firms_set_off_by_dashes_is_named_whole(text, name):
    assert _speaker(text) == (name, "organisation")


def test_people_in_apposition_stay_people():
    assert _speaker("Two objectors, Ann Moss and Tom Hale, said the plan was flawed.") == \
        ("Ann Moss and Tom Hale", "person")


def test_a_firm_s_name_in_capitals_is_the_same_firm_written_in_mixed_case():
    text = ("UNIFIRST Corp. declared a 2-for-1 stock split. The company also raised its dividend, the "
            "company said. Separately, UniFirst reported that net income rose 21%.")
    assert [name for name, _ in speakers(text)] == ["UniFirst Corp.", "UniFirst Corp."]


@pytest.mark.parametrize("text, name", [
    # A capital inside one word is how brands join words; no person's name is written so.
    ("Flights to the coast were cancelled on Monday. SkyJet told passengers the planes would fly "
     "again on Friday.", "SkyJet"),
    ("“The safety of our passengers comes first,” SkyJet said in an emailed statement.", "SkyJet"),
    # No person leads a market.
    ("Market leader Kintaro said sales of its consoles rose in March.", "Kintaro"),
])
def test_a_one_word_name_written_as_only_a_firm_s_is_an_organisation(text, name):
    assert _speaker(text) == (name, "organisation")


@pytest.mark.parametrize("text, name", [
    ("Ron DeSantis spoke on Monday. DeSantis said the bill was fair.", "Ron DeSantis"),
    ("The team lost again. McAllister said the plan had failed.", "McAllister"),
    ("The party met on Monday. Its leader Blair said the vote was fair.", "Blair"),
])
def test_a_surname_s_inner_capital_or_a_party_s_leader_is_no_firm(text, name):
    assert _speaker(text)[0] == name
    assert _speaker(text)[1] != "organisation"


def test_a_name_whose_letters_a_wrong_encoding_broke_is_no_brand():
    text = "SÃ©golÃ said the deal might be signed by May."
    assert _speaker(text)[1] != "organisation"


def test_a_paper_named_before_its_noun_is_its_name_when_the_noun_comes_back():
    text = ("The Kurier newspaper said Sunday that the remarks answered signals from the capital. "
            "The newspaper, quoting secret reports, said both sides wanted talks.")
    assert [_speaker(text, n) for n in (0, 1)] == [("Kurier", "organisation")] * 2


def test_a_paper_its_noun_heads_is_an_organisation_whatever_the_recogniser_reads():
    text = ("The Maariv newspaper said Sunday that the remarks answered signals from the capital. "
            "The newspaper, quoting secret reports, said both sides wanted talks.")
    assert [_speaker(text, n) for n in (0, 1)] == [("Maariv", "organisation")] * 2


def test_a_place_before_a_papers_noun_is_not_the_papers_name():
    text = ("Almost a week later, a Harbourton newspaper called on the candidate to visit the town. "
            "The newspaper said the damage was extensive.")
    assert _speaker(text)[0] not in ("Harbourton", "Harbourton newspaper")
