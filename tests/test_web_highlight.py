"""Marking an article's quotes, cues and mentions in HTML: spans that overlap, nest, touch or
run past the text never break the markup or lose a character; colours stay put."""
from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saidwhen.web.highlight import Mark, highlighted, pieces
from saidwhen.web.presenting import (COLOURS, article_url, colours_for, home_colour, person_url,
                                     web_link)

TEXT = 'Mayor Ann Vale said the <ferry> & "the bridge" would "both" open.'


def quote(start, end, name=None, cue=None, mention=None, quote_id=1, content=None):
    return {"quote_id": quote_id, "start": start, "end": end,
            "content": content or [{"start": start, "end": end}],
            "cue": None if cue is None else {"text": "", "start": cue[0], "end": cue[1]},
            "speaker": {"name": name, "mention": None if mention is None else
                        {"text": "", "start": mention[0], "end": mention[1]}},
            "person": None if name is None else {"id": 1, "name": name}}


class Checker(HTMLParser):
    """Fails on nested or unclosed elements; gathers the text and each piece's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open, self.text, self.elements = [], [], []

    def handle_starttag(self, tag, attrs):
        assert tag == "a" and not self.open, f"nested <{tag}>"
        self.open.append(dict(attrs))

    def handle_endtag(self, tag):
        assert tag == "a" and self.open, f"stray </{tag}>"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)
        self.elements.append((data, self.open[-1] if self.open else None))


def checked(markup: str) -> Checker:
    checker = Checker()
    checker.feed(markup)
    checker.close()
    assert not checker.open
    return checker


def colour(name):
    return home_colour(name)


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_a_quote_its_cue_and_its_mention_each_link_to_the_speaker():
    words = 'the <ferry> & "the bridge"'
    quotes = [quote(*at(words), "Ann Vale", cue=at("said"), mention=at("Mayor Ann Vale"))]
    result = checked(highlighted(TEXT, quotes, colour))
    assert "".join(result.text) == TEXT
    marked = {data: attrs for data, attrs in result.elements if attrs}
    assert set(marked) == {"Mayor Ann Vale", "said", words}
    assert all(a["href"] == "/people/Ann%20Vale" for a in marked.values())
    assert "mention" in marked["Mayor Ann Vale"]["class"].split()
    assert "cue" in marked["said"]["class"].split()
    assert marked["said"]["title"] == "Cue of a quote by Ann Vale"
    assert marked[words]["title"] == "Quote by Ann Vale"


def test_overlapping_quotes_are_cut_at_every_boundary_and_the_innermost_owns_the_piece():
    outer = quote(*at('the <ferry> & "the bridge" would'), "Ann Vale", quote_id=1)
    inner = quote(*at('"the bridge"'), "Bo Lind", quote_id=2)
    crossing = quote(*at('bridge" would "both"'), None, quote_id=3)
    result = checked(highlighted(TEXT, [outer, inner, crossing], colour))
    assert "".join(result.text) == TEXT
    owners = [(data, attrs["title"], attrs["class"].split())
              for data, attrs in result.elements if attrs]
    assert [(data, title) for data, title, _ in owners] == [
        ("the <ferry> & ", "Quote by Ann Vale"),
        ('"the ', "Quote by Bo Lind"),            # inner, inside outer
        ('bridge"', "Quote by Bo Lind"),          # inner, inside outer and crossing
        (" would", "Quote by a speaker the article does not name"),  # crossing is shorter
        (' "both"', "Quote by a speaker the article does not name"),
    ]
    assert ["overlap" in classes for _, _, classes in owners] == [False, True, True, True, False]


def test_an_unnamed_speaker_links_to_the_quotation():
    result = checked(highlighted(TEXT, [quote(19, 46, None, quote_id=7)], colour))
    links = [attrs for _, attrs in result.elements if attrs]
    assert links[0]["href"] == "/quotes/7" and "c-none" in links[0]["class"].split()
    assert links[0]["id"] == "q7"  # the anchor the quotation's page links to


def test_a_quote_in_two_spans_is_one_quote_with_one_anchor():
    split = quote(0, 60, "Ann Vale", content=[{"start": 19, "end": 30}, {"start": 49, "end": 60}])
    markup = highlighted(TEXT, [split], colour)
    assert markup.count('id="q1"') == 1 and markup.count("Quote by Ann Vale") == 2


def test_spans_past_the_text_or_empty_are_clipped_not_fatal():
    quotes = [quote(50, 500, "Ann Vale"), quote(-5, 3, "Bo Lind"), quote(10, 10, "Cy Moor")]
    result = checked(highlighted(TEXT, quotes, colour))
    assert "".join(result.text) == TEXT


# Shared machines are slow at times: time is no part of what these check.
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RELAXED
@given(st.lists(st.tuples(st.integers(-3, 70), st.integers(-3, 70), st.sampled_from(
    ["quote", "cue", "mention"])), max_size=12))
def test_any_spans_give_pieces_that_tile_the_text_with_exactly_the_spans_over_them(spans):
    marks = [Mark(max(0, min(a, b)), min(max(a, b), len(TEXT)), layer, i)
             for i, (a, b, layer) in enumerate(spans) if max(0, min(a, b)) < min(max(a, b), len(TEXT))]
    cut = pieces(len(TEXT), marks)
    assert [p[0] for p in cut][0] == 0 and cut[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(cut, cut[1:]))
    for start, end, covering in cut:
        assert set(covering) == {m for m in marks if m.start <= start and end <= m.end}


@RELAXED
@given(st.lists(st.tuples(st.integers(0, 66), st.integers(1, 20), st.booleans()), max_size=8))
def test_any_quotes_give_well_formed_html_that_keeps_every_character(found):
    quotes = [quote(start, start + width, "Ann Vale" if named else None, quote_id=i + 1,
                    cue=(start + width, start + width + 4), mention=(max(0, start - 5), start))
              for i, (start, width, named) in enumerate(found)]
    result = checked(highlighted(TEXT, quotes, colour))
    assert "".join(result.text) == TEXT


def test_a_person_has_the_same_colour_everywhere_and_speakers_of_a_page_differ():
    assert home_colour("Ann Vale") == home_colour("ann vale") != home_colour(None)
    names = [f"Speaker {i}" for i in range(COLOURS)]
    chosen = colours_for(names)
    assert len(set(chosen.values())) == COLOURS
    assert chosen[names[0]] == home_colour(names[0])  # the first keeps their own colour
    assert colours_for([None, "Ann Vale"]) == {None: "c-none", "Ann Vale": home_colour("Ann Vale")}


def test_addresses_keep_slashes_of_article_ids_and_escape_everything_else():
    assert article_url("bbc/politics/302.txt") == "/articles/bbc/politics/302.txt"
    assert article_url("a b/../c?d#e") == "/articles/a%20b/%2E%2E/c%3Fd%23e"
    assert person_url("AC/DC") == "/people/AC%2FDC" and person_url("..") == "/people/%2E%2E"


def test_only_web_addresses_become_links_to_the_original():
    assert web_link("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert web_link("HTTP://news.example/") == "HTTP://news.example/"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "file:///etc",
                "//elsewhere.example/x", "", None):
        assert web_link(bad) is None
