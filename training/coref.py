"""Train the choice of whom a pronoun refers to (saidwhen/speakers/coref.py) on GUM's coreference.

    python training/coref.py [GUM_DIR] [--out saidwhen/speakers/models/coref.json] [--evaluate]

GUM_DIR defaults to ../shared/data/gum (90 documents: news, interviews, biographies, academic
and court texts; its README). Each document's text is rebuilt as the demo corpus is
(benchmarks/build_wikinews.py) and parsed by saidwhen; its quotes are found and its entities
grouped as extraction does, and the Resolver reads it with the rules alone (the other learned
parts off too: `rules_only`). Every "he", "she",
"his", "her" ... the Resolver resolves by salience (no named subject goes on to it) and GUM marks
as a person is an example: the candidates are saidwhen's (speakers/coref.py `candidates`), the
right one the candidate whose names GUM ties to the pronoun's entity, or "nobody" where the
article names nobody GUM ties it to. A pronoun the rules give to someone the article leaves
unnamed is left out, as at run time the rules keep those. Where GUM's entity is named but is no
candidate (a bare "Byron" that the rules do not take for a person), no
choice is right: such examples count against both the rules and the model and teach nothing.

The model is a softmax over each pronoun's candidates, trained by full-batch gradient descent
from zeros with an L2 penalty, in a fixed order: the same data gives the same file, byte for
byte (weights rounded to six places). About a minute on one core, most of it parsing.
`--evaluate` also prints, per genre, the accuracy of the rules and of a model trained on the
other genres (leave one genre out) on the same pronouns.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy

from saidwhen.parsing import language
from saidwhen.quotes import find_quotes
from saidwhen.parsing.spans import SpanSet
from saidwhen.quotes import mention_choice
from saidwhen.speakers import coref, kinds
from saidwhen.speakers.entities import Entity, find_entities
from saidwhen.lexicon import PERSON_PRONOUNS
from saidwhen.speakers.resolve import Resolver

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "data" / "gum"
OUT = coref.MODEL_PATH
# L2 chosen among 0.001, 0.01, 0.03 and 0.1 by the leave-one-genre-out figures (docs/extracting.md).
ITERATIONS, STEP, L2 = 3000, 1.0, 0.1
SOURCE = "GUM (Zeldes 2017), CC BY 4.0 annotations: ../shared/data/gum"


@dataclass(frozen=True, slots=True)
class Example:
    """One pronoun: its candidates' features, which are right, and whether the rules were."""

    genre: str
    features: numpy.ndarray  # candidates x FEATURES
    right: numpy.ndarray  # bool per candidate
    rule_right: bool


def gum_files(gum: Path) -> list[Path]:
    files = sorted(gum.glob("GUM_*.conllu"))
    if not files:
        raise SystemExit(f"{gum}: no GUM documents (GUM_*.conllu)")
    return files


def examples(files: list[Path]) -> list[Example]:
    """The examples of GUM documents, in file and text order."""
    gum = _gum_reader()
    build = gum._builder()
    texts = [build.article(path)["text"] for path in files]
    out: list[Example] = []
    with rules_only():
        for (doc, path), text in zip(language.parse_many((t, p) for t, p in zip(texts, files)), texts):
            out.extend(_document_examples(doc, path.stem.split("_")[1], gum.mentions(path, text)))
    return out


@contextmanager
def rules_only():
    """Resolve with the rules alone: the examples describe the rules' bookkeeping, not a model's.

    The other learned parts are off too (the speaker mention ranker, the entity recogniser's
    kinds), so that the ranker's training depends on the rules and GUM only: the same file comes
    out whatever else is learned later. Trained on the whole learned stack instead (5 December
    2026), it chose somebody where GUM's interviews name nobody (leaving interviews out, 0.614
    of their pronouns against the rules' 0.762) and PolNeAR train-placed's tuned attributed F1
    fell from 0.742 to 0.738."""
    in_use, recognised = coref.IN_USE, kinds.RECOGNISER_IN_USE
    chosen = os.environ.get(mention_choice.ENVIRONMENT)
    coref.IN_USE = kinds.RECOGNISER_IN_USE = False
    os.environ[mention_choice.ENVIRONMENT] = "off"
    mention_choice.model.cache_clear()
    try:
        yield
    finally:
        coref.IN_USE, kinds.RECOGNISER_IN_USE = in_use, recognised
        if chosen is None:
            os.environ.pop(mention_choice.ENVIRONMENT, None)
        else:
            os.environ[mention_choice.ENVIRONMENT] = chosen
        mention_choice.model.cache_clear()


def _document_examples(doc, genre: str, gold) -> list[Example]:
    found = find_quotes(doc)
    quoted = SpanSet(span for f in found if f.kind == "direct" for span in f.content)
    resolver = Resolver(doc, find_entities(doc, quoted), quoted, {f.subject for f in found if f.subject is not None})
    at = {m.start: m for m in gold if len(m.words) == 1}  # a pronoun's own mention
    out = []
    for p, rule in resolver.pronoun_entity.items():
        mention = at.get(doc[p].idx)
        if mention is None or mention.kind != "person" or (rule is not None and not rule.name):
            continue
        gender = PERSON_PRONOUNS[doc[p].lower_]
        if resolver._last_subject(p, gender) is not None:
            continue  # the subject going on is the rules' to decide; the model ranks by salience
        found_ = coref.candidates(resolver, p, gender, rule)
        right = [mention.entity in _gum_entities(c.entity, doc, gold) for c in found_[1:]]
        # Nobody is right only where the article names nobody GUM ties the pronoun to: a name
        # that is no candidate (of no known kind, too far back) makes the example one no
        # candidate gets right.
        named = any(mention.entity in _gum_entities(e, doc, gold) for e in resolver.entities
                    if e.name and e.mentions and e.first < p)
        right = [not named, *right]
        rule_right = right[0] if rule is None else mention.entity in _gum_entities(rule, doc, gold)
        out.append(Example(genre, numpy.array([c.features for c in found_]), numpy.array(right), rule_right))
    return out


def _gum_entities(entity: Entity, doc, gold) -> set[str]:
    """GUM's entities of an entity's names: for each, the smallest GUM mention holding its last word."""
    out = set()
    for m in entity.mentions:
        start = doc[m.end - 1].idx
        holding = [g for g in gold if g.start <= start < g.end]
        if holding:
            out.add(min(holding, key=lambda g: g.end - g.start).entity)
    return out


def train(data: list[Example], iterations: int = ITERATIONS) -> numpy.ndarray:
    """Weights maximising the probability of the right candidates, softmax over each example's
    (those with no right candidate teach nothing)."""
    data = [e for e in data if e.right.any()]
    width = len(coref.FEATURES)
    most = max(len(e.right) for e in data)
    x = numpy.zeros((len(data), most, width))
    right = numpy.zeros((len(data), most), dtype=bool)
    present = numpy.zeros((len(data), most), dtype=bool)
    for i, e in enumerate(data):
        x[i, :len(e.right)] = e.features
        right[i, :len(e.right)] = e.right
        present[i, :len(e.right)] = True
    w = numpy.zeros(width)
    for _ in range(iterations):
        p = _softmax(x @ w, present)
        q = _softmax(x @ w, right)  # the probability among the right ones
        gradient = numpy.einsum("nk,nkd->d", p - q, x) / len(data) + L2 * w
        w -= STEP * gradient
    return w


def _softmax(scores: numpy.ndarray, mask: numpy.ndarray) -> numpy.ndarray:
    scores = numpy.where(mask, scores, -numpy.inf)
    top = scores.max(axis=1, keepdims=True)
    e = numpy.where(mask, numpy.exp(scores - top), 0.0)
    return e / e.sum(axis=1, keepdims=True)


def accuracy(w: numpy.ndarray, data: list[Example]) -> float:
    """Share of examples whose first best-scoring candidate is right."""
    return sum(bool(e.right[int(numpy.argmax(e.features @ w))]) for e in data) / max(1, len(data))


def model_json(w: numpy.ndarray, data: list[Example]) -> str:
    return json.dumps({"features": list(coref.FEATURES), "weights": [round(float(v), 6) for v in w],
                       "examples": len(data), "trained_on": SOURCE}, indent=1) + "\n"


def evaluate(data: list[Example]) -> None:
    """Leave one genre out: the rules and a model trained on the other genres, on the same pronouns."""
    print("genre        pronouns  rules  learned   named-gold  rules  learned")
    for genre in sorted({e.genre for e in data}):
        held = [e for e in data if e.genre == genre]
        w = train([e for e in data if e.genre != genre])
        named = [e for e in held if not e.right[0]]
        print(f"{genre:12} {len(held):8}  {_rules(held):.3f}  {accuracy(w, held):.3f}     "
              f"{len(named):8}    {_rules(named):.3f}  {accuracy(w, named):.3f}")
    print(f"{'all':12} {len(data):8}  {_rules(data):.3f}")


def _rules(data: list[Example]) -> float:
    return sum(e.rule_right for e in data) / max(1, len(data))


def _gum_reader():
    spec = importlib.util.spec_from_file_location("gender_gum", ROOT / "benchmarks" / "gender_gum.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gum", type=Path, nargs="?", default=GUM)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--evaluate", action="store_true", help="also print leave-one-genre-out figures")
    a = ap.parse_args()
    data = examples(gum_files(a.gum))
    if a.evaluate:
        evaluate(data)
    w = train(data)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(model_json(w, data), encoding="utf-8")
    print(f"{len(data)} pronouns; accuracy on them {accuracy(w, data):.3f} (rules {_rules(data):.3f}); "
          f"written to {a.out}")


if __name__ == "__main__":
    main()
