"""People and quotations across articles, as a specification: which variants are one."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from saidwhen.identity import (person_key, person_keys, quotation_of, quotations, quote_words,
                               same_quotation)

SAME_PERSON = [
    ("Omar Haddad", "Dr. Omar Haddad"),
    ("Omar Haddad", "Omar J. Haddad"),
    ("Omar Haddad", "Omar Haddad Jr."),
    ("Jane Doe", "Prime Minister Jane Doe"),
    ("Hillary Clinton", "Hillary Rodham Clinton"),
    ("José Núñez", "Jose Nunez"),
    ("Liam O'Brien", "Liam O’Brien"),
    ("Harbour Authority", "The Harbour Authority"),
    ("Acme Corp.", "Acme Inc."),
]
OTHER_PEOPLE = [
    ("Ann Haddad", "Omar Haddad"),            # a shared surname is not enough
    ("Chrissy Teigen", "Christine Teigen"),   # nor a surname and a first name alike
    ("Ludwig van Beethoven", "Ludwig Beethoven Smith"),
    ("Bank of England", "Bank of Ireland"),
    ("Ann Moreau and Omar Haddad", "Ann Moreau"),
]


@pytest.mark.parametrize("a, b", SAME_PERSON)
def test_variants_of_a_name_are_one_person(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a, b", OTHER_PEOPLE)
def test_different_names_stay_different_people(a, b):
    assert person_key(a) != person_key(b)


def test_a_nickname_the_text_gives_is_a_second_key():
    assert person_keys("Christine “Chrissy” Teigen") == ("christine teigen", "chrissy teigen")


def test_surname_particles_stay_with_the_surname():
    assert person_key("Virgil van Dijk") == "virgil van dijk"


def test_no_name_has_no_key():
    assert person_key(None) is None and person_key("  ") is None and person_keys("—") == ()


def test_the_same_words_typeset_differently_are_one_quotation():
    a = quote_words("“We will not give up,” she said")
    b = quote_words('"We will NOT give up" -- she said')
    assert same_quotation(a, b)


def test_a_long_enough_excerpt_is_the_same_quotation():
    whole = quote_words("“The bridge will open in May, and not a day later than that.”")
    assert same_quotation(whole, quote_words("will open in May, and not a day later"))
    assert same_quotation(quote_words("open in May, and not a day"), whole)


def test_a_short_excerpt_or_a_word_broken_in_two_is_not():
    whole = quote_words("“The bridge will open in May, and not a day later than that.”")
    assert not same_quotation(whole, quote_words("not a day later"))
    assert not same_quotation(whole, quote_words("ridge will open in May, and not a"))


def test_an_empty_quote_is_no_quotation():
    assert not same_quotation(quote_words("“…”"), quote_words("—"))


# --- which quotation a quote belongs to -----------------------------------------------------
WHOLE = quote_words("The bridge will open in May, and not a day later than that.")
LONGER = quote_words("We promised it. The bridge will open in May, and not a day later than that.")
EXCERPT = quote_words("will open in May, and not a day later")


def test_a_quote_belongs_to_the_longest_quotation_that_holds_it():
    speaker_quotes = [WHOLE, LONGER, EXCERPT, quote_words("Something else entirely.")]
    assert quotation_of(EXCERPT, speaker_quotes) == LONGER
    assert quotation_of(WHOLE, speaker_quotes) == LONGER
    assert quotation_of(LONGER, speaker_quotes) == LONGER


def test_of_two_equally_long_holders_the_smaller_string_wins():
    a = quote_words("Apples will open in May, and not a day later")
    b = quote_words("Bridges will open in May, and not a day later")
    assert quotation_of(EXCERPT, [b, a]) == quotation_of(EXCERPT, [a, b]) == a


def test_a_short_quote_is_its_own_quotation_even_inside_a_longer_one():
    short = quote_words("not a day later")
    assert quotation_of(short, [WHOLE, LONGER]) == short


def test_a_quote_with_no_words_is_in_no_quotation_but_its_own():
    assert quotation_of("", [WHOLE, ""]) == ""
    assert quotations(["", WHOLE])[""] == ""


def test_all_quotes_of_a_speaker_at_once_follow_the_same_rule():
    speaker_quotes = [WHOLE, LONGER, EXCERPT, EXCERPT, quote_words("not a day later")]
    assert quotations(speaker_quotes) == {w: quotation_of(w, speaker_quotes) for w in speaker_quotes}


# Few words, so that runs of six shared words (excerpts) are common among the examples.
_quote = st.lists(st.sampled_from(["we", "will", "open", "it", "in", "may"]), max_size=14)


@given(st.lists(_quote, max_size=12))
def test_the_indexed_rule_is_the_rule(word_lists):
    speaker_quotes = [" ".join(w) for w in word_lists]
    found = quotations(speaker_quotes)
    assert found == {w: quotation_of(w, speaker_quotes) for w in speaker_quotes}
    assert all(found[q] == q for q in found.values())  # a quotation is its own quotation
