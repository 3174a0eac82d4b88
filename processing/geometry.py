"""Geometry that goes into outputs: the types a sink takes, and alliance outlines without slivers."""

from __future__ import annotations

from typing import List, Optional, Tuple

from qgis.core import QgsGeometry, QgsGeometryCollection, QgsPolygon, QgsWkbTypes

from ..compat import POLYGON_GEOMETRY, WKB_GEOMETRYCOLLECTION


def writable(geometry: Optional[QgsGeometry], wkb_type) -> Tuple[QgsGeometry, bool]:
    """``geometry`` in a form a sink of ``wkb_type`` accepts, and whether it had to change.

    A polygon layer may hold a GeometryCollection (a mixed GeoPackage, a union gone wrong) or a
    stray line: its parts of the sink's geometry type are kept (single/multi, Z and M are left to
    the sink, which converts them). Nothing convertible gives an empty geometry: the unit is
    still written.
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry(), False
    target = QgsWkbTypes.geometryType(wkb_type)
    if QgsWkbTypes.geometryType(geometry.wkbType()) == target and \
            QgsWkbTypes.flatType(geometry.wkbType()) != WKB_GEOMETRYCOLLECTION:
        return geometry, False
    if QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRYCOLLECTION:
        # convertToType() gives NULL for any collection in QGIS 3.22: its parts are taken out here
        parts = parts_of_type(geometry, target)
        if not parts:
            return QgsGeometry(), True
        if len(parts) == 1 and not QgsWkbTypes.isMultiType(wkb_type):
            return parts[0], True
        return QgsGeometry.collectGeometry(parts), True
    converted = geometry.convertToType(target, QgsWkbTypes.isMultiType(wkb_type))
    if converted is None or converted.isNull():
        return QgsGeometry(), True
    return converted, True


def parts_of_type(geometry: QgsGeometry, geometry_type) -> List[QgsGeometry]:
    """The non-empty parts of ``geometry`` of ``geometry_type`` (a QgsWkbTypes geometry type), with
    collections opened, nested ones too: the polygons of GEOMETRYCOLLECTION(POLYGON, LINESTRING)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    if QgsWkbTypes.flatType(geometry.wkbType()) != WKB_GEOMETRYCOLLECTION:
        return [geometry] if QgsWkbTypes.geometryType(geometry.wkbType()) == geometry_type else []
    out: List[QgsGeometry] = []
    for part in geometry.asGeometryCollection():
        out.extend(parts_of_type(part, geometry_type))
    return out


def polygon_union(parts: List[QgsGeometry]) -> QgsGeometry:
    """The dissolve of polygons as a multipolygon (empty when nothing is left); of a collection
    (a GeometryCollection unit) only the polygon parts count."""
    polygons = [p for g in parts for p in parts_of_type(g, POLYGON_GEOMETRY)]
    geometry = QgsGeometry.unaryUnion(polygons) if polygons else None
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.geometryType(geometry.wkbType()) != POLYGON_GEOMETRY or \
            QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRYCOLLECTION:
        found = parts_of_type(geometry, POLYGON_GEOMETRY)
        geometry = QgsGeometry.collectGeometry(found) if found else QgsGeometry()
    if not geometry.isEmpty():
        geometry.convertToMultiType()
    return geometry


def dissolve(parts: List[QgsGeometry]) -> QgsGeometry:
    """The union of the members' polygons as a multipolygon, as :func:`polygon_union`
    gives it, but one member at a time (``QgsGeometry.combine``, GEOS's binary union) instead of one
    ``unaryUnion`` of all: on the sample's detailed boundaries that is about 3x faster (the 32
    alliances of benchmarks/bench_spopt.py: 0.23 s instead of 0.67 s on QGIS 3.22 / GEOS 3.11,
    0.19 s instead of 0.54 s on 3.40 and 3.44 / GEOS 3.13), with the same vertices; computed
    crossing points may differ in the last bits. One polygon, a failed step or a result that is not
    polygonal goes through polygon_union as before."""
    polygons = [p for g in parts for p in parts_of_type(g, POLYGON_GEOMETRY)]
    if len(polygons) < 2:
        return polygon_union(parts)
    geometry = polygons[0]
    for other in polygons[1:]:
        geometry = geometry.combine(other)
        if geometry.isNull() or geometry.isEmpty():  # GEOS failed on this pair: the one union of all
            return polygon_union(parts)
    if QgsWkbTypes.geometryType(geometry.wkbType()) != POLYGON_GEOMETRY or \
            QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRYCOLLECTION:
        return polygon_union([geometry])  # its polygon parts
    geometry.convertToMultiType()
    return geometry


def fill_slivers(geometry: QgsGeometry, measure_area, measure_perimeter, max_width: float) -> QgsGeometry:
    """The polygon without the holes thinner than ``max_width`` metres (mean width 2·area/perimeter).

    Dissolving real boundary data leaves hundreds of hairline holes where neighbours do not quite
    meet; the units were neighbours within the adjacency tolerance, so their gaps go too. Real
    holes (a unit enclosed by the alliance but not in it) are kilometres wide and stay. A part that
    lay inside a hole now filled (a member's islet in a hairline gap) is covered by the filling and
    goes too, so the result stays a valid multipolygon. ``measure_area``/``measure_perimeter`` take
    a polygon geometry and give m² and m. The holes are read and removed in place on a copy (no
    conversion of every vertex to Python points).
    """
    if max_width <= 0 or geometry.isEmpty():
        return geometry
    result = QgsGeometry(geometry)
    shape = result.get()
    parts = [shape.geometryN(i) for i in range(shape.numGeometries())] if isinstance(
        shape, QgsGeometryCollection) else [shape]
    filled = []
    for polygon in parts:
        if not isinstance(polygon, QgsPolygon):
            continue
        for k in reversed(range(polygon.numInteriorRings())):
            ring = QgsPolygon()
            ring.setExteriorRing(polygon.interiorRing(k).clone())
            hole = QgsGeometry(ring)
            perimeter = measure_perimeter(hole)
            if perimeter > 0 and 2.0 * measure_area(hole) / perimeter < max_width:
                polygon.removeInteriorRing(k)
                filled.append(hole)
    if not filled:
        return geometry
    if len(parts) > 1:
        inside = [i for i, part in enumerate(parts) if any(
            hole.boundingBox().contains(part.boundingBox()) and hole.contains(QgsGeometry(part.clone()))
            for hole in filled)]
        for i in reversed(inside):
            shape.removeGeometry(i)
    return result


def warn_converted(feedback, converted: List[str]) -> None:
    """The one warning for units written with another geometry type than their layer's."""
    if converted:
        from .translate import tr
        from .values import id_list

        feedback.pushWarning(tr("{0} unit(s) have a geometry of another type than the layer's (e.g. a "
                                "GeometryCollection); their polygon parts are written: {1}").format(
            len(converted), id_list(converted)))
