"""Extract the quotes of a gold file's articles and score them with the shared scorer.

    python benchmarks/quotes_dev.py GOLD.jsonl [--pred OUT.jsonl] [--errors N] [--by-source]
    python benchmarks/quotes_dev.py ../shared/data/corpus/bbc-2004-2005.jsonl \
        --placing tests/data/bbc_placed_dev.jsonl
    python benchmarks/quotes_dev.py --tb-extra tests/data/tb_extra_dev.jsonl [--by-source]

The gold files are ../shared/data/seed/gold.jsonl, ../shared/data/polnear/dev.jsonl,
../shared/data/polnear/train-placed.jsonl, ../shared/data/bbc/names-dev.jsonl and
../shared/data/tb-placed/tb-placed.jsonl; the
scorer is ../shared/eval/quotescore.py. The accuracy gate (tests/test_quote_gate.py)
calls `evaluate` from here.

`--placing` joins the team's said_on and channel labels for some BBC corpus articles (offsets
and labels only, with a pretend article date each; tests/data/bbc_placed_dev.md) onto the
corpus texts: only its channel and said_on figures mean anything, as it names no speakers.

`--part tuned|held-back` keeps one part of a gold file: rules are tuned on the first and
only checked on the second, which differs in kind, not just in articles (HELD_BACK).

`--speakers tests/data/speaker_gender_dev.jsonl` joins the team's labels of each speaker's kind
and gender as written (tests/data/speaker_gender_dev.md) onto GOLD (../shared/data/bbc/names-dev.jsonl
or ../shared/data/tb-placed/tb-placed.jsonl), keeping the labelled articles (of `--part`, by the
label's own part): the scorer's `kind_acc` and `gender_acc` then mean something, and the
figures of gender as written are added: of the people quoted (one per article and speaker),
the share given a gender, the share of those right, and the share of women, against the labels.

`--tb-extra tests/data/tb_extra_dev.jsonl` (no GOLD) builds the gold from the team's own labels of
19 TimeBank and AQUAINT documents that tb-placed does not hold (tests/data/tb_extra_dev.md): each
text is the document's TimeML <TEXT> with every tag removed and XML entities decoded, stripped of
the white space at both ends (as tb-placed's `text` is), its date the creation time in <DCT>. The
labels name speakers, their kind and gender as written, said_on and channel, so every figure means
something, the gender as written ones included. They were made before saidwhen ran on these texts.

`--by-source` scores each source of the gold file alone (its `source` field: a PolNeAR outlet,
a tb-placed paper or wire; a BBC section) and prints a table with the mean over the sources and
the worst beside it. The rules are tuned, not trained, so leaving one source out is reporting it
on its own: the worst source is the figure to expect from a paper nobody tuned on. The speaker
mention ranker is trained on PolNeAR: `training/mention.py --leave-out each` trains it without each
outlet in turn and scores that one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from saidwhen.output import to_jsonl
from saidwhen.pipeline import extract_articles
from saidwhen.records import Article, Skipped
from saidwhen.timexes.timeml import TEXT, Body, document_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "quotescore.py"
TIMEML = SHARED / "data" / "timeml"
# Held back from tuning, chosen to differ from what is tuned on: BBC business and tech stories
# (tuning reads politics, sport and entertainment), and PolNeAR articles from the New York Times
# and Politico (tuning reads USA Today, the Washington Post, the Western Journal, HuffPost and
# Breitbart). In tb-placed, chosen by source before any figure was seen: the New York Times, Voice
# of America and Xinhua documents (7 of 20, 82 of 235 quotes; a paper, a broadcast transcript and a
# foreign wire), while tuning reads the Wall Street Journal, AP, AP Worldstream and the San Jose
# Mercury News. Their errors are not read while writing rules; their figures are only checked.
HELD_BACK = {"bbc/business/", "bbc/tech/", "nyt_", "politico_", "NYT", "VOA", "XIE"}
PARTS = ("all", "tuned", "held-back")


def in_part(article_id: str, part: str) -> bool:
    """Whether a gold article belongs to `part` ("all", "tuned" or "held-back")."""
    held = any(article_id.startswith(prefix) for prefix in HELD_BACK)
    return part == "all" or held == (part == "held-back")


def gold_articles(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
            yield Article(id=str(rec["id"]), text=rec["text"], date=date)


def predict(gold: Path, pred: Path) -> int:
    """Write saidwhen's records for the gold articles to `pred`; the number written."""
    n = 0
    with pred.open("w", encoding="utf-8") as out:
        for result in extract_articles(gold_articles(gold)):
            if isinstance(result, Skipped):
                raise RuntimeError(str(result))
            out.write(to_jsonl(result) + "\n")
            n += 1
    return n


def score(gold: Path, pred: Path, errors: int = 0, as_json: bool = True) -> str:
    args = [sys.executable, str(SCORER), str(gold), str(pred), "--errors", str(errors)]
    return subprocess.run(args + (["--json"] if as_json else []), check=True,
                          capture_output=True, text=True).stdout


def evaluate(gold: Path | None, names: Path | None = None, part: str = "all", placing: Path | None = None,
             speakers: Path | None = None, tb_extra: Path | None = None) -> dict:
    """The scorer's figures for saidwhen on one gold file (with `names` or `speakers` joined in,
    if given), or on one part of it; or on the corpus texts of `placing`'s labels; or on the
    TimeML texts of `tb_extra`'s labels (then with the figures of gender as written)."""
    with tempfile.TemporaryDirectory() as tmp:
        if tb_extra is not None:
            gold = with_tb_extra(tb_extra, Path(tmp) / "tb-extra.jsonl")
        if placing is not None:
            gold = with_placing(gold, placing, Path(tmp) / "placed.jsonl")
        if names is not None:
            gold = with_speaker_names(gold, names, Path(tmp) / "gold.jsonl")
        if speakers is not None:
            gold = with_speaker_labels(gold, speakers, part, Path(tmp) / "labelled.jsonl")
        elif part != "all":
            gold = part_of(gold, part, Path(tmp) / f"{part}.jsonl")
        pred = Path(tmp) / "pred.jsonl"
        predict(gold, pred)
        figures = json.loads(score(gold, pred))
        if speakers is not None or tb_extra is not None:
            figures["gender_as_written"] = gender_figures(gold, pred)
        return figures


def with_speaker_names(gold: Path, names: Path, out: Path) -> Path:
    """A gold file holding only the articles of `names`, their speakers named as annotated.

    PolNeAR gives speaker mentions but no canonical names; tests/data holds
    the team's own annotation of the names, one list per article, quote by quote.
    """
    annotated = {}
    with names.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            annotated[rec["id"]] = rec["names"]
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            if rec["id"] not in annotated:
                continue
            for quote, name in zip(rec["quotes"], annotated[rec["id"]], strict=True):
                quote["speaker"] = {**(quote.get("speaker") or {"mention": None}), "name": name}
            dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def with_placing(corpus: Path, labels: Path, out: Path) -> Path:
    """A gold file of the corpus articles that `labels` places: each text from the corpus, with
    the labels' article date and quotes (content offsets, said_on, channel; no speakers)."""
    placed = {}
    with labels.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            placed[rec["id"]] = rec
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            if rec["id"] in placed:
                gold = {**placed.pop(rec["id"]), "text": rec["text"]}
                dst.write(json.dumps(gold, ensure_ascii=False) + "\n")
    if placed:
        raise RuntimeError(f"{labels}: not in {corpus}: {', '.join(sorted(placed))}")
    return out


def with_speaker_labels(gold: Path, labels: Path, part: str, out: Path) -> Path:
    """A gold file of the articles of `labels` (of `part`), each quote's speaker given the
    labelled `kind` and `gender`; the quotes are told apart by their content offsets. The part is
    HELD_BACK's, as for every set with parts, so one article is held back from every figure or
    from none."""
    labelled = {}
    with labels.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if in_part(rec["id"], part):
                labelled[rec["id"]] = {_offsets(q): q for q in rec["quotes"]}
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            if rec["id"] not in labelled:
                continue
            found = labelled[rec["id"]]
            for quote in rec["quotes"]:
                label = found.pop(_offsets(quote), None)
                if label is not None:
                    quote["speaker"] = {**quote["speaker"], "kind": label["kind"], "gender": label["gender"]}
            if found:
                raise RuntimeError(f"{labels}: {rec['id']}: no gold quote at {sorted(found)}")
            dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


class LabelError(ValueError):
    """A line of a labels file is not well-formed: the message names the file and line."""


# The channel labels of the record (../shared/docs/product.md), null aside.
CHANNELS = {"Instagram", "Twitter", "Facebook", "TikTok", "YouTube", "Medium", "blog", "podcast",
            "statement", "press release", "news conference", "interview", "speech", "debate",
            "parliament", "court", "email", "letter", "text message", "television", "radio", "book",
            "report", "social media"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
GENDERS = {"female", "male", "unknown"}


def span_hash(text: str) -> str:
    """The short hash a label keeps of the text its span covers (the text itself is not kept)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def timeml_article(path: Path) -> tuple[str, dt.date | None]:
    """The text and date a TimeML document is scored on: <TEXT> with its tags removed and entities
    decoded, stripped at both ends (tb-placed's `text`), and the creation time in <DCT>."""
    raw = path.read_text(encoding="utf-8")
    found = TEXT.search(raw)
    if found is None:
        raise LabelError(f"{path}: no <TEXT> element")
    return Body(found.group(2)).text.strip(), document_date(raw)


def read_tb_extra(labels: Path, timeml: Path = TIMEML):
    """Each article of a tb-extra labels file with its text, checked: (record, text) pairs.

    A line is rejected (LabelError naming the file and line) when its document is missing, its
    text is not the one labelled (the hash), a span falls outside the text or covers other text
    than labelled, or a field holds what the record does not allow."""
    with labels.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{labels}:{number}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as error:
                raise LabelError(f"{where}: not JSON: {error}") from None
            try:
                text = _labelled_text(rec, timeml, where)
                for i, quote in enumerate(rec["quotes"]):
                    _check_quote(quote, text, f"{where}: quote {i}")
            except (KeyError, TypeError, ValueError) as error:
                if isinstance(error, LabelError):
                    raise
                raise LabelError(f"{where}: malformed label: {error!r}") from None
            yield rec, text


def _labelled_text(rec: dict, timeml: Path, where: str) -> str:
    path = timeml / rec["file"]
    if not path.is_file():
        raise LabelError(f"{where}: {rec['id']}: no document at {path}")
    text, date = timeml_article(path)
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["text_sha256"]:
        raise LabelError(f"{where}: {rec['id']}: the text of {path} is not the one labelled")
    if str(date) != rec["date"]:
        raise LabelError(f"{where}: {rec['id']}: date {rec['date']} is not the creation time {date}")
    return text


def _check_span(span: dict, text: str, where: str) -> None:
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise LabelError(f"{where}: span {start}-{end} is not inside the text ({len(text)} characters)")
    if span_hash(text[start:end]) != span["sha"]:
        raise LabelError(f"{where}: span {start}-{end} covers other text than was labelled")


def _check_quote(quote: dict, text: str, where: str) -> None:
    if quote["kind"] not in QUOTE_KINDS or not quote["content"]:
        raise LabelError(f"{where}: kind {quote['kind']!r} or its content is not valid")
    for span in quote["content"]:
        _check_span(span, text, f"{where}: content")
    if quote["cue"] is not None:
        _check_span(quote["cue"], text, f"{where}: cue")
    speaker = quote["speaker"]
    if speaker["mention"] is not None:
        _check_span(speaker["mention"], text, f"{where}: mention")
    if speaker["kind"] not in ("person", "organisation", None):
        raise LabelError(f"{where}: speaker kind {speaker['kind']!r} is not person or organisation")
    if (speaker["gender"] in GENDERS) != (speaker["kind"] == "person"):
        raise LabelError(f"{where}: gender {speaker['gender']!r} does not fit a speaker of kind {speaker['kind']!r}")
    for channel in [quote["channel"], *quote.get("channel_accept", [])]:
        if channel is not None and channel not in CHANNELS:
            raise LabelError(f"{where}: channel {channel!r} is not a label of the record")
    window = quote["said_on"]
    if window is not None and dt.date.fromisoformat(window["earliest"]) > dt.date.fromisoformat(window["latest"]):
        raise LabelError(f"{where}: said_on window {window['earliest']}..{window['latest']} runs backwards")


def with_tb_extra(labels: Path, out: Path, timeml: Path = TIMEML) -> Path:
    """A gold file of the TimeML documents of `labels`: each with its text and date, and the
    labelled quotes as the scorer reads them (the spans' hashes dropped, their text added)."""
    with out.open("w", encoding="utf-8") as dst:
        for rec, text in read_tb_extra(labels, timeml):
            quotes = [_quote_with_text(quote, text) for quote in rec["quotes"]]
            gold = {"id": rec["id"], "date": rec["date"], "source": rec["source"], "text": text, "quotes": quotes}
            dst.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return out


def _quote_with_text(quote: dict, text: str) -> dict:
    def spelled(span: dict | None) -> dict | None:
        if span is None:
            return None
        return {"start": span["start"], "end": span["end"], "text": text[span["start"]:span["end"]]}
    speaker = {**quote["speaker"], "mention": spelled(quote["speaker"]["mention"])}
    return {**quote, "content": [spelled(span) for span in quote["content"]], "cue": spelled(quote["cue"]),
            "speaker": speaker}


def _offsets(quote: dict) -> tuple:
    return tuple((c["start"], c["end"]) for c in quote["content"])


def gender_figures(gold: Path, pred: Path) -> dict:
    """Gender as written over the people quoted, as the Gender Gap Tracker counts sources: one
    per article and labelled person, with the gender most of their found quotes were given.

    `given`: the share of people given `female` or `male`; `right`: of those, the share the
    labels agree with; `women` and `women_labelled`: the share of women among the people given
    a gender, by saidwhen and by the labels (each among its own)."""
    scorer = _scorer()
    predicted = {}
    with pred.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            predicted[rec["id"]] = rec["quotes"]
    people: dict[tuple, dict] = {}
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            quotes = predicted.get(rec["id"], [])
            pairs, _, _ = scorer.match_article(rec["quotes"], quotes, scorer.THRESHOLDS[0])
            found = dict(pairs)
            for i, quote in enumerate(rec["quotes"]):
                speaker = quote.get("speaker") or {}
                if speaker.get("kind") != "person":
                    continue
                key = (rec["id"], speaker.get("name") or rec["text"][slice(*_mention_range(speaker))])
                person = people.setdefault(key, {"label": speaker["gender"], "given": []})
                said = (quotes[found[i]].get("speaker") or {}) if i in found else {}
                person["given"].append(said.get("gender"))
    return _shares(people.values())


def _shares(people) -> dict:
    said = [(p["label"], _most_given(p["given"])) for p in people]
    given = [(label, gender) for label, gender in said if gender in ("female", "male")]
    labelled = [label for label, _ in said if label in ("female", "male")]
    return {"people": len(said), "given": len(given) / len(said) if said else 0.0,
            "right": sum(label == gender for label, gender in given) / len(given) if given else 0.0,
            "women": sum(g == "female" for _, g in given) / len(given) if given else 0.0,
            "women_labelled": labelled.count("female") / len(labelled) if labelled else 0.0,
            "labelled_given": sum(label == g for label, g in given) / len(labelled) if labelled else 0.0}


def _most_given(given: list) -> str | None:
    """The gender most of a person's quotes were given. A tie is settled the same way on every
    run (a set's order of strings is not): a gender over "unknown" or a quote not found, and
    none where female and male tie."""
    counts = Counter(given)
    top = max(counts.values())
    tied = {g for g, n in counts.items() if n == top}
    genders = tied & {"female", "male"}
    if genders:
        return genders.pop() if len(genders) == 1 else None
    return "unknown" if "unknown" in tied else None


def _mention_range(speaker: dict) -> tuple[int, int]:
    mention = speaker.get("mention") or {}
    mention = mention[0] if isinstance(mention, list) else mention
    return mention.get("start", 0), mention.get("end", 0)


def _scorer():
    spec = importlib.util.spec_from_file_location("quotescore", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The figures of the per-source table: (heading, key in the scorer's JSON).
SOURCE_FIGURES = (("overlap F1", "overlap@0.3.F1"), ("mention", "overlap@0.3.mention_acc"),
                  ("name", "overlap@0.3.name_acc"), ("attributed F1", "attributed@0.3.F1"),
                  ("said_on", "said_on_acc"), ("channel", "channel_acc"))


def source_of(rec: dict) -> str:
    """A gold article's source: its `source` field, or the section of a BBC id ("bbc/tech/041.txt")."""
    if rec.get("source"):
        return str(rec["source"])
    parts = str(rec["id"]).split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else "unknown"


def by_source(gold: Path, pred: Path) -> dict[str, dict]:
    """The scorer's figures for each source of `gold` alone, predictions taken from `pred`."""
    sources: dict[str, list[str]] = {}
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            sources.setdefault(source_of(json.loads(line)), []).append(line)
    predicted = {}
    with pred.open(encoding="utf-8") as fh:
        for line in fh:
            predicted[str(json.loads(line)["id"])] = line
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for source, lines in sorted(sources.items()):
            one_gold, one_pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
            one_gold.write_text("".join(lines), encoding="utf-8")
            ids = [str(json.loads(line)["id"]) for line in lines]
            one_pred.write_text("".join(predicted[i] for i in ids if i in predicted), encoding="utf-8")
            figures = json.loads(score(one_gold, one_pred))
            figures["quotes"] = sum(len(json.loads(line)["quotes"]) for line in lines)
            figures["held_back"] = all(not in_part(i, "tuned") for i in ids)
            out[source] = figures
    return out


def _figure(figures: dict, key: str) -> float | None:
    """A figure of the scorer's JSON, or None where the gold file gives nothing to score it."""
    if key in figures or "." not in key:
        return figures.get(key)
    group, name = key.rsplit(".", 1)
    return figures.get(group, {}).get(name)


def source_table(figures: dict[str, dict]) -> str:
    """A Markdown table: one row a source (held-back ones marked), then the mean and the worst."""
    keys = [key for _, key in SOURCE_FIGURES if any(_figure(f, key) is not None for f in figures.values())]
    heads = [head for head, key in SOURCE_FIGURES if key in keys]
    rows = ["| source | quotes | " + " | ".join(heads) + " |", "|---" * (len(heads) + 2) + "|"]
    for source, f in figures.items():
        cells = [f"{_figure(f, key):.3f}" if _figure(f, key) is not None else "" for key in keys]
        mark = " (held back)" if f["held_back"] else ""
        rows.append(f"| {source}{mark} | {f['quotes']} | " + " | ".join(cells) + " |")
    for label, pick in (("mean", lambda v: sum(v) / len(v)), ("worst", min)):
        cells = []
        for key in keys:
            values = [v for f in figures.values() if (v := _figure(f, key)) is not None]
            cells.append(f"{pick(values):.3f}")
        rows.append(f"| {label} | | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def part_of(gold: Path, part: str, out: Path) -> Path:
    """A gold file holding only the articles of `part`."""
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if in_part(str(json.loads(line)["id"]), part):
                dst.write(line)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, nargs="?", help="a gold file (not with --tb-extra)")
    ap.add_argument("--pred", type=Path, help="keep saidwhen's records in this file")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors")
    ap.add_argument("--names", type=Path, help="speaker names to join into the gold file "
                    "(tests/data/polnear_dev_speaker_names.jsonl for PolNeAR dev)")
    ap.add_argument("--placing", type=Path, help="said_on and channel labels to join onto the "
                    "corpus texts given as GOLD (tests/data/bbc_placed_dev.jsonl)")
    ap.add_argument("--part", choices=PARTS, default="all",
                    help="score only the part tuned on, or only the part held back from tuning")
    ap.add_argument("--speakers", type=Path, help="speaker kind and gender labels to join into "
                    "the gold file (tests/data/speaker_gender_dev.jsonl for BBC names and tb-placed)")
    ap.add_argument("--tb-extra", type=Path, help="the team's labels of TimeBank and AQUAINT documents "
                    "(tests/data/tb_extra_dev.jsonl): the gold is built from them and the TimeML texts")
    ap.add_argument("--by-source", action="store_true",
                    help="score each source alone: a table with the mean and the worst source")
    a = ap.parse_args()
    if (a.gold is None) == (a.tb_extra is None):
        ap.error("give either a gold file or --tb-extra LABELS")
    if a.tb_extra:
        try:
            a.gold = with_tb_extra(a.tb_extra, Path(tempfile.mkstemp(suffix=".jsonl")[1]))
        except (OSError, LabelError) as error:
            sys.exit(f"quotes_dev: {error}")
    if a.placing:
        a.gold = with_placing(a.gold, a.placing, Path(tempfile.mkstemp(suffix=".jsonl")[1]))
    if a.names:
        a.gold = with_speaker_names(a.gold, a.names, Path(tempfile.mkstemp(suffix=".jsonl")[1]))
    if a.speakers:
        a.gold = with_speaker_labels(a.gold, a.speakers, a.part, Path(tempfile.mkstemp(suffix=".jsonl")[1]))
    elif a.part != "all":
        a.gold = part_of(a.gold, a.part, Path(tempfile.mkstemp(suffix=".jsonl")[1]))
    pred = a.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    started = time.perf_counter()
    n = predict(a.gold, pred)
    print(f"{n} articles in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    if a.by_source:
        print(source_table(by_source(a.gold, pred)), end="")
    else:
        print(score(a.gold, pred, a.errors, as_json=False), end="")
    if a.speakers or a.tb_extra:
        f = gender_figures(a.gold, pred)
        print(f"gender as written, {f['people']} people quoted: given {f['given']:.3f}, right {f['right']:.3f} "
              f"of those; women {f['women']:.3f} (labels {f['women_labelled']:.3f}); labelled female or "
              f"male and given so {f['labelled_given']:.3f}")


if __name__ == "__main__":
    main()
