"""Small builders for memory layers, feedback recorders and an event-loop wait, used across the QGIS tests."""

import time
from typing import Iterable, Sequence

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication


def wait_for(predicate, timeout: float = 300) -> bool:
    """Run Qt's event loop until ``predicate()`` holds (True) or ``timeout`` seconds pass (False)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    return False


def polygon_layer(fields: str, rows: Iterable[Sequence], crs: str = "EPSG:5179",
                  geometry: str = "MultiPolygon") -> QgsVectorLayer:
    """A memory layer; ``fields`` like "id:string&field=pop:double", rows = (wkt, *attrs)."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&field={fields}", "units", "memory")
    features = []
    for wkt, *attrs in rows:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attrs))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def square(x: float, y: float, size: float = 1000.0) -> str:
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def values(layer: QgsVectorLayer, key: str, field: str) -> dict:
    """{key value: field value} over all features (NULL becomes None)."""
    out = {}
    for feature in layer.getFeatures():
        value = feature[field]
        out[feature[key]] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
    return out


class Feedback(QgsProcessingFeedback):
    """Keeps what an algorithm tells its user: warnings (errors from reportError included) and infos."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)

    def reportError(self, text, fatalError=False):  # noqa: N802,N803
        self.warnings.append(text)
        super().reportError(text, fatalError)

    def warned(self, *words) -> bool:
        """Whether one warning holds every word."""
        return any(all(w in text for w in words) for text in self.warnings)


class CancelAbove(QgsProcessingFeedback):
    """Cancels at the first progress report above ``at`` per cent (``canceled_at``: that report)."""

    def __init__(self, at: float):
        super().__init__()
        self.at = at
        self.canceled_at = None

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > self.at and not self.isCanceled():
            self.canceled_at = progress
            self.cancel()


def plain(value):
    """A feature's value with QGIS NULL as None."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
