"""Real errors that the gold-free record checker found on 1,000 fresh articles (round 18), as
grammar and genre: a headline that puts its speaker before a colon, a transcript's colon glued to
the quotation mark, the given name "Will" in a sentence the parser does not read, "told the
newspaper" in a story that follows one paper's report, a programme's title in quotation marks
after what it was said on, a day's programme. Each test is a passage of our own writing in the
shape of a class of flags (conventions.md: Speaker, channel).
"""
from __future__ import annotations

from test_checks17 import channels, names, quotes


def test_a_headline_s_speaker_before_a_colon_keeps_the_given_name():
    """'Marta Kovac: ‘Nobody Should ...’' then "Kovac said": the two words before the headline's
    colon are the speaker's name, a listed given name or not; the surname alone later is she."""
    text = ("Marta Kovac: ‘Nobody Should Tell Us What To Wear To Work.’\n\n"
            "\"The rules were silly and pointless. They also opened a debate that matters,\" the "
            "designer told the audience.\n\n"
            "Kovac later spoke about the dress code. “It is really important that we take away the "
            "shame,” Kovac said.")
    assert names(text) == ["Marta Kovac"] * 3


def test_a_role_before_the_headline_s_colon_is_no_given_name():
    """'Hacker Zed: ...' beside "the hacker known as Zed": a word the article writes in lower
    case is a role, not a given name."""
    text = ("Hacker Zed: ‘Their Servers Were Wide Open To Anyone.’\n\n"
            "The hacker known as Zed spent two years in prison. “Their servers were open,” Zed said.")
    assert names(text) == ["Zed", "Zed"]


def test_a_transcript_colon_glued_to_the_quotation_mark_splits_from_the_name():
    """'Lionel Ashdown:"We learned ...': the colon and the mark are words of their own, so the
    name is whole, and the surname alone later is the same man."""
    text = ("Former harbour commissioner Lionel Ashdown:\"We learned that figure from the port "
            "authority and its own audit.\"\n\n"
            "At the hearing, Ashdown suggested that the figure came from the authority.")
    assert names(text) == ["Lionel Ashdown", "Lionel Ashdown"]


def test_will_as_a_given_name_in_a_sentence_the_parser_does_not_read():
    """'... is Will Carver, the maker of ...' in a narrative sentence: "Will" is a stop word, left
    out of the capitalised words that look like names; before a capitalised word inside a
    sentence it is the name's first word, and "Mr Carver" later is Will Carver."""
    text = ("Game studios are hiring hundreds of artists.\n\n"
            "Budgets have tripled in five years. Small firms are struggling.\n\n"
            "One designer bucking the trend towards big art teams is Will Carver, the maker of a "
            "best-selling puzzle series. Mr Carver said that letting players build their own levels "
            "would make them care more about the game.")
    assert names(text) == ["Will Carver"]


def test_told_the_newspaper_in_a_story_that_follows_one_paper_s_report():
    """'..., the Harbour Gazette reported.' ... 'the paper said.' ... '..., told the newspaper.':
    the one paper the story cites as reporting is the one told."""
    text = ("Milltown council is to cut its parks budget by 4%, the Harbour Gazette reported.\n\n"
            "The council will also sell two depots, the newspaper reported. Spending on roads will "
            "rise.\n\n"
            "The cuts follow a review of the city's debts, the paper said.\n\n"
            "In March, the council had said that it would borrow more. \"The city cannot keep "
            "borrowing,\" Ann Reed, an economist with Clyde Bank, told the newspaper. \"It has to "
            "choose.\"")
    assert channels(text)[-2:] == [("interview", "Harbour Gazette")] * 2


def test_a_firm_that_reported_results_is_no_paper_told():
    """'Harbour Steel reported a loss': a verb of reporting with an object is a firm's results,
    not an outlet's story; the Gazette that reported a clause is the paper told."""
    text = ("Harbour Steel reported a loss of 4 million pounds, its first in a decade.\n\n"
            "The Harbour Gazette reported that jobs would go.\n\n"
            "\"The yard cannot keep borrowing,\" Ann Reed, an economist with Clyde Bank, told the "
            "newspaper.")
    assert channels(text)[-1] == ("interview", "Harbour Gazette")  # no leading "the", as conventions.md writes organisations


def test_a_programme_s_title_in_marks_is_no_quotation():
    """'“...,” Ruiz said in March on the podcast “Here’s the Deal.”': the title after what the
    words were said on is no quotation of its own; the cue is the quotation's before it, said on
    a podcast in March."""
    text = ("Ruiz, a former mayor, left politics in 2019.\n\n"
            "“Being a grandfather, that is my job now,” Ruiz said in March on the podcast “Here’s "
            "the Deal.”\n\n"
            "He has since opened a bakery.")
    found = quotes(text)
    assert [q.text for q in found] == ["“Being a grandfather, that is my job now,”"]
    assert found[0].speaker.mention.text == "Ruiz"
    assert (found[0].channel, found[0].said_on.value) == ("podcast", "2024-03")


def test_a_listed_programme_after_a_day_s_possessive():
    """'an interview filed for Sunday’s Meet the Press': the listed programme a day owns is the
    interview's outlet, however the parser reads its first word ("Meet" as a verb)."""
    text = ("Ruiz spoke about the returns. “Ann Lee and I will both release our returns. I will "
            "release mine next week,” Ruiz told Tom Hale of during an interview filed for Sunday’s "
            "Meet the Press.")
    assert channels(text)[-1] == ("interview", "Meet the Press")


def test_a_surname_in_man_after_a_given_name_is_no_role():
    """'Representative Lena Hartman Ostrova of Ohio, the party's chairwoman, ...': a word in -man
    after a known given name is the first of two surnames, not a role like "Congresswoman"
    written before the given name; the name keeps it."""
    text = ("Representative Lena Hartman Ostrova of Ohio, the party's chairwoman, also expressed "
            "concern. \"We will be reaching out to both campaigns,\" she said.")
    assert names(text) == ["Lena Hartman Ostrova"]


def test_a_guest_on_a_programme_is_interviewed_there():
    """'Tom Ruiz was a guest on Fox News Channel's Hannity on Monday. “...,” Ruiz said.': a guest
    on a programme appears on it, as "appeared on" says; the words are an interview there."""
    text = ("Former pollster Tom Ruiz was a guest on Fox News Channel's Hannity on Monday. \"A loss "
            "is increasingly likely,\" Ruiz said.")
    assert channels(text) == [("interview", "Fox News Channel")]
