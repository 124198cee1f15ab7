"""Extraction in chunks: an article that makes the parse of its chunk fail is skipped naming
the error, and the other articles of the chunk are extracted as if it were not there."""
from __future__ import annotations

from saidwhen import pipeline, workers
from saidwhen.parsing import language
from saidwhen.records import Article, Extraction, Skipped

TEXTS = ["“The bridge opens in May,” Mayor Ana Ruiz said on Monday.",
         "“The parse of this one fails,” Tom Hale said.",
         "“Fares stay as they are,” the transport minister, Lea Brandt, told reporters."]


def _parse_failing_on_tom(items):
    for doc, context in language.parse_many(items):
        if "Tom Hale" in doc.text:
            raise ValueError("the parser could not read this article")
        yield doc, context


def test_a_parse_that_fails_skips_only_its_article_and_keeps_the_rest(monkeypatch):
    failing = pipeline.Stages(parse=_parse_failing_on_tom)
    real = pipeline.extract_articles
    monkeypatch.setattr(pipeline, "extract_articles",
                        lambda articles: real(articles, stages=failing))
    chunk = [Article(id=f"a{i}", text=text, origin=f"news.jsonl:{i}")
             for i, text in enumerate(TEXTS, start=1)]
    chunk.insert(1, Skipped("news.jsonl:9", "empty 'text'"))
    results = workers.extract_chunk(chunk)
    assert [type(r) for r in results] == [Extraction, Skipped, Skipped, Extraction]
    assert results[1] == chunk[1]
    assert str(results[2]) == ("news.jsonl:2: extraction failed: ValueError: the parser could "
                               "not read this article")
    assert [r.article.id for r in results if isinstance(r, Extraction)] == ["a1", "a3"]
    alone = workers.extract_chunk([chunk[0]])[0]
    assert results[0].quotes == alone.quotes


class _Pool:
    """A stand-in for the process pool that runs each task at once; `breaks_at`: the
    submission at which it finds a worker dead, as ProcessPoolExecutor says at submit."""

    def __init__(self, breaks_at: int | None = None) -> None:
        self.breaks_at, self.submitted = breaks_at, 0

    def submit(self, task, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.submitted += 1
        if self.breaks_at is not None and self.submitted >= self.breaks_at:
            raise BrokenProcessPool("a worker died")
        done = Future()
        done.set_result(task(*args))
        return done

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_pool_found_broken_when_a_chunk_is_sent_loses_no_chunk(monkeypatch):
    # the first pool breaks at its 8th submission (its first is the start-up check)
    pools = iter([_Pool(breaks_at=8), _Pool(), _Pool()])
    monkeypatch.setattr(workers, "_pool", lambda jobs: next(pools))
    monkeypatch.setattr(workers, "extract_chunk", lambda chunk: list(chunk))
    items = [Skipped(f"news.jsonl:{n}", "empty 'text'") for n in range(1, 201)]
    assert list(workers.extract_in_order(items, jobs=2)) == items
