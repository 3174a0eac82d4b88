"""The two metrics of a run: ellipsoidal km, or road minutes over a network."""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsPointXY

from ..distance import Geodesy, PointIndex
from .run import _Sites


class _Metric:
    """What both metrics share: the points they measure between and the ellipsoidal km of a pair
    (the km figures of the outputs, whatever the metric)."""

    by_time = False

    def __init__(self, geodesy: Geodesy, unit_points, candidates: _Sites, existing: _Sites):
        self.geodesy = geodesy
        self.unit_points = unit_points
        self.candidates = candidates
        self.existing = existing

    def km(self, a: QgsPointXY, b: QgsPointXY) -> float:
        value = self.geodesy.metres(a, b) / 1000.0
        return value if math.isfinite(value) else math.inf


class _Ellipsoidal(_Metric):
    """Ellipsoidal km between the units' points, candidates and existing facilities."""

    def __init__(self, geodesy: Geodesy, unit_points, candidates: _Sites, existing: _Sites):
        super().__init__(geodesy, unit_points, candidates, existing)
        self.candidate_index = PointIndex(geodesy, candidates.points)

    def nearest_existing(self, feedback) -> Optional[Tuple[np.ndarray, np.ndarray]]:
        idx, value = np.full(len(self.unit_points), -1), np.full(len(self.unit_points), np.inf)
        if not len(self.existing):
            return idx, value
        index = PointIndex(self.geodesy, self.existing.points)
        for n, point in enumerate(self.unit_points):
            if feedback.isCanceled():
                return None
            found = index.nearest(point) if point is not None else None
            if found is not None:
                idx[n], value[n] = found[0], found[1] / 1000.0
        return idx, value

    def pairs(self, demand: np.ndarray, candidates: np.ndarray, cutoff: float, feedback):
        """(rows, cols, values) local to the problem: every pair, or those within ``cutoff`` km."""
        rows, cols, values = [], [], []
        local = {int(j): c for c, j in enumerate(candidates)}
        for r, i in enumerate(demand):
            if feedback.isCanceled():
                return None
            point = self.unit_points[i]
            if math.isinf(cutoff):
                for c, j in enumerate(candidates):
                    value = self.km(point, self.candidates.points[j])
                    if math.isfinite(value):
                        rows.append(r), cols.append(c), values.append(value)
            else:
                for j, metres in self.candidate_index.within(point, cutoff * 1000.0):
                    if j in local:
                        rows.append(r), cols.append(local[j]), values.append(metres / 1000.0)
        return np.array(rows, np.int64), np.array(cols, np.int64), np.array(values, float)

    def reach_km(self, demand: np.ndarray, candidates: np.ndarray, count: int) -> float:
        """A first cutoff: about the distance at which every demand point has ``count`` candidates
        (chords, a little short of the ellipsoidal km: the check after the solve corrects it)."""
        xyz = self.geodesy.xyz([self.unit_points[i] for i in demand])
        tree = PointIndex(self.geodesy, [self.candidates.points[j] for j in candidates]).tree
        if tree is None:
            return math.inf
        chords, _ = tree.query(xyz[np.isfinite(xyz).all(axis=1)], k=max(1, min(count, len(candidates))))
        chords = np.asarray(chords, float).reshape(len(chords), -1)[:, -1]
        chords = chords[np.isfinite(chords)]
        return float(chords.max(initial=0.0)) / 1000.0 * 1.01 + 1e-6

    def to_open(self, demand: np.ndarray, sites: Sequence[int]) -> Tuple[np.ndarray, np.ndarray]:
        """(candidate index, km) of the nearest open site of every demand unit, exactly."""
        idx, value = np.full(len(demand), -1), np.full(len(demand), np.inf)
        if not len(sites):
            return idx, value
        index = PointIndex(self.geodesy, [self.candidates.points[j] for j in sites])
        for r, i in enumerate(demand):
            found = index.nearest(self.unit_points[i])
            if found is not None:
                idx[r], value[r] = sites[found[0]], found[1] / 1000.0
        return idx, value


class _RoadMinutes(_Metric):
    """Driving minutes over the one road network service (:class:`.network.RoadNetwork`): one
    Dijkstra per candidate and per existing facility, since the output names each facility."""

    by_time = True

    def __init__(self, roads, geodesy: Geodesy, unit_points, candidates: _Sites, existing: _Sites, feedback):
        super().__init__(geodesy, unit_points, candidates, existing)
        self.roads = roads
        self.feedback = feedback
        self.unit_k: Dict[int, int] = {}
        points: List[QgsPointXY] = []
        for n, point in enumerate(unit_points):
            if point is not None:
                self.unit_k[n] = len(points)
                points.append(point)
        if candidates.from_units:
            self.cand_k = [self.unit_k[u] for u in candidates.unit]
        else:
            self.cand_k = list(range(len(points), len(points) + len(candidates)))
            points += candidates.points
        self.exist_k = list(range(len(points), len(points) + len(existing)))
        points += existing.points
        roads.attach(points)
        self.rows: Dict[int, np.ndarray] = {}  # candidate -> minutes to every unit (inf: no point)

    def _from(self, k: int) -> np.ndarray:
        units = list(self.unit_k)
        out = np.full(len(self.unit_points), np.inf)
        if units:
            out[units] = self.roads.minutes_from(k, [self.unit_k[n] for n in units])
        return out

    def candidate_minutes(self, j: int) -> np.ndarray:
        if j not in self.rows:
            self.rows[j] = self._from(self.cand_k[j])
        return self.rows[j]

    def nearest_existing(self, feedback) -> Optional[Tuple[np.ndarray, np.ndarray]]:
        idx, value = np.full(len(self.unit_points), -1), np.full(len(self.unit_points), np.inf)
        for e, k in enumerate(self.exist_k):
            if feedback.isCanceled():
                return None
            minutes = self._from(k)
            better = minutes < value
            idx[better], value[better] = e, minutes[better]
        return idx, value

    def pairs(self, demand: np.ndarray, candidates: np.ndarray, cutoff: float, feedback):
        rows, cols, values = [], [], []
        for c, j in enumerate(candidates):
            if feedback.isCanceled():
                return None
            minutes = self.candidate_minutes(int(j))[demand]
            keep = np.flatnonzero(np.isfinite(minutes) & (minutes <= cutoff))
            rows.append(keep), cols.append(np.full(keep.size, c)), values.append(minutes[keep])
        if not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        return np.concatenate(rows).astype(np.int64), np.concatenate(cols).astype(np.int64), np.concatenate(values)

    def to_open(self, demand: np.ndarray, sites: Sequence[int]) -> Tuple[np.ndarray, np.ndarray]:
        idx, value = np.full(len(demand), -1), np.full(len(demand), np.inf)
        for j in sites:
            minutes = self.candidate_minutes(int(j))[demand]
            better = minutes < value
            idx[better], value[better] = j, minutes[better]
        return idx, value
