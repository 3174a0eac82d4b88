"""How the report's layers look: the units in their shipped style, the alliances as outlines with
labels that thin out where they crowd, and (atlas pages) the grey surroundings and the inset map."""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ...compat import (
    LABEL_OVER_POINT,
    LABEL_PROPERTY_SHOW,
    PROPERTY_FILL_COLOR,
    PROPERTY_STROKE_COLOR,
    PROPERTY_STROKE_WIDTH,
    RENDER_MM,
    RENDER_POINTS,
)
from ..styles import apply_style
from ..translate import tr
from .inputs import KEY, SITE_KEY, UNIT_KEY, Fields, quote


def fill(colour: str, outline: str = "#ffffff", width: float = 0.15, style: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": outline,
                                       "outline_width": str(width), "outline_width_unit": "MM"})


def text_format(font_family: str, size: float, bold: bool = False, colour: str = "#222222",
                buffer: float = 0.8) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(font_family)
    font.setPointSizeF(size)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor(colour))
    if buffer:
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(buffer)
        buf.setSizeUnit(RENDER_MM)
        buf.setColor(QColor(255, 255, 255, 230))
        fmt.setBuffer(buf)
    return fmt


def labeling(layer: QgsVectorLayer, expression: str, font_family: str, size: float, bold: bool, colour: str,
             show: Optional[str] = None, priority: Optional[str] = None) -> None:
    """Labels that QGIS drops where they would collide (the larger ``priority`` wins), so that a map
    of hundreds of alliances names the big ones and stays readable."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(font_family, size, bold, colour))
    settings.placement = LABEL_OVER_POINT
    settings.centroidInside = True
    settings.displayAll = False
    settings.priority = 8
    props = settings.dataDefinedProperties()
    if show:
        props.setProperty(LABEL_PROPERTY_SHOW, QgsProperty.fromExpression(show))
    if priority:
        from ...compat import LABEL_PROPERTY_PRIORITY

        props.setProperty(LABEL_PROPERTY_PRIORITY, QgsProperty.fromExpression(priority))
    settings.setDataDefinedProperties(props)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def duplicate(layer: QgsVectorLayer, name: str, geometry=None) -> QgsVectorLayer:
    """A memory copy of ``layer``, with ``geometry(g)`` applied to each geometry when given."""
    copy = QgsMemoryProviderUtils.createMemoryLayer(name, layer.fields(), layer.wkbType(), layer.crs())
    features = []
    for feature in layer.getFeatures():
        geom = feature.geometry()
        if geometry is not None and geom is not None and not geom.isEmpty():
            changed = geometry(geom)
            if changed is not None and not changed.isEmpty():
                feature.setGeometry(changed)
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    copy.updateExtents()
    return copy


def without_specks(geom: QgsGeometry, share: float = 0.01) -> QgsGeometry:
    """The parts (and holes) covering at least ``share`` of the alliance's area, so that tiny islands
    and the hairline gaps between dissolved members do not turn into blots and dashes of outline."""
    parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
    total = sum(p.area() for p in parts)
    kept = [p for p in parts if p.area() >= share * total] or parts
    return QgsGeometry.collectGeometry(kept).removeInteriorRings(share * total)


def fallback_units_renderer(info: Fields):
    if info.gap:
        expression = ("CASE WHEN \"gap\" = 1 AND coalesce(\"covered_by_alliance\", 0) = 1 THEN 2 "
                      "WHEN \"gap\" = 1 THEN 1 WHEN \"gap\" = 0 THEN 0 END") if info.covered else "\"gap\""
        categories = [
            QgsRendererCategory(1, fill("#e6550d"), tr("in gap")),
            QgsRendererCategory(2, fill("#fdae6b", "#ffffff", 0.15), tr("covered by the alliance")),
            QgsRendererCategory(0, fill("#d9e3ec"), tr("no gap")),
            QgsRendererCategory(None, fill("#f0f0f0"), tr("no data")),
        ]
        return QgsCategorizedSymbolRenderer(expression, categories)
    if info.role:
        categories = [
            QgsRendererCategory("hub", fill("#2b6c9e"), tr("hub")),
            QgsRendererCategory("member", fill("#9ecae1"), tr("member")),
            QgsRendererCategory("none", fill("#f0f0f0"), tr("outside any alliance")),
        ]
        return QgsCategorizedSymbolRenderer("role", categories)
    return QgsSingleSymbolRenderer(fill("#e3e8ed"))


def style_layers(alliances: QgsVectorLayer, units: QgsVectorLayer, info: Fields, atlas_mode: bool,
                 font_family: str) -> Dict[str, QgsVectorLayer]:
    """Units in the shipped style matching their fields (else a clean fallback); alliances as
    outlines over them. Returns the extra layers of atlas pages: ``context`` (the surroundings)
    and the inset map's two."""
    if info.gap:
        style, label = "service_gaps", tr("Service gaps")
    elif info.role:
        style, label = "alliances_members", tr("Alliance membership")
    else:
        style, label = None, tr("Units")
    units.setName(label)
    if style is None or not apply_style(units, style, store=False):
        units.setRenderer(fallback_units_renderer(info))
    units.setLabelsEnabled(False)

    alliances.setName(tr("Alliances"))
    outline = fill("#000000", "#252525", 0.6, "no")
    outline.symbolLayer(0).setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    alliances.setRenderer(QgsSingleSymbolRenderer(outline))
    extra: Dict[str, QgsVectorLayer] = {}
    if not atlas_mode:
        if info.alliance_name:  # the name only: the table and chart give the figures
            labeling(alliances, quote(info.alliance_name), font_family, 6.5, True, "#1b1b1b",
                     priority=f"scale_linear(coalesce({quote(info.alliance_population)}, 0), 0, "
                              f"maximum({quote(info.alliance_population)}), 1, 10)" if info.alliance_population
                     else None)
        return extra

    current = f"{quote(KEY)} = attribute(@atlas_feature, '{KEY}')"
    layer = outline.symbolLayer(0)
    layer.setDataDefinedProperty(PROPERTY_STROKE_WIDTH, QgsProperty.fromExpression(f"if({current}, 0.75, 0.3)"))
    layer.setDataDefinedProperty(PROPERTY_STROKE_COLOR,
                                 QgsProperty.fromExpression(f"if({current}, '#111111', '#6e6e6e')"))
    member = f"coalesce({quote(UNIT_KEY)}, '') = attribute(@atlas_feature, '{KEY}')"
    if info.name:
        show = member
        if units.fields().lookupField(SITE_KEY) >= 0:  # the page's site names its unit: one label, not two
            show += f" AND coalesce({quote(SITE_KEY)}, '') <> attribute(@atlas_feature, '{KEY}')"
        labeling(units, quote(info.name), font_family, 7.5, True, "#1b1b1b", show=show)
    # the surroundings: grey over every unit outside the page's alliance, drawn above the units
    context = duplicate(units, tr("Surroundings"))
    veil = fill("#ececec", "#ffffff", 0.25)
    veil.symbolLayer(0).setDataDefinedProperty(
        PROPERTY_FILL_COLOR, QgsProperty.fromExpression(f"if({member}, '0,0,0,0', '236,236,236,255')"))
    context.setRenderer(QgsSingleSymbolRenderer(veil))
    if info.name:
        labeling(context, quote(info.name), font_family, 6, False, "#7a7a7a", show=f"NOT ({member})")
    extra["context"] = context
    # the inset: every unit in grey, the alliances outlined, the page's alliance in red, simplified
    extent = units.extent()
    tolerance = max(extent.width(), extent.height()) / 1500.0
    inset_units = duplicate(units, tr("Units"), lambda g: g.simplify(tolerance))
    inset_units.setRenderer(QgsSingleSymbolRenderer(fill("#e0e0e0", "#e0e0e0", 0.0, "solid")))
    inset_alliances = duplicate(alliances, tr("Alliances"), lambda g: g.simplify(tolerance))
    mark = fill("#c62828", "#8a8a8a", 0.12)
    mark.symbolLayer(0).setDataDefinedProperty(
        PROPERTY_FILL_COLOR, QgsProperty.fromExpression(f"if({current}, '#c62828', '0,0,0,0')"))
    inset_alliances.setRenderer(QgsSingleSymbolRenderer(mark))
    extra["inset_units"], extra["inset_alliances"] = inset_units, inset_alliances
    return extra
