"""Nothing lost: the dock's layers live next to the project, and the plan can be exported.

The algorithms write memory layers while the analyst works. When the project is written
(``QgsProject.writeProject``, emitted before the layers are), every dock layer still in memory
is copied into one GeoPackage next to the project (``<project>_small_but_strong.gpkg``, or the
file the analyst chose) and switched to it, so the saved project points at that file and never
at memory or a temporary folder. An unsaved project is asked where on its first save, when the
dock has a desktop to ask on. Tables of a previous run that no layer uses any more are deleted.
"""

from __future__ import annotations

import csv
import os
from typing import Callable, Dict, List, Optional

from qgis.core import QgsDataProvider, QgsProject, QgsVectorFileWriter, QgsVectorLayer

from ..core import schema
from ..processing.translate import tr
from .layers import DockLayers

SCOPE = "SmallButStrong"
SUFFIX = "_small_but_strong.gpkg"


class StoreError(RuntimeError):
    """A layer could not be written."""


def write_layer(layer: QgsVectorLayer, path: str, table: str) -> None:
    """``layer`` into the GeoPackage ``path`` as ``table`` (the file is created when missing)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
                                    if os.path.exists(path) else
                                    QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsProject.instance().transformContext(),
                                                       options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise StoreError(tr("{0} could not be written to {1}: {2}").format(layer.name(), path, result[1]))


class ResultStore:
    """Where the dock's layers go when the project is saved."""

    def __init__(self, layers: DockLayers, ask: Optional[Callable[[str], Optional[str]]] = None,
                 on_switched: Optional[Callable[[List[str]], None]] = None):
        self.layers = layers
        self.ask = ask
        self.on_switched = on_switched
        #: the GeoPackage chosen for this project ("" = next to the project)
        self.path = ""
        self.serial = 0

    def disconnect(self) -> None:
        self.ask = self.on_switched = None

    @staticmethod
    def default_path() -> str:
        project = QgsProject.instance()
        name = project.fileName()
        if not name:
            return ""
        stem = os.path.splitext(os.path.basename(name))[0]
        return os.path.join(os.path.dirname(os.path.abspath(name)), stem + SUFFIX)

    def target(self) -> str:
        return self.path or self.default_path()

    def choose(self, path: str) -> None:
        self.path = path
        QgsProject.instance().writeEntry(SCOPE, "store", path)

    def restore(self) -> None:
        project = QgsProject.instance()
        text, ok = project.readEntry(SCOPE, "store", "")
        self.path = text if ok else ""
        serial, ok = project.readNumEntry(SCOPE, "store_serial", 0)
        self.serial = int(serial) if ok else 0

    def in_memory(self) -> Dict[str, QgsVectorLayer]:
        out = {}
        for role in list(self.layers.ids):
            layer = self.layers.get(role)
            if layer is not None and layer.providerType() == "memory":
                out[role] = layer
        return out

    def save_layers(self) -> List[str]:
        """Store every dock layer still in memory; the roles switched. Called from the dock's
        ``writeProject`` slot, before QGIS writes the layers, so the project saves the new sources."""
        pending = self.in_memory()
        if not pending:
            return []
        if not self.path and self.ask is not None and not os.path.exists(self.default_path()):
            chosen = self.ask(self.default_path())
            if chosen:
                self.choose(chosen)
        path = self.target()
        if not path:
            return []
        self.serial += 1
        QgsProject.instance().writeEntry(SCOPE, "store_serial", self.serial)
        switched = []
        for role, layer in pending.items():
            table = f"{role}_{self.serial}"
            write_layer(layer, path, table)
            layer.setDataSource(f"{path}|layername={table}", layer.name(), "ogr", QgsDataProvider.ProviderOptions())
            if layer.isValid():
                switched.append(role)
        self._drop_unused_tables(path)
        if switched and self.on_switched is not None:
            self.on_switched(switched)
        return switched

    @staticmethod
    def _drop_unused_tables(path: str) -> None:
        """Tables of earlier saves that no layer of the project reads any more (best effort)."""
        used = set()
        for layer in QgsProject.instance().mapLayers().values():
            source = layer.source()
            if os.path.abspath(source.split("|")[0]) == os.path.abspath(path) and "layername=" in source:
                used.add(source.split("layername=")[1].split("|")[0])
        try:
            from osgeo import ogr

            dataset = ogr.Open(path, 1)
            if dataset is None:
                return
            for i in reversed(range(dataset.GetLayerCount())):
                name = dataset.GetLayerByIndex(i).GetName()
                if name not in used and name.split("_")[-1].isdigit():
                    dataset.DeleteLayer(i)
            dataset = None
        except Exception:  # noqa: BLE001  (a locked file keeps its old tables: harmless)
            pass

    # -- export ------------------------------------------------------------------------------
    @staticmethod
    def export_plan(gpkg_path: str, csv_path: str, alliances: QgsVectorLayer, units: QgsVectorLayer,
                    rows: List[list]) -> None:
        """The plan as a GeoPackage (alliances, units) and a CSV of unit id -> alliance id."""
        if gpkg_path:
            if os.path.exists(gpkg_path):
                os.remove(gpkg_path)
            write_layer(alliances, gpkg_path, "alliances")
            write_layer(units, gpkg_path, "units")
        if csv_path:
            with open(csv_path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["unit_id", "unit_name", schema.ALLIANCE_ID, "alliance_name", schema.ROLE,
                                 schema.STATUS])
                writer.writerows(rows)
