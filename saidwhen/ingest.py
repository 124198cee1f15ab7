"""Ingestion: articles read, extracted on every core, and written to the store in input order.

This sits above the store: reading inputs, worker processes and the output of `saidwhen spark`
are here, so that saidwhen.store only stores what it is given.

An article already stored with the same text by the same saidwhen is passed over before it
is extracted, so a run after an interrupted one only does what is left, and a second run on
the same inputs adds nothing. Each article is committed on its own. A folder written by
`saidwhen spark` is loaded as the job extracted it, for browsing a slice of an archive.
"""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from itertools import groupby

from saidwhen.errors import OutputError, StoreError
from saidwhen.reading import read_articles
from saidwhen.records import Article, Extraction, Skipped
from saidwhen.store.connection import transaction, why
from saidwhen.store.writing import is_stored, record_skip, text_sha1, write_extraction
from saidwhen.workers import extract_in_order


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
            for result in results:
                if isinstance(result, Skipped) and result.bookkeeping:
                    report.not_pages += 1
                    notify("not a page", result)
                    continue
                if isinstance(result, Skipped):
                    _skip(conn, result, report, notify)
                    continue
                notify(_store(conn, result, extractor, report), result.article)
    except sqlite3.OperationalError as error:  # a full disk, a file made read-only meanwhile
        raise StoreError(_stopped_writing(conn, error, report)) from None
    # The write-ahead log folded into the file and emptied: a database copied or moved over
    # another after an ingest is whole without its -wal file, which a reader at the old path
    # would otherwise read as the new file's. A reader holding the log only makes this wait.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return report


def _stopped_writing(conn: sqlite3.Connection, error: sqlite3.Error, report: IngestReport) -> str:
    path = conn.execute("PRAGMA database_list").fetchone()[2] or "the database"
    stored = report.added + report.replaced + report.unchanged
    return (f"{path}: cannot write: {why(error, path)}. It keeps every article stored before: "
            f"{stored} from this run's input ({report.added} added, {report.replaced} replaced, "
            f"{report.unchanged} unchanged). Run the same command again to go on where it stopped.")


def _results(conn: sqlite3.Connection, inputs: Iterable[str], jobs: int, extractor: str,
             report: IngestReport, notify) -> Iterator[Extraction | Skipped]:
    """Extractions of the inputs, in order: read and extracted here, or, for the output of
    `saidwhen spark`, as the job extracted them."""
    for from_job, group in groupby(inputs, key=is_job_output):
        if from_job:
            for folder in group:
                yield from _job_output(folder, report)
        else:
            fresh = _fresh(conn, read_articles(list(group)), extractor, report, notify)
            yield from extract_in_order(fresh, jobs)


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
    first_of_id: dict[str, tuple[str, str]] = {}
    for item in items:
        if isinstance(item, Article):
            report.read += 1
            digest = text_sha1(item.text)
            origin, seen = first_of_id.setdefault(item.id, (item.origin, digest))
            if seen != digest:
                item = Skipped(item.origin or item.id, f"another article read in this run has "
                               f"the id {item.id!r} ({origin}); give the articles distinct ids")
            elif is_stored(conn, item, extractor):
                report.unchanged += 1
                notify("unchanged", item)
                continue
        yield item


def _store(conn: sqlite3.Connection, extraction: Extraction, extractor: str,
           report: IngestReport) -> str:
    # Counted inside the transaction, just before its commit: a run stopped by a signal
    # raised from the commit's return (Ctrl+C, SIGTERM) reports the article it kept.
    with transaction(conn):
        outcome = write_extraction(conn, extraction, extractor)
        setattr(report, outcome, getattr(report, outcome) + 1)
        report.quotes += len(extraction.quotes) if outcome != "unchanged" else 0
    return outcome


def _skip(conn: sqlite3.Connection, skipped: Skipped, report: IngestReport, notify) -> None:
    with transaction(conn):
        record_skip(conn, skipped)
        report.skipped.append(skipped)
    notify("skipped", skipped)
