"""The makers of polls, surveys, studies and figures, named as the article names them: a name
with a slash in it, a maker written by its trade with its name after it, "the poll" of a story
about one poll however far it was named, and "the report" right after the body that made it spoke."""
from __future__ import annotations

import pytest

import saidwhen
from speakers_support import speakers

# Twelve paragraphs of our own, some 230 words: the maker is named further back than a
# description usually reaches.
FILLER = "\n\n".join(
    f"The {place} district has new roads, two schools, higher rents and a ferry that runs late in winter."
    for place in ("north", "south", "east", "west", "harbour", "hill", "river", "market", "mill", "bridge",
                  "quay", "castle"))


@pytest.mark.parametrize("text, name", [
    ("Web use rose 12% in June, according to Harbour Metrics/NetPanel.", "Harbour Metrics/NetPanel"),
    ("Moreau leads by six points, according to a Tribune/Castlegate poll released on Tuesday.",
     "Tribune/Castlegate"),
    ("A Ledger/Brightwater News poll found that Moreau leads by six points.", "Ledger/Brightwater News"),
])
def test_a_maker_s_name_with_a_slash_is_named_whole(text, name):
    assert speakers(text)[0][0] == name


def test_a_photo_credit_before_a_slash_and_a_given_name_stays_out_of_the_name():
    text = "THE HARBOUR PRESS/Ann Moreau said the pier would reopen in May."
    assert speakers(text)[0][0] == "Ann Moreau"


@pytest.mark.parametrize("text, name", [
    ("Ferry fares will double by 2030, according to a study published by Leeds-based transport "
     "consultancy Travix.", "Travix"),
    ("Ferry fares will double, according to a report written by Leeds-based research consultancy "
     "Tarnwell.", "Tarnwell"),
    ("According to figures gathered by industry regulator, Ofwave, the growth means that Britain "
     "has passed France.", "Ofwave"),
])
def test_a_maker_written_by_its_trade_is_named_by_the_name_after_it(text, name):
    assert speakers(text)[0][0] == name


def test_two_makers_of_one_survey_are_not_named_by_the_second_alone():
    text = ("A third of e-mail users have clicked on links in junk messages, according to a survey "
            "conducted by security firm Tarnwell and polling company the Osprey Group.")
    assert speakers(text)[0][0] is None


def test_the_poll_of_a_story_about_one_poll_is_its_maker_s_however_far_it_was_named():
    text = ("Moreau leads by six points, according to a new Ledger-Castlegate poll.\n\n"
            f"{FILLER}\n\nBut the poll suggests that Haddad holds a clear lead among older voters.")
    assert speakers(text)[-1] == ("Ledger-Castlegate", "the poll")


def test_the_report_far_on_is_the_last_report_named_with_its_maker():
    text = ("Ferry fares will rise, according to a report from Tarnwell Research.\n\n"
            f"{FILLER}\n\nThe report also warns of delays.\n\n{FILLER}\n\n"
            "But the report suggests that fares could fall again by 2030.")
    assert speakers(text)[-1] == ("Tarnwell Research", "the report")


def test_a_new_report_with_no_maker_brought_in_since_names_no_one():
    text = ("Ferry fares will rise, according to a report from Tarnwell Research.\n\n"
            f"{FILLER}\n\nA new report was published on Monday by the harbour board's critics.\n\n"
            f"{FILLER}\n\nBut the report suggests that fares could fall again by 2030.")
    assert speakers(text)[-1] == (None, "the report")


@pytest.mark.parametrize("text, name", [
    ("The Harbour Authority said the pier was unsafe. “It must close before winter,” the report said.",
     "Harbour Authority"),
    ("The Harbour Authority urged the council to act. It said repairs were overdue. The report said: "
     "“The pier must close before winter.”", "Harbour Authority"),
])
def test_the_report_right_after_a_body_spoke_is_that_body_s(text, name):
    assert speakers(text)[-1][0] == name


@pytest.mark.parametrize("text, name", [
    ("Ann Moreau said the pier was unsafe. “It must close before winter,” the report said.", None),
    ("The Harbour Authority criticised a report by Tarnwell Research on Monday, the authority said. "
     "“The pier must close,” the report said.", "Tarnwell Research"),
])
def test_the_report_after_a_person_spoke_or_named_with_its_maker_is_not_the_speaker_s(text, name):
    assert speakers(text)[-1][0] == name


def test_a_statement_after_a_body_spoke_may_be_another_s_and_names_no_one():
    text = ("The Harbour Tribune said the minister's office provided a written statement. "
            "“The minister regrets the delay,” the statement said.")
    assert speakers(text)[-1][0] is None


def test_a_name_with_a_slash_is_an_organisation():
    quote = saidwhen.extract("Web use rose 12% in June, according to Harbour Metrics/NetPanel.").quotes[0]
    assert (quote.speaker.name, quote.speaker.kind) == ("Harbour Metrics/NetPanel", "organisation")
