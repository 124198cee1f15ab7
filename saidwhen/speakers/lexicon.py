"""Whether a noun tied to a name says the name is a person's; the word lists it reads are
in saidwhen.lexicon."""
from __future__ import annotations

from ..lexicon import AGENT_ENDINGS, FAMILY_NOUNS, ORG_NOUNS, ROLE_NOUNS, TITLES


def person_noun(word: str) -> bool:
    """Whether a noun the article ties to a name says it is a person ("the organist")."""
    if word in ORG_NOUNS:
        return False
    return word == "year-old" or word in ROLE_NOUNS or word in TITLES or word in FAMILY_NOUNS or \
        (len(word) > 4 and word.endswith(AGENT_ENDINGS))
