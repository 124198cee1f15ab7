"""The pipeline's stages: each is chosen in one place, `Stages`, and one replaced there runs
between the rule stages around it."""
from __future__ import annotations

from dataclasses import replace

from saidwhen.pipeline import RULES, Stages, extract, extract_articles
from saidwhen.records import Article, Speaker
from saidwhen.speakers import attribute

TEXT = "“The bridge opens on Monday,” said Mayor Nora Lind on Friday. She called it a relief."


def test_the_rule_stages_are_the_default():
    assert extract(TEXT, "2024-05-13") == extract(TEXT, "2024-05-13", stages=RULES)


def test_a_replaced_speaker_stage_runs_between_the_rule_stages():
    def everyone_is_the_council(doc, found):
        return [replace(q, speaker=Speaker("City Council", None, "organisation")) for q in attribute(doc, found)]

    rules = extract(TEXT, "2024-05-13")
    council = extract(TEXT, "2024-05-13", stages=Stages(attribute_speakers=everyone_is_the_council))
    assert [q.speaker.name for q in rules.quotes] == ["Nora Lind"]
    assert [q.speaker.name for q in council.quotes] == ["City Council"]
    # the quotes found and their placing in time come from the rule stages all the same
    assert [q.content for q in council.quotes] == [q.content for q in rules.quotes]
    assert [q.said_on for q in council.quotes] == [q.said_on for q in rules.quotes]
    assert council.quotes[0].said_on is not None


def test_a_replaced_time_stage_feeds_the_placing_stage():
    # "on Friday" puts the quote three days before the article date; with no times found,
    # the placing stage falls back on the cue and the article date
    no_times = Stages(tag_times=lambda text, article_date: [])
    rules, without = extract(TEXT, "2024-05-13"), extract(TEXT, "2024-05-13", stages=no_times)
    assert [(q.said_on.value, q.said_on.text) for q in rules.quotes] == [("2024-05-10", "Friday")]
    assert without.times == ()
    assert [q.said_on.value for q in without.quotes] == ["2024-05-13"]


def test_a_stream_of_articles_runs_the_stages_it_is_given():
    articles = [Article(id="a1", text=TEXT), Article(id="a2", text="No one said anything here.")]
    no_quotes = Stages(find_quotes=lambda doc: [])
    results = list(extract_articles(articles, stages=no_quotes))
    assert [r.article.id for r in results] == ["a1", "a2"]
    assert all(r.quotes == () for r in results)
    assert [len(r.quotes) for r in extract_articles(articles)] == [1, 0]
