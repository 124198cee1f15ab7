"""The parse every stage reads: the same for an article whatever comes with it."""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG

from saidwhen.parsing import language
from saidwhen.parsing.texts import text_of
from saidwhen.parsing.positions import TokenIndex

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


def test_a_space_inside_a_line_hangs_on_the_word_before_it_and_never_heads_its_sentence():
    # A non-breaking space is read as the plain one (language.INLINE_MARKS, branch leftovers17):
    # no token of its own; the second space of two is one, hung on the word before it.
    doc = language.parse("Later, Reed, author of\u00a0Mills, spoke  with the Milltown Clarion.")
    sentence = next(doc.sents)
    assert sentence.root.text == "spoke"
    assert [(t.head.text, t.dep_) for t in doc if t.is_space] == [("spoke", "dep")]


def test_the_parse_keeps_the_text_exactly():
    # The stages read the article's text kept with the parse (texts.text_of); the tokens' own text
    # differs only where a typeset space or hyphen is read as the plain one, a mark for a mark, so
    # every offset is the article's (branch leftovers17).
    text = "  Lead line\n\n\u00a0“Quoted,”\tshe said.  \n"
    doc = language.parse(text)
    assert text_of(doc) == text
    assert doc.text == text.translate(language.INLINE_MARKS)


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


def test_a_stretch_of_text_lies_in_the_tokens_of_its_first_and_last_character():
    text = "Kofi Mensah said: “We won.”  Then he left."
    doc = language.parse(text)
    index = TokenIndex(doc)
    quote = text.index("“"), text.index("”") + 1
    first, end = index.range(*quote)
    assert doc[first:end].text == "“We won.”"
    # a stretch that begins inside a word takes the whole word; one that ends on the space
    # after a word ends with that word
    begins_inside = text.index("ensah"), text.index(" said")
    assert doc[slice(*index.range(*begins_inside))].text == "Mensah"
    assert doc[slice(*index.range(text.index("Then"), text.index("Then") + 5))].text == "Then"


def test_the_columns_read_what_the_tokens_say():
    """The stages read a parse's columns instead of making a spaCy Token per look: the same
    parts of speech, heads and children, in parsed and plain sentences alike (a plain one,
    the fifth here, has no part of speech but on a word that looks like a name)."""
    from saidwhen.parsing.words import columns

    doc = language.parse("Storm closes the coast road\nThe road along the bay was shut on Monday.\n"
                         "Crews cleared it by noon.\nTraffic was slow.\nMarta Lindqvist drove home late.\n"
                         "“It was fine,” said Tom Hale, a driver.")
    t = columns(doc)
    assert t.pos == [tok.pos_ for tok in doc] and "" in t.pos and "PROPN" in t.pos
    assert t.head == [tok.head.i for tok in doc]
    assert t.children == [[c.i for c in tok.children] for tok in doc]


def _opening(text: str) -> tuple[str, str]:
    first = language.parse(text)[0]
    return first.text, first.tag_


def test_a_given_name_the_model_never_saw_opening_a_sentence_is_a_proper_noun():
    # The tagger guesses an adverb or an adjective for a word it has never seen in that place.
    assert _opening("Natsiq Kusugak, president of the Kivalliq Inuit Association, said the mine had "
                    "kept its promises.") == ("Natsiq", "NNP")
    assert _opening("Rhian Beynon of the council said the rules were unfair.") == ("Rhian", "NNP")


def test_an_english_word_opening_a_sentence_before_a_name_keeps_its_tag():
    assert _opening("Meanwhile Mark Oaten said the step was worrying.") == ("Meanwhile", "RB")
    assert _opening("Perhaps Robinson was right to say so.") == ("Perhaps", "RB")
    assert _opening("Italian Prime Minister Marco Bellini will unveil plans.") == ("Italian", "JJ")


def test_the_tokenizer_keeps_the_models_exceptions_and_adds_saidwhen_s_own():
    """Made in one go (language._tokenizer), the tokenizer splits as the model's own does, keeps
    the lexicon's hyphenated words and titles whole, and cuts a signing bar from its mark."""
    tokens = [t.text for t in language.pipeline().tokenizer(
        "Det. Noor Vance said she didn't E-mail it.\n“It was well-known.”― Rui Sato, at https://example.org/a-b")]
    assert tokens == ["Det.", "Noor", "Vance", "said", "she", "did", "n't", "E-mail", "it", ".", "\n", "“",
                      "It", "was", "well", "-", "known", ".", "”", "―", "Rui", "Sato", ",", "at",
                      "https://example.org/a-b"]


def _pattern(method):
    """The pattern and flags of a compiled expression's bound method (None for none)."""
    return None if method is None else (method.__self__.pattern, method.__self__.flags)


def test_the_tokenizer_holds_every_exception_of_the_model():
    import spacy

    loaded = spacy.load(language.MODEL, exclude=language.EXCLUDED, disable=language.DISABLED).tokenizer
    made = language.pipeline().tokenizer
    assert loaded.rules.items() <= made.rules.items()
    # The same regular expressions, compared by pattern: two loads compile the model's strings
    # again, and re's cache of compiled patterns may have let the first object go in between.
    assert [_pattern(made.token_match), _pattern(made.url_match)] == \
        [_pattern(loaded.token_match), _pattern(loaded.url_match)]
    # The model's infixes, and a transcript's colon glued to a quotation mark and a closing mark
    # glued to the next word after them.
    assert made.infix_finditer.__self__.pattern == \
        loaded.infix_finditer.__self__.pattern + "|" + language.GLUED_COLON_QUOTE + "|" + language.GLUED_CLOSING_QUOTE
    assert made.faster_heuristics == loaded.faster_heuristics
    # The model's affixes, and the signing bar after them.
    assert made.prefix_search.__self__.pattern == loaded.prefix_search.__self__.pattern + "|^" + language.SIGNING_BAR
    assert made.suffix_search.__self__.pattern == loaded.suffix_search.__self__.pattern + "|" + language.SIGNING_BAR + "$"


def test_the_tokenizer_s_special_cases_are_words_of_the_loaded_vocabulary():
    """The tokenizer is made after the vocabulary is loaded, which forgets the words known before
    it: the words of each special case ("don't", "Det.") are the vocabulary's own."""
    nlp = language.pipeline()
    for case in nlp.tokenizer.rules:
        assert all(token.text in nlp.vocab for token in nlp.tokenizer(case)), case


def test_a_short_article_gives_its_records_with_every_stage_loaded():
    """The parser, the tagger and the entity recogniser (asked here about the words before the
    chair) are all there:
    a quote, its speaker by name and kind, its channel and its day."""
    from saidwhen import extract

    result = extract("Harbour board chair Ilse Marten spoke to reporters on Tuesday.\n\n"
                     "“The new pier will open in May,” Marten said in a statement on Tuesday.",
                     date="2026-03-05")
    assert [(q.text, q.speaker.name, q.speaker.kind, q.channel, q.said_on.value) for q in result.quotes] == \
        [("“The new pier will open in May,”", "Ilse Marten", "person", "statement", "2026-03-03")]


def test_once_the_model_is_loaded_the_young_objects_are_collected_seldom():
    # An article makes tens of thousands of short-lived objects; a collection every 700 of
    # them (Python's default) walked them for nothing (speed11).
    import gc

    from saidwhen.parsing.language import YOUNG_OBJECTS, pipeline

    pipeline()
    assert gc.get_threshold()[0] >= YOUNG_OBJECTS
    assert gc.isenabled()
