"""The dateline record: what a story's opening holds of a dateline, read once from its text and
times (saidwhen/timexes/dateline.py), on which the pipeline's re-tagging and the story's day
both decide. Sentences are this file's own."""
import datetime as dt

from saidwhen.timexes import dateline, tag_times

PAPER = dt.date(2003, 4, 11)


def _read(text):
    return dateline.read(text, tag_times(text, PAPER))


def test_a_wire_dateline_gives_its_place_its_day_and_where_its_paragraph_ends():
    text = "LISBON, Portugal, April 10 (Reuters) -\nThe port's dockers voted today to end their strike."
    record = _read(text)
    assert record.place == "LISBON, Portugal"
    assert record.day == dt.date(2003, 4, 10)
    assert record.timex.text == "April 10"
    assert record.paragraph_end == text.index("\n")
    assert dateline.written_on(record, PAPER) == dt.date(2003, 4, 10)


def test_a_day_with_no_place_before_it_is_no_dateline_to_tag_again_against():
    text = "April 10 (Reuters) -\nThe port's dockers voted today to end their strike."
    record = _read(text)
    assert record.timex.text == "April 10" and record.place is None and record.day is None
    assert dateline.written_on(record, PAPER) is None


def test_a_dateline_of_the_paper_s_own_day_or_a_week_back_changes_no_time():
    assert dateline.written_on(_read("LISBON, April 11 (Reuters) -\nThe dockers voted."), PAPER) is None
    assert dateline.written_on(_read("LISBON, April 2 (Reuters) -\nThe dockers voted."), PAPER) is None


def test_a_story_with_no_time_has_a_record_with_its_first_paragraph_alone():
    text = "The dockers voted to end their strike.\nThey go back on Monday."
    record = dateline.read(text, [])
    assert record == dateline.Dateline(text.index("\n"), None, None, None)
