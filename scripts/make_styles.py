"""Write resources/styles/decline_indicators.qml with PyQGIS (run: make styles).

Styles are generated rather than hand-written so they stay valid QGIS 3.22 QML.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "resources" / "styles"

RISK = [  # class, colour, Korean, English, range
    (1, "#1a9850", "소멸위험 매우 낮음", "very low risk", "≥ 1.5"),
    (2, "#a6d96a", "소멸위험 보통", "normal", "1.0–1.5"),
    (3, "#fee08b", "소멸 주의단계", "caution", "0.5–1.0"),
    (4, "#fc8d59", "소멸위험 진입단계", "entering extinction risk", "0.2–0.5"),
    (5, "#d73027", "소멸 고위험지역", "high extinction risk", "< 0.2"),
]


def fill(colour: str, outline: str = "#ffffff", width: str = "0.15") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": width, "outline_width_unit": "MM"})


def decline_indicators() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=risk_class:integer", "style", "memory")
    categories = [QgsRendererCategory(cls, fill(colour), f"{ko} / {en} ({rng})")
                  for cls, colour, ko, en, rng in RISK]
    categories.append(QgsRendererCategory(None, fill("#bdbdbd"), "자료 없음 / no data"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("risk_class", categories))
    layer.saveNamedStyle(str(STYLES / "decline_indicators.qml"))


#: fill of an alliance: a hue per alliance_id stepped by the golden angle (neighbouring ids get far-apart
#: hues), soft saturation and lightness, semi-transparent so the member boundaries below show through
ALLIANCE_FILL = ("color_hsla(((coalesce(\"alliance_id\", 0) * 137.508) % 360), 60, "
                 "58 + (coalesce(\"alliance_id\", 0) % 3) * 7, 165)")


def alliances() -> None:
    """Dissolved alliances: a colour per alliance, bold outline (red where a locked one breaks a rule),
    and the label "name / population" with thousands separators."""
    from qgis.core import (
        QgsGeometryGeneratorSymbolLayer,
        QgsPalLayerSettings,
        QgsProperty,
        QgsSingleSymbolRenderer,
        QgsSymbol,
        QgsSymbolLayer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=alliance_id:integer&field=name:string"
                           "&field=population:double&field=valid:integer", "style", "memory")
    symbol = QgsFillSymbol.createSimple({"color": "#b3cde3", "outline_style": "no"})
    symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor,
                                                 QgsProperty.fromExpression(ALLIANCE_FILL))
    # the bold outline only around parts of at least 1 % of the alliance's area: a coast with
    # hundreds of islets would otherwise turn into black blots at country scale
    outline = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": (
        "collect_geometries(array_filter(array_foreach(generate_series(1, num_geometries($geometry)), "
        "geometry_n($geometry, @element)), area(@element) >= 0.01 * area($geometry)))")})
    outline.setSymbolType(QgsSymbol.Fill)
    stroke = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#252525", "outline_width": "0.6",
                                         "outline_width_unit": "MM", "joinstyle": "round"})
    stroke.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, QgsProperty.fromExpression(
        "if(\"valid\" = 0, '#e31a1c', '#252525')"))
    outline.setSubSymbol(stroke)
    symbol.appendSymbolLayer(outline)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))

    text = QgsTextFormat()
    font = QFont("Noto Sans CJK KR")
    font.setBold(True)
    text.setFont(font)
    text.setSize(6)
    text.setColor(QColor("#111111"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.setFormat(text)
    settings.isExpression = True
    settings.fieldName = "\"name\" || '\\n' || format_number(\"population\", 0)"
    settings.placement = QgsPalLayerSettings.AroundPoint  # near the centre, eight candidate positions
    settings.centroidInside = True
    settings.displayAll = True  # every alliance is named, even where the map is crowded
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    settings.priority = 10
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "alliances.qml"))


def alliances_members() -> None:
    """Members drawn under the alliances: hubs starred, eligible units left outside any alliance
    hatched, units that are not eligible light grey."""
    from qgis.core import (
        QgsCentroidFillSymbolLayer,
        QgsLinePatternFillSymbolLayer,
        QgsMarkerSymbol,
        QgsRuleBasedRenderer,
    )
    from qgis.PyQt.QtGui import QColor

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=alliance_id:integer&field=role:string"
                           "&field=status:string", "style", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        fill("#ffffff", "#8c8c8c", "0.2"), 0, 0, "\"alliance_id\" IS NOT NULL AND \"role\" <> 'hub'",
        "연합 구성원 / member of an alliance"))

    hub = fill("#ffffff", "#8c8c8c", "0.2")
    star = QgsCentroidFillSymbolLayer()
    star.setPointOnSurface(True)
    star.setPointOnAllParts(False)  # one star per hub, not one per islet
    star.setSubSymbol(QgsMarkerSymbol.createSimple({
        "name": "star", "color": "#252525", "outline_color": "#ffffff", "outline_width": "0.2", "size": "2.6"}))
    hub.appendSymbolLayer(star)
    root.appendChild(QgsRuleBasedRenderer.Rule(hub, 0, 0, "\"role\" = 'hub'", "연합 중심 / hub"))

    outside = fill("#fff5eb", "#8c8c8c", "0.2")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setLineWidth(0.3)
    hatch.setColor(QColor("#d94801"))
    outside.appendSymbolLayer(hatch)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        outside, 0, 0, "\"alliance_id\" IS NULL AND coalesce(\"status\", '') NOT LIKE 'not eligible%'",
        "대상이나 연합 밖 / eligible, left outside"))

    root.appendChild(QgsRuleBasedRenderer.Rule(
        fill("#e6e6e6", "#ffffff", "0.2"), 0, 0, "\"status\" LIKE 'not eligible%'",
        "대상 아님 / not eligible"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(STYLES / "alliances_members.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or ["decline_indicators"]:
        globals()[name]()
    app.exitQgis()
