"""Questions to the corpus: search, a person's timeline, people, an article, the whole export.

Whatever a user types reaches SQL only as a bound parameter; a search query is checked
before it is run, and what FTS5 cannot parse comes back as a QueryError that says why.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from saidwhen.errors import NotFound, QueryError
from saidwhen.identity import person_keys
from saidwhen.store.migrations import TALLIED
from saidwhen.store.results import Occurrence, Page, Person, StoredArticle, StoredQuote

MAX_QUERY_CHARS = 500
MAX_LIMIT = 200
MAX_OFFSET = 100_000
# Matches ranked by bm25 at most; more (a common word) come in the index's order, latest added
# first: ranking costs time for every match (30 ms for 10,000) and tells little about so many.
RANKED_AT_MOST = 2_000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MARK, _END = "\x02", "\x03"  # FTS5 highlight() marks, never found in stored text
_TOKENIZE = "unicode61 remove_diacritics 2"  # quotes_fts's tokenizer (migration 1)
# A quotation's place in time: when it was said, else when it was first reported.
_WHEN = "coalesce(q.said_on, q.first_seen)"
# A person as lists show them: the counts kept for them, and the first and last dates of their
# quotations, each read from one end of the index quotes_by_person_when.
_PERSON_COLUMNS = ("p.id, p.name, p.quotes, p.articles, "
                   "(SELECT min(coalesce(said_on, first_seen)) FROM quotes "
                   "WHERE person_id = p.id), "
                   "(SELECT max(coalesce(said_on, first_seen)) FROM quotes "
                   "WHERE person_id = p.id)")
_QUOTE_COLUMNS = ("q.id, q.kind, q.text, q.person_id, p.name, q.said_on, q.first_seen, "
                  "q.channel, q.outlet, q.articles")


@dataclass(frozen=True)
class Filters:
    """What a search may be narrowed by, besides its words."""

    speaker: str | None = None
    since: str | None = None    # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    channel: str | None = None
    source: str | None = None


def search(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
           limit: int = 20, offset: int = 0) -> Page:
    """Quotations matching `query` (FTS5 syntax; empty: all), best match first, else newest.

    A query matching more than RANKED_AT_MOST quotations comes most recently added first."""
    query = _checked_query(query)
    _check_paging(limit, offset)
    where, params = _filtered(conn, filters)
    if query:
        check_fts(conn, query)
    ids, total, order = _ranked(conn, query, where, params, limit, offset)
    quotes = _quotes(conn, ids)
    matches = _matches(conn, query, quotes) if query else {}
    return Page(tuple(_with_occurrences(conn, quotes, matches)), total, limit, offset, order)


def _ranked(conn: sqlite3.Connection, query: str, where: list[str], params: list, limit: int,
            offset: int) -> tuple[list[int], int, str]:
    """The ids of one page of the quotations asked for, in order; how many there are; and
    the order they come in.

    Only ids go through the sort, not a common word's thousands of texts, and words without a
    filter are counted and ranked by the full-text index alone. Ranking costs time for every
    match, so past RANKED_AT_MOST matches the index's own order is taken: latest added first."""
    if query and not where:
        sql, params, ids = "FROM quotes_fts f WHERE quotes_fts MATCH ?", [query], "f.rowid"
    elif query:
        # CROSS JOIN keeps the index's matches the outer loop: the other way round, SQLite
        # would walk a common word's whole match list once for every quotation of a channel.
        sql = ("FROM quotes_fts f CROSS JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH ? "
               "AND " + " AND ".join(where))
        params, ids = [query, *params], "f.rowid"
    else:
        sql, ids = "FROM quotes q" + (" WHERE " + " AND ".join(where) if where else ""), "q.id"
    if query or where:
        total = conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    else:  # every quotation (the home page's newest): kept, not counted again
        total = _tally(conn, "quotes")
    if not query:
        order, sort = "newest", f"{_WHEN} DESC, q.id DESC"
    elif total <= RANKED_AT_MOST:
        # bm25() itself, not the rank column: the same order, about twice as fast
        order, sort = "best match", "bm25(f.quotes_fts), f.rowid"
    else:
        order, sort = "latest added", "f.rowid DESC"
    rows = conn.execute(f"SELECT {ids} {sql} ORDER BY {sort} LIMIT ? OFFSET ?",
                        [*params, limit, offset])
    return [row[0] for row in rows], total, order


def _quotes(conn: sqlite3.Connection, ids: list[int]) -> list[StoredQuote]:
    """The quotations with these ids, in this order."""
    rows = conn.execute(f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p "
                        f"ON p.id = q.person_id WHERE q.id IN ({','.join('?' * len(ids))})", ids)
    found = {row[0]: _quote(row) for row in rows}
    return [found[i] for i in ids]


def _checked_query(query: str) -> str:
    query = (query or "").strip()
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the search query is {len(query)} characters long; "
                         f"at most {MAX_QUERY_CHARS} are allowed")
    if _CONTROL.search(query):
        raise QueryError("the search query holds control characters")
    return query


def _check_paging(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")


def check_fts(conn: sqlite3.Connection, query: str) -> None:
    """Raise a QueryError saying why, if FTS5 cannot parse `query`."""
    try:
        conn.execute("SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts "
                     "MATCH ? LIMIT 1)", (query,)).fetchone()
    except sqlite3.OperationalError as error:
        reason = str(error).removeprefix("fts5: ")
        raise QueryError(f"cannot understand the search query {query!r}: {reason}. Put words "
                         "in double quotes to search for them as they are") from None


def _filtered(conn: sqlite3.Connection, filters: Filters) -> tuple[list[str], list]:
    where, params = [], []
    if filters.speaker:
        ids = people_named(conn, filters.speaker)
        where.append(f"q.person_id IN ({','.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    if filters.since:
        where.append(f"{_WHEN} || '-99' >= ?")  # a month is in range if any of its days is
        params.append(_checked_date("since", filters.since))
    if filters.until:
        where.append(f"{_WHEN} <= ? || '-99'")
        params.append(_checked_date("until", filters.until))
    if filters.channel:
        where.append("q.channel = ? COLLATE NOCASE")
        params.append(filters.channel)
    if filters.source:
        # The articles of that source first, then their quotes: a few thousand articles at
        # most to read, where asking each quotation for its articles reads them all.
        where.append("q.id IN (SELECT o.quote_id FROM articles a JOIN occurrences o "
                     "ON o.article_id = a.id WHERE a.source = ? COLLATE NOCASE)")
        params.append(filters.source)
    return where, params


def _checked_date(name: str, value: str) -> str:
    if not _DATE.match(value.strip()):
        raise QueryError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value.strip()


def people_named(conn: sqlite3.Connection, name: str) -> list[int]:
    """The people `name` refers to: by the keys of the name, else by a part of their name."""
    keys = person_keys(name)
    if keys:
        marks = ",".join("?" * len(keys))
        rows = conn.execute(f"SELECT DISTINCT person_id FROM person_keys WHERE key IN ({marks})",
                            keys).fetchall()
        if rows:
            return [r[0] for r in rows]
    pattern = "%" + name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute("SELECT id FROM people WHERE name LIKE ? ESCAPE '\\' ORDER BY id LIMIT 50",
                        (pattern,)).fetchall()
    return [r[0] for r in rows]


def _matches(conn, query: str, quotes: list[StoredQuote]) -> dict[int, tuple[tuple[int, int], ...]]:
    """Where the query matched each quotation's text, as offsets into that text.

    The page's quotations are indexed again in a temporary FTS5 table, tokenized as
    quotes_fts is: asking quotes_fts itself would walk the query's whole list of matches,
    which for a common word is most of the corpus."""
    if not quotes:
        return {}
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.quotes_shown USING fts5("
                 f"text, tokenize='{_TOKENIZE}')")
    conn.execute("DELETE FROM temp.quotes_shown")
    conn.executemany("INSERT INTO temp.quotes_shown (rowid, text) VALUES (?, ?)",
                     [(q.id, q.text) for q in quotes])
    rows = conn.execute("SELECT rowid, highlight(quotes_shown, 0, ?, ?) FROM temp.quotes_shown "
                        "WHERE quotes_shown MATCH ?", [_MARK, _END, query])
    return {row[0]: _marked_spans(row[1]) for row in rows}


def _marked_spans(marked: str) -> tuple[tuple[int, int], ...]:
    spans, plain, start = [], 0, None
    for char in marked:
        if char == _MARK:
            start = plain
        elif char == _END:
            spans.append((start, plain))
        else:
            plain += 1
    return tuple(spans)


def _quote(row: Sequence) -> StoredQuote:
    return StoredQuote(*row)


def _with_occurrences(conn: sqlite3.Connection, quotes: list[StoredQuote],
                      matches: dict | None = None) -> list[StoredQuote]:
    by_quote = occurrences_of(conn, [q.id for q in quotes])
    matches = matches or {}
    return [StoredQuote(*(getattr(q, f) for f in ("id", "kind", "text", "person_id", "person",
                                                  "said_on", "first_seen", "channel", "outlet",
                                                  "articles")),
                        occurrences=tuple(by_quote.get(q.id, ())),
                        matches=matches.get(q.id, ())) for q in quotes]


_OCCURRENCE_COLUMNS = ("o.quote_id, a.article_id, a.date, o.text, a.title, a.source, a.url, "
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
            f"ON a.id = o.article_id WHERE o.quote_id IN ({','.join('?' * len(batch))}) "
            "ORDER BY coalesce(a.date, '9999'), a.article_id, o.position", batch)
        for row in rows:
            found.setdefault(row[0], []).append(_occurrence(row[1:]))
    return found


def _occurrence(row: Sequence) -> Occurrence:
    values = list(row)
    values[8] = tuple(tuple(pair) for pair in json.loads(values[8]))  # content
    return Occurrence(*values)


def person(conn: sqlite3.Connection, name: str) -> Person:
    """The person called `name` (any variant of it); NotFound names people with a like name."""
    row = conn.execute("SELECT id FROM people WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                       (name.strip(),)).fetchone()
    if row is None:
        keys = person_keys(name)
        row = keys and conn.execute("SELECT person_id FROM person_keys WHERE key = ?",
                                    (keys[0],)).fetchone()
    if not row:
        raise NotFound(_no_such_person(conn, name))
    return _person(conn, row[0])


def _no_such_person(conn, name: str) -> str:
    words = [w for w in re.split(r"\W+", name) if len(w) > 2]
    like = []
    if words:
        like = [r[0] for r in conn.execute(
            "SELECT name FROM people WHERE name LIKE ? ORDER BY name LIMIT 5", (f"%{words[-1]}%",))]
    hint = f"; people with a like name: {', '.join(like)}" if like else ""
    return f"no person called {name!r} in the corpus{hint}"


def _person(conn: sqlite3.Connection, person_id: int) -> Person:
    row = conn.execute(f"SELECT {_PERSON_COLUMNS} FROM people p WHERE p.id = ?",
                       (person_id,)).fetchone()
    names = [r[0] for r in conn.execute(
        "SELECT name FROM person_names WHERE person_id = ? ORDER BY name", (person_id,))]
    return Person(*row, names=tuple(names))


def timeline(conn: sqlite3.Connection, name: str, newest_first: bool = False,
             limit: int | None = None) -> tuple[Person, list[StoredQuote]]:
    """A person and every quotation of theirs, in the order said (else first reported)."""
    found = person(conn, name)
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.person_id "
        f"WHERE q.person_id = ? ORDER BY {_WHEN} IS NULL, {_WHEN} {order}, q.id {order} "
        f"LIMIT ?", (found.id, -1 if limit is None else limit)).fetchall()
    return found, _with_occurrences(conn, [_quote(r) for r in rows])


def people(conn: sqlite3.Connection, limit: int = 50, offset: int = 0) -> Page:
    """People by number of quotations, most quoted first.

    The counts are kept as articles are written (migration 3) and the order is read from
    an index over them, so a page costs the same however many people the corpus holds."""
    _check_paging(limit, offset)
    total = _tally(conn, "people")
    rows = conn.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people p INDEXED BY people_by_quotes "
        "ORDER BY p.quotes DESC, p.name LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return Page(tuple(Person(*r) for r in rows), total, limit, offset)


def article(conn: sqlite3.Connection, article_id: str) -> StoredArticle:
    """An article by its id, with its quotes in text order."""
    row = conn.execute("SELECT id, article_id, date, title, url, source, text FROM articles "
                       "WHERE article_id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id!r} in the corpus")
    rows = conn.execute(
        f"SELECT {_QUOTE_COLUMNS}, {_OCCURRENCE_COLUMNS} FROM occurrences o JOIN quotes q "
        "ON q.id = o.quote_id JOIN articles a ON a.id = o.article_id LEFT JOIN people p "
        "ON p.id = q.person_id WHERE o.article_id = ? ORDER BY o.start, o.position",
        (row[0],)).fetchall()
    width = len(_QUOTE_COLUMNS.split(","))
    quotes = tuple((_quote(r[:width]), _occurrence(r[width + 1:])) for r in rows)
    return StoredArticle(*row[1:], quotes=quotes)


def quote(conn: sqlite3.Connection, quote_id: int) -> StoredQuote:
    """One quotation by its id, with every article that carried it, earliest first."""
    row = None
    if 0 < quote_id < 2**63:  # SQLite's integers; anything else is no quotation's id
        row = conn.execute(f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p "
                           "ON p.id = q.person_id WHERE q.id = ?", (quote_id,)).fetchone()
    if row is None:
        raise NotFound(f"no quotation with id {quote_id} in the corpus")
    return _with_occurrences(conn, [_quote(row)])[0]


def export(conn: sqlite3.Connection, batch: int = 500) -> Iterator[StoredQuote]:
    """Every quotation with its occurrences, by id, read a batch at a time."""
    last = 0
    while True:
        rows = conn.execute(f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p "
                            "ON p.id = q.person_id WHERE q.id > ? ORDER BY q.id LIMIT ?",
                            (last, batch)).fetchall()
        if not rows:
            return
        yield from _with_occurrences(conn, [_quote(r) for r in rows])
        last = rows[-1][0]


def channels(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """The channels quotations were said in, each with its number of quotations, most first."""
    return [tuple(r) for r in conn.execute(
        "SELECT channel, quotes FROM channel_tallies ORDER BY quotes DESC, channel")]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles, quotations, occurrences, people and skips the store holds.

    Read from the counts kept by triggers in the transaction of every write (migration 3),
    not counted again."""
    tallies = dict(conn.execute("SELECT name, rows FROM tallies").fetchall())
    return {table: tallies[table] for table in TALLIED}


def _tally(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute("SELECT rows FROM tallies WHERE name = ?", (table,)).fetchone()[0]
