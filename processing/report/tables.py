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
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
)
from qgis.PyQt.QtCore import Qt

from ...compat import LAYOUT_MM, MULTIFRAME_REPEAT, TABLE_HEADERS_ALL_FRAMES
from ..translate import tr
from .inputs import GAP_AFTER, GAP_BEFORE, KEY, UNIT_KEY, Fields, quote
from .layout import item

#: margin of an annex page's table frame (mm)
ANNEX_MARGIN = 12.0


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


def _columns(layout, table, specs) -> None:
    columns = []
    for heading, expression, align, _note in specs:
        column = QgsLayoutTableColumn()
        column.setHeading(heading)
        column.setAttribute(expression)
        column.setHAlignment(align)
        column.setWidth(0)
        columns.append(column)
    table.setColumns(columns)
    note = item(layout, "table_note", QgsLayoutItemLabel)
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


def setup_alliance_table(layout, alliances, info: Fields, family: str, feedback) -> int:
    """The alliances' table; returns the number of annex pages it needed."""
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
    if info.alliance_ratio:
        specs.append((tr("× floor"), f"format_number({quote(info.alliance_ratio)}, 2)", right,
                      tr("population ÷ floor")))
    if info.alliance_risk:
        specs.append((tr("Risk index"), f"format_number({quote(info.alliance_risk)}, 2)", right,
                      tr("extinction-risk index, pooled (women 20–39 ÷ 65+)")))
    if info.gap:
        specs.append((tr("Gap before → after"), f"concat({quote(GAP_BEFORE)}, ' → ', {quote(GAP_AFTER)})", right,
                      tr("members in service gap alone → with the alliance's services")))
    _columns(layout, table, specs)
    if pop:
        _sort_descending(table, pop)
    table.refreshAttributes()
    _fit_width(table, box)
    _stretch(table, box)
    if rows_fit(layout, table):
        _place_note(layout, table, frame)
        return 0
    return _continue_on_annex_pages(layout, table, feedback)


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


def _place_note(layout, table, frame) -> None:
    """Shrink the frame to its rows and put the column key (label ``table_note``) right under it."""
    note = item(layout, "table_note", QgsLayoutItemLabel)
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


def _continue_on_annex_pages(layout, table, feedback) -> int:
    """The rows that do not fit go on annex pages (a full-page frame, repeated until finished)."""
    pages = layout.pageCollection()
    first = pages.page(0)
    size = first.pageSize()
    before = pages.pageCount()
    page = QgsLayoutItemPage(layout)
    page.setPageSize(size)
    pages.addPage(page)
    frame = QgsLayoutFrame(layout, table)
    width, height = size.width() - 2 * ANNEX_MARGIN, size.height() - 2 * ANNEX_MARGIN
    frame.attemptResize(QgsLayoutSize(width, height, LAYOUT_MM))
    frame.attemptMove(QgsLayoutPoint(ANNEX_MARGIN, ANNEX_MARGIN, LAYOUT_MM), page=pages.pageCount() - 1)
    table.addFrame(frame)
    table.setHeaderMode(TABLE_HEADERS_ALL_FRAMES)
    table.setResizeMode(MULTIFRAME_REPEAT)
    table.recalculateFrameSizes()
    added = pages.pageCount() - before
    feedback.pushInfo(tr("The alliance table ({0} rows) continues on {1} annex page(s).").format(
        len(table.contents()), added))
    return added
