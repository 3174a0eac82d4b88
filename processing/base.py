"""What every Small but Strong algorithm shares: naming, translation, field checks, styling."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, List, Optional

from qgis.core import (
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon
from ..compat import (
    GEOMETRY_NO_CHECK,
    POINT_GEOMETRY,
    POLYGON_GEOMETRY,
    SOURCE_SKIP_GEOMETRY_CHECKS,
    new_field,
    save_style_to_database,
)

from ..__about__ import RESOURCES, __icon__

STYLES = RESOURCES / "styles"
TR_CONTEXT = "SmallButStrong"


def tr(text: str) -> str:
    """Translate with the plugin's single context (see resources/i18n)."""
    return QCoreApplication.translate(TR_CONTEXT, text)


class SbsAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, DISPLAY_NAME, GROUP and implement the rest."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "Analysis"
    GROUP_ID = "analysis"
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.HELP)

    def helpUrl(self) -> str:  # noqa: N802
        return ""

    def icon(self) -> QIcon:
        return QIcon(__icon__)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)


def is_null(value: Any) -> bool:
    """True for Python None, QGIS NULL (a null QVariant) and NaN."""
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    if isinstance(value, float) and math.isnan(value):
        return True
    return False


def to_float(value: Any) -> Optional[float]:
    """A number or None; text that is not a number also gives None."""
    if is_null(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def field_index(source: QgsFeatureSource, name: Optional[str], parameter: str,
                numeric: bool = False, required: bool = True) -> int:
    """Index of a field, or a QgsProcessingException that names it and the parameter."""
    if not name:
        if required:
            raise QgsProcessingException(
                tr("Parameter {0}: choose a field of the input layer.").format(parameter))
        return -1
    idx = source.fields().lookupField(name)
    if idx < 0:
        names = ", ".join(source.fields().names())
        raise QgsProcessingException(
            tr("Parameter {0}: the field \"{1}\" does not exist in the input layer. "
               "Available fields: {2}.").format(parameter, name, names))
    if numeric and not source.fields().at(idx).isNumeric():
        raise QgsProcessingException(
            tr("Parameter {0}: the field \"{1}\" is of type {2}, not numeric. Choose a numeric "
               "field or convert it with the Field calculator (to_real(\"{1}\")).").format(
                parameter, name, source.fields().at(idx).typeName()))
    return idx


def require_polygons(source: Optional[QgsFeatureSource], parameter: str) -> None:
    """Reject a missing source and a point/line layer with a message that says what to use."""
    if source is None:
        raise QgsProcessingException(tr("Parameter {0}: the layer could not be read.").format(parameter))
    if QgsWkbTypes.geometryType(source.wkbType()) != POLYGON_GEOMETRY:
        raise QgsProcessingException(
            tr("Parameter {0}: a polygon layer is needed (one feature per city/county), but the "
               "layer has {1} geometry.").format(
                parameter, QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType()))))


def require_points(source: Optional[QgsFeatureSource], parameter: str) -> None:
    """Reject a polygon/line layer given where points are expected (facilities, origins)."""
    if source is not None and QgsWkbTypes.geometryType(source.wkbType()) != POINT_GEOMETRY:
        raise QgsProcessingException(
            tr("Parameter {0}: a point layer is needed, but the layer has {1} geometry. Use its centroids "
               "(native:centroids) or points on surface (native:pointonsurface).").format(
                parameter, QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType()))))


def unchecked_request() -> QgsFeatureRequest:
    """A request that keeps features with invalid geometry: no unit may be silently dropped."""
    request = QgsFeatureRequest()
    request.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
    return request


def unchecked_features(source: QgsFeatureSource, request: Optional[QgsFeatureRequest] = None):
    """Every feature of ``source``, invalid geometries included, whatever the Processing setting.

    A request's own check is not enough for a Processing source: it applies the context's
    "invalid features" setting on top, which either drops the unit (skip) or aborts by throwing
    from inside the C++ iterator (abort), and in QGIS 3.22 the next run may then crash.
    """
    request = QgsFeatureRequest(request) if request is not None else unchecked_request()
    request.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, SOURCE_SKIP_GEOMETRY_CHECKS)
    return source.getFeatures(request)


def id_list(ids: List[Any], limit: int = 20) -> str:
    """Unit ids for a message: the first ``limit``, then "…"."""
    return ", ".join(str(i) for i in ids[:limit]) + (" …" if len(ids) > limit else "")


def is_invalid(geometry: Optional[QgsGeometry]) -> bool:
    """True for a non-empty geometry that GEOS finds invalid (a bow-tie, a self-intersecting ring)."""
    return geometry is not None and not geometry.isEmpty() and not geometry.isGeosValid()


def warn_invalid(feedback, ids: List[Any], consequence: str) -> None:
    """One warning naming the units with invalid geometry and what that means for them."""
    if ids:
        feedback.pushWarning(tr("{0} unit(s) have invalid geometry (e.g. a self-intersection): {1}. Repair the "
                                "layer with Fix geometries (native:fixgeometries). Units: {2}").format(
            len(ids), consequence, id_list(ids)))


def warn_ids(feedback, parameter: str, ids: List[tuple]) -> None:
    """Warn about NULL and repeated unit ids; ``ids`` are (feature id, id value) pairs.

    For algorithms that keep every unit anyway (the id only names units in messages and lists):
    the run goes on, and the warning says which features cannot be told apart.
    """
    nulls = [fid for fid, value in ids if is_null(value) or str(value).strip() == ""]
    if nulls:
        feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a NULL id (feature ids {2}); they are kept, "
                                "but messages cannot name them. Give every unit a unique id.").format(
            parameter, len(nulls), id_list(nulls)))
    seen, repeated = set(), []
    for _fid, value in ids:
        if is_null(value) or str(value).strip() == "":
            continue
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    if repeated:
        feedback.pushWarning(tr("Parameter {0}: {1} id(s) repeat: {2}; the units are kept, but messages and member "
                                "lists cannot tell them apart. Give every unit a unique id.").format(
            parameter, len(repeated), id_list(repeated)))


def warn_if_empty(feedback, count: int, parameter: str) -> None:
    """Say so when a run has no unit to work on (an empty layer, or an empty selection)."""
    if count == 0:
        feedback.pushWarning(tr("Parameter {0}: there is no unit to work on (the layer is empty, or \"selected "
                                "features only\" is on and nothing is selected): the output is empty.").format(
            parameter))


#: files that belong to a GeoPackage/SQLite output or a shapefile beside the main file
_SIDECARS = ("-wal", "-shm", "-journal")
_SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qmd", ".sbn", ".sbx")


def discard_output(dest_id: Optional[str]) -> None:
    """Remove what a canceled run had started to write to a sink; call it after ``del sink``.

    QGIS writes sink outputs feature by feature and keeps whatever was written when the
    algorithm returns early, so a canceled run would leave a half-written file. A file
    destination (``/path/out.gpkg``, ``out.shp``) is deleted with its journal and sidecar files;
    a layer written into an existing database (``/path/db.gpkg|layername=x``, from an ``ogr:``
    destination) is dropped from it, the database and its other layers are kept; memory and
    temporary-layer ids are left to QGIS. Never raises: a cancel must not turn into an error.
    """
    if not dest_id:
        return
    path, _, options = str(dest_id).partition("|")
    if not os.path.isfile(path):
        return
    try:
        if options.startswith("layername="):
            from osgeo import ogr

            name = options[len("layername="):].split("|")[0]
            dataset = ogr.Open(path, 1)
            if dataset is not None:
                for i in range(dataset.GetLayerCount()):
                    if dataset.GetLayerByIndex(i).GetName() == name:
                        dataset.DeleteLayer(i)
                        break
                dataset = None
            return
        stem, ext = os.path.splitext(path)
        others = [path + s for s in _SIDECARS]
        if ext.lower() == ".shp":
            others += [stem + e for e in _SHAPEFILE_PARTS] + [stem + e.upper() for e in _SHAPEFILE_PARTS]
        for name in [path] + others:
            if os.path.exists(name):
                os.remove(name)
    except Exception:  # noqa: BLE001  (an undeletable file is left as it is)
        pass


def distance_area(source: QgsFeatureSource, context: QgsProcessingContext) -> QgsDistanceArea:
    """Ellipsoidal measurer in the source CRS, using the project ellipsoid or WGS 84."""
    da = QgsDistanceArea()
    da.setSourceCrs(source.sourceCrs(), context.transformContext())
    ellipsoid = context.ellipsoid() or (context.project().ellipsoid() if context.project() else "")
    if not ellipsoid or ellipsoid == "NONE":
        ellipsoid = "EPSG:7030"
    da.setEllipsoid(ellipsoid)
    return da


def make_fields(specs: List[tuple]) -> QgsFields:
    """QgsFields from (name, QVariant type) pairs (QVariant types exist in 3.22 and later)."""
    fields = QgsFields()
    for name, vtype in specs:
        fields.append(new_field(name, vtype))
    return fields


def list_of_numbers(text: str, parameter: str, count: int, default: float) -> List[float]:
    """Parse "1, 2.5, 1" into floats, one per composite field, or explain what is wrong."""
    if not text or not str(text).strip():
        return [default] * count
    parts = [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        values = [float(p) for p in parts]
    except ValueError as err:
        raise QgsProcessingException(
            tr("Parameter {0}: \"{1}\" is not a comma-separated list of numbers.").format(parameter, text)) from err
    if len(values) != count:
        raise QgsProcessingException(
            tr("Parameter {0}: {1} values given for {2} composite fields; give one per field.").format(
                parameter, len(values), count))
    return values


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a shipped QML to an output layer when it is loaded into the project.

    Processing keeps only a raw pointer to post-processors: the instances live in
    ``_KEEP`` so Python does not garbage-collect them before QGIS calls them.
    """

    def __init__(self, qml: Path, name: Optional[str] = None):
        super().__init__()
        self.qml = qml
        self.name = name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            apply_style(layer, self.qml)
            if self.name:
                layer.setName(self.name)


_KEEP: List[StylePostProcessor] = []


def apply_style(layer: QgsVectorLayer, qml: Path) -> None:
    """Load a QML and, for a GeoPackage, store it as the layer's default style there too."""
    layer.loadNamedStyle(str(qml))
    layer.triggerRepaint()
    if layer.providerType() == "ogr" and ".gpkg" in layer.source().lower():
        save_style_to_database(layer, layer.name(), "Small but Strong", True)


def style_output(context: QgsProcessingContext, dest_id: str, style_name: str,
                 layer_name: Optional[str] = None) -> None:
    """Register the post-processor that styles an output when QGIS loads it."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = StylePostProcessor(STYLES / f"{style_name}.qml", layer_name)
    _KEEP.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
