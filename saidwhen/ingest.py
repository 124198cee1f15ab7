"""Ingestion: articles read, extracted on every core, and written to the store in input order.

This sits above the store: reading inputs, worker processes and the output of `saidwhen spark`
are here, so that saidwhen.store only stores what it is given.

An article already stored with the same text by the same saidwhen is passed over before it
is extracted, so a run after an interrupted one only does what is left, and a second run on
the same inputs adds nothing. An article extracted here is committed on its own. A folder
written by `saidwhen spark` is loaded as the job extracted it, for browsing a slice of an
archive, JOB_ARTICLES_PER_COMMIT articles to a transaction: a commit writes every page the
articles touched, and a hundred articles share most of theirs.
"""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from itertools import groupby, islice

from saidwhen.errors import OutputError, StoreError
from saidwhen.reading import read_articles
from saidwhen.records import Article, Extraction, Skipped
from saidwhen.store.connection import transaction, why
from saidwhen.store.writing import is_stored, record_skip, text_sha1, write_extraction
from saidwhen.workers import extract_in_order

JOB_ARTICLES_PER_COMMIT = 100


@dataclass
class IngestReport:
    """What an ingest did: articles read, and what became of each."""

    read: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    quotes: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    not_pages: int = 0  # a web archive's own records (warcinfo, requests, metadata): no skips

    def reasons(self) -> Counter:
        """How many inputs were skipped for each reason."""
        return Counter(s.reason for s in self.skipped)

    def to_json(self) -> dict:
        return {"read": self.read, "added": self.added, "unchanged": self.unchanged,
                "replaced": self.replaced, "quotes": self.quotes, "skipped": len(self.skipped),
                "skipped_reasons": dict(self.reasons()),
                "not_pages": self.not_pages}


def extractor_version() -> str:
    """The saidwhen that extracts: an article extracted by another one is extracted again."""
    try:
        return f"saidwhen {version('saidwhen')}"
    except PackageNotFoundError:
        return "saidwhen (not installed)"


def ingest(conn: sqlite3.Connection, inputs: Iterable[str], jobs: int = 1,
           on_result: Callable[[str, Article | Skipped], None] | None = None,
           report: IngestReport | None = None) -> IngestReport:
    """Read, extract and store the articles of `inputs`; `on_result(outcome, item)` hears of
    each one as it is done ("added", "replaced", "unchanged", "skipped", or "not a page" for a
    web archive's own records, which are no input that failed and are not kept as skips).
    `report` is filled in as the run goes, so that a caller who stops it knows what was kept."""
    report = IngestReport() if report is None else report
    extractor = extractor_version()
    notify = on_result or (lambda outcome, item: None)
    try:  # the results closed on the way out, whatever ends the run: the workers stop at once
        with closing(_results(conn, inputs, jobs, extractor, report, notify)) as results:
            for batch in results:
                for result in batch:
                    if isinstance(result, Skipped) and result.bookkeeping:
                        report.not_pages += 1
                        notify("not a page", result)
                kept = [r for r in batch if not (isinstance(r, Skipped) and r.bookkeeping)]
                for outcome, item in _store(conn, kept, extractor, report) if kept else ():
                    notify(outcome, item)
    except sqlite3.OperationalError as error:  # a full disk, a file made read-only meanwhile
        raise StoreError(_stopped_writing(conn, error, report)) from None
    fold_log(conn)
    return report


def fold_log(conn: sqlite3.Connection) -> None:
    """The write-ahead log folded into the file and emptied, at the end of an ingest however
    it ends: a database copied or moved over another after an ingest is whole without its
    -wal file, which a reader at the old path would otherwise read as the new file's. A reader
    holding the log only makes this wait."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _stopped_writing(conn: sqlite3.Connection, error: sqlite3.Error, report: IngestReport) -> str:
    path = conn.execute("PRAGMA database_list").fetchone()[2] or "the database"
    stored = report.added + report.replaced + report.unchanged
    return (f"{path}: cannot write: {why(error, path)}. It keeps every article stored before: "
            f"{stored} from this run's input ({report.added} added, {report.replaced} replaced, "
            f"{report.unchanged} unchanged). Run the same command again to go on where it stopped.")


def _results(conn: sqlite3.Connection, inputs: Iterable[str], jobs: int, extractor: str,
             report: IngestReport, notify) -> Iterator[list[Extraction | Skipped]]:
    """Extractions of the inputs, in order, in the batches to commit together: one by one as
    they are extracted here (a batch waiting on the workers would hold the write lock), and
    JOB_ARTICLES_PER_COMMIT at a time from the output of `saidwhen spark`, which is only read."""
    for from_job, group in groupby(inputs, key=is_job_output):
        if from_job:
            for folder in group:
                results = _job_output(folder, report)
                while batch := list(islice(results, JOB_ARTICLES_PER_COMMIT)):
                    yield batch
        else:
            articles = read_articles(list(group), passed_over=database_files(conn))
            fresh = _fresh(conn, articles, extractor, report, notify)
            for result in extract_in_order(fresh, jobs):
                yield [result]


def database_files(conn: sqlite3.Connection) -> frozenset[str]:
    """The real paths of the database `conn` writes and of its logs: `saidwhen ingest .` in
    the folder of the articles finds them there, and they are no articles."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return frozenset()
    real = os.path.realpath(path)
    return frozenset(real + suffix for suffix in ("", "-wal", "-shm", "-journal"))


def is_job_output(path: str) -> bool:
    """Whether `path` is a folder `saidwhen spark` wrote: its articles/ and quotes/ tables."""
    return all(os.path.isdir(os.path.join(path, table)) for table in ("articles", "quotes"))


def _job_output(folder: str, report: IngestReport) -> Iterator[Extraction | Skipped]:
    try:
        from saidwhen.spark.output import read_output
    except ImportError:
        yield Skipped(folder, "an output of `saidwhen spark`: reading it needs pyarrow "
                              "(pip install 'saidwhen[spark]')")
        return
    try:
        for result in read_output(folder):
            report.read += isinstance(result, Extraction)
            yield result
    except OutputError as error:
        yield Skipped(folder, str(error))


def _fresh(conn: sqlite3.Connection, items: Iterable[Article | Skipped], extractor: str,
           report: IngestReport, notify) -> Iterator[Article | Skipped]:
    """The items that need extracting: articles not yet stored as they are, and skips.

    Two different articles under one id in one run (two files both called article.txt in
    different folders) would replace each other on every run: the second is skipped and
    named instead."""
    _start_run_ids(conn)
    for item in items:
        if isinstance(item, Article):
            report.read += 1
            digest = text_sha1(item.text)
            origin, seen = _first_of_id(conn, item, digest)
            if seen != digest:
                item = Skipped(item.origin or item.id, f"another article read in this run has "
                               f"the id {item.id!r} ({origin}); give the articles distinct ids")
            elif is_stored(conn, item, extractor):
                report.unchanged += 1
                notify("unchanged", item)
                continue
        yield item


# Each id read in a run, with the origin and text digest it was first read with, is kept in a
# temporary table: on disk beyond SQLite's page cache of 2 MiB, where a dict of them grew with
# the run (by 140 MB of memory over 200,000 articles).
def _start_run_ids(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.run_ids")
    conn.execute("CREATE TEMP TABLE run_ids (id TEXT PRIMARY KEY, origin TEXT, digest TEXT) "
                 "WITHOUT ROWID")


def _first_of_id(conn: sqlite3.Connection, article: Article, digest: str) -> tuple[str, str]:
    """The origin and digest of the first article read in this run under `article`'s id."""
    conn.execute("INSERT OR IGNORE INTO temp.run_ids VALUES (?, ?, ?)",
                 (article.id, article.origin, digest))
    return tuple(conn.execute("SELECT origin, digest FROM temp.run_ids WHERE id = ?",
                              (article.id,)).fetchone())


def _store(conn: sqlite3.Connection, batch: list[Extraction | Skipped], extractor: str,
           report: IngestReport) -> list[tuple[str, Article | Skipped]]:
    """Store a batch in one transaction: what became of each item, once it is committed."""
    done = []
    before = _tally(report)
    try:
        with transaction(conn):
            for item in batch:
                if isinstance(item, Skipped):
                    record_skip(conn, item)
                    done.append(("skipped", item))
                else:
                    done.append((write_extraction(conn, item, extractor), item))
            # Counted inside the transaction, just before its commit: a run stopped by a signal
            # raised from the commit's return (Ctrl+C, SIGTERM) reports the articles it kept.
            for outcome, item in done:
                _count(report, outcome, item)
    except sqlite3.Error:
        # The commit itself failed (a full disk is found there: the writer's cache holds
        # every page until then), so none of the batch was kept: uncounted.
        _untally(report, before)
        raise
    return [(outcome, item if isinstance(item, Skipped) else item.article)
            for outcome, item in done]


def _tally(report: IngestReport) -> tuple[int, int, int, int, int]:
    return report.added, report.replaced, report.unchanged, report.quotes, len(report.skipped)


def _untally(report: IngestReport, tally: tuple[int, int, int, int, int]) -> None:
    report.added, report.replaced, report.unchanged, report.quotes, skipped = tally
    del report.skipped[skipped:]


def _count(report: IngestReport, outcome: str, item: Extraction | Skipped) -> None:
    if isinstance(item, Skipped):
        report.skipped.append(item)
        return
    setattr(report, outcome, getattr(report, outcome) + 1)
    report.quotes += len(item.quotes) if outcome != "unchanged" else 0
