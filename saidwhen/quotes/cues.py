"""Cues: the words that report speech ("said", "told", "according to").

The verbs are listed by their base forms in saidwhen.lexicon, which generates their
inflections and keys them by word form, so that no lemmatizer has to run.
"""
from __future__ import annotations

from ..lexicon import CHARACTERISING_FORMS, DIRECT_FORMS, SPEECH_FORMS


def characterising_lemma(word: str) -> str | None:
    """The base form of a verb that characterises something in quotable words, else None."""
    return CHARACTERISING_FORMS.get(word.lower())


def speech_lemma(word: str) -> str | None:
    """The base form of a verb that reports speech (with a reported clause), else None."""
    return SPEECH_FORMS.get(word.lower())


def direct_lemma(word: str) -> str | None:
    """The base form of a verb that can introduce a direct quotation, else None."""
    return DIRECT_FORMS.get(word.lower())
