"""How much work an extraction does, counted rather than timed (the same count on any machine).

    python benchmarks/work.py [--articles 300] [--calls]

Runs saidwhen's extraction in this process over the first N articles of
../shared/data/corpus/bbc-2004-2005.jsonl (speed.py's sample) and prints:
  - sentences and tokens, and how many of them the tagger and parser read (selection.py);
  - tokens the parser's token vectors read (the pieces and their context);
  - the entity recogniser's runs, the stretches they read and their words (recogniser.py);
  - with --calls, the Python function calls of the whole run (cProfile: slower, and the
    counts, not the times, are what it is for).
A change that saves work shows here whatever the machine's load; speed.py's ratio is the
measure the issue names, but on a shared machine it moves more with the load than with the code.
"""
from __future__ import annotations

import argparse
import cProfile
import functools
import itertools
import json
import pstats
from collections import Counter
from pathlib import Path

from saidwhen.parsing import language, recogniser
from saidwhen.pipeline import extract_articles
from saidwhen.records import Article
from saidwhen.speakers import bounds, kinds
from saidwhen.placing import outlets

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"
COUNTS: Counter = Counter()


def _counting_planned(planned):
    @functools.wraps(planned)
    def counted(nlp, text, context):
        article = planned(nlp, text, context)
        COUNTS["articles"] += 1
        COUNTS["tokens"] += len(article.doc)
        COUNTS["sentences"] += len(article.sentences)
        COUNTS["sentences parsed"] += len(article.sentences) - len(article.plain)
        COUNTS["pieces parsed"] += len(article.pieces)
        COUNTS["tokens parsed (tagger and parser)"] += sum(len(p) for p in article.pieces)
        return article
    return counted


def _counting_vectors(vectors):
    @functools.wraps(vectors)
    def counted(tok2vec, article, run):
        kept = [article.pieces[k] for k, _ in run]
        COUNTS["tokens read by the token vectors (with context)"] += len(language._with_context(article.readable, kept))
        return vectors(tok2vec, article, run)
    return counted


def _counting_recognise(recognise, caller: str):
    @functools.wraps(recognise)
    def counted(doc, stretches):
        words = sum(1 for start, end in stretches for i in range(start, end) if not doc[i].is_space)
        if words:
            COUNTS["recogniser runs"] += 1
            COUNTS[f"recogniser runs from {caller}"] += 1
        COUNTS["recogniser stretches"] += sum(1 for s, e in stretches if e > s)
        COUNTS["recogniser words"] += words
        COUNTS[f"recogniser words from {caller}"] += words
        return recognise(doc, stretches)
    return counted


def articles(n: int) -> list[Article]:
    with CORPUS.open(encoding="utf-8") as src:
        return [Article(id=(r := json.loads(line))["id"], text=r["text"], date=None)
                for line in itertools.islice(src, n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--calls", action="store_true", help="count Python calls with cProfile")
    a = ap.parse_args()
    language._planned = _counting_planned(language._planned)
    language._vectors = _counting_vectors(language._vectors)
    for module in (kinds, bounds, outlets):
        module.recognise = _counting_recognise(recogniser.recognise, module.__name__.rsplit(".", 1)[-1])
    batch = articles(a.articles)
    next(language.parse_many([("Warm up.", None)]))  # the model loads outside the counts
    COUNTS.clear()
    profile = cProfile.Profile() if a.calls else None
    if profile:
        profile.enable()
    records = sum(len(getattr(x, "quotes", ())) for x in extract_articles(batch))
    if profile:
        profile.disable()
        stats = pstats.Stats(profile)
        COUNTS["Python calls (cProfile)"] = sum(v[1] for v in stats.stats.values())
    COUNTS["records"] = records
    for key in sorted(COUNTS):
        print(f"{key:55s} {COUNTS[key]:>12,}")


if __name__ == "__main__":
    main()
