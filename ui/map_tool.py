"""Assign units by clicking the map; hovering shows what the click would do.

The tool finds the unit under the cursor in the session's own geometries (a spatial index built
once per session), not by querying a layer, so it keeps working when the units layer is removed
or recreated, and a hover costs a point-in-polygon test. It keeps no target: the dock's target
list is the target, until the analyst changes it. What the click would do is also written next to
the cursor (population, validity, gap), so the eyes can stay on the map.
"""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSpatialIndex,
)
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QToolTip

from ..compat import POLYGON_GEOMETRY


class UnitLocator:
    """Which unit holds a point (layer CRS), through a spatial index of the units' boxes."""

    def __init__(self, geometries: Dict[str, QgsGeometry]):
        self.ids = sorted(geometries)
        self.geometries = geometries
        self.index = QgsSpatialIndex()
        for n, uid in enumerate(self.ids):
            geometry = geometries[uid]
            if geometry is not None and not geometry.isEmpty():
                feature = QgsFeature(n)
                feature.setGeometry(QgsGeometry.fromRect(geometry.boundingBox()))
                self.index.addFeature(feature)

    def unit_at(self, point: QgsPointXY) -> Optional[str]:
        probe = QgsGeometry.fromPointXY(point)
        for n in self.index.intersects(probe.boundingBox().buffered(1e-9)):
            uid = self.ids[n]
            if self.geometries[uid].contains(probe):
                return uid
        return None


class AssignTool(QgsMapTool):
    hovered = pyqtSignal(str)  # "" when the cursor leaves every unit
    clicked = pyqtSignal(str)

    def __init__(self, canvas, locator: UnitLocator, crs: Optional[QgsCoordinateReferenceSystem]):
        super().__init__(canvas)
        self.locator = locator
        self.crs = crs
        self._last = None
        self._pos = None
        #: the text last shown at the cursor ("" when none)
        self.label = ""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.band = QgsRubberBand(canvas, POLYGON_GEOMETRY)
        self.band.setStrokeColor(QColor("#1e8449"))
        self.band.setFillColor(QColor(30, 132, 73, 60))
        self.band.setWidth(2)

    def _unit(self, event) -> Optional[str]:
        point = self.toMapCoordinates(event.pos())
        canvas_crs = self.canvas().mapSettings().destinationCrs()
        if self.crs is not None and self.crs.isValid() and canvas_crs != self.crs:
            transform = QgsCoordinateTransform(canvas_crs, self.crs, QgsProject.instance())
            try:
                point = transform.transform(point)
            except Exception:  # noqa: BLE001  (outside the projection's area: no unit there)
                return None
        return self.locator.unit_at(point)

    def canvasMoveEvent(self, event):  # noqa: N802
        self._pos = event.pos()
        uid = self._unit(event) or ""
        if uid != self._last:
            self._last = uid
            self.hovered.emit(uid)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            uid = self._unit(event)
            if uid:
                self.clicked.emit(uid)

    def show_unit(self, uid: Optional[str], valid: bool) -> None:
        """Outline the hovered unit: green when the move keeps the target valid, red otherwise."""
        self.band.reset(POLYGON_GEOMETRY)
        if not uid or uid not in self.locator.geometries:
            return
        colour = QColor("#1e8449") if valid else QColor("#c0392b")
        self.band.setStrokeColor(colour)
        fill = QColor(colour)
        fill.setAlpha(60)
        self.band.setFillColor(fill)
        layer_crs = self.crs if self.crs is not None and self.crs.isValid() else None
        geometry = QgsGeometry(self.locator.geometries[uid])
        if layer_crs is not None:
            transform = QgsCoordinateTransform(layer_crs, self.canvas().mapSettings().destinationCrs(),
                                               QgsProject.instance())
            geometry.transform(transform)
        self.band.setToGeometry(geometry, None)

    def show_label(self, text: str) -> None:
        """The preview next to the cursor (hidden for "" or off the map)."""
        self.label = text
        canvas = self.canvas()
        if not text or self._pos is None:
            QToolTip.hideText()
            return
        QToolTip.showText(canvas.mapToGlobal(self._pos), text, canvas)

    def deactivate(self):
        self.band.reset(POLYGON_GEOMETRY)
        self.show_label("")
        self._last = None
        super().deactivate()

    def clear(self) -> None:
        self.band.reset(POLYGON_GEOMETRY)
        self.canvas().scene().removeItem(self.band)
