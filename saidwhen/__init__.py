"""saidwhen: who said what, where and when, from dated news articles.

    >>> import saidwhen
    >>> result = saidwhen.extract("“We will win,” the mayor said on Tuesday.", date="2024-03-07")
    >>> [(q.speaker.mention.text, q.text) for q in result.quotes]
    [('the mayor', '“We will win,”')]

The pipeline (and spaCy with it) is imported on first use, so that commands
that do not parse, such as `saidwhen timeml`, start in milliseconds.
"""
from .reading import read_articles
from .records import Article, Extraction, Quote, SaidOn, Skipped, Span, Speaker, Timex

__all__ = [
    "Article", "Extraction", "Quote", "SaidOn", "Skipped", "Span", "Speaker", "Timex",
    "extract", "extract_articles", "read_articles",
]

_LAZY = {"extract", "extract_articles"}


def __getattr__(name: str):
    if name in _LAZY:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'saidwhen' has no attribute {name!r}")
