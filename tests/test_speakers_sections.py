"""Speakers and channels in the style of British entertainment, politics and technology news:
an outlet's own reporter as "our correspondent", ministers who tell MPs, a follow-on quote of a
speaker named only by surname (conventions.md, Speaker and channel). The sentences are our own."""
from __future__ import annotations

import saidwhen
from speakers_support import speakers


def _quotes(text: str) -> list[saidwhen.Quote]:
    return list(saidwhen.extract(text, date="2005-03-01").quotes)


# An outlet's own reporter


def test_our_correspondent_is_the_correspondent_the_article_named():
    text = ('BBC correspondent Tom Hale said the unions were a strong force. Opposition to the plan is '
            '"the one thing they share", our correspondent added. Our correspondent said that he '
            'understood no deal had been offered.')
    assert [name for name, _ in speakers(text)] == ["Tom Hale"] * 3


def test_our_correspondent_with_no_correspondent_named_names_no_one():
    text = "Our correspondent said that no deal had been offered to the unions."
    assert speakers(text) == [(None, "Our correspondent")]


# "told" with no "that": the one told is not the reported clause's


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.channel) for q in _quotes(text)]


def test_mps_told_with_no_that_are_parliament_and_not_words_of_the_clause():
    text = "Mr Haddon told MPs pension credits would rise by 5% next year."
    assert _reported(text) == [("pension credits would rise by 5% next year", "parliament")]


def test_reporters_told_with_no_that_are_not_words_of_the_clause():
    text = "She told reporters prices would fall before the summer."
    assert _reported(text) == [("prices would fall before the summer", None)]


def test_an_outlet_told_with_no_that_is_not_a_word_of_the_clause():
    text = "Ms Ruane told the BBC progress had been made on waiting lists."
    assert _reported(text) == [("progress had been made on waiting lists", "interview")]


def test_an_outlet_told_with_its_noun_stays_out_of_the_clause():
    text = "He told the Daily Courier newspaper the plan would fail within a year."
    assert _reported(text) == [("the plan would fail within a year", "interview")]


# A follow-on quote


def test_a_follow_on_quote_keeps_the_kind_and_gender_of_the_quote_it_goes_on_from():
    text = ('The network said that Al Morant will present a one-off late show. "This should be great '
            'fun," Morant said. "I have had a fantastic year and I am looking forward to being on air."')
    quotes = _quotes(text)[-2:]
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [("Al Morant", "person")] * 2


# Members of a party before the names of a list


def test_a_party_s_members_before_names_are_no_word_of_the_first_name():
    text = ("The group, including Tories Ann Hale and Sir Tom Reed, met on Monday. Ms Hale said the "
            "issue was urgent.")
    assert speakers(text) == [("Ann Hale", "Ms Hale")]


def test_a_follow_on_quote_of_an_unnamed_speaker_keeps_the_kind_and_gender_of_its_mention():
    text = ('A ministry spokeswoman said the two sides agreed in practice. "The dispute is a narrow one," '
            'she said. "Both men want the same outcome."')
    quotes = _quotes(text)
    assert [(q.speaker.name, q.speaker.kind, q.speaker.gender) for q in quotes[-2:]] == \
        [(None, "person", "female")] * 2


def test_the_one_told_before_that_keeps_its_lower_case_words():
    text = "Their first answer is to tell the American people that we are winning the fight abroad."
    assert [q.text for q in _quotes(text)] == ["that we are winning the fight abroad"]


def test_a_noun_of_the_audience_told_is_no_one_told_before_a_clause():
    text = "Ruiz told the debate audience that she believes the policies must go on."
    assert _reported(text) == [("that she believes the policies must go on", "speech")]


def test_a_body_s_people_told_with_no_that_are_all_the_one_told():
    # "Labour members", "Unison activists": a name and a plural noun of people are one phrase told
    for text in ("Mr Hale told Labour members the Greens had offered a narrow agenda.",
                 "She told Unison activists the union would fight the closures."):
        content = text.split(" members " if " members " in text else " activists ")[1].rstrip(".")
        assert [q.text for q in _quotes(text)] == [content]
