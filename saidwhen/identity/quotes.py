"""When two quotes across articles are one quotation said once by one speaker.

The same words, however they are punctuated or typeset, are one quotation: a syndicated
copy, a follow-up quoting the same post. A shorter excerpt of the same words by the same
speaker is the same quotation too, if it is long enough to be telling: two articles both
quoting someone's "absolutely not" need not report the same moment.
"""
from __future__ import annotations

from collections.abc import Iterable

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


def contains(longer: str, shorter: str) -> bool:
    """Whether quotation `longer` holds quote `shorter` (both quote words): the same words,
    or `shorter` an excerpt of it long enough to count (see `same_quotation`)."""
    return len(longer) >= len(shorter) and same_quotation(longer, shorter)


def rank(words: str) -> tuple[int, str]:
    """The order in which quotations represent a quote: the most words first; among as many
    words, the smallest string, so that every reader picks the same one."""
    return -len(words.split()), words


def quotation_of(words: str, speaker_quotes: Iterable[str]) -> str:
    """The quotation a quote of one speaker belongs to: the longest of that speaker's quotes
    (quote words) that contains it, or the quote itself when none does.

    This is the rule by which the corpus store and the Spark job keep each quotation once per
    speaker. A quote with no words contains nothing and is in no quotation but its own."""
    holders = [other for other in speaker_quotes if contains(other, words)]
    return min([words, *holders], key=rank)


def quotations(speaker_quotes: Iterable[str]) -> dict[str, str]:
    """`quotation_of` for every quote of one speaker at once, from its quote words to its
    quotation's, in time linear in the words rather than the square of the quotes.

    A quote can only be an excerpt of a quotation that holds its first MIN_EXCERPT_WORDS
    words as a run, so each quotation is indexed by its runs of that many words and only
    those that share a quote's first run are compared with it."""
    distinct = sorted(set(speaker_quotes), key=rank)  # longest first: the first holder wins
    holders_of_run: dict[str, list[str]] = {}
    for words in distinct:
        for run in runs(words):
            holders_of_run.setdefault(run, []).append(words)
    return {words: _first_holder(words, holders_of_run) for words in distinct}


def runs(words: str) -> set[str]:
    """Every run of MIN_EXCERPT_WORDS words in quote words `words`: a quote it is an excerpt
    of holds its first run, and each excerpt of it starts with one of them."""
    split = words.split()
    return {" ".join(split[i:i + MIN_EXCERPT_WORDS])
            for i in range(len(split) - MIN_EXCERPT_WORDS + 1)}


def first_run(words: str) -> str | None:
    """The first MIN_EXCERPT_WORDS words of `words`; None when it has fewer, and so can be
    the excerpt of no other quote."""
    split = words.split()
    return " ".join(split[:MIN_EXCERPT_WORDS]) if len(split) >= MIN_EXCERPT_WORDS else None


def _first_holder(words: str, holders_of_run: dict[str, list[str]]) -> str:
    first = " ".join(words.split()[:MIN_EXCERPT_WORDS])
    for holder in holders_of_run.get(first, ()):
        if contains(holder, words):
            return holder
    return words
