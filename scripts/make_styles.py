"""Write the shipped styles resources/styles/*.qml with PyQGIS (run: make styles).

Legend labels are English: the plugin translates them (resources/i18n) when it applies a style.

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

RISK = [  # class, colour, English label, range
    (1, "#1a9850", "very low risk", "≥ 1.5"),
    (2, "#a6d96a", "normal", "1.0–1.5"),
    (3, "#fee08b", "caution", "0.5–1.0"),
    (4, "#fc8d59", "entering extinction risk", "0.2–0.5"),
    (5, "#d73027", "high extinction risk", "< 0.2"),
]
AGING = [  # class, colour, label (core.indicators.AGING_CLASSES)
    (1, "#fff7ec", "young (65+ < 7 %)"),
    (2, "#fdbb84", "ageing (65+ 7–14 %)"),
    (3, "#ef6548", "aged (65+ 14–20 %)"),
    (4, "#990000", "super-aged (65+ ≥ 20 %)"),
]
CHANGE = [  # lower, upper (fractions), colour, label
    (None, -0.2, "#b2182b", "decline of more than 20 %"),
    (-0.2, -0.1, "#ef8a62", "decline of 10–20 %"),
    (-0.1, -0.05, "#fddbc7", "decline of 5–10 %"),
    (-0.05, 0.0, "#f7f7f7", "decline of up to 5 %"),
    (0.0, 0.05, "#d1e5f0", "growth of up to 5 %"),
    (0.05, 0.1, "#67a9cf", "growth of 5–10 %"),
    (0.1, None, "#2166ac", "growth of more than 10 %"),
]
DECLINE = [  # quintile class, colour, label
    (1, "#1a9850", "least declining fifth"),
    (2, "#a6d96a", "second fifth"),
    (3, "#ffffbf", "middle fifth"),
    (4, "#fdae61", "fourth fifth"),
    (5, "#d7191c", "most declining fifth"),
]
NO_DATA = "no data"


def fill(colour: str, outline: str = "#ffffff", width: str = "0.15") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": width, "outline_width_unit": "MM"})


def _categorized(name: str, field: str, classes) -> None:
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:5179&field={field}:integer", "style", "memory")
    categories = [QgsRendererCategory(value, fill(colour), label) for value, colour, label in classes]
    categories.append(QgsRendererCategory(None, fill("#bdbdbd"), NO_DATA))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    layer.saveNamedStyle(str(STYLES / f"{name}.qml"))


def decline_risk() -> None:
    """The local extinction risk classes (women 20–39 / residents 65+)."""
    _categorized("decline_risk", "risk_class", [(cls, colour, f"{label} ({rng})") for cls, colour, label, rng in RISK])


def decline_aging() -> None:
    """Ageing classes by the share of residents 65+, for layers without women 20–39."""
    _categorized("decline_aging", "aging_class", AGING)


def decline_class() -> None:
    """Quintiles of the composite decline score."""
    _categorized("decline_class", "decline_class", DECLINE)


def decline_change() -> None:
    """Population change, diverging around zero."""
    from qgis.core import QgsRuleBasedRenderer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=pop_change:double", "style", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for low, high, colour, label in CHANGE:
        parts = ['"pop_change" IS NOT NULL']
        if low is not None:
            parts.append(f'"pop_change" >= {low}')
        if high is not None:
            parts.append(f'"pop_change" < {high}')
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, " AND ".join(parts), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("#bdbdbd"), 0, 0, '"pop_change" IS NULL', NO_DATA))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(STYLES / "decline_change.qml"))


def decline_density() -> None:
    """Residents per km² by quartile of the layer (any country gets four classes)."""
    from qgis.core import QgsRuleBasedRenderer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=density:double", "style", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for low, high, colour, label in ((None, "q1", "#ffffcc", "lowest quarter of density"),
                                     ("q1", "median", "#a1dab4", "second quarter of density"),
                                     ("median", "q3", "#41b6c4", "third quarter of density"),
                                     ("q3", None, "#225ea8", "highest quarter of density")):
        parts = ['"density" IS NOT NULL']
        if low:
            parts.append(f'"density" > {low}("density")')
        if high:
            parts.append(f'"density" <= {high}("density")')
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, " AND ".join(parts), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("#bdbdbd"), 0, 0, '"density" IS NULL', NO_DATA))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(STYLES / "decline_density.qml"))


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
    font = QFont("Noto Sans")
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
        "member of an alliance"))

    hub = fill("#ffffff", "#8c8c8c", "0.2")
    star = QgsCentroidFillSymbolLayer()
    star.setPointOnSurface(True)
    star.setPointOnAllParts(False)  # one star per hub, not one per islet
    star.setSubSymbol(QgsMarkerSymbol.createSimple({
        "name": "star", "color": "#252525", "outline_color": "#ffffff", "outline_width": "0.2", "size": "2.6"}))
    hub.appendSymbolLayer(star)
    root.appendChild(QgsRuleBasedRenderer.Rule(hub, 0, 0, "\"role\" = 'hub'", "hub"))

    outside = fill("#fff5eb", "#8c8c8c", "0.2")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setLineWidth(0.3)
    hatch.setColor(QColor("#d94801"))
    outside.appendSymbolLayer(hatch)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        outside, 0, 0, "\"alliance_id\" IS NULL AND coalesce(\"status\", '') NOT LIKE 'not eligible%'",
        "eligible, left outside"))

    root.appendChild(QgsRuleBasedRenderer.Rule(
        fill("#e6e6e6", "#ffffff", "0.2"), 0, 0, "\"status\" LIKE 'not eligible%'",
        "not eligible"))
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
                                       "in gap")
    for expression, colour, _ko, en in SERVICE_GAP_RULES:
        in_gap.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, expression, en))
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
        "covered by the alliance"))

    met = QgsRuleBasedRenderer.Rule(None, 0, 0, "\"gap\" = 0",
                                    "met: 2SFCA access")
    for low, high, colour, _ko, en in SERVICE_ACCESS_RULES:
        parts = ["\"access_2sfca\" IS NOT NULL"]
        if low:
            parts.append(f"\"access_2sfca\" > {low}(\"access_2sfca\", filter:=\"gap\" = 0)")
        if high:
            parts.append(f"\"access_2sfca\" <= {high}(\"access_2sfca\", filter:=\"gap\" = 0)")
        met.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, " AND ".join(parts), en))
    met.appendChild(QgsRuleBasedRenderer.Rule(fill("#d9d9d9"), 0, 0, "\"access_2sfca\" IS NULL",
                                              "no data"))
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
        QgsRendererCategory(0, met, "pooled: standard met"),
        QgsRendererCategory(1, short, "pooled: still below"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("gap", categories))
    layer.saveNamedStyle(str(STYLES / "service_gaps_alliances.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or ["decline_risk", "decline_aging", "decline_change", "decline_class",
                                 "decline_density", "alliances", "alliances_members", "service_gaps",
                                 "service_gaps_alliances"]:
        globals()[name]()
    app.exitQgis()
