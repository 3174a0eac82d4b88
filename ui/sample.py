"""Load a bundled sample into the project, styled, with its attribution in the metadata.

The sample layers are the analyst's input, not the dock's results: they go to the top of the
layer tree, outside the plugin's group, so a run never removes them.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ..__about__ import RESOURCES, SAMPLE_ATTRIBUTION, SAMPLE_GPKG
from ..processing.styles import apply_style
from ..processing.translate import tr

SAMPLE_LAYERS = ("sigungu", "emergency_facilities", "tertiary_hospitals")
US_GPKG = RESOURCES / "sample" / "us_counties.gpkg"


def sample_layer(name: str = "sigungu") -> QgsVectorLayer:
    """One layer of the shipped Korean GeoPackage, its metadata carrying the sources and licences."""
    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")
    metadata = layer.metadata()
    metadata.setTitle(tr("Korean sample: {0}").format(name))
    metadata.setRights([SAMPLE_ATTRIBUTION])
    metadata.setLicenses(["Korea Open Government Licence Type 1; CC BY 3.0; MIT (see rights)"])
    layer.setMetadata(metadata)
    return layer


def load_sample(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    project = project or QgsProject.instance()
    layers = [sample_layer(name) for name in reversed(SAMPLE_LAYERS)]
    project.addMapLayers(layers)
    return layers


def load_sample_layers(kind: str = "korea") -> Tuple[QgsVectorLayer, Optional[QgsVectorLayer]]:
    """The sample's units (and the Korean facilities), styled, on top of the layer tree."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    if kind == "us":
        units = QgsVectorLayer(f"{US_GPKG}|layername=counties", "counties", "ogr")
        facilities = None
    else:
        units = sample_layer("sigungu")
        facilities = sample_layer("emergency_facilities")
    if not apply_style(units, "sample_units", store=False):
        raise RuntimeError("the shipped style sample_units could not be applied")
    project.addMapLayer(units, False)
    root.insertLayer(0, units)
    if facilities is not None:
        if not apply_style(facilities, "facilities", store=False):
            raise RuntimeError("the shipped style facilities could not be applied")
        project.addMapLayer(facilities, False)
        root.insertLayer(0, facilities)
    return units, facilities
