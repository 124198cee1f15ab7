"""The recogniser reads REACH words before a name and AFTER words after it (saidwhen.parsing.recogniser)."""
from __future__ import annotations

from saidwhen.parsing.language import parse
from saidwhen.parsing.recogniser import AFTER, REACH, around, recognise

TEXT = ("On a grey morning in the harbour town the new owner of the bakery, Ilse Marwood, "
        "unlocked the doors of her shop for the very first time since the long storm.")


def _span(doc, words: str) -> tuple[int, int]:
    start = next(t.i for t in doc if t.text == words.split()[0])
    return start, start + len(words.split())


def test_a_name_is_read_with_reach_words_before_it_and_after_words_after_it():
    doc = parse(TEXT)
    start, end = _span(doc, "Ilse Marwood")
    assert around(doc, [(start, end)]) == [(start - REACH, end + AFTER)]


def test_stretches_within_reach_of_each_other_are_read_as_one():
    doc = parse(TEXT)
    name, shop = _span(doc, "Ilse Marwood"), _span(doc, "shop")
    assert around(doc, [name, shop]) == [(name[0] - REACH, shop[1] + AFTER)]


def test_the_words_beyond_after_leave_a_name_s_label_as_the_rest_of_its_sentence_does():
    doc = parse(TEXT)
    start, end = _span(doc, "Ilse Marwood")
    to_the_stop = recognise(doc, [(start - REACH, len(doc))])
    near = recognise(doc, around(doc, [(start, end)]))
    assert [r for r in near if r.start == start] == [r for r in to_the_stop if r.start == start]
    assert [r.end for r in near if r.start == start] == [end]
