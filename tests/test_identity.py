"""People and quotations across articles, as a specification: which variants are one."""
import pytest

from saidwhen.identity import person_key, person_keys, quote_words, same_quotation

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
