"""Write resources/styles/decline_indicators.qml with PyQGIS (run: make styles).

Styles are generated rather than hand-written so they stay valid QGIS 3.22 QML.
"""

import os
import runpy
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the checkout importable as the package small_but_strong: the same set-up the tests use
runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from small_but_strong.compat import (  # noqa: E402
    LABEL_AROUND_POINT,
    LABEL_MULTILINE_CENTER,
    PROPERTY_FILL_COLOR,
    PROPERTY_STROKE_COLOR,
    SYMBOL_FILL,
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
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=alliance_id:integer&field=name:string"
                           "&field=population:double&field=valid:integer", "style", "memory")
    symbol = QgsFillSymbol.createSimple({"color": "#b3cde3", "outline_style": "no"})
    symbol.symbolLayer(0).setDataDefinedProperty(PROPERTY_FILL_COLOR,
                                                 QgsProperty.fromExpression(ALLIANCE_FILL))
    # the bold outline only around parts of at least 1 % of the alliance's area: a coast with
    # hundreds of islets would otherwise turn into black blots at country scale
    # (the threshold is computed once per alliance: inside the filter it was recomputed per part,
    # which made a render of the sample's 29 alliances three times slower)
    outline = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": (
        "with_variable('min_area', 0.01 * area($geometry), "
        "collect_geometries(array_filter(array_foreach(generate_series(1, num_geometries($geometry)), "
        "geometry_n($geometry, @element)), area(@element) >= @min_area)))")})
    outline.setSymbolType(SYMBOL_FILL)
    stroke = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#252525", "outline_width": "0.6",
                                         "outline_width_unit": "MM", "joinstyle": "round"})
    stroke.symbolLayer(0).setDataDefinedProperty(PROPERTY_STROKE_COLOR, QgsProperty.fromExpression(
        "if(\"valid\" = 0, '#e31a1c', '#252525')"))
    outline.setSubSymbol(stroke)
    symbol.appendSymbolLayer(outline)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))

    text = QgsTextFormat()
    font = QFont("Noto Sans CJK KR")
    font.setBold(True)
    text.setFont(font)
    text.setSize(5.5)
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
    settings.placement = LABEL_AROUND_POINT  # near the centre, eight candidate positions
    settings.centroidInside = True
    settings.displayAll = True  # every alliance is named, even where the map is crowded
    settings.multilineAlign = LABEL_MULTILINE_CENTER
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


#: service gaps: (filter on the reasons, colour, Korean, English); gap_reason joins reasons with "; "
SERVICE_GAP_RULES = [
    ("\"gap_reason\" LIKE '%no facility%' AND \"gap_reason\" LIKE '%beyond%'", "#7f0000",
     "시설 없음 + 거리·시간 초과", "none, and too far"),
    ("\"gap_reason\" NOT LIKE '%no facility%' AND \"gap_reason\" LIKE '%beyond%'", "#d7301f",
     "거리·시간 기준 초과", "too far (distance/time)"),
    ("\"gap_reason\" LIKE '%no facility%' AND \"gap_reason\" NOT LIKE '%beyond%'", "#fc8d59",
     "시설 없음", "no facility in the unit"),
    ("\"gap_reason\" LIKE '%below the minimum%' AND \"gap_reason\" NOT LIKE '%beyond%'", "#fdcc8a",
     "최저 기준 미달", "below the minimum"),
]
#: 2SFCA access of the units that meet the standard, by quartile among those units
SERVICE_ACCESS_RULES = [
    (None, "q1", "#c6dbef", "하위 25%", "lowest quarter"),
    ("q1", "median", "#6baed6", "25–50%", "second quarter"),
    ("median", "q3", "#2171b5", "50–75%", "third quarter"),
    ("q3", None, "#08306b", "상위 25%", "top quarter"),
]


def service_gaps() -> None:
    """Units of smallbutstrong:servicegaps, as legend groups: units in gap in warning colours by reason;
    units in gap alone but covered by their alliance hatched green; units that meet the standard by
    quartile of their 2SFCA access (quartiles of the units not in gap, so any service gets four classes)."""
    from qgis.core import QgsLinePatternFillSymbolLayer, QgsRuleBasedRenderer
    from qgis.PyQt.QtGui import QColor

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=gap:integer&field=gap_reason:string"
                           "&field=access_2sfca:double&field=covered_by_alliance:integer", "style", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    in_gap = QgsRuleBasedRenderer.Rule(None, 0, 0, "\"gap\" = 1 AND coalesce(\"covered_by_alliance\", 0) = 0",
                                       "공백 / in gap")
    for expression, colour, ko, en in SERVICE_GAP_RULES:
        in_gap.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, expression, f"{ko} / {en}"))
    root.appendChild(in_gap)

    covered = fill("#e5f5e0")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.0)
    hatch.setLineWidth(0.35)
    hatch.setColor(QColor("#238b45"))
    covered.appendSymbolLayer(hatch)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        covered, 0, 0, "\"gap\" = 1 AND \"covered_by_alliance\" = 1",
        "연대로 해소 / covered by the alliance"))

    met = QgsRuleBasedRenderer.Rule(None, 0, 0, "\"gap\" = 0",
                                    "기준 충족, 접근성 / met: 2SFCA access")
    for low, high, colour, ko, en in SERVICE_ACCESS_RULES:
        parts = ["\"access_2sfca\" IS NOT NULL"]
        if low:
            parts.append(f"\"access_2sfca\" > {low}(\"access_2sfca\", filter:=\"gap\" = 0)")
        if high:
            parts.append(f"\"access_2sfca\" <= {high}(\"access_2sfca\", filter:=\"gap\" = 0)")
        met.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, " AND ".join(parts), f"{ko} / {en}"))
    met.appendChild(QgsRuleBasedRenderer.Rule(fill("#d9d9d9"), 0, 0, "\"access_2sfca\" IS NULL",
                                              "자료 없음 / no data"))
    root.appendChild(met)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(STYLES / "service_gaps.qml"))


def service_gaps_alliances() -> None:
    """Alliances of smallbutstrong:servicegaps, drawn over the units: bold outlines, no fill; magenta
    dashes on white where even the pooled supply is below the minimum."""
    from qgis.PyQt.QtCore import Qt

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=gap:integer", "style", "memory")
    met = fill("#000000", "#000000", "0.4")
    met.symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)
    met.setOpacity(0.8)
    # white under magenta dashes: visible on the red fills of the units in gap as on the blues
    short = fill("#000000", "#ffffff", "0.9")
    short.symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)
    dashed = fill("#000000", "#ae017e", "0.6")  # kept alive: its layer is cloned below
    dashes = dashed.symbolLayer(0).clone()
    dashes.setBrushStyle(Qt.BrushStyle.NoBrush)
    dashes.setStrokeStyle(Qt.PenStyle.DashLine)
    short.appendSymbolLayer(dashes)
    categories = [
        QgsRendererCategory(0, met, "합산 기준 충족 / pooled: standard met"),
        QgsRendererCategory(1, short, "합산도 미달 / pooled: still below"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("gap", categories))
    layer.saveNamedStyle(str(STYLES / "service_gaps_alliances.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or ["decline_indicators"]:
        globals()[name]()
    app.exitQgis()
