"""Extraction on every core: worker processes that each load the pipeline once.

Articles go out in chunks and come back in input order, so that output and database writes
are the same whatever the number of workers; one worker or many, each chunk is extracted
the same way, so the results are equal, not merely alike. At most a few chunks per worker
are in flight: a stream of a million articles never sits in memory. A worker that dies
(killed, out of memory) costs nothing: the articles it held are tried again one by one in a
fresh worker, and only one that kills its worker again comes back as a Skipped. A worker
never outlives the process that started it, however that process ends (`kill -9`, out of
memory): it would otherwise hold its memory for ever, with no one to give it work.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from saidwhen.errors import SaidwhenError
from saidwhen.records import Article, Extraction, Skipped

CHUNK = 16             # articles per task: enough for the parser's batches and the trip
CHUNK_CHARS = 1_000_000  # or fewer, once they hold this much text: long articles travel alone
IN_FLIGHT_PER_JOB = 3  # tasks queued per worker: keeps each busy, bounds memory

Item = Article | Skipped
Result = Extraction | Skipped


class WorkerError(SaidwhenError):
    """Worker processes for extraction could not be started."""


def default_jobs() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_in_order(items: Iterable[Item], jobs: int) -> Iterator[Result]:
    """An Extraction for each Article, and each Skipped as it came, in the order of `items`."""
    chunks = _chunks(items)
    if jobs <= 1:
        for chunk in chunks:
            yield from extract_chunk(chunk)
        return
    with _Workers(jobs) as workers:
        yield from workers.run(chunks)


def extract_chunk(chunk: list[Item]) -> list[Result]:
    """One chunk extracted, its Skipped items kept in their places.

    The pipeline reports an article whose extraction fails as a Skipped, but the parse runs
    on the chunk's articles together: should it fail, the chunk is extracted again an
    article at a time, so that only the article to blame is skipped, with the error."""
    try:
        return _extracted(chunk)
    except Exception:
        if sum(isinstance(item, Article) for item in chunk) <= 1:
            return [_alone(item) for item in chunk]
        return [result for item in chunk for result in extract_chunk([item])]


def _extracted(chunk: list[Item]) -> list[Result]:
    from saidwhen.pipeline import extract_articles

    extracted = iter(extract_articles([i for i in chunk if isinstance(i, Article)]))
    return [item if isinstance(item, Skipped) else next(extracted) for item in chunk]


def _alone(item: Item) -> Result:
    """An article extracted on its own; any error is its own, and it is skipped naming it."""
    if isinstance(item, Skipped):
        return item
    try:
        [result] = _extracted([item])
    except Exception as error:
        return Skipped(item.origin or item.id, f"extraction failed: {type(error).__name__}: "
                                               f"{error}")
    return result


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Items in chunks of CHUNK, or of CHUNK_CHARS characters of text, so that the chunks in
    flight hold a bounded amount of text whatever the articles' lengths."""
    chunk, chars = [], 0
    for item in items:
        chunk.append(item)
        chars += len(item.text) if isinstance(item, Article) else 0
        if len(chunk) == CHUNK or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _start_worker(parent: int) -> None:
    """Tie the worker's life to its parent's, then load the pipeline (when the worker
    starts, not with its first chunk)."""
    die_with(parent)
    from saidwhen.parsing import language

    language.pipeline()


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_INTERVAL_S = 0.5


def die_with(parent: int) -> None:
    """End this process when `parent` ends: at once by the kernel's word on Linux, and
    anywhere by a thread that sees the process become another's child."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # no prctl in this C library: the thread below still watches
    threading.Thread(target=_watch, args=(parent,), name="saidwhen-parent-watch",
                     daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:  # checked first: the parent may be gone already
        time.sleep(WATCH_INTERVAL_S)
    os._exit(1)


class _Workers:
    """A pool of worker processes fed a bounded window of chunks, results kept in order."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = _pool(jobs)
        self.window: deque[tuple[list[Item], Future]] = deque()
        _check_started(self.pool)

    def __enter__(self) -> "_Workers":
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None:  # stopped mid-run (Ctrl+C, SIGTERM): the chunks in flight are not wanted
            _stop(self.pool)
        self.pool.shutdown(wait=True, cancel_futures=True)

    def run(self, chunks: Iterator[list[Item]]) -> Iterator[Result]:
        for chunk in chunks:
            future = self._submit(chunk)  # first: a restart in it makes a new window
            self.window.append((chunk, future))
            if len(self.window) >= self.jobs * IN_FLIGHT_PER_JOB:
                yield from self._next_result()
        while self.window:
            yield from self._next_result()

    def _next_result(self) -> list[Result]:
        chunk, future = self.window.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # every chunk in flight died with the pool; which article killed it is not known
            self._restart()
            return _quarantined(chunk)

    def _submit(self, chunk: list[Item]) -> Future:
        try:
            return self.pool.submit(extract_chunk, chunk)
        except BrokenProcessPool:  # a worker died since the last result was taken
            self._restart()
            return self.pool.submit(extract_chunk, chunk)

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = _pool(self.jobs)
        self.window = deque((chunk, self.pool.submit(extract_chunk, chunk))
                            for chunk, _ in self.window)


def _pool(jobs: int) -> ProcessPoolExecutor:
    # spawn: a worker starts from a clean interpreter, not a copy of a parent that may hold
    # threads (a progress bar's) or an open database
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                               initargs=(os.getpid(),))


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now, not after the chunks they hold (the pool has no public way)."""
    for process in list((pool._processes or {}).values()):
        process.terminate()


def _check_started(pool: ProcessPoolExecutor) -> None:
    """Workers that cannot even start would otherwise be restarted for ever."""
    try:
        pool.submit(int).result()
    except BrokenProcessPool as error:
        pool.shutdown(wait=False, cancel_futures=True)
        raise WorkerError(f"the worker processes could not start: {error}") from None


def _quarantined(chunk: list[Item]) -> list[Result]:
    """A chunk whose worker died, again, an article at a time in a worker of its own."""
    results, pool = [], _pool(1)
    try:
        for item in chunk:
            try:
                results.extend(pool.submit(extract_chunk, [item]).result())
            except BrokenProcessPool:
                results.append(Skipped(item.origin or item.id, "the extraction of this article "
                                       "stopped its worker process (out of memory?)"))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(1)
    except BaseException:
        _stop(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return results
