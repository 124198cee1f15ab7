"""The learned choice of whom a pronoun refers to (saidwhen/speakers/coref.py, training/coref.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from saidwhen.language import parse
from saidwhen.spans import SpanSet
from saidwhen.speakers import coref
from saidwhen.speakers.entities import find_entities
from saidwhen.speakers.resolve import Resolver

GUM = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gum"


def _resolver(text: str) -> Resolver:
    doc = parse(text)
    return Resolver(doc, find_entities(doc, SpanSet(())), SpanSet(()), set())


def _learned(text: str, pronoun: str) -> str | None:
    """The shipped model's choice for the first `pronoun` of `text`, None for nobody."""
    resolver = _resolver(text)
    at = next(t.i for t in resolver.doc if t.text == pronoun)
    gender = coref.PERSON_PRONOUNS[pronoun.lower()]
    chosen = coref.ranker().choose(coref.candidates(resolver, at, gender, resolver.pronoun_entity[at])).entity
    return chosen.name if chosen else None


# The shipped model ------------------------------------------------------------

def test_the_shipped_model_gives_she_to_the_woman_just_named():
    assert _learned("Ana Ruiz met Tom Berg on Monday. She said the plan would work.", "She") == "Ana Ruiz"


def test_the_shipped_model_gives_he_to_the_man_even_when_he_was_the_object():
    assert _learned("Ana Ruiz met Tom Berg on Monday. He said the plan would work.", "He") == "Tom Berg"


def test_the_shipped_model_names_nobody_where_the_article_names_no_person():
    assert _learned("The council met on Monday. She said the plan would work.", "She") is None


def test_the_first_candidate_is_nobody_then_the_people_named_most_recent_first():
    resolver = _resolver("Ana Ruiz met Tom Berg on Monday. She said the plan would work.")
    at = next(t.i for t in resolver.doc if t.text == "She")
    found = coref.candidates(resolver, at, "f", None)
    assert [c.entity.name if c.entity else None for c in found] == [None, "Tom Berg", "Ana Ruiz"]
    assert all(len(c.features) == len(coref.FEATURES) for c in found)


def test_the_resolver_follows_the_model_only_when_it_is_in_use(monkeypatch):
    text = "Ana Ruiz met Tom Berg on Monday. She said the plan would work."
    monkeypatch.setattr(coref, "IN_USE", True)
    resolver = _resolver(text)
    at = next(t.i for t in resolver.doc if t.text == "She")
    assert resolver.pronoun_entity[at].name == "Ana Ruiz"


def test_a_model_file_for_other_features_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "coref.json"
    path.write_text(json.dumps({"features": ["nobody"], "weights": [1.0]}), encoding="utf-8")
    with pytest.raises(coref.CorefModelError, match="coref.json"):
        coref.ranker(path)


def test_no_model_file_leaves_the_rules_to_decide(tmp_path):
    assert coref.ranker(tmp_path / "absent.json") is None


# Training ---------------------------------------------------------------------

@pytest.mark.skipif(not GUM.is_dir(), reason="GUM is not in ../shared/data/gum")
def test_retraining_on_the_same_documents_gives_the_same_file():
    from training import coref as training

    files = [GUM / "GUM_news_afghan.conllu", GUM / "GUM_bio_byron.conllu"]
    made = []
    for _ in range(2):
        data = training.examples(files)
        made.append(training.model_json(training.train(data, iterations=300), data))
    assert len(data) > 10
    assert made[0] == made[1]
    assert json.loads(made[0])["features"] == list(coref.FEATURES)


@pytest.mark.skipif(not GUM.is_dir(), reason="GUM is not in ../shared/data/gum")
def test_an_example_marks_as_right_the_candidate_gum_ties_the_pronoun_to():
    from training import coref as training

    data = training.examples([GUM / "GUM_bio_byron.conllu"])
    assert data and all(e.right.any() for e in data)  # "nobody" is right where no candidate is
    assert any(e.right[1:].any() for e in data)
