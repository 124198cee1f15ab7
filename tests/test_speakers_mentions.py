"""Speaker mentions and attribution (saidwhen.speakers, mentions.py): the words that name who said a
quote, and the speaker a quote without its own cue carries on."""
from __future__ import annotations

import pytest

import saidwhen
from speakers_support import speakers


def test_the_mention_is_the_whole_phrase_and_the_name_only_the_name():
    text = "“We will appeal,” said Tom Reyes, a lawyer for the family."
    assert speakers(text) == [("Tom Reyes", "Tom Reyes, a lawyer for the family")]


def test_the_mention_stops_where_the_quote_begins():
    text = "Tom Reyes, a lawyer, said: “We will appeal the ruling.”"
    assert speakers(text) == [("Tom Reyes", "Tom Reyes, a lawyer")]


def test_a_follow_on_quote_has_the_name_but_no_mention():
    text = "“It is over,” said Dana Pike. “We lost fairly and we move on.”"
    assert speakers(text) == [("Dana Pike", "Dana Pike"), ("Dana Pike", None)]


def test_a_quote_with_nothing_before_it_has_no_speaker():
    text = "“Nobody knows what will happen to the old mill now that the owners have gone.”"
    found = saidwhen.extract(text).quotes
    assert len(found) == 1 and found[0].speaker is None


def test_a_quote_after_a_sentence_about_someone_is_theirs():
    text = ("“Costs are rising,” said Nina Holm, the treasurer.\n\n"
            "Ken Abe, a councillor, disagreed sharply.\n\n"
            "“The budget is fine as it stands.”")
    assert [name for name, _ in speakers(text)] == ["Nina Holm", "Ken Abe"]


def test_a_name_after_a_dash_signs_the_quote_before_it():
    text = "“The park is the best thing this town ever built.” ― Maria Lind\n\nMore voices follow."
    found = saidwhen.extract(text).quotes
    assert [(q.speaker.name, q.speaker.mention.text, q.cue) for q in found] == [
        ("Maria Lind", "Maria Lind", None)]


def test_a_quote_reopened_right_after_another_keeps_its_speaker():
    # The sentence the first quote stands in is about Okafor; the second quote carries on
    # Lindgren's words with nothing of the narrator's between them.
    text = ('Ms. Okafor finished second behind the Dane, and Lindgren said: "I knew about her, she is '
            'a great rival. "She trained very hard all winter."')
    assert speakers(text) == [("Lindgren", "Lindgren"), ("Lindgren", None)]


def test_it_after_a_report_that_spoke_continues_the_report_s_issuer():
    text = ("Rents rose by a third, Greenhaven says in a report. The report said: \"Families "
            "are being priced out.\" It also points out that few councils have acted.")
    assert [name for name, _ in speakers(text)] == ["Greenhaven"] * 3


@pytest.mark.parametrize("text", [
    "The Lowden Star quoted Mayor Ana Ruiz as saying the budget was balanced.",
    "“The budget is balanced,” the Lowden Star quoted Mayor Ana Ruiz as saying.",
])
def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet_quoting(text):
    assert speakers(text) == [("Ana Ruiz", "Mayor Ana Ruiz")]
