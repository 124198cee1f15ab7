"""When two quotes across articles are one quotation said once by one speaker.

The same words, however they are punctuated or typeset, are one quotation: a syndicated
copy, a follow-up quoting the same post. A shorter excerpt of the same words by the same
speaker is the same quotation too, if it is long enough to be telling: two articles both
quoting someone's "absolutely not" need not report the same moment.
"""
from __future__ import annotations

from saidwhen.identity.text import words

MIN_EXCERPT_WORDS = 6


def quote_words(text: str) -> str:
    """The words of a quote, folded and joined by single spaces: its identity as text."""
    return " ".join(words(text))


def same_quotation(a: str, b: str) -> bool:
    """Whether quote words `a` and `b` (from `quote_words`) are one quotation: equal, or one
    an excerpt of at least MIN_EXCERPT_WORDS whole words of the other."""
    if a == b:
        return bool(a)
    short, long = sorted((a, b), key=len)
    return short.count(" ") + 1 >= MIN_EXCERPT_WORDS and f" {short} " in f" {long} "
