"""Where the data comes from: attribution read from the inputs and carried into the outputs.

A map report must credit the data it shows, and only that data. The attribution of a layer is
read, in this order, from: the plugin's own metadata item ``SBS_ATTRIBUTION`` (written by every
Small but Strong algorithm into its GeoPackage outputs, and as a keyword of the QGIS metadata of
its other outputs, memory layers included, so that it survives a chain of tools),
the GeoPackage's layer description (``gpkg_contents.description``), and the QGIS layer metadata
(rights, licences). Nothing found means no attribution, never someone else's.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional

from qgis.core import QgsProcessingUtils, QgsVectorLayer

ATTRIBUTION = "SBS_ATTRIBUTION"
POPULATION_FIELD = "SBS_POPULATION_FIELD"


def _gdal_layer(path_and_layer: str):
    """(dataset, layer) of a GeoPackage ``path|layername=x`` (or a one-layer file), or (None, None)."""
    from osgeo import gdal, ogr

    path, _, options = path_and_layer.partition("|")
    if not path.lower().endswith(".gpkg"):
        return None, None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path)
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        return None, None
    name = options[len("layername="):].split("|")[0] if options.startswith("layername=") else None
    layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
    return dataset, layer


def metadata_items(source_string: str) -> Dict[str, str]:
    """GDAL metadata items of a GeoPackage layer (DESCRIPTION is gpkg_contents.description)."""
    dataset, layer = _gdal_layer(source_string)
    if layer is None:
        return {}
    items = dict(layer.GetMetadata() or {})
    description = layer.GetMetadataItem("DESCRIPTION")
    if description:
        items["DESCRIPTION"] = description
    del dataset  # closes the file
    return items


def layer_of(parameters: dict, name: str, context) -> Optional[QgsVectorLayer]:
    """The map layer behind a source parameter (a project layer, a path, a selection definition)."""
    value = parameters.get(name)
    if value is None:
        return None
    if isinstance(value, QgsVectorLayer):
        return value
    text = value.source.staticValue() if hasattr(value, "source") else str(value)
    layer = QgsProcessingUtils.mapLayerFromString(str(text), context)
    return layer if isinstance(layer, QgsVectorLayer) else None


def metadata_of(layer: Optional[QgsVectorLayer]) -> Dict[str, str]:
    """The plugin's metadata items of a layer: a GeoPackage's items, or (a memory layer, a layer
    of the project) the SBS_ keywords of its QGIS layer metadata."""
    if layer is None:
        return {}
    items = metadata_items(layer.source()) if layer.providerType() == "ogr" else {}
    for key, values in layer.metadata().keywords().items():
        if key.startswith("SBS_") and values and not items.get(key):
            items[key] = values[0]
    return items


def write_layer_metadata(layer: QgsVectorLayer, items: Dict[str, str]) -> None:
    """The items as SBS_ keywords of the layer's QGIS metadata, the attribution also as its rights
    (so that a memory output in a chain of tools still credits its data)."""
    metadata = layer.metadata()
    for key, value in items.items():
        if value:
            metadata.addKeywords(key, [value])
    if items.get(ATTRIBUTION):
        metadata.setRights([items[ATTRIBUTION]])
    layer.setMetadata(metadata)


#: a heading some data sets put before their credits ("Sources and licences: ..."): the report
#: prints its own
_HEADING = re.compile(r"^\s*(sources?( and licen[cs]es?)?|credits?|attribution)\s*:\s*", re.IGNORECASE)


def attribution_of(layer: Optional[QgsVectorLayer]) -> str:
    """The attribution of one layer (see the module docstring), or ""."""
    if layer is None:
        return ""
    items = metadata_of(layer)
    if items.get(ATTRIBUTION):
        text = items[ATTRIBUTION]
    elif items.get("ATTRIBUTION"):  # a data set's own GDAL metadata item (the US sample has one)
        text = items["ATTRIBUTION"]
    elif items.get("DESCRIPTION"):
        text = items["DESCRIPTION"]
    else:
        metadata = layer.metadata()
        text = " ".join(p.strip() for p in list(metadata.rights()) + list(metadata.licenses()) if p and p.strip())
    return _HEADING.sub("", text.strip())


def attribution(parameters: dict, names: Iterable[str], context) -> str:
    """The attributions of the layers of several parameters, each once, in order."""
    seen: List[str] = []
    for name in names:
        text = attribution_of(layer_of(parameters, name, context))
        if text and text not in seen:
            seen.append(text)
    return " ".join(seen)


def write_metadata(dest_id: Optional[str], items: Dict[str, str]) -> bool:
    """Store metadata items in a GeoPackage output layer (others are left as they are)."""
    if not dest_id or not items:
        return False
    from osgeo import gdal, ogr

    path, _, options = str(dest_id).partition("|")
    if not path.lower().endswith(".gpkg"):
        return False
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path, 1)
        if dataset is None:
            return False
        name = options[len("layername="):].split("|")[0] if options.startswith("layername=") else None
        layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
        if layer is None:
            return False
        for key, value in items.items():
            if value:
                layer.SetMetadataItem(key, value)
        dataset = None
        return True
    finally:
        gdal.PopErrorHandler()
