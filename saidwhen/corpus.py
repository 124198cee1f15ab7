"""The corpus from Python: a thin, read-only layer over saidwhen.store's questions.

    corpus = Corpus("saidwhen.db")
    for quote in corpus.search("bridge", since="2024"):   # read a page at a time, as iterated
        print(quote.person, quote.when, quote.text)
    corpus.stats(by="year").table("gender").to_pandas()  # with the `pandas` extra

Every answer is one of the store's records (saidwhen.store.results), the ones the command line
and the web page show; lists of them come as Results, read lazily from the database.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Generic, TypeVar

from saidwhen.frames import to_pandas
from saidwhen.store import connect_readonly, queries
from saidwhen.store.connection import DEFAULT_DB
from saidwhen.store.queries import Filters
from saidwhen.store.results import AsWritten, Person, StoredArticle, StoredQuotation
from saidwhen.store.stats import Stats, as_written, stats
from saidwhen.store.timelines import MAX_PAGE_SIZE, TimelineQuery, read_whole, timeline

T = TypeVar("T")


OPTIONAL_TEXT = (str, type(None))  # a filter left unset


def _expect(types: type | tuple[type, ...], what: str, /, **arguments: object) -> None:
    """A TypeError naming the first argument that is none of `types`: without it a wrong
    type fails deep in the store, naming no argument."""
    types = types if isinstance(types, tuple) else (types,)
    for name, value in arguments.items():
        # True is an int to Python, never a quotation id
        if not isinstance(value, types) or isinstance(value, bool) and bool not in types:
            raise TypeError(f"{name} must be {what}, not {type(value).__name__} {value!r}")


def _filters(speaker, since, until, channel, source, gender, kind) -> Filters:
    _expect(OPTIONAL_TEXT, "a string or None", speaker=speaker, since=since, until=until,
            channel=channel, source=source, gender=gender, kind=kind)
    return Filters(speaker, since, until, channel, source, gender, kind)


class Results(Generic[T]):
    """Records read from the store as they are iterated, a page at a time; iterate again to
    read them again. `total` is how many there are, when the store counts them."""

    def __init__(self, read: Callable[[], Iterator[T]], total: int | None = None) -> None:
        self._read = read
        self.total = total

    def __iter__(self) -> Iterator[T]:
        return self._read()

    def to_pandas(self):
        """A pandas DataFrame, one row per record and a column per plain field; nested
        records such as a quotation's occurrences are left out. Needs the `pandas` extra."""
        return to_pandas(self)


class Corpus:
    """A corpus database made by `saidwhen ingest`, opened read-only."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection = connect_readonly(self.path)

    @classmethod
    def over(cls, conn: sqlite3.Connection) -> Corpus:
        """The corpus behind a connection already open (the web server's, one per thread);
        closing it is the connection owner's business."""
        corpus = cls.__new__(cls)
        corpus.path, corpus._conn = None, conn
        return corpus

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def search(self, query: str = "", *, speaker: str | None = None, since: str | None = None,
               until: str | None = None, channel: str | None = None, source: str | None = None,
               gender: str | None = None, kind: str | None = None) -> Results[StoredQuotation]:
        """Quotations matching `query` (FTS5: words, "a phrase", OR, NOT, prefix*) and the
        filters, best match first; without a query, newest first. As `saidwhen search`, it
        reaches at most the first MAX_OFFSET + MAX_LIMIT; quotations() reads every one."""
        _expect(str, "a string", query=query)
        filters = _filters(speaker, since, until, channel, source, gender, kind)
        first = queries.search(self._conn, query, filters, limit=1)  # a bad question fails here
        return Results(lambda: queries.reached(self._conn, query, filters), first.total)

    def quotations(self) -> Results[StoredQuotation]:
        """Every quotation with its occurrences, by id, read a batch at a time."""
        return Results(lambda: queries.export(self._conn))

    def timeline(self, person: str, newest_first: bool = False, *, query: str = "",
                 channel: str | None = None, since: str | None = None,
                 until: str | None = None) -> Results[StoredQuotation]:
        """Every quotation of `person` (any variant of the name) asked for, in the order said,
        else first reported, the undated last; each with its first few occurrences, as the
        timeline page shows them (quotation() gives them all)."""
        _expect(str, "a string", person=person, query=query)
        _expect(OPTIONAL_TEXT, "a string or None", channel=channel, since=since, until=until)
        _expect(bool, "True or False", newest_first=newest_first)
        asked = TimelineQuery(query, channel, since, until, newest_first, MAX_PAGE_SIZE)
        first = timeline(self._conn, person, asked)  # a bad question fails here
        return Results(lambda: read_whole(self._conn, first.person.id, asked), first.total)

    def person(self, name: str) -> Person:
        """The person called `name`, or NotFound naming people with a like name."""
        _expect(str, "a string", name=name)
        return queries.person(self._conn, name)

    def as_written(self, person: str) -> AsWritten:
        """The kind and gender `person`'s articles give them, with the articles behind each."""
        _expect(str, "a string", person=person)
        return as_written(self._conn, person)

    def people(self) -> Results[Person]:
        """People and organisations, most quoted first."""
        total = queries.people(self._conn, 1, 0).total
        return Results(lambda: queries.reached_people(self._conn), total)

    def quotation(self, quotation_id: int) -> StoredQuotation:
        """One quotation with every article that carried it."""
        _expect(int, "an int", quotation_id=quotation_id)
        return queries.quotation(self._conn, quotation_id)

    def article(self, article_id: str) -> StoredArticle:
        """An article with its quotes in text order."""
        _expect(str, "a string", article_id=article_id)
        return queries.article(self._conn, article_id)

    def stats(self, query: str = "", *, speaker: str | None = None, since: str | None = None,
              until: str | None = None, channel: str | None = None, source: str | None = None,
              gender: str | None = None, kind: str | None = None, by: str = "month") -> Stats:
        """Who gets quoted among the quotations the same search would find: by gender as
        written, kind of speaker, channel, source and month (or year), and the most quoted."""
        _expect(str, "a string", query=query, by=by)
        return stats(self._conn, query,
                     _filters(speaker, since, until, channel, source, gender, kind), by)
