"""The Spark job, run in local mode: the same quotes as `saidwhen extract`, the tables it
writes, web archives, quotations merged across articles, and the output read back.

Spark takes long to start, so one session (local[2]) serves every test, and each job runs
once per module in a fixture: BBC articles with the seed, a web archive, and articles written
here in which the same words come back.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, shared_or_skip
from saidwhen.pipeline import extract_articles
from saidwhen.reading import read_articles
from saidwhen.records import Article, Extraction, Skipped
from warcs import Response, news_responses, write_warc

BBC_ARTICLES = 200


def _spark_or_skip():
    """PySpark and Java, or a skip; under CI their absence is a failure."""
    missing = None
    try:
        import pyspark  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        missing = "PySpark and pyarrow are not installed: pip install '.[spark]'"
    if missing is None and shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        missing = "Spark needs Java 17 or later, and there is no java here"
    if missing and os.environ.get("CI"):
        pytest.fail(missing)
    if missing:
        pytest.skip(missing)


@pytest.fixture(scope="module")
def spark():
    _spark_or_skip()
    from saidwhen.spark.job import session

    spark = session("local[2]")
    spark.conf.set("spark.sql.shuffle.partitions", "4")  # tables of a few hundred rows
    yield spark
    spark.stop()


def run(spark, inputs, output, **options):
    from saidwhen.spark.job import run as run_job

    return run_job(spark, [str(i) for i in inputs], str(output), **options)


def table(folder: Path) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(folder, format="parquet", partitioning="hive").to_table().to_pylist()


def extracted_here(path: Path) -> dict[str, Extraction]:
    """What `saidwhen extract` gives for the articles of `path`, by article id."""
    articles = (a for a in read_articles([str(path)]) if isinstance(a, Article))
    return {r.article.id: r for r in extract_articles(articles) if isinstance(r, Extraction)}


# --- BBC articles and the seed --------------------------------------------------------------

@pytest.fixture(scope="module")
def bbc(spark, tmp_path_factory):
    """The first BBC articles, the seed, a broken line, and an input that does not exist."""
    shared = shared_or_skip("data/corpus/bbc-2004-2005.jsonl", "data/seed/input.jsonl")
    folder = tmp_path_factory.mktemp("bbc")
    with open(shared / "data/corpus/bbc-2004-2005.jsonl", encoding="utf-8") as corpus:
        lines = [next(corpus) for _ in range(BBC_ARTICLES)]
    lines += [(shared / "data/seed/input.jsonl").read_text(encoding="utf-8"), '{"id": "cut\n']
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    summary = run(spark, [corpus, folder / "missing.jsonl"], folder / "out")
    return folder / "out", summary, extracted_here(corpus)


def test_every_article_has_the_quotes_extract_finds_in_it(bbc):
    out, _, here = bbc
    per_article = Counter(row["article_id"] for row in table(out / "quotes"))
    assert len(here) == BBC_ARTICLES + 1
    assert {id_: per_article[id_] for id_ in here} == {id_: len(r.quotes) for id_, r in here.items()}
    assert sum(per_article.values()) > 3 * BBC_ARTICLES  # the comparison is not of empty sets


def test_the_output_reads_back_as_the_records_extract_gives(bbc):
    from saidwhen.spark.output import read_output

    out, _, here = bbc
    found = [r for r in read_output(out) if isinstance(r, Extraction)]
    assert len(found) == len(here)
    for result in found:
        expected = here[result.article.id]
        assert result.quotes == expected.quotes
        assert result.times == expected.times
        assert result.article == dataclasses.replace(expected.article, origin=result.article.origin)


def test_the_seeds_quotes_keep_their_speaker_said_on_and_channel(bbc):
    out, _, here = bbc
    rows = sorted((r for r in table(out / "quotes") if r["article_id"] == "seed"),
                  key=lambda r: r["position"])
    expected = here["seed"].quotes
    assert [(r["text"], r["speaker"]["name"], r["speaker"]["kind"], r["speaker"]["gender"], r["channel"],
             r["said_on"]) for r in rows] == [
        (q.text, q.speaker.name, q.speaker.kind, q.speaker.gender, q.channel,
         q.said_on.to_json() if q.said_on else None) for q in expected]
    assert {(r["speaker"]["kind"], r["speaker"]["gender"]) for r in rows} == {("person", "female")}
    assert {r["channel"] for r in rows} >= {"Instagram", "Medium"}
    assert {r["said_on"]["value"][:7] for r in rows if r["said_on"]} >= {"2020-09", "2020-10"}
    assert {(r["article_date"].isoformat(), r["month"]) for r in rows} == {("2021-02-05", "2021-02")}


def test_tables_are_partitioned_by_article_month(bbc):
    out, _, _ = bbc
    for name in ("articles", "quotes"):
        assert sorted(p.name for p in (out / name).glob("month=*")) == [
            "month=2021-02", "month=undated"]  # the BBC articles carry no date
    assert not list((out / "skipped").glob("month=*"))


def test_what_could_not_be_read_is_in_skipped_with_its_origin(bbc):
    out, summary, _ = bbc
    reasons = {r["origin"]: r["reason"] for r in table(out / "skipped")}
    broken = f"file:{out.parent}/corpus.jsonl:byte {_offset_of_last_line(out.parent / 'corpus.jsonl')}"
    assert reasons.pop(broken).startswith("not JSON: Unterminated string")
    assert reasons == {str(out.parent / "missing.jsonl"): "no such file or directory"}
    assert (summary.articles, summary.skipped) == (BBC_ARTICLES + 1, 2)


def test_the_output_reads_back_what_was_skipped(bbc):
    from saidwhen.spark.output import read_output

    out, _, _ = bbc
    rows = {(r["origin"], r["reason"]) for r in table(out / "skipped")}
    assert {(s.origin, s.reason) for s in read_output(out) if isinstance(s, Skipped)} == rows


def test_ingest_loads_the_output_into_the_store_as_extract_would_have(bbc, tmp_path):
    from saidwhen.ingest import ingest
    from saidwhen.store import connect, counts

    out, _, here = bbc
    from_job, from_text = tmp_path / "job.db", tmp_path / "text.db"
    report = ingest(connect(from_job), [str(out)])
    ingest(connect(from_text), [str(out.parent / "corpus.jsonl")])
    assert (report.read, report.added, len(report.skipped)) == (len(here), len(here), 2)
    assert counts(connect(from_job)) == counts(connect(from_text)) | {"skipped": 2}
    again = ingest(connect(from_job), [str(out)])
    assert (again.added, again.unchanged) == (0, len(here))


def _offset_of_last_line(path: Path) -> int:
    data = path.read_bytes()
    return data.rstrip(b"\n").rfind(b"\n") + 1


# --- web archives -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def crawl(spark, tmp_path_factory):
    """A crawl of three news pages and a PDF, its last page cut short, run through the CLI."""
    from saidwhen.cli import main

    folder = tmp_path_factory.mktemp("crawl")
    pages = news_responses()
    responses = [pages[0], Response("https://a.example/report.pdf", b"%PDF-1.7", "application/pdf"),
                 pages[1], pages[2], pages[0]]
    starts = write_warc(folder / "crawl.warc.gz", responses, requests=True)
    data = (folder / "crawl.warc.gz").read_bytes()
    (folder / "crawl.warc.gz").write_bytes(data[:starts[-1] + 300])
    done = CliRunner().invoke(main, ["spark", "--output", str(folder / "out"), "--partitions", "3",
                                     str(folder / "crawl.warc.gz")])
    return folder, done


def test_the_pages_of_a_web_archive_come_out_with_their_quotes(crawl):
    folder, done = crawl
    articles = table(folder / "out" / "articles")
    assert sorted(a["title"] for a in articles) == [
        "Ferry service to resume after winter storms",
        "Lighthouse keeper retires after thirty years", "The orchard that came back"]
    speakers = {q["speaker"]["name"] for q in table(folder / "out" / "quotes") if q["speaker"]}
    assert {"Ingrid Solberg", "Petra Lund", "Oskar Brandt"} <= speakers
    assert done.exit_code == 1, done.output  # records were skipped


def test_every_other_page_record_of_the_archive_is_in_skipped_with_its_reason(crawl):
    folder, _ = crawl
    name = f"file:{folder}/crawl.warc.gz"
    reasons = {r["origin"]: r["reason"] for r in table(folder / "out" / "skipped")}
    assert reasons[f"{name}:record 5"] == "not an HTML page but application/pdf"
    assert reasons[f"{name}:record 11"].startswith("truncated record at byte ")
    # the archive's warcinfo and its five requests are no pages by nature: no skips
    assert len(reasons) == 2


def test_a_rerun_over_the_same_inputs_leaves_the_same_rows(spark, crawl):
    folder, _ = crawl
    out = folder / "out"
    before = {name: _rows(out / name) for name in ("articles", "quotes", "quotes_merged", "skipped")}
    run(spark, [folder / "crawl.warc.gz"], out)
    after = {name: _rows(out / name) for name in before}
    assert after == before
    assert len(before["articles"]) == 3


def _rows(folder: Path) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in table(folder))


# --- quotations across articles -----------------------------------------------------------
# Written for this test: one mayor's promise reported three times (once as an excerpt, under
# name variants), the same words from another person, and a spokesperson quoted twice.
MERGING = [
    {"id": "m1", "date": "2024-03-08", "text": (
        "Bridge to open in May\n\n“The bridge will open in May, and not a day later than "
        "that,” said Mayor Ann Moreau.\n\n“We cannot comment on the tender while it is still "
        "open,” a spokesperson for the builders said.")},
    {"id": "m2", "date": "2024-03-12", "text": (
        "Mayor repeats bridge promise\n\nCouncillors asked again about the harbour bridge on "
        "Monday.\n\n“The bridge will open in May, and not a day later than that,” Dr. Ann "
        "Moreau told them.\n\n“We cannot comment on the tender while it is still open,” a "
        "spokesperson for the builders said.")},
    {"id": "m3", "date": "2024-03-20", "text": (
        "Bridge work goes on at night\n\nCrews worked through the night on the harbour bridge "
        "this week.\n\n“Open in May, and not a day later than that,” Ann Moreau said.\n\nThe "
        "opposition leader, Karl Brenner, was not convinced. “The bridge will open in May, and "
        "not a day later than that,” Brenner said, mocking the mayor.")},
]


@pytest.fixture(scope="module")
def merging(spark, tmp_path_factory):
    folder = tmp_path_factory.mktemp("merging")
    path = folder / "bridge.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in MERGING), encoding="utf-8")
    run(spark, [path], folder / "out")
    return {(r["person_key"], r["words"]): r for r in table(folder / "out" / "quotes_merged")}


PROMISE = "the bridge will open in may and not a day later than that"


def test_one_speakers_quotation_is_kept_once_with_every_occurrence(merging):
    promise = merging[("ann moreau", PROMISE)]
    assert [o["article_id"] for o in promise["occurrences"]] == ["m1", "m2", "m3"]
    assert promise["occurrence_count"] == 3
    assert promise["text"] == "“The bridge will open in May, and not a day later than that,”"
    assert [o["text"] for o in promise["occurrences"]][2] == \
        "“Open in May, and not a day later than that,”"  # the excerpt, as it was written
    assert promise["speaker"] == "Ann Moreau"
    assert ("ann moreau", "open in may and not a day later than that") not in merging


def test_a_quotation_is_dated_by_its_earliest_said_on_else_article_date(merging):
    promise = merging[("ann moreau", PROMISE)]
    said_on = [o["said_on"]["value"] for o in promise["occurrences"] if o["said_on"]]
    if said_on:
        assert (promise["earliest"], promise["earliest_from"]) == (min(said_on), "said_on")
    else:
        assert (promise["earliest"], promise["earliest_from"]) == ("2024-03-08", "article date")
    assert promise["month"] == promise["earliest"][:7]


def test_the_same_words_from_another_speaker_are_another_quotation(merging):
    brenner = merging[("karl brenner", PROMISE)]
    assert [o["article_id"] for o in brenner["occurrences"]] == ["m3"]


def test_quotes_with_no_speaker_name_merge_only_word_for_word(merging):
    words = "we cannot comment on the tender while it is still open"
    unnamed = merging[(None, words)]
    assert [o["article_id"] for o in unnamed["occurrences"]] == ["m1", "m2"]
    assert [o["mention"]["text"] for o in unnamed["occurrences"]] == [
        "a spokesperson for the builders"] * 2
    assert unnamed["speaker_names"] == []


# --- without Spark --------------------------------------------------------------------------

def test_rows_give_back_the_records_they_were_made_from_nulls_included():
    import datetime as dt

    from saidwhen.records import Quote, SaidOn, Span, Speaker, Timex
    from saidwhen.spark.rows import extraction_from_rows, result_row

    text = "“Yes,” she said, “today.” “No.” The city agreed that it would pay, an aide said Monday."
    quotes = (  # a quote in two spans; a follow-on; no speaker; a speaker with no name;
    # an organisation (kind and gender travel with the speaker)
        Quote("direct", (Span(0, 6, "“Yes,”"), Span(17, 25, "“today.”")), Span(11, 15, "said"),
              Speaker("Ann Moreau", Span(7, 10, "she"), "person", "female"), channel="interview", outlet="CNN",
              said_on=SaidOn("2024-03-04", "Monday")),
        Quote("direct", (Span(26, 31, "“No.”"),), None, Speaker("Ann Moreau", None, "person", "female")),
        Quote("indirect", (Span(48, 66, "that it would pay,"),), None, None),
        Quote("indirect", (Span(48, 66, "that it would pay,"),), None, Speaker(None, None, "person", "unknown")),
        Quote("indirect", (Span(48, 66, "that it would pay,"),), None, Speaker("City", None, "organisation")))
    times = (Timex(80, 86, "Monday", "DATE", "2024-03-04"),)
    extraction = Extraction(Article("a1", text, dt.date(2024, 3, 6), "Title", None, "Daily", "f:1"),
                            quotes, times)
    article, skipped = result_row(extraction)
    assert skipped is None
    assert extraction_from_rows(article, article["quotes"]) == extraction
    assert result_row(Skipped("f:2", "not JSON")) == (None, {"origin": "f:2", "reason": "not JSON"})


def _write_output(folder: Path, extractions: list[Extraction], key: str) -> Path:
    """An output folder as the job writes it, with pyarrow: articles/ and quotes/ by month,
    skipped/; each quote's person key in the column `key`."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from saidwhen.spark.rows import article_row, month_of, quote_row

    for extraction in extractions:
        article, month = extraction.article, month_of(extraction.article.date)
        quotes = [{"article_id": article.id, "article_date": article.date,
                   "origin": article.origin, "url": article.url, "source": article.source,
                   "position": position, **quote_row(quote)}
                  for position, quote in enumerate(extraction.quotes)]
        for quote in quotes:
            quote[key] = quote.pop("person_key")
        for table, rows in (("articles", [article_row(article) | {"times": []}]),
                            ("quotes", quotes)):
            (folder / table / f"month={month}").mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(rows),
                           folder / table / f"month={month}" / f"{article.id}.parquet")
    (folder / "skipped").mkdir()
    pq.write_table(pa.Table.from_pylist([{"origin": "x.jsonl:byte 0", "reason": "not JSON"}]),
                   folder / "skipped" / "part-0.parquet")
    return folder


def test_an_output_written_with_the_old_key_name_loads_as_one_with_person_key(tmp_path):
    import datetime as dt

    from saidwhen.ingest import ingest
    from saidwhen.records import Quote, Span, Speaker
    from saidwhen.store import connect, counts, people, search

    def quoted(words: str, name: str) -> Quote:
        return Quote("direct", (Span(0, len(words), words),), None,
                     Speaker(name, Span(len(words) + 1, len(words) + 4, name[:3])))

    extractions = [
        Extraction(Article("a1", "“We will open the bridge in spring and not before,” Ann said.",
                           dt.date(2024, 1, 5), origin="a.jsonl:1"),
                   (quoted("“We will open the bridge in spring and not before,”", "Ann Moreau"),)),
        Extraction(Article("a2", "“We will open the bridge in spring,” Ms Moreau said.",
                           dt.date(2024, 2, 5), origin="a.jsonl:2"),
                   (quoted("“We will open the bridge in spring,”", "Ann Moreau"),)),
        Extraction(Article("a3", "No one was quoted.", None, origin="a.jsonl:3"), ()),
    ]
    new = _write_output(tmp_path / "new", extractions, "person_key")
    old = _write_output(tmp_path / "old", extractions, "speaker_key")
    import pyarrow.dataset as ds

    assert "speaker_key" in ds.dataset(old / "quotes", partitioning="hive").schema.names
    assert "person_key" not in ds.dataset(old / "quotes", partitioning="hive").schema.names
    stores = {}
    for folder in (new, old):
        conn = connect(tmp_path / f"{folder.name}.db")
        report = ingest(conn, [str(folder)])
        assert (report.added, len(report.skipped)) == (3, 1)
        stores[folder.name] = (counts(conn), people(conn).to_json(), search(conn, "").to_json())
    assert stores["old"] == stores["new"]
    _, found, quotations = stores["old"]
    assert [(p["name"], p["quotes"], p["articles"]) for p in found["results"]] == [
        ("Ann Moreau", 1, 2)]  # one person, one quotation (the excerpt taken in) in two articles
    assert quotations["total"] == 1


def test_the_extraction_stage_gives_a_row_for_each_article_and_each_skip():
    _spark_or_skip()
    from saidwhen.spark.job import extract_partition

    items = [Skipped("a.jsonl:byte 0", "not JSON"),
             Article(id="x", text="“We will win,” the mayor said on Tuesday.", origin="a.jsonl:byte 9"),
             Skipped("a.jsonl:byte 60", "empty 'text'")]
    rows = list(extract_partition(iter(items)))
    assert sorted(s["origin"] for _, s in rows if s) == ["a.jsonl:byte 0", "a.jsonl:byte 60"]
    [article] = [a for a, _ in rows if a]
    assert (article["id"], [q["text"] for q in article["quotes"]]) == ("x", ["“We will win,”"])


def test_an_article_whose_parse_fails_is_a_skipped_row_not_a_failed_task(monkeypatch):
    _spark_or_skip()
    from saidwhen import pipeline
    from saidwhen.parsing import language
    from saidwhen.spark.job import extract_partition

    def parse_failing_on_tom(pairs):
        for doc, context in language.parse_many(pairs):
            if "Tom Hale" in doc.text:
                raise ValueError("the parser could not read this article")
            yield doc, context

    failing = pipeline.Stages(parse=parse_failing_on_tom)
    real = pipeline.extract_articles
    monkeypatch.setattr(pipeline, "extract_articles",
                        lambda articles: real(articles, stages=failing))
    items = [Article(id="x", text="“We will win,” the mayor said on Tuesday.", origin="a:1"),
             Article(id="y", text="“Not this one,” Tom Hale said.", origin="a:2")]
    rows = list(extract_partition(iter(items)))
    assert [a["id"] for a, _ in rows if a] == ["x"]
    assert [(s["origin"], s["reason"]) for _, s in rows if s] == [
        ("a:2", "extraction failed: ValueError: the parser could not read this article")]


def test_a_folder_that_is_not_an_output_is_a_clear_error(tmp_path):
    _spark_or_skip()
    from saidwhen.errors import OutputError
    from saidwhen.spark.output import read_output

    with pytest.raises(OutputError, match="is not an output of `saidwhen spark`"):
        list(read_output(tmp_path))


def test_spark_submit_runs_the_job_as_an_application(tmp_path):
    shared = shared_or_skip("data/seed/input.jsonl")
    _spark_or_skip()
    submit = Path(sys.executable).with_name("spark-submit")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    done = subprocess.run(
        [str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false",
         str(ROOT / "saidwhen" / "spark_submit.py"), "--output", str(tmp_path / "out"),
         str(shared / "data/seed/input.jsonl")],
        capture_output=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    quotes = table(tmp_path / "out" / "quotes")
    said = (done.stdout + done.stderr).decode()  # spark-submit sends Python's stderr to stdout
    assert f"saidwhen: 1 articles, {len(quotes)} quotes" in said
    assert len(quotes) > 10 and {q["article_id"] for q in quotes} == {"seed"}
