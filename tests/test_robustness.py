"""Whatever text comes in, extraction returns records whose offsets point into it."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import saidwhen

# Words, quote marks of every kind, line breaks and odd Unicode, mixed at random:
# unbalanced and mismatched marks are the point.
PIECES = st.sampled_from([
    "said", "she", "Ana Ruiz", "told", "the mayor", "according to", "that", "We", "will", "win",
    "“", "”", "\"", "'", "‘", "’", "``", "''", "«", "»", ",", ".", ":", "—", "\n", "\n\n", " ",
    "Tuesday", "last year", "2021", "e\u0301", "\u200b", "🙂", "\x00", "\ufeff", "ǅ", "İ",
])
TEXTS = st.lists(PIECES, max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_span_is_the_text_it_claims(text):
    result = saidwhen.extract(text, date="2024-03-08")
    for quote in result.quotes:
        spans = [*quote.content, quote.cue, quote.speaker.mention if quote.speaker else None]
        for span in filter(None, spans):
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.text
    for timex in result.times:
        assert text[timex.start:timex.end] == timex.text


def test_an_empty_text_has_nothing():
    result = saidwhen.extract("")
    assert result.quotes == () and result.times == ()
