"""Rebuild the demo corpus, examples/wikinews.jsonl, from the Wikinews documents of GUM.

    python benchmarks/build_wikinews.py [GUM_DIR] [--out examples/wikinews.jsonl]

GUM_DIR defaults to ../shared/data/gum. Each `GUM_news_*.conllu` and `GUM_interview_*.conllu`
file becomes one article: its id from the file name (`wikinews-afghan`,
`wikinews-interview-ants`), its title, its date (`# meta::dateCreated`), its address
(`# meta::sourceURL`) and source "Wikinews". The text is that of its sentences (`# text =`), a
paragraph for each `# newpar`, sentences of a paragraph joined by a space, paragraphs by a blank
line. Left out: the headline paragraph (it is the title) and image captions (`figure` blocks),
which are not the article's prose. In an interview, a paragraph that starts a new turn begins
with its speaker's name ("Nick Bos: ...") as Wikinews prints it; GUM keeps the name apart, as
`# speaker = NickBos`.

The texts are CC BY 2.5 (Wikinews); the GUM annotation is CC BY 4.0: examples/ATTRIBUTION.md.
The output is the same on every run (files in name order, no timestamps).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "data" / "gum"
OUT = ROOT / "examples" / "wikinews.jsonl"
PATTERNS = ("GUM_news_*.conllu", "GUM_interview_*.conllu")
LEFT_OUT_BLOCKS = ("figure",)  # image captions and credits
# The interviewer of every Wikinews interview, named as the site prints it.
SPEAKER_NAMES = {"Wikinews": "Wikinews"}
NAME_RUN = re.compile(r"[A-Z](?:[\w'-]+|\.)(?: [A-Z](?:[\w'-]+|\.)){1,3}")  # "Mario J. Lucero"
CAMEL = re.compile(r"(?<=[a-z])(?<!Mc)(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


class GumFormatError(Exception):
    """A GUM file lacks what an article needs."""


class Paragraph:
    """A '# newpar' of GUM: its block ('p', 'head', 'figure | caption'), sentences and speaker."""

    def __init__(self, block: str) -> None:
        self.block = block
        self.sentences: list[str] = []
        self.speaker = ""


def article(path: Path) -> dict:
    """One GUM document as an article record."""
    meta, paragraphs = _read(path)
    for key in ("title", "dateCreated", "sourceURL"):
        if key not in meta:
            raise GumFormatError(f"{path}: no '# meta::{key}' line")
    kept = [p for p in paragraphs if p.sentences and not p.block.startswith(LEFT_OUT_BLOCKS)]
    if kept and kept[0].block.startswith("head") and kept[0].sentences[0] == meta["title"]:
        kept[0].sentences.pop(0)  # the headline; a dateline after it stays
        kept = [p for p in kept if p.sentences]
    return {"id": _article_id(path), "date": meta["dateCreated"], "title": meta["title"],
            "url": meta["sourceURL"], "source": "Wikinews", "text": "\n\n".join(_texts(kept))}


def _read(path: Path) -> tuple[dict[str, str], list[Paragraph]]:
    meta: dict[str, str] = {}
    paragraphs: list[Paragraph] = []
    speaker = ""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# meta::"):
                key, _, value = line[len("# meta::"):].partition(" = ")
                meta[key.strip()] = value.strip()
            elif line.startswith("# newpar_block = ") or line.strip() == "# newpar":
                if line.strip() == "# newpar" or not paragraphs or paragraphs[-1].sentences:
                    paragraphs.append(Paragraph(""))
                paragraphs[-1].block = line.partition(" = ")[2].strip()
            elif line.startswith("# speaker = "):
                speaker = line.partition(" = ")[2].strip()
            elif line.startswith("# text = "):
                if not paragraphs:  # a dateline before the first '# newpar' is a paragraph of its own
                    paragraphs.append(Paragraph("p"))
                if not paragraphs[-1].sentences:
                    paragraphs[-1].speaker = speaker
                paragraphs[-1].sentences.append(line.partition(" = ")[2].strip())
            elif not line.strip():
                speaker = ""  # a speaker is given sentence by sentence
    return meta, paragraphs


def _texts(paragraphs: list[Paragraph]):
    """Each paragraph's text, a new turn of an interview led by its speaker's name."""
    prose = " ".join(s for p in paragraphs for s in p.sentences)
    turn = ""
    for p in paragraphs:
        text = " ".join(p.sentences)
        if p.speaker and p.speaker != turn:
            text = f"{speaker_name(p.speaker, prose)}: {text}"
        turn = p.speaker
        yield text


def speaker_name(speaker_id: str, prose: str = "") -> str:
    """The name as the article writes it ('TinaMcKenzie' is 'Tina McKenzie'), else the id's
    words ('NickBos' -> 'Nick Bos', 'WilliamSSaturn' -> 'William S. Saturn')."""
    if speaker_id in SPEAKER_NAMES:
        return SPEAKER_NAMES[speaker_id]
    for run in NAME_RUN.finditer(prose):
        if re.sub(r"[\s.]", "", run.group()) == speaker_id:
            return run.group()
    words = CAMEL.sub(" ", speaker_id).split()
    return " ".join(f"{w}." if len(w) == 1 else w for w in words)


def _article_id(path: Path) -> str:
    genre, _, name = path.stem.removeprefix("GUM_").partition("_")
    return f"wikinews-{name}" if genre == "news" else f"wikinews-{genre}-{name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gum", type=Path, nargs="?", default=GUM)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    files = sorted(f for pattern in PATTERNS for f in a.gum.glob(pattern))
    if not files:
        raise SystemExit(f"{a.gum}: no Wikinews documents of GUM ({', '.join(PATTERNS)})")
    with a.out.open("w", encoding="utf-8") as out:
        for path in files:
            out.write(json.dumps(article(path), ensure_ascii=False) + "\n")
    print(f"{len(files)} articles written to {a.out}")


if __name__ == "__main__":
    main()
