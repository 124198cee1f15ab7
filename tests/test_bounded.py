"""Bounded on any input: time near-linear in an article's length whatever it holds, memory
flat. Small versions of benchmarks/bounded.py's cases; each extraction runs in a process of
its own, its CPU time and peak memory read from the operating system."""
from __future__ import annotations

import resource
import time

from conftest import load_script

from saidwhen.parsing import language
from saidwhen.parsing.marks import find_quoted

bounded = load_script("bounded")
SIZE = 120_000


def cpu_seconds(work) -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    before = usage.ru_utime + usage.ru_stime
    work()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime - before


def test_pairing_marks_takes_time_in_proportion_to_them():
    """Four times the marks, four times the time (it was sixteen: the pairing was quadratic)."""
    page = bounded.mark_pages(80_000)["marks-words"]
    small = min(cpu_seconds(lambda: find_quoted(page[:20_000])) for _ in range(3))
    large = min(cpu_seconds(lambda: find_quoted(page)) for _ in range(3))
    assert large < 8 * max(small, 0.01), (small, large)


def test_a_run_of_marks_without_spaces_is_tokenized_whole_and_fast():
    text = "She said " + "“" * 30_000 + " and then " + "x" * 700 + " left."
    started = time.process_time()
    doc = language.tokenized(language.pipeline(), text)
    assert time.process_time() - started < 5  # the tokenizer alone took minutes on such runs
    assert doc.text == text
    assert [t.text for t in doc[:2]] == ["She", "said"] and doc[-1].text == "."


def test_a_long_article_keeps_memory_flat_and_every_quote_without_its_line_breaks():
    """Peak memory must not grow with the article (it grew by 3.7 MB a kB: 220 MB more for
    the longer one here), and the same article with its line breaks made spaces gives the
    same quotes in similar time."""
    half = bounded.run_case(bounded.synthetic(SIZE // 2))
    normal = bounded.run_case(bounded.synthetic(SIZE))
    flat = bounded.run_case(bounded.synthetic(SIZE).replace("\n", " "))
    assert normal["peak_mb"] - half["peak_mb"] < 80, (half["peak_mb"], normal["peak_mb"])
    assert flat["peak_mb"] - half["peak_mb"] < 80, (half["peak_mb"], flat["peak_mb"])
    assert len(normal["quotes"]) > SIZE / 200  # the invented text is full of quotes
    assert bounded.lost(flat["quotes"], normal["quotes"]) == []
    assert flat["cpu"] < 3 * normal["cpu"], (normal["cpu"], flat["cpu"])


def test_a_page_of_quotation_marks_takes_no_longer_than_ten_articles_of_its_size():
    normal = bounded.run_case(bounded.synthetic(SIZE // 3))
    for name in ("marks-straight", "marks-mixed"):
        page = bounded.mark_pages(SIZE // 3)[name]
        measured = bounded.run_case(page, timeout=60 + 20 * normal["cpu"])
        assert measured["cpu"] < 10 * normal["cpu"], (name, normal["cpu"], measured["cpu"])
