"""Tables and charts of the map report, as plain data and SVG text (no Qt, no qgis).

QGIS 3.22 has no chart item in print layouts, so the report draws its charts here as SVG
text that a picture item shows. Every length is in millimetres of the page: the SVG's
viewBox is the picture item's size, so a 2.1 mm font is 6 pt on paper whatever the page.
Only SVG Tiny features are used (rect, line, text), which is what QtSvg renders.

Every word the charts print comes from a :class:`ReportText` that the caller fills in the
user's language (the plugin's ``processing/report`` does it with ``tr``), and the font family is
the caller's choice, so that the same charts serve any country.

The package, each module a part of the report (``from .report import X`` works for every name):

* :mod:`.data`: the texts (:class:`ReportText`), the rows (:class:`AllianceRow`, :class:`MemberRow`,
  :class:`ReportData`), the figures derived from them and the number formats;
* :mod:`.svg`: the SVG canvas (:class:`Svg`), the colours, font sizes, text widths and axis ticks;
* :mod:`.panels`: the panels of populations, their distribution, the service gap and the risk;
* :mod:`.paths`: the panels of the projected populations through the target years;
* :mod:`.charts`: the overview page's and an atlas page's charts, their panels laid out;
* :mod:`.siting`: the siting page (``sitefacilities``): its rows, key figures and chart.
"""

from __future__ import annotations

from .charts import MANY_ALLIANCES, alliance_chart_svg, overview_chart_svg
from .data import (
    AllianceRow,
    GapTotals,
    MemberRow,
    ReportData,
    ReportText,
    derive_floor,
    first_below,
    format_int,
    format_number,
    format_short,
    full_path,
    gap_by_alliance,
    gap_totals,
    path_counts,
    pick_sum_field,
    risk_class_counts,
    sort_alliances,
    summary_lines,
)
from .panels import (
    RISK_PANEL_HEIGHT,
    before_after_height,
    before_after_panel,
    distribution_panel,
    member_risk_panel,
    members_panel,
    population_panel,
    risk_panel,
)
from .paths import (
    BELOW_TINT,
    CELL,
    FAINT,
    PATH_LINES_MAX,
    alliance_path_panel,
    path_counts_panel,
    path_lines_panel,
    path_multiples_panel,
)
from .siting import (
    SiteRow,
    SitingFigures,
    format_distance,
    nice_threshold,
    siting_chart_svg,
    siting_lines,
    standard_text,
)
from .svg import (
    ABOVE,
    AFTER,
    BEFORE,
    BELOW,
    FLOOR,
    FONT,
    GRID,
    INK,
    LABEL_SIZE,
    MEMBER_COLOURS,
    MUTED,
    RISK_COLOURS,
    SMALL_SIZE,
    TITLE_SIZE,
    Svg,
    fit_text,
    nice_step,
    nice_ticks,
    text_width,
)

__all__ = [
    "ABOVE", "AFTER", "AllianceRow", "BEFORE", "BELOW", "BELOW_TINT", "CELL", "FAINT", "FLOOR", "FONT",
    "GRID", "GapTotals", "INK", "LABEL_SIZE", "MANY_ALLIANCES", "MEMBER_COLOURS", "MUTED", "MemberRow",
    "PATH_LINES_MAX", "RISK_COLOURS", "RISK_PANEL_HEIGHT", "ReportData", "ReportText", "SMALL_SIZE",
    "SiteRow", "SitingFigures", "Svg", "TITLE_SIZE", "alliance_chart_svg", "alliance_path_panel",
    "before_after_height", "before_after_panel", "derive_floor", "distribution_panel", "first_below",
    "fit_text", "format_distance", "format_int", "format_number", "format_short", "full_path",
    "gap_by_alliance", "gap_totals", "member_risk_panel", "members_panel", "nice_step", "nice_threshold",
    "nice_ticks", "overview_chart_svg", "path_counts", "path_counts_panel", "path_lines_panel",
    "path_multiples_panel", "pick_sum_field", "population_panel", "risk_class_counts", "risk_panel",
    "siting_chart_svg", "siting_lines", "sort_alliances", "standard_text", "summary_lines", "text_width",
]
