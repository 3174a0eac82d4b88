"""The siting page of the report (``sitefacilities``): its rows, key figures and chart."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, List, Optional, Tuple

from .data import ReportText, format_int
from .panels import before_after_panel
from .svg import Svg


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
