"""The people and organisations an article names, found from its proper-noun phrases.

No entity recogniser runs (it would double the parse time); a name is a run
of proper nouns, and what it is comes from the article itself: a title
("Ms. Teigen", "Prime Minister ..."), words that make an organisation
("Ministry", "Inc."), a given name, and the pronouns that refer back to it.
Names that share a surname or a run of words are one entity, whose canonical
name is the fullest form the article gives ("Teigen" -> "Chrissy Teigen").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..spans import SpanSet

from .lexicon import (FEMALE_NAMES, MALE_NAMES, MONTHS_AND_DAYS, ORG_NAME_WORDS, PERSON_PRONOUNS,
                      ROLE_NOUNS, TITLES)

NAME_TAGS = {"NNP", "NNPS"}
# Capitalised words written before a name that are not part of it.
NAME_MODIFIERS = {"former", "late", "retired", "acting", "interim", "incoming", "outgoing",
                  "republican", "democrat", "democratic", "liberal", "conservative", "labour",
                  "tory", "independent", "ndp", "gop", "presidential", "then", "ex", "new"}
NAME_PARTICLES = {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le",
                  "bin", "ibn", "al", "el", "dos", "das", "ter", "ten"}


@dataclass(slots=True)
class NameMention:
    """One occurrence of a name: token range [start, end) without any title."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str = ""  # lower-cased title before the name, "ms." or "prime minister"
    roles: list[str] = field(default_factory=list)  # role nouns said of it ("the actress")


@dataclass(slots=True)
class Entity:
    """A person or organisation of one article, with all the places it is named."""

    name: str
    words: tuple[str, ...]
    kind: str  # "person", "org" or "" when the article does not tell
    gender: str  # "m", "f" or ""
    mentions: list[NameMention]

    @property
    def first(self) -> int:
        return self.mentions[0].start


def find_entities(doc: Doc) -> list[Entity]:
    """The entities of one parsed article, each with its canonical name."""
    entities: list[Entity] = []
    for mention in _name_mentions(doc):
        entity = _matching(entities, mention.words)
        if entity is None:
            entities.append(Entity(" ".join(mention.words), mention.words, "", "", [mention]))
            continue
        entity.mentions.append(mention)
        if len(mention.words) > len(entity.words):
            entity.words, entity.name = mention.words, " ".join(mention.words)
    for entity in entities:
        entity.kind, entity.gender = _kind_and_gender(doc, entity)
    return entities


def _name_mentions(doc: Doc) -> list[NameMention]:
    out, i = [], 0
    headlines = _headline_lines(doc.text)
    while i < len(doc):
        if doc[i].idx in headlines:
            i += 1
        elif _is_name_word(doc[i]):
            j = i
            while j < len(doc) and _is_name_word(doc[j]) and "\n" not in doc[j].whitespace_:
                j += 1
            j = max(j, i + 1)
            out.extend(_split_title(doc, i, j))
            i = j
        else:
            i += 1
    return out


def _headline_lines(text: str) -> SpanSet:
    """Lines in title case ("Black Lawmakers Rip Donald Trump As A 'Fraud'"), where every word
    is capitalised and runs of capitals are not names."""
    spans, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return SpanSet(spans)


def _is_name_word(tok: Token) -> bool:
    if tok.lower_ in NAME_PARTICLES:  # "Henri de Bodinat", "Ursula von der Leyen"
        doc = tok.doc
        return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].tag_ in NAME_TAGS and \
            (doc[tok.i + 1].tag_ in NAME_TAGS or doc[tok.i + 1].lower_ in NAME_PARTICLES)
    return tok.tag_ in NAME_TAGS and tok.text[:1].isupper() and tok.lower_ not in MONTHS_AND_DAYS


def _split_title(doc: Doc, start: int, end: int) -> list[NameMention]:
    """'Former Pennsylvania Gov. Ed Rendell' -> the name 'Ed Rendell' with its title 'gov.'."""
    title_end = start
    for i in range(start, end - 1):
        if doc[i].lower_ in TITLES or _is_role_word(doc[i]) or doc[i].lower_ in NAME_MODIFIERS:
            title_end = i + 1
    while title_end < end - 2 and _is_nationality(doc[title_end]):
        title_end += 1
    title = " ".join(t.lower_ for t in doc[start:title_end])
    if title_end == start and start > 0 and doc[start - 1].lower_ in TITLES:
        title = doc[start - 1].lower_
    words = tuple(t.text for t in doc[title_end:end] if t.text not in (".",))
    if not words:
        return []
    return [NameMention(title_end, end, words, title, _roles(doc, title_end, end))]


def _is_nationality(tok: Token) -> bool:
    """'Russian Dmitriy Bogdanov': a nationality before a full name is not part of it."""
    return tok.lower_.endswith(("an", "ese", "ish", "ch")) and len(tok.text) > 4


def _is_role_word(tok: Token) -> bool:
    """'Dutchman Arnoud Okken', 'Congresswoman Ana Ruiz': a role written like a title."""
    word = tok.lower_
    return word in ROLE_NOUNS or word.endswith(("man", "woman")) and len(word) > 6


def _roles(doc: Doc, start: int, end: int) -> list[str]:
    """Role nouns said of a name: 'actress Chrissy Teigen', 'Teigen, the actress,'."""
    head = doc[end - 1]
    roles = [t.lower_ for t in head.children if t.dep_ == "appos" and t.lower_ in ROLE_NOUNS]
    if start > 0 and doc[start - 1].lower_ in ROLE_NOUNS:
        roles.append(doc[start - 1].lower_)
    if head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS:
        roles.append(head.head.lower_)
    return roles


def _matching(entities: list[Entity], words: tuple[str, ...]) -> Entity | None:
    """The entity a name belongs to: same surname, or its words inside a fuller name.

    Where several fit (a bare "Cruz" after "Ted Cruz" and "Rafael Cruz"), the one
    named most often so far: family members come and go, the story's person stays.
    """
    fitting = [e for e in entities if _same(e.words, words)]
    return max(fitting, key=lambda e: len(e.mentions), default=None)


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short == long:
        return True
    n = len(short)
    # "Teigen" ~ "Chrissy Teigen"; "Cairn" ~ "Cairn Energy";
    # "Justin Trudeau" ~ "Justin Pierre Trudeau" shares the ends.
    return long[-n:] == short or long[:n] == short or (n > 1 and long[0] == short[0] and long[-1] == short[-1])


def _kind_and_gender(doc: Doc, entity: Entity) -> tuple[str, str]:
    words = {w.lower() for w in entity.words}
    if words & ORG_NAME_WORDS or _acronym(entity.words) or _after_the(doc, entity):
        return "org", ""
    gender = _gender(doc, entity)
    # A person shows itself by a gender, a title or a role; "North Korea" and "New York"
    # show none, and must not become what "he" refers to.
    if gender or any(m.title or m.roles for m in entity.mentions):
        return "person", gender
    return "", gender


def _acronym(words: tuple[str, ...]) -> bool:
    """'BBC', 'ABN Amro', 'AT&T': a word in capitals, or an ampersand, is an organisation's."""
    return any(w.isupper() and len(w) > 1 and w.isalpha() for w in words) or "&" in words


def _after_the(doc: Doc, entity: Entity) -> bool:
    """'the Post', 'The New York Times': a determiner before a name marks an organisation."""
    firsts = [m.start for m in entity.mentions if not m.title]
    return bool(firsts) and all(i > 0 and doc[i - 1].lower_ == "the" for i in firsts)


def _gender(doc: Doc, entity: Entity) -> str:
    votes = {"m": 0, "f": 0}
    for m in entity.mentions:
        for word in [*m.title.split(), *m.roles]:
            g = TITLES.get(word) or ROLE_NOUNS.get(word, "")
            if g:
                votes[g] += 3
        g = _next_pronoun(doc, m)
        if g:
            votes[g] += 1
    first = entity.words[0].lower()
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        votes["f"] += 2
    elif first in MALE_NAMES and first not in FEMALE_NAMES:
        votes["m"] += 2
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


def _next_pronoun(doc: Doc, mention: NameMention) -> str:
    """The gender of the first he/she/his/her after a name that is a subject, in its sentence or the next."""
    head = doc[mention.end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    sent = head.sent
    stop = min(len(doc), sent.end + 40)
    for tok in doc[mention.end:stop]:
        if tok.lower_ in PERSON_PRONOUNS and tok.tag_ in ("PRP", "PRP$"):
            return PERSON_PRONOUNS[tok.lower_]
    return ""
