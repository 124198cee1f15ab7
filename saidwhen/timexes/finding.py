"""Finding time expressions: every rule's matches, the implausible ones dropped, overlaps settled.

Where two matches overlap the longer one is the expression ("late September
2020" over "September"); the readers never see the shorter. Which matches are
implausible ("May" the verb, "2000 people") is for `plausible.py` to say.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .patterns import COMPILED, EDGELESS, LOWER_CASE_TRIGGERS
from .plausible import plausible

@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule's match: where the expression lies and the match its reader reads."""

    start: int
    end: int
    rule: str
    match: re.Match


def find_candidates(text: str) -> list[Candidate]:
    """The expressions in `text`, in text order, none overlapping another."""
    found, windows = [], {}
    lowered = _lowered(text)
    for priority, (rule, (pattern, trigger)) in enumerate(COMPILED.items()):
        if trigger not in windows:
            windows[trigger] = _windows(trigger, text, lowered)
        for window_start, window_end in windows[trigger]:
            for match in pattern.finditer(text, window_start, window_end):
                start, end = expression_span(match)
                if end > start and plausible(rule, match, text):
                    found.append((-(end - start), priority, start, end, rule, match))
    chosen: list[Candidate] = []
    taken = bytearray(len(text) + 1)
    for _, _, start, end, rule, match in sorted(found, key=lambda f: f[:3]):
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(Candidate(start, end, rule, match))
    return sorted(chosen, key=lambda c: c.start)


# The letters re.IGNORECASE takes for an ASCII letter that str.lower() does not lower to one
# ("ı" and "ſ" match "i" and "s"), or lowers to two ("İ").
FOLDED_APART = re.compile("[\u0130\u0131\u017f]")


def _windows(trigger: re.Pattern, text: str, lowered: str | None) -> list[tuple[int, int]]:
    """`trigger_windows`, scanning the lower-cased text where that finds the same hits faster."""
    if lowered is not None and trigger in LOWER_CASE_TRIGGERS:
        return trigger_windows(LOWER_CASE_TRIGGERS[trigger], lowered)
    return trigger_windows(trigger, text)


def _lowered(text: str) -> str | None:
    """`text` lower-cased, character for character, where a case-sensitive scan of it finds
    just what a case-insensitive scan of `text` finds; None where some character folds apart."""
    if FOLDED_APART.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


# How far a rule's match may reach before and after its trigger word.
REACH_BEFORE, REACH_AFTER = 90, 60


def trigger_windows(trigger: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The stretches of `text` around the trigger's hits, where its rules are sought.

    Running three dozen rules over every position of a text is what made
    tagging slow; most positions are nowhere near a time word.
    """
    windows: list[tuple[int, int]] = []
    for hit in _hits(trigger, text):
        start, end = max(0, hit.start() - REACH_BEFORE), min(len(text), hit.end() + REACH_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _hits(trigger: re.Pattern, text: str) -> Iterator[re.Match]:
    """What `trigger.finditer(text)` finds, sought first without the trigger's word edges
    (patterns.EDGELESS): the trigger can only match where its edgeless form does."""
    edgeless = EDGELESS.get(trigger)
    if edgeless is None:
        yield from trigger.finditer(text)
        return
    pos = 0
    while (candidate := edgeless.search(text, pos)) is not None:
        hit = trigger.match(text, candidate.start())  # \b reads the character before, as finditer's
        if hit is None:
            pos = candidate.start() + 1
            continue
        yield hit
        pos = hit.end() if hit.end() > hit.start() else hit.start() + 1


ADJECTIVE_UNIT = re.compile(r"\w-(?:quarter|year|month|week|day|hour|minute)\b", re.IGNORECASE)


def expression_span(match: re.Match) -> tuple[int, int]:
    """The match's extent, or only its `span` group where the rest is context.

    A determiner before an adjective ("the third-quarter results", "a
    five-year plan") belongs to the noun after it, not to the time.
    """
    if "span" in match.re.groupindex and match.group("span"):
        return match.span("span")
    if "det" in match.re.groupindex and match.group("det") and ADJECTIVE_UNIT.search(
            match.group(), match.end("det") - match.start()):
        return match.end("det") + 1, match.end()
    return match.span()
