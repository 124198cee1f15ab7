"""People and quotes across articles: which names are one person, which quotes one quotation.

Within an article the speaker stage has already named each speaker as fully as the article
allows. Across articles the same person is written with or without a title, a middle name or
initial, a suffix, accents or a leading "the", and the same words are carried by syndicated
copies, follow-ups and shorter excerpts. These pure functions give the keys that the store
(and the Spark job, with a group-by) use to keep one person and one quotation each.
"""
from saidwhen.identity.people import person_key, person_keys
from saidwhen.identity.quotes import (MIN_EXCERPT_WORDS, quotation_of, quotations, quote_words,
                                      same_quotation)

__all__ = ["MIN_EXCERPT_WORDS", "person_key", "person_keys", "quotation_of", "quotations",
           "quote_words", "same_quotation"]
