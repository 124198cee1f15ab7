"""The pipeline: articles in, extractions out, one stage after another.

read (saidwhen.reading) -> parse (saidwhen.parsing.language) -> find quotes
(saidwhen.quotes) -> name speakers (saidwhen.speakers) -> place in time and
channel (saidwhen.timexes, saidwhen.placing) -> records (saidwhen.records).

The parse holds tags and dependency arcs only for the sentences that can hold a
quote; saidwhen.parsing.selection says which, and what the other sentences carry.

Each stage is a callable with a declared input and output (the types below), and the
stages are chosen in one place, `Stages`: `extract(text, stages=Stages(attribute_speakers=...))`
runs another speaker stage and the rule stages around it.

Between the stages a quote is held as token positions in the parse
(saidwhen.parsing.positions.ParsedQuote); its record, in characters, is made once, at the end.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .parsing import language
from .parsing.positions import ParsedQuote, record
from .placing import place
from .quotes import FoundQuote, find_quotes, poll_answers
from .records import Article, Extraction, Skipped, Timex
from .speakers import attribute
from .timexes import tag_times
from .timexes import dateline

# What each stage takes and gives. A stage is any callable of its type: a learned one
# replaces a rule one by being named in `Stages`, and must clear the same quality gate.
Parse = Callable[[Iterable[tuple[str, Any]]], Iterator[tuple[Doc, Any]]]  # (text, context) in order
FindQuotes = Callable[[Doc], list[FoundQuote]]
AttributeSpeakers = Callable[[Doc, list[FoundQuote]], list[ParsedQuote]]
TagTimes = Callable[[str, dt.date | None], list[Timex]]  # the text, the article date
Place = Callable[[Doc, list[ParsedQuote], list[Timex], Article], list[ParsedQuote]]


@dataclass(frozen=True, slots=True)
class Stages:
    """The stages an extraction runs, one after another; the defaults are the rule stages."""

    parse: Parse = language.parse_many
    find_quotes: FindQuotes = find_quotes
    attribute_speakers: AttributeSpeakers = attribute
    tag_times: TagTimes = tag_times
    place: Place = place


RULES = Stages()


def extract(text: str, date: dt.date | str | None = None, *, stages: Stages = RULES) -> Extraction:
    """Every quotation in one article `text`, with its speaker, and the article's time expressions.

    `date` is the article date (a `datetime.date` or "YYYY-MM-DD"); relative
    times and `said_on` resolve against it.
    """
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    article = Article(id=hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], text=text, date=date)
    doc, article = next(stages.parse([(text, article)]))
    return _extraction(doc, article, stages)


def extract_articles(articles: Iterable[Article], *, stages: Stages = RULES) -> Iterator[Extraction | Skipped]:
    """Extractions for a stream of articles, in order, parsing them in batches.

    An article whose extraction fails comes out as a Skipped naming it and the
    error, so that one article never stops a batch and none is lost in silence.
    """
    for doc, article in stages.parse((a.text, a) for a in articles):
        try:
            yield _extraction(doc, article, stages)
        except Exception as error:  # reported as a Skipped, never swallowed
            yield Skipped(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")


def _extraction(doc: Doc, article: Article, stages: Stages) -> Extraction:
    found = stages.find_quotes(doc)
    answers = poll_answers(doc, found)  # a poll's figures: no quotation, but the paper's cues
    quotes = stages.attribute_speakers(doc, found)
    times = stages.tag_times(article.text, article.date)
    if (dateline_day := dateline.written_on(dateline.read(article.text, times), article.date)) is not None:
        # "BEIJING, June 9 - ... said today" in a paper of the 10th: the story's days count from the 9th
        times = stages.tag_times(article.text, dateline_day)
    quotes = [q for q in stages.place(doc, quotes, times, article) if q.content not in answers]
    return Extraction(article=article, quotes=tuple(record(doc, q) for q in quotes), times=tuple(times))
