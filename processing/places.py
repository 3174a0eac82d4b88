"""Where things are: units' representative points, which unit holds a point, facilities and demand.

Shared by ``servicegaps`` and ``sitefacilities`` so that a facility, a demand point or a unit's
point means the same in both. Facilities and origins are read with the crash-safe reader into the
units' CRS; every part of a MultiPoint is a point of its own; a point that cannot be transformed
or lies in no unit is counted and reported, never silently lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsExpressionContextScope,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
)

from .translate import tr
from .units_io import UnitRecord, read_features
from .values import id_list, to_float, truth

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def representative_point(geometry: QgsGeometry, to_wgs: Optional[QgsCoordinateTransform],
                         from_wgs: Optional[QgsCoordinateTransform]) -> Optional[QgsPointXY]:
    """The centroid if it lies inside the unit, else a point on its surface; chosen in WGS 84 lon/lat
    (for a valid CRS) so that the same unit gives the same point whatever its layer's CRS."""
    if geometry is None or geometry.isEmpty():
        return None
    work = QgsGeometry(geometry)
    transformed = to_wgs is not None
    if transformed:
        try:
            work.transform(to_wgs)
        except QgsCsException:
            work, transformed = QgsGeometry(geometry), False
    point = work.centroid()
    if point.isEmpty() or not work.intersects(point):
        surface = work.pointOnSurface()
        if not surface.isEmpty():
            point = surface
    if point.isEmpty():
        return None
    xy = point.asPoint()
    if transformed:
        try:
            xy = from_wgs.transform(xy)
        except QgsCsException:
            return None
    return QgsPointXY(xy)


def points_of(geometry: QgsGeometry) -> List[QgsPointXY]:
    """Every point of a point geometry: one for a Point, each part of a MultiPoint."""
    if geometry is None or geometry.isEmpty():
        return []
    if geometry.isMultipart():
        return [QgsPointXY(p) for p in geometry.asMultiPoint()]
    return [QgsPointXY(geometry.asPoint())]


class UnitLocator:
    """Which unit holds a point: a spatial index of the units' boxes and prepared GEOS engines."""

    def __init__(self, records: Sequence[UnitRecord]):
        self.records = list(records)
        self.index = QgsSpatialIndex()
        for n, record in enumerate(self.records):
            if not record.empty:
                self.index.addFeature(n, record.geometry.boundingBox())
        self._engines: Dict[int, tuple] = {}

    def units_at(self, point: QgsPointXY) -> List[int]:
        """Indices of the units whose polygon holds ``point`` (its boundary included), sorted."""
        found = []
        point_geom = QgsGeometry.fromPointXY(point)
        for n in self.index.intersects(QgsRectangle(point, point)):
            held = self._engines.get(n)
            if held is None:
                geom = self.records[n].geometry  # kept with its engine, which points into it
                engine = QgsGeometry.createGeometryEngine(geom.constGet())
                engine.prepareGeometry()
                held = self._engines[n] = (engine, geom)
            if held[0].intersects(point_geom.constGet()):
                found.append(n)
        return sorted(found)


@dataclass
class Facilities:
    """Facility points in the units' CRS, with a capacity each."""

    points: List[QgsPointXY] = field(default_factory=list)
    capacity: List[float] = field(default_factory=list)
    #: feature id of each point (a MultiPoint gives several points of one feature)
    fids: List[int] = field(default_factory=list)
    kept_features: int = 0
    null_capacity: int = 0
    negative_capacity: List[int] = field(default_factory=list)
    multipart: int = 0
    not_transformed: int = 0


def facility_filter(algorithm, parameters, name: str, context, facilities) -> Optional[QgsExpression]:
    """The parsed filter expression of ``name`` (None when empty); a filter without facilities, a
    parse error or a missing field is refused."""
    text = algorithm.parameterAsString(parameters, name, context)
    if not text or not text.strip():
        return None
    if facilities is None:
        raise QgsProcessingException(tr("Parameter {0}: a filter needs a FACILITIES layer to apply to.").format(name))
    return algorithm.expression(parameters, name, context, facilities)


def read_facilities(algorithm, parameters, context, feedback, source, crs, expression: Optional[QgsExpression],
                    capacity_field: Optional[str], filter_parameter: str,
                    capacity_parameter: str = "CAPACITY_FIELD") -> Optional[Facilities]:
    """Facility points of ``source`` in ``crs``: filtered by ``expression`` (the plugin's truth rule),
    weighted by ``capacity_field`` (NULL counts 0; a negative capacity is refused, naming
    ``capacity_parameter`` and the field). None on cancel."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    expr_context = None
    if expression is not None:
        expr_context = algorithm.createExpressionContext(parameters, context, source)
        scope = QgsExpressionContextScope()
        scope.setFields(source.fields())
        expr_context.appendScope(scope)
        expression.prepare(expr_context)
    capacity_idx = source.fields().lookupField(capacity_field) if capacity_field else -1
    out = Facilities()
    for feature in read_features(source, request):
        if feedback.isCanceled():
            return None
        if expression is not None:
            expr_context.setFeature(feature)
            keep = expression.evaluate(expr_context)
            if expression.hasEvalError():
                raise QgsProcessingException(tr("Parameter {0}: the expression {1} fails on facility {2}: {3}").format(
                    filter_parameter, expression.expression(), feature.id(), expression.evalErrorString()))
            if not truth(keep):
                continue
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            if feature.hasGeometry():
                out.not_transformed += 1
            continue
        points = points_of(geometry)
        if len(points) > 1:
            out.multipart += 1
        capacity = 1.0
        if capacity_idx >= 0:
            capacity = to_float(feature.attributes()[capacity_idx])
            if capacity is None:
                out.null_capacity += 1
                capacity = 0.0
            elif capacity < 0:
                out.negative_capacity.append(feature.id())
        out.kept_features += 1
        for point in points:
            out.points.append(point)
            out.capacity.append(capacity)
            out.fids.append(feature.id())
    if out.negative_capacity:
        # the parameter and the field lead the message (names, not words: nothing to translate)
        raise QgsProcessingException(f'{capacity_parameter} ("{capacity_field}"): ' + tr(
            "The capacity field has a negative value for {0} facilit(ies) (feature ids {1}): a capacity cannot be "
            "negative. Correct the values or filter these facilities out.").format(
                len(out.negative_capacity), id_list(out.negative_capacity)))
    return out


@dataclass
class DemandPoints:
    """Where each unit's demand sits: origin points inside it, or its representative point."""

    points: List[Optional[QgsPointXY]] = field(default_factory=list)
    unit: List[int] = field(default_factory=list)
    #: share of the unit's demand at each point (sums to 1 per unit)
    weight: List[float] = field(default_factory=list)
    #: per unit, the indices of its demand points
    of_unit: List[List[int]] = field(default_factory=list)


def demand_points(unit_points: Sequence[Optional[QgsPointXY]], locator: UnitLocator,
                  origins: Optional[List[Tuple[QgsPointXY, float]]] = None, feedback=None) -> DemandPoints:
    """The demand points of every unit; ``origins`` are (point, population) in the units' CRS."""
    per_unit: Dict[int, List[Tuple[QgsPointXY, float]]] = {}
    if origins:
        outside = 0
        for point, weight in origins:
            inside = locator.units_at(point)
            if not inside:
                outside += 1
                continue
            per_unit.setdefault(inside[0], []).append((point, weight))
        if outside and feedback is not None:
            feedback.pushWarning(tr("{0} origin point(s) lie in no unit and are left out.").format(outside))
    out = DemandPoints(of_unit=[[] for _ in unit_points])
    fallback = []
    for n, unit_point in enumerate(unit_points):
        points = per_unit.get(n)
        if points:
            total = sum(w for _p, w in points)
            for point, weight in points:
                out.of_unit[n].append(len(out.points))
                out.points.append(point)
                out.unit.append(n)
                out.weight.append(weight / total)
        else:
            if origins and unit_point is not None:
                fallback.append(locator.records[n].label())
            out.of_unit[n].append(len(out.points))
            out.points.append(unit_point)
            out.unit.append(n)
            out.weight.append(1.0)
    if fallback and feedback is not None:
        feedback.pushWarning(tr("{0} unit(s) contain no populated origin; their representative point is used: "
                                "{1}").format(len(fallback), id_list(fallback)))
    return out


def read_origins(source, crs, context, feedback, population_field: Optional[str]) -> Optional[List[Tuple[QgsPointXY, float]]]:
    """Populated origin points (villages, a population grid) in ``crs``; weights 1 without a field."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    idx = source.fields().lookupField(population_field) if population_field else -1
    out = []
    for feature in read_features(source, request):
        if feedback.isCanceled():
            return None
        weight = to_float(feature.attributes()[idx]) if idx >= 0 else 1.0
        if weight is None or weight <= 0:
            continue
        points = points_of(feature.geometry())
        for point in points:
            out.append((point, weight / len(points)))
    return out
