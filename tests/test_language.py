"""The parse every stage reads: the same for an article whatever comes with it."""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG

from saidwhen.parsing import language

ARTICLES = [
    "Marta Lindqvist, the head coach, was upbeat.\n\n“We will win on Sunday,” she said.",
    "The harbour authority said on Monday that the dock would reopen. Omar Haddad disagreed.",
    "Lena Vogel told reporters: “Nobody expected this.”\nThe vote was close.",
]


def parsed(doc) -> list:
    return doc.to_array([TAG, HEAD, DEP]).tolist()


def test_an_article_parses_the_same_alone_and_among_others():
    alone = [parsed(language.parse(text)) for text in ARTICLES]
    together = [parsed(doc) for doc, _ in language.parse_many((text, None) for text in ARTICLES * 3)]
    assert together == alone * 3


def test_a_line_break_always_ends_a_sentence():
    doc = language.parse("Ministers meet in Eastport\nThe talks begin on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Ministers meet in Eastport", "The talks begin on Monday."]


def test_spaces_inside_a_line_do_not_change_the_parse_of_its_words():
    plain = language.parse("Haddad added that the dock would reopen.")
    spaced = language.parse("Haddad\u00a0added  that the dock would reopen.")
    words = [t for t in spaced if not t.is_space]
    assert [(t.text, t.tag_, t.dep_, t.head.text) for t in words] == \
        [(t.text, t.tag_, t.dep_, t.head.text) for t in plain]


def test_the_parse_keeps_the_text_exactly():
    text = "  Lead line\n\n\u00a0“Quoted,”\tshe said.  \n"
    assert language.parse(text).text == text


def test_a_title_with_a_full_stop_ends_no_sentence():
    doc = language.parse("Flood talks\n\nSens. Ana Ruiz and Gov. Tom Reed met on Monday. They agreed.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Ana" not in starts and "Tom" not in starts and "They" in starts


def test_the_token_vectors_of_a_parsed_piece_are_those_of_the_whole_article():
    text = ("Harbour closes\n\nThe dock flooded. Crews left early.\n\nThe mayor spoke at noon.\n\n"
            "Omar Haddad said the dock would reopen.\n\nRain fell all week.")
    nlp = language.pipeline()
    article = language._planned(nlp, text, None)
    pieces = language._piece_docs(article)
    language._vectors(nlp.get_pipe("tok2vec"), article, list(enumerate(pieces)))
    whole = nlp.get_pipe("tok2vec")(language.tokenized(nlp, text))
    assert len(pieces) > 1 and sum(map(len, pieces)) < len(whole)  # some sentences left out
    for tokens, piece in zip(article.pieces, pieces):
        assert numpy.allclose(piece.tensor, whole.tensor[tokens], atol=1e-4)
