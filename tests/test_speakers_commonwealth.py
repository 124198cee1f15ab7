"""Speaker names in the style of Commonwealth news (BBC, Canadian papers): plural role
acronyms, passive cues with an agent, a firm named with "and" before its employee, and a
body's station or division named after it (conventions.md, Speaker)."""
from __future__ import annotations

from speakers_support import speakers


def test_a_plural_acronym_is_a_description_of_many_not_a_name():
    text = ("In their spring report, MPs from the committee said most closures were caused by a "
            "lack of funds, said the MPs.")
    assert speakers(text) == [(None, "the MPs")]


def test_a_report_of_a_plural_acronym_is_nobody_s():
    text = "Sentences should not be cut for a guilty plea, says a new MPs' report."
    assert speakers(text) == [(None, "a new MPs' report")]


def test_they_after_a_plural_acronym_stays_unnamed():
    text = ("The MLAs also call for tougher sentences. They say the influence of drugs should "
            "count against an offender.")
    assert [name for name, _ in speakers(text)] == [None]


def test_an_acronym_that_names_a_body_is_still_a_name():
    text = "CUPE said the strike would begin on Monday."
    assert speakers(text) == [("CUPE", "CUPE")]


def test_the_agent_of_a_passive_cue_speaks_not_its_subject():
    text = ('Marta Lindqvist retired in May. Lindqvist was described as "the calmest coach in '
            'the league" by her former captain, Dana Holt.')
    assert speakers(text) == [("Dana Holt", "her former captain, Dana Holt")]


def test_an_unnamed_agent_is_not_the_person_it_speaks_about():
    text = ('Pavel Orr, who sold forged tickets for three years, was called "a thief on an '
            'industrial scale" by the sentencing judge.')
    assert speakers(text) == [(None, "the sentencing judge")]


def test_the_subject_of_a_passive_verb_still_speaks_in_the_verb_joined_to_it():
    text = ("Union leaders were angered by the offer and predicted that members would reject "
            "it within the week.")
    assert speakers(text) == [(None, "Union leaders")]


def test_a_firm_named_with_and_is_not_a_second_speaker():
    text = ('"The market has turned," said Baker and Lyall\'s Priya Sandhu, an economist.')
    assert [name for name, _ in speakers(text)] == ["Priya Sandhu"]


def test_two_people_joined_by_and_both_still_speak():
    text = "Ann Lee and Tom Hale said they would appeal the ruling."
    assert speakers(text) == [("Ann Lee and Tom Hale", "Ann Lee and Tom Hale")]


def test_a_station_named_after_its_broadcaster_is_another_body():
    text = ("Radio on the move\n\nOn Monday, broadcaster Harbour Radio said it will stream its shows to "
            "mobile phones. Two new stations, Harbour Radio Jazz and Harbour Radio Gold, will follow. "
            "Harbour says the service will be free for a year.")
    assert [name for name, _ in speakers(text)] == ["Harbour Radio", "Harbour Radio"]


def test_a_committee_written_in_lower_case_after_its_chamber_is_a_named_body():
    text = ("Clinics face a staffing crisis\n\nRural clinics cannot hire nurses fast enough, the "
            "Commons health and social care committee said on Tuesday. The committee said the "
            "shortage would last a decade.")
    assert [name for name, _ in speakers(text)] == ["Commons health and social care committee"] * 2


def test_a_chamber_followed_by_other_lower_case_words_names_no_committee():
    text = "The Senate banking rules changed last year, Ann Lee said."
    assert [name for name, _ in speakers(text)] == ["Ann Lee"]


def test_an_age_before_any_noun_describes_the_person_just_named():
    text = ("Keeper stays on\n\nMarta Lindqvist has put talk of retirement on hold after a season "
            "free of injury.\n\nThe 34-year-old world number two had said that she "
            "would stop at the end of last year.")
    assert speakers(text)[0][0] == "Marta Lindqvist"


def test_a_capped_player_described_as_an_international_is_a_person():
    text = ("Orr fined\n\nDarius Orr was fined two weeks' wages on Friday. The Scotland international "
            "later said that he regretted the tackle.")
    assert [name for name, _ in speakers(text)] == ["Darius Orr"]


def test_initials_in_capitals_stay_part_of_the_name():
    text = "Profits will fall this year, bank chairman AL Perera told a news conference."
    assert [name for name, _ in speakers(text)] == ["AL Perera"]


def test_a_capitalised_particle_opens_the_name():
    text = ("Papers split\n\nLe Devoir reported that the merger was off. Al Reyes said the talks "
            "would resume in March.")
    assert [name for name, _ in speakers(text)] == ["Le Devoir", "Al Reyes"]


def test_a_particle_in_lower_case_inside_a_name_stays_in_it():
    text = "Henri de Bodinat said the firm had grown by a tenth."
    assert [name for name, _ in speakers(text)] == ["Henri de Bodinat"]


def test_a_place_made_a_person_only_by_the_pronoun_after_it_is_no_one_she_refers_to():
    text = ("Quist accused over speech\n\nMara Quist has been accused of attacking the premier in a "
            "speech abroad.\n\nThe opposition said she broke a convention. But Downing Street said "
            "she was speaking in her role as a lawyer, and Downing Street sources added that no "
            "rule was broken. Her remarks were made to law students in Boston. She said the ruling "
            "was a victory for human rights.")
    assert [name for name, _ in speakers(text)][-1] == "Mara Quist"


def test_a_surname_made_a_person_by_the_pronoun_after_it_still_speaks():
    text = ('Orr fires Rovers on\n\nOrr scored twice in the second half on Saturday. "It was a good '
            'day for the whole squad," he said.')
    assert [name for name, _ in speakers(text)] == ["Orr"]


def test_a_given_name_that_is_also_a_month_starts_the_name():
    text = ("Police Federation chairman Jan Berry said civilian officers should be eyes and ears. "
            "The deal was signed on Jan 28, officials said.")
    assert speakers(text) == [("Jan Berry", "Police Federation chairman Jan Berry"), (None, "officials")]


def test_the_one_told_in_a_passive_is_no_speaker():
    text = "Mr Pike was told by letter that his licence had lapsed. Mr Pike was told it was an offence."
    assert speakers(text)[-1] == (None, None)


def test_an_age_the_parser_leaves_hanging_on_the_cue_still_heads_the_mention():
    text = ("Orr denies faking crash\n\nDarius Orr blamed officials for failing to tell him of the test. "
            "The 31-year-old insisted he will be happy if he is charged so he can clear his name.")
    # "blamed officials for ..." is a judgement passed in words, a quote of its own before it
    assert speakers(text)[-1] == ("Darius Orr", "The 31-year-old")
