"""Accuracy gate: the TIMEX3 tagger on the TempEval-3 development data must not fall below
the floors in tests/timex_floors.json (scored by ../shared/eval/timexscore.py), and every
annotated time of the seed article must get its value."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

from saidwhen.timexes import tag_times

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = json.loads((Path(__file__).parent / "timex_floors.json").read_text())


def load_benchmark():
    spec = importlib.util.spec_from_file_location("timex_dev", ROOT / "benchmarks" / "timex_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIGURES = ["value_f1", "relaxed_f1", "strict_f1", "type_acc"]


@pytest.fixture(scope="module")
def figures() -> dict:
    """Each corpus's figures, and both together under "all", from one tagging run."""
    needed = [SHARED / "eval" / "timexscore.py", SHARED / "data" / "timeml" / "TimeBank",
              SHARED / "data" / "timeml" / "AQUAINT"]
    missing = [str(path) for path in needed if not path.exists()]
    if missing:
        pytest.skip(f"the shared development data is not here: {', '.join(missing)}")
    return load_benchmark().evaluate_each(SHARED, in_process=True)


@pytest.mark.parametrize("figure", FIGURES)
def test_dev_figure_is_above_its_floor(figures, figure):
    measured = figures["all"][figure]
    assert measured >= FLOORS[figure], (
        f"{figure} {measured:.3f} fell below its floor {FLOORS[figure]:.3f}")


@pytest.mark.parametrize("corpus, figure",
                         [(corpus, figure) for corpus in FLOORS["by_corpus"] for figure in FIGURES])
def test_each_corpus_is_above_its_floor(figures, corpus, figure):
    """AQUAINT is held apart: a gain on TimeBank must not hide a loss on the newswire."""
    measured, floor = figures[corpus][figure], FLOORS["by_corpus"][corpus][figure]
    assert measured >= floor, f"{corpus} {figure} {measured:.3f} fell below its floor {floor:.3f}"


def test_every_time_of_the_seed_article_gets_its_value():
    gold_path = SHARED / "data" / "seed" / "gold.jsonl"
    if not gold_path.exists():
        pytest.skip(f"the shared seed is not here: {gold_path}")
    gold = json.loads(gold_path.read_text(encoding="utf-8").splitlines()[0])
    found = tag_times(gold["text"], dt.date.fromisoformat(gold["date"]))
    for expected in gold["timexes"]:
        overlapping = [t for t in found if t.start < expected["end"] and t.end > expected["start"]]
        assert [(t.value, t.mod) for t in overlapping] == [
            (expected["value"], expected.get("mod"))], expected["text"]
