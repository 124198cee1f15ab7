"""Looking up character positions among many spans, in logarithmic time.

Articles can be a megabyte long, with thousands of quotes; every "is this
position inside a quote?" asked once per token must not scan them all.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class SpanSet:
    """A set of [start, end) character spans that answers "which span holds this position?"."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True if any span shares a character with [start, end)."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start
