"""Where saidwhen's speaker mention for a quote it finds parts from PolNeAR train's source span, by class.

    python benchmarks/mention_classes.py [--articles 150] [--show 10] [--only CLASS]

PolNeAR train is training data, so its errors may be read while writing rules; the articles of
train-placed.jsonl (a dev set with a held-back part) and of dev.jsonl are left out, and the
sample is the first N of the rest in id order, so a run before and after a change reads the same
articles. Each gold attribution with a speech cue (a word of it a verb of speech in saidwhen's
lexicon, or "according to": PolNeAR also marks beliefs, "voters have no idea") and a source
span is matched to one of saidwhen's quotes as ../shared/eval/quotescore.py matches them
(content overlap of 0.3 and more, greedy in gold order). A matched pair is right where the mentions overlap (the scorer's mention accuracy);
else it is counted in one class:

- `follow-on, the mention on its other part`: PolNeAR keeps '"A," she said. "B."' as one
  attribution, saidwhen as two quotes, the follow-on "B." (matched, as the longer) with
  `mention: null` as conventions.md asks and "A" with the gold mention: right by the spec;
- `no mention`: saidwhen gives the quote no mention otherwise, though it has a cue of its own
  (`own cue`: no subject read) or none (`no cue`: the gold cue was not taken, and no other
  quote of saidwhen carries the gold mention);
- `pronoun for its name` / `name for its pronoun`: the two mentions are one speaker, one as a
  pronoun, the other as a name (saidwhen's resolved name is in the gold span);
- `same speaker, another mention`: the two name the same speaker otherwise;
- `a relative pronoun's antecedent`: PolNeAR marks "who" in "Ann Moreau, who said", saidwhen
  the one it stands for (docs/extracting.md); conventions.md does not say which;
- `another noun phrase, another cue`: saidwhen took the quote's words from another cue (often
  "X said, according to the Courier", whose source PolNeAR marks as an attribution of its own);
- `another noun phrase, the same cue`: saidwhen's mention for the same cue is someone else.

Exact bounds (the mentions overlap but are not the same span) are counted apart: they do not
change the mention accuracy. `--show` prints examples of each class.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from saidwhen.pipeline import extract_articles
from saidwhen.quotes.cues import direct_lemma, speech_lemma
from saidwhen.records import Article, Skipped

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"}
RELATIVES = {"who", "which", "that"}
OVERLAP = 0.3  # quotescore.py's lower threshold


def scorer():
    spec = importlib.util.spec_from_file_location("quotescore", SHARED / "eval" / "quotescore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ids(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh}


def sample(n: int) -> list[dict]:
    """The first `n` train articles in id order, without train-placed's and dev's."""
    kept_out = ids(POLNEAR / "train-placed.jsonl") | ids(POLNEAR / "dev.jsonl")
    with (POLNEAR / "train.jsonl").open(encoding="utf-8") as fh:
        records = [r for r in map(json.loads, fh) if r["id"] not in kept_out]
    return sorted(records, key=lambda r: r["id"])[:n]


def spans(value) -> list[tuple[int, int]]:
    if not value:
        return []
    return [(v["start"], v["end"]) for v in ([value] if isinstance(value, dict) else value)]


def chars(sps) -> set[int]:
    return {i for s, e in sps for i in range(s, e)}


def speech_cue(text: str, quote: dict) -> bool:
    words = re.findall(r"[A-Za-z]+", " ".join(text[s:e] for s, e in spans(quote.get("cue"))))
    return "according" in (w.lower() for w in words) or any(speech_lemma(w) or direct_lemma(w) for w in words)


def classify(text: str, gold: dict, pred: dict, others: list[dict]) -> str:
    """The class of one matched pair (see the module's docstring); `others` are saidwhen's
    other quotes of the article."""
    gment = spans((gold.get("speaker") or {}).get("mention"))
    speaker = pred.get("speaker") or {}
    pment = spans(speaker.get("mention"))
    if chars(gment) & chars(pment):
        return "right, same span" if sorted(gment) == sorted(pment) else "right, other bounds"
    if not pment and any(chars(gment) & chars(spans((q.get("speaker") or {}).get("mention"))) for q in others):
        return "follow-on, the mention on its other part"
    if not pment:
        return "no mention, own cue" if pred.get("cue") else "no mention, no cue"
    gtext = " ".join(text[s:e] for s, e in gment)
    ptext = " ".join(text[s:e] for s, e in pment)
    name = speaker.get("name") or ""
    surname = name.split()[-1] if name else ""
    same = bool(surname) and surname.lower() in gtext.lower()
    if gtext.strip().lower() in RELATIVES and pment[-1][1] <= gment[0][0]:
        return "a relative pronoun's antecedent"
    if same and ptext.strip().lower() in PRONOUNS:
        return "pronoun for its name"
    if gtext.strip().lower() in PRONOUNS and surname and surname.lower() in ptext.lower():
        return "name for its pronoun"
    if same:
        return "same speaker, another mention"
    if not chars(spans(gold.get("cue"))) & chars(spans(pred.get("cue"))):
        return "another noun phrase, another cue"
    return "another noun phrase, the same cue"


def tally(records: list[dict]) -> tuple[Counter, dict[str, list[str]]]:
    quotescore = scorer()
    counts, examples = Counter(), defaultdict(list)
    by_id = {r["id"]: r for r in records}
    for result in extract_articles(Article(id=r["id"], text=r["text"], date=None) for r in records):
        if isinstance(result, Skipped):
            raise RuntimeError(str(result))
        record = by_id[result.article.id]
        text = record["text"]
        gold = [q for q in record["quotes"]
                if speech_cue(text, q) and spans((q.get("speaker") or {}).get("mention"))]
        pred = result.to_json()["quotes"]
        pairs, missed, _ = quotescore.match_article(gold, pred, OVERLAP)
        counts["no quote found"] += len(missed)
        for gi, pi in pairs:
            kind = classify(text, gold[gi], pred[pi], pred[:pi] + pred[pi + 1:])
            counts[kind] += 1
            examples[kind].append(example(text, record["id"], gold[gi], pred[pi]))
    return counts, examples


def example(text: str, article_id: str, gold: dict, pred: dict) -> str:
    def show(sps):
        return " | ".join(repr(text[s:e]) for s, e in sps) or "-"

    cue = spans(gold["cue"])
    s = max(0, min(s for s, _ in spans(gold["speaker"]["mention"]) + cue) - 80)
    e = min(len(text), max(e for _, e in spans(gold["speaker"]["mention"]) + cue) + 80)
    speaker = pred.get("speaker") or {}
    return (f"{article_id}: gold {show(spans(gold['speaker']['mention']))} cue {show(cue)}; "
            f"ours {show(spans(speaker.get('mention')))} name {speaker.get('name')!r} cue {show(spans(pred.get('cue')))}\n"
            f"      ...{' '.join(text[s:e].split())}...")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--show", type=int, default=0, help="examples of each class to print")
    ap.add_argument("--only", help="print examples of this class only")
    a = ap.parse_args()
    records = sample(a.articles)
    counts, examples = tally(records)
    matched = sum(v for k, v in counts.items() if k != "no quote found")
    right = counts["right, same span"] + counts["right, other bounds"]
    print(f"{len(records)} articles, {sum(counts.values())} gold attributions with a speech cue and a mention, "
          f"{matched} matched; mention accuracy {right / matched:.3f}")
    for kind, n in counts.most_common():
        print(f"  {n:5d}  {kind}")
    for kind, lines in sorted(examples.items()):
        if kind.startswith("right") or (a.only and kind != a.only):
            continue
        for line in lines[:a.show]:
            print(f"[{kind}] {line}")


if __name__ == "__main__":
    main()
