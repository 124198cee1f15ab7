"""Speakers and channels in the style of British entertainment, politics and technology news:
an outlet's own reporter as "our correspondent", ministers who tell MPs, a follow-on quote of a
speaker named only by surname (conventions.md, Speaker and channel). The sentences are our own."""
from __future__ import annotations

import saidwhen
from speakers_support import speakers


def _quotes(text: str) -> list[saidwhen.Quote]:
    return list(saidwhen.extract(text, date="2005-03-01").quotes)


# An outlet's own reporter


def test_our_correspondent_is_the_correspondent_the_article_named():
    text = ('BBC correspondent Tom Hale said the unions were a strong force. Opposition to the plan is '
            '"the one thing they share", our correspondent added. Our correspondent said that he '
            'understood no deal had been offered.')
    assert [name for name, _ in speakers(text)] == ["Tom Hale"] * 3


def test_our_correspondent_with_no_correspondent_named_names_no_one():
    text = "Our correspondent said that no deal had been offered to the unions."
    assert speakers(text) == [(None, "Our correspondent")]
