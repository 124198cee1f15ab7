"""The pipeline: articles in, extractions out, one stage after another.

read (saidwhen.reading) -> parse (saidwhen.parsing.language) -> find quotes
(saidwhen.quotes) -> name speakers (saidwhen.speakers) -> place in time and
channel (saidwhen.timexes, saidwhen.placing) -> records (saidwhen.records).

The parse holds tags and dependency arcs only for the sentences that can hold a
quote; saidwhen.parsing.selection says which, and what the other sentences carry.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .parsing import language
from .quotes import find_quotes
from .records import Article, Extraction, Skipped
from .placing import place
from .speakers import attribute
from .timexes import tag_times


def extract(text: str, date: dt.date | str | None = None) -> Extraction:
    """Every quotation in one article `text`, with its speaker, and the article's time expressions.

    `date` is the article date (a `datetime.date` or "YYYY-MM-DD"); relative
    times and `said_on` resolve against it.
    """
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    article = Article(id=hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], text=text, date=date)
    doc = language.parse(text)
    return _extraction(doc, article)


def extract_articles(articles: Iterable[Article]) -> Iterator[Extraction | Skipped]:
    """Extractions for a stream of articles, in order, parsing them in batches.

    An article whose extraction fails comes out as a Skipped naming it and the
    error, so that one article never stops a batch and none is lost in silence.
    """
    for doc, article in language.parse_many((a.text, a) for a in articles):
        try:
            yield _extraction(doc, article)
        except Exception as error:  # reported as a Skipped, never swallowed
            yield Skipped(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")


def _extraction(doc: Doc, article: Article) -> Extraction:
    quotes = attribute(doc, find_quotes(doc))
    times = tag_times(article.text, article.date)
    quotes = place(doc, quotes, times, article)
    return Extraction(article=article, quotes=tuple(quotes), times=tuple(times))
