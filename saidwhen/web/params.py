"""What a request asks for, checked before it reaches the store.

Every value is a string the user typed; each is bounded and checked here, and anything wrong
is a QueryError (a 400 with a message saying what to change). Values then reach SQL only as
bound parameters, inside the store.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from saidwhen.errors import QueryError

MAX_TEXT = 500           # a filter value or a name: longer is no name nor a channel
MAX_PATH_TEXT = 1_000    # an article id as part of a path
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def text(params: Mapping[str, str], name: str) -> str | None:
    """A free-text parameter, stripped; None when absent or empty."""
    value = params.get(name, "").strip()
    if not value:
        return None
    return checked_text(value, f"the {name} parameter", MAX_TEXT)


def checked_text(value: str, what: str, longest: int) -> str:
    """`value`, if it is no longer than `longest` and holds no control characters."""
    if len(value) > longest:
        raise QueryError(f"{what} is {len(value)} characters long; at most {longest} are allowed")
    if _CONTROL.search(value):
        raise QueryError(f"{what} holds control characters")
    return value


def whole_number(params: Mapping[str, str], name: str, default: int, lowest: int,
                 highest: int) -> int:
    """An integer parameter between `lowest` and `highest`, else a QueryError saying so."""
    raw = params.get(name, "").strip()
    if not raw:
        return default
    if not re.fullmatch(r"[0-9]{1,9}", raw):  # not \d, which takes any script's digits
        raise QueryError(f"{name} must be a whole number from {lowest} to {highest}, "
                         f"not {raw[:40]!r}")
    value = int(raw)
    if not lowest <= value <= highest:
        raise QueryError(f"{name} must be from {lowest} to {highest}, not {value}")
    return value


def choice(params: Mapping[str, str], name: str, options: tuple[str, ...]) -> str:
    """One of `options` (the first when absent), else a QueryError listing them."""
    value = params.get(name, "").strip() or options[0]
    if value not in options:
        raise QueryError(f"{name} must be one of {', '.join(options)}, not {value[:40]!r}")
    return value
