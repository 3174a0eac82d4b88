"""The one distance service: correct in any CRS, across the antimeridian, and for layers without one.

* **Points** (facilities, demand points, unit points, hubs) are placed on the WGS 84 ellipsoid as
  geocentric (ECEF) coordinates in metres. A straight chord is never longer than the ellipsoidal
  path between two points, so a SciPy k-d tree over ECEF finds every point within a distance (a
  superset, then measured exactly) and the nearest one (the nearest by chord, then every point
  within that chord's distance measured exactly) with no projection, no longitude wrap and no
  special case at the poles. Exact distances are ellipsoidal (:class:`QgsDistanceArea`).
* **Polygons** measured against each other (neighbours within a tolerance) are taken to a metric
  CRS: the layer's own when it is projected in metres, otherwise a Lambert azimuthal equal-area
  projection centred on the units being measured, with the centre found as the mean of their unit
  vectors (so a layer across the antimeridian is centred there, and units that take no part do not
  move the centre).
* **A layer without a valid CRS**: coordinates are taken as metres (planar distances), and the
  algorithm says so once.
"""

from __future__ import annotations

import math
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
)

from ..compat import DISTANCE_METERS
from .translate import tr

try:
    from scipy.spatial import cKDTree
except ImportError:  # pragma: no cover - every QGIS distribution ships SciPy
    cKDTree = None

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: WGS 84 ellipsoid: semi-major axis (m) and first eccentricity squared
_A = 6378137.0
_E2 = 6.69437999014e-3
NO_CRS_WARNING = ("The layer {0} has no valid CRS: its coordinates are taken as metres and distances are "
                  "measured on the plane. Set the layer's CRS (Layer Properties ▸ Source) for correct distances.")


def places_on_earth(crs: QgsCoordinateReferenceSystem) -> bool:
    """True for a CRS that says where the coordinates are. A GeoPackage layer without a CRS (srs_id 0
    or -1) comes with GDAL's "Undefined geographic SRS" / "Undefined Cartesian SRS": valid for QGIS,
    but without any place; it gets the rule of a layer without CRS, not a guess in degrees."""
    if not crs.isValid():
        return False
    return bool(crs.authid()) or not crs.description().lower().startswith("undefined")


def finite_box(geometry: Optional[QgsGeometry]) -> bool:
    """A geometry with a bounding box of finite numbers (a transform beyond a projection's domain can
    give infinite coordinates; a spatial index fed one crashes QGIS)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return False
    box = geometry.boundingBox()
    return all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))


def ecef(lonlat: np.ndarray) -> np.ndarray:
    """Geocentric coordinates (metres) of (lon, lat) degrees on the WGS 84 ellipsoid."""
    lonlat = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    lon, lat = np.radians(lonlat[:, 0]), np.radians(lonlat[:, 1])
    n = _A / np.sqrt(1.0 - _E2 * np.sin(lat) ** 2)
    return np.column_stack([n * np.cos(lat) * np.cos(lon), n * np.cos(lat) * np.sin(lon),
                            n * (1.0 - _E2) * np.sin(lat)])


class Geodesy:
    """Distances for one layer CRS (see the module docstring)."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, transform_context: Optional[QgsCoordinateTransformContext]
                 = None, ellipsoid: Optional[str] = None):
        self.crs = crs
        self.valid = places_on_earth(crs)
        self.context = transform_context or QgsCoordinateTransformContext()
        self.da = QgsDistanceArea()
        if self.valid:
            self.to_wgs = QgsCoordinateTransform(crs, WGS84, self.context)
            self.from_wgs = QgsCoordinateTransform(WGS84, crs, self.context)
            self.da.setSourceCrs(WGS84, self.context)
            self.da.setEllipsoid(ellipsoid if ellipsoid and ellipsoid != "NONE" else "EPSG:7030")
        else:
            self.to_wgs = self.from_wgs = None
            self.da.setSourceCrs(crs, self.context)  # no ellipsoid: planar, in layer units

    @classmethod
    def for_source(cls, source, context) -> "Geodesy":
        ellipsoid = context.ellipsoid() or (context.project().ellipsoid() if context.project() else "")
        return cls(source.sourceCrs(), context.transformContext(), ellipsoid)

    def warn_if_no_crs(self, feedback, layer_name: str) -> None:
        if not self.valid:
            feedback.pushWarning(tr(NO_CRS_WARNING).format(layer_name))

    # -- points
    def lonlat(self, points: Sequence[Optional[QgsPointXY]]) -> np.ndarray:
        """(n, 2) lon/lat degrees; NaN for None or a point outside the CRS's domain (valid CRS only)."""
        out = np.full((len(points), 2), np.nan)
        for i, point in enumerate(points):
            if point is None:
                continue
            try:
                ll = self.to_wgs.transform(point)
            except QgsCsException:
                continue
            out[i] = (ll.x(), ll.y())
        return out

    def xyz(self, points: Sequence[Optional[QgsPointXY]]) -> np.ndarray:
        """(n, 3) metres in one Cartesian frame: ECEF for a valid CRS, (x, y, 0) without one; NaN rows
        for missing points."""
        if self.valid:
            return ecef(self.lonlat(points))
        out = np.full((len(points), 3), np.nan)
        for i, point in enumerate(points):
            if point is not None:
                out[i] = (point.x(), point.y(), 0.0)
        return out

    def metres(self, a: QgsPointXY, b: QgsPointXY) -> float:
        """Ellipsoidal distance in metres between two points of the layer CRS (planar without a CRS)."""
        if not self.valid:
            return math.hypot(a.x() - b.x(), a.y() - b.y())
        try:
            return self.da.measureLine(self.to_wgs.transform(a), self.to_wgs.transform(b))
        except QgsCsException:
            return math.nan

    def area_km2(self, geometry: QgsGeometry) -> Optional[float]:
        """Ellipsoidal area in km² (planar, coordinates taken as metres, without a CRS)."""
        if geometry is None or geometry.isEmpty():
            return None
        if not self.valid:
            return geometry.area() / 1e6
        work = QgsGeometry(geometry)
        try:
            work.transform(self.to_wgs)
        except QgsCsException:
            return None
        return self.da.measureArea(work) / 1e6

    # -- polygons in metres
    def metric_crs(self, geometries: Iterable[QgsGeometry]) -> QgsCoordinateReferenceSystem:
        """The CRS for polygon-to-polygon distances of ``geometries`` (see the module docstring)."""
        if not self.valid or (not self.crs.isGeographic() and self.crs.mapUnits() == DISTANCE_METERS):
            return self.crs
        points = []
        for geom in geometries:
            if geom is not None and not geom.isEmpty():
                points.append(QgsPointXY(geom.boundingBox().center()))
        if not points:
            return self.crs
        lonlat = self.lonlat(points)
        lonlat = lonlat[np.isfinite(lonlat).all(axis=1)]
        if not len(lonlat):
            return self.crs
        centre = ecef(lonlat).mean(axis=0)
        lon = math.degrees(math.atan2(centre[1], centre[0]))
        lat = math.degrees(math.atan2(centre[2], math.hypot(centre[0], centre[1])))
        return QgsCoordinateReferenceSystem.fromProj(
            f"+proj=laea +lat_0={lat:.5f} +lon_0={lon:.5f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs")

    def to_metric(self, geometries: Dict[str, QgsGeometry], feedback=None
                  ) -> Tuple[Dict[str, QgsGeometry], QgsCoordinateReferenceSystem]:
        """Copies of ``geometries`` in :meth:`metric_crs` and that CRS. Geometries already in metres
        are returned as they are; one that cannot be transformed (or comes out with infinite
        coordinates) becomes empty: no neighbours, never a wrong one."""
        target = self.metric_crs(geometries.values())
        if target == self.crs:
            return dict(geometries), target
        transform = QgsCoordinateTransform(self.crs, target, self.context)
        out: Dict[str, QgsGeometry] = {}
        for uid, geom in geometries.items():
            if feedback is not None and feedback.isCanceled():
                break
            copy = QgsGeometry(geom) if geom is not None else QgsGeometry()
            if not copy.isEmpty():
                try:
                    copy.transform(transform)
                except QgsCsException:
                    copy = QgsGeometry()
                if not finite_box(copy):
                    copy = QgsGeometry()
            out[uid] = copy
        return out, target


class PointIndex:
    """Nearest and within-distance queries over points of one :class:`Geodesy` frame."""

    def __init__(self, geodesy: Geodesy, points: Sequence[Optional[QgsPointXY]]):
        self.geodesy = geodesy
        self.points = list(points)
        xyz = geodesy.xyz(self.points)
        self.kept = np.flatnonzero(np.isfinite(xyz).all(axis=1))
        self.tree = cKDTree(xyz[self.kept]) if len(self.kept) else None

    def __len__(self) -> int:
        return len(self.kept)

    def within(self, point: QgsPointXY, metres: float) -> List[Tuple[int, float]]:
        """(index, metres) of every point within ``metres`` of ``point``, exactly measured."""
        if self.tree is None or point is None:
            return []
        q = self.geodesy.xyz([point])[0]
        if not np.isfinite(q).all():
            return []
        out = []
        for k in self.tree.query_ball_point(q, metres * (1 + 1e-9) + 1e-6):
            j = int(self.kept[k])
            d = self.geodesy.metres(point, self.points[j])
            if d <= metres:
                out.append((j, d))
        return sorted(out)

    def nearest(self, point: QgsPointXY) -> Optional[Tuple[int, float]]:
        """(index, metres) of the nearest point (ties: the lowest index), or None."""
        if self.tree is None or point is None:
            return None
        q = self.geodesy.xyz([point])[0]
        if not np.isfinite(q).all():
            return None
        _, k = self.tree.query(q, k=1)
        first = int(self.kept[int(k)])
        best = (self.geodesy.metres(point, self.points[first]), first)
        if not math.isfinite(best[0]):
            return None
        for j, d in self.within(point, best[0]):
            best = min(best, (d, j))
        return best[1], best[0]
