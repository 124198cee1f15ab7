"""Questions to the corpus: search, a person, people, an article, the whole export.

Whatever a user types reaches SQL only as a bound parameter; a search query is checked
before it is run, and what FTS5 cannot parse comes back as a QueryError that says why. A
search is bounded by its cost as well as its length: caps on what FTS5 expands (checks.py)
before it runs, and a time budget while it runs (budget.py).
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from saidwhen.errors import NoSuchPerson, NotFound, QueryError, UnknownSpeaker
from saidwhen.store.budget import budget, interrupted
from saidwhen.store.checks import check_cost, check_order, checked_date
from saidwhen.store.fts import cased_condition, fts_words
from saidwhen.store.migrations import TALLIED
from saidwhen.store.names import channels_named, person_id, sources_named
from saidwhen.store.results import Occurrence, Page, Person, StoredArticle, StoredQuotation

MAX_QUERY_CHARS = 500
MAX_LIMIT = 200
MAX_OFFSET = 100_000
# Matches ranked by bm25 at most; more (a common word) come in the index's order, latest added
# first: ranking costs time for every match (30 ms for 10,000) and tells little about so many.
RANKED_AT_MOST = 2_000
# Time a search may take, on one core: an ordinary one takes a few ms on the BBC corpus.
SEARCH_BUDGET_S = 1.5
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# FTS5 highlight() marks: the first two of these (the private use areas, 137,000 characters)
# that a page's texts do not hold
_MARK_CANDIDATES = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))
_TOKENIZE = "unicode61 remove_diacritics 2"  # quotations_fts's tokenizer (migration 1)
# A quotation's place in time: when it was said, else when it was first reported.
_WHEN = "coalesce(q.said_on, q.first_seen)"
# A person as lists show them: the counts kept for them, and the first and last dates of their
# quotations, each read from one end of the index quotations_by_person_when.
_PERSON_COLUMNS = ("p.id, p.name, p.quotations, p.articles, "
                   "(SELECT min(coalesce(said_on, first_seen)) FROM quotations "
                   "WHERE person_id = p.id), "
                   "(SELECT max(coalesce(said_on, first_seen)) FROM quotations "
                   "WHERE person_id = p.id)")
_QUOTATION_COLUMNS = ("q.id, q.kind, q.text, q.person_id, p.name, q.said_on, q.first_seen, "
                  "q.channel, q.outlet, q.articles, q.stable_id")


@dataclass(frozen=True)
class Filters:
    """What a search may be narrowed by, besides its words."""

    speaker: str | None = None
    since: str | None = None    # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    channel: str | None = None
    source: str | None = None
    gender: str | None = None   # of the speaker as the articles write it (female, male, ...)
    kind: str | None = None     # of the speaker: person or organisation


SORTS = ("rank", "oldest", "newest")  # best match first (newest without words), or by when said
# What a speaker's gender and kind may be, as stored (saidwhen.speakers.gender; 'disputed'
# where the articles disagree: store/quotations.py). Anything else is a mistyped question,
# not a search with no answers: `gender=femal` must not say that no woman is quoted.
SAID = {"gender": ("female", "male", "unknown", "disputed"),
        "kind": ("person", "organisation", "disputed")}


def search(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
           limit: int = 20, offset: int = 0, sort: str = "rank") -> Page:
    """Quotations matching `query` (words as typed, or FTS5 syntax; empty: all) and `filters`,
    best match first (`sort="rank"`; without words, newest first) or by when they were said,
    else first reported (`"oldest"`, `"newest"`).

    A query matching more than RANKED_AT_MOST quotations comes most recently added first.
    One that runs past SEARCH_BUDGET_S (or the budget of the caller, if sooner) is stopped
    with OverBudget."""
    _check_paging(limit, offset)
    with budget(conn, SEARCH_BUDGET_S, TOO_LONG.format(budget=SEARCH_BUDGET_S)):
        asked = _question(conn, query, filters, sort, offset + limit)
        ids = [row[0] for row in conn.execute(f"{asked.select} LIMIT ? OFFSET ?",
                                              [*asked.params, limit, offset])]
        quotations = _quotations(conn, ids)
        matches = _matches(conn, asked.words, quotations) if asked.words else {}
        return Page(tuple(_with_occurrences(conn, quotations, matches)), asked.total, limit, offset,
                    asked.order, asked.speaker)


TOO_LONG = ("the search took longer than its budget of {budget:g} s and was stopped; fewer "
             "prefix terms (word*), NEAR groups or OR'ed words make it cheaper")


@dataclass(frozen=True)
class _Question:
    """A search made into SQL: the ids it selects in order, how many, and what it matched."""

    select: str
    params: list
    total: int
    order: str
    words: str
    speaker: Person | None


def _question(conn: sqlite3.Connection, query: str, filters: Filters, sort: str,
              reach: int | None = None) -> _Question:
    """The search as SQL that selects the ids of its quotations in order, counted; `reach`:
    how many of them the caller reads (None: all).

    Only ids go through the sort, not a common word's thousands of texts, and words without
    a filter are counted and ranked by the full-text index alone. Ranking costs time for every
    match, so past RANKED_AT_MOST matches the index's own order is taken: latest added first."""
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    words, where, params, speaker = _asked(conn, query, filters)
    source = _source(conn, filters.source)
    walked = source and not _narrower_than_source(conn, filters, speaker, source)
    if walked and not words:
        return _by_source(conn, source, where, params, sort, speaker)
    filtered, gathered = (where, params), False  # gathered: the conditions read f alone
    if source:
        test = _source_test(conn, words, source)
        walked, gathered = walked and test == source.gathered, test == source.gathered and not where
        where, params = [*where, test], [*params, *source.names]
    elif words and _far_fewer_than_matched(conn, words, _narrowest(conn, filters, speaker)):
        # as a source's (_source_test): the filters' quotations gathered once from the index of
        # the one that keeps fewest, each of the words' matches tested against them
        where = [f"+f.rowid IN (SELECT q.id FROM quotations q WHERE {' AND '.join(where)})"]
        gathered = True
    if words and not where and sort == "rank":
        sql, params, ids = "FROM quotations_fts f WHERE quotations_fts MATCH ?", [words], "f.rowid"
    else:
        sql, params = _selecting(words, where or ["1"], params)
        ids = "f.rowid" if words else "q.id"
    if gathered:  # the matches counted without reading their quotations (170,000 rows: 45 ms)
        total = conn.execute(f"SELECT count(*) FROM quotations_fts f WHERE quotations_fts MATCH ? "
                             f"AND {where[0]}", params).fetchone()[0]
    elif words or where:
        total = conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    else:  # every quotation (the home page's newest): kept, not counted again
        total = _tally(conn, "quotations")
    order, by = _order(sort, bool(words), total)
    asked = _Question(f"SELECT {ids} {sql} ORDER BY {by}", params, total, order, words, speaker)
    if walked and order in ("newest", "oldest") or gathered and source and order == "latest added":
        return _from_source(conn, source, filtered, reach, asked)
    if order == "oldest" and not words:
        return _Question(_oldest_first([f"SELECT {ids} {sql}"], _WHEN, "q.id"), [*params, *params],
                         total, order, words, speaker)
    return asked


def _from_source(conn: sqlite3.Connection, source: _Source, filtered: tuple[list[str], list],
                 reach: int | None, asked: _Question) -> _Question:
    """A common word in a source (`asked`: its matches tested against the source's ids
    gathered, counted), read from the source's own walks: by date, newest or oldest first
    (the filters' conditions and parameters `filtered`), each quotation tested against the
    words, not a sort of every one found (Harbour Post's 169,971 of "the": 1.1 s); latest
    added first, by id (its primary key) where the walk meets the page soon, else as asked
    (the source's 262,260 ids gathered: 84 ms)."""
    words, total, speaker = asked.words, asked.total, asked.speaker
    if asked.order == "latest added":
        select, params = _latest_in_source(source)
        if not _met_soon(conn, replace(asked, select=select, params=params), source, words,
                         reach):
            return asked
        select, params = _latest_in_source(source, words)
        return replace(asked, select=select, params=params)
    plain = _by_source(conn, source, *filtered, asked.order, speaker, total=total)
    matched = _MATCHED.format(id="q.id") if _met_soon(conn, plain, source, words, reach) \
        else _GATHERED
    return _by_source(conn, source, *filtered, asked.order, speaker, (matched, words), total)


def _by_source(conn: sqlite3.Connection, source: _Source, where: list[str], params: list,
               sort: str, speaker: Person | None, words: tuple[str, str] = ("", ""),
               total: int | None = None) -> _Question:
    """A search narrowed to a source, in date order from the source's own index
    (source_quotations_by_when, migration 11): one walk of it for each name the source goes
    by, merged, not a sort of every quotation the source carries. With `words` (a test of
    s.quotation_id and the words; their matches counted before: `total`), each quotation the
    walk meets is tested against the words' matches."""
    matched, words = words
    if words:
        where, params = [*where, matched], [*params, words]  # the filters, cheaper, first
    walk = ("SELECT s.quotation_id, s.said_when FROM source_quotations s JOIN quotations q "
            "ON q.id = s.quotation_id WHERE s.source = ?" + "".join(f" AND {w}" for w in where))
    walks, walked = [walk] * len(source.names), [v for n in source.names for v in (n, *params)]
    if total is None:
        total = _counted_in_source(conn, source, where, params)
    when, key = "s.said_when", "s.quotation_id"
    if sort == "oldest":
        return _Question(_oldest_first(walks, when, key), [*walked, *walked], total, "oldest",
                         words, speaker)
    return _Question(" UNION ".join(walks) + f" ORDER BY {when} DESC, {key} DESC", walked, total,
                     "newest", words, speaker)


def _latest_in_source(source: _Source, words: str = "") -> tuple[str, list]:
    """The source's quotations, latest added first, from its primary key: one walk a name,
    merged; with `words`, each quotation looked up in the full-text index."""
    walk = "SELECT s.quotation_id FROM source_quotations s WHERE s.source = ?" + (
        f" AND {_MATCHED.format(id='s.quotation_id')}" if words else "")
    return (" UNION ".join([walk] * len(source.names)) + " ORDER BY 1 DESC",
            [v for name in source.names for v in (name, *([words] if words else []))])


def _counted_in_source(conn: sqlite3.Connection, source: _Source, where: list[str],
                       params: list) -> int:
    """How many of the source's quotations `where` keeps (conditions on quotes q)."""
    if where and len(source.names) == 1:  # as many steps as the source has quotations
        return conn.execute("SELECT count(*) FROM source_quotations s CROSS JOIN quotations q "
                            "ON q.id = s.quotation_id WHERE s.source = ?" +
                            "".join(f" AND {w}" for w in where),
                            [*source.names, *params]).fetchone()[0]
    if where:
        return conn.execute("SELECT count(*) FROM quotations q WHERE " + " AND ".join(
            [*where, source.condition]), [*params, *source.names]).fetchone()[0]
    # each quotation has a row in each of its sources: no need to read the quotations
    return _carried_by(conn, source.names)


# A walk's quotation tested against the words: looked up in the full-text index (40 µs each),
# or in the words' matches gathered once into a set of ids ("the"'s 650,519: 180 ms, each
# name's walk its own), which pays only when the walk goes far.
# (of q, not s, in a walk with filters: tested after them, not on every row of the source)
_MATCHED = "EXISTS (SELECT 1 FROM quotations_fts WHERE quotations_fts MATCH ? AND rowid = {id})"
_GATHERED = "s.quotation_id IN (SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH ?)"
# How many of the words' matches are gathered in the time of one lookup in the index
LOOKUP_COST = 150


def _met_soon(conn: sqlite3.Connection, walk: _Question, source: _Source, words: str,
              reach: int | None) -> bool:
    """Whether the source's `walk` (without the words) meets the first `reach` quotations the
    words match within as many rows as can be looked up in the time of gathering the words'
    matches, once a name: those rows counted, as a walk looking each up would read them
    (Harbour Post's first 20 of "the" among its first 31 rows: 2 ms; gathering 650,519
    matches twice, 360 ms). Where the matches are rare at the walk's start (a word of the
    last month, oldest first), the rows read stop there, however the words are spread."""
    if reach is None:
        return False
    rows = max(sum(_carried_by(conn, [name]) for name in source.names), 1)
    ahead = min(rows, 4 * reach * rows // max(walk.total, 1) + reach)  # 4 times the share found
    if not _matched_past(conn, words, ahead * LOOKUP_COST // len(source.names)):
        return False
    met = conn.execute(f"SELECT count(*) FROM ({walk.select} LIMIT ?) w WHERE "
                       + _MATCHED.format(id="w.quotation_id"),
                       [*walk.params, ahead, words]).fetchone()[0]
    return met >= reach


def _source_test(conn: sqlite3.Connection, words: str, source: _Source) -> str:
    """The condition that keeps the source's quotations. Where the words match more quotations
    than the source carries, the source's ids are gathered once and each match tested against
    them ("the" in 650,519 quotations, Valley Times's 152,308: 300 ms, was 1.6 s looking each
    match up by key, past the search's budget); else each match is looked up by key, which
    costs nothing to start (a rare word's 443 matches: 6 ms, 86 to gather the ids)."""
    if not words:
        return source.condition
    # Each name's count is kept; the source's, when it has two names, is counted (10 ms at a
    # million), which only a number of matches between the largest name's and their sum needs.
    each = [_carried_by(conn, [name]) for name in source.names]
    matched = conn.execute("SELECT count(*) FROM (SELECT 1 FROM quotations_fts WHERE "
                           "quotations_fts MATCH ? LIMIT ?)", (words, sum(each) + 1)).fetchone()[0]
    if matched <= max(each) or (matched <= sum(each)
                                and matched <= _carried_by(conn, source.names)):
        return source.condition
    return source.gathered


def _narrower_than_source(conn: sqlite3.Connection, filters: Filters, speaker: Person | None,
                          source: _Source) -> bool:
    """Whether another filter keeps fewer quotations than the source, as the kept counts say:
    then its index is walked, each quotation looked up in the source, rather than the source's
    (a speaker's 21 quotations among a source's 152,308: 790 ms walking the source's)."""
    fewest = _narrowest(conn, filters, speaker)
    return fewest is not None and fewest < _carried_by(conn, source.names)


def _narrowest(conn: sqlite3.Connection, filters: Filters, speaker: Person | None) -> int | None:
    """The fewest quotations that one of the speaker, channel, gender and kind filters keeps,
    as the kept counts say; None without any of them."""
    others = [speaker.quotations] if speaker else []
    if filters.channel:
        others.append(_tallied(conn, "channel", _held(conn, channels_named(conn, filters.channel))))
    others += [_tallied(conn, name, [said(name, value)])
               for name, value in (("gender", filters.gender), ("kind", filters.kind)) if value]
    return min(others, default=None)


# How many times more quotations the words must match than the narrowest filter keeps before
# that filter's quotations are gathered: a match's own row is read anyway, so the test of a
# filter on it costs little, and gathering pays only for far fewer ("the", 650,519 matches,
# with the letters' 1,587: 334 ms, was 555; with a gender's 323,163: 925, was 302; the report
# channel's 47,967, 14 times fewer: 315 against 283 ms).
FAR_FEWER = 20


def _far_fewer_than_matched(conn: sqlite3.Connection, words: str, kept: int | None) -> bool:
    """Whether the words match FAR_FEWER times more quotations than `kept` (counted no
    further than that)."""
    return kept is not None and _matched_past(conn, words, kept * FAR_FEWER)


def _matched_past(conn: sqlite3.Connection, words: str, bound: int) -> bool:
    """Whether the words match more than `bound` quotations (counted no further)."""
    return conn.execute("SELECT count(*) FROM (SELECT 1 FROM quotations_fts WHERE "
                        "quotations_fts MATCH ? LIMIT ?)", (words, bound + 1)).fetchone()[0] > bound


def _carried_by(conn: sqlite3.Connection, names: list[str]) -> int:
    """How many quotations the sources of these names carry, each once: each name's as the
    statistics keep it (its rows of source_quotations, migration 9), not counted again (a
    count of distinct ids of 262,260 took 1 s on a busy machine). A source has at most two
    names ("Wire", "The Wire"): the quotations of both are those of the smaller found in the
    larger, by key."""
    each = {name: sum(row[0] for row in conn.execute(
        "SELECT quotations FROM stats_tallies WHERE facet = 'source' AND value = ?", (name,)))
        for name in names}
    if len(names) == 1:
        return each[names[0]]
    if len(names) > 2:
        return conn.execute("SELECT count(DISTINCT quotation_id) FROM source_quotations WHERE "
                            f"source IN ({','.join('?' * len(names))})", names).fetchone()[0]
    smaller, larger = sorted(names, key=each.get)
    both = conn.execute("SELECT count(*) FROM source_quotations a CROSS JOIN source_quotations b "
                        "ON b.source = ? AND b.quotation_id = a.quotation_id WHERE a.source = ?",
                        (larger, smaller)).fetchone()[0]
    return sum(each.values()) - both


def _oldest_first(walks: list[str], when: str, key: str) -> str:
    """The quotations that `walks` select, oldest first and the undated last, read from the
    index that holds them in date order, where the undated come first: its dated ones, then
    its undated, instead of a sort of all of them. Several walks (each `SELECT key, ...
    WHERE ...`) are merged, each quotation once. A walk's LIMIT keeps its ORDER BY (SQLite may
    drop the order of a subquery without one) and keeps it a walk of its own."""
    def part(test: str, by: str) -> str:
        return (" UNION ".join(f"{walk} AND {when} {test}" for walk in walks)
                + f" ORDER BY {by} LIMIT -1")
    return (f"SELECT * FROM ({part('IS NOT NULL', f'{when}, {key}')}) "
            f"UNION ALL SELECT * FROM ({part('IS NULL', key)})")


@dataclass(frozen=True)
class _Source:
    """A source filter: the names of it that articles have, and its condition on quotes q."""

    names: list[str]

    @property
    def marks(self) -> str:
        return ",".join("?" * len(self.names))

    @property
    def condition(self) -> str:
        # each quotation looked up by key (source, quotation_id), not a set made of all the
        # source's quotations first (152,308 for one source, where words match a few hundred)
        return ("EXISTS (SELECT 1 FROM source_quotations WHERE source IN "
                f"({self.marks}) AND quotation_id = q.id)")

    @property
    def gathered(self) -> str:
        # the source's ids made into a set once, which each of the words' matches (f) is
        # tested against before its quotation is read; `+` keeps SQLite from handing the ids
        # to the full-text index, which would look each of them up in it (7 s for 152,308)
        return (f"+f.rowid IN (SELECT quotation_id FROM source_quotations WHERE source IN "
                f"({self.marks}))")


def _source(conn: sqlite3.Connection, source: str | None) -> _Source | None:
    """The source asked for, as the names of it that source_quotations holds (of "Intercept"
    and "The Intercept", those some article has), or None when no source is asked for."""
    if not source:
        return None
    named = sources_named(conn, source)
    held = [name for name in named if conn.execute(
        "SELECT 1 FROM source_quotations WHERE source = ? LIMIT 1", (name,)).fetchone()]
    return _Source(held or list(named[:1]))


def _asked(conn: sqlite3.Connection, query: str,
           filters: Filters) -> tuple[str, list[str], list, Person | None]:
    """The search's words for FTS5, its conditions on quotes q and their parameters (the
    filters' and those of words in capitals), and the person asked for."""
    typed = fts_words(_checked_query(query))
    where, params, speaker = _filtered(conn, filters)
    for forms in typed.cased:  # "U.S." finds "US" but not "us"
        condition, values = cased_condition("q.text", forms)
        where.append(condition)
        params.extend(values)
    if typed.fts:
        check_fts(conn, typed.fts, query.strip())
    return typed.fts, where, params, speaker


def _selecting(words: str, where: list[str], params: list) -> tuple[str, list]:
    """`FROM ... WHERE ...` over quotes q matching `words` (if any) and `where`."""
    if not words:
        return "FROM quotations q" + (" WHERE " + " AND ".join(where) if where else ""), params
    # CROSS JOIN keeps the index's matches the outer loop: the other way round, SQLite
    # would walk a common word's whole match list once for every quotation of a channel.
    return ("FROM quotations_fts f CROSS JOIN quotations q ON q.id = f.rowid "
            "WHERE quotations_fts MATCH ?" + "".join(f" AND {w}" for w in where)), [words, *params]


def _order(sort: str, words: bool, total: int) -> tuple[str, str]:
    if sort == "oldest":  # undated ones last either way
        return "oldest", f"{_WHEN} IS NULL, {_WHEN}, q.id"
    if sort == "newest" or not words:  # undated ones come last: NULL is the least
        return "newest", f"{_WHEN} DESC, q.id DESC"
    if total <= RANKED_AT_MOST:
        # bm25() itself, not the rank column: the same order, about twice as fast
        return "best match", "bm25(f.quotations_fts), f.rowid"
    return "latest added", "f.rowid DESC"


def _quotations(conn: sqlite3.Connection, ids: list[int]) -> list[StoredQuotation]:
    """The quotations with these ids, in this order."""
    rows = conn.execute(f"SELECT {_QUOTATION_COLUMNS} FROM quotations q LEFT JOIN people p "
                        f"ON p.id = q.person_id WHERE q.id IN ({','.join('?' * len(ids))})", ids)
    found = {row[0]: _quotation(row) for row in rows}
    return [found[i] for i in ids]


def _checked_query(query: str) -> str:
    query = (query or "").strip()
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the search query is {len(query)} characters long; "
                         f"at most {MAX_QUERY_CHARS} are allowed")
    if _CONTROL.search(query):
        raise QueryError("the search query holds control characters")
    check_cost(query)
    return query


def _check_paging(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")


def check_fts(conn: sqlite3.Connection, query: str, typed: str | None = None) -> None:
    """Raise a QueryError saying why, if FTS5 cannot parse `query` (made from `typed`)."""
    try:
        conn.execute("SELECT count(*) FROM (SELECT rowid FROM quotations_fts WHERE quotations_fts "
                     "MATCH ? LIMIT 1)", (query,)).fetchone()
    except sqlite3.OperationalError as error:
        if interrupted(error):
            raise  # out of time, which the budget says; the query itself may be fine
        reason = str(error).removeprefix("fts5: ")
        raise QueryError(f"cannot understand the search query {typed or query!r}: {reason}. "
                         "AND, OR, NOT and NEAR need words on both sides and parentheses in "
                         "pairs; put words in double quotes to search for them as they "
                         "are") from None


def _filtered(conn: sqlite3.Connection, filters: Filters) -> tuple[list[str], list, Person | None]:
    """The filters as SQL conditions on quotes q, their parameters, and the person asked for."""
    where, params, speaker = [], [], None
    if filters.speaker:
        speaker = _speaker(conn, filters.speaker)
        where.append("q.person_id = ?")
        params.append(speaker.id)
    if filters.since:
        since = checked_date("since", filters.since)
        where.append(f"{_WHEN} || '-99' >= ?")  # a month is in range if any of its days is
        # the same, less exactly, as a bound an index in date order can start from: nothing
        # of an earlier year is in range (the exact test above reads every date)
        where.append(f"{_WHEN} >= ?")
        params.extend((since, since[:4]))
    if filters.until:
        where.append(f"{_WHEN} <= ? || '-99'")
        params.append(checked_date("until", filters.until))
    check_order(filters.since, filters.until)
    said_of = {name: said(name, value) for name, value in
               (("gender", filters.gender), ("kind", filters.kind)) if value}
    channel, speakers = "q.channel", "q.speaker_{name}"
    if filters.channel:
        named = _held(conn, channels_named(conn, filters.channel))
        if said_of and not filters.speaker:
            # No index holds a channel with a gender or kind, and SQLite, which keeps no
            # statistics of the tables (no ANALYZE), walked a gender's 323,163 quotations as
            # soon as a channel's 16,157: the kept counts say which keeps fewer, and a `+`
            # keeps SQLite from the other's index.
            if _tallied(conn, "channel", named) <= min(_tallied(conn, name, [value])
                                                       for name, value in said_of.items()):
                speakers = "+" + speakers
            else:
                channel = "+" + channel
        # One name (as nearly always) compared with `=`, so that quotations_by_channel_when
        # gives the channel's quotations in date order: with IN, SQLite sorts them all.
        where.append(f"{channel} COLLATE NOCASE = ?" if len(named) == 1 else
                     f"{channel} COLLATE NOCASE IN ({','.join('?' * len(named))})")
        params.extend(named)
    for name, value in said_of.items():
        where.append(f"{speakers.format(name=name)} = ?")
        params.append(value)
    return where, params, speaker


def _tallied(conn: sqlite3.Connection, facet: str, values: list[str]) -> int:
    """The quotations of these values of a facet, as the statistics keep them (migration 9)."""
    return sum(row[0] for value in values for row in conn.execute(
        "SELECT quotations FROM stats_tallies WHERE facet = ? AND value = ?", (facet, value)))


def _held(conn: sqlite3.Connection, names: Sequence[str]) -> list[str]:
    """Those of a channel's `names` that some quotation has, from the channel's index."""
    held = [name for name in names if conn.execute(
        "SELECT 1 FROM quotations WHERE channel COLLATE NOCASE = ? LIMIT 1", (name,)).fetchone()]
    return held or list(names[:1])


def said(name: str, value: str) -> str:
    """A speaker's gender or kind as asked (any case), as stored; else a QueryError naming
    the values there are."""
    stored = value.strip().lower()
    if stored not in SAID[name]:
        raise QueryError(f"{name} must be one of {', '.join(SAID[name])}, not {value[:40]!r}")
    return stored


def _speaker(conn: sqlite3.Connection, name: str) -> Person:
    """The person a speaker filter names: one nobody in the corpus is a bad question (a
    usage error, a 400), not a search with no answers."""
    try:
        return _person(conn, person_id(conn, name))
    except NoSuchPerson as error:
        raise UnknownSpeaker(str(error), error.choices, error.field) from None


def selected(conn: sqlite3.Connection, query: str, filters: Filters) -> tuple[str, list]:
    """`FROM ... WHERE ...` over the quotations (as `q`) that a search with these words and
    filters finds, and its parameters: what the statistics count, the search's own rule."""
    words, where, params, _ = _asked(conn, query, filters)
    source = _source(conn, filters.source)
    if source:
        where, params = [*where, source.condition], [*params, *source.names]
    return _selecting(words, where or ["1"], params)  # always a WHERE, that a caller may AND to




def _matches(conn, query: str,
             quotations: list[StoredQuotation]) -> dict[int, tuple[tuple[int, int], ...]]:
    """Where the query matched each quotation's text, as offsets into that text.

    The page's quotations are indexed again in a temporary FTS5 table, tokenized as
    quotations_fts is: asking quotations_fts itself would walk the query's whole list of matches,
    which for a common word is most of the corpus."""
    if not quotations:
        return {}
    marks = _marks_absent_from(q.text for q in quotations)
    if marks is None:
        return {}  # no match marked rather than marks in the wrong places
    mark, end = marks
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.quotes_shown USING fts5("
                 f"text, tokenize='{_TOKENIZE}')")
    conn.execute("DELETE FROM temp.quotes_shown")
    # highlight() leaves NUL characters out of what it returns, which would shift every
    # offset after one; a space is a separator to the tokenizer, as NUL is.
    conn.executemany("INSERT INTO temp.quotes_shown (rowid, text) VALUES (?, ?)",
                     [(q.id, q.text.replace("\x00", " ")) for q in quotations])
    rows = conn.execute("SELECT rowid, highlight(quotes_shown, 0, ?, ?) FROM temp.quotes_shown "
                        "WHERE quotes_shown MATCH ?", [mark, end, query])
    return {row[0]: _marked_spans(row[1], mark, end) for row in rows}


def _marks_absent_from(texts: Iterable[str]) -> tuple[str, str] | None:
    """Two characters that none of `texts` holds, to mark matches with: whatever a text
    holds (control characters, private-use ones) then stays text."""
    held = set().union(*map(set, texts))
    free = (c for c in map(chr, chain.from_iterable(_MARK_CANDIDATES)) if c not in held)
    mark, end = next(free, None), next(free, None)
    return None if end is None else (mark, end)


def _marked_spans(marked: str, mark: str, end: str) -> tuple[tuple[int, int], ...]:
    spans, plain, start = [], 0, None
    for char in marked:
        if char == mark:
            start = plain
        elif char == end:
            spans.append((start, plain))
        else:
            plain += 1
    return tuple(spans)


def _quotation(row: Sequence) -> StoredQuotation:
    return StoredQuotation(*row)


def _with_occurrences(conn: sqlite3.Connection, quotations: list[StoredQuotation],
                      matches: dict | None = None) -> list[StoredQuotation]:
    by_quote = occurrences_of(conn, [q.id for q in quotations])
    matches = matches or {}
    return [StoredQuotation(*(getattr(q, f) for f in ("id", "kind", "text", "person_id", "person",
                                                  "said_on", "first_seen", "channel", "outlet",
                                                  "articles", "stable_id")),
                        occurrences=tuple(by_quote.get(q.id, ())),
                        matches=matches.get(q.id, ())) for q in quotations]


_OCCURRENCE_COLUMNS = ("o.quotation_id, a.article_id, a.date, o.text, a.title, a.source, a.url, "
                       "o.start, o.end, o.content, o.speaker_name, o.mention_text, "
                       "o.mention_start, o.mention_end, o.cue_text, o.cue_start, o.cue_end, "
                       "o.said_on, o.said_on_text, o.channel, o.outlet")


def occurrences_of(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[Occurrence]]:
    """The occurrences of each quotation, earliest article first."""
    found: dict[int, list[Occurrence]] = {}
    for start in range(0, len(ids), 500):  # SQLite caps the number of bound parameters
        batch = ids[start:start + 500]
        rows = conn.execute(
            f"SELECT {_OCCURRENCE_COLUMNS} FROM occurrences o JOIN articles a "
            f"ON a.id = o.article_id WHERE o.quotation_id IN ({','.join('?' * len(batch))}) "
            "ORDER BY coalesce(a.date, '9999'), a.article_id, o.position", batch)
        for row in rows:
            found.setdefault(row[0], []).append(_occurrence(row[1:]))
    return found


def _occurrence(row: Sequence) -> Occurrence:
    values = list(row)
    values[8] = tuple(tuple(pair) for pair in json.loads(values[8]))  # content
    return Occurrence(*values)


def person(conn: sqlite3.Connection, name: str) -> Person:
    """The person `name` refers to (saidwhen.store.names.person_id: any variant of the name,
    or a surname alone when one person has it); NoSuchPerson or AmbiguousName otherwise."""
    return _person(conn, person_id(conn, name))


def _person(conn: sqlite3.Connection, person_id: int) -> Person:
    row = conn.execute(f"SELECT {_PERSON_COLUMNS} FROM people p WHERE p.id = ?",
                       (person_id,)).fetchone()
    names = [r[0] for r in conn.execute(
        "SELECT name FROM person_names WHERE person_id = ? ORDER BY name", (person_id,))]
    return Person(*row, names=tuple(names))


def people(conn: sqlite3.Connection, limit: int = 50, offset: int = 0) -> Page:
    """People by number of quotations, most quoted first.

    The counts are kept as articles are written (migration 6) and the order is read from
    an index over them, so a page costs the same however many people the corpus holds."""
    _check_paging(limit, offset)
    total = _tally(conn, "people")
    rows = conn.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people p INDEXED BY people_by_quotations "
        "ORDER BY p.quotations DESC, p.name LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return Page(tuple(Person(*r) for r in rows), total, limit, offset)


def reached_people(conn: sqlite3.Connection, batch: int = MAX_LIMIT) -> Iterator[Person]:
    """The people `people` can reach (the first MAX_OFFSET + MAX_LIMIT), in its order, read
    a batch at a time from one statement: one read of the database, which a write meanwhile
    does not shift (read a page at a time, a person written between two pages with more
    quotations than the last of a page showed that one again at the top of the next)."""
    cursor = conn.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people p INDEXED BY people_by_quotations "
        "ORDER BY p.quotations DESC, p.name LIMIT ?", (MAX_OFFSET + MAX_LIMIT,))
    while rows := cursor.fetchmany(batch):
        yield from (Person(*r) for r in rows)


def article(conn: sqlite3.Connection, article_id: str) -> StoredArticle:
    """An article by its id, with its quotes in text order."""
    row = conn.execute("SELECT id, article_id, date, title, url, source, text FROM articles "
                       "WHERE article_id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id!r} in the corpus")
    rows = conn.execute(
        f"SELECT {_QUOTATION_COLUMNS}, {_OCCURRENCE_COLUMNS} FROM occurrences o JOIN quotations q "
        "ON q.id = o.quotation_id JOIN articles a ON a.id = o.article_id LEFT JOIN people p "
        "ON p.id = q.person_id WHERE o.article_id = ? ORDER BY o.start, o.position",
        (row[0],)).fetchall()
    width = len(_QUOTATION_COLUMNS.split(","))
    quotes = tuple((_quotation(r[:width]), _occurrence(r[width + 1:])) for r in rows)
    return StoredArticle(*row[1:], quotes=quotes)


def quotation(conn: sqlite3.Connection, quotation_id: int | str) -> StoredQuotation:
    """One quotation by its stable id (or its row number in this database), with every
    article that carried it, earliest first."""
    row = None
    if isinstance(quotation_id, str):
        row = conn.execute(f"SELECT {_QUOTATION_COLUMNS} FROM quotations q LEFT JOIN people p "
                           "ON p.id = q.person_id WHERE q.stable_id = ? ORDER BY q.id LIMIT 1",
                           (quotation_id,)).fetchone()
    elif 0 < quotation_id < 2**63:  # SQLite's integers; anything else is no quotation's id
        row = conn.execute(f"SELECT {_QUOTATION_COLUMNS} FROM quotations q LEFT JOIN people p "
                           "ON p.id = q.person_id WHERE q.id = ?", (quotation_id,)).fetchone()
    if row is None:
        raise NotFound(f"no quotation with id {quotation_id} in the corpus")
    return _with_occurrences(conn, [_quotation(row)])[0]


def export(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
           sort: str = "rank", batch: int = 500) -> Iterator[StoredQuotation]:
    """Every quotation `search` finds for the same question, in the same order, with its
    occurrences, read a batch at a time. A bad question fails here, before any is read."""
    return _exported(conn, _question(conn, query, filters, sort), batch)


def reached(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
            batch: int = MAX_LIMIT) -> Iterator[StoredQuotation]:
    """The quotations `search` can reach (the first MAX_OFFSET + MAX_LIMIT), in its order, with
    where the words matched, read a batch at a time from one statement: one read of the
    database, which a write meanwhile does not shift (a search a page at a time showed the last
    of a page again at the top of the next), and one sort, not one a page."""
    asked = _question(conn, query, filters, "rank")
    cursor = conn.execute(f"{asked.select} LIMIT ?", [*asked.params, MAX_OFFSET + MAX_LIMIT])
    while ids := [row[0] for row in cursor.fetchmany(batch)]:
        quotations = _quotations(conn, ids)
        matches = _matches(conn, asked.words, quotations) if asked.words else {}
        yield from _with_occurrences(conn, quotations, matches)


def _exported(conn: sqlite3.Connection, asked: _Question, batch: int) -> Iterator[StoredQuotation]:
    cursor = conn.execute(asked.select, asked.params)
    while ids := [row[0] for row in cursor.fetchmany(batch)]:
        yield from _with_occurrences(conn, _quotations(conn, ids))


def channels(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """The channels quotations were said in, each with its number of quotations, most first."""
    return [tuple(r) for r in conn.execute(
        "SELECT channel, quotations FROM channel_tallies ORDER BY quotations DESC, channel")]


def sources(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """The sources of the corpus's articles, each with its number of articles, most first."""
    return [tuple(r) for r in conn.execute(
        "SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL "
        "GROUP BY source ORDER BY n DESC, source")]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles, quotations, occurrences, people and skips the store holds.

    Read from the counts kept by triggers in the transaction of every write (migration 6),
    not counted again."""
    tallies = dict(conn.execute("SELECT name, rows FROM tallies").fetchall())
    # "quotes" is the documented key of the JSON that shows these (`/.json`, the CLI's summary):
    # kept for the clients that read it, though it counts quotations
    return {_COUNTED_AS.get(table, table): tallies[table] for table in TALLIED}


_COUNTED_AS = {"quotations": "quotes"}


def _tally(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute("SELECT rows FROM tallies WHERE name = ?", (table,)).fetchone()[0]
