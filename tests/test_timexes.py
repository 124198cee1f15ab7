"""The TIMEX3 tagger, as a specification: one sentence, one behaviour, the expected timexes.

Every sentence is written for this file. Unless a case says otherwise the
article is dated Friday 5 February 2021, like the seed article.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saidwhen.timexes import READERS, tag_times
from saidwhen.timexes.finding import _hits, _lowered, _windows, trigger_windows
from saidwhen.timexes.patterns import COMPILED, LOWER_CASE_TRIGGERS, RULES

FRIDAY = dt.date(2021, 2, 5)


def found(sentence: str, article_date: dt.date | None = FRIDAY) -> list[tuple]:
    """(text, type, value, mod) of each timex, in order."""
    return [(t.text, t.type, t.value, t.mod) for t in tag_times(sentence, article_date)]


def one(sentence: str, article_date: dt.date | None = FRIDAY) -> tuple:
    timexes = found(sentence, article_date)
    assert len(timexes) == 1, timexes
    return timexes[0]


# --- traps: words that look like times and are not -----------------------------------

@pytest.mark.parametrize("sentence", [
    "The singer, 35, posted the photo herself.",        # an age between commas
    "A 35-year-old nurse was the first to help.",       # an age as an adjective
    "The driver is 52 years old and lives nearby.",     # an age spelled out
    "May I add one more thing, she asked.",             # "May" the verb
    "The award went to Theresa May and her team.",      # "May" a name
    "Tickets cost $2000 for the front row.",            # money
    "Some 1,000 people signed the letter.",             # a count with a comma
    "More than 2000 volunteers turned up.",             # a count before a plural noun
    "They will march to the square.",                   # "march" the verb
    "Prices may fall further, analysts warned.",        # "fall" the verb
    "He sent a second letter to the board.",            # "a second" the ordinal
    "Sun. was printed on the masthead.",                 # an abbreviated weekday alone
    "She worked as a summer associate at the firm.",    # a season that names a kind of job
    "A winter storm closed the schools.",               # a season before the noun it classifies
    "The film speaks to today's youth.",                # the present age, not the article's day
    "We must put this nightmare behind us.",            # "night" inside a word
])
def test_not_a_time(sentence):
    assert found(sentence) == []


# --- calendar dates --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The baby was lost in late September 2020.",
     ("late September 2020", "DATE", "2020-09", "END")),
    ("The clinic opened on March 5, 1980.", ("March 5, 1980", "DATE", "1980-03-05", None)),
    ("The letter is dated 5 February 2021.", ("5 February 2021", "DATE", "2021-02-05", None)),
    ("The plant closed in October 2019.", ("October 2019", "DATE", "2019-10", None)),
    ("The museum was founded in 1998.", ("1998", "DATE", "1998", None)),
    ("Fiscal 1998 was a poor year for the firm.", ("Fiscal 1998", "DATE", "1998", None)),
    ("Output peaked in mid-1996.", ("mid-1996", "DATE", "1996", "MID")),
    ("Rents doubled in the 1990s.", ("the 1990s", "DATE", "199", None)),
    ("The style began in the late 1970s.", ("the late 1970s", "DATE", "197", "END")),
    ("The bridge dates from the 19th century.", ("the 19th century", "DATE", "18", None)),
    ("Growth slowed in the first quarter of 1998.",
     ("the first quarter of 1998", "DATE", "1998-Q1", None)),
    ("The results cover the second half of 2020.",
     ("the second half of 2020", "DATE", "2020-H2", None)),
    ("The canal froze in the winter of 1994.", ("the winter of 1994", "DATE", "1994-WI", None)),
    ("The agency released the data on 2020-11-03.", ("2020-11-03", "DATE", "2020-11-03", None)),
    ("The form was signed on 11/03/2020.", ("11/03/2020", "DATE", "2020-11-03", None)),
    ("The ban ends in the year two thousand.", ("the year two thousand", "DATE", "2000", None)),
    ("He left in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996", None)),
])
def test_calendar_dates(sentence, expected):
    assert one(sentence) == expected


# --- dates without a year take the year that news implies ------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("She wrote on Feb. 3 that she was well.", ("Feb. 3", "DATE", "2021-02-03", None)),
    ("The hearing was moved to March 3.", ("March 3", "DATE", "2021-03-03", None)),
    ("The stores reopened in December.", ("December", "DATE", "2020-12", None)),
    ("The vote is expected in May.", ("May", "DATE", "2021-05", None)),
    ("The band will tour in September.", ("September", "DATE", "2021-09", None)),
    ("Rain fell on Christmas Day.", ("Christmas Day", "DATE", "2020-12-25", None)),
    ("The board met on Thursday, Feb. 4.", ("Thursday, Feb. 4", "DATE", "2021-02-04", None)),
    ("The firm has grown since March.", ("March", "DATE", "2020-03", None)),   # "since": gone by
    ("Rents have risen since March 3.", ("March 3", "DATE", "2020-03-03", None)),
    ("Figures for the month ended March 31 were weak.",
     ("March 31", "DATE", "2020-03-31", None)),
    ("The Sept. 11 attacks changed air travel.", ("Sept. 11", "DATE", "2001-09-11", None)),
])
def test_dates_without_a_year(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The minister resigned on Tuesday.", ("Tuesday", "DATE", "2021-02-02", None)),
    ("The talks will resume on Tuesday.", ("Tuesday", "DATE", "2021-02-09", None)),
    ("The mayor spoke Friday.", ("Friday", "DATE", "2021-02-05", None)),
    ("The fire started last Friday.", ("last Friday", "DATE", "2021-01-29", None)),
    ("The court sits again next Monday.", ("next Monday", "DATE", "2021-02-08", None)),
    ("Police were called Monday morning.", ("Monday morning", "DATE", "2021-02-01TMO", None)),
])
def test_weekdays(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize("sentence, value", [
    ("The vote was postponed until Tuesday.", "2021-02-09"),        # put off: still to come
    ("The council has until Monday to reply.", "2021-02-08"),       # a deadline given
    ("The judge gave them until 9 a.m. Monday to leave.", "2021-02-08T09:00"),
    ("She said she would testify Wednesday.", "2021-02-10"),        # reported future
    ("A draw would have won the title on Wednesday.", "2021-02-03"),  # ... not a counterfactual
    ("The offer had been due to expire Wednesday.", "2021-02-03"),  # an overtaken plan
    ("The hastily planned march began Wednesday.", "2021-02-03"),   # "planned" as adjective
    ("Critics vowed they would appeal Wednesday's ruling.", "2021-02-03"),  # its event is past
    ("Markets rose ahead of Tuesday's vote.", "2021-02-09"),        # ... unless awaited
    ("The runoff is on Sunday.", "2021-02-07"),                     # present tense: scheduled
])
def test_which_way_a_weekday_points(sentence, value):
    assert one(sentence)[2] == value


MONDAY = dt.date(2021, 2, 8)


@pytest.mark.parametrize("sentence, value", [
    ("Crowds gathered in the square this weekend.", "2021-W05-WE"),  # a Monday paper: just gone
    ("The fair will open this weekend.", "2021-W06-WE"),             # a future verb: the next
])
def test_this_weekend_follows_the_tense(sentence, value):
    assert one(sentence, MONDAY)[2] == value


# --- times counted from the article date -----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("She first shared the news last year.", ("last year", "DATE", "2020", None)),
    ("This month is a hard reminder.", ("This month", "DATE", "2021-02", None)),
    ("The shop reopens next week.", ("next week", "DATE", "2021-W06", None)),
    ("The dam was finished two years ago.", ("two years ago", "DATE", "2019", None)),
    ("The fire began two weeks ago.", ("two weeks ago", "DATE", "2021-W03", None)),
    ("The letter arrived yesterday.", ("yesterday", "DATE", "2021-02-04", None)),
    ("The verdict is due tomorrow.", ("tomorrow", "DATE", "2021-02-06", None)),
    ("The deal closed earlier this month.", ("earlier this month", "DATE", "2021-02", "START")),
    ("The report is due by the end of the year.", ("the end of the year", "DATE", "2021", "END")),
    ("Prices rose last summer.", ("last summer", "DATE", "2020-SU", None)),
    ("He called last night.", ("last night", "TIME", "2021-02-04TNI", None)),
    ("The train leaves at 3:30 p.m. tomorrow.",
     ("3:30 p.m. tomorrow", "TIME", "2021-02-06T15:30", None)),
    ("She left at noon yesterday.", ("noon yesterday", "TIME", "2021-02-04T12:00", None)),
    ("The shares fell in the fourth quarter.", ("the fourth quarter", "DATE", "2020-Q4", None)),
    ("Ten years ago this month, the mill closed.",
     ("Ten years ago this month", "DATE", "2011-02", None)),
    ("Sales rose 4% from a year earlier.", ("a year earlier", "DATE", "2020", None)),
    ("The ferry leaves at 4 in the morning.",
     ("4 in the morning", "TIME", "2021-02-05T04:00", None)),
    ("The trial starts the week of March 8.", ("the week of March 8", "DATE", "2021-W10", None)),
    ("The polls closed at 20:00 GMT.", ("20:00 GMT", "TIME", "2021-02-05T20:00", None)),
])
def test_deictic_times(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The firm lost money in the quarter ended Dec. 31.",
     ("the quarter", "DATE", "2020-Q4", None)),
    ("Sales rose in its fiscal second quarter ended Jan. 31.",
     ("its fiscal second quarter", "DATE", "2021-Q2", None)),
])
def test_quarters_named_by_their_end(sentence, expected):
    assert found(sentence)[0] == expected


@pytest.mark.parametrize("sentence, value", [
    ("Now the road is open.", "PRESENT_REF"),
    ("The firm currently employs forty people.", "PRESENT_REF"),
    ("The museum recently bought a painting.", "PAST_REF"),
    ("The bridge should reopen soon.", "FUTURE_REF"),
    ("Nobody knows what the future holds.", "FUTURE_REF"),
])
def test_references_without_a_calendar_value(sentence, value):
    assert one(sentence)[1:3] == ("DATE", value)


# --- times anchored to an earlier time in the text -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The flood came in late September 2020. About a month later, the town rebuilt.",
     ("About a month later", "DATE", "2020-10", "APPROX")),
    ("The rally was on March 3, 2019. The next day, the leader resigned.",
     ("The next day", "DATE", "2019-03-04", None)),
    ("The rally was on March 3, 2019. The day before, it had rained.",
     ("The day before", "DATE", "2019-03-02", None)),
    ("The mill shut on June 5, 2018. The following week, the workers marched.",
     ("The following week", "DATE", "2018-W24", None)),
    ("The mill shut in 2018. The next day, the workers marched.",
     ("The next day", "DATE", "2018", None)),
    ("The mill shut in 2018. A year later, it was sold.", ("A year later", "DATE", "2019", None)),
    ("The mill shut on March 3, 2019. A month later, it was sold.",
     ("A month later", "DATE", "2019-04", None)),
    ("The dam broke on March 3, 2019. The water fell the following morning.",
     ("the following morning", "DATE", "2019-03-04TMO", None)),
    ("The dam broke on March 3, 2019. That night, the town was evacuated.",
     ("That night", "DATE", "2019-03-03TNI", None)),
    ("The mill shut in 2018. The year after, it was sold.",
     ("The year after", "DATE", "2019", None)),
    ("She wrote the essay in October 2020. At the time, she was grieving.",
     ("the time", "DATE", "2020-10", None)),
    ("Police said Thursday that he was 19 at the time.", ("the time", "DATE", "PAST_REF", None)),
])
def test_anchored_times(sentence, expected):
    assert found(sentence)[-1] == expected


def test_a_time_in_a_quote_does_not_anchor_the_story():
    sentence = ("The loss came in late September 2020. \u201cThis month is hard,\u201d she wrote. "
                "About a month later, she published an essay.")
    assert found(sentence)[-1][2] == "2020-10"


# --- amounts of time -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("She suffered a pregnancy loss at 20 weeks.", ("20 weeks", "DURATION", "P20W", None)),
    ("I was 10 weeks along.", ("10 weeks", "DURATION", "P10W", None)),
    ("She planned every detail for the next 10 weeks.",
     ("the next 10 weeks", "DURATION", "P10W", None)),
    ("Sales fell in the past three years.", ("the past three years", "DURATION", "P3Y", None)),
    ("The index fell in the last twenty four hours.",
     ("the last twenty four hours", "DURATION", "PT24H", None)),
    ("The strike lasted two and a half years.",
     ("two and a half years", "DURATION", "P2Y6M", None)),
    ("The meeting ran for half an hour.", ("half an hour", "DURATION", "PT30M", None)),
    ("The dig took a few days.", ("a few days", "DURATION", "PXD", None)),
    ("The plant has been idle for years.", ("years", "DURATION", "PXY", None)),
    ("Prices have risen in recent weeks.", ("recent weeks", "DURATION", "PXW", None)),
    ("The race lasted more than four hours.",
     ("more than four hours", "DURATION", "PT4H", "MORE_THAN")),
    ("The work took about two weeks.", ("about two weeks", "DURATION", "P2W", "APPROX")),
    ("The firm signed a five-year lease.", ("five-year", "DURATION", "P5Y", None)),
    ("The case took up to 180 days.", ("up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS")),
])
def test_durations(sentence, expected):
    assert one(sentence) == expected


def test_a_day_after_a_weekday_is_a_distance_not_a_rate():
    assert found("The vote came Monday, a day after the riots.")[-1] == (
        "a day", "DURATION", "P1D", None)


# --- times that recur ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("I hurt every day from that remorse.", ("every day", "SET", "P1D", None)),
    ("Each month the council meets.", ("Each month", "SET", "P1M", None)),
    ("The paper is printed daily.", ("daily", "SET", "P1D", None)),
    ("Meetings are held every other week.", ("every other week", "SET", "P2W", None)),
    ("The market opens on Mondays.", ("Mondays", "SET", "XXXX-WXX-1", None)),
    ("Rents rose 5% a year.", ("a year", "SET", "P1Y", None)),
])
def test_sets(sentence, expected):
    assert one(sentence) == expected


# --- without an article date -----------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("She shared it last year.", "XXXX"),
    ("She shared it yesterday.", "XXXX-XX-XX"),
    ("She shared it this month.", "XXXX-XX"),
    ("She shared it on Tuesday.", "XXXX-WXX-2"),
    ("She shared it on Feb. 3.", "XXXX-02-03"),
    ("She shares it now.", "PRESENT_REF"),
    ("She shared it in late September 2020.", "2020-09"),
])
def test_placeholders_without_an_article_date(sentence, value):
    assert one(sentence, article_date=None)[2] == value


# --- the shape of the result -----------------------------------------------------------

def test_offsets_point_into_the_text():
    text = "On Feb. 3 she wrote. Last year she said so, and now she waits."
    for timex in tag_times(text, FRIDAY):
        assert text[timex.start:timex.end] == timex.text


def test_every_rule_has_a_reader():
    assert READERS.keys() == RULES.keys()


def test_a_datetime_counts_as_its_day():
    assert one("It rained yesterday.", dt.datetime(2021, 2, 5, 23, 59))[2] == "2021-02-04"


TIME_WORDS = ["last year", "Tuesday", "Feb. 3", "10 weeks", "now", "1998", "May", "35,",
              "every day", "the next day", "late September 2020", "ago", "two", "years"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.text(max_size=12)), max_size=25),
       st.one_of(st.none(), st.dates()))
def test_timexes_are_sorted_disjoint_and_exact(pieces, article_date):
    text = " ".join(pieces)
    timexes = tag_times(text, article_date)
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text and timex.start < timex.end
    for before, after in zip(timexes, timexes[1:]):
        assert before.end <= after.start


FOLDING = ["İstanbul", "laſt year", "dıaries", "\u212aelvin", "ΣΑΣ", "WEEK OF", "Year-End", "LATER"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TIME_WORDS + FOLDING), st.sampled_from(TIME_WORDS).map(str.upper),
                          st.text(max_size=12)), max_size=25))
def test_triggers_find_the_same_windows_in_the_lower_cased_text(pieces):
    text = " ".join(pieces)
    lowered = _lowered(text)
    for _, trigger in COMPILED.values():
        assert _windows(trigger, text, lowered) == trigger_windows(trigger, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TIME_WORDS + FOLDING + ["to", "yester", "Mon", "s", "'", "-"]),
                          st.sampled_from(TIME_WORDS).map(str.upper), st.text(max_size=12)), max_size=25),
       st.sampled_from(["", " ", "-"]))
def test_a_trigger_sought_without_its_word_edges_finds_what_it_finds(pieces, glue):
    text = glue.join(pieces)  # glued without spaces, words run into one another: "yesteryear", "today"
    for trigger in {t for _, t in COMPILED.values()} | set(LOWER_CASE_TRIGGERS.values()):
        assert [h.span() for h in _hits(trigger, text)] == [h.span() for h in trigger.finditer(text)]


def test_letters_that_fold_apart_keep_the_case_insensitive_scan():
    assert _lowered("Laſt year") is None and _lowered("İzmir") is None and _lowered("Last Year") == "last year"
