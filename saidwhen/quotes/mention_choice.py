"""The learned choice of a cue's speaker mention: which noun or pronoun near the cue heads it.

The rules of attribution.py give a quote's `subject`, the head of the phrase
that names who spoke (the cue's grammatical subject, the object of "according
to", ...). A small log-linear ranker, trained on PolNeAR's attributions
(training/mention.py), scores every token that could head a speaker mention in
the cue's sentence and the sentences either side of it, from what the rules
look at: the dependency path from the cue, direction and distance, part of
speech, quotation marks, the kind of cue, and whether the rules pick it. It
replaces the rules' choice only where it is surer of another candidate than of
the rules' one by `MARGIN` (in the model's probability): the rules stay where
the model hesitates.

The weights are a JSON file shipped with the package (mention_choice.json), read
once per process. `SAIDWHEN_MENTION_MODEL` names another weights file (the
training script's leave-one-source-out runs use it), or "off" to keep the rules.
"""
from __future__ import annotations

import functools
import json
import math
import os
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from .attribution import SUBJECT_DEPS, inverted_inside
from .cues import direct_lemma
from ..parsing.marks import QUOTE_MARK_TOKENS
from ..parsing.words import Columns, columns
from ..lexicon import MONTHS_AND_DAYS, SPEAKING_FOR, UNTAGGED_PRONOUNS as PRONOUNS

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

    from .found import FoundQuote

WEIGHTS = Path(__file__).with_name("mention_choice.json")
ENVIRONMENT = "SAIDWHEN_MENTION_MODEL"
HEAD_POS = ("NOUN", "PROPN", "PRON")
RELATIVE = {"WP", "WDT"}
MAX_HOPS = 3
DISTANCES = (1, 2, 3, 5, 8, 12, 20)


class MentionModelError(Exception):
    """The weights file of the mention choice cannot be read."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A token that could head the speaker mention of a cue, with what the ranker reads of it."""

    index: int
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Model:
    """The ranker: a weight per feature, and how sure it must be to overrule the rules."""

    weights: dict[str, float]
    margin: float  # how much surer of its best candidate than of the rules' pick to replace it
    adopt: float  # how sure of its best candidate to name one where the rules name none

    def score(self, features: tuple[str, ...]) -> float:
        return sum(map(self.weights.get, features, repeat(0.0)))  # in the features' order


def load(path: Path) -> Model:
    """The ranker saved at `path` by training/mention.py."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        return Model(weights=saved["weights"], margin=float(saved["margin"]), adopt=float(saved["adopt"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise MentionModelError(f"{path}: not a mention choice weights file ({exc})") from exc


@functools.cache
def model() -> Model | None:
    """The ranker in use: the shipped one, the file the environment names, or None ("off")."""
    chosen = os.environ.get(ENVIRONMENT, "")
    if chosen == "off":
        return None
    return load(Path(chosen) if chosen else WEIGHTS)


def choose_subjects(doc: Doc, found: list[FoundQuote]) -> list[FoundQuote]:
    """The found quotes, each with the subject the ranker prefers to the rules' one for its cue."""
    ranker = model()
    if ranker is None:
        return found
    return [_chosen(doc, ranker, f) for f in found]


def _chosen(doc: Doc, ranker: Model, f: FoundQuote) -> FoundQuote:
    if f.cue is None:
        return f
    # The speaker stands outside quotation marks; a reported clause may hold its subject
    # ('Acts of protest, Mr. Obama said, are ...' is reported whole).
    content = f.content if f.kind == "direct" else ()
    pick = choose(doc, ranker, f.cue[0], content, f.subject)
    return f if pick == f.subject else replace(f, subject=pick)


def choose(doc: Doc, ranker: Model, cue: int, content: tuple[tuple[int, int], ...], rule: int | None) -> int | None:
    """The head of the speaker mention of the cue at token `cue`: the ranker's best candidate
    where its probability beats the rules' pick (`rule`) by the model's margin, else `rule`."""
    found = candidates(doc, cue, content, rule)
    if not found:
        return rule
    scores = [ranker.score(c.features) for c in found]
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    best = max(range(len(found)), key=lambda k: (scores[k], -found[k].index))
    best_p = math.exp(scores[best] - top) / total
    if doc[found[best].index].tag_ in RELATIVE:
        return rule  # 'an architect who said': the rules name whom "who" stands for
    if _a_date_word(columns(doc), found[best].index):
        return rule  # 'on Saturday called him', 'announced last July': a day or a month is when, never who
    if rule is not None and doc[rule].head.lower_ == "by":
        return rule  # 'Ann Lee was described as “...” by Tom Hale': the agent of a passive cue, never its subject
    if rule is not None and _inverted_inside(doc, cue, rule):
        return rule  # 'The contrast, said Ann Moreau, would be clear': the grammar names her
    if rule is not None and _spoken_for(doc, rule, found[best].index):
        return rule  # 'a spokesperson for Fisheries and Oceans Canada': the one speaking for it
    if rule is None:
        # The ranker was never shown a cue without a speaker: it names one only when sure.
        return found[best].index if best_p > ranker.adopt else None
    rule_p = next((math.exp(s - top) / total for c, s in zip(found, scores) if c.index == rule), 0.0)
    return found[best].index if best_p - rule_p > ranker.margin else rule


def _spoken_for(doc: Doc, rule: int, pick: int) -> bool:
    """Whether the rules' subject is one who speaks for another ("a spokesperson", "a lawyer")
    and `pick` lies in its phrase of whom it speaks for ("for Fisheries and Oceans Canada",
    which the parser may hang apart from the cue): conventions.md keeps them apart."""
    speaker = doc[rule]
    if speaker.lower_ not in SPEAKING_FOR or pick == rule:
        return False
    tok = doc[pick]
    last = speaker.right_edge
    if last.dep_ == "prep" and last.head.i == rule and last.n_rights == 0 and tok.left_edge.i == last.i + 1:
        return True  # 'a spokesperson for Industry Minister Ann Lee said': "for" left bare, its object a second subject
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.head.i == rule:
            return True
        tok = tok.head
    return False


def _inverted_inside(doc: Doc, cue: int, rule: int) -> bool:
    subject = inverted_inside(doc[cue])
    return subject is not None and subject.i == rule


def candidates(doc: Doc, cue: int, content: tuple[tuple[int, int], ...], rule: int | None) -> list[Candidate]:
    """The tokens that could head the mention of the cue at token `cue`: nouns, proper nouns and
    pronouns in its sentence and the ones either side, outside the quote's `content` (characters)."""
    t, verb = columns(doc), doc[cue]
    # The sentences' bounds from the columns, as Token.sent finds them, without making their Spans.
    sent_start, sent_end = t.sentence_start(cue), t.sentence_end(cue)
    start = t.sentence_start(sent_start - 1) if sent_start > 0 else 0
    end = t.sentence_end(sent_end) if sent_end < len(t) else len(t)
    context = _Context(verb, _cue_class(verb), rule, sent_start, sent_end, t, _ancestors(t, cue))
    out = []
    # A token is quoted where the marks before it in [start, end) leave a quote open. The
    # tokens are read from the columns: a spaCy Token is made only for a candidate.
    open_ = False
    for i in range(start, end):
        text = t.text[i]
        if text in QUOTE_MARK_TOKENS:
            quoted, open_ = False, _opens(text, open_)
        else:
            quoted = open_
        if not (_could_head(t, i) or i == rule) or content and any(s <= t.idx[i] < e for s, e in content):
            continue
        out.append(Candidate(i, features(context, i, quoted)))
    return out


@dataclass(frozen=True, slots=True)
class _Context:
    verb: Token
    cue_class: str
    rule: int | None
    sent_start: int
    sent_end: int
    columns: Columns
    up: list[int]  # the verb and its heads (_ancestors)


def _could_head(t: Columns, i: int) -> bool:
    """A noun or pronoun, or any subject ('some say', 'Those close to him said')."""
    return t.pos[i] in HEAD_POS or t.dep[i] in SUBJECT_DEPS or not t.tag[i] and t.lower[i] in PRONOUNS


def _a_date_word(t: Columns, i: int) -> bool:
    """A weekday's or a month's name that ends no name: "Theresa May" is hers."""
    return t.lower[i] in MONTHS_AND_DAYS and not (i > 0 and t.tag[i - 1] in ("NNP", "NNPS")
                                                  and t.text[i - 1][:1].isupper())


def features(context: _Context, i: int, quoted: bool) -> tuple[str, ...]:
    """What the ranker reads of candidate token `i` for the cue of `context`."""
    # The token's attributes are read from the columns, each once, and no spaCy Token is made:
    # this runs for every candidate of every cue. The features keep their order, which is
    # the order the ranker sums their weights in.
    verb, cls, t = context.verb, context.cue_class, context.columns
    verb_i = verb.i
    head = t.head[i]
    where = -1 if i < context.sent_start else (1 if i >= context.sent_end else 0)
    path = _path(context, i) if where == 0 else f"sent{where:+d}"
    dep, tag, pos, lower = t.dep[i] or "none", t.tag[i], t.pos[i], t.lower[i]
    distance = _bucket(abs(i - verb_i))
    side = "left" if i < verb_i else "right"
    rule = "none" if context.rule is None else ("yes" if context.rule == i else "no")
    out = [
        "bias", f"path={path}", f"cls={cls}|path={path}", f"dep={dep}", f"cls={cls}|dep={dep}",
        f"dep={dep}|head={t.dep[head] or 'none'}", f"tag={tag or 'none'}", f"pos={pos or 'none'}",
        f"dist={side}{distance}", f"cls={cls}|dist={side}{distance}", f"rule={rule}", f"rule={rule}|cls={cls}",
        f"rule={rule}|path={path}", f"sent={where}",
    ]
    if pos == "PRON" or lower in PRONOUNS:
        out.append(f"pron={lower}")
    else:
        out.append(f"word={lower}")
    if quoted:
        out.append("quoted")
    if t.text[i][:1].isupper():
        out.append("capitalised_first" if t.sent_start[i] else "capitalised")
    if t.children[i]:
        children = {t.dep[c] for c in t.children[i]}
        if "compound" in children:
            out.append("has_compound")
        if "appos" in children:
            out.append("has_appos")
    if head == verb_i:
        out.append(f"cue_child={dep}")
    return tuple(out)


def _cue_class(verb: Token) -> str:
    lemma = "according" if verb.lower_ == "according" else direct_lemma(verb.lower_)
    return lemma if lemma in ("say", "tell", "according") else "other"


def _path(context: _Context, i: int) -> str:
    """The dependency labels from the cue up to the lowest common head and down to token `i`."""
    t, up, down = context.columns, context.up, _ancestors(context.columns, i)
    common = next((k for k in up if k in down), None)
    if common is None:
        return "apart"
    ups = [t.dep[k] for k in up[:up.index(common)]]
    downs = [t.dep[k] for k in down[:down.index(common)]]
    if len(ups) + len(downs) > MAX_HOPS:
        return "far"
    return "/".join(["^" + d for d in ups] + ["v" + d for d in reversed(downs)]) or "self"


def _ancestors(t: Columns, i: int) -> list[int]:
    """Token `i` and its heads up to the root of its sentence."""
    chain = [i]
    while t.head[i] != i and len(chain) < 50:
        i = t.head[i]
        chain.append(i)
    return chain


@functools.cache  # asked for every candidate of every cue, of a few hundred distances at most
def _bucket(distance: int) -> str:
    return str(next((d for d in DISTANCES if distance <= d), "more"))


def _opens(mark: str, open_: bool) -> bool:
    """Whether quotation mark `mark` leaves a quote open, after one was (`open_`) or not."""
    return not open_ if mark in ('"', "''") else mark in ("“", "``", "«")
