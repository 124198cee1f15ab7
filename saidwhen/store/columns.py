"""The quotations as columns: what the statistics group and filter by, one numpy array a field,
read from SQLite once and kept in the process until the database file changes.

A narrowed selection (a channel, a source, a date range, a gender...) is then a boolean mask
over these arrays and each table a bincount under it, in milliseconds at a million quotations,
where counting the same selection in SQL reads every selected row again (0.3 to 2.3 s). Each
filter means exactly what the search's SQL means (saidwhen.store.queries._filtered): it is
evaluated once over the few distinct values of its field and the answer looked up for every
row. Words are found by the full-text index, as a search finds them, and their ids masked.

The rows are kept sorted by month and then speaker, so that the pairs of a month and a speaker
under any mask come out grouped, which the most quoted of each month are counted from.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass

import numpy as np

from saidwhen.errors import OverBudget
from saidwhen.store import budget
from saidwhen.store.checks import checked_date
from saidwhen.store.connection import connect_readonly
from saidwhen.store.names import channels_named, sources_named

# Pairs of a group and a speaker are counted on a dense grid up to this many cells (a few MB
# of counts), else by sorting the pairs.
GRID_CELLS = 4_000_000
NO_SPEAKER = -1
# The columns of this many database files are kept in a process (a server reads one).
FILES_KEPT = 4


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The distinct values of one field, each row holding the index of its value."""

    values: tuple  # str or None, None included

    def code(self, value) -> int | None:
        try:
            return self.values.index(value)
        except ValueError:
            return None

    def where(self, test) -> np.ndarray:
        """For each value, whether it passes `test` (None never does unless `test` says)."""
        return np.fromiter((bool(test(v)) for v in self.values), bool, len(self.values))


@dataclass(frozen=True, slots=True)
class Columns:
    """The quotations, a row each, sorted by month and then speaker."""

    ids: np.ndarray       # int64, the quotation's id
    by_id: np.ndarray     # int64, rows in the order of their ids, where row_of is None
    row_of: np.ndarray | None  # int32, each id's row (-1: none), where ids are dense enough
    person: np.ndarray    # int32, index into `people`; NO_SPEAKER for an unnamed speaker
    people: np.ndarray    # int64, the people's ids, ascending
    gender: np.ndarray    # int8 codes into genders
    kind: np.ndarray      # int8 codes into kinds
    channel: np.ndarray   # int32 codes into channels (grouped without regard to case)
    when: np.ndarray      # int32 codes into whens: said_on, else first_seen
    month: np.ndarray     # int32 codes into months (first seven characters of when)
    year: np.ndarray      # int32 codes into years
    genders: Vocabulary
    kinds: Vocabulary
    channels: Vocabulary  # the casing first stored of each group
    channel_keys: tuple   # each group's key: its name's bytes, ASCII folded (SQLite's NOCASE)
    whens: Vocabulary
    months: Vocabulary
    years: Vocabulary
    carried_row: np.ndarray     # int32: for each pair of a source and a quotation, its row
    carried_source: np.ndarray  # int32 codes into sources
    sources: Vocabulary
    source_keys: tuple

    @property
    def nbytes(self) -> int:
        return (0 if self.row_of is None else self.row_of.nbytes) + sum(
            getattr(self, name).nbytes for name in (
            "ids", "by_id", "person", "people", "gender", "kind", "channel", "when", "month",
            "year", "carried_row", "carried_source"))

    def rows_of(self, ids) -> np.ndarray:
        """The rows of the quotations with these ids (each id one of `ids`)."""
        wanted = np.asarray(ids, dtype=np.int64)
        if self.row_of is not None:
            inside = wanted[(wanted >= 0) & (wanted < len(self.row_of))]
            rows = self.row_of[inside]
            return rows[rows >= 0]
        ordered = self.ids[self.by_id]
        at = np.searchsorted(ordered, wanted)
        return self.by_id[at[(at < len(ordered)) & (ordered[np.minimum(at, len(ordered) - 1)]
                                                    == wanted)]]


def nocase(value) -> bytes | None:
    """The key SQLite's NOCASE collation compares: the UTF-8 bytes, ASCII letters folded."""
    return value.encode().lower() if isinstance(value, str) else None


def read(conn: sqlite3.Connection) -> Columns:
    """The columns of every quotation and of every pair of a source and a quotation, read
    in one transaction, so that they agree.

    Each field is read grouped by its value, the ids of each value as one string that numpy
    parses (group_concat), mostly from an index that holds the field: a million rows
    handed to Python one at a time cost several times as much."""
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        ids, persons = (numbers(text) for text in conn.execute(
            "SELECT group_concat(id), group_concat(coalesce(person_id, -1)) FROM quotations "
            "INDEXED BY quotations_by_speaker").fetchone())
        said = _groups(conn, "SELECT speaker_gender, speaker_kind, group_concat(id) "
                             "FROM quotations GROUP BY 1, 2")
        # a channel shows in the casing of its first quotation, as the kept counts show it
        channels = [((_first_channel(conn, first),), members) for (first,), members in _groups(
            conn, "SELECT min(id), group_concat(id) FROM quotations "
                  "GROUP BY channel COLLATE NOCASE")]
        whens = _groups(conn, "SELECT coalesce(said_on, first_seen), group_concat(id) "
                              "FROM quotations GROUP BY 1")
        sources = _groups(conn, "SELECT source, group_concat(quotation_id) "
                                "FROM source_quotations GROUP BY source")  # its NOCASE
    finally:
        if began:
            conn.execute("COMMIT")
    return _columns(ids, persons, said, channels, whens, sources)


Groups = list[tuple[tuple, np.ndarray]]  # the values of a group, and the ids of its rows


def numbers(text: str | None) -> np.ndarray:
    """The integers of a group_concat, parsed by numpy: no Python object for each."""
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)


def _groups(conn: sqlite3.Connection, sql: str) -> Groups:
    return [(tuple(row[:-1]), numbers(row[-1])) for row in conn.execute(sql)]


def _first_channel(conn: sqlite3.Connection, quotation: int) -> str | None:
    return conn.execute("SELECT channel FROM quotations WHERE id = ?", (quotation,)).fetchone()[0]


def _in_sqlite_order(values) -> tuple:
    """The distinct values, None first, the rest as SQLite compares text (the order of their
    UTF-8 bytes, which is that of their code points): codes then compare as values do."""
    return tuple(sorted(set(values), key=lambda v: (v is not None, v or "")))


def _columns(ids: np.ndarray, persons: np.ndarray, said: Groups, channels: Groups,
             whens: Groups, sources: Groups) -> Columns:
    find = _finder(ids)  # the rows as read, in the order of the speakers' index
    named = persons != -1
    people = np.unique(persons[named])
    person = np.full(len(ids), NO_SPEAKER, dtype=np.int32)
    person[named] = np.searchsorted(people, persons[named])
    genders = Vocabulary(_in_sqlite_order(g for (g, _), _ in said))
    kinds = Vocabulary(_in_sqlite_order(k for (_, k), _ in said))
    gender, kind = np.zeros(len(ids), np.int8), np.zeros(len(ids), np.int8)
    for (g, k), members in said:
        rows, known = find(members)
        gender[rows[known]], kind[rows[known]] = genders.values.index(g), kinds.values.index(k)
    channel = _coded(find, len(ids), channels)
    whens_of = Vocabulary(_in_sqlite_order(w for (w,), _ in whens))
    index = {w: at for at, w in enumerate(whens_of.values)}
    when = _coded(find, len(ids), [((index[w],), m) for (w,), m in whens], by_value=True)
    month, months = _periods(when, whens_of, 7)
    year, years = _periods(when, whens_of, 4)
    # months then speakers: the pairs of a month and a speaker come out grouped under any mask
    order = np.lexsort((person, month))
    ids, person, gender, kind = ids[order], person[order], gender[order], kind[order]
    channel, when, month, year = channel[order], when[order], month[order], year[order]
    by_id, row_of = np.empty(0, np.int64), None
    if len(ids) and ids.min() >= 0 and ids.max() <= 4 * len(ids) + 1024:  # a table of rows
        row_of = np.full(int(ids.max()) + 1, -1, dtype=np.int32)
        row_of[ids] = np.arange(len(ids), dtype=np.int32)
    else:  # ids far apart: looked up among them in order
        by_id = np.argsort(ids, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)  # where each row as read went
    rank[order] = np.arange(len(order))
    carried_row, carried_source = [np.empty(0, np.int64)], [np.empty(0, np.int32)]
    for code, (_, members) in enumerate(sources):
        rows, known = find(members)  # a quotation a temporary table hides is none
        carried_row.append(rank[rows[known]])
        carried_source.append(np.full(int(known.sum()), code, dtype=np.int32))
    shown = [value for (value,), _ in sources]
    return Columns(
        ids, by_id, row_of, person, people, gender, kind, channel, when, month, year, genders,
        kinds,
        Vocabulary(tuple(value for (value,), _ in channels)),
        tuple(nocase(value) for (value,), _ in channels), whens_of, months, years,
        np.concatenate(carried_row).astype(np.int32), np.concatenate(carried_source),
        Vocabulary(tuple(None if isinstance(v, bytes) else v for v in shown)),
        tuple(nocase(v) for v in shown))


def _finder(ids: np.ndarray):
    """A function giving the rows of some ids among `ids`, and which are there."""
    if len(ids) and ids.min() >= 0 and ids.max() <= 4 * len(ids) + 1024:  # dense: a table
        row_of = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
        row_of[ids] = np.arange(len(ids))

        def find(wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            inside = (wanted >= 0) & (wanted < len(row_of))
            rows = np.where(inside, row_of[np.where(inside, wanted, 0)], -1)
            return np.maximum(rows, 0), rows >= 0
        return find

    by_id = np.argsort(ids)
    ordered = ids[by_id]

    def find(wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if not len(ids):
            return np.zeros(len(wanted), np.int64), np.zeros(len(wanted), bool)
        at = np.minimum(np.searchsorted(ordered, wanted), len(ids) - 1)
        return by_id[at], ordered[at] == wanted
    return find


def _coded(find, rows: int, groups: Groups, by_value: bool = False) -> np.ndarray:
    """Each row's code: the index of its group (`by_value`: the group's one value)."""
    codes = np.zeros(rows, dtype=np.int32)
    for at, (values, members) in enumerate(groups):
        found, known = find(members)
        codes[found[known]] = values[0] if by_value else at
    return codes


def _periods(when: np.ndarray, whens: Vocabulary, width: int) -> tuple[np.ndarray, Vocabulary]:
    """The month (width 7) or year (4) of each row, as SQLite's substr gives it."""
    cut = [None if v is None else v[:width] for v in whens.values]
    vocabulary = Vocabulary(_in_sqlite_order(cut))
    index = {v: at for at, v in enumerate(vocabulary.values)}
    return np.array([index[v] for v in cut], dtype=np.int32)[when], vocabulary


# --- kept in the process until the database changes ----------------------------------------

@dataclass(slots=True)
class _Reading:
    """The columns of one database file being read, on a thread of their own."""

    state: tuple  # the file's state when the reading began
    began: float  # time.monotonic() when it was asked for
    done: threading.Event
    columns: Columns | None = None
    error: BaseException | None = None


_kept: dict[str, _Reading] = {}  # by path: the last reading, done or not
_kept_lock = threading.Lock()


def columns(conn: sqlite3.Connection) -> Columns:
    """The columns of the database `conn` is open on, read again only when its file has
    changed since (a database in memory has no file: read each time, on `conn`).

    The file is read on a connection and a thread of its own (several seconds at a million
    quotations), which a question waits for within its budget (store/budget.py): past it,
    the question is stopped with OverBudget, while the reading goes on for the next one,
    and for any other question asked meanwhile, which waits for the same reading."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return read(conn)
    asked = time.monotonic()
    state = file_state(path)
    while True:
        reading = _reading(path, state, asked)
        limit = budget.current()
        if not reading.done.wait(None if limit is None
                                 else max(0.0, limit.deadline - time.monotonic())):
            raise OverBudget(f"{limit.reason} (the statistics' columns of {path} are being "
                             "read after a change; ask again in a few seconds)")
        if reading.error is not None:
            raise reading.error
        if reading.state == state or reading.began >= asked:  # as new as the question
            return reading.columns


def read_ahead(path: str | os.PathLike) -> None:
    """Begin reading the columns of the database file at `path` on their thread, without
    waiting: a server starting does so, so that its first narrowed statistics need not wait."""
    path = os.path.abspath(path)  # as SQLite names the file it opened (PRAGMA database_list)
    _reading(path, file_state(path), time.monotonic())


def _reading(path: str, state: tuple, asked: float) -> _Reading:
    """The reading of the file that a question asked at `asked`, the file then in `state`,
    waits for: the last one, unless it is done and older than the question (or failed)."""
    with _kept_lock:
        reading = _kept.get(path)
        if reading is None or reading.done.is_set() and (
                reading.error is not None or reading.state != state and reading.began < asked):
            _kept.pop(path, None)
            reading = _kept[path] = _Reading(state, time.monotonic(), threading.Event())
            while len(_kept) > FILES_KEPT:  # the file read longest ago goes
                del _kept[next(iter(_kept))]
            threading.Thread(target=_read_file, args=(path, reading), daemon=True,
                             name="saidwhen-columns").start()
        return reading


def _read_file(path: str, reading: _Reading) -> None:
    """Read the columns of the file at `path` into `reading`. The state is taken before the
    read transaction begins: a write landing between the two makes the next question read
    again, never keeps an older reading under a newer state."""
    try:
        conn = connect_readonly(path)
        try:
            reading.state = file_state(path)
            reading.columns = read(conn)
        finally:
            conn.close()
    except BaseException as error:  # handed to every question waiting for this reading
        reading.error = error
    finally:
        reading.done.set()


def names_now(conn: sqlite3.Connection, ids: set[int]) -> dict[int, str]:
    """The names of these people as the file now holds them, read on a connection of its own:
    the columns are read from the file as it is, so that a question asked in a read that began
    before a write (a page's, while an ingest writes) may count people it cannot name."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return {}
    now = connect_readonly(path)
    try:
        return {i: name for i, name in now.execute(
            "SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),))}
    finally:
        now.close()


def file_state(path: str) -> tuple:
    """What tells one state of a database file from the next: every commit changes the
    write-ahead log's (or, once checkpointed, the file's) time and size."""
    state: list = [path]
    for name in (path, path + "-wal"):
        try:
            found = os.stat(name)
            state += [found.st_ino, found.st_mtime_ns, found.st_size]
        except OSError:
            state += [None, None, None]
    return tuple(state)


# --- a filter as a mask ------------------------------------------------------------------

def mask(conn: sqlite3.Connection, found: Columns, filters, speaker_id: int | None) -> np.ndarray:
    """The rows that `filters` (saidwhen.store.queries.Filters) keep, as the search's SQL
    keeps them; `speaker_id` the person the speaker filter names."""
    keep = np.ones(len(found.ids), dtype=bool)
    if filters.speaker:
        at = np.searchsorted(found.people, speaker_id)
        known = at < len(found.people) and found.people[at] == speaker_id
        keep &= found.person == (at if known else -2)
    if filters.since:  # a month or year is in range if any of its days is: `when || '-99'`
        since = checked_date("since", filters.since)
        keep &= found.whens.where(lambda v: v is not None and v + "-99" >= since)[found.when]
    if filters.until:
        until = checked_date("until", filters.until)
        keep &= found.whens.where(lambda v: v is not None and v <= until + "-99")[found.when]
    if filters.channel:
        named = {nocase(n) for n in channels_named(conn, filters.channel)}
        keep &= np.array([k in named for k in found.channel_keys], dtype=bool)[found.channel]
    if filters.source:
        named = {nocase(n) for n in sources_named(conn, filters.source)}
        codes = [at for at, k in enumerate(found.source_keys) if k in named]
        carried = np.zeros(len(found.ids), dtype=bool)
        carried[found.carried_row[np.isin(found.carried_source, codes)]] = True
        keep &= carried
    for values, codes, value in ((found.genders, found.gender, filters.gender),
                                 (found.kinds, found.kind, filters.kind)):
        if value:  # as stored: lower case
            keep &= codes == _code_or_none(values, value.strip().lower())
    return keep


def _code_or_none(values: Vocabulary, value: str) -> int:
    code = values.code(value)
    return -1 if code is None else code


# --- counting under a mask ---------------------------------------------------------------

def pairs(groups: np.ndarray, ngroups: int, persons: np.ndarray, npeople: int,
          grouped: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct pairs of a group and a speaker among these rows (speakers named), with
    the rows of each: (group, speaker, rows), ordered by group and then speaker. `grouped`:
    the rows come ordered so already."""
    keys = groups.astype(np.int64) * npeople + persons
    if ngroups * npeople <= GRID_CELLS:
        counts = np.bincount(keys, minlength=ngroups * npeople)
        found = np.flatnonzero(counts)
        return found // npeople, found % npeople, counts[found]
    if not grouped:
        keys = np.sort(keys)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else keys
    found = keys[starts]
    return found // npeople, found % npeople, np.diff(np.r_[starts, len(keys)])


def per_group(groups: np.ndarray, ngroups: int, persons: np.ndarray, npeople: int,
              grouped: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """For each group, its rows and its distinct named speakers."""
    named = persons != NO_SPEAKER
    group, _, _ = pairs(groups[named], ngroups, persons[named], npeople, grouped)
    return (np.bincount(groups, minlength=ngroups),
            np.bincount(group, minlength=ngroups))


def agreed(values: Vocabulary, codes: np.ndarray, persons: np.ndarray,
           npeople: int) -> np.ndarray:
    """For each speaker among the rows, the code of what all their rows say together, as
    saidwhen.store.quotations.agreed: the one value told; 'disputed' if two, or if one row
    says so; 'unknown' if they only say they cannot tell; else none (-1 for no rows)."""
    width = len(values.values) + 1  # and one for 'disputed' when no row says it
    disputed = values.code("disputed")
    disputed = len(values.values) if disputed is None else disputed
    said = np.bincount(persons.astype(np.int64) * width + codes,
                       minlength=npeople * width).reshape(npeople, width) > 0
    told = np.array([v not in (None, "unknown") for v in values.values] + [True])
    ntold = said[:, told].sum(axis=1)
    out = np.full(npeople, -1, dtype=np.int64)
    nothing, unknown = values.code(None), values.code("unknown")
    if nothing is not None:
        out[said[:, nothing]] = nothing
    if unknown is not None:
        out[said[:, unknown]] = unknown
    one = ntold == 1
    out[one] = np.flatnonzero(told)[np.argmax(said[:, told][one], axis=1)]
    out[(ntold > 1) | said[:, disputed]] = disputed
    return out
