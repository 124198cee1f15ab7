"""Real errors that the gold-free record checker found on 1,000 fresh articles (round 17), as
grammar: a name written with a non-breaking space, a follow-on quote given a name inside the
quotation before it, an interview's outlet after "in" or "for" or as a title in quotation marks,
and a speaking "he" named as the one his own report is about. Each test is a passage of our own
writing in the shape of a class of flags (conventions.md: Speaker, channel).
"""
from __future__ import annotations

import saidwhen

NBSP = "\u00a0"


def quotes(text: str, date: str = "2024-03-08"):
    return saidwhen.extract(text, date=date).quotes


def names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes(text)]


def channels(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.channel, q.outlet) for q in quotes(text)]


def test_a_non_breaking_space_between_a_name_s_words_joins_them():
    """Web pages write "Newt&nbsp;Gingrich": the name is the whole one, and the surname alone
    later is the same person, as with a plain space."""
    text = (f"Former council leader Nell{NBSP}Rourke said the change reflects the reality of a long "
            f"campaign. \"It is a much bigger, more complex system,\" Rourke said.")
    assert names(text) == ["Nell Rourke", "Nell Rourke"]
    text = f"Police Chief Anton{NBSP}Vasek stated the suspects had fled north."
    assert names(text) == ["Anton Vasek"]


def test_a_follow_on_is_not_the_one_named_inside_the_quotation_before_it():
    """'"The obvious choice is Dawson" said Harlow. "Especially ..."': the parser may take the
    name inside the quotation for the subject of "said"; the follow-on quote goes on in the
    voice of the one who said it, not of the player he spoke about."""
    text = ("Former lock Ben Harlow told a local radio station his captain would be Tom Dawson, even "
            "though he is not a regular starter. \"The obvious choice is Dawson\" said Harlow. \"Especially "
            "after the way the back row played on Sunday. \"Dawson has the experience for it.\"")
    assert names(text)[1:] == ["Ben Harlow"] * 3


def test_a_follow_on_is_not_the_one_named_in_brackets_inside_the_quotation_before_it():
    """'"[Clinton] can be very polarizing," Ostrowski said. "But ..."': an editor's bracketed
    name inside the quotation is whom the words are about."""
    text = ("Senator Ruth Clinton has courted the farm vote for months. Dairy farmer Piotr Ostrowski is "
            "not sure. \"In my talks with other parents, [Clinton] can be very polarizing,\" Ostrowski "
            "said. \"But then I ask them who else they would vote for. And that settles it.\"")
    assert names(text) == ["Piotr Ostrowski", "Piotr Ostrowski"]


def test_an_interview_s_outlet_after_in():
    """"In an email interview in the Harbour Gazette": the paper the interview ran in."""
    text = "In an email interview in the Harbour Gazette, Mr Osei said: \"We believe a deal is possible now.\""
    assert channels(text) == [("interview", "Harbour Gazette")]


def test_an_interview_s_outlet_after_for():
    """"during an interview for the Orbis network's Night Hour show": the broadcaster the
    interview was made for."""
    text = ("\"I have been on TV and been funny without swearing,\" he said during an interview for the "
            "Orbis network's Night Hour show.")
    assert channels(text) == [("interview", "Orbis")]


def test_a_place_of_the_outlet_s_is_not_the_outlet_an_interview_ran_in():
    """Guard: "a sit-down in the Clarion's Leeds offices" names where the talk was held."""
    text = "\"You learn to keep a shield up,\" she said during a sit-down in the Clarion's Leeds offices."
    assert channels(text) == [(None, None)]


def test_an_outlet_noun_told_with_its_title_in_quotation_marks():
    """"told the television program ''Road Patrol''" (the double single marks of some American
    papers) and "told the radio show “Night Desk”": the title is the outlet."""
    text = "\"He had it coming,\" the driver, Tom Reyes, told the television program ''Road Patrol'' after the crash."
    assert channels(text) == [("interview", "Road Patrol")]
    text = "\"We were never told,\" the tenant, Ada Moss, told the radio show “Night Desk” on Friday."
    assert channels(text) == [("interview", "Night Desk")]


def test_a_speaking_he_is_not_the_one_his_own_verb_reports_on_before_a_later_cue():
    """'He said Mr Hale had spoken with "such sincerity", adding: "..."': the man who reports on
    Hale speaks the added words; the clause his own "said" reports names Hale, so "he" is the
    other man (the freed prisoner), also when the parser hangs "adding" on that clause."""
    text = ("Prime Minister Dan Hale has apologised to the families of the Dockside Three. Mr Hale met "
            "the families at his office on Monday. However, one of the so-called Dockside Three, Tom "
            "Reece - who was wrongly jailed for the fire - said the families were delighted with the "
            "apology. He said Mr Hale had spoken with \"such sincerity\", adding: \"He went beyond what we "
            "thought he would, he took time to listen to everyone. \"You could see he was moved.\"")
    assert names(text)[-2:] == ["Tom Reece", "Tom Reece"]
