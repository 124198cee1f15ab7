"""From what the user named (files, folders, glob patterns) to the files to read, in sorted order."""
from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator

from saidwhen.reading.fields import NOT_REGULAR, os_reason
from saidwhen.records import Skipped

_MAGIC = re.compile(r"[*?[]")
# Files that document the folder they are in (a corpus's licence or attribution), not articles.
_FOLDER_NOTES = re.compile(r"(?:README|LICEN[CS]E|NOTICE|ATTRIBUTION|COPYING)(?:\.(?:md|txt|rst))?", re.I)


def expand(item: str, passed_over: frozenset[str] = frozenset()) -> Iterator[str | Skipped]:
    """The paths of the files `item` names, or a Skipped saying why it names none; in a folder
    or a pattern's matches, the files of `passed_over` (real paths) are left out."""
    if os.path.isdir(item):
        named = yield from _counted(walk(item, passed_over=passed_over))
        if not named:  # a mistyped or unfilled folder is said, as a pattern that matches none
            yield Skipped(item, "a folder with no file to read in it (hidden files and its "
                                "README or LICENSE notes are passed over)")
    elif os.path.lexists(item):
        yield item  # a file, or a link to nothing: opening it says what is wrong
    elif _MAGIC.search(item):
        yield from _matches(item, passed_over)
    else:
        yield Skipped(item, "no such file or directory")


def _counted(found: Iterator[str | Skipped]) -> Iterator[str | Skipped]:
    """Yields what `found` yields; returns how many of them were files or skips."""
    count = 0
    for count, item in enumerate(found, start=1):
        yield item
    return count


def walk(folder: str, visited: set[str] | None = None, named: str | None = None,
         passed_over: frozenset[str] = frozenset()) -> Iterator[str | Skipped]:
    """Every file in a folder and below, sorted by name; hidden files and folders, and the notes
    that document a folder (README, LICENSE, NOTICE, ATTRIBUTION), left out.

    Symbolic links are followed while they stay inside the folder the user `named` (a link
    to `..` would read what was not asked for), each folder once (a link back up the tree)."""
    visited = set() if visited is None else visited
    real = os.path.realpath(folder)
    named = real if named is None else named
    if real in visited:  # a link back up the tree: its files are read already
        return
    visited.add(real)
    try:
        with os.scandir(folder) as found:
            entries = sorted((entry for entry in found if not entry.name.startswith(".")
                              and not _is_folder_note(entry)
                              and os.path.join(real, entry.name) not in passed_over),
                             key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(folder, os_reason(error))
        return
    for entry in entries:
        try:
            yield from _entry(entry, visited, named, passed_over)
        except OSError as error:  # a loop of links (a -> b -> a): its own skip, the rest goes on
            yield Skipped(entry.path, os_reason(error))


def _is_folder_note(entry: os.DirEntry) -> bool:
    """A README or licence beside the articles; the name is looked at first, since asking what
    a loop of links is raises."""
    try:
        return bool(_FOLDER_NOTES.fullmatch(entry.name)) and entry.is_file()
    except OSError:
        return False


def _entry(entry: os.DirEntry, visited: set[str], named: str,
           passed_over: frozenset[str]) -> Iterator[str | Skipped]:
    if entry.is_symlink() and os.path.exists(entry.path):
        target = os.path.realpath(entry.path)
        if os.path.commonpath([named, target]) != named:
            yield Skipped(entry.path, f"a symbolic link to {target}, outside the folder named: "
                                      "not followed (name it to read it)")
            return
    if entry.is_dir():
        yield from walk(entry.path, visited, named, passed_over)
    elif entry.is_file():
        yield entry.path
    elif entry.is_symlink() and not os.path.exists(entry.path):
        yield Skipped(entry.path, "broken symbolic link")
    else:  # a pipe or a device: opening it could wait forever
        yield Skipped(entry.path, NOT_REGULAR)


def _matches(pattern: str, passed_over: frozenset[str]) -> Iterator[str | Skipped]:
    """The files a glob pattern matches (`**` included); a folder matched gives its files."""
    matches = [match for match in sorted(glob.iglob(pattern, recursive=True))
               if not passed_over or os.path.realpath(match) not in passed_over]
    if not matches:
        yield Skipped(pattern, "pattern matches no file")
    seen: set[str] = set()  # `data/**` matches a folder and the files in it: read them once
    for match in matches:
        for found in walk(match, passed_over=passed_over) if os.path.isdir(match) else [match]:
            if isinstance(found, str):
                if found in seen:
                    continue
                seen.add(found)
            yield found
