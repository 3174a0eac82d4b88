"""Write resources/styles/projection.qml, the style of smallbutstrong:projectpopulation, with PyQGIS.

Run: ``/usr/bin/python3 scripts/make_projection_styles.py``. Legend labels are English: the plugin
translates them (resources/i18n) when it applies the style. Generated rather than hand-written
so that it stays valid QGIS 3.22 QML, like the styles of scripts/make_styles.py.

The units are coloured by ``proj_pop_change``, the change of the total population from the base
year to the last target year (the one field every method and every input yields, whatever the
target years), in classes around zero, with a grey class for the units that could not be
projected; the classes are rules, as in decline_change.qml, so that no unit goes undrawn.
Labels (the change in percent, Noto Sans) show from 1:1,500,000 on.
"""

import os
import runpy
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the checkout importable as the package small_but_strong: the same set-up the tests use
runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
from qgis.core import QgsApplication, QgsFillSymbol, QgsVectorLayer  # noqa: E402

from small_but_strong.core import schema  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "resources" / "styles"

#: lower, upper (fractions of the base-year population), colour, English label
PROJECTED_CHANGE = [
    (None, -0.3, "#67001f", "projected decline of more than 30 %"),
    (-0.3, -0.2, "#d6604d", "projected decline of 20–30 %"),
    (-0.2, -0.1, "#f4a582", "projected decline of 10–20 %"),
    (-0.1, 0.0, "#fddbc7", "projected decline of up to 10 %"),
    (0.0, 0.1, "#d1e5f0", "projected growth of up to 10 %"),
    (0.1, 0.2, "#67a9cf", "projected growth of 10–20 %"),
    (0.2, None, "#2166ac", "projected growth of more than 20 %"),
]
NO_PROJECTION = "no projection"
#: labels only when zoomed in closer than this (a country of 50,000 units stays readable)
LABEL_MIN_SCALE = 1_500_000


def fill(colour: str, outline: str = "#ffffff", width: str = "0.15") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": width, "outline_width_unit": "MM"})


def projection() -> None:
    """Projected change of the population to the last target year, diverging around zero."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsRuleBasedRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    field = schema.PROJ_POP_CHANGE
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:5179&field={field}:double", "style", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for low, high, colour, label in PROJECTED_CHANGE:
        parts = [f'"{field}" IS NOT NULL']
        if low is not None:
            parts.append(f'"{field}" >= {low}')
        if high is not None:
            parts.append(f'"{field}" < {high}')
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, " AND ".join(parts), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("#bdbdbd"), 0, 0, f'"{field}" IS NULL', NO_PROJECTION))
    layer.setRenderer(QgsRuleBasedRenderer(root))

    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans"))
    text.setSize(7.0)
    text.setColor(QColor("#111111"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255, 210))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.setFormat(text)
    settings.isExpression = True
    settings.fieldName = (f"if(\"{field}\" IS NULL, '', "
                          f"concat(if(\"{field}\" > 0, '+', ''), format_number(100 * \"{field}\", 0), ' %'))")
    settings.centroidInside = True
    settings.scaleVisibility = True
    settings.minimumScale = LABEL_MIN_SCALE  # the most zoomed-out scale at which labels show
    settings.maximumScale = 0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "projection.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or ["projection"]:
        globals()[name]()
    app.exitQgis()
