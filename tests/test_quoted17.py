"""The one spoken about is not the one who speaks (conventions.md: Speaker; issue 12's "another
entity"): the record checker's `name_in_own_quote` flags on the 1,011 judged articles showed
speakers read as a body or person named inside someone's words. Each test is a passage of our own
writing in the grammar those flags showed.
"""
from __future__ import annotations

import saidwhen


def names(text: str, date: str = "2024-03-08") -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in saidwhen.extract(text, date=date).quotes]


def test_it_after_words_that_name_a_body_is_the_body_that_spoke_before():
    """'The Union, in particular, was bringing in new rules, it noted': the reported words are
    about the Union; "it" goes on with the commission that spoke in the sentence before."""
    text = ("The Harbour Commission said it had weighed what foreign firms already do at home. The Nordic "
            "Union, in particular, was bringing in new reporting rules this year, it noted.")
    assert names(text) == ["Harbour Commission", "Harbour Commission"]


def test_it_after_a_body_named_in_another_speakers_words_goes_on_with_that_speaker():
    """A body named inside the bank's quotation marks, or as the subject of the words the bank's
    "said" reports, is what the bank spoke about: "It also said" is the bank again."""
    text = ("In its filing, Carrow Bank said the Leeds Court was \"a court in which Norvex Group owns no "
            "property and does no business.\" It also said the court should not take up the dispute. It "
            "suggested that a tribunal would be a better place for the fight.")
    assert names(text) == ["Carrow Bank"] * 3
    text = "Carrow Bank said Norvex Group was a poor place to put money. It added that the market had turned."
    assert names(text) == ["Carrow Bank"] * 2


def test_a_body_that_speaks_of_itself_keeps_its_name():
    """Guards: a wire's lead ("Norvex Foods will cut 300 jobs, it said"), with no other body that
    spoke, is the body's own; and a body naming itself inside its own quotation ("... Orvane
    software," Orvane said. It added ...) goes on as itself."""
    assert names("Norvex Foods will cut 300 jobs at its plant in Leeds, it said on Monday.") == ["Norvex Foods"]
    text = ("\"Members of the Orvane Developer Network get early copies of Orvane software under strict "
            "terms,\" Orvane said in a statement. It added that its results depended on new software.")
    assert names(text) == ["Orvane", "Orvane"]
    text = ("Shares in Norvex Foods fell sharply on Monday after Norvex Foods cut its forecast. Norvex Foods "
            "is to close two plants, it said.")
    assert names(text) == ["Norvex Foods"]


def test_a_body_reported_on_two_sentences_back_is_not_passed_over_alone():
    """Guard: "The Lib Dems say Labour is telephoning voters ... Labour denies ... It says":
    the subject of words reported two sentences back is passed over only once a body in quoted
    words was (the parser may miss the name in between, as a sentence's first "Labour")."""
    text = ("The Lib Dems say Labour is telephoning voters who asked not to be called. Labour denies "
            "breaking the rules. It says the calls are not marketing.")
    assert names(text)[-1] == "Labour"
