"""The word lists: plain files in saidwhen/lexicon/, each headed by what it decides, each
read by saidwhen.lexicon."""
from __future__ import annotations

import ast
import re
from importlib.resources import files
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from saidwhen import lexicon

FOLDER = Path(lexicon.__file__).parent
LISTS = sorted(FOLDER.glob("*.txt"))
PACKAGE = FOLDER.parent
# The stages whose rules read English words; the time tagger keeps its tables of values.
STAGES = ("parsing", "quotes", "speakers", "placing", "identity")


def test_there_are_word_lists():
    assert len(LISTS) > 50


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_each_list_is_headed_by_what_it_decides(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines[:2] if line.startswith("# ")]
    assert header, f"{path.name} begins with no comment line"
    assert len(" ".join(header)) > 30


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_each_list_holds_each_entry_once(path):
    entries = lexicon.ordered(path.stem)
    assert entries and len(entries) == len(set(entries))


def test_each_list_is_read_by_the_lexicon_module():
    source = Path(lexicon.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'(?:words|table|ordered)\("([a-z-]+)"\)', source))
    assert named == {p.stem for p in LISTS}


def test_the_lists_are_package_data():
    assert files("saidwhen.lexicon").joinpath("titles.txt").is_file()
    assert 'saidwhen.lexicon" = ["*.txt"]' in (FOLDER.parents[1] / "pyproject.toml").read_text()


def test_a_table_gives_each_word_its_value_and_none_as_empty():
    assert lexicon.TITLES["mrs."] == "f" and lexicon.TITLES["senator"] == ""
    assert lexicon.CHANNEL_PHRASES[("press", "release")] == "press release"
    assert lexicon.CHANNEL_PHRASES[("free", "speech")] is None


def test_a_table_value_may_hold_words_apart_and_a_label():
    assert lexicon.PLATFORM_NEXT["Telegram"] == {"channel", "post", "message"}
    assert lexicon.NOUNS_AFTER["release"] == ({"its", "their", "a"}, "press release")
    assert lexicon.BACK_THEN[0] == ("at", "the", "time") and lexicon.PLUPERFECT[1] == ["had", "been"]


def test_verbs_are_keyed_by_every_form():
    assert {lexicon.SPEECH_FORMS[f] for f in ("say", "says", "said", "saying")} == {"say"}
    assert lexicon.DIRECT_FORMS["shouted"] == "shout" and "shouted" not in lexicon.SPEECH_FORMS
    assert lexicon.inflections("deny") == ["deny", "denies", "denied", "denying"]


def test_the_keys_across_articles_fold_the_generational_suffixes_of_an_article():
    assert "Jr." in lexicon.GENERATIONAL_SUFFIXES
    assert lexicon.KEY_GENERATIONAL_SUFFIXES == {"jr", "sr", "ii", "iii", "iv", "filho", "júnior", "neto", "sobrinho"}


def test_a_table_line_without_a_value_is_named_with_its_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "broken.txt").write_text("# A table for this test.\nmr = m\nmrs\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "files", lambda package: tmp_path)
    with pytest.raises(lexicon.LexiconError, match=r"broken\.txt:3: expected 'WORD = VALUE'"):
        lexicon.table("broken")



def _english_words_in_sets(source: str) -> list[tuple[int, str]]:
    """The words of English, with their lines, in the sets a module defines at its top:
    members that are no tag, no dependency or entity label (spaCy's glossary), no TIMEX3
    value (capitals only) and no punctuation."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            for value in ast.walk(node.value):
                if isinstance(value, ast.Set):
                    members = [e.value for e in value.elts if isinstance(e, ast.Constant)]
                    found += [(node.lineno, m) for m in members if isinstance(m, str) and m.isalpha()
                              and not m.isupper() and m not in GLOSSARY]
    return found


def test_no_stage_keeps_a_set_of_english_words_in_its_code():
    modules = sorted(path for stage in STAGES for path in (PACKAGE / stage).rglob("*.py"))
    assert len(modules) > 40
    found = [f"{path.relative_to(PACKAGE)}:{line}: {word}" for path in modules
             for line, word in _english_words_in_sets(path.read_text(encoding="utf-8"))]
    assert found == []


def test_a_set_of_english_words_is_told_from_the_parsers_labels():
    source = ('SUBJECTS = {"nsubj", "nsubjpass"}\nMODS = {"BEFORE", "AFTER"}\nEDGE = {",", "--"}\n'
              'TAGS = frozenset({"NNP", "NNPS"})\nOUTLET_WORDS = NEWSPAPER_WORDS | {"news", "press"}\n')
    assert _english_words_in_sets(source) == [(5, "news"), (5, "press")]
