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

    def occasion_timing(self, cue: Token) -> Timing:
        """'Chief Rose Alec said at a signing ceremony' after 'an agreement signed Monday': words
        said at an occasion named by a deed's gerund ("signing", "opening") fall on the day an
        earlier sentence gives that deed's verb ("signed Monday"), its nearest time."""
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "at"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                gerund = next((c for c in noun.children if c.dep_ in ("compound", "amod")
                               and c.lower_.endswith(GERUND) and len(c.lower_) > len(GERUND) + 2), None)
                if gerund is None:
                    continue
                dated = [(start, said_on) for start, said_on in
                         self._built().get((DEED, gerund.lower_[:-len(GERUND)]), ()) if start < cue.sent.start]
                if dated:
                    return Timing(max(dated, key=lambda d: d[0])[1])
        return NOTHING

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
            key = _key(tok) or _deed_key(tok)
            if key and not layout.quoted[tok.i]:
                i, timex, value = min(dated, key=lambda d: abs(d[0] - tok.i))
                self._index.setdefault(key, []).append((sentence.start, SaidOn(value, timex.text)))


# A deed's regular past verb indexed by its stem, for the occasion its gerund names ("signed"
# -> "signing ceremony", "opened" -> "opening ceremony"); the key's first part keeps it apart
# from the compound names. (The pipeline has no lemmatizer: the stems are cut from the words.)
DEED = "deed"
GERUND = "ing"
PAST = "ed"


def _deed_key(tok: Token) -> tuple[str, str] | None:
    """'an agreement signed Monday': a regular participle or past verb of a deed, by its stem."""
    low = tok.lower_
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or not low.endswith(PAST) or len(low) < 5:
        return None
    return (DEED, low[:-len(PAST)])


def _key(tok: Token) -> tuple[str, str] | None:
    if tok.pos_ != "NOUN":
        return None
    compound = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return (compound.lower_, tok.lower_) if compound is not None else None
