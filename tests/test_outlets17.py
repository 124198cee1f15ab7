"""Interviews whose outlet was missed (issue 12, round 16's second part: outlets17).

The record checker's `interview_no_outlet` flags on the 1,011 judged articles fell into classes
by grammar; each test here is a passage of our own writing in that grammar, with the outlet
conventions.md asks for (an `interview`'s outlet where the text names it):

- "the interview" referring back to an interview set up before, in its paragraph or the one
  before, with a named outlet ("Reed began with an interview on BBC Radio 4's Today programme.
  During the interview Reed said ..."): that outlet (conventions.md: the text "explicitly ties
  the words to a named vehicle", "In his interview, Haddad criticized");
- an outlet's programme told by its kind's noun and its title ("told the BBC World Service
  programme Tech Hour"): the broadcaster that owns it, as "told CBS's “Face the Nation”" and
  "told the CBC radio show Morning Line" are;
- an outlet told again by its noun ("told the paper", "told the newspaper") after it was named
  in its paragraph or the one before ("A source told the Sunday Times ... Strategists told the paper ..."): the
  outlet named (record-checker flags judged doubtful by anomalies16: the text names the outlet
  one sentence before, so we read it as named);
- an outlet typed by its noun with a word of its kind between ("Novastream web radio"), as
  "the Milltown Clarion newspaper" is.

Guards: an interview with no outlet named stays without one, "told reporters" stays null, an
interview set up two paragraphs away is not reached, "the newspaper" does not refer back to a
broadcaster ("spoke to CBC News ... told the newspaper"), an unnamed outlet of a place's ("a Milltown
web radio") names none, and the words that tell whose or where a paper is ("the Oxford student
newspaper") name no outlet.
"""
from __future__ import annotations

import pytest

import saidwhen

DATE = "2026-11-25"


def channels(text: str) -> list[tuple[str | None, str | None]]:
    """(channel, outlet) of each quote found in `text`, in order."""
    return [(q.channel, q.outlet) for q in saidwhen.extract(text, date=DATE).quotes]


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Okafor began her campaign with an interview on BBC Radio 4's Today programme on Monday. "
        "During the interview Okafor said that she would stand again.",
        [("interview", "BBC Radio 4")], id="the-interview-set-up-in-its-paragraph"),
    pytest.param(
        "Okafor gave an interview to BBC Radio Leeds on Monday. During the interview, she said the "
        "plan would fail.",
        [("interview", "BBC Radio Leeds")], id="an-interview-given-then-the-interview"),
    pytest.param(
        "In an interview with National Public Radio, the senator attacked the bill.\n\n"
        "In the interview, the senator said the bill would raise prices for farmers.",
        [("interview", "National Public Radio")], id="the-interview-a-paragraph-after"),
    pytest.param(
        "In an interview with National Public Radio, the senator attacked the bill.\n\n"
        "The Clarion ran a long story on the interview on Monday.\n\n"
        "In the interview, the senator said the bill would raise prices for farmers.",
        [("interview", "National Public Radio")], id="the-interview-reached-through-another-mention"),
    pytest.param(
        "Sitting down with CNN's Ana Silva on Thursday, the governor defended the budget. \"It is a "
        "fair budget,\" the governor said, according to a transcript of the interview.",
        [("interview", "CNN")], id="the-interview-after-an-outlet-sat-down-with"),
    pytest.param(
        "He told the BBC World Service programme Tech Hour he hoped the device would sell well.",
        [("interview", "BBC World Service")], id="told-an-outlet-s-programme-by-its-noun"),
    pytest.param(
        "Speaking on the BBC programme Newsnight, Okafor said the plan would fail.",
        [("interview", "BBC")], id="spoke-on-an-outlet-s-programme-by-its-noun"),
    pytest.param(
        "In an interview with Riverside web radio, Okafor said the app would launch in May.",
        [("interview", "Riverside")], id="an-interview-with-a-web-radio"),
    pytest.param(
        "Okafor told Novaline internet radio that the plan would fail.",
        [("interview", "Novaline")], id="told-an-internet-radio"),
    pytest.param(
        "A party source told the Sunday Times the leader would front the campaign. Party "
        "strategists told the paper he would be \"set loose\" on the rival.",
        [("interview", "Sunday Times"), ("interview", "Sunday Times")], id="told-the-paper-named-before"),
    pytest.param(
        "In an interview with the Independent, the chief said his officers needed more evidence. "
        "He told the newspaper: \"If an admission is made, it is a different game.\"",
        [("interview", "Independent"), ("interview", "Independent")], id="told-the-newspaper-named-before"),
    pytest.param(
        "In an interview with the Independent, the chief said his officers needed more evidence.\n\n"
        "He told the newspaper: \"If an admission is made, it is a different game.\"",
        [("interview", "Independent"), ("interview", "Independent")], id="told-the-newspaper-a-paragraph-after"),
])
def test_the_outlet_is_named(text, expected):
    assert channels(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("In an interview, Okafor said the plan would fail.",
                 [("interview", None)], id="guard-an-interview-with-no-outlet"),
    pytest.param("Okafor gave an interview on Monday. During the interview, she said the plan would fail.",
                 [("interview", None)], id="guard-the-interview-set-up-with-no-outlet"),
    pytest.param("She told reporters the bill would pass.", [(None, None)], id="guard-told-reporters"),
    pytest.param(
        "Okafor gave an interview to BBC Radio Leeds on Monday.\n\nOn Tuesday, she spoke to "
        "students.\n\nIn that interview, she said the plan would fail.",
        [("interview", None)], id="guard-the-interview-set-up-two-paragraphs-before"),
    pytest.param("The mayor spoke to CBC News on Monday.\n\n\"We will win,\" she told the newspaper on Tuesday.",
                 [("interview", None)], id="guard-told-the-newspaper-after-another-paragraph-s-outlet"),
    pytest.param("She told CNN on Monday that she would run. On Tuesday she told a newspaper that the plan "
                 "would fail.", [("interview", "CNN"), ("interview", None)], id="guard-told-a-newspaper"),
    pytest.param(
        "In a long BBC interview on Sunday, the premier defended the budget.\n\nThe opposition "
        "leader told Sky News: \"This budget is a mess.\" A union leader said the cuts were too deep. "
        "During the interview the premier also said that taxes would not rise.",
        [("interview", "Sky News"), (None, None), ("interview", "BBC")],
        id="guard-another-speaker-s-outlet-told-sentences-before-is-skipped"),
    pytest.param("Okafor told a Milltown web radio that the plan would fail.",
                 [("interview", None)], id="guard-an-unnamed-web-radio-of-a-place"),
    pytest.param("Okafor told the Oxford student newspaper that the plan would fail.",
                 [("interview", None)], id="guard-a-student-newspaper-of-a-university"),
    pytest.param("Okafor told French radio station RTL that the plan would fail.",
                 [("interview", "RTL")], id="guard-a-kind-before-the-outlet-s-name"),
])
def test_no_other_outlet_is_named(text, expected):
    assert channels(text) == expected
