"""The whole charts of the report: the overview page's and an atlas page's, their panels laid
out along the longer side of the picture."""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .data import AllianceRow, MemberRow, ReportData, ReportText, gap_totals, risk_class_counts, sort_alliances
from .panels import (RISK_PANEL_HEIGHT, before_after_height, before_after_panel, distribution_panel,
                     member_risk_panel, members_panel, population_panel, risk_panel)
from .paths import (PATH_LINES_MAX, alliance_path_panel, path_counts_panel, path_lines_panel,
                    path_multiples_panel)
from .svg import Svg


#: above this many alliances the overview chart shows their distribution instead of a bar each
MANY_ALLIANCES = 40


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
