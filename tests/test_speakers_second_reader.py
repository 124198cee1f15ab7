"""What a second reader found wrong both ways in round 12 (the second part), as passages of our own
writing with the name, kind and gender of every quote by conventions.md (Speaker; Speaker kind and
gender as written): a club named in the plural that speaks as a body, a party's member with a state
("the Ohio Democrat") that describes the person just named, a sentence the splitter did not end
after a name's initial, and an organisation's name that holds an "and"."""
from __future__ import annotations

import pytest

import saidwhen


def _speakers(text: str, date: str = "2016-03-01") -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for q in saidwhen.extract(text, date=date).quotes:
        s = q.speaker
        out.append((s.name, s.kind, s.gender) if s else (None, None, None))
    return out


# A club or team named in the plural speaks as a body


@pytest.mark.xfail(strict=True, reason="'On Friday Rovers said': the weekday before the club's one word "
                   "leaves the cue with no mention at all (the name recogniser's reading), before any kind")
def test_a_plural_club_as_subject_is_an_organisation():
    text = ("Glasgow Rovers have made a second offer for the striker Ewan Dunlop. "
            "On Friday Rovers said they would not raise their offer again.")
    assert _speakers(text, "2005-03-01") == [("Glasgow Rovers", "organisation", None)]


@pytest.mark.xfail(strict=True, reason="a club's plural name with no 'they', no 'have' and no club noun tied "
                   "to it shows nothing a surname would not; only a list of clubs would tell")
def test_a_plural_club_that_confirms_is_an_organisation():
    text = ("The midfielder Liam Harte is set to leave the club this summer. "
            "Wanderers confirmed that talks with two clubs had begun.")
    assert _speakers(text, "2005-03-01") == [("Wanderers", "organisation", None)]


def test_a_plural_club_that_says_they_is_an_organisation():
    text = ("Harlow have turned down a third bid from Rovers for their captain. On Thursday Rovers "
            "said they would not be raising their offer.")
    assert _speakers(text, "2005-03-01") == [("Rovers", "organisation", None)]


def test_a_club_named_in_full_then_by_its_plural_word_that_says_they_is_an_organisation():
    # was a strict xfail; passes since branch leftovers17's club words (club-words.txt)
    text = ("Glasgow Rovers made a second offer for the striker Ewan Dunlop. Rovers said they "
            "would not raise their offer again.")
    assert _speakers(text, "2005-03-01") == [("Glasgow Rovers", "organisation", None)]


def test_guard_a_surname_named_in_full_before_that_says_they_stays_a_person():
    text = "Tom Jones met the board on Monday. Jones said they would appeal against the ruling."
    assert _speakers(text, "2005-03-01") == [("Tom Jones", "person", "unknown")]


def test_guard_senators_named_under_one_plural_title_who_say_they_stay_people():
    text = ("Sens. Ann Lee of Georgia and Tom Hart of Ohio, both up for reelection, also said they "
            "would be glad to campaign with him.")
    assert all(kind != "organisation" for _, kind, _ in _speakers(text))


def test_a_plural_club_with_its_town_is_an_organisation():
    text = ("Northfield United rejected a bid for their goalkeeper last week. "
            "Yesterday United said the player was not for sale.")
    assert _speakers(text, "2005-03-01")[0][1] == "organisation"


def test_a_plural_team_that_speaks_in_a_statement_is_an_organisation():
    text = ('The Harbour Hawks released their coach on Monday. "We thank him for his work," '
            'the Hawks said in a statement.')
    assert _speakers(text) == [("Harbour Hawks", "organisation", None)]


def test_guard_a_player_of_a_plural_club_stays_a_man():
    text = ("Rovers striker Ewan Dunlop was unhappy with the offer. "
            "Dunlop said he would not sign a new deal with Rovers.")
    assert _speakers(text, "2005-03-01") == [("Ewan Dunlop", "person", "male")]


def test_guard_a_manager_who_speaks_of_his_club_stays_the_manager():
    text = ("Rovers manager Alan Pike said his players had done enough to win. "
            '"We were the better side," Pike said.')
    assert _speakers(text, "2005-03-01") == [("Alan Pike", "person", "male")] * 2


# A party's member with a state describes the person just named


def test_the_state_and_party_after_mr_x_said_is_that_man():
    text = ('"We will win this state," Mr. Calder said on Sunday. But the Ohio Republican would only '
            'say that the campaign was "in good shape."')
    assert _speakers(text) == [("Calder", "person", "male"), ("Calder", "person", "male")]


def test_the_state_and_party_member_is_not_the_party_the_article_names():
    text = ('The Republican Party held its primary on Saturday. "We will win this state," Mr. Calder '
            'said on Sunday. But the Ohio Republican would only say that the campaign was "in good '
            'shape."')
    assert _speakers(text) == [("Calder", "person", "male"), ("Calder", "person", "male")]


def test_guard_the_party_named_by_its_member_word_alone_stays_the_party():
    text = ("The Republican Party held its primary on Saturday. The Republicans said in a statement "
            "that turnout was high.")
    assert _speakers(text)[0][1] == "organisation"


def test_the_party_member_from_a_state_after_his_column_is_that_senator():
    text = ("In a column on Monday, Sen. Robert Haines defended the nominee. The Republican from "
            "Kansas blamed the nominee's slide in the polls on the news media.")
    got = _speakers(text)
    assert got and got[0][0] == "Robert Haines" and got[0][1] == "person"


def test_the_state_and_party_after_a_full_name_is_that_person():
    text = ("Senator Joan Whitby voted against the bill on Tuesday. "
            'The Maine Democrat said the bill "does nothing for working families."')
    assert _speakers(text) == [("Joan Whitby", "person", "unknown")]


def test_a_democrat_from_a_state_after_the_named_woman_is_that_woman():
    text = ("Rep. Carla Mendes said she would oppose the measure. The Democrat from Nevada "
            "said the vote would come next week.")
    assert _speakers(text) == [("Carla Mendes", "person", "female")] * 2


def test_guard_a_party_that_speaks_as_itself_stays_the_party():
    text = "The Republican Party said in a statement that the ruling was wrong."
    assert _speakers(text)[0][1] == "organisation"


def test_guard_an_unnamed_party_member_with_no_one_before_stays_unnamed():
    text = "A Republican from Texas who asked not to be named said the bill would fail."
    assert _speakers(text)[0][0] is None


# A sentence the splitter did not end after a name's initial


def test_she_after_a_title_ending_in_an_initial_is_the_woman_named_next():
    text = ("The crowd gathered for the premiere of Agent X. Nadia Corbin, the daughter of the "
            "agent, walked the red carpet. \"This is a proud night for my family,\" she said.")
    assert _speakers(text, "2005-03-01") == [("Nadia Corbin", "person", "female")]


def test_a_follow_on_after_a_title_ending_in_an_initial_keeps_the_woman():
    text = ("The crowd gathered for the premiere of Agent X. Nadia Corbin, the daughter of the "
            "agent, walked the red carpet. \"This is a proud night,\" she said. \"Truly.\"")
    assert [n for n, _, _ in _speakers(text, "2005-03-01")] == ["Nadia Corbin"] * 2


def test_guard_a_middle_initial_stays_in_the_name():
    text = 'John F. Kessler, the director, said the film "took ten years to make."'
    assert _speakers(text, "2005-03-01") == [("John F. Kessler", "person", "unknown")]


def test_guard_an_initial_before_a_surname_alone_stays_a_name():
    text = 'Director T. Marsh said the film "took ten years to make."'
    assert _speakers(text, "2005-03-01")[0][0] == "T. Marsh"


# An organisation's name that holds an "and"


def test_a_body_named_with_and_keeps_its_whole_name():
    text = ("The Centers for Disease Prevention and Control estimates that one in 40 children "
            "is affected.")
    assert _speakers(text) == [("Centers for Disease Prevention and Control", "organisation", None)]


def test_a_group_with_and_in_its_name_and_its_acronym_keeps_the_whole_name():
    text = ("The campaign group Citizens Against Street Surveillance and Tracking (Castr) has "
            "claimed that the cameras could follow shoppers. It warned that the cameras "
            "\"could record every face in the street.\"")
    got = _speakers(text, "2005-03-01")
    assert [n for n, _, _ in got] == ["Citizens Against Street Surveillance and Tracking"] * 2


def test_a_ministry_with_and_in_its_name_keeps_the_whole_name():
    text = "The Department for Environment and Rural Affairs said the ban would stay in place."
    assert _speakers(text, "2005-03-01") == [
        ("Department for Environment and Rural Affairs", "organisation", None)]


def test_an_office_of_science_and_technology_keeps_its_whole_name():
    text = "The Office of Science and Technology said the report would be published next month."
    assert _speakers(text)[0][0] == "Office of Science and Technology"


def test_guard_two_named_people_joined_by_and_stay_two():
    text = "Ann Moreau and Omar Haddad said the plan would cost too much."
    assert _speakers(text) == [("Ann Moreau and Omar Haddad", "person", "unknown")]


def test_guard_two_named_bodies_joined_by_and_stay_two():
    text = ("The Harbour Authority and the Dockers' Union said in a joint statement that the talks "
            "had failed.")
    assert _speakers(text)[0][0] == "Harbour Authority and Dockers' Union"


# Guards that must not change: plain speakers near the classes


def test_guard_a_singular_club_speaks_as_a_body():
    text = "Northfield City said in a statement that the manager had left by mutual consent."
    assert _speakers(text, "2005-03-01") == [("Northfield City", "organisation", None)]


def test_guard_the_republican_named_with_a_state_before_him_is_himself():
    text = "Ohio Republican Tom Calder said the vote would come next week."
    assert _speakers(text) == [("Tom Calder", "person", "unknown")]


def test_guard_a_woman_named_by_ms_stays_female():
    text = 'Ms. Whitby said the bill "does nothing for working families."'
    assert _speakers(text) == [("Whitby", "person", "female")]


def test_guard_a_company_speaks_as_itself():
    text = "Harlow Foods Inc. said on Tuesday that profits had fallen by 5%."
    assert _speakers(text)[0][1:] == ("organisation", None)


def test_guard_players_in_the_plural_are_unnamed_people():
    text = "The players said they were tired after the long trip."
    assert _speakers(text, "2005-03-01")[0][0] is None


def test_guard_a_man_after_a_sentence_that_ends_in_a_year_stays_the_man():
    text = ("The film opened in 1992. Tom Reyes, its star, said he had \"never worked harder.\"")
    assert _speakers(text, "2005-03-01") == [("Tom Reyes", "person", "male")]


def test_guard_the_ohio_republican_with_no_one_named_before_is_unnamed():
    text = "The Ohio Republican said the vote would come next week."
    assert _speakers(text)[0][0] is None


def test_guard_a_body_with_and_before_its_acronym_alone():
    text = ("The Institute for Fiscal Studies (IFS) said taxes would rise. The IFS said the gap "
            "was large.")
    assert [n for n, _, _ in _speakers(text, "2005-03-01")] == ["Institute for Fiscal Studies"] * 2
