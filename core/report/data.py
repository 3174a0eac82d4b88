"""The report's data as plain rows, its texts in the user's language, and the figures derived from them.

:class:`ReportText` holds every word the charts and the summary print (the caller fills it in with
``tr``); :class:`AllianceRow`, :class:`MemberRow` and :class:`ReportData` are what the report reads
from the layers; the functions derive the floor, the service gap, the risk classes, the summary
lines and the projected population paths, and format numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..indicators import RISK_CLASSES


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


# ---------------------------------------------------------------- numbers

def format_int(value: Optional[float]) -> str:
    """1234567.4 -> "1,234,567"; None -> "–"."""
    if value is None or not math.isfinite(value):
        return "–"
    return f"{int(round(value)):,}"


def format_number(value: Optional[float], decimals: int = 2) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return f"{value:,.{decimals}f}"


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
