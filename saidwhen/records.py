"""The small typed records that move through the pipeline.

Every stage reads and yields these; none of them holds a spaCy object, so a
record can be kept, compared, pickled and written out long after the parse that
produced it is gone. Offsets are character offsets into `Article.text`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: [start, end) and the characters it covers."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote: the canonical name in the article and the mention it rests on, with
    the kind of speaker (`person`, `organisation`, None when the text does not make it plain)
    and, for a person, the gender the article writes (`female`, `male`, `unknown`)."""

    name: str | None
    mention: Span | None
    kind: str | None = None
    gender: str | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "gender": self.gender,
                "mention": self.mention.to_json() if self.mention else None}


@dataclass(frozen=True, slots=True)
class SaidOn:
    """The calendar day or month a quote was said or written, and the words that say so."""

    value: str
    text: str

    def to_json(self) -> dict:
        return {"value": self.value, "text": self.text}


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: what was said (`content`), the cue that reports it and its speaker."""

    kind: QuoteKind
    content: tuple[Span, ...]
    cue: Span | None
    speaker: Speaker | None
    channel: str | None = None
    outlet: str | None = None
    said_on: SaidOn | None = None

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    @property
    def text(self) -> str:
        return " ".join(span.text for span in self.content)

    def to_json(self) -> dict:
        record = {
            "kind": self.kind,
            "text": self.text,
            "content": [{"start": s.start, "end": s.end} for s in self.content],
            "cue": self.cue.to_json() if self.cue else None,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "channel": self.channel,
            "said_on": self.said_on.to_json() if self.said_on else None,
        }
        if self.outlet:
            record["outlet"] = self.outlet
        return record


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression normalised after TIMEX3: `value` such as 2020-09, P10W or PRESENT_REF."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None

    def to_json(self) -> dict:
        record = {"text": self.text, "start": self.start, "end": self.end,
                  "type": self.type, "value": self.value}
        if self.mod:
            record["mod"] = self.mod
        return record


@dataclass(frozen=True, slots=True)
class Article:
    """A dated news article as read: `text` is exactly what offsets refer to."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read from, "FILE" or "FILE:LINE", for messages


@dataclass(frozen=True, slots=True)
class Extraction:
    """What saidwhen found in one article: its quotes and its time expressions."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    times: tuple[Timex, ...] = field(default=())

    def to_json(self) -> dict:
        art = self.article
        record = {"id": art.id, "date": art.date.isoformat() if art.date else None}
        for key in ("title", "url", "source"):
            if getattr(art, key):
                record[key] = getattr(art, key)
        record["quotes"] = [q.to_json() for q in self.quotes]
        record["times"] = [t.to_json() for t in self.times]
        return record


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read as an article, and why: never dropped in silence."""

    origin: str  # "FILE:LINE" for a line of a JSON Lines file, "FILE" for a whole file
    reason: str
    # A web archive's own records (warcinfo, requests, metadata): never pages, so passing them
    # over loses nothing. They are listed only when asked (--verbose) and not counted as skips.
    bookkeeping: bool = False

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
