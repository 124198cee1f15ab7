"""Charts drawn on the server as SVG, from the numbers the page's tables show.

Readable without colour: every bar carries its label and its figure in text beside it, and the
two bars of a row (quotations, speakers) differ by pattern, solid against hatched, as the
legend says. No style attribute and no script (the page's content security policy allows
neither inline); the bars are drawn with SVG's own attributes.
"""
from __future__ import annotations

from markupsafe import Markup, escape

WIDTH = 720
LABEL_W = 250       # the value's name, left of the bars
FIGURE_W = 70       # the share in text, right of a bar
ROW_H = 30
INK, PAPER = "#24272d", "#ffffff"
MOST_BARS = 600     # periods drawn in time, empty ones too; more are drawn as they come


def share_bars(chart_id: str, title: str, rows: list[dict]) -> Markup:
    """A row per value: a solid bar for its share of quotations, a hatched one below it for
    its share of speakers; each with its figure in words."""
    bar_room = WIDTH - LABEL_W - FIGURE_W
    height = 28 + ROW_H * len(rows)
    parts = [_open(chart_id, title, height), _hatch(chart_id), _legend(chart_id)]
    for i, row in enumerate(rows):
        top = 28 + i * ROW_H
        parts.append(_text(0, top + 15, _short(row["label"], 38), anchor="start"))
        for j, (key, fill) in enumerate((("quotation_share", INK),
                                         ("speaker_share", f"url(#{chart_id}-hatch)"))):
            y = top + 3 + j * 12
            width = max(1.0, round(bar_room * row[key], 1))
            parts.append(f'<rect x="{LABEL_W}" y="{y}" width="{width}" height="10" '
                         f'fill="{fill}" stroke="{INK}" stroke-width="0.6"/>')
            parts.append(_text(LABEL_W + width + 4, y + 9, f"{row[key]:.1%}", size=10))
    parts.append("</svg>")
    return Markup("".join(parts))


def period_bars(chart_id: str, title: str, rows: list[dict]) -> Markup:
    """A bar per period (month or year, in time order): how many quotations it holds, with
    the first and last period named under the axis and the tallest bar's figure above it."""
    rows = _every_period([r for r in rows if r["value"]])
    if not rows:
        return Markup("")
    height, base = 170, 140
    step = (WIDTH - 20) / len(rows)
    tallest = max(r["quotations"] for r in rows) or 1
    parts = [_open(chart_id, title, height),
             f'<line x1="10" y1="{base}" x2="{WIDTH - 10}" y2="{base}" stroke="{INK}"/>']
    for i, row in enumerate(rows):
        bar = round(110 * row["quotations"] / tallest, 1)
        x = round(10 + i * step + step * 0.1, 1)
        parts.append(f'<rect x="{x}" y="{base - bar}" width="{round(step * 0.8, 1)}" '
                     f'height="{bar}" fill="{INK}"><title>{escape(row["value"])}: '
                     f'{row["quotations"]:,} quotations</title></rect>')
        if row["quotations"] == tallest:
            parts.append(_text(x + step * 0.4, base - bar - 4, f"{tallest:,}", size=10))
    parts.append(_text(10, base + 18, rows[0]["value"], anchor="start"))
    if len(rows) > 1:
        parts.append(_text(WIDTH - 10, base + 18, rows[-1]["value"], anchor="end"))
    parts.append("</svg>")
    return Markup("".join(parts))


def _every_period(rows: list[dict]) -> list[dict]:
    """The rows with the periods between them that hold no quotation, so that the bars keep
    time: a gap is a gap. Months or years, as the rows are; at most MOST_BARS of them."""
    if not rows:
        return rows
    first, last = rows[0]["value"], rows[-1]["value"]
    if len(first) == 4:
        slots = [str(y) for y in range(int(first), int(last) + 1)]
    else:
        start = int(first[:4]) * 12 + int(first[5:7]) - 1
        end = int(last[:4]) * 12 + int(last[5:7]) - 1
        slots = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(start, end + 1)]
    if len(slots) > MOST_BARS:
        return rows
    held = {r["value"]: r for r in rows}
    return [held.get(slot, {"value": slot, "quotations": 0}) for slot in slots]


def _open(chart_id: str, title: str, height: int) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
            f'width="100%" role="img" aria-labelledby="{chart_id}-title" '
            f'font-family="sans-serif" font-size="12" fill="{INK}">'
            f'<title id="{chart_id}-title">{escape(title)}</title>')


def _hatch(chart_id: str) -> str:
    return (f'<defs><pattern id="{chart_id}-hatch" width="6" height="6" '
            'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="6" height="6" fill="{PAPER}"/>'
            f'<line x1="0" y1="0" x2="0" y2="6" stroke="{INK}" stroke-width="2"/></pattern></defs>')


def _legend(chart_id: str) -> str:
    return (f'<rect x="{LABEL_W}" y="6" width="14" height="10" fill="{INK}"/>'
            + _text(LABEL_W + 18, 15, "share of quotations", anchor="start")
            + f'<rect x="{LABEL_W + 170}" y="6" width="14" height="10" '
              f'fill="url(#{chart_id}-hatch)" stroke="{INK}" stroke-width="0.6"/>'
            + _text(LABEL_W + 188, 15, "share of speakers", anchor="start"))


def _text(x: float, y: float, words: str, anchor: str = "start", size: int = 12) -> str:
    return (f'<text x="{round(x, 1)}" y="{round(y, 1)}" text-anchor="{anchor}" '
            f'font-size="{size}">{escape(words)}</text>')


def _short(words: str, most: int) -> str:
    return words if len(words) <= most else words[:most - 1] + "…"
