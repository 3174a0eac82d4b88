"""The outputs of one run: written aside, committed together, removed on failure or cancel.

QGIS writes a sink feature by feature into its destination, so a run that fails or is cancelled
half-way would leave a half-written file, and a run into an existing file would have destroyed
the good one before it failed. :class:`Outputs` avoids both:

* a destination file that already exists is written under a temporary name beside it (the same
  folder, so the final rename is atomic) and replaces the old file only in :meth:`Outputs.commit`;
  a layer written into an existing GeoPackage (``ogr:dbname=… table=…``) goes to a temporary
  table, renamed over the old one at commit;
* whatever a run created is deleted by :meth:`Outputs.discard`, which runs on any exception and
  whenever the run ends without a commit (a cancel); an existing file or table is never touched.

Memory and temporary outputs are left to QGIS.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorLayer,
)

from ..compat import FAST_INSERT, FIELD_DOUBLE, FIELD_INT, FIELD_STRING, new_field
from .translate import tr

#: files that belong to a GeoPackage/SQLite output or a shapefile beside the main file
SIDECARS = ("-wal", "-shm", "-journal")
SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qmd", ".sbn", ".sbx")
_KINDS = {"int": FIELD_INT, "double": FIELD_DOUBLE, "string": FIELD_STRING}
_OGR = re.compile(r"^ogr:dbname='?(?P<path>[^']+?)'?\s+table=\"?(?P<table>[^\"\s]+)\"?", re.IGNORECASE)


def fields_of(specs) -> QgsFields:
    """QgsFields from (name, kind) specs of :mod:`..core.schema` (kind: int, double, string)."""
    fields = QgsFields()
    for name, kind in specs:
        fields.append(new_field(name, _KINDS.get(kind, kind)))
    return fields


def _parts(path: str) -> List[str]:
    """A file and the sidecar files that belong to it."""
    stem, ext = os.path.splitext(path)
    others = [path + s for s in SIDECARS]
    if ext.lower() == ".shp":
        others += [stem + e for e in SHAPEFILE_PARTS] + [stem + e.upper() for e in SHAPEFILE_PARTS]
    return [path] + others


def remove_file(path: str) -> None:
    """Delete a file with its sidecars; an undeletable file is left as it is."""
    for name in _parts(path):
        try:
            if os.path.exists(name):
                os.remove(name)
        except OSError:
            pass


def _gpkg_layers(path: str) -> List[str]:
    from osgeo import ogr

    dataset = ogr.Open(path)
    if dataset is None:
        return []
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    return names


def _drop_layer(path: str, table: str) -> None:
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    if dataset is None:
        return
    for i in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(i).GetName() == table:
            dataset.DeleteLayer(i)
            break
    dataset = None


def discard_output(dest_id: Optional[str]) -> None:
    """Remove a file output (with its sidecars) or a layer written into a database
    (``path|layername=x``, the database and its other layers kept). Never raises."""
    if not dest_id:
        return
    path, _, options = str(dest_id).partition("|")
    if not os.path.isfile(path):
        return
    try:
        if options.startswith("layername="):
            _drop_layer(path, options[len("layername="):].split("|")[0])
        else:
            remove_file(path)
    except Exception:  # noqa: BLE001  (a cancel or a failure must not turn into a second error)
        pass


@dataclass
class _Entry:
    name: str
    dest_id: str
    sink: Any
    final_path: Optional[str] = None  # the file to replace at commit (temporary file written)
    temp_path: Optional[str] = None
    database: Optional[str] = None  # GeoPackage written into: the final and temporary table names
    final_table: Optional[str] = None
    temp_table: Optional[str] = None
    created: Optional[str] = None  # a file the run created (deleted by discard)
    created_database: bool = False  # ``created`` is a GeoPackage the run writes a layer into
    created_table: bool = False  # a new layer in an existing GeoPackage (dropped by discard)
    fields: Optional[QgsFields] = None


def _destination(value: Any) -> Optional[str]:
    """The destination string of a sink parameter value, or None."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink
        return sink.staticValue() if sink.propertyType() == QgsProperty.Type.StaticProperty else None
    return value if isinstance(value, str) else None


def _with_destination(value: Any, destination: str) -> Any:
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(destination)
        return copy
    return destination


class Outputs:
    """The sinks of one algorithm run. Use as a context manager and call :meth:`commit` at the end."""

    def __init__(self, algorithm, parameters: dict, context, feedback):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.entries: Dict[str, _Entry] = {}
        self.committed = False
        #: metadata items written into every GeoPackage output at commit (see provenance.py)
        self.metadata: Dict[str, str] = {}

    def __enter__(self) -> "Outputs":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if not self.committed:
            self.discard()
        return False

    # -- creating
    def sink(self, name: str, fields: QgsFields, wkb_type, crs, optional: bool = False):
        """(sink, destination id) of the sink parameter ``name``; (None, None) for an optional output
        the user left out. A destination that QGIS cannot create is a QgsProcessingException."""
        value = self.parameters.get(name)
        destination = _destination(value)
        params = dict(self.parameters)
        entry = _Entry(name=name, dest_id="", sink=None)
        if destination and not destination.startswith(("memory:", "TEMPORARY_OUTPUT")):
            ogr_match = _OGR.match(destination)
            if ogr_match:
                path, table = ogr_match.group("path"), ogr_match.group("table")
                if os.path.isfile(path) and table in _gpkg_layers(path):
                    entry.database, entry.final_table = path, table
                    entry.temp_table = f"{table}_sbs_{uuid.uuid4().hex[:8]}"
                    start, end = ogr_match.span("table")  # the table name, not its first occurrence (the path)
                    params[name] = _with_destination(value, destination[:start] + entry.temp_table + destination[end:])
                elif os.path.isfile(path):
                    entry.created_table, entry.database, entry.final_table = True, path, table
                elif not os.path.exists(path):
                    entry.created, entry.created_database = path, True
            elif os.path.isdir(destination):
                raise QgsProcessingException(self.algorithm.tr(
                    "Parameter {0}: {1} is a folder; give a file name.").format(name, destination))
            elif os.path.isfile(destination):
                stem, ext = os.path.splitext(destination)
                entry.final_path = destination
                entry.temp_path = f"{stem}.sbs-{uuid.uuid4().hex[:8]}{ext}"
                params[name] = _with_destination(value, entry.temp_path)
            else:
                entry.created = destination
        sink, dest_id = self.algorithm.parameterAsSink(params, name, self.context, fields, wkb_type, crs)
        if sink is None:
            if optional and not value:
                return None, None
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, name))
        entry.sink, entry.dest_id, entry.fields = sink, dest_id, fields
        if crs is None or not crs.isValid():
            self._without_crs(dest_id)
        self.entries[name] = entry
        return sink, dest_id

    def _without_crs(self, dest_id: str) -> None:
        """A memory layer made with an invalid CRS is EPSG:4326 (the memory provider's default):
        a layer without CRS gives outputs without CRS, not lon/lat ones."""
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, self.context, False)
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "memory" and layer.crs().isValid():
            layer.setCrs(QgsCoordinateReferenceSystem())

    def add(self, name: str, feature: QgsFeature, what: str = "") -> None:
        """Write one feature; a failure names the output and the unit (``what``)."""
        if not self.entries[name].sink.addFeature(feature, FAST_INSERT):
            error = self.algorithm.writeFeatureError(self.entries[name].sink, self.parameters, name)
            raise QgsProcessingException(f"{error} ({what})" if what else error)

    def add_unit(self, name: str, record, attributes: list, wkb_type, converted: list) -> None:
        """Write one input unit with ``attributes``, its geometry made writable for the layer type
        (the polygon parts of a GeometryCollection); ``converted`` collects the units so changed."""
        from .geometry import writable

        geometry, changed = writable(record.feature.geometry(), wkb_type)
        if changed:
            converted.append(record.label())
        feature = QgsFeature(self.entries[name].fields)
        feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        self.add(name, feature, tr("unit {0}").format(record.label()))

    # -- ending
    def _close(self) -> None:
        for entry in self.entries.values():
            entry.sink = None  # flushes and closes the file

    def commit(self) -> Dict[str, str]:
        """Close every sink and put the new files and tables in place; returns name -> final id."""
        self._close()
        final: Dict[str, str] = {}
        rename: Dict[str, str] = {}
        for name, entry in self.entries.items():
            dest = entry.dest_id
            if entry.temp_path:
                stem_t, _ = os.path.splitext(entry.temp_path)
                stem_f, _ = os.path.splitext(entry.final_path)
                remove_file(entry.final_path)
                for part in _parts(entry.temp_path):
                    if os.path.exists(part):
                        os.replace(part, stem_f + part[len(stem_t):])
                dest = dest.replace(entry.temp_path, entry.final_path)
            elif entry.temp_table:
                _drop_layer(entry.database, entry.final_table)
                from osgeo import ogr

                dataset = ogr.Open(entry.database, 1)
                dataset.ExecuteSQL(f'ALTER TABLE "{entry.temp_table}" RENAME TO "{entry.final_table}"')
                dataset = None
                dest = dest.replace(entry.temp_table, entry.final_table)
            if dest != entry.dest_id:
                rename[entry.dest_id] = dest
            final[name] = dest
        if rename:
            layers = self.context.layersToLoadOnCompletion()
            self.context.setLayersToLoadOnCompletion({rename.get(k, k): v for k, v in layers.items()})
        if self.metadata:
            from .provenance import write_layer_metadata, write_metadata

            for dest in final.values():
                if not write_metadata(dest, self.metadata):  # not a GeoPackage: a memory layer, a file
                    layer = QgsProcessingUtils.mapLayerFromString(dest, self.context)
                    if isinstance(layer, QgsVectorLayer):
                        write_layer_metadata(layer, self.metadata)
        self.committed = True
        return final

    def discard(self) -> None:
        """Remove what the run wrote; existing files and tables are untouched."""
        self._close()
        databases = []  # GeoPackages the run created
        for entry in self.entries.values():
            if entry.temp_path:
                remove_file(entry.temp_path)
            elif entry.temp_table:
                discard_output(f"{entry.database}|layername={entry.temp_table}")
            elif entry.created_table:  # by the table name asked for, whatever form the id takes
                discard_output(f"{entry.database}|layername={entry.final_table}")
                discard_output(entry.dest_id)
            elif entry.created_database:
                databases.append(entry.created)
            elif entry.created:
                discard_output(entry.dest_id)
                remove_file(entry.created)
        for path in databases:  # at the end: a second output of the run may have added its table to it;
            remove_file(path)  # every layer in a GeoPackage the run created is the run's
        self.entries.clear()
