"""saidwhen: who said what, where and when, from dated news articles.

    >>> import saidwhen
    >>> result = saidwhen.extract("“We will win,” the mayor said on Tuesday.", date="2024-03-07")
    >>> [(q.speaker.mention.text, q.text) for q in result.quotes]
    [('the mayor', '“We will win,”')]
"""
from .pipeline import extract, extract_articles
from .reading import read_articles
from .records import Article, Extraction, Quote, SaidOn, Skipped, Span, Speaker, Timex

__all__ = [
    "Article", "Extraction", "Quote", "SaidOn", "Skipped", "Span", "Speaker", "Timex",
    "extract", "extract_articles", "read_articles",
]
