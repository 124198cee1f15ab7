"""Only sentences that can hold a quote are parsed; the others carry tokens, bounds and names."""
from __future__ import annotations

import saidwhen
from saidwhen.parsing import language

ARTICLE = ("Storm closes harbour\n\n"
           "Gales hit the coast on Tuesday. Waves reached the road.\n\n"
           "The ferries stayed in port for a third day. Head coach Marta Lindqvist cancelled training.\n\n"
           "The pitch flooded overnight.\n\n"
           "Lindqvist said the club would play on Sunday.\n\n"
           "Ana Ruiz runs the harbour authority. Her crews worked through the night.\n\n"
           "“We will reopen on Monday,” she said.")


def sentence_of(doc, words: str):
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), alignment_mode="expand")


def parsed(span) -> bool:
    return any(t.dep_ for t in span)


def test_sentences_with_cues_quotes_or_before_a_quote_are_parsed():
    doc = language.parse(ARTICLE)
    assert parsed(sentence_of(doc, "Storm closes harbour"))  # the headline
    assert parsed(sentence_of(doc, "Waves reached the road."))  # the lede: the first three sentences
    assert parsed(sentence_of(doc, "Lindqvist said the club would play on Sunday."))  # a cue
    assert parsed(sentence_of(doc, "Her crews worked through the night."))  # before a quote
    assert parsed(sentence_of(doc, "“We will reopen on Monday,” she said."))


def test_a_plain_sentence_carries_its_bounds_and_the_names_in_it_but_no_parse():
    doc = language.parse(ARTICLE)
    plain = sentence_of(doc, "The ferries stayed in port for a third day.")
    assert not parsed(plain) and plain[0].is_sent_start
    assert not any(t.is_sent_start for t in plain[1:])
    names = sentence_of(doc, "Head coach Marta Lindqvist cancelled training.")
    assert names[0].is_sent_start
    # "Head" opens the sentence and is written capitalised nowhere else: no name.
    assert [t.text for t in names if t.tag_ == "NNP"] == ["Marta", "Lindqvist"]
    assert [t.pos_ for t in names if t.tag_ == "NNP"][-1] == "PROPN"
    assert all(not t.tag_ for t in sentence_of(doc, "The pitch flooded overnight."))


def test_a_name_opening_a_plain_sentence_is_taken_for_its_subject():
    doc = language.parse("Wind warning for the coast\n\nNo boats left. The harbour shut.\n\n"
                         "The storm kept coach Ana Ruiz at home. Ruiz stayed ashore.\n\nIt rained.")
    ruiz = sentence_of(doc, "Ruiz stayed ashore.")
    assert [(t.text, t.dep_, t.head.text) for t in ruiz if t.dep_] == \
        [("Ruiz", "nsubj", "stayed"), ("stayed", "ROOT", "stayed")]


def test_names_and_pronouns_in_plain_sentences_still_name_speakers():
    quotes = saidwhen.extract(ARTICLE, date="2024-03-08").quotes
    speakers = {q.text: q.speaker.name for q in quotes}
    assert speakers["the club would play on Sunday"] == "Marta Lindqvist"
    assert speakers["“We will reopen on Monday,”"] == "Ana Ruiz"


def test_a_sentence_opening_with_a_full_name_is_parsed_where_it_introduces_someone():
    text = ("Ferry strike ends\n\nThe unions agreed. The boats sailed. Fares rose.\n\n"
            "Debbie Kepler, the skipper of the night ferry, remembered the last strike.\n\n"
            "Now, she said, the crews are tired.")
    doc = language.parse(text)
    intro = sentence_of(doc, "Debbie Kepler, the skipper of the night ferry, remembered the last strike.")
    assert parsed(intro) and doc[intro.start + 1].dep_ == "nsubj"
    assert not parsed(sentence_of(doc, "Fares rose."))
    quote = saidwhen.extract(text, date="2024-03-08").quotes[0]
    assert quote.speaker.name == "Debbie Kepler"
