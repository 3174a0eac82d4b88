"""Write the styles of smallbutstrong:sitefacilities: resources/styles/sites.qml, site_units.qml, site_lines.qml.

Run with /usr/bin/python3 scripts/make_siting_styles.py (PyQGIS writes valid 3.22 QML). Legend
labels are English (the plugin translates them when it applies a style); labels use Noto Sans,
which covers Hangul. Field names come from core.schema, so a rename there is one edit and a rerun.
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
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QFont  # noqa: E402
from small_but_strong.compat import LABEL_AROUND_POINT  # noqa: E402
from small_but_strong.core import schema  # noqa: E402

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
FONT = "Noto Sans"


def _q(name: str) -> str:
    return f'"{name}"'


def _text_format(size: float) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(QFont(FONT))
    fmt.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    return fmt


def _rules(layer: QgsVectorLayer, rules) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, expression, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def sites() -> None:
    """The chosen sites: a star, larger for the first site of each alliance; labelled with the name."""
    layer = QgsVectorLayer(f"Point?crs=EPSG:5179&field={schema.SITE_RANK}:integer&field={schema.SITE_NAME}:string",
                           "sites", "memory")

    def star(size: float, colour: str) -> QgsMarkerSymbol:
        return QgsMarkerSymbol.createSimple({"name": "star", "color": colour, "outline_color": "#1a1a1a",
                                             "outline_width": "0.3", "size": str(size), "size_unit": "MM"})

    rank = _q(schema.SITE_RANK)
    _rules(layer, [(star(6.0, "#d7301f"), f"{rank} = 1", "new site (first of its alliance)"),
                   (star(4.5, "#fc8d59"), f"{rank} > 1", "new site (further)")])
    settings = QgsPalLayerSettings()
    settings.fieldName = schema.SITE_NAME
    settings.setFormat(_text_format(8))
    settings.placement = LABEL_AROUND_POINT
    settings.dist = 1.5
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "sites.qml"))


def site_units() -> None:
    """Every unit by what siting changed for it (the five rules are exclusive)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:5179&field={schema.FACILITY_TYPE}:string"
                           f"&field={schema.GAP_BEFORE}:integer&field={schema.GAP_AFTER}:integer", "units", "memory")

    def fill(colour: str) -> QgsFillSymbol:
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#7f7f7f", "outline_width": "0.15",
                                           "outline_width_unit": "MM"})

    kind = _q(schema.FACILITY_TYPE)
    before, after = f"coalesce({_q(schema.GAP_BEFORE)}, 0)", f"coalesce({_q(schema.GAP_AFTER)}, 0)"
    new, existing = f"{kind} = '{schema.FACILITY_NEW}'", f"{kind} = '{schema.FACILITY_EXISTING}'"
    _rules(layer, [
        (fill("#1a9850"), f"{new} AND {before} = 1 AND {after} = 0", "brought within the standard by a new site"),
        (fill("#a6d96a"), f"{new} AND {before} = 0 AND {after} = 0", "served by a new site"),
        (fill("#e0e0e0"), f"{existing} AND {after} = 0", "served by an existing facility"),
        (fill("#f46d43"), f"{kind} IS NOT NULL AND {after} = 1", "beyond the standard after siting"),
        (fill("#a50026"), f"{kind} IS NULL", "no facility within reach"),
    ])
    layer.saveNamedStyle(str(STYLES / "site_units.qml"))


def site_lines() -> None:
    """Lines from each unit to its facility: solid to a new site, dashed grey to an existing one."""
    layer = QgsVectorLayer(f"LineString?crs=EPSG:5179&field={schema.FACILITY_TYPE}:string", "lines", "memory")
    kind = _q(schema.FACILITY_TYPE)
    to_new = QgsLineSymbol.createSimple({"line_color": "#d7301f", "line_width": "0.5", "line_width_unit": "MM"})
    to_existing = QgsLineSymbol.createSimple({"line_color": "#737373", "line_width": "0.3", "line_style": "dash",
                                              "line_width_unit": "MM"})
    _rules(layer, [(to_new, f"{kind} = '{schema.FACILITY_NEW}'", "to a new site"),
                   (to_existing, f"{kind} = '{schema.FACILITY_EXISTING}'", "to an existing facility")])
    layer.saveNamedStyle(str(STYLES / "site_lines.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    sites()
    site_units()
    site_lines()
    app.exitQgis()
