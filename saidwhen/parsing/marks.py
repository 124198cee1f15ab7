"""Pairing quotation marks into quoted stretches of text, before any parsing.

Typography in news is messy: straight and curly marks mixed, the closing mark
left off at the end of a paragraph when the quotation runs on into the next
one, apostrophes that look exactly like closing single quotes. This module
turns the raw characters into `Quoted` stretches; whether a stretch is speech
is decided later, with the parse.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from .spans import SpanSet

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
STRAIGHT = "\"'"
PARAGRAPH_BREAK = re.compile(r"\n")
# Two apostrophes or two backticks stand for a double mark in some newswires.
# The double quotation marks as the tokenizer leaves them, each a token of its own.
QUOTE_MARK_TOKENS = frozenset({'"', "“", "”", "''", "``", "«", "»"})
# The marks that close a quotation, as tokens: double, two apostrophes, a curly single.
CLOSING_MARK_TOKENS = frozenset({'"', "”", "''", "’"})
# Tokens that open a quotation where it starts a paragraph or sentence (a straight mark too).
OPENING_MARK_TOKENS = frozenset({'"', "“", "``"})
# The possessive clitic as the tokenizer splits it, straight or curly ("Lee's", "Lee’s").
POSSESSIVE_S = frozenset({"'s", "’s"})
MARK = re.compile(r"''|``|[\"“”„«»‘’‚']")
DOUBLE_MARK = re.compile(r"[\"“”„«»]")
# A straight single mark that opens a paragraph's first word in capitals: "\n'It was ...", not "\n's".
PARAGRAPH_SINGLE = re.compile(r"(?:^|\n)'[A-Z]")
# Single marks quote in a headline, the first paragraph, but only in its first this many
# characters: a first "paragraph" longer than that is a page that lost its line breaks.
HEADLINE_CHARS = 1_000
# Characters that may stand right before an opening mark.
BEFORE_OPEN = set(" \t\n([{—–-/:;,")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch between quotation marks: `start` is the opening mark, `end` is past the closing one."""

    start: int
    end: int
    closed: bool  # False where the closing mark was left off at a paragraph end
    single: bool  # single marks, which count as speech only in headlines or single-quote articles

    def inner(self, text: str) -> str:
        """The words between the marks."""
        return text[self.start + 1:self.end - (1 if self.closed else 0)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line, the unit inside which marks pair."""
    out, pos = [], 0
    for brk in PARAGRAPH_BREAK.finditer(text):
        if text[pos:brk.start()].strip():
            out.append((pos, brk.start()))
        pos = brk.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def find_quoted(text: str) -> list[Quoted]:
    """All quoted stretches of `text`, in order, with multi-paragraph quotations joined."""
    return list(_found_quoted(text))


# Asked of one article by the parser, the quote finder and the speaker stage (several times);
# the parser reads a batch of articles ahead of the stages.
@functools.lru_cache(maxsize=64)
def _found_quoted(text: str) -> tuple[Quoted, ...]:
    paras = paragraphs(text)
    use_single = _single_quote_style(text, paras)
    found: list[Quoted] = []
    for i, (start, end) in enumerate(paras):
        found.extend(_pair_paragraph(text, start, end, single=use_single or i == 0,
                                     single_end=end if use_single else min(end, start + HEADLINE_CHARS)))
    return tuple(_join_runs(text, found, paras))


def _single_quote_style(text: str, paras: list[tuple[int, int]]) -> bool:
    """British-style articles quote with single marks and have no double ones but inside them
    (a quotation the speaker quotes: "'The doctor said "Rest" and I did,' she said")."""
    if "''" in text or not ("‘" in text or " '" in text or PARAGRAPH_SINGLE.search(text)):
        return False
    if not any(ch in text for ch in '"“”„«»'):
        return True
    inside = SpanSet((q.start + 1, q.end - 1) for start, end in paras
                     for q in _pair(text, start, end, _is_single_open, _is_single_close, single=True) if q.closed)
    return bool(inside) and all(m.start() in inside for m in DOUBLE_MARK.finditer(text))


def _pair_paragraph(text: str, start: int, end: int, single: bool, single_end: int) -> list[Quoted]:
    """Double-quoted stretches of one paragraph, and single-quoted ones outside them (up to
    `single_end`) if `single`."""
    doubles = _pair(text, start, end, _is_double_open, _is_double_close)
    if not single:
        return doubles
    inside_doubles = SpanSet((d.start + 1, d.end) for d in doubles)
    singles = [q for q in _pair(text, start, single_end, _is_single_open, _is_single_close, single=True)
               if q.start not in inside_doubles]
    if singles and doubles:
        # "'The doctor said "You are lucky" and I believed her,' she said": where single marks
        # quote, double ones inside a closed single pair are words the speaker quotes, no quote
        inside_singles = SpanSet((q.start + 1, q.end - 1) for q in singles if q.closed)
        doubles = [d for d in doubles if not (d.start in inside_singles and d.end - 1 in inside_singles)]
    return sorted(doubles + singles, key=lambda q: q.start)


def _pair(text, start, end, is_open, is_close, single=False) -> list[Quoted]:
    out, opened = [], None
    for mark in MARK.finditer(text, start, end):
        pos = mark.start()
        if opened is None:
            if is_open(text, pos, start, end):
                opened = pos
        elif not single and _reopens(text, pos, end, opened):
            # '... on your own. "Trying to ...': a quotation running on into what was once a new
            # paragraph; the first part ends, unclosed, where the new one opens.
            out.append(Quoted(opened, _end_of_words(text, opened, pos), False, single))
            opened = pos
        elif is_close(text, pos, start, end):
            out.append(Quoted(opened, mark.end(), True, single))
            opened = None
    if opened is not None and end - opened > 2:
        out.append(Quoted(opened, end, False, single))
    return out


def _end_of_words(text: str, start: int, pos: int) -> int:
    """Where the words before `pos` end, spaces left off: found by walking back, not by
    stripping a copy of the text up to `pos`, which would make pairing quadratic."""
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos


def _same_family(first: str, second: str) -> bool:
    """A curly opening inside a straight-quoted passage is a quotation within it, not a new one."""
    return (first == '"') == (second == '"')


def _reopens(text: str, pos: int, end: int, opened: int) -> bool:
    """An opening mark inside an open quotation: after a space, before a word."""
    width = 2 if text.startswith(("``", "''"), pos) else 1
    if text[pos] in DOUBLE_CLOSE or text.startswith("''", pos) or pos + width >= end:
        return False
    return text[pos - 1].isspace() and not text[pos + width].isspace() and \
        (text[pos] in "“\"" or text.startswith("``", pos)) and _same_family(text[opened], text[pos])


def _is_double_open(text: str, pos: int, start: int, end: int) -> bool:
    ch = text[pos]
    if ch in DOUBLE_OPEN or text.startswith("``", pos):
        return True
    # A straight mark opens where a word starts right after it.
    width = 2 if text.startswith("''", pos) else 1
    return (ch == '"' or width == 2) and pos + width < end and not text[pos + width].isspace()


def _is_double_close(text: str, pos: int, start: int, end: int) -> bool:
    ch = text[pos]
    if ch in DOUBLE_CLOSE:
        return True
    if ch == '"' or text.startswith("''", pos):
        return True
    # Some writers close with an opening curly mark; only trust it before a space or the end.
    return ch == "“" and (pos + 1 == end or text[pos + 1].isspace()) and not text[pos - 1].isspace()


def _is_single_open(text: str, pos: int, start: int, end: int) -> bool:
    ch = text[pos]
    if ch not in "‘'" or pos + 1 >= end or text.startswith("''", pos):
        return False
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1]
    # "'90s" and "'em" are elisions, not quotations.
    return (before in BEFORE_OPEN or before in DOUBLE_OPEN) and after.isalnum() and not _elision(text, pos)


def _is_single_close(text: str, pos: int, start: int, end: int) -> bool:
    if text[pos] not in "’'" or text.startswith("''", pos):
        return False
    before = text[pos - 1]
    after = text[pos + 1] if pos + 1 < end else " "
    # A mark between letters is an apostrophe (don't, Teigen's); "Teigens' " is one too when
    # preceded by s and followed by a space, but that case is rare enough inside quotes to accept.
    return not before.isspace() and not after.isalnum()


ELISION = re.compile(r"['‘’](\d0s|em|til|cause|n)\b")


def _elision(text: str, pos: int) -> bool:
    return bool(ELISION.match(text, pos))


def _join_runs(text: str, found: list[Quoted], paras: list[tuple[int, int]]) -> list[Quoted]:
    """Join a quotation left open at a paragraph end to the one opening the next paragraph."""
    # Keyed by the first visible character, where an opening mark would stand.
    para_starts = {start + len(text[start:end]) - len(text[start:end].lstrip()): i
                   for i, (start, end) in enumerate(paras)}
    out: list[Quoted] = []
    for q in found:
        prev = out[-1] if out else None
        if prev and not prev.closed and not prev.single and q.start in para_starts and \
                _paragraph_of(paras, prev.end - 1) == para_starts[q.start] - 1:
            out[-1] = Quoted(prev.start, q.end, q.closed, False)
        else:
            out.append(q)
    return out


def _paragraph_of(paras: list[tuple[int, int]], pos: int) -> int:
    i = bisect_right(paras, (pos, float("inf"))) - 1
    return i if i >= 0 and pos < paras[i][1] else -1
