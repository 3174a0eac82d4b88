"""The SVG canvas of the report's charts, in millimetres of the page, and its measures.

The colours, the font sizes, the text width estimate (to cut names with an ellipsis), the round
axis ticks, a panel's title and a value axis: what every chart panel draws with.
"""

from __future__ import annotations

import math
from typing import List, Optional, Sequence, Tuple
from xml.sax.saxutils import escape

from .data import format_int


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
