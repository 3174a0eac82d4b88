"""Tables and charts of the map report, as plain data and SVG text (no Qt, no qgis).

QGIS 3.22 has no chart item in print layouts, so the report draws its charts here as SVG
text that a picture item shows. Every length is in millimetres of the page: the SVG's
viewBox is the picture item's size, so a 2.1 mm font is 6 pt on paper whatever the page.
Only SVG Tiny features are used (rect, line, text), which is what QtSvg renders.

Every word the charts print comes from a :class:`ReportText` that the caller fills in the
user's language (the plugin's ``processing/report`` does it with ``tr``), and the font family is
the caller's choice, so that the same charts serve any country.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple
from xml.sax.saxutils import escape

from .indicators import RISK_CLASSES

#: the font family of the charts (set by the caller for the script of the names it prints)
FONT = "Noto Sans"
INK = "#222222"
MUTED = "#666666"
GRID = "#d9d9d9"
ABOVE = "#2b6c9e"      # an alliance that reaches the floor
BELOW = "#e6550d"      # one that does not
FLOOR = "#c62828"
BEFORE = "#bdbdbd"
AFTER = "#2b6c9e"
MEMBER_COLOURS = ("#2b6c9e", "#6baed6", "#74a9cf", "#9ecae1", "#c6dbef")
RISK_COLOURS = {1: "#1a9850", 2: "#a6d96a", 3: "#fee08b", 4: "#fc8d59", 5: "#d73027"}
#: above this many alliances the overview chart shows their distribution instead of a bar each
MANY_ALLIANCES = 40


@dataclass
class ReportText:
    """Every text the charts and the summary print, in the user's language. ``{0}`` fields are
    filled with numbers (already formatted) or names."""

    population_title: str
    distribution_title: str
    floor: str                  # "floor {0}"
    dashed: str                 # "(dashed)"
    alliances: str              # "{0} alliances"
    no_alliance: str
    below_floor: str            # "{0} of {1} below the floor"
    alliances_count_axis: str   # "alliances"
    gap_title: str
    gap_subtitle: str
    units_in_gap: str
    residents_in_gap: str
    before: str
    after: str
    risk_title: str
    risk_subtitle: str
    risk_short: Dict[int, str]
    members_title: str
    total: str                  # "total {0}"
    member_risk_title: str
    alliance_value: str         # "alliance {0}"
    at_risk_line: str           # "below 0.5 = at risk"
    members_in_gap: str
    their_residents: str
    gap_before_after: str
    summary_counts: str         # "{0} alliances · {1} units · {2} residents"
    summary_below: str          # "below the floor of {0}: {1} alliance(s)"
    summary_gap: str            # "in service gap: {0} → {1} units"
    summary_gap_residents: str  # " ({0} → {1} residents)"
    summary_risk: str           # "high extinction risk: {0} member units → {1} alliances pooled"
    path_title: str = "Population through the target years"
    path_subtitle: str = "{0} of {1} alliances stay above the floor through {2}"


# ---------------------------------------------------------------- numbers and text

def format_int(value: Optional[float]) -> str:
    """1234567.4 -> "1,234,567"; None -> "–"."""
    if value is None or not math.isfinite(value):
        return "–"
    return f"{int(round(value)):,}"


def format_number(value: Optional[float], decimals: int = 2) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return f"{value:,.{decimals}f}"


def nice_step(span: float, target_ticks: int = 4) -> float:
    """A 1-2-2.5-5 × 10^k step giving about ``target_ticks`` intervals over ``span``."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(target_ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if raw <= mult * power:
            return mult * power
    return 10 * power


def nice_ticks(vmax: float, target_ticks: int = 4) -> List[float]:
    """Ticks 0, step, 2·step… up to the first one at or above ``vmax``."""
    step = nice_step(vmax, target_ticks)
    count = max(1, math.ceil(vmax / step - 1e-9))
    return [i * step for i in range(count + 1)]


def text_width(text: str, size: float) -> float:
    """Approximate advance of ``text`` at font size ``size`` (same unit) in Noto Sans CJK."""
    width = 0.0
    for ch in text:
        code = ord(ch)
        if code >= 0x1100 and not 0x2000 <= code <= 0x206F:  # Hangul, CJK: full width
            width += 1.0
        elif ch in " .,:;'|!il()[]":
            width += 0.3
        elif ch.isdigit():
            width += 0.56
        elif ch.isupper() or ch in "mwMW%→–—":
            width += 0.72
        else:
            width += 0.53
    return width * size


def fit_text(text: str, size: float, max_width: float) -> str:
    """``text`` cut with an ellipsis so that it is at most ``max_width`` wide."""
    if text_width(text, size) <= max_width:
        return text
    while text and text_width(text + "…", size) > max_width:
        text = text[:-1]
    return text + "…" if text else ""


# ---------------------------------------------------------------- SVG canvas

class Svg:
    """A tiny SVG writer in millimetres."""

    def __init__(self, width: float, height: float, font: Optional[str] = None):
        self.width = width
        self.height = height
        self.font = escape(font or FONT, {'"': "&quot;"})
        self.parts: List[str] = []

    def rect(self, x, y, w, h, fill, stroke=None, stroke_width=0.0, opacity=None):
        extra = f' stroke="{stroke}" stroke-width="{stroke_width:.2f}"' if stroke else ""
        if opacity is not None:
            extra += f' fill-opacity="{opacity:.2f}"'
        self.parts.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{max(w, 0):.2f}" '
                          f'height="{max(h, 0):.2f}" fill="{fill}"{extra}/>')

    def line(self, x1, y1, x2, y2, stroke=INK, width=0.2, dash: Optional[str] = None):
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" '
                          f'stroke="{stroke}" stroke-width="{width:.2f}"{extra}/>')

    def text(self, x, y, text, size, anchor="start", weight="normal", fill=INK):
        """``y`` is the baseline."""
        self.parts.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="{self.font}" '
                          f'font-size="{size:.2f}" font-weight="{weight}" text-anchor="{anchor}" '
                          f'fill="{fill}">{escape(str(text))}</text>')

    def text_mid(self, x, cy, text, size, **kwargs):
        """Text vertically centred on ``cy``."""
        self.text(x, cy + 0.36 * size, text, size, **kwargs)

    def render(self) -> str:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                f'width="{self.width:.2f}mm" height="{self.height:.2f}mm" '
                f'viewBox="0 0 {self.width:.2f} {self.height:.2f}">' + "".join(self.parts) + "</svg>")


# ---------------------------------------------------------------- chart data

@dataclass
class AllianceRow:
    """One alliance as the report shows it."""

    key: object
    name: str
    population: Optional[float]
    n_members: Optional[int] = None
    pop_ratio: Optional[float] = None
    risk_index: Optional[float] = None
    gap_before: Optional[int] = None
    gap_after: Optional[int] = None


@dataclass
class MemberRow:
    """One unit as the report sees it: its alliance, population and service gap."""

    name: str
    alliance: object = None
    population: Optional[float] = None
    role: Optional[str] = None
    risk_index: Optional[float] = None
    gap: Optional[int] = None
    covered: Optional[int] = None

    @property
    def gap_after(self) -> Optional[int]:
        """In gap once its alliance pools services: in gap and not covered by the alliance."""
        if self.gap is None:
            return None
        return int(bool(self.gap) and not bool(self.covered))


@dataclass
class GapTotals:
    units_before: int = 0
    units_after: int = 0
    population_before: float = 0.0
    population_after: float = 0.0
    has_population: bool = False


@dataclass
class ReportData:
    alliances: List[AllianceRow]
    members: List[MemberRow] = field(default_factory=list)
    floor: Optional[float] = None
    has_gap: bool = False
    has_risk: bool = False


def derive_floor(rows: Iterable[Tuple[Optional[float], Optional[float]]]) -> Optional[float]:
    """The population floor behind ``pop_ratio = population / floor``: the median of
    population/ratio over the alliances, rounded to three significant digits."""
    values = sorted(p / r for p, r in rows if p is not None and r and r > 0)
    if not values:
        return None
    mid = values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
    digits = 3 - int(math.floor(math.log10(abs(mid)))) - 1
    return round(mid, digits) if mid else None


def pick_sum_field(alliance_population: Dict[object, float],
                   sums_by_field: Dict[str, Dict[object, float]]) -> Optional[str]:
    """The field whose per-alliance sum of members equals the alliance population (the field
    the alliances were built with); ``None`` when no candidate matches within 0.5 %."""
    best, best_err = None, 0.005
    for name, sums in sums_by_field.items():
        errors = [abs(sums.get(key, 0.0) - pop) / pop for key, pop in alliance_population.items() if pop]
        if errors and max(errors) < best_err:
            best, best_err = name, max(errors)
    return best


def gap_by_alliance(members: Sequence[MemberRow]) -> Dict[object, Tuple[int, int]]:
    """alliance -> (members in gap alone, members still in gap with the alliance's services)."""
    out: Dict[object, Tuple[int, int]] = {}
    for m in members:
        if m.alliance is None or m.gap is None:
            continue
        before, after = out.get(m.alliance, (0, 0))
        out[m.alliance] = (before + int(bool(m.gap)), after + (m.gap_after or 0))
    return out


def gap_totals(members: Sequence[MemberRow]) -> GapTotals:
    """Units (and residents) in gap before and after alliances, over every unit."""
    totals = GapTotals(has_population=any(m.population is not None for m in members))
    for m in members:
        if m.gap is None:
            continue
        pop = m.population or 0.0
        if m.gap:
            totals.units_before += 1
            totals.population_before += pop
        if m.gap_after:
            totals.units_after += 1
            totals.population_after += pop
    return totals


def risk_class_counts(values: Iterable[Optional[float]]) -> Dict[int, int]:
    """Counts per extinction-risk class 1..5 (Lee Sang-ho 2016), unknown values skipped."""
    counts = {cls: 0 for _lower, cls, _en, _ko in RISK_CLASSES}
    for value in values:
        if value is None or not math.isfinite(value):
            continue
        for lower, cls, _en, _ko in RISK_CLASSES:
            if value >= lower:
                counts[cls] += 1
                break
    return counts


def sort_alliances(rows: Sequence[AllianceRow]) -> List[AllianceRow]:
    """Most populous first, then by name: the order of the chart and of the table."""
    return sorted(rows, key=lambda r: (-(r.population or 0.0), r.name))


def summary_lines(data: ReportData, t: ReportText) -> List[str]:
    """The key figures of the overview page, short lines in the user's language."""
    rows = data.alliances
    members = [m for m in data.members if m.alliance is not None]
    population = format_int(sum(r.population or 0.0 for r in rows))
    lines = [t.summary_counts.format(format_int(len(rows)), format_int(len(members)), population)]
    if data.floor:
        below = sum(1 for r in rows if (r.population or 0.0) < data.floor)
        lines.append(t.summary_below.format(format_int(data.floor), format_int(below)))
    if data.has_gap and data.members:
        totals = gap_totals(data.members)
        text = t.summary_gap.format(format_int(totals.units_before), format_int(totals.units_after))
        if totals.has_population:
            text += t.summary_gap_residents.format(format_int(totals.population_before),
                                                   format_int(totals.population_after))
        lines.append(text)
    elif data.has_risk and members:
        units = sum(1 for m in members if m.risk_index is not None and m.risk_index < 0.2)
        pooled = sum(1 for r in rows if r.risk_index is not None and r.risk_index < 0.2)
        lines.append(t.summary_risk.format(format_int(units), format_int(pooled)))
    return lines


# ---------------------------------------------------------------- chart panels

TITLE_SIZE = 2.6   # mm, ~7.4 pt
LABEL_SIZE = 2.1   # ~6 pt
SMALL_SIZE = 1.85  # ~5.2 pt


def _title(svg: Svg, x: float, y: float, w: float, title: str, subtitle: str = "") -> float:
    """Panel heading (cut with an ellipsis when too wide) and subtitle; returns the height used."""
    svg.text(x, y + TITLE_SIZE, fit_text(title, TITLE_SIZE, w), TITLE_SIZE, weight="bold")
    used = TITLE_SIZE * 1.3 + 0.4
    if subtitle:
        svg.text(x, y + used + SMALL_SIZE, fit_text(subtitle, SMALL_SIZE, w), SMALL_SIZE, fill=MUTED)
        used += SMALL_SIZE + 1.0
    return used + 1.0


def _value_axis(svg: Svg, x0: float, x1: float, y_top: float, y_axis: float, vmax: float,
                ticks: Sequence[float], fmt=format_int) -> None:
    scale = (x1 - x0) / vmax
    for tick in ticks:
        x = x0 + tick * scale
        svg.line(x, y_top, x, y_axis, GRID, 0.15)
        svg.text(x, y_axis + SMALL_SIZE + 0.8, fmt(tick), SMALL_SIZE, anchor="middle", fill=MUTED)
    svg.line(x0, y_axis, x1, y_axis, MUTED, 0.2)


def population_panel(svg: Svg, x: float, y: float, w: float, h: float, rows: Sequence[AllianceRow],
                     floor: Optional[float], t: ReportText) -> None:
    """Horizontal bars, one per alliance (most populous first), with the floor as a dashed line."""
    floor_text = (t.floor.format(format_int(floor)) + " " + t.dashed + " · ") if floor else ""
    top = y + _title(svg, x, y, w, t.population_title, floor_text + t.alliances.format(format_int(len(rows))))
    if not rows:
        svg.text(x, top + LABEL_SIZE * 2, t.no_alliance, LABEL_SIZE, fill=MUTED)
        return
    axis_h = SMALL_SIZE + 2.0
    band = (y + h - axis_h - top) / len(rows)
    size = min(LABEL_SIZE, band * 0.78)
    label_w = min(max(text_width(r.name, size) for r in rows) + 1.5, w * 0.32)
    value_w = text_width("0,000,000", size) + 1.0
    x0, x1 = x + label_w, x + w - value_w
    vmax = max([r.population or 0.0 for r in rows] + [floor or 0.0]) or 1.0
    ticks = nice_ticks(vmax, 3 if w < 60 else 4)
    vmax = ticks[-1]
    scale = (x1 - x0) / vmax
    y_axis = top + band * len(rows)
    _value_axis(svg, x0, x1, top, y_axis, vmax, ticks)
    bar_h = band * 0.72
    for i, r in enumerate(rows):
        cy = top + band * (i + 0.5)
        svg.text_mid(x0 - 1.0, cy, fit_text(r.name, size, label_w - 1.0), size, anchor="end")
        pop = r.population or 0.0
        colour = ABOVE if floor is None or pop >= floor else BELOW
        svg.rect(x0, cy - bar_h / 2, pop * scale, bar_h, colour)
        svg.text_mid(x0 + pop * scale + 0.8, cy, format_int(r.population), size * 0.92, fill=MUTED)
    if floor:
        fx = x0 + floor * scale
        svg.line(fx, top - 0.8, fx, y_axis, FLOOR, 0.35, dash="1.2,0.8")


def distribution_panel(svg: Svg, x: float, y: float, w: float, h: float, rows: Sequence[AllianceRow],
                       floor: Optional[float], t: ReportText) -> None:
    """Many alliances: how many fall in each population band (a histogram), with the floor."""
    pops = [r.population for r in rows if r.population is not None and math.isfinite(r.population)]
    below = sum(1 for p in pops if floor and p < floor)
    subtitle = t.alliances.format(format_int(len(rows)))
    if floor:
        subtitle += " · " + t.below_floor.format(format_int(below), format_int(len(rows)))
    top = y + _title(svg, x, y, w, t.distribution_title, subtitle)
    if not pops:
        svg.text(x, top + LABEL_SIZE * 2, t.no_alliance, LABEL_SIZE, fill=MUTED)
        return
    ticks = nice_ticks(max(pops + [floor or 0.0]), 10 if w > 80 else 6)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else (ticks[0] or 1.0)
    counts = [0] * (len(ticks) - 1 or 1)
    for p in pops:
        counts[min(int(p // step), len(counts) - 1)] += 1
    axis_h = SMALL_SIZE + 2.0
    left = text_width("0,000", SMALL_SIZE) + 1.5
    x0, x1, y1 = x + left, x + w - 1.0, y + h - axis_h
    cmax = nice_ticks(max(counts), 3)
    yscale = (y1 - top) / cmax[-1]
    for c in cmax:
        cy = y1 - c * yscale
        svg.line(x0, cy, x1, cy, GRID, 0.15)
        svg.text(x0 - 0.8, cy + SMALL_SIZE * 0.35, format_int(c), SMALL_SIZE, anchor="end", fill=MUTED)
    xscale = (x1 - x0) / (step * len(counts))
    for i, c in enumerate(counts):
        low = i * step
        colour = ABOVE if floor is None or low >= floor else BELOW
        svg.rect(x0 + low * xscale + 0.15, y1 - c * yscale, step * xscale - 0.3, c * yscale, colour)
    for i in range(0, len(counts) + 1, max(1, len(counts) // 5)):
        svg.text(x0 + i * step * xscale, y1 + SMALL_SIZE + 0.8, format_int(i * step), SMALL_SIZE, anchor="middle",
                 fill=MUTED)
    svg.line(x0, y1, x1, y1, MUTED, 0.2)
    if floor:
        fx = x0 + floor * xscale
        svg.line(fx, top - 0.8, fx, y1, FLOOR, 0.35, dash="1.2,0.8")


def _metric_geometry(size: float = LABEL_SIZE) -> Tuple[float, float]:
    """(bar height, height of one metric block) of the before/after panel."""
    bar_h = size * 1.35
    return bar_h, size * 1.7 + 2 * bar_h * 1.3 + 2.2


def before_after_height(n_metrics: int, width: float) -> float:
    """Height the before/after panel needs for ``n_metrics``."""
    return TITLE_SIZE * 1.3 + 0.4 + SMALL_SIZE + 2.0 + n_metrics * _metric_geometry()[1]


def before_after_panel(svg: Svg, x: float, y: float, w: float, h: float, title: str,
                       metrics: Sequence[Tuple[str, float, float]], t: ReportText, subtitle: str = "") -> None:
    """For each metric (label, before, after): two bars on its own scale, values written."""
    top = y + _title(svg, x, y, w, title, subtitle)
    if not metrics:
        return
    bar_h, block = _metric_geometry()
    size = LABEL_SIZE
    if top + block * len(metrics) > y + h:  # squeeze rather than overflow
        scale = max((y + h - top) / (block * len(metrics)), 0.4)
        bar_h, block, size = bar_h * scale, block * scale, size * scale
    labels = (t.before, t.after)
    label_w = max(text_width(labels[0], size * 0.92), text_width(labels[1], size * 0.92)) + 1.5
    value_w = text_width("0,000,000", size) + 1.0
    x0, x1 = x + label_w, x + w - value_w
    for i, (label, before, after) in enumerate(metrics):
        gy = top + block * i
        svg.text(x, gy + size, fit_text(label, size, w), size, weight="bold")
        vmax = max(before, after, 1e-9)
        scale = (x1 - x0) / vmax
        for j, (name, value, colour) in enumerate(((labels[0], before, BEFORE), (labels[1], after, AFTER))):
            cy = gy + size * 1.7 + bar_h * (0.5 + 1.3 * j)
            svg.text_mid(x0 - 1.0, cy, name, size * 0.92, anchor="end", fill=MUTED)
            svg.rect(x0, cy - bar_h / 2, value * scale, bar_h, colour)
            svg.text_mid(x0 + value * scale + 0.8, cy, format_int(value), size, weight="bold")


RISK_PANEL_HEIGHT = 46.0


def risk_panel(svg: Svg, x: float, y: float, w: float, h: float, units: Dict[int, int], alliances: Dict[int, int],
               t: ReportText) -> None:
    """Extinction-risk classes: member units on their own (before) and alliances pooled (after)."""
    top = y + _title(svg, x, y, w, t.risk_title, t.risk_subtitle)
    classes = sorted(units)
    band = (y + h - top - SMALL_SIZE - 2.0) / max(len(classes), 1)
    size = min(LABEL_SIZE, band * 0.42)
    label_w = max(text_width(t.risk_short[c], size) for c in classes) + 1.5
    x0, x1 = x + label_w, x + w - text_width("000", size) - 1.0
    vmax = max(list(units.values()) + list(alliances.values()) + [1])
    ticks = nice_ticks(vmax, 3)
    scale = (x1 - x0) / ticks[-1]
    y_axis = top + band * len(classes)
    _value_axis(svg, x0, x1, top, y_axis, ticks[-1], ticks)
    bar_h = band * 0.36
    for i, cls in enumerate(classes):
        cy = top + band * (i + 0.5)
        svg.text_mid(x0 - 1.0, cy, t.risk_short[cls], size, anchor="end")
        for j, (value, colour) in enumerate(((units[cls], BEFORE), (alliances.get(cls, 0), RISK_COLOURS[cls]))):
            by = cy - bar_h + j * bar_h
            svg.rect(x0, by, value * scale, bar_h * 0.92, colour, stroke="#999999" if j else None,
                     stroke_width=0.1)
            svg.text_mid(x0 + value * scale + 0.6, by + bar_h * 0.46, str(value), size * 0.85, fill=MUTED)


def members_panel(svg: Svg, x: float, y: float, w: float, h: float, members: Sequence[MemberRow],
                  floor: Optional[float], total: Optional[float], t: ReportText) -> None:
    """One stacked bar: the members' populations adding up to the alliance, against the floor."""
    total = total if total is not None else sum(m.population or 0.0 for m in members)
    subtitle = t.total.format(format_int(total)) + (" · " + t.floor.format(format_int(floor)) if floor else "")
    top = y + _title(svg, x, y, w, t.members_title, subtitle)
    rows = sorted(members, key=lambda m: -(m.population or 0.0))
    vmax = max(total or 0.0, floor or 0.0) or 1.0
    ticks = nice_ticks(vmax, 3 if w < 60 else 4)
    x0, x1 = x + 1.0, x + w - 1.0
    scale = (x1 - x0) / ticks[-1]
    bar_h = min(7.0, (h - (top - y)) * 0.28)
    y_axis = top + bar_h + 1.5
    _value_axis(svg, x0, x1, top, y_axis, ticks[-1], ticks)
    cursor = x0
    for i, m in enumerate(rows):
        width = (m.population or 0.0) * scale
        svg.rect(cursor, top + 0.5, width, bar_h, MEMBER_COLOURS[i % len(MEMBER_COLOURS)],
                 stroke="#ffffff", stroke_width=0.25)
        label = fit_text(m.name, LABEL_SIZE, width - 1.0)
        if label and width > 4:
            svg.text_mid(cursor + width / 2, top + 0.5 + bar_h / 2, label, LABEL_SIZE, anchor="middle",
                         fill="#ffffff" if i < 1 else INK)
        cursor += width
    if floor:
        fx = x0 + floor * scale
        svg.line(fx, top - 0.8, fx, y_axis, FLOOR, 0.35, dash="1.2,0.8")
    # a legend of the members under the axis: name and population
    ly = y_axis + SMALL_SIZE + 2.8
    col_w = w / 2
    size = min(LABEL_SIZE, max((y + h - ly) / max(math.ceil(len(rows) / 2), 1) * 0.6, 1.4))
    for i, m in enumerate(rows):
        cx = x + (i % 2) * col_w
        cy = ly + (i // 2) * size * 1.6
        if cy + size > y + h:
            break
        svg.rect(cx, cy - size * 0.4, size * 0.9, size * 0.8, MEMBER_COLOURS[i % len(MEMBER_COLOURS)])
        role = " ★" if (m.role or "").lower() == "hub" else ""
        svg.text_mid(cx + size * 1.3, cy, fit_text(f"{m.name}{role}  {format_int(m.population)}", size,
                                                   col_w - size * 1.6), size)


def member_risk_panel(svg: Svg, x: float, y: float, w: float, h: float, members: Sequence[MemberRow],
                      pooled: Optional[float], t: ReportText) -> None:
    """Each member's extinction-risk index, with the alliance's pooled value and the 0.5 line."""
    subtitle = (t.alliance_value.format(format_number(pooled)) + " · " if pooled is not None else "") + t.at_risk_line
    top = y + _title(svg, x, y, w, t.member_risk_title, subtitle)
    rows = sorted(members, key=lambda m: (m.risk_index is None, m.risk_index or 0.0))
    band = (y + h - top - SMALL_SIZE - 2.0) / max(len(rows), 1)
    size = min(LABEL_SIZE, band * 0.75)
    label_w = min(max([text_width(m.name, size) for m in rows] + [5.0]) + 1.5, w * 0.35)
    x0, x1 = x + label_w, x + w - text_width("0.00", size) - 1.5
    vmax = max([m.risk_index or 0.0 for m in rows] + [pooled or 0.0, 0.5])
    ticks = list(nice_ticks(vmax, 3))
    scale = (x1 - x0) / ticks[-1]
    y_axis = top + band * len(rows)
    _value_axis(svg, x0, x1, top, y_axis, ticks[-1], ticks, fmt=lambda v: format_number(v, 1))
    for i, m in enumerate(rows):
        cy = top + band * (i + 0.5)
        svg.text_mid(x0 - 1.0, cy, fit_text(m.name, size, label_w - 1.0), size, anchor="end")
        if m.risk_index is None:
            svg.text_mid(x0 + 0.8, cy, "–", size, fill=MUTED)
            continue
        cls = risk_class_counts([m.risk_index])
        colour = RISK_COLOURS[next(c for c, n in cls.items() if n)]
        svg.rect(x0, cy - band * 0.33, m.risk_index * scale, band * 0.66, colour, stroke="#999999",
                 stroke_width=0.1)
        svg.text_mid(x0 + m.risk_index * scale + 0.6, cy, format_number(m.risk_index), size * 0.9, fill=MUTED)
    svg.line(x0 + 0.5 * scale, top - 0.5, x0 + 0.5 * scale, y_axis, FLOOR, 0.3, dash="1,0.7")
    if pooled is not None:
        px = x0 + pooled * scale
        svg.line(px, top - 0.5, px, y_axis, INK, 0.35)


# ---------------------------------------------------------------- whole charts

def _split(width: float, height: float, second: Optional[float], share: float = 0.5
           ) -> List[Tuple[float, float, float, float]]:
    """Panel boxes: stacked when the area is taller than wide (the second ``second`` mm high, or
    ``share`` of the height), side by side otherwise (the second ``1 - share`` of the width)."""
    gap = 4.0
    if second is None:
        return [(0.0, 0.0, width, height)]
    if height >= width:
        h2 = min(second, (height - gap) * 0.6) if second > 0 else (height - gap) * (1 - share)
        h1 = height - gap - h2
        return [(0.0, 0.0, width, h1), (0.0, h1 + gap, width, h2)]
    w1 = (width - gap) * share
    return [(0.0, 0.0, w1, height), (w1 + gap, 0.0, width - w1 - gap, height)]


def overview_chart_svg(data: ReportData, width: float, height: float, t: ReportText,
                       font: Optional[str] = None) -> str:
    """Population of each alliance against the floor (their distribution above MANY_ALLIANCES), then
    gap before/after (service-gap units) or the extinction-risk classes of members and alliances."""
    svg = Svg(width, height, font)
    rows = sort_alliances(data.alliances)
    second = None
    if data.has_gap and data.members:
        totals = gap_totals(data.members)
        metrics = [(t.units_in_gap, totals.units_before, totals.units_after)]
        if totals.has_population:
            metrics.append((t.residents_in_gap, totals.population_before, totals.population_after))
        second = ("gap", metrics)
    elif data.has_risk and data.members:
        members = [m.risk_index for m in data.members if m.alliance is not None]
        second = ("risk", (risk_class_counts(members), risk_class_counts(r.risk_index for r in rows)))
    need = None
    if second:
        need = before_after_height(len(second[1]), width) if second[0] == "gap" else RISK_PANEL_HEIGHT
    boxes = _split(width, height, need, 0.62)
    if len(rows) > MANY_ALLIANCES:
        distribution_panel(svg, *boxes[0], rows, data.floor, t)
    else:
        population_panel(svg, *boxes[0], rows, data.floor, t)
    if second and second[0] == "gap":
        before_after_panel(svg, *boxes[1], t.gap_title, second[1], t, t.gap_subtitle)
    elif second:
        risk_panel(svg, *boxes[1], *second[1], t)
    return svg.render()


def alliance_chart_svg(alliance: AllianceRow, members: Sequence[MemberRow], floor: Optional[float],
                       width: float, height: float, has_gap: bool, has_risk: bool, t: ReportText,
                       font: Optional[str] = None) -> str:
    """The atlas page's chart: members' populations against the floor, then the members' service
    gap before/after or their extinction-risk index."""
    svg = Svg(width, height, font)
    second = has_gap or (has_risk and any(m.risk_index is not None for m in members))
    boxes = _split(width, height, 0.0 if second else None, 0.5)
    members_panel(svg, *boxes[0], members, floor, alliance.population, t)
    if has_gap:
        before = sum(1 for m in members if m.gap)
        after = sum(1 for m in members if m.gap_after)
        metrics = [(t.members_in_gap, before, after)]
        if any(m.population is not None for m in members):
            metrics.append((t.their_residents, sum(m.population or 0 for m in members if m.gap),
                            sum(m.population or 0 for m in members if m.gap_after)))
        before_after_panel(svg, *boxes[1], t.gap_before_after, metrics, t)
    elif second:
        member_risk_panel(svg, *boxes[1], members, alliance.risk_index, t)
    return svg.render()
