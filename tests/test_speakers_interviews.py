"""Speakers of question-and-answer interviews and of joint names under a plural title
(saidwhen.speakers.resolve: pronouns.py's answers, the titles lexicon; quotes/attribution.py's
relative pronoun)."""
from __future__ import annotations

from speakers_support import speakers

INTRO = ("Q&A with Mayor Ann Moreau.\n\n"
         "Mayor Ann Moreau spent Monday at the harbour, where she opened a ferry terminal. Moreau later "
         "spoke with Clarion reporter Tom Reed. Here is the edited transcript.\n\n")


def test_the_i_of_an_answer_is_the_one_interviewed():
    text = INTRO + ("Q: Will the terminal pay for itself?\n\n"
                    "A: I think the ferry will carry twice as many people by June.\n\n"
                    "Q: And the fares?\n\n"
                    "A: They will stay where they are. I think the council agrees with me.")
    assert speakers(text) == [("Ann Moreau", "I"), ("Ann Moreau", "I")]


def test_a_paragraph_going_on_from_an_answer_is_still_the_answer():
    text = INTRO + ("Q: Will the terminal pay for itself?\n\n"
                    "A: Yes.\n\n"
                    "I think the ferry will carry twice as many people by June.\n\n"
                    "Q: And the fares?\n\n"
                    "A: No change.")
    assert speakers(text) == [("Ann Moreau", "I")]


def test_the_interviewers_own_i_in_a_question_is_not_the_one_interviewed():
    text = INTRO + ("Q: I think the ferry is late. Is it?\n\n"
                    "A: No.\n\n"
                    "Q: Will the fares rise?\n\n"
                    "A: No.")
    assert [name for name, _ in speakers(text)] == [None]


def test_an_i_quoted_inside_an_answer_is_someone_elses():
    text = INTRO + ("Q: Who warned you?\n\n"
                    "A: My father. He wrote: \"I think the pier will not last the winter.\"\n\n"
                    "Q: Did it last?\n\n"
                    "A: No.")
    assert "Ann Moreau" not in [name for name, _ in speakers(text)]


def test_an_article_without_questions_and_answers_leaves_a_narrators_i_unnamed():
    text = ("Mayor Ann Moreau opened a ferry terminal on Monday.\n\n"
            "A: the first stop. I think the ferry will be full by June.")
    assert [name for name, _ in speakers(text)] == [None]


def test_a_plural_title_before_surnames_is_no_part_of_the_joint_speakers():
    text = "Professors Foner and Alba suggest the problem is older than the law."
    assert [name for name, _ in speakers(text)] == ["Foner and Alba"]


def test_a_plural_title_before_surnames_names_each_by_their_full_names():
    text = ("Ann Foner and Tom Alba wrote the report. "
            "Govs. Foner and Alba said the report was overdue.")
    assert [name for name, _ in speakers(text)] == ["Ann Foner and Tom Alba"]


def test_who_with_a_plural_verb_after_joint_names_stands_for_both():
    text = "The senator attacked Govs. Ann Lee and Tom Hart, who say the senator lacks experience."
    assert [name for name, _ in speakers(text)] == ["Ann Lee and Tom Hart"]


def test_who_with_a_singular_verb_after_joint_names_stands_for_the_last():
    text = "The senator attacked Ann Lee and Tom Hart, who says the senator lacks experience."
    assert [name for name, _ in speakers(text)] == ["Tom Hart"]
