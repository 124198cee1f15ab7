"""examples/: the Wikinews demo corpus beside the three invented articles, read as the README's
first command reads it."""
from __future__ import annotations

import json

from conftest import INVENTED_EXAMPLES, ROOT, load_script, shared_or_skip
from saidwhen.reading import read_articles
from saidwhen.records import Article, Skipped

EXAMPLES = ROOT / "examples"
WIKINEWS = EXAMPLES / "wikinews.jsonl"


def test_the_examples_folder_reads_as_46_articles_without_a_skip():
    results = list(read_articles([str(EXAMPLES)]))
    assert [r for r in results if isinstance(r, Skipped)] == []
    articles = [r for r in results if isinstance(r, Article)]
    wikinews = [a for a in articles if a.source == "Wikinews"]
    assert (len(articles), len(wikinews)) == (46, 43)
    assert sorted({a.origin.split(":")[0] for a in articles if a.source != "Wikinews"}) == INVENTED_EXAMPLES


def test_each_wikinews_article_is_dated_titled_and_links_to_its_page():
    for article in read_articles([str(WIKINEWS)]):
        assert article.date is not None and article.title, article.id
        assert article.url.startswith("https://en.wikinews.org/wiki/"), article.id
        assert article.id.startswith("wikinews-") and article.title not in article.text[:len(article.title) + 1]


def test_the_demo_corpus_is_rebuilt_exactly_from_gum(tmp_path):
    gum = shared_or_skip("data/gum/GUM_news_afghan.conllu") / "data" / "gum"
    build = load_script("build_wikinews")
    files = sorted(f for pattern in build.PATTERNS for f in gum.glob(pattern))
    rebuilt = [json.dumps(build.article(path), ensure_ascii=False) for path in files]
    assert rebuilt == WIKINEWS.read_text(encoding="utf-8").splitlines()


def test_an_interview_turn_opens_with_its_speakers_name():
    build = load_script("build_wikinews")
    assert build.speaker_name("TinaMcKenzie", "Wikinews spoke to Tina McKenzie.") == "Tina McKenzie"
    assert build.speaker_name("WilliamSSaturn") == "William S. Saturn"
    assert build.speaker_name("Wikinews") == "Wikinews"
