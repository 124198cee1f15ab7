"""Reading articles, as a specification: each format, each bad input and the message it gets.

Every test writes its own small inputs in a temporary folder and runs there, so origins read
as a user would see them: `news.jsonl:2: not JSON: ...`.
"""
import bz2
import datetime as dt
import gzip
import io
import json
import lzma
import os
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saidwhen.reading import STDIN, count_articles, read_articles, streams
from saidwhen.reading.fields import MAX_ARTICLE_CHARS, NOT_REGULAR
from saidwhen.records import Article, Skipped

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(name: str, content: str | bytes) -> str:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return name


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def read(*inputs: str, stdin: bytes | None = None) -> list:
    return list(read_articles(inputs, stdin=None if stdin is None else io.BytesIO(stdin)))


def messages(results: list) -> list[str]:
    return [str(r) for r in results if isinstance(r, Skipped)]


def articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


# --- JSON Lines ---------------------------------------------------------------------------

def test_jsonl_record_gives_an_article_with_every_field():
    write("news.jsonl", jsonl({"id": "a1", "date": "2021-02-05", "title": "Headline",
                               "url": "https://example.org/a1", "source": "Example Daily",
                               "text": "She said it was fine."}))
    assert read("news.jsonl") == [Article(
        id="a1", text="She said it was fine.", date=dt.date(2021, 2, 5), title="Headline",
        url="https://example.org/a1", source="Example Daily", origin="news.jsonl:1")]


def test_jsonl_only_text_is_required():
    write("news.jsonl", jsonl({"text": "A quiet day."}))
    [article] = read("news.jsonl")
    assert (article.date, article.title, article.url, article.source) == (None, None, None, None)


def test_jsonl_missing_id_is_a_stable_hash_of_the_text():
    write("news.jsonl", jsonl({"text": "A quiet day."}, {"text": "Another day."}))
    first, second = read("news.jsonl")
    assert len(first.id) == 12 and int(first.id, 16) >= 0
    assert first.id != second.id
    assert [a.id for a in read("news.jsonl")] == [first.id, second.id]


def test_jsonl_numeric_id_becomes_a_string():
    write("news.jsonl", jsonl({"id": 42, "text": "x said y."}))
    assert read("news.jsonl")[0].id == "42"


def test_jsonl_id_of_another_type_is_skipped():
    write("news.jsonl", jsonl({"id": ["a"], "text": "x said y."}))
    assert messages(read("news.jsonl")) == [
        "news.jsonl:1: 'id' must be a string or a number, got an array"]


def test_jsonl_extra_keys_are_ignored():
    write("news.jsonl", jsonl({"text": "x said y.", "lang": "en"}))
    assert read("news.jsonl")[0].text == "x said y."


@pytest.mark.parametrize("name", ["news.ndjson", "news.json", "NEWS.JSONL"])
def test_jsonl_extensions(name):
    write(name, jsonl({"text": "x said y."}))
    assert read(name)[0].origin == f"{name}:1"


@pytest.mark.parametrize("line, reason", [
    ('{"text": "a\x00b"}', "not JSON: Invalid control character at column 12"),
    ('{"text": "ab', "not JSON: Unterminated string starting at column 10")])
def test_jsonl_error_names_the_column_once(line, reason):
    write("news.jsonl", line + "\n")
    assert messages(read("news.jsonl")) == [f"news.jsonl:1: {reason}"]


def test_jsonl_with_lines_ended_by_a_carriage_return_alone_says_so():
    write("news.jsonl", b'{"text": "a b"}\r{"text": "c d"}\r')
    assert messages(read("news.jsonl")) == [
        "news.jsonl:1: not JSON: Extra data at column 17; the file's lines end in a carriage "
        "return alone (CR, as old Mac files do), where JSON Lines end in a line feed (LF or "
        "CRLF)"]


def test_jsonl_blank_lines_are_ignored_but_counted():
    write("news.jsonl", "\n" + jsonl({"text": "one"}) + "  \n\n" + jsonl({"text": "two"}))
    assert [a.origin for a in read("news.jsonl")] == ["news.jsonl:2", "news.jsonl:5"]


def test_jsonl_datetime_gives_its_calendar_day():
    write("news.jsonl", jsonl({"text": "x", "date": "2021-02-05T23:30:00-05:00"},
                              {"text": "y", "date": "2021-02-05T10:00:00Z"}))
    assert [a.date for a in read("news.jsonl")] == [dt.date(2021, 2, 5)] * 2


def test_jsonl_null_date_is_no_date():
    write("news.jsonl", jsonl({"text": "x", "date": None}))
    assert read("news.jsonl")[0].date is None


@pytest.mark.parametrize("date, shown", [("2021-13-45", "'2021-13-45'"),
                                         ("5 Feb 2021", "'5 Feb 2021'"),
                                         ("20210205", "'20210205'"),
                                         (20210205, "20210205")])
def test_jsonl_invalid_date_skips_the_record(date, shown):
    write("news.jsonl", jsonl({"text": "x", "date": date}))
    assert messages(read("news.jsonl")) == [
        f"news.jsonl:1: invalid date {shown}: expected YYYY-MM-DD"]


def test_jsonl_line_that_is_not_json_is_skipped_and_the_rest_goes_on():
    write("news.jsonl", jsonl({"text": "one"}, '{"text": "two"', {"text": "three"}))
    results = read("news.jsonl")
    assert [a.text for a in articles(results)] == ["one", "three"]
    assert messages(results) == [
        "news.jsonl:2: not JSON: Expecting ',' delimiter at column 15"]


def test_skipped_origin_and_reason_are_separate():
    write("news.jsonl", "nonsense\n")
    [skipped] = read("news.jsonl")
    assert skipped.origin == "news.jsonl:1"
    assert skipped.reason.startswith("not JSON: Expecting value")


@pytest.mark.parametrize("line, reason", [
    ('["text"]', "expected a JSON object, got an array"),
    ('"just text"', "expected a JSON object, got a string"),
    ('{"title": "No body"}', "no 'text' field"),
    ('{"text": null}', "no 'text' field"),
    ('{"text": 7}', "'text' must be a string, got a number"),
    ('{"text": "  \\n "}', "empty 'text'"),
    ('{"text": "x", "title": 3}', "'title' must be a string, got a number"),
    ('{"text": "lone \\ud800 half"}', "'text' has an unpaired surrogate at character 5"),
])
def test_jsonl_record_that_is_not_an_article_is_skipped(line, reason):
    write("news.jsonl", line + "\n")
    assert messages(read("news.jsonl")) == [f"news.jsonl:1: {reason}"]


def test_jsonl_utf8_bom_is_tolerated():
    write("news.jsonl", b"\xef\xbb\xbf" + jsonl({"text": "x"}).encode())
    assert articles(read("news.jsonl"))[0].text == "x"


def test_jsonl_undecodable_line_is_skipped_alone():
    write("news.jsonl", b'{"text": "caf\xe9"}\n' + jsonl({"text": "fine"}).encode())
    results = read("news.jsonl")
    assert messages(results) == ["news.jsonl:1: not UTF-8: byte 0xe9 at column 14"]
    assert [a.text for a in articles(results)] == ["fine"]


def test_jsonl_text_is_kept_exactly_as_written():
    text = "“Unbalanced, she said.\r\nCafe\u0301 — ‘ok’ \u2028 end "
    write("news.jsonl", jsonl({"text": text}))
    assert read("news.jsonl")[0].text == text


def test_jsonl_pathological_json_is_skipped_not_raised():
    write("news.jsonl", "[" * 100_000 + "\n" + '{"text": 1' + "0" * 5000 + "}\n")
    assert [s.origin for s in read("news.jsonl")] == ["news.jsonl:1", "news.jsonl:2"]


def test_jsonl_line_over_the_size_cap_is_skipped(monkeypatch):
    monkeypatch.setattr(streams, "MAX_ARTICLE_BYTES", 100)
    write("news.jsonl", jsonl({"text": "x" * 200}, {"text": "short"}))
    results = read("news.jsonl")
    assert messages(results) == [
        "news.jsonl:1: line larger than 0 MB, the most an article may be"]
    assert [a.origin for a in articles(results)] == ["news.jsonl:2"]


def test_jsonl_line_over_the_size_cap_is_read_no_further_than_the_cap(monkeypatch):
    """The rest of a long line is passed over a piece at a time, never held whole."""
    monkeypatch.setattr(streams, "MAX_ARTICLE_BYTES", 1000)
    asked = []

    class Recording(io.BytesIO):
        def readline(self, size=-1):
            asked.append(size)
            return super().readline(size)

    stream = Recording(jsonl({"text": "first"}, {"text": "x" * 5_000_000}, {"text": "last"}).encode())
    results = list(read_articles(["-"], stdin=stream))
    assert [a.text for a in articles(results)] == ["first", "last"]
    assert messages(results) == [f"{STDIN}:2: line {streams.too_large()}"]
    assert 0 < max(asked) <= 1024 * 1024


@pytest.mark.parametrize("name, content", [
    ("news.jsonl", jsonl({"text": "“Too long,” she said. " * 10})),
    ("news.txt", "date 2024-03-08 " + "“Too long,” she said. " * 10),
    ("news.html", "<html><body><article><p>" + "“Too long,” she said. " * 10 + "</p></article></body></html>"),
])
def test_article_longer_than_the_most_extracted_is_skipped_saying_so(monkeypatch, name, content):
    monkeypatch.setattr("saidwhen.reading.fields.MAX_ARTICLE_CHARS", 100)
    write(name, content)
    (skipped,) = read(name)
    assert isinstance(skipped, Skipped) and skipped.origin.startswith(name)
    assert skipped.reason.endswith("characters, more than the 100 an article may have; "
                                   "split it into its articles")


def test_an_article_of_the_most_characters_is_read():
    text = "“Long,” she said. " * (MAX_ARTICLE_CHARS // 18 + 1)
    write("long.jsonl", jsonl({"text": text[:MAX_ARTICLE_CHARS]}))
    assert len(read("long.jsonl")[0].text) == MAX_ARTICLE_CHARS


@pytest.mark.parametrize("line, reason", [
    ('{"id": NaN, "text": "x"}', "not JSON: NaN is not a JSON value (JSON has no NaN or Infinity)"),
    ('{"id": Infinity, "text": "x"}', "not JSON: Infinity is not a JSON value"),
    ('{"id": -Infinity, "text": "x"}', "not JSON: -Infinity is not a JSON value"),
    ('{"id": 1e999, "text": "x"}', "'id' is a number too large to be kept exactly; write it as a string"),
    ('{"text": "x", "date": NaN}', "not JSON: NaN is not a JSON value"),
])
def test_jsonl_ids_that_are_not_finite_numbers_are_refused_naming_the_line(line, reason):
    """They became the ids 'nan' and 'inf'."""
    write("news.jsonl", jsonl({"id": 1.5, "text": "first"}, line))
    results = read("news.jsonl")
    assert [a.id for a in articles(results)] == ["1.5"]
    assert messages(results)[0].startswith("news.jsonl:2: " + reason)


def test_jsonl_is_streamed_a_line_at_a_time():
    class OneLineThenFail(io.BytesIO):
        def readline(self, size=-1):
            if self.tell():
                raise AssertionError("read past the first record")
            return super().readline(size)

    stream = OneLineThenFail(jsonl({"text": "first"}, {"text": "second"}).encode())
    assert next(read_articles(["-"], stdin=stream)).text == "first"


def test_a_multi_megabyte_record_is_read_whole():
    text = "“Yes,” she said. " * 100_000  # 2.7 MB as JSON, under MAX_ARTICLE_CHARS
    write("big.jsonl", jsonl({"text": text}))
    assert read("big.jsonl")[0].text == text


# --- plain text ---------------------------------------------------------------------------

def test_text_file_is_one_article_named_by_its_stem():
    write("notes/teigen.txt", "She said so.\n\nThen she left.\n")
    assert read("notes/teigen.txt") == [
        Article(id="teigen", text="She said so.\n\nThen she left.\n", origin="notes/teigen.txt")]


def test_text_date_header_gives_the_date_and_is_removed_with_its_whitespace():
    write("a.txt", " date 2021-02-05 She said so.")
    [article] = read("a.txt")
    assert (article.date, article.text) == (dt.date(2021, 2, 5), "She said so.")


def test_text_date_header_on_its_own_line():
    write("a.txt", "date 2021-02-05\n\nShe said so.\n")
    assert read("a.txt")[0].text == "She said so.\n"


@pytest.mark.parametrize("content, line", [("date 2021-13-45 She said so.", 1),
                                           ("\n\n  date 2021-13-45\nShe said so.", 3)])
def test_text_invalid_header_date_is_skipped_naming_the_line(content, line):
    write("a.txt", content)
    assert messages(read("a.txt")) == [
        f"a.txt:{line}: invalid date '2021-13-45': expected YYYY-MM-DD"]


def test_text_date_header_may_have_a_colon():
    write("a.txt", "Date: 2021-02-05\n\nShe said so.\n")
    [article] = read("a.txt")
    assert (article.date, article.text) == (dt.date(2021, 2, 5), "She said so.\n")


@pytest.mark.parametrize("content, value", [
    ("Date: 7 March 2021\n\nShe said so.", "7 March 2021"),
    ("date 7 March 2021\nShe said so.", "7 March 2021"),
    ("date March 7, 2021 She said so.", "March 7, 2021"),
    ("\ndate: Sun, 07 Mar 2021 10:00:00 GMT\nShe said so.", "Sun, 07 Mar 2021 10:00:00 GMT")])
def test_text_date_header_written_otherwise_is_refused_naming_the_line_not_kept_as_text(
        content, value):
    write("a.txt", content)
    line = 2 if content.startswith("\n") else 1
    assert messages(read("a.txt")) == [
        f"a.txt:{line}: invalid date {value!r}: expected YYYY-MM-DD"]


@pytest.mark.parametrize("content", ["Date night was cancelled.", "date 1999 was a year.",
                                     "dated 2021-02-05 notes"])
def test_text_starting_with_the_word_date_has_no_header(content):
    write("a.txt", content)
    [article] = read("a.txt")
    assert (article.date, article.text) == (None, content)


def test_text_keeps_line_endings_and_unicode_as_read():
    text = "“Half-open quote, she said.\r\n\r\nCafe\u0301 ‘x’.\r\n"
    assert unicodedata.normalize("NFC", text) != text
    write("a.txt", "date 2021-02-05\r\n" + text)
    assert read("a.txt")[0].text == text


def test_text_utf8_bom_is_not_part_of_the_text():
    write("a.txt", b"\xef\xbb\xbfdate 2021-02-05 Hello.")
    assert read("a.txt")[0].text == "Hello."


def test_text_utf16_with_a_bom_is_read():
    write("a.txt", "date 2021-02-05 Héllo.".encode("utf-16"))
    assert read("a.txt")[0].text == "Héllo."


@pytest.mark.parametrize("content", ["", "  \n\t\n"])
def test_empty_text_file_is_skipped(content):
    write("a.txt", content)
    assert messages(read("a.txt")) == ["a.txt: empty file"]


def test_text_with_only_a_header_is_skipped():
    write("a.txt", "date 2021-02-05\n")
    assert messages(read("a.txt")) == ["a.txt: no text after the date header"]


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it holds NUL bytes"),
    (b"caf\xe9 au lait", "not UTF-8 (byte 0xe9 at offset 3)"),
    (bytes(range(1, 9)) * 10 + b"text", "mostly control characters"),
])
def test_binary_or_undecodable_file_is_skipped(content, reason):
    write("junk.txt", content)
    assert messages(read("junk.txt")) == [f"junk.txt: binary or undecodable file: {reason}"]


def test_txt_file_starting_with_a_json_object_is_json_lines():
    write("dump.txt", "\n" + jsonl({"text": "x"}))
    assert read("dump.txt")[0].origin == "dump.txt:2"


def test_txt_file_starting_with_a_brace_but_no_json_is_text():
    write("a.txt", "{aside} She said so.")
    assert read("a.txt")[0].text == "{aside} She said so."


def test_text_file_over_the_size_cap_is_skipped(monkeypatch):
    monkeypatch.setattr(streams, "MAX_ARTICLE_BYTES", 1024 * 1024)
    write("huge.txt", "word " * 300_000)
    assert messages(read("huge.txt")) == ["huge.txt: larger than 1 MB, the most an article may be"]


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared is not here")
def test_seed_text_file_reads_as_the_seed_json_lines_record():
    [from_text] = read(str(SEED / "article.txt"))
    [from_jsonl] = read(str(SEED / "input.jsonl"))
    assert from_text.text == from_jsonl.text
    assert from_text.date == from_jsonl.date == dt.date(2021, 2, 5)


# --- HTML ---------------------------------------------------------------------------------
# The pages in tests/data/pages were written for these tests in the shape of real ones: a news
# site with menus, a most-read list, a newsletter box, comments and a footer; a blog with a
# sidebar, labels and comments, in windows-1252, dated only in its JSON-LD.

PAGES = Path(__file__).parent / "data" / "pages"
MAIN_TEXT = {
    "riverside-news.html": (
        ["Ferry service to resume after winter storms",
         "the harbour board announced on Tuesday.",
         '"The new landing stage has passed every inspection',
         '"People are tired, but they are relieved today."',
         "The first crossing leaves the mainland at 6.45 on Monday morning."],
        ["Subscribe for 1 dollar a week", "Breaking: road closures", "Most read",
         "rent rise", "Sign up for our free newsletter", "About time", "Copyright 2023",
         "Cookie settings", "tracking code", "Share on social media"]),
    "valley-blog.html": (
        ["the café by the church pressed them into juice",
         '"Every tree here was planted by someone\'s grandfather," Novak told me',
         '"Walnuts are slow, but we are not in a hurry."'],
        ["Blog archive", "Popular posts", "Lovely story", "My grandfather planted",
         "Follow by email", "Powered by", "Posted by Hanna Weiss"]),
}


def copy_page(name: str) -> str:
    return write(name, (PAGES / name).read_bytes())


@pytest.mark.parametrize("page", sorted(MAIN_TEXT))
def test_html_page_gives_its_main_text_without_boilerplate(page):
    must, must_not = MAIN_TEXT[page]
    [article] = read(copy_page(page))
    assert [m for m in must if m not in article.text] == []
    assert [m for m in must_not if m in article.text] == []


def test_html_page_gives_its_title_date_address_and_site():
    [article] = read(copy_page("riverside-news.html"))
    assert article == Article(
        id="riverside-news", text=article.text, date=dt.date(2023, 2, 14),
        title="Ferry service to resume after winter storms",
        url="https://riverside-news.example/local/ferry-service-resume",
        source="Riverside News", origin="riverside-news.html")


def test_html_date_from_structured_data_when_the_page_has_no_meta_date():
    [article] = read(copy_page("valley-blog.html"))
    assert article.date == dt.date(2022, 10, 3)


def test_html_date_that_cannot_be_read_is_passed_over():
    page = (PAGES / "riverside-news.html").read_text(encoding="utf-8")
    write("odd.html", page.replace("2023-02-14T07:30:00+00:00", "Tuesday morning"))
    [article] = read("odd.html")
    assert article.date in (None, dt.date(2023, 2, 14))  # the URL and text may still date it
    assert "harbour board announced" in article.text


def test_html_page_declaring_another_charset_is_decoded_with_it():
    [article] = read(copy_page("valley-blog.html"))
    assert "café" in article.text and "\ufffd" not in article.text


LEGACY_PAGE = ("<html><head><title>Ferry news</title></head><body><article><h1>Ferry back in "
               "service</h1><p>\x93The ferry runs again from Monday,\x94 said the harbour "
               "master, Ren\xe9 Aubert, at the caf\xe9 by the quay on Thursday morning.</p>"
               "<p>The crossing had been closed for three weeks after the storm damaged the "
               "landing stage on the north side of the river.</p></article></body></html>")


def test_html_page_that_declares_no_charset_and_is_not_utf8_is_read_as_windows_1252():
    write("ferry.html", LEGACY_PAGE.encode("latin-1"))
    [article] = read("ferry.html")
    assert "“The ferry runs again from Monday,” said the harbour master, René Aubert" in \
        article.text


def test_html_page_with_a_stray_byte_its_charset_cannot_read_loses_only_that_byte():
    page = LEGACY_PAGE.replace("\x93", "“").replace("\x94", "”").replace("\xe9", "é")
    page = page.replace("<head>", "<head><meta charset='utf-8'>")
    data = page.encode("utf-8").replace("caf\xc3\xa9".encode("latin-1"), b"caf\xe9")
    write("ferry.html", data)
    [article] = read("ferry.html")
    assert "“The ferry runs again from Monday,” said the harbour master, René Aubert, at " \
        "the caf\ufffd by the quay" in article.text


def test_html_page_without_text_is_skipped():
    # the shell of a page that a script fills in: nothing to read without running it
    write("a.html", "<html><head><title>App</title><script>boot()</script></head>"
                    "<body><div id='root'></div><script>render()</script></body></html>")
    assert messages(read("a.html")) == ["a.html: no article text in the HTML page"]


def nested_page(depth: int) -> str:
    """A page whose paragraphs lie `depth` elements deep (page builders nest this way)."""
    paragraph = ("<p>The harbour board said on Tuesday that the north landing stage would reopen "
                 "in the spring, once the repairs to its pilings are done and inspected.</p>")
    return ("<html><head><title>Landing stage</title></head><body>" + "<div>" * depth
            + paragraph * 4 + "</div>" * depth + "</body></html>")


@pytest.mark.parametrize("depth", [300, 1500])
def test_html_page_nested_deeper_than_lxml_reads_by_default_still_gives_its_text(depth):
    write("deep.html", nested_page(depth))
    [article] = read("deep.html")
    assert article.text.count("the north landing stage would reopen") == 4


def test_html_page_nested_deeper_than_lxml_reads_at_all_is_skipped_saying_so():
    write("deeper.html", nested_page(3000))
    assert messages(read("deeper.html")) == [
        "deeper.html: no article text read: the HTML page is nested more than 2048 elements "
        "deep, past what lxml reads"]


def test_html_page_of_broken_markup_is_read_or_skipped_with_a_reason():
    write("a.html", "<p>Text.</p><![ broken")
    write("b.html", "<html><body>" + "<div>" * 5000 + "Deep text." + "</div>" * 10 + "</body>")
    results = read("a.html", "b.html")
    assert len(results) == 2
    assert all(isinstance(r, Article) or r.reason for r in results)


# --- standard input -----------------------------------------------------------------------

def test_stdin_json_lines():
    results = read("-", stdin=b"\n" + jsonl({"text": "x"}, "oops").encode())
    assert [r.origin for r in results] == ["<stdin>:2", "<stdin>:3"]
    assert messages(results)[0].startswith("<stdin>:3: not JSON")


def test_stdin_starting_with_a_broken_record_is_still_json_lines():
    assert messages(read("-", stdin=b'{"text": \n')) == [
        "<stdin>:1: not JSON: Expecting value at column 10"]


def test_stdin_plain_text_with_header_gets_a_stable_id():
    [first] = read("-", stdin=b"date 2021-02-05 She said so.")
    [again] = read("-", stdin=b"date 2021-02-05 She said so.")
    assert (first.text, first.date, first.origin) == ("She said so.", dt.date(2021, 2, 5), "<stdin>")
    assert first.id == again.id and len(first.id) == 12


def test_stdin_html():
    [article] = read("-", stdin=b"  " + (PAGES / "riverside-news.html").read_bytes())
    assert article.title == "Ferry service to resume after winter storms"
    assert "Most read" not in article.text


def test_empty_stdin_is_skipped():
    assert messages(read("-", stdin=b"")) == ["<stdin>: empty file"]


# --- compressed files ---------------------------------------------------------------------

COMPRESS = {"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress}


@pytest.mark.parametrize("method", sorted(COMPRESS))
@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz", "news"])
def test_compressed_json_lines_are_read_decompressed_whatever_their_name(method, name):
    """Told by their first bytes: a gzip file named `.jsonl` gave 266 lines of 'not UTF-8'."""
    write(name, COMPRESS[method](jsonl({"text": "A said."}, {"text": "B said."}).encode()))
    assert [(a.origin, a.text) for a in read(name)] == [(f"{name}:1", "A said."),
                                                       (f"{name}:2", "B said.")]


def test_compressed_text_file_is_named_by_its_stem_without_the_suffix():
    write("notes/teigen.txt.gz", gzip.compress(b"date 2021-02-05 She said so."))
    (article,) = read("notes/teigen.txt.gz")
    assert (article.id, article.date, article.text) == ("teigen", dt.date(2021, 2, 5), "She said so.")


def test_compressed_standard_input_is_read_decompressed():
    assert [a.text for a in read("-", stdin=gzip.compress(jsonl({"text": "A said."}).encode()))] == ["A said."]


def test_compressed_file_cut_short_keeps_the_articles_before_the_cut_and_says_so():
    lines = jsonl(*({"text": f"Article {k} said."} for k in range(2000))).encode()
    data = gzip.compress(lines)
    write("news.jsonl", data[:len(data) // 2])
    results = read("news.jsonl")
    assert 0 < len(articles(results)) < 2000
    assert messages(results) == [
        "news.jsonl: gzip data cut short or corrupt (Compressed file ended before the "
        "end-of-stream marker was reached); the articles before it were read"]


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04\x14\x00\x00\x00", "a zip archive: unpack it and name its files"),
    (b"(\xb5/\xfd\x00\x58", "compressed with zstd: decompress it"),
])
def test_archives_and_compressions_not_read_are_one_message_each(content, reason):
    write("news.jsonl", content + bytes(range(256)) * 4)
    (message,) = messages(read("news.jsonl"))
    assert message.startswith("news.jsonl: " + reason)


def test_text_that_starts_like_bzip2_is_text():
    write("note.txt", "BZh is how the letters start.")
    assert read("note.txt")[0].text == "BZh is how the letters start."


def test_a_compressed_file_is_not_counted_ahead():
    write("news.jsonl", gzip.compress(jsonl({"text": "A said."}).encode()))
    assert count_articles(["news.jsonl"]) is None


# --- files, folders, patterns -------------------------------------------------------------

def test_several_inputs_are_read_in_the_order_given():
    write("b.txt", "B said.")
    write("a.jsonl", jsonl({"text": "A said."}))
    assert [a.text for a in read("b.txt", "a.jsonl")] == ["B said.", "A said."]


def test_folder_is_read_recursively_in_sorted_order_without_hidden_files():
    for name in ["in/b.txt", "in/a/z.txt", "in/c.txt", "in/.hidden.txt", "in/.git/x.txt"]:
        write(name, name)
    assert [a.origin for a in read("in")] == ["in/a/z.txt", "in/b.txt", "in/c.txt"]


def test_a_folders_own_notes_are_not_read_as_articles_unless_named():
    for name in ["in/ATTRIBUTION.md", "in/README", "in/LICENSE.txt", "in/a.txt", "in/readme-later.txt"]:
        write(name, f"{name} said.")
    assert [a.origin for a in read("in")] == ["in/a.txt", "in/readme-later.txt"]
    assert [a.origin for a in read("in/ATTRIBUTION.md")] == ["in/ATTRIBUTION.md"]


def test_folder_with_binary_junk_names_it_and_reads_the_rest():
    write("in/a.txt", "A said.")
    write("in/b.bin", bytes(range(256)))
    write("in/c.txt", "C said.")
    results = read("in")
    assert [a.text for a in articles(results)] == ["A said.", "C said."]
    assert messages(results) == ["in/b.bin: binary or undecodable file: it holds NUL bytes"]


def test_folder_link_back_up_the_tree_is_not_followed_forever():
    write("in/sub/a.txt", "A said.")
    os.symlink("..", "in/sub/loop")
    os.symlink(".", "in/here")
    assert read("in") == [Article(id="a", text="A said.", origin="in/sub/a.txt")]


def test_links_out_of_the_folder_named_are_skipped_not_followed():
    """A link to `..` read every file beside the folder: what was not asked for."""
    write("in/a.txt", "A said.")
    write("private/notes.txt", "Not to be read.")
    write("beside.txt", "Nor this.")
    os.symlink("..", "in/up")
    os.symlink("../private", "in/private")
    os.symlink("../beside.txt", "in/beside.txt")
    results = read("in")
    assert [a.origin for a in articles(results)] == ["in/a.txt"]
    outside = "outside the folder named: not followed (name it to read it)"
    assert messages(results) == [
        f"in/beside.txt: a symbolic link to {os.path.realpath('beside.txt')}, {outside}",
        f"in/private: a symbolic link to {os.path.realpath('private')}, {outside}",
        f"in/up: a symbolic link to {os.path.realpath('.')}, {outside}"]


def test_a_loop_of_links_is_skipped_and_the_rest_of_the_folder_read():
    """The loop's error ended the whole batch with a traceback."""
    write("in/a.txt", "A said.")
    os.symlink("two", "in/one")
    os.symlink("one", "in/two")
    os.symlink("self", "in/self")
    results = read("in")
    assert [a.origin for a in articles(results)] == ["in/a.txt"]
    assert messages(results) == [f"in/{name}: too many levels of symbolic links"
                                 for name in ("one", "self", "two")]


def test_a_link_to_a_folder_inside_the_folder_named_is_followed_once():
    write("in/sub/a.txt", "A said.")
    os.symlink("sub", "in/again")
    assert [a.origin for a in read("in")] == ["in/again/a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipe_inside_a_folder_is_skipped_not_waited_on():
    os.makedirs("in")
    os.mkfifo("in/pipe")
    assert messages(read("in")) == ["in/pipe: " + NOT_REGULAR]


def within(seconds: float, work):
    """What `work()` returns, if it returns within `seconds` (it runs in a thread that a hang
    leaves behind, so that the test fails instead of waiting)."""
    done = []
    thread = threading.Thread(target=lambda: done.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert done, f"still running after {seconds} s"
    return done[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_given_by_name_is_skipped_not_read_or_counted():
    os.mkfifo("news.jsonl")
    write("b.jsonl", jsonl({"text": "B said."}))
    assert within(10, lambda: count_articles(["news.jsonl", "b.jsonl"])) == 1
    results = within(10, lambda: read("news.jsonl", "b.jsonl"))
    assert messages(results) == ["news.jsonl: " + NOT_REGULAR]
    assert [a.text for a in articles(results)] == ["B said."]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_device_linked_as_json_lines_is_skipped_not_read_for_ever():
    os.symlink("/dev/zero", "x.jsonl")
    assert within(10, lambda: count_articles(["x.jsonl"])) == 0
    assert within(10, lambda: messages(read("x.jsonl"))) == ["x.jsonl: " + NOT_REGULAR]


def test_counting_holds_one_piece_of_a_long_line_and_counts_what_reading_reads(monkeypatch):
    monkeypatch.setattr(streams, "_DISCARD", 64)
    content = jsonl({"text": "x" * 1000}, {"text": "y"}) + "\n  \n" + '{"text": "z"}'
    write("news.jsonl", content)
    assert count_articles(["news.jsonl"]) == len(read("news.jsonl")) == 3
    asked = []

    class Recording(io.BytesIO):
        def read(self, size=-1):
            asked.append(size)
            return super().read(size)

        def readline(self, size=-1):
            raise AssertionError("a line is never read whole to count it")

    assert streams.count_lines(Recording(content.encode())) == 3
    assert set(asked) == {64}


@settings(max_examples=300)
@given(data=st.binary(max_size=200) | st.lists(st.sampled_from([b"a", b" ", b"\n", b"\t", b"{}"])).map(b"".join))
def test_counting_lines_a_piece_at_a_time_counts_the_non_blank_lines(data):
    streams_discard = streams._DISCARD
    try:
        streams._DISCARD = 5
        assert streams.count_lines(io.BytesIO(data)) == sum(1 for line in io.BytesIO(data) if line.strip())
    finally:
        streams._DISCARD = streams_discard


def test_glob_pattern_is_expanded_in_sorted_order():
    for name in ["data/b.jsonl", "data/a.jsonl", "data/c.txt"]:
        write(name, jsonl({"text": name}))
    assert [a.origin for a in read("data/*.jsonl")] == ["data/a.jsonl:1", "data/b.jsonl:1"]


def test_recursive_glob_reads_each_file_once():
    write("data/a.txt", "A.")
    write("data/sub/b.txt", "B.")
    assert [a.origin for a in read("data/**")] == ["data/a.txt", "data/sub/b.txt"]
    assert [a.origin for a in read("**/*.txt")] == ["data/a.txt", "data/sub/b.txt"]


def test_pattern_matching_nothing_is_skipped():
    assert messages(read("data/*.jsonl")) == ["data/*.jsonl: pattern matches no file"]


def test_missing_path_is_skipped():
    write("a.txt", "A said.")
    results = read("missing.txt", "a.txt")
    assert messages(results) == ["missing.txt: no such file or directory"]
    assert [a.text for a in articles(results)] == ["A said."]


def test_file_gone_before_it_is_read_is_skipped_with_the_os_reason():
    os.symlink("deleted.txt", "gone.txt")
    assert messages(read("gone.txt")) == ["gone.txt: no such file or directory"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_skipped_with_the_os_reason():
    write("secret.txt", "x")
    os.chmod("secret.txt", 0)
    assert messages(read("secret.txt")) == ["secret.txt: permission denied"]


def test_a_file_name_that_is_not_utf8_names_its_articles_and_skips_in_text_that_can_be_stored():
    # an old archive's Latin-1 names: Python holds their bytes as lone surrogates, which
    # neither SQLite nor standard output can take
    os.mkdir("latin")
    for name, content in ((b"caf\xe9.txt", b"\xe2\x80\x9cOpen,\xe2\x80\x9d said Ann Moreau."),
                          (b"feed\xff.jsonl", b'{"id": "f1", "text": "Fine."}\n{broken\n'),
                          (b"junk\xe8.dat", b"\x00\x01")):
        with open(os.path.join(b"latin", name), "wb") as stream:
            stream.write(content)
    results = read("latin", os.fsdecode(b"missing\xe9.txt"))
    assert [(a.id, a.origin) for a in articles(results)] == [
        ("caf\\xe9", "latin/caf\\xe9.txt"), ("f1", "latin/feed\\xff.jsonl:1")]
    assert messages(results) == ["latin/feed\\xff.jsonl:2: not JSON: Expecting property name "
                                 "enclosed in double quotes at column 2",
                                 "latin/junk\\xe8.dat: binary or undecodable file: it holds NUL bytes",
                                 "missing\\xe9.txt: no such file or directory"]
    for result in results:
        str(result.origin).encode("utf-8")  # no lone surrogate left


def test_reading_is_lazy_input_by_input():
    write("a.txt", "A said.")
    results = read_articles(["a.txt", "not/there/*.txt"])
    assert next(results).text == "A said."


def test_mixed_batch_gives_every_good_article_and_names_every_bad_input():
    write("batch/good.jsonl", jsonl({"id": "g1", "text": "Good."}, "{broken", {"title": "no text"},
                                    {"id": "g2", "text": "Also good."}))
    write("batch/big.txt", "date 2021-02-05 " + "“Long,” she said. " * 60_000)
    write("batch/empty.txt", "")
    write("batch/junk.dat", b"\x00\x01\x02")
    results = read("batch")
    assert [a.id for a in articles(results)] == ["big", "g1", "g2"]
    assert [s.origin for s in results if isinstance(s, Skipped)] == [
        "batch/empty.txt", "batch/good.jsonl:2", "batch/good.jsonl:3", "batch/junk.dat"]


# --- properties ---------------------------------------------------------------------------

@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
       name=st.sampled_from(["-", "x.txt", "x.jsonl", "x.html", "x"]))
def test_any_bytes_give_articles_or_skips_never_an_exception(data, name):
    if name != "-":
        write(name, data)
    results = read(name, stdin=data)
    assert all(isinstance(r, (Article, Skipped)) for r in results)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1).filter(str.strip), ascii_only=st.booleans())
def test_any_json_lines_text_is_read_back_character_for_character(text, ascii_only):
    write("t.jsonl", json.dumps({"text": text}, ensure_ascii=ascii_only) + "\n")
    assert read("t.jsonl")[0].text == text
