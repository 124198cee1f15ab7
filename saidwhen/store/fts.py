"""A search query as a person types it, made into an FTS5 query that means the same.

FTS5's own syntax stays: "a phrase", AND, OR, NOT, NEAR(a b, 5), prefix*, ^first and
parentheses. What FTS5 would read as syntax inside a word is not meant as syntax by someone
who types `Kilroy-Silk`, `don't`, `U.S.` or `9/11`: such a word becomes the phrase of its
tokens ("Kilroy-Silk" finds "Kilroy-Silk" and "Kilroy Silk"), as the index tokenized the
text. A query that is still bad (`AND bridge`, `(rent`) is left for FTS5 to refuse, saying why.
"""
from __future__ import annotations

import re

OPERATORS = {"AND", "OR", "NOT", "NEAR", "+"}
# A quoted phrase (with "" for a quote inside it), a parenthesis, a comma (NEAR's distance),
# or a run of anything else up to a space: FTS5's own lexemes, as far as a query needs them.
_LEXEME = re.compile(r'"(?:[^"]|"")*"?|[(),]|[^\s(),"]+')
# FTS5 barewords: ASCII letters, digits and "_", and any non-ASCII character.
_BAREWORD = re.compile(r"[A-Za-z0-9_\u0080-\U0010ffff]+\Z")
_TOKEN_CHAR = re.compile(r"[^\W_]|[0-9]", re.UNICODE)


def fts_query(query: str) -> str:
    """`query` with every word FTS5 would misread as syntax put in double quotes."""
    return " ".join(filter(None, (_lexeme(found) for found in _LEXEME.findall(query))))


def _lexeme(lexeme: str) -> str:
    if lexeme.startswith('"'):
        # An unclosed phrase is closed: someone typing "open it late has not finished.
        return lexeme if len(lexeme) > 1 and _closed(lexeme) else lexeme + '"'
    if lexeme in OPERATORS or lexeme in "(),":
        return lexeme
    return _word(lexeme)


def _closed(phrase: str) -> bool:
    inner = phrase[1:]
    return inner.endswith('"') and (len(inner) - len(inner.rstrip('"'))) % 2 == 1


def _word(word: str) -> str:
    """A word with its ^ and * kept as syntax, quoted as a phrase if FTS5 would misread it."""
    first = "^" if word.startswith("^") else ""
    prefix = "*" if word.endswith("*") and len(word) > 1 else ""
    core = word[len(first):len(word) - len(prefix)]
    if not _TOKEN_CHAR.search(core):
        return ""  # punctuation alone (a dash between words) is no word to look for
    if _BAREWORD.match(core):
        return first + core + prefix
    return f'{first}"{core}"{prefix}'
