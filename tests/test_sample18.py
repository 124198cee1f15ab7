"""Classes of errors in a random sample of fresh records judged field by field (round 18), as
grammar and genre: the "I" of a transcript's turn printed without marks, ... Each test is a passage of our own writing and the record it must give
(conventions.md: Speaker, channel, said_on).
"""
from __future__ import annotations

import saidwhen


def quotes(text: str, date: str = "2024-03-12"):
    return saidwhen.extract(text, date=date).quotes


def names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes(text)]


def channels(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.channel, q.outlet) for q in quotes(text)]


TRANSCRIPT = (
    "Speaking on Sunday on the Valley Channel's weekly politics show, Mayor Lena Okafor said the harbour "
    "plan would go ahead.\n\n"
    "Partial transcript as follows:\n\n"
    "ROSS DELANEY: Some residents say the plan will raise their rents. I think many of them are worried.\n\n"
    "OKAFOR: Well, I think the harbour belongs to everyone who lives here. And I think the rents will "
    "stay where they are.\n\n"
    "DELANEY: Will you meet the tenants?\n\n"
    "OKAFOR: I think that is the first thing I will do next week.\n")


def test_the_i_of_a_transcript_turn_is_the_one_its_label_names():
    """'OKAFOR: Well, I think ...': in a transcript printed without quotation marks each
    paragraph opens with its speaker's name in capitals and a colon; the "I" who thinks is that
    speaker (named in full elsewhere), not the writer and not no one. The host's "I" is the
    host's, named in full by his own first label."""
    assert names(TRANSCRIPT) == ["Lena Okafor", None, "Ross Delaney", "Lena Okafor", "Lena Okafor", "Lena Okafor"]


def test_an_i_outside_a_transcript_is_no_label_s():
    """A column's "I think" with one label-like line ('UPDATE: ...') is the writer's: no
    transcript, no name from the label."""
    text = ("UPDATE: The council met again on Monday.\n\n"
            "The plan has its critics. I think the critics are right that the rents will rise.\n")
    assert "Lena Okafor" not in names(text)
    assert all(name is None for name in names(text))


def contents(text: str) -> list[str]:
    return [q.text for q in quotes(text)]


def test_the_speaker_s_second_predicate_is_not_reported():
    """'The relatives say he will have a better life here and have attempted to ...': the verb
    after "and" has no subject of its own and agrees with the speaker ("relatives ... have"),
    not with the reported clause's subject ("he"): what the speaker did besides, outside the
    words reported."""
    text = ("The boy's relatives say he will have a better life here and have attempted to portray his "
            "father as a pawn of the regime.")
    assert contents(text) == ["he will have a better life here"]
    text = ("The ferry company says its losses were caused by the long strike at the port and has "
            "promised to sue the union for damages.")
    assert contents(text) == ["its losses were caused by the long strike at the port"]


def test_a_second_predicate_that_agrees_with_the_reported_subject_stays_reported():
    """'The tenants say the landlord has raised the rent twice and has ignored every repair
    request': "has" agrees with the landlord, not with the tenants; the tenants report both."""
    text = "The tenants say the landlord has raised the rent twice and has ignored every repair request."
    assert contents(text) == ["the landlord has raised the rent twice and has ignored every repair request"]


def test_calculations_speak_for_whoever_made_them():
    """'according to calculations by Ruth Abernathy of the Valley Institute': the calculations
    are hers, as 'a study by' or 'estimates by' are their maker's (conventions.md: a
    description tied to a named person gets that name)."""
    text = ("The city's plan would raise the minimum wage to $15 by 2022.\n\n"
            "A \"living wage\" for a single adult in the city is about $13 an hour, according to calculations "
            "by Ruth Abernathy of the Valley Institute of Technology.")
    assert names(text) == ["Ruth Abernathy"]


def test_an_interview_published_on_a_day_dates_what_is_said_in_it():
    """'during an interview published Monday by the Valley Courier, in which she said ...': the
    parser hangs "in which" on the outlet; the interview it stands for was published Monday,
    and the words were said in it, not on Friday of the protest told before
    (conventions.md: explicit time tied to the statement)."""
    text = ("Tenants protested outside city hall on Friday against Mayor Lena Okafor.\n\n"
            "Okafor was asked about the protest during an interview published Monday by the Valley Courier, "
            "in which she said she did not support a rent freeze.")
    found = quotes(text, date="2024-03-08")
    assert [(q.speaker.name, q.said_on.value if q.said_on else None, q.channel, q.outlet) for q in found] == \
        [("Lena Okafor", "2024-03-04", "interview", "Valley Courier")]


def test_an_outlet_of_several_names_after_published_by_is_the_interview_s():
    """'an interview published Monday by the New Bristol Evening Post, in which she said': the
    parser hangs "New" on "Bristol", not on the outlet's last word; the outlet is the whole name
    (conventions.md: interview, the outlet in `outlet`)."""
    text = ("Tenants protested outside city hall on Friday against Mayor Lena Okafor.\n\n"
            "Okafor was asked about the protest during an interview published Monday by the New Bristol "
            "Evening Post, in which she said she did not support a rent freeze.")
    assert [(q.channel, q.outlet) for q in quotes(text, date="2024-03-08")] == [("interview", "New Bristol Evening Post")]


def test_a_second_predicate_after_a_relative_clause_may_be_the_relative_s():
    """'The Gazette said the letters were exchanges between Reed and Ann Lowe, who was his deputy
    then and is now the mayor.': the parser may join "is now" to the reported clause, but it
    goes on with the relative clause before it; the report runs to the end."""
    text = ("The Harbour Gazette said the letters it obtained were exchanges between Reed and Ann Lowe, who "
            "was his deputy at the time and is now the mayor of the town.")
    assert contents(text) == ["the letters it obtained were exchanges between Reed and Ann Lowe, who was his deputy "
                              "at the time and is now the mayor of the town"]


def test_a_surname_tagged_a_plural_noun_is_still_the_name():
    """'Councillor Tom Sanders ... Sanders was asked ...': the tagger may take a surname ending
    in "s" for a plural noun where it stands alone; the article writes it as the last word of his
    full name, so it is his name there too (the resolver reads names by their tags)."""
    from saidwhen.parsing.language import parse
    doc = parse("Tenants are not through with Councillor Tom Sanders.\n\nSanders was asked about their case "
                "during a radio interview on Monday, in which he said he didn't support a rent freeze.")
    assert [t.tag_ for t in doc if t.text == "Sanders"] == ["NNP", "NNP"]
    doc = parse("The sanders were loud. Workers said the sanders ran all night.")
    assert [t.tag_ for t in doc if t.lower_ == "sanders"] == ["NNS", "NNS"]
