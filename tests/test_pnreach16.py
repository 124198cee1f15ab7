"""Reported speech the parser hides: a report followed by a quotation of its own in the same
sentence, and a gerund that opens the reported clause read as the cue's complement."""
from __future__ import annotations

import pytest

import saidwhen


def reports(text: str) -> list[tuple[str, str, str]]:
    """(kind, quoted text, cue) of each quote found."""
    return [(q.kind, q.text, q.cue.text if q.cue else None) for q in saidwhen.extract(text).quotes]


@pytest.mark.parametrize("text, reported, quoted", [
    ("In an interview last year, Moreau said she welcomed the levy and added, “I will pay it, no problem.”",
     "she welcomed the levy", "“I will pay it, no problem.”"),
    ("Haddad said the move was made by the harbour master and said, “Who are you going to trust?”",
     "the move was made by the harbour master", "“Who are you going to trust?”"),
    ("She said that experts had found the plan sound, to which Haddad replied: “It is just not true.”",
     "that experts had found the plan sound", "“It is just not true.”"),
])
def test_a_report_ends_where_a_second_cue_opens_a_quotation_of_its_own(text, reported, quoted):
    found = reports(text)
    assert [t for _, t, _ in found] == [reported, quoted]
    assert found[0][0] == "indirect"


def test_a_cue_joined_inside_a_report_without_a_quotation_is_still_part_of_it():
    # no opening mark after the second verb: nothing is cut
    assert [t for _, t, _ in reports("Moreau said the board met and decided the levy would stay.")] == \
        ["the board met and decided the levy would stay"]


@pytest.mark.parametrize("text, reported", [
    ("He said legalizing it could put thousands of people to work in the harbour towns.",
     "legalizing it could put thousands of people to work in the harbour towns"),
    ("Haddad said raising the levy before the vote, and without asking the union, could gut the port.",
     "raising the levy before the vote, and without asking the union, could gut the port"),
])
def test_a_gerund_that_opens_the_reported_clause_is_part_of_what_was_said(text, reported):
    assert [(k, t) for k, t, _ in reports(text)] == [("indirect", reported)]


@pytest.mark.parametrize("text", [
    "She kept saying nothing.",
    "The mayor said goodbye to the crew.",
])
def test_a_cue_with_no_clause_after_it_reports_nothing(text):
    assert reports(text) == []


def test_an_attribution_set_off_by_commas_after_an_opening_phrase_reports_the_sentence():
    # the parser hangs "At times last year" on the cue; the attribution is still set off by commas
    q = saidwhen.extract("At times last year, people close to the mayor said, the mere mention of the levy "
                         "could make her angry.").quotes
    assert len(q) == 1 and q[0].kind == "indirect"
    assert "the mere mention of the levy could make her angry" in q[0].text
    assert q[0].speaker.mention.text == "people close to the mayor"


def test_a_verb_right_before_a_quoted_phrase_inside_the_report_does_not_end_it():
    # no comma or colon after "continue": the quoted phrase is part of the report, which is not cut short
    found = reports("Moreau argues the port is too big and cannot continue “down the path of ever rising fees”.")
    assert "the port is too big" not in [t for _, t, _ in found]
