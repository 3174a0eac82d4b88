"""Render styled layers to a PNG map with a title, legend, scale bar and sources.

Usage: render_map.py OUT.png "Title" LAYER_URI[::STYLE.qml[::Legend name]] ...
The first layer is drawn on top. Used by `make demo`; QGIS's layout engine does the work.
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
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont  # noqa: E402
from small_but_strong.compat import (  # noqa: E402
    DISTANCE_KILOMETERS,
    LAYOUT_MM,
    SCALEBAR_SEGMENT_FIXED,
)

ROOT = Path(__file__).resolve().parents[1]


def main(out: str, title: str, specs: list) -> None:
    project = QgsProject.instance()
    layers = []
    for spec in specs:
        uri, qml, name = (spec.split("::") + ["", ""])[:3]
        name = name or (uri.split("layername=")[-1] if "layername=" in uri else Path(uri).stem)
        layer = QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            raise SystemExit(f"cannot open {uri}")
        if qml:
            layer.loadNamedStyle(qml)
        layers.append(layer)
    project.addMapLayers(layers, True)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)

    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("Noto Sans", 18, QFont.Weight.Bold))
    heading.attemptMove(QgsLayoutPoint(10, 6, LAYOUT_MM))
    heading.attemptResize(QgsLayoutSize(277, 12, LAYOUT_MM))
    layout.addLayoutItem(heading)

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(10, 20, LAYOUT_MM))
    map_item.attemptResize(QgsLayoutSize(170, 180, LAYOUT_MM))
    map_item.setLayers(layers)
    map_item.setCrs(layers[-1].crs())
    # match the item's aspect ratio (zoomToExtent returns an empty extent headless on 3.22)
    box = layers[-1].extent()
    cx, cy = box.center().x(), box.center().y()
    half_w, half_h = box.width() * 0.52, box.height() * 0.52
    ratio = 170 / 180
    if half_w / half_h < ratio:
        half_w = half_h * ratio
    else:
        half_h = half_w / ratio
    extent = QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("")
    legend.setWrapString("|")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    legend.attemptMove(QgsLayoutPoint(185, 20, LAYOUT_MM))
    layout.addLayoutItem(legend)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(50)
    bar.setSegmentSizeMode(SCALEBAR_SEGMENT_FIXED)
    bar.attemptMove(QgsLayoutPoint(12, 185, LAYOUT_MM))
    layout.addLayoutItem(bar)

    source = QgsLayoutItemLabel(layout)
    source.setText("Sources: " + runpy.run_path(str(ROOT / "__about__.py"))["SAMPLE_ATTRIBUTION"])
    source.setFont(QFont("Noto Sans", 6))
    source.attemptMove(QgsLayoutPoint(185, 160, LAYOUT_MM))
    source.attemptResize(QgsLayoutSize(102, 40, LAYOUT_MM))
    layout.addLayoutItem(source)

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 150
    result = QgsLayoutExporter(layout).exportToImage(out, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise SystemExit(f"export failed ({result})")


if __name__ == "__main__":
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
    app.exitQgis()
