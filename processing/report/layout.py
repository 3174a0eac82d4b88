"""The layout's items: template, texts, map, legend, scale bar, north arrow, inset map, charts.

Items are found by id in the template (``title``, ``parameters``, ``map``, ``legend``, ``scalebar``,
``north_arrow``, ``table``, ``table_note``, ``chart``, ``sources``, ``summary``, ``facts``,
``overview_map``), and every one of them is optional.
"""

from __future__ import annotations

import base64
import os
import uuid
from typing import Dict, Optional

from qgis.core import (
    QgsFillSymbol,
    QgsLayerTreeUtils,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QByteArray, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFontMetricsF
from qgis.PyQt.QtXml import QDomDocument

from ...compat import (
    DISTANCE_KILOMETERS,
    DISTANCE_MILES,
    PICTURE_SVG,
    label_font,
    label_text_size,
    legend_font,
    set_label_family,
    set_label_text_size,
    set_legend_font,
)
from ...core.report import ReportData, alliance_chart_svg, overview_chart_svg
from ..translate import tr
from .inputs import CHART, FACTS, KEY, UNIT_KEY, Fields, quote

NORTH_ARROW = "arrows/NorthArrow_02.svg"
#: scale bar units of the SCALE_UNITS parameter: (QGIS unit, label)
SCALE_UNITS = ((DISTANCE_KILOMETERS, "km"), (DISTANCE_MILES, "mi"))


def svg_b64(svg: str) -> str:
    return "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def load_template(project, template: str) -> QgsPrintLayout:
    """A layout from a .qpt; the file's own XML declaration decides its encoding (UTF-8, ISO-8859-1…)."""
    try:
        with open(template, "rb") as handle:
            content = handle.read()
    except OSError as err:
        raise QgsProcessingException(tr("Parameter TEMPLATE: {0} cannot be read: {1}").format(template, err)) from err
    doc = QDomDocument()
    parsed = doc.setContent(QByteArray(content))
    ok = parsed[0] if isinstance(parsed, tuple) else bool(parsed)
    if not ok or doc.documentElement().tagName() != "Layout":
        raise QgsProcessingException(tr("Parameter TEMPLATE: {0} is not a QGIS layout template (.qpt).").format(
            template))
    layout = QgsPrintLayout(project)
    _items, loaded = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    if not loaded:
        raise QgsProcessingException(tr("Parameter TEMPLATE: QGIS could not load {0}.").format(template))
    if layout.pageCollection().pageCount() == 0:
        raise QgsProcessingException(tr("Parameter TEMPLATE: {0} has no page; give a layout template with at "
                                        "least one page.").format(template))
    return layout


def item(layout, item_id: str, cls):
    found = layout.itemById(item_id)
    return found if isinstance(found, cls) else None


def set_fonts(layout, family: str) -> None:
    """Every label of the template in the report's font family (sizes and weights kept)."""
    for layout_item in layout.items():
        if isinstance(layout_item, QgsLayoutItemLabel):
            set_label_family(layout_item, family)


def set_text(layout, item_id: str, text: Optional[str], field: Optional[str] = None, one_line: bool = False) -> None:
    """Labels that hold an expression (``[% … %]``) keep it; others get the text, or with ``field``
    the expression of that field of the atlas feature (``[% "sbs_facts" %]``). A ``one_line``
    label gets a smaller font (down to 70 %) until its text fits its width."""
    label = item(layout, item_id, QgsLayoutItemLabel)
    if label is None:
        return
    if "@sbs_" not in label.text() and "[%" not in label.text():
        label.setText(f"[% {quote(field)} %]" if field else text or "")
    if one_line:
        size = label_text_size(label)
        smallest = size * 0.7
        width = label.sizeWithUnits().width()
        while label.sizeForText().width() > width and size > smallest:
            size *= 0.95
            set_label_text_size(label, size)


def wrapped_height(label, text: Optional[str] = None) -> float:
    """The height (mm) of the label's text wrapped at its width, as a layout label draws it."""
    font = label_font(label)
    font.setPixelSize(max(1, round(label_text_size(label) * 0.3527778 * 10)))  # 10 px per mm
    metrics = QFontMetricsF(font)
    width = (label.sizeWithUnits().width() - 2 * label.marginX()) * 10
    rect = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), int(Qt.TextFlag.TextWordWrap),
                                label.text() if text is None else text)
    return rect.height() / 10 + 2 * label.marginY()


def shrink_to_box(label, smallest_share: float = 0.65, wrap: bool = True) -> bool:
    """Smaller text (down to ``smallest_share`` of its size) until the label's text, wrapped at its
    width, fits its height (without ``wrap``: until every line fits the width unwrapped); False
    when it still does not."""
    box = label.sizeWithUnits()
    size = label_text_size(label)
    smallest = size * smallest_share
    while True:
        fits = wrapped_height(label) <= box.height() + 0.2
        if fits and (wrap or label.sizeForText().width() <= box.width() + 0.2):
            return True
        if size <= smallest:
            return False
        size *= 0.95
        set_label_text_size(label, size)


def fit_label(layout, item_id: str) -> None:
    label = item(layout, item_id, QgsLayoutItemLabel)
    if label is not None and "[%" not in label.text():
        shrink_to_box(label)


def fit_facts(layout, alliances: QgsVectorLayer) -> None:
    """The atlas facts (a field, one text per page) at one size that fits the longest of them."""
    label = item(layout, "facts", QgsLayoutItemLabel)
    idx = alliances.fields().lookupField(FACTS)
    if label is None or idx < 0 or quote(FACTS) not in label.text():
        return
    texts = [str(f.attributes()[idx] or "") for f in alliances.getFeatures()]
    if not texts:
        return
    expression = label.text()
    label.setText(max(texts, key=lambda t: wrapped_height(label, t)))
    shrink_to_box(label, 0.7)
    label.setText(expression)


def fit(extent: QgsRectangle, map_item, margin: float) -> QgsRectangle:
    """The extent grown to the item's aspect ratio (zoomToExtent is unreliable headless on 3.22)."""
    size = map_item.sizeWithUnits()
    ratio = size.width() / size.height() if size.height() else 1.0
    cx, cy = extent.center().x(), extent.center().y()
    half_w, half_h = max(extent.width() * (0.5 + margin), 1.0), max(extent.height() * (0.5 + margin), 1.0)
    if half_w / half_h < ratio:
        half_w = half_h * ratio
    else:
        half_h = half_w / ratio
    return QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def setup_map(layout, alliances, units, context, atlas_mode, sites=None) -> Optional[QgsLayoutItemMap]:
    map_item = item(layout, "map", QgsLayoutItemMap)
    if map_item is None:
        return None
    # top first: the sites, the alliances' outlines, then (atlas) the grey surroundings, then the units
    map_item.setLayers(([sites] if sites else []) + [alliances] + ([context] if context else []) + [units])
    map_item.setKeepLayerSet(True)
    map_item.setCrs(units.crs())
    extent = QgsRectangle(units.extent())
    if alliances.featureCount():
        extent.combineExtentWith(alliances.extent())
    map_item.setExtent(fit(extent, map_item, 0.03))
    if atlas_mode:
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(0.12)
    return map_item


def setup_legend(layout, map_item, layers, atlas_mode, family: str, feedback, symbols=None) -> None:
    legend = item(layout, "legend", QgsLayoutItemLegend)
    if legend is not None:
        fill_legend(legend, map_item, layers, atlas_mode, family, feedback, symbols)


def fill_legend(legend, map_item, layers, atlas_mode, family: str, feedback, symbols=None) -> None:
    """The legend of ``layers`` (in that order) as the map shows them, shrunk to its box. ``symbols``:
    layer id -> the symbol the legend shows for a single-symbol layer (instead of one whose
    data-defined colour depends on the feature)."""
    box = legend.sizeWithUnits()
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:  # alliances first: the outline reads as "this is an alliance"
        node = root.addLayer(layer)
        if node is not None and isinstance(layer.renderer(), QgsSingleSymbolRenderer):
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)  # the symbol has the name
            if symbols and layer.id() in symbols:
                QgsMapLayerLegendUtils.setLegendNodeCustomSymbol(node, 0, symbols[layer.id()])
                legend.model().refreshLayerLegend(node)
        if node is not None and atlas_mode and layer.fields().lookupField(UNIT_KEY) >= 0:
            # only the classes of the page's members: the others are under the grey veil
            QgsLayerTreeUtils.setLegendFilterByExpression(
                node, f"coalesce({quote(UNIT_KEY)}, '') = attribute(@atlas_feature, '{KEY}')")
    for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                  QgsLegendStyle.Style.SymbolLabel):
        font = legend_font(legend, style)
        font.setFamily(family)
        set_legend_font(legend, style, font)
    if map_item is not None:
        legend.setLinkedMap(map_item)
        legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(True)
    legend.updateFilterByMap(False)
    legend.adjustBoxSize()
    for _ in range(6):  # smaller text until the legend fits the box that the template gave it
        size = legend.sizeWithUnits()
        if size.height() <= box.height() + 0.5 and size.width() <= box.width() + 0.5:
            return
        for style in (QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
            font = legend_font(legend, style)
            font.setPointSizeF(max(font.pointSizeF() * 0.9, 4.5))
            set_legend_font(legend, style, font)
        legend.setSymbolHeight(max(legend.symbolHeight() * 0.9, 2.0))
        legend.adjustBoxSize()
    feedback.pushWarning(tr("The legend is larger than its place in the template."))


def setup_decorations(layout, map_item, scale_units: int, family: str) -> None:
    bar = item(layout, "scalebar", QgsLayoutItemScaleBar)
    if bar is not None and map_item is not None:
        unit, label = SCALE_UNITS[scale_units]
        bar.setBackgroundEnabled(True)  # readable over any map content
        bar.setBackgroundColor(QColor(255, 255, 255, 210))
        bar.setLinkedMap(map_item)
        bar.setUnits(unit)
        bar.setUnitLabel(label)
        bar.setMapUnitsPerScaleBarUnit(1.0)  # converted from the map units by QGIS
        fmt = bar.textFormat()
        font = fmt.font()
        font.setFamily(family)
        fmt.setFont(font)
        bar.setTextFormat(fmt)
        bar.update()
    arrow = item(layout, "north_arrow", QgsLayoutItemPicture)
    if arrow is not None:
        if arrow.isMissingImage() or not arrow.picturePath():
            arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()), PICTURE_SVG)
        if map_item is not None:
            arrow.setLinkedMap(map_item)
    block_labels(map_item, [bar, arrow])


def block_labels(map_item, layout_items) -> None:
    """The map's labels keep clear of the items drawn over it (scale bar, north arrow)."""
    if map_item is None:
        return
    frame = map_item.sceneBoundingRect()
    for over in layout_items:
        if over is not None and over.sceneBoundingRect().intersects(frame):
            map_item.addLabelBlockingItem(over)


def setup_overview_map(layout, map_item, extra: Dict[str, QgsVectorLayer]) -> None:
    """The atlas page's inset: where the alliance lies in the whole study area."""
    inset = item(layout, "overview_map", QgsLayoutItemMap)
    if inset is None or "inset_units" not in extra:
        return
    inset.setLayers([extra["inset_alliances"], extra["inset_units"]])
    inset.setKeepLayerSet(True)
    inset.setCrs(extra["inset_units"].crs())
    extent = QgsRectangle(extra["inset_units"].extent())
    extent.combineExtentWith(extra["inset_alliances"].extent())
    inset.setExtent(fit(extent, inset, 0.02))
    if map_item is not None:
        overview = QgsLayoutItemMapOverview(tr("Page extent"), inset)
        overview.setLinkedMap(map_item)
        overview.setFrameSymbol(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#c62828", "outline_width": "0.25"}))
        inset.overviews().addOverview(overview)


def setup_chart(layout, data: ReportData, text, family: str, alliances: Optional[QgsVectorLayer] = None,
                info: Optional[Fields] = None) -> None:
    """The overview chart, or with ``alliances`` one chart per alliance picked by the atlas."""
    picture = item(layout, "chart", QgsLayoutItemPicture)
    if picture is None:
        return
    size = picture.sizeWithUnits()
    # drawn smaller and zoomed by the picture: larger type on larger pages (x1.3 on A3)
    page_width = layout.pageCollection().page(0).pageSize().width() if layout.pageCollection().pageCount() else 297
    zoom = max(1.0, (page_width / 297.0) ** 0.75)
    width, height = size.width() / zoom, size.height() / zoom
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    if alliances is None:
        picture.setPicturePath(svg_b64(overview_chart_svg(data, width, height, text, family)), PICTURE_SVG)
        return
    idx = alliances.fields().lookupField(CHART)
    changes = {}
    # one SVG file per alliance, not a base64 string: a data-defined base64 SVG is rasterised by
    # QGIS 3.22 (at 90 dpi); a file stays vector. The session's temporary folder keeps them as long
    # as the report's memory layers live.
    folder = os.path.join(QgsProcessingUtils.tempFolder(), f"sbs_report_charts_{uuid.uuid4().hex[:8]}")
    os.makedirs(folder, exist_ok=True)
    for fid, key in info.keys.items():
        svg = alliance_chart_svg(info.rows[key], info.member_by_key.get(key, []), data.floor, width, height,
                                 data.has_gap, data.has_risk, text, family, data.base_year)
        path = os.path.join(folder, f"chart_{fid}.svg")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(svg)
        changes[fid] = {idx: path}
    alliances.dataProvider().changeAttributeValues(changes)
    picture.setMode(PICTURE_SVG)
    props = picture.dataDefinedProperties()
    props.setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromField(CHART))
    picture.setDataDefinedProperties(props)
