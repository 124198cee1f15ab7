"""The learned choice of whom a pronoun refers to (saidwhen/speakers/coref.py, training/coref.py)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from conftest import ROOT, shared_or_skip

from saidwhen.parsing.language import parse
from saidwhen.parsing.spans import SpanSet
from saidwhen.speakers import coref
from saidwhen.speakers.entities import find_entities
from saidwhen.speakers.resolve import Resolver


def _training():
    """training/coref.py as a module, with the GUM folder it reads."""
    spec = importlib.util.spec_from_file_location("training_coref", ROOT / "training" / "coref.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module, shared_or_skip("data/gum") / "data" / "gum"


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


def _candidates(text: str, pronoun: str) -> list[coref.Candidate]:
    resolver = _resolver(text)
    at = next(t.i for t in resolver.doc if t.text == pronoun)
    return coref.candidates(resolver, at, coref.PERSON_PRONOUNS[pronoun.lower()], None)


def test_the_first_candidate_is_nobody_then_the_people_named_most_recent_first():
    found = _candidates("Ana Ruiz met Eva Lund on Monday. She said the plan would work.", "She")
    assert [c.entity.name if c.entity else None for c in found] == [None, "Eva Lund", "Ana Ruiz"]
    assert all(len(c.features) == len(coref.FEATURES) for c in found)


def test_a_person_of_the_other_gender_is_no_candidate():
    found = _candidates("Ana Ruiz met Tom Berg on Monday. She said the plan would work.", "She")
    assert [c.entity.name if c.entity else None for c in found] == [None, "Ana Ruiz"]


NOBODY_EVER = coref.Ranker(tuple(1.0 if name == "nobody" else 0.0 for name in coref.FEATURES))


def _resolved(text: str, pronoun: str) -> str | None:
    resolver = _resolver(text)
    entity = resolver.pronoun_entity[next(t.i for t in resolver.doc if t.text == pronoun)]
    return entity.name if entity else None


def test_the_resolver_asks_the_model_where_no_subject_goes_on(monkeypatch):
    monkeypatch.setattr(coref, "ranker", lambda: NOBODY_EVER)
    assert _resolved("Ana Ruiz met Tom Berg on Monday. The decision angered her staff.", "her") is None


def test_a_subject_going_on_stays_the_rules_choice(monkeypatch):
    monkeypatch.setattr(coref, "ranker", lambda: NOBODY_EVER)
    assert _resolved("Ana Ruiz met Tom Berg on Monday. She said the plan would work.", "She") == "Ana Ruiz"


def test_with_the_model_out_of_use_the_rules_decide(monkeypatch):
    monkeypatch.setattr(coref, "ranker", lambda: NOBODY_EVER)
    monkeypatch.setattr(coref, "IN_USE", False)
    assert _resolved("Ana Ruiz met Tom Berg on Monday. The decision angered her staff.", "her") == "Ana Ruiz"


def test_the_shipped_model_gives_her_to_the_woman_named_before(monkeypatch):
    assert _resolved("Ana Ruiz met Tom Berg on Monday. The decision angered her staff.", "her") == "Ana Ruiz"


def test_a_model_file_for_other_features_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "coref.json"
    path.write_text(json.dumps({"features": ["nobody"], "weights": [1.0]}), encoding="utf-8")
    with pytest.raises(coref.CorefModelError, match="coref.json"):
        coref.ranker(path)


def test_no_model_file_leaves_the_rules_to_decide(tmp_path):
    assert coref.ranker(tmp_path / "absent.json") is None


# Training ---------------------------------------------------------------------

def test_retraining_on_the_same_documents_gives_the_same_file():
    training, gum = _training()
    files = [gum / "GUM_news_afghan.conllu", gum / "GUM_bio_byron.conllu"]
    made = []
    for _ in range(2):
        data = training.examples(files)
        made.append(training.model_json(training.train(data, iterations=300), data))
    assert len(data) > 10
    assert made[0] == made[1]
    assert json.loads(made[0])["features"] == list(coref.FEATURES)


def test_the_shipped_model_is_what_training_gives_today(tmp_path):
    # The examples are read with today's name rules, so a change to them changes the model:
    # the shipped file must be retrained with it (`python training/coref.py`), or it drifts
    # from what the repository reproduces.
    _, gum = _training()
    out = tmp_path / "coref.json"
    subprocess.run([sys.executable, str(ROOT / "training" / "coref.py"), str(gum), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == coref.MODEL_PATH.read_bytes(), "retrain: python training/coref.py"


def test_nobody_is_never_right_for_a_pronoun_of_someone_the_article_names():
    training, gum = _training()
    # Byron's biography names him before every pronoun GUM ties to him; saidwhen does not know
    # "Byron" for a person, so most of these examples have no right candidate at all.
    data = training.examples([gum / "GUM_bio_byron.conllu"])
    assert data and not any(e.right[0] for e in data)
    assert any(e.right[1:].any() for e in data)


def test_training_reads_the_rules_alone_and_puts_every_learned_part_back():
    # The ranker is trained on the rules' own bookkeeping, so the other learned parts (the
    # speaker mention ranker, the recogniser's kinds) must be off while it reads GUM.
    training, _ = _training()
    from saidwhen.quotes import mention_choice
    from saidwhen.speakers import kinds

    before = mention_choice.model()
    with training.rules_only():
        assert (coref.IN_USE, kinds.RECOGNISER_IN_USE, mention_choice.model()) == (False, False, None)
    assert (coref.IN_USE, kinds.RECOGNISER_IN_USE) == (True, True)
    assert mention_choice.model() == before
