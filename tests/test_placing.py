"""Placing quotes: the channel each was said in and the day or month it was said, one behaviour a case.

Articles here are dated Friday 5 February 2021 unless a case says otherwise.
"""
from __future__ import annotations

import pytest

import saidwhen

DATE = "2021-02-05"


def placed(text: str, date: str | None = DATE) -> list[tuple[str | None, str | None, str | None]]:
    """(channel, outlet, said_on value) of each quote, in order."""
    return [(q.channel, q.outlet, q.said_on.value if q.said_on else None)
            for q in saidwhen.extract(text, date=date).quotes]


def last(text: str, date: str | None = DATE) -> tuple[str | None, str | None, str | None]:
    found = placed(text, date)
    assert found, "no quote found"
    return found[-1]


# The channel named in the attribution ---------------------------------------

@pytest.mark.parametrize("text, channel", [
    ("“We will appeal,” the ministry said in a statement.", "statement"),
    ("“The count was rigged,” Dana Cole tweeted.", "Twitter"),
    ("“The count was rigged,” Dana Cole posted on X.", "Twitter"),
    ("“The roads are closed,” Mayor Tom Reed wrote on Facebook.", "Facebook"),
    ("“We are not done,” Mayor Tom Reed told reporters at a news conference.", "news conference"),
    ("“We are not done,” Mayor Tom Reed told a press conference.", "news conference"),
    ("“We are not done,” Mayor Tom Reed said in an interview.", "interview"),
    ("“I was scared,” Ana Silva wrote in her book.", "book"),
    ("“The plan failed,” Ana Silva said in a letter to shareholders.", "letter"),
    ("“The plan failed,” Ana Silva said in an email.", "email"),
    ("“The plan failed,” Ana Silva said in a speech to the chamber of commerce.", "speech"),
    ("“The plan failed,” Ana Silva said during the debate.", "debate"),
    ("“The plan failed,” Ana Silva wrote in a blog post.", "blog"),
    ("“The plan failed,” Ana Silva said on her podcast.", "podcast"),
    ("“The plan failed,” Ana Silva told the House of Commons.", "parliament"),
    ("“The plan failed,” Ana Silva testified before the Senate committee.", "parliament"),
    ("“I saw him run,” the witness told the jury.", "court"),
    ("“The plan failed,” Ana Silva told the newspaper.", "interview"),
    ("“We are ready,” Ana Silva said at a rally in Ohio.", "speech"),
    ("“We are ready,” Ana Silva told the party conference.", "speech"),
    ("Speaking on national television, Ana Silva said the plan had failed.", "television"),
    ("“The tax is too high,” the agency said in a report.", "report"),
    ("The figures are wrong, according to Reuters.", "report"),
    ("“It was a hard quarter,” the airline said in a statement e-mailed to The Canadian Press.",
     "statement"),
    ("“It was a hard quarter,” Lise Park said in an e-mail.", "email"),
    ("“The figures do not add up,” the Globe and Mail reported.", "report"),
    ("The study said clinics in small towns close more often.", "report"),
    ("The agency's report, which notes that wait times doubled, was released on Monday.", "report"),
    ("In a letter to the premier, union president Ann Moreau wrote that three clinics would close.",
     "letter"),
    ("“The river is rising,” Mayor Tom Reed wrote on Twitter.", "Twitter"),
    ("The union released a statement Wednesday saying the cuts would close clinics.", "statement"),
    ("“This is our best year,” the company explained in its release.", "press release"),
    ("“We are not done,” Ana Silva said, drawing cheers from the crowd.", "speech"),
    ("“We are not done,” Ana Silva said to loud applause.", "speech"),
    ("“We are not done,” Ana Silva told the crowd.", "speech"),
    ("“We are not done,” Ana Silva told donors in Calgary.", "speech"),
    ("“We are not done,” Ana Silva said at a campaign stop in Surrey.", "speech"),
    ("In his tribute, Pastor Tom Reed said the boxer had changed the city.", "speech"),
    ("“I did not take the money,” Paul Grant testified.", "court"),
    ("“The conduct was careless,” Justice Ann Bell wrote in her ruling.", "court"),
    ("The ruling said the city had acted in bad faith.", "court"),
    ("“You betrayed their trust,” Judge Ann Bell said as she sentenced Grant.", "court"),
    ("“She was shot twice,” Crown prosecutor Tom Reed told the jury in his opening statement.",
     "court"),
    ("In her closing arguments, defence lawyer Ana Silva said the evidence was thin.", "court"),
    ("“We will not close,” Ana Silva said by phone from her home in Sudbury.", "interview"),
    ("“Prices will rise,” Tom Reed told reporters on a conference call.", "news conference"),
    ("“Prices will rise,” Tom Reed said in a video posted to YouTube.", "YouTube"),
    ("“We are looking into it,” said Const. Tom Reed, a spokesperson for Milltown police, in an email.",
     "email"),
    ("“We will appeal,” Ana Silva said in the House.", "parliament"),
    ("“The city failed her,” Ana Silva told the inquest.", "court"),
    ("“The city failed her,” Ana Silva testified at the inquiry.", "court"),
    ("“The law is clear,” Justice Ann Bell wrote in her decision.", "court"),
    ("“The law is clear,” Ana Silva told Justice Ann Bell.", "court"),
    ("“Sales will fall,” the company said in a regulatory filing.", "report"),
    ("“Sales will fall,” analyst Tom Reed wrote in a research note.", "report"),
    ("Analyst Tom Reed wrote in a note to clients that sales would fall.", "report"),
    ("Under cross-examination, defence lawyer Paul Grant suggested the lights were off.", "court"),
    ("On his second day in the trial, Tom Reed played down his role and denied he met the buyers.",
     "court"),
    ("Leah Moss repeatedly told jurors that she saw him leave.", "court"),
    ("“We will appeal,” Ana Silva said in a statement to CBC News.", "statement"),
    ("In a long email exchange with the paper, Ana Silva said the mill would close.", "email"),
    ("In a back-and-forth email thread, the council asked whether the mill would close.", "email"),
    ("Reports in Milltown said the mill would close.", "report"),
    ("Newspaper reports have said the mill would close.", "report"),
    # a phrase opening the sentence, however the parser hangs it: here on "suspended"
    ("In a statement released shortly after the senator suspended his campaign, Cole said he was sure "
     "Silva would fight on.", "statement"),
    ("“We condemn the abuse of our service,” Twitter said in a statement.", "statement"),
    ("Ana Silva admitted to CBC News that the plan had been a mistake.", "interview"),
    ("“The budget is balanced,” the premier told MLAs.", "parliament"),
    ("“The budget is balanced,” the premier said in question period.", "parliament"),
    ("“The budget is balanced,” the premier told CTV's Question Period.", "interview"),
    ("“The budget is balanced,” the premier said in an emailed response.", "email"),
    ("“The budget is balanced,” the premier said in an email reply to questions.", "email"),
    ("“The budget is balanced,” the premier said on his weekly radio show.", "radio"),
    ("“The race is close,” Ana Silva said on Tom Reed's radio program on Monday.", "interview"),
    ("On Thursday, Ana Silva complained to CBS News' Tom Reed that the ad was unfair.", "interview"),
    ("The town issued a statement saying the comments were false.", "statement"),
    ("Ana Silva sent an email to staff saying the mill would close.", "email"),
    ("Discussing her concern in a public statement, Ana Silva said, “The mill will close.”", "statement"),
    ("Ana Silva, speaking in the House of Commons, said the mill would close.", "parliament"),
    ("Ana Silva, addressing the legislature on Thursday, said the mill would close.", "parliament"),
    ("When reached by CBC News, Ana Silva said the mill would close.", "interview"),
    ("Contacted by the Globe and Mail, Ana Silva said the mill would close.", "interview"),
    ("Ana Silva, reached by phone, said the mill would close.", "interview"),
    ("“We thank every city that applied,” said Ana Silva to the gathered crowd.", "speech"),
    ("Acme co-founder Ana Silva tweeted to the boy and said he was welcome to visit.", "Twitter"),
    ("Ana Silva held a news conference in which she said the mill would close.", "news conference"),
    ("Ana Silva sent a letter to staff, in which she wrote that the mill would close.", "letter"),
    ("“The mill will close,” Ana Silva told the public inquiry.", "court"),
    ("“The mill will close,” Ana Silva told the National Assembly.", "parliament"),
    ("“The mill will close,” Ana Silva told the House.", "parliament"),
    ("The mill will close, according to a court document.", "report"),
    ("“The mill will close,” Ana Silva said from the witness stand.", "court"),
])
def test_the_attribution_names_the_channel(text, channel):
    assert last(text)[0] == channel


@pytest.mark.parametrize("text, outlet", [
    ("“We are not done,” Mayor Tom Reed told CNN.", "CNN"),
    ("“We are not done,” Mayor Tom Reed told The Canadian Press.", "The Canadian Press"),
    ("In an interview with The Globe and Mail, Ana Silva said the plan had failed.", "The Globe and Mail"),
    ("“It is over,” Ana Silva said on CNN's State of the Union.", "CNN"),
    ("“It is over,” Ana Silva told Bill Grant of Fox News.", "Fox News"),
    ("“It is over,” Ana Silva told CBC News on Monday.", "CBC News"),
    ("“Sales will fall,” Ana Silva told La Presse.", "La Presse"),
    ("Her mother told US TV network Fox News on Sunday that he was innocent.", "Fox News"),
    ("“He is innocent,” Ana Silva told French radio station RTL.", "RTL"),
    ("“We will win,” Ana Silva told The Hill.", "The Hill"),
])
def test_an_outlet_told_is_an_interview_with_that_outlet(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, outlet", [
    ("“We will win,” Ana Silva told the Milltown Clarion newspaper.", "Milltown Clarion"),
    ("“We will win,” Ana Silva told the Clarion, a Milltown weekly.", "Clarion"),
    ("“We will win,” Ana Silva said in an interview with the Milltown Clarion.", "Milltown Clarion"),
    ("“We will win,” Ana Silva told Radio Milltown.", "Radio Milltown"),
])
def test_an_outlet_the_text_calls_one_is_an_interview_with_it_whatever_its_name(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, outlet", [
    ("“We will win,” Ana Silva told Radio-Canada.", "Radio-Canada"),
    ("“We will win,” Ana Silva told the Milltown Herald-Tribune.", "Milltown Herald-Tribune"),
    ("“We will win,” Ana Silva told Maclean's.", "Maclean"),
    ("“We will win,” Ana Silva told CityNews on Monday.", "CityNews"),
    ("“We will win,” Ana Silva told 680 News.", "680 News"),
    ("“We will win,” Ana Silva told 680 CJOB on Monday.", "680 CJOB"),
    ("“We will win,” Ana Silva told the StarPhoenix.", "StarPhoenix"),
    ("“We will win,” Ana Silva told the News of the World.", "News of the World"),
    ("“We will win,” Ana Silva told the Hamilton Spectator.", "Hamilton Spectator"),
    ("“We will win,” Ana Silva remarked to the Milltown Paper.", "Milltown Paper"),
    ("“We will win,” Ana Silva said on Channel Five.", "Channel Five"),
])
def test_an_outlet_s_name_may_hold_a_hyphen_a_possessive_or_a_frequency(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


# An organisation told, spoken to or on, or interviewed by is an interview with an outlet where
# the article calls it one anywhere, whatever its name: no list of outlets is asked.
@pytest.mark.parametrize("typed", [
    "The Clarion, a family-owned Milltown weekly, broke the story.",
    "The Milltown daily Clarion broke the story.",
    "The Clarion newspaper broke the story.",
    "A Clarion reporter broke the story.",
    "The Clarion's editorial board backed the plan.",
    "The Clarion reported the story first.",
])
@pytest.mark.parametrize("told", [
    "“We will rebuild,” Mayor Lise Park told the Clarion.",
    "“We will rebuild,” Mayor Lise Park said in an interview with the Clarion.",
    "“We will rebuild,” Mayor Lise Park said in comments to the Clarion.",
    "Speaking to the Clarion on Monday, Mayor Lise Park said the city would rebuild.",
])
def test_an_organisation_the_article_calls_an_outlet_is_an_interview_with_it(typed, told):
    assert last(typed + "\n\n" + told)[:2] == ("interview", "Clarion")


@pytest.mark.parametrize("scene", [
    "Mayor Lise Park was interviewed by the Clarion on Monday.",
    "Mayor Lise Park sat down with the Clarion on Monday.",
    "Mayor Lise Park spoke to the Clarion on Monday.",
])
def test_an_interview_with_a_typed_outlet_sets_the_scene(scene):
    text = "The Clarion, a Milltown weekly, broke the story.\n\n" + scene + " “We have the money,” she said."
    assert last(text) == ("interview", "Clarion", "2021-02-01")


@pytest.mark.parametrize("text", [
    "“We will rebuild,” Mayor Lise Park told the Clarion.",
    "Tom Reed reported the story first.\n\n“We will rebuild,” Mayor Lise Park told Reed.",
    "The Clarion, a Milltown weekly, broke the story.\n\n“We will rebuild,” Mayor Lise Park wrote in the Clarion.",
    "The Clarion, a Milltown weekly, broke the story.\n\n"
    "Mayor Lise Park was quoted by the Clarion as saying the city would rebuild.",
])
def test_a_name_the_article_never_calls_an_outlet_or_one_not_spoken_to_is_no_interview(text):
    assert last(text)[:2] == (None, None)


@pytest.mark.parametrize("text, outlet", [
    ("“We will rebuild,” Mayor Lise Park told Kvällsposten.", "Kvällsposten"),
    ("Mayor Lise Park told Kommersant on Monday that the city would rebuild.", "Kommersant"),
    ("“We will win,” Tom Reed told Today.", "Today"),  # parsed as a time
])
def test_a_name_of_one_word_told_is_an_outlet_unless_a_person_or_a_place(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text", [
    "Hiroshi Nakamura runs the fund.\n\n“We will rebuild,” Mayor Lise Park told Nakamura.",
    "Reed runs the fund and said it was empty.\n\n“We will rebuild,” Mayor Lise Park told Reed.",
    "Councillor Reed asked for help.\n\n“We will rebuild,” Mayor Lise Park told Reed.",
    "“We will rebuild,” Mayor Lise Park told Ottawa.",
    "“We will rebuild,” Mayor Lise Park told Ana.",
    "“We will rebuild,” Mayor Lise Park told AIPAC.",
    "“We will rebuild,” Mayor Lise Park told Hiroshi Nakamura.",
    "Acme Corp. posted a loss.\n\n“We will rebuild,” Mayor Lise Park told Acme.",
])
def test_a_person_a_place_or_an_acronym_told_by_name_is_no_interview(text):
    assert last(text)[:2] == (None, None)


@pytest.mark.parametrize("text", [
    "“We will win,” Ana Silva told the Red Cross.",
    "“We will win,” Ana Silva said in an interview with the White House.",
    "“We will win,” Ana Silva said in an interview with the Prime Minister.",
])
def test_an_organisation_or_a_title_the_text_does_not_call_an_outlet_is_none(text):
    assert last(text)[1] is None


@pytest.mark.parametrize("text", [
    "Two ministers resigned, the newspaper said.",
    "The talks had failed, said Kesho, a weekly newspaper in Arusha.",
    "Milltown magazine Clarion said the talks had failed.",
])
def test_a_publication_that_says_gives_its_report(text):
    assert last(text)[0] == "report"


@pytest.mark.parametrize("text", [
    "Most renters back the cap, according to a Norvik poll released on Monday.",
    "Most renters back the cap, according to a new survey by the Milltown Institute.",
    "The survey said most renters backed the cap.",
])
def test_a_poll_or_a_survey_that_speaks_gives_its_report(text):
    assert last(text)[0] == "report"


@pytest.mark.parametrize("text", [
    "Voters went to the polls on Tuesday. Ana Silva said the turnout was low.",
    "After the latest poll, Ana Silva said the race was close.",
    "Referee Graham Poll said he had applied the laws of the game.",
])
def test_a_poll_that_does_not_speak_is_no_channel(text):
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    "“The count was off by a thousand,” The Blaze reported.",
    "The count was off by a thousand, The Milltown Clarion reported on Monday.",
    "The Guardian cited questions from the form, such as: “Were you ever a soldier?”",
])
def test_a_publication_written_as_a_title_that_reports_or_cites_gives_its_report(text):
    assert last(text)[0] == "report"


def test_a_person_who_made_a_show_is_no_outlet_cited():
    text = "The series will be “a dark comedy”, according to Tom Reed, who created TV Milltown in 1999."
    assert last(text)[0] is None


@pytest.mark.parametrize("text, channel", [
    ("“We will close the mill,” Ana Silva wrote to staff.", "letter"),
    ("Ana Silva wrote to the minister on Monday, demanding that the mill stay open.", "letter"),
    ("“We will close the mill,” Ana Silva wrote to staff in an email.", "email"),
    ("“We will close the mill,” Ana Silva wrote to say.", None),
])
def test_words_written_to_someone_are_a_letter_unless_a_medium_is_named(text, channel):
    assert last(text)[0] == channel


@pytest.mark.parametrize("text", [
    "The company knew of the leak, according to a statement of claim filed in Ontario Superior Court.",
    "The driver was going 140 km/h, according to an agreed statement of facts.",
    "In its statement of defence, the city said the road was safe.",
])
def test_a_statement_filed_in_a_case_is_court(text):
    assert last(text)[0] == "court"


@pytest.mark.parametrize("text, channel", [
    ("“We will win,” as Tom Reed put it on CNN.", "interview"),
    ("Tom Reed put the ad on CNN, saying “We will win.”", None),  # a thing put on the air, not words
])
def test_words_put_on_an_outlet_are_an_interview_with_it(text, channel):
    assert last(text)[0] == channel


@pytest.mark.parametrize("text, outlet", [
    ("Ana Silva gave an interview to The Washington Post in which she said the mill would close.",
     "The Washington Post"),
    ("Ana Silva stood by the interviews she gave to the paper in which she said the mill would close.", None),
])
def test_a_clause_in_which_someone_said_hung_on_the_one_told_is_in_the_interview(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


def test_a_clause_in_which_someone_said_in_a_place_names_no_channel():
    assert last("Ana Silva went back to the town in which she said the mill would close.")[0] is None


def test_a_filibuster_is_parliament():
    text = "“We are tying their hands,” state Sen. Tom Reed said about halfway through the filibuster."
    assert last(text)[0] == "parliament"


@pytest.mark.parametrize("text", [
    "A spokesman for the newspaper said the talks had failed.",
    "The agency said the talks had failed.",
])
def test_someone_of_a_publication_or_another_agency_that_says_gives_no_report(text):
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    "Local media reported that the mayor had asked again for a new bridge.",
    "State media said the mill would close within a year.",
    "MILLTOWN TODAY reported on Monday that the mill would close.",
])
def test_the_news_media_or_an_outlet_named_in_capitals_that_reports_give_a_report(text):
    assert last(text)[0] == "report"


def test_an_outlet_named_in_capitals_told_is_an_interview():
    assert last("“The mill is closing,” Ana Silva told USA TODAY.")[:2] == ("interview", "USA TODAY")


@pytest.mark.parametrize("text", [
    "“We need the raise,” Ana Silva said on a press call.",
    "“We need the raise,” Ana Silva, a cook, said on a media call set up by the unions.",
])
def test_a_call_with_the_press_is_a_news_conference(text):
    assert last(text)[0] == "news conference"


def test_an_acronym_in_brackets_after_its_words_is_no_call_sign():
    text = "Tourism gives work to two million people, according to the Western Travel and Tourism Council (WTTC)."
    assert last(text)[0] is None


def test_a_crowd_given_something_is_not_spoken_to():
    text = ("Senator Ana Silva refunded $43,100 to the donors on Monday. "
            "“Out of caution, the campaign has refunded the money,” said Silva campaign manager Tom Reed.")
    assert last(text)[0] is None


def test_someone_s_judgment_believed_in_is_no_court():
    text = ("Ms. Silva fired back that voters had chosen her twice, so clearly believed in her judgment. "
            "She said “I stood up to the banks” when she was in the Senate.")
    assert last(text)[0] is None


def test_an_outlet_s_initials_told_are_an_interview_where_the_article_names_it_in_full():
    told = "“It is hard to find a buyer,” Mr Reed told the MH."
    assert last("According to the Milltown Herald, the mill is for sale. " + told)[:2] == ("interview", "MH")
    assert last("According to Mary Hale, the mill is for sale. " + told)[0] is None


def test_a_verb_joined_to_the_cue_sets_where_it_was_said():
    text = ("Ana Silva greeted 2,000 supporters at a rally in Milltown on Thursday and told them that "
            "together they would rebuild the mill.")
    assert last(text) == ("speech", None, "2021-02-04")


def test_a_secretary_of_the_press_is_no_report():
    assert last("The press secretary said the mill would close within a year.")[0] is None


def test_a_document_described_by_what_it_holds_sets_no_scene():
    text = ("“We have solved every problem,” Tom Reed said on Friday. “Nothing is left.” "
            "But his sweeping statement contained no details.")
    assert [q[0] for q in placed(text)] == [None, None]


def test_news_reports_are_the_channel_of_their_own_words_only():
    text = ("Newspaper reports have said the mill was losing money. "
            "“We will fight on,” Ana Silva said.")
    assert [q[0] for q in placed(text)] == ["report", None]


def test_a_result_posted_by_a_company_is_no_post_and_sets_no_scene():
    text = ("Helped by strong sales, Milltown Mills Corp. posted a 20% gain in third-quarter net income.\n\n"
            "The flour and bread company said net rose to $10.8 million, or $1.35 a share, from $9.1 million.")
    assert last(text) == (None, None, DATE)


@pytest.mark.parametrize("text", [
    "“I feel a lot of emotion,” Ana Silva told a TV interviewer.",
    "“I feel a lot of emotion,” Ana Silva told host Tom Reed.",
    "“I feel a lot of emotion,” Ana Silva told presenter Tom Reed on Monday.",
])
def test_an_interviewer_or_a_host_told_is_an_interview_with_no_outlet(text):
    assert last(text)[:2] == ("interview", None)


@pytest.mark.parametrize("text", [
    "“We are not done,” Mayor Tom Reed told reporters.",
    "“We are not done,” Mayor Tom Reed said.",
    "“The plan failed,” Ana Silva wrote in The Times.",
    "“It is fine,” said Maria Lopez, an editor at the Cook Political Report.",
    "“We will appeal,” Ana Silva said outside court.",
    "“It is fine,” Mary Hale said to the radio host.",
    "“We are ready,” Ana Silva told reporters at the fundraiser.",
    "“We are ready,” Ana Silva said over dinner.",
    "Supporters of the bill in Congress say the program works.",
    "The nominee complained about his microphone the morning after the debate, suggesting it was cut.",
    "Reed sat as a member of parliament until 2014, claiming he was wasting his time.",
    "“We will cut 300 jobs,” CBC News said.",
    "“The bill is flawed,” Justice Minister Ana Silva said.",
    "“Prices will rise,” Tom Reed said on a conference call with analysts.",
    "“We will talk again,” the premier told the prime minister by phone.",
    "“We will appeal,” Ana Silva said at the White House.",
    "“The law is clear,” Health Minister Ana Silva said of the decision.",
    "“We were stunned,” Ana Silva wrote in an op-ed in the Globe.",
    "“We will not back down,” Ana Silva told reporters on Parliament Hill.",
    "“We will not back down,” Ana Silva said at an event in Surrey.",
    "“We will not back down,” Ana Silva told reporters outside the House of Commons.",
    "A spokesman for the Milltown cable television and telephone company said the rate was not fixed.",
    "“The budget is balanced,” the premier said, praising the radio show.",
    "Responding to criticism from BBC Sport pundit Tom Reed, Ana Silva insisted the club was not for sale.",
    "The portal reported a fivefold rise in the phishing e-mail messages it caught, Ana Silva said.",
    "On the subject of Milltown, Ana Silva added that the plant would stay open.",
    "Tom Reed did not respond to AP's requests, but Ana Silva said the plant would stay open.",
    "The report was retweeted 3,000 times, leading critics like Tom Reed to counter that it was wrong.",
    "“It is a moving book,” wrote the judges.",
    "“We will fix it,” a Facebook spokesperson said.",
    "About 6 million people will visit, according to the festival website.",
    "Ana Silva said during her 22 years in Parliament she had seen leaders come and go.",
    "Ana Silva spoke on the Channel Tunnel rail link, saying it would open in May.",
    "“The mill will close,” Ana Silva told the UN General Assembly.",
    "Ana Silva launched an inquiry, saying the mill would close.",
])
def test_no_channel_where_the_text_names_none(text):
    assert last(text)[:2] == (None, None)


def test_a_platform_posted_on_as_a_habit_sets_no_scene():
    text = ("Ana Silva often posts on Instagram about her garden.\n\n"
            "“Spring is coming,” Silva said.")
    assert last(text)[0] is None


def test_a_generic_outlet_word_said_to_is_no_interview():
    assert last("“I would,” Melanie said to the TV.")[0] != "interview"


def test_a_channel_of_another_speakers_clause_is_not_the_quotes():
    text = ("Although the company's statement said it would stay, analysts said they thought Acme "
            "would pull out of the deal.")
    assert placed(text)[-1][0] is None


def test_a_channel_in_a_clause_about_something_else_is_not_the_quotes():
    text = "Heading into the first debate, Sanders told MSNBC that nobody doubted her."
    assert last(text)[:2] == ("interview", "MSNBC")


# The channel set by the scene before the quote ---------------------------------

def test_the_caption_of_an_instagram_post_is_instagram():
    text = ("In a recent Instagram post, Ana Silva shared photos of her garden.\n\n"
            "“Spring is coming,” she wrote in the caption.")
    assert last(text) == ("Instagram", None, "2021-02")


def test_an_essay_on_medium_sets_the_channel_of_the_quotes_after_it():
    text = ("Ana Silva lost the lawsuit in March 2020. About a month later, Silva penned a Medium "
            "essay about the trial.\n\n“It broke me,” she wrote.")
    assert last(text) == ("Medium", None, "2020-04")


def test_a_platform_talked_about_is_not_where_the_quote_was_said():
    text = ("Ana Silva has been outspoken on social media about the plan.\n\n"
            "“It failed,” Silva said.")
    assert last(text) == (None, None, DATE)


def test_a_platform_account_is_not_where_the_quote_was_said():
    text = "Ana Silva deleted her Twitter account in January.\n\n“I needed a break,” Silva said."
    assert last(text)[0] is None


def test_an_occasion_still_to_come_sets_no_scene():
    text = ("On Monday, Ana Silva will headline a fundraiser for the party.\n\n"
            "“We are ready,” Silva said.")
    assert last(text)[0] is None


def test_a_standing_view_in_the_present_is_not_said_in_the_scene_before_it():
    text = ("“We had no choice,” Mayor Lise Park said in a statement on Tuesday.\n\n"
            "“The budget is short,” said councillor Tom Reed.\n\n"
            "Park insists the clinics will reopen.")
    assert last(text)[0::2] == (None, None)


def test_the_nearest_scene_wins_over_a_platform_talked_about_before_it():
    text = ("Ana Silva has been candid on social media about her illness.\n\n"
            "In a Facebook post on Monday, Silva shared photos from the hospital.\n\n"
            "“I am getting better,” she wrote.")
    assert last(text) == ("Facebook", None, "2021-02-01")


def test_a_scene_about_someone_else_does_not_place_the_quote():
    text = ("In an Instagram post on Monday, Ana Silva thanked her fans.\n\n"
            "“It was moving,” said Tom Reed, her manager.")
    assert last(text) == (None, None, DATE)


def test_an_event_named_again_gives_the_scene_its_time():
    text = ("Ana Silva lost the county election in late November 2020.\n\n"
            "When she conceded the county election on Facebook, she posted a photo of her team.\n\n"
            "“We gave it everything,” she wrote.")
    assert last(text) == ("Facebook", None, "2020-11")


# Carried to the quotes that go on in the same scene --------------------------

def test_a_follow_on_quote_carries_the_channel_and_the_day():
    text = "“We are ready,” Ana Silva said in a statement on Wednesday. “The work starts now.”"
    assert placed(text) == [("statement", None, "2021-02-03")] * 2


def test_a_follow_on_quote_of_a_pair_takes_their_day_whoever_the_speakers_stage_names():
    text = ("Experts have doubted the claim.\n\n“The plant could make more fuel than before,” nuclear "
            "experts Tom Reed and Ana Silva of the Milltown Institute wrote in September. “Whether it can "
            "do so is unknown.”")
    assert [q[2] for q in placed(text)] == ["2020-09", "2020-09"]


def test_a_later_he_said_after_a_call_to_a_named_outlet_gets_no_channel():
    # the opening phrase names only the call; the outlet is the one the verb told
    text = ("The council approved the budget on Monday.\n\nReached by phone on Tuesday, Mayor Ana Silva "
            "told the Milltown Herald she would not appeal the ruling. She said, however, that she hoped "
            "someone else would take up the fight.")
    assert [q[:2] for q in placed(text)] == [("interview", "Milltown Herald"), (None, None)]


def test_an_outlet_that_reached_the_speaker_sets_the_interview_for_her_later_words():
    # guard: the outlet named in the opening phrase is the scene, as before
    text = ("The council approved the budget on Monday.\n\nReached by the Milltown Herald on Tuesday, Mayor "
            "Ana Silva said she would not appeal the ruling. She said, however, that she hoped someone else "
            "would take up the fight.")
    assert [q[:2] for q in placed(text)] == [("interview", "Milltown Herald")] * 2


def test_a_follow_on_after_an_attribution_that_is_no_cue_shares_the_day():
    # "Silva pressed" is no cue: the question before is read as Reed's, the next one as Silva's
    text = ("Mayor Tom Reed spoke to Radio Milltown on Monday night.\n\n“It is a fair budget,” Reed said. "
            "“Nobody loses a clinic.”\n\n“Would you raise the tax instead?” Silva pressed. “Or sell the "
            "depot?”\n\n“Neither,” Reed answered.")
    assert [q[2] for q in placed(text)][2:4] == ["2021-02-01", "2021-02-01"]


GESTURE = ("Milltown council voted on Tuesday to close two of the four clinics.\n\n“It goes in one ear and "
           "out the other,” Tom Reed said. Ana Silva {}. “Tom is much better about it than I am.”")


def test_a_quotation_its_speakers_gesture_introduces_is_as_fresh_as_the_narrative():
    assert last(GESTURE.format("shook her head"))[2] == "2021-02-02"


@pytest.mark.parametrize("sentence", ["shook her head in 1998", "moved to Milltown"])
def test_a_quotation_after_a_gesture_of_another_time_or_after_another_deed_stays_undated(sentence):
    assert last(GESTURE.format(sentence))[2] is None


def test_later_quotes_of_the_same_speaker_stay_in_the_scene():
    text = ("In an Instagram post on Monday, Ana Silva thanked her fans.\n\n"
            "“You kept me going,” she wrote.\n\n"
            "She also shared a photo of her dog.\n\n"
            "“He never left my side,” she wrote.")
    assert placed(text) == [("Instagram", None, "2021-02-01")] * 2


def test_a_scene_is_dated_by_its_own_time_not_by_the_topic_of_the_speech():
    text = ("Tom Reed spoke on Wednesday at a rally in Ottawa about the Feb. 1 vote.\n\n"
            "“We will win,” Reed said.")
    assert last(text) == ("speech", None, "2021-02-03")


def test_a_year_describing_who_the_scene_is_about_does_not_undate_it():
    text = ("Ana Silva, the 2012 Olympic champion, spoke to reporters after the race.\n\n"
            "“We were better,” Silva said.")
    assert last(text)[2] == DATE


def test_a_quote_with_no_cue_introduced_by_the_sentence_before_takes_its_scene():
    text = ("Milltown council voted on Wednesday to close two clinics.\n\n"
            "“We had no choice,” Mayor Lise Park said.\n\n"
            "Senator Tom Reed, who has fought the closures for years, tweeted a warning. "
            "“Remember in November the councillors who voted to close our clinics.”")
    assert last(text) == ("Twitter", None, "2021-02-03")


def test_quotations_a_label_introduces_after_a_game_are_fresh_words():
    text = ("Milltown beat the Pikes 2-0 on Monday night.\n\n"
            "- Milltown coach Ana Silva: “We had a great chance early. “We kept the tempo.”\n"
            "- Pikes coach Tom Reed: “It wasn't our night.”")
    # Given as fresh words are; the coaches' words after the game the sentence before dates four
    # days back are tied to it by their role (conventions.md: quotes after a game belong to the
    # game day when the text ties the words to it), so they take its day (placing/ties.py).
    assert [q[2] for q in placed(text)] == ["2021-02-01"] * 3


def test_a_quote_with_no_cue_after_a_colon_takes_the_scene_of_its_own_sentence():
    text = ("Premier Ana Silva is under pressure over the plan.\n\n"
            "During question period on Wednesday, Silva defended the plan whilst promising an "
            "“update”: “We are working as quickly as possible to bring forward that bill.”")
    assert last(text) == ("parliament", None, "2021-02-03")


def test_a_quote_with_no_cue_that_no_scene_introduces_is_not_placed():
    text = ("Milltown council voted on Wednesday to close two clinics.\n\n"
            "“We had no choice,” Mayor Lise Park said.\n\n"
            "Ana Silva wrote a book about the clinics in 2015. “Nobody listens to nurses.”")
    assert last(text) == (None, None, None)


def test_a_lede_takes_the_scene_the_next_paragraph_sets():
    text = ("Ana Silva says she is done with politics.\n\n"
            "In a Facebook post on Tuesday, Silva announced her retirement.\n\n"
            "“It is time,” she wrote.")
    assert placed(text) == [("Facebook", None, "2021-02-02")] * 2


@pytest.mark.parametrize("scene, channel, outlet", [
    ("Jennifer Silva sat down with The Canadian Press on Tuesday.", "interview", "The Canadian Press"),
    ("Jennifer Silva appeared before the Commons finance committee on Tuesday.", "parliament", None),
    ("Jennifer Silva spoke at a rally in Halifax on Tuesday.", "speech", None),
])
def test_a_scene_a_sentence_before_names_the_channel(scene, channel, outlet):
    assert last(scene + "\n\n“The numbers are wrong,” she said.") == (channel, outlet, "2021-02-02")


@pytest.mark.parametrize("scene, channel", [
    ("In an interview on Tuesday, Jennifer Silva was upbeat.", "interview"),
    ("Jennifer Silva was defiant in an interview with CBC News on Tuesday.", "interview"),
    ("At a news conference on Tuesday, Jennifer Silva was upbeat.", "news conference"),
    ("Jennifer Silva was at a rally in Halifax on Tuesday.", "speech"),
    ("In a sit-down with The Canadian Press on Tuesday, Jennifer Silva was upbeat.", "interview"),
    ("Jennifer Silva was upbeat during an appearance on Power Play on Tuesday.", "interview"),
])
def test_someone_at_an_occasion_of_speaking_sets_the_scene(scene, channel):
    assert last(scene + "\n\n“The numbers are wrong,” she said.")[0::2] == (channel, "2021-02-02")


@pytest.mark.parametrize("scene", [
    "Jennifer Silva was not at the debate on Tuesday.",
    "Jennifer Silva will be at a rally in Halifax on Tuesday.",
    "Jennifer Silva was in court on Tuesday.",
    "Jennifer Silva appeared on Parliament Hill on Tuesday.",
])
def test_someone_not_at_an_occasion_or_at_a_place_sets_no_channel(scene):
    assert last(scene + "\n\n“The numbers are wrong,” she said.")[0] is None


def test_a_programme_appeared_on_is_the_outlet_of_the_interview():
    text = "Jennifer Silva was upbeat during an appearance on Power Play on Tuesday. “We will win,” she said."
    assert last(text) == ("interview", "Power Play", "2021-02-02")


@pytest.mark.parametrize("opening, channel, outlet", [
    ("In an interview with the Halifax Chronicle Herald, Ana Ruiz said the plan had failed.",
     "interview", "Halifax Chronicle Herald"),
    ("Speaking on Radio Milltown on Saturday, Ana Ruiz said the plan had failed.", "interview", "Radio Milltown"),
    ("At a news conference on Tuesday, Ana Ruiz said the plan had failed.", "news conference", None),
    ("On a conference call with reporters on Tuesday, Ana Ruiz said the plan had failed.", "news conference", None),
])
def test_an_occasion_opening_a_quote_s_sentence_is_the_scene_of_the_speaker_s_next_quotes(opening, channel, outlet):
    text = opening + " “It was never funded,” she said. “Nobody asked us,” Ruiz said."
    assert [q[:2] for q in placed(text)] == [(channel, outlet)] * 3


@pytest.mark.parametrize("opening", [
    "During question period, Ana Ruiz said the plan had failed.",
    "At a committee hearing on Tuesday, Ana Ruiz said the plan had failed.",
    "During a debate in the House of Commons, Ana Ruiz said the plan had failed.",
    "In question period, Ana Ruiz said the plan had failed.",
])
def test_an_occasion_of_parliament_opening_a_quote_s_sentence_is_the_scene_of_the_speaker_s_next_quotes(opening):
    text = opening + " “It was never funded,” she said. “Nobody asked us,” Ruiz said."
    assert [q[0] for q in placed(text)] == ["parliament"] * 3


@pytest.mark.parametrize("opening", [
    "But, speaking to the Treasury Committee, Ana Ruiz said the plan had failed.",
    "And speaking in the House of Commons on Tuesday, Ana Ruiz said the plan had failed.",
])
def test_speaking_to_a_parliament_opening_a_sentence_after_a_conjunction_is_the_scene_of_the_next_quotes(opening):
    text = opening + " “It was never funded,” she said. “Nobody asked us,” Ruiz said."
    assert [q[0] for q in placed(text)] == ["parliament"] * 3


@pytest.mark.parametrize("opening", [
    "Taking the stand on Tuesday, Ann Lee said the money was gone.",
    "Giving evidence on Tuesday, Ann Lee said the money was gone.",
    "Testifying on Tuesday, Ann Lee said the money was gone.",
    "At the trial, Ann Lee said the money was gone.",
    "During the trial on Tuesday, Ann Lee said the money was gone.",
])
def test_testifying_or_a_trial_opening_a_quote_s_sentence_is_the_court_scene_of_the_speaker_s_next_quotes(opening):
    text = opening + " “I never saw it,” she said. “Nobody asked me,” Lee said."
    assert [q[0] for q in placed(text)] == ["court"] * 3


@pytest.mark.parametrize("before, channel", [
    ("Ann Lee appeared in court on Monday for a bail hearing.", "court"),
    ("The judge heard the bail application on Monday.", "court"),
    ("The Senate committee took up the permit on Monday.", "parliament"),
])
def test_the_hearing_opening_a_quote_s_sentence_is_the_one_of_the_court_or_parliament_told_before(before, channel):
    text = before + "\n\nAt the hearing, Ann Lee said the money was gone. “I never saw it,” she said."
    assert [q[0] for q in placed(text)] == [channel] * 2


@pytest.mark.parametrize("text", [
    "“We will win,” Ana Silva told the Democratic National Committee on Tuesday.",
    "“We will win,” Ana Silva told the International Olympic Committee.",
    ("Ana Silva went to the Disasters Emergency Committee with the idea on Monday. "
     "“I was shocked at the scale of it,” she said."),
    ("The Democratic National Committee's platform panel met on Tuesday.\n\n"
     "At the hearing, Ana Silva said the platform was open."),
])
def test_a_committee_of_a_party_a_sport_or_a_charity_is_no_parliament(text):
    assert placed(text)[-1][0] is None


@pytest.mark.parametrize("text", [
    "“We will win,” Ana Silva told the Senate Judiciary Committee.",
    "“We will win,” Ana Silva told the Treasury Committee.",
    "“We will win,” Ana Silva told the committee.",
])
def test_a_committee_of_a_legislature_is_parliament(text):
    assert last(text)[0] == "parliament"


def test_words_said_in_a_session_of_the_hearing_are_the_parliament_s_told_before():
    text = ("The Senate committee questioned Ann Lee for 11 hours.\n\nIn the evening session of the hearing, "
            "Lee suggested that the money was gone.")
    assert last(text)[0] == "parliament"


@pytest.mark.parametrize("opening, channel", [
    ("During the inquiry, Ann Lee said the money was gone.", "court"),
    ("At the inquiry on Tuesday, Ann Lee said the money was gone.", "court"),
    ("During the Senate committee's inquiry, Ann Lee said the money was gone.", "parliament"),
])
def test_an_inquiry_sitting_opening_a_quote_s_sentence_is_the_scene_of_the_speaker_s_next_quotes(opening, channel):
    text = opening + " “I never saw it,” she said. “Nobody asked me,” Lee said."
    assert [q[0] for q in placed(text)] == [channel] * 3


@pytest.mark.parametrize("text", [
    # a hearing no court or parliament is told of; one to come; an inquiry that finds, not sits
    "The council met on Tuesday to hear the appeal.\n\nAt the hearing, Ann Lee said the money was gone.",
    "Ann Lee said a hearing would be held next month.",
    "Police launched an inquiry on Monday. “We are looking into it,” a spokesperson said.",
    "The house was sold in May.\n\nAt the hearing, Ann Lee said the money was gone.",
    # a party's platform committee holds hearings too; a hearing spoken of, not said at
    "Silva named five people to the committee.\n\nAnn Lee said at the hearing that the money was gone.",
    ("The Senate held its hearing on Monday.\n\n“She was great,” Ann Lee said to Reed in praise of "
     "her performance at the hearing."),
])
def test_a_hearing_or_inquiry_that_is_no_sitting_of_a_court_or_parliament_names_no_channel(text):
    assert [q[0] for q in placed(text)] == [None]


@pytest.mark.parametrize("text", [
    # a part of the trial, not its sitting; a stand taken on an issue; the stairs taken
    "At the trial's end, the crowd cheered. “I never saw it,” Ann Lee said.",
    "Taking a stand against the plan, Ann Lee said the money was gone. “I never saw it,” she said.",
    "Taking the stairs, Ann Lee said the money was gone. “I never saw it,” she said.",
    # named after the verb: the channel of its own words only
    "Ann Lee said at the trial that the money was gone. “I never saw it,” she said.",
])
def test_no_court_scene_without_testifying_or_a_trial_opening_the_sentence(text):
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    # the house as a place, not a sitting; named after the verb; another paragraph
    "In the House of Commons, Ana Ruiz said the plan had failed. “It was never funded,” she said.",
    "Ana Ruiz said during question period that the plan had failed. “It was never funded,” she said.",
    "During question period, Ana Ruiz said the plan had failed.\n\n“It was never funded,” she said.",
])
def test_parliament_as_a_place_or_after_the_verb_sets_no_scene(text):
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    # named after the verb: the channel of its own words only
    "Ana Ruiz said at a news conference on Tuesday that the plan had failed. “It was never funded,” she said.",
    "Ana Ruiz told CTV News on Tuesday that the plan had failed. “It was never funded,” she said.",
    # another speaker
    "In an interview with CTV News, Ana Ruiz said the plan had failed. “It was never funded,” said Tom Reed.",
    # another paragraph
    "In an interview with CTV News, Ana Ruiz said the plan had failed.\n\n“It was never funded,” she said.",
    "At a rally on Monday, Ana Ruiz said, “We will win.”\n\nShe explained the slogan by saying: “It was never funded.”",
])
def test_an_occasion_named_in_an_attribution_reaches_no_later_attribution_beyond_its_scene(text):
    assert last(text)[0] is None


def test_a_description_s_scene_places_the_pronoun_that_agrees_with_it():
    text = "The mayor sent a letter to the premier on Monday. “We need help,” she wrote."
    assert last(text)[0] == "letter"


def test_an_organisation_s_scene_does_not_place_someone_else_s_he_said():
    text = ("The campaign sent a fundraising email on Monday.\n\n"
            "Asked about the email, Tom Reed, its manager, was calm. “It was fine,” he said.")
    assert last(text)[0] is None


def test_a_scene_s_he_is_the_name_before_it_not_a_later_speaker():
    text = ("Ms. Silva got the rest of the party to listen. In 2010, she voted against the tax cuts. "
            "She also gave an eight-hour floor speech to defend herself.\n\n"
            "“She has been talking about income for years,” Mr. Welch said.")
    assert last(text)[0] is None


def test_a_scene_s_he_places_the_named_speaker_it_refers_to():
    text = ("Ms. Silva got the rest of the party to listen. "
            "She also gave an eight-hour floor speech to defend herself.\n\n"
            "“We have been talking about income for years,” Ms. Silva said.")
    # a floor speech is given in the chamber: parliament (wires20), not a speech to an audience
    assert last(text)[0] == "parliament"


@pytest.mark.parametrize("scene", [
    "Before delivering a statement to the council, Mayor Tom Reed visited a clinic in Milltown.",
    "After he spoke at a rally in Milltown, Mayor Tom Reed visited a clinic.",
])
def test_a_channel_named_only_to_time_another_act_sets_no_scene(scene):
    assert last(scene + " Mr Reed said the clinic would stay open.")[0] is None


def test_a_channel_spoken_about_is_not_where_the_words_were_said():
    text = "“He did not overlook the facts,” said Ana Silva, a law professor, about Reed's statement."
    assert last(text)[0] is None


def test_a_line_that_asks_the_reader_to_listen_sets_no_scene():
    text = ("Ana Silva took over the morning newsletter this week.\n\n"
            "(Subscribe to our Politics Today podcast with Tom Reed.)\n\n"
            "“I learned very quickly to have a shield up,” Silva said during a visit to our newsroom.")
    assert last(text)[0] is None


def test_a_thing_s_scene_does_not_place_a_person_s_words():
    text = ("Acme Corp. is a maker of phones. It plans to add paid services with launches of video "
            "conferencing. “We are delighted to offer free access,” commented chief executive Ana Silva.")
    assert last(text)[0] is None


def test_what_describes_the_speaker_sets_no_time_for_the_main_quote():
    text = ("Mr Reed and Ms Silva also gave their views in interviews with the magazine.\n\n"
            "Mr Reed, who last year denied he planned to join the party, said the issue was hard.")
    assert [q[2] for q in placed(text)] == [None, DATE]


def test_a_report_set_as_a_scene_is_not_where_a_person_reacting_to_it_spoke():
    text = ("The council published its audit on Wednesday. The report blamed an internal leak.\n\n"
            "“The report sheds light on lax security,” said Tom Reed, a councillor.")
    assert last(text)[0] is None


def test_an_unnamed_organisation_s_document_is_the_channel_of_its_it_said():
    text = "The ministry issued a statement on Monday. “The fees are legal,” it said."
    assert last(text) == ("statement", None, "2021-02-01")


def test_a_document_named_again_as_the_speaker_takes_the_scenes_day():
    text = ("The ministry released a statement on Monday.\n\n"
            "“We take this seriously,” the statement said.")
    assert last(text) == ("statement", None, "2021-02-01")


def test_a_later_quote_with_its_own_attribution_keeps_the_day_not_the_channel():
    text = ("“I never wanted to run,” Ana Silva said in a statement Tuesday.\n\n"
            "“I am done,” Silva said.")
    assert placed(text) == [("statement", None, "2021-02-02"), (None, None, "2021-02-02")]


@pytest.mark.parametrize("after", [
    "Silva made the comments at a news conference on Tuesday.",
    "The comments came during a news conference on Tuesday.",
    "She was speaking at a news conference on Tuesday.",
    "Silva was talking to reporters at a news conference on Tuesday.",
])
def test_a_sentence_referring_back_to_the_comments_places_them(after):
    text = "“We are ready,” Premier Ana Silva said.\n\n" + after
    assert placed(text) == [("news conference", None, "2021-02-02")]


@pytest.mark.parametrize("after, outlet", [
    ("She was speaking on CBC's Power & Politics.", "CBC"),
    ("Silva was speaking to CBC News on Tuesday.", "CBC News"),
    ("The comments were made during an interview on CBC Radio's The House.", "CBC Radio"),
])
def test_the_occasion_someone_was_speaking_at_places_the_words_just_reported(after, outlet):
    text = "“We are ready,” Premier Ana Silva said.\n\n" + after
    assert placed(text)[0][:2] == ("interview", outlet)


def test_someone_else_speaking_does_not_place_the_words_before():
    text = "“We are ready,” Premier Ana Silva said.\n\nTom Reed was speaking at a news conference on Tuesday."
    assert placed(text)[0][0] is None


@pytest.mark.parametrize("first", [
    "Ana Silva said on Jan. 12 that the mill would close.",
    "In an interview last month, Ana Silva said the mill would close.",
])
def test_a_later_attribution_of_its_own_is_fresh_after_words_said_before_the_days_of_fresh_news(first):
    text = first + "\n\n“We have no buyer,” Silva said."
    assert placed(text)[-1][2] == DATE


def test_words_in_the_paragraph_of_an_earlier_dated_quote_keep_its_day():
    text = "Ana Silva said on Jan. 12 that the mill would close. “We have no buyer,” she said."
    assert placed(text)[-1][2] == "2021-01-12"


def test_narrative_moving_to_another_day_ends_the_carried_setting():
    text = ("“We will appeal,” Ana Silva said in a statement on Monday.\n\n"
            "On January 12, the court ruled against the city.\n\n"
            "“The ruling was wrong,” Silva said.")
    assert placed(text)[-1] == (None, None, DATE)


# When: a time in the attribution ---------------------------------------------

@pytest.mark.parametrize("text, said_on", [
    ("“We will fight,” Ana Silva said Monday.", "2021-02-01"),
    ("“We will fight,” Ana Silva said in a statement on Wednesday.", "2021-02-03"),
    ("“We will fight,” Ana Silva told CNN this morning.", "2021-02-05"),
    ("Last month, Ana Silva told reporters the plan would fail.", "2021-01"),
    ("“We will fight,” Ana Silva told CNN last week.", "2021-01"),
    ("“We will fight,” Ana Silva said in a recent interview.", "2021-02"),
    ("“The tax is too high,” the agency said in a June report.", "2020-06"),
])
def test_a_time_in_the_attribution_is_when_it_was_said(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    ("“We will not close,” Ana Silva said at the Feb. 3 briefing.", "2021-02-03"),
    ("“We will not close,” Ana Silva said during a visit to the clinic on Wednesday.", "2021-02-03"),
    ("After Tuesday's vote, Lise Park said on Wednesday that the count was fair.", "2021-02-03"),
    ("A report released on Wednesday said clinics close more often.", "2021-02-03"),
    ("Monday's statement said clinics close more often.", "2021-02-01"),
    ("“We will not close,” Ana Silva wrote in an essay published on Wednesday.", "2021-02-03"),
    ("“We will not close,” Ana Silva said in a letter dated Tuesday.", "2021-02-02"),
    # a text handed round: "distributed", "circulated" date it as "sent" does, whatever it is called
    ("Milltown Foods agreed on Friday to sell its bakeries. The bakeries lost $4 million last year, "
     "according to a memorandum distributed to bankers last December.", "2020-12"),
    ("The bakeries lost $4 million, according to a paper circulated to the board on Tuesday.", "2021-02-02"),
    ("The bakeries lost $4 million, according to a memorandum drafted for the board last December.", "2020-12"),
    ("Speakers at the Jan. 28 hearing said the clinics should stay open.", "2021-01-28"),
])
def test_the_time_tied_most_directly_to_the_saying_dates_it(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    ("In an interview that aired Tuesday, Ana Silva said the clinics would stay open.", "2021-02-02"),
    ("“We will not close,” Ana Silva said in an interview that was broadcast on Wednesday.", "2021-02-03"),
    ("“We will not close,” Ana Silva told Radio Milltown in an interview broadcast Wednesday.", "2021-02-03"),
    ("In a statement that was released Monday, the ministry said the clinics would stay open.", "2021-02-01"),
    # a relative clause that tells of something else than the channel going out keeps its time;
    # an interview still to air was given before the day it names
    ("In an interview that she regretted on Tuesday, Ana Silva said the clinics would stay open.", DATE),
    ("In an interview that will air on Sunday, Ana Silva said the clinics would stay open.", DATE),
])
def test_a_relative_clause_that_tells_when_a_channel_went_out_dates_its_words(text, said_on):
    assert last(text)[2] == said_on


def test_a_participle_joined_to_the_first_one_s_reported_clause_is_said_where_the_first_one_is():
    text = ("Tom Reed wrote to Mayor Ana Silva on Monday, demanding that the mill be reopened and saying "
            "he does not recognize the council.")
    assert placed(text) == [("letter", None, "2021-02-01")] * 2


def test_a_participle_joined_to_what_someone_was_heard_saying_is_not_dated_by_the_hearing():
    text = ("Instead, it was hearing Tom Reed acknowledging just how much ground they have lost - and "
            "promising to do something about it.")
    assert last(text)[2] is None


@pytest.mark.parametrize("text", [
    "“We were better,” said 2012 Olympic champion Ana Silva.",
    "“The cuts will hurt,” the former 2004 nominee Lise Park said.",
    "Tom Reed, arrested on Tuesday, said he had done nothing wrong.",
    "“We will fight,” Ana Silva said in an interview about the Feb. 1 vote.",
    "“It was a warning,” Mayor Tom Reed said in a statement about the 2019 flood.",
    "Ana Silva told reporters ahead of Monday's vote that she would abstain.",
    "“We were not warned,” Tom Reed told the committee investigating the Jan. 6 attack.",
    "The agency, founded on Monday, said clinics close more often.",
    "Spending will rise slightly, Tom Reed said, from an estimated $470 million this year.",
    "Lise Park, in office since 2019, said the city had no choice.",
    "The Milltown bakery holding company said it had a loss of $92.2 million, or $6.98 a share, for the "
    "quarter ended Dec. 31.",
    "Ana Silva, an analyst at Milltown Bank, had estimated fourth-quarter earnings of 55 cents a share, but "
    "said the losses were larger than expected.",
    "Milltown Savings took a $9.9 million charge as it reported a fourth-quarter loss of $70.7 million.",
    "Although profits were squeezed in 2019, mainly as a result of higher flour costs, the company said it is "
    "confident about future earnings.",
    "Because the vote was held in 2019, Ana Silva said the council must hold another.",
])
def test_a_time_of_the_speaker_of_the_topic_or_of_a_plan_leaves_a_fresh_quote_fresh(text):
    assert last(text)[2] == DATE


@pytest.mark.parametrize("text", [
    "Mayor Lise Park, speaking to reporters in Ottawa on Thursday, said the city would rebuild.",
    "Speaking at a news conference on Thursday, Mayor Lise Park said the city would rebuild.",
    "“We will rebuild,” said Mayor Lise Park, speaking to reporters on Thursday.",
    "“We will rebuild,” Mayor Lise Park said, speaking to reporters on Thursday.",
    "“We will rebuild,” Mayor Lise Park, speaking on Thursday, said.",
    "Mayor Lise Park, addressing the legislature on Thursday, said the city would rebuild.",
    "Mayor Lise Park, asked about the plan on Thursday, said the city would rebuild.",
    "Mayor Lise Park, reached by phone on Thursday, said the city would rebuild.",
])
def test_a_time_of_the_speaking_the_speaker_is_described_doing_dates_the_saying(text):
    # the participle's tense may set a bare weekday in the coming week; words are said before
    assert last(text)[2] == "2021-02-04"


def test_a_weekday_still_to_come_is_not_moved_back_for_words_still_to_come():
    assert last("Mayor Lise Park will speak on Thursday, she said on Monday.")[2] == "2021-02-01"


def test_a_documents_own_year_is_its_time_and_no_day():
    assert last("The 2019 report said clinics close more often.")[2] is None


def test_a_participle_is_said_when_the_verb_it_hangs_on_happened():
    text = "Councillor Tom Reed voted against the budget on Tuesday, saying it cut too deep."
    assert last(text)[2] == "2021-02-02"


@pytest.mark.parametrize("text, said_on", [
    # a clause of "when" hangs on the verb whose time it shares, or on the time itself
    ("The split showed on Monday, when Mayor Lise Park said the clinics would close.", "2021-02-01"),
    ("The split showed in 2019, when Ana Silva said the clinics would close.", None),
    ("Tensions rose in 2019 when Ana Silva said the plan would fail.", None),
    # the clause of another verb than the one the cue's clause hangs on
    ("Ana Silva, who was elected in 2019 when the party won, said the clinics would close.", DATE),
    ("The council met on Monday. Mayor Lise Park said the clinics would close when the money ran out.", DATE),
])
def test_a_saying_in_a_clause_of_when_is_at_the_moment_it_hangs_on(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text", [
    # a time the sentence speaks of ("2020 was ...") sets no scene for the quotes after it
    '2020 was a "terrible year" said Ana Silva, head of the trade body. "We lost half our members," she said.',
])
def test_a_time_that_is_what_a_sentence_speaks_of_dates_nothing(text):
    assert last(text)[2] == DATE


@pytest.mark.parametrize("text, said_on", [
    # a time in a clause of what did not happen ("might have done") sets no scene
    ("Mr Reed's message did not sound as hollow as it might have done six months ago. Mr Reed "
     "claimed that the campaign had got off to a great start.", DATE),
    ("Mr Reed would have made the remarks in October. Mr Reed claimed that the campaign had got off "
     "to a great start.", DATE),
    # one of what happened does
    ("Mr Reed made the remarks in October. Mr Reed claimed that the campaign had got off to a great "
     "start.", "2020-10"),
])
def test_a_time_of_what_did_not_happen_dates_nothing(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # a document that speaks in the present, with a time of its own, which no channel names
    ("A campaign ad released Monday accuses the mayor of buying influence.", "2021-02-01"),
    ("A campaign ad accuses the mayor of buying influence.", DATE),
    # a time on a speaker who is no document is not the saying's
    ("The mayor, elected Monday, says the clinics lost money.", DATE),
])
def test_a_document_that_speaks_in_the_present_keeps_its_own_time(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # a quotation with no cue after a sentence that tells of its speaker's words gives them
    ("Mayor Lise Park praised the crews who cleared the roads after the storm.\n\n“They never stopped "
     "working, all night long.”", DATE),
    ("Mayor Lise Park praised the crews who cleared the roads after the storm. “They never stopped "
     "working, all night long.”", DATE),
    # not words of no one occasion, nor of a time of their own
    ("Mayor Lise Park has long praised the crews who clear the roads.\n\n“They never stop working, all "
     "night long.”", None),
    ("Mayor Lise Park praised the crews in 2019.\n\n“They never stopped working, all night long.”", None),
])
def test_a_quotation_after_a_sentence_of_its_speaker_s_words_is_as_fresh_as_it(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text", [
    "Last year, Ana Silva told reporters the plan would fail.",
    "In 2019, Ana Silva told reporters the plan would fail.",
    "“No, this is not politics,” Ana Silva said at the time.",
    "Ana Silva has often said that the plan would fail.",
    # a contracted perfect with a curly apostrophe, which the parser takes for a verb of its own
    "While he’s said the plan would fail, Tom Reed voted for it.",
    "“The plan will fail,” she’s told the council.",
    "Ana Silva once said that the plan would fail.",
    "As Ana Silva likes to say, “the numbers never lie.”",
    "Tom Reed sat on council until resigning in 2014, claiming he was wasting his time.",
    "Mayor Lise Park is expected to say in a speech on Monday that the city has no money.",
    "Councillor Tom Reed is set to argue that the vote was illegal.",
    "The mayor announced a plan to tell the province that the clinics must stay open.",
])
def test_a_past_quote_at_no_day_or_month_has_no_said_on(text):
    assert last(text)[2] is None


def test_a_possessive_with_a_curly_apostrophe_before_the_cue_is_no_perfect():
    assert last("“The plan will fail,” Ana Silva’s lawyer said.")[2] == DATE


# When: the article date for a quote reported as fresh ------------------------

@pytest.mark.parametrize("text", [
    "Ana Silva says the plan failed.",
    "“The plan failed,” Ana Silva said.",
    "The plan failed, according to the city auditor.",
    "Ana Silva now says the plan failed.",
])
def test_a_fresh_quote_was_said_on_the_article_date(text):
    assert last(text)[2] == DATE


STORY = "Milltown council voted on Wednesday to close two clinics.\n\n"


@pytest.mark.parametrize("sentence", [
    "Mayor Lise Park wouldn't say whether she would run again.",
    "Park later told reporters the vote was fair.",
    "Councillor Tom Reed then said the council had betrayed the east end.",
    "“We will appeal,” councillor Tom Reed added later.",
])
def test_a_refusal_and_words_said_later_in_a_news_story_are_fresh(sentence):
    assert last(STORY + sentence)[2] == "2021-02-03"


def test_a_wire_quoting_someone_as_saying_reports_fresh_words():
    text = STORY + "The Milltown Courier quoted Mayor Lise Park as saying the clinics would reopen."
    assert last(text)[2] == "2021-02-03"
    assert last(STORY + "Lise Park was once quoted as saying that the clinics were a disgrace.")[2] is None


def test_words_said_later_in_a_story_of_a_past_year_have_no_said_on():
    text = STORY + "Ana Silva moved to Milltown in 1998. She later said it was the best decision of her life."
    assert last(text)[2] is None


# When: the day of the event the story reports -------------------------------

SUNDAY = "2021-02-07"


def test_quotes_after_a_game_told_in_the_past_take_the_game_day():
    text = ("The Harbour Gulls beat the Lakeside Pikes 7-4 on Saturday night.\n\n"
            "“Tonight we finally played sixty minutes,” head coach Marta Lindqvist said.\n\n"
            "Rookie Tomas Berg said the first goal was a lucky bounce.")
    assert [q[2] for q in placed(text, SUNDAY)] == ["2021-02-06", "2021-02-06"]


def test_a_day_in_a_paraphrase_of_what_was_said_is_the_story_day():
    text = ("Referee Tom Reed said he applied the rules in allowing the goal in Saturday's 2-2 draw.\n\n"
            "“I deal with the laws of the game,” Reed said.")
    assert [q[2] for q in placed(text, SUNDAY)] == ["2021-02-06", "2021-02-06"]


def test_a_day_in_the_speakers_own_words_is_no_story_day():
    text = "“We were ready for Saturday's game,” said Lise Park, the team's coach."
    assert last(text, SUNDAY)[2] == SUNDAY


def test_a_quote_before_the_event_sentence_takes_the_day_the_story_names():
    text = ("“I know what I saw,” said Leah Moss, a bartender.\n\n"
            "Moss took the stand on Thursday at the trial of a man accused of arson.")
    assert last(text)[2] == "2021-02-04"


def test_the_last_day_the_story_names_before_the_quote_wins():
    text = ("The jury heard from the first witness on Tuesday.\n\n"
            "On Wednesday, the accused's brother took the stand.\n\n"
            "“He was home all night,” Luc Moreau said.")
    assert last(text)[2] == "2021-02-03"


@pytest.mark.parametrize("background", [
    "Tomas Berg, who signed with the Gulls on Friday, scored twice in the win.",
    "The Gulls had lost to the Hawks on Friday.",
    "The Gulls will play the Hawks again on Sunday.",
])
def test_a_day_in_background_or_in_a_plan_is_no_story_day(background):
    text = background + "\n\n“We were ready,” Lise Park said."
    assert last(text, SUNDAY)[2] in (SUNDAY, None)


def test_the_day_of_an_earlier_attribution_is_the_story_day():
    text = ("Police said Thursday that a man was found dead in a house on Elm Street.\n\n"
            "“He was a quiet neighbour,” said Ana Silva, who lives next door.")
    assert last(text)[2] == "2021-02-04"


def test_a_since_clause_bounds_a_present_perfect_saying_and_dates_nothing():
    text = "Since the ruling was announced on Wednesday, the relatives have said they will appeal it."
    assert last(text)[2] is None


def test_a_wires_dateline_day_is_the_day_of_its_fresh_words():
    text = ("MILLTOWN, February 3 (Xinhua) --\n\nThe council voted to close two of the four clinics of the "
            "east end, a spokesman said.\n\n“We had no choice,” Mayor Lise Park said.")
    assert [q[2] for q in placed(text)] == ["2021-02-03", "2021-02-03"]


def test_an_event_more_than_three_days_before_the_article_is_no_story_day():
    text = "The Gulls beat the Pikes on Monday.\n\n“We were ready,” Lise Park said."
    assert last(text)[2] == DATE


# When: present tense that reports a standing view ------------------------------

PAST_STORY = ("Milltown council voted on Tuesday to close two of the four clinics of the east end.\n\n"
              "“We had no choice,” Mayor Lise Park said.\n\n"
              "“The budget is short,” said councillor Tom Reed.\n\n")


@pytest.mark.parametrize("sentence", [
    "Critics say the closures will lengthen wait times.",
    "The union insists the clinics cost less than the city claims.",
    "Reed, who says he opposed the plan, voted for it.",
])
def test_a_present_tense_cue_after_the_lede_has_no_day(sentence):
    assert last(PAST_STORY + sentence)[2] is None


@pytest.mark.parametrize("sentence", [
    "The staff report says the clinics served 900 patients.",
    "The Milltown Courier reports that the clinics served 900 patients.",
])
def test_a_document_or_an_outlet_speaks_in_the_present_on_its_day(sentence):
    assert last(PAST_STORY + sentence)[2] == "2021-02-02"


@pytest.mark.parametrize("text", [
    "The report, released Tuesday, says the city misled the public.",
    "In court documents filed Tuesday, Ana Silva alleges the city misled the public.",
    "The lawsuit, filed Tuesday, alleges the city misled the public.",
])
def test_a_present_cue_of_a_document_dated_in_the_past_gives_its_day(text):
    assert last(text)[2] == "2021-02-02"


def test_a_present_cue_in_an_interview_dated_in_the_past_gives_the_interviews_day():
    text = "In an interview with CBC News on Tuesday, Ana Silva says the city misled the public."
    assert last(text)[2] == "2021-02-02"


def test_a_present_cue_that_names_the_document_gives_its_words_on_its_day():
    text = PAST_STORY + "In a new report, the auditor general says the clinics served 900 patients."
    assert last(text)[::2] == ("report", "2021-02-02")


def test_a_wire_written_as_one_block_of_text_is_not_all_lede():
    text = ("Milltown council voted on Tuesday to close two of the four clinics of the east end. "
            "“We had no choice,” Mayor Lise Park said. Councillor Tom Reed voted against the plan. "
            "The union insists the clinics cost less than the city claims.")
    assert last(text)[2] is None


@pytest.mark.parametrize("text, said_on", [
    # a brief with no long sentence: its first sentence is the lede, a view after it has no day
    ("The pool on Elm Street closed in 2019. Swimmers say the city let it rot.", None),
    ("Tom Reed, 80, still walks to the market daily. He says the city never plows his street.", None),
    # the brief's own lede in the present is fresh words
    ("Lise Park says she will not run again. She lost by 40 votes in 2021.", DATE),
])
def test_a_brief_too_short_for_a_long_sentence_opens_with_its_first_sentence_as_lede(text, said_on):
    assert placed(text)[0][2] == said_on


def test_the_members_of_a_named_body_give_words_where_a_group_as_such_holds_a_view():
    story = "Milltown council voted on Tuesday to close two of the four clinics of the east end.\n\n"
    assert last(story + "Milltown Hospital nurses say they learned of it “on the radio.”")[2] == "2021-02-02"
    assert last(story + "Nurses say “the clinics are the heart of the east end.”")[2] is None


@pytest.mark.parametrize("text", [
    "Milltown Foods now sees bread as the way back to profit in what it calls “the morning market.”",
    "Milltown Foods cut 300 jobs on Tuesday. It now sees bread as the way back in what it calls "
    "“the morning market.”",
])
def test_the_name_someone_has_for_a_thing_in_the_present_has_no_day_even_in_the_lede(text):
    assert last(text)[2] is None  # "what it calls": the name it goes by, as "calls herself"
    assert last(text.replace("what it calls", "what it called"))[2] is not None  # named then


def test_a_present_cue_describing_the_speaker_has_no_day_even_in_the_lede():
    text = "Mayor Lise Park rebuked critics who say the closures will lengthen wait times."
    assert last(text)[2] is None


def test_in_a_story_told_in_the_present_a_plan_announced_is_fresh_and_a_state_judged_a_view():
    text = ("Milltown's mayor says the city will have to close two of its four clinics this spring.\n\n"
            "Lise Park says the city has no choice.\n\n"
            "Councillor Tom Reed says he will vote against the plan.")
    assert [q[2] for q in placed(text)] == [DATE, None, DATE]


PRESENT_REPORT = ("Fire crews fought a blaze at the old Milltown flour mill until late on Thursday night, "
                  "and the owners counted their losses on Friday.\n\n"
                  "“We lost everything,” owner Ana Silva says.\n\n"
                  "“The roof went in minutes,” says fire chief Tom Reed.\n\n")


def test_a_report_told_in_the_present_places_its_quotations_as_said_would():
    text = PRESENT_REPORT + "“We will rebuild,” Silva says."
    assert [q[2] for q in placed(text)] == [q[2] for q in placed(text.replace(" says", " said"))]
    assert last(text)[2] is not None


@pytest.mark.parametrize("sentence", [
    "“The mill was a fire trap,” critics argue.",
    "“It was never safe,” neighbours say.",
    "The city maintains the mill passed its last inspection.",
    "Silva says she always walks past the mill on her way to work.",
    "Reed says he checks the old mills every week.",
    "Some say the mill was a fire trap.",
    "Many Milltown Hospital nurses say the mill should have been closed.",
])
def test_a_report_told_in_the_present_still_leaves_a_standing_view_or_a_habit_undated(sentence):
    assert last(PRESENT_REPORT + sentence)[2] is None


@pytest.mark.parametrize("sentence", [
    "Silva adds: “We baked bread there every day until this week.”",
    "“We baked bread there every day until this week,” Silva adds.",
])
def test_a_habit_in_the_speakers_own_quoted_words_leaves_the_saying_fresh(sentence):
    # the habit is what she spoke of; "she says she always walks" is the reporter's, and a view
    assert last(PRESENT_REPORT + sentence)[2] == last(PRESENT_REPORT + "“We baked bread there,” Silva adds.")[2]
    assert last(PRESENT_REPORT + sentence)[2] is not None


@pytest.mark.parametrize("sentence", [
    "Silva says the mill was insured.",
    "Fire chief Tom Reed says the roof went in minutes.",
    "Reed argues the building should have been closed years ago.",
])
def test_a_report_told_in_the_present_dates_a_paraphrase_of_fresh_words(sentence):
    assert last(PRESENT_REPORT + sentence)[2] == DATE


def test_a_quotation_said_in_the_present_in_a_dated_report_told_in_the_past_is_fresh():
    text = PAST_STORY + "“We will find the money,” says councillor Ana Silva."
    assert last(text)[2] == "2021-02-02"
    assert last(PAST_STORY + "“The closures will cost lives,” critics say.")[2] is None


UNDATED_NEWS = ("Crews worked through the night to clear fallen trees from the roads of the "
                "valley after the storm.\n\n")


def test_a_quotation_said_in_the_present_in_a_report_that_opens_on_a_deed_just_done_is_fresh():
    # Broadcasters and the British and Canadian papers open on what was just done, with no day,
    # and write "says" for the words their reporters were given: fresh, the default window
    text = UNDATED_NEWS + "“The river came up in minutes,” says farmer Tom Reed."
    assert last(text)[2] == DATE
    text = ("Families on two streets of Milltown have been told their homes must be torn down.\n\n"
            "“Nobody asked us,” one mother tells the Courier.")
    assert last(text)[2] == DATE
    # a standing view stays one; so does a profile, which opens on what someone still does
    assert last(UNDATED_NEWS + "“The roads were never built for this,” critics say.")[2] is None
    text = ("At 80, Ana Silva still walks the valley's roads every morning, as she has done for "
            "most of her life.\n\n“I know every tree,” Silva says.")
    assert last(text)[2] is None


@pytest.mark.parametrize("sentence", [
    "Police say a man broke into the east end clinic overnight.",
    "Privately, officials say the mayor will ask the province for money.",
    "Law enforcement sources say they found the clinic's records in a car.",
    # what there is or was tells what happened, not a quality of anything
    "Police say there were two gunmen in the clinic.",
    "U.S. and Canadian officials say there are reports that patients were moved overnight.",
])
def test_in_a_dated_report_told_in_the_past_an_officials_says_of_events_is_fresh(sentence):
    assert last(PAST_STORY + sentence)[2] == "2021-02-02"


def test_in_a_dated_report_told_in_the_past_a_named_councillors_says_of_the_councils_next_vote_is_fresh():
    # the lead's decision of round 12: a named speaker's "says" in a dated news report gives fresh
    # words whatever the clause tells, here another subject's plan (the window of Tuesday's vote)
    assert last(PAST_STORY + "Councillor Tom Reed says the council will vote again in March.")[2] == "2021-02-02"


@pytest.mark.parametrize("sentence", [
    "The provincial government says the army is on the hunt for the men who set the fire.",
    "Councillor Tom Reed says the vote is a mistake.",
])
def test_a_named_speakers_says_of_a_state_now_in_a_dated_report_stays_a_view(sentence):
    # "be" or "have" in the present: a position held, not the deed or plan of the decision's fresh words
    assert last(PAST_STORY + sentence)[2] is None


@pytest.mark.parametrize("sentence", [
    "Mayor Lise Park also accuses the province of starving the clinics for years.",  # a standing charge
    "She promises to reopen every clinic the province closed.",  # a pledge held, not words of the day
    "Park and her allies say the clinics should never have been closed.",  # more than one speaker
])
def test_a_named_speakers_charge_pledge_or_joint_view_in_a_dated_report_stays_a_view(sentence):
    assert last(PAST_STORY + sentence)[2] is None


def test_an_authors_says_after_the_sentence_that_names_the_book_is_the_books_words():
    text = (PAST_STORY + "The claim was first made in a book published this week by Ana Silva. She also says "
            "the mayor knew of the closures a year ago.")
    assert last(text)[2] is None


def test_a_named_speakers_says_in_a_clause_that_describes_a_sum_stays_a_view():
    # "the $2 million the province says it owes": a standing claim that describes the sum, no words of the day
    text = PAST_STORY + "The council paid $1 million for the site, far from the $2 million the province says the city owes."
    assert last(text)[2] is None


@pytest.mark.parametrize("sentence", [
    "Police say the clinic is a danger to the east end.",
    "Critics say the clinics will close for good.",
    "Police maintain the clinic was never broken into.",
    "American authorities allege the fire was set by the clinic's owner.",
    "Critics say there is no need for the clinics.",
])
def test_in_a_dated_report_told_in_the_past_a_paraphrase_that_is_a_view_held_stays_undated(sentence):
    assert last(PAST_STORY + sentence)[2] is None


TRANSCRIPT = ("The Milltown council has voted to close two of the four clinics of the east end. The "
              "move had been expected after the province cut its grant last month. Union leader Ana Silva "
              "says the union will take the council to court.\n\n")


def test_a_broadcasts_says_before_the_speakers_own_words_gives_fresh_words():
    assert placed(TRANSCRIPT + "We are going to fight it, and we are going to win.")[0][2] == DATE


@pytest.mark.parametrize("sign_off", ["For Milltown Radio, I'm Tom Reed in Milltown.", "Tom Reed, CBC News, Milltown."])
def test_a_broadcast_signed_off_by_its_reporter_tells_fresh_words_in_the_present(sign_off):
    text = ("The Milltown council has voted to close two of the four clinics of the east end. Mayor Lise Park "
            "said the council had no choice.\n\nUnion leader Ana Silva says the union will take the council "
            "to court. " + sign_off)
    assert last(text)[2] == DATE


def test_a_sound_bite_may_hold_its_speakers_own_i_think():
    text = ("The Milltown council has voted to close two of the four clinics of the east end.\n\n"
            "Mayor Lise Park said the council had no choice. Councillor Tom Reed said the vote was close. "
            "Deputy mayor Ann Roy said the clinics cost too much. Union leader Ana Silva says the union will "
            "take the council to court.\n\n"
            "There is, I think, a deep fear in this town about what the clinics are for.")
    assert placed(text)[3][2] == DATE


def test_a_broadcasts_says_before_more_narrative_stays_a_view():
    assert placed(TRANSCRIPT + "The council meets again in March.")[0][2] is None


PAST_YEAR = "In 2008, the Milltown party launched a referendum on the clinics. "


def test_a_verb_other_than_said_after_a_past_year_that_opens_the_paragraph_is_set_in_that_year():
    assert last(PAST_YEAR + "Its leaflet argued that the towns should run them.")[2] is None


def test_a_verb_other_than_said_after_a_past_month_that_opens_the_sentence_before_is_set_in_that_month():
    assert last("In November, the council received the report. Its authors argued that the clinics should "
                "close.")[2] == "2020-11"


@pytest.mark.parametrize("text", [
    PAST_YEAR + "Its leader Ana Silva said the towns should run them.",
    "In November, the council received the report. Its authors said the clinics should close.",
    "Through Jan. 19, the funds had an average 0.85% return, according to Milltown Analytics.",
    "In 2008, the Milltown party earned $2 million.\n\nThe party attributed the drop to the cost of the clinics.",
    "The Milltown party earned $2 million, against $3 million in 2008. The party attributed the drop to costs.",
])
def test_a_said_or_a_past_year_that_sets_no_scene_leaves_the_words_fresh(text):
    assert last(text)[2] == DATE


PROFILE = ("Ana Silva has run the bakery on Main Street in Milltown for thirty years, and she still "
           "opens it herself.\n\n"
           "“I love the early mornings,” she says.\n\n"
           "She says the secret of her bread is cold butter.\n\n"
           "“My mother taught me,” Silva says.")


def test_a_feature_told_in_the_present_names_no_day_so_a_paraphrases_says_dates_nothing():
    assert placed(PROFILE)[1][2] is None


BROADCAST = ("The United Nations Security Council is meeting behind closed doors on the crisis in the "
             "north of the country.\n\n"
             "The secretary-general says he has sent an envoy to the region.\n\n"
             "The envoy says the two sides will meet for talks.\n\n")


def test_a_broadcast_told_in_the_present_that_names_no_day_reports_fresh_events():
    assert [q[2] for q in placed(BROADCAST)] == [DATE, DATE]


def test_a_judgement_in_a_report_told_in_the_present_that_names_no_day_is_a_view():
    assert last(BROADCAST + "The ambassador says the envoy is the wrong choice.")[2] is None


def test_this_week_makes_a_report_told_in_the_present_a_dated_one():
    text = PROFILE.replace("and she still opens it herself", "and this week she opened a second one")
    assert placed(text)[1][2] == DATE


def test_a_live_blog_tells_fresh_words_in_the_present():
    text = ("3:15 p.m.\n\nCrowds gathered outside Milltown city hall this afternoon to protest the closures.\n\n"
            "“We had no choice,” Mayor Lise Park said.\n\n"
            "Nurse Ana Silva says she will join the protest.")
    assert last(text)[2] == DATE


def test_a_past_time_before_a_present_cue_dates_what_is_reported_not_the_saying():
    text = ("3:15 p.m.\n\nCrowds gathered outside Milltown city hall this afternoon to protest the closures.\n\n"
            "Last September, when the clinic flooded, Ana Silva says she called the mayor.")
    assert last(text)[2] == DATE


def test_a_participle_cue_hung_on_the_reported_clause_takes_the_reporting_verbs_tense():
    text = ("She said the wind business could grow to provide as much as 30% of new capacity, "
            "adding: “We expect a large share of it.”")
    assert last(text)[2] == DATE


def test_a_participle_cue_hung_on_a_quotation_takes_the_tense_of_the_verb_that_gives_it():
    # the parser hangs "adding" on the quotation's "would have closed": the words' tense, not the saying's
    text = "On Wednesday, Ana Silva stated, “The mill would have closed anyway,” adding, “We saw it coming.”"
    assert [said_on for _, _, said_on in placed(text)] == ["2021-02-03", "2021-02-03"]


def test_a_participle_cue_after_a_quotation_keeps_the_perfect_of_the_verb_that_gives_it():
    text = "Ana Silva has often stated, “The mill would have closed anyway,” adding, “We saw it coming.”"
    assert [said_on for _, _, said_on in placed(text)] == [None, None]


@pytest.mark.parametrize("text, said_on", [
    # the event the opening phrase names is the one the narrative dated: its past, not fresh news
    ("The firm was investigated by a Senate panel in 1989. It kept its clients. During the investigation, "
     "Tom Reed acknowledged that the fees could be called influence peddling.", None),
    ("The council met the union in November. Within hours of the final talks, Mayor Tom Reed told "
     "reporters he was resigning.", "2020-11"),
])
def test_a_phrase_opening_the_sentence_sets_the_saying_in_the_past_event_it_names(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # an event of the days of fresh news
    ("The council voted on Tuesday. During the debate, Mayor Tom Reed said he was pleased.", "2021-02-02"),
    # "after" an event only bounds the saying, which may come weeks later
    ("The council lost the vote in November. After this defeat, Mayor Tom Reed said he would try again.", DATE),
    # a time that describes the speaker tells no story
    ("Reed, who joined the council in 1998, spoke first. During the meeting, Mayor Tom Reed said he was "
     "pleased.", DATE),
])
def test_a_phrase_opening_the_sentence_on_an_event_of_fresh_news_leaves_the_saying_fresh(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    ("Days before it was to report its earnings on Monday, Milltown Steel said on Tuesday that it had cut "
     "300 jobs.", "2021-02-02"),
    ("Before the mill reports its earnings on Monday, Milltown Steel said that it had cut 300 jobs.", DATE),
])
def test_a_time_in_a_clause_of_what_comes_after_the_words_dates_that_not_the_saying(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # the saying's own time before the opening phrase of the verb it is joined to
    ("By January, sales at the Milltown mill had doubled, and in December its owner announced that it "
     "would hire 40 workers.", "2020-12"),
    # with none of its own, the opening phrase still dates it
    ("On Tuesday, Mayor Tom Reed appeared on Radio Milltown and said the plan was sound.", "2021-02-02"),
])
def test_a_time_on_the_saying_comes_before_one_it_borrows(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # the reported words open after the one told, and take in the time that dates the urging
    ("Ana Silva, who now runs the Milltown Institute, urged the mayor last year not to close the "
     "clinic until a new one was built.", None),
    ("Ana Silva urged the mayor on Tuesday not to close the clinic.", "2021-02-02"),
    # a time inside what was urged is not the urging's
    ("Ana Silva urged the mayor to close the clinic by 2019.", DATE),
    # nor is the span of what is blamed
    ("Milltown Steel blamed spending on its mills over the past year for a fall in profits.", DATE),
])
def test_a_time_on_the_cue_inside_the_span_of_the_reported_words_dates_the_words(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # a text's words were written when the narrative before tells, as its "argued" would be
    ("In May, the Milltown court sent the case back to a lower court. “We take no view of the "
     "merits,” the unsigned opinion said.", "2021-05"),
    # a person's "said" is fresh words given for the story
    ("In May, the Milltown court sent the case back to a lower court. “It was the right call,” "
     "said Ana Silva, a law professor.", "2021-06-29"),
])
def test_a_text_that_said_speaks_in_the_past_the_narrative_opened_on(text, said_on):
    assert last(text, "2021-06-29")[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    ("The group has held two calls this month, including one on Sunday in which organizers "
     "claimed that 400 members took part.", "2021-01-31"),
    ("Mayor Tom Reed held a news conference on Monday in which he said the bridge would open in "
     "May.", "2021-02-01"),
    ("The campaign sent out a video of Reed from 1999, in which he admitted that he had voted for "
     "the tax.", None),
    ("The campaign sent out a video of Reed from 1999, in which he called himself a farmer and "
     "admitted that he had voted for the tax.", None),
    # what is named with no time leaves the words fresh
    ("Reed gave an interview to the Clarion in which he said the bridge would open in May.", DATE),
])
def test_words_said_in_what_which_stands_for_are_of_its_time(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text", [
    "In the 1980s, the ministry printed leaflets claiming that the river was safe.",
    "In the 1980s, the ministry printed leaflets. They claimed that the river was safe.",
])
def test_a_decade_is_a_past_as_vague_as_a_year_for_the_words_told_of_it(text):
    assert last(text)[2] is None


@pytest.mark.parametrize("text, said_on", [
    # a decade in a relative clause describes the thing; the deed and its words are news
    ("Economists say the river trade, which shrank through much of the 1990s, is growing again. "
     "Port officials played down the risks, arguing that “the recovery is broad and durable”.", DATE),
    # an aside between dashes, which the parser hangs as a complement
    ("River trade — which shrank through much of the 1990s — is growing again, economists believe. "
     "Port officials played down the risks, arguing that “the recovery is broad and durable”.", DATE),
    # a year in what someone warned
    ("Shares in Milltown Mills fell after it warned that profits would be lower than in 2019. "
     "Its directors played down the fall, arguing that “the orders are still there”.", DATE),
    # the quarter of a figure just reported is the figure's period, not a past the story is told of
    ("Output rose 2 percent in the fourth quarter of 2020. Port officials played down the figure, "
     "arguing that “the recovery is only starting”.", DATE),
    ("In the fourth quarter, Milltown Mills' profit fell 12 percent. The company blamed “higher "
     "costs and weak demand” for the fall.", DATE),
    ("In the fourth quarter, Milltown Mills' profit fell 12 percent. Its chief executive argued that "
     "“the worst is over”.", DATE),
    # a quarter of years before is as much a past as its year
    ("In the first quarter of 2004, Milltown Mills' profit fell 12 percent. Its chief executive "
     "argued that “the worst was over”.", None),
    # a year the story itself is told of still makes its words a past of no day
    ("In 1998 the dockers launched a strike. Their leaders argued that “the pay offer is an "
     "insult”.", None),
    ("Tom Reed moved to Milltown in 1998. He later said “it was the best thing I ever did”.", None),
])
def test_a_time_in_a_clause_that_describes_or_reports_is_no_past_of_the_story(text, said_on):
    assert last(text)[2] == said_on


RALLY = "Mayor Ann Reed's pledge on Thursday mirrors the one she made at a Jan. 20 rally in Milltown.\n\n"


@pytest.mark.parametrize("text, said_on", [
    # "then" after the verb is the time the narrative last named, here in the paragraph before
    (RALLY + "“We will build the bridge,” she said then.", "2021-01-20"),
    # a past year: said then, on no day the text tells
    ("Mayor Ann Reed's pledge mirrors the one she made in 2019.\n\n“We will build the bridge,” she said then.",
     None),
    # no time named before it: a past too vague for a day, as "at the time" is
    ("“This was made up,” Tom Reed told the Clarion then.", None),
])
def test_words_said_then_are_at_the_time_the_narrative_last_named(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # a time of its own after the old rally stays its own, and so does fresh news
    (RALLY + "“We will build the bridge,” she said on Tuesday.", "2021-02-02"),
    (RALLY + "“We will build the bridge,” she said.", DATE),
    # "then" before a noun describes the speaker as they were; it dates nothing
    ("“The bridge was a mistake,” recalled Tom Reed, then mayor of Milltown.", DATE),
    ("“The bridge was a mistake,” recalled Tom Reed, then-mayor of Milltown.", DATE),
])
def test_a_then_that_is_not_the_time_of_the_saying_moves_nothing(text, said_on):
    assert last(text)[2] == said_on


LETTER = ("Mayor Ana Silva wrote to the premier again this week. “We object to the cuts,” Silva said in the "
          "letter, dated Monday.\n\n")


@pytest.mark.parametrize("text, said_on", [
    # "the letter" of the same speaker is the one named before, written on its day
    (LETTER + "In the letter, Silva said she would not close the clinic.", "2021-02-01"),
    (LETTER + "Silva said in the letter that she would not close the clinic.", "2021-02-01"),
    # "a letter" is another, and so is someone else's
    (LETTER + "In a letter to the council, Silva said she would not close the clinic.", DATE),
    (LETTER + "In the letter, Tom Reed said he would not close the clinic.", DATE),
])
def test_the_channel_named_again_by_the_same_speaker_keeps_its_day(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    ("For decades the mill denied any role in the spill. But in 2003, engineers found papers that forced the "
     "firm to admit some blame. Even so, it firmly declared that it had never dumped waste in the river.", None),
    ("The mill denied any role in the spill. And in November, engineers found papers that forced the firm to "
     "admit some blame. Its owner urged the town to forgive it.", "2020-11"),
    # a day of fresh news after the conjunction leaves the words fresh, on the story's day
    ("The mill denied any role in the spill. But on Tuesday, engineers found papers that forced the firm to "
     "admit some blame. Its owner urged the town to forgive it.", "2021-02-02"),
])
def test_a_conjunction_before_a_time_opening_the_sentence_keeps_it_the_narratives(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, said_on", [
    # the infinitive's time is the threatening's: a past event, the story's day
    ("Ana Silva threatened to walk out of the council meeting on Wednesday night.\n\n"
     "“I am not leaving,” Tom Reed said.", "2021-02-03"),
    # "would walk out": a plan of its own tense, no event told
    ("Ana Silva said she would walk out of the council meeting on Wednesday.\n\n"
     "“I am not leaving,” Tom Reed said.", DATE),
])
def test_an_infinitive_dates_the_past_verb_it_hangs_on_as_the_storys_day(text, said_on):
    assert last(text)[2] == said_on


def test_a_vague_time_that_only_bounds_the_saying_leaves_it_fresh():
    text = "After a close call on the highway a few weeks ago, Tom Reed said he sold his truck."
    assert last(text)[2] == DATE


def test_the_narrator_of_an_ad_speaks_its_words_on_its_day():
    text = PAST_STORY + "“Milltown deserves better,” says a narrator in the union's new radio ad."
    assert last(text)[2] == "2021-02-02"


def test_without_an_article_date_there_is_no_said_on():
    assert last("“We will fight,” Ana Silva said Monday.", date=None)[2] is None


def test_a_season_word_that_names_a_kind_of_job_is_no_time():
    text = "As a summer associate at a law firm, Ana Silva said she learned to listen."
    assert last(text)[2] == DATE


def test_a_description_of_the_speaker_does_not_date_the_quote():
    text = "“It is fine,” said David Hale, the architect of the 2008 campaign."
    assert last(text)[2] == DATE


# Words written or given on another occasion ---------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Silva led the union for a decade. “We were never afraid of the owners,” Silva wrote in her memoir.",
    "“The mill was doomed from the start,” Tom Reed writes in his book.",
    "As Tom Reed wrote in his memoir, “the mill was doomed from the start.”",
])
def test_words_of_a_book_with_no_time_of_their_own_were_written_on_no_day_told(text):
    assert last(text) == ("book", None, None)


def test_a_book_published_on_a_day_dates_its_words():
    text = "In a book published Tuesday, Tom Reed wrote that the mill was doomed."
    assert last(text) == ("book", None, "2021-02-02")


@pytest.mark.parametrize("text", [
    "A 2013 Defense Department memo seen by Reuters on Tuesday said the base would close.",
    "The general warned of cuts. A 2013 memo obtained by Reuters this week said the base would close.",
])
def test_the_day_a_reporter_saw_a_text_does_not_date_its_words(text):
    assert last(text)[2] is None  # the memo's year dates them: no day


def test_a_channel_and_day_that_the_reported_clause_took_in_are_the_sayings():
    text = ("Mayor Tom Reed attacked the council. "
            "Reed said the members were cowards who hid from voters in a tweet Tuesday.")
    assert last(text) == ("Twitter", None, "2021-02-02")


def test_a_reported_clause_that_ends_in_a_channel_with_no_time_keeps_it_as_what_was_reported():
    assert last("Reed said the members had lied in a statement.") == (None, None, DATE)


def test_words_told_to_another_party_are_not_dated_by_the_first_interview():
    text = ("“The polls are wrong,” Ana Silva told CNN on Thursday. "
            "“We will win,” Silva told O'Reilly.")
    assert placed(text, date="2021-02-06") == [("interview", "CNN", "2021-02-04"), (None, None, "2021-02-06")]


def test_a_host_of_the_outlet_a_scene_names_is_told_in_that_interview():
    text = ("Ana Silva appeared on CNN on Thursday. “The polls are wrong,” she said. "
            "On Friday, she appeared on Fox News. “We will win,” Silva told O'Reilly.")
    assert last(text, date="2021-02-06") == ("interview", "Fox News", "2021-02-05")


# The lexicon -------------------------------------------------------------------

def test_every_channel_the_lexicon_names_is_a_label_of_the_record():
    from saidwhen import lexicon
    from saidwhen.placing.channels import CONFERENCE, RANK
    named = {*lexicon.PLATFORMS.values(), *lexicon.CHANNEL_NOUNS.values(), CONFERENCE,
             *(v for v in lexicon.CHANNEL_PHRASES.values() if v and v != "testimony"),
             *(label for _, label in lexicon.NOUNS_AFTER.values()),
             *(v for v in lexicon.CHANNEL_VERBS.values() if v != "testimony")}
    assert named <= set(lexicon.CHANNEL_LABELS)
    assert set(RANK) == set(lexicon.CHANNEL_LABELS)


@pytest.mark.parametrize("text, said_on", [
    ("Moreau, who spoke to reporters Thursday, said the plan would go ahead.", "2021-02-04"),
    ("“It goes ahead,” said Ana Moreau, who spoke to reporters on Wednesday.", "2021-02-03"),
    # another saying, with words of its own, or no act of speaking at all: fresh news
    ("Moreau, who said on Monday that she would resign, said the plan would go ahead.", DATE),
    ("Moreau, who was arrested on Thursday, said the plan would go ahead.", DATE),
])
def test_a_relative_clause_that_tells_only_of_speaking_dates_the_saying(text, said_on):
    assert last(text)[2] == said_on


@pytest.mark.parametrize("text, outlet", [
    ("“We will not back down,” Mayor Tom Reed told As It Happens.", "As It Happens"),
    ("“We will not back down,” Mayor Tom Reed said on The Current.", "The Current"),
    ("“We will not back down,” Mayor Tom Reed said on The House.", "The House"),
    ("“We will not back down,” Mayor Tom Reed said in an interview with The National's Lise Park.",
     "The National"),
    ("“We will not back down,” Mayor Tom Reed said on Global's The West Block.", "Global"),
    ("“We will not back down,” Mayor Tom Reed told CBC's Power & Politics.", "CBC"),
])
def test_a_programme_named_by_its_title_alone_is_an_interview_on_it(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, outlet", [
    ("“We will not back down,” Mayor Tom Reed told Metro Morning.", "Metro Morning"),
    ("“We will not back down,” Mayor Tom Reed said on Metro Morning.", "Metro Morning"),
    ("“We will not back down,” Mayor Tom Reed told Morning Edition on Monday.", "Morning Edition"),
])
def test_a_programme_whose_title_has_no_small_word_is_an_interview_on_it(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, outlet", [
    ("“We will not back down,” Mayor Tom Reed told Newstalk 770.", "Newstalk 770"),
    ("“We will not back down,” Mayor Tom Reed said on Newstalk 1010 on Monday.", "Newstalk 1010"),
    ("“We will not back down,” Mayor Tom Reed told Radio Milltown 98.1.", "Radio Milltown 98.1"),
])
def test_a_station_named_with_its_frequency_is_an_interview_with_it(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, outlet", [
    ("Ana Silva told the Times Educational Supplement that truancy was bad.", "Times Educational Supplement"),
    ("“We will win,” Ana Silva said on Wednesday's broadcast of CNN's “New Day.”", "CNN"),
    ("“We will win,” Ana Silva said on Tuesday's edition of CBC's The National.", "CBC"),
])
def test_an_outlet_s_supplement_or_programme_spoken_on_is_an_interview_with_it(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, channel", [
    ("Ana Silva said the plan was dead at a news conference on Tuesday.", "news conference"),
    ("Ana Silva said the plan was dead at a press conference in Milltown on Tuesday.", "news conference"),
    # what is to come there, what happened there to someone else, a rally's arrest
    ("Ana Silva said the plan would be unveiled at a news conference on Tuesday.", None),
    ("Ana Silva said she was heckled at a news conference on Tuesday by protesters.", None),
    ("Ana Silva said the man was arrested at a rally on Tuesday.", None),
])
def test_a_news_conference_ending_the_reported_clause_is_where_it_was_said(text, channel):
    assert last(text)[0] == channel


def test_an_editorial_board_meeting_with_an_outlet_is_an_interview_with_it():
    text = "“We will win,” Ana Silva said in an editorial board meeting with the Milltown Herald."
    assert last(text)[:2] == ("interview", "Milltown Herald")


@pytest.mark.parametrize("text, channel", [
    ("“We will win,” Ana Silva told a meeting of the chamber of commerce.", "speech"),
    ("Ana Silva told the meeting that the mill would close.", "speech"),
    # held with someone, or with the press; said at a meeting, to anyone there
    ("“We will win,” Ana Silva told a meeting with the minister.", None),
    ("“We will win,” Ana Silva told a meeting of reporters.", None),
    ("“We will win,” Ana Silva said at a meeting of the chamber of commerce.", None),
    ("Describing that first meeting, Ana Silva said: “We knew at once.”", None),  # a meeting spoken of
])
def test_a_meeting_told_as_an_audience_is_a_speech(text, channel):
    assert last(text)[0] == channel


def test_talking_on_a_programme_sets_the_interview_scene_of_the_speaker_s_next_quotes():
    text = "Eric Reed talked politics on Monday on Fox and Friends.\n\n“She turned on us,” Eric Reed said."
    assert last(text)[:2] == ("interview", "Fox and Friends")


@pytest.mark.parametrize("text", [
    "“We will win,” Ana Silva said on the subject of Fox News.",  # what was spoken of
    "“We talked on the phone,” Ana Silva said.",
])
def test_an_outlet_spoken_of_or_a_talk_on_the_phone_is_no_interview(text):
    assert last(text)[0] != "interview"


@pytest.mark.parametrize("text, outlet", [
    ("“We will not back down,” Mayor Tom Reed told Power & Politics.", "Power & Politics"),
    ("“We will not back down,” Mayor Tom Reed said on Money & Markets on Monday.", "Money & Markets"),
    # "Justice" is a judge's title only before a name; and the tagger reads "crime & justice" as a name
    ("“We will not back down,” Mayor Tom Reed told Crime & Justice on Monday.", "Crime & Justice"),
    ("“We will not back down,” Mayor Tom Reed said on Crime & Justice.", "Crime & Justice"),
])
def test_a_title_of_two_common_nouns_joined_by_an_ampersand_is_a_programme(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text, channel", [
    # a programme or paper told, whose name ends in a document's noun, is an interview with it
    ("“We are close,” Ann Lee told ZDF's heute journal late on Thursday.", "interview"),
    ("“We are close,” Ann Lee said to the Evening Journal.", "interview"),
    # guard: the journal the words were written in is a report
    ("“We are close,” Ann Lee wrote in the journal Nature.", "report"),
])
def test_a_document_s_noun_told_is_an_interview_and_written_in_a_report(text, channel):
    assert last(text)[0] == channel


def test_the_readings_kept_of_ampersand_titles_stay_bounded_over_a_long_run():
    # Each distinct "X & Y" title met is parsed once and kept; a run over millions of
    # articles must not keep them all.
    from saidwhen.placing.outlets import _lower_case_tags
    _lower_case_tags.cache_clear()
    limit = _lower_case_tags.cache_info().maxsize
    assert limit is not None
    for k in range(limit + 50):
        _lower_case_tags(f"word{k} & thing{k}")
    assert _lower_case_tags.cache_info().currsize == limit


@pytest.mark.parametrize("text", [
    "“No,” Reed told Local 444.",  # a union local's number is no frequency
    "“No,” Reed told Boeing 737 pilots.",  # the number of the noun after it
])
def test_a_name_with_a_number_that_is_no_frequency_is_no_interview(text):
    assert last(text)[0] != "interview"


@pytest.mark.parametrize("text", [
    "“No,” Reed told Acme Mining.",  # a company's name, however the recogniser types it
    "“No,” Reed told Milltown Council.",
    "“No,” Reed told Tom Grant.",
])
def test_a_name_with_no_small_word_told_that_is_no_programme_is_no_interview(text):
    assert last(text)[0] != "interview"


def test_an_outlet_told_through_its_journalist_s_post_is_the_outlet_alone():
    text = ("During an interview with NBC News Senior Investigative Correspondent Lise Park, Ana Silva "
            "said that the mill would close.")
    assert last(text)[:2] == ("interview", "NBC News")


@pytest.mark.parametrize("text", [
    "“No,” Reed told Will Smith.",  # a person's given name holds a small word too
    "“No,” Reed told The Salvation Army.",
    "“No,” Reed told Johnson & Johnson.",
    "“No,” Reed told Procter & Gamble.",  # founders' names, however the tagger reads them
    "“No,” Reed told Marks & Spencer.",
    "“No,” Reed told Parks & Recreation staff.",  # a title that describes the noun after it
    "Reed told Parks & Recreation that the permit was granted in error.",  # a city's department
    "“No,” Reed told Fish & Wildlife on Monday.",
    "“No,” Reed said in the House.",  # the parliament, not the programme
])
def test_names_with_small_words_that_are_no_programme_are_no_interview(text):
    assert last(text)[0] != "interview"


@pytest.mark.parametrize("text, said_on", [
    ("“We will not back down,” the prime minister said during Prime Minister's Questions.", DATE),
    ("“We will not back down,” Tom Reed said at Prime Minister's Questions on Wednesday.", "2021-02-03"),
    ("“We will not back down,” Ana Silva told First Minister's Questions.", DATE),
    ("“We will not back down,” the minister said during question period.", DATE),
    ("“We will not back down,” the minister said in the Commons on Tuesday.", "2021-02-02"),
])
def test_a_sitting_of_questions_to_a_minister_is_parliament(text, said_on):
    assert last(text)[0::2] == ("parliament", said_on)


@pytest.mark.parametrize("text, channel", [
    ("The jury heard from six witnesses. The defence argued that the evidence was weak.", "court"),
    ("The trial entered its third week. “He lied to you,” Crown prosecutor Ana Silva said.", "court"),
    ("The jury heard from six witnesses. Defence lawyer Tom Reed said the case was weak.", "court"),
    # a paper a side files speaks its arguments: a motion in parliament names no trial
    ("The jury heard from six witnesses. “It adds nothing,” a motion by Ana Silva's lawyers stated.", "court"),
    ("MPs debated the budget. “It adds nothing,” a motion by the opposition stated.", None),
    # no trial named before in the paragraph; words to reporters; a government's defence
    ("The trial entered its third week.\n\n“He lied to you,” Crown prosecutor Ana Silva said.", None),
    ("The defence argued that the evidence was weak.", None),
    ("The trial ended Tuesday. “We will appeal,” the defence told reporters.", None),
    ("The jury heard from six witnesses. “It's weak,” the defence minister said.", None),
])
def test_a_side_of_a_trial_the_paragraph_named_argues_in_court(text, channel):
    assert last(text)[0] == channel


def test_an_answers_yesterday_in_a_question_and_answer_interview_sets_no_story_day():
    # The interviewee's words are no narration: the day before the answer was given is no
    # event the story reports (the article is dated Friday, 5 February 2021).
    text = ("The Clarion spoke with the mayor of Milltown this week.\n\n"
            "Clarion: What happened to the bridge?\n\n"
            "Tom Reed: The engineer said the river rose yesterday.\n\n"
            "Clarion: And the council?\n\n"
            "Tom Reed: Councillor Ana Silva said the repairs would take a year.")
    assert last(text)[2] == DATE
    # The same words as a report's narration date the councillor's words to the day before.
    report = ("The engineer said the river rose yesterday.\n\n"
              "Councillor Ana Silva said the repairs would take a year.")
    assert last(report)[2] == "2021-02-04"


def test_a_call_kept_up_in_the_present_progressive_has_no_day():
    # "is pledging to": a stand kept up, not words given on a day (conventions.md, present tense)
    assert last("Senator Ana Ruiz is pledging to take her fight over the budget to the floor of the chamber.") \
        == (None, None, None)


def test_a_call_made_through_a_deed_of_a_past_year_has_no_day():
    text = ("In 2013, the youth wing of the party went further. "
            "The union started a petition, calling for the closure of the old coal plant.")
    assert last(text)[2] is None


# An occasion set in a clause of the saying's own sentence -------------------

@pytest.mark.parametrize("text, expected", [
    # a clause of the same speaker at the same moment names the occasion, and its day
    ("When Ana Silva held a press conference on Tuesday, she said the plan was dead.",
     ("news conference", None, "2021-02-02")),
    ("While Ana Silva gave a speech in Milltown on Tuesday, she said: “We will not fund it.”",
     ("speech", None, "2021-02-02")),
    # the phrase after an inverted subject's participle: where the words were said
    ("“We will win,” said Tom Reed, using a term he coined, on a conference call with reporters.",
     ("news conference", None, DATE)),
])
def test_an_occasion_in_a_clause_of_the_sentence(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize("text", [
    # another moment, another person, what a participle is about: no occasion taken from the clause
    "After Ana Silva held a press conference on Tuesday, she said the plan was dead.",
    "When Mayor Tom Reed held a press conference on Tuesday, Ana Silva said the plan was dead.",
    "“We will win,” said Tom Reed, referring to a news conference he gave.",
])
def test_no_occasion_from_another_clause(text):
    assert last(text)[0] is None


def test_a_fresh_day_after_an_occasion_clause_stays_its_own():
    text = ("When Ana Silva held a press conference on Tuesday, she said the plan was dead.\n\n"
            "“We will not fund it,” Silva said on Thursday.")
    assert placed(text)[-1][2] == "2021-02-04"


def test_a_clause_of_a_time_of_life_sets_no_occasion():
    assert last("When he was mayor, Tom Reed said: “We will win.”")[0] is None


@pytest.mark.parametrize("text, channel", [
    # words that reach the reader through a news outlet's report are that report's
    ("“We will win,” said union leader Tom Reed, as reported by the Reuters news agency.", "report"),
    ("“We will win,” said union leader Tom Reed, according to The Globe and Mail.", "report"),
    # a channel of their own comes first; a website, a person or a statement is no outlet's report
    ("“We will win,” Tom Reed said at a news conference, according to The Globe and Mail.", "news conference"),
    ("“We will win,” said union leader Tom Reed, according to the union's website.", None),
    ("“We will win,” said union leader Tom Reed, according to his spokesman.", None),
    # told to someone: said there, the outlet only passed it on
    ("“We will win,” Tom Reed told reporters, according to The Globe and Mail.", None),
])
def test_words_relayed_by_an_outlet(text, channel):
    assert last(text)[0] == channel


@pytest.mark.parametrize("scene, channel", [
    # words come back to on another occasion: that occasion is not the quote's
    ("Silva later walked back her comments while speaking to NBC News.", None),
    ("Silva defended her remarks in an interview with CNN.", None),
    ("Silva apologized for the comments at a news conference.", None),
    # words made there: the occasion is the quote's
    ("Silva made the comments in an interview with CNN.", "interview"),
])
def test_a_scene_revisiting_the_words_before(scene, channel):
    text = "“Nobody complains about that,” Ana Silva said.\n\n" + scene
    assert placed(text)[0][0] == channel


# A document opening the sentence, and a document that goes on as "it" ------------------

@pytest.mark.parametrize("text, channel", [
    ("In a written statement, Minister Tom Reed said the age would be cut to 18. “The government "
     "intends to act,” said Mr Reed.", "statement"),
    # no comma after the phrase
    ("Tom Reed quit on Monday. In a letter to his chairman he wrote: “It is in the town's interest.” "
     "“The council has failed,” he wrote.", "letter"),
    ("In an email to staff, Ana Silva said the mill would close. “We tried everything,” Silva said.", "email"),
])
def test_a_document_opening_a_quote_s_sentence_is_the_scene_of_the_speaker_s_next_quotes(text, channel):
    assert [q[0] for q in placed(text)] == [channel, channel]


@pytest.mark.parametrize("text", [
    # someone else's words after it
    "In a statement, Tom Reed said the age would be cut to 18. “The plan is bad,” said Ana Silva.",
    # the next paragraph's own attribution
    "In a written statement, Tom Reed said the age would be cut to 18.\n\n“The government intends to act,” "
    "said Mr Reed.",
    # named behind the verb: the channel of its own words only
    "Tom Reed said in a statement that the age would be cut to 18. “The government intends to act,” "
    "said Mr Reed.",
])
def test_a_document_named_elsewhere_reaches_no_later_attribution(text):
    assert placed(text)[-1][0] is None


@pytest.mark.parametrize("text, channel", [
    ("Mr Reed's statement said: “The party has made an impact.” It added: “Labour wants to distract.”",
     "statement"),
    ("The Milltown Herald reported that Reed was seen at the mill. It added, “the visit comes as the mill "
     "closes.”", "report"),
    ("The ministry's report said: “The mill must close.”\n\nIt added: “Jobs will go.”", "report"),
])
def test_a_document_or_outlet_that_spoke_goes_on_as_it(text, channel):
    assert [q[0] for q in placed(text)] == [channel, channel]


def test_what_someone_writes_after_naming_their_book_is_the_books_and_has_no_day():
    # "she writes" in the paragraph that named her book goes on in it, written before the news
    text = ("In her new book, the historian Ana Silva argues that mill towns were built to "
            "last. “They outlived the mills,” she writes.")
    assert placed(text) == [("book", None, None)] * 2


@pytest.mark.parametrize("text", [
    "A study published on Monday by the Milltown Institute says rents rose by a fifth. “Nothing "
    "in our data suggests they will fall,” it adds.",
    "A study published on Monday by the Milltown Institute says rents rose by a fifth. “Nothing "
    "in our data suggests they will fall,” its authors write.",
])
def test_a_document_that_goes_on_speaks_on_the_day_it_was_published(text):
    # its own "it adds" or its authors' "write" give more of the same study: its day, not today
    assert placed(text, "2021-02-05") == [("report", None, "2021-02-01")] * 2


@pytest.mark.parametrize("text", [
    # the ministry spoke in a statement: "it" is the ministry, whose next words name no channel
    "The ministry said in a statement that the mill must close. It added that jobs will go.",
    # the statement is two paragraphs back
    "Mr Reed's statement said: “The party has made an impact.”\n\nThe vote is in May.\n\nIt added: "
    "“Labour wants to distract.”",
    # an "it" of no one
    "Sales passed 167 million, according to a recent report from analysts Gartner. It is predicted that "
    "sales will double.",
])
def test_it_goes_on_in_no_document_that_did_not_speak_or_is_far_back(text):
    assert placed(text)[-1][0] is None


# Scenes the parse or the marks hid ------------------------------------------------------

def test_a_scene_whose_subject_is_a_description_with_the_name_in_apposition_places_that_person():
    scene = ("But in an interview, the union's president, Ana Silva, expressed concern that some members "
             "could find the plan appealing. ")
    assert last(scene + "“There is deep anxiety among our members,” Ms. Silva said.")[:2] == ("interview", None)
    assert last(scene + "“There is deep anxiety among our members,” Tom Reed said.")[0] is None


def test_a_scene_before_a_quotation_opened_by_a_doubled_apostrophe_places_it():
    text = ("But in an interview, the union's president, Ana Silva, expressed concern that some members "
            "could find the plan appealing. ''There is deep anxiety among our members,'' Ms. Silva said.")
    assert last(text)[0] == "interview"


def test_a_scene_sentence_holding_a_non_breaking_space_places_the_quote_after_it():
    text = ("Earlier this month, Reed, author of\u00a0Mills: A History, spoke with Breitbart News about the "
            "mill.\n\n“The mill is always in trouble,” Reed said.")
    assert last(text)[:2] == ("interview", "Breitbart News")


# Outlets told: where their name ends ----------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    # a day after the name is when it was told
    ("“We will run,” Tom Reed told CNN Monday.", "CNN"),
    ("“We will run,” Tom Reed told the Milltown Herald Friday.", "Milltown Herald"),
    ("“We will run,” Tom Reed said on Fox and Friends Tuesday morning.", "Fox and Friends"),
    # a day that opens the name is its own
    ("“We will run,” Tom Reed told the Sunday Times.", "Sunday Times"),
    # the name of the subject of the clause told, with no "that", is none of the outlet's
    ("A party source told the Sunday Times Mr Reed would front the campaign.", "Sunday Times"),
    ("She told CNN Tom Reed would run.", "CNN"),
])
def test_an_outlet_s_name_ends_before_a_day_or_the_name_of_the_one_it_was_told_of(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text", [
    "Party strategists told the Red Cross Mr Reed would come.",
    "She told Ana Silva Tom Reed would run.",
])
def test_no_outlet_is_told_where_the_words_before_the_subject_name_none(text):
    assert last(text)[0] is None


# Occasions that end the reported clause, and a platform's users ---------------------------

@pytest.mark.parametrize("text, channel, outlet", [
    ("The MP claimed the law would breed vice, in an interview on Radio Milltown.", "interview", "Radio Milltown"),
    ("Tom Reed said the ban should stay, at a rally in Ames.", "speech", None),
    # a broadcast of an outlet's that the parser hangs deep in the clause
    ("Reed said that he has “no idea” if he would have told the mayor not to use the server if he knew "
     "she had one at the time on Wednesday's broadcast of CNN's “New Day.”", "interview", "CNN"),
])
def test_an_occasion_ending_the_reported_clause_is_where_it_was_said(text, channel, outlet):
    assert last(text)[:2] == (channel, outlet)


@pytest.mark.parametrize("text", [
    # no comma: it may be what was reported
    "The MP said the mayor had lied in an interview with the Milltown Herald.",
    # what aired, or will air, there
    "Reed said the ad aired on Monday's broadcast of CNN's New Day.",
    "Reed said the ad would run on Monday's broadcast of CNN's New Day.",
    # a broadcast of no day that the clause tells of
    "Organisers promised there will be no repeat of the incident that sparked complaints on US TV's "
    "most-watched broadcast.",
    # the occasion of words the clause tells of
    "Tom Reed said the town had signalled its interest in remarks made last week by its mayor, in a "
    "lecture to a closed forum in Milltown.",
])
def test_an_occasion_the_reported_clause_tells_of_is_not_where_it_was_said(text):
    assert last(text)[0] is None


def test_a_newspaper_that_says_reports_whatever_occasion_ends_the_clause():
    text = ("The newspaper, quoting secret reports, said the town had signalled its interest in remarks "
            "made last week by its mayor, in a lecture to a closed forum in Milltown.")
    assert last(text)[0] == "report"


def test_a_social_media_company_that_speaks_is_no_channel_and_its_it_goes_on_in_none():
    text = ("The social media company said on Friday that it had suspended 125,000 accounts. It also said "
            "it had expanded the teams.")
    assert [q[0] for q in placed(text)] == [None, None]


@pytest.mark.parametrize("text, channel", [
    ("“We're anxious,” said another Twitter user, Ana Silva.", "Twitter"),
    ("“We're anxious,” wrote one Facebook user.", "Facebook"),
    # someone of the company speaks on no platform
    ("“We are looking into it,” a Twitter spokesperson said.", None),
])
def test_a_platform_s_user_who_says_posted_there(text, channel):
    assert last(text)[0] == channel


# A clause on the speaker that tells how an outlet got them to speak --------------------------

@pytest.mark.parametrize("text, outlet", [
    ("The mayor's office, when contacted by Reuters, said the mayor could not recall the dinner.", "Reuters"),
    ("Lee, who spoke to the Milltown Herald on Monday, said the mill would close.", "Milltown Herald"),
    ("Asked by CNN whether she would run, Silva said it was too early to tell.", "CNN"),
])
def test_a_clause_on_the_speaker_naming_an_outlet_that_got_the_words_is_an_interview(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


@pytest.mark.parametrize("text", [
    # another time than the saying's
    "Lee, who told CNN in 2019 that she would run, said on Monday she would not.",
    # someone else told her
    "Lee, whom the mayor told about the plan, said the mill would close.",
    "Asked by reporters whether she would run, Silva said it was too early to tell.",
])
def test_a_clause_on_the_speaker_of_another_time_or_telling_names_no_interview(text):
    assert last(text)[0] is None


# An interview told as a journalist's act: the scene of the one interviewed ------------------

def test_a_journalist_interviewing_someone_sets_the_scene_of_their_quotes():
    scene = "CNN's Ana Silva interviewed Tom Reed on Tuesday.\n\n"
    assert last(scene + "“Do not moan to me,” Reed said.")[:2] == ("interview", "CNN")
    # the interviewer's words, or anyone else's, are not the interview's quotes
    assert last(scene + "“He is wrong,” Silva said.")[0] is None
    assert last(scene + "“He is wrong,” Mayor Lise Park said.")[0] is None


def test_an_interview_still_to_come_sets_no_scene():
    text = "CNN's Ana Silva will interview Tom Reed on Tuesday.\n\n“Do not moan to me,” Reed said."
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    "Online sales will top a billion dollars next year, according to the UK-based journal Screen Digest.",
    "“Sales will top a billion,” the journal said.",
    # a publication's word as the head of its name
    "Q Magazine said: “The album captured the country's mood.”",
])
def test_a_journal_that_says_gives_its_report(text):
    assert last(text)[0] == "report"


@pytest.mark.parametrize("text, channel", [
    # a court's paper, where the sentence before names the case or the paper is called legal
    ("The lawsuit, against an unnamed man, was filed on Monday. The complaint said the man “has leaked "
     "secrets”.", "court"),
    ("She is seeking damages. The legal submission described her as “one of the best performers”.", "court"),
    ("The court ruled on Monday. The decision said the city had acted in bad faith.", "court"),
    # a complaint or a decision of no case
    ("Residents were angry. The complaint said the noise was “unbearable”.", None),
    ("The minister made a decision. The decision said the mill would close.", None),
    # a court's decision the words are set after is not where they were said
    ("Prosecutors warned the lawyers that the money could be seized.\n\nThe warning follows two "
     "decisions by the Supreme Court last June.", None),
])
def test_a_court_paper_that_speaks_is_court_where_a_case_is_named(text, channel):
    assert last(text)[0] == channel


SUMMED_UP = ("The Milltown council has voted to close two of the four clinics of the east end, after the "
             "province cut its grant.\n\n"
             "Mayor Lise Park said the council had no choice.\n\n")


@pytest.mark.parametrize("sentences", [
    "Former mayor Tom Reed says all the figures should be published. He said the closures suggested "
    "the budget had been cut in secret.",
    "Nurse Ana Silva claims she knew at once that something was wrong. “I saw the letters on the desk,” "
    "she said.",
    # a feeling about the matter at hand is no standing of the speaker's: it sums up what follows
    "Coach Tom Reed admits he is surprised that the club has only now won the cup. “It took us far too "
    "long,” he said.",
    "Former mayor Tom Reed says he sees the closures as a betrayal. He said the council had cut the "
    "budget in secret.",
])
def test_a_present_that_sums_up_the_words_the_same_speaker_then_said_is_as_fresh_as_they_are(sentences):
    # British papers and broadcasts sum up in the present what the next sentence gives as said now
    found = placed(SUMMED_UP + sentences)
    assert [q[2] for q in found[1:]] == [DATE, DATE]


@pytest.mark.parametrize("sentences", [
    "Former mayor Tom Reed says all the figures should be published. Nurse Ana Silva said the closures "
    "were a shock.",  # another speaker's words
    "Former mayor Tom Reed says all the figures should be published. He has said the closures were a "
    "shock.",  # a perfect tells of no one occasion
    "Former mayor Tom Reed says all the figures should be published. The council postponed the plan "
    "because Reed said it would fail.",  # his saying in a clause of another deed: not the words it sums up
])
def test_a_present_paraphrase_not_followed_by_the_same_speakers_fresh_words_stays_a_view(sentences):
    assert placed(SUMMED_UP + sentences)[1][2] is None


@pytest.mark.parametrize("sentences", [
    "Nurse Ana Silva says she identifies as a Liberal, though she never joined the party. At one time, "
    "she said, she had thought of running for the council.",
    "Former mayor Tom Reed says he is a socialist at heart. He said the closures were a betrayal of the "
    "east end.",
])
def test_a_present_of_who_the_speaker_is_is_no_summary_of_the_words_said_next(sentences):
    # who the speaker is, told in the simple present, was said on no day (a profile's "says")
    assert placed(SUMMED_UP + sentences)[1][2] is None


def test_a_deed_the_parser_joins_to_the_saying_dates_that_deed_not_the_words():
    # "and led ..." tells of the speaker, however the parser joined it to "said"
    text = "“The clinics will close,” said Tom Reed, who chaired the council for a decade, and led the party to victory in 2008."
    assert last(text)[2] == DATE
    assert last("The mayor said on Monday the clinics would close and added that the council agreed.")[2] == "2021-02-01"


def test_a_time_in_what_a_participle_refers_to_dates_that_thing_not_the_words():
    text = ("“His heart surgery brought a calm into his life,” said Tom Reed, a former party chairman, "
            "referring to the mayor's operation in 2004.")
    assert last(text)[2] == DATE


def test_words_someone_is_on_record_as_saying_have_no_day():
    assert last("The finance minister is on record as saying that he deplored the infighting.")[2] is None
    assert last("The finance minister was quoted as saying that he deplored the infighting.")[2] == DATE


# Channels on fresh news (branch channel7) -----------------------------------------------------

def test_a_quotation_in_doubled_apostrophes_ends_its_sentence_before_the_next_one():
    # NYT copy closes a quotation with two apostrophes; the full stop inside them ends the
    # sentence, so "The union did not elaborate." is no attribution of the words before it
    text = ("Asked about the strike, the union said in a statement: ''The talks have failed. We "
            "will walk out on Monday.'' The union did not elaborate.")
    quote = saidwhen.extract(text, date=DATE).quotes[-1]
    assert (quote.cue.text, quote.channel) == ("said", "statement")


@pytest.mark.parametrize("text", [
    "The registrar said the club had named its donor correctly, but gave a false address for him.",
    "Tom Reed said the firm had sent the bill to his home address by mistake.",
])
def test_an_address_where_someone_lives_is_no_speech(text):
    assert last(text)[0] is None


@pytest.mark.parametrize("text, channel", [
    # what an act aims at, in an infinitive of doing, is not where the words were said
    ("In a bid to shape the next debate, Ana Silva said the rules were unfair.", None),
    ("On Monday, in an attempt to sway the coming debate, Ana Silva told a rally in Ames that the "
     "rules were unfair.", "speech"),
    ("Tom Reed, who is touring the country to promote his new book, said the mill would close.", None),
    # an infinitive of saying still names its channel
    ("Tom Reed took the unusual step of writing to the board to say in a letter that the mill "
     "would close.", "letter"),
])
def test_a_channel_an_act_aims_at_is_not_where_words_were_said(text, channel):
    assert last(text)[0] == channel


def test_a_sentence_that_tells_words_to_an_outlet_is_an_attribution_not_a_scene():
    # the told sentence is an attribution of its own (conventions.md: a later "X said" that
    # starts its own attribution gets null, even from the same interview)
    text = ("The closure was a \"painful but sensible thing to do\", since the plant had lost money for "
            "years, Mr Reed told the Milltown Herald. Turning to the pension fund, he said it was not within "
            "the board's power to change the rules.")
    assert last(text)[0] is None


def test_a_headline_in_title_case_names_no_programme_told():
    # every word capitalised: "Voters They Need To Change Course" is no show's title
    text = "Ana Silva Tells #Rebel Voters They Need To Change Course.\n\nMany voters say the party has lost its way."
    assert placed(text)[0][:2] == (None, None)


@pytest.mark.parametrize("text", [
    "A spokeswoman for YouTube said the video had been taken down within an hour.",
    "“We removed the account,” said a spokesman at Facebook.",
])
def test_someone_for_a_platform_speaks_for_the_company_not_on_the_platform(text):
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    # a publication that declares, named after the quotation with the noun of its kind
    "“Mayor Quits in Disgrace,” declared the Milltown daily Il Corriere.",
    # the words an outlet reported, by the passive of its reporting
    "As reported by the Milltown Herald, inspectors found 40 faults at the plant.",
])
def test_a_publication_that_declares_or_reports_gives_its_report(text):
    assert last(text)[0] == "report"


@pytest.mark.parametrize("text, outlet", [
    ("“We will act,” Tom Reed told BBC Two's Newsnight.", "BBC Two"),
    ("Speaking on BBC One's Sunday programme, Ana Silva said the plan was dead.", "BBC One"),
])
def test_a_channel_numbered_in_words_after_initials_is_part_of_the_outlet(text, outlet):
    assert last(text)[:2] == ("interview", outlet)


def test_an_attribution_after_a_quotation_is_no_scene_for_another_speaker():
    # the sentence after the closing mark is the quotation's own attribution (which the parser
    # read as a noun with a modifier), not a scene that puts the mayor's words on Twitter
    text = ("\"Is the mayor going to finally mention the words? If she doesn't she should immediately resign "
            "in disgrace!\" the presumptive party nominee, Tom Reed, tweeted Sunday after a fire at a depot."
            "\n\nMayor Ana Silva said: \"There's no magic to the phrase. It's a talking point.\"")
    assert last(text)[0] is None


def test_a_disclosure_form_that_states_is_a_document_of_record():
    assert last("Tom Reed's new disclosure form stated that his income rose to $5 million last year.")[0] == "report"


def test_a_sentence_of_words_said_in_a_release_is_no_scene_for_the_next_speaker():
    # the department's sentence reports words (its first clause, however the parser tags its
    # verb, is what was said): an attribution, not a scene that puts Silva's words in the release
    text = ("Voss purports to be a devout Roman Catholic, and the majority of jobs he has held over the past "
            "20 years have been related to the anti-war movement, the Justice Department said in a news "
            "release.\n\nState Department security director Ana Silva said that the list ``underscores the "
            "unwavering commitment'' by the country ``to fight crime.''")
    assert last(text)[0] is None


@pytest.mark.parametrize("text", [
    # an opening participle of sitting down with an outlet: the interview the words were said in
    'Sitting down with CNN on Friday, Reed said that he was "quite pleased" with the vote.',
    # however the parser hangs it, past a clause of its own before the cue
    ('Ana Silva praised the budget "with all her heart" in an interview Friday.\n\n'
     'Sitting down with CNN\'s "The Evening Hour" on Friday, during which he also spoke of the budget, '
     'Tom Reed remarked that he was "quite pleased" with the vote.'),
    '"I am quite pleased," Reed said, sitting down with CNN on Friday.',
])
def test_a_participle_of_sitting_down_with_an_outlet_names_the_interview(text):
    assert last(text)[:2] == ("interview", "CNN")


def test_a_poll_carried_out_by_a_named_group_is_a_report():
    # the group named in apposition inside the poll's phrase is no second subject of "found"
    text = ("Meanwhile, a poll carried out by research group the Civic Trust found that most voters in "
            "the county want a new bridge.")
    assert last(text)[0] == "report"


@pytest.mark.parametrize("text, expected", [
    # the phrase opens the scene the judge's written words are given in
    ("In a decision released Thursday, Justice Ann Reed of the Milltown Superior Court dismissed the "
     "claim. “The plaintiffs have not shown any loss,” Reed wrote.", ("court", None, "2021-02-04")),
    ("In a judgment released on Tuesday, Justice Ann Reed dismissed the appeal. “The law is "
     "clear,” she wrote.", ("court", None, "2021-02-02")),
    # a minister's decision, where the sentence names no court nor judge, is no ruling
    ("In a decision released Friday, the minister refused the permit. “The risks are too high,” "
     "she said.", (None, None, DATE)),
])
def test_a_ruling_named_in_a_phrase_opens_the_scene_of_the_judges_words(text, expected):
    assert last(text) == expected
