"""Which units are neighbours: polygon contiguity within a tolerance, island links and link tables.

Why here and not in ``core/``: it needs QGIS (a spatial index, GEOS distances, coordinate
transforms). It is a plain module of functions, not an algorithm, so that the alliance
algorithm and the dock build the same graph from the same call.

Everything is measured in metres whatever the layer's CRS: geometries in a geographic CRS
(or a projected one in feet) are first transformed by the distance service
(:meth:`.distance.Geodesy.to_metric`) to a Lambert azimuthal equal-area projection centred on the
units being measured, across the antimeridian too.

Nothing is quadratic: each unit queries the spatial index with its bounding box grown by the
tolerance, and GEOS measures only the candidates that come back, on copies clipped to the
other unit's grown box (a pair of points closer than the tolerance always survives that clip,
so the test is exact and much cheaper on long coastlines).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsGeometry,
    QgsSpatialIndex,
)

from .distance import Geodesy, finite_box
from .units_io import read_features
from .values import unit_id

__all__ = [
    "UnitGraph",
    "unit_id",
    "neighbour_pairs",
    "island_links",
    "build_unit_graph",
    "read_links",
    "layer_graph",
]

Edge = Tuple[str, str]


def _edge(a: str, b: str) -> Edge:
    return (a, b) if a < b else (b, a)


@dataclass
class UnitGraph:
    """The neighbourhood graph of the units that may join alliances.

    ``edges`` are polygon neighbours (at most ``tolerance`` metres apart), ``table_links``
    the extra links read from a links table, ``island_links`` the (unit, nearest unit,
    distance in metres) links given to units that had no neighbour at all.
    """

    ids: List[str]
    edges: List[Edge] = field(default_factory=list)
    table_links: List[Edge] = field(default_factory=list)
    island_links: List[Tuple[str, str, float]] = field(default_factory=list)
    crs: Optional[QgsCoordinateReferenceSystem] = None
    tolerance: float = 0.0

    def all_edges(self) -> List[Edge]:
        """Every link of the graph once, sorted: what the solver gets."""
        edges = set(self.edges) | set(self.table_links) | {_edge(a, b) for a, b, _ in self.island_links}
        return sorted(edges)

    def adjacency(self) -> Dict[str, set]:
        out: Dict[str, set] = {uid: set() for uid in self.ids}
        for a, b in self.all_edges():
            out[a].add(b)
            out[b].add(a)
        return out

    def isolated(self) -> List[str]:
        """Units with no link at all (after table and island links)."""
        return sorted(uid for uid, nbrs in self.adjacency().items() if not nbrs)


def _index(geometries: Dict[str, QgsGeometry], ids: Sequence[str], store: bool = False) -> QgsSpatialIndex:
    flags = QgsSpatialIndex.Flag.FlagStoreFeatureGeometries if store else QgsSpatialIndex.Flags()
    index = QgsSpatialIndex(flags)
    for n, uid in enumerate(ids):
        geom = geometries[uid]
        if not finite_box(geom):  # empty, or infinite coordinates: libspatialindex would crash on them
            continue
        if store:
            feature = QgsFeature(n)
            feature.setGeometry(geom)
            index.addFeature(feature)
        else:
            index.addFeature(n, geom.boundingBox())
    return index


def neighbour_pairs(geometries: Dict[str, QgsGeometry], tolerance: float,
                    feedback: Optional[QgsFeedback] = None,
                    progress_range: Tuple[float, float] = (0.0, 100.0)) -> List[Edge]:
    """Pairs of units whose geometries are at most ``tolerance`` apart (same units as the
    geometries: pass metric ones), sorted. A canceled ``feedback`` stops early with a partial list.
    """
    ids = sorted(geometries)
    index = _index(geometries, ids)
    tolerance = max(0.0, float(tolerance))
    pairs: List[Edge] = []
    lo, hi = progress_range
    for i, uid in enumerate(ids):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(lo + (hi - lo) * i / max(1, len(ids)))
        geom = geometries[uid]
        if not finite_box(geom):
            continue
        box = geom.boundingBox()
        grown = box.buffered(tolerance)
        for j in sorted(index.intersects(grown)):
            if j <= i:
                continue
            other = geometries[ids[j]]
            other_box = other.boundingBox()
            if not other_box.buffered(tolerance).intersects(box):
                continue
            a = geom.clipped(other_box.buffered(tolerance))
            b = other.clipped(grown)
            if a.isEmpty() or b.isEmpty():
                continue
            distance = a.distance(b)
            if 0 <= distance <= tolerance:
                pairs.append(_edge(uid, ids[j]))
    return sorted(set(pairs))


def island_links(geometries: Dict[str, QgsGeometry], edges: Iterable[Edge], max_distance: float,
                 feedback: Optional[QgsFeedback] = None) -> List[Tuple[str, str, float]]:
    """For each unit without any neighbour in ``edges``, a link to its nearest unit of
    ``geometries`` if that is at most ``max_distance`` away: (unit, nearest, distance), sorted.

    Ties are broken by id, so the result is deterministic. ``max_distance`` <= 0 gives no links.
    """
    if max_distance <= 0:
        return []
    ids = sorted(geometries)
    linked = set()
    for a, b in edges:
        linked.add(a)
        linked.add(b)
    lonely = [uid for uid in ids if uid not in linked and finite_box(geometries[uid])]
    if not lonely:
        return []
    index = _index(geometries, ids, store=True)
    links = []
    for uid in lonely:
        if feedback is not None and feedback.isCanceled():
            break
        geom = geometries[uid]
        best = None
        # a few more than needed: the unit finds itself, and ties come back together
        for n in index.nearestNeighbor(geom, 3, float(max_distance)):
            other = ids[n]
            if other == uid:
                continue
            distance = geom.distance(geometries[other])
            if distance < 0 or distance > max_distance:
                continue
            if best is None or (distance, other) < best:
                best = (distance, other)
        if best is not None:
            links.append((uid, best[1], float(best[0])))
    return links


def build_unit_graph(geometries: Dict[str, QgsGeometry], tolerance: float, island_distance: float = 0.0,
                     links: Iterable[Edge] = (), crs: Optional[QgsCoordinateReferenceSystem] = None,
                     feedback: Optional[QgsFeedback] = None,
                     progress_range: Tuple[float, float] = (0.0, 100.0)) -> UnitGraph:
    """The graph of the units in ``geometries`` (metric geometries of the eligible units only).

    ``links`` are extra (id, id) pairs, e.g. from a links table; pairs naming a unit that is not
    in ``geometries`` are dropped (the caller reports them: see :func:`read_links`). Island links
    are added after the table links, so a unit linked by the table is not an island.
    """
    ids = sorted(geometries)
    edges = neighbour_pairs(geometries, tolerance, feedback, progress_range)
    known = set(ids)
    table = sorted({_edge(a, b) for a, b in links if a in known and b in known and a != b})
    islands = island_links(geometries, set(edges) | set(table), island_distance, feedback)
    return UnitGraph(ids=ids, edges=edges, table_links=table, island_links=islands, crs=crs,
                     tolerance=float(tolerance))


def read_links(source: QgsFeatureSource, from_field: str, to_field: str) -> Tuple[List[Edge], List[int]]:
    """(id, id) pairs from a links table, and the feature ids of rows with a NULL end. Only the two
    fields are read, never the geometry: a links layer with broken geometry reads as well."""
    from_idx = source.fields().lookupField(from_field)
    to_idx = source.fields().lookupField(to_field)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([from_idx, to_idx])
    pairs: List[Edge] = []
    blank: List[int] = []
    for feature in read_features(source, request):
        attrs = feature.attributes()
        a, b = unit_id(attrs[from_idx]), unit_id(attrs[to_idx])
        if a is None or b is None:
            blank.append(feature.id())
        else:
            pairs.append((a, b))
    return pairs, blank


def layer_graph(layer: QgsFeatureSource, id_field: str, tolerance: float = 200.0, island_distance: float = 0.0,
                links: Iterable[Edge] = (), eligible: Optional[Iterable[str]] = None,
                transform_context: Optional[QgsCoordinateTransformContext] = None,
                feedback: Optional[QgsFeedback] = None) -> Tuple[UnitGraph, Dict[str, QgsGeometry]]:
    """The unit graph of a polygon layer in one call (for the dock and scripts).

    ``eligible``: the ids that may be in the graph (default: all). Returns the graph and the
    metric geometries of its units.
    """
    id_idx = layer.fields().lookupField(id_field)
    if id_idx < 0:
        raise ValueError(f"the field {id_field!r} does not exist")
    wanted = None if eligible is None else set(eligible)
    geometries: Dict[str, QgsGeometry] = {}
    for feature in read_features(layer):
        uid = unit_id(feature.attributes()[id_idx])
        if uid is None or (wanted is not None and uid not in wanted):
            continue
        geom = feature.geometry()
        geometries[uid] = geom.makeValid() if not geom.isEmpty() and not geom.isGeosValid() else geom
    geodesy = Geodesy(layer.sourceCrs(), transform_context)
    metric, crs = geodesy.to_metric(geometries, feedback)
    return build_unit_graph(metric, tolerance, island_distance, links, crs, feedback), metric
