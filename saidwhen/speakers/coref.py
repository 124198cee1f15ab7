"""A learned choice of whom "he", "she", "his" or "her" refers to.

The Resolver reads an article's names and pronouns in order. Where a pronoun
outside a quotation is a subject and the sentence before (or its own) had a
named subject, the rules keep that subject ('Lord Perrin agreed ... “...,” he
told peers'). Otherwise it asks `referent`, in place of the hand-set salience:
the candidates are the named people referred to within the Resolver's reach
before the pronoun whose gender fits or is unknown, plus "nobody"; each is
described by what the rules look at (distance of its last reference, how often
and how it was referred to, gender, paragraph, whether it was the subject just
before, and the choice of the rules' salience), and a linear model scores them, the highest
winning (a softmax ranker).

The weights are trained on GUM's coreference by `training/coref.py` and shipped
as `models/coref.json`; they are read once per process. Where the rules chose
someone the article leaves unnamed ("a cashier ... she"), the rules' choice
stands. Measured against the rules in docs/extracting.md.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..lexicon import PERSON_PRONOUNS
from ..parsing.texts import text_of
from ..quotes.attribution import SUBJECT_DEPS
from ..parsing.words import columns

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver
    from .salience import Reference

__all__ = ["Candidate", "CorefModelError", "Ranker", "candidates", "ranker", "referent"]

MODEL_PATH = Path(__file__).resolve().parent / "models" / "coref.json"
# Whether the Resolver follows the model (training reads the rules' choices with it off).
IN_USE = True
REACH = 400  # tokens back, as the Resolver's PRONOUN_REACH
SUBJECT_WEIGHT = 1.0  # a reference of at least this weight was the subject of its sentence
CLAUSE_SUBJECT_WEIGHT = 0.6
FEATURES = (
    "nobody",  # the candidate that stands for "nobody the article names"
    "nobody_pronoun_subject",
    "nobody_no_gender_fit",  # no candidate is known to have the pronoun's gender
    "nobody_rule_none",  # the rules found nobody
    "rule_choice",  # the choice of the rules' salience
    "sentences_back",  # sentences since its last reference, /10, at most 1
    "tokens_back",  # log tokens since its last reference, /log(REACH)
    "references",  # log(1 + references within reach), /3
    "salience",  # the rules' salience: subject 1, clause subject 0.6, halving per sentence back
    "subject_previous_sentence",
    "subject_same_sentence",
    "pronoun_subject_and_subject_before",  # both the pronoun and the candidate's last reference are subjects
    "speaker",  # spoke a quote within reach
    "last_is_pronoun",  # its last reference was itself a resolved pronoun
    "gender_fits",
    "gender_unknown",
    "same_paragraph",
    "most_recent",  # referred to last of all candidates
    "first_person_named",  # the first person the article names: whom it is about
    "relative",  # named as someone's relative
    "named_in_quotations",  # share of its names written inside quotations
    "possessive_pronoun",  # "his", "her": a candidate just named in the same sentence fits better
    "one_word",  # a one-word name: a surname, or a capitalised word that is no name ("Right")
    "sentence_initial_only",  # every name of it opens a sentence: often a capitalised word, no name
    "most_salient",  # the highest salience of the candidates
    "salience_share",  # its salience over the highest
    "most_referred",  # referred to most often of the candidates, within reach
)


class CorefModelError(Exception):
    """The shipped coreference model cannot be read."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible referent of a pronoun, `entity` None for nobody, with its features."""

    entity: Entity | None
    features: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Ranker:
    """A linear score over FEATURES; the best-scoring candidate is the referent."""

    weights: tuple[float, ...]

    def score(self, candidate: Candidate) -> float:
        return sum(w * x for w, x in zip(self.weights, candidate.features))

    def choose(self, found: list[Candidate]) -> Candidate:
        # max keeps the first of equal scores: candidates come in a fixed order
        return max(found, key=self.score)


@lru_cache(maxsize=1)
def ranker(path: Path = MODEL_PATH) -> Ranker | None:
    """The shipped model, read once; None where no model is shipped."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = dict(zip(data["features"], data["weights"], strict=True))
        return Ranker(tuple(float(weights[name]) for name in FEATURES))
    except (ValueError, KeyError, TypeError) as e:
        raise CorefModelError(f"{path}: not a coreference model for these features ({e!r})") from e


def referent(resolver: Resolver, pronoun: int, gender: str, rule: Entity | None) -> Entity | None:
    """Whom the pronoun at token `pronoun` refers to: the model's choice, else the rules'."""
    model = ranker() if IN_USE else None
    if model is None or (rule is not None and not rule.name):
        return rule  # "a cashier ... she said": the rules' unnamed person blocks a wrong name
    return model.choose(candidates(resolver, pronoun, gender, rule)).entity


def candidates(resolver: Resolver, pronoun: int, gender: str, rule: Entity | None) -> list[Candidate]:
    """Nobody, then each named person referred to within reach before `pronoun`, most recent first.

    As for the rules, a person of the other gender, or a name not known for a person's, is no
    candidate: with them among the candidates the model lost to the rules on most genres of GUM."""
    refs = resolver.references
    end = bisect_left(refs, pronoun, key=_token_of)
    by_entity: dict[int, list[Reference]] = {}
    for i in range(end - 1, -1, -1):  # back from the pronoun, never over the whole article
        ref = refs[i]
        if pronoun - ref.token > REACH:
            break
        entity = ref.entity
        if entity.name and entity.kind == "person" and entity.gender in (gender, ""):
            by_entity.setdefault(id(entity), []).append(ref)
    doc = resolver.doc
    here = resolver.sentence_of[pronoun]
    salience = [_salience(seen, here) for seen in by_entity.values()]
    at = _Pronoun(pronoun, here, gender, doc[pronoun].dep_, rule,
                  next((r.entity for r in islice(refs, end) if r.entity.name and r.entity.kind == "person"), None),
                  max(salience, default=0.0), max(map(len, by_entity.values()), default=0))
    found = [Candidate(seen[0].entity, _features(resolver, at, seen, rank, score))
             for rank, (seen, score) in enumerate(zip(by_entity.values(), salience))]
    fits = any(c.entity.gender == gender for c in found)
    subject = at.dep in SUBJECT_DEPS
    nobody = Candidate(None, (1.0, float(subject), float(not fits), float(rule is None), *(0.0,) * (len(FEATURES) - 4)))
    return [nobody, *found]


@dataclass(frozen=True, slots=True)
class _Pronoun:
    """What the features of every candidate of one pronoun share."""

    token: int
    sentence: int
    gender: str
    dep: str
    rule: Entity | None
    first_person: Entity | None  # the first person the article names
    top: float  # the highest salience of the candidates
    most: int  # the most references of a candidate within reach


def _features(resolver: Resolver, at: _Pronoun, seen: list[Reference], rank: int, salience: float) -> tuple[float, ...]:
    """The features of one candidate, in FEATURES order; `seen` its references, latest first."""
    doc = resolver.doc
    idx = columns(doc).idx
    entity, last, here = seen[0].entity, seen[0], at.sentence
    return (
        0.0, 0.0, 0.0, 0.0,
        float(entity is at.rule),
        min(here - last.sentence, 10) / 10,
        math.log(1 + at.token - last.token) / math.log(REACH),
        math.log(1 + len(seen)) / 3,
        min(salience, 3.0) / 3,
        float(any(r.sentence == here - 1 and r.weight >= SUBJECT_WEIGHT for r in seen)),
        float(any(r.sentence == here and r.weight >= CLAUSE_SUBJECT_WEIGHT for r in seen)),
        float(at.dep in SUBJECT_DEPS and last.weight >= CLAUSE_SUBJECT_WEIGHT),
        float(any(r.token in resolver.speaker_heads for r in seen)),
        float(doc[last.token].lower_ in PERSON_PRONOUNS),
        float(bool(at.gender) and entity.gender == at.gender),
        float(not entity.gender),
        # the article's text, kept with the parse: doc.text would be built again for every pronoun
        float("\n" not in text_of(doc)[idx[last.token]:idx[at.token]]),
        float(rank == 0),
        float(entity is at.first_person),
        *_named(resolver, entity)[:2],
        float(at.dep == "poss" and last.sentence == here),
        float(len(entity.words) == 1),
        _named(resolver, entity)[2],
        float(salience == at.top),
        salience / at.top if at.top else 0.0,
        float(len(seen) == at.most),
    )


def _named(resolver: Resolver, entity: Entity) -> tuple[float, float, float]:
    """How the article names `entity` (the features relative, named_in_quotations and
    sentence_initial_only), read once per article: a person may be named hundreds of times."""
    facts = resolver.coref_facts.get(id(entity))
    if facts is None:
        doc, idx = resolver.doc, columns(resolver.doc).idx
        facts = resolver.coref_facts[id(entity)] = (
            float(entity.relative),
            sum(idx[m.start] in resolver.quoted for m in entity.mentions) / max(1, len(entity.mentions)),
            float(all(doc[m.start].is_sent_start for m in entity.mentions)))
    return facts


def _salience(seen: list[Reference], here: int) -> float:
    """The rules' salience of one entity: per sentence its strongest reference, halving per sentence back."""
    best: dict[int, float] = {}
    for ref in seen:
        best[ref.sentence] = max(best.get(ref.sentence, 0.0), ref.weight * 0.5 ** (here - ref.sentence))
    return sum(best.values())


def _token_of(ref: Reference) -> int:
    return ref.token
