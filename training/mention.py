"""Train the choice of a cue's speaker mention (saidwhen/quotes/mention_choice.py) on PolNeAR train.

    python training/mention.py [--out saidwhen/quotes/mention_choice.json] [--cache FILE]
    python training/mention.py --leave-out nyt --score      # train without one outlet, score it
    python training/mention.py --leave-out each --cache /tmp/polnear-mentions.jsonl   # every outlet

Each gold attribution of ../shared/data/polnear/train.jsonl whose cue and speaker mention are
both given is an example: the article is parsed by saidwhen's own pipeline, the candidates are
the tokens that could head a mention near the cue (mention_choice.candidates), and the right one
is the head of the gold mention in that parse. The 30 articles of train-placed.jsonl are a dev
set the gate scores, and are left out. The ranker is a softmax over each example's candidates,
fitted by full-batch gradient descent with plain numpy: the same data give the same file.

`--leave-out SOURCE` trains without one outlet; with `--score` it then scores that outlet's
articles of PolNeAR dev and of train-placed (together) with benchmarks/quotes_dev.py, the rules
alone and with the ranker, so the figure is that of a paper the ranker never read. `--leave-out
each` does so for every outlet and prints a table with the mean and the worst outlet.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "train.jsonl"
PLACED = SHARED / "data" / "polnear" / "train-placed.jsonl"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"
MIN_COUNT = 2  # a feature seen fewer times in training gets no weight
STEPS = 300
RATE = 0.1
L2 = 1e-4
# How sure the ranker must be to name a speaker where the rules name none: it never saw a cue
# without one. At 0.7 it named wrong ones ('the family sent a fax to local police explaining
# that ...': the police) and cost tb-placed's held-back part a channel below its floor, so it
# names none (1.0): it only re-ranks where the rules found a subject.
ADOPT = 1.0
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
# Every TUNE_EVERY-th article (in id order) is held out to choose the margin, then trained on.
TUNE_EVERY = 8


@dataclass(frozen=True)
class Example:
    source: str
    article: int  # position of the article in id order
    features: list[list[str]]  # one list a candidate
    gold: int  # position of the right candidate
    rule: int | None  # position of the rules' pick among the candidates, None if not among them


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="weights file (default: the package's)")
    ap.add_argument("--cache", type=Path, help="keep the parsed examples here, and read them back")
    ap.add_argument("--limit", type=int, help="only the first N articles (in id order)")
    ap.add_argument("--leave-out", metavar="SOURCE", help="train without this PolNeAR outlet "
                    "('each': every outlet in turn, scored, as a table with the mean and the worst)")
    ap.add_argument("--score", action="store_true", help="score the left-out outlet end to end")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    examples = load_examples(a.cache, a.limit)
    if a.leave_out == "each":
        figures = {s: left_out(examples, s, score=True) for s in sorted({e.source for e in examples})}
        print(leave_out_table(figures), end="")
        return
    if a.leave_out and not any(e.source == a.leave_out for e in examples):
        ap.error(f"no article of source {a.leave_out!r} in {TRAIN}")
    if a.leave_out:
        print(json.dumps(left_out(examples, a.leave_out, a.score, a.out), indent=1))
        return
    write(fit_saved(examples), a.out or ROOT / "saidwhen" / "quotes" / "mention_choice.json", len(examples))


def write(saved: dict, out: Path, examples: int) -> None:
    out.write_text(json.dumps(saved, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{examples} examples, {len(saved['weights'])} features, margin {saved['margin']}: {out}",
          file=sys.stderr)


def left_out(examples: list[Example], source: str, score: bool, out: Path | None = None) -> dict:
    """Train without `source`'s articles; with `score`, that outlet's figures, rules and ranker."""
    kept = [e for e in examples if e.source != source]
    with tempfile.TemporaryDirectory() as tmp:
        path = out or Path(tmp) / "weights.json"
        write(fit_saved(kept), path, len(kept))
        return score_left_out(source, path) if score else {}


def leave_out_table(figures: dict[str, dict]) -> str:
    """A Markdown table: each outlet's mention accuracy and exact mention F1 on PolNeAR dev and
    train-placed together, the rules' and the ranker's, then the mean and the worst outlet."""
    keys = [(f"{setting} {what}", setting, what) for what in ("mention", "exact F1")
            for setting in ("rules", "ranker")]
    rows = ["| outlet left out | quotes | " + " | ".join(k for k, _, _ in keys) + " |", "|---" * (len(keys) + 2) + "|"]
    values: dict[str, list[float]] = {k: [] for k, _, _ in keys}
    for source, f in figures.items():
        cells = []
        for key, setting, what in keys:
            v = f[setting]["mention_acc" if what == "mention" else "exact_mention_F1"]
            values[key].append(v)
            cells.append(f"{v:.3f}")
        rows.append(f"| {source} | {f['quotes']} | " + " | ".join(cells) + " |")
    for label, pick in (("mean", lambda v: sum(v) / len(v)), ("worst", min)):
        rows.append(f"| {label} | | " + " | ".join(f"{pick(values[k]):.3f}" for k, _, _ in keys) + " |")
    return "\n".join(rows) + "\n"


def load_examples(cache: Path | None, limit: int | None) -> list[Example]:
    if cache is not None and cache.exists():
        examples = [Example(**json.loads(line)) for line in cache.read_text(encoding="utf-8").splitlines()]
    else:
        examples = list(parse_examples(limit))
        if cache is not None:
            cache.write_text("".join(json.dumps(e.__dict__) + "\n" for e in examples), encoding="utf-8")
    return [e for e in examples if limit is None or e.article < limit]


def training_articles(limit: int | None = None) -> list[dict]:
    """PolNeAR train's articles in id order, without train-placed's."""
    placed = {json.loads(line)["id"] for line in PLACED.read_text(encoding="utf-8").splitlines()}
    articles = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines()]
    articles = sorted((a for a in articles if a["id"] not in placed), key=lambda a: a["id"])
    return articles[:limit] if limit is not None else articles


def parse_examples(limit: int | None):
    os.environ["SAIDWHEN_MENTION_MODEL"] = "off"  # the rules' picks are a feature
    from saidwhen.parsing import language
    from saidwhen.quotes import find_quotes

    articles = training_articles(limit)
    items = ((a["text"], (n, a)) for n, a in enumerate(articles))
    for doc, (n, article) in language.parse_many(items):
        rules = {f.cue[0]: f.subject for f in find_quotes(doc) if f.cue}
        for quote in article["quotes"]:
            example = _example(doc, quote, rules, article["source"], n)
            if example is not None:
                yield example


def _example(doc, quote: dict, rules: dict, source: str, article: int) -> Example | None:
    from saidwhen.quotes.mention_choice import candidates

    cue = _cue_token(doc, quote.get("cue") or [])
    mention = (quote.get("speaker") or {}).get("mention") or []
    if cue is None or not mention:
        return None
    content = _direct_content(doc, quote.get("content") or [])
    rule = rules[cue.i] if cue.i in rules else _rule_subject(cue)
    found = candidates(doc, cue.i, content, rule)
    positions = [c.index for c in found]
    head = _gold_head(doc, mention[0], set(positions))
    if head is None:
        return None
    return Example(source=source, article=article, features=[list(c.features) for c in found],
                   gold=positions.index(head), rule=positions.index(rule) if rule in positions else None)


def _direct_content(doc, content: list[dict]) -> tuple[tuple[int, int], ...]:
    """The gold content as the quote finder gives it to the ranker: only a direct quote's
    (one in quotation marks), as a reported clause may hold the speaker ("..., he said, ...")."""
    from saidwhen.parsing.marks import QUOTE_MARK_TOKENS
    from saidwhen.parsing.texts import text_of

    text = text_of(doc)
    spans = tuple((s["start"], s["end"]) for s in content)
    return spans if spans and text[spans[0][0]:spans[0][0] + 1] in QUOTE_MARK_TOKENS else ()


def _cue_token(doc, cue: list[dict]):
    """The cue word of a gold cue span: its verb of saying or "according", else its head."""
    from saidwhen.quotes.cues import direct_lemma

    if not cue:
        return None
    span = doc.char_span(cue[0]["start"], cue[0]["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return next((t for t in span if t.lower_ == "according" or direct_lemma(t.lower_)), span.root)


def _rule_subject(cue):
    """What the rules would name as the subject of a cue the quote finder did not take."""
    from saidwhen.quotes.attribution import subject_of

    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        return next((t.i for t in cue.doc[cue.i + 1].children if t.dep_ == "pobj"), None)
    subject = subject_of(cue) if cue.pos_ in ("VERB", "AUX") else None
    return subject.i if subject is not None else None


def _gold_head(doc, mention: dict, candidates: set[int]) -> int | None:
    """The token heading the gold mention in our parse: the last candidate whose head is outside it."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for t in span}
    roots = [t.i for t in span if t.i in candidates and (t.head.i == t.i or t.head.i not in inside)]
    return roots[-1] if roots else None


def fit_saved(examples: list[Example]) -> dict:
    """The weights and margin to save: the margin chosen on every TUNE_EVERY-th article."""
    held = [e for e in examples if e.article % TUNE_EVERY == 0]
    kept = [e for e in examples if e.article % TUNE_EVERY != 0]
    margin = choose_margin(fit(kept), held) if held and kept else 0.0
    return {"adopt": ADOPT, "margin": margin, "weights": fit(examples)}


def choose_margin(weights: dict[str, float], held: list[Example]) -> float:
    """The smallest margin with the most right heads on `held` (the rules' pick kept below it)."""
    right = {m: sum(_pick(weights, e, m) == e.gold for e in held) for m in MARGINS}
    for m in MARGINS:
        print(f"margin {m}: {right[m] / len(held):.4f} of {len(held)} held-out examples", file=sys.stderr)
    rules = sum(e.rule == e.gold for e in held)
    print(f"rules: {rules / len(held):.4f}", file=sys.stderr)
    return max(MARGINS, key=lambda m: (right[m], -m))


def _pick(weights: dict[str, float], e: Example, margin: float) -> int | None:
    scores = numpy.array([sum(weights.get(f, 0.0) for f in c) for c in e.features])
    p = numpy.exp(scores - scores.max())
    p /= p.sum()
    best = int(numpy.argmax(p))
    if e.rule is None:
        return None  # as mention_choice.choose: no subject from the rules, none from the ranker
    return best if p[best] - p[e.rule] > margin else e.rule


def fit(examples: list[Example]) -> dict[str, float]:
    """Softmax ranker weights by full-batch Adam on the mean log loss, with L2."""
    counts: dict[str, int] = {}
    for e in examples:
        for cand in e.features:
            for f in cand:
                counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    rows, cols, groups, gold = [], [], [], []
    row = 0
    for g, e in enumerate(examples):
        gold.append(row + e.gold)
        for cand in e.features:
            for f in cand:
                if f in index:
                    rows.append(row)
                    cols.append(index[f])
            groups.append(g)
            row += 1
    rows_a, cols_a = numpy.array(rows), numpy.array(cols)
    groups_a, gold_a = numpy.array(groups), numpy.array(gold)
    starts = numpy.flatnonzero(numpy.r_[True, groups_a[1:] != groups_a[:-1]])
    w = numpy.zeros(len(names))
    m, v = numpy.zeros_like(w), numpy.zeros_like(w)
    for step in range(1, STEPS + 1):
        scores = numpy.bincount(rows_a, weights=w[cols_a], minlength=row)
        top = numpy.maximum.reduceat(scores, starts)[groups_a]
        e_ = numpy.exp(scores - top)
        p = e_ / numpy.add.reduceat(e_, starts)[groups_a]
        residual = p
        residual[gold_a] -= 1.0
        grad = numpy.bincount(cols_a, weights=residual[rows_a], minlength=len(names)) / len(examples) + L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9 ** step)) / (numpy.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: round(float(x), 4) for f, x in zip(names, w) if round(float(x), 4) != 0.0}


def score_left_out(source: str, weights: Path) -> dict:
    """The left-out outlet's figures on its articles of PolNeAR dev and train-placed together,
    rules alone and with the ranker."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quotes_dev import evaluate  # noqa: E402 (a benchmark script, not a package)

    from saidwhen.quotes import mention_choice

    lines = [line for gold in (DEV, PLACED) for line in gold.read_text(encoding="utf-8").splitlines()
             if json.loads(line).get("source") == source]
    out: dict = {"articles": len(lines), "quotes": sum(len(json.loads(line)["quotes"]) for line in lines)}
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "gold.jsonl"
        one.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for setting, value in (("rules", "off"), ("ranker", str(weights))):
            os.environ["SAIDWHEN_MENTION_MODEL"] = value
            mention_choice.model.cache_clear()
            figures = evaluate(one)
            out[setting] = {"mention_acc": figures["overlap@0.3"]["mention_acc"],
                            "exact_mention_F1": figures["exact_mention"]["F1"]}
    return out


if __name__ == "__main__":
    main()
