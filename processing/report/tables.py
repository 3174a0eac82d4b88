"""The report's tables: the alliances (overview page) and the members (atlas pages).

Headings are one line each in the interface language (two-line headings overlap in 3.22); the
key of the columns goes into the label ``table_note``. A table that does not fit its frame
continues on annex pages: QGIS's own multi-frame flow, a full-page frame on a new page repeated
until every row is printed, with the header on every frame.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...compat import LAYOUT_MM, TABLE_HEADERS_ALL_FRAMES
from ..translate import tr
from .inputs import GAP_AFTER, GAP_BEFORE, KEY, UNIT_KEY, Fields, quote
from .layout import item

#: margin of an annex page's table frame (mm)
ANNEX_MARGIN = 12.0
#: the gap between the columns of an annex page, and the height of its heading (mm)
ANNEX_GAP, ANNEX_HEADING = 8.0, 9.0


def table_of(layout) -> Tuple[Optional[QgsLayoutItemAttributeTable], Optional[QgsLayoutFrame], QgsLayoutSize]:
    """The table of the frame with id ``table``, the frame, and its designed size (read it before the
    columns change: a table frame takes its table's width)."""
    frame = layout.itemById("table")
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemAttributeTable):
        return frame.multiFrame(), frame, QgsLayoutSize(frame.sizeWithUnits())
    return None, None, QgsLayoutSize()


def _fonts(table, family: str) -> None:
    for getter, setter in ((table.headerTextFormat, table.setHeaderTextFormat),
                           (table.contentTextFormat, table.setContentTextFormat)):
        fmt = getter()
        font = fmt.font()
        font.setFamily(family)
        fmt.setFont(font)
        setter(fmt)


def _columns(layout, table, specs, note=None) -> None:
    columns = []
    for heading, expression, align, _note in specs:
        column = QgsLayoutTableColumn()
        column.setHeading(heading)
        column.setAttribute(expression)
        column.setHAlignment(align)
        column.setWidth(0)
        columns.append(column)
    table.setColumns(columns)
    note = note or item(layout, "table_note", QgsLayoutItemLabel)
    if note is not None:
        note.setText("  ·  ".join(f"{heading}: {key}" for heading, _e, _a, key in specs if key))


def _sort_descending(table, expression: str) -> None:
    sort = QgsLayoutTableColumn()
    sort.setAttribute(expression)
    sort.setSortOrder(Qt.SortOrder.DescendingOrder)
    table.setSortColumns([sort])


def rows_fit(layout, table, frame_index: int = 0) -> bool:
    """Every row of the table shows in its first frame (3.22's totalSize() is the frames' size)."""
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    return table.rowsVisible(context, frame_index, 0, False) >= len(table.contents())


def setup_alliance_table(layout, alliances, info: Fields, family: str, feedback, floor: Optional[float] = None) -> int:
    """The alliances' table; returns the number of annex pages it needed. "× floor" is the population
    over the report's floor (the facts and charts use the same), else the alliances' pop_ratio."""
    table, frame, box = table_of(layout)
    if table is None:
        return 0
    table.setVectorLayer(alliances)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.LayerAttributes)
    table.setMaximumNumberOfFeatures(1_000_000)
    _fonts(table, family)
    right = Qt.AlignmentFlag.AlignRight
    specs = [(tr("Alliance"), quote(info.alliance_name or KEY), Qt.AlignmentFlag.AlignLeft,
              tr("named after its hub"))]
    if info.alliance_count:
        specs.append((tr("Units"), quote(info.alliance_count), right, ""))
    pop = quote(info.alliance_population) if info.alliance_population else None
    if pop:
        specs.append((tr("Population"), f"format_number({pop}, 0)", right, ""))
    if pop and floor:
        specs.append((tr("× floor"), f"format_number({pop} / {float(floor)!r}, 2)", right,
                      tr("population ÷ floor")))
    elif info.alliance_ratio:
        specs.append((tr("× floor"), f"format_number({quote(info.alliance_ratio)}, 2)", right,
                      tr("population ÷ floor")))
    if info.alliance_risk:
        specs.append((tr("Risk index"), f"format_number({quote(info.alliance_risk)}, 2)", right,
                      tr("extinction-risk index (women 20–39 ÷ 65+), population-weighted mean of the members")))
    if info.gap:
        specs.append((tr("Gap before → after"), f"concat({quote(GAP_BEFORE)}, ' → ', {quote(GAP_AFTER)})", right,
                      tr("members in service gap alone → with the alliance's services")))
    _columns(layout, table, specs)
    if pop:
        _sort_descending(table, pop)
    table.refreshAttributes()
    _fit_width(table, box)
    _stretch(table, box)
    if rows_fit(layout, table) or _fit_rows(layout, table):
        _place_note(layout, table, frame)
        return 0
    return _continue_on_annex_pages(layout, table, feedback, heading=tr("Alliances (continued)"))


def setup_members_table(layout, units, info: Fields, family: str) -> None:
    table, frame, box = table_of(layout)
    if table is None:
        return
    table.setVectorLayer(units)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.LayerAttributes)
    table.setMaximumNumberOfFeatures(100000)
    table.setFilterFeatures(True)
    table.setFeatureFilter(f"{quote(UNIT_KEY)} IS NOT NULL")  # widths for the widest page
    _fonts(table, family)
    right = Qt.AlignmentFlag.AlignRight
    specs = [(tr("Unit"), quote(info.name) if info.name else "$id", Qt.AlignmentFlag.AlignLeft, "")]
    if info.role:
        specs.append((tr("Role"), f"CASE WHEN \"role\" = 'hub' THEN '{tr('hub')}' WHEN \"role\" = 'member' "
                                  f"THEN '{tr('member')}' ELSE \"role\" END", Qt.AlignmentFlag.AlignLeft, ""))
    pop = quote(info.population) if info.population else None
    if pop:
        specs.append((tr("Population"), f"format_number({pop}, 0)", right, ""))
    if info.risk:
        specs.append((tr("Risk index"), f"format_number({quote(info.risk)}, 2)", right,
                      tr("extinction-risk index")))
    if info.gap:
        reason = "coalesce(nullif(\"gap_reason\", ''), 'gap')" if info.gap_reason else "'gap'"
        covered = "coalesce(\"covered_by_alliance\", 0) = 1" if info.covered else "false"
        specs.append((tr("Service gap"),
                      f"CASE WHEN \"gap\" = 1 AND {covered} THEN '{tr('covered by the alliance')} · ' || {reason} "
                      f"WHEN \"gap\" = 1 THEN '{tr('gap')} · ' || {reason} ELSE '–' END", Qt.AlignmentFlag.AlignLeft,
                      tr("service gap of the unit alone")))
    _columns(layout, table, specs)
    if pop:
        _sort_descending(table, pop)
    table.refreshAttributes()
    _fit_width(table, box)
    _stretch(table, box)
    table.setFeatureFilter(f"{quote(UNIT_KEY)} = attribute(@atlas_feature, '{KEY}')")
    table.refreshAttributes()


def _fit_width(table, box) -> None:
    """Smaller text and margins until every column fits the designed width."""
    for _ in range(8):
        table.refreshAttributes()
        if table.totalSize().width() <= box.width() + 0.1:
            return
        for getter, setter in ((table.headerTextFormat, table.setHeaderTextFormat),
                               (table.contentTextFormat, table.setContentTextFormat)):
            fmt = getter()
            fmt.setSize(max(fmt.size() * 0.93, 4.5))
            font = fmt.font()
            font.setPointSizeF(fmt.size())
            fmt.setFont(font)
            setter(fmt)
        table.setCellMargin(max(table.cellMargin() * 0.88, 0.3))


def _fit_rows(layout, table, steps: int = 8) -> bool:
    """A table a few rows longer than its frame: smaller text and margins (down to ~66 %, not
    under 5 pt; 3.40+ measures rows taller than 3.22, so up to eight steps of 5 %) until every row
    fits, rather than an annex page for those few rows. False, with the
    sizes as they were, when that is not enough."""
    saved = (table.headerTextFormat(), table.contentTextFormat(), table.cellMargin())
    for _ in range(steps):
        for getter, setter in ((table.headerTextFormat, table.setHeaderTextFormat),
                               (table.contentTextFormat, table.setContentTextFormat)):
            fmt = getter()
            fmt.setSize(max(fmt.size() * 0.95, 5.0))
            font = fmt.font()
            font.setPointSizeF(fmt.size())
            fmt.setFont(font)
            setter(fmt)
        table.setCellMargin(max(table.cellMargin() * 0.9, 0.3))
        table.refreshAttributes()
        if rows_fit(layout, table):
            return True
    table.setHeaderTextFormat(saved[0])
    table.setContentTextFormat(saved[1])
    table.setCellMargin(saved[2])
    table.refreshAttributes()
    return False


def _stretch(table, box) -> None:
    """Spread the frame's spare width over the columns (3.22 sizes columns to their content)."""
    table.refreshAttributes()
    spare = box.width() - table.totalSize().width()
    columns = table.columns()
    if spare <= 0.5 or not columns:
        return
    base = table.totalSize().width()
    original = [c.width() for c in columns]

    def set_widths(widths):
        current = table.columns()
        for column, width in zip(current, widths):
            column.setWidth(width)
        table.setColumns(current)
        table.refreshAttributes()

    natural = []
    for i in range(len(columns)):  # a column's own width: the total shrinks by it when it is 1 mm
        set_widths([1.0 if j == i else w for j, w in enumerate(original)])
        natural.append(base - table.totalSize().width() + 1.0)
    set_widths([max(w + spare / len(columns) - 0.05, 1.0) for w in natural])


def _place_note(layout, table, frame, note=None) -> None:
    """Shrink the frame to its rows and put the column key (label ``table_note``) right under it."""
    note = note or item(layout, "table_note", QgsLayoutItemLabel)
    if note is None or note.positionWithUnits().y() < frame.positionWithUnits().y():
        return
    size = QgsLayoutSize(frame.sizeWithUnits())
    low, high = 0.0, size.height()
    for _ in range(12):
        mid = (low + high) / 2
        frame.attemptResize(QgsLayoutSize(size.width(), mid, size.units()))
        if rows_fit(layout, table):
            high = mid
        else:
            low = mid
    frame.attemptResize(QgsLayoutSize(size.width(), high + 0.2, size.units()))
    position = note.positionWithUnits()
    position.setY(frame.positionWithUnits().y() + high + 2.5)
    note.attemptMove(position)


def _continue_on_annex_pages(layout, table, feedback, what: Optional[str] = None,
                             heading: Optional[str] = None) -> int:
    """The rows that do not fit go on annex pages: frames as wide as the first one, side by side
    in columns across each annex page (under a heading "… (continued)"), as many as the rows need."""
    import math

    from .siting import _label

    pages = layout.pageCollection()
    size = pages.page(0).pageSize()
    before = pages.pageCount()
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    total = len(table.contents())
    shown = table.rowsVisible(context, 0, 0, False)
    column_w = min(table.frame(0).sizeWithUnits().width(), size.width() - 2 * ANNEX_MARGIN)
    columns = max(1, int((size.width() - 2 * ANNEX_MARGIN + ANNEX_GAP) // (column_w + ANNEX_GAP)))
    top = ANNEX_MARGIN + (ANNEX_HEADING if heading else 0.0)
    height = size.height() - top - ANNEX_MARGIN
    table.setHeaderMode(TABLE_HEADERS_ALL_FRAMES)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    family = table.contentTextFormat().font().family()
    needed, per_frame, column = None, None, 0
    while needed is None or table.frameCount() - 1 < needed:
        if column == 0:
            page = QgsLayoutItemPage(layout)
            page.setPageSize(size)
            pages.addPage(page)
            if heading:
                title = _label(layout, pages.pageCount() - 1, (ANNEX_MARGIN, ANNEX_MARGIN - 2.0, size.width() -
                                                               2 * ANNEX_MARGIN, ANNEX_HEADING), heading, family, 10.0,
                               True)
                title.setId(f"annex_title_{pages.pageCount() - 1}")
        frame = QgsLayoutFrame(layout, table)
        frame.attemptResize(QgsLayoutSize(column_w, height, LAYOUT_MM))
        frame.attemptMove(QgsLayoutPoint(ANNEX_MARGIN + column * (column_w + ANNEX_GAP), top, LAYOUT_MM),
                          page=pages.pageCount() - 1)
        table.addFrame(frame)
        if per_frame is None:  # every annex frame holds as many rows as the first one
            per_frame = max(1, table.rowsVisible(context, table.frameCount() - 1, shown, False))
            needed = max(1, math.ceil((total - shown) / per_frame))
        column = (column + 1) % columns
    table.recalculateFrameSizes()
    added = pages.pageCount() - before
    feedback.pushInfo((what or tr("The alliance table ({0} rows) continues on {1} annex page(s).")).format(
        total, added))
    return added


def _style_like(table, like, family: str) -> None:
    """The look of the template's own table (fonts, grid, margins), else a plain one."""
    if like is not None:
        table.setHeaderTextFormat(like.headerTextFormat())
        table.setContentTextFormat(like.contentTextFormat())
        table.setCellMargin(like.cellMargin())
        table.setShowGrid(like.showGrid())
        table.setHorizontalGrid(like.horizontalGrid())
        table.setVerticalGrid(like.verticalGrid())
        table.setGridStrokeWidth(like.gridStrokeWidth())
        table.setGridColor(like.gridColor())
        table.setBackgroundColor(like.backgroundColor())
        table.setHeaderHAlignment(like.headerHAlignment())
    else:
        from .styling import text_format

        table.setHeaderTextFormat(text_format(family, 7.0, True, buffer=0))
        table.setContentTextFormat(text_format(family, 6.5, False, buffer=0))
        table.setCellMargin(0.7)
        table.setShowGrid(True)
        table.setHorizontalGrid(True)
        table.setVerticalGrid(False)
        table.setGridStrokeWidth(0.12)
        table.setGridColor(QColor(200, 200, 200))
    _fonts(table, family)


def setup_sites_table(layout, page: int, rect, siting, text, family: str, like, note, feedback) -> int:
    """The table of the chosen sites on the siting page (alliance, site, demand served, newly within
    the standard, mean and max distance), alliances most populous first; returns the annex pages."""
    from ...core.report import standard_text
    from .siting import SITE_ALLIANCE_NAME, SITE_ORDER

    layer = siting.layer
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("siting_table")
    frame.attemptMove(QgsLayoutPoint(rect[0], rect[1], LAYOUT_MM), page=page)
    frame.attemptResize(QgsLayoutSize(rect[2], rect[3], LAYOUT_MM))
    table.addFrame(frame)
    box = QgsLayoutSize(rect[2], rect[3], LAYOUT_MM)
    table.setVectorLayer(layer)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.LayerAttributes)
    table.setMaximumNumberOfFeatures(1_000_000)
    _style_like(table, like, family)
    right, left = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
    unit = siting.figures.unit
    factor = f" * {siting.per_km!r}" if siting.per_km != 1.0 else ""
    fields = layer.fields()
    specs = [(tr("Alliance"), quote(SITE_ALLIANCE_NAME), left, ""),
             (tr("Site"), quote(siting.name_field) if siting.name_field else "$id", left, "")]
    if fields.lookupField("demand_served") >= 0:
        specs.append((tr("Demand served"), "format_number(\"demand_served\", 0)", right,
                      tr("the demand of the units that the site serves")))
    if siting.has_newly:
        specs.append((tr("Newly within {0}").format(standard_text(siting.figures, text)),
                      "format_number(\"demand_newly_covered\", 0)", right,
                      tr("of it, beyond the standard before the new sites")))
    for name, heading in (("mean_km", tr("Mean {0}")), ("max_km", tr("Max {0}"))):
        if fields.lookupField(name) >= 0:
            specs.append((heading.format(unit), f"format_number({quote(name)}{factor}, 1)", right,
                          tr("demand-weighted mean distance of the units it serves") if name == "mean_km" else
                          tr("distance of its farthest unit")))
    _columns(layout, table, specs, note)
    sort = QgsLayoutTableColumn()
    sort.setAttribute(quote(SITE_ORDER))
    sort.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([sort])
    table.refreshAttributes()
    _fit_width(table, box)
    if rows_fit(layout, table) or _fit_rows(layout, table):
        _stretch(table, box)
        _place_note(layout, table, frame, note)
        return 0
    # continued on annex pages: no wider than two columns of an annex page allow
    page_w = layout.pageCollection().page(0).pageSize().width()
    two = (page_w - 2 * ANNEX_MARGIN - ANNEX_GAP) / 2 - 0.5
    if table.totalSize().width() < two < box.width():
        box = QgsLayoutSize(two, box.height(), LAYOUT_MM)
    _stretch(table, box)
    frame.attemptResize(QgsLayoutSize(min(box.width(), frame.sizeWithUnits().width()), rect[3], LAYOUT_MM))
    return _continue_on_annex_pages(layout, table, feedback,
                                    tr("The table of the sites ({0} rows) continues on {1} annex page(s)."),
                                    tr("{0} (continued)").format(text.siting_title))
