"""The chart panels of the overview and atlas pages: populations against the floor, their
distribution, the service gap before/after, the extinction-risk classes, an alliance's members."""

from __future__ import annotations

import math
from typing import Dict, Optional, Sequence, Tuple

from .data import (AllianceRow, MemberRow, ReportText, format_int, format_number, format_short,
                   risk_class_counts)
from .svg import (ABOVE, AFTER, BEFORE, BELOW, FLOOR, GRID, INK, LABEL_SIZE, MEMBER_COLOURS, MUTED,
                  RISK_COLOURS, SMALL_SIZE, TITLE_SIZE, Svg, _title, _value_axis, fit_text, nice_ticks,
                  text_width)


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
