"""Reading web archives: each HTML page is an article; every other record is a named skip.

The archives are built in each test with warcio's writer, from pages written for the tests
(tests/data/pages and tests/warcs.py), so that origins read as a user sees them:
`crawl.warc.gz:record 3: not an HTML page but application/pdf`.
"""
import datetime as dt
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from saidwhen.reading import read_articles
from saidwhen.records import Article, Skipped
from warcs import Response, news_responses, record_id, write_warc


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def read(*inputs: str) -> list:
    return list(read_articles(inputs))


def articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def messages(results: list) -> list[str]:
    return [str(r) for r in results if isinstance(r, Skipped)]


@pytest.mark.parametrize("name, compressed", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_each_html_response_is_an_article_with_its_page_metadata(name, compressed):
    write_warc(Path(name), news_responses(), gzip=compressed)
    results = read(name)
    ferry, orchard, lighthouse = articles(results)
    assert ferry == Article(
        id=record_id(Path(name), 2), text=ferry.text, date=dt.date(2023, 2, 14),
        title="Ferry service to resume after winter storms",
        url="https://riverside-news.example/local/ferry-service-resume",
        source="Riverside News", origin=f"{name}:record 2")
    assert '"People are tired, but they are relieved today."' in ferry.text
    assert "Subscribe for 1 dollar a week" not in ferry.text
    assert "the café by the church" in orchard.text  # decoded as the HTTP header says
    assert (orchard.date, orchard.url) == (dt.date(2022, 10, 3),
                                           "https://valley-notes.example/2022/10/orchard")
    assert lighthouse.origin == f"{name}:record 4"


def test_a_page_that_gives_no_date_is_dated_by_the_archive():
    write_warc(Path("crawl.warc.gz"), news_responses())
    lighthouse = articles(read("crawl.warc.gz"))[2]
    assert "my knees will not miss the stairs" in lighthouse.text
    assert lighthouse.date == dt.date(2024, 5, 11)  # WARC-Date 2024-05-11T06:12:00Z


def test_ids_come_from_the_records_and_are_the_same_on_every_read():
    write_warc(Path("crawl.warc.gz"), news_responses())
    first, second = ([a.id for a in articles(read("crawl.warc.gz"))] for _ in range(2))
    assert first == second
    assert len(set(first)) == 3


def test_records_that_are_not_pages_are_skipped_with_what_they_are():
    write_warc(Path("crawl.warc.gz"), [
        Response("https://a.example/report.pdf", b"%PDF-1.7 not a page", "application/pdf"),
        Response("https://a.example/old", b"<html><body>Moved</body></html>", status="301 Moved"),
        Response("https://a.example/gone", b"<html><body>Not found</body></html>",
                 status="404 Not Found"),
        news_responses()[0]], requests=True)
    results = read("crawl.warc.gz")
    assert messages(results) == [
        "crawl.warc.gz:record 1: a warcinfo record, not a page",
        "crawl.warc.gz:record 2: a request record, not a page",
        "crawl.warc.gz:record 3: not an HTML page but application/pdf",
        "crawl.warc.gz:record 4: a request record, not a page",
        "crawl.warc.gz:record 5: HTTP status 301, not a page",
        "crawl.warc.gz:record 6: a request record, not a page",
        "crawl.warc.gz:record 7: HTTP status 404, not a page",
        "crawl.warc.gz:record 8: a request record, not a page"]
    assert [a.origin for a in articles(results)] == ["crawl.warc.gz:record 9"]
    # the archive's own records are no pages by nature: no skip, only bookkeeping
    assert [r.origin.split()[-1] for r in results if isinstance(r, Skipped) and r.bookkeeping] == [
        "1", "2", "4", "6", "8"]


def test_a_page_sent_compressed_and_chunked_is_read_as_the_browser_would():
    body = gzip.compress(news_responses()[0].body)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    write_warc(Path("crawl.warc.gz"), [Response(
        "https://riverside-news.example/ferry", chunked,
        headers=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])])
    [article] = articles(read("crawl.warc.gz"))
    assert "harbour board announced on Tuesday" in article.text


def test_a_page_without_a_content_type_is_read_when_it_starts_as_html():
    write_warc(Path("crawl.warc.gz"), [
        Response("https://a.example/1", news_responses()[0].body, content_type=""),
        Response("https://a.example/2", b"\x89PNG\r\n\x1a\n binary", content_type="")])
    results = read("crawl.warc.gz")
    assert [a.origin for a in articles(results)] == ["crawl.warc.gz:record 2"]
    assert messages(results)[1:] == ["crawl.warc.gz:record 3: not an HTML page: no content "
                                     "type, and it does not start as HTML"]


@pytest.mark.parametrize("name, compressed, kept", [
    ("crawl.warc", False, 600),  # cut inside the page
    ("crawl.warc.gz", True, 400),  # cut inside the compressed page
    ("crawl.warc.gz", True, 20)])  # cut inside the record's compressed headers
def test_a_truncated_last_record_is_skipped_and_the_pages_before_it_kept(name, compressed, kept):
    starts = write_warc(Path(name), news_responses(), gzip=compressed)
    Path(name).write_bytes(Path(name).read_bytes()[:starts[2] + kept])
    results = read(name)
    assert [a.origin for a in articles(results)] == [f"{name}:record 2", f"{name}:record 3"]
    [skip] = messages(results)[1:]
    assert skip.startswith(f"{name}:record 4: truncated record at byte {starts[2]}: the file ends")


def test_a_corrupt_record_is_skipped_and_named_and_the_pages_before_it_kept():
    starts = write_warc(Path("crawl.warc"), news_responses(), gzip=False)
    data = bytearray(Path("crawl.warc").read_bytes())
    data[starts[1]:starts[1] + 8] = b"GARBAGE!"  # the header line of the second page
    Path("crawl.warc").write_bytes(bytes(data))
    results = read("crawl.warc")
    assert [a.origin for a in articles(results)] == ["crawl.warc:record 2"]
    [skip] = messages(results)[1:]
    assert skip.startswith(f"crawl.warc:record 3: corrupt record at byte {starts[1]}: ")
    assert skip.endswith("the rest of the file cannot be read")


def test_a_response_without_its_address_is_a_named_skip_and_the_pages_before_it_kept():
    # warcio itself fails on such a record, reading the missing address as text
    starts = write_warc(Path("crawl.warc"), news_responses(), gzip=False)
    data = Path("crawl.warc").read_bytes()
    head_end = data.index(b"\r\n\r\n", starts[1])
    header = data[starts[1]:head_end]
    uri_line = header[header.index(b"WARC-Target-URI"):]
    uri_line = uri_line[:uri_line.index(b"\r\n") + 2]
    Path("crawl.warc").write_bytes(data[:starts[1]] + header.replace(uri_line, b"")
                                   + data[head_end:])
    results = read("crawl.warc")
    assert [a.origin for a in articles(results)] == ["crawl.warc:record 2"]
    [skip] = messages(results)[1:]
    assert skip == (f"crawl.warc:record 3: corrupt record at byte {starts[1]}: a record with "
                    "HTTP headers but no WARC-Target-URI; the rest of the file cannot be read")


def test_a_page_is_decoded_in_the_charset_it_was_served_with():
    body = ("<html><body><article><h1>Orchard open</h1><p>\u201cThe apples are early this "
            "year,\u201d said Agn\u00e8s Roy, who runs the orchard caf\u00e9 by the river "
            "with her brother.</p></article></body></html>")
    write_warc(Path("crawl.warc.gz"), [Response("https://orchard.example/open",
                                                body.encode("cp1252"),
                                                content_type="text/html; charset=cp1252")])
    [article] = articles(read("crawl.warc.gz"))
    assert "\u201cThe apples are early this year,\u201d said Agn\u00e8s Roy" in article.text


@pytest.mark.parametrize("compressed", [True, False])
def test_an_archive_on_standard_input_or_under_another_name_is_read_as_one(compressed):
    write_warc(Path("crawl.warc.gz"), news_responses(), gzip=compressed)
    data = Path("crawl.warc.gz").read_bytes()
    from_stdin = list(read_articles(["-"], stdin=io.BytesIO(data)))
    assert [a.url for a in articles(from_stdin)] == [r.uri for r in news_responses()]
    assert [a.origin for a in articles(from_stdin)] == [
        "<stdin>:record 2", "<stdin>:record 3", "<stdin>:record 4"]
    Path("crawl.dat").write_bytes(data)
    assert [a.url for a in articles(read("crawl.dat"))] == [r.uri for r in news_responses()]


def test_a_file_that_is_not_an_archive_is_one_skip():
    Path("notes.warc.gz").write_bytes(b"just some notes, not an archive\n")
    [skip] = read("notes.warc.gz")
    assert isinstance(skip, Skipped) and skip.origin == "notes.warc.gz:record 1"
    assert skip.reason.startswith("corrupt record at byte 0")


def test_a_page_over_the_size_cap_is_skipped(monkeypatch):
    from saidwhen.reading import streams

    monkeypatch.setattr(streams, "MAX_ARTICLE_BYTES", 1000)
    write_warc(Path("crawl.warc.gz"), news_responses()[:1])
    assert messages(read("crawl.warc.gz"))[1:] == [
        "crawl.warc.gz:record 2: " + streams.too_large()]


def test_extract_reads_a_web_archive_and_names_what_it_skipped():
    write_warc(Path("crawl.warc.gz"), [news_responses()[0], Response(
        "https://a.example/logo.png", b"\x89PNG", "image/png")])
    done = subprocess.run([sys.executable, "-m", "saidwhen.cli", "extract", "crawl.warc.gz",
                           "--format", "jsonl"], capture_output=True, timeout=300)
    [record] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    speakers = {q["speaker"]["name"] for q in record["quotes"] if q["speaker"]}
    assert {"Ingrid Solberg", "Petra Lund"} <= speakers
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[:1] == [
        "crawl.warc.gz:record 3: not an HTML page but image/png"]


def test_a_normal_archive_is_ingested_with_status_0_and_then_served(tmp_path):
    write_warc(Path("crawl.warc.gz"), news_responses()[:1], requests=True)
    db = tmp_path / "crawl.db"
    done = subprocess.run([sys.executable, "-m", "saidwhen.cli", "ingest", "crawl.warc.gz",
                           "--db", str(db), "--jobs", "1"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "0 inputs skipped" in done.stderr and "record 1" not in done.stderr
    assert "2 web archive records that are no pages" in done.stderr
    from saidwhen.store import connect, counts

    assert counts(connect(db, readonly=True)) == {**counts(connect(db, readonly=True)),
                                                  "articles": 1, "skipped": 0}


def test_verbose_lists_the_archives_own_records_without_counting_them():
    write_warc(Path("crawl.warc.gz"), news_responses()[:1], requests=True)
    done = subprocess.run([sys.executable, "-m", "saidwhen.cli", "extract", "crawl.warc.gz",
                           "--format", "jsonl", "--verbose"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0
    assert done.stderr.splitlines()[:2] == ["crawl.warc.gz:record 1: a warcinfo record, not a page",
                                            "crawl.warc.gz:record 2: a request record, not a page"]
