"""Speaker gender as written, checked against GUM's coreference on the Wikinews demo corpus.

    python benchmarks/gender_gum.py [GUM_DIR] [--part tuned|held-back|all] [--errors N]

GUM (../shared/data/gum) marks every mention of every entity, pronouns included, with its
entity and type, by hand. For each person GUM links to a quoted speaker of examples/wikinews.jsonl
(by the speaker mention's offsets), the gender its text writes is that of the third-person
pronouns GUM links to them (he, him, his, himself; she, her, hers, herself) and of an honorific
first in one of their mentions (Mr, Mrs, Ms, Miss, Sir, Dame, Lord, Lady); none, or both, is
`unknown`. GUM counts pronouns inside quotations too, which saidwhen leaves out, and gendered
nouns not at all: the two may differ where both are right. Printed, over those people: the
share GUM's text genders, the share saidwhen gives a gender, the share of those right, of
the people GUM genders, the share saidwhen gives the same, and the share of women among the
people each gives a gender (the Gender Gap Tracker's figure).

The articles are the demo corpus, rebuilt by benchmarks/build_wikinews.py. Since branch
`gender4` a third of them is held back from tuning: every third document in sorted order (the
third, sixth, ...; `--part held-back`, 14 of 43), whose figures only are read; the rules were tuned
on the rest (`--part tuned`), reading their errors alone.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from saidwhen.pipeline import extract_articles
from saidwhen.records import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "data" / "gum"
PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
            "she": "female", "her": "female", "hers": "female", "herself": "female"}
HONORIFICS = {"mr": "male", "mr.": "male", "sir": "male", "lord": "male", "mrs": "female", "mrs.": "female",
              "ms": "female", "ms.": "female", "miss": "female", "dame": "female", "lady": "female"}
# Every HELD_BACK_EVERY-th document in sorted order (counting from 1) is held back from tuning.
HELD_BACK_EVERY = 3
ENTITY = re.compile(r"\((\d+)-([a-z]+)-([^()|]*)(\)?)|(\d+)\)")


class GumMention:
    """One mention GUM marks: its entity, type, character offsets, words, and for each word its
    (Penn tag, token number, head's token number) in the sentence; `identity` is the entity's
    Wikipedia title where GUM gives one ("Donald_Trump"), else ""."""

    def __init__(self, entity: str, kind: str, start: int, identity: str = "") -> None:
        self.entity, self.kind, self.start, self.end = entity, kind, start, start
        self.identity = identity
        self.words: list[str] = []
        self.tokens: list[tuple[str, int, int]] = []


def mentions(path: Path, text: str) -> list[GumMention]:
    """GUM's mentions of one document, with character offsets into the rebuilt article `text`."""
    build = _builder()
    meta, _ = build._read(path)
    found: list[GumMention] = []
    cursor = 0
    for sentence, tokens in _sentences(path, meta.get("title", "")):
        at = text.find(sentence, cursor)
        if at < 0:
            raise RuntimeError(f"{path}: sentence not in the rebuilt text: {sentence[:60]}")
        cursor = at + len(sentence)
        found.extend(_sentence_mentions(tokens, text, at))
    return found


def _sentences(path: Path, title: str):
    """(text, [(form, misc)]) of each sentence the demo article keeps (not the headline, not
    a caption)."""
    block, kept, tokens, sentence, first = "", False, [], "", True
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# newpar_block = "):
                block = line.partition(" = ")[2]
            elif line.startswith("# text = "):
                sentence = line.partition(" = ")[2].strip()
                kept = not block.startswith("figure") and not (first and sentence == title)
                first = False
            elif line.strip() and not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                if cols[0].isdigit():
                    tokens.append((cols[1], cols[9], (cols[4], int(cols[0]), int(cols[6]) if cols[6].isdigit() else 0, cols[7])))
            elif not line.strip() and tokens:
                if kept:
                    yield sentence, tokens
                tokens = []


def _sentence_mentions(tokens, text: str, at: int) -> list[GumMention]:
    out, open_ = [], {}
    pos = at
    for form, misc, tag in tokens:
        start = text.find(form, pos)
        end = start + len(form)
        pos = end
        tag = (*tag, start, end)
        entity = next((f[len("Entity="):] for f in misc.split("|") if f.startswith("Entity=")), "")
        for m in ENTITY.finditer(entity):
            if m.group(1):
                fields = m.group(3).split("-", 5)  # infstat-salience-centering-minspan-link-identity
                mention = GumMention(m.group(1), m.group(2), start, fields[5] if len(fields) == 6 else "")
                open_.setdefault(m.group(1), []).append(mention)
                out.append(mention)
            closing = m.group(1) if m.group(4) else m.group(5)
            if closing and open_.get(closing):
                done = open_[closing].pop()
                done.end = end
                done.words.append(form)
                done.tokens.append(tag)
        for stack in open_.values():
            for mention in stack:
                mention.words.append(form)
                mention.tokens.append(tag)
    return out


def written_gender(mentions_of: list[GumMention]) -> str:
    said = set()
    for m in mentions_of:
        words = [w.lower() for w in m.words]
        if len(words) == 1 and words[0] in PRONOUNS:
            said.add(PRONOUNS[words[0]])
        elif words and words[0] in HONORIFICS:
            said.add(HONORIFICS[words[0]])
    return said.pop() if len(said) == 1 else "unknown"


def compare(path: Path, result: Extraction) -> dict[str, tuple[str, str, str]]:
    """GUM person -> (gender GUM's text writes, gender saidwhen gave most of their quotes, the
    name saidwhen gave them)."""
    found = mentions(path, result.article.text)
    by_entity: dict[str, list[GumMention]] = {}
    for m in found:
        by_entity.setdefault(m.entity, []).append(m)
    given: dict[str, Counter] = {}
    names: dict[str, str] = {}
    for quote in result.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.mention is None:
            continue
        best = linked(found, speaker.mention.start, speaker.mention.end, ("person",))
        if best is None:
            continue
        given.setdefault(best.entity, Counter())[speaker.gender or "none"] += 1
        names.setdefault(best.entity, f"{speaker.name} ({speaker.mention.text})")
    return {entity: (written_gender(by_entity[entity]), counts.most_common(1)[0][0], names[entity])
            for entity, counts in given.items()}


def linked(found: list[GumMention], start: int, end: int, kinds: tuple[str, ...],
           closest: bool = False) -> GumMention | None:
    """The GUM mention a speaker mention at [start, end) is tied to: of the mentions of an entity
    of one of `kinds` that overlap it, the shortest, or with `closest` the one that starts and
    ends where it does, else starts, else ends where it does, and shares the largest part of the
    two spans (the shorter where two share as
    much: "a spokesman for NASA" is the spokesman, not NASA; "Bolden to the crowd" is Bolden, not
    the crowd); None where none overlaps."""
    overlapping = [m for m in found if m.kind in kinds and m.start < end and start < m.end]
    if not overlapping:
        return None
    if not closest:
        return min(overlapping, key=lambda m: m.end - m.start)
    return max(overlapping, key=lambda m: (m.start == start and m.end == end, m.start == start, m.end == end, (min(end, m.end) - max(start, m.start)) / (max(end, m.end) - min(start, m.start)),
                                           m.start - m.end))


def _builder():
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_wikinews", ROOT / "benchmarks" / "build_wikinews.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def part(files: list[Path], which: str) -> list[Path]:
    """The documents of one part of the sorted list: `held-back` is every third one."""
    if which == "all":
        return files
    held = {f for n, f in enumerate(files, 1) if n % HELD_BACK_EVERY == 0}
    return [f for f in files if (f in held) == (which == "held-back")]


def evaluate(gum: Path = GUM, which: str = "all", errors: int = 0) -> dict:
    """The figures of one part of GUM's Wikinews documents (see the module's summary), and up
    to `errors` people on whom saidwhen and GUM differ."""
    build = _builder()
    files = part(sorted(f for pattern in build.PATTERNS for f in gum.glob(pattern)), which)
    records = [build.article(path) for path in files]
    articles = [Article(id=r["id"], text=r["text"]) for r in records]
    people, listed = [], []
    for path, result in zip(files, extract_articles(articles)):
        for entity, (gold, said, name) in compare(path, result).items():
            people.append((gold, said))
            if gold != said and said != "none" and len(listed) < errors:
                listed.append(f"{result.article.id} entity {entity}, {name}: GUM {gold}, saidwhen {said}")
    gendered = [(g, s) for g, s in people if g != "unknown"]
    given = [(g, s) for g, s in people if s in ("female", "male")]
    return {"documents": len(files), "people": len(people),
            "gum_genders": len(gendered) / max(1, len(people)),
            "given": len(given) / max(1, len(people)),
            "right": sum(g == s for g, s in given) / max(1, len(given)),
            "gendered_given_same": sum(g == s for g, s in gendered) / max(1, len(gendered)),
            "women": sum(s == "female" for _, s in given) / max(1, len(given)),
            "women_gum": sum(g == "female" for g, _ in gendered) / max(1, len(gendered)),
            "errors": listed}


def part_arguments(description: str) -> argparse.Namespace:
    """The command line of both GUM benchmarks (this one and names_gum.py): the GUM folder, the
    part, and errors to list, never of the held-back part."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("gum", type=Path, nargs="?", default=GUM)
    ap.add_argument("--part", choices=("all", "tuned", "held-back"), default="all",
                    help="the documents tuned on, or every third one, held back from tuning")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors (not with --part held-back)")
    a = ap.parse_args()
    if a.errors and a.part == "held-back":
        ap.error("the held-back part's errors are not read: drop --errors or use --part tuned")
    return a


def main() -> None:
    a = part_arguments(__doc__.split("\n")[0])
    f = evaluate(a.gum, a.part, a.errors)
    print(f"{f['people']} people quoted in {f['documents']} Wikinews articles; GUM's text genders "
          f"{f['gum_genders']:.3f}; saidwhen gives a gender to {f['given']:.3f}, "
          f"the same as GUM's for {f['right']:.3f} of those; of the people GUM genders, saidwhen gives "
          f"the same to {f['gendered_given_same']:.3f}; women among those given a gender {f['women']:.3f} "
          f"(GUM {f['women_gum']:.3f})")
    print("\n".join(f["errors"]))


if __name__ == "__main__":
    main()
