"""Travel times over a road network, with QGIS's network analysis: the one network service.

Built on ``qgis.analysis`` (QgsVectorLayerDirector, QgsNetworkSpeedStrategy, QgsGraphBuilder,
QgsGraphAnalyzer.dijkstra) rather than a graph of our own. :class:`RoadNetwork` reads the roads
once (crash-safe: an invalid or degenerate line is skipped and counted, never an abort), attaches
every point the run needs (demand points, facilities, candidate sites), and answers:

* :meth:`RoadNetwork.minutes_to_nearest`: one Dijkstra from a virtual vertex joined to every
  source point by an edge that costs its access leg, so the cost of a vertex is the time from its
  nearest source (roads are two-way: also the time to it);
* :meth:`RoadNetwork.minutes_from`: one Dijkstra per source, for a site-by-demand time matrix.

Points are attached to the nearest point of the nearest road by QGIS (the director's snapping);
the straight leg from a point to its road, at both ends, counts at the default speed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkSpeedStrategy, QgsVectorLayerDirector
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..compat import DIRECTION_BOTH, FIELD_DOUBLE, LINE_GEOMETRY, new_field
from .distance import Geodesy
from .translate import tr
from .units_io import read_features
from .values import to_float

KMH_TO_MS = 1000.0 / 3600.0


@dataclass
class NetworkReport:
    #: road features whose speed was missing or not positive (the default speed was used)
    defaulted_speeds: int = 0
    #: road features that could not be used (invalid, degenerate or not lines)
    skipped: int = 0
    parts: int = 0


class RoadNetwork:
    """The roads of one run in the units' CRS, and the points attached to them."""

    def __init__(self, network: QgsFeatureSource, speed_field: Optional[str], default_speed: float,
                 crs: QgsCoordinateReferenceSystem, geodesy: Geodesy, context, feedback):
        if not math.isfinite(default_speed) or default_speed <= 0:
            raise QgsProcessingException(tr("Parameter DEFAULT_SPEED: give a speed above 0 km/h."))
        self.default_speed = default_speed
        self.crs = crs
        self.geodesy = geodesy
        self.feedback = feedback
        self.report = NetworkReport()
        self.roads = self._clean(network, speed_field, context)
        if self.roads.featureCount() == 0:
            raise QgsProcessingException(tr("Parameter NETWORK: the layer has no usable line features to drive on."))
        self.graph = None
        self.snapped: List[QgsPointXY] = []
        self.points: List[QgsPointXY] = []

    def _clean(self, network: QgsFeatureSource, speed_field: Optional[str], context) -> QgsVectorLayer:
        """A memory copy of the roads in the units' CRS with one positive km/h ``speed`` per part.

        QgsNetworkSpeedStrategy turns a NULL or zero speed into an infinite cost (a road that
        cannot be driven); a road without a usable speed gets the default speed instead.
        """
        layer = QgsVectorLayer(f"LineString?crs={self.crs.authid() or 'EPSG:4326'}", "roads", "memory")
        if not self.crs.authid():
            layer.setCrs(self.crs)
        layer.dataProvider().addAttributes([new_field("speed", FIELD_DOUBLE)])
        layer.updateFields()
        request = QgsFeatureRequest().setDestinationCrs(self.crs, context.transformContext())
        speed_idx = network.fields().lookupField(speed_field) if speed_field else -1
        if speed_idx < 0:
            request.setNoAttributes()
        features = []
        for feature in read_features(network, request):
            if self.feedback.isCanceled():
                break
            geom = feature.geometry()
            if geom is None or geom.isEmpty() or QgsWkbTypes.geometryType(geom.wkbType()) != LINE_GEOMETRY:
                self.report.skipped += 1
                continue
            speed = to_float(feature.attributes()[speed_idx]) if speed_idx >= 0 else None
            if speed_idx >= 0 and (speed is None or speed <= 0):
                self.report.defaulted_speeds += 1
            if speed is None or speed <= 0:
                speed = self.default_speed
            parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
            usable = [part for part in parts if len(part) >= 2 and any(p != part[0] for p in part[1:])]
            if not usable:
                self.report.skipped += 1  # a line of one repeated vertex cannot be driven
                continue
            for part in usable:
                out = QgsFeature(layer.fields())
                out.setGeometry(QgsGeometry.fromPolylineXY(part))
                out.setAttributes([speed])
                features.append(out)
        layer.dataProvider().addFeatures(features)
        self.report.parts = len(features)
        return layer

    def warn(self, feedback, speed_parameter: str) -> None:
        if self.report.defaulted_speeds:
            feedback.pushWarning(tr("{0} road(s) have no usable speed in {1}; {2} km/h was used.").format(
                self.report.defaulted_speeds, speed_parameter, self.default_speed))
        if self.report.skipped:
            feedback.pushWarning(tr("{0} road feature(s) are not usable lines (empty, degenerate or of another type) "
                                    "and are left out of the network.").format(self.report.skipped))

    def attach(self, points: Sequence[QgsPointXY]) -> None:
        """Build the graph with every point the run needs attached to its nearest road."""
        director = QgsVectorLayerDirector(self.roads, -1, "", "", "", DIRECTION_BOTH)
        director.addStrategy(QgsNetworkSpeedStrategy(0, self.default_speed, KMH_TO_MS))
        ellipsoid = self.geodesy.da.ellipsoid() if self.geodesy.valid else "NONE"
        builder = QgsGraphBuilder(self.crs, True, 0.0, ellipsoid)
        self.points = list(points)
        self.feedback.pushInfo(tr("Building the road graph ({0} road parts, {1} points to attach)…").format(
            self.roads.featureCount(), len(self.points)))
        self.snapped = director.makeGraph(builder, self.points, self.feedback)
        self.graph = builder.graph()

    def _leg_seconds(self, k: int) -> float:
        return self.geodesy.metres(self.points[k], self.snapped[k]) / (self.default_speed * KMH_TO_MS)

    def access_km(self, k: int) -> float:
        """Straight km from attached point ``k`` to the road it joins."""
        return self.geodesy.metres(self.points[k], self.snapped[k]) / 1000.0

    def _costs(self, sources: Sequence[int]) -> list:
        source = self.graph.addVertex(QgsPointXY(math.nan, math.nan))
        for k in sources:
            vertex = self.graph.findVertex(self.snapped[k])
            if vertex >= 0:
                self.graph.addEdge(source, vertex, [self._leg_seconds(k)])
        _tree, cost = QgsGraphAnalyzer.dijkstra(self.graph, source, 0)
        return cost

    def _minutes(self, cost, targets: Sequence[int]) -> List[float]:
        out = []
        for k in targets:
            vertex = self.graph.findVertex(self.snapped[k])
            if vertex < 0 or vertex >= len(cost) or not math.isfinite(cost[vertex]):
                out.append(math.inf)
            else:
                out.append((cost[vertex] + self._leg_seconds(k)) / 60.0)
        return out

    def minutes_to_nearest(self, targets: Sequence[int], sources: Sequence[int]) -> List[float]:
        """Minutes from each target point to its nearest source point (inf = unreachable)."""
        if not sources:
            return [math.inf] * len(targets)
        return self._minutes(self._costs(sources), targets)

    def minutes_from(self, source: int, targets: Sequence[int]) -> List[float]:
        """Minutes from one source point to every target point (inf = unreachable)."""
        return self._minutes(self._costs([source]), targets)
