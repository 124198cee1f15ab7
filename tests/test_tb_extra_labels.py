"""The team's own labels of TimeBank and AQUAINT documents (tests/data/tb_extra_dev.jsonl) are
well-formed: every span lies inside the TimeML text it was labelled on and covers the text it was
labelled with (its hash), and every field holds what the record allows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script, shared_or_skip

LABELS = Path(__file__).parent / "data" / "tb_extra_dev.jsonl"


@pytest.fixture(scope="module")
def bench():
    return load_script("quotes_dev")


@pytest.fixture(scope="module")
def timeml() -> Path:
    return shared_or_skip("data/timeml/TimeBank", "data/timeml/AQUAINT") / "data" / "timeml"


@pytest.fixture(scope="module")
def labelled(bench, timeml) -> list[tuple[dict, str]]:
    return list(bench.read_tb_extra(LABELS, timeml))


def test_every_labelled_article_reads_and_checks(labelled):
    assert 15 <= len(labelled) <= 20
    assert sum(len(rec["quotes"]) for rec, _ in labelled) >= 150


def test_none_of_the_documents_is_in_tb_placed_and_none_twice(labelled):
    placed = shared_or_skip("data/tb-placed/tb-placed.jsonl") / "data" / "tb-placed" / "tb-placed.jsonl"
    placed_ids = {json.loads(line)["id"] for line in placed.read_text(encoding="utf-8").splitlines()}
    ids = [rec["id"] for rec, _ in labelled]
    assert len(set(ids)) == len(ids)
    assert not placed_ids & set(ids)


def test_the_documents_come_from_several_papers_and_wires(labelled):
    sources = {rec["source"] for rec, _ in labelled}
    assert {"wsj", "AP", "APW", "NYT", "XIE", "VOA"} <= sources


def test_quotes_are_in_text_order_and_follow_ons_have_no_mention(labelled):
    for rec, _ in labelled:
        starts = [q["content"][0]["start"] for q in rec["quotes"]]
        assert starts == sorted(starts), rec["id"]
        for quote in rec["quotes"]:
            if quote["cue"] is None and quote["kind"] != "direct":
                assert quote["speaker"]["mention"] is None, (rec["id"], quote["content"])


def test_the_gold_built_from_the_labels_spells_each_span_from_the_text(bench, timeml, tmp_path):
    gold = bench.with_tb_extra(LABELS, tmp_path / "gold.jsonl", timeml)
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for quote in rec["quotes"]:
            for span in quote["content"]:
                assert rec["text"][span["start"]:span["end"]] == span["text"]
                assert "sha" not in span


def _one_article_altered(tmp_path: Path, change) -> Path:
    rec = json.loads(LABELS.read_text(encoding="utf-8").splitlines()[0])
    change(rec)
    path = tmp_path / "labels.jsonl"
    path.write_text("\n" + json.dumps(rec) + "\n", encoding="utf-8")
    return path


def _moved_by_one(rec):
    rec["quotes"][0]["content"][0]["start"] += 1


def _past_the_end(rec):
    rec["quotes"][0]["cue"]["end"] = 10 ** 6


def _no_such_channel(rec):
    rec["quotes"][0]["channel"] = "carrier pigeon"


def _gender_for_an_organisation(rec):
    rec["quotes"][0]["speaker"].update(kind="organisation", gender="female")


def _window_backwards(rec):
    rec["quotes"][0]["said_on"] = {"earliest": "1989-11-02", "latest": "1989-10-30"}


def _another_text(rec):
    rec["text_sha256"] = "0" * 64


@pytest.mark.parametrize("change, says", [
    (_moved_by_one, "covers other text"), (_past_the_end, "not inside the text"),
    (_no_such_channel, "not a label of the record"), (_gender_for_an_organisation, "does not fit"),
    (_window_backwards, "runs backwards"), (_another_text, "is not the one labelled")])
def test_a_bad_label_is_rejected_naming_the_file_and_line(bench, timeml, tmp_path, change, says):
    path = _one_article_altered(tmp_path, change)
    with pytest.raises(bench.LabelError, match=says) as raised:
        list(bench.read_tb_extra(path, timeml))
    assert f"{path}:2:" in str(raised.value)
