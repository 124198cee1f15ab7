"""A person's timeline: the shape of everything they said, and one page of it.

The page is a LIMIT over the person's entries in the index quotations_by_person_when, in the
order said; the counts per month and channel, the person's articles and names are read from
the tables the store keeps up to date as it writes (person_months, person_articles,
person_names: migration 4). Only the page's quotations are read, so a person with 20,000
quotations is answered in about the time of one with 20, and no answer grows with the person:
the counts have one row per month and channel, the page at most MAX_PAGE_SIZE quotations with
OCCURRENCES_SHOWN articles each. Words, and a date to the day, are counted from the matching
quotations instead, as few as the words match.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace

from saidwhen.errors import QueryError
from saidwhen.store import queries
from saidwhen.store.budget import budget
from saidwhen.store.checks import check_order, checked_date
from saidwhen.store.fts import Words, cased_condition, fts_words
from saidwhen.store.names import person_id
from saidwhen.store.queries import (_OCCURRENCE_COLUMNS, _WHEN, _checked_query, _matches,
                                    _occurrence, _quotations, check_fts)
from saidwhen.store.results import MonthCount, Person, StoredQuotation, Timeline

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
OCCURRENCES_SHOWN = 3  # per quotation, as many as the page shows; the quotation's page lists all


@dataclass(frozen=True)
class TimelineQuery:
    """Which of a person's quotations to show, in which order, and which page of them."""

    query: str = ""              # as search takes it, over this person's quotations only
    channel: str | None = None
    since: str | None = None     # YYYY, YYYY-MM or YYYY-MM-DD, inclusive, as search takes
    until: str | None = None
    newest_first: bool = False
    limit: int = PAGE_SIZE
    page: int = 1                # from 1


@dataclass(frozen=True)
class _Selection:
    """The SQL that picks the quotations asked for: FROM ... WHERE ..., and its parameters."""

    sql: str
    params: tuple


def timeline(conn: sqlite3.Connection, name: str, asked: TimelineQuery = TimelineQuery()
             ) -> Timeline:
    """The person called `name`, the counts of their quotations asked for per month and
    channel, and one page of those quotations in the order said (else first reported),
    the undated last. The name is resolved as everywhere (saidwhen.store.names.person_id):
    NoSuchPerson names people with a like name, AmbiguousName the people it may be; a bad
    query, date or page is a QueryError. Like a search, it is stopped with OverBudget past
    queries.SEARCH_BUDGET_S (a NEAR of prefix terms over 23,766 quotations ran 5 s)."""
    with budget(conn, queries.SEARCH_BUDGET_S, queries.TOO_LONG.format(
            budget=queries.SEARCH_BUDGET_S)):
        return _timeline(conn, name, asked)


def _timeline(conn: sqlite3.Connection, name: str, asked: TimelineQuery) -> Timeline:
    found = _person(conn, person_id(conn, name))
    _check_page(asked)
    if asked.since and asked.until:
        check_order(checked_date("since", asked.since), checked_date("until", asked.until))
    chosen = _selection(conn, found.id, asked)
    months = _kept_months(conn, found.id, asked) if _by_month(asked) else _months(conn, chosen)
    total = sum(m.quotations for m in months)
    pages = max(1, -(-total // asked.limit))
    if asked.page > pages:
        raise QueryError(f"page {asked.page} is past the last page of {found.name}'s timeline "
                         f"as asked, page {pages}")
    quotations = _quotations(conn, _page_ids(conn, chosen, asked, months))
    words = _words(asked).fts
    matches = _matches(conn, words, quotations) if words else {}
    return Timeline(found, months, total, tuple(_with_first_occurrences(conn, quotations, matches)),
                    asked.page, pages, asked.limit, "newest" if asked.newest_first else "oldest")


def read_whole(conn: sqlite3.Connection, person: int, asked: TimelineQuery
               ) -> Iterator[StoredQuotation]:
    """Every quotation of `person` asked for, in the timeline's order (the undated last), a
    batch of `asked.limit` at a time from one statement: one read of the database, which a
    write meanwhile does not shift (a page at a time, a quotation written before the page
    read showed the last of it again at the top of the next). `asked` was checked by
    `timeline`; its page is not used."""
    chosen = _selection(conn, person, asked)
    way = "DESC" if asked.newest_first else "ASC"
    cursor = conn.execute(f"SELECT q.id {chosen.sql} ORDER BY {_WHEN} IS NULL, "
                          f"{_WHEN} {way}, q.id {way}", chosen.params)
    words = _words(asked).fts
    while ids := [row[0] for row in cursor.fetchmany(asked.limit)]:
        quotations = _quotations(conn, ids)
        matches = _matches(conn, words, quotations) if words else {}
        yield from _with_first_occurrences(conn, quotations, matches)


def _check_page(asked: TimelineQuery) -> None:
    if not 1 <= asked.limit <= MAX_PAGE_SIZE:
        raise QueryError(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {asked.limit}")
    if asked.page < 1:
        raise QueryError(f"page must be 1 or more, not {asked.page}")


def _selection(conn: sqlite3.Connection, person_id: int, asked: TimelineQuery) -> _Selection:
    where, params = ["q.person_id = ?"], [person_id]
    typed = _words(asked)
    for forms in typed.cased:  # as search: "U.S." finds "US" but not "us"
        condition, values = cased_condition("q.text", forms)
        where.append(condition)
        params.extend(values)
    if asked.since:
        since = checked_date("since", asked.since)
        # The first bound reads the index from that month on; the second keeps a month that
        # has any day in range and drops the days before `since`.
        where.append(f"{_WHEN} >= ? AND {_WHEN} || '-99' >= ?")
        params += [since[:7], since]
    if asked.until:
        where.append(f"{_WHEN} <= ?")
        params.append(checked_date("until", asked.until) + "-99")
    if asked.channel:
        where.append("q.channel = ? COLLATE NOCASE")
        params.append(asked.channel.strip())
    if typed.fts:
        check_fts(conn, typed.fts, asked.query.strip())
        # The matches' ids are gathered once (ids alone, from the full-text index), and the
        # person's own index is walked in order against them: joined the other way round,
        # SQLite asks the full-text index again for every one of the person's quotations.
        where.append("q.id IN (SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH ?)")
        params.append(typed.fts)
    # Named, since SQLite would otherwise pick the index of a channel, or of all quotations
    # in id order, and read far more than this person's entries (issue 16).
    return _Selection("FROM quotations q INDEXED BY quotations_by_person_when WHERE "
                      + " AND ".join(where), tuple(params))


def _words(asked: TimelineQuery) -> Words:
    """The words asked for, made into FTS5 syntax as search makes them (words as typed)."""
    return fts_words(_checked_query(asked.query))


def _person(conn: sqlite3.Connection, person: int) -> Person:
    """The person with their numbers, from the maintained tables and the ends of the index."""
    name = conn.execute("SELECT name FROM people WHERE id = ?", (person,)).fetchone()[0]
    quotations = conn.execute("SELECT coalesce(sum(quotations), 0) FROM person_months "
                              "WHERE person_id = ?", (person,)).fetchone()[0]
    articles = conn.execute("SELECT count(*) FROM person_articles WHERE person_id = ?",
                            (person,)).fetchone()[0]
    # min() and max() alone each read one end of the index
    first = conn.execute(f"SELECT min({_WHEN}) FROM quotations q WHERE q.person_id = ?",
                         (person,)).fetchone()[0]
    last = conn.execute(f"SELECT max({_WHEN}) FROM quotations q WHERE q.person_id = ?",
                        (person,)).fetchone()[0]
    names = tuple(r[0] for r in conn.execute(
        "SELECT name FROM person_names WHERE person_id = ? ORDER BY name", (person,)))
    return Person(person, name, quotations, articles, first, last, names)


def _by_month(asked: TimelineQuery) -> bool:
    """Whether the kept counts answer: no words, and dates (if any) to the month."""
    return not asked.query.strip() and all(
        len(d.strip()) <= 7 for d in (asked.since or "", asked.until or ""))


def _kept_months(conn: sqlite3.Connection, person: int, asked: TimelineQuery
                 ) -> tuple[MonthCount, ...]:
    where, params = ["person_id = ?"], [person]
    if asked.since:
        where.append("month >= ?")
        params.append(checked_date("since", asked.since))
    if asked.until:
        where.append("month != '' AND month <= ?")
        params.append(checked_date("until", asked.until) + "-99")
    if asked.channel:
        where.append("channel = ? COLLATE NOCASE")
        params.append(asked.channel.strip())
    rows = conn.execute("SELECT nullif(month, ''), nullif(channel, ''), quotations "
                        f"FROM person_months WHERE {' AND '.join(where)}", params).fetchall()
    return _grouped(rows)


def _months(conn: sqlite3.Connection, chosen: _Selection) -> tuple[MonthCount, ...]:
    rows = conn.execute(f"SELECT substr({_WHEN}, 1, 7), q.channel, count(*) {chosen.sql} "
                        "GROUP BY 1, 2", chosen.params).fetchall()
    return _grouped(rows)


def _grouped(rows: list) -> tuple[MonthCount, ...]:
    """(month, channel, quotations) rows as MonthCounts, in time order, the undated last."""
    by_month: dict[str | None, list[tuple[str | None, int]]] = {}
    for month, channel, n in rows:
        by_month.setdefault(month, []).append((channel, n))
    ordered = sorted(by_month, key=lambda m: (m is None, m or ""))
    return tuple(MonthCount(m, sum(n for _, n in by_month[m]),
                            tuple(sorted(by_month[m], key=lambda c: (-c[1], c[0] is None,
                                                                      c[0] or ""))))
                 for m in ordered)


def _page_ids(conn: sqlite3.Connection, chosen: _Selection, asked: TimelineQuery,
              months: tuple[MonthCount, ...]) -> list[int]:
    """The ids of the page's quotations: the dated in time order, then the undated by id.

    A deep page starts its walk of the index at the month it falls in, which the counts
    give, so that page 400 costs what page 1 does instead of stepping over 20,000 entries."""
    way = "DESC" if asked.newest_first else "ASC"
    offset = (asked.page - 1) * asked.limit
    dated = [m for m in months if m.month]
    if asked.newest_first:
        dated.reverse()
    skipped, start = 0, None
    for month in dated:
        if skipped + month.quotations > offset:
            start = month.month
            break
        skipped += month.quotations
    ids = []
    if start is not None:
        bound = f"{_WHEN} <= ? || '-99'" if asked.newest_first else f"{_WHEN} >= ?"
        ids = [r[0] for r in conn.execute(
            f"SELECT q.id {chosen.sql} AND {_WHEN} IS NOT NULL AND {bound} "
            f"ORDER BY {_WHEN} {way}, q.id {way} LIMIT ? OFFSET ?",
            (*chosen.params, start, asked.limit, offset - skipped))]
    undated = sum(m.quotations for m in months if m.month is None)
    if len(ids) < asked.limit and undated:
        total_dated = sum(m.quotations for m in dated)
        ids += [r[0] for r in conn.execute(
            f"SELECT q.id {chosen.sql} AND {_WHEN} IS NULL ORDER BY q.id {way} LIMIT ? OFFSET ?",
            (*chosen.params, asked.limit - len(ids), max(0, offset - total_dated)))]
    return ids


def _with_first_occurrences(conn: sqlite3.Connection, quotations: list[StoredQuotation],
                            matches: dict) -> list[StoredQuotation]:
    """The quotations with their first OCCURRENCES_SHOWN occurrences, earliest article first:
    a quotation syndicated to a thousand articles stays one short entry."""
    found: dict[int, list] = {}
    if quotations:
        rows = conn.execute(
            f"SELECT * FROM (SELECT {_OCCURRENCE_COLUMNS}, row_number() OVER (PARTITION BY "
            "o.quotation_id ORDER BY coalesce(a.date, '9999'), a.article_id, o.position) AS n "
            "FROM occurrences o JOIN articles a ON a.id = o.article_id "
            f"WHERE o.quotation_id IN ({','.join('?' * len(quotations))})) WHERE n <= ? ORDER BY n",
            [*(q.id for q in quotations), OCCURRENCES_SHOWN])
        for row in rows:
            found.setdefault(row[0], []).append(_occurrence(row[1:-1]))
    return [replace(q, occurrences=tuple(found.get(q.id, ())), matches=matches.get(q.id, ()))
            for q in quotations]
