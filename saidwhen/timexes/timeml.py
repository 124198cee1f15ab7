"""TimeML in and out: tag the <TEXT> of TimeML files with TIMEX3, leaving the text as it was.

The text the tagger sees is <TEXT> with every tag removed and XML entities
decoded, exactly as TempEval-3 scorers read it. Tags are then put back into the
raw file only between whole characters of that text: never inside an entity or
another tag, and never so that a TIMEX3 would straddle another element.
"""
from __future__ import annotations

import bisect
import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import TimeMLError
from ..records import Timex
from . import tag_times

TEXT = re.compile(r"(<TEXT>)(.*)(</TEXT>)", re.S)
TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
TIMEX_TAG = re.compile(r"</?TIMEX3\b[^>]*>")
ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
DCT = re.compile(r"<DCT>(.*?)</DCT>", re.S)
DCT_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
TID = re.compile(r'\btid="t(\d+)"')


@dataclass(frozen=True, slots=True)
class Annotated:
    """What became of one TimeML file: written with `timexes` tags, or an `error` why not."""

    path: Path
    error: str | None = None
    timexes: int = 0


def annotate_dir(in_dir: Path, out_dir: Path) -> Iterator[Annotated]:
    """Tag every IN_DIR/*.tml into OUT_DIR/ under the same name, yielding one result a file.

    A file that cannot be read, decoded, tagged or written gets an error result
    naming why, in one line; the other files go on. OUT_DIR may not be IN_DIR: the files
    read, and whatever TIMEX3 tags of their own they hold, would be written over.
    """
    if Path(out_dir).resolve() == Path(in_dir).resolve():
        raise TimeMLError(f"{out_dir} is the folder read: the tagged files would replace the "
                          "files read, and any TIMEX3 tags of their own; name another folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(in_dir).glob("*.tml")):
        try:
            tagged, count = annotate(path.read_text(encoding="utf-8"))
            (out_dir / path.name).write_text(tagged, encoding="utf-8")
        except (OSError, UnicodeDecodeError, TimeMLError) as error:
            yield Annotated(path, one_line(error))
            continue
        yield Annotated(path, None, count)


def one_line(error: Exception) -> str:
    """A message for a person: our own errors as they are, the system's and the decoder's in
    the words the article readers use, others with their kind."""
    first_line = next(iter(str(error).splitlines()), "")
    if isinstance(error, TimeMLError):
        return first_line
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8: byte 0x{error.object[error.start]:02x} at offset {error.start}"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__


def annotate(timeml: str) -> tuple[str, int]:
    """The TimeML document with TIMEX3 tags for its time expressions, and how many were added.

    TIMEX3 tags already inside <TEXT> are dropped first, so a tagged file is
    re-tagged, not tagged twice.
    """
    timeml = strip_timexes(timeml)
    found = TEXT.search(timeml)
    body = Body(found.group(2))
    tags = []
    next_tid = max((int(n) for n in TID.findall(timeml)), default=0) + 1
    for timex in tag_times(body.text, document_date(timeml)):
        where = body.raw_span(timex.start, timex.end)
        if where is None:
            continue  # it would cross an element's boundary: better left out than broken
        tags.append((where, timex_tag(timex, f"t{next_tid}")))
        next_tid += 1
    tagged = body.with_tags(tags)
    return timeml[:found.start(2)] + tagged + timeml[found.end(2):], len(tags)


def strip_timexes(timeml: str) -> str:
    """The document with the TIMEX3 tags inside <TEXT> removed (their text kept)."""
    found = TEXT.search(timeml)
    if not found:
        raise TimeMLError("no <TEXT> element")
    return timeml[:found.start(2)] + TIMEX_TAG.sub("", found.group(2)) + timeml[found.end(2):]


def document_date(timeml: str) -> dt.date | None:
    """The document creation time: the value of the TIMEX3 in <DCT>, else its text."""
    found = DCT.search(timeml)
    if not found:
        return None
    value = re.search(r'value="([^"]*)"', found.group(1))
    digits = DCT_DATE.search(value.group(1) if value else TAG.sub("", found.group(1)))
    if not digits:
        return None
    try:
        return dt.date(*(int(d) for d in digits.groups()))
    except ValueError:
        return None


def timex_tag(timex: Timex, tid: str) -> tuple[str, str]:
    """The opening and closing TIMEX3 tags for a timex."""
    attributes = f'tid="{tid}" type="{timex.type}" value="{html.escape(timex.value)}"'
    if timex.mod:
        attributes += f' mod="{timex.mod}"'
    return f"<TIMEX3 {attributes}>", "</TIMEX3>"


@dataclass(frozen=True, slots=True)
class Chunk:
    """A stretch of raw text between two tags, and where its plain characters lie.

    `units` is None when every raw character is one plain character (no
    entity); else the raw (start, end) of each plain character, an entity
    being several raw characters for one plain one.
    """

    plain_start: int
    raw_start: int
    units: list[tuple[int, int]] | None
    open_tags: tuple  # the elements open around it, to tell when a span would cross one

    def raw_of(self, plain: int) -> tuple[int, int]:
        """The raw (start, end) of the plain character at `plain`."""
        offset = plain - self.plain_start
        if self.units is None:
            return self.raw_start + offset, self.raw_start + offset + 1
        start, end = self.units[offset]
        return self.raw_start + start, self.raw_start + end


class Body:
    """The raw inside of <TEXT>, its plain text (tags removed, entities decoded) and the map
    between them, so tags for plain-text spans go between whole raw characters.

    `chunks` are the non-empty stretches between tags; `starts` their plain
    offsets, for finding the chunk a plain offset falls in.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.chunks: list[Chunk] = []
        pieces, position, open_tags, length = [], 0, (), 0
        for tag in [*TAG.finditer(raw), None]:
            stop = tag.start() if tag else len(raw)
            plain = self._add_chunk(position, stop, length, open_tags)
            pieces.append(plain)
            length += len(plain)
            if tag:
                open_tags, position = after_tag(tag, open_tags), tag.end()
        self.text = "".join(pieces)
        self.starts = [chunk.plain_start for chunk in self.chunks]

    def _add_chunk(self, start: int, stop: int, plain_start: int, open_tags: tuple) -> str:
        chunk = self.raw[start:stop]
        if "&" not in chunk:
            if chunk:
                self.chunks.append(Chunk(plain_start, start, None, open_tags))
            return chunk
        plain, units = decode(chunk)
        if plain:
            self.chunks.append(Chunk(plain_start, start, units, open_tags))
        return plain

    def raw_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where to put the tags around plain text[start:end], or None if that would break XML."""
        if not 0 <= start < end <= len(self.text):
            return None
        first = self.chunks[bisect.bisect_right(self.starts, start) - 1]
        last = self.chunks[bisect.bisect_right(self.starts, end - 1) - 1]
        if first.open_tags != last.open_tags:
            return None
        raw_start, raw_end = first.raw_of(start)[0], last.raw_of(end - 1)[1]
        if first is not last and not balanced(self.raw[raw_start:raw_end]):
            return None
        return raw_start, raw_end

    def with_tags(self, tags: list[tuple[tuple[int, int], tuple[str, str]]]) -> str:
        out, position = [], 0
        for (start, end), (opening, closing) in sorted(tags):
            out += [self.raw[position:start], opening, self.raw[start:end], closing]
            position = end
        out.append(self.raw[position:])
        return "".join(out)


def decode(chunk: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text of a raw chunk with entities, and the raw span of each plain character.

    The plain text is html.unescape of the whole chunk, as scorers read it; an
    entity that decodes differently on its own than in company keeps the chunk whole.
    """
    plain = html.unescape(chunk)
    units, pieces = [], []
    for unit in re.finditer(ENTITY.pattern + "|.", chunk, re.S):
        decoded = html.unescape(unit.group())
        pieces.append(decoded)
        units += [unit.span()] * len(decoded)
    if "".join(pieces) != plain:
        return plain, [(0, len(chunk))] * len(plain)
    return plain, units


def after_tag(tag: re.Match, open_tags: tuple) -> tuple:
    """The elements open after `tag`: one more after an opening tag, one fewer after a closing."""
    closing, name, _, selfclosing = tag.groups()
    if selfclosing:
        return open_tags
    if closing:
        return open_tags[:-1] if open_tags and open_tags[-1][0] == name else open_tags
    return open_tags + ((name, tag.start()),)


def balanced(raw: str) -> bool:
    """True when every element opened in `raw` is closed in it, and none closed is not opened."""
    stack = []
    for tag in TAG.finditer(raw):
        closing, name, _, selfclosing = tag.groups()
        if selfclosing:
            continue
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack
