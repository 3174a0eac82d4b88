"""Geometry that goes into outputs: the types a sink takes, and alliance outlines without slivers."""

from __future__ import annotations

from typing import List, Optional, Tuple

from qgis.core import QgsGeometry, QgsWkbTypes

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
    converted = geometry.convertToType(target, QgsWkbTypes.isMultiType(wkb_type))
    if converted is None or converted.isNull():
        return QgsGeometry(), True
    return converted, True


def polygon_union(parts: List[QgsGeometry]) -> QgsGeometry:
    """The dissolve of polygons as a multipolygon (empty when nothing is left)."""
    geometry = QgsGeometry.unaryUnion([g for g in parts if g is not None and not g.isEmpty()])
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.geometryType(geometry.wkbType()) != POLYGON_GEOMETRY:
        geometry = geometry.convertToType(POLYGON_GEOMETRY, True) or QgsGeometry()
    if not geometry.isEmpty():
        geometry.convertToMultiType()
    return geometry


def fill_slivers(geometry: QgsGeometry, measure_area, measure_perimeter, max_width: float) -> QgsGeometry:
    """The polygon without the holes thinner than ``max_width`` metres (mean width 2·area/perimeter).

    Dissolving real boundary data leaves hundreds of hairline holes where neighbours do not quite
    meet; the units were neighbours within the adjacency tolerance, so their gaps go too. Real
    holes (a unit enclosed by the alliance but not in it) are kilometres wide and stay.
    ``measure_area``/``measure_perimeter`` take a polygon geometry and give m² and m.
    """
    if max_width <= 0 or geometry.isEmpty():
        return geometry
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    kept, dropped = [], 0
    for rings in polygons:
        if not rings:
            continue
        outer, holes = rings[0], []
        for ring in rings[1:]:
            hole = QgsGeometry.fromPolygonXY([ring])
            perimeter = measure_perimeter(hole)
            if perimeter > 0 and 2.0 * measure_area(hole) / perimeter < max_width:
                dropped += 1
            else:
                holes.append(ring)
        kept.append([outer] + holes)
    if not dropped:
        return geometry
    return QgsGeometry.fromMultiPolygonXY(kept)
