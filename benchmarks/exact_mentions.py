"""Why a gold speaker mention of PolNeAR is not among saidwhen's exact mentions, by class.

    python benchmarks/exact_mentions.py GOLD PRED [--show 10] [--only CLASS]

GOLD is a PolNeAR file (train, or the tuned part of dev: never the held-back part nor test),
PRED saidwhen's records of its texts (`saidwhen extract GOLD --format jsonl`). Exact mention is
counted as ../shared/eval/quotescore.py counts it: the set of an article's mention spans, edge
punctuation trimmed. Each gold span missing from saidwhen's set falls in one class:

- `a bounds`: one of saidwhen's mentions overlaps it with other bounds (tallied by the side and
  the word where they part: "+left the" is a prediction with "the" more on the left);
- `b other mention`: saidwhen finds the attribution (a quote whose content overlaps the gold
  content, or the same cue) but gives it no mention (`b none`) or another one (`b other`);
- `c not found, speech`: no quote of saidwhen's, and the gold cue is a verb of speech or writing
  in saidwhen's lexicon (or "according to"): a quotation by conventions.md;
- `c not found, poll`: the same, where the mention is a poll's share ("55 percent of voters"),
  which the project's conventions leave out;
- `c not found, other`: no quote, and the cue is no verb of speech (beliefs, wants, plans,
  nouns: PolNeAR's broad attribution), left out on purpose.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from saidwhen.quotes.cues import direct_lemma, speech_lemma

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POLL = re.compile(r"\d|%|percent|per cent|\bmajority\b|\bhalf\b|\bthird\b|\bquarter\b|\bin (?:\w+ )?(?:10|ten|five|four|three)\b",
                  re.I)

Span = tuple[int, int]
RELATIVES = {"who", "which", "that", "whom"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "their", "its", "our", "my"}


def scorer():
    spec = importlib.util.spec_from_file_location("quotescore", SHARED / "eval" / "quotescore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


QS = scorer()


def load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def mentions(text: str, quote: dict) -> list[Span]:
    return [t for s, e in QS.speaker_of(quote)[1] if (t := QS.trim(text, s, e))]


def speech_cue(text: str, quote: dict) -> bool:
    words = re.findall(r"[A-Za-z]+", " ".join(text[s:e] for s, e in QS.spans(quote.get("cue"))))
    return "according" in (w.lower() for w in words) or any(speech_lemma(w) or direct_lemma(w) for w in words)


def cue_lemma(text: str, quote: dict) -> str:
    """The cue's verb of speech as a lemma ("according" for "according to")."""
    words = re.findall(r"[A-Za-z]+", " ".join(text[s:e] for s, e in QS.spans(quote.get("cue"))))
    for w in words:
        if w.lower() == "according":
            return "according"
        if lemma := speech_lemma(w) or direct_lemma(w):
            return lemma
    return "?"


def other_detail(text: str, span: Span, gold: dict, pred: dict) -> str:
    """What the gold mention is, beside saidwhen's other one."""
    words = text[span[0]:span[1]].lower().split()
    if len(words) == 1 and words[0] in RELATIVES:
        return "gold a relative pronoun"
    if len(words) == 1 and speech_lemma(words[0]):
        return "gold mention is a verb of speech (cue and source swapped)"
    if len(words) == 1 and words[0] in PRONOUNS:
        return "gold a pronoun"
    pc = QS.chars(QS.spans(pred.get("cue")))
    if pc & QS.chars(QS.spans(gold.get("cue"))):
        return "same cue"
    return "other cue"


def bound_difference(text: str, gold: Span, pred: Span) -> str:
    """Where the predicted span parts from the gold one, and the word there."""
    def word(s: int, e: int, last: bool) -> str:
        words = text[s:e].split()
        w = (words[-1] if last else words[0]) if words else "?"
        return w.lower() if w.lower().isalpha() and not w[0].isupper() else ("Cap" if w[0].isupper() else "word")
    parts = []
    if pred[0] < gold[0]:
        parts.append(f"+left {word(pred[0], gold[0], True)}")
    elif pred[0] > gold[0]:
        parts.append(f"-left {word(gold[0], pred[0], True)}")
    if pred[1] > gold[1]:
        parts.append(f"+right {word(gold[1], pred[1], False)}")
    elif pred[1] < gold[1]:
        parts.append(f"-right {word(pred[1], gold[1], False)}")
    return ", ".join(parts)


def classify(text: str, gold_qs: list[dict], pred_qs: list[dict], span: Span) -> tuple[str, str]:
    """The class of a missed gold mention `span`, and a detail."""
    gchars = set(range(*span))
    for p in pred_qs:
        for ps in mentions(text, p):
            if gchars & set(range(*ps)):
                return "a bounds", bound_difference(text, span, ps)
    owners = [g for g in gold_qs if span in mentions(text, g)]
    for g in owners:
        gc, gcue = QS.chars(QS.content_spans(g)), QS.chars(QS.spans(g.get("cue")))
        for p in pred_qs:
            if gc and len(gc & QS.chars(QS.content_spans(p))) / len(gc) >= 0.3 or gcue and gcue & QS.chars(QS.spans(p.get("cue"))):
                if not mentions(text, p):
                    return "b none", "cue" if p.get("cue") else "no cue"
                return "b other", other_detail(text, span, g, p)
    spoken = [g for g in owners if speech_cue(text, g)]
    if spoken:
        return ("c not found, poll", "") if POLL.search(text[span[0]:span[1]]) else ("c not found, speech", cue_lemma(text, spoken[0]))
    return "c not found, other", ""


def example(text: str, article_id: str, span: Span, gold_qs: list[dict], pred_qs: list[dict]) -> str:
    owner = next(g for g in gold_qs if span in mentions(text, g))
    cue = QS.spans(owner.get("cue"))
    s = max(0, min([span[0]] + [c[0] for c in cue]) - 100)
    e = min(len(text), max([span[1]] + [c[1] for c in cue]) + 100)
    near = [text[a:b] for p in pred_qs for a, b in mentions(text, p) if s <= a < e]
    return (f"{article_id}: gold {text[span[0]:span[1]]!r} cue {' | '.join(text[a:b] for a, b in cue)!r}; "
            f"ours near {near}\n      ...{' '.join(text[s:e].split())}...")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only")
    ap.add_argument("--details", type=int, default=12, help="how many details of each class to tally")
    a = ap.parse_args()
    gold, pred = load(a.gold), load(a.pred)
    counts, details, examples = Counter(), defaultdict(Counter), defaultdict(list)
    right = n_pred = n_gold = 0
    for aid, art in gold.items():
        text, pred_qs = art["text"], pred.get(aid, {}).get("quotes", [])
        g = {m for q in art["quotes"] for m in mentions(text, q)}
        p = {m for q in pred_qs for m in mentions(text, q)}
        right, n_pred, n_gold = right + len(g & p), n_pred + len(p), n_gold + len(g)
        for span in sorted(g - p):
            kind, detail = classify(text, art["quotes"], pred_qs, span)
            counts[kind] += 1
            details[kind][detail] += 1
            examples[kind].append(example(text, aid, span, art["quotes"], pred_qs))
    prec, rec = right / n_pred, right / n_gold
    print(f"{len(gold)} articles: exact mention P {prec:.4f} R {rec:.4f} F1 {2 * prec * rec / (prec + rec):.4f} "
          f"({right} right of {n_pred} predicted, {n_gold} gold)")
    for kind, n in sorted(counts.items()):
        print(f"  {n:5d}  {kind}")
        for detail, m in details[kind].most_common(a.details):
            if detail:
                print(f"           {m:4d}  {detail}")
    for kind in sorted(examples):
        if a.only and not kind.startswith(a.only):
            continue
        for line in examples[kind][:a.show]:
            print(f"[{kind}] {line}")


if __name__ == "__main__":
    main()
