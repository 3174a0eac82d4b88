"""Travel time to the nearest facility over a road network, with QGIS's network analysis.

Built on ``qgis.analysis`` (QgsVectorLayerDirector, QgsNetworkSpeedStrategy, QgsGraphBuilder,
QgsGraphAnalyzer.dijkstra) rather than a graph of our own. One Dijkstra run answers every
demand point: a virtual source vertex is joined to every facility's vertex by an edge that
costs the facility's access leg, so the cost of a vertex is the time from its nearest facility.
Roads are two-way (the speed strategy is symmetric), so that is also the time to it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

from qgis.analysis import (
    QgsGraphAnalyzer,
    QgsGraphBuilder,
    QgsNetworkSpeedStrategy,
    QgsVectorLayerDirector,
)
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)
from ..compat import (
    DIRECTION_BOTH,
    FIELD_DOUBLE,
    GEOMETRY_NO_CHECK,
    LINE_GEOMETRY,
    new_field,
)

from .base import to_float, tr

KMH_TO_MS = 1000.0 / 3600.0


@dataclass
class NetworkTimes:
    #: minutes from each demand point to its nearest facility; math.inf when unreachable
    minutes: List[float]
    #: road features whose speed was missing or not positive (the default speed was used)
    defaulted_speeds: int
    #: km from each demand point to the road it was attached to
    access_km: List[float]


def _clean_network(network: QgsFeatureSource, speed_idx: int, default_speed: float,
                   crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                   feedback: QgsProcessingFeedback) -> tuple:
    """A memory copy of the roads in ``crs`` with one positive km/h ``speed`` per feature.

    QgsNetworkSpeedStrategy turns a NULL or zero speed into an infinite cost (a road that
    cannot be driven); a road without a usable speed gets the default speed instead.
    """
    layer = QgsVectorLayer(f"LineString?crs={crs.authid() or 'EPSG:4326'}", "roads", "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([new_field("speed", FIELD_DOUBLE)])
    layer.updateFields()
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    request.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
    if speed_idx < 0:
        request.setNoAttributes()
    defaulted = 0
    features = []
    for feature in network.getFeatures(request):
        if feedback.isCanceled():
            break
        geom = feature.geometry()
        if geom.isEmpty() or QgsWkbTypes.geometryType(geom.wkbType()) != LINE_GEOMETRY:
            continue
        speed = to_float(feature.attributes()[speed_idx]) if speed_idx >= 0 else None
        if speed_idx >= 0 and (speed is None or speed <= 0):
            defaulted += 1
        if speed is None or speed <= 0:
            speed = default_speed
        parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        for part in parts:
            if len(part) < 2:
                continue
            out = QgsFeature(layer.fields())
            out.setGeometry(QgsGeometry.fromPolylineXY(part))
            out.setAttributes([speed])
            features.append(out)
    layer.dataProvider().addFeatures(features)
    return layer, defaulted


def nearest_times(network: QgsFeatureSource, speed_idx: int, default_speed: float,
                  crs: QgsCoordinateReferenceSystem, demand_points: Sequence[Optional[QgsPointXY]],
                  facility_points: Sequence[QgsPointXY], da: QgsDistanceArea, ellipsoid: str,
                  context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> NetworkTimes:
    """Minutes from every demand point (None = no point) to its nearest facility over the roads.

    Points are attached to the nearest point of the nearest road by QGIS (the director's
    snapping); the straight leg from a point to its road, at both ends, counts at the default
    speed. All points and roads are in ``crs`` (the units' CRS); lengths are ellipsoidal.
    """
    if default_speed <= 0:
        raise QgsProcessingException(tr("Parameter DEFAULT_SPEED: give a speed above 0 km/h."))
    roads, defaulted = _clean_network(network, speed_idx, default_speed, crs, context, feedback)
    if roads.featureCount() == 0:
        raise QgsProcessingException(tr("Parameter NETWORK: the layer has no line features to drive on."))
    director = QgsVectorLayerDirector(roads, -1, "", "", "", DIRECTION_BOTH)
    director.addStrategy(QgsNetworkSpeedStrategy(0, default_speed, KMH_TO_MS))
    builder = QgsGraphBuilder(crs, True, 0.0, ellipsoid)
    demand_idx = [n for n, p in enumerate(demand_points) if p is not None]
    points = [demand_points[n] for n in demand_idx] + list(facility_points)
    feedback.pushInfo(tr("Building the road graph ({0} road parts, {1} points to attach)…").format(
        roads.featureCount(), len(points)))
    snapped = director.makeGraph(builder, points, feedback)
    graph = builder.graph()
    speed_ms = default_speed * KMH_TO_MS

    def leg_seconds(a: QgsPointXY, b: QgsPointXY) -> float:
        return da.measureLine(a, b) / speed_ms

    source = graph.addVertex(QgsPointXY(math.nan, math.nan))
    offset = len(demand_idx)
    for k, point in enumerate(facility_points):
        vertex = graph.findVertex(snapped[offset + k])
        if vertex >= 0:
            graph.addEdge(source, vertex, [leg_seconds(point, snapped[offset + k])])
    _tree, cost = QgsGraphAnalyzer.dijkstra(graph, source, 0)
    minutes = [math.inf] * len(demand_points)
    access_km = [math.nan] * len(demand_points)
    for k, n in enumerate(demand_idx):
        vertex = graph.findVertex(snapped[k])
        if vertex < 0 or not math.isfinite(cost[vertex]):
            continue
        leg = da.measureLine(demand_points[n], snapped[k])
        access_km[n] = leg / 1000.0
        minutes[n] = (cost[vertex] + leg / speed_ms) / 60.0
    return NetworkTimes(minutes=minutes, defaulted_speeds=defaulted, access_km=access_km)
