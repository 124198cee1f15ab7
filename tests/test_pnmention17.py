"""The speaker mention's bounds and the mentions saidwhen missed on PolNeAR train (branch
pnmention17): a surname the tagger reads as a modal, an infinitive of saying the parser hangs on
the verb's object, "That said," taken for a report, a source's terms for speaking unnamed inside
the mention, and a closing attribution the parser hangs on the first verb of the words it
reports. Each test is a passage of our own writing in the grammar the train errors showed.
"""
from __future__ import annotations

import saidwhen


def quotes(text: str, date: str = "2024-03-08") -> list[tuple[str, str | None, str | None]]:
    """(content, mention, name) of each quote, in the order found."""
    out = []
    for q in saidwhen.extract(text, date=date).quotes:
        speaker = q.speaker
        mention = speaker.mention.text if speaker and speaker.mention else None
        out.append((q.text, mention, speaker.name if speaker else None))
    return out


def mentions(text: str) -> list[str | None]:
    return [m for _, m, _ in quotes(text)]


def test_a_surname_that_is_also_a_modal_speaks_before_a_past_cue():
    """'May said', '“...,” Will wrote': a modal takes a bare verb, never a past one, so a
    capitalised "May" or "Will" right before "said" or "wrote" is the speaker, named as the
    article names them in full."""
    text = "Prime Minister Theresa May met the council on Monday. May said the deal would stand."
    assert quotes(text)[-1][1:] == ("May", "Theresa May")
    text = ("The levy's critics include the columnist Dana Will. “This should hasten the end of the plan,” Will wrote. "
            "In particular, Will wrote, the council can still vote it down.")
    assert [q[1:] for q in quotes(text)] == [("Will", "Dana Will")] * 2


def test_a_modal_before_a_bare_verb_stays_a_modal():
    """Guard: "Residents may say" and "Will she say" are modals: no speaker named May or Will."""
    text = "Residents may say the plan is late. The council will say it has no money left."
    assert mentions(text) == ["Residents", "The council"]


def test_an_infinitive_of_saying_hung_on_the_verbs_object_is_the_subjects():
    """'went out of his way to say', 'pointed to an earlier case to say', 'used the occasion to
    say': the parser hangs the infinitive on the noun as a relative clause; the subject of the
    verb above speaks."""
    assert mentions("The mayor went out of his way to say that the harbour budget had hit bottom.") == ["The mayor"]
    assert mentions("The judge pointed to an earlier case to say that courts must weigh the public interest.") \
        == ["The judge"]
    assert mentions("Councillor Ann Reed used the occasion to say that the pier would reopen in May.") \
        == ["Councillor Ann Reed"]


def test_an_infinitive_after_someone_given_a_chance_is_not_the_givers():
    """Guard: 'gave him a chance to say': the one given the chance speaks, not the giver."""
    assert mentions("The chair gave him a chance to say that the plan was wrong.") != ["The chair"]


def test_that_said_is_no_report():
    """'That said, ...' concedes a point: no one is said to say anything, and the report after it
    is found with its own speaker."""
    assert quotes("That said, a loss in this state would hurt her badly.") == []
    assert mentions("The turnout was low. That said, organisers say they expect a bigger crowd next year.") \
        == ["organisers"]


def test_a_closing_cue_with_a_time_of_the_week_reports_the_sentence_before():
    """'Ann Lee thinks the levy is too high, her husband Tom Reed said this week.': the parser may
    hang the closing cue on "thinks" as its clause; "this week" is when he said it, and the
    sentence before the comma is what he said, not what she thinks he said."""
    text = "Ann Lee thinks the harbour levy is far too high, her husband Tom Reed said this week."
    found = quotes(text)
    assert [(m, n) for _, m, n in found] == [("her husband Tom Reed", "Tom Reed")]
    assert found[0][0].startswith("Ann Lee thinks the harbour levy")


def test_a_second_verb_before_a_comma_keeps_its_own_report():
    """Guard: two reports joined by "and" are two quotes, each with its speaker."""
    text = "Ann Lee said the levy was too high, and Tom Reed said it was fair."
    assert mentions(text) == ["Ann Lee", "Tom Reed"]
