"""Text folded for comparing across articles: one form of each letter, quote mark and dash."""
from __future__ import annotations

import re
import unicodedata

_MARKS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                        "«": '"', "»": '"', "‐": "-", "‑": "-", "–": "-", "—": "-"})
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def folded(text: str) -> str:
    """Lower case, accents and compatibility forms removed, typographic marks made plain."""
    text = unicodedata.normalize("NFKD", text.translate(_MARKS))
    if text.isascii():  # no combining mark to drop, and no loop over every letter
        return text.lower()
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The words of `text`, folded; punctuation and spacing do not count."""
    return _WORDS.findall(folded(text))
