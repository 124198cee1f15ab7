"""What the store answers with: small typed records, each with the JSON the API gives."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One article carrying a quotation: where in it, said by which mention, when and how."""

    article_id: str
    article_date: str | None
    text: str
    title: str | None
    source: str | None
    url: str | None
    start: int
    end: int
    content: tuple[tuple[int, int], ...]
    speaker_name: str | None
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    said_on: str | None
    said_on_text: str | None
    channel: str | None
    outlet: str | None

    def to_json(self) -> dict:
        return {
            "article": {"id": self.article_id, "date": self.article_date, "title": self.title,
                        "source": self.source, "url": self.url},
            "article_date": self.article_date,
            "text": self.text,
            "content": [{"start": s, "end": e} for s, e in self.content],
            "start": self.start, "end": self.end,
            "speaker": {"name": self.speaker_name, "mention": None if self.mention is None else
                        {"text": self.mention, "start": self.mention_start,
                         "end": self.mention_end}},
            "cue": None if self.cue is None else
            {"text": self.cue, "start": self.cue_start, "end": self.cue_end},
            "said_on": None if self.said_on is None else
            {"value": self.said_on, "text": self.said_on_text},
            "channel": self.channel, "outlet": self.outlet,
        }


@dataclass(frozen=True, slots=True)
class StoredQuotation:
    """A quotation as the corpus knows it: once, with every article that carried it."""

    id: int
    kind: str
    text: str
    person_id: int | None
    person: str | None
    said_on: str | None       # the earliest day or month it was said on, when known
    first_seen: str | None    # the earliest date of an article carrying it
    channel: str | None
    outlet: str | None
    articles: int
    stable_id: str | None = None  # the same in every database made from the same articles
    occurrences: tuple[Occurrence, ...] = ()
    matches: tuple[tuple[int, int], ...] = ()  # where a search query matched `text`

    @property
    def when(self) -> str | None:
        """When it was said, else when it was first reported."""
        return self.said_on or self.first_seen

    @property
    def first(self) -> Occurrence | None:
        """The occurrence in the earliest article: the one to cite."""
        return self.occurrences[0] if self.occurrences else None

    def to_json(self) -> dict:
        first = self.first
        return {"id": self.id, "stable_id": self.stable_id, "kind": self.kind, "text": self.text,
                "speaker": None if self.person_id is None else
                {"id": self.person_id, "name": self.person},
                "said_on": self.said_on, "first_seen": self.first_seen, "when": self.when,
                "channel": self.channel, "outlet": self.outlet, "articles": self.articles,
                "first_article": None if first is None else
                {"id": first.article_id, "title": first.title, "source": first.source,
                 "date": first.article_date, "url": first.url},
                "citation": citation(self),
                "matches": [{"start": s, "end": e} for s, e in self.matches],
                "occurrences": [o.to_json() for o in self.occurrences]}


def citation(quote: StoredQuotation) -> str:
    """A plain citation of a quotation, as its first article carried it:
    Speaker: “words”. Title, Source, date. URL"""
    who = quote.person or "An unnamed speaker"
    # The stored words keep the article's quotation marks and the comma before "she said".
    marks = "“”\"‘’ "
    words = " ".join(quote.text.split()).strip(marks).rstrip(",").strip(marks)
    parts = [f"{who}: “{words}”."]
    first = quote.first
    if first is not None:
        where = ", ".join(x for x in (first.title or first.article_id, first.source,
                                      first.article_date) if x)
        parts.append(where + ".")
        if first.url:
            parts.append(first.url)
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Person:
    """A person (or organisation) quoted in the corpus."""

    id: int
    name: str
    quotations: int
    articles: int
    first: str | None
    last: str | None
    names: tuple[str, ...] = ()  # every variant the articles use

    def to_json(self) -> dict:
        # "quotes": the documented key, kept for the clients that read it
        return {"id": self.id, "name": self.name, "quotes": self.quotations,
                "articles": self.articles, "first": self.first, "last": self.last,
                "names": list(self.names)}


@dataclass(frozen=True, slots=True)
class Page:
    """One page of answers, and how many there are in all."""

    items: tuple
    total: int
    limit: int
    offset: int
    order: str | None = None  # of search results: best match, oldest, newest or latest added
    speaker: Person | None = None  # the person a search was narrowed to

    def to_json(self, key: str = "results") -> dict:
        return {key: [i.to_json() for i in self.items], "total": self.total,
                "limit": self.limit, "offset": self.offset,
                **({"order": self.order} if self.order else {}),
                **({"speaker": self.speaker.to_json()} if self.speaker else {})}


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article with the quotes found in it, in text order."""

    id: str
    date: str | None
    title: str | None
    url: str | None
    source: str | None
    text: str
    quotes: tuple[tuple[StoredQuotation, Occurrence], ...]

    def to_json(self) -> dict:
        return {"id": self.id, "date": self.date, "title": self.title, "url": self.url,
                "source": self.source, "text": self.text,
                "quotes": [{**o.to_json(), "quote_id": q.id, "stable_id": q.stable_id,
                            "kind": q.kind,
                            "person": None if q.person_id is None else
                            {"id": q.person_id, "name": q.person}}
                           for q, o in self.quotes]}


@dataclass(frozen=True, slots=True)
class MonthCount:
    """How many of a person's quotations (those asked for) were said in one month, by channel."""

    month: str | None  # YYYY-MM; None for the quotations with no date at all
    quotations: int
    channels: tuple[tuple[str | None, int], ...]  # most first; None: no channel named

    def to_json(self) -> dict:
        return {"month": self.month, "quotes": self.quotations,
                "channels": [{"channel": c, "quotes": n} for c, n in self.channels]}


@dataclass(frozen=True, slots=True)
class Timeline:
    """A person, the shape of everything they said (as asked) and one page of it."""

    person: Person
    months: tuple[MonthCount, ...]  # in time order, the undated last; months with none left out
    total: int                      # quotations asked for, on every page together
    quotations: tuple[StoredQuotation, ...]  # this page's, each with its first few occurrences
    page: int
    pages: int
    limit: int
    order: str                      # oldest or newest (first)

    def channels(self) -> list[tuple[str | None, int]]:
        """Every channel among the quotations asked for, with their number, most first."""
        totals: dict[str | None, int] = {}
        for month in self.months:
            for channel, n in month.channels:
                totals[channel] = totals.get(channel, 0) + n
        return sorted(totals.items(), key=lambda item: (-item[1], item[0] is None, item[0] or ""))

    def to_json(self) -> dict:
        return {"person": self.person.to_json(), "order": self.order, "total": self.total,
                "page": self.page, "pages": self.pages, "limit": self.limit,
                "previous_page": self.page - 1 if self.page > 1 else None,
                "next_page": self.page + 1 if self.page < self.pages else None,
                "counts": {"months": [m.to_json() for m in self.months if m.month],
                           "undated": sum(m.quotations for m in self.months if m.month is None),
                           "channels": [{"channel": c, "quotes": n} for c, n in self.channels()]},
                "quotes": [q.to_json() for q in self.quotations]}


@dataclass(frozen=True, slots=True)
class AsWritten:
    """Who a person is as their articles write it: kind and gender across the corpus, with
    how many articles say each, so that articles that disagree stay visible."""

    person_id: int
    name: str
    kind: str | None    # what the articles say when they agree, else 'disputed'
    gender: str | None
    kinds: tuple[tuple[str, int], ...] = ()    # (kind, articles saying it), most first
    genders: tuple[tuple[str, int], ...] = ()  # (gender, articles saying it), most first

    def to_json(self) -> dict:
        return {"id": self.person_id, "name": self.name, "kind": self.kind,
                "gender": self.gender, "kinds": dict(self.kinds), "genders": dict(self.genders)}
