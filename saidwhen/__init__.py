"""saidwhen: who said what, where and when, from dated news articles.

    >>> import saidwhen
    >>> result = saidwhen.extract("“We will win,” the mayor said on Tuesday.", date="2024-03-07")
    >>> [(q.speaker.mention.text, q.text) for q in result.quotes]
    [('the mayor', '“We will win,”')]

The pipeline (and spaCy with it) is imported on first use, so that commands
that do not parse, such as `saidwhen timeml`, start in milliseconds.
"""
from .records import Article, Extraction, Quote, SaidOn, Skipped, Span, Speaker, Timex

__all__ = [
    "Article", "Corpus", "Extraction", "Quote", "SaidOn", "Skipped", "Span", "Speaker", "Timex",
    "extract", "extract_articles", "read_articles",
]

# Imported on first use: the pipeline loads spaCy; the corpus, the store; the readers, their
# formats (so that the store, which reads no input, can be imported without them).
_LAZY = {"extract": "pipeline", "extract_articles": "pipeline", "Corpus": "corpus",
         "read_articles": "reading"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'saidwhen' has no attribute {name!r}")
