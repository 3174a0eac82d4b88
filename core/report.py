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
    path_note: str = "{0}–{1} · each panel from 0 to its own maximum · dashed: the floor"
    path_above: str = "above the floor"
    path_below: str = "below the floor"
    path_short_title: str = "Projected population"
    log_scale: str = "log scale"
    gap_short_title: str = "Service gap"
    path_below_from: str = "below the floor from {0}"
    path_above_through: str = "above the floor through {0}"
    # siting (sitefacilities): the key figures, the chart, the facts of an atlas page
    siting_title: str = "Sites of the new shared facilities"
    siting_residents: str = "Residents beyond {0}: {1} → {2}"
    siting_demand: str = "Demand ({0}) beyond {1}: {2} → {3}"
    siting_mean: str = "Mean distance to the nearest facility, weighted by demand: {0} → {1}"
    siting_mean_new: str = "Mean distance to the nearest new facility, weighted by demand: {0}"
    siting_sites: str = "{0} new sites in {1} alliances · {2}"
    siting_newly: str = "Demand brought within {0} by the new sites: {1}"
    siting_served: str = "Demand served by the new sites: {0}"
    standard_unknown: str = "the standard"
    siting_chart_title: str = "Beyond {0}, before and after the new sites"
    residents: str = "Residents"
    demand: str = "Demand ({0})"
    objectives: Dict[str, str] = field(default_factory=lambda: {
        "pmedian": "p-median", "mclp": "maximal coverage", "lscp": "set covering", "pcenter": "p-center"})


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

    def polyline(self, points: Sequence[Tuple[float, float]], stroke=INK, width=0.3, dash: Optional[str] = None,
                 opacity: Optional[float] = None):
        if len(points) < 2:
            return
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        if opacity is not None:
            extra += f' stroke-opacity="{opacity:.2f}"'
        coords = " ".join(f"{x:.2f},{y:.2f}" for x, y in points)
        self.parts.append(f'<polyline points="{coords}" fill="none" stroke="{stroke}" stroke-width="{width:.2f}" '
                          f'stroke-linejoin="round" stroke-linecap="round"{extra}/>')

    def circle(self, cx, cy, r, fill, stroke=None, stroke_width=0.0):
        extra = f' stroke="{stroke}" stroke-width="{stroke_width:.2f}"' if stroke else ""
        self.parts.append(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="{fill}"{extra}/>')

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
    #: projected population per target year (pop_<year> of the alliances), oldest first
    path: List[Tuple[int, Optional[float]]] = field(default_factory=list)


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
    #: the target years of the alliances' projected populations (empty: no projection)
    path_years: List[int] = field(default_factory=list)
    #: the year the projection starts from (the alliances' population is that year's), if known
    base_year: Optional[int] = None


def derive_floor(rows: Iterable[Tuple[Optional[float], Optional[float]]]) -> Optional[float]:
    """The population floor behind ``pop_ratio = population / floor``: the median of
    population/ratio over the alliances, rounded to three significant digits (to a whole number
    when three digits would move it by more than 0.1 %)."""
    values = sorted(p / r for p, r in rows if p is not None and r and r > 0)
    if not values:
        return None
    mid = values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
    if not mid:
        return None
    digits = 3 - int(math.floor(math.log10(abs(mid)))) - 1
    rounded = round(mid, digits)
    # three significant digits absorb the ratio's rounding; a floor like 123,456 stays itself
    return rounded if abs(rounded - mid) <= 1e-3 * abs(mid) else float(round(mid))


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
    counts = path_counts(rows, data.floor)
    if counts is not None:
        lines.append(t.path_subtitle.format(format_int(counts[0]), format_int(counts[1]), counts[2]))
    return lines


# ---------------------------------------------------------------- projected populations

def full_path(row: AllianceRow, base_year: Optional[int]) -> List[Tuple[int, float]]:
    """The alliance's population path: its population in the base year (when known and before the
    first target year), then each projected value that is not missing."""
    points = [(year, float(value)) for year, value in row.path if value is not None and math.isfinite(value)]
    if base_year is not None and row.population is not None and (not points or base_year < points[0][0]):
        points.insert(0, (base_year, float(row.population)))
    return points


def first_below(row: AllianceRow, floor: Optional[float]) -> Optional[int]:
    """The first target year in which the projected population falls below ``floor`` (None: never)."""
    if not floor:
        return None
    return next((year for year, value in row.path if value is not None and value < floor), None)


def path_counts(rows: Sequence[AllianceRow], floor: Optional[float]) -> Optional[Tuple[int, int, int]]:
    """(alliances that stay above the floor through the last target year, alliances with a path, that
    year), or None without projections or without a floor."""
    with_path = [r for r in rows if any(v is not None for _y, v in r.path)]
    if not floor or not with_path:
        return None
    last = max(year for r in with_path for year, v in r.path if v is not None)
    above = sum(1 for r in with_path if first_below(r, floor) is None)
    return above, len(with_path), last


# ---------------------------------------------------------------- siting (sitefacilities)

@dataclass
class SiteRow:
    """One chosen site as the report shows it (a feature of sitefacilities' OUTPUT_SITES)."""

    alliance: object
    alliance_name: str
    name: str
    rank: Optional[int] = None
    demand_served: Optional[float] = None
    units_served: Optional[int] = None
    newly_covered: Optional[float] = None
    mean_km: Optional[float] = None
    max_km: Optional[float] = None


@dataclass
class SitingFigures:
    """The key figures of the sites: before -> after, from the units when they carry sitefacilities'
    fields, else what the sites layer holds. Distances in the report's unit (``unit``, ``per_km``)."""

    sites: int = 0
    alliances: int = 0
    objective: Optional[str] = None
    standard: Optional[float] = None      # in ``unit`` (or minutes when ``standard_unit`` is "min")
    standard_unit: str = "km"
    residents_before: Optional[float] = None
    residents_after: Optional[float] = None
    demand_field: Optional[str] = None
    demand_before: Optional[float] = None
    demand_after: Optional[float] = None
    mean_before: Optional[float] = None   # demand-weighted, in ``unit``
    mean_after: Optional[float] = None
    demand_served: Optional[float] = None
    newly_covered: Optional[float] = None
    unit: str = "km"


def nice_threshold(within: Iterable[float], beyond: Iterable[float]) -> Optional[float]:
    """The round standard behind a gap flag (beyond = value > standard), read back from the data:
    the only multiple of 5, else the only whole number, in [largest value within, smallest value
    beyond). None when the values do not pin it down (every such number is true of the data, but
    the analyst's parameter may have been another one)."""
    within = [v for v in within if v is not None and math.isfinite(v)]
    beyond = [v for v in beyond if v is not None and math.isfinite(v)]
    if not within or not beyond:
        return None
    low, high = max(within), min(beyond)
    if low >= high:
        return None
    for step in (5.0, 1.0):
        candidates = []
        value = max(math.ceil(low / step - 1e-9) * step, step)
        while value < high and len(candidates) < 2:
            candidates.append(value)
            value += step
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return None
    return None


def format_distance(value: Optional[float], unit: str) -> str:
    """12.345 -> "12.3 km"; None -> "–"."""
    if value is None or not math.isfinite(value):
        return "–"
    decimals = 0 if abs(value) >= 100 or float(value).is_integer() else 1
    return f"{value:,.{decimals}f} {unit}"


def standard_text(figures: SitingFigures, t: ReportText) -> str:
    if figures.standard is None:
        return t.standard_unknown
    return format_distance(figures.standard, figures.standard_unit)


def siting_lines(figures: SitingFigures, t: ReportText) -> Tuple[str, List[str]]:
    """(the headline, the other key figures) of the siting page, in the user's language."""
    standard = standard_text(figures, t)
    lines: List[str] = []
    if figures.residents_before is not None:
        lines.append(t.siting_residents.format(standard, format_int(figures.residents_before),
                                               format_int(figures.residents_after)))
    if figures.demand_before is not None and figures.demand_field:
        lines.append(t.siting_demand.format(figures.demand_field, standard, format_int(figures.demand_before),
                                            format_int(figures.demand_after)))
    if figures.mean_after is not None and figures.mean_before is None:  # no facility before the new sites
        lines.append(t.siting_mean_new.format(format_distance(figures.mean_after, figures.unit)))
    elif figures.mean_after is not None:
        lines.append(t.siting_mean.format(format_distance(figures.mean_before, figures.unit),
                                          format_distance(figures.mean_after, figures.unit)))
    if figures.newly_covered is not None and figures.demand_before is None:
        lines.append(t.siting_newly.format(standard, format_int(figures.newly_covered)))
    if figures.demand_served is not None and figures.demand_before is None:
        lines.append(t.siting_served.format(format_int(figures.demand_served)))
    objective = t.objectives.get(figures.objective or "", figures.objective or "")
    sites = t.siting_sites.format(format_int(figures.sites), format_int(figures.alliances), objective)
    if not objective:
        sites = sites.rstrip(" ·")
    if not lines:
        return sites, []
    return lines[0], lines[1:] + [sites]


def siting_chart_svg(figures: SitingFigures, width: float, height: float, t: ReportText,
                     font: Optional[str] = None) -> str:
    """Residents (and demand) beyond the standard before and after the new sites, as bars."""
    svg = Svg(width, height, font)
    metrics = []
    if figures.residents_before is not None:
        metrics.append((t.residents, figures.residents_before, figures.residents_after or 0.0))
    if figures.demand_before is not None and figures.demand_field:
        metrics.append((t.demand.format(figures.demand_field), figures.demand_before, figures.demand_after or 0.0))
    if metrics:
        before_after_panel(svg, 0.0, 0.0, width, height, t.siting_chart_title.format(standard_text(figures, t)),
                           metrics, t)
    return svg.render()


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
    lows = [0] * len(counts)  # of each band, the alliances below the floor (a band may straddle it)
    for p in pops:
        if floor and p < floor:
            lows[min(int(p // step), len(counts) - 1)] += 1
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
        below_here = lows[i]
        svg.rect(x0 + low * xscale + 0.15, y1 - c * yscale, step * xscale - 0.3, (c - below_here) * yscale, ABOVE)
        if below_here:
            svg.rect(x0 + low * xscale + 0.15, y1 - below_here * yscale, step * xscale - 0.3, below_here * yscale,
                     BELOW)
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
        entry = f"{m.name}{role}  {format_int(m.population)}"
        if text_width(entry, size) > col_w - size * 1.6:  # short figures before a cut name
            entry = f"{m.name}{role}  {format_short(m.population)}"
        svg.text_mid(cx + size * 1.3, cy, fit_text(entry, size, col_w - size * 1.6), size)


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


# ---------------------------------------------------------------- population paths

#: up to this many alliances the overview draws one labelled line each; above, small multiples
PATH_LINES_MAX = 12
FAINT = "#9ecae1"      # the lines of alliances that stay above the floor, among many
BELOW_TINT = "#fdebdf"  # the background of a small multiple that falls below the floor
CELL = "#f3f5f7"


def format_short(value: Optional[float]) -> str:
    """1234567 -> "1.23M", 287000 -> "287k": the small multiples' values."""
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value) >= 1e6:
        return f"{value / 1e6:.2f}M"
    if abs(value) >= 1e4:
        return f"{value / 1e3:.0f}k"
    if abs(value) >= 1e3:
        return f"{value / 1e3:.1f}k"
    return format_int(value)


def _years_axis(svg: Svg, xs: Dict[int, float], y_axis: float, size: float = SMALL_SIZE) -> None:
    """Year labels under the axis, every one that does not touch the one before."""
    last = -math.inf
    for year in sorted(xs):
        x = xs[year]
        half = text_width(str(year), size) / 2
        if x - half < last + 0.8:
            continue
        svg.text(x, y_axis + size + 0.8, str(year), size, anchor="middle", fill=MUTED)
        last = x + half


def _path_subtitle(rows: Sequence[AllianceRow], floor: Optional[float], t: ReportText) -> str:
    counts = path_counts(rows, floor)
    if counts is None:
        return t.alliances.format(format_int(len(rows)))
    return t.path_subtitle.format(format_int(counts[0]), format_int(counts[1]), counts[2])


def path_lines_panel(svg: Svg, x: float, y: float, w: float, h: float, rows: Sequence[AllianceRow],
                     floor: Optional[float], base_year: Optional[int], t: ReportText) -> None:
    """One line per alliance through the target years, the floor dashed; the alliances that fall
    below it in the warning colour. Up to PATH_LINES_MAX lines are named at their end; above, the
    lines that stay above the floor are faint and only those that fall below are named (when few)."""
    top = y + _title(svg, x, y, w, t.path_title, _path_subtitle(rows, floor, t))
    paths = [(r, full_path(r, base_year)) for r in rows]
    paths = [(r, p) for r, p in paths if len(p) >= 1]
    if not paths:
        svg.text(x, top + LABEL_SIZE * 2, t.no_alliance, LABEL_SIZE, fill=MUTED)
        return
    many = len(paths) > PATH_LINES_MAX
    below = {id(r) for r, _p in paths if first_below(r, floor) is not None}
    named = [(r, p) for r, p in paths if not many or id(r) in below]
    if many and len(named) > PATH_LINES_MAX:
        named = []
    size = SMALL_SIZE
    years = sorted({year for _r, p in paths for year, _v in p})
    values = [v for _r, p in paths for _y, v in p if v > 0] + ([floor] if floor else [])
    vmax = max(values + [0.0]) or 1.0
    # many alliances over a wide range: a log scale, so that those near the floor are not one smear
    log = many and values and vmax / min(values) > 8
    if log:
        steps = [m * 10 ** k for k in range(math.floor(math.log10(min(values))) - 1, math.ceil(math.log10(vmax)) + 1)
                 for m in (1, 2, 5)]
        low_end = max(v for v in steps if v <= min(values))
        high_end = min(v for v in steps if v >= vmax)
        ticks = [v for v in steps if low_end <= v <= high_end]
    else:
        ticks = nice_ticks(vmax, 3)
    left = max(text_width(format_short(tick) if log else format_int(tick), size) for tick in ticks) + 1.2
    label_w = min(max([text_width(r.name, size) for r, _p in named] + [0.0]) + 1.5, w * 0.3) if named else 1.0
    x0, x1 = x + left, x + w - label_w
    y_axis = y + h - SMALL_SIZE - 2.0
    if log:
        span_log = math.log10(ticks[-1]) - math.log10(ticks[0]) or 1.0

        def to_y(value):
            return y_axis - (math.log10(max(value, ticks[0])) - math.log10(ticks[0])) / span_log * (y_axis - top)
    else:
        yscale = (y_axis - top) / ticks[-1]

        def to_y(value):
            return y_axis - value * yscale
    span = (years[-1] - years[0]) or 1
    xs = {year: x0 + (year - years[0]) / span * (x1 - x0) for year in years}
    for tick in ticks:
        cy = to_y(tick)
        svg.line(x0, cy, x1, cy, GRID, 0.15)
        svg.text(x0 - 0.8, cy + size * 0.35, format_short(tick) if log else format_int(tick), size, anchor="end",
                 fill=MUTED)
    if log:
        svg.text(x1, top - 0.6, t.log_scale, size * 0.9, anchor="end", fill=MUTED)
    svg.line(x0, y_axis, x1, y_axis, MUTED, 0.2)
    _years_axis(svg, xs, y_axis)
    # faint lines first, so that the highlighted ones stay on top
    order = sorted(paths, key=lambda rp: id(rp[0]) in below)
    for r, p in order:
        falls = id(r) in below
        colour = BELOW if falls else (FAINT if many else ABOVE)
        points = [(xs[year], to_y(value)) for year, value in p]
        svg.polyline(points, colour, 0.45 if falls or not many else 0.3)
        if len(p) == 1:
            svg.circle(points[0][0], points[0][1], 0.5, colour)
    if floor:
        fy = to_y(floor)
        svg.line(x0, fy, x1, fy, FLOOR, 0.35, dash="1.2,0.8")
        svg.text(x0 + 0.8, fy + size + 0.5, t.floor.format(format_int(floor)), size, fill=FLOOR)
    # names at the line ends, moved apart where they would overlap
    ends = sorted(((to_y(p[-1][1]), r) for r, p in named), key=lambda e: e[0])
    placed: List[float] = []
    gap = size * 1.15
    for cy, _r in ends:
        placed.append(max(cy, placed[-1] + gap) if placed else cy)
    overflow = (placed[-1] - y_axis) if placed else 0.0
    if overflow > 0:  # pushed below the axis: shift the stack up
        placed = [max(c - overflow, top + size) for c in placed]
    for (cy, r), ly in zip(ends, placed):
        colour = BELOW if id(r) in below else (ABOVE if not many else MUTED)
        svg.text_mid(x1 + 0.9, ly, fit_text(r.name, size, label_w - 1.0), size, fill=colour)


def path_counts_panel(svg: Svg, x: float, y: float, w: float, h: float, rows: Sequence[AllianceRow],
                      floor: Optional[float], base_year: Optional[int], t: ReportText) -> None:
    """For many alliances (their lines would be one smear near the floor): per year of the
    projection, a bar of the alliances, those below the floor that year at its foot in the warning
    colour, with their count."""
    top = y + _title(svg, x, y, w, t.path_title, _path_subtitle(rows, floor, t))
    paths = [full_path(r, base_year) for r in rows]
    paths = [p for p in paths if p]
    if not paths or not floor:
        path_lines_panel(svg, x, y, w, h, rows, floor, base_year, t)
        return
    years = sorted({year for p in paths for year, _v in p})
    counts = []
    for year in years:
        values = [dict(p).get(year) for p in paths]
        values = [v for v in values if v is not None]
        counts.append((year, len(values), sum(1 for v in values if v < floor)))
    size = SMALL_SIZE
    # the key: two swatches
    key_y = top + size * 0.4
    kx = x
    for colour, label in ((ABOVE, t.path_above), (BELOW, t.path_below)):
        svg.rect(kx, key_y - size * 0.75, size * 0.9, size * 0.9, colour)
        svg.text(kx + size * 1.3, key_y, label, size, fill=MUTED)
        kx += size * 1.3 + text_width(label, size) + size * 1.6
    top = key_y + size * 1.2
    vmax = max(n for _y, n, _b in counts) or 1
    ticks = nice_ticks(vmax, 3)
    left = max(text_width(format_int(tick), size) for tick in ticks) + 1.2
    x0, x1 = x + left, x + w - 0.5
    y_axis = y + h - size - 2.0
    yscale = (y_axis - top - size * 1.3) / (ticks[-1] or 1)
    for tick in ticks:
        cy = y_axis - tick * yscale
        svg.line(x0, cy, x1, cy, GRID, 0.15)
        svg.text(x0 - 0.8, cy + size * 0.35, format_int(tick), size, anchor="end", fill=MUTED)
    slot = (x1 - x0) / len(counts)
    bar = min(slot * 0.62, 9.0)
    for i, (year, total, below) in enumerate(counts):
        cx = x0 + slot * (i + 0.5)
        svg.rect(cx - bar / 2, y_axis - total * yscale, bar, (total - below) * yscale, ABOVE)
        if below:
            svg.rect(cx - bar / 2, y_axis - below * yscale, bar, below * yscale, BELOW)
        label = format_int(below)
        ly = y_axis - total * yscale - 0.8
        svg.text(cx, ly, label, size, anchor="middle", weight="bold", fill=BELOW if below else MUTED)
        svg.text(cx, y_axis + size + 0.8, str(year), size, anchor="middle", fill=MUTED)
    svg.line(x0, y_axis, x1, y_axis, MUTED, 0.2)


def _cell_grid(n: int, w: float, h: float, aspect: float = 1.5) -> Tuple[int, int]:
    """(columns, rows) whose cells come closest to ``aspect`` (width : height) at the largest size."""
    best, best_score = (1, n), -1.0
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        score = min(w / cols / aspect, h / rows)
        if score > best_score:
            best, best_score = (cols, rows), score
    return best


def path_multiples_panel(svg: Svg, x: float, y: float, w: float, h: float, rows: Sequence[AllianceRow],
                         floor: Optional[float], base_year: Optional[int], t: ReportText) -> None:
    """Small multiples: each alliance's path in its own cell (from 0 to its own maximum), the floor
    dashed; a cell that falls below the floor is tinted, its line and name in the warning colour,
    with the first year below."""
    top = y + _title(svg, x, y, w, t.path_title, _path_subtitle(rows, floor, t))
    paths = [(r, full_path(r, base_year)) for r in rows]
    if not paths:
        svg.text(x, top + LABEL_SIZE * 2, t.no_alliance, LABEL_SIZE, fill=MUTED)
        return
    years = sorted({year for _r, p in paths for year, _v in p})
    note_h = SMALL_SIZE + 1.2
    area_h = y + h - top - note_h
    cols, nrows = _cell_grid(len(paths), w, area_h)
    gap = 1.0
    cw, ch = (w + gap) / cols - gap, (area_h + gap) / nrows - gap
    size = max(min(LABEL_SIZE * 0.9, ch * 0.2, cw / 6.5), 1.2)
    span = (years[-1] - years[0]) or 1 if years else 1
    for i, (r, p) in enumerate(paths):
        cx, cy = x + (i % cols) * (cw + gap), top + (i // cols) * (ch + gap)
        year_below = first_below(r, floor)
        falls = year_below is not None
        svg.rect(cx, cy, cw, ch, BELOW_TINT if falls else CELL)
        last = format_short(p[-1][1]) if p else "–"
        value_w = text_width(last, size * 0.9) + 0.8
        svg.text(cx + 0.7, cy + size + 0.5, fit_text(r.name, size, cw - value_w - 1.2), size, weight="bold",
                 fill=BELOW if falls else INK)
        svg.text(cx + cw - 0.6, cy + size + 0.5, last, size * 0.9, anchor="end", fill=MUTED)
        if not p:
            continue
        gx0, gx1 = cx + 1.0, cx + cw - 1.0
        gy0, gy1 = cy + size * 1.6 + 0.6, cy + ch - 0.9
        vmax = max([v for _y, v in p] + [floor or 0.0]) * 1.05 or 1.0
        yscale = (gy1 - gy0) / vmax
        points = [(gx0 + (year - years[0]) / span * (gx1 - gx0), gy1 - value * yscale) for year, value in p]
        svg.line(gx0, gy1, gx1, gy1, GRID, 0.15)
        if floor:
            fy = gy1 - floor * yscale
            svg.line(gx0, fy, gx1, fy, FLOOR, 0.25, dash="0.9,0.6")
        svg.polyline(points, BELOW if falls else ABOVE, 0.45)
        if falls:
            bx = gx0 + (year_below - years[0]) / span * (gx1 - gx0)
            by = gy1 - dict(p)[year_below] * yscale
            svg.circle(bx, by, 0.55, BELOW)
            label = str(year_below)
            anchor = "end" if bx + text_width(label, size * 0.85) > gx1 else "middle"
            svg.text(bx, min(by + size * 1.15, gy1 - 0.2), label, size * 0.85, anchor=anchor, fill=BELOW)
    if years:
        svg.text(x, y + h - 0.4, fit_text(t.path_note.format(years[0], years[-1]), SMALL_SIZE, w), SMALL_SIZE,
                 fill=MUTED)


def alliance_path_panel(svg: Svg, x: float, y: float, w: float, h: float, row: AllianceRow,
                        floor: Optional[float], base_year: Optional[int], t: ReportText,
                        title: Optional[str] = None) -> None:
    """An atlas page's path: the alliance's population through the target years against the floor."""
    year_below = first_below(row, floor)
    p = full_path(row, base_year)
    if year_below is not None:
        subtitle = t.path_below_from.format(year_below)
    elif p and floor:
        subtitle = t.path_above_through.format(p[-1][0])
    else:
        subtitle = ""
    top = y + _title(svg, x, y, w, title or t.path_title, subtitle)
    if not p:
        return
    size = SMALL_SIZE
    vmax = max([v for _y, v in p] + [floor or 0.0]) or 1.0
    ticks = nice_ticks(vmax, 2 if h < 40 else 3)
    left = max(text_width(format_short(tick), size) for tick in ticks) + 1.2
    x0, x1 = x + left + 1.0, x + w - text_width("0,000,000", size) / 2 - 0.5
    y_axis = y + h - size - 2.0
    yscale = (y_axis - top - size) / ticks[-1]
    years = [year for year, _v in p]
    span = (years[-1] - years[0]) or 1
    xs = {year: x0 + (year - years[0]) / span * (x1 - x0) for year in years}
    for tick in ticks:
        cy = y_axis - tick * yscale
        svg.line(x0, cy, x1, cy, GRID, 0.15)
        svg.text(x0 - 1.8, cy + size * 0.35, format_short(tick), size, anchor="end", fill=MUTED)
    svg.line(x0, y_axis, x1, y_axis, MUTED, 0.2)
    _years_axis(svg, xs, y_axis)
    if floor:
        fy = y_axis - floor * yscale
        svg.line(x0, fy, x1, fy, FLOOR, 0.35, dash="1.2,0.8")
    colour = BELOW if year_below is not None else ABOVE
    points = [(xs[year], y_axis - value * yscale) for year, value in p]
    svg.polyline(points, colour, 0.5)
    for (year, value), (px, py) in zip(p, points):
        falls = floor is not None and value < floor
        svg.circle(px, py, 0.6, BELOW if falls else ABOVE)
    for index in sorted({0, len(p) - 1}):
        (_year, value), (px, py) = p[index], points[index]
        anchor = "start" if index == 0 and len(p) > 1 else "end" if len(p) > 1 else "middle"
        neighbour = points[1 if index == 0 else index - 1][1] if len(p) > 1 else py + 1.0
        # above the point where the line leaves it downwards, below where it comes from above
        ly = py - 1.2 if neighbour >= py else py + size + 1.0
        svg.text(px + (-0.2 if anchor == "end" else 0.2), ly, format_int(value), size,
                 anchor=anchor, weight="bold", fill=BELOW if floor is not None and value < floor else INK)


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


def _boxes(width: float, height: float, sizes: Sequence[float]) -> List[Tuple[float, float, float, float]]:
    """Panel boxes along the longer side: ``sizes`` are the panels' lengths along it, gaps between."""
    boxes, cursor = [], 0.0
    for size in sizes:
        boxes.append((0.0, cursor, width, size) if height >= width else (cursor, 0.0, size, height))
        cursor += size + 4.0
    return boxes


def _has_path(rows: Sequence[AllianceRow]) -> bool:
    return any(v is not None for r in rows for _y, v in r.path)


def overview_chart_svg(data: ReportData, width: float, height: float, t: ReportText,
                       font: Optional[str] = None) -> str:
    """Population of each alliance against the floor (their distribution above MANY_ALLIANCES), then
    gap before/after (service-gap units) or the extinction-risk classes of members and alliances.
    With projected populations, their paths against the floor: a line each up to PATH_LINES_MAX
    alliances (under the bars), small multiples instead of the bars up to MANY_ALLIANCES, and under
    the distribution, per year, the count of alliances below the floor (path_counts_panel)."""
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
    if _has_path(rows):
        _overview_with_paths(svg, data, rows, width, height, second, need, t)
        return svg.render()
    boxes = _split(width, height, need, 0.62)
    if len(rows) > MANY_ALLIANCES:
        distribution_panel(svg, *boxes[0], rows, data.floor, t)
    else:
        population_panel(svg, *boxes[0], rows, data.floor, t)
    _second_panel(svg, boxes[1] if second else None, second, t)
    return svg.render()


def _second_panel(svg: Svg, box, second, t: ReportText) -> None:
    if second and second[0] == "gap":
        before_after_panel(svg, *box, t.gap_title, second[1], t, t.gap_subtitle)
    elif second:
        risk_panel(svg, *box, *second[1], t)


def _overview_with_paths(svg: Svg, data: ReportData, rows: Sequence[AllianceRow], width: float, height: float,
                         second, need: Optional[float], t: ReportText) -> None:
    tall = height >= width
    length = height if tall else width
    multiples = PATH_LINES_MAX < len(rows) <= MANY_ALLIANCES
    count = (1 if multiples else 2) + (1 if second else 0)
    free = length - 4.0 * (count - 1)
    if tall:
        last = min(need, free * 0.4) if second else 0.0
    else:
        last = free * 0.28 if second else 0.0
    rest = free - last
    if multiples:
        sizes = [rest]
    elif len(rows) > MANY_ALLIANCES or not tall:
        sizes = [rest * 0.5, rest * 0.5]
    else:  # a bar per alliance, then the lines
        bars = min(max(len(rows) * 2.8 + 12.0, rest * 0.4), rest - 42.0)
        sizes = [max(bars, rest * 0.3), rest - max(bars, rest * 0.3)]
    boxes = _boxes(width, height, sizes + ([last] if second else []))
    if multiples:
        path_multiples_panel(svg, *boxes[0], rows, data.floor, data.base_year, t)
    else:
        if len(rows) > MANY_ALLIANCES:
            distribution_panel(svg, *boxes[0], rows, data.floor, t)
        else:
            population_panel(svg, *boxes[0], rows, data.floor, t)
        if len(rows) > MANY_ALLIANCES:
            path_counts_panel(svg, *boxes[1], rows, data.floor, data.base_year, t)
        else:
            path_lines_panel(svg, *boxes[1], rows, data.floor, data.base_year, t)
    _second_panel(svg, boxes[-1] if second else None, second, t)


def alliance_chart_svg(alliance: AllianceRow, members: Sequence[MemberRow], floor: Optional[float],
                       width: float, height: float, has_gap: bool, has_risk: bool, t: ReportText,
                       font: Optional[str] = None, base_year: Optional[int] = None) -> str:
    """The atlas page's chart: members' populations against the floor, the alliance's projected
    population through the target years (when it has one), then the members' service gap
    before/after or their extinction-risk index."""
    svg = Svg(width, height, font)
    second = has_gap or (has_risk and any(m.risk_index is not None for m in members))
    if _has_path([alliance]):
        length = (height if height >= width else width) - 4.0 * (2 if second else 1)
        shares = (0.38, 0.31, 0.31) if second else (0.55, 0.45)
        boxes = _boxes(width, height, [length * share for share in shares])
        alliance_path_panel(svg, *boxes[1], alliance, floor, base_year, t, t.path_short_title)
        boxes = [boxes[0]] + boxes[2:]
        gap_title = t.gap_short_title
    else:
        boxes = _split(width, height, 0.0 if second else None, 0.5)
        gap_title = t.gap_before_after
    members_panel(svg, *boxes[0], members, floor, alliance.population, t)
    if has_gap:
        before = sum(1 for m in members if m.gap)
        after = sum(1 for m in members if m.gap_after)
        metrics = [(t.members_in_gap, before, after)]
        if any(m.population is not None for m in members):
            metrics.append((t.their_residents, sum(m.population or 0 for m in members if m.gap),
                            sum(m.population or 0 for m in members if m.gap_after)))
        before_after_panel(svg, *boxes[1], gap_title, metrics, t)
    elif second:
        member_risk_panel(svg, *boxes[1], members, alliance.risk_index, t)
    return svg.render()
