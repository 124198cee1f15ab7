"""The records of passages and articles written first, before saidwhen ran on them
(test_world18.py, test_polls20.py, test_names20.py, test_saidon21.py, test_resolve21.py): the full record each quote must have, and
what saidwhen's records of the text get wrong, field by field."""
from __future__ import annotations

import re
from typing import NamedTuple

import pytest

import saidwhen

from test_canadian import said_on_meets

FIELDS = ("content", "name", "mention", "said_on", "channel")


class R(NamedTuple):
    """The full record one quote must have, found by `key` (words of the quote)."""
    key: str
    content: str
    name: str | None
    mention: str | None
    said_on: tuple[str, str] | None
    channel: str | None
    outlet: str | None = None


def r(key, content, name, mention, said_on, channel=None, outlet=None) -> R:
    """A record with said_on given as one day or an (earliest, latest) window."""
    day = (said_on, said_on) if isinstance(said_on, str) else said_on
    return R(key, content, name, mention, day, channel, outlet)


def found(q) -> dict:
    speaker = q.speaker
    return {"content": q.text,
            "name": speaker.name if speaker else None,
            "mention": speaker.mention.text if speaker and speaker.mention else None,
            "said_on": q.said_on.value if q.said_on else None,
            "channel": (q.channel, q.outlet)}


def scored_name(name: str | None) -> str | None:
    """A name as the scorer compares it: conventions.md drops an organisation's leading 'the'."""
    return re.sub(r"^the\s+", "", name, flags=re.I) if name else name


def field_right(field: str, got: dict, want: R) -> bool:
    if field == "said_on":
        return said_on_meets(got["said_on"], want.said_on)
    if field == "channel":
        return got["channel"] == (want.channel, want.outlet)
    if field == "name":
        return scored_name(got["name"]) == scored_name(want.name)
    return got[field] == getattr(want, field)


def record_differences(text: str, date: str, expected: list[R], fields=FIELDS, doubtful=()) -> list[str]:
    """What the text's records get wrong, field by field, and any quote not expected (but for
    quotes holding words of `doubtful`: found, neither expected nor wrong to find)."""
    quotes = [found(q) for q in saidwhen.extract(text, date=date).quotes]
    wrong = []
    for want in expected:
        got = next((q for q in quotes if want.key in q["content"]), None)
        if got is None:
            wrong.append(f"no quote holds {want.key!r}")
            continue
        wrong += [f"{want.key!r}: {f} {got[f]!r}" for f in fields if not field_right(f, got, want)]
    wrong += [f"a quote not expected: {q['content']!r}" for q in quotes
              if not any(want.key in q["content"] for want in expected) and not any(k in q["content"] for k in doubtful)]
    return wrong


def passage_params(passages, still_wrong: dict[str, str]) -> list:
    """The pytest parameters of rows (case id, *values): a case that saidwhen still gets wrong is
    a strict xfail with the reason written for it, so that a fix shows."""
    return [pytest.param(*values, id=case_id,
                         marks=[pytest.mark.xfail(strict=True, reason=still_wrong[case_id])] if case_id in still_wrong else [])
            for case_id, *values in passages]
