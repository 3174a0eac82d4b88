"""Load the bundled Korean sample into the project, with its attribution in the metadata."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

from ..__about__ import SAMPLE_ATTRIBUTION, SAMPLE_GPKG

SAMPLE_LAYERS = ("sigungu", "emergency_facilities", "tertiary_hospitals")


def sample_layer(name: str = "sigungu") -> QgsVectorLayer:
    """One layer of the shipped GeoPackage, its metadata carrying the sources and licences."""
    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")
    metadata = layer.metadata()
    metadata.setTitle(f"Korea 시군구 sample: {name}")
    metadata.setRights([SAMPLE_ATTRIBUTION])
    metadata.setLicenses(["Korea Open Government Licence Type 1; CC BY 3.0; MIT (see rights)"])
    layer.setMetadata(metadata)
    return layer


def load_sample(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    project = project or QgsProject.instance()
    layers = [sample_layer(name) for name in reversed(SAMPLE_LAYERS)]
    project.addMapLayers(layers)
    return layers
