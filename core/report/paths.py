"""The panels of the projected populations: the alliances' paths through the target years
against the floor, as lines, small multiples or counts per year, and an atlas page's path."""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

from .data import (AllianceRow, ReportText, first_below, format_int, format_short, full_path,
                   path_counts)
from .svg import (ABOVE, BELOW, FLOOR, GRID, INK, LABEL_SIZE, MUTED, SMALL_SIZE, Svg, _title, fit_text,
                  nice_ticks, text_width)


#: up to this many alliances the overview draws one labelled line each; above, small multiples
PATH_LINES_MAX = 12
FAINT = "#9ecae1"      # the lines of alliances that stay above the floor, among many
BELOW_TINT = "#fdebdf"  # the background of a small multiple that falls below the floor
CELL = "#f3f5f7"


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
