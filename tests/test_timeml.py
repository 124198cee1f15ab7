"""TimeML in and out: TIMEX3 tags go into <TEXT>, the text itself stays as it was."""
from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saidwhen.errors import TimeMLError
from saidwhen.timexes.timeml import annotate, annotate_dir, document_date, strip_timexes

ROOT = Path(__file__).resolve().parent.parent
TAG = re.compile(r"<[^>]+>")


def timeml(text: str, dct: str = "2021-02-05") -> str:
    """A small TimeML document of our own around `text` (raw: tags and entities allowed)."""
    return ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>test</DOCID>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            f"<TEXT>\n{text}\n</TEXT>\n</TimeML>\n")


def inside_text(document: str) -> str:
    return re.search(r"<TEXT>(.*)</TEXT>", document, re.S).group(1)


def plain(document: str) -> str:
    """The text as TempEval scorers read it: tags removed, then entities decoded."""
    return "".join(html.unescape(piece) for piece in TAG.split(inside_text(document)))


def timexes(document: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of each TIMEX3 inside <TEXT>."""
    found = re.findall(r'<TIMEX3 tid="t\d+" type="(\w+)" value="([^"]*)"[^>]*>(.*?)</TIMEX3>',
                       inside_text(document))
    return [(text, type_, value) for type_, value, text in found]


def test_the_timeml_path_does_not_import_spacy():
    """Speed: `saidwhen timeml` must start in a blink, so nothing on its path loads spaCy."""
    code = "import sys, saidwhen.timexes.timeml; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_tags_the_time_expressions_against_the_document_date():
    tagged, count = annotate(timeml("The museum reopened last year, its director said Tuesday."))
    assert count == 2
    assert timexes(tagged) == [("last year", "DATE", "2020"), ("Tuesday", "DATE", "2021-02-02")]


def test_other_tags_are_kept_and_the_text_is_unchanged():
    source = timeml('The dam <EVENT eid="e1" class="OCCURRENCE">broke</EVENT> on Feb. 3.')
    tagged, _ = annotate(source)
    assert '<EVENT eid="e1" class="OCCURRENCE">broke</EVENT>' in tagged
    assert plain(tagged) == plain(source)
    assert timexes(tagged) == [("Feb. 3", "DATE", "2021-02-03")]


def test_tags_never_split_an_entity():
    source = timeml("Smith &amp; Jones merged in 1998, &quot;finally&quot;.")
    tagged, _ = annotate(source)
    assert plain(tagged) == plain(source)
    assert "&amp; Jones" in tagged and timexes(tagged) == [("1998", "DATE", "1998")]


def test_a_time_that_would_cross_an_element_is_left_out():
    source = timeml('It <EVENT eid="e1" class="OCCURRENCE">ended last</EVENT> year.')
    tagged, count = annotate(source)
    assert count == 0 and tagged == source


def test_existing_timexes_in_the_text_are_replaced_not_doubled():
    source = timeml('It rained <TIMEX3 tid="t7" type="DATE" value="1999">yesterday</TIMEX3>.')
    tagged, _ = annotate(source)
    assert timexes(tagged) == [("yesterday", "DATE", "2021-02-04")]
    assert plain(tagged) == plain(source)


def test_new_tids_do_not_collide_with_the_document_creation_time():
    tagged, _ = annotate(timeml("It rained yesterday."))
    assert re.findall(r'tid="(t\d+)"', tagged) == ["t0", "t1"]


def test_strip_timexes_removes_only_the_tags_inside_text():
    source = timeml('It rained <TIMEX3 tid="t1" type="DATE" value="2021-02-04">yesterday</TIMEX3>.')
    stripped = strip_timexes(source)
    assert "<TIMEX3" not in inside_text(stripped)
    assert 'functionInDocument="CREATION_TIME"' in stripped
    assert plain(stripped) == plain(source)


@pytest.mark.parametrize("dct, expected", [
    ('<TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3>', "1998-01-08"),
    ('<TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00">x</TIMEX3>', "1998-08-07"),
    ("19980108", "1998-01-08"),
])
def test_document_date_is_read_from_dct(dct, expected):
    assert str(document_date(f"<DCT>{dct}</DCT>")) == expected


def test_a_document_without_text_is_an_error():
    with pytest.raises(TimeMLError):
        annotate("<TimeML><DCT>19980108</DCT></TimeML>")


def test_annotate_dir_reports_bad_files_and_goes_on(tmp_path: Path):
    source, target = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "a_good.tml").write_text(timeml("It rained yesterday."), encoding="utf-8")
    (source / "b_no_text.tml").write_text("<TimeML></TimeML>", encoding="utf-8")
    (source / "c_not_utf8.tml").write_bytes(b"<TEXT>\xff\xfe</TEXT>")
    (source / "d_good.tml").write_text(timeml("It snowed today."), encoding="utf-8")
    results = {r.path.name: r for r in annotate_dir(source, target)}
    assert results["a_good.tml"].error is None and results["d_good.tml"].error is None
    assert "no <TEXT>" in results["b_no_text.tml"].error
    assert "\n" not in results["c_not_utf8.tml"].error
    assert sorted(p.name for p in target.iterdir()) == ["a_good.tml", "d_good.tml"]


PIECES = ["last year", "Tuesday", "Feb. 3", "10 weeks", "now", "1998", "late September 2020",
          "&amp;", "&lt;", "&quot;", "&#233;", "the next day", "every day", " ", ", ", ". ",
          "\n", "May", "two weeks ago", "in", "the", "said", "yesterday", "2020"]


@st.composite
def bodies(draw) -> str:
    """Raw <TEXT> bodies: time words, entities and EVENT elements around some of them."""
    parts = []
    for piece in draw(st.lists(st.sampled_from(PIECES), max_size=30)):
        if draw(st.booleans()) and draw(st.booleans()):
            piece = f'<EVENT eid="e{len(parts)}" class="OCCURRENCE">{piece}</EVENT>'
        parts.append(piece)
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(bodies())
def test_round_trip_keeps_the_text_and_makes_well_formed_xml(body):
    source = timeml(body)
    tagged, _ = annotate(source)
    assert plain(tagged) == plain(source)
    assert plain(strip_timexes(tagged)) == plain(source)
    ElementTree.fromstring("<TEXT>" + inside_text(tagged) + "</TEXT>")
