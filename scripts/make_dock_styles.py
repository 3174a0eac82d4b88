"""Write the dock's styles into resources/styles/ (PyQGIS writes QML that QGIS 3.22 and later read).

* ``alliances_edit.qml``: the plan's alliance outlines: dark for a valid alliance, red dashes and a
  red hatch for an invalid one, a blue ring for a locked one, a star on the hub (a geometry
  generator at the hub_x/hub_y fields), and a label with the name, population and what is wrong;
* ``plan_units.qml``: the units coloured by alliance: a categorized renderer on the alliance id whose
  source symbol the dock clones for each alliance, plus grey "not eligible" and a plain "left out";
* ``facilities.qml``: the sample's emergency facilities (the centres the analysis counts stand out);
* ``sample_units.qml``: a boundary layer before any run (a quiet fill, fine outlines);
* ``scenario_diff.qml``: units that changed alliance between two scenarios.

Run with /usr/bin/python3 scripts/make_dock_styles.py.
"""

import os
import runpy
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the checkout importable as the package small_but_strong: the same set-up the tests use
runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from small_but_strong.compat import LABEL_OVER_POINT  # noqa: E402

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
UNITS_VALUE = "coalesce(\"alliance_id\", if(\"status\" LIKE 'not eligible%', -2, -1))"


def _outline(color: str, width: float, style: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": color, "outline_width": str(width),
                                       "outline_style": style, "outline_width_unit": "MM"})


def _label(layer: QgsVectorLayer, expression: str, size: float = 8) -> None:
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = expression
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Noto Sans"))
    fmt.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    settings.placement = LABEL_OVER_POINT
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _hub_star() -> QgsFillSymbol:
    """A fill symbol whose only layer draws a star at the hub's point."""
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "make_point(\"hub_x\", \"hub_y\")",
                                                        "SymbolType": "Marker"})
    generator.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "star", "color": "#f1c40f", "size": "4.2",
                                                         "outline_color": "#3d2c00", "outline_width": "0.3"}))
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, generator)
    return symbol


def alliances_edit() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=valid:integer&field=locked:integer&field=name:string"
                           "&field=population:double&field=violations:string&field=hub_x:double&field=hub_y:double",
                           "s", "memory")
    invalid = _outline("#c0392b", 0.9, "dash")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setColor(QColor("#c0392b"))
    hatch.setLineWidth(0.3)
    invalid.insertSymbolLayer(0, hatch)
    locked = _outline("#2e86c1", 2.0)
    locked.setOpacity(0.45)
    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, expr, label in ((locked, '"locked" = 1', "locked: kept by a re-solve"),
                                (_outline("#1f3b57", 0.7), '"valid" = 1', "valid alliance"),
                                (invalid, '"valid" = 0', "invalid: breaks a rule"),
                                (_hub_star(), '"hub_x" IS NOT NULL', "hub")):
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expr, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _label(layer, "\"name\" || '\\n' || format_number(\"population\", 0) || "
                  "if(\"valid\" = 0, '\\n⚠ ' || \"violations\", '')")
    layer.saveNamedStyle(str(STYLES / "alliances_edit.qml"))


def plan_units() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=alliance_id:integer&field=status:string", "s", "memory")
    source = QgsFillSymbol.createSimple({"color": "#9ecae1", "outline_color": "#ffffff", "outline_width": "0.15",
                                         "outline_width_unit": "MM"})
    source.setOpacity(0.85)
    not_eligible = QgsFillSymbol.createSimple({"color": "#e6e6e6", "outline_color": "#bdbdbd",
                                               "outline_width": "0.1", "outline_width_unit": "MM"})
    left_out = QgsFillSymbol.createSimple({"color": "#ffffff", "outline_color": "#e67e22", "outline_width": "0.45",
                                           "outline_width_unit": "MM"})
    categories = [QgsRendererCategory(-2, not_eligible, "not eligible"),
                  QgsRendererCategory(-1, left_out, "eligible, in no alliance")]
    renderer = QgsCategorizedSymbolRenderer(UNITS_VALUE, categories)
    renderer.setSourceSymbol(source)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(STYLES / "plan_units.qml"))


def facilities() -> None:
    """The sample's emergency facilities: the regional and local centres (what the analysis counts) as
    red crosses, the other registered emergency rooms as small grey dots."""
    layer = QgsVectorLayer("Point?crs=EPSG:5179&field=name:string&field=cls:string", "s", "memory")
    centre = QgsMarkerSymbol.createSimple({"name": "cross2", "color": "#b03a2e", "size": "2.2",
                                           "outline_color": "#b03a2e", "outline_width": "0.45"})
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#7f8c8d", "size": "0.9",
                                          "outline_style": "no"})
    other.setOpacity(0.6)
    root = QgsRuleBasedRenderer.Rule(None)
    centres = "\"cls\" IN ('권역응급의료센터','지역응급의료센터')"
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, f"NOT ({centres})", "other emergency rooms"))
    root.appendChild(QgsRuleBasedRenderer.Rule(centre, 0, 0, centres, "regional and local emergency centres"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(STYLES / "facilities.qml"))


def sample_units() -> None:
    """Any boundary layer before a run: a quiet fill and fine outlines (no field needed)."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179", "s", "memory")
    symbol = QgsFillSymbol.createSimple({"color": "#f3efe2", "outline_color": "#8c8c8c", "outline_width": "0.12",
                                         "outline_width_unit": "MM"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.saveNamedStyle(str(STYLES / "sample_units.qml"))


def scenario_diff() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=change:string", "s", "memory")
    moved = QgsFillSymbol.createSimple({"color": "#8e44ad", "outline_color": "#4a235a", "outline_width": "0.6",
                                        "outline_width_unit": "MM"})
    moved.setOpacity(0.55)
    joined = QgsFillSymbol.createSimple({"color": "#27ae60", "outline_color": "#145a32", "outline_width": "0.6",
                                         "outline_width_unit": "MM"})
    joined.setOpacity(0.55)
    left = QgsFillSymbol.createSimple({"color": "#e67e22", "outline_color": "#7e5109", "outline_width": "0.6",
                                       "outline_width_unit": "MM"})
    left.setOpacity(0.55)
    renderer = QgsCategorizedSymbolRenderer("change", [
        QgsRendererCategory("moved", moved, "moved to another alliance"),
        QgsRendererCategory("joined", joined, "joined an alliance"),
        QgsRendererCategory("left", left, "left its alliance")])
    layer.setRenderer(renderer)
    _label(layer, "\"name\" || '\\n' || \"from_name\" || ' → ' || \"to_name\"", 7)
    layer.saveNamedStyle(str(STYLES / "scenario_diff.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    alliances_edit()
    plan_units()
    facilities()
    sample_units()
    scenario_diff()
    app.exitQgis()
