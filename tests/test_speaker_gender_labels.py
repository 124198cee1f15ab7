"""The team's kind and gender labels (tests/data/speaker_gender_dev.jsonl) hold back the same
articles as every other set with parts: an article held back from one figure is held back from
all, so reading one part's errors never shows an article another figure holds back."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from conftest import load_script

LABELS = Path(__file__).parent / "data" / "speaker_gender_dev.jsonl"


@pytest.fixture(scope="module")
def bench():
    return load_script("quotes_dev")


def test_each_labelled_article_is_in_the_part_held_back_says(bench):
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert bench.in_part(rec["id"], rec["part"]), f"{rec['id']} is labelled {rec['part']}"


def _gold(path: Path, ids: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": i, "quotes": [{"content": [{"start": 0, "end": 4}],
                                                              "speaker": {"name": "A"}}]}) + "\n"
                            for i in ids), encoding="utf-8")


@pytest.mark.parametrize("part, kept", [("tuned", ["APW1"]), ("held-back", ["NYT1"]), ("all", ["APW1", "NYT1"])])
def test_joining_labels_keeps_the_part_of_held_back_whatever_the_label_says(bench, part, kept):
    with tempfile.TemporaryDirectory() as tmp:
        labels, gold, out = Path(tmp) / "labels.jsonl", Path(tmp) / "gold.jsonl", Path(tmp) / "out.jsonl"
        quote = {"content": [{"start": 0, "end": 4}], "kind": "person", "gender": "female"}
        # a label file whose own parts disagree with HELD_BACK: the NYT story marked tuned
        labels.write_text("".join(json.dumps({"id": i, "part": p, "quotes": [quote]}) + "\n"
                                  for i, p in (("APW1", "held-back"), ("NYT1", "tuned"))), encoding="utf-8")
        _gold(gold, ["APW1", "NYT1"])
        bench.with_speaker_labels(gold, labels, part, out)
        joined = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [rec["id"] for rec in joined] == kept
    assert all(rec["quotes"][0]["speaker"]["gender"] == "female" for rec in joined)
