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
