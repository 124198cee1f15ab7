"""Times of events that a later sentence names again.

"Teigen and Legend suffered a pregnancy loss ... in late September 2020." and,
paragraphs later, "When she revealed the sad news of the pregnancy loss on
Instagram, ...": the reveal is placed by the loss, whose time the earlier
sentence gives. An event is recognised by a noun with a compound modifier
("pregnancy loss", "merger talks"), a name specific enough to be the same event.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..records import SaidOn
from .layout import Layout
from .when import NOTHING, Timing, calendar_value


class EventTimes:
    """The dated events of one article, by their compound names; indexed on first use."""

    def __init__(self, layout: Layout):
        self._layout = layout
        self._index: dict[tuple[str, str], list[tuple[int, SaidOn]]] | None = None

    def timing(self, words: list[Token], before: int) -> Timing:
        """The time of an event named among `words` and dated in a sentence before token `before`."""
        keys = [_key(t) for t in words if _key(t)]
        if not keys:
            return NOTHING
        index = self._built()
        dated = [(start, said_on) for key in keys for start, said_on in index.get(key, ()) if start < before]
        return Timing(max(dated, key=lambda d: d[0])[1]) if dated else NOTHING

    def _built(self) -> dict[tuple[str, str], list[tuple[int, SaidOn]]]:
        if self._index is None:
            self._index = {}
            for k in range(self._layout.n_sentences):
                self._add(self._layout.sentence(k))
        return self._index

    def _add(self, sentence) -> None:
        layout = self._layout
        dated = [(i, layout.timex_at[i]) for i in range(sentence.start, sentence.end) if i in layout.timex_at]
        dated = [(i, t, v) for i, t in dated if (v := calendar_value(t, layout.date))]
        if not dated:
            return
        for tok in sentence:
            key = _key(tok)
            if key and not layout.quoted[tok.i]:
                i, timex, value = min(dated, key=lambda d: abs(d[0] - tok.i))
                self._index.setdefault(key, []).append((sentence.start, SaidOn(value, timex.text)))


def _key(tok: Token) -> tuple[str, str] | None:
    if tok.pos_ != "NOUN":
        return None
    compound = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return (compound.lower_, tok.lower_) if compound is not None else None
