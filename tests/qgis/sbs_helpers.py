"""Small builders for memory layers used across the QGIS tests."""

from typing import Iterable, Sequence

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer


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
