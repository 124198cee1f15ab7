"""The speaker tests' one helper: each quote's speaker, as a reader of the record sees it."""
from __future__ import annotations

import saidwhen


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(name, mention text) of each quote, in order."""
    out = []
    for q in saidwhen.extract(text).quotes:
        mention = q.speaker.mention.text if q.speaker and q.speaker.mention else None
        out.append((q.speaker.name if q.speaker else None, mention))
    return out
