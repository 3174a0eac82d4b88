"""Write resources/styles/alliances_edit.qml: the dock's editable plan, invalid alliances flagged.

Run with /usr/bin/python3 scripts/make_dock_styles.py (PyQGIS writes valid 3.22 QML).
"""

import os
import runpy
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the checkout importable as the package small_but_strong: the same set-up the tests use
runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from small_but_strong.compat import (  # noqa: E402
    LABEL_OVER_POINT,
)

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"


def alliances_edit() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=valid:integer&field=name:string"
                           "&field=population:double&field=violations:string", "s", "memory")
    valid = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#1f3b57",
                                        "outline_width": "0.7", "outline_width_unit": "MM"})
    invalid = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#c0392b",
                                          "outline_width": "0.9", "outline_style": "dash",
                                          "outline_width_unit": "MM"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setColor(QColor("#c0392b"))
    hatch.setLineWidth(0.3)
    invalid.insertSymbolLayer(0, hatch)
    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, expr, label in ((valid, '"valid" = 1', "유효한 연합 / valid alliance"),
                                (invalid, '"valid" = 0', "제약 위반 / invalid: violates a constraint")):
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expr, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = ("\"name\" || '\\n' || format_number(\"population\", 0) || "
                          "if(\"valid\" = 0, '\\n⚠ ' || \"violations\", '')")
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Noto Sans"))
    fmt.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    settings.placement = LABEL_OVER_POINT
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "alliances_edit.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    alliances_edit()
    app.exitQgis()
