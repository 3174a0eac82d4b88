"""smallbutstrong:sitefacilities: where k shared facilities per alliance serve their demand best.

The steps, each a method below: read the units, their demand and alliance (:meth:`_units`), the
candidate sites (a point layer, or each unit's representative point: :meth:`_candidates`) and
the existing facilities, which stay open and serve anyone (:meth:`_existing`); measure (one
:class:`_Ellipsoidal` or :class:`_RoadMinutes` metric, the services of
:mod:`.distance` and :mod:`.network`); solve every alliance exactly with
:func:`core.siting.site_facilities` (:meth:`_solve`); assign every unit to its nearest open
facility with exact distances, take the figures (:meth:`_assign`) and write the sites, the units
and the lines (:meth:`_write`).

Why the distances are sound: within an alliance every demand-candidate pair is measured. One
problem over many units (no alliance field, or an alliance of thousands) passes only the pairs
within a cutoff T, which the core reads as "farther than T" (costs truncated at T):
for MCLP and LSCP, T = the standard (exact: only pairs within it cover); for p-median and
p-center, the truncated optimum is the true one when every unit of it lies within T of its
facility (truncation never raises a cost, and leaves that plan's cost as it is), which is
checked on the exact distances; otherwise T grows and the problem is solved again, up to every
pair. Nothing is truncated silently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Hashable, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
)

from ..compat import (
    LINE_GEOMETRY,
    POINT_GEOMETRY,
    SOURCE_LINE,
    SOURCE_POINT,
    WKB_LINESTRING,
    WKB_POINT,
)
from ..core import schema
from ..core.siting import Pairs, SitingError, site_facilities
from .base import SbsAlgorithm, tr
from .distance import Geodesy, PointIndex
from .geometry import writable
from .outputs import Outputs, fields_of
from .places import UnitLocator, read_facilities, representative_point
from .provenance import ATTRIBUTION, POPULATION_FIELD, attribution
from .styles import style_output
from .units_io import UnitSpec, Units, read_features, read_units
from .values import id_list, is_null, unit_id

#: pairs of one problem up to which every pair is measured (above: pairs within a cutoff)
DENSE_PAIRS = 250_000
#: nearest candidates per demand point that the first cutoff of a large p-median/p-center reaches
FIRST_REACH = 30


def _alliance(value) -> Optional[Hashable]:
    """An alliance key, or None for NULL, NaN or blank (the rule of servicegaps)."""
    if is_null(value) or (isinstance(value, str) and not value.strip()):
        return None
    return value


@dataclass
class _Sites:
    """Candidate sites or existing facilities, in the units' CRS."""

    points: List[QgsPointXY] = field(default_factory=list)
    labels: List[str] = field(default_factory=list)
    names: List[str] = field(default_factory=list)
    #: index of the unit that holds the point, or None
    unit: List[Optional[int]] = field(default_factory=list)
    #: the alliance a candidate belongs to (None: every problem, without an alliance field)
    group: List[Optional[Hashable]] = field(default_factory=list)
    #: candidates are the units' own points (index = unit index of the point)
    from_units: bool = False

    def __len__(self) -> int:
        return len(self.points)


@dataclass
class _Problem:
    """One alliance (or the whole run): global indices of its demand units and candidates."""

    label: Optional[Hashable]
    demand: np.ndarray
    candidates: np.ndarray
    result: object = None
    sites: List[int] = field(default_factory=list)  # global candidate indices chosen
    verified: bool = True
    cutoff: float = math.inf


@dataclass
class _Run:
    """What the steps of one run hand each other."""

    units: Units
    geodesy: Geodesy
    objective: str
    k: int
    standard: Optional[float]  # km, or minutes with a network; None = no standard
    unit_points: List[Optional[QgsPointXY]] = field(default_factory=list)
    weights: Optional[np.ndarray] = None
    alliance: List[Optional[Hashable]] = field(default_factory=list)
    candidates: _Sites = field(default_factory=_Sites)
    existing: _Sites = field(default_factory=_Sites)
    metric: object = None
    problems: List[_Problem] = field(default_factory=list)
    # per unit, after :meth:`SiteFacilitiesAlgorithm._assign`
    before: Optional[np.ndarray] = None        # metric value to the nearest existing (inf: none)
    before_idx: Optional[np.ndarray] = None    # existing index or -1
    after: Optional[np.ndarray] = None
    after_new: Optional[np.ndarray] = None     # candidate index or -1
    after_existing: Optional[np.ndarray] = None
    km_before: Optional[np.ndarray] = None      # ellipsoidal km to those facilities
    km_after: Optional[np.ndarray] = None


# ============================================================================ metrics
class _Ellipsoidal:
    """Ellipsoidal km between the units' points, candidates and existing facilities."""

    by_time = False

    def __init__(self, geodesy: Geodesy, unit_points, candidates: _Sites, existing: _Sites):
        self.geodesy = geodesy
        self.unit_points = unit_points
        self.candidates = candidates
        self.existing = existing
        self.candidate_index = PointIndex(geodesy, candidates.points)

    def km(self, a: QgsPointXY, b: QgsPointXY) -> float:
        value = self.geodesy.metres(a, b) / 1000.0
        return value if math.isfinite(value) else math.inf

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


class _RoadMinutes:
    """Driving minutes over the one road network service (:class:`.network.RoadNetwork`): one
    Dijkstra per candidate and per existing facility, since the output names each facility."""

    by_time = True

    def __init__(self, roads, geodesy: Geodesy, unit_points, candidates: _Sites, existing: _Sites, feedback):
        self.roads = roads
        self.geodesy = geodesy
        self.unit_points = unit_points
        self.candidates = candidates
        self.existing = existing
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

    def km(self, a: QgsPointXY, b: QgsPointXY) -> float:
        value = self.geodesy.metres(a, b) / 1000.0
        return value if math.isfinite(value) else math.inf

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


# ============================================================================ the algorithm
class SiteFacilitiesAlgorithm(SbsAlgorithm):
    DEMAND_FIELD = "DEMAND_FIELD"
    ALLIANCE_FIELD = "ALLIANCE_FIELD"
    OBJECTIVE = "OBJECTIVE"
    SITES_PER_ALLIANCE = "SITES_PER_ALLIANCE"
    STANDARD_DISTANCE = "STANDARD_DISTANCE"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_FILTER = "CANDIDATE_FILTER"
    CANDIDATE_NAME_FIELD = "CANDIDATE_NAME_FIELD"
    EXISTING = "EXISTING"
    EXISTING_FILTER = "EXISTING_FILTER"
    EXISTING_NAME_FIELD = "EXISTING_NAME_FIELD"
    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    STANDARD_TIME = "STANDARD_TIME"
    TIME_LIMIT = "TIME_LIMIT"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT = "OUTPUT"
    OUTPUT_LINES = "OUTPUT_LINES"
    # output values
    SITES = "SITES"
    ALLIANCES = "ALLIANCES"
    DEMAND_COVERED = "DEMAND_COVERED"
    DEMAND_COVERED_BEFORE = "DEMAND_COVERED_BEFORE"
    DEMAND_IN_GAP_BEFORE = "DEMAND_IN_GAP_BEFORE"
    DEMAND_IN_GAP_AFTER = "DEMAND_IN_GAP_AFTER"
    POPULATION_IN_GAP_BEFORE = "POPULATION_IN_GAP_BEFORE"
    POPULATION_IN_GAP_AFTER = "POPULATION_IN_GAP_AFTER"
    MEAN_DISTANCE_KM_BEFORE = "MEAN_DISTANCE_KM_BEFORE"
    MEAN_DISTANCE_KM_AFTER = "MEAN_DISTANCE_KM_AFTER"
    MEAN_TIME_MIN_BEFORE = "MEAN_TIME_MIN_BEFORE"
    MEAN_TIME_MIN_AFTER = "MEAN_TIME_MIN_AFTER"
    OBJECTIVE_VALUE = "OBJECTIVE_VALUE"
    OPTIMAL = "OPTIMAL"
    GAP = "GAP"

    NAME = "sitefacilities"
    DISPLAY_NAME = "Site shared facilities"
    GROUP = "Services"
    GROUP_ID = "services"
    ICON = "siting.svg"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_unit_inputs(name_field=True)
        self.add_field(self.DEMAND_FIELD, tr("Demand (e.g. births, women 20–39, residents 65+ or the population)"),
                       numeric=True, tooltip=tr("Who needs the service, per unit: any numeric field. NULL counts "
                                                "as no demand; a negative value is refused."))
        self.add_field(self.POPULATION_FIELD, tr("Residents (optional: residents beyond the standard, before and "
                                                 "after)"), numeric=True, optional=True)
        self.add_field(self.ALLIANCE_FIELD, tr("Alliance field (site within each alliance; empty: one problem)"),
                       optional=True, tooltip=tr("e.g. alliance_id of the alliance members output. Units with a "
                                                 "NULL or blank alliance get no new site and keep the existing "
                                                 "facilities."))
        self.add_enum(self.OBJECTIVE, tr("Objective"), [
            tr("p-median: least demand-weighted distance"),
            tr("maximal coverage (MCLP): most demand within the standard"),
            tr("set covering (LSCP): fewest sites that bring all demand within the standard"),
            tr("p-center: least largest distance")], 0)
        self.add_number(self.SITES_PER_ALLIANCE, tr("New sites per alliance (k; not used by set covering)"), 1,
                        minimum=1, integer=True)
        self.add_number(self.STANDARD_DISTANCE, tr("Standard distance, km (0 = none; coverage and gap figures)"), 30,
                        minimum=0)
        self.add_source(self.CANDIDATES, tr("Candidate sites (point layer; default: each unit's point)"),
                        [SOURCE_POINT], optional=True,
                        tooltip=tr("Where a new facility may open. Without a layer every unit's representative "
                                   "point is a candidate; with alliances a candidate belongs to the alliance of "
                                   "the unit that holds it."))
        self.add_expression(self.CANDIDATE_FILTER, tr("Candidate filter (expression)"), parent=self.CANDIDATES,
                            tooltip=tr("Keeps the matching candidates; without a candidate layer it is evaluated "
                                       "on the units (e.g. \"pop_reg_2025\" >= 50000)."))
        self.add_field(self.CANDIDATE_NAME_FIELD, tr("Candidate name field"), parent=self.CANDIDATES, optional=True,
                       advanced=True)
        self.add_source(self.EXISTING, tr("Existing facilities (point layer; they stay open)"), [SOURCE_POINT],
                        optional=True)
        self.add_expression(self.EXISTING_FILTER, tr("Existing facility filter (expression)"), parent=self.EXISTING)
        self.add_field(self.EXISTING_NAME_FIELD, tr("Existing facility name field"), parent=self.EXISTING,
                       optional=True, advanced=True)
        self.add_source(self.NETWORK, tr("Road network (line layer) for travel times"), [SOURCE_LINE], optional=True)
        self.add_field(self.SPEED_FIELD, tr("Road speed field (km/h)"), parent=self.NETWORK, numeric=True,
                       optional=True, advanced=True)
        self.add_number(self.DEFAULT_SPEED, tr("Default speed, km/h"), 50, minimum=0.1, advanced=True)
        self.add_number(self.STANDARD_TIME, tr("Standard time with a road network, minutes (0 = none)"), 30,
                        minimum=0)
        self.add_number(self.TIME_LIMIT, tr("Time limit per alliance, seconds"), 60, minimum=0.1, advanced=True)
        self.add_sink(self.OUTPUT_SITES, tr("Chosen sites"), SOURCE_POINT)
        self.add_sink(self.OUTPUT, tr("Units with their facility"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_LINES, tr("Lines from units to their facility"),
                                                            SOURCE_LINE, optional=True, createByDefault=False))
        for name, description in (
                (self.SITES, tr("New sites")), (self.ALLIANCES, tr("Problems solved (alliances)")),
                (self.DEMAND_COVERED, tr("Demand within the standard after siting")),
                (self.DEMAND_COVERED_BEFORE, tr("Demand within the standard before siting")),
                (self.DEMAND_IN_GAP_BEFORE, tr("Demand beyond the standard before siting")),
                (self.DEMAND_IN_GAP_AFTER, tr("Demand beyond the standard after siting")),
                (self.POPULATION_IN_GAP_BEFORE, tr("Residents beyond the standard before siting")),
                (self.POPULATION_IN_GAP_AFTER, tr("Residents beyond the standard after siting")),
                (self.MEAN_DISTANCE_KM_BEFORE, tr("Mean distance before siting, km")),
                (self.MEAN_DISTANCE_KM_AFTER, tr("Mean distance after siting, km")),
                (self.MEAN_TIME_MIN_BEFORE, tr("Mean time before siting, minutes")),
                (self.MEAN_TIME_MIN_AFTER, tr("Mean time after siting, minutes")),
                (self.OBJECTIVE_VALUE, tr("Objective value")), (self.GAP, tr("Relative gap to the best bound"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))
        self.addOutput(QgsProcessingOutputBoolean(self.OPTIMAL, tr("Proven optimal")))

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        candidates = self.source(parameters, self.CANDIDATES, context, geometry=POINT_GEOMETRY, optional=True)
        existing = self.source(parameters, self.EXISTING, context, geometry=POINT_GEOMETRY, optional=True)
        network = self.source(parameters, self.NETWORK, context, geometry=LINE_GEOMETRY, optional=True)
        objective = schema.SITING_OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)]
        k = self.integer(parameters, self.SITES_PER_ALLIANCE, context, 1)
        standard = self.number(parameters, self.STANDARD_TIME if network is not None else self.STANDARD_DISTANCE,
                               context, 0)
        if objective in (schema.SITING_MCLP, schema.SITING_LSCP) and standard <= 0:
            raise QgsProcessingException(tr(
                "Parameter {0}: maximal coverage and set covering need a standard above 0 (the distance, or with a "
                "road network the time, within which demand counts as covered).").format(
                    self.STANDARD_TIME if network is not None else self.STANDARD_DISTANCE))
        self.number(parameters, self.TIME_LIMIT, context, 0.1)
        run = self._units(parameters, context, feedback, source, objective, k, standard or None)
        if run is None:
            return {}
        run.candidates = self._candidates(parameters, context, feedback, source, candidates, run)
        if run.candidates is None:
            return {}
        run.existing = self._existing(parameters, context, feedback, source, existing)
        if run.existing is None:
            return {}
        feedback.setProgress(20)
        if network is not None:
            run.metric = self._roads(parameters, context, feedback, source, network, run)
            if run.metric is None:
                return {}
        else:
            run.metric = _Ellipsoidal(run.geodesy, run.unit_points, run.candidates, run.existing)
        if not self._problems(feedback, run) or not self._solve(parameters, context, feedback, run):
            return {}
        figures = self._assign(feedback, run)
        if figures is None:
            return {}
        feedback.setProgress(80)
        results = self._write(parameters, context, feedback, source, run)
        if results is None:
            return {}
        results.update(figures)
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------ reading
    def _units(self, parameters, context, feedback, source, objective, k, standard) -> Optional[_Run]:
        candidate_filter = None
        if parameters.get(self.CANDIDATES) in (None, ""):
            candidate_filter = self.expression(parameters, self.CANDIDATE_FILTER, context, source)
        spec = UnitSpec(
            id_field=self.field(parameters, self.ID_FIELD, context, source),
            name_field=self.field(parameters, self.NAME_FIELD, context, source, required=False),
            numbers={"demand": self.field(parameters, self.DEMAND_FIELD, context, source, numeric=True,
                                          head_count=True)},
            keys={"alliance": self.field(parameters, self.ALLIANCE_FIELD, context, source, required=False)},
            flags={"candidate": candidate_filter} if candidate_filter is not None else {},
            parameters={"demand": self.DEMAND_FIELD, "pop": self.POPULATION_FIELD, "alliance": self.ALLIANCE_FIELD,
                        "candidate": self.CANDIDATE_FILTER})
        population = self.field(parameters, self.POPULATION_FIELD, context, source, numeric=True, required=False,
                                head_count=True)
        if population:
            spec.numbers["pop"] = population
        units = read_units(source, spec, self.createExpressionContext(parameters, context, source), feedback,
                           progress=(0.0, 10.0))
        if units is None:
            return None
        negative = units.negative.get("demand")
        if negative:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} unit(s) have a negative demand: {2}. Demand counts people (births, residents…); "
                "correct the values.").format(self.DEMAND_FIELD, len(negative), id_list(negative)))
        missing = units.missing.get("demand", []) + units.implausible.get("demand", [])
        if missing:
            feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a NULL, NaN or non-numeric demand, counted as no "
                                    "demand (they are still assigned a facility): {2}").format(
                self.DEMAND_FIELD, len(missing), id_list(missing)))
        units.warn(feedback, tr("their point is chosen on the repaired polygon"), self.ID_FIELD,
                   missing_roles=("pop",) if population else ())
        geodesy = Geodesy.for_source(source, context)
        geodesy.warn_if_no_crs(feedback, source.sourceName())
        run = _Run(units=units, geodesy=geodesy, objective=objective, k=k, standard=standard)
        for record in units:
            run.unit_points.append(representative_point(record.geometry, geodesy.to_wgs, geodesy.from_wgs))
            run.alliance.append(_alliance(record.keys.get("alliance")) if spec.keys["alliance"] else None)
        run.weights = np.array([record.numbers.get("demand") or 0.0 for record in units], float)
        no_point = [r.label() for r, p in zip(units, run.unit_points) if p is None]
        if len(no_point) == len(units):
            raise QgsProcessingException(tr(
                "Parameter {0}: no unit has a geometry to place its demand at (the layer is empty, or every geometry "
                "is empty or cannot be placed in WGS 84). Check the layer, its selection and its CRS.").format(
                    self.INPUT))
        if no_point:
            feedback.pushWarning(tr("{0} unit(s) have no geometry: they get no facility and no distance: {1}").format(
                len(no_point), id_list(no_point)))
        if spec.keys["alliance"]:
            outside = [r.label() for r, a, p in zip(units, run.alliance, run.unit_points) if a is None and p]
            if outside:
                feedback.pushInfo(tr("{0} unit(s) are in no alliance: they get no new site and keep the existing "
                                     "facilities.").format(len(outside)))
        return run

    def _candidates(self, parameters, context, feedback, source, layer, run: _Run) -> Optional[_Sites]:
        with_alliances = bool(run.units.spec.keys.get("alliance"))
        sites = _Sites()
        if layer is None:
            sites.from_units = True
            filtered = "candidate" in run.units.spec.flags
            for n, (record, point) in enumerate(zip(run.units, run.unit_points)):
                if point is None or (filtered and not record.flags.get("candidate")):
                    continue
                if with_alliances and run.alliance[n] is None:
                    continue
                sites.points.append(point)
                sites.labels.append(record.label())
                sites.names.append(record.name)
                sites.unit.append(n)
                sites.group.append(run.alliance[n])
            what = tr("unit points")
        else:
            expression = self._filter(parameters, self.CANDIDATE_FILTER, context, layer)
            found = read_facilities(self, parameters, context, feedback, layer, source.sourceCrs(), expression,
                                    None, self.CANDIDATE_FILTER)
            if found is None:
                return None
            labels = self._labels(parameters, self.CANDIDATE_NAME_FIELD, context, layer, found.fids,
                                  tr("candidate {0}"))
            locator = UnitLocator(run.units.records)
            outside = 0
            for point, fid in zip(found.points, found.fids):
                inside = locator.units_at(point)
                unit = inside[0] if inside else None
                group = run.alliance[unit] if unit is not None else None
                if with_alliances and group is None:
                    outside += 1
                    continue
                sites.points.append(point)
                sites.labels.append(labels[fid])
                sites.names.append(labels[fid])
                sites.unit.append(unit)
                sites.group.append(group)
            if outside:
                feedback.pushWarning(tr("{0} candidate site(s) lie in no unit of an alliance and are left out.").format(
                    outside))
            if found.not_transformed:
                feedback.pushWarning(tr("{0} candidate site(s) could not be placed in the units' CRS and are left "
                                        "out.").format(found.not_transformed))
            what = tr("points of {0}").format(layer.sourceName())
        if not len(sites):
            raise QgsProcessingException(tr(
                "Parameter {0}: there is no candidate site (the layer is empty, the filter {1} keeps none, or no "
                "candidate lies in an alliance). Give candidates, or loosen the filter.").format(
                    self.CANDIDATES, self.CANDIDATE_FILTER))
        feedback.pushInfo(tr("{0} candidate sites ({1}).").format(len(sites), what))
        return sites

    def _existing(self, parameters, context, feedback, source, layer) -> Optional[_Sites]:
        sites = _Sites()
        if layer is None:
            if self.parameterAsString(parameters, self.EXISTING_FILTER, context).strip():
                raise QgsProcessingException(tr("Parameter {0}: a filter needs an {1} layer to apply to.").format(
                    self.EXISTING_FILTER, self.EXISTING))
            return sites
        expression = self._filter(parameters, self.EXISTING_FILTER, context, layer)
        found = read_facilities(self, parameters, context, feedback, layer, source.sourceCrs(), expression, None,
                                self.EXISTING_FILTER)
        if found is None:
            return None
        labels = self._labels(parameters, self.EXISTING_NAME_FIELD, context, layer, found.fids, tr("facility {0}"))
        for point, fid in zip(found.points, found.fids):
            sites.points.append(point)
            sites.labels.append(labels[fid])
            sites.names.append(labels[fid])
            sites.unit.append(None)
            sites.group.append(None)
        if found.not_transformed:
            feedback.pushWarning(tr("{0} existing facilit(ies) could not be placed in the units' CRS and are left "
                                    "out.").format(found.not_transformed))
        feedback.pushInfo(tr("{0} existing facilities kept{1}.").format(
            len(sites), tr(" by the filter") if expression is not None else ""))
        if not len(sites):
            feedback.pushWarning(tr("No existing facility is left: every unit starts without one, and the new sites "
                                    "serve everyone."))
        return sites

    def _filter(self, parameters, name, context, layer):
        text = self.parameterAsString(parameters, name, context)
        return self.expression(parameters, name, context, layer) if text and text.strip() else None

    def _labels(self, parameters, name, context, layer, fids, fallback: str) -> Dict[int, str]:
        """The name field's value of every feature id (its feature id without a field or for NULL)."""
        field_name = self.field(parameters, name, context, layer, required=False)
        out = {fid: fallback.format(fid) for fid in fids}
        if field_name is None or not fids:
            return out
        request = QgsFeatureRequest().setFilterFids(sorted(set(fids)))
        request.setSubsetOfAttributes([layer.fields().lookupField(field_name)])
        for feature in read_features(layer, request):
            value = unit_id(feature[field_name])
            if value is not None:
                out[feature.id()] = value
        return out

    def _roads(self, parameters, context, feedback, source, network, run: _Run) -> Optional[_RoadMinutes]:
        from .network import RoadNetwork

        speed = self.field(parameters, self.SPEED_FIELD, context, network, numeric=True, required=False)
        roads = RoadNetwork(network, speed, self.number(parameters, self.DEFAULT_SPEED, context), source.sourceCrs(),
                            run.geodesy, context, feedback)
        if feedback.isCanceled():
            return None
        roads.warn(feedback, self.SPEED_FIELD)
        metric = _RoadMinutes(roads, run.geodesy, run.unit_points, run.candidates, run.existing, feedback)
        far = sorted({run.units.records[n].label() for n, k in metric.unit_k.items() if roads.access_km(k) > 5.0})
        if far:
            feedback.pushWarning(tr("{0} unit(s) have their point more than 5 km from the nearest road (the leg counts "
                                    "at the default speed): {1}").format(len(far), id_list(far)))
        return metric

    # ------------------------------------------------------------------ solving
    def _problems(self, feedback, run: _Run) -> bool:
        """One problem per alliance (or one for the run); k checked against each one's candidates."""
        with_alliances = bool(run.units.spec.keys.get("alliance"))
        labels = list(dict.fromkeys(a for a, p in zip(run.alliance, run.unit_points)
                                    if p is not None and (a is not None or not with_alliances)))
        index = {label: i for i, label in enumerate(labels)}
        groups = np.array([-1 if p is None else 0 for p in run.unit_points])
        cand_group = np.array([index.get(g, -1) for g in run.candidates.group], int) if with_alliances \
            else np.zeros(len(run.candidates), int)
        for n, (a, p) in enumerate(zip(run.alliance, run.unit_points)):
            if p is not None and with_alliances:
                groups[n] = index.get(a, -1) if a is not None else -1
        short = []
        for i, label in enumerate(labels):
            problem = _Problem(label, np.flatnonzero(groups == i), np.flatnonzero(cand_group == i))
            if run.objective != schema.SITING_LSCP and len(problem.candidates) < run.k:
                short.append(tr("{0} ({1} candidate(s))").format(label, len(problem.candidates)))
            run.problems.append(problem)
        if short and with_alliances:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} new site(s) are asked per alliance, but there are fewer candidates in: {2}. Lower "
                "{0}, or give more candidates ({3}, {4}).").format(
                    self.SITES_PER_ALLIANCE, run.k, id_list(short), self.CANDIDATES, self.CANDIDATE_FILTER))
        if short:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} new site(s) are asked, but there are only {2} candidate site(s). Lower {0}, or "
                "give more candidates ({3}, {4}).").format(self.SITES_PER_ALLIANCE, run.k, len(run.candidates),
                                                     self.CANDIDATES, self.CANDIDATE_FILTER))
        if with_alliances:
            feedback.pushInfo(tr("{0} alliance(s) to site, {1} new site(s) each.").format(
                len(labels), run.k if run.objective != schema.SITING_LSCP else tr("the fewest")))
        return True

    def _solve(self, parameters, context, feedback, run: _Run) -> bool:
        found = run.metric.nearest_existing(feedback)
        if found is None:
            return False
        run.before_idx, run.before = found
        feedback.setProgress(35)
        time_limit = self.number(parameters, self.TIME_LIMIT, context, 0.1)
        total = max(1, len(run.problems))
        for p, problem in enumerate(run.problems):
            if feedback.isCanceled():
                return False
            if not self._solve_one(feedback, run, problem, time_limit):
                return False
            feedback.setProgress(35.0 + 45.0 * (p + 1) / total)
        return True

    def _first_cutoff(self, run: _Run, problem: _Problem) -> float:
        """inf (every pair) unless the problem is large and measured on the ellipsoid."""
        n, m = len(problem.demand), len(problem.candidates)
        if run.metric.by_time or n * m <= DENSE_PAIRS:
            return math.inf
        if run.objective in (schema.SITING_MCLP, schema.SITING_LSCP):
            return run.standard
        reach = run.metric.reach_km(problem.demand, problem.candidates, run.k + FIRST_REACH)
        return max(reach, run.standard or 0.0)

    def _solve_one(self, feedback, run: _Run, problem: _Problem, time_limit: float) -> bool:
        cutoff = self._first_cutoff(run, problem)
        w = run.weights[problem.demand]
        before = run.before[problem.demand]
        while True:
            pairs = run.metric.pairs(problem.demand, problem.candidates, cutoff, feedback)
            if pairs is None:
                return False
            rows, cols, values = pairs
            shape = (len(problem.demand), len(problem.candidates))
            reach = cutoff
            if run.metric.by_time and rows.size < shape[0] * shape[1]:
                # some pairs are unreachable: a unit that no open facility reaches costs more than any trip
                finite = np.r_[values, before[np.isfinite(before)]]
                reach = 2.0 * float(finite.max(initial=0.0)) + 1.0
                reach = max(reach, run.standard or 0.0)
            has = np.isfinite(before) & (before <= reach)
            existing = None
            if len(run.existing):
                existing = Pairs(np.flatnonzero(has), np.zeros(int(has.sum()), np.int64), before[has],
                                 (shape[0], 1), math.inf)
            try:
                result = site_facilities(w, Pairs(rows, cols, values, shape, reach), run.objective, run.k,
                                         existing=existing, standard_distance=run.standard, time_limit=time_limit)
            except SitingError as err:
                raise QgsProcessingException(tr("{0}: the siting model cannot be solved: {1}").format(
                    self._which(problem.label), err)) from err
            group = result.groups[0]
            problem.result = group
            problem.sites = [int(problem.candidates[j]) for j in group.sites]
            problem.cutoff = cutoff
            if math.isinf(cutoff) or run.objective in (schema.SITING_MCLP, schema.SITING_LSCP):
                return True
            # truncated at the cutoff: the plan is the true optimum when no unit of it lies beyond
            _idx, new = run.metric.to_open(problem.demand, problem.sites)
            after = np.minimum(new, before)
            worst = float(after[w > 0].max(initial=0.0))
            if worst <= cutoff or rows.size == shape[0] * shape[1]:
                return True
            feedback.pushInfo(tr("A unit lies {0:,.1f} km from its facility, beyond the cutoff of {1:,.1f} km: "
                                 "measuring farther pairs and solving again.").format(worst, cutoff))
            cutoff = max(2.0 * cutoff, worst * 1.01)

    # ------------------------------------------------------------------ assignment and figures
    def _assign(self, feedback, run: _Run) -> Optional[dict]:
        """Every unit to its nearest open facility (a tie keeps the existing one), and the figures."""
        n = len(run.units)
        run.after = run.before.copy()
        run.after_new = np.full(n, -1)
        run.after_existing = np.where(np.isfinite(run.before), run.before_idx, -1)
        for problem in run.problems:
            if feedback.isCanceled():
                return None
            idx, value = run.metric.to_open(problem.demand, problem.sites)
            before = run.before[problem.demand]
            take = value < before
            run.after[problem.demand] = np.where(take, value, before)
            run.after_new[problem.demand] = np.where(take, idx, -1)
            run.after_existing[problem.demand] = np.where(take, -1, run.after_existing[problem.demand])
        self._warn_unreached(feedback, run)
        return self._figures(run)

    def _warn_unreached(self, feedback, run: _Run) -> None:
        placed = np.array([p is not None for p in run.unit_points])
        unreached = [run.units.records[i].label() for i in np.flatnonzero(placed & ~np.isfinite(run.after))]
        if unreached and run.metric.by_time:
            feedback.pushWarning(tr("{0} unit(s) cannot reach any facility over the roads, old or new (in gap, "
                                    "min_after NULL): {1}").format(len(unreached), id_list(unreached)))
        for problem in run.problems:
            group = problem.result
            label = problem.label
            if group.uncoverable:
                names = [run.units.records[problem.demand[i]].label() for i in group.uncoverable]
                feedback.pushWarning(tr("{0}: {1} unit(s) are beyond the standard of every candidate and existing "
                                        "facility, so no site can cover them: {2}").format(
                    self._which(label), len(names), id_list(names)))
            if not group.optimal:
                feedback.pushWarning(tr("{0}: stopped by the time limit; the best plan found is within {1:.2%} of the "
                                        "optimum.").format(self._which(label), group.gap))

    @staticmethod
    def _which(label) -> str:
        return tr("Alliance {0}").format(label) if label is not None else tr("The problem")

    def _km(self, run: _Run, unit: int, kind: str, index: int) -> float:
        if index < 0 or run.unit_points[unit] is None:
            return math.inf
        point = (run.candidates if kind == schema.FACILITY_NEW else run.existing).points[index]
        return run.metric.km(run.unit_points[unit], point)

    def _figures(self, run: _Run) -> dict:
        n = len(run.units)
        placed = np.array([p is not None for p in run.unit_points])
        w = run.weights
        if run.metric.by_time:
            km_before = np.array([self._km(run, i, schema.FACILITY_EXISTING, int(run.before_idx[i])) if
                                  np.isfinite(run.before[i]) else math.inf for i in range(n)])
            km_after = np.array([self._km(run, i, schema.FACILITY_NEW, int(run.after_new[i])) if run.after_new[i] >= 0
                                 else self._km(run, i, schema.FACILITY_EXISTING, int(run.after_existing[i]))
                                 for i in range(n)])
        else:
            km_before, km_after = run.before, run.after
        run.km_before, run.km_after = km_before, km_after

        def mean(values):
            ok = placed & np.isfinite(values) & (w > 0)
            return float(w[ok] @ values[ok] / w[ok].sum()) if w[ok].sum() > 0 else None

        figures = {self.SITES: sum(len(p.sites) for p in run.problems), self.ALLIANCES: len(run.problems),
                   self.MEAN_DISTANCE_KM_BEFORE: mean(km_before), self.MEAN_DISTANCE_KM_AFTER: mean(km_after),
                   self.MEAN_TIME_MIN_BEFORE: mean(run.before) if run.metric.by_time else None,
                   self.MEAN_TIME_MIN_AFTER: mean(run.after) if run.metric.by_time else None}
        pop = np.array([r.numbers.get("pop") or 0.0 for r in run.units], float)
        with_pop = "pop" in run.units.spec.numbers
        if run.standard is not None:
            beyond_before, beyond_after = placed & (run.before > run.standard), placed & (run.after > run.standard)
            figures.update({
                self.DEMAND_COVERED_BEFORE: float(w[placed & ~beyond_before].sum()),
                self.DEMAND_COVERED: float(w[placed & ~beyond_after].sum()),
                self.DEMAND_IN_GAP_BEFORE: float(w[beyond_before].sum()),
                self.DEMAND_IN_GAP_AFTER: float(w[beyond_after].sum()),
                self.POPULATION_IN_GAP_BEFORE: float(pop[beyond_before].sum()) if with_pop else None,
                self.POPULATION_IN_GAP_AFTER: float(pop[beyond_after].sum()) if with_pop else None})
        else:
            figures.update({name: None for name in (
                self.DEMAND_COVERED_BEFORE, self.DEMAND_COVERED, self.DEMAND_IN_GAP_BEFORE, self.DEMAND_IN_GAP_AFTER,
                self.POPULATION_IN_GAP_BEFORE, self.POPULATION_IN_GAP_AFTER)})
        values = [p.result.objective_value for p in run.problems]
        bounds = [p.result.bound for p in run.problems]
        combine = max if run.objective == schema.SITING_PCENTER else sum
        value, bound = float(combine(values or [0.0])), float(combine(bounds or [0.0]))
        figures[self.OBJECTIVE_VALUE] = value
        figures[self.OPTIMAL] = all(p.result.optimal for p in run.problems)
        figures[self.GAP] = 0.0 if figures[self.OPTIMAL] or value == bound else abs(value - bound) / max(abs(value),
                                                                                                        1e-12)
        return figures

    # ------------------------------------------------------------------ writing
    def _site_rows(self, run: _Run) -> List[dict]:
        """One row per chosen site: its alliance, rank (most demand served first) and figures."""
        rows = []
        for problem in run.problems:
            stats = []
            for j in problem.sites:
                served = np.flatnonzero(run.after_new == j)
                w = run.weights[served]
                newly = served[(run.before[served] > run.standard) & (run.after[served] <= run.standard)] \
                    if run.standard is not None else served[:0]
                row = dict(candidate=j, alliance=problem.label, served=float(w.sum()), units=int(served.size),
                           newly=float(run.weights[newly].sum()) if run.standard is not None else None)
                for key, values in (("km", run.km_after[served]), ("min", run.after[served])):
                    total = float(w.sum())
                    row[f"mean_{key}"] = float(w @ values / total) if total > 0 else None
                    row[f"max_{key}"] = float(values.max()) if served.size else None
                stats.append(row)
            stats.sort(key=lambda r: (-r["served"], r["candidate"]))
            for rank, row in enumerate(stats, start=1):
                row["rank"] = rank
                rows.append(row)
        for site_id, row in enumerate(rows, start=1):
            row["site_id"] = site_id
        return rows

    def _write(self, parameters, context, feedback, source, run: _Run) -> Optional[dict]:
        by_time = run.metric.by_time
        alliance_name = run.units.spec.keys.get("alliance")
        site_fields = QgsFields()
        if alliance_name:
            site_fields.append(source.fields().field(alliance_name))
        site_fields = QgsProcessingUtils.combineFields(site_fields, fields_of(schema.site_fields(by_time)))
        unit_fields = QgsProcessingUtils.combineFields(source.fields(), fields_of(schema.site_unit_fields(by_time)))
        line_fields = fields_of(schema.site_line_fields(by_time))
        rows = self._site_rows(run)
        site_of = {row["candidate"]: row for row in rows}
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata[ATTRIBUTION] = attribution(
                parameters, [self.INPUT, self.CANDIDATES, self.EXISTING, self.NETWORK], context)
            if "pop" in run.units.spec.numbers:
                outputs.metadata[POPULATION_FIELD] = run.units.spec.numbers["pop"]
            outputs.sink(self.OUTPUT_SITES, site_fields, WKB_POINT, source.sourceCrs())
            outputs.sink(self.OUTPUT, unit_fields, source.wkbType(), source.sourceCrs())
            # no reference to the sink is kept here: Outputs closes it (and writes its metadata) at commit
            with_lines = outputs.sink(self.OUTPUT_LINES, line_fields, WKB_LINESTRING, source.sourceCrs(),
                                      optional=True)[0] is not None
            for row in rows:
                if feedback.isCanceled():
                    return None
                j = row["candidate"]
                unit = run.candidates.unit[j]
                values = [row["site_id"], row["rank"], run.candidates.labels[j], run.candidates.names[j],
                          run.units.records[unit].label() if unit is not None else None, run.objective,
                          row["served"], row["units"], row["newly"], _num(row["mean_km"]), _num(row["max_km"])]
                if by_time:
                    values += [_num(row["mean_min"]), _num(row["max_min"])]
                out = QgsFeature(site_fields)
                out.setGeometry(QgsGeometry.fromPointXY(run.candidates.points[j]))
                out.setAttributes(([row["alliance"]] if alliance_name else []) + values)
                outputs.add(self.OUTPUT_SITES, out, tr("site {0}").format(run.candidates.labels[j]))
            feedback.setProgress(83)
            converted = []
            total = max(1, len(run.units))
            for i, record in enumerate(run.units.records):
                if feedback.isCanceled():
                    return None
                kind, label, site_id, point = self._facility(run, i, site_of)
                placed = run.unit_points[i] is not None
                values = [kind, label, site_id, _num(run.km_before[i]) if placed else None,
                          _num(run.km_after[i]) if placed else None]
                if by_time:
                    values += [_num(run.before[i]) if placed else None, _num(run.after[i]) if placed else None]
                values += [self._gap(run, i, run.before[i]), self._gap(run, i, run.after[i])]
                geometry, changed = writable(record.feature.geometry(), source.wkbType())
                if changed:
                    converted.append(record.label())
                out = QgsFeature(unit_fields)
                out.setGeometry(geometry)
                out.setAttributes(record.feature.attributes() + values)
                outputs.add(self.OUTPUT, out, tr("unit {0}").format(record.label()))
                if with_lines and point is not None:
                    line = QgsFeature(line_fields)
                    line.setGeometry(QgsGeometry.fromPolylineXY([run.unit_points[i], point]))
                    line.setAttributes([record.label(), kind, label, site_id, _num(run.km_after[i])] +
                                       ([_num(run.after[i])] if by_time else []))
                    outputs.add(self.OUTPUT_LINES, line, tr("unit {0}").format(record.label()))
                feedback.setProgress(83.0 + 16.0 * (i + 1) / total)
            if feedback.isCanceled():
                return None
            if converted:
                feedback.pushWarning(tr("{0} unit(s) have a geometry of another type than the layer's (e.g. a "
                                        "GeometryCollection); their polygon parts are written: {1}").format(
                    len(converted), id_list(converted)))
            final = outputs.commit()
        style_output(context, final[self.OUTPUT_SITES], "sites", tr("Chosen sites"))
        style_output(context, final[self.OUTPUT], "site_units", tr("Units with their facility"))
        results = {self.OUTPUT_SITES: final[self.OUTPUT_SITES], self.OUTPUT: final[self.OUTPUT]}
        if final.get(self.OUTPUT_LINES):
            style_output(context, final[self.OUTPUT_LINES], "site_lines", tr("Lines to the facilities"))
            results[self.OUTPUT_LINES] = final[self.OUTPUT_LINES]
        self._report(feedback, run, rows)
        return results

    def _facility(self, run: _Run, i: int, site_of: dict):
        """(type, label, site id, point) of the facility unit ``i`` is assigned to (Nones: none)."""
        if run.after_new[i] >= 0:
            j = int(run.after_new[i])
            return schema.FACILITY_NEW, run.candidates.labels[j], site_of[j]["site_id"], run.candidates.points[j]
        if run.after_existing[i] >= 0 and np.isfinite(run.after[i]):
            e = int(run.after_existing[i])
            return schema.FACILITY_EXISTING, run.existing.labels[e], None, run.existing.points[e]
        return None, None, None, None

    @staticmethod
    def _gap(run: _Run, i: int, value: float) -> Optional[int]:
        if run.standard is None or run.unit_points[i] is None:
            return None
        return int(not value <= run.standard)

    def _report(self, feedback, run: _Run, rows: List[dict]) -> None:
        unit = tr("min") if run.metric.by_time else tr("km")
        for row in rows[:50]:
            j = row["candidate"]
            where = tr("alliance {0}, ").format(row["alliance"]) if row["alliance"] is not None else ""
            feedback.pushInfo(tr("Site {0} ({1}rank {2}): {3}, serves {4:,.0f} demand in {5} unit(s), mean "
                                 "{6} {7}.").format(row["site_id"], where, row["rank"], run.candidates.names[j],
                                                    row["served"], row["units"],
                                                    _fmt(row["mean_min" if run.metric.by_time else "mean_km"]), unit))
        if len(rows) > 50:
            feedback.pushInfo(tr("… and {0} more sites (see the sites output).").format(len(rows) - 50))


def _num(value) -> Optional[float]:
    """A finite float for an attribute, None for inf/NaN/None."""
    return float(value) if value is not None and math.isfinite(value) else None


def _fmt(value) -> str:
    return f"{value:,.1f}" if value is not None else "–"
