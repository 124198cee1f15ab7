"""Who gets quoted: counts and shares of quotations and of speakers by gender as written, kind
of speaker, channel, source and period, over the quotations a search with the same words and
filters finds (saidwhen.store.queries.selected: the search's own rule, not a second one).

A quotation counts once in each table but the sources', under what its articles say of its
speaker (stored on it: the one value they give, else 'disputed'). A speaker, a named person or
organisation, counts under what all their quotations in the selection say, by the same rule;
unnamed speakers are no speaker of these counts, their quotations are. A quotation carried by
two sources counts under both, so the sources' shares may add up to more than one.

Over the whole corpus every table is read from counts kept by triggers as quotations and
occurrences are written (migrations 7 and 9): a row a value in stats_tallies, and the most
quoted of each period from the top of its speakers in stats_people, so that the page answers
in the same few milliseconds at any size (benchmarks/stats_scale.py). A narrowed selection
is a mask over the quotations' columns kept in memory (saidwhen.store.columns), each table a
count under it: a speaker's count under a filter is no sum of kept counts. The same tables
counted in SQL over the selection (counted_in_sql) are kept as what the columns must equal.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass

import numpy as np

from saidwhen.errors import QueryError
from saidwhen.store import columns
from saidwhen.store.fts import fts_words
from saidwhen.store.migrations import QUOTATIONS
from saidwhen.store.quotations import agreed
from saidwhen.store.queries import Filters, person, selected
from saidwhen.store.results import AsWritten

# The generated columns (migration 5) that hold each quotation's period, with an index each.
PERIODS = {"month": "q.said_month", "year": "q.said_year"}
TABLES = ("gender", "kind", "channel", "source", "period")
TOP_PEOPLE = 5
MOST_SOURCES = 100
# What a value that is none means in each table, for people to read.
NONE_LABELS = {"gender": "none (organisation, or not recorded)", "kind": "not told",
               "channel": "no channel named", "source": "no source", "period": "undated"}
# saidwhen.store.quotations.agreed in SQL: what a speaker's quotations say, taken together.
# (Two values told when the least and the greatest differ: no DISTINCT, which sorts.)
_AGREED = ("CASE WHEN min(nullif({c}, 'unknown')) IS NOT max(nullif({c}, 'unknown')) "
           "OR max({c} = 'disputed') THEN 'disputed' "
           "ELSE coalesce(max(nullif({c}, 'unknown')), max({c})) END")
_SELECTION = "stats_selection"  # the temporary table of a narrowed selection


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a table: a value and how many quotations and speakers come under it."""

    value: str | None
    quotations: int
    speakers: int
    search: tuple[tuple[str, str], ...] = ()  # the search that finds those quotations; () if none

    def to_json(self, whole: Table) -> dict:
        return {"value": self.value, "quotations": self.quotations,
                "quotation_share": share(self.quotations, whole.quotations),
                "speakers": self.speakers, "speaker_share": share(self.speakers, whole.speakers),
                "search": dict(self.search) if self.search else None}


@dataclass(frozen=True, slots=True)
class Table:
    """Quotations and speakers by one thing (gender, kind, channel, source or period)."""

    name: str
    rows: tuple[Row, ...]
    quotations: int  # the whole that the shares are of
    speakers: int
    more: int = 0    # rows left out: the least quoted sources past MOST_SOURCES

    def to_json(self) -> dict:
        return {"name": self.name, "quotations": self.quotations, "speakers": self.speakers,
                "rows": [r.to_json(self) for r in self.rows], "more": self.more}

    def to_pandas(self):
        """The table as a pandas DataFrame (the `pandas` extra), a row per value."""
        from saidwhen.frames import to_pandas

        return to_pandas({k: v for k, v in r.items() if k != "search"}
                         for r in self.to_json()["rows"])

    def csv_rows(self) -> list[list]:
        head = [self.name, "quotations", "quotation_share", "speakers", "speaker_share"]
        return [head] + [[r["value"] or "", r["quotations"], r["quotation_share"], r["speakers"],
                          r["speaker_share"]] for r in self.to_json()["rows"]]


@dataclass(frozen=True, slots=True)
class Quoted:
    """One of the most quoted speakers of a period."""

    period: str | None
    rank: int
    person_id: int
    name: str
    quotations: int
    search: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict:
        return {"period": self.period, "rank": self.rank, "id": self.person_id,
                "name": self.name, "quotations": self.quotations,
                "search": dict(self.search) if self.search else None}


@dataclass(frozen=True, slots=True)
class Stats:
    """Who gets quoted among the quotations a search finds: totals, tables, the most quoted."""

    query: str
    filters: Filters
    by: str                  # month or year
    quotations: int
    speakers: int            # named people and organisations
    unnamed: int             # quotations whose speaker the text does not name
    tables: tuple[Table, ...]
    top: tuple[Quoted, ...]  # by period, then rank

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise QueryError(f"no statistics table {name!r}; there are "
                         f"{', '.join(TABLES + ('top',))}")

    def to_json(self) -> dict:
        return {"query": {"q": self.query, **asdict(self.filters), "by": self.by},
                "quotations": self.quotations, "speakers": self.speakers,
                "unnamed": self.unnamed,
                "tables": {t.name: t.to_json() for t in self.tables},
                "top": [q.to_json() for q in self.top]}

    def csv_rows(self, name: str) -> list[list]:
        """The table called `name` (or `top`, the most quoted) as CSV rows, a header first."""
        if name == "top":
            return [["period", "rank", "speaker", "quotations"]] + [
                [q.period or "", q.rank, q.name, q.quotations] for q in self.top]
        return self.table(name).csv_rows()


def share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def stats(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
          by: str = "month") -> Stats:
    """Who gets quoted among the quotations matching `query` and `filters`, by `by` (month or
    year) for the periods."""
    if by not in PERIODS:
        raise QueryError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    sql, params = selected(conn, query, filters)  # a bad question fails here, as a search's
    if not query.strip() and not any(asdict(filters).values()):
        return _counted(conn, query, filters, by, _counted_kept(conn, by))
    if not query.strip() and asdict(filters) == asdict(Filters(speaker=filters.speaker)):
        found = _counted_speaker(conn, by, person(conn, filters.speaker).id)
        return _counted(conn, query, filters, by, found)
    return _counted(conn, query, filters, by, _counted_columns(conn, query, filters, by, sql,
                                                               params))


def counted_in_sql(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
                   by: str = "month") -> Stats:
    """The statistics of a narrowed selection counted in SQL, a GROUP BY a table over the
    selected rows: what the columns (saidwhen.store.columns) must equal, kept to test them
    against; in time that grows with the selection (seconds at a million quotations)."""
    sql, params = selected(conn, query, filters)
    try:
        found = _counted_selection(conn, by, _set_aside(conn, sql, params), [])
        return _counted(conn, query, filters, by, found)
    finally:
        conn.execute(f"DROP TABLE IF EXISTS temp.{_SELECTION}")


def _counted_columns(conn: sqlite3.Connection, query: str, filters: Filters, by: str, sql: str,
                     params: list) -> _Counts:
    """A narrowed selection as a mask over the quotations' columns, each table a bincount
    under it. Words are looked up in the full-text index (with the filters, in SQL, as a
    search does) and their quotations masked; filters alone are masked from the columns."""
    found = columns.columns(conn)
    words = fts_words(query.strip())
    if words.cased:  # abbreviations in capitals, looked for in each matching text: in SQL
        return _tallied(found, _found(found, conn.execute(
            f"SELECT group_concat(q.id) {sql}", params).fetchone()[0]), by)
    speaker = person(conn, filters.speaker).id if filters.speaker else None
    keep = columns.mask(conn, found, filters, speaker)
    if words.fts:  # the index's matches alone, their rows left unread
        keep &= _found(found, conn.execute(
            "SELECT group_concat(rowid) FROM quotations_fts WHERE quotations_fts MATCH ?",
            (words.fts,)).fetchone()[0])
    return _tallied(found, keep, by)


def _found(found: columns.Columns, ids: str | None) -> np.ndarray:
    """The rows of these ids (a group_concat), as a mask."""
    keep = np.zeros(len(found.ids), dtype=bool)
    keep[found.rows_of(columns.numbers(ids))] = True
    return keep


def _tallied(found: columns.Columns, keep: np.ndarray, by: str) -> _Counts:
    """Each table's rows of (value, quotations, speakers) among the rows kept, and the most
    quoted of each period."""
    npeople, at = len(found.people), np.flatnonzero(keep)  # the rows, read once each
    person = found.person[at]
    named = person != columns.NO_SPEAKER
    total, unnamed = len(at), int((~named).sum())
    speakers = int(np.count_nonzero(np.bincount(person[named], minlength=npeople)))
    rows = {name: _said_rows(vocabulary, codes[at], person, npeople)
            for name, vocabulary, codes in (("gender", found.genders, found.gender),
                                             ("kind", found.kinds, found.kind))}
    rows["channel"] = _group_rows(found.channels, found.channel[at], person, npeople)
    carried = keep[found.carried_row]
    rows["source"] = _group_rows(found.sources, found.carried_source[carried],
                                 found.person[found.carried_row[carried]], npeople)
    periods = found.months if by == "month" else found.years
    codes = (found.month if by == "month" else found.year)[at]
    # the pairs of a period and a speaker: the period's speakers, and its most quoted
    group, who, n = columns.pairs(codes[named], len(periods.values), person[named], npeople,
                                  grouped=by == "month")
    quoted = np.bincount(codes, minlength=len(periods.values))
    people = np.bincount(group, minlength=len(periods.values))
    rows["period"] = [(periods.values[p], int(quoted[p]), int(people[p]))
                      for p in np.flatnonzero(quoted)]
    return _Counts(total, speakers, unnamed, rows,
                   _top_of_pairs(periods, group, found.people[who], n))


def _group_rows(vocabulary: columns.Vocabulary, codes, person, npeople: int,
                grouped: bool = False) -> list[tuple]:
    quoted, speakers = columns.per_group(codes, len(vocabulary.values), person, npeople, grouped)
    return [(vocabulary.values[at], int(quoted[at]), int(speakers[at]))
            for at in np.flatnonzero(quoted)]


def _said_rows(vocabulary: columns.Vocabulary, codes, person, npeople: int) -> list[tuple]:
    """The gender or kind table: quotations by what their articles say of the speaker,
    speakers by what all their quotations say together."""
    named = person != columns.NO_SPEAKER
    said = columns.agreed(vocabulary, codes[named], person[named], npeople)
    values = vocabulary.values + ("disputed",)  # the code agreed() gives when none says it
    quoted = np.bincount(codes, minlength=len(values))
    people = np.bincount(said[said >= 0], minlength=len(values))
    return [(values[at], int(quoted[at]), int(people[at]))
            for at in np.flatnonzero(quoted + people)]


def _top_of_pairs(periods: columns.Vocabulary, group, person_id, n) -> Top:
    """The TOP_PEOPLE most quoted of each period, ties by first added (the lower id), from
    the pairs of a period and a speaker, ordered by period."""
    top: Top = {}
    bounds = np.flatnonzero(np.r_[True, group[1:] != group[:-1], True]) if len(group) else []
    # one number a pair, greater for more quotations, then for an earlier speaker
    rank = n.astype(np.int64) * (int(person_id.max(initial=0)) + 1) - person_id
    for start, end in zip(bounds[:-1], bounds[1:]):
        ranks = rank[start:end]
        best = np.argpartition(-ranks, TOP_PEOPLE - 1)[:TOP_PEOPLE] \
            if end - start > TOP_PEOPLE else np.arange(end - start)
        best = best[np.argsort(-ranks[best])]
        top[periods.values[group[start]]] = [(int(person_id[start + b]), int(n[start + b]))
                                             for b in best]
    return top


def _set_aside(conn: sqlite3.Connection, sql: str, params: list) -> str:
    """The selected quotations' columns the tables count, copied once into a temporary table;
    what to select from it. Asked of each table, the filter would read every selected
    quotation's row again.

    The ids come first, from the filter's index alone, and the rows are then read in the
    order of their ids: in the order of an index (a channel's, by speaker) the rows of a
    large selection are read from all over the file, several times slower."""
    conn.execute(f"DROP TABLE IF EXISTS temp.{_SELECTION}")
    conn.execute(f"DROP TABLE IF EXISTS temp.{_SELECTION}_ids")
    conn.execute(f"CREATE TEMP TABLE {_SELECTION}_ids (id INTEGER PRIMARY KEY)")
    try:
        conn.execute(f"INSERT OR IGNORE INTO temp.{_SELECTION}_ids SELECT q.id {sql}", params)
        conn.execute(f"CREATE TEMP TABLE {_SELECTION} AS SELECT q.id, q.person_id, "
                     "q.speaker_gender, q.speaker_kind, q.channel, q.said_month, q.said_year "
                     f"FROM temp.{_SELECTION}_ids i CROSS JOIN main.{QUOTATIONS} q "
                     "ON q.id = i.id")
    finally:
        conn.execute(f"DROP TABLE temp.{_SELECTION}_ids")
    return f"FROM temp.{_SELECTION} q WHERE 1"


Top = dict[str | None, list[tuple[int, int]]]  # a period's most quoted: (speaker, quotations)


@dataclass(frozen=True, slots=True)
class _Counts:
    """What the tables are made of: the totals, each table's rows of (value, quotations,
    speakers), and the most quoted of each period."""

    quotations: int
    speakers: int
    unnamed: int
    rows: dict[str, list[tuple]]  # by table name
    top: Top


def _counted(conn: sqlite3.Connection, query: str, filters: Filters, by: str,
             found: _Counts) -> Stats:
    """The tables made of what was `found`, each figure with the search behind it."""
    base, total, speakers = _search(query, filters), found.quotations, found.speakers
    rows = {name: [Row(v, n, s, _narrowed(base, **{name: v})) for v, n, s in found.rows[name]]
            for name in ("gender", "kind", "channel", "source")}
    tables = (*(Table(name, tuple(sorted(rows[name], key=_most_first)), total, speakers)
                for name in ("gender", "kind", "channel")),
              _by_source(rows["source"], total, speakers),
              _by_period(found.rows["period"], base, total, speakers))
    return Stats(query.strip(), filters, by, total, speakers, found.unnamed, tables,
                 _ranked(conn, found.top, base))


def _counted_kept(conn: sqlite3.Connection, by: str) -> _Counts:
    """The whole corpus, from the counts kept (migration 9): each table a read of its rows
    of stats_tallies, the most quoted five rows of stats_people a period."""
    def kept(facet: str) -> list[tuple]:
        return conn.execute("SELECT nullif(value, x''), quotations, speakers FROM stats_tallies "
                            "WHERE facet = ?", (facet,)).fetchall()

    rows = {name: kept(name) for name in ("gender", "kind", "channel", "source")}
    rows["period"] = kept(by)
    unnamed = conn.execute("SELECT coalesce(sum(quotations), 0) FROM speaker_said "
                           "WHERE person = 0").fetchone()[0]
    # every quotation has one year (or none), every named speaker one gender as agreed
    return _Counts(sum(r[1] for r in kept("year")), sum(r[2] for r in rows["gender"]), unnamed,
                   rows, _kept_most_quoted(conn, by))


def _counted_speaker(conn: sqlite3.Connection, by: str, speaker: int) -> _Counts:
    """One speaker's quotations, from what is kept of them: by month and channel
    (person_months, migration 4), what their quotations say of them and what they agree on
    (speaker_said, speaker_agreed, migration 7), and by source (source_people, migration 7,
    looked up for each source the statistics keep: 0.05 ms, where each of their quotations
    looked up in source_quotations took 100 to 250 ms for 23,766). Each value they have
    counts them as its one speaker."""
    said = conn.execute("SELECT nullif(gender, x''), nullif(kind, x''), quotations "
                        "FROM speaker_said WHERE person = ?", (speaker,)).fetchall()
    agreed_on = conn.execute("SELECT gender, kind FROM speaker_agreed WHERE person = ?",
                             (speaker,)).fetchone()
    rows = {}
    for at, name in enumerate(("gender", "kind")):
        counts = Counter()
        for row in said:
            counts[row[at]] += row[2]
        told = {agreed_on[at]} if agreed_on else set()
        rows[name] = [(v, counts[v], int(v in told)) for v in counts.keys() | told]
    month = "month" if by == "month" else "substr(month, 1, 4)"
    rows["period"] = conn.execute(
        f"SELECT nullif({month}, ''), sum(quotations), 1 FROM person_months WHERE person_id = ? "
        "GROUP BY 1", (speaker,)).fetchall()
    rows["channel"] = conn.execute(
        "SELECT nullif(channel, ''), sum(quotations), 1 FROM person_months WHERE person_id = ? "
        "GROUP BY channel COLLATE NOCASE", (speaker,)).fetchall()
    rows["source"] = conn.execute(
        "SELECT nullif(p.source, x''), p.quotations, 1 FROM stats_tallies t CROSS JOIN "
        "source_people p ON p.source = t.value AND p.person = ? WHERE t.facet = 'source'",
        (speaker,)).fetchall()
    total = sum(row[2] for row in said)
    top = {when: [(speaker, n)] for when, n, _ in rows["period"]}
    return _Counts(total, int(total > 0), 0, rows, top)


def _counted_selection(conn: sqlite3.Connection, by: str, sql: str, params: list) -> _Counts:
    """A narrowed selection, set aside in a temporary table: each table a GROUP BY over it."""
    total, speakers, unnamed = conn.execute(
        f"SELECT count(*), count(DISTINCT q.person_id), count(*) - count(q.person_id) {sql}",
        params).fetchone()
    period = PERIODS[by]
    rows = {**_said(conn, sql, params),
            "channel": conn.execute(f"SELECT q.channel COLLATE NOCASE, count(*), "
                                    f"count(DISTINCT q.person_id) {sql} GROUP BY 1",
                                    params).fetchall(),
            "source": _sources_of_selection(conn),
            "period": conn.execute(f"SELECT {period}, count(*), count(DISTINCT q.person_id) "
                                   f"{sql} GROUP BY 1", params).fetchall()}
    return _Counts(total, speakers, unnamed, rows, _most_quoted(conn, period, sql, params))


def _search(query: str, filters: Filters) -> dict[str, str]:
    """The search parameters of the selection, the empty ones left out."""
    values = {"q": query.strip(), **asdict(filters)}
    return {k: v for k, v in values.items() if v}


def _narrowed(base: dict[str, str], **more: str | None) -> tuple[tuple[str, str], ...]:
    """The selection's search, narrowed to one row; () when no search can find the row's
    quotations (a value that is none: no channel, no date)."""
    if any(v is None for v in more.values()):
        return ()
    search = {**base, **more}
    if "since" in base and "since" in more:  # the later start and the earlier end
        search["since"] = max(base["since"], more["since"])
    if "until" in base and "until" in more:
        search["until"] = min(base["until"], more["until"], key=lambda d: d + "-99")
    return tuple(search.items())


def _said(conn, sql: str, params: list) -> dict[str, list[tuple]]:
    """The gender and kind tables' rows of a narrowed selection: quotations by what their
    articles say of the speaker, speakers by what all their quotations say."""
    quoted = conn.execute(f"SELECT q.speaker_gender, q.speaker_kind, count(*) {sql} "
                          "GROUP BY 1, 2", params).fetchall()
    said = conn.execute(
        f"SELECT gender, kind, count(*) FROM (SELECT {_AGREED.format(c='q.speaker_gender')}"
        f" AS gender, {_AGREED.format(c='q.speaker_kind')} AS kind {sql} "
        "AND q.person_id IS NOT NULL GROUP BY q.person_id) GROUP BY 1, 2", params).fetchall()
    rows = {}
    for at, name in enumerate(("gender", "kind")):
        counts, people = Counter(), Counter()
        for row in quoted:
            counts[row[at]] += row[2]
        for row in said:
            people[row[at]] += row[2]
        rows[name] = [(v, counts[v], people[v]) for v in counts.keys() | people.keys()]
    return rows


def _sources_of_selection(conn) -> list[tuple]:
    """Each source of the quotations set aside, looked up among the pairs of a source and a
    quotation kept by migration 7 (source_quotations), with its quotations and speakers."""
    return conn.execute(
        "SELECT nullif(s.source, x''), count(*), count(DISTINCT q.person_id) "
        f"FROM temp.{_SELECTION} q CROSS JOIN source_quotations s ON s.quotation_id = q.id "
        "GROUP BY s.source").fetchall()


def _by_source(rows: list[Row], total: int, speakers: int) -> Table:
    """Quotations by the source of the articles that carried them: a quotation carried by two
    sources counts under both. The MOST_SOURCES most quoting; `more` says how many are left."""
    ordered = sorted(rows, key=_most_first)
    return Table("source", tuple(ordered[:MOST_SOURCES]), total, speakers,
                 max(0, len(ordered) - MOST_SOURCES))


def _by_period(rows: list[tuple], base: dict, total: int, speakers: int) -> Table:
    """Quotations by the month or year they were said in, else first reported; in time order,
    the undated last."""
    ordered = sorted(rows, key=lambda r: (r[0] is None, r[0] or ""))
    return Table("period", tuple(Row(p, n, s, _narrowed(base, since=p, until=p))
                                 for p, n, s in ordered), total, speakers)


def _most_quoted(conn, period: str, sql: str, params: list) -> Top:
    """The TOP_PEOPLE most quoted speakers of each period of a narrowed selection, ties by
    first added. Those quoted more than once are ranked in SQL; the rest, most of a large
    selection's pairs of a period and a speaker, only fill the periods with too few, all in
    one more pass (one a period read the selection again for each)."""
    top: Top = {}
    for when, person, n, rank in conn.execute(
            f"SELECT {period} AS period, q.person_id, count(*) AS n, row_number() OVER "
            f"(PARTITION BY {period} ORDER BY count(*) DESC, q.person_id) AS rank {sql} "
            "AND q.person_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1", params):
        if rank <= TOP_PEOPLE:
            top.setdefault(when, []).append((person, n))
    full = [when for when, found in top.items() if len(found) == TOP_PEOPLE and when]
    for when, person in conn.execute(
            f"SELECT period, person_id FROM (SELECT {period} AS period, q.person_id, "
            f"row_number() OVER (PARTITION BY {period} ORDER BY q.person_id) AS place {sql} "
            f"AND q.person_id IS NOT NULL AND coalesce({period}, '') NOT IN "
            f"({','.join('?' * len(full))}) GROUP BY 1, 2 HAVING count(*) = 1) "
            "WHERE place <= ? ORDER BY period, place", [*params, *full, TOP_PEOPLE]):
        found = top.setdefault(when, [])
        if len(found) < TOP_PEOPLE:
            found.append((person, 1))
    return top


def _kept_most_quoted(conn, by: str) -> Top:
    """The same over the whole corpus, from the top of each period's speakers as kept
    (migration 9, through the index stats_people_by_quotations)."""
    periods = [r[0] for r in conn.execute("SELECT nullif(value, x'') FROM stats_tallies "
                                          "WHERE facet = ? AND speakers > 0", (by,))]
    return {when: [tuple(r) for r in conn.execute(
        "SELECT person, quotations FROM stats_people WHERE facet = ? "
        "AND value = coalesce(?, x'') AND person <> 0 ORDER BY quotations DESC, person LIMIT ?",
        (by, when, TOP_PEOPLE))]
        for when in periods}


def _ranked(conn, top: Top, base: dict) -> tuple[Quoted, ...]:
    """The most quoted of each period, named, in time order (the undated last)."""
    wanted = {person for found in top.values() for person, _ in found}
    names = _names(conn, wanted)
    if wanted - names.keys():  # counted from columns read since this connection's read began
        names.update(columns.names_now(conn, wanted - names.keys()))
    return tuple(Quoted(when, rank, person, names[person], n,
                        _narrowed(base, speaker=names[person], since=when, until=when)
                        if when else ())
                 for when in sorted(top, key=lambda w: (w is None, w or ""))
                 for rank, (person, n) in enumerate(top[when], 1))


def _names(conn, ids: set[int]) -> dict[int, str]:
    """The names of the people with these ids."""
    ids = sorted(ids)
    names = {}
    for start in range(0, len(ids), 500):  # SQLite caps the number of bound parameters
        batch = ids[start:start + 500]
        names.update(conn.execute(f"SELECT id, name FROM people WHERE id IN "
                                  f"({','.join('?' * len(batch))})", batch).fetchall())
    return names


def _most_first(row: Row) -> tuple:
    # ties by name without regard to case, as channels and sources are grouped: a group
    # shows in one of its casings, which may differ between two ways of counting it
    return (-row.quotations, -row.speakers, row.value is None, columns.nocase(row.value) or b"")


def as_written(conn: sqlite3.Connection, name: str) -> AsWritten:
    """Who the person called `name` is as their articles write it: the kind and gender they
    agree on (else 'disputed'), and how many articles say each."""
    found = person(conn, name)
    said = {column: tuple((v, n) for v, n in conn.execute(
        f"SELECT o.{column}, count(DISTINCT o.article_id) AS n FROM occurrences o JOIN quotations q "
        f"ON q.id = o.quotation_id WHERE q.person_id = ? AND o.{column} IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC, 1", (found.id,)))
        for column in ("speaker_kind", "speaker_gender")}
    kinds, genders = said["speaker_kind"], said["speaker_gender"]
    return AsWritten(found.id, found.name, agreed(v for v, _ in kinds),
                     agreed(v for v, _ in genders), kinds, genders)
