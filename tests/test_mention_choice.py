"""The learned choice of a cue's speaker mention: when the ranker overrides the rules, and that
retraining gives the same weights. Sentences written for these tests."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_or_skip

import saidwhen
from saidwhen.parsing import language
from saidwhen.quotes import find_quotes, mention_choice
from saidwhen.quotes.mention_choice import MentionModelError, Model, candidates, choose, load

ROOT = Path(__file__).resolve().parents[1]


def cue_and_rule(doc):
    """The cue and the rules' subject of the one quote of `doc`."""
    [found] = find_quotes(doc)
    return found.cue[0], found.subject


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setenv(mention_choice.ENVIRONMENT, "off")
    mention_choice.model.cache_clear()
    yield
    mention_choice.model.cache_clear()


def test_the_candidates_are_the_nouns_and_pronouns_around_the_cue_outside_the_quote(rules_only):
    doc = language.parse("The vote was close. “We won the council,” Ann Moreau told her staff. "
                         "She left early.")
    cue, rule = cue_and_rule(doc)
    words = {doc[c.index].text for c in candidates(doc, cue, ((20, 42),), rule)}
    assert {"Moreau", "staff", "vote", "She"} <= words
    assert "council" not in words  # inside the quotation


def test_the_ranker_replaces_the_rules_pick_only_when_surer_by_the_margin(rules_only):
    doc = language.parse("“The bridge will open in May,” Ann Moreau told the engineers.")
    cue, rule = cue_and_rule(doc)
    assert doc[rule].text == "Moreau"
    # weights that prefer any candidate the rules did not pick, and among them an object
    against_rule = {"rule=no": 3.0, "cue_child=dobj": 3.0}
    assert doc[choose(doc, Model(against_rule, margin=0.1, adopt=1.0), cue, (), rule)].text == "engineers"
    assert choose(doc, Model(against_rule, margin=1.0, adopt=1.0), cue, (), rule) == rule


def test_where_the_rules_name_nobody_the_ranker_names_someone_only_when_sure():
    doc = language.parse("“The bridge will open in May,” Ann Moreau told the engineers.")
    cue = next(t.i for t in doc if t.text == "told")
    sure = Model({"cue_child=nsubj": 9.0}, margin=0.1, adopt=0.7)
    assert doc[choose(doc, sure, cue, (), None)].text == "Moreau"
    assert choose(doc, Model({}, margin=0.1, adopt=0.7), cue, (), None) is None


@pytest.mark.parametrize("text, mention", [
    ("“The bridge will open in May,” the mayor of Lisle, Ann Moreau, told reporters.", "the mayor of Lisle"),
    ("The council, Ann Moreau said, will vote on the plan next week.", "Ann Moreau"),
    ("“We have no money left,” a spokesman for the union said in an email.", "a spokesman for the union"),
    ("Critics of the plan, including Ann Moreau, say it will cost too much.", "Critics of the plan"),
    ("The plan will fail, according to a report by the city's auditor.", "a report by the city's auditor"),
    ("“Nobody listened,” Omar Haddad's lawyer said.", "Omar Haddad's lawyer"),
    # the parser hangs the spokesperson on the outlet; the ranker would take the department
    ("Lobster season opened on Monday.\n\nIn an email to Global News, a spokesperson for Fisheries "
     "and Oceans Canada said the department was working to bring more women into the industry.",
     "a spokesperson for Fisheries and Oceans Canada"),
])
def test_the_shipped_ranker_keeps_the_speaker_the_sentence_gives(text, mention):
    [quote] = saidwhen.extract(text).quotes
    assert quote.speaker.mention.text.startswith(mention)


def test_a_weights_file_that_is_not_one_is_named_in_the_error(tmp_path):
    bad = tmp_path / "weights.json"
    bad.write_text('{"weights": {}}', encoding="utf-8")
    with pytest.raises(MentionModelError, match="weights.json"):
        load(bad)


def test_the_shipped_weights_load_with_their_margins():
    shipped = load(mention_choice.WEIGHTS)
    assert 0.0 <= shipped.margin < 1.0 and 0.0 < shipped.adopt <= 1.0
    assert shipped.weights["rule=yes"] > shipped.weights.get("rule=no", 0.0)


def test_retraining_on_the_same_articles_gives_the_same_bytes(tmp_path):
    shared_or_skip("data/polnear/train.jsonl", "data/polnear/train-placed.jsonl")
    outs = [tmp_path / "first.json", tmp_path / "second.json"]
    for out in outs:
        subprocess.run([sys.executable, str(ROOT / "training" / "mention.py"), "--limit", "12", "--out", str(out)],
                       check=True, capture_output=True, cwd=ROOT)
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert json.loads(outs[0].read_text(encoding="utf-8"))["weights"]


def test_the_shipped_weights_are_what_training_gives_today(tmp_path):
    # The candidates and features are read with today's rules, so a change to them changes the
    # weights: the shipped file must be retrained with it (`python training/mention.py`).
    shared_or_skip("data/polnear/train.jsonl", "data/polnear/train-placed.jsonl")
    out = tmp_path / "mention_choice.json"
    subprocess.run([sys.executable, str(ROOT / "training" / "mention.py"), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    assert out.read_bytes() == mention_choice.WEIGHTS.read_bytes(), "retrain: python training/mention.py"


@pytest.mark.parametrize("text", [
    "Politics news.\n\nHis comments come as the co-chairman of the Harbour Party, Liam Vance, on "
    "Saturday called him \"a disappointment\" as a leader.",
    "Arts news.\n\nIt was announced last July that three quangos would be brought under government "
    "control.",
])
def test_the_ranker_never_makes_a_day_or_a_month_the_speaker(text):
    [quote] = saidwhen.extract(text).quotes
    assert quote.speaker is None or quote.speaker.name not in ("Saturday", "July")


def test_a_month_that_ends_a_name_is_still_the_speaker_s():
    text = "Housing news.\n\nAccording to Ann May, the plan was costed. “We are ready,” said Tom Friday."
    assert [q.speaker.name for q in saidwhen.extract(text).quotes] == ["Ann May", "Tom Friday"]
