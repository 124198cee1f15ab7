"""Speakers the article names though the mention does not: what a body counts, polls or writes
speaks for it, and "I" inside someone's quotation is that someone (conventions.md: a pronoun or
description the article ties to a named person or organisation gets that name). Beside each, a
speaker the article never names, who stays null."""
from __future__ import annotations

import pytest

from speakers_support import speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lena Ruiz won both states on Tuesday. She now has 723 delegates, according to a count by the "
     "Lowden Press Agency.", ("Lowden Press Agency", "a count by the Lowden Press Agency")),
    ("Investors pulled $1.6 billion out of the funds last week, according to estimates by Harlow Fund "
     "Data Inc., a Boston research firm.",
     ("Harlow Fund Data Inc.", "estimates by Harlow Fund Data Inc., a Boston research firm")),
    ("Union members backed the Democrat by 20 points in 2008, according to polling by the Millwrights "
     "Union.", ("Millwrights Union", "polling by the Millwrights Union")),
])
def test_a_count_estimates_or_polling_by_a_body_speak_for_it(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "She now has 723 delegates, according to a count by election officials.",
    "Ruiz is well ahead among older voters, according to the same polling.",
])
def test_a_count_or_polling_by_nobody_named_stays_unnamed(text):
    assert [name for name, _ in speakers(text)] == [None]


def test_the_results_of_a_poll_are_whoever_conducted_it():
    text = ("Ruiz led among men and women, according to early results of the exit poll conducted by "
            "Harlan Research for the networks.")
    assert [name for name, _ in speakers(text)] == ["Harlan Research"]


def test_a_book_speaks_for_its_author():
    text = ("Members were angry over claims made in journalist Tom Vell's new book. The new book claims "
            "the minister offered to resign in May.")
    assert speakers(text) == [("Tom Vell", "The new book")]


def test_a_book_by_people_the_article_never_names_stays_unnamed():
    text = ("The film is based on a book co-written by contractors who guarded the base. The book "
            "accuses the station chief of ignoring their warnings.")
    assert [name for name, _ in speakers(text)] == [None]


@pytest.mark.parametrize(("text", "name"), [
    ("The club closed on Thursday. An email was sent from its director, Jeremy Vance, to the members. "
     "The email said the club would wind down its events.", "Jeremy Vance"),
    ("A letter was written by Mayor Ana Ruiz to the council in May. The letter said the bridge was "
     "unsafe.", "Ana Ruiz"),
])
def test_a_document_sent_or_written_by_someone_is_theirs_when_written_again(text, name):
    assert [n for n, _ in speakers(text)][-1] == name


def test_a_document_sent_by_someone_unnamed_stays_unnamed():
    text = ("An email was sent from a staff member to the members. The email said the club would "
            "wind down its events.")
    assert [n for n, _ in speakers(text)][-1] is None


def test_i_inside_a_named_speaker_s_quotation_is_that_speaker():
    text = ('Ana Ruiz said the vote "was lost on turnout, not on the issues. And I think there is '
            'some evidence for that in the count."')
    assert [name for name, _ in speakers(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_i_inside_an_unnamed_speaker_s_quotation_stays_unnamed():
    text = ('A spokesman said the plan "is sound and it is cheap. And I think it will pass in '
            'the spring."')
    assert [name for name, _ in speakers(text)] == [None, None]


def test_officials_stay_unnamed():
    text = "Ana Ruiz was arrested on Monday. Officials said she would appear in court on Friday."
    assert speakers(text) == [(None, "Officials")]


def test_someone_left_unnamed_by_a_role_is_the_one_the_next_sentence_names_with_it():
    text = ("Iraq gave the inspectors access on Friday. A Pentagon spokesman said that the troops in the "
            'Gulf would remain. "We are going to keep our forces in the region," said spokesman Kenneth Bacon.')
    assert [name for name, _ in speakers(text)] == ["Kenneth Bacon", "Kenneth Bacon"]


@pytest.mark.parametrize("text", [
    ("The fire burned for hours on Monday. A police spokesman said the road was closed. "
     '"It was awful," said fire department spokesman Tom Reed.'),
    ("The fire burned for hours on Monday. A police spokesman said the road was closed. "
     "Spokesman Tom Reed of the fire service said the fire was out."),
    ("Spokesman Tom Reed spoke on Monday. A spokesman said the road was closed. "
     '"It was awful," said spokesman Tom Reed.'),
])
def test_a_role_named_next_for_another_body_or_named_before_is_someone_else(text):
    assert speakers(text)[0][0] is None


@pytest.mark.parametrize("opening", ["In his new book, Paul Rennick", "In his new book, Open Court, Paul Rennick"])
def test_a_book_its_author_speaks_in_is_the_author_s_though_another_was_named_first(opening):
    text = (f"Ministers denied the claims about Lord Ames's advice. {opening}, a law professor, suggests "
            "the answer was drafted in Downing Street. The book, serialised in a newspaper, says Lord Ames "
            "met the advisers on 13 March.")
    assert [name for name, _ in speakers(text)][-1] == "Paul Rennick"


@pytest.mark.parametrize(("text", "name"), [
    ("Rents rose again in May. Harlow's own monthly figures on lettings, issued on Thursday, suggest the "
     "average rent now stands at 1,200 pounds.", "Harlow"),
    ("Small donors favour Ruiz, according to figures released Thursday by Donorwatch, a start-up that "
     "tracks giving.", "Donorwatch"),
    ("Sales of the game reached two million, according to data from the Lowden Games Council.",
     "Lowden Games Council"),
    ("Burglaries fell by 5% last year, Home Office figures suggest.", "Home Office"),
    ("According to Labor Department figures, US firms added only 146,000 jobs in January.", "Labor Department"),
    ("Years later Ruiz left the party for good, according to Tom Vell's memoir.", "Tom Vell"),
])
def test_figures_data_or_a_memoir_speak_for_whoever_compiled_or_wrote_them(text, name):
    assert [n for n, _ in speakers(text)] == [name]


@pytest.mark.parametrize("text", [
    "Some GOP figures declared that the party would lose the state.",
    "Senior Labour figures said the plan would fail.",
    "Labour figures said the plan would fail.",
    "Republican establishment figures suggested that the candidate should step aside.",
    "Political figures who backed the plan said it would pass.",
])
def test_figures_who_are_people_stay_unnamed_speakers(text):
    assert [n for n, _ in speakers(text)] == [None]


def test_figures_with_no_compiler_that_suggest_something_are_numbers_and_no_quotation():
    # numbers with no maker in their phrase are no one's words (quotes.polled)
    assert speakers("Latest figures suggest that growth has slowed.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("It is not clear what the stakes held by Mr. Ferris and Mr. Dalton are worth. Should they sell, "
     "they would join the richest bankers. Both men said there were no plans for a sale.",
     "Ferris and Dalton"),
    ("The count showed Harriet Vance had 49.8 percent while Tomas Reyes had 49.5 percent. Officials "
     "say a recount cannot be done. At their debate on Thursday, both candidates said it was no big "
     "deal.", "Harriet Vance and Tomas Reyes"),
])
def test_both_of_two_people_named_apart_in_a_sentence_before_are_those_two(text, name):
    assert [n for n, _ in speakers(text)][-1] == name


@pytest.mark.parametrize("text", [
    "Police arrested two men in Leeds on Friday. Both men said they were innocent.",
    "Ann Lee met Tom Hale and Ivo Marek in Paris. Both men said the talks went well.",
])
def test_both_men_where_the_article_names_not_exactly_two_stay_unnamed(text):
    assert [n for n, _ in speakers(text)][-1] is None


@pytest.mark.parametrize(("text", "name"), [
    ("The number of films made in Canada fell 30% last year, Cinema Weekly has said. Forty films were "
     "made, compared with 60 the year before, according to the trade weekly.", "Cinema Weekly"),
    ("The tax office is seeking back taxes from the firm, Hadley Times newspaper reported. The paper "
     "added that most of the claim is linked to exports.", "Hadley Times"),
])
def test_the_paper_after_a_paper_spoke_is_that_paper(text, name):
    assert [n for n, _ in speakers(text)][-1] == name


def test_the_paper_after_a_person_spoke_stays_unnamed():
    text = ("Ann Lee, a professor at Easton, said the results were clear. The paper said wages fell by "
            "a tenth.")
    assert [n for n, _ in speakers(text)][-1] is None


def test_a_complaint_is_not_whoever_owned_data_named_before_it():
    text = ("Staff of the Vance campaign searched Reyes data for an hour. The campaign sued the party on "
            "Friday. The complaint, which was filed in federal court, alleged that the party \"failed to "
            "protect the data.\"")
    assert [n for n, _ in speakers(text)][-1] is None


def test_the_unions_are_not_two_bodies_named_before():
    text = ("Reuters also said that union bosses shouted at Fiat chairman Luca Rossi after a meeting on "
            "Tuesday. The unions said the end of production would cost 800 jobs.")
    assert [n for n, _ in speakers(text)][-1] is None


def test_an_unnamed_spokesman_before_the_company_is_no_government_body_and_no_name():
    """Someone unnamed speaking for another ('the mayor's spokesman') is a subject the company
    lookup passes over: it has no words that could be a department's, and "the company" after it
    names nobody (an article of 2016 once stopped extraction here)."""
    text = ("The mayor's spokesman said the sale was off. \u201cWe are disappointed,\u201d the company "
            "said in a statement.")
    assert [name for name, _ in speakers(text)] == [None, None]
